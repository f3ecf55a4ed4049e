from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from network_site.pages.models import SitePage
from network_site.records.registry import listed_kinds, record_kinds
from resources.models import Topic


def latest_change(model, **filters):
    return model.objects.published().filter(**filters).aggregate(latest=Max("updated_at"))["latest"]


class RecordSitemap(Sitemap):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def items(self):
        return self.model.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, record):
        return record.updated_at


class TopicSitemap(Sitemap):
    """A topic page changes when any record on it does."""

    def items(self):
        latest: dict[int, object] = {}
        for model in record_kinds():
            if not any(field.name == "topics" for field in model._meta.many_to_many):
                continue
            rows = model.objects.published().values("topics").annotate(latest=Max("updated_at"))
            for row in rows:
                if row["topics"] and (
                    row["topics"] not in latest or row["latest"] > latest[row["topics"]]
                ):
                    latest[row["topics"]] = row["latest"]
        topics = list(Topic.objects.all())
        for topic in topics:
            topic.lastmod = latest.get(topic.pk)
        return [topic for topic in topics if topic.lastmod]

    def lastmod(self, topic):
        return topic.lastmod


class PageSitemap(Sitemap):
    """Home, the library lists, updates and the fixed pages."""

    def items(self):
        lists = [(kind.list_route, latest_change(kind)) for kind in listed_kinds()]
        newest = max((when for _, when in lists if when), default=None)
        pages = [(page.get_absolute_url(), page.updated_at) for page in SitePage.objects.all()]
        named = [(reverse(name), when) for name, when in lists]
        return [("/", newest), (reverse("updates"), newest), *named, *pages]

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]


def sitemaps() -> dict[str, Sitemap]:
    """The sections of /sitemap.xml: the site's pages, a section per kind, the topics."""
    return {
        "pages": PageSitemap(),
        **{kind._meta.model_name: RecordSitemap(kind) for kind in record_kinds()},
        "topics": TopicSitemap(),
    }
