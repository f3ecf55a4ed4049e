from django.contrib import admin

from network_site.records.admin import RecordAdmin, SharedContentAdmin, publishing_fieldsets
from resources.models import (
    Event,
    EventSeries,
    Guide,
    Language,
    Organization,
    RegionalTeam,
    Resource,
    Service,
    Term,
)


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


# --- The directory -------------------------------------------------------------------

LISTING_UPKEEP = (
    "Confirmed and sourced",
    {
        "fields": (
            "confirmed_on",
            "source_url",
            "source_words",
            "source_checked_on",
            "last_reviewed",
        ),
        "description": "“Confirmed” is the day the organization itself confirmed the listing; "
        "readers see it. Listings not confirmed for a year go on the stale list. The source "
        "is the public page the facts were checked against.",
    },
)
LISTING_CONTACT = (
    "How to reach it",
    {"fields": ("phone", "text_number", "tty", "email", "website")},
)
LISTING_AREA = (
    "Where it works",
    {"fields": ("statewide", "counties")},
)


@admin.register(Language)
class LanguageAdmin(SharedContentAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug")


@admin.register(Organization)
class OrganizationAdmin(RecordAdmin):
    list_display = ("title", "status", "confirmed_on", "updated_at")
    list_filter = ("status", "statewide", "counties")
    search_fields = ("title", "other_names", "description")
    filter_horizontal = ("counties",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "other_names", "description")}),
        LISTING_CONTACT,
        LISTING_AREA,
        LISTING_UPKEEP,
        *publishing_fieldsets(),
    )


@admin.register(Service)
class ServiceAdmin(RecordAdmin):
    list_display = ("title", "organization", "help_type", "status", "confirmed_on", "updated_at")
    list_filter = (
        "status",
        "help_type",
        "statewide",
        "counties",
        "location_is_confidential",
    )
    search_fields = ("title", "description", "organization__title")
    autocomplete_fields = ("organization",)
    filter_horizontal = ("counties", "languages", "audiences")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "organization", "help_type", "description")}),
        (
            "Who it is for",
            {"fields": ("who_for", ("minimum_age", "maximum_age"), "free", "fees", "audiences")},
        ),
        ("Languages", {"fields": ("languages", "interpretation")}),
        (
            "How to get it",
            {"fields": ("how_to_get_it", "hours", "open_all_hours", "walk_in", "by_phone")},
        ),
        LISTING_CONTACT,
        LISTING_AREA,
        (
            "Place",
            {
                "fields": ("location_is_confidential", "street_address", "town", "postal_code"),
                "description": "Never give a shelter's address. With “confidential location” "
                "ticked, no address appears anywhere public, whatever is typed here.",
            },
        ),
        LISTING_UPKEEP,
        *publishing_fieldsets(),
    )


@admin.register(RegionalTeam)
class RegionalTeamAdmin(RecordAdmin):
    list_display = ("title", "status", "confirmed_on", "updated_at")
    list_filter = ("status", "counties")
    search_fields = ("title", "description", "members")
    filter_horizontal = ("counties", "audiences")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "description")}),
        ("The team", {"fields": ("members", "audiences", "how_to_reach")}),
        LISTING_CONTACT,
        LISTING_AREA,
        LISTING_UPKEEP,
        *publishing_fieldsets(),
    )
