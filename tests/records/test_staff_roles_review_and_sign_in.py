"""The staff's workshop: roles on every path, review, history, stale content, link health,
no silent overwrites, a hardened sign-in, and a backup that restores exactly."""

import http.server
import json
import threading
import time
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse

from laws.models import Law
from network_site.linkcheck.models import LinkCheck
from network_site.records import publishing
from network_site.records.models import PendingRevision, Status, Update
from network_site.records.registry import record_kinds
from protocols.models import Protocol
from resources.models import Resource
from tests.factories import make_law, make_resource
from tests.support import free_port

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


def staff(username: str, role: str) -> User:
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(staff("eddie", "Editor"))
    return client


@pytest.fixture
def publisher_client():
    client = Client()
    client.force_login(staff("pat", "Publisher"))
    return client


def law_post(law: Law, **changes) -> dict:
    data = {
        "title": law.title, "slug": law.slug, "status": law.status,
        "jurisdiction": law.jurisdiction, "citation": law.citation,
        "other_names": law.other_names, "summary": law.summary,
        "official_url": law.official_url, "session_law": law.session_law,
        "legal_status": law.legal_status, "reader_group": law.reader_group,
        "last_reviewed": "", "change_note": "", "source_words": law.source_words,
        "last_checked": law.last_checked.isoformat() if law.last_checked else "",
        "topics": [t.pk for t in law.topics.all()], "related_laws": [],
        "base_revision": law.revision,
        "penalties-TOTAL_FORMS": 0, "penalties-INITIAL_FORMS": 0,
    }  # fmt: skip
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def change_url(record) -> str:
    return reverse(
        f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk]
    )


# --- Roles -----------------------------------------------------------------------------


def test_roles_have_exact_permissions():
    editor = {p.codename for p in Group.objects.get(name="Editor").permissions.all()}
    publisher = {p.codename for p in Group.objects.get(name="Publisher").permissions.all()}
    assert {"add_law", "change_law", "view_law", "change_protocol", "add_resource"} <= editor
    assert not any(code.startswith(("publish_", "delete_")) for code in editor)
    assert {"publish_law", "publish_protocol", "publish_resource"} <= publisher
    assert editor < publisher
    # Records are withdrawn, never deleted; a publisher may remove a row of one (a
    # penalty tier, a session law's change to a law).
    kinds = {f"delete_{kind._meta.model_name}" for kind in record_kinds()}
    assert not kinds & publisher
    assert {"delete_penalty", "delete_lawchange"} <= publisher


def test_an_editor_cannot_publish_through_the_form(editor_client):
    law = make_law(status=Status.DRAFT)
    response = editor_client.post(change_url(law), law_post(law, status=Status.PUBLISHED))
    assert response.status_code == 200  # the form refuses the choice
    assert "status" in response.context["adminform"].form.errors
    law.refresh_from_db()
    assert law.status == Status.DRAFT


def test_an_editor_cannot_publish_with_a_crafted_action(editor_client):
    law = make_law(status=Status.DRAFT)
    for action in ("publish", "withdraw", "delete_selected"):
        editor_client.post(
            reverse("admin:laws_law_changelist"), {"action": action, "_selected_action": [law.pk]}
        )
    law.refresh_from_db()
    assert law.status == Status.DRAFT


def test_an_editor_cannot_delete(editor_client):
    law = make_law()
    assert (
        editor_client.post(
            reverse("admin:laws_law_delete", args=[law.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert Law.objects.filter(pk=law.pk).exists()


def test_an_editor_drafts_and_submits_for_review(editor_client):
    law = make_law(status=Status.DRAFT)
    response = editor_client.post(change_url(law), law_post(law, status=Status.IN_REVIEW))
    assert response.status_code == 302
    law.refresh_from_db()
    assert law.status == Status.IN_REVIEW
    assert Client().get(law.get_absolute_url()).status_code == 404  # still not public


def test_a_publisher_publishes_and_it_is_recorded(publisher_client):
    law = make_law(status=Status.IN_REVIEW)
    queue = publisher_client.get(reverse("admin:review-queue")).content.decode()
    assert law.title in queue
    publisher_client.post(
        reverse("admin:laws_law_changelist"), {"action": "publish", "_selected_action": [law.pk]}
    )
    law.refresh_from_db()
    assert law.is_published and law.published_by.username == "pat" and law.published_at
    assert Client().get(law.get_absolute_url()).status_code == 200


# --- Review of changes to live records ----------------------------------------------------


def test_an_editors_change_to_a_live_law_waits_for_approval(editor_client, publisher_client):
    law = make_law(summary="The approved wording.")
    response = editor_client.post(
        change_url(law), law_post(law, summary="A proposed rewording.", change_note="Clearer.")
    )
    assert response.status_code == 302
    page = Client().get(law.get_absolute_url()).content.decode()
    assert "The approved wording." in page and "A proposed rewording." not in page
    revision = PendingRevision.objects.get(object_id=law.pk)

    review_page = publisher_client.get(reverse("admin:review-revision", args=[revision.pk]))
    assert "A proposed rewording." in review_page.content.decode()
    # Its author may read it, not decide it; another editor may not even read it.
    review = reverse("admin:review-revision", args=[revision.pk])
    assert editor_client.get(review).status_code == 200
    assert editor_client.post(review, {"approve": "1"}).status_code == 403
    other = Client()
    other.force_login(staff("edna", "Editor"))
    assert other.get(review).status_code == 403
    publisher_client.post(reverse("admin:review-revision", args=[revision.pk]), {"approve": "1"})

    page = Client().get(law.get_absolute_url()).content.decode()
    assert "A proposed rewording." in page
    assert Update.objects.filter(object_id=law.pk, note="Clearer.").exists()
    revision.refresh_from_db()
    assert revision.state == "approved" and revision.decided_by.username == "pat"


def test_a_rejected_change_leaves_the_page_alone(editor_client, publisher_client):
    law = make_law(title="Stays as it is")
    editor_client.post(change_url(law), law_post(law, title="Something else"))
    revision = PendingRevision.objects.get(object_id=law.pk)
    publisher_client.post(
        reverse("admin:review-revision", args=[revision.pk]),
        {"reject": "1", "reason": "Not this wording."},
    )
    law.refresh_from_db()
    assert law.title == "Stays as it is"


# --- History -------------------------------------------------------------------------------


def test_history_shows_who_changed_which_field(publisher_client):
    law = make_law(title="Before the edit")
    publisher_client.post(change_url(law), law_post(law, title="After the edit"))
    html = publisher_client.get(reverse("admin:laws_law_history", args=[law.pk])).content.decode()
    assert "pat" in html
    assert "Before the edit" in html and "After the edit" in html
    assert "<strong>Title:</strong>" in html


# --- Stale content ------------------------------------------------------------------------


def test_stale_records_are_listed_and_can_be_marked_reviewed(publisher_client):
    old = make_law(title="Long unreviewed law", last_reviewed=date.today() - timedelta(days=800))
    stale_page = publisher_client.get(reverse("admin:stale")).content.decode()
    assert "Long unreviewed law" in stale_page
    publisher_client.post(
        reverse("admin:laws_law_changelist"),
        {"action": "mark_reviewed", "_selected_action": [old.pk]},
    )
    old.refresh_from_db()
    assert old.last_reviewed == date.today()
    assert (
        "Long unreviewed law" not in publisher_client.get(reverse("admin:stale")).content.decode()
    )
    assert "Last reviewed" in Client().get(old.get_absolute_url()).content.decode()


# --- Link health -----------------------------------------------------------------------------


class Links(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802
        self.do_GET()

    def do_GET(self):  # noqa: N802
        if self.path == "/slow":
            time.sleep(2)
        status = {"/ok": 200, "/moved": 301, "/missing": 404, "/busy": 429, "/slow": 200}[self.path]
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/ok")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_check_links_records_what_it_finds(publisher_client):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Links)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    refused = f"http://127.0.0.1:{free_port()}/nothing-listens"
    Resource.objects.all().delete()
    Law.objects.update(status=Status.WITHDRAWN)  # only our test links this time
    Protocol.objects.update(status=Status.WITHDRAWN)
    paths = {
        "ok": "/ok",
        "moved": "/moved",
        "missing": "/missing",
        "busy": "/busy",
        "slow": "/slow",
    }
    resources = {name: make_resource(url=base + path) for name, path in paths.items()}
    resources["refused"] = make_resource(url=refused)
    try:
        call_command("check_links", "--timeout", "0.5", "--workers", "4", verbosity=0)
    finally:
        server.shutdown()
    found = {check.url: check for check in LinkCheck.objects.all()}
    assert found[f"{base}/ok"].result == "ok" and found[f"{base}/ok"].status_code == 200
    moved = found[f"{base}/moved"]
    assert (
        moved.result == "redirected"
        and moved.final_url == f"{base}/ok"
        and moved.redirects == [[301, f"{base}/ok"]]
    )
    assert (
        found[f"{base}/missing"].result == "broken" and found[f"{base}/missing"].status_code == 404
    )
    assert found[f"{base}/busy"].result == "retry"
    assert found[f"{base}/slow"].result == "broken" and "timed out" in found[f"{base}/slow"].error
    assert found[refused].result == "broken" and found[refused].status_code is None
    status = {name: Resource.objects.get(pk=r.pk).link_status for name, r in resources.items()}
    assert status == {"ok": "ok", "moved": "redirected", "missing": "broken", "busy": "",
                      "slow": "broken", "refused": "broken"}  # fmt: skip
    report = publisher_client.get(reverse("admin:links")).content.decode()
    assert f"<td>{base}/missing</td>" in report and f"<tr><td>{base}/ok</td>" not in report
    broken = publisher_client.get(
        reverse("admin:resources_resource_changelist"), {"link_status__exact": "broken"}
    )
    assert {r.pk for r in broken.context["cl"].result_list} == {
        resources["missing"].pk,
        resources["slow"].pk,
        resources["refused"].pk,
    }


# --- No silent overwrites ----------------------------------------------------------------------


def test_the_second_of_two_concurrent_edits_is_refused(publisher_client):
    law = make_law(title="Original title", summary="Original summary.")
    other = Client()
    other.force_login(staff("alex", "Publisher"))
    first = law_post(law, title="Title from Pat")
    second = law_post(law, summary="Summary from Alex")  # opened at the same revision
    assert publisher_client.post(change_url(law), first).status_code == 302
    response = other.post(change_url(law), second)
    assert response.status_code == 200
    message = str(response.context["adminform"].form.non_field_errors())
    assert "Someone else saved this record" in message and "title" in message
    law.refresh_from_db()
    assert law.title == "Title from Pat" and law.summary == "Original summary."


def test_staff_accounts_are_deactivated_not_deleted(admin_client):
    user = staff("leaving", "Editor")
    assert (
        admin_client.post(
            reverse("admin:auth_user_delete", args=[user.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    admin_client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "deactivate", "_selected_action": [user.pk]},
    )
    user.refresh_from_db()
    assert not user.is_active


# --- Hardened sign-in --------------------------------------------------------------------------


def sign_in(client, username, password, **extra):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password}, **extra
    )


def test_repeated_failures_lock_the_account_with_a_clear_message():
    staff("target", "Editor")
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(5):
        # A different forged X-Forwarded-For each time does not dodge the lock.
        sign_in(attacker, "target", "wrong", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    locked = sign_in(attacker, "target", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.77")
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()


def test_a_forged_header_cannot_lock_out_someone_else():
    staff("victim", "Editor")
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(6):
        sign_in(
            attacker, "victim", "wrong", HTTP_X_FORWARDED_FOR="192.0.2.44"
        )  # the victim's address
    victim = Client(REMOTE_ADDR="192.0.2.44")
    response = sign_in(victim, "victim", PASSWORD)
    assert response.status_code == 302  # signed in


def test_staff_sessions_expire():
    client = Client()
    sign_in(client, staff("timed", "Editor").username, PASSWORD)
    assert client.session.get_expiry_age() <= 8 * 60 * 60
    assert client.session.get_expire_at_browser_close()


def test_two_factor_code_is_required_once_set_up():
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = staff("careful", "Editor")
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    refused = sign_in(Client(), "careful", PASSWORD)
    assert refused.status_code == 200 and "token" in str(refused.context["form"].errors).lower()
    code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    client = Client()
    accepted = client.post(
        reverse("admin:login"),
        {"username": "careful", "password": PASSWORD, "otp_token": f"{code:06d}"},
    )
    assert accepted.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_the_admin_address_is_a_setting():
    from tests.support import run_python

    result = run_python(
        "import django\ndjango.setup()\nfrom django.test import Client\n"
        "c = Client()\n"
        "print(c.get('/backroom/login/').status_code, c.get('/admin/login/').status_code)\n",
        ADMIN_URL="backroom/",
        ALLOWED_HOSTS="testserver",
    )
    assert result.stdout.split() == ["200", "404"], result.stderr[-2000:]


# --- Export and import --------------------------------------------------------------------------


def snapshot() -> dict:
    from django.apps import apps

    from network_site.records.backup import exported_models

    state = {}
    for label in exported_models():
        model = apps.get_model(label)
        rows = []
        for obj in model.objects.order_by("pk"):
            row = model_to_dict(obj)
            row["pk"] = obj.pk
            for field in model._meta.local_fields:
                row[field.name] = getattr(obj, field.attname)  # non-editable fields too
            for field in model._meta.local_many_to_many:
                row[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))
            rows.append(row)
        state[label] = rows
    return state


def test_export_then_import_restores_every_record_exactly(tmp_path):
    law = make_law(title="Exported law", other_names="Alias one\nAlias two")
    law.topics.set(Law.objects.get(slug="maine-sex-trafficking").topics.all())
    old_slug = law.slug
    law.slug = "exported-law-renamed"
    publishing.save(law)
    protocol = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    protocol.change_note = "A second version."
    publishing.save(protocol)
    before = snapshot()
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)
    json.loads(path.read_text())  # valid JSON

    from django.apps import apps

    from network_site.records.backup import exported_models

    for label in reversed(exported_models()):
        apps.get_model(label).objects.all().delete()
    call_command("import_content", str(path), verbosity=0)
    assert snapshot() == before
    assert Client().get(f"/laws/{old_slug}/").status_code == 301  # slug history came back too
    results = Client().get("/search/", {"q": "exported"}).context["results"]
    assert results.total >= 1  # and the search index was rebuilt


def test_import_refuses_a_database_with_content(tmp_path):
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="already has content"):
        call_command("import_content", str(path), verbosity=0)
