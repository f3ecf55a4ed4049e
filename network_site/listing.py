"""Filtered, paginated lists of published records, shared by the three libraries."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from django.views.generic import ListView

from network_site.models import Status


@dataclass
class Filter:
    """One GET parameter that narrows a list, shown as a row of plain links."""

    param: str
    label: str
    options: list[tuple[str, str]]  # (value, label)
    lookup: str  # the queryset filter it applies, e.g. "topics__slug"
    selected: str = ""
    selected_label: str = field(default="", init=False)

    def bind(self, query) -> "Filter":
        value = query.get(self.param, "")
        labels = dict(self.options)
        # Unknown values are ignored rather than answered with an error page:
        # an old bookmarked filter should still show the list.
        if value in labels:
            self.selected, self.selected_label = value, labels[value]
        return self


def terms_in_use(model, field: str):
    """The topics (or audiences) that some published record of this model is tagged with."""
    relation = model._meta.get_field(field)
    tagged = relation.remote_field.through.objects.filter(
        **{
            relation.m2m_reverse_field_name(): OuterRef("pk"),
            f"{relation.m2m_field_name()}__status": Status.PUBLISHED,
        }
    )
    # EXISTS stops at the first tagged record; a join with DISTINCT visits them all.
    return relation.related_model.objects.filter(Exists(tagged))


class FilteredListView(ListView):
    paginate_by = 20

    def get_filters(self) -> list[Filter]:
        return []

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        self.filters = [f.bind(self.request.GET) for f in self.get_filters()]
        chosen = {f.lookup: f.selected for f in self.filters if f.selected}
        return self.base_queryset().filter(**chosen)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filters"] = self.filters
        context["active_filters"] = [f for f in self.filters if f.selected]
        return context
