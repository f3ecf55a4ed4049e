from django.contrib import admin

from network_site.records.admin import RecordAdmin
from tests.recordkind.models import Bulletin


@admin.register(Bulletin)
class BulletinAdmin(RecordAdmin):
    list_display = ("title", "status", "updated_at")
