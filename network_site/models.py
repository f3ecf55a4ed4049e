"""What every record shares, and the site-wide content staff keep current."""

import re

from django.contrib.postgres.search import SearchVectorField, TrigramSimilarity
from django.db import models
from django.urls import reverse
from django.utils import timezone
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from network_site.markup import render
from network_site.searchindex import uses_postgres, weighted_vector


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class RecordQuerySet(models.QuerySet):
    def published(self):
        """The one rule for what the public may see."""
        return self.filter(status=Status.PUBLISHED)

    def drafts(self):
        return self.filter(status=Status.DRAFT)

    def visible_to(self, user):
        """Staff preview drafts at their public URL; everyone else sees published records."""
        if user.is_active and user.is_staff:
            return self.all()
        return self.published()


WORD = re.compile(r"[^\W\d_]{4,40}")
# How alike a word must be to be offered as "did you mean".
SUGGESTION_SIMILARITY = 0.4


class SearchTermQuerySet(models.QuerySet):
    def add_words(self, text: str) -> None:
        words = {word.lower() for word in WORD.findall(text)}
        self.bulk_create([SearchTerm(word=word) for word in words], ignore_conflicts=True)

    def known(self, words: set[str]) -> set[str]:
        return set(self.filter(word__in=words).values_list("word", flat=True))

    def closest(self, word: str) -> str:
        """The most similar known word (PostgreSQL trigram similarity), or ""."""
        return (
            self.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=SUGGESTION_SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        ) or ""


class SearchTerm(models.Model):
    """A word used by some published record: the vocabulary "did you mean" draws on.

    Only published records add words, so a suggestion never reveals a draft.
    """

    word = models.CharField(max_length=40, primary_key=True)

    objects = SearchTermQuerySet.as_manager()

    def __str__(self) -> str:
        return self.word


class Record(models.Model):
    """Abstract base: slug, publishing status, timestamps and history for every record."""

    title = models.CharField(max_length=250)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of the public address. Changing it breaks links to the old one.",
    )
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When staff last checked this record was right."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Plain text of the Markdown, for search snippets and the SQLite fallback.
    search_document = models.TextField(blank=True, editable=False)
    # PostgreSQL full-text index (empty on SQLite); see search_columns.
    search_vector = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(inherit=True, excluded_fields=["search_document", "search_vector"])
    objects = RecordQuerySet.as_manager()

    # The route name of the public page, e.g. "laws:detail".
    detail_route = ""
    # Columns indexed for search, by weight: A is worth most.
    search_columns: dict[str, list[str]] = {"A": ["title"], "B": ["search_document"]}
    # Columns save() derives from others: written even when the caller names
    # only some fields (update_or_create does).
    derived_fields: tuple[str, ...] = ("published_at", "search_document")

    class Meta:
        abstract = True
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
        self.search_document = self.build_search_document()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.derived_fields}
        super().save(*args, **kwargs)
        self.update_search_index()

    def get_absolute_url(self) -> str:
        return reverse(self.detail_route, kwargs={"slug": self.slug})

    def build_search_document(self) -> str:
        return ""

    def update_search_index(self) -> None:
        """Index the saved columns in PostgreSQL, and learn a published record's words."""
        if not uses_postgres():
            return  # SQLite searches the columns directly
        type(self).objects.filter(pk=self.pk).update(
            search_vector=weighted_vector(self.search_columns)
        )
        if self.is_published:
            SearchTerm.objects.add_words(f"{self.title} {self.search_document}")

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


class HelpLine(models.Model):
    """A number shown in the help box on every page. Hotlines change: staff edit them here."""

    name = models.CharField(max_length=120)
    phone = models.CharField(max_length=40, blank=True, help_text="As people dial it.")
    text_number = models.CharField(
        max_length=40, blank=True, help_text="A number people can text, if any."
    )
    description = models.CharField(max_length=250, blank=True)
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")
    is_active = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def phone_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def text_href(self) -> str:
        return "sms:" + "".join(ch for ch in self.text_number if ch.isdigit())


class SitePage(models.Model):
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

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.body_html = render(self.body).html
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(f"pages:{self.slug}")
