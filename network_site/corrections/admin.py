from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html

from network_site.corrections.models import Suggestion
from network_site.markup.plain_text import PlainTextAdminMixin


@admin.register(Suggestion)
class SuggestionAdmin(PlainTextAdminMixin, admin.ModelAdmin):
    """The queue of readers' corrections: read one, answer it or make the change on the
    record (an editor's change is held for a publisher, as every change is)."""

    list_display = ("received_at", "page_title", "what_is_wrong_briefly", "state")
    list_filter = ("state", "content_type")
    search_fields = ("page_title", "what_is_wrong", "staff_note")
    date_hierarchy = "received_at"
    readonly_fields = (
        "received_at",
        "the_page",
        "what_is_wrong",
        "contact",
        "handled_by",
        "handled_at",
        "change_the_record",
    )
    fieldsets = (
        ("From a reader", {"fields": ("received_at", "the_page", "what_is_wrong", "contact")}),
        ("What we did", {"fields": ("change_the_record", "state", "staff_note")}),
        ("Handled", {"fields": ("handled_by", "handled_at")}),
    )

    def has_add_permission(self, request):
        return False  # they come from readers

    def get_queryset(self, request):
        Suggestion.objects.expired().delete()  # kept no longer than the privacy page says
        return super().get_queryset(request)

    @admin.display(description="what is wrong")
    def what_is_wrong_briefly(self, suggestion):
        text = suggestion.what_is_wrong
        return text if len(text) <= 80 else f"{text[:79]}…"

    @admin.display(description="page")
    def the_page(self, suggestion):
        return format_html('<a href="{}">{}</a>', suggestion.page_path, suggestion.page_title)

    @admin.display(description="make the change")
    def change_the_record(self, suggestion):
        meta = suggestion.content_type
        try:
            url = reverse(
                f"admin:{meta.app_label}_{meta.model}_change", args=[suggestion.object_id]
            )
        except NoReverseMatch:
            return "The record has no admin page."
        return format_html(
            '<a href="{}">Open the record to change it</a>: an editor\'s change waits for a '
            "publisher, like any change. Then set the state below.",
            url,
        )

    def save_model(self, request, obj, form, change):
        if "state" in form.changed_data or "staff_note" in form.changed_data:
            obj.handled_by, obj.handled_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)
