from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse, translate_url
from django.utils import translation

from network_site.pages.models import SitePage
from network_site.records.models import Translation
from network_site.records.registry import listed_kinds, record_kinds, tagged_kinds
from network_site.vocabulary.models import Audience, Topic


class InEachLanguage(Sitemap):
    """Each page once per language the site is offered in, with the others as its
    hreflang alternates (none while it is offered in English only)."""

    i18n = True
    x_default = True

    @property
    def alternates(self) -> bool:
        return len(settings.LANGUAGES) > 1


def latest_change(model, **filters):
    return model.objects.published().filter(**filters).aggregate(latest=Max("updated_at"))["latest"]


class RecordSitemap(InEachLanguage):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def items(self):
        records = list(self.model.objects.published().order_by("pk").only("slug", "updated_at"))
        # The languages each is written in: the site's own, and its published
        # translations'. (An untranslated page in another language shows the English and
        # says so: not a page of its own for search engines.)
        written_in: dict[int, set[str]] = {}
        translations = Translation.objects.published().filter(
            content_type=ContentType.objects.get_for_model(self.model)
        )
        for pk, language in translations.values_list("object_id", "language"):
            written_in.setdefault(pk, set()).add(language)
        for record in records:
            record.written_in = {settings.LANGUAGE_CODE, *written_in.get(record.pk, ())}
        return records

    def get_languages_for_item(self, record):
        return [code for code, _ in settings.LANGUAGES if code in record.written_in]

    def lastmod(self, record):
        return record.updated_at


class TermSitemap(InEachLanguage):
    """Pages of a vocabulary's terms (topics, professions): each changes when a published
    record tagged with it does."""

    vocabulary: type

    def terms(self):
        return self.vocabulary.objects.all()

    def items(self):
        latest = {
            f"latest_{kind._meta.model_name}": Subquery(
                kind.objects.published()
                .filter(**{relation: OuterRef("pk")})
                .order_by("-updated_at")
                .values("updated_at")[:1]
            )
            for kind, relation in tagged_kinds(self.vocabulary)
        }
        terms = list(self.terms().annotate(**latest))
        for term in terms:
            dates = [getattr(term, name) for name in latest]
            term.lastmod = max((when for when in dates if when), default=None)
        return self.shown(terms)

    def shown(self, terms: list) -> list:
        return terms

    def lastmod(self, term):
        return term.lastmod


class TopicSitemap(TermSitemap):
    vocabulary = Topic

    def shown(self, terms):
        return [
            topic for topic in terms if topic.lastmod
        ]  # an empty topic has no page worth listing


class ProfessionSitemap(TermSitemap):
    vocabulary = Audience

    def terms(self):
        return Audience.objects.professions()


class PageSitemap(InEachLanguage):
    """Home, the library lists, updates, the fixed pages and the pages kinds of record
    have beyond their records (legislative sessions)."""

    def items(self):
        lists = [(kind.list_route, latest_change(kind)) for kind in listed_kinds()]
        newest = max((when for _, when in lists if when), default=None)
        pages = [(page.get_absolute_url(), page.updated_at) for page in SitePage.objects.all()]
        # A page with no date of its own (the charge table, a guide built from the law
        # itself) and an empty library's list still change with the site: the newest date.
        pages += [
            (address, when or newest)
            for kind in record_kinds()
            for address, when in kind.sitemap_pages()
        ]
        named = [(reverse(name), when or newest) for name, when in lists]
        return [("/", newest), (reverse("updates"), newest), *named, *pages]

    def location(self, item):
        # Listed at its English address: the same page in the language being listed.
        language = translation.get_language()
        with translation.override(settings.LANGUAGE_CODE):
            return translate_url(item[0], language)

    def lastmod(self, item):
        return item[1]


def sitemaps() -> dict[str, Sitemap]:
    """The sections of /sitemap.xml: the site's pages, a section per kind, the topics."""
    return {
        "pages": PageSitemap(),
        **{kind._meta.model_name: RecordSitemap(kind) for kind in record_kinds()},
        "topics": TopicSitemap(),
        "professions": ProfessionSitemap(),
    }
