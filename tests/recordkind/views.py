from network_site.records.views import RecordDetailView, RecordListView
from tests.recordkind.models import Bulletin


class BulletinListView(RecordListView):
    model = Bulletin
    template_name = "recordkind/bulletin_list.html"


class BulletinDetailView(RecordDetailView):
    model = Bulletin
    template_name = "recordkind/bulletin_detail.html"
