"""Following one protocol, law, topic or discipline in a feed reader."""

import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from network_site.records import publishing
from network_site.records.models import Status
from network_site.vocabulary.models import Audience, Topic
from protocols.models import Protocol
from tests.factories import make_law, make_protocol

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(url: str) -> list[dict]:
    response = Client().get(url)
    assert response.status_code == 200, url
    root = ET.fromstring(response.content)
    return [
        {
            "title": entry.find(f"{ATOM}title").text,
            "summary": entry.find(f"{ATOM}summary").text,
            "link": entry.find(f"{ATOM}link").get("href"),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def test_a_protocols_feed_carries_the_note_the_version_and_the_compare_link():
    protocol = make_protocol(title="Screening protocol", slug="screening-protocol")
    protocol.body += "\n\n## Follow-up\n\nCall back within a week."
    protocol.change_note = "Added a follow-up section."
    publishing.save(protocol)
    make_law(title="Another record's change")
    found = entries("/updates/feed/protocol/screening-protocol/")
    assert [e["title"] for e in found] == [
        "Updated: Screening protocol",
        "Published: Screening protocol",
    ]
    latest = found[0]
    assert "Added a follow-up section. (version 2)" in latest["summary"]
    assert latest["link"].endswith("/protocols/screening-protocol/compare/?from=1&to=2")
    page = Client().get(protocol.get_absolute_url()).content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in page
    assert "/updates/feed/protocol/screening-protocol/" in page


def test_a_laws_feed_and_unknown_or_draft_records():
    law = make_law(title="Followed law", slug="followed-law")
    assert [e["title"] for e in entries(f"/updates/feed/law/{law.slug}/")] == [
        "Published: Followed law"
    ]
    draft = make_law(title="Draft law", slug="draft-law", status=Status.DRAFT)
    client = Client()
    assert client.get(f"/updates/feed/law/{draft.slug}/").status_code == 404
    assert client.get("/updates/feed/law/no-such-law/").status_code == 404
    assert client.get("/updates/feed/nothing/followed-law/").status_code == 404


def test_topic_and_discipline_feeds_follow_what_is_tagged():
    topic = Topic.objects.get(slug="labor-trafficking")
    police = Audience.objects.get(slug="law-enforcement")
    tagged = make_law(title="Tagged labor law")
    tagged.topics.add(topic)
    publishing.save(tagged)  # a change after tagging
    make_law(title="Untagged law")
    draft = make_law(title="Hidden draft on the topic", status=Status.DRAFT)
    draft.topics.add(topic)
    on_topic = [e["title"] for e in entries("/updates/feed/topics/labor-trafficking/")]
    assert "Published: Tagged labor law" in on_topic
    assert not any("Untagged" in t or "Hidden draft" in t for t in on_topic)

    for_police = make_protocol(title="Police protocol")
    for_police.disciplines.add(police)
    titles = [e["title"] for e in entries("/updates/feed/disciplines/law-enforcement/")]
    assert "Published: Police protocol" in titles and "Published: Untagged law" not in titles
    assert Client().get("/updates/feed/topics/no-such-topic/").status_code == 404
    page = Client().get("/protocols/", {"discipline": "law-enforcement"}).content.decode()
    assert "/updates/feed/disciplines/law-enforcement/" in page
    topic_page = Client().get(topic.get_absolute_url()).content.decode()
    assert "/updates/feed/topics/labor-trafficking/" in topic_page
    assert Protocol.objects.filter(title="Police protocol").exists()


def test_the_comparison_shows_only_the_changed_section_as_readers_see_it(client):
    body = (
        "## Who it is for {#who}\n\nEvery **officer** on patrol.\n\n"
        "## First steps {#first}\n\nSeparate the young person **calmly**.\n\n"
        "## Reporting {#report}\n\nCall intake the same day."
    )
    protocol = make_protocol(slug="three-sections", body=body)
    protocol.body = body.replace("the same day.", "within the hour.")
    protocol.change_note = "Report sooner."
    publishing.save(protocol)
    html = client.get("/protocols/three-sections/compare/").content.decode()
    changed = html.split("<h1>", 1)[1]
    assert '<a href="/protocols/three-sections/#report">Reporting</a>' in changed
    assert "<del>same day.</del>" in changed and "<ins>hour.</ins>" in changed
    assert "Report sooner." in changed
    # Unchanged sections are named, folded, their text not repeated; no Markdown shows.
    assert "2 sections unchanged" in changed and "Separate the young person" not in changed
    assert "**" not in changed and "##" not in changed and "{#" not in changed
