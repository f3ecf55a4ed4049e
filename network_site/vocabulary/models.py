"""The shared vocabulary: topics, and the audiences and disciplines records are for.

Every kind of record may be tagged with them (a many-to-many field to Topic or
Audience, found by records.registry.tagged_kinds); topic pages, profession pages,
feeds, search filters and email alerts read them here, never from a library app.
"""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from network_site.addresses import slug_url
from network_site.records.models import Translatable
from network_site.search.words import holding_every_word


class Topic(Translatable, models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(blank=True)

    history = HistoricalRecords()
    translated_fields = ("name", "description")
    title_field = "name"

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("topics:detail", self.slug)


class AudienceQuerySet(models.QuerySet):
    def professions(self):
        """The disciplines with a page of their own, in the order staff set (the doors)."""
        return self.filter(is_profession=True).order_by("position", "name")


def professions_matching(professions: list["Audience"], query: str) -> list["Audience"]:
    """Those whose name or introduction holds every word of the query (search shows
    their pages above its results: a nurse who types "health care" finds the door)."""
    return holding_every_word(professions, query, "name", "introduction")


class Audience(Translatable, models.Model):
    """Who a resource is for, and the disciplines a protocol serves: one vocabulary."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    is_profession = models.BooleanField(
        "has a page for its profession",
        default=False,
        help_text="Give this discipline its own page (/for/<slug>/) and a door on the home page.",
    )
    introduction = models.TextField(
        blank=True, help_text="A sentence or two at the top of its profession's page."
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first among the professions."
    )

    history = HistoricalRecords()
    objects = AudienceQuerySet.as_manager()
    translated_fields = ("name", "introduction")
    title_field = "name"

    class Meta:
        ordering = ["name"]
        verbose_name = "audience or discipline"
        verbose_name_plural = "audiences and disciplines"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        if self.is_profession:
            return slug_url("professions:detail", self.slug)
        # Otherwise a discipline's page is its list of protocols and model policies.
        return f"{reverse('protocols:list')}?discipline={self.slug}"
