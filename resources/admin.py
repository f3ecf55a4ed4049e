from django.contrib import admin

from network_site.records.admin import RecordAdmin
from resources.models import Audience, Resource, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Audience)
class AudienceAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Resource)
class ResourceAdmin(RecordAdmin):
    list_display = ("title", "publisher", "resource_type", "status", "last_checked", "updated_at")
    list_filter = ("status", "resource_type", "audiences", "topics")
    search_fields = ("title", "publisher", "url", "description")
    autocomplete_fields = ("owner", "replaced_by", "audiences", "topics")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "url", "publisher", "resource_type")}),
        ("Description", {"fields": ("description",)}),
        ("Who and what it is for", {"fields": ("audiences", "topics")}),
        ("Upkeep", {"fields": ("last_checked", "last_reviewed")}),
        (
            "Publishing",
            {
                "fields": ("change_note", "owner", "replaced_by"),
                "description": "A change note lists this change on the updates page and feed. "
                "When withdrawing, choose where readers should go instead.",
            },
        ),
        ("Record", {"fields": ("created_at", "updated_at", "published_at", "published_by")}),
    )
