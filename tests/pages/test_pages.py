"""Every public page answers, in the site's design, from the demo library."""

import re
from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.html import escape

from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status
from network_site.vocabulary.models import Topic
from protocols.models import Protocol
from resources.models import Resource

pytestmark = pytest.mark.django_db

STATIC_PAGES = [
    "/",
    "/laws/",
    "/protocols/",
    "/resources/",
    "/topics/",
    "/get-help/",
    "/about/",
    "/privacy/",
    "/accessibility/",
    "/laws/?jurisdiction=maine",
    "/laws/?jurisdiction=federal&topic=sex-trafficking",
    "/laws/?status=repealed",
    "/protocols/?type=model_policy",
    "/protocols/?discipline=law-enforcement",
    "/resources/?audience=schools&type=guide",
    "/resources/?topic=immigration-relief",
]


@pytest.mark.parametrize("url", STATIC_PAGES)
def test_public_page_answers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Leave this site" in html
    assert "1-888-373-7888" in html  # the help box is on every page


def test_every_published_record_and_topic_has_a_page(client):
    records = [*Law.objects.published(), *Protocol.objects.published()]
    records += [*Resource.objects.published(), *Topic.objects.all()]
    assert len(records) > 40
    for record in records:
        response = client.get(record.get_absolute_url())
        assert response.status_code == 200, record.get_absolute_url()


def test_no_two_pages_share_a_title(client):
    """Readers tell pages apart by their titles (tabs, bookmarks, a search engine's
    results): every English page in the sitemap has its own, and so do the past events
    and each year of them. An organization listed both in the directory and among the
    resources is two titles, not one twice."""
    sitemap = client.get("/sitemap.xml").content.decode()
    other_languages = tuple(f"/{code}/" for code, _ in settings.LANGUAGES if code != "en")
    paths = {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    paths = {path for path in paths if not path.startswith(other_languages)}
    past = client.get(reverse("resources:past-events")).content.decode()
    years = set(re.findall(r'href="(/events/past/\d{4}/)"', past))
    assert years and len(paths) > 100
    pages_titled = defaultdict(list)
    for path in sorted(paths | years | {reverse("resources:past-events")}):
        response = client.get(path)
        assert response.status_code == 200, path
        title = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)
        pages_titled[title].append(path)
    assert {title: found for title, found in pages_titled.items() if len(found) > 1} == {}


def test_home_shows_help_box_libraries_and_updates(client):
    html = client.get("/").content.decode()
    for expected in ("1-888-373-7888", "233733", "911", "Latest updates"):
        assert expected in html
    for name in ("laws:list", "protocols:list", "resources:list"):
        assert f'href="{reverse(name)}"' in html


def test_law_page_shows_citation_official_link_and_related(client):
    law = Law.objects.get(citation="17-A M.R.S. § 853-B")
    html = client.get(law.get_absolute_url()).content.decode()
    assert "17-A M.R.S. § 853-B" in html
    assert law.official_url in html
    assert "Engaging a prostitute" in html  # the former name
    assert "Last reviewed" in html
    assert "Protocols and policies that apply it" in html


def test_filters_narrow_the_list(client):
    response = client.get("/laws/?jurisdiction=federal")
    laws = list(response.context["object_list"])
    assert laws and all(law.jurisdiction == "federal" for law in laws)
    repealed = list(client.get("/laws/?status=repealed").context["object_list"])
    assert [law.citation for law in repealed] == ["17-A M.R.S. § 853-A"]


def test_filters_offer_only_topics_that_published_records_use(client):
    from tests.factories import make_law, make_topic

    used, draft_only, unused = make_topic(), make_topic(), make_topic()
    make_law().topics.add(used)
    make_law(status=Status.DRAFT).topics.add(draft_only)
    html = client.get("/laws/").content.decode()
    assert f"topic={used.slug}" in html
    assert f"topic={draft_only.slug}" not in html  # a draft must not show through
    assert f"topic={unused.slug}" not in html


def test_law_page_lists_published_resources_on_its_topics(client):
    from tests.factories import make_law, make_resource, make_topic, relate

    topic, second, elsewhere = make_topic(), make_topic(), make_topic()
    law = relate(make_law(), topics=[topic, second])
    # Tagged after the law was published: the gate brings the law's page up to date.
    on_topic = [make_resource(title=f"On topic {letter}") for letter in "GFEDCBA"]
    for resource in on_topic:
        relate(resource, topics=[topic])
    relate(on_topic[-1], topics=[second])  # on both of the law's topics: still listed once
    relate(make_resource(title="On topic, a draft", status=Status.DRAFT), topics=[topic])
    relate(make_resource(title="On another topic"), topics=[elsewhere])
    html = client.get(law.get_absolute_url()).content.decode()
    shown = re.findall(r'data-print-href="[^"]*">([^<]+)</a>', html)
    # The first six by title, published ones only, each once.
    assert shown == [f"On topic {letter}" for letter in "ABCDEF"]
    # Taken back: gone from the law's page.
    publishing.move(on_topic[-1], Status.DRAFT)
    html = client.get(law.get_absolute_url()).content.decode()
    assert "On topic A" not in html and "On topic G" in html

    untagged = make_law()
    html = client.get(untagged.get_absolute_url()).content.decode()
    assert "Resources on the same topics" not in html


def test_filter_links_keep_the_other_filters_and_start_at_page_one(client):
    html = client.get("/laws/?jurisdiction=maine&status=in_force").content.decode()
    # Choosing a topic keeps both filters; choosing another jurisdiction replaces it in place.
    assert 'href="/laws/?jurisdiction=maine&amp;status=in_force&amp;topic=sex-trafficking"' in html
    assert 'href="/laws/?jurisdiction=federal&amp;status=in_force"' in html
    # "All" clears just its own filter.
    assert 'href="/laws/?status=in_force"' in html
    many = client.get("/resources/?type=hotline&page=1").content.decode()
    assert 'href="/resources/?type=toolkit"' in many  # the page number is dropped
    assert 'href="/resources/"' in many  # all types, no filters left


def test_unknown_filter_value_is_ignored_not_an_error(client):
    response = client.get("/laws/?jurisdiction=atlantis&topic=<script>")
    assert response.status_code == 200
    assert response.context["paginator"].count == Law.objects.published().count()


def test_lists_paginate(client):
    from tests.factories import make_resource

    for _ in range(25):
        make_resource()
    first = client.get("/resources/")
    assert first.context["is_paginated"]
    assert 'aria-label="Pagination"' in first.content.decode()
    assert client.get("/resources/?page=2").status_code == 200
    assert client.get("/resources/?page=99").status_code == 404
    for beyond in ("0", "-1", "1.5", "99999999999999999999999"):
        assert client.get(f"/laws/?page={beyond}").status_code == 404, beyond


@pytest.mark.parametrize(
    "url",
    ["/laws/no-such-law/", "/protocols/nope/", "/resources/nope/", "/topics/nope/", "/nowhere/"],
)
def test_unknown_address_is_a_404_in_the_sites_design(client, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can't find that page" in html
    assert "Leave this site" in html
    assert "1-888-373-7888" in html


def test_protocol_page_has_table_of_contents_linking_to_sections(client):
    protocol = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    html = client.get(protocol.get_absolute_url()).content.decode()
    assert protocol.related_resources.published().exists()
    assert 'href="#report"' in html
    assert 'id="report"' in html
    assert "Version 1, effective January 15, 2025" in html


def test_get_help_explains_who_to_call_and_the_support_fund(client):
    html = client.get("/get-help/").content.decode()
    assert "Survivor Support Fund" in html  # the name the Network itself uses
    assert "advocate" in html
    assert "1-800-452-1999" in html


def test_help_numbers_are_editable_by_staff(client):
    from network_site.pages.models import HelpLine

    line = HelpLine.objects.get(phone="1-888-373-7888")
    line.phone = "1-888-000-0000"
    line.save()
    html = client.get("/").content.decode()
    assert "1-888-000-0000" in html
    assert "1-888-373-7888" not in html


def test_healthz_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_server_error_page_is_in_the_sites_design(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert "1-888-373-7888" in html


def test_public_pages_send_no_referrer_and_staff_pages_keep_their_origin(client):
    assert client.get("/").headers["Referrer-Policy"] == "no-referrer"
    assert client.get("/laws/").headers["Referrer-Policy"] == "no-referrer"
    assert client.get("/admin/login/").headers["Referrer-Policy"] == "same-origin"


def test_every_public_page_weighs_under_60_kb(client):
    """HTML + CSS + JS, uncompressed, with the demo content: an old phone on a bad signal."""
    from django.contrib.staticfiles import finders

    assets = sum(
        len(open(finders.find(name), "rb").read()) for name in ("css/site.css", "js/quick-exit.js")
    )
    pages = [*STATIC_PAGES, "/search/?q=trafficking", "/topics/sex-trafficking/"]
    pages += [law.get_absolute_url() for law in Law.objects.published()]
    pages += [protocol.get_absolute_url() for protocol in Protocol.objects.published()]
    for url in pages:
        weight = len(client.get(url).content) + assets
        assert weight < 60 * 1024, f"{url} weighs {weight} bytes"


def test_pages_link_the_static_files_of_the_storage_in_use(client, settings):
    """Static addresses follow the storage in use."""
    hashed = client.get("/").content.decode()
    assert 'href="/static/css/site.' in hashed and 'href="/static/css/site.css"' not in hashed
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    assert 'href="/static/css/site.css"' in client.get("/").content.decode()


def test_dates_show_in_the_sites_format_and_time_zone(client):
    law = Law.objects.get(citation="17-A M.R.S. § 853-B")
    html = client.get(law.get_absolute_url()).content.decode()
    day = law.reviewed_on
    written = f"{day:%B} {day.day}, {day.year}"
    assert f'Last reviewed <time datetime="{day.isoformat()}">{written}</time>' in html


def test_record_pages_link_what_they_list_with_the_fact_beside_each(client):
    law = Law.objects.get(slug="maine-aggravated-sex-trafficking")
    html = client.get(law.get_absolute_url()).content.decode()
    related = Law.objects.get(citation="17-A M.R.S. § 853")
    assert (
        f'<a href="{related.get_absolute_url()}">{related.title}</a>'
        f' <span class="citation">{related.citation}</span>'
    ) in html
    for protocol in Protocol.objects.published().filter(related_laws=law):
        assert (
            f'<a href="{protocol.get_absolute_url()}">{protocol.title}</a>'
            f' <span class="muted">{protocol.get_document_type_display()}</span>'
        ) in html
    protocol = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    html = client.get(protocol.get_absolute_url()).content.decode()
    assert protocol.related_resources.published().exists()
    for resource in protocol.related_resources.published():
        assert (
            f'<a href="{resource.get_absolute_url()}" data-print-href="{resource.url}">'
            f'{resource.title}</a> <span class="muted">{escape(resource.publisher)}</span>'
        ) in html  # on paper, the publisher's address


def test_machine_readable_times_are_valid_html(client):
    """<time datetime> allows at most three digits of a second's fraction: whole seconds."""
    valid = re.compile(r"^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?$")
    found = []
    for url in ("/", "/updates/", "/events/", "/events/sample-network-conference/"):
        found += re.findall(r'<time datetime="([^"]*)"', client.get(url).content.decode())
    assert found and all(valid.match(value) for value in found), found


def test_the_hotlines_interpreters_are_said_to_be_for_calls_only(client):
    """The hotline interprets calls in 200+ languages; its texts and chat are in English
    and Spanish (humantraffickinghotline.org): no page promises more."""
    for url in ("/", "/get-help/", "/resources/national-human-trafficking-hotline/"):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(url).content.decode()))
        assert "in more than 200 languages" not in text, url
        assert "English and Spanish" in text, url


def test_every_kinds_page_says_when_it_was_last_reviewed_in_the_same_words(client):
    from network_site.records.registry import record_kinds

    for kind in record_kinds():
        record = kind.objects.published().exclude(last_reviewed=None).order_by("pk").first()
        if record is None:
            continue  # a kind with no reviewed demo record
        html = client.get(record.get_absolute_url()).content.decode()
        assert html.count('class="document__meta last-reviewed">Last reviewed <time') == 1, kind
        for other_words in ("Last checked", "Checked against the law on", "Last updated"):
            assert other_words not in html, (kind, other_words)
