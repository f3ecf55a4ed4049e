"""Email alerts in the admin: for site administrators (superusers) only, since the
addresses are readers' personal data. They can see who follows what and what mail
is waiting or failing, retry or delete a failed message, and delete an address
someone asks to have removed; nobody adds or edits an address here (only its owner,
through the confirmation link)."""

from django.contrib import admin, messages
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


class MailStatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("waiting", "Waiting or retrying"), ("failed", "Failed"), ("sent", "Sent")]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.waiting()
        if self.value() == "failed":
            return queryset.failed()
        if self.value() == "sent":
            return queryset.filter(sent_at__isnull=False)
        return queryset


@admin.register(OutgoingMail)
class OutgoingMailAdmin(ReadOnlyAdmin):
    list_display = ("subject", "subscriber", "purpose", "status", "reason", "created_at")
    list_filter = (MailStatusFilter, "purpose")
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
        "failed_at",
        "sent_at",
    )
    readonly_fields = fields
    list_select_related = ("subscriber",)
    actions = ["retry"]

    def has_delete_permission(self, request, obj=None):
        # Unsent mail may go (a failed message, or one nobody should get); sent mail
        # is the record of what went out, and leaves after KEEP_SENT_MAIL.
        if obj is not None and obj.sent_at:
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset.filter(sent_at__isnull=True))

    @admin.display(description="last error")
    def reason(self, mail) -> str:
        """Why it waits or failed, in short: the list is where staff decide to retry."""
        if mail.sent_at or not mail.last_error:
            return ""
        return mail.last_error if len(mail.last_error) <= 80 else mail.last_error[:79] + "…"

    @admin.action(description="Retry the selected failed messages")
    def retry(self, request, queryset):
        failed = list(queryset.failed())
        for mail in failed:
            mail.retry_now()
        skipped = queryset.count() - len(failed)
        self.message_user(
            request,
            f"{len(failed)} message(s) will be sent on the next run of send_alerts."
            + (f" {skipped} not failed, left as they were." if skipped else ""),
            messages.SUCCESS if failed else messages.WARNING,
        )
