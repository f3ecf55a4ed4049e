from django.contrib import admin
from django.db import models

from network_site.pages.models import Contact, HelpLine, SitePage
from network_site.records.admin import MarkdownAdminMixin, SharedContentAdmin


@admin.register(HelpLine)
class HelpLineAdmin(SharedContentAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("name", "phone", "text_number", "position", "is_active")
    list_editable = ("position", "is_active")
    search_fields = ("name", "phone")


@admin.register(SitePage)
class SitePageAdmin(MarkdownAdminMixin, SharedContentAdmin):
    list_display = ("title", "slug", "updated_at")
    readonly_fields = ("updated_at",)


@admin.register(Contact)
class ContactAdmin(SharedContentAdmin):
    """One row, shown on the About page: edited, never added to or deleted."""

    list_display = ("organisation", "phone", "email")
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_add_permission(self, request):
        return not Contact.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
