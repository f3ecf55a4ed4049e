from django.core.paginator import Paginator
from django.shortcuts import render

from network_site.pages.models import HelpLine, SitePage
from network_site.records.page_cache import for_this_version
from network_site.search import engine
from network_site.vocabulary.models import Audience, Topic

SEARCH_PAGE_SIZE = 20


def search(request):
    """/search/?q=: one search over everything published. Queries are never logged or kept."""
    query, was_cut = engine.clean_query(request.GET.get("q", ""))
    source = request.GET.get("type", "")
    jurisdictions = engine.filter_choices("jurisdiction")
    jurisdiction = request.GET.get("jurisdiction", "")
    if jurisdiction not in dict(jurisdictions):
        jurisdiction = ""
    topics = for_this_version("topics", lambda: list(Topic.objects.all()))
    topic = request.GET.get("topic", "")
    if topic not in {t.slug for t in topics}:
        topic = ""
    results = engine.search(query, source=source, jurisdiction=jurisdiction, topic=topic)
    page = Paginator(results.hits, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    engine.load_page(page.object_list, query)
    sources = engine.sources()
    response = render(
        request,
        "search/results.html",
        {
            "query": query,
            "was_cut": was_cut,
            "max_length": engine.MAX_QUERY_LENGTH,
            "results": results,
            "page_obj": page,
            "is_paginated": page.has_other_pages(),
            "paginator": page.paginator,
            "sources": [(source, results.counts.get(source.key, 0)) for source in sources],
            "chosen_type": source if source in {s.key for s in sources} else "",
            "jurisdiction": jurisdiction,
            "jurisdictions": jurisdictions,
            "topic": topic,
            "topics": topics,
            "site_pages": list(SitePage.objects.matching(query)[:3]),
            "help_numbers": list(HelpLine.objects.matching(query)[:3]),
            "professions": list(Audience.objects.professions().matching(query)[:3]),
        },
    )
    # A survivor's query must not sit in a shared cache.
    response["Cache-Control"] = "no-store"
    return response
