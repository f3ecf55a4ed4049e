"""The one rule for "public": no public surface shows a draft.

Every list, related list, count, filter, feed, sitemap, API response and search result
gets a draft beside a published record, and must not show the draft. Each test here
fails when the published()/public() filter behind its surface is removed.
"""

import pytest
from django.urls import reverse

from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status
from network_site.records.registry import listed_kinds, record_kinds, tagged_kinds
from network_site.vocabulary.models import Topic
from protocols.models import Protocol
from resources.models import Resource
from tests.factories import copy_of, make_law, make_protocol, make_resource, make_topic, relate

pytestmark = pytest.mark.django_db
HIDDEN = "Hidden draft"  # in every draft's title
HIDDEN_SLUG = "hidden-draft"  # in every draft's slug
SEARCHED = "quetzalcoatlus"  # a word every record here uses, and no other


@pytest.fixture
def library():
    """Published records, each with drafts beside it wherever a page could list one."""
    topic = Topic.objects.get(slug="sex-trafficking")
    draft_topic = make_topic(name="Draft-only topic", slug="draft-only-topic")
    law = make_law(title="Visible law", summary=f"About {SEARCHED}.")
    # Published once, then taken back: its updates entry stays in the database.
    draft_law = make_law(title=f"{HIDDEN} law", slug=f"{HIDDEN_SLUG}-law", summary=SEARCHED)
    publishing.move(draft_law, Status.DRAFT)
    resource = make_resource(title="A visible resource")
    draft_resource = make_resource(
        title=f"{HIDDEN} resource", slug=f"{HIDDEN_SLUG}-resource", status=Status.DRAFT
    )
    protocol = make_protocol(title="Visible protocol")
    draft_protocol = make_protocol(
        title=f"{HIDDEN} protocol", slug=f"{HIDDEN_SLUG}-protocol", status=Status.DRAFT
    )
    for record in (law, resource, protocol):
        relate(record, topics=[topic])
    for record in (draft_law, draft_resource, draft_protocol):
        relate(record, topics=[topic, draft_topic])
    relate(law, related_laws=[draft_law])
    relate(protocol, related_laws=[law, draft_law], related_resources=[resource, draft_resource])
    relate(draft_protocol, related_laws=[law])
    return {"law": law, "protocol": protocol, "resource": resource, "draft_law": draft_law}


def shows_no_draft(client, url: str, *, filters: bool = False) -> str:
    """The page's text, once shown to hold no draft (and, for a list, no filter option
    that only drafts use)."""
    response = client.get(url)
    assert response.status_code == 200, url
    text = response.content.decode()
    assert HIDDEN not in text, url
    assert HIDDEN_SLUG not in text, url
    if filters:
        assert "Draft-only topic" not in text, url
    return text


@pytest.mark.parametrize("url", ["/laws/", "/protocols/", "/resources/"])
def test_library_lists_and_their_filters(client, library, url):
    text = shows_no_draft(client, url, filters=True)
    assert "visible" in text.lower()
    kind = client.get(url).context["paginator"].count
    model = {"/laws/": Law, "/protocols/": Protocol, "/resources/": Resource}[url]
    assert kind == model.objects.published().count()


def test_home_lists_and_counts(client, library):
    shows_no_draft(client, "/")
    counts = {row["kind"]: row["count"] for row in client.get("/").context["cards"]}
    assert counts[Law] == Law.objects.published().count()
    assert counts[Protocol] == Protocol.objects.published().count()
    assert counts[Resource] == Resource.objects.published().count()


def test_topic_page_lists_and_counts(client, library):
    shows_no_draft(client, "/topics/sex-trafficking/")
    sections = client.get("/topics/sex-trafficking/").context["sections"]
    assert [s["count"] for s in sections] == [
        model.in_library().filter(**{f"{relation}__slug": "sex-trafficking"}).count()
        for model, relation in tagged_kinds(Topic, listed_kinds())
    ]


def test_law_page_related_laws_protocols_and_resources(client, library):
    text = shows_no_draft(client, library["law"].get_absolute_url())
    assert "Visible protocol" in text and "A visible resource" in text


def test_protocol_page_related_laws_and_resources(client, library):
    text = shows_no_draft(client, library["protocol"].get_absolute_url())
    assert "Visible law" in text and "A visible resource" in text


def test_updates_and_feed(client, library):
    assert "Visible law" in shows_no_draft(client, "/updates/")
    assert "Visible law" in shows_no_draft(client, "/updates/feed/")


def test_sitemap(client, library):
    assert library["law"].get_absolute_url() in shows_no_draft(client, "/sitemap.xml")


@pytest.mark.parametrize("kind", ["laws", "protocols", "resources"])
def test_api_lists_and_related_records(client, library, kind):
    data = client.get(f"/api/{kind}/").json()
    assert HIDDEN_SLUG not in str(data)
    model = {"laws": Law, "protocols": Protocol, "resources": Resource}[kind]
    assert data["count"] == model.objects.published().count()


def test_api_record_and_its_related_laws(client, library):
    protocol = client.get(f"/api/protocols/{library['protocol'].slug}/").json()
    assert protocol["related_laws"] == [library["law"].slug]
    law = client.get(f"/api/laws/{library['law'].slug}/").json()
    assert law["related_laws"] == []
    assert client.get(f"/api/laws/{library['draft_law'].slug}/").status_code == 404


def test_search_results_and_counts(client, library):
    results = client.get("/search/", {"q": SEARCHED}).context["results"]
    assert [hit.title for hit in results.hits] == ["Visible law"]
    assert results.total == 1


def test_a_draft_has_no_address(client, library):
    draft = library["draft_law"]
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(draft.get_permanent_url()).status_code == 404


def test_a_withdrawn_record_never_points_to_a_draft(client, library):
    withdrawn = make_law(title="Old law", replaced_by=library["draft_law"])
    publishing.move(withdrawn, Status.WITHDRAWN)
    response = client.get(withdrawn.get_absolute_url())
    assert response.status_code == 410
    assert HIDDEN not in response.content.decode()
    api = client.get(f"/api/laws/{withdrawn.slug}/")
    assert api.status_code == 410 and api.json()["replaced_by"] is None


def test_sitemap_dates_come_from_published_records_only(client, library):
    """A draft's edit must not show as a change to the list or topic it would be on."""
    import xml.etree.ElementTree as ET
    from datetime import UTC, datetime

    long_ago = datetime(2020, 1, 2, 12, tzinfo=UTC)
    for model in record_kinds():
        model.objects.published().update(updated_at=long_ago)
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    root = ET.fromstring(client.get("/sitemap.xml").content)
    lastmod = {u.find(f"{ns}loc").text: u.find(f"{ns}lastmod").text for u in root.iter(f"{ns}url")}
    assert lastmod["http://testserver/laws/"].startswith("2020-01-02")
    assert lastmod["http://testserver/topics/sex-trafficking/"].startswith("2020-01-02")


# --- Every kind, from the registry: a new kind is covered with no edit here -----------


def draft_copy(kind: type) -> object:
    """A draft beside one of the kind's published records, with its relations, so every
    page that lists the original would list the draft too, were the rule behind it
    removed."""
    original = kind.objects.published().order_by("pk").first()
    assert original is not None, f"{kind.__name__} brings demo content (manage.py check)"
    return copy_of(
        original,
        title=f"{HIDDEN} {kind.__name__} {SEARCHED}",
        slug=f"{HIDDEN_SLUG}-{kind._meta.model_name}",
        status=Status.DRAFT,
    )


@pytest.fixture
def every_kind_with_a_draft():
    return {kind: draft_copy(kind) for kind in record_kinds()}


def test_no_kinds_draft_shows_on_any_page_list_feed_or_api(client, every_kind_with_a_draft):
    from network_site.vocabulary.models import Audience

    urls = ["/", "/updates/", "/updates/feed/", "/sitemap.xml", "/topics/", "/for/"]
    urls += [topic.get_absolute_url() for topic in Topic.objects.all()]
    urls += [profession.get_absolute_url() for profession in Audience.objects.professions()]
    for kind, draft in every_kind_with_a_draft.items():
        assert client.get(draft.get_absolute_url()).status_code == 404, kind
        assert client.get(draft.get_permanent_url()).status_code == 404, kind
        if kind.list_route:
            urls.append(reverse(kind.list_route))
        if kind.api_name:
            urls.append(reverse("api:list", args=[kind.api_name]))
            assert (
                client.get(reverse("api:detail", args=[kind.api_name, draft.slug])).status_code
                == 404
            )
    for url in urls:
        shows_no_draft(client, url)


def test_no_kinds_draft_is_found_by_search(client, every_kind_with_a_draft):
    results = client.get("/search/", {"q": SEARCHED}).context["results"]
    assert results.hits == [] and results.total == 0
