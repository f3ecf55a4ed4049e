import re

from django.db import models
from django.db.models import F
from django.utils.text import Truncator
from markdownx.models import MarkdownxField

from laws.citations import citation_keys
from network_site.markup import links_in, render
from network_site.records.models import Record, published_index
from network_site.search.index import plain_text
from resources.models import Topic

# A sentence ends at ". " before a capital, not at "M.R.S. §" or "Pub. L." early on.
FIRST_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


class Law(Record):
    """A plain-language summary of one Maine or federal law, linked to its official text."""

    class Jurisdiction(models.TextChoices):
        MAINE = "maine", "Maine"
        FEDERAL = "federal", "Federal"

    class LegalStatus(models.TextChoices):
        IN_FORCE = "in_force", "In force"
        AMENDED = "amended", "Amended"
        REPEALED = "repealed", "Repealed"

    jurisdiction = models.CharField(max_length=20, choices=Jurisdiction.choices)
    citation = models.CharField(
        max_length=120,
        unique=True,
        help_text="Exactly as officially written, e.g. 17-A M.R.S. § 852 or 18 U.S.C. § 1591.",
    )
    other_names = models.TextField(
        blank=True,
        help_text="Other names it is known by, one per line: former titles, popular names.",
    )
    summary = MarkdownxField(help_text="Plain-language summary in Markdown.")
    summary_html = models.TextField(editable=False, blank=True)
    official_url = models.URLField(
        "official text", max_length=500, help_text="The official source of the law's text."
    )
    session_law = models.CharField(
        max_length=200,
        blank=True,
        help_text="The session law that enacted or last amended it, e.g. P.L. 2023, c. 316.",
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
    # Normalized forms of the citation and of citation-like other names,
    # e.g. " 22:7101 pl:106-386 ", so any way of typing them finds the law.
    # Matched with LIKE '% key %': a trigram index (migration 0003) serves that.
    citation_keys = models.CharField(max_length=500, blank=True, editable=False)

    detail_route = "laws:detail"
    list_route = "laws:list"
    link_fields = ("title", "slug", "citation", "jurisdiction")  # kind_label shows it
    count_nouns = ("law summary", "law summaries")
    list_description = (
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
        "related_laws",
    )
    derived_fields = (*Record.derived_fields, "summary_html", "citation_keys")
    search_columns = {
        "A": ["citation", "title", "other_names", "session_law"],
        "B": ["search_document"],
    }

    class Meta(Record.Meta):
        ordering = ["-jurisdiction", "citation"]  # Maine first
        # The public list reads published laws in this order, a page at a time.
        indexes = [
            published_index(F("jurisdiction").desc(), "citation", name="law_published_order")
        ]

    def __str__(self) -> str:
        return f"{self.citation} — {self.title}"

    @property
    def kind_label(self) -> str:
        return f"Law · {self.get_jurisdiction_display()}"

    @property
    def teaser(self) -> str:
        """The summary's first sentence, as plain text: the law's line in the list."""
        text = self.search_document
        end = FIRST_SENTENCE_END.search(text, 25)
        return Truncator(text[: end.start() + 1] if end else text).chars(180)

    @property
    def other_names_list(self) -> list[str]:
        return [name.strip() for name in self.other_names.splitlines() if name.strip()]

    def save(self, *args, **kwargs):
        self.summary_html = render(self.summary).html
        self.citation_keys = citation_keys(self.citation, self.other_names)
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
                    "Maine" if self.jurisdiction == self.Jurisdiction.MAINE else "United States"
                ),
                "legislationLegalForce": (
                    "NotInForce" if self.legal_status == self.LegalStatus.REPEALED else "InForce"
                ),
                "sameAs": self.official_url,
                "alternateName": self.other_names_list,
                "abstract": self.search_document[:500],
            }
        )
        if self.enacted_on:
            data["legislationDate"] = self.enacted_on
        return data
