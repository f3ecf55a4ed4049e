from django.contrib import admin

from network_site.records.admin import SharedContentAdmin
from network_site.vocabulary.models import Audience, Topic


@admin.register(Topic)
class TopicAdmin(SharedContentAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Audience)
class AudienceAdmin(SharedContentAdmin):
    list_display = ("name", "slug", "is_profession", "position")
    list_filter = ("is_profession",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
