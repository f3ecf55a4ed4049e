"""A door for each profession: its protocols first, the laws they rely on, best
practices, the next trainings, and the numbers it calls."""

import re

import pytest
from django.test import Client

from network_site.records.models import Status
from network_site.records.registry import record_kinds
from network_site.vocabulary.models import Audience
from tests.factories import make_law, make_protocol, make_resource

pytestmark = pytest.mark.django_db


def sections(html: str) -> list[str]:
    return re.findall(r'<h2 id="section-[a-z]+">([^<]+)</h2>', html)


def test_each_profession_has_a_door_on_the_home_page_above_the_libraries():
    home = Client().get("/").content.decode()
    doors = re.findall(r'<a class="door" href="(/for/[a-z-]+/)">', home)
    assert doors == [p.get_absolute_url() for p in Audience.objects.professions()]
    assert "/for/health-care/" in doors and "/for/schools/" in doors
    assert home.index('id="professions-heading"') < home.index('id="libraries-heading"')
    assert "/for/general-public/" not in home, "an audience that is not a profession has no door"
    assert Client().get("/for/general-public/").status_code == 404
    assert Client().get("/for/").status_code == 200


def test_a_professions_page_puts_its_protocols_first_then_laws_resources_and_events():
    health = Audience.objects.get(slug="health-care")
    law = make_law(title="Law a protocol relies on")
    unrelated = make_law(title="Law no health-care protocol cites")
    protocol = make_protocol(title="Triage protocol")
    protocol.disciplines.add(health)
    protocol.related_laws.add(law)
    draft = make_protocol(title="Draft triage protocol", status=Status.DRAFT)
    draft.disciplines.add(health)
    draft.related_laws.add(unrelated)
    resource = make_resource(title="Clinic toolkit")
    resource.audiences.add(health)

    page = Client().get("/for/health-care/")
    html = page.content.decode()
    assert sections(html) == [
        "Protocols and model policies",
        "Laws these rely on",
        "Best practices",
        "Trainings and events",
        "Services in the directory",
    ]
    assert "Triage protocol" in html and "Law a protocol relies on" in html
    assert "Clinic toolkit" in html
    assert "Draft triage protocol" not in html, "public only"
    assert "Law no health-care protocol cites" not in html, "not through a draft protocol"
    assert "Sample: " in html.split('id="section-events"')[1], "the next trainings for it"
    # The numbers health care calls, as tappable links; the follow form and feed.
    numbers = html.split('id="numbers-heading"')[1].split("</aside>")[0]
    assert 'href="tel:18004521999"' in numbers and 'href="tel:711"' in numbers
    assert 'action="/alerts/follow/discipline/health-care/"' in html
    assert "/updates/feed/disciplines/health-care/" in html


def test_a_professions_page_reads_a_fixed_number_of_queries(django_assert_max_num_queries):
    Client().get("/for/law-enforcement/")
    for _ in range(12):
        make_protocol().disciplines.add(Audience.objects.get(slug="law-enforcement"))
    # The profession, the sections' sizes, one read per section, the help numbers (the
    # box's and the profession's own): as many whatever the library holds.
    sections = [kind for kind in record_kinds() if kind.profession_section]
    with django_assert_max_num_queries(2 + len(sections) + 2):
        assert Client().get("/for/law-enforcement/").status_code == 200


def test_a_professions_sections_are_kept_per_content_version_and_until_a_training_ends(
    hears_every_change, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    """Where a process hears of every change (the listener), a profession's page reads
    the profession and its own numbers; its sections are kept until the content
    changes, and no longer than until the first of the next trainings it shows ends."""
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    from tests.factories import relate
    from tests.resources.test_events import make_event

    police = Audience.objects.get(slug="law-enforcement")
    url = police.get_absolute_url()
    Client().get(url)
    with django_assert_max_num_queries(2):
        assert Client().get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        relate(make_protocol(title="Okapi protocol"), disciplines=[police])
        start = timezone.now() + timedelta(minutes=5)
        relate(make_event(title="Okapi training", starts_at=start), audiences=[police])
    page = Client().get(url).content.decode()
    assert "Okapi protocol" in page and "Okapi training" in page
    with time_machine.travel(start + timedelta(hours=2, seconds=1), tick=False):
        page = Client().get(url).content.decode()
    assert "Okapi protocol" in page and "Okapi training" not in page


def test_professions_are_in_the_sitemap_and_their_feeds_link_to_them():
    sitemap = Client().get("/sitemap.xml").content.decode()
    assert "/for/schools/</loc>" in sitemap
    feed = Client().get("/updates/feed/disciplines/schools/").content.decode()
    assert "/for/schools/" in feed


def test_a_search_for_a_field_offers_its_page_first():
    page = Client().get("/search/", {"q": "health care"}).content.decode()
    pages_box = page.split('id="search-pages-heading"')[1].split("</section>")[0]
    assert 'href="/for/health-care/"' in pages_box
    assert (
        "search-pages-heading" not in Client().get("/search/", {"q": "zanzibar"}).content.decode()
    )


def test_the_professions_are_in_the_json_api_with_what_their_page_lists():
    listed = Client().get("/api/professions/").json()
    slugs = [row["slug"] for row in listed["results"]]
    assert slugs == [p.slug for p in Audience.objects.professions()]
    health = Client().get("/api/professions/health-care/").json()
    assert health["url"].endswith("/for/health-care/")
    assert "health-care-trafficking-response" in health["protocols"]
    draft = make_protocol(title="Draft API protocol", status=Status.DRAFT)
    draft.disciplines.add(Audience.objects.get(slug="health-care"))
    again = Client().get("/api/professions/health-care/").json()
    assert draft.slug not in again["protocols"], "public only"
    assert Client().get("/api/professions/general-public/").status_code == 404
