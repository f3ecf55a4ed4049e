"""The directory: who can help where. Organizations, the services they offer, and the
regional multidisciplinary teams, each listed by the counties it serves and confirmed
with the organization on a date readers see (HSDS `assured_date`).

A service may keep its place confidential (a shelter) or have none (a phone line):
then its address is never read out of the record at all, since every surface (its
page, the API, the HSDS export, JSON-LD, search) shows only `public_address`.
"""

import uuid
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from network_site.addresses import slug_url
from network_site.records.models import ProfessionSection, Record, published_index
from network_site.records.sources import LinkedSource
from network_site.vocabulary.models import Audience
from network_site.words import gettext_lazy as _
from resources.places import COUNTIES, STATEWIDE, towns_in

# Stable identifiers for the HSDS export (which asks for UUIDs): one per record, kept
# through renames, different for every kind.
HSDS_NAMESPACE = uuid.UUID("6f1d8e4e-3c1b-5b7e-9a57-1c2d3e4f5a6b")

# A listing not confirmed with its organization for this long goes on the stale list.
CONFIRM_EVERY = timedelta(days=365)


class County(models.Model):
    """One of Maine's sixteen counties (created by a migration; not edited by staff)."""

    name = models.CharField(max_length=40, unique=True)
    slug = models.SlugField(max_length=40, unique=True)

    # Created by a migration: an import into a new database replaces them.
    seeded_by_migrate = True

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("counties")

    def __str__(self) -> str:
        return f"{self.name} County"

    def get_absolute_url(self) -> str:
        return slug_url("resources:county", self.slug)

    @property
    def towns(self) -> list[str]:
        return towns_in(self.slug)


class Language(models.Model):
    """A language a service is offered in, as HSDS names it (ISO 639 code)."""

    name = models.CharField(max_length=60, unique=True, help_text="In English: “Spanish”.")
    # Its ISO 639 code: a slug, as the other terms records are tagged with have.
    slug = models.SlugField(
        "ISO 639 code", max_length=3, unique=True, help_text="Two letters where there are: “es”."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def code(self) -> str:
        return self.slug


class Listing(Record, LinkedSource):
    """What every directory listing has: how to reach it, where it works, and when staff
    last confirmed it with the organization."""

    description = models.TextField(help_text="Plain words: what it does and for whom.")
    website = models.URLField(max_length=500, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(
        max_length=40, blank=True, help_text="As the organization publishes it: 1-800-871-7741."
    )
    text_number = models.CharField(
        "text (SMS) number", max_length=40, blank=True, help_text="Only where texts are answered."
    )
    tty = models.CharField(
        "TTY or relay", max_length=40, blank=True, help_text="711 where Maine Relay is the way."
    )
    counties = models.ManyToManyField(
        County, blank=True, related_name="+", help_text="Leave empty for statewide listings."
    )
    statewide = models.BooleanField(
        "serves all of Maine", default=False, help_text="Listed in every county."
    )
    confirmed_on = models.DateField(
        "confirmed with the organization on",
        null=True,
        blank=True,
        help_text="The day staff last confirmed this listing with the organization itself "
        "(not from its website). Listings not confirmed for a year go on the stale list.",
    )

    link_fields = ("title", "slug")
    page_relations = ("counties",)
    in_navigation = False
    translated_fields = ("title", "description")
    search_columns = {"A": ["title"], "B": ["search_document"], "C": ["places_served"]}

    class Meta(Record.Meta):
        abstract = True

    stale_also_when = (
        "Also listed: those not confirmed with the organization in the last 12 months."
    )

    def build_search_document(self) -> str:
        return self.description

    @classmethod
    def due_for_review(cls, cutoff) -> models.Q:
        confirmed_since = timezone.localdate() - CONFIRM_EVERY
        return (
            super().due_for_review(cutoff)
            | models.Q(confirmed_on__lt=confirmed_since)
            | models.Q(confirmed_on__isnull=True)
        )

    @property
    def places_served(self) -> str:
        """The counties it serves and their towns, so a town typed in search finds it."""
        if self.statewide:
            return f"Statewide, all of Maine {' '.join(STATEWIDE)}"
        return " ".join(f"{c} {' '.join(c.towns)}" for c in self.counties.all())

    @property
    def area(self) -> str:
        """Where it works, in words: "Statewide" or "Kennebec and Somerset counties"."""
        if self.statewide:
            return "Statewide"
        names = [link["title"] for link in self.stored_links("counties")]
        if not names:
            return ""
        if len(names) == 1:
            return f"{names[0]} County"
        return f"{', '.join(names[:-1])} and {names[-1]} counties"

    @property
    def needs_confirming(self) -> bool:
        return self.confirmed_on is None or self.confirmed_on < timezone.localdate() - CONFIRM_EVERY

    @property
    def hsds_id(self) -> str:
        return str(uuid.uuid5(HSDS_NAMESPACE, f"{self._meta.model_name}:{self.pk}"))

    def external_links(self) -> list[str]:
        return [link for link in (self.website, self.source_url) if link]

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data.update({"@type": "Organization", "description": self.description})
        for key, value in (("url", self.website), ("email", self.email), ("telephone", self.phone)):
            if value:
                data[key] = value
        data["mainEntityOfPage"] = url
        data["areaServed"] = self.area or "Maine"
        return data


class Organization(Listing):
    """An organization that offers services in Maine: a support center, legal aid, a
    state agency's line."""

    other_names = models.CharField(
        "other names", max_length=250, blank=True, help_text="What people also call it: “PTLA”."
    )

    detail_route = "resources:organization"
    list_route = "resources:organizations"
    list_title = _("Organizations in the directory")
    list_description = _("The organizations behind the directory's services.")
    count_nouns = (_("organization"), _("organizations"))
    page_relations = ("counties", "services")
    api_name = "organizations"
    api_fields = (
        ("other_names", "other_names"),
        "description",
        "website",
        "email",
        "phone",
        ("text", "text_number"),
        "tty",
        "statewide",
        "counties",
        ("confirmed_on", "confirmed_on"),
        ("source", "source_url"),
    )
    search_columns = {
        "A": ["title", "other_names"],
        "B": ["search_document"],
        "C": ["places_served"],
    }
    plain_search_columns = ("other_names",)

    class Meta(Record.Meta):
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        indexes = [
            *Record.Meta.indexes,
            published_index("title", name="organization_published_title"),
        ]


class Service(Listing):
    """One service of an organization: what it does, for whom, how to get it, where."""

    class Help(models.TextChoices):
        ADVOCACY = "advocacy", _("Advocacy and crisis support")
        CASE_MANAGEMENT = "case-management", _("Case management")
        LEGAL = "legal", _("Legal help")
        IMMIGRATION = "immigration", _("Immigration legal help")
        HOUSING = "housing", _("Shelter and housing")
        HEALTH = "health", _("Health care")
        HOTLINE = "hotline", _("Hotline")
        REPORTING = "reporting", _("Reporting")

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="services"
    )
    help_type = models.CharField("kind of help", max_length=20, choices=Help.choices)
    who_for = models.TextField(
        "who it is for", blank=True, help_text="Who may use it, in plain words (HSDS eligibility)."
    )
    minimum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    free = models.BooleanField(default=False, help_text="No charge to the person helped.")
    fees = models.TextField("cost", blank=True, help_text="What it costs, where it is not free.")
    languages = models.ManyToManyField(
        Language, blank=True, related_name="+", help_text="Languages staff speak."
    )
    interpretation = models.TextField(
        blank=True, help_text="Interpreters it offers for other languages, and how."
    )
    how_to_get_it = models.TextField("how to get it", blank=True)
    hours = models.CharField(max_length=250, blank=True, help_text="“Monday to Friday, 9 to 5”.")
    open_all_hours = models.BooleanField("24/7", default=False)
    walk_in = models.BooleanField("walk-in", default=False)
    by_phone = models.BooleanField("by phone", default=False)
    audiences = models.ManyToManyField(
        Audience,
        blank=True,
        related_name="services",
        verbose_name="professions it serves",
        help_text="Each profession's page lists the services for it.",
    )
    location_is_confidential = models.BooleanField(
        "confidential location",
        default=False,
        help_text="A shelter or a place kept private: no address, map or coordinates appear "
        "anywhere (page, API, export, search), whatever is typed below.",
    )
    street_address = models.CharField(max_length=200, blank=True)
    town = models.CharField(max_length=80, blank=True)
    postal_code = models.CharField(max_length=10, blank=True)

    detail_route = "resources:service"
    list_route = "resources:directory"
    list_title = _("Directory of services")
    nav_label = _("Directory")
    in_navigation = True
    list_description = _(
        "Who can help near you: support centers, legal and immigration help, housing and "
        "hotlines, by county and need."
    )
    count_nouns = (_("service"), _("services"))
    link_fields = ("title", "slug")
    page_relations = ("counties", "languages", "audiences")
    translated_fields = (
        *Listing.translated_fields,
        *("who_for", "fees", "interpretation", "how_to_get_it", "hours"),
    )
    # The directory's row: kind of help, area, organization, description, at a glance, phone.
    list_columns = (
        *("title", "slug", "status", "help_type", "statewide", "description", "phone"),
        *("open_all_hours", "free", "minimum_age", "maximum_age", "page_state"),
    )
    api_name = "services"
    api_fields = (
        ("organization", "organization_slug"),
        ("kind_of_help", "help_type"),
        "description",
        "who_for",
        "minimum_age",
        "maximum_age",
        "free",
        ("cost", "fees"),
        "languages",
        "interpretation",
        "how_to_get_it",
        "hours",
        ("open_24_7", "open_all_hours"),
        "walk_in",
        "by_phone",
        "website",
        "email",
        "phone",
        ("text", "text_number"),
        "tty",
        "statewide",
        "counties",
        ("address", "public_address"),
        "location_is_confidential",
        ("confirmed_on", "confirmed_on"),
        ("source", "source_url"),
    )
    profession_section = ProfessionSection(
        _("Services in the directory"), 4, teaser="description", list_parameter=""
    )

    class Meta(Record.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        indexes = [*Record.Meta.indexes, published_index("title", name="service_published_title")]

    def clean(self):
        super().clean()
        low, high = self.minimum_age, self.maximum_age
        if low is not None and high is not None and low > high:
            raise ValidationError(
                {"maximum_age": "The oldest age it serves must not be below the youngest."}
            )

    @classmethod
    def read_for_page(cls, records):
        return records.select_related("organization")

    @classmethod
    def read_for_list(cls, records):
        return records  # a row names its organization from its stored page state

    @classmethod
    def sitemap_pages(cls) -> list[tuple[str, object]]:
        # Each county's page (the sixteen, with no query), dated as the site's newest
        # change: they list statewide services too, so any change may change them all.
        return [(slug_url("resources:county", slug), None) for slug in COUNTIES]

    @classmethod
    def shows(cls, record) -> models.Q:
        shows = super().shows(record)
        if isinstance(record, Organization):
            shows |= models.Q(organization=record)
        return shows

    def page_facts(self) -> dict:
        # The organization is linked only while it is published.
        organization = Organization.objects.published().filter(pk=self.organization_id).first()
        return {"organization": [organization.as_link()] if organization else []}

    @property
    def organization_link(self) -> dict | None:
        found = self.stored_facts("organization")
        return found[0] if found else None

    @property
    def organization_slug(self) -> str | None:
        """For the API, read with the service (read_for_page): while it is published."""
        organization = self.organization
        return organization.slug if organization.is_published else None

    @property
    def public_address(self) -> dict | None:
        """Its address as readers may see it, or None: the only way any page, feed or
        export reads the address."""
        if self.location_is_confidential or not (self.street_address and self.town):
            return None
        return {
            "street": self.street_address,
            "town": self.town,
            "postal_code": self.postal_code,
            "state": "ME",
        }

    @property
    def ages(self) -> str:
        low, high = self.minimum_age, self.maximum_age
        if low is None and high is None:
            return ""
        if high is None:
            return f"{low} and older"
        if low is None:
            return f"Up to {high}"
        return f"{low} to {high}"

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data["@type"] = "Service"
        if link := self.organization_link:
            data["provider"] = {"@type": "Organization", "name": link["title"]}
        return data

    def search_kicker(self) -> str:
        area = self.area
        return f"{self.get_help_type_display()}{f' · {area}' if area else ''}"


class RegionalTeam(Listing):
    """A regional multidisciplinary team: the agencies of a county or region who meet to
    answer trafficking together, and how a professional reaches them."""

    members = models.TextField(
        "who sits on it", blank=True, help_text="The agencies and roles, one per line."
    )
    how_to_reach = models.TextField(
        "how a professional reaches it",
        blank=True,
        help_text="Whom to ask and how, for a professional with a case or a question.",
    )
    audiences = models.ManyToManyField(
        Audience,
        blank=True,
        related_name="regional_teams",
        verbose_name="professions on the team",
        help_text="Each profession's page lists the teams for it.",
    )

    detail_route = "resources:team"
    list_route = "resources:teams"
    list_title = _("Regional teams")
    list_description = _(
        "Local multidisciplinary teams: the agencies of a region who answer trafficking together."
    )
    count_nouns = (_("regional team"), _("regional teams"))
    page_relations = ("counties", "audiences")
    translated_fields = (*Listing.translated_fields, "how_to_reach")
    api_name = "regional-teams"
    api_fields = (
        "description",
        "members",
        "how_to_reach",
        "website",
        "email",
        "phone",
        "statewide",
        "counties",
        ("confirmed_on", "confirmed_on"),
        ("source", "source_url"),
    )
    profession_section = ProfessionSection(_("Regional teams"), 5, teaser="description")

    class Meta(Record.Meta):
        verbose_name = _("regional team")
        verbose_name_plural = _("regional teams")

    @property
    def members_list(self) -> list[str]:
        return [line.strip() for line in self.members.splitlines() if line.strip()]


def serving(county: County, kind: type[Listing]) -> models.QuerySet:
    """The published listings of a kind that serve a county (statewide ones included)."""
    served = models.Q(counties=county) | models.Q(statewide=True)
    return kind.objects.published().filter(served).distinct()
