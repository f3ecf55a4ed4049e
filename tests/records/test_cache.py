"""The page cache: anonymous pages from memory, staff never, stale pages never, on both backends."""

import os
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from laws.models import Law
from network_site.records.models import Status
from tests.factories import make_law, make_staff
from tests.support import current_database_url, free_port, get, start_gunicorn, stop, wait_until_up

REDIS_URL = "redis://127.0.0.1:6379/15"
BACKENDS = {
    "locmem": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"},
    "redis": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
}


@pytest.fixture(params=sorted(BACKENDS))
def backend(request, settings):
    settings.PAGE_CACHE = True
    settings.CACHES = {"default": BACKENDS[request.param]}
    cache.clear()
    yield request.param
    cache.clear()


def count_queries(client, url: str, **headers) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    return len(captured), response


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/laws/", "/laws/maine-sex-trafficking/", "/get-help/"])
def test_a_cached_page_is_served_without_rendering_or_querying(client, backend, url):
    first_queries, first = count_queries(client, url)
    again_queries, again = count_queries(client, url)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert first_queries > again_queries
    assert again_queries == 0
    assert again["Content-Security-Policy"] and again["Referrer-Policy"] == "no-referrer"


@pytest.mark.django_db
def test_publishing_clears_the_cache(client, backend, django_capture_on_commit_callbacks):
    assert "Brand new statute" not in client.get("/laws/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        make_law(title="Brand new statute")
    assert "Brand new statute" in client.get("/laws/").content.decode()


@pytest.mark.django_db
def test_editing_a_help_number_clears_every_page(
    client, backend, django_capture_on_commit_callbacks
):
    from network_site.pages.models import HelpLine

    assert "1-888-373-7888" in client.get("/about/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        HelpLine.objects.filter(phone="1-888-373-7888").update(phone="x")  # no signal…
        line = HelpLine.objects.get(phone="x")
        line.phone = "1-888-000-1111"
        line.save()  # …a save sends one
    assert "1-888-000-1111" in client.get("/about/").content.decode()


@pytest.mark.django_db
def test_staff_never_get_cached_pages(client, backend):
    draft = make_law(status=Status.DRAFT, title="Staff-only draft")
    assert client.get(draft.get_absolute_url()).status_code == 404  # the public's answer
    client.force_login(make_staff("cache-staff", "laws.view_law"))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200 and "Staff-only draft" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    queries, _ = count_queries(client, "/laws/")
    queries_again, _ = count_queries(client, "/laws/")
    assert queries_again == queries  # rendered afresh each time


@pytest.mark.django_db
def test_matching_etag_gets_304(client, backend):
    first = client.get("/laws/")
    etag = first["ETag"]
    again = client.get("/laws/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert client.get("/laws/", HTTP_IF_NONE_MATCH='"other"').status_code == 200


@pytest.mark.django_db
def test_search_is_never_cached(client, backend):
    client.get("/search/", {"q": "trafficking"})
    queries, response = count_queries(client, "/search/?q=trafficking")
    assert queries > 3
    assert response["Cache-Control"] == "no-store"


@pytest.mark.slow
@pytest.mark.alone  # a change must reach other processes at once: no load beside it
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("cache_url", ["", REDIS_URL], ids=["locmem", "redis"])
def test_a_publish_reaches_every_worker_at_once(cache_url, settings):
    """Three gunicorn workers, each with its own memory cache (or one Redis): a publish in
    one place must disappear stale pages in all of them, without a restart."""
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": current_database_url(),
        "CACHE_URL": cache_url,
        "PAGE_CACHE": "1",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    if cache_url:
        # The admin saving here shares the workers' settings, as in production.
        settings.CACHES = {"default": BACKENDS["redis"]}
        cache.clear()
    server = start_gunicorn(env, port, workers=3)
    try:
        url = f"http://127.0.0.1:{port}/laws/"
        wait_until_up(url, server)
        for _ in range(30):  # every worker now has /laws/ cached
            assert "Late-breaking statute" not in get(url)[1]
        make_law(title="Late-breaking statute")  # committed: this test is transactional
        pages = [get(url)[1] for _ in range(30)]
        assert all("Late-breaking statute" in page for page in pages)
    finally:
        stop(server)


@pytest.mark.slow
@pytest.mark.alone  # a change must reach other processes at once: no load beside it
@pytest.mark.django_db(transaction=True)
def test_a_new_help_number_reaches_every_worker_at_once_without_the_page_cache():
    """Each worker reads the help numbers once per content version: a change made
    anywhere must show in every worker's next page, page cache or not."""
    from django.core.management import call_command

    from network_site.pages.models import HelpLine

    call_command("load_demo_content", verbosity=0)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": current_database_url(),
        "PAGE_CACHE": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    server = start_gunicorn(env, port, workers=3)
    try:
        url = f"http://127.0.0.1:{port}/laws/"
        wait_until_up(url, server)
        for _ in range(30):  # every worker has read the help numbers
            assert "1-888-373-7888" in get(url)[1]
        line = HelpLine.objects.get(phone="1-888-373-7888")
        line.phone = "1-888-000-2222"
        line.save()  # committed: this test is transactional
        pages = [get(url)[1] for _ in range(30)]
        assert all("1-888-000-2222" in page and "1-888-373-7888" not in page for page in pages)
    finally:
        stop(server)


@pytest.mark.slow
@pytest.mark.alone  # a change must reach other processes at once: no load beside it
@pytest.mark.django_db(transaction=True)
def test_counts_kept_per_content_version_follow_a_publish_in_every_worker():
    """Lists' filter counts, the filters' terms and the home page's counts are kept per
    content version (no page cache here): a publish must show in every worker at once."""
    from django.core.management import call_command

    from network_site.vocabulary.models import Topic
    from tests.factories import relate

    call_command("load_demo_content", verbosity=0)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": current_database_url(),
        "PAGE_CACHE": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    server = start_gunicorn(env, port, workers=3)
    base = f"http://127.0.0.1:{port}"
    summaries = re.compile(r"(\d+) law summaries")
    before = Law.objects.published().count()
    try:
        wait_until_up(f"{base}/", server)
        for _ in range(30):  # every worker has kept its counts and terms
            assert summaries.search(get(f"{base}/")[1]).group(1) == str(before)
            assert "Okapi topic" not in get(f"{base}/laws/")[1]
        topic = Topic.objects.create(name="Okapi topic", slug="okapi-topic")
        relate(make_law(title="Late-breaking statute"), topics=[topic])
        for _ in range(30):
            assert summaries.search(get(f"{base}/")[1]).group(1) == str(before + 1)
            laws = get(f"{base}/laws/")[1]
            assert 'Okapi topic <span class="count">(1)</span>' in laws
    finally:
        stop(server)
