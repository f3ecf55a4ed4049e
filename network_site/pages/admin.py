from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from network_site.pages.models import HelpLine, SitePage
from network_site.records.admin import MarkdownAdminMixin


@admin.register(HelpLine)
class HelpLineAdmin(SimpleHistoryAdmin):
    list_display = ("name", "phone", "text_number", "position", "is_active")
    list_editable = ("position", "is_active")
    search_fields = ("name", "phone")
    filter_horizontal = ("professions",)


@admin.register(SitePage)
class SitePageAdmin(MarkdownAdminMixin, SimpleHistoryAdmin):
    list_display = ("title", "slug", "updated_at")
    readonly_fields = ("updated_at",)
