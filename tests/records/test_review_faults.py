"""Faults found by attacking the workshop (issue: nobody slips past review): each test
reproduces one and failed before its fix."""

import logging
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status, Update
from tests.factories import make_law
from tests.records.test_staff_roles_review_and_sign_in import change_url, law_post, staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(staff("eddie", "Editor"))
    return client


def test_an_editor_cannot_publish_through_history_revert(editor_client):
    """1. A publisher unpublishes a law; the editor posts the revert form of its
    published version: the law must stay a draft."""
    law = make_law(title="Once public")
    publishing.move(law, Status.DRAFT)
    oldest = law.history.order_by("history_date").first()
    assert oldest.status == Status.PUBLISHED
    url = reverse("admin:laws_law_simple_history", args=[law.pk, oldest.history_id])
    data = law_post(law, title="Once public")
    data.pop("status")  # read-only on the revert form
    editor_client.post(url, data)
    law.refresh_from_db()
    assert law.status == Status.DRAFT
    assert law.published_by is None or law.published_by.username != "eddie"
    assert Client().get(law.get_absolute_url()).status_code == 404


def test_an_editor_cannot_change_the_shared_vocabulary(editor_client):
    """2. Topic and audience names show on public pages at once: publishers only."""
    editor = {p.codename for p in Group.objects.get(name="Editor").permissions.all()}
    assert not {"add_topic", "change_topic", "add_audience", "change_audience"} & editor
    publisher = {p.codename for p in Group.objects.get(name="Publisher").permissions.all()}
    assert {"add_topic", "change_topic", "add_audience", "change_audience"} <= publisher
    response = editor_client.get(reverse("admin:vocabulary_topic_add"))
    assert response.status_code == 403


def test_withdrawing_a_never_published_draft_reveals_nothing():
    """3. A record that was never public has nothing to withdraw: it stays a 404."""
    draft = make_law(title="Never shown to anyone", status=Status.DRAFT)
    publishing.move(draft, Status.WITHDRAWN)
    client = Client()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(draft.get_permanent_url()).status_code == 404
    assert not Update.objects.filter(title="Never shown to anyone").exists()
    for url in ("/updates/", "/updates/feed/", f"/api/laws/{draft.slug}/"):
        assert "Never shown to anyone" not in client.get(url).content.decode(), url


def test_did_you_mean_forgets_words_of_unpublished_records():
    """4. The vocabulary follows unpublishing and withdrawal."""
    kept = make_law(title="Quokkalike statute", summary="About platypoid matters.")
    client = Client()
    assert client.get("/search/", {"q": "platypod"}).context["results"].suggestion == "platypoid"
    publishing.move(kept, Status.DRAFT)
    assert client.get("/search/", {"q": "platypod"}).context["results"].suggestion == ""


def test_the_feed_sends_change_notes_as_text():
    """13. A note is plain text: markup in it must not become live HTML in a reader."""
    law = make_law(change_note='<img src=x onerror="alert(1)"> Clearer wording.')
    feed = Client().get("/updates/feed/").content.decode()
    root = ET.fromstring(feed)
    atom = "{http://www.w3.org/2005/Atom}"
    summaries = [
        e.find(f"{atom}summary")
        for e in root.findall(f"{atom}entry")
        if law.title in e.find(f"{atom}title").text
    ]
    summary = summaries[0]
    # As the reader sees it after decoding type="html": escaped text, no element.
    assert "<img" not in summary.text
    assert "&lt;img" in summary.text


def test_after_a_refused_next_staff_land_on_the_admin_index():
    """15. A refused next= (not an open redirect) still lands somewhere that exists."""
    staff("sam", "Publisher")
    client = Client()
    response = client.post(
        reverse("admin:login") + "?next=https://evil.example/",
        {"username": "sam", "password": "a-long-test-password", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_a_bad_host_header_logs_one_line_at_warning(client, caplog):
    """18. Anyone can send a bad Host: one warning line, no traceback at ERROR."""
    with caplog.at_level(logging.INFO, logger="django.security.DisallowedHost"):
        response = client.get("/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    records = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert records and all(r.levelno == logging.WARNING for r in records)
    assert all(r.exc_info is None for r in records)


def test_the_search_page_names_its_search_form(client):
    """20. A search landmark has a name; the search page has one (the header's stays
    away, so a reader meets one search box)."""
    html = client.get("/search/", {"q": "trafficking"}).content.decode()
    labels = [
        form.split('aria-label="', 1)[1].split('"', 1)[0]
        for form in html.split('role="search"')[1:]
        if 'aria-label="' in form.split(">", 1)[0]
    ]
    assert labels == ["Search the library again"], labels


def test_law_post_helper_still_edits(editor_client):
    """The helpers these tests share still make a valid editor change."""
    law = make_law(status=Status.DRAFT)
    assert editor_client.post(change_url(law), law_post(law, title="Renamed")).status_code == 302
    assert Law.objects.get(pk=law.pk).title == "Renamed"


def test_missing_two_factor_devices_are_404_not_500(admin_client):
    """14. The device admin's config and QR code pages for a missing device."""
    for page in ("config", "qrcode"):
        response = admin_client.get(f"/admin/otp_totp/totpdevice/999999/{page}/")
        assert response.status_code == 404, page


def test_only_our_own_uploaded_images_reach_a_page(admin_client):
    """17. Images from other sites are removed, and the editor says so."""
    from network_site.markup import render

    html = render(
        "![a](https://tracker.example/pixel.png) ![b](/media/images/" + "a" * 32 + ".png)"
    ).html
    assert "tracker.example" not in html
    assert 'src="/media/images/' in html
    form = admin_client.get(reverse("admin:laws_law_add")).content.decode()
    assert "Images linked from other sites are removed" in form


@pytest.fixture
def publisher_client():
    client = Client()
    client.force_login(staff("pat", "Publisher"))
    return client


def revert_form(client, law, version) -> tuple[str, dict]:
    """The revert page of an earlier version, and what the browser would post from it."""
    import re

    url = reverse("admin:laws_law_simple_history", args=[law.pk, version.history_id])
    page = client.get(url).content.decode()
    base = re.search(r'name="base_revision" value="(\d+)"', page).group(1)
    data = law_post(Law.objects.get(pk=law.pk), title=version.title, base_revision=base)
    return url, data


def test_an_earlier_version_can_be_restored_and_revisions_stay_unique(publisher_client):
    """5 and 6. Restoring any earlier version works, as one new revision."""
    law = make_law(title="First wording")
    for title in ("Second wording", "Third wording"):
        law.title = title
        publishing.save(law)
    first = law.history.order_by("history_date").first()
    opened_before = law_post(Law.objects.get(pk=law.pk), title="A stale edit")
    url, data = revert_form(publisher_client, law, first)
    response = publisher_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    law.refresh_from_db()
    assert law.title == "First wording"
    revisions = list(law.history.order_by("history_date").values_list("revision", flat=True))
    assert len(revisions) == len(set(revisions)) and revisions == sorted(revisions)
    # A form opened before the revert is now refused, not saved over it.
    stale = publisher_client.post(change_url(law), opened_before)
    assert stale.status_code == 200 and "Someone else saved" in stale.content.decode()
    assert Law.objects.get(pk=law.pk).title == "First wording"


def test_line_endings_from_the_browser_are_no_change(editor_client):
    """8. Browsers send CRLF; a field the editor did not touch is not a change."""
    from network_site.records.models import PendingRevision
    from network_site.records.review import changes

    law = make_law(other_names="Alias one\nAlias two", summary="Old words.")
    data = law_post(law, other_names="Alias one\r\nAlias two", summary="New\r\nwords.")
    assert editor_client.post(change_url(law), data).status_code == 302
    held = PendingRevision.objects.get(object_id=law.pk)
    assert [str(row["field"]) for row in changes(held)] == ["summary"]
    assert held.data["summary"] == "New\nwords."


def test_approving_applies_only_what_the_editor_changed(editor_client, publisher_client):
    """7. A held edit of one field never undoes a later edit of another, and one that
    would undo a later edit of the same field is refused with both values shown."""
    from network_site.records.models import PendingRevision

    law = make_law(title="Publisher's title", session_law="P.L. 2019, c. 1")
    data = law_post(law, session_law="P.L. 2023, c. 316")
    assert editor_client.post(change_url(law), data).status_code == 302
    held = PendingRevision.objects.get(object_id=law.pk)
    assert set(held.data) == {"session_law"}

    law.title = "A later title"
    publishing.save(law)
    review = reverse("admin:review-revision", args=[held.pk])
    publisher_client.post(review, {"approve": "1"})
    law.refresh_from_db()
    assert (law.title, law.session_law) == ("A later title", "P.L. 2023, c. 316")

    # Now a held edit of session_law, then a publisher's own edit of it.
    data = law_post(law, session_law="P.L. 2024, c. 9")
    editor_client.post(change_url(law), data)
    second = PendingRevision.objects.get(object_id=law.pk, state="waiting")
    law.session_law = "P.L. 2025, c. 2"
    publishing.save(law)
    page = publisher_client.get(review.replace(str(held.pk), str(second.pk))).content.decode()
    assert "Changed since it was proposed" in page and "P.L. 2025, c. 2" in page
    response = publisher_client.post(
        reverse("admin:review-revision", args=[second.pk]), {"approve": "1"}, follow=True
    )
    assert "Not approved" in response.content.decode()
    law.refresh_from_db()
    assert law.session_law == "P.L. 2025, c. 2"
    second.refresh_from_db()
    assert second.state == "waiting"


def test_a_rejected_held_edit_leaves_no_file_behind(publisher_client):
    """19. A PDF attached in a held edit is removed when the edit is rejected."""
    from django.core.files.storage import default_storage
    from django.core.files.uploadedfile import SimpleUploadedFile

    from network_site.records.models import PendingRevision
    from tests.factories import make_protocol
    from tests.test_admin import protocol_form

    protocol = make_protocol(slug="child-welfare-screening")
    editor = Client()
    editor.force_login(staff("erin", "Editor"))
    pdf = SimpleUploadedFile("New.pdf", b"%PDF-1.7\n%held\n", content_type="application/pdf")
    form = {**protocol_form(status=Status.PUBLISHED), "attachment": pdf}
    form["base_revision"] = protocol.revision
    url = reverse("admin:protocols_protocol_change", args=[protocol.pk])
    assert editor.post(url, form).status_code == 302
    held = PendingRevision.objects.get(object_id=protocol.pk)
    stored = held.data["attachment"]
    assert stored and default_storage.exists(stored)
    publisher_client.post(
        reverse("admin:review-revision", args=[held.pk]), {"reject": "1", "reason": "Wrong file."}
    )
    assert not default_storage.exists(stored)


def test_history_reads_as_words(publisher_client):
    """9. Long texts as the words removed and added, labels not raw values, relations
    by title, no "(pk=None)"."""
    long_text = "\n\n".join(f"Paragraph {n} stays as it was." for n in range(60))
    law = make_law(summary=long_text + "\n\nThe old closing words.")
    replacement = make_law(title="The newer law")
    law.summary = long_text + "\n\nThe new closing words."
    law.status = Status.WITHDRAWN
    law.replaced_by = replacement
    publishing.save(law)
    page = publisher_client.get(reverse("admin:laws_law_history", args=[law.pk]))
    html = page.content.decode()
    assert "chars]" not in html and "pk=None" not in html
    assert "<del>" in html and "<ins>" in html and "new</ins>" in html
    assert "Paragraph 3 stays" not in html  # unchanged paragraphs are not repeated
    assert "Published&nbsp;&rarr;&nbsp;&nbsp;Withdrawn" in html
    assert "(none)&nbsp;&rarr;&nbsp;&nbsp;" in html and "The newer law" in html
