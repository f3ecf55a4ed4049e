from django.contrib import admin

from network_site.records.admin import RecordAdmin, SharedContentAdmin, publishing_fieldsets
from resources.models import Event, EventSeries, Guide, Resource, Term


@admin.register(Resource)
class ResourceAdmin(RecordAdmin):
    list_display = ("title", "publisher", "resource_type", "status", "last_checked", "updated_at")
    list_filter = ("status", "resource_type", "audiences", "topics")
    search_fields = ("title", "publisher", "url", "description")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "url", "publisher", "resource_type")}),
        ("Description", {"fields": ("description",)}),
        ("Who and what it is for", {"fields": ("audiences", "topics")}),
        ("Upkeep", {"fields": ("last_checked", "last_reviewed")}),
        *publishing_fieldsets(),
    )


@admin.register(EventSeries)
class EventSeriesAdmin(SharedContentAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Event)
class EventAdmin(RecordAdmin):
    list_display = ("title", "starts_at", "event_status", "organiser", "status", "updated_at")
    list_filter = ("status", "event_status", "audiences", "topics")
    search_fields = ("title", "organiser", "venue", "description")
    date_hierarchy = "starts_at"
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "event_status", "organiser")}),
        ("When", {"fields": (("starts_at", "ends_at"), "all_day")}),
        ("Where", {"fields": ("venue", "address", "online_url")}),
        ("Description", {"fields": ("description", "accessibility")}),
        ("Taking part", {"fields": ("registration_url", "cost", "credits")}),
        ("Connections", {"fields": ("audiences", "topics", "series")}),
        ("Upkeep", {"fields": ("last_reviewed",)}),
        *publishing_fieldsets(
            "A change note lists this change on the updates page and feed; "
            "a cancellation or postponement is listed there by itself."
        ),
    )


@admin.register(Guide)
class GuideAdmin(RecordAdmin):
    list_display = ("title", "position", "status", "last_reviewed", "updated_at")
    list_filter = ("status", "audiences", "topics")
    search_fields = ("title", "summary", "body")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "position", "summary")}),
        ("The answer", {"fields": ("body",)}),
        (
            "Found by",
            {
                "fields": ("asked_as",),
                "description": "A search in a reader's own words (“I”, “me”, “my”) lists "
                "guides first; these lines help it find the right one.",
            },
        ),
        (
            "Checked against",
            {
                "fields": ("laws", "sources", "last_reviewed"),
                "description": "Review the guide against the laws it cites and its sources, "
                "then set the date it was last reviewed.",
            },
        ),
        ("Who and what it is for", {"fields": ("audiences", "topics")}),
        *publishing_fieldsets(),
    )


@admin.register(Term)
class TermAdmin(RecordAdmin):
    list_display = ("title", "status", "last_reviewed", "updated_at")
    list_filter = ("status",)
    search_fields = ("title", "also_called", "definition")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status")}),
        (
            "Meaning",
            {
                "fields": ("definition", "also_called", "maine_note"),
                "description": "Each word in “also called” becomes a search synonym as "
                "soon as the term is published: no deploy needed.",
            },
        ),
        (
            "Source",
            {
                "fields": ("source_url", "source_words", "source_checked_on"),
                "description": "Where the definition comes from (the statute or "
                "resolve that defines it, or the agency's own page): readers see the link.",
            },
        ),
        ("Used in", {"fields": ("laws", "protocols", "last_reviewed")}),
        *publishing_fieldsets(),
    )
