from laws.models import Law
from network_site.listing import Filter, FilteredListView
from network_site.models import Status
from network_site.records import RecordDetailView
from resources.models import Resource, Topic


class LawListView(FilteredListView):
    template_name = "laws/law_list.html"

    def get_filters(self):
        topics = Topic.objects.filter(laws__status=Status.PUBLISHED).distinct()
        return [
            Filter("jurisdiction", "Jurisdiction", Law.Jurisdiction.choices, "jurisdiction"),
            Filter("topic", "Topic", [(t.slug, t.name) for t in topics], "topics__slug"),
            Filter("status", "Status", Law.LegalStatus.choices, "legal_status"),
        ]

    def base_queryset(self):
        return Law.objects.published().prefetch_related("topics")


class LawDetailView(RecordDetailView):
    model = Law
    template_name = "laws/law_detail.html"
    prefetch = ("topics",)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        law = self.object
        context["related_laws"] = law.related_laws.published()
        context["protocols"] = law.protocols.published()
        context["resources"] = (
            Resource.objects.published()
            .filter(topics__in=law.topics.all())
            .distinct()
            .order_by("title")[:6]
        )
        return context
