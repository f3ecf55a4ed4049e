"""Pages that belong to no single library: home, topics, the fixed pages, health."""

from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.generic import TemplateView

from laws.models import Law
from network_site import reads
from network_site import search as site_search
from network_site.models import SitePage, Update
from network_site.records import is_staff
from network_site.search import clean_query
from protocols.models import Protocol
from resources.models import Resource, Topic

LATEST_UPDATES = 6
SEARCH_PAGE_SIZE = 20


def _latest(table: str, kind_column: str) -> str:
    return (
        f"SELECT * FROM (SELECT '{table}', id, title, slug, {kind_column}, updated_at"
        f" FROM {table} WHERE {reads.published(table)}"
        f" ORDER BY updated_at DESC LIMIT {LATEST_UPDATES}) latest_{table}"
    )


def _count(table: str) -> str:
    return (
        f"SELECT 'count', COUNT(*), '{table}', '', '', NULL"
        f" FROM {table} WHERE {reads.published(table)}"
    )


# Everything the home page shows, in one statement (see network_site/reads.py): the
# latest published records of each library, how many each holds, and the topics
# (in order of name: the statement is ordered by part, then title or name).
HOME_PARTS = (
    " UNION ALL ".join(
        [
            _latest("laws_law", "jurisdiction"),
            _latest("protocols_protocol", "kind"),
            _latest("resources_resource", "NULL"),
            _count("laws_law"),
            _count("protocols_protocol"),
            _count("resources_resource"),
            "SELECT 'topic', id, name, slug, '', NULL FROM resources_topic",
        ]
    )
    + " ORDER BY 1, 3"
)
# Each library's model, and the field its kind label is made from (a resource's is fixed).
LATEST_MODELS = {
    "laws_law": (Law, "jurisdiction"),
    "protocols_protocol": (Protocol, "kind"),
    "resources_resource": (Resource, None),
}


def home(request):
    parts = reads.by_part(reads.fetch(HOME_PARTS))
    recent = []
    for table, (model, kind_field) in LATEST_MODELS.items():
        for id_, title, slug, kind, updated_at in parts[table]:
            names, values = ["id", "title", "slug"], [id_, title, slug]
            if kind_field:
                names.append(kind_field)
                values.append(kind)
            record = reads.build(model, names, values)
            record.updated_at = reads.aware(updated_at)
            recent.append(record)
    latest = sorted(recent, key=lambda record: record.updated_at, reverse=True)[:LATEST_UPDATES]
    counts = {table: count for count, table, *_ in parts["count"]}
    topics = [reads.build(Topic, ("id", "name", "slug"), row[:3]) for row in parts["topic"]]
    return render(
        request,
        "home.html",
        {
            "latest": latest,
            "law_count": counts["laws_law"],
            "protocol_count": counts["protocols_protocol"],
            "resource_count": counts["resources_resource"],
            "topics": topics,
        },
    )


def site_page(request, slug: str):
    page = get_object_or_404(SitePage, slug=slug)
    return render(request, "pages/site_page.html", {"page": page})


class TopicListView(TemplateView):
    template_name = "topics/topic_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(topics=Topic.objects.all(), **kwargs)


class TopicDetailView(TemplateView):
    """Everything published on one topic: laws, protocols and resources together."""

    template_name = "topics/topic_detail.html"
    per_section = 10

    def get_context_data(self, **kwargs):
        topic = get_object_or_404(Topic, slug=kwargs["slug"])
        sections = []
        for model, heading, list_route in (
            (Law, "Laws", "laws:list"),
            (Protocol, "Protocols and model policies", "protocols:list"),
            (Resource, "Resources", "resources:list"),
        ):
            records = model.objects.published().filter(topics=topic)
            sections.append(
                {
                    "heading": heading,
                    "records": list(records[: self.per_section]),
                    "count": records.count(),
                    "all_url": f"{reverse(list_route)}?topic={topic.slug}",
                }
            )
        return super().get_context_data(topic=topic, sections=sections, **kwargs)


def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    else:
        response = HttpResponse("ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


def search(request):
    """/search/?q=: one search over everything published. Queries are never logged or kept."""
    query, was_cut = clean_query(request.GET.get("q", ""))
    kind = request.GET.get("type", "")
    jurisdiction = request.GET.get("jurisdiction", "")
    if jurisdiction not in Law.Jurisdiction.values:
        jurisdiction = ""
    topics = list(Topic.objects.all())
    topic = request.GET.get("topic", "")
    if topic not in {t.slug for t in topics}:
        topic = ""
    results = site_search.search(query, kind=kind, jurisdiction=jurisdiction, topic=topic)
    page = Paginator(results.hits, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    site_search.load_page(page.object_list, query)
    response = render(
        request,
        "search/results.html",
        {
            "query": query,
            "was_cut": was_cut,
            "max_length": site_search.MAX_QUERY_LENGTH,
            "results": results,
            "page_obj": page,
            "is_paginated": page.has_other_pages(),
            "paginator": page.paginator,
            "sources": [
                (source, results.counts.get(source.key, 0)) for source in site_search.SOURCES
            ],
            "kind": kind if kind in site_search.SOURCE_BY_KEY else "",
            "jurisdiction": jurisdiction,
            "jurisdictions": Law.Jurisdiction.choices,
            "topic": topic,
            "topics": topics,
        },
    )
    # A survivor's query must not sit in a shared cache.
    response["Cache-Control"] = "no-store"
    return response


PERMALINK_MODELS = {"law": Law, "protocol": Protocol, "resource": Resource}
UPDATES_PAGE_SIZE = 30
# Updates considered for the list and feed; older ones stay in the database.
UPDATES_WINDOW = 500


def permalink(request, kind: str, pk: int):
    """/p/<kind>/<id>/: wherever the record lives now (302, since that may change again)."""
    model = PERMALINK_MODELS.get(kind)
    record = model.objects.filter(pk=pk).first() if model else None
    if record is None or not (record.is_published or record.is_withdrawn or is_staff(request.user)):
        raise Http404("No such record.")
    return redirect(record.get_absolute_url())


def public_updates(limit: int = UPDATES_WINDOW) -> list[Update]:
    """The latest public changes whose record still answers (published or withdrawn)."""
    updates = Update.objects.prefetch_related("record")[:limit]
    return [
        u
        for u in updates
        if u.record is not None and (u.record.is_published or u.record.is_withdrawn)
    ]


def updates(request):
    page = Paginator(public_updates(), UPDATES_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "updates/update_list.html",
        {"page_obj": page, "is_paginated": page.has_other_pages(), "paginator": page.paginator},
    )


def robots_txt(request):
    # The admin's address is not listed: it is configurable so as not to be advertised.
    lines = [
        "User-agent: *",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
