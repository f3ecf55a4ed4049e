"""Links partners can trust: renames, withdrawals, permanent links, versions, feeds, data."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status
from protocols.models import Protocol
from tests.factories import make_law, make_protocol, make_resource

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rename(record, new_slug: str):
    record.slug = new_slug
    publishing.save(record)
    return record


# --- Permanent URLs -----------------------------------------------------------


def test_a_renamed_slug_redirects_permanently(client):
    law = make_law(slug="old-name")
    rename(law, "new-name")
    response = client.get("/laws/old-name/")
    assert response.status_code == 301
    assert response["Location"] == "/laws/new-name/"
    assert client.get("/laws/new-name/").status_code == 200


def test_a_chain_of_renames_resolves_in_one_hop(client):
    protocol = make_protocol(slug="first")
    rename(protocol, "second")
    rename(protocol, "third")
    for old in ("first", "second"):
        response = client.get(f"/protocols/{old}/")
        assert (response.status_code, response["Location"]) == (301, "/protocols/third/")


def test_pages_under_a_renamed_record_redirect_too(client):
    protocol = make_protocol(slug="before")
    rename(protocol, "after")
    response = client.get("/protocols/before/history/?x=1")
    assert (response.status_code, response["Location"]) == (301, "/protocols/after/history/?x=1")


def test_an_old_address_is_never_given_to_another_record(client):
    first = make_law(slug="shared", title="First holder")
    rename(first, "first-holder")
    with pytest.raises(ValidationError, match="First holder"):
        make_law(slug="shared", title="Second holder")
    response = client.get("/laws/shared/")
    assert response.status_code == 301 and response["Location"] == "/laws/first-holder/"


def test_an_old_slug_of_a_draft_is_not_found(client):
    law = make_law(slug="was-public")
    law.status = Status.DRAFT
    law.slug = "now-draft"
    publishing.save(law)
    assert client.get("/laws/was-public/").status_code == 404


def test_a_withdrawn_record_answers_410_with_a_pointer(client):
    replacement = make_protocol(title="The new protocol")
    protocol = make_protocol(title="The old protocol")
    protocol.status = Status.WITHDRAWN
    protocol.replaced_by = replacement
    protocol.change_note = "Replaced by the 2026 protocol."
    publishing.save(protocol)
    response = client.get(protocol.get_absolute_url())
    assert response.status_code == 410
    html = response.content.decode()
    assert "The old protocol has been withdrawn" in html
    assert "Replaced by the 2026 protocol." in html
    assert f'href="{replacement.get_absolute_url()}"' in html
    assert protocol.withdrawn_at.strftime("%B") in html
    assert "Leave this site" in html  # the site's design, not a bare error
    assert "The old protocol" not in client.get("/protocols/").content.decode()


def test_the_permanent_link_survives_renames(client):
    law = make_law(slug="alpha")
    permanent = law.get_permanent_url()
    assert permanent == f"/p/law/{law.pk}/"
    rename(law, "beta")
    response = client.get(permanent)
    assert (response.status_code, response["Location"]) == (302, "/laws/beta/")
    page = client.get("/laws/beta/").content.decode()
    assert "Permanent link" in page and f"http://testserver{permanent}" in page


@pytest.mark.parametrize("path", ["/p/law/999999/", "/p/nonsense/1/"])
def test_unknown_permanent_links_are_404(client, path):
    assert client.get(path).status_code == 404


def test_a_draft_has_no_public_permanent_link(client):
    law = make_law(status=Status.DRAFT)
    assert client.get(law.get_permanent_url()).status_code == 404


# --- Section links ------------------------------------------------------------


def test_explicit_heading_ids_survive_a_heading_edit(client):
    protocol = make_protocol(body="## Screening questions {#screening}\n\nAsk.")
    protocol.body = "## How to screen a young person {#screening}\n\nAsk gently."
    publishing.save(protocol)
    html = client.get(protocol.get_absolute_url()).content.decode()
    assert '<h2 id="screening">How to screen a young person' in html
    assert 'href="#screening"' in html
    assert 'aria-label="Link to this section: How to screen a young person"' in html


# --- Versions -------------------------------------------------------------------


@pytest.fixture
def revised_protocol():
    protocol = make_protocol(
        title="Screening protocol",
        body="## Steps\n\nAsk the young person privately.\n\nCall intake.",
        version_label="1.0",
    )
    protocol.body = (
        "## Steps\n\nAsk the young person privately, with an interpreter.\n\nCall an advocate."
    )
    protocol.version_label = "1.1"
    protocol.change_note = "Interpreters and advocates added."
    publishing.save(protocol)
    return protocol


def test_publishing_with_a_change_note_makes_a_numbered_version(client, revised_protocol):
    assert [v.number for v in revised_protocol.versions.all()] == [2, 1]
    assert revised_protocol.change_note == ""  # the note belongs to that change only
    html = client.get(revised_protocol.get_absolute_url()).content.decode()
    assert "Version 2" in html and "Version 2 (" not in html  # one way to read it
    history = client.get(reverse("protocols:history", args=[revised_protocol.slug]))
    text = history.content.decode()
    assert "Interpreters and advocates added." in text and "First published." in text


def test_a_small_fix_without_a_note_makes_no_version(revised_protocol):
    revised_protocol.body += "\n\nTypo fixed."
    publishing.save(revised_protocol)
    assert revised_protocol.versions.count() == 2


def test_the_version_number_a_protocol_keeps_follows_its_versions(client, revised_protocol):
    """Page and list read the number kept with the protocol: a fix without a note, or
    an earlier revision restored, leaves it at the newest version."""
    revised_protocol.body += "\n\nTypo fixed."
    publishing.save(revised_protocol)
    earliest = revised_protocol.history.order_by("history_date").first().instance
    earliest.revision = revised_protocol.revision
    publishing.save(earliest)  # the first wording again, with no note
    page = client.get(revised_protocol.get_absolute_url()).content.decode()
    assert "Call intake." in page and "Version 2" in page
    assert "Version 2" in client.get(reverse("protocols:list")).content.decode()


def test_an_old_version_shows_as_it_was_and_says_it_is_superseded(client, revised_protocol):
    old = client.get(reverse("protocols:version", args=[revised_protocol.slug, 1])).content.decode()
    assert "Call intake." in old and "privately, with an interpreter" not in old
    assert "Superseded" in old and "See the current version" in old
    current = client.get(reverse("protocols:version", args=[revised_protocol.slug, 2]))
    assert "Superseded" not in current.content.decode()
    assert (
        client.get(reverse("protocols:version", args=[revised_protocol.slug, 9])).status_code == 404
    )


def test_a_version_has_one_address(client, revised_protocol):
    """Version 1 is /v/1/: written with a leading zero, or as 0, it is not found."""
    first = reverse("protocols:version", args=[revised_protocol.slug, 1])
    assert first.endswith("/v/1/") and client.get(first).status_code == 200
    for written in ("/v/01/", "/v/001/", "/v/0/"):
        assert client.get(first.replace("/v/1/", written)).status_code == 404, written


def test_the_comparison_shows_what_was_removed_and_added(client, revised_protocol):
    response = client.get(reverse("protocols:compare", args=[revised_protocol.slug]))
    html = response.content.decode()
    assert "<del>privately.</del>" in html
    assert "<ins>privately, with an interpreter.</ins>" in html
    assert "<del>intake.</del>" in html and "<ins>an advocate.</ins>" in html
    flipped = client.get(
        reverse("protocols:compare", args=[revised_protocol.slug]), {"from": "2", "to": "x"}
    )
    assert flipped.status_code == 200  # a bad number falls back to the latest


# --- Updates, feed, sitemap, robots ---------------------------------------------


def test_updates_list_changes_newest_first(client):
    law = make_law(title="Freshly published law")
    law.change_note = "Summary rewritten for clarity."
    publishing.save(law)
    html = client.get(reverse("updates")).content.decode()
    entries = [
        item for item in html.split('<li class="record">')[1:] if "Freshly published law" in item
    ]
    assert len(entries) == 2
    assert "Updated" in entries[0] and "Summary rewritten for clarity." in entries[0]
    assert "Published" in entries[1] and "First published." in entries[1]


def parse_feed(client):
    response = client.get(reverse("updates-feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_the_atom_feed_is_valid_and_its_ids_are_stable(client):
    law = make_law(title="Feed law")
    feed = parse_feed(client)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None
        assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", entry.find(f"{ATOM}updated").text)
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(ids) == len(set(ids))
    rename(law, "feed-law-renamed")
    again = [e.find(f"{ATOM}id").text for e in parse_feed(client).findall(f"{ATOM}entry")]
    assert again == ids  # regenerating, even after a rename, keeps every id


def test_drafts_are_not_in_the_feed(client):
    make_law(title="Unpublished thing", status=Status.DRAFT)
    titles = [e.find(f"{ATOM}title").text for e in parse_feed(client).findall(f"{ATOM}entry")]
    assert not any("Unpublished thing" in t for t in titles)


def test_sitemap_lists_every_published_record_and_no_draft(client):
    draft = make_law(status=Status.DRAFT, slug="draft-law-in-sitemap")
    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.content)
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locations = {u.find(f"{ns}loc").text: u.find(f"{ns}lastmod") for u in root.findall(f"{ns}url")}
    for model in (Law, Protocol):
        for record in model.objects.published():
            url = f"http://testserver{record.get_absolute_url()}"
            assert url in locations and locations[url] is not None
    assert f"http://testserver{draft.get_absolute_url()}" not in locations
    assert all(lastmod is not None for lastmod in locations.values())


def test_robots_txt_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "admin" not in text  # its address is not advertised


# --- Structured data --------------------------------------------------------------


def json_ld(html: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def test_law_pages_carry_canonical_open_graph_and_legislation_data(client):
    law = Law.objects.get(citation="18 U.S.C. § 1591")
    html = client.get(law.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="http://testserver{law.get_absolute_url()}">' in html
    assert '<meta property="og:title" content="18 U.S.C. § 1591: ' in html
    data = json_ld(html)
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "18 U.S.C. § 1591"
    assert data["sameAs"] == law.official_url


def test_protocol_pages_carry_document_data_with_a_version(client, revised_protocol):
    data = json_ld(client.get(revised_protocol.get_absolute_url()).content.decode())
    assert data["@type"] == "DigitalDocument"
    assert data["version"] == 2


def test_structured_data_cannot_break_out_of_its_script(client):
    law = make_law(title="</script><script>alert(1)</script>")
    html = client.get(law.get_absolute_url()).content.decode()
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html


# --- JSON for partners' systems ------------------------------------------------------


def test_json_view_of_a_law_has_stable_fields(client):
    law = Law.objects.get(citation="17-A M.R.S. § 852")
    data = client.get(f"/api/laws/{law.slug}/").json()
    expected = {"id", "slug", "title", "url", "permanent_url", "citation", "jurisdiction",
                "legal_status", "summary_html", "official_url", "topics", "updated_at"}  # fmt: skip
    assert expected <= set(data)
    assert data["citation"] == "17-A M.R.S. § 852"


def test_json_lists_each_kind(client):
    for kind, model in (("laws", Law), ("protocols", Protocol)):
        data = client.get(f"/api/{kind}/").json()
        assert data["count"] == model.objects.published().count()


def test_json_never_shows_a_draft_not_even_to_staff(admin_client):
    draft = make_law(status=Status.DRAFT, title="Secret draft")
    assert admin_client.get(f"/api/laws/{draft.slug}/").status_code == 404
    listed = admin_client.get("/api/laws/").json()["results"]
    assert "Secret draft" not in [item["title"] for item in listed]
    assert Client().get("/api/nothing/").status_code == 404


def test_json_follows_renames_and_reports_withdrawals(client):
    resource = make_resource(slug="old-resource")
    rename(resource, "new-resource")
    moved = client.get("/api/resources/old-resource/")
    assert (moved.status_code, moved["Location"]) == (301, "/api/resources/new-resource/")
    resource.status = Status.WITHDRAWN
    publishing.save(resource)
    gone = client.get("/api/resources/new-resource/")
    assert gone.status_code == 410 and gone.json()["error"] == "withdrawn"
