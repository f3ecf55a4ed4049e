from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language

from network_site.pages.help import help_lines
from network_site.pages.models import SitePage, help_lines_matching, site_pages_matching
from network_site.records.models import in_readers_language_all, named_in_readers_language
from network_site.records.page_cache import for_this_version
from network_site.search import engine
from network_site.vocabulary.models import Audience, Topic, professions_matching

SEARCH_PAGE_SIZE = 20
# Of each of the site's own pages a search names above its results, the first few.
NAMED_PAGES = 3


def search(request):
    """/search/?q=: one search over everything published. Queries are never logged or kept."""
    query, was_cut = engine.clean_query(request.GET.get("q", ""))
    source = request.GET.get("type", "")
    jurisdictions = engine.filter_choices("jurisdiction")
    jurisdiction = request.GET.get("jurisdiction", "")
    if jurisdiction not in dict(jurisdictions):
        jurisdiction = ""
    topics = for_this_version(
        "topics", lambda: named_in_readers_language(list(Topic.objects.all()))
    )
    topic = request.GET.get("topic", "")
    if topic not in {t.slug for t in topics}:
        topic = ""
    results = engine.search(
        query, source=source, jurisdiction=jurisdiction, topic=topic, language=get_language()
    )
    page = Paginator(results.hits, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    engine.load_page(page.object_list, query, get_language())
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
            **pages_named(query),
        },
    )
    # A survivor's query must not sit in a shared cache.
    response["Cache-Control"] = "no-store"
    return response


def pages_named(query: str) -> dict[str, list]:
    """The fixed pages, help numbers and professions' pages the words name, for the box
    above the results: the few there are, kept per content version, matched here."""
    kept = for_this_version(
        "search-named-pages",
        lambda: {
            "site_pages": in_readers_language_all(list(SitePage.objects.all())),
            "professions": in_readers_language_all(list(Audience.objects.professions())),
        },
    )
    return {
        "site_pages": site_pages_matching(kept["site_pages"], query)[:NAMED_PAGES],
        "help_numbers": help_lines_matching(help_lines(), query)[:NAMED_PAGES],
        "professions": professions_matching(kept["professions"], query)[:NAMED_PAGES],
    }
