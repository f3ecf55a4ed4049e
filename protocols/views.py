from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from network_site.listing import Filter, FilteredListView
from network_site.models import Status
from protocols.models import Protocol
from resources.models import Audience


class ProtocolListView(FilteredListView):
    template_name = "protocols/protocol_list.html"

    def get_filters(self):
        disciplines = Audience.objects.filter(protocols__status=Status.PUBLISHED).distinct()
        return [
            Filter("kind", "Kind", Protocol.Kind.choices, "kind"),
            Filter(
                "discipline",
                "Discipline",
                [(d.slug, d.name) for d in disciplines],
                "disciplines__slug",
            ),
        ]

    def base_queryset(self):
        return Protocol.objects.published().prefetch_related("disciplines")


class ProtocolDetailView(DetailView):
    template_name = "protocols/protocol_detail.html"

    def get_queryset(self):
        return Protocol.objects.visible_to(self.request.user).prefetch_related(
            "disciplines", "topics"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_laws"] = self.object.related_laws.published()
        context["related_resources"] = self.object.related_resources.published()
        return context


def attachment(request, slug: str):
    """The protocol's PDF, as a download that browsers never sniff into something else."""
    protocol = get_object_or_404(Protocol.objects.visible_to(request.user), slug=slug)
    if not protocol.attachment:
        raise Http404("This protocol has no attachment.")
    try:
        handle = protocol.attachment.open("rb")
    except FileNotFoundError as missing:
        raise Http404("The attachment file is missing.") from missing
    response = FileResponse(
        handle, as_attachment=True, filename=f"{protocol.slug}.pdf", content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
