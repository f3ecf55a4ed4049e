"""The best-practice links' list and pages."""

from network_site.records.views import (
    Filter,
    RecordDetailView,
    RecordListView,
    terms_in_use,
)
from network_site.words import gettext_lazy as _
from resources.models import Resource


class ResourceListView(RecordListView):
    model = Resource
    template_name = "resources/resource_list.html"
    heading = _("Best-practice resources")

    def get_filters(self):
        return [
            Filter(
                "audience", _("Audience"), terms_in_use(Resource, "audiences"), "audiences__slug"
            ),
            Filter("type", _("Type"), Resource.Type.choices, "resource_type"),
            Filter("topic", _("Topic"), terms_in_use(Resource, "topics"), "topics__slug"),
        ]


class ResourceDetailView(RecordDetailView):
    model = Resource
    template_name = "resources/resource_detail.html"


# --- Events --------------------------------------------------------------------------
