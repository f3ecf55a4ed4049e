"""Pages that belong to no single library: home, topics, the fixed pages, health."""

from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count, QuerySet, Value
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.generic import DetailView, ListView

from network_site.addresses import route_url
from network_site.alerts import models as alerts
from network_site.corrections import models as corrections
from network_site.pages.models import Contact, HelpLine, SitePage
from network_site.pages.professions import records_for
from network_site.records.models import (
    ContentVersion,
    in_readers_language,
    in_readers_language_all,
    named_in_readers_language,
)
from network_site.records.page_cache import for_this_version, keep_until
from network_site.records.registry import (
    kinds_in_words,
    listed_kinds,
    record_kinds,
    tagged_kinds,
)
from network_site.records.views import in_other_language
from network_site.vocabulary.models import Audience, Topic
from network_site.words import gettext

LATEST_UPDATES = 6
# A dated kind's section on a profession's page: its next few (events).
NEXT_UPCOMING = 3
PER_TOPIC_SECTION = 10
PER_PROFESSION_SECTION = 8


def sizes(querysets: list[QuerySet]) -> list[int]:
    """How many rows each queryset holds, read in one query (a UNION ALL of counts)."""
    counted = [
        records.order_by().annotate(part=Value(position)).values("part").annotate(n=Count("pk"))
        for position, records in enumerate(querysets)
    ]
    found = dict(counted[0].union(*counted[1:], all=True).values_list("part", "n"))
    return [found.get(position, 0) for position in range(len(querysets))]


def sizes_of(kinds: list[type]) -> list[int]:
    """How many records each of these kinds' libraries holds (one query; none for none)."""
    return sizes([kind.in_library() for kind in kinds]) if kinds else []


def latest_changed(kinds: list[type], count: int) -> list:
    """The `count` published records changed last, across these kinds, read in one
    query (a UNION ALL): each as its kind, with what a link to it shows."""
    if not kinds:
        return []
    parts = [
        kind.objects.published()
        .order_by()
        .annotate(part=Value(position))
        .values("part", "pk", "title", "slug", "updated_at")
        for position, kind in enumerate(kinds)
    ]
    rows = parts[0].union(*parts[1:], all=True).order_by("-updated_at")[:count]
    return [kinds[row.pop("part")](**row) for row in rows]


def first_to_leave(records):
    """When the first of these records leaves the lists by the clock (an event ends): a
    page showing them is cached no longer than that. None if none ever does."""
    return min(filter(None, (record.shown_until() for record in records)), default=None)


def home(request):
    kinds = listed_kinds()
    # Kept until the content changes; the parts of libraries that also change with the
    # clock (upcoming events) no longer than until the first of them ends.
    by_content = for_this_version("home", lambda: _home_by_content(kinds))
    on_the_clock = [kind for kind in kinds if kind.library_follows_the_clock]
    by_clock = for_this_version(
        "home-by-clock", lambda: _home_by_clock(on_the_clock), until=lambda kept: kept["until"]
    )
    counts = {**by_content["counts"], **by_clock["counts"]}
    cards = [
        {"kind": kind, "count": counts[kind], "url": route_url(kind.list_route)} for kind in kinds
    ]
    # The kinds with a section of their own (the next events, the guides), by api_name.
    featured = {**by_content["featured"], **by_clock["featured"]}
    response = render(
        request,
        "home.html",
        {
            "cards": cards,
            "latest": by_content["latest"],
            "featured": {kind.api_name: featured[kind.api_name] for kind in _on_home()},
            "topics": by_content["topics"],
            "professions": by_content["professions"],
        },
    )
    keep_until(response, by_clock["until"])
    return response


def _on_home() -> list[type]:
    """The kinds with a section of their own on the home page, in the registry's order."""
    return [kind for kind in record_kinds() if kind.on_home]


def _home_by_content(kinds) -> dict:
    """The parts of the home page that change only when the content does."""
    by_content = [kind for kind in kinds if not kind.library_follows_the_clock]
    return {
        "latest": latest_changed([k for k in kinds if k.in_latest_updates], LATEST_UPDATES),
        "counts": dict(zip(by_content, sizes_of(by_content), strict=True)),
        "featured": {
            kind.api_name: _featured(kind)
            for kind in _on_home()
            if not kind.library_follows_the_clock
        },
        "topics": named_in_readers_language(list(Topic.objects.all())),
        "professions": in_readers_language_all(list(Audience.objects.professions())),
    }


def _home_by_clock(on_the_clock) -> dict:
    """The parts of the home page that change with the clock too, and when they next do."""
    featured = [kind for kind in _on_home() if kind.library_follows_the_clock]
    return {
        "counts": dict(zip(on_the_clock, sizes_of(on_the_clock), strict=True)),
        "featured": {kind.api_name: _featured(kind) for kind in featured},
        "until": min(
            filter(None, (kind.library_changes_at() for kind in {*on_the_clock, *featured})),
            default=None,
        ),
    }


def _featured(kind) -> list:
    records = kind.in_library()
    if kind.home_columns:
        records = records.only(*kind.home_columns)
    featured = list(records[: kind.on_home])
    in_readers_language_all(featured)
    return featured


def site_page(request, slug: str):
    page = get_object_or_404(SitePage, slug=slug)
    context = {"page": page, **in_other_language(request, in_readers_language(page))}
    if slug == "about":
        context["contact"] = Contact.objects.first()
    if slug == "privacy":
        # What email alerts keep, and how long, from the periods the code keeps to.
        context["keeping"] = {
            "confirm_days": alerts.CONFIRM_WITHIN.days,
            "sent_mail_days": alerts.KEEP_SENT_MAIL.days,
            "give_up_days": alerts.GIVE_UP_AFTER.days,
            "backup_days": settings.BACKUP_RETENTION_DAYS,
            "correction_days": corrections.KEEP_FOR.days,
        }
    return render(request, "pages/site_page.html", context)


class TermInReadersLanguage:
    """A vocabulary's page (a topic's, a profession's) or list, its terms named in the
    page's language where a published translation names them."""

    # A list in alphabetical order (of the names in the page's language), or as read.
    in_name_order = False

    def get_object(self, queryset=None):
        term = super().get_object(queryset)
        in_readers_language(term)
        return term

    def get_context_data(self, **kwargs):
        if hasattr(self, "object_list"):  # a list of terms
            terms = list(self.object_list)
            if self.in_name_order:
                self.object_list = named_in_readers_language(terms)
            else:
                self.object_list = in_readers_language_all(terms)
        return super().get_context_data(**kwargs)


class TopicListView(TermInReadersLanguage, ListView):
    model = Topic
    template_name = "topics/topic_list.html"
    context_object_name = "topics"

    in_name_order = True

    def get_context_data(self, **kwargs):
        tagged = [kind for kind, _ in tagged_kinds(Topic, listed_kinds())]
        return super().get_context_data(on_topics=kinds_in_words(tagged), **kwargs)


def topic_sections(topic: Topic) -> dict:
    """A topic page's sections: each library's first records on the topic (as links),
    how many it has, and when the first of these libraries changes by the clock."""
    tagged = tagged_kinds(Topic, listed_kinds())
    on_topic = [kind.in_library().filter(**{relation: topic}) for kind, relation in tagged]
    sections = [
        {
            "heading": kind._meta.verbose_name_plural.capitalize(),
            "records": in_readers_language_all(
                list(records.only(*kind.link_fields)[:PER_TOPIC_SECTION])
            )
            if count
            else [],
            "count": count,
            "all_url": f"{route_url(kind.list_route)}?topic={topic.slug}",
        }
        for (kind, _), records, count in zip(tagged, on_topic, sizes(on_topic), strict=True)
    ]
    changes = (kind.library_changes_at() for kind, _ in tagged)
    return {"sections": sections, "until": min(filter(None, changes), default=None)}


class KeptSections:
    """For a page of sections worked out from the libraries (a topic's, a profession's):
    they are kept per content version, and they and the page in the page cache no
    longer than until they change by the clock (the next trainings)."""

    keep_until = None

    def kept_sections(self, key: str, compute: Callable[[], dict]) -> list[dict]:
        """compute()'s sections, kept; compute() says when they change by the clock."""
        kept = for_this_version(key, compute, until=lambda kept: kept["until"])
        self.keep_until = kept["until"]
        return kept["sections"]

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        keep_until(response, self.keep_until)
        return response


class TopicDetailView(TermInReadersLanguage, KeptSections, DetailView):
    """Everything published on one topic, a section for each kind of record."""

    model = Topic
    template_name = "topics/topic_detail.html"

    def get_context_data(self, **kwargs):
        topic = self.object
        sections = self.kept_sections(f"topic-sections:{topic.slug}", lambda: topic_sections(topic))
        return super().get_context_data(
            sections=sections,
            feed_url=reverse("topic-feed", kwargs={"slug": topic.slug}),
            feed_title=gettext("Changes on %(topic)s") % {"topic": topic.name},
            follow_url=reverse("alerts:follow", kwargs={"subject": "topic", "slug": topic.slug}),
            follow_what=gettext("anything on %(topic)s") % {"topic": topic.name},
            **kwargs,
        )


def profession_sections(profession: Audience) -> dict:
    """A profession's page's sections, each with its first records and how many it
    has, and when the first of the upcoming records it shows ends (None if none)."""
    found = records_for(profession)
    counts = sizes([part.records for part in found])
    sections = []
    for part, count in zip(found, counts, strict=True):
        shown = NEXT_UPCOMING if part.section.upcoming else PER_PROFESSION_SECTION
        list_url = route_url(part.kind.list_route) if part.kind.list_route else None
        parameter = part.section.list_parameter
        all_url = f"{list_url}?{parameter}={profession.slug}" if list_url and parameter else None
        sections.append(
            {
                "id": part.name,
                "heading": part.section.heading,
                "records": list(part.records[:shown]) if count else [],
                "count": count,
                "list_url": list_url,
                "all_url": all_url,
                "teaser": part.section.teaser,
                "upcoming": part.section.upcoming,
            }
        )
    until = first_to_leave(
        record for section in sections if section["upcoming"] for record in section["records"]
    )
    return {"sections": sections, "until": until}


class ProfessionListView(TermInReadersLanguage, ListView):
    template_name = "professions/profession_list.html"
    context_object_name = "professions"

    def get_queryset(self):
        return Audience.objects.professions()


class ProfessionDetailView(TermInReadersLanguage, KeptSections, DetailView):
    """One profession's door: its protocols and model policies first, then the laws they
    rely on, best practices, the next trainings, and the numbers it calls."""

    template_name = "professions/profession_detail.html"
    context_object_name = "profession"

    def get_queryset(self):
        return Audience.objects.professions()

    def get_context_data(self, **kwargs):
        profession = self.object
        slug = profession.slug
        sections = self.kept_sections(
            f"profession-sections:{slug}", lambda: profession_sections(profession)
        )
        return super().get_context_data(
            sections=sections,
            numbers=in_readers_language_all(
                list(HelpLine.objects.filter(is_active=True, professions=profession))
            ),
            feed_url=reverse("discipline-feed", kwargs={"slug": slug}),
            feed_title=gettext("Changes for %(profession)s") % {"profession": profession.name},
            follow_url=reverse("alerts:follow", kwargs={"subject": "discipline", "slug": slug}),
            follow_what=gettext("anything for %(profession)s")
            % {"profession": profession.name.lower()},
            **kwargs,
        )


def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        ContentVersion.objects.exists()
    except DatabaseError:
        response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    else:
        response = HttpResponse("ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


def robots_txt(request):
    # The admin's address is not listed: it is configurable so as not to be advertised.
    lines = [
        "User-agent: *",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
