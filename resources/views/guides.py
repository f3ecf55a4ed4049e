"""The guides' list and pages."""

from network_site.records.views import (
    RecordDetailView,
    RecordListView,
)
from network_site.words import gettext_lazy as _
from resources.models import Guide


class GuideListView(RecordListView):
    model = Guide
    template_name = "resources/guide_list.html"
    paginate_by = 50
    heading = _("Guides")


class GuideDetailView(RecordDetailView):
    model = Guide
    template_name = "resources/guide_detail.html"
