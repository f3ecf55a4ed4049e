"""The review workshop as staff use it: only real changes are held, a rejection says why,
editors see what became of their proposals, choices need no Ctrl-click, an editor may
propose a new legislative session, and History pages show no template source."""

import pytest
from django.test import Client
from django.urls import reverse

from laws.models import Law, LegislativeSession
from network_site.records.models import PendingRevision
from resources.models import Event
from tests.admin_forms import form_fields
from tests.factories import make_law

pytestmark = pytest.mark.django_db


def change_url(record) -> str:
    meta = record._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])


def resave(client, record, **changes):
    url = change_url(record)
    data = form_fields(client.get(url).content.decode())
    data.update(changes)
    return client.post(url, data, follow=True)


def test_saving_a_live_event_unchanged_holds_nothing(editor):
    """Its times come back from the form in Maine's time, stored in UTC: no change."""
    event = Event.objects.published().first()
    response = resave(editor, event)
    assert "Nothing changed: nothing was sent for review." in response.content.decode()
    assert not PendingRevision.objects.exists()


def test_whitespace_and_markdown_that_reads_the_same_hold_nothing(editor):
    law = make_law(summary="A summary with *emphasis*.")
    resave(editor, law, summary="A summary with _emphasis_.\n\n")
    assert not PendingRevision.objects.exists()
    resave(editor, law, summary="A summary with _emphasis_, and more.")
    held = PendingRevision.objects.get()
    assert list(held.data) == ["summary"]


def test_a_rejection_needs_a_reason_the_editor_then_reads(editor, publisher):
    law = make_law(title="A title to keep")
    resave(editor, law, title="A worse title")
    held = PendingRevision.objects.get()
    queue = editor.get(reverse("admin:review-queue")).content.decode()
    assert "Your proposed changes" in queue and "Waiting for a publisher" in queue
    review = reverse("admin:review-revision", args=[held.pk])
    assert editor.get(review).status_code == 200  # its author may read it
    assert editor.post(review, {"reject": "Reject", "reason": "x"}).status_code == 403
    refused = publisher.post(review, {"reject": "Reject", "reason": "  "})
    assert refused.status_code == 400 and "Say why it is rejected" in refused.content.decode()
    held.refresh_from_db()
    assert held.state == "waiting"
    pasted = publisher.post(review, {"reject": "Reject", "reason": "Keep\x0bthe old title."})
    page = pasted.content.decode()
    assert pasted.status_code == 400 and "hidden control character (U+000B)" in page
    assert "Keep\x0bthe old title.</textarea>" in page, "what was typed is kept"
    held.refresh_from_db()
    assert held.state == "waiting"
    publisher.post(review, {"reject": "Reject", "reason": "The old title is the statute title."})
    held.refresh_from_db()
    assert held.state == "rejected"
    queue = editor.get(reverse("admin:review-queue")).content.decode()
    assert "Rejected by pat" in queue and "The old title is the statute title." in queue
    assert Law.objects.get(pk=law.pk).title == "A title to keep"


def test_several_choices_are_checkboxes(editor):
    page = editor.get(reverse("admin:laws_law_add")).content.decode()
    assert 'type="checkbox" name="topics"' in page
    assert 'type="checkbox" name="related_laws"' in page
    assert '<select name="topics"' not in page


def test_an_editor_proposes_a_legislative_session_that_shows_nowhere_yet(editor):
    add = reverse("admin:laws_legislativesession_add")
    data = form_fields(editor.get(add).content.decode())
    data.update(
        {
            "jurisdiction": "maine",
            "name": "133rd Legislature",
            "slug": "maine-133rd-legislature",
            "first_year": "2027",
            "last_year": "2028",
        }
    )
    assert editor.post(add, data).status_code == 302
    session = LegislativeSession.objects.get(slug="maine-133rd-legislature")
    assert Client().get("/sessions/maine-133rd-legislature/").status_code == 404
    # Changing a session whose name the public reads stays a publisher's act.
    existing = LegislativeSession.objects.get(slug="maine-131st-legislature")
    data = form_fields(editor.get(change_url(session)).content.decode())
    assert editor.post(change_url(existing), {**data, "name": "Renamed"}).status_code == 403


def test_history_pages_show_no_template_source(publisher):
    law = Law.objects.published().first()
    meta = law._meta
    page = publisher.get(
        reverse(f"admin:{meta.app_label}_{meta.model_name}_history", args=[law.pk])
    )
    html = page.content.decode()
    assert page.status_code == 200 and "{#" not in html and "#}" not in html
    assert "{%" not in html
