"""Who follows what by email, and the outbox their mail waits in.

An address is kept only while it follows something: unconfirmed follows are deleted
after a week, and unsubscribing deletes the address with everything it follows and
any mail still waiting for it. What is kept, and for how long, is said on the privacy
page (templates/alerts/privacy_section.html), from the periods set here.
"""

import secrets
from datetime import timedelta
from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import models
from django.urls import reverse
from django.utils import timezone

from network_site.words import gettext_lazy as _

# A confirmation link works for a week; then the unconfirmed follow is deleted.
CONFIRM_WITHIN = timedelta(days=7)
# Sent mail is kept this long (to see what went out), then deleted.
KEEP_SENT_MAIL = timedelta(days=30)
# An address the mail server refuses for good (5xx at RCPT) is removed once its
# refusals span this long; until then its mail is retried with growing waits.
GIVE_UP_AFTER = timedelta(days=3)
# A message the server only ever defers (4xx) fails after this long, as RFC 5321
# 4.5.4.1 suggests (4-5 days); the address keeps its other mail.
STOP_RETRYING_AFTER = timedelta(days=5)
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
DIGEST_EVERY = timedelta(days=7)


def absolute(view_name: str, **kwargs) -> str:
    """A full address on this site, for mail (read without a request)."""
    return settings.SITE_URL + reverse(view_name, kwargs=kwargs)


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("Each change, as it is published")
    WEEKLY = "weekly", _("A weekly summary")


class Subscriber(models.Model):
    """An email address that follows something. Its token is in every message's manage
    and unsubscribe links: whoever reads the mail may manage it, no password."""

    email = models.EmailField(unique=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The first 5xx refusal of this address at RCPT since the server last took mail
    # for it: the clock for GIVE_UP_AFTER. Temporary (4xx) trouble never sets it.
    refused_since = models.DateTimeField(null=True, blank=True, editable=False)
    # The language its mail is written in: the page's where it last asked for mail.
    language = models.CharField(max_length=12, default="en", editable=False)

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    def digest_due(self, now) -> bool:
        since = self.last_digest_at or self.confirmed_at or self.created_at
        return now - since >= DIGEST_EVERY


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def following(self, target: models.Model):
        return self.filter(
            content_type=ContentType.objects.get_for_model(target), object_id=target.pk
        )


class Subscription(models.Model):
    """One address following one record, topic or discipline (an Audience)."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    frequency = models.CharField(
        max_length=20, choices=Frequency.choices, default=Frequency.IMMEDIATELY
    )
    confirm_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # When the last confirmation (or, once confirmed, "you already follow this") went out:
    # asking again within a day sends nothing.
    asked_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "content_type", "object_id"], name="one_follow_per_target"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.subscriber} follows {self.content_type.model} {self.object_id}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def link_expired(self, now) -> bool:
        return not self.is_confirmed and now - self.asked_at > CONFIRM_WITHIN


class DigestItem(models.Model):
    """A change waiting for a weekly summary."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="digest")
    update = models.ForeignKey("records.Update", on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "update"], name="one_digest_item")
        ]

    def __str__(self) -> str:
        return f"{self.update} for {self.subscriber}"


class OutgoingMailQuerySet(models.QuerySet):
    def due(self, now):
        return self.waiting().filter(next_attempt_at__lte=now).order_by("next_attempt_at", "pk")

    def waiting(self):
        return self.filter(sent_at__isnull=True, failed_at__isnull=True)

    def failed(self):
        return self.filter(sent_at__isnull=True, failed_at__isnull=False)


class OutgoingMail(models.Model):
    """A message written in the same transaction as what caused it, and sent later by
    `manage.py send_alerts`: a publish never waits for, or fails with, the mail server."""

    class Purpose(models.TextChoices):
        CONFIRMATION = "confirmation", "Confirmation"
        NOTICE = "notice", "Notice"
        ALERT = "alert", "Alert"
        DIGEST = "digest", "Weekly summary"

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="mail")
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    subject = models.CharField(max_length=250)
    body = models.TextField()
    # The public change an alert tells of: if its record is no longer public when the
    # alert is due (taken back to draft), the alert is dropped, never sent.
    update = models.ForeignKey(
        "records.Update", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Stable across retries, so a mail client shows a message delivered twice once.
    message_id = models.CharField(max_length=250, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    first_failed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Set when the message cannot be sent as it is (it cannot be built, the server
    # refused its content, or it was deferred for STOP_RETRYING_AFTER): it is skipped
    # and waits for staff to retry or delete it.
    failed_at = models.DateTimeField(null=True, blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = "outgoing message"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject

    def save(self, *args, **kwargs):
        if not self.message_id:
            self.message_id = make_msgid("alert", domain=urlsplit(settings.SITE_URL).hostname)
        super().save(*args, **kwargs)

    @property
    def status(self) -> str:
        if self.sent_at:
            return "sent"
        if self.failed_at:
            return "failed"
        return "retrying" if self.attempts else "waiting"

    def message(self, connection=None) -> EmailMessage:
        """The message as it goes out: plain text, with one-click unsubscribe (RFC 8058)."""
        unsubscribe = absolute("alerts:unsubscribe", token=self.subscriber.token)
        headers = {
            "Message-ID": self.message_id,
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Content-Language": self.subscriber.language,
        }
        return EmailMessage(
            self.subject,
            self.body,
            settings.DEFAULT_FROM_EMAIL,
            [self.subscriber.email],
            headers=headers,
            connection=connection,
        )

    def retry_later(self, error: str, now) -> None:
        """Try again after a growing wait; after STOP_RETRYING_AFTER, fail instead."""
        self.attempts += 1
        self.first_failed_at = self.first_failed_at or now
        self.last_error = error[:1000]
        if now - self.first_failed_at >= STOP_RETRYING_AFTER:
            self.failed_at = now
            self.last_error = f"gave up after {STOP_RETRYING_AFTER.days} days: {error}"[:1000]
        wait = min(FIRST_RETRY * 2 ** (self.attempts - 1), LONGEST_RETRY)
        self.next_attempt_at = now + wait
        self.save(
            update_fields=[
                "attempts",
                "first_failed_at",
                "last_error",
                "next_attempt_at",
                "failed_at",
            ]
        )

    def fail(self, reason: str, now) -> None:
        """Skip this message from now on: it cannot go as it is."""
        self.attempts += 1
        self.failed_at = now
        self.last_error = reason[:1000]
        self.save(update_fields=["attempts", "failed_at", "last_error"])

    def retry_now(self) -> None:
        """Staff's "Retry": back in the queue, with a fresh retry clock."""
        self.failed_at = self.first_failed_at = None
        self.next_attempt_at = timezone.now()
        self.save(update_fields=["failed_at", "first_failed_at", "next_attempt_at"])


class LimitHit(models.Model):
    """One request counted against a rate limit (alerts/limits.py). In the database so
    that every worker and every host counts together; `who` is an HMAC, never the
    address itself. Hits older than the longest window are deleted by send_alerts."""

    scope = models.CharField(max_length=20)
    who = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["scope", "who", "at"])]

    def __str__(self) -> str:
        return f"{self.scope} at {self.at:%Y-%m-%d %H:%M}"


class FormRequest(models.Model):
    """What the follow and manage-link forms asked for, done by the next send_alerts
    run. The form only stores this, the same for an address we know or not, so its
    answer (and how long it takes) says nothing about who follows what."""

    class Purpose(models.TextChoices):
        FOLLOW = "follow", "Follow"
        MANAGE_LINK = "manage_link", "Send the manage link"

    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    email = models.EmailField()
    content_type = models.ForeignKey(ContentType, null=True, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(null=True)
    frequency = models.CharField(max_length=20, choices=Frequency.choices, blank=True)
    # The language of the page the form was on: the mail it asks for is written in it.
    language = models.CharField(max_length=12, default="en")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} request {self.pk}"
