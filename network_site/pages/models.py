"""The site-wide content staff keep current: help numbers and the fixed pages."""

import re

from django.db import models
from django.urls import reverse
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from network_site.markup import render
from network_site.records.models import Translatable
from network_site.records.sources import LinkedSource
from network_site.search.words import holding_every_word, query_words

# A search that is a number and nothing else: "(888) 373-7888", "1 888 373 7888", "711".
DIALLED = re.compile(r"\+?[\d\s().-]*\d[\d\s().-]*")


def dialled(number: str) -> str:
    """A number's digits as dialled within the US: "1-888-373-7888" -> "8883737888"."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def help_lines_matching(lines: list["HelpLine"], query: str) -> list["HelpLine"]:
    """The help numbers a search names: one of their numbers however it is typed, or
    every word in their name or description."""
    if DIALLED.fullmatch(query.strip()):
        wanted = dialled(query)
        return [line for line in lines if wanted in line.numbers]
    return holding_every_word(lines, query, "name", "description")


def site_pages_matching(pages: list["SitePage"], query: str) -> list["SitePage"]:
    """The fixed pages holding every word of the query, the ones whose title has them
    first, and Get help before the rest (search shows them above its results)."""
    words = [word.casefold() for word in query_words(query)]

    def order(page):
        in_title = any(word in page.title.casefold() for word in words)
        return (not in_title, page.slug != "get-help", page.title)

    return sorted(holding_every_word(pages, query, "title", "intro", "body"), key=order)


class HelpLine(LinkedSource, Translatable):
    """A number shown in the help box on every page. Hotlines change: staff edit them
    here, from the operator's own page (the source)."""

    name = models.CharField(max_length=120)
    phone = models.CharField(max_length=40, blank=True, help_text="As people dial it.")
    text_number = models.CharField(
        max_length=40, blank=True, help_text="A number people can text, if any."
    )
    tty = models.CharField(
        "TTY or relay",
        max_length=40,
        blank=True,
        help_text="For deaf or hard of hearing callers, as the operator publishes it (e.g. 711).",
    )
    chat_url = models.URLField("online chat", max_length=300, blank=True)
    email = models.EmailField(blank=True)
    description = models.CharField(max_length=250, blank=True)
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")
    is_active = models.BooleanField(default=True)
    professions = models.ManyToManyField(
        "vocabulary.Audience",
        blank=True,
        related_name="help_lines",
        limit_choices_to={"is_profession": True},
        help_text="The professions whose page lists this number as one they call.",
    )

    history = HistoricalRecords()
    # Its words: what a reader reads in their language. The numbers, addresses and
    # source are facts, the same in every language.
    translated_fields = ("name", "description")

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def states_facts_publicly(self) -> bool:
        return self.is_active

    @classmethod
    def public_facts(cls) -> models.QuerySet:
        return cls.objects.filter(is_active=True)

    @property
    def numbers(self) -> set[str]:
        """Its call, text and TTY numbers, as dialled."""
        return {dialled(number) for number in (self.phone, self.text_number, self.tty) if number}

    @property
    def phone_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def tty_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.tty if ch.isdigit() or ch == "+")

    @property
    def text_href(self) -> str:
        return "sms:" + "".join(ch for ch in self.text_number if ch.isdigit())


class SitePage(Translatable, models.Model):
    """The fixed pages (get help, about, privacy, accessibility), written by staff."""

    class Slug(models.TextChoices):
        GET_HELP = "get-help", "Get help"
        ABOUT = "about", "About"
        PRIVACY = "privacy", "Privacy"
        ACCESSIBILITY = "accessibility", "Accessibility"

    slug = models.SlugField(max_length=40, unique=True, choices=Slug.choices)
    title = models.CharField(max_length=200)
    intro = models.CharField(max_length=300, blank=True, help_text="One sentence under the title.")
    body = MarkdownxField()
    body_html = models.TextField(editable=False, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    translated_fields = ("title", "intro", "body")
    rendered_prose = ("body_html",)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.render_prose()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(f"pages:{self.slug}")

    def render_prose(self) -> None:
        self.body_html = render(self.body).html


class Contact(models.Model):
    """How to reach the Network itself (not a help line): shown on the About page, which
    the footer of every page links to. One row, edited by staff."""

    organisation = models.CharField(
        max_length=200, help_text="Who answers, e.g. the organisation that runs the Network."
    )
    phone = models.CharField(max_length=40, blank=True, help_text="As people dial it.")
    email = models.EmailField(blank=True)
    address = models.TextField(blank=True, help_text="Postal address, one line per line.")
    website = models.URLField(max_length=300, blank=True)
    note = models.CharField(
        max_length=250, blank=True, help_text="E.g. office hours, or what to write to us about."
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "contact for the Network"
        verbose_name_plural = "contact for the Network"

    def __str__(self) -> str:
        return self.organisation

    @property
    def numbers(self) -> set[str]:
        """Its call, text and TTY numbers, as dialled."""
        return {dialled(number) for number in (self.phone, self.text_number, self.tty) if number}

    @property
    def phone_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
