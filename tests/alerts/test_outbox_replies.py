"""What the outbox does with each answer a mail server can give, against a real SMTP
server on this machine: RFC 5321's temporary (4xx) and permanent (5xx) replies at the
greeting, at RCPT and at DATA, a connection dropped after DATA, and messages that
cannot be built. One message's trouble never stops the others, a temporary reply
never counts against an address, and nothing taken is sent twice."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from network_site.alerts.models import OutgoingMail, Subscriber
from tests.alerts.mailserver import Greeter, send_through
from tests.factories import make_staff

pytestmark = pytest.mark.django_db
TROUBLE, FINE = "trouble@example.org", "fine@example.org"
UNAVAILABLE, DEFERRED, ADDRESS_REFUSED, MESSAGE_FAILED = (
    "server unavailable",
    "deferred",
    "address refused",
    "message failed",
)
REPLIES = {
    421: "421 4.3.2 Service shutting down",
    450: "450 4.2.1 Mailbox busy",
    451: "451 4.3.0 Local error in processing",
    452: "452 4.2.2 Mailbox full",
    550: "550 5.7.1 Refused",
}
# What each reply means, where it comes (RFC 5321 4.2.1, 4.5.4.1).
EXPECTED = {
    **{("greeting", code): UNAVAILABLE for code in REPLIES},
    ("RCPT", 421): UNAVAILABLE,
    ("DATA", 421): UNAVAILABLE,
    **{(stage, code): DEFERRED for stage in ("RCPT", "DATA") for code in (450, 451, 452)},
    ("RCPT", 550): ADDRESS_REFUSED,
    ("DATA", 550): MESSAGE_FAILED,
}


def send_alerts():
    call_command("send_alerts", verbosity=0)


def queue_for(*addresses: str) -> list[OutgoingMail]:
    """One message for each address, due now, in this order."""
    mails = []
    for address in addresses:
        subscriber = Subscriber.objects.create(email=address)
        mails.append(
            OutgoingMail.objects.create(
                subscriber=subscriber,
                purpose=OutgoingMail.Purpose.NOTICE,
                subject=f"For {address}",
                body="A change to a page you follow.",
            )
        )
    return mails


def later(days: float):
    return time_machine.travel(timezone.now() + timedelta(days=days))


def delivered_to(smtp) -> list[str]:
    return [message["To"] for message in smtp.inbox.messages]


@pytest.mark.parametrize(("stage", "code"), sorted(EXPECTED))
def test_each_reply_is_read_as_rfc_5321_says(smtp, settings, stage, code):
    trouble, fine = queue_for(TROUBLE, FINE)
    greeter = None
    if stage == "greeting":
        greeter = Greeter(REPLIES[code])
        send_through(settings, greeter.port)
    else:
        smtp.inbox.replies[stage, TROUBLE] = REPLIES[code]
    try:
        send_alerts()
    finally:
        if greeter:
            greeter.stop()
    trouble.refresh_from_db()
    fine.refresh_from_db()
    address = Subscriber.objects.get(email=TROUBLE)
    expected = EXPECTED[stage, code]

    assert trouble.sent_at is None and trouble.attempts == 1
    assert str(code) in trouble.last_error
    if expected == UNAVAILABLE:
        # The run stops: the next message is not even tried, and waits unharmed.
        assert fine.attempts == 0 and fine.sent_at is None
        assert trouble.status == "retrying" and trouble.next_attempt_at > timezone.now()
    else:
        assert delivered_to(smtp) == [FINE], "one message's trouble stops no other"
    if expected == MESSAGE_FAILED:
        assert trouble.status == "failed"
        send_alerts()
        trouble.refresh_from_db()
        assert trouble.attempts == 1, "a failed message is skipped, not retried"
    else:
        assert trouble.status == "retrying"
    if expected == ADDRESS_REFUSED:
        assert address.refused_since is not None
    else:
        assert address.refused_since is None, "only a 5xx at RCPT counts against an address"


@pytest.mark.parametrize("code", [450, 451, 452])
def test_days_of_temporary_refusals_never_remove_an_address(smtp, code):
    """A server-wide "mailbox full" for days: every address stays; only the message
    fails once it has been deferred for five days."""
    mails = queue_for(*(f"reader{n}@example.org" for n in range(5)))
    for mail in mails:
        smtp.inbox.replies["RCPT", mail.subscriber.email] = REPLIES[code]
    for day in range(7):
        with later(day + 0.5):
            send_alerts()
    assert Subscriber.objects.count() == 5
    assert Subscriber.objects.filter(refused_since__isnull=False).count() == 0
    assert OutgoingMail.objects.failed().count() == 5
    assert all("gave up after 5 days" in m.last_error for m in OutgoingMail.objects.all())


def test_an_address_refused_over_three_days_is_removed_and_one_accepted_mail_resets_it(smtp):
    (refused,) = queue_for(TROUBLE)
    smtp.inbox.replies["RCPT", TROUBLE] = REPLIES[550]
    send_alerts()
    with later(2):
        send_alerts()
    assert Subscriber.objects.filter(email=TROUBLE).exists(), "under three days: kept"
    del smtp.inbox.replies["RCPT", TROUBLE]
    with later(2.5):
        send_alerts()  # the mailbox works again: delivered, and the clock is reset
    assert delivered_to(smtp) == [TROUBLE]
    assert Subscriber.objects.get(email=TROUBLE).refused_since is None

    smtp.inbox.replies["RCPT", TROUBLE] = REPLIES[550]
    queue_for_existing = OutgoingMail.objects.create(
        subscriber=Subscriber.objects.get(email=TROUBLE), purpose="notice", subject="s", body="b"
    )
    with later(3):
        send_alerts()
    assert queue_for_existing.pk and Subscriber.objects.filter(email=TROUBLE).exists()
    with later(6.1):
        send_alerts()
    assert not Subscriber.objects.filter(email=TROUBLE).exists()


def test_a_connection_dropped_after_the_server_took_a_message_sends_it_once(smtp):
    taken, next_one = queue_for(TROUBLE, FINE)
    smtp.inbox.drop_after_taking = {TROUBLE}
    send_alerts()
    taken.refresh_from_db()
    next_one.refresh_from_db()
    assert taken.status == "sent", "the 250 was recorded before the line dropped"
    assert next_one.sent_at is None and next_one.attempts == 1, "waits for the next run"
    with later(0.1):
        send_alerts()
        send_alerts()
    assert delivered_to(smtp) == [TROUBLE, FINE]


def test_a_connection_dropped_before_the_server_answered_is_retried_not_lost(smtp):
    """RFC 5321 6.1: without the 250 the server has not taken responsibility, so the
    message goes again; a copy the server kept anyway carries the same Message-ID,
    which mail programs show once."""
    (unanswered,) = queue_for(TROUBLE)
    smtp.inbox.drop_before_answering = {TROUBLE}
    send_alerts()
    unanswered.refresh_from_db()
    assert unanswered.status == "retrying"
    smtp.inbox.drop_before_answering = set()
    with later(0.1):
        send_alerts()
    unanswered.refresh_from_db()
    assert unanswered.status == "sent"
    assert len({m["Message-ID"] for m in smtp.inbox.messages}) == 1


@pytest.mark.parametrize(
    ("subject", "address"),
    [
        ("Updated: a title\nBcc: everyone@example.org", FINE),
        ("Updated: a title\rwith a carriage return", FINE),
        ("A fine subject", '"x\x0bx-injected:\\ yes"@example.org'),
    ],
)
def test_a_message_that_cannot_be_built_fails_and_the_rest_go(smtp, subject, address):
    subscriber = Subscriber.objects.create(email=address)
    broken = OutgoingMail.objects.create(
        subscriber=subscriber, purpose="alert", subject=subject, body="body"
    )
    (after,) = queue_for("after@example.org")
    send_alerts()
    broken.refresh_from_db()
    assert broken.status == "failed" and "cannot be built" in broken.last_error
    assert delivered_to(smtp) == ["after@example.org"]
    send_alerts()  # the next run goes on too
    assert OutgoingMail.objects.get(pk=after.pk).status == "sent"


def test_staff_see_failed_mail_and_can_retry_or_delete_it(smtp, client):
    failed, also_failed = queue_for(TROUBLE, "other@example.org")
    smtp.inbox.replies["DATA", TROUBLE] = REPLIES[550]
    smtp.inbox.replies["DATA", "other@example.org"] = REPLIES[550]
    send_alerts()
    assert OutgoingMail.objects.failed().count() == 2
    client.force_login(make_staff("admin", superuser=True))
    listing = client.get("/admin/alerts/outgoingmail/?status=failed").content.decode()
    assert f"For {TROUBLE}" in listing and "failed" in listing

    del smtp.inbox.replies["DATA", TROUBLE]
    answer = client.post(
        "/admin/alerts/outgoingmail/",
        {"action": "retry", "_selected_action": [failed.pk]},
        follow=True,
    )
    assert "1 message(s) will be sent" in answer.content.decode()
    send_alerts()
    assert delivered_to(smtp) == [TROUBLE]

    deleted = client.post(
        f"/admin/alerts/outgoingmail/{also_failed.pk}/delete/", {"post": "yes"}, follow=True
    )
    assert deleted.status_code == 200
    assert not OutgoingMail.objects.filter(pk=also_failed.pk).exists()
    sent_page = client.get(f"/admin/alerts/outgoingmail/{failed.pk}/delete/")
    assert sent_page.status_code == 403, "sent mail is the record of what went out"


def test_the_outbox_admin_is_for_site_administrators_only(editor, publisher):
    queue_for(TROUBLE)
    for staff in (editor, publisher):
        assert staff.get("/admin/alerts/outgoingmail/").status_code == 403
        assert TROUBLE not in staff.get("/admin/").content.decode()


def test_send_alerts_output_and_logs_name_no_address(smtp, capsys, caplog):
    queue_for(TROUBLE, FINE, "gone@example.org")
    smtp.inbox.replies["DATA", TROUBLE] = REPLIES[550]
    smtp.inbox.replies["RCPT", "gone@example.org"] = REPLIES[550]
    call_command("send_alerts", verbosity=2)
    with later(4):
        call_command("send_alerts", verbosity=2)
    printed = capsys.readouterr()
    assert "sent 1" in printed.out and "failed (see the admin's outgoing messages) 1" in printed.out
    assert "addresses removed after refusals 1" in printed.out
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("network_site")]
    assert len(ours) == 2, "the failure and the removal are logged"
    assert "@" not in printed.out + printed.err + "".join(ours)
