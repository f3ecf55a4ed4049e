"""Guides: plain answers for survivors, families and friends."""

from django.db import models
from markdownx.models import MarkdownxField

from network_site.markup import links_in, render
from network_site.records.models import (
    Record,
)
from network_site.search.index import plain_text
from network_site.vocabulary.models import Audience, Topic
from network_site.words import gettext_lazy as _


class Guide(Record):
    """A plain-language answer for survivors, families and the public: a question in
    its title, short sections headed by questions, the laws it explains, and the public
    sources its facts were checked against."""

    summary = models.CharField(
        max_length=300, help_text="One plain sentence: what the guide answers, for whom."
    )
    body = MarkdownxField(
        help_text="Markdown. Short sentences; each ## heading a question a reader would ask."
    )
    body_html = models.TextField(editable=False, blank=True)
    toc = models.JSONField(default=list, editable=False, blank=True)
    asked_as = models.TextField(
        "asked in readers' words",
        blank=True,
        help_text="How a reader might type the question this guide answers, one per line, "
        "in their words: “my boyfriend makes me sell sex”. Search finds the guide by them; "
        "the page does not show them.",
    )
    sources = MarkdownxField(
        blank=True,
        help_text="The public sources the facts were checked against, as a Markdown list "
        "of links. Where a source says nothing, the guide says whom to ask instead.",
    )
    sources_html = models.TextField(editable=False, blank=True)
    laws = models.ManyToManyField(
        "laws.Law", blank=True, related_name="guides", help_text="The laws the guide explains."
    )
    audiences = models.ManyToManyField(
        Audience, blank=True, related_name="guides", verbose_name="who it is for"
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="guides")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first in the list of guides."
    )

    detail_route = "resources:guide"
    list_route = "resources:guides"
    list_title = _("Guides")
    list_description = _(
        "Plain answers for survivors, families and friends: is this trafficking, what help "
        "there is, your rights."
    )
    count_nouns = (_("guide"), _("guides"))
    nav_label = _("Guides")
    link_fields = ("title", "slug")
    page_relations = ("laws",)
    glossary_linked = ("body_html",)
    api_name = "guides"
    on_home = 5
    home_columns = ("title", "slug", "summary")
    api_fields = (
        "summary",
        ("body_markdown", "body"),
        "body_html",
        ("sections", "toc"),
        ("sources_markdown", "sources"),
        "sources_html",
        "audiences",
        "laws",
    )
    derived_fields = (*Record.derived_fields, "body_html", "toc", "sources_html")
    translated_fields = ("title", "summary", "body", "sources", "asked_as")
    rendered_prose = ("body_html", "toc", "sources_html")
    search_columns = {"A": ["title", "asked_as"], "B": ["summary"], "C": ["search_document"]}
    plain_search_columns = ("asked_as",)
    answers_in_the_first_person = True
    discreet_in_email = True

    class Meta(Record.Meta):
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        ordering = ["position", "title"]

    def render_prose(self) -> None:
        rendered = render(self.body)
        self.body_html, self.toc = rendered.html, rendered.toc
        self.sources_html = render(self.sources).html

    def build_search_document(self) -> str:
        return plain_text(self.body_html)

    def external_links(self) -> list[str]:
        return [*links_in(self.body_html), *links_in(self.sources_html)]

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data.update({"@type": "Article", "abstract": self.summary})
        return data
