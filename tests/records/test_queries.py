"""Every public page costs the same number of queries with 10 records as with 1,000."""

import itertools
from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from laws.models import Law
from network_site.records.models import Status, Update
from network_site.records.registry import record_kinds
from network_site.vocabulary.models import Audience, Topic
from protocols.models import Protocol, ProtocolVersion
from resources.models import Event, Resource
from tests.factories import copy_of, link_many

pytestmark = pytest.mark.django_db
_serial = itertools.count(1)


def grow(count: int) -> None:
    """`count` more published laws, protocols and resources, tagged like real ones."""
    topics = list(Topic.objects.all()[:3])
    audiences = list(Audience.objects.all()[:3])
    batch = [next(_serial) for _ in range(count)]
    laws = Law.objects.bulk_create(
        Law(title=f"Generated law {n}", slug=f"generated-law-{n}", status=Status.PUBLISHED,
            jurisdiction="maine", citation=f"98 M.R.S. § {n}", summary="A summary.",
            summary_html="<p>A summary.</p>", search_document="A summary.",
            official_url="https://legislature.maine.gov/statutes/98/")
        for n in batch
    )  # fmt: skip
    protocols = Protocol.objects.bulk_create(
        Protocol(title=f"Generated protocol {n}", slug=f"generated-protocol-{n}",
                 status=Status.PUBLISHED, summary="For partners.", body="## Steps",
                 body_html="<h2 id='steps'>Steps</h2>", search_document="Steps")
        for n in batch
    )  # fmt: skip
    resources = Resource.objects.bulk_create(
        Resource(title=f"Generated resource {n}", slug=f"generated-resource-{n}",
                 status=Status.PUBLISHED, url=f"https://example.org/{n}", publisher="Example",
                 description="Useful.", search_document="Useful.", resource_type="guide")
        for n in batch
    )  # fmt: skip
    soon = timezone.now() + timedelta(days=1)
    events = Event.objects.bulk_create(
        Event(title=f"Generated event {n}", slug=f"generated-event-{n}", status=Status.PUBLISHED,
              description="A training.", starts_at=soon + timedelta(hours=n),
              ends_at=soon + timedelta(hours=n + 1), venue="A room", organiser="Example")
        for n in batch
    )  # fmt: skip
    for model, records, field, values in (
        (Event, events, "audiences", audiences),
        (Event, events, "topics", topics),
        (Law, laws, "topics", topics),
        (Protocol, protocols, "topics", topics),
        (Protocol, protocols, "disciplines", audiences),
        (Resource, resources, "topics", topics),
        (Resource, resources, "audiences", audiences),
    ):
        link_many(model, records, field, lambda record, values=values: values)
    ProtocolVersion.objects.bulk_create(
        ProtocolVersion(protocol=p, number=1, change_note="First published.", title=p.title,
                        summary=p.summary, body=p.body, body_html=p.body_html)
        for p in protocols
    )  # fmt: skip
    for model, records in (
        (Law, laws),
        (Protocol, protocols),
        (Resource, resources),
        (Event, events),
    ):
        kind = ContentType.objects.get_for_model(model)
        Update.objects.bulk_create(
            Update(content_type=kind, object_id=r.pk, change="published", title=r.title,
                   note="First published.")
            for r in records
        )  # fmt: skip


def public_urls() -> list[str]:
    law = Law.objects.get(slug="maine-aggravated-sex-trafficking")
    protocol = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    resource = Resource.objects.get(slug="national-human-trafficking-hotline")
    return [
        "/", "/laws/", "/laws/?jurisdiction=maine&topic=sex-trafficking", "/laws/?page=2",
        "/protocols/", "/protocols/?type=protocol", "/resources/", "/resources/?audience=schools",
        "/topics/", "/topics/sex-trafficking/", "/get-help/", "/about/", "/privacy/",
        "/accessibility/", "/updates/", "/updates/feed/", "/sitemap.xml", "/robots.txt",
        "/search/?q=trafficking", "/search/?q=17-A+852", "/search/?q=trafficing",
        law.get_absolute_url(), protocol.get_absolute_url(), resource.get_absolute_url(),
        f"/protocols/{protocol.slug}/history/", f"/protocols/{protocol.slug}/v/1/",
        f"/protocols/{protocol.slug}/compare/", law.get_permanent_url(),
        "/api/laws/", "/api/protocols/", "/api/resources/", f"/api/laws/{law.slug}/",
        f"/api/protocols/{protocol.slug}/", "/healthz", "/no-such-page/",
        "/events/", "/events/?format=online", "/events/past/", "/events/calendar.ics",
        "/events/calendar/health-care.ics", "/events/sample-network-conference/",
        "/events/sample-network-conference/event.ics", "/api/events/",
        f"/updates/feed/protocol/{protocol.slug}/", "/updates/feed/topics/sex-trafficking/",
        "/updates/feed/disciplines/law-enforcement/", "/for/", "/for/health-care/",
    ]  # fmt: skip


def queries_per_page(client) -> dict[str, int]:
    counts = {}
    for url in public_urls():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code in (200, 302, 404), url
        counts[url] = len(captured)
    return counts


# Search's count follows the words typed (a "did you mean" runs more), and the sitemap's
# the kinds of record (two each); neither grows with the number of records.
NOT_PAGES = ("/search/", "/sitemap.xml")
PAGE_BUDGET = 8


def test_query_count_of_every_public_page_does_not_grow_with_the_library(client):
    grow(10)
    small = queries_per_page(client)
    grow(990)
    assert Law.objects.published().count() > 1_000
    large = queries_per_page(client)
    # Updates and the feed read each kind of record among the changes shown: never
    # more queries than there are kinds, so fewer when one kind fills the page.
    grown = {url: (small[url], large[url]) for url in small if large[url] > small[url]}
    assert not grown, grown
    # Each page here also reads the help numbers, which a server's process keeps per
    # content version (network_site/pages/help.py): not counted against the budget.
    over = {
        url: count - 1
        for url, count in large.items()
        if count - 1 > PAGE_BUDGET and not url.startswith(NOT_PAGES)
    }
    assert not over, over
    # Each kind's records, their count and its list's latest change (three per kind);
    # the topics, the professions, the fixed pages, and the pages a kind has beyond its
    # records (the legislative sessions): one query each.
    assert large["/sitemap.xml"] <= 3 * len(record_kinds()) + 4
    # A misspelt search ranks each kind three times: as typed, any word, corrected;
    # beside them: the glossary's synonyms, the fixed pages, help numbers and
    # professions that match, the topics, the vocabulary ("did you mean", two), and
    # the help box. None of it grows with the library.
    searches = [count for url, count in large.items() if url.startswith("/search/")]
    assert max(searches) <= 3 * len(record_kinds()) + 9


def test_the_busiest_pages_read_what_they_show_in_a_few_queries(client):
    """A record page: the record, with its stored page state; a list: its filters' terms,
    the count, the page, and each row's tags; home: each library's latest, the
    libraries' sizes, and the topics. Each page also reads the help numbers here, where tests run
    without the listener that lets a process keep them (network_site.records.page_cache)."""
    law = Law.objects.get(slug="maine-aggravated-sex-trafficking")
    protocol = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    resource = Resource.objects.get(slug="national-human-trafficking-hotline")
    expected = {
        # A record page reads the record alone: its links, its timeline and penalties
        # and its glossary links are the page state the publishing gate stored.
        law.get_absolute_url(): 1,
        # (with its version number)
        protocol.get_absolute_url(): 1,
        resource.get_absolute_url(): 1,
        # topics in use, the list's count with every filter option's (one query), page
        # (each row's tags are its stored page state). Where the listener runs, the
        # terms in use and the counts are kept per content version: the page alone.
        "/laws/": 3,
        "/laws/?jurisdiction=maine&topic=sex-trafficking": 3,
        # disciplines and topics in use, counts, page
        "/protocols/": 4,
        "/resources/?audience=schools": 4,
        # the latest changes across the libraries (one UNION ALL), their sizes (another),
        # the guides, the topics, the professions; the next events, how many there are
        # and when the first of them ends. Where the listener runs, all are kept per
        # content version, the events until the first of them ends.
        "/": 8,
    }
    for url, statements in expected.items():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200, url
        help_numbers = [q for q in captured if "pages_helpline" in q["sql"]]
        assert len(help_numbers) == 1, url
        assert len(captured) - len(help_numbers) == statements, (url, [q["sql"] for q in captured])


def test_where_every_process_hears_of_changes_the_busiest_pages_read_one_or_two_rows(
    client, hears_every_change
):
    """With the listener (production), what changes only with the content, or with it
    and the clock, is kept: a record page reads its record, a list its count and its
    page of rows (its count is kept with its filters'), search the index twice, a topic
    or profession page its term (and a profession its own numbers), home nothing."""
    from django.core.cache import cache

    expected = {
        "/": 0,
        Law.objects.get(slug="maine-aggravated-sex-trafficking").get_absolute_url(): 1,
        Protocol.objects.get(slug="law-enforcement-suspected-minor-victim").get_absolute_url(): 1,
        "/laws/": 1,
        "/protocols/": 1,
        "/resources/?audience=schools": 1,
        "/directory/": 1,
        "/events/": 1,
        "/topics/sex-trafficking/": 1,
        "/for/law-enforcement/": 2,
        "/search/?q=trafficking": 2,
    }
    for url, statements in expected.items():
        assert client.get(url).status_code == 200, url  # what is kept, kept
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200, url
        assert len(captured) == statements, (url, [q["sql"][:90] for q in captured])
    cache.clear()


# --- Every kind, from the registry: a new kind is covered with no edit here -----------


def grow_every_kind(copies: int) -> None:
    """`copies` more published records of every kind, each a copy of one the kind's demo
    brings, with its relations (topics, audiences, related records)."""
    for kind in record_kinds():
        original = kind.objects.published().order_by("pk").first()
        for _ in range(copies):
            n = next(_serial)
            copy_of(original, title=f"{original.title} {n}", slug=f"{original.slug}-{n}")


def every_kinds_pages() -> list[str]:
    urls = []
    for kind in record_kinds():
        record = kind.objects.published().order_by("pk").first()
        urls += [record.get_absolute_url(), record.get_permanent_url()]
        if kind.list_route:
            urls.append(reverse(kind.list_route))
        if kind.api_name:
            urls += [reverse("api:list", args=[kind.api_name])]
            urls += [reverse("api:detail", args=[kind.api_name, record.slug])]
        urls.append(reverse("record-feed", args=[kind._meta.model_name, record.slug]))
    return urls


def test_no_kinds_pages_cost_more_queries_as_it_grows(client):
    grow_every_kind(3)
    urls = every_kinds_pages()
    small = {url: count_queries(client, url) for url in urls}
    # A query per record or per relation shows as soon as there are more of them; ten
    # more of each kind (each copied through the gate, the slow part) is plenty.
    grow_every_kind(10)
    large = {url: count_queries(client, url) for url in urls}
    grown = {url: (small[url], large[url]) for url in urls if large[url] > small[url]}
    assert not grown, grown
    over = {url: count for url, count in large.items() if count - 1 > PAGE_BUDGET}
    assert not over, over


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code in (200, 302), url
    return len(captured)
