"""What readers tell us is wrong: a suggestion from a record's page, waiting in a staff
queue. Nothing a visitor sends is ever shown on the site; it is deleted KEEP_FOR after
it reached us (the privacy page says so)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

KEEP_FOR = timedelta(days=180)


class SuggestionQuerySet(models.QuerySet):
    def expired(self):
        return self.filter(received_at__lt=timezone.now() - KEEP_FOR)


class Suggestion(models.Model):
    class State(models.TextChoices):
        NEW = "new", "New"
        ANSWERED = "answered", "Answered"
        CHANGE_HELD = "change-held", "Made into a held change"
        DISMISSED = "dismissed", "Nothing to change"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    page_title = models.CharField("page", max_length=250, help_text="Its title when sent.")
    page_path = models.CharField(max_length=500)
    what_is_wrong = models.TextField("what is wrong")
    contact = models.CharField(
        "how to reach them", max_length=200, blank=True, help_text="Optional; never shown."
    )
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.NEW)
    staff_note = models.TextField(
        "what we did",
        blank=True,
        help_text="For the team: the answer sent, or the held change made. Never public.",
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"On “{self.page_title}”, {self.received_at:%B %-d, %Y}"
