"""Guides: plain answers, each linking to the laws it explains and its sources, with
the help numbers on the page; found where every record is found."""

import pytest
from django.test import Client

from network_site.records import publishing
from network_site.records.models import Status
from resources.models import Guide
from tests.factories import make_law, relate

pytestmark = pytest.mark.django_db

DEMO_GUIDES = {
    "is-this-trafficking": "Is this trafficking?",
    "what-help-can-i-get": "What help can I get?",
    "clearing-your-record": "Clearing your record",
    "talking-to-police": "Talking to police: your rights",
    "worried-about-someone": "Worried about someone you love?",
}


def test_the_demo_guides_answer_the_questions_people_ask():
    guides = Guide.objects.published()
    assert dict(guides.values_list("slug", "title")) == DEMO_GUIDES
    for guide in guides:
        page = Client().get(guide.get_absolute_url()).content.decode()
        assert 'class="help-box"' in page, guide.slug  # the numbers on every guide
        assert "Where these facts come from" in page
        assert guide.laws.exists(), guide.slug
        for law in guide.laws.all():
            assert law.get_absolute_url() in page
        # Headings as questions (the sources and laws sections aside).
        assert all(entry["title"].endswith("?") for entry in guide.toc), guide.slug
    help_guide = Client().get("/guides/what-help-can-i-get/").content.decode()
    assert 'href="tel:+12076247882"' in help_guide  # the program's number, tappable
    assert "within five days" in help_guide and "within three years" in help_guide


def test_a_guide_lists_only_published_laws_and_drafts_are_not_shown():
    law = make_law(title="Law the guide explains")
    draft_law = make_law(title="Unpublished law", status=Status.DRAFT)
    guide = publishing.save(
        Guide(
            title="Test guide?",
            slug="test-guide",
            summary="For testing.",
            body="## Why?\n\nBecause.",
            status=Status.PUBLISHED,
        )
    )
    relate(guide, laws=[law, draft_law])
    page = Client().get("/guides/test-guide/").content.decode()
    assert "Law the guide explains" in page and "Unpublished law" not in page
    publishing.move(guide, Status.DRAFT)
    assert Client().get("/guides/test-guide/").status_code == 404
    assert "Test guide?" not in Client().get("/guides/").content.decode()


def test_guides_are_in_the_list_home_search_sitemap_and_api():
    client = Client()
    listing = client.get("/guides/").content.decode()
    assert all(f"/guides/{slug}/" in listing for slug in DEMO_GUIDES)
    assert "/guides/is-this-trafficking/" in client.get("/").content.decode()
    assert "/guides/is-this-trafficking/</loc>" in client.get("/sitemap.xml").content.decode()
    api = client.get("/api/guides/is-this-trafficking/").json()
    assert api["title"] == "Is this trafficking?"
    assert "maine-sex-trafficking" in api["laws"]
    results = client.get("/search/", {"q": "sealed conviction"}).content.decode()
    assert "/guides/clearing-your-record/" in results
