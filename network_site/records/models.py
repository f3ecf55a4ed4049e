"""What every record shares: status, slug, timestamps, history; and what the site
keeps about records (old slugs, public changes, held edits, the content version)."""

import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, override
from simple_history.models import HistoricalRecords

from network_site.addresses import slug_url
from network_site.words import gettext_lazy as _

SITE_PUBLISHER = "Maine Sex Trafficking and Exploitation Network"


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    # Taken off the site: its address answers 410 with a pointer, never a bare 404.
    WITHDRAWN = "withdrawn", "Withdrawn"


@dataclass(frozen=True)
class ProfessionSection:
    """How a kind of record shows on a profession's page (/for/<slug>/) and in its API."""

    heading: str
    position: int  # lower first
    teaser: str = ""  # the text column shown under each title
    list_parameter: str = ""  # the library list's filter for one discipline (?discipline=)
    # Listed because records of another kind tagged with the profession point at it (a
    # law that the profession's protocols rely on, or cite): the relations to that kind.
    through: tuple[str, ...] = ()
    upcoming: bool = False  # dated records (events): the next few, as their list shows them


@dataclass(frozen=True)
class CitedRecord:
    """A published record that text cites: what a citation of it links to."""

    kind: type
    pk: int
    url: str


# The condition no record meets.
NOTHING = models.Q(pk__in=[])


class RecordQuerySet(models.QuerySet):
    def published(self):
        """The one rule for what the public may see: a condition on the record's own
        columns, never the clock's or the request's (search builds its filter from it
        once per process)."""
        return self.filter(status=Status.PUBLISHED)

    def public(self):
        """Records whose address answers the public: published, or withdrawn (410)
        after having been published (a draft withdrawn unseen stays unknown)."""
        return self.filter(
            models.Q(status=Status.PUBLISHED)
            | models.Q(status=Status.WITHDRAWN, published_at__isnull=False)
        )


RecordManager = models.Manager.from_queryset(RecordQuerySet)


def published_index(*expressions, name: str) -> models.Index:
    """An index over published records only, in the order a public list reads them."""
    return models.Index(*expressions, condition=models.Q(status=Status.PUBLISHED), name=name)


# Every kind's: its published records' ids, which search (each kind's published() in one
# filter) and the libraries' counts read from the index alone. A kind that declares
# indexes of its own lists it too (records.checks says so if it does not).
PUBLISHED_IDS = models.Index(
    fields=["id"], condition=models.Q(status=Status.PUBLISHED), name="%(class).20s_pub_ids"
)


class Translatable:
    """What a model whose words staff translate declares (Translation): a kind of
    record, or the content beside the records (a help number, a fixed page)."""

    # Its prose, which staff translate: words only, never facts (citations, dates,
    # numbers, links come from the model itself). With the columns render_prose() makes
    # of them, which a translation keeps in its own language. A model with none is
    # shown in English, said so, on other languages' pages.
    translated_fields: tuple[str, ...] = ()
    rendered_prose: tuple[str, ...] = ()
    # The rendered columns whose glossary words are linked (a kind of record's).
    glossary_linked: tuple[str, ...] = ()
    # The translated field a link to it is named by (Record.page_links).
    title_field = "title"

    def render_prose(self) -> None:
        """Set the columns made from its own prose (Markdown as HTML, a table of
        contents): on every save, and on a copy holding a translation's words."""


class Record(Translatable, models.Model):
    """Abstract base: slug, publishing status, timestamps and history for every record.

    A concrete subclass is a kind of record: the registry (network_site.records.registry)
    finds it, and with it the cache, search, sitemap, API, review, roles, backups and
    permanent links. Besides its fields it says what only it knows (the attributes
    below the fields). Saving is plain: what a change means for the public (updates
    entry, search index, old slugs) is done by network_site.records.publishing.
    """

    title = models.CharField(max_length=250)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of the public address. If you change it, the old address "
        "keeps working: it redirects to the new one.",
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
    # Plain text of the Markdown, for search snippets and matching (network_site.search).
    search_document = models.TextField(blank=True, editable=False)
    # What its page shows that other records decide, written by the publishing gate
    # (network_site.records.publishing.store_page_state) and read as it is: the links
    # to its related *published* records and terms, by relation, and its rendered
    # Markdown with glossary words linked. {"links": {name: [link]}, "html": {column: html}}
    page_state = models.JSONField(default=dict, blank=True, editable=False)

    history = HistoricalRecords(inherit=True, excluded_fields=["search_document", "page_state"])
    objects = RecordManager()

    # --- What each kind of record says about itself --------------------------------
    # The public page's route name, e.g. "laws:detail", and the library list's.
    detail_route = ""
    list_route = ""
    # The library as the home page names and counts it, and a sentence on what it
    # holds; the names default to the model's verbose names.
    list_title = ""
    list_description = ""
    # The library's link in the site's navigation, when shorter than its title.
    nav_label = ""
    # In the site's main menu (a kind reached from another's pages sets False).
    in_navigation = True
    # Among the home page's latest updates (events have their own section there, by date).
    in_latest_updates = True
    # The glossary: its terms' other names are search synonyms, and pages that link
    # glossary words link to its records (network_site.records.registry.glossary_kind).
    is_glossary = False
    count_nouns: tuple[str, str] = ()
    # Its name in the JSON API (/api/<name>/) and the fields the API shows, beside
    # those every record shows (network_site.api).
    api_name = ""
    api_fields: tuple[str, ...] = ()
    # Search results are labelled, counted and filtered by kind of record; or, with a
    # search_source_field, by that field's values, labelled as in search_labels.
    search_source_field = ""
    search_labels: dict[str, str] = {}
    # What a link to a record of this kind shows where another page lists it (its
    # title, one fact beside it, its kind_label): the columns read for those lists.
    link_fields: tuple[str, ...] = ("title", "slug")
    # The relations (its own or other kinds' pointing at it) whose records and terms its
    # page lists, and the rendered Markdown columns whose glossary words its page links
    # to their definitions: both stored in page_state by the gate, read as they are.
    page_relations: tuple[str, ...] = ()
    glossary_linked: tuple[str, ...] = ()
    # The date column a link check that found every link working sets, where the kind
    # shows one ("link last checked" on a resource); none by default: a law's
    # "last checked against the official text" is a person's act, never a robot's.
    link_check_date_field = ""
    # Columns indexed for search, by weight: A is worth most (network_site.search.index).
    # A relation is indexed by the names of what it holds ("topics").
    search_columns: dict[str, list[str]] = {"A": ["title"], "B": ["search_document"]}
    # The search page's filters this kind answers (beside topics, which come from its
    # relations), each to the column it narrows: {"jurisdiction": "jurisdiction"} on
    # laws. While a filter the kind lacks is chosen, the kind is left out.
    search_filters: dict[str, str] = {}
    # Columns the plain search (SQLite, `make run`) matches beside title and text.
    plain_search_columns: tuple[str, ...] = ()
    # How other records' text writes a citation of this kind ("17-A M.R.S. § 852"): the
    # gate links each to its published record (cited_records). A kind whose text
    # cites them names the relation the gate keeps the cited records in (derived, not
    # picked by staff), so its page and profession pages list them.
    citation_pattern: re.Pattern | None = None
    cited_relation = ""
    # Read by survivors: email never names one of its records (an inbox may be shared),
    # and its follow form says so.
    discreet_in_email = False
    # Answers a reader asking in their own words ("my boyfriend makes me sell sex"):
    # a search in the first person lists this kind's matches first (network_site.search).
    answers_in_the_first_person = False
    # Fields staff never edit in its admin form (set by code or another screen): a
    # system check (records.E001) fails for any other field missing from the form.
    not_edited_in_admin: tuple[str, ...] = ()
    # Its section on a profession's page, if it has one (ProfessionSection).
    profession_section: "ProfessionSection | None" = None
    # A section of its own on the home page: how many records it shows there, and the
    # columns they read (the template names the section by the kind's api_name).
    on_home: int = 0
    home_columns: tuple[str, ...] = ()
    # Columns save() derives from others: written even when the caller names
    # only some fields (update_or_create does).
    derived_fields: tuple[str, ...] = ("search_document", "revision")

    class Meta:
        abstract = True
        ordering = ["title"]
        indexes = [PUBLISHED_IDS]
        # publish_<model>: may publish, unpublish and withdraw (the Publisher role).
        default_permissions = ("add", "change", "delete", "view", "publish")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.render_prose()
        self.search_document = self.build_search_document()
        self.revision += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.derived_fields}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return slug_url(self.detail_route, self.slug)

    def get_permanent_url(self) -> str:
        """A short address that survives every rename: /p/law/12/."""
        return reverse("permalink", kwargs={"kind": self._meta.model_name, "pk": self.pk})

    @classmethod
    def read_for_page(cls, records: models.QuerySet) -> models.QuerySet:
        """`records` with what its page and the JSON API show beyond its fields and
        relations (a protocol's current version number, say)."""
        return records

    @classmethod
    def read_for_api(cls, records: models.QuerySet) -> models.QuerySet:
        """`records` with what the JSON API shows beyond their fields: as on its page,
        unless the page reads it from page_state."""
        return cls.read_for_page(records)

    @classmethod
    def read_for_list(cls, records: models.QuerySet) -> models.QuerySet:
        """`records` with what a row of the library list shows beyond its fields: as
        on its page, unless the page reads more than a row needs."""
        return cls.read_for_page(records)

    def shown_until(self):
        """When this record leaves the lists that show it, by the clock alone (an event
        that ends), so a page listing it is cached no longer; None if never."""
        return None

    def current_until(self):
        """When it stops being news to a reader (an event that ends, or is cancelled):
        search lists it after everything current from then on. None if never."""
        return self.shown_until()

    @classmethod
    def citation_needle(cls, query: str) -> str | None:
        """For kinds that have citations: the text that search_keys() of the records
        whose citation the query is, typed any way, contain (search ranks them first);
        None when the query is no citation or the kind has none."""
        return None

    def search_keys(self) -> str:
        """Its citations, normalized, that citation_needle() is looked for in."""
        return ""

    @classmethod
    def cited_records(cls) -> "Callable[[str], CitedRecord | None]":
        """For kinds that have citations: a function from a citation in other records'
        text (citation_pattern finds them) to the published record it cites, if any."""
        return lambda citation: None

    @property
    def search_source(self) -> str:
        """The search results' label and filter it falls under: its kind, or the value
        of its search_source_field."""
        if self.search_source_field:
            return getattr(self, self.search_source_field)
        return self._meta.model_name

    def search_kicker(self) -> str:
        """The line above its title in search results."""
        return self.kind_label

    @classmethod
    def sitemap_pages(cls) -> list[tuple[str, object]]:
        """(address, last change) of the pages this kind has beyond its records' and its
        list's (a session law's legislative sessions), for the sitemap; a last change of
        None is dated as the site's newest."""
        return []

    # The columns a row of its library list reads, where that is far less than the
    # record (the list reads them alone); every column by default.
    list_columns: tuple[str, ...] = ()
    # Whether in_library() changes with the clock as well as the content (upcoming
    # events): then what the list counts is worked out for every request.
    library_follows_the_clock = False

    @classmethod
    def library_changes_at(cls):
        """For a library that follows the clock: when it next changes by the clock alone
        (the first of its events ends), so what is kept of it is kept no longer. None
        while only a content change can change it."""
        return None

    # What else, besides a review past its date, puts a record on the stale list, in words.
    stale_also_when = ""

    @classmethod
    def due_for_review(cls, cutoff) -> models.Q:
        """The records the stale list shows: not reviewed since `cutoff` (or never); a
        kind that must also be confirmed with someone else adds its own condition."""
        return models.Q(last_reviewed__lt=cutoff) | models.Q(last_reviewed__isnull=True)

    @classmethod
    def in_library(cls) -> models.QuerySet:
        """What the library list shows and the home page counts: the published records
        (upcoming ones only, for events)."""
        return cls.objects.published()

    @classmethod
    def library_title(cls) -> str:
        return cls.list_title or str(cls._meta.verbose_name_plural).capitalize()

    @classmethod
    def counted(cls, count: int) -> str:
        """ "16 law summaries": how many records of this kind, in words."""
        one, many = cls.count_nouns or (cls._meta.verbose_name, cls._meta.verbose_name_plural)
        return f"{count} {one if count == 1 else many}"

    @property
    def kind_noun(self) -> str:
        """One record of this kind in a sentence: "This law summary was withdrawn"."""
        return self.count_nouns[0] if self.count_nouns else str(self._meta.verbose_name)

    @property
    def kind_label(self) -> str:
        """What a reader calls this kind of record, beside its title in mixed lists."""
        return str(self._meta.verbose_name).capitalize()

    def on_public_change(self, change: str, note: str) -> int | None:
        """Hook for records that keep more on each public change: the number of the
        version it makes, if it makes one (protocols). What it sets of the record's
        derived_fields, the gate stores."""
        return None

    # --- Facts derived from other published records (see records.publishing) -------

    def derive_from_published(self) -> bool:
        """Set the columns this record derives from other *published* records (a law's
        status from its published session laws). Called by the publishing gate only.
        True if a fact the public sees changed."""
        return False

    def sourced_parts(self) -> list[models.Model]:
        """Its parts whose facts carry their own source (a law's penalty tiers): the
        gate refuses publishing it while one lacks its source."""
        return []

    def derived_records(self) -> list["Record"]:
        """The records whose derived facts follow this one while it is published (the
        laws a session law changes): the gate re-derives them when it is published,
        changed or taken back."""
        return []

    def changes_record(self, record: "Record") -> bool:
        """Whether publishing this record is itself a public change of `record` (a
        session law of each law it changes), listed and sent to its followers."""
        return False

    def change_note_for(self, record: "Record") -> str:
        """The public change note of `record` when this record's publication (or its
        withdrawal) changes it: "Amended by P.L. 2023, c. 474"."""
        return ""

    def after_publication(self) -> None:
        """What a kind stamps when it is saved published (its parts' publication times)."""

    @classmethod
    def due_for_rederiving(cls) -> models.QuerySet:
        """Records whose derived facts change with the calendar (a change that takes
        effect today), for the gate's daily run."""
        return cls.objects.none()

    def due_change_note(self) -> str:
        """The public change note when a change this record follows takes effect."""
        return ""

    def change_url(self, version_number: int | None) -> str:
        """Where a reader following changes goes to see one: the record, or (for a
        kind with versions) what changed in that version."""
        return self.get_absolute_url()

    def build_search_document(self) -> str:
        return ""

    def as_link(self) -> dict:
        """What a page listing this record shows of it (read from link_fields only): its
        title, its address and the fact beside it."""
        return {"title": self.title, "url": self.get_absolute_url(), "note": ""}

    def page_links(self) -> dict[str, list[dict]]:
        """The links its page lists, by relation, to published records only (read by the
        gate for page_state)."""
        links = {}
        for name in self.page_relations:
            related = self._meta.get_field(name).related_model
            if issubclass(related, Record):
                rows = list(getattr(self, name).published().only(*related.link_fields))
                shown = [row.as_link() for row in rows]
            else:  # a term (a topic, an audience): its name, and its page if it has one
                rows = list(getattr(self, name).all())
                shown = [
                    {"title": t.name, "url": _address_of(t), "note": "", "slug": t.slug}
                    for t in rows
                ]
            titles = titles_in_other_languages(related, [row.pk for row in rows])
            links[name] = [
                {**link, "titles": titles[row.pk]} if row.pk in titles else link
                for row, link in zip(rows, shown, strict=True)
            ]
        return links

    @classmethod
    def showing(cls, record: models.Model) -> models.QuerySet:
        """Its records whose pages show `record` (a record, a topic, an audience): the
        gate stores their page state afresh when `record` changes."""
        return cls.objects.filter(cls.shows(record)).distinct()

    @classmethod
    def shows(cls, record: models.Model) -> models.Q:
        """The condition for showing(): its page_relations that lead to `record`; a kind
        whose page_links() or page_facts() read more adds to it."""
        shows = NOTHING
        for name in cls.page_relations:
            if cls._meta.get_field(name).related_model is type(record):
                shows |= models.Q(**{name: record})
        return shows

    def page_facts(self) -> dict:
        """Facts its page shows from its own parts and other published records (a law's
        timeline and penalties), as plain values (read by the gate for page_state)."""
        return {}

    def stored_facts(self, name: str) -> list:
        """One of page_facts(), as the gate stored it."""
        return self.page_state.get("facts", {}).get(name, [])

    def written_in(self) -> list[str]:
        """The languages its page is written in: the site's own, and those of its
        published translations, as the gate stored them."""
        return [settings.LANGUAGE_CODE, *self.page_state.get("languages", [])]

    def stored_links(self, relation: str) -> list[dict]:
        """The links to one relation's records, as the gate stored them, each named in
        the page's language where it is translated into it."""
        return in_page_language(self.page_state.get("links", {}).get(relation, []))

    def stored_links_of(self, *relations: str) -> list[dict]:
        """The links of several relations as one list, each record once (the laws a
        protocol names and those its text cites)."""
        links = {}
        for relation in relations:
            for link in self.stored_links(relation):
                links.setdefault(link["url"], link)
        return list(links.values())

    def stored_html(self, column: str) -> SafeString:
        """A rendered column with glossary words linked, as the gate stored it; the
        column itself for a record saved outside the gate."""
        html = self.page_state.get("html", {}).get(column) or getattr(self, column)
        # Markdown as network_site.markup.render cleaned it, with our own links added.
        return mark_safe(html)  # noqa: S308

    def external_links(self) -> list[str]:
        """The addresses outside this site that the record points readers to."""
        return []

    def api_links(self) -> dict[str, str | None]:
        """Addresses on this site the JSON API gives beside api_fields (made absolute)."""
        return {}

    @property
    def reviewed_on(self):
        """When staff last reviewed it: the one "Last reviewed" line its page shows."""
        return self.last_reviewed

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    @property
    def is_withdrawn(self) -> bool:
        return self.status == Status.WITHDRAWN

    @property
    def is_public(self) -> bool:
        """What public() selects, for a record in hand."""
        return self.is_published or (self.is_withdrawn and self.published_at is not None)

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


def _address_of(term: models.Model) -> str:
    address = getattr(term, "get_absolute_url", None)
    return (address() or "") if address else ""


class SlugHistoryQuerySet(models.QuerySet):
    def remember(self, record: Record, old_slug: str | None) -> None:
        content_type = ContentType.objects.get_for_model(record)
        # The current slug is nobody's old address any more.
        self.filter(content_type=content_type, slug=record.slug).delete()
        if old_slug and old_slug != record.slug:
            self.update_or_create(
                content_type=content_type, slug=old_slug, defaults={"object_id": record.pk}
            )

    def find(self, records: models.QuerySet, slug: str):
        """The record among `records` that once had this slug, whatever it is called
        now, or None."""
        entry = self.filter(
            content_type=ContentType.objects.get_for_model(records.model), slug=slug
        )
        object_id = entry.values_list("object_id", flat=True).first()
        return records.filter(pk=object_id).first() if object_id else None


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

    class Change(models.TextChoices):
        PUBLISHED = "published", _("Published")
        UPDATED = "updated", _("Updated")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    change = models.CharField(max_length=20, choices=Change.choices)
    title = models.CharField(max_length=250, help_text="The record's title at the time.")
    note = models.TextField()
    version_number = models.PositiveIntegerField(
        null=True, blank=True, help_text="The version this change made, for kinds with versions."
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.get_change_display()}: {self.title}"


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
    data = models.JSONField(help_text="The fields the editor changed, with their proposed values.")
    base = models.JSONField(
        default=dict,
        blank=True,
        help_text="Those fields' values when the change was proposed: if one has changed "
        "since, approving would undo someone else's edit, so it is refused.",
    )
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
    reason = models.TextField(
        blank=True, help_text="Why a publisher rejected it, for the editor who proposed it."
    )

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Change to {self.record} by {self.author}"


class TranslationQuerySet(models.QuerySet):
    def published(self):
        """The translations readers see (on pages in their language)."""
        return self.filter(status=Translation.State.PUBLISHED)

    def of(self, record: Record):
        return self.filter(
            content_type=ContentType.objects.get_for_model(record), object_id=record.pk
        )


class Translation(models.Model):
    """A record's prose in another language: the kind's translated_fields, drafted by an
    editor and published by a publisher through the gate (records.publishing). Facts
    (citations, dates, numbers, links, relations) are never copied: pages take them from
    the record. It keeps the English it was made from, so its page says when the English
    has moved on."""

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    language = models.CharField(max_length=12)
    text = models.JSONField(
        default=dict, blank=True, help_text="The translated words, by field of the record."
    )
    status = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    reviewed_by_translator = models.BooleanField(
        "reviewed by a qualified translator",
        default=False,
        help_text="Tick only when a qualified translator has checked this translation "
        "against the English. Readers are told whether it has been.",
    )
    change_note = models.TextField(
        blank=True, help_text="What changed in this translation, kept in its history."
    )
    # The English it was made from (the record's translated_fields when its words last
    # changed), and the record's revision then.
    made_from = models.JSONField(default=dict, editable=False)
    made_from_revision = models.PositiveIntegerField(default=0, editable=False)
    # Set by the gate when the published English no longer says what this was made
    # from: its page says so, with this date. Cleared when translated afresh.
    english_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # What its page shows, made by the gate from its words as from the record's own:
    # {"columns": {field: value}, "html": {column: html with glossary words linked}}.
    page_state = models.JSONField(default=dict, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["page_state"])
    objects = TranslationQuerySet.as_manager()

    class Meta:
        ordering = ["language", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_translation_a_language"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="translation_record")]
        default_permissions = ("add", "change", "view", "publish")

    def __str__(self) -> str:
        return f"{self.record} ({self.language_name})"

    def get_absolute_url(self) -> str:
        """Its page: the record's, in its language ("" for words shown on every page,
        as a help number's)."""
        if not hasattr(self.record, "get_absolute_url"):
            return ""
        return address_in(self.record, self.language)

    @property
    def language_name(self) -> str:
        return dict(settings.TRANSLATION_LANGUAGES).get(self.language, self.language)

    @property
    def is_published(self) -> bool:
        return self.status == self.State.PUBLISHED

    @property
    def english_has_changed(self) -> bool:
        return self.english_changed_at is not None

    @property
    def words_language(self) -> str:
        return self.language

    def apply_to(self, record: Translatable) -> Translatable:
        """The record as its page shows it in this language: its translated words and
        what they render to in place of the English; its facts untouched."""
        for name, value in self.page_state.get("columns", {}).items():
            setattr(record, name, value)
        html = self.page_state.get("html")
        if html and "page_state" not in record.get_deferred_fields():  # a list's row may not
            record.page_state = {**record.page_state, "html": html}
        record.words_language = self.language
        return record


def address_in(record: Translatable, language: str) -> str:
    """The address of the record's page in a language (/es/guides/…)."""
    with override(language):
        return record.get_absolute_url()


def titles_in_other_languages(kind: type, pks: list[int]) -> dict[int, dict[str, str]]:
    """What the published translations of these records (or terms) of `kind` name them,
    by record and language: for the links the gate stores to them."""
    if not pks or not issubclass(kind, Translatable) or not kind.translated_fields:
        return {}
    found = Translation.objects.published().filter(
        content_type=ContentType.objects.get_for_model(kind), object_id__in=pks
    )
    titles: dict[int, dict[str, str]] = {}
    for translation in found.only("object_id", "language", "text"):
        if title := translation.text.get(kind.title_field):
            titles.setdefault(translation.object_id, {})[translation.language] = title
    return titles


def in_page_language(links: list[dict]) -> list[dict]:
    """Stored links named in the page's language where a published translation names
    them (Record.page_links), said to be in it; the rest as they are, in English."""
    language = get_language()
    if language == settings.LANGUAGE_CODE:
        return links
    return [
        {**link, "title": link["titles"][language], "language": language}
        if language in link.get("titles", {})
        else link
        for link in links
    ]


def english_words(record: Translatable) -> dict[str, str]:
    """What a translation of the record translates: its translated_fields, in English."""
    return {name: getattr(record, name) for name in record.translated_fields}


def in_readers_language(record: Translatable) -> "Translation | None":
    """The record's published translation into the page's language, put in place of
    its English words (Translation.apply_to); None on English pages, and where there
    is none (its page then says it is not yet translated)."""
    language = get_language()
    if language == settings.LANGUAGE_CODE or not record.translated_fields:
        return None
    translation = Translation.objects.published().of(record).filter(language=language).first()
    if translation is not None:
        translation.apply_to(record)
    return translation


def in_readers_language_all(records: list) -> list:
    """in_readers_language() for a list's rows: their published translations into
    the page's language in place of their English words, one query for each kind."""
    language = get_language()
    if language == settings.LANGUAGE_CODE:
        return records
    by_kind: dict[type, list[Translatable]] = {}
    for record in records:
        if record.translated_fields:
            by_kind.setdefault(type(record), []).append(record)
    for kind, rows in by_kind.items():
        found = Translation.objects.published().filter(
            content_type=ContentType.objects.get_for_model(kind),
            language=language,
            object_id__in=[row.pk for row in rows],
        )
        translations = {translation.object_id: translation for translation in found}
        for row in rows:
            if row.pk in translations:
                translations[row.pk].apply_to(row)
    return records


def named_in_readers_language(terms: list[Translatable]) -> list[Translatable]:
    """in_readers_language_all() for a vocabulary's terms (topics…), in the order of
    their names in the page's language, as a reader looks for them there."""

    def name(term: Translatable) -> str:
        letters = unicodedata.normalize("NFKD", getattr(term, term.title_field))
        return "".join(c for c in letters if not unicodedata.combining(c)).casefold()

    return sorted(in_readers_language_all(terms), key=name)
