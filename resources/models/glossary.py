"""The glossary: the words of the law and of the field, in plain words."""

from django.db import models
from django.urls import reverse
from markdownx.models import MarkdownxField

from network_site.markup import render
from network_site.records.models import Record
from network_site.records.sources import LinkedSource
from network_site.search.index import plain_text
from network_site.words import gettext_lazy as _


class Term(Record, LinkedSource):
    """A word of the glossary: what it means in plain words, the words people also use
    for it (search treats them as the same), and where Maine law means something
    narrower or different. The title is the term."""

    definition = MarkdownxField(help_text="A sentence or two, in plain words.")
    definition_html = models.TextField(editable=False, blank=True)
    also_called = models.TextField(
        blank=True,
        help_text="The words people also use for it, one per line. Search finds the "
        "term's records when someone types any of them.",
    )
    maine_note = MarkdownxField(
        "in Maine law",
        blank=True,
        help_text="Where Maine's legal meaning differs from everyday use, with the section.",
    )
    maine_note_html = models.TextField(editable=False, blank=True)
    laws = models.ManyToManyField("laws.Law", blank=True, related_name="terms")
    protocols = models.ManyToManyField("protocols.Protocol", blank=True, related_name="terms")

    detail_route = "resources:term"
    list_route = "resources:glossary"
    list_title = _("Glossary")
    list_description = _("The words of the law and of the field, in plain words, A to Z.")
    count_nouns = (_("term"), _("terms"))
    in_latest_updates = False
    is_glossary = True
    link_fields = ("title", "slug")
    page_relations = ("laws", "protocols")
    api_name = "glossary"
    api_fields = (
        ("definition_markdown", "definition"),
        "definition_html",
        ("also_called", "also_called_list"),
        ("maine_note_markdown", "maine_note"),
        "maine_note_html",
        "laws",
        "protocols",
    )
    derived_fields = (*Record.derived_fields, "definition_html", "maine_note_html")
    translated_fields = ("title", "also_called", "definition", "maine_note")
    rendered_prose = ("definition_html", "maine_note_html")
    search_columns = {"A": ["title", "also_called"], "B": ["search_document"]}
    plain_search_columns = ("also_called",)

    class Meta(Record.Meta):
        ordering = ["title"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def render_prose(self) -> None:
        self.definition_html = render(self.definition).html
        self.maine_note_html = render(self.maine_note).html

    @classmethod
    def for_linking(cls) -> list[tuple[str, str]]:
        """(term, address) of every published term: what pages link to the glossary."""
        return [
            (title, reverse(cls.detail_route, kwargs={"slug": slug}))
            for title, slug in cls.objects.published().values_list("title", "slug")
        ]

    @property
    def also_called_list(self) -> list[str]:
        return [name.strip() for name in self.also_called.splitlines() if name.strip()]

    @property
    def letter(self) -> str:
        first = self.title[:1].upper()
        return first if first.isalpha() else "#"

    def build_search_document(self) -> str:
        # Its other names are searched with its title (search_columns), not shown in its
        # snippet: they are a list, and a snippet is sentences.
        return " ".join([plain_text(self.definition_html), plain_text(self.maine_note_html)])

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data.update(
            {
                "@type": "DefinedTerm",
                "description": plain_text(self.definition_html),
                "alternateName": self.also_called_list,
            }
        )
        return data
