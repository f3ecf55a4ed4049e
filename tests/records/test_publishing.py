"""Drafts stay private; staff preview them at their public URL; publishing shows them."""

import pytest

from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status
from network_site.vocabulary.models import Topic
from tests.factories import make_law, make_protocol, make_resource

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [make_law, make_protocol, make_resource])
def test_draft_is_404_to_the_public(client, factory):
    draft = factory(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("factory", [make_law, make_protocol, make_resource])
def test_staff_preview_a_draft_with_a_banner(staff_client, factory):
    draft = factory(status=Status.DRAFT)
    response = staff_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft preview" in html
    assert "Edit in admin" in html


def test_publishing_makes_a_draft_public(client):
    law = make_law(status=Status.DRAFT, title="Brand-new statute")
    assert "Brand-new statute" not in client.get("/laws/").content.decode()
    law.status = Status.PUBLISHED
    publishing.save(law)
    assert client.get(law.get_absolute_url()).status_code == 200
    assert "Brand-new statute" in client.get("/laws/").content.decode()
    law.refresh_from_db()
    assert law.published_at is not None


def test_drafts_never_appear_in_lists_or_topic_pages(client):
    topic_page = "/topics/sex-trafficking/"
    law = make_law(status=Status.DRAFT, title="Secret draft law")
    law.topics.add(Topic.objects.get(slug="sex-trafficking"))
    for url in ("/", "/laws/", topic_page):
        assert "Secret draft law" not in client.get(url).content.decode()


def test_published_queryset_is_the_one_rule():
    make_law(status=Status.DRAFT)
    assert not Law.objects.published().filter(status=Status.DRAFT).exists()
