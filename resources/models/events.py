"""Trainings and events, and the series some of them belong to."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from network_site.markup import links_in, render
from network_site.records.models import (
    ProfessionSection,
    Record,
    RecordManager,
    RecordQuerySet,
    published_index,
)
from network_site.search.index import plain_text
from network_site.vocabulary.models import Audience, Topic
from network_site.words import gettext_lazy as _
from resources.models.links import web_address


class EventSeries(models.Model):
    """The sessions of one training, offered on several dates."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=120, unique=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("event series")

    def __str__(self) -> str:
        return self.name


class EventQuerySet(RecordQuerySet):
    def upcoming(self, now=None):
        """Events that have not ended yet, soonest first."""
        return self.filter(ends_at__gt=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        """Events that have ended, latest first."""
        return self.filter(ends_at__lte=now or timezone.now()).order_by("-starts_at", "pk")


class Event(Record):
    """A training, the conference, a webinar or a coordination meeting.

    Registration stays on the organiser's site: the site collects nothing."""

    class EventStatus(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        MOVED_ONLINE = "moved_online", _("Moved online")

    description = MarkdownxField(help_text="What it covers and who should come, in Markdown.")
    description_html = models.TextField(editable=False, blank=True)
    starts_at = models.DateTimeField("starts", help_text="In Maine's time.")
    ends_at = models.DateTimeField("ends", help_text="In Maine's time.")
    all_day = models.BooleanField(
        default=False, help_text="Show dates only; the times above are then ignored."
    )
    event_status = models.CharField(
        "event status",
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text="Cancelled or postponed events stay listed, with a banner.",
    )
    venue = models.CharField(max_length=200, blank=True, help_text="Leave empty if online only.")
    address = models.CharField(max_length=300, blank=True)
    online_url = models.URLField(
        "online link",
        max_length=500,
        blank=True,
        validators=[web_address],
        help_text="Where to join, for an online or hybrid event.",
    )
    registration_url = models.URLField(
        "registration link",
        max_length=500,
        blank=True,
        validators=[web_address],
        help_text="The organiser's registration page: this site collects nothing.",
    )
    cost = models.CharField(max_length=120, blank=True, help_text="e.g. Free, or $40.")
    organiser = models.CharField(max_length=200)
    accessibility = models.TextField(
        blank=True, help_text="Interpretation, captions, step-free access, how to ask."
    )
    credits = models.CharField(
        max_length=200, blank=True, help_text="Continuing education credits, where offered."
    )
    series = models.ForeignKey(
        EventSeries, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    audiences = models.ManyToManyField(
        Audience, blank=True, related_name="events", verbose_name="who it is for"
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="events")
    # The calendar identity of the event: never changes, so subscribed calendars update
    # the event rather than add a second one.
    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)

    objects = RecordManager.from_queryset(EventQuerySet)()

    detail_route = "resources:event"
    list_route = "resources:events"
    list_title = _("Trainings and events")
    list_description = _("Trainings for police, health care, schools and advocates, and webinars.")
    count_nouns = (_("upcoming event"), _("upcoming events"))
    nav_label = _("Events")
    in_latest_updates = False
    link_fields = ("title", "slug", "starts_at")
    page_relations = ("audiences", "topics")
    api_name = "events"
    profession_section = ProfessionSection(
        _("Trainings and events"), 4, list_parameter="discipline", upcoming=True
    )
    on_home = 3
    api_fields = (
        ("description_markdown", "description"),
        "description_html",
        "starts_at",
        "ends_at",
        "all_day",
        "event_status",
        "attendance",
        "venue",
        "address",
        "online_url",
        "registration_url",
        "cost",
        "organiser",
        "accessibility",
        "credits",
        "audiences",
    )
    derived_fields = (*Record.derived_fields, "description_html")
    translated_fields = ("title", "description", "accessibility")
    rendered_prose = ("description_html",)
    # Who it is for, by name: "health care" finds the sessions for health care.
    search_columns = {"A": ["title", "organiser"], "B": ["search_document", "audiences"]}

    class Meta(Record.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        indexes = [
            *Record.Meta.indexes,
            published_index("ends_at", "starts_at", name="event_published_dates"),
        ]

    def shown_until(self):
        return self.ends_at  # upcoming lists drop it once it ends

    def current_until(self):
        # A cancelled event stops being current the moment it is cancelled.
        return timezone.now() if self.is_cancelled else self.ends_at

    def render_prose(self) -> None:
        self.description_html = render(self.description).html

    def save(self, *args, **kwargs):
        before = type(self).objects.filter(pk=self.pk).values_list("event_status", flat=True)
        if self.pk and not self.change_note and before.first() not in (None, self.event_status):
            # A cancellation or a change of plan is news for everyone who follows updates.
            self.change_note = f"{self.get_event_status_display()}."
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = "An event cannot end before it starts."
        if not self.venue and not self.online_url:
            errors["venue"] = "Give a venue, an online link, or both."
        if self.event_status == self.EventStatus.MOVED_ONLINE and not self.online_url:
            errors["online_url"] = "An event that moved online needs its online link."
        if errors:
            raise ValidationError(errors)

    library_follows_the_clock = True

    @classmethod
    def in_library(cls):
        return cls.objects.published().upcoming()

    @classmethod
    def library_changes_at(cls):
        return cls.in_library().aggregate(first_end=models.Min("ends_at"))["first_end"]

    @property
    def kind_label(self) -> str:
        return "Event"

    def search_kicker(self) -> str:
        # Its day, so a reader tells a coming session from a past one.
        day = date_format(timezone.localtime(self.starts_at), "F j, Y")
        if self.event_status == self.EventStatus.SCHEDULED:
            return f"{self.kind_label} · {day}"
        return f"{self.kind_label} · {day} · {self.get_event_status_display()}"

    @property
    def attendance(self) -> str:
        """online, in_person or mixed, as schema.org's attendance modes."""
        if self.event_status == self.EventStatus.MOVED_ONLINE or not self.venue:
            return "online"
        return "mixed" if self.online_url else "in_person"

    @property
    def is_cancelled(self) -> bool:
        return self.event_status == self.EventStatus.CANCELLED

    def build_search_document(self) -> str:
        return plain_text(self.description_html)

    def external_links(self) -> list[str]:
        links = [self.registration_url, self.online_url, *links_in(self.description_html)]
        return [link for link in links if link]

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        modes = {
            "online": "OnlineEventAttendanceMode",
            "in_person": "OfflineEventAttendanceMode",
            "mixed": "MixedEventAttendanceMode",
        }
        statuses = {
            self.EventStatus.SCHEDULED: "EventScheduled",
            self.EventStatus.CANCELLED: "EventCancelled",
            self.EventStatus.POSTPONED: "EventPostponed",
            self.EventStatus.MOVED_ONLINE: "EventMovedOnline",
        }
        locations = []
        if self.venue and self.attendance != "online":
            locations.append({"@type": "Place", "name": self.venue, "address": self.address})
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        data.update(
            {
                "@type": "Event",
                "startDate": self.starts_at.date() if self.all_day else self.starts_at,
                "endDate": self.ends_at.date() if self.all_day else self.ends_at,
                "eventStatus": f"https://schema.org/{statuses[self.event_status]}",
                "eventAttendanceMode": f"https://schema.org/{modes[self.attendance]}",
                "location": locations,
                "organizer": {"@type": "Organization", "name": self.organiser},
                "description": self.search_document[:500],
            }
        )
        return data
