"""Best-practice links, and the shared vocabulary (topics, audiences) that ties the libraries."""

from django.db import models
from django.urls import reverse

from network_site.markup import links_in
from network_site.records.models import Record, published_index


class Topic(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("topics:detail", kwargs={"slug": self.slug})


class Audience(models.Model):
    """Who a resource is for, and the disciplines a protocol serves: one vocabulary."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "audience or discipline"
        verbose_name_plural = "audiences and disciplines"

    def __str__(self) -> str:
        return self.name


class Resource(Record):
    class Kind(models.TextChoices):
        TOOLKIT = "toolkit", "Toolkit"
        TRAINING = "training", "Training"
        REPORT = "report", "Report"
        HOTLINE = "hotline", "Hotline"
        DIRECTORY = "directory", "Directory"
        GUIDE = "guide", "Guide"
        WEBSITE = "website", "Website"

    url = models.URLField("link", max_length=500)
    publisher = models.CharField(max_length=200)
    description = models.TextField(help_text="Plain words: what it is and why it helps.")
    resource_type = models.CharField("type", max_length=20, choices=Kind.choices)
    audiences = models.ManyToManyField(Audience, blank=True, related_name="resources")
    topics = models.ManyToManyField(Topic, blank=True, related_name="resources")
    last_checked = models.DateField(
        null=True, blank=True, help_text="When someone last opened the link and found it right."
    )

    detail_route = "resources:detail"
    list_route = "resources:list"
    link_fields = ("title", "slug", "publisher")
    list_title = "Best-practice resources"
    nav_label = "Resources"
    list_description = "Toolkits, trainings, reports and directories from trusted publishers."
    api_name = "resources"
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
        # Lists and "related" boxes read published resources by title, a few at a time.
        indexes = [published_index("title", name="resource_published_title")]

    def build_search_document(self) -> str:
        return self.description

    def external_links(self) -> list[str]:
        return [self.url, *links_in(self.description)]
