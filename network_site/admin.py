from django.contrib import admin, messages
from django.db import models
from markdownx.models import MarkdownxField
from markdownx.widgets import AdminMarkdownxWidget
from simple_history.admin import SimpleHistoryAdmin

from network_site.models import HelpLine, SitePage, Status

admin.site.site_header = "Maine Sex Trafficking and Exploitation Network: staff"
admin.site.site_title = "Network staff"
admin.site.index_title = "Keep the library current"


class MarkdownAdminMixin:
    # The editor with live preview; the preview posts to our staff-only view.
    formfield_overrides = {
        MarkdownxField: {"widget": AdminMarkdownxWidget},
        # Staff often paste "www.example.org": assume https, as Django 6 will.
        models.URLField: {"assume_scheme": "https"},
    }


@admin.action(description="Publish the selected records")
def publish(modeladmin, request, queryset):
    count = 0
    for record in queryset.exclude(status=Status.PUBLISHED):
        record.status = Status.PUBLISHED
        record.save()  # save() one by one, so each change lands in history
        count += 1
    modeladmin.message_user(request, f"Published {count} record(s).", messages.SUCCESS)


@admin.action(description="Unpublish the selected records (back to draft)")
def unpublish(modeladmin, request, queryset):
    count = 0
    for record in queryset.filter(status=Status.PUBLISHED):
        record.status = Status.DRAFT
        record.save()
        count += 1
    modeladmin.message_user(request, f"Moved {count} record(s) back to draft.", messages.SUCCESS)


class RecordAdmin(MarkdownAdminMixin, SimpleHistoryAdmin):
    """What every record's admin shares: publishing, history, slugs, preview."""

    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("created_at", "updated_at", "published_at")
    actions = [publish, unpublish]
    list_per_page = 50
    save_on_top = True


@admin.register(HelpLine)
class HelpLineAdmin(SimpleHistoryAdmin):
    list_display = ("name", "phone", "text_number", "position", "is_active")
    list_editable = ("position", "is_active")
    search_fields = ("name", "phone")


@admin.register(SitePage)
class SitePageAdmin(MarkdownAdminMixin, SimpleHistoryAdmin):
    list_display = ("title", "slug", "updated_at")
    readonly_fields = ("updated_at",)
