"""Nothing reaches the public without a publisher: each side door found (a draft session
law, History -> Revert, a draft taking an old address, "Mark reviewed", the link check,
alerts for a record taken back) redone as an editor would, and the rules that keep them
shut (no signal and no bulk update writes public state)."""

import ast
import http.server
import threading
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db.models.signals import post_delete, post_save
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from laws.models import Law, LawChange, LegislativeSession, SessionLaw
from network_site.alerts.models import OutgoingMail
from network_site.pages.models import Contact, HelpLine, SitePage
from network_site.records import publishing
from network_site.records.models import PendingRevision, Status, Update
from network_site.records.registry import content_models
from network_site.vocabulary.models import Audience, Topic
from resources.models import Resource
from tests.admin_forms import form_fields
from tests.alerts.test_follow_by_email import follow_and_confirm
from tests.factories import make_law, make_resource
from tests.records.test_staff_roles_review_and_sign_in import Links

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def public_view(law: Law) -> tuple[str, dict]:
    """What the public reads of a law: its page's main text and its API entry."""
    page = Client().get(law.get_absolute_url()).content.decode()
    return page.split("<main", 1)[1], Client().get(f"/api/laws/{law.slug}/").json()


def add_session_law_as(client, laws_changed, **fields) -> SessionLaw:
    """Add a session law in the admin, with one change row per (law, action)."""
    url = reverse("admin:laws_sessionlaw_add")
    data = form_fields(client.get(url).content.decode(), "sessionlaw_form")
    data.update(
        {
            "title": "An Act to test the gate",
            "slug": "pl-2026-c-999",
            "jurisdiction": "maine",
            "session": str(LegislativeSession.objects.get(slug="maine-131st-legislature").pk),
            "citation": "P.L. 2026, c. 999",
            "approved_on": "2026-06-01",
            "official_url": "https://legislature.maine.gov/example",
            "source_words": "APPROVED JUNE 1, 2026 BY GOVERNOR, CHAPTER 999",
            "last_checked": "2026-06-02",
            "summary": "What it did.",
            "status": Status.DRAFT,
            "changes-TOTAL_FORMS": str(len(laws_changed)),
            **fields,
        }
    )
    for n, (law, action) in enumerate(laws_changed):
        data[f"changes-{n}-law"] = str(law.pk)
        data[f"changes-{n}-action"] = action
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    return SessionLaw.objects.get(slug=data["slug"])


# --- 1. A draft session law changes nothing public ------------------------------------


def test_an_editors_draft_session_law_changes_no_live_law(editor, admin_client):
    law = Law.objects.get(citation="5 M.R.S. § 3360-C")
    before = public_view(law)
    assert "P.L. 2023, c. 474" in before[0]
    draft = add_session_law_as(editor, [(law, LawChange.Action.AMENDED)])
    assert draft.status == Status.DRAFT
    assert public_view(law) == before
    # Deleted again (a superuser deletes drafts): still nothing changed.
    delete = reverse("admin:laws_sessionlaw_delete", args=[draft.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 302
    assert public_view(law) == before


def test_facts_a_publisher_entered_are_never_reset_by_a_draft(editor, publisher):
    law = make_law(title="Marked repealed by hand")
    url = reverse("admin:laws_law_change", args=[law.pk])
    data = form_fields(publisher.get(url).content.decode(), "law_form")
    data.update(
        {"legal_status": "repealed", "repealed_on": "2020-01-01", "session_law": "P.L. 2019"}
    )
    assert publisher.post(url, data).status_code == 302
    law.refresh_from_db()
    assert law.legal_status == "repealed"
    add_session_law_as(editor, [(law, LawChange.Action.AMENDED)])
    law.refresh_from_db()
    assert (law.legal_status, law.repealed_on, law.session_law) == (
        "repealed",
        date(2020, 1, 1),
        "P.L. 2019",
    )
    # Published, the session law's amendment is in effect...
    session_law = SessionLaw.objects.get(slug="pl-2026-c-999")
    publishing.move(session_law, Status.PUBLISHED)
    law.refresh_from_db()
    assert law.session_law == "P.L. 2026, c. 999"
    # ... and taken back, what the publisher entered is back.
    publishing.move(session_law, Status.DRAFT)
    law.refresh_from_db()
    assert (law.legal_status, law.repealed_on, law.session_law) == (
        "repealed",
        date(2020, 1, 1),
        "P.L. 2019",
    )


def test_a_published_repeal_is_a_public_change_of_the_law_sent_to_its_followers(publisher):
    law = make_law(title="A crime to be repealed", slug="to-be-repealed")
    follow_and_confirm(f"/alerts/follow/law/{law.slug}/", "reader@example.org")
    OutgoingMail.objects.all().delete()
    add_session_law_as(publisher, [(law, LawChange.Action.REPEALED)], status=Status.PUBLISHED)
    law.refresh_from_db()
    assert law.legal_status == "repealed"
    update = Update.objects.filter(object_id=law.pk, title=law.title).first()
    assert update is not None and "Repealed by P.L. 2026, c. 999" in update.note
    assert "Repealed by P.L. 2026, c. 999" in Client().get("/updates/").content.decode()
    feed = reverse("record-feed", kwargs={"kind": "law", "slug": law.slug})
    assert "Repealed by P.L. 2026, c. 999" in Client().get(feed).content.decode()
    alert = OutgoingMail.objects.get(subscriber__email="reader@example.org")
    assert "Repealed by P.L. 2026, c. 999" in alert.body


def test_a_change_taking_effect_later_says_so_and_flips_on_its_day():
    law = make_law(title="Amended next month")
    coming = timezone.localdate() + timedelta(days=30)
    session_law = SessionLaw(
        title="An Act for later",
        slug="pl-later",
        jurisdiction="maine",
        session=LegislativeSession.objects.get(slug="maine-131st-legislature"),
        citation="P.L. 2026, c. 998",
        approved_on=timezone.localdate(),
        effective_on=coming,
        official_url="https://legislature.maine.gov/example",
        summary="Later.",
        status=Status.PUBLISHED,
    )
    publishing.save(
        session_law,
        parts=lambda: LawChange.objects.create(session_law=session_law, law=law, action="repealed"),
    )
    law.refresh_from_db()
    assert law.legal_status == "in_force"
    page = Client().get(law.get_absolute_url()).content.decode()
    assert "Coming change:" in page and coming.strftime("%B %-d, %Y") in page
    with time_machine.travel(timezone.make_aware(datetime.combine(coming, time(12))), tick=False):
        call_command("follow_due_changes", verbosity=0)
        law.refresh_from_db()
        assert law.legal_status == "repealed" and law.repealed_on == coming
        page = Client().get(law.get_absolute_url()).content.decode()
        assert "This law has been repealed" in page and "Coming change:" not in page
    assert Update.objects.filter(object_id=law.pk, note__startswith="Repealed by").exists()


# --- 2. History -> Revert on every model ----------------------------------------------


@pytest.mark.parametrize(
    "model,field,lookup",
    [
        (HelpLine, "phone", {}),
        (Topic, "name", {}),
        (Audience, "name", {}),
        (SitePage, "intro", {"slug": "get-help"}),
        (Contact, "phone", {}),
    ],
)
def test_an_editor_cannot_change_site_content_through_history(
    editor, admin_client, model, field, lookup
):
    obj = model.objects.filter(**lookup).first()
    version = obj.history.order_by("history_date").first()
    meta = model._meta
    url = reverse(
        f"admin:{meta.app_label}_{meta.model_name}_simple_history",
        args=[obj.pk, version.history_id],
    )
    data = form_fields(admin_client.get(url).content.decode())
    assert data, "the revert form as a browser sends it"
    data[field] = "207-555-0199"
    home = Client().get("/").content
    assert editor.post(url, data).status_code == 403
    obj.refresh_from_db()
    assert getattr(obj, field) != "207-555-0199"
    assert Client().get("/").content == home


def test_a_publisher_reverts_a_help_number_and_every_page_shows_it(publisher):
    line = HelpLine.objects.order_by("position").first()
    old_phone = line.phone
    publishing.save_shared(line)  # a second version to go back from
    line.phone = "207-555-0100"
    publishing.save_shared(line)
    version = line.history.filter(phone=old_phone).order_by("history_date").first()
    url = reverse("admin:pages_helpline_simple_history", args=[line.pk, version.history_id])
    data = form_fields(publisher.get(url).content.decode())
    assert publisher.post(url, data).status_code == 302
    assert old_phone in Client().get("/").content.decode()


def test_an_editors_revert_of_a_live_record_holds_its_relations_too(editor):
    law = make_law(title="Tagged law")
    first, second = Topic.objects.all()[:2]
    law.topics.set([first])
    publishing.save(law)  # the version an editor goes back to
    law.topics.set([second])
    publishing.save(law)
    version = law.history.order_by("history_date").first()
    url = reverse("admin:laws_law_simple_history", args=[law.pk, version.history_id])
    data = form_fields(editor.get(url).content.decode())
    data["topics"] = [str(first.pk)]
    assert editor.post(url, data).status_code == 302
    assert list(law.topics.all()) == [second]
    assert PendingRevision.objects.get(object_id=law.pk).data["topics"] == [first.pk]


# --- 3. Addresses answer forever -------------------------------------------------------


def test_a_draft_cannot_take_a_live_records_old_address(editor, publisher):
    resource = make_resource(title="A renamed resource", slug="old-address")
    url = reverse("admin:resources_resource_change", args=[resource.pk])
    data = form_fields(publisher.get(url).content.decode(), "resource_form")
    data["slug"] = "new-address"
    assert publisher.post(url, data).status_code == 302
    assert Client().get("/resources/old-address/")["Location"] == "/resources/new-address/"
    add = reverse("admin:resources_resource_add")
    data = form_fields(editor.get(add).content.decode(), "resource_form")
    data.update(
        {
            "title": "A new draft",
            "slug": "old-address",
            "url": "https://example.org/draft",
            "publisher": "Someone",
            "description": "A draft.",
            "resource_type": "toolkit",
        }
    )
    response = editor.post(add, data)
    assert response.status_code == 200
    assert "A renamed resource" in response.content.decode()
    assert "still leads to it" in response.content.decode()
    assert not Resource.objects.filter(title="A new draft").exists()
    response = Client().get("/resources/old-address/")
    assert response.status_code == 301 and response["Location"] == "/resources/new-address/"


# --- 4. Review dates mean what they say ------------------------------------------------


def changelist_action(client, model, action: str, records) -> object:
    meta = model._meta
    return client.post(
        reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"),
        {"action": action, "_selected_action": [r.pk for r in records], "index": "0"},
        follow=True,
    )


def test_mark_reviewed_by_an_editor_is_a_proposal(
    editor, publisher, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE = True
    law = make_law(
        title="Reviewed long ago", last_reviewed=date(2020, 5, 1), last_checked=date(2020, 5, 1)
    )
    assert "May 1, 2020" in Client().get(law.get_absolute_url()).content.decode()  # cached
    response = changelist_action(editor, Law, "mark_reviewed", [law])
    assert "Proposed 1 review date" in response.content.decode()
    law.refresh_from_db()
    assert law.last_reviewed == date(2020, 5, 1)
    assert Client().get(f"/api/laws/{law.slug}/").json()["last_reviewed"] == "2020-05-01"
    proposal = PendingRevision.objects.get(object_id=law.pk, state="waiting")
    assert proposal.data == {"last_reviewed": timezone.localdate().isoformat()}
    # A publisher's word reaches the page, through the page cache too.
    with django_capture_on_commit_callbacks(execute=True):
        changelist_action(publisher, Law, "mark_reviewed", [law])
    today = timezone.localdate().strftime("%B %-d, %Y")
    assert today in Client().get(law.get_absolute_url()).content.decode()


def test_the_link_check_never_claims_a_law_was_checked_against_its_text(settings):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Links)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ok = f"http://127.0.0.1:{server.server_port}/ok"
    for kind in (Law, Resource):
        kind.objects.exclude(status=Status.WITHDRAWN).update(status=Status.WITHDRAWN)
    law = make_law(official_url=ok, last_checked=date(2020, 1, 1), summary="No links.")
    resource = make_resource(url=ok)
    try:
        call_command("check_links", "--timeout", "2", "--workers", "2", verbosity=0)
    finally:
        server.shutdown()
    law.refresh_from_db()
    resource.refresh_from_db()
    assert law.link_status == "ok" and law.last_checked == date(2020, 1, 1)
    assert resource.link_status == "ok" and resource.last_checked == timezone.localdate()


# --- 5. Alerts follow what is public when they are sent -------------------------------


def test_an_alert_for_a_record_taken_back_before_sending_sends_nothing(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    law = make_law(slug="taken-back")
    follow_and_confirm("/alerts/follow/law/taken-back/", "reader@example.org")
    call_command("send_alerts", verbosity=0)
    mail.outbox.clear()
    law.change_note = "A correction."
    publishing.save(law)
    assert OutgoingMail.objects.filter(purpose="alert").exists()
    publishing.move(law, Status.DRAFT)
    call_command("send_alerts", verbosity=0)
    assert mail.outbox == []
    assert not OutgoingMail.objects.filter(purpose="alert", sent_at__isnull=True).exists()


# --- The rules that keep the side doors shut -------------------------------------------

# The receivers allowed on content models: the page cache's (it only marks pages stale)
# and django-simple-history's (it keeps the staff's history).
ALLOWED_RECEIVER_MODULES = ("network_site.records.page_cache", "simple_history.")


def test_no_signal_receiver_writes_content():
    for model in {*content_models(), HelpLine, SitePage, Contact}:
        for signal in (post_save, post_delete):
            for receiver in signal._live_receivers(model)[0]:
                module = getattr(receiver, "__module__", "") or type(receiver).__module__
                assert module.startswith(ALLOWED_RECEIVER_MODULES), (model, receiver)


# Bulk updates allowed outside the gate, each writing nothing a public page shows.
UPDATE_ALLOWED = {
    "network_site/records/publishing.py": "the gate itself",
    "network_site/records/models.py": "the page cache's content version token",
    "network_site/admin.py": "deactivating staff accounts",
}


def on_a_queryset(receiver: ast.expr) -> bool:
    """`Model.objects.update`, `....filter(...).update`, `queryset.update`: not a dict's."""
    return (
        isinstance(receiver, ast.Call)
        or (isinstance(receiver, ast.Attribute) and receiver.attr == "objects")
        or (isinstance(receiver, ast.Name) and receiver.id in ("queryset", "records"))
    )


def test_no_bulk_update_outside_the_gate():
    """No `<queryset>.update(...)` in the site's code but where listed above."""
    found = []
    for path in ROOT.glob("*/**/*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith((".venv/", "tests/", "bench/")) or "/migrations/" in relative:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "update"
                and on_a_queryset(node.func.value)
                and relative not in UPDATE_ALLOWED
            ):
                found.append(f"{relative}:{node.lineno}")
    assert found == []
