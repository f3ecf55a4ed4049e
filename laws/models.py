import re
from collections.abc import Callable
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from laws.citations import (
    CITED_IN_TEXT,
    citation_key,
    citation_keys,
    legal_order,
    without_subsections,
)
from network_site.addresses import slug_url
from network_site.markup import links_in, render
from network_site.records.models import CitedRecord, ProfessionSection, Record, published_index
from network_site.records.sources import LinkedSource, Sourced
from network_site.search.index import plain_text
from network_site.vocabulary.models import Topic
from network_site.words import gettext
from network_site.words import gettext_lazy as _

RESOURCES_ON_SAME_TOPICS = 6

# A sentence ends at ". " before a capital, not at "M.R.S. §" or "Pub. L." early on.
FIRST_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def first_sentence(text: str) -> str:
    """A summary's first sentence, as plain text: a law's line in the list."""
    end = FIRST_SENTENCE_END.search(text, 25)
    return Truncator(text[: end.start() + 1] if end else text).chars(180)


class Jurisdiction(models.TextChoices):
    MAINE = "maine", _("Maine")
    FEDERAL = "federal", _("Federal")


class LegalText(Record, Sourced):
    """What a law summary and a session law share: a jurisdiction, a citation searched
    in any form (citation_keys), a plain-language summary and the official text, which
    is the source of its facts."""

    Jurisdiction = Jurisdiction

    jurisdiction = models.CharField(max_length=20, choices=Jurisdiction.choices)
    summary = MarkdownxField(help_text="Plain-language summary in Markdown.")
    summary_html = models.TextField(editable=False, blank=True)
    # Normalized forms of the citation and of citation-like names, e.g.
    # " 22:7101 pl:106-386 ", so any way of typing them finds the record; matched with
    # LIKE '% key %', which a trigram index serves (laws migration 0003).
    citation_keys = models.CharField(max_length=500, blank=True, editable=False)
    last_checked = models.DateField(
        "last checked against the official text",
        null=True,
        blank=True,
        help_text="When staff last compared the summary, dates, chapters and penalties "
        "with the official text.",
    )

    source_fields = ("official_url", "source_words", "last_checked")
    derived_fields = (*Record.derived_fields, "summary_html", "citation_keys")
    translated_fields = ("title", "summary")
    rendered_prose = ("summary_html",)
    search_filters = {"jurisdiction": "jurisdiction"}
    plain_search_columns = ("citation",)

    class Meta(Record.Meta):
        abstract = True

    @classmethod
    def citation_needle(cls, query: str) -> str | None:
        key = citation_key(query)
        if not key:
            return None
        # A bare section (":852") matches the end of a key; a full one the whole key.
        return f"{key} " if key.startswith(":") else f" {key} "

    def search_keys(self) -> str:
        return self.citation_keys

    citation_pattern = CITED_IN_TEXT

    @classmethod
    def cited_records(cls) -> Callable[[str], CitedRecord | None]:
        by_key = {}
        published = cls.objects.published().order_by("pk")
        for pk, slug, keys in published.values_list("pk", "slug", "citation_keys"):
            for key in keys.split():
                by_key.setdefault(key, CitedRecord(cls, pk, slug_url(cls.detail_route, slug)))

        def cited(citation: str) -> CitedRecord | None:
            key = citation_key(citation)
            return by_key.get(key) or by_key.get(without_subsections(key))

        return cited

    def as_link(self) -> dict:
        return {**super().as_link(), "note": self.citation}

    def search_kicker(self) -> str:
        return f"{self.kind_label} · {self.citation}"

    def citation_texts(self) -> list[str]:
        """The texts whose citation-like lines it is found by."""
        return [self.citation]

    def render_prose(self) -> None:
        self.summary_html = render(self.summary).html

    def save(self, *args, **kwargs):
        self.citation_keys = citation_keys(*self.citation_texts())
        super().save(*args, **kwargs)

    def build_search_document(self) -> str:
        return plain_text(self.summary_html)

    def external_links(self) -> list[str]:
        return [self.official_url, *links_in(self.summary_html)]

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data.update(
            {
                "@type": "Legislation",
                "legislationIdentifier": self.citation,
                "legislationJurisdiction": (
                    "Maine" if self.jurisdiction == Jurisdiction.MAINE else "United States"
                ),
                "sameAs": self.official_url,
            }
        )
        return data


class Law(LegalText):
    """A plain-language summary of one Maine or federal law, linked to its official text."""

    class LegalStatus(models.TextChoices):
        # Amendment is not a status: an amended law is in force, and its amendments
        # are its timeline.
        IN_FORCE = "in_force", _("In force")
        NOT_YET_IN_EFFECT = "not_yet_in_effect", _("Not yet in effect")
        REPEALED = "repealed", _("Repealed")

    class ReaderGroup(models.IntegerChoices):
        """The groups readers look for laws in, in the order the list shows them."""

        CRIMES = 1, _("Crimes")
        DEFENSES_AND_RELIEF = 2, _("Defenses and record relief")
        VICTIMS_RIGHTS = 3, _("Victims' rights and compensation")
        CIVIL_REMEDIES = 4, _("Civil remedies")

    citation = models.CharField(
        max_length=120,
        unique=True,
        help_text="Exactly as officially written, e.g. 17-A M.R.S. § 852 or 18 U.S.C. § 1591.",
    )
    other_names = models.TextField(
        blank=True,
        help_text="Other names it is known by, one per line: former titles, popular names.",
    )
    official_url = models.URLField(
        "official text", max_length=500, help_text="The official source of the law's text."
    )
    session_law = models.CharField(
        max_length=200,
        blank=True,
        help_text="The session law that enacted or last amended it, e.g. P.L. 2023, c. 316. "
        "Set from the timeline when the law has one.",
    )
    enacted_on = models.DateField("enacted", null=True, blank=True)
    effective_on = models.DateField("effective", null=True, blank=True)
    amended_on = models.DateField("last amended", null=True, blank=True)
    repealed_on = models.DateField(
        "repeal effective",
        null=True,
        blank=True,
        help_text="For a repealed law: the day the repeal took effect. Name what replaced "
        "it, if anything, in “Replaced by”.",
    )
    legal_status = models.CharField(
        max_length=20, choices=LegalStatus.choices, default=LegalStatus.IN_FORCE
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="laws")
    related_laws = models.ManyToManyField("self", blank=True, symmetrical=True)
    # The names it had before a renaming, from its timeline: searched like other names.
    former_names = models.TextField(blank=True, editable=False)
    # The facts staff entered, kept while the law follows a published timeline, and put
    # back if no published session law changes it any more (see derive_from_published).
    entered_facts = models.JSONField(default=dict, blank=True, editable=False)
    # Its summary's first sentence: its line in the list, worked out when it is saved.
    teaser = models.CharField(max_length=200, blank=True, editable=False)
    reader_group = models.PositiveSmallIntegerField(
        "listed under",
        choices=ReaderGroup.choices,
        default=ReaderGroup.CRIMES,
        help_text="The group of laws readers look for it in. Crimes are also listed in the "
        "charge table, from their penalties.",
    )
    # Its citation as the codes order it (Title 5 before Title 17-A, § 852 before
    # § 1101), worked out when it is saved: the list's order within a group.
    legal_order = models.CharField(max_length=60, blank=True, editable=False)

    detail_route = "laws:detail"
    list_route = "laws:list"

    link_fields = ("title", "slug", "citation", "jurisdiction")  # kind_label shows it
    page_relations = ("topics", "related_laws", "protocols", "citing_protocols")
    # The list's row: its citation, status, names, first sentence and topics.
    list_columns = (
        *("title", "slug", "status", "jurisdiction", "citation", "legal_status", "reader_group"),
        *("other_names", "teaser", "page_state"),
    )
    glossary_linked = ("summary_html",)
    plain_search_columns = ("citation", "other_names")
    profession_section = ProfessionSection(
        _("Laws these rely on"), 2, through=("protocols", "citing_protocols")
    )
    count_nouns = (_("law summary"), _("law summaries"))
    list_description = _(
        "Maine and federal law on trafficking and exploitation, in plain language, each "
        "linked to the official text."
    )
    api_name = "laws"
    api_fields = (
        "jurisdiction",
        "citation",
        ("other_names", "other_names_list"),
        "legal_status",
        ("summary_markdown", "summary"),
        "summary_html",
        "official_url",
        "session_law",
        "enacted_on",
        "effective_on",
        "amended_on",
        "repealed_on",
        ("former_names", "former_names_list"),
        "last_checked",
        ("timeline", "timeline_facts"),
        ("penalties", "penalty_facts"),
        "related_laws",
    )
    # What the timeline sets, when the law has one (see follow_timeline).
    timeline_fields = (
        "legal_status",
        "session_law",
        "enacted_on",
        "effective_on",
        "amended_on",
        "repealed_on",
        "former_names",
    )
    derived_fields = (*LegalText.derived_fields, *timeline_fields, "teaser", "legal_order")
    rendered_prose = (*LegalText.rendered_prose, "teaser")
    search_columns = {
        "A": ["citation", "title", "other_names", "former_names", "session_law"],
        "B": ["search_document"],
    }

    class Meta(LegalText.Meta):
        verbose_name = _("law")
        verbose_name_plural = _("laws")
        # Maine first; then crimes, defenses, victims' rights, civil remedies; each in
        # legal order.
        ordering = ["-jurisdiction", "reader_group", "legal_order", "citation"]
        # The public list reads published laws in this order, a page at a time.
        indexes = [
            *Record.Meta.indexes,
            published_index(
                F("jurisdiction").desc(),
                "reader_group",
                "legal_order",
                "citation",
                name="law_published_reading_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.citation} — {self.title}"

    @property
    def kind_label(self) -> str:
        return gettext("Law · %(jurisdiction)s") % {"jurisdiction": self.get_jurisdiction_display()}

    def sourced_parts(self) -> list[models.Model]:
        return list(self.penalties.all())

    @classmethod
    def sitemap_pages(cls) -> list[tuple[str, object]]:
        # The charge table: dated as the site's newest change (no query of its own).
        return [(reverse("laws:charges"), None)]

    @property
    def reviewed_on(self):
        # A check against the official text is a review too: the later of the two.
        return max(filter(None, (self.last_checked, self.last_reviewed)), default=None)

    def render_prose(self) -> None:
        super().render_prose()
        # The first sentence of its summary, for the list (a translation has its own).
        self.teaser = first_sentence(plain_text(self.summary_html))

    def build_search_document(self) -> str:
        # Derived from the same record, on save.
        self.legal_order = legal_order(self.citation)
        return super().build_search_document()

    @property
    def other_names_list(self) -> list[str]:
        return [name.strip() for name in self.other_names.splitlines() if name.strip()]

    @property
    def former_names_list(self) -> list[str]:
        return [name for name in self.former_names.splitlines() if name]

    @classmethod
    def read_for_api(cls, records: models.QuerySet) -> models.QuerySet:
        # Its timeline, from published session laws only, and its penalties, each
        # naming the session law that set it only when that is published (one query).
        # (Its page reads them as the gate stored them: page_facts.)
        set_by = SessionLaw.objects.published().filter(pk=models.OuterRef("set_by_id"))
        return records.prefetch_related(
            Prefetch(
                "timeline",
                queryset=LawChange.objects.of_published_session_laws().select_related(
                    "session_law"
                ),
            ),
            Prefetch(
                "penalties",
                queryset=Penalty.objects.annotate(
                    set_by_citation=models.Subquery(set_by.values("citation")[:1]),
                    set_by_slug=models.Subquery(set_by.values("slug")[:1]),
                ),
            ),
        )

    @property
    def timeline_facts(self) -> list[dict]:
        """Its timeline (as read_for_api reads it), newest first, for the JSON API."""
        return [change.as_facts() for change in self.timeline.all()]

    @property
    def penalty_facts(self) -> list[dict]:
        return [penalty.as_facts() for penalty in self.penalties.all()]

    def page_facts(self) -> dict:
        # Its timeline from published session laws, newest first, and its penalties,
        # each naming the session law that set it only when that is published.
        timeline = LawChange.objects.of_published_session_laws().filter(law=self)
        penalties = self.penalties.select_related("set_by")
        return {
            "timeline": [c.as_page_fact() for c in timeline.select_related("session_law")],
            "penalties": [
                penalty.as_page_fact(
                    penalty.set_by if penalty.set_by and penalty.set_by.is_published else None
                )
                for penalty in penalties
            ],
        }

    def page_links(self) -> dict[str, list[dict]]:
        # Resources are not linked to laws one by one: those on the law's topics.
        # EXISTS rather than a join: a resource on several of the law's topics is one
        # row, with no DISTINCT over every column.
        from resources.models import Resource

        on_its_topics = Resource.topics.through.objects.filter(
            resource=models.OuterRef("pk"),
            topic__in=Law.topics.through.objects.filter(law=self.pk).values("topic"),
        )
        resources = Resource.objects.published().filter(models.Exists(on_its_topics))
        on_topics = resources.only(*Resource.link_fields)[:RESOURCES_ON_SAME_TOPICS]
        return {**super().page_links(), "resources": [r.as_link() for r in on_topics]}

    @classmethod
    def shows(cls, record: models.Model) -> models.Q:
        from resources.models import Resource

        shows = super().shows(record)
        if isinstance(record, SessionLaw):  # its timeline and penalties name it
            named = models.Q(timeline__session_law=record) | models.Q(penalties__set_by=record)
            return shows | named
        if isinstance(record, Resource):  # resources on its topics
            return shows | models.Q(topics__resources=record)
        return shows

    def derive_from_published(self) -> bool:
        """Status, dates, session law and former names from the changes its *published*
        session laws made that have taken effect, so that they cannot disagree with its
        timeline. A law no such change has touched keeps what staff entered (and gets it
        back when the last one is taken back). True if one of them changed."""
        if self.pk is None:
            return False
        today = timezone.localdate()
        changes = LawChange.objects.of_published_session_laws().filter(law=self)
        changes = list(changes.select_related("session_law"))
        in_effect = [change for change in changes if change.takes_effect <= today]
        enactment_to_come = next(
            (c for c in changes if c.action == LawChange.Action.ENACTED and c not in in_effect),
            None,
        )
        before = {name: getattr(self, name) for name in self.timeline_fields}
        if in_effect or enactment_to_come:
            if not self.entered_facts:
                self.entered_facts = {
                    name: value.isoformat() if isinstance(value, date) else value
                    for name, value in before.items()
                }
            facts = timeline_facts(in_effect) if in_effect else enacted_later(enactment_to_come)
        elif self.entered_facts:
            facts = {
                name: self._meta.get_field(name).to_python(value)
                for name, value in self.entered_facts.items()
            }
            self.entered_facts = {}
        else:
            return False
        for name, value in facts.items():
            setattr(self, name, value)
        return any(getattr(self, name) != before[name] for name in self.timeline_fields)

    @classmethod
    def due_for_rederiving(cls) -> models.QuerySet:
        # Laws with a published change dated within the last few days: a daily run
        # catches each on its day, and a missed run or two.
        today = timezone.localdate()
        recent = (
            LawChange.objects.of_published_session_laws()
            .annotate(
                day=models.functions.Coalesce(
                    "effective_on", "session_law__effective_on", "session_law__approved_on"
                )
            )
            .filter(day__lte=today, day__gt=today - timedelta(days=7))
        )
        return cls.objects.filter(pk__in=recent.values("law_id"))

    def due_change_note(self) -> str:
        today = timezone.localdate()
        changes = LawChange.objects.of_published_session_laws().filter(law=self)
        latest = next(
            (c for c in changes.select_related("session_law") if c.takes_effect <= today), None
        )
        return latest.public_note() if latest else ""

    def citation_texts(self) -> list[str]:
        return [self.citation, self.other_names, self.former_names]

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data.update(
            {
                "legislationLegalForce": (
                    "InForce" if self.legal_status == self.LegalStatus.IN_FORCE else "NotInForce"
                ),
                "alternateName": self.other_names_list,
                "abstract": self.search_document[:500],
            }
        )
        if self.enacted_on:
            data["legislationDate"] = self.enacted_on
        return data


class LegislativeSession(models.Model):
    """A Maine Legislature or a Congress: after each, the coalition checks what its
    session laws changed."""

    jurisdiction = models.CharField(max_length=20, choices=Jurisdiction.choices)
    name = models.CharField(
        max_length=100, help_text="As it is officially numbered: 131st Legislature, 117th Congress."
    )
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of its address: /sessions/maine-131st-legislature/.",
    )
    first_year = models.PositiveSmallIntegerField()
    last_year = models.PositiveSmallIntegerField()

    history = HistoricalRecords()
    # Editors may add a session (a new Legislature): it shows nowhere public until a
    # publisher publishes a session law of it, so adding one proposes it for review.
    editors_may_add = True

    class Meta:
        ordering = ["-first_year", "-jurisdiction"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_year__gte=F("first_year")), name="session_years_in_order"
            )
        ]

    def __str__(self) -> str:
        # "Maine 131st Legislature, 2023–2024"; a Congress needs no "Federal".
        state = "Maine " if self.jurisdiction == Jurisdiction.MAINE else ""
        return f"{state}{self.name}, {self.years}"

    def get_absolute_url(self) -> str:
        return reverse("laws:session", kwargs={"slug": self.slug})

    @property
    def years(self) -> str:
        return f"{self.first_year}–{self.last_year}"


class SessionLaw(LegalText):
    """A law as a legislature passed it (Maine's "P.L. 2023, c. 316", a federal
    "Pub. L. 117-347"), and what it did to each law this site summarizes."""

    session = models.ForeignKey(
        LegislativeSession, on_delete=models.PROTECT, related_name="session_laws"
    )
    citation = models.CharField(
        max_length=120,
        unique=True,
        help_text="As officially cited: P.L. 2023, c. 316 (Maine) or Pub. L. 117-347 (federal).",
    )
    bill = models.CharField(
        max_length=60,
        blank=True,
        help_text="The bill it passed as: L.D. 1435 (Maine), H.R. 7181 or S. 3946 (federal).",
    )
    approved_on = models.DateField("approved", help_text="Signed by the Governor or President.")
    effective_on = models.DateField(
        "effective",
        null=True,
        blank=True,
        help_text="When it took effect, if not the day it was approved.",
    )
    official_url = models.URLField(
        "official text", max_length=500, help_text="The chaptered law or the enrolled act."
    )

    detail_route = "laws:session_law"
    list_route = "laws:session_laws"
    list_title = _("Changes to the law")
    list_description = _(
        "What each session of the Legislature and of Congress changed, and which pages "
        "that affects."
    )
    in_navigation = False  # reached from the laws, not the site's main menu
    count_nouns = (_("session law"), _("session laws"))
    link_fields = ("title", "slug", "citation")
    glossary_linked = ("summary_html",)
    api_name = "session-laws"
    api_fields = (
        "jurisdiction",
        "citation",
        "bill",
        ("session", "session_name"),
        "approved_on",
        "effective_on",
        "official_url",
        ("summary_markdown", "summary"),
        "summary_html",
        ("changes", "change_facts"),
    )
    search_columns = {"A": ["citation", "bill", "title"], "B": ["search_document"]}

    class Meta(LegalText.Meta):
        verbose_name = _("session law")
        verbose_name_plural = _("session laws")
        # Session by session, newest first (Maine's before Congress's), then by approval.
        ordering = ["-session__first_year", "-session__jurisdiction", "-approved_on", "citation"]

    def __str__(self) -> str:
        return f"{self.citation} — {self.title}"

    @property
    def kind_label(self) -> str:
        return gettext("Session law · %(jurisdiction)s") % {
            "jurisdiction": self.get_jurisdiction_display()
        }

    @property
    def session_name(self) -> str:
        return str(self.session)

    @classmethod
    def read_for_page(cls, records: models.QuerySet) -> models.QuerySet:
        # What it changed, in published laws only.
        return records.select_related("session").prefetch_related(
            Prefetch(
                "changes",
                queryset=LawChange.objects.published().select_related("law"),
            )
        )

    @classmethod
    def read_for_list(cls, records: models.QuerySet) -> models.QuerySet:
        return records.select_related("session")  # listed under their session

    @classmethod
    def sitemap_pages(cls) -> list[tuple[str, object]]:
        # Each session with a published session law, as of its latest change.
        sessions = LegislativeSession.objects.filter(
            session_laws__in=cls.objects.published()
        ).annotate(lastmod=models.Max("session_laws__updated_at"))
        return [(session.get_absolute_url(), session.lastmod) for session in sessions]

    @property
    def change_facts(self) -> list[dict]:
        return [change.as_facts() for change in self.changes.all()]

    def citation_texts(self) -> list[str]:
        return [self.citation, self.bill]

    def derived_records(self) -> list[Record]:
        return list(Law.objects.filter(timeline__session_law=self).distinct())

    def changes_record(self, record: Record) -> bool:
        return isinstance(record, Law) and self.changes.filter(law=record).exists()

    def change_note_for(self, record: Record) -> str:
        change = self.changes.filter(law=record).first() if self.is_published else None
        if change is None:
            return (
                f"{self.citation} is no longer recorded as changing this law; its status "
                "and dates are as they were before."
            )
        return change.public_note()

    def after_publication(self) -> None:
        # When each change was first published here: "reviewed since" counts from then.
        now = timezone.now()
        for change in self.changes.filter(published_at__isnull=True):
            change.published_at = now
            change.save(update_fields=["published_at"])

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data.update({"legislationDate": self.approved_on, "legislationType": "Session law"})
        return data


class LawChangeQuerySet(models.QuerySet):
    def of_published_session_laws(self):
        """The changes a law's timeline shows and follows: those its published
        session laws made."""
        return self.filter(session_law__in=SessionLaw.objects.published())

    def published(self):
        """The changes public pages list: a published session law's, to a published law."""
        return self.of_published_session_laws().filter(law__in=Law.objects.published())


class LawChange(models.Model):
    """One entry of a law's timeline: what a session law did to it."""

    class Action(models.TextChoices):
        ENACTED = "enacted", _("Enacted")
        AMENDED = "amended", _("Amended")
        RENAMED = "renamed", _("Renamed")
        REPEALED = "repealed", _("Repealed")

    session_law = models.ForeignKey(SessionLaw, on_delete=models.CASCADE, related_name="changes")
    law = models.ForeignKey(Law, on_delete=models.CASCADE, related_name="timeline")
    action = models.CharField(max_length=20, choices=Action.choices)
    sections = models.CharField(
        "sections of the session law",
        max_length=60,
        blank=True,
        help_text="Where in the session law, e.g. § 1 or Pt. GG, § 3.",
    )
    former_name = models.CharField(
        max_length=250, blank=True, help_text="For a renaming: the name it had before."
    )
    note = models.CharField(
        max_length=300, blank=True, help_text="What changed, in a short plain sentence."
    )
    effective_on = models.DateField(
        "effective",
        null=True,
        blank=True,
        help_text="Only if this change took effect on another day than the session law.",
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When this change was first published on this site.",
    )

    objects = LawChangeQuerySet.as_manager()

    class Meta:
        # Newest first, by the day each change took effect.
        ordering = [
            models.functions.Coalesce(
                "effective_on", "session_law__effective_on", "session_law__approved_on"
            ).desc(),
            "-pk",  # the later entered first, as timeline_facts() reads them
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["session_law", "law", "action"], name="one_change_of_a_kind_per_law"
            )
        ]
        verbose_name = _("change to a law")

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.session_law.citation}"

    def clean(self):
        if self.action == self.Action.RENAMED and not self.former_name.strip():
            raise ValidationError({"former_name": "Give the name the law had before."})

    @property
    def effective_date(self) -> date | None:
        """When it took effect, if recorded (here or on its session law)."""
        return self.effective_on or self.session_law.effective_on

    @property
    def takes_effect(self) -> date:
        """When it took effect, or, where that is not recorded, when it was approved:
        the date the timeline is ordered by."""
        return self.effective_date or self.session_law.approved_on

    @property
    def date_kind(self) -> str:
        """What takes_effect is: "effective", or "approved" where no effective date is
        recorded."""
        return "effective" if self.effective_date else "approved"

    @property
    def in_effect(self) -> bool:
        return self.takes_effect <= timezone.localdate()

    def public_note(self) -> str:
        """The change as the law's followers read it: "Amended by P.L. 2023, c. 474,
        effective October 25, 2023: …"."""
        day = self.takes_effect.strftime("%B %-d, %Y")
        when = f"{self.date_kind} {day}" if self.in_effect else f"taking effect {day}"
        action = self.get_action_display()
        note = f": {self.note}" if self.note else "."
        return f"{action} by {self.session_law.citation}, {when}{note}"

    def as_page_fact(self) -> dict:
        """The change as its law's page shows it (dates as ISO text)."""
        session_law = self.session_law
        return {
            "action": self.action,
            "action_label": self.get_action_display(),
            "takes_effect": self.takes_effect.isoformat(),
            "date_kind": self.date_kind,
            "sections": self.sections,
            "former_name": self.former_name,
            "note": self.note,
            "session_law": {
                **session_law.as_link(),
                "approved_on": session_law.approved_on.isoformat(),
            },
            "has_effective_date": self.effective_date is not None,
        }

    def as_facts(self) -> dict:
        effective = self.effective_date
        return {
            "action": self.action,
            "session_law": self.session_law.citation,
            "law": self.law.citation,
            "approved_on": self.session_law.approved_on.isoformat(),
            "effective_on": effective.isoformat() if effective else None,
            "former_name": self.former_name,
            "note": self.note,
        }


def timeline_facts(changes: list[LawChange]) -> dict:
    """What a law's timeline (one change or more, in effect) says of its status, dates,
    session law and former names. Of an enactment older than the changes recorded it
    says nothing, and the enactment dates staff entered stand."""
    # Oldest first, in the order of LawChange.Meta.ordering reversed: the latest is the
    # one a law's page shows first.
    ordered = sorted(changes, key=lambda change: (change.takes_effect, change.pk))
    Action = LawChange.Action
    enactment = next((c for c in ordered if c.action == Action.ENACTED), None)
    amendments = [c for c in ordered if c.action in (Action.AMENDED, Action.RENAMED)]
    repeal = next((c for c in reversed(ordered) if c.action == Action.REPEALED), None)
    facts = {
        "session_law": ordered[-1].session_law.citation,
        "former_names": "\n".join(c.former_name for c in ordered if c.former_name),
        "repealed_on": repeal.takes_effect if repeal else None,
        "amended_on": amendments[-1].takes_effect if amendments else None,
        "legal_status": Law.LegalStatus.REPEALED if repeal else Law.LegalStatus.IN_FORCE,
    }
    if enactment:
        facts["enacted_on"] = enactment.session_law.approved_on
        facts["effective_on"] = enactment.effective_date
    return facts


def enacted_later(enactment: LawChange) -> dict:
    """What a law enacted by a published session law that has not yet taken effect is:
    not yet in effect, with its dates."""
    return {
        "session_law": enactment.session_law.citation,
        "legal_status": Law.LegalStatus.NOT_YET_IN_EFFECT,
        "enacted_on": enactment.session_law.approved_on,
        "effective_on": enactment.effective_date,
    }


class Penalty(LinkedSource):
    """One penalty tier of an offense: its class, the most it carries, the assessment
    every conviction adds, and the session law that set the amounts. Its source is
    often several sections (the crime's class, the sentencing ranges, the assessment):
    link the one that states most, quote them all."""

    law = models.ForeignKey(Law, on_delete=models.CASCADE, related_name="penalties")
    condition = models.CharField(
        max_length=200,
        help_text="When this tier applies, e.g. “Any conviction” or “One or more prior "
        "convictions for this crime”.",
    )
    crime_class = models.CharField(
        "class", max_length=40, blank=True, help_text="Class B crime; Felony."
    )
    minimum_imprisonment = models.CharField(
        max_length=60, blank=True, help_text="A mandatory minimum, if any: 15 years."
    )
    maximum_imprisonment = models.CharField(max_length=60, help_text="10 years; 364 days; Life.")
    maximum_fine = models.PositiveIntegerField(
        "maximum fine ($)", null=True, blank=True, help_text="In dollars; blank if none is set."
    )
    assessment = models.PositiveIntegerField(
        "mandatory assessment ($)",
        null=True,
        blank=True,
        help_text="Paid to the Victims' Compensation Fund on each conviction (Maine).",
    )
    set_by = models.ForeignKey(
        SessionLaw,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="penalties_set",
        help_text="The session law that set these amounts.",
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name_plural = _("penalties")

    @property
    def states_facts_publicly(self) -> bool:
        return self.law_id is not None and self.law.is_published

    @classmethod
    def public_facts(cls) -> models.QuerySet:
        return cls.objects.filter(law__in=Law.objects.published())

    def __str__(self) -> str:
        return f"{self.law.citation}: {self.condition}"

    def as_page_fact(self, set_by: "SessionLaw | None") -> dict:
        """The penalty as its law's page shows it; `set_by` when it is published."""
        return {
            "condition": self.condition,
            "crime_class": self.crime_class,
            "minimum_imprisonment": self.minimum_imprisonment,
            "maximum_imprisonment": self.maximum_imprisonment,
            "maximum_fine": self.maximum_fine,
            "assessment": self.assessment,
            "set_by": set_by.as_link() if set_by else None,
            "source_url": self.source_url,
            "source_checked_on": (
                self.source_checked_on.isoformat() if self.source_checked_on else None
            ),
        }

    def as_facts(self) -> dict:
        return {
            "condition": self.condition,
            "class": self.crime_class,
            "minimum_imprisonment": self.minimum_imprisonment,
            "maximum_imprisonment": self.maximum_imprisonment,
            "maximum_fine": self.maximum_fine,
            "assessment": self.assessment,
            # As Law.read_for_page reads it: only a published session law is named.
            "set_by": getattr(self, "set_by_citation", None),
        }
