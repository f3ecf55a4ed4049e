"""The best-practice links' list and pages."""

from network_site.records.views import (
    Filter,
    RecordDetailView,
    RecordListView,
    vocabulary_filter,
)
from network_site.words import gettext_lazy as _
from resources.models import Resource


class ResourceListView(RecordListView):
    model = Resource
    template_name = "resources/resource_list.html"
    heading = _("Best-practice resources")

    def get_filters(self):
        return [
            vocabulary_filter("audience", _("Audience"), Resource, "audiences"),
            Filter("type", _("Type"), Resource.Type.choices, "resource_type"),
            vocabulary_filter("topic", _("Topic"), Resource, "topics"),
        ]


class ResourceDetailView(RecordDetailView):
    model = Resource
    template_name = "resources/resource_detail.html"


# --- Events --------------------------------------------------------------------------
