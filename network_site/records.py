"""Finding a record by the address a reader used: current, renamed, withdrawn or draft.

A published address answers forever: a renamed slug redirects (301) to the current
one, a withdrawn record answers 410 with a pointer, a draft is 404 except to staff.
"""

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.generic import DetailView

from network_site.models import Record, SlugHistory, Update


def is_staff(user) -> bool:
    return user.is_active and user.is_staff


def find_record(
    request, model: type[Record], slug: str, record: Record | None
) -> Record | HttpResponse:
    """The record to show at this slug, or the response its address gives instead.

    `record` is what the caller read at this slug, whatever its status (or None)."""
    if record is None:
        moved = SlugHistory.objects.find(model, slug)
        if moved is None or not (
            moved.is_published or moved.is_withdrawn or is_staff(request.user)
        ):
            raise Http404("No such record.")
        match = request.resolver_match
        url = reverse(match.view_name, kwargs={**match.kwargs, "slug": moved.slug})
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
    if record.is_withdrawn:
        return withdrawn(request, record)
    if not record.is_published and not is_staff(request.user):
        raise Http404("No such record.")
    return record


def withdrawn(request, record: Record) -> HttpResponse:
    """410 Gone, in the site's design: what it was, when it went, where to go instead."""
    note = (
        Update.objects.filter(
            content_type__app_label=record._meta.app_label,
            content_type__model=record._meta.model_name,
            object_id=record.pk,
            kind=Update.Kind.WITHDRAWN,
        )
        .values_list("note", flat=True)
        .first()
    )
    replacement = record.replaced_by
    if replacement is not None and not replacement.is_published:
        replacement = None
    return render(
        request,
        "withdrawn.html",
        {"record": record, "note": note, "replacement": replacement},
        status=410,
    )


class RecordDetailView(DetailView):
    """A record's public page, found through find_record."""

    def get(self, request, *args, **kwargs):
        found = find_record(request, self.model, kwargs["slug"], self.read_record(kwargs["slug"]))
        if isinstance(found, HttpResponse):
            return found
        self.object = found
        return self.render_to_response(self.get_context_data(object=found))

    def read_record(self, slug: str) -> Record | None:
        """The record at this slug, whatever its status (find_record decides what to show)."""
        return self.model.objects.filter(slug=slug).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record, request = self.object, self.request
        canonical = request.build_absolute_uri(record.get_absolute_url())
        context["canonical"] = canonical
        context["permanent_path"] = record.get_permanent_url()
        context["permanent_url"] = request.build_absolute_uri(context["permanent_path"])
        context["structured_data"] = record.structured_data(canonical)
        return context
