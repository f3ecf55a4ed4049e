"""Email alerts in the admin: for site administrators (superusers) only, since the
addresses are readers' personal data. They can see who follows what and what mail
is waiting or failing, and delete an address someone asks to have removed; nobody
adds or edits an address here (only its owner, through the confirmation link)."""

from django.contrib import admin
from django.db.models import Count

from network_site.alerts.models import OutgoingMail, Subscriber, Subscription


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SubscriptionInline(admin.TabularInline):
    model = Subscription
    fields = ("content_type", "object_id", "frequency", "created_at", "confirmed_at")
    readonly_fields = fields
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(ReadOnlyAdmin):
    list_display = ("email", "follows", "created_at", "confirmed_at")
    search_fields = ("email",)
    fields = ("email", "created_at", "confirmed_at", "last_digest_at")
    readonly_fields = fields
    inlines = [SubscriptionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(follow_count=Count("subscriptions"))

    @admin.display(description="follows", ordering="follow_count")
    def follows(self, subscriber) -> int:
        return subscriber.follow_count


@admin.register(OutgoingMail)
class OutgoingMailAdmin(ReadOnlyAdmin):
    list_display = ("subject", "subscriber", "purpose", "status", "attempts", "created_at")
    list_filter = ("purpose", ("sent_at", admin.EmptyFieldListFilter))
    fields = (
        "subscriber",
        "purpose",
        "subject",
        "body",
        "created_at",
        "attempts",
        "first_failed_at",
        "last_error",
        "next_attempt_at",
        "sent_at",
    )
    readonly_fields = fields
    list_select_related = ("subscriber",)

    def has_delete_permission(self, request, obj=None):
        return False  # mail leaves the outbox by being sent, or with its address
