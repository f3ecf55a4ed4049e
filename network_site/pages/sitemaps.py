from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse

from network_site.pages.models import SitePage
from network_site.records.registry import listed_kinds, record_kinds, tagged_kinds
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
    """A topic page changes when any published record on it does."""

    def items(self):
        latest = {
            f"latest_{kind._meta.model_name}": Subquery(
                kind.objects.published()
                .filter(**{relation: OuterRef("pk")})
                .order_by("-updated_at")
                .values("updated_at")[:1]
            )
            for kind, relation in tagged_kinds(Topic)
        }
        topics = list(Topic.objects.annotate(**latest))
        for topic in topics:
            dates = [getattr(topic, name) for name in latest]
            topic.lastmod = max((when for when in dates if when), default=None)
        return [topic for topic in topics if topic.lastmod]

    def lastmod(self, topic):
        return topic.lastmod


class PageSitemap(Sitemap):
    """Home, the library lists, updates and the fixed pages."""

    def items(self):
        lists = [(kind.list_route, latest_change(kind)) for kind in listed_kinds()]
        newest = max((when for _, when in lists if when), default=None)
        pages = [(page.get_absolute_url(), page.updated_at) for page in SitePage.objects.all()]
        # An empty library's list still changes with the site: give it the newest date.
        named = [(reverse(name), when or newest) for name, when in lists]
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
