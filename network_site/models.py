"""What every record shares, and the site-wide content staff keep current."""

import re
import uuid
from functools import cache

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
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
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    # Taken off the site: its address answers 410 with a pointer, never a bare 404.
    WITHDRAWN = "withdrawn", "Withdrawn"


class RecordQuerySet(models.QuerySet):
    def published(self):
        """The one rule for what the public may see."""
        return self.filter(status=Status.PUBLISHED)

    def public(self):
        """Records whose address answers the public: published, or withdrawn (410)."""
        return self.filter(status__in=[Status.PUBLISHED, Status.WITHDRAWN])


class RecordManager(models.Manager.from_queryset(RecordQuerySet)):
    def get_queryset(self):
        # The search index is only ever read inside SQL; loading it would parse a
        # large tsvector into a string for every row of every list.
        return super().get_queryset().defer("search_vector")


SLUG_MARK = "slug-mark"


@cache
def _address_around_slug(route: str) -> tuple[str, str]:
    head, tail = reverse(route, kwargs={"slug": SLUG_MARK}).split(SLUG_MARK)
    return head, tail


def slug_address(route: str, slug: str) -> str:
    """reverse(route, kwargs={"slug": slug}), the route worked out once per process.

    A list page shows twenty records' addresses; reverse() costs as much as the rest
    of a row. Routes and the site's prefix are fixed for the life of a process."""
    head, tail = _address_around_slug(route)
    return f"{head}{slug}{tail}"


@cache
def _permanent_address_around_pk(kind: str) -> tuple[str, str]:
    head, tail = reverse("permalink", kwargs={"kind": kind, "pk": 1}).rsplit("1", 1)
    return head, tail


def published_index(*expressions, name: str) -> models.Index:
    """An index over published records only, in the order a public list reads them."""
    return models.Index(*expressions, condition=models.Q(status=Status.PUBLISHED), name=name)


SITE_PUBLISHER = "Maine Sex Trafficking and Exploitation Network"
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
    change_note = models.TextField(
        "public change note",
        blank=True,
        help_text="What changed, for partners following updates. Publishing with a note "
        "lists the change on the updates page and feed; leave it blank for small fixes.",
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who keeps this record right and reviews it.",
    )
    link_status = models.CharField(
        max_length=20,
        blank=True,
        editable=False,
        choices=[
            ("ok", "All links work"),
            ("redirected", "A link redirects"),
            ("broken", "A link is broken"),
        ],
        help_text="From the last check_links run.",
    )
    links_checked_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Bumped on every save: a form carrying an older number was opened before someone
    # else's change, and is refused rather than silently overwriting it.
    revision = models.PositiveIntegerField(default=0, editable=False)
    replaced_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="When withdrawn: where to send readers instead.",
    )
    # Plain text of the Markdown, for search snippets and the SQLite fallback.
    search_document = models.TextField(blank=True, editable=False)
    # PostgreSQL full-text index (empty on SQLite); see search_columns.
    search_vector = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(inherit=True, excluded_fields=["search_document", "search_vector"])
    objects = RecordManager()

    # The route name of the public page, e.g. "laws:detail".
    detail_route = ""
    # Columns indexed for search, by weight: A is worth most.
    search_columns: dict[str, list[str]] = {"A": ["title"], "B": ["search_document"]}
    # Columns save() derives from others: written even when the caller names
    # only some fields (update_or_create does).
    derived_fields: tuple[str, ...] = (
        "published_at",
        "withdrawn_at",
        "search_document",
        "revision",
    )

    class Meta:
        abstract = True
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        before = type(self).objects.filter(pk=self.pk).values("slug", "status").first()
        first_publication = self.is_published and self.published_at is None
        if first_publication:
            self.published_at = timezone.now()
        if self.status == Status.WITHDRAWN and self.withdrawn_at is None:
            self.withdrawn_at = timezone.now()
        elif self.status != Status.WITHDRAWN:
            self.withdrawn_at = None
        self.search_document = self.build_search_document()
        self.revision += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.derived_fields}
        super().save(*args, **kwargs)
        self.update_search_index()
        SlugHistory.objects.remember(self, before["slug"] if before else None)
        self.record_public_change(before["status"] if before else None, first_publication)

    def get_absolute_url(self) -> str:
        return slug_address(self.detail_route, self.slug)

    def record_public_change(self, status_before: str | None, first_publication: bool) -> None:
        """List a publication, a noted change or a withdrawal on the updates page and feed."""
        note = self.change_note.strip()
        if self.is_published and status_before != Status.PUBLISHED:
            kind = Update.Kind.PUBLISHED
            note = note or ("First published." if first_publication else "Published again.")
        elif self.is_published and note:
            kind = Update.Kind.UPDATED
        elif self.status == Status.WITHDRAWN and status_before != Status.WITHDRAWN:
            kind, note = Update.Kind.WITHDRAWN, note or "Withdrawn from the site."
        else:
            return
        self.on_public_change(kind, note)
        Update.objects.create(record=self, kind=kind, title=self.title, note=note)
        if self.change_note:
            # The note belongs to this change only; the next edit starts blank.
            self.change_note = ""
            type(self).objects.filter(pk=self.pk).update(change_note="")

    def on_public_change(self, kind: str, note: str) -> None:
        """Hook for records that keep more on each public change (protocol versions)."""

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

    @property
    def is_withdrawn(self) -> bool:
        return self.status == Status.WITHDRAWN

    def structured_data(self, url: str) -> dict:
        """schema.org JSON-LD describing this record, for search engines and partners' tools."""
        return {
            "@context": "https://schema.org",
            "@type": "CreativeWork",
            "name": self.title,
            "url": url,
            "inLanguage": "en",
            "dateModified": self.updated_at,
            "datePublished": self.published_at,
            "publisher": {"@type": "Organization", "name": SITE_PUBLISHER},
        }

    def get_permanent_url(self) -> str:
        """A short address that survives every rename: /p/law/12/."""
        # As slug_address(): the route worked out once per kind of record.
        head, tail = _permanent_address_around_pk(self._meta.model_name)
        return f"{head}{self.pk}{tail}"


class SlugHistoryQuerySet(models.QuerySet):
    def remember(self, record: "Record", old_slug: str | None) -> None:
        content_type = ContentType.objects.get_for_model(record)
        # The current slug is nobody's old address any more.
        self.filter(content_type=content_type, slug=record.slug).delete()
        if old_slug and old_slug != record.slug:
            self.update_or_create(
                content_type=content_type, slug=old_slug, defaults={"object_id": record.pk}
            )

    def find(self, model: type, slug: str):
        """The record that once had this slug, whatever it is called now, or None."""
        entry = self.filter(content_type=ContentType.objects.get_for_model(model), slug=slug)
        object_id = entry.values_list("object_id", flat=True).first()
        return model.objects.filter(pk=object_id).first() if object_id else None


class SlugHistory(models.Model):
    """A slug a record had before: its old address redirects (301) to the current one.

    Each old slug points straight at the record, so a chain of renames is one hop.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    slug = models.SlugField(max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)
    record = GenericForeignKey("content_type", "object_id")

    objects = SlugHistoryQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "slug"], name="unique_old_slug")
        ]
        verbose_name_plural = "slug history"

    def __str__(self) -> str:
        return self.slug


class Update(models.Model):
    """One public change, for /updates/ and its Atom feed. Never edited, so feed ids hold."""

    class Kind(models.TextChoices):
        PUBLISHED = "published", "Published"
        UPDATED = "updated", "Updated"
        WITHDRAWN = "withdrawn", "Withdrawn"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=250, help_text="The record's title at the time.")
    note = models.TextField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"


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


class ContentVersion(models.Model):
    """One row: a token replaced on every content change, keying the page cache."""

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.token

    @classmethod
    def current(cls) -> str:
        token = cls.objects.filter(pk=1).values_list("token", flat=True).first()
        if token is None:
            token = cls.objects.get_or_create(pk=1, defaults={"token": uuid.uuid4().hex})[0].token
        return token

    @classmethod
    def replace(cls, token: str) -> None:
        if not cls.objects.filter(pk=1).update(token=token, changed_at=timezone.now()):
            cls.objects.update_or_create(pk=1, defaults={"token": token})


class PendingRevision(models.Model):
    """An editor's change to a published record, kept aside until a publisher approves it.

    The live page is never half-edited: nothing of this reaches the record before approval.
    """

    class State(models.TextChoices):
        WAITING = "waiting", "Waiting for review"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    data = models.JSONField(help_text="The proposed field values, as the form cleaned them.")
    base_revision = models.PositiveIntegerField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.WAITING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Change to {self.record} by {self.author}"


class LinkCheck(models.Model):
    """What check_links last found at one external address."""

    class Result(models.TextChoices):
        OK = "ok", "Works"
        REDIRECTED = "redirected", "Redirects"
        BROKEN = "broken", "Broken"
        RETRY = "retry", "Could not check (rate limited); will retry"

    url = models.URLField(max_length=1000, unique=True)
    result = models.CharField(max_length=20, choices=Result.choices)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=1000, blank=True)
    redirects = models.JSONField(default=list, help_text="Each hop: [status, location].")
    error = models.CharField(max_length=300, blank=True)
    checked_at = models.DateTimeField()

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return f"{self.url}: {self.get_result_display()}"
