"""Best-practice links: a resource from a trusted publisher."""

from django.core.validators import URLValidator
from django.db import models

from network_site.markup import links_in
from network_site.records.models import (
    ProfessionSection,
    Record,
    published_index,
)
from network_site.vocabulary.models import Audience, Topic
from network_site.words import gettext_lazy as _


class Resource(Record):
    class Type(models.TextChoices):
        TOOLKIT = "toolkit", _("Toolkit")
        TRAINING = "training", _("Training")
        REPORT = "report", _("Report")
        HOTLINE = "hotline", _("Hotline")
        DIRECTORY = "directory", _("Directory")
        GUIDE = "guide", _("Guide")
        WEBSITE = "website", _("Website")

    url = models.URLField("link", max_length=500)
    publisher = models.CharField(max_length=200)
    description = models.TextField(help_text="Plain words: what it is and why it helps.")
    resource_type = models.CharField("type", max_length=20, choices=Type.choices)
    audiences = models.ManyToManyField(Audience, blank=True, related_name="resources")
    topics = models.ManyToManyField(Topic, blank=True, related_name="resources")
    last_checked = models.DateField(
        null=True, blank=True, help_text="When someone last opened the link and found it right."
    )

    detail_route = "resources:detail"
    list_route = "resources:list"
    link_check_date_field = "last_checked"  # its page's "link last checked"
    translated_fields = ("title", "description")
    link_fields = ("title", "slug", "publisher", "url")  # url: printed in its place
    page_relations = ("audiences", "topics")
    # The list's row: its type, publisher, description and audiences.
    list_columns = (
        *("title", "slug", "status", "resource_type", "publisher", "description", "page_state"),
    )
    list_title = _("Best-practice resources")
    nav_label = _("Resources")
    list_description = _("Toolkits, trainings, reports and directories from trusted publishers.")
    api_name = "resources"
    profession_section = ProfessionSection(
        _("Best practices"), 3, teaser="description", list_parameter="audience"
    )
    api_fields = (
        ("link", "url"),
        "publisher",
        ("type", "resource_type"),
        "description",
        "audiences",
        "last_checked",
    )
    search_columns = {"A": ["title", "publisher"], "B": ["search_document"]}

    class Meta(Record.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        # Lists and "related" boxes read published resources by title, a few at a time.
        indexes = [*Record.Meta.indexes, published_index("title", name="resource_published_title")]

    def as_link(self) -> dict:
        # Its own address is printed in a link's place: paper cannot follow ours.
        return {**super().as_link(), "note": self.publisher, "href": self.url}

    def build_search_document(self) -> str:
        return self.description

    def external_links(self) -> list[str]:
        return [self.url, *links_in(self.description)]


def web_address(value: str) -> None:
    """Registration and online links must be web pages: http or https only."""
    URLValidator(schemes=["http", "https"])(value)
