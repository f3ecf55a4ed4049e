from django.contrib import admin

from laws.models import Law
from network_site.records.admin import RecordAdmin, publishing_fieldsets


@admin.register(Law)
class LawAdmin(RecordAdmin):
    list_display = ("citation", "title", "jurisdiction", "legal_status", "status", "last_reviewed")
    list_display_links = ("citation", "title")
    list_filter = ("jurisdiction", "status", "legal_status", "topics")
    search_fields = ("citation", "title", "other_names")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "jurisdiction", "citation", "other_names")}),
        ("Summary", {"fields": ("summary",)}),
        (
            "Source and dates",
            {
                "fields": (
                    "official_url",
                    "session_law",
                    "legal_status",
                    ("enacted_on", "effective_on", "amended_on", "repealed_on"),
                    "last_reviewed",
                )
            },
        ),
        ("Connections", {"fields": ("topics", "related_laws")}),
        *publishing_fieldsets(
            "A change note lists this change on the updates page and feed. "
            "When withdrawing, or for a repealed law, choose where readers should go "
            "instead."
        ),
    )
