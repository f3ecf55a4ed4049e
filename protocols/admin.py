from django.contrib import admin

from network_site.records.admin import RecordAdmin, publishing_fieldsets
from protocols.models import Protocol


@admin.register(Protocol)
class ProtocolAdmin(RecordAdmin):
    list_display = (
        *("title", "document_type", "version_label", "effective_date", "status", "updated_at"),
    )
    list_filter = ("document_type", "status", "disciplines", "topics")
    search_fields = ("title", "summary", "body")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "document_type", "summary")}),
        ("Text", {"fields": ("body",)}),
        (
            "Where it comes from",
            {
                "fields": ("issued_by", "standing", "source_url", "adopted_on"),
                "description": "The page says plainly which it is: an agency's adopted "
                "protocol, a model policy, or a sample for adaptation.",
            },
        ),
        ("Version", {"fields": ("version_label", "effective_date", "attachment")}),
        (
            "Connections",
            {"fields": ("disciplines", "topics", "related_laws", "related_resources")},
        ),
        ("Upkeep", {"fields": ("last_reviewed",)}),
        *publishing_fieldsets(),
    )
