"""Following a protocol, a law, a topic or a discipline by email, as a partner would:
the form on the page, the confirmation, alerts delivered through a real SMTP server,
one-click unsubscribe, and every way the input or the mail server can go wrong."""

import json
import re
from datetime import timedelta
from email.header import decode_header, make_header
from email.message import Message

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from network_site.alerts.follow import take_requests
from network_site.alerts.models import DigestItem, OutgoingMail, Subscriber, Subscription
from network_site.records import publishing
from network_site.records.models import Status
from network_site.vocabulary.models import Audience, Topic
from tests.factories import make_law, make_protocol, make_staff

pytestmark = pytest.mark.django_db
ADDRESS = "partner@example.org"


def send_alerts():
    call_command("send_alerts", verbosity=0)


def follow_form_action(page_url: str) -> str:
    page = Client().get(page_url).content.decode()
    return re.search(r'<form class="follow-form" method="post" action="([^"]+)"', page)[1]


def follow(url: str, address: str = ADDRESS, client_address: str = "192.0.2.10", **fields):
    answer = Client(REMOTE_ADDR=client_address).post(
        url, {"email": address, "frequency": "immediately", "website": "", **fields}
    )
    take_requests()  # as the next send_alerts run does first
    return answer


def subject(message: Message) -> str:
    """The Subject header as a reader's mail program shows it (decoded, unfolded)."""
    return str(make_header(decode_header(message["Subject"])))


def link_in(message: Message | str, path: str) -> str:
    body = message if isinstance(message, str) else message.get_payload(decode=True).decode()
    return re.search(rf"https?://[^/\s]+({re.escape(path)}[^\s]*)", body)[1]


def follow_and_confirm(url: str, address: str = ADDRESS) -> Subscription:
    follow(url, address)
    subscription = Subscription.objects.get(subscriber__email=address, confirmed_at=None)
    Client().post(f"/alerts/confirm/{subscription.confirm_token}/")
    subscription.refresh_from_db()
    assert subscription.is_confirmed
    return subscription


def test_subscribe_confirm_publish_send_and_unsubscribe_by_the_header(smtp):
    protocol = make_protocol(
        title="Emergency department protocol",
        slug="ed-protocol",
        body="## First steps\n\nScreen in private.\n\n## Then\n\nCall the advocate.",
    )
    action = follow_form_action(protocol.get_absolute_url())
    assert action == "/alerts/follow/protocol/ed-protocol/"
    asked = follow(action)
    assert asked.status_code == 200
    assert "Check your email" in asked.content.decode()
    assert not asked.cookies, "public pages set no cookies, the form included"

    send_alerts()
    [confirmation] = smtp.inbox.messages
    assert confirmation["To"] == ADDRESS
    confirm_path = link_in(confirmation, "/alerts/confirm/")
    # Opening the link (as a mail scanner would) changes nothing; the button confirms.
    opened = Client().get(confirm_path)
    assert "Confirm your email alerts" in opened.content.decode()
    assert not Subscription.objects.get().is_confirmed
    assert Client().post(confirm_path).status_code == 200
    assert Subscription.objects.get().is_confirmed

    protocol.body = protocol.body.replace("Call the advocate.", "Call the advocate at once.")
    protocol.change_note = "The advocate is called at once."
    publishing.save(protocol)
    send_alerts()
    alert = smtp.inbox.messages[-1]
    assert len(smtp.inbox.messages) == 2
    assert alert["Subject"] == "Updated: Emergency department protocol"
    body = alert.get_payload(decode=True).decode()
    assert "The advocate is called at once." in body
    assert "Version 2" in body
    compare = link_in(body, "/protocols/ed-protocol/compare/")
    assert compare == "/protocols/ed-protocol/compare/?from=1&to=2"
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = re.sub(r"\s+", "", alert["List-Unsubscribe"])  # unfolded
    unsubscribe = re.fullmatch(r"<https://testserver(/alerts/unsubscribe/[^>]+)>", header)[1]
    assert alert["Message-ID"]

    # The compare page the alert links to shows the changed section only.
    changes = Client().get(compare).content.decode()
    assert "Then" in changes and "at once" in changes
    assert "Screen in private" not in changes

    # A mail client's one-click unsubscribe: a POST with the RFC 8058 body.
    answer = Client().post(
        unsubscribe,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert answer.status_code == 200
    assert not Subscriber.objects.filter(email=ADDRESS).exists()
    assert not Subscription.objects.exists()


def test_the_form_is_on_law_topic_and_discipline_pages_and_drafts_cannot_be_followed():
    law = make_law(title="Followed law", slug="followed-law")
    topic = Topic.objects.first()
    discipline = Audience.objects.filter(protocols__isnull=False).first()
    assert follow_form_action(law.get_absolute_url()) == "/alerts/follow/law/followed-law/"
    assert "csrfmiddlewaretoken" not in Client().get(law.get_absolute_url()).content.decode()
    assert follow_form_action(topic.get_absolute_url()) == f"/alerts/follow/topic/{topic.slug}/"
    assert (
        follow_form_action(f"/protocols/?discipline={discipline.slug}")
        == f"/alerts/follow/discipline/{discipline.slug}/"
    )
    draft = make_law(title="Draft law", slug="draft-law", status=Status.DRAFT)
    assert follow(f"/alerts/follow/law/{draft.slug}/").status_code == 404
    assert Client().get("/alerts/follow/law/no-such-law/").status_code == 404
    assert Client().get("/alerts/follow/nothing/followed-law/").status_code == 404
    assert not Subscriber.objects.exists()


def test_a_malformed_address_is_a_form_error_on_the_same_page():
    law = make_law(slug="a-law")
    answer = follow("/alerts/follow/law/a-law/", address="partner at example")
    page = answer.content.decode()
    assert answer.status_code == 200
    assert "Enter a whole email address" in page
    assert 'value="partner at example"' in page, "what was typed is kept"
    assert 'aria-invalid="true"' in page
    assert law.title in page
    assert not Subscriber.objects.exists() and not OutgoingMail.objects.exists()
    assert "no-store" in answer["Cache-Control"]


def test_asking_again_sends_no_second_mail_within_a_day():
    make_law(slug="a-law")
    url = "/alerts/follow/law/a-law/"
    follow(url)
    follow(url, address=ADDRESS.upper())
    assert OutgoingMail.objects.count() == 1
    with time_machine.travel(timezone.now() + timedelta(hours=25)):
        follow(url)
    assert OutgoingMail.objects.count() == 2
    first, second = OutgoingMail.objects.order_by("pk")
    assert link_in(first.body, "/alerts/confirm/") == link_in(second.body, "/alerts/confirm/")
    # Once confirmed, asking again says so (once a day), and the answer page is the same.
    token = Subscription.objects.get().confirm_token
    Client().post(f"/alerts/confirm/{token}/")
    again = follow(url)
    assert "Check your email" in again.content.decode()
    assert OutgoingMail.objects.count() == 2
    with time_machine.travel(timezone.now() + timedelta(hours=50)):
        follow(url)
        follow(url)
    assert OutgoingMail.objects.order_by("pk").last().subject == "You already follow this page"
    assert OutgoingMail.objects.count() == 3


def test_an_expired_or_reused_confirmation_link_says_so_and_changes_nothing():
    make_law(slug="a-law")
    follow("/alerts/follow/law/a-law/")
    subscription = Subscription.objects.get()
    url = f"/alerts/confirm/{subscription.confirm_token}/"
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        expired = Client().post(url)
        assert expired.status_code == 410
        assert "This link has expired" in expired.content.decode()
        subscription.refresh_from_db()
        assert not subscription.is_confirmed
        send_alerts()  # unconfirmed for a week: deleted, address and all
    assert not Subscriber.objects.exists()
    gone = Client().post(url)
    assert gone.status_code == 404
    assert "This link no longer works" in gone.content.decode()

    subscription = follow_and_confirm("/alerts/follow/law/a-law/")
    confirmed_at = subscription.confirmed_at
    reused = Client().post(f"/alerts/confirm/{subscription.confirm_token}/")
    assert "Already confirmed" in reused.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_at == confirmed_at
    assert Client().post("/alerts/confirm/not-a-token/").status_code == 404


def test_a_reused_unsubscribe_link_says_so_and_opening_it_changes_nothing(settings):
    settings.PAGE_CACHE = True  # pages that show an address are never kept by it
    make_law(slug="a-law")
    subscription = follow_and_confirm("/alerts/follow/law/a-law/")
    url = f"/alerts/unsubscribe/{subscription.subscriber.token}/"
    opened = Client().get(url)
    assert "no-store" in opened["Cache-Control"]
    assert Subscriber.objects.exists(), "a GET (a mail scanner) never unsubscribes"
    assert Client().post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Subscriber.objects.exists()
    again = Client().post(url, {"List-Unsubscribe": "One-Click"})
    assert again.status_code == 404
    assert "not on our list" in again.content.decode()


def test_a_flood_from_one_client_or_for_one_address_gets_a_429_page():
    make_law(slug="a-law")
    url = "/alerts/follow/law/a-law/"
    answers = [follow(url, address=f"reader{n}@example.org") for n in range(21)]
    assert {a.status_code for a in answers[:20]} == {200}
    flooded = answers[20]
    assert flooded.status_code == 429
    assert flooded["Retry-After"] == "3600"
    page = flooded.content.decode()
    assert "Too many requests" in page and "Leave this site" in page  # the site's design
    # One address, asked for from many networks.
    answers = [
        follow(url, address="target@example.org", client_address=f"198.51.100.{n}")
        for n in range(6)
    ]
    assert [a.status_code for a in answers] == [200] * 5 + [429]


def test_a_filled_bot_field_stores_and_sends_nothing():
    make_law(slug="a-law")
    answer = follow("/alerts/follow/law/a-law/", website="http://spam.example")
    assert "Check your email" in answer.content.decode()
    assert not Subscriber.objects.exists() and not OutgoingMail.objects.exists()


def test_one_message_per_change_for_a_record_its_topic_and_its_discipline():
    topic = Topic.objects.create(name="Followed topic", slug="followed-topic")
    discipline = Audience.objects.create(name="Followed discipline", slug="followed-discipline")
    protocol = make_protocol(slug="tagged-protocol")
    protocol.topics.add(topic)
    protocol.disciplines.add(discipline)
    follow_and_confirm(f"/alerts/follow/topic/{topic.slug}/", "topic@example.org")
    follow_and_confirm(f"/alerts/follow/discipline/{discipline.slug}/", "discipline@example.org")
    follow_and_confirm(f"/alerts/follow/topic/{topic.slug}/", "both@example.org")
    follow_and_confirm("/alerts/follow/protocol/tagged-protocol/", "both@example.org")
    follow_and_confirm(f"/alerts/follow/law/{make_law().slug}/", "other@example.org")
    OutgoingMail.objects.all().delete()

    protocol.change_note = "New contact list."
    publishing.save(protocol)
    protocol.body += "\n\nA draft sentence."
    protocol.status = Status.DRAFT
    publishing.save(protocol)  # back to draft: nothing public changed, nothing sent
    alerts = OutgoingMail.objects.filter(purpose=OutgoingMail.Purpose.ALERT)
    assert sorted(alerts.values_list("subscriber__email", flat=True)) == [
        "both@example.org",
        "discipline@example.org",
        "topic@example.org",
    ]
    assert {m.subject for m in alerts} == {f"Updated: {protocol.title}"}


def test_unconfirmed_follows_get_no_alerts():
    protocol = make_protocol(slug="a-protocol")
    follow("/alerts/follow/protocol/a-protocol/")
    protocol.change_note = "Changed."
    publishing.save(protocol)
    assert not OutgoingMail.objects.filter(purpose=OutgoingMail.Purpose.ALERT).exists()


def test_a_weekly_summary_gathers_the_weeks_public_changes(smtp):
    kept = make_protocol(title="Kept protocol", slug="kept")
    pulled = make_protocol(title="Pulled protocol", slug="pulled")
    topic = Topic.objects.create(name="Weekly topic", slug="weekly-topic")
    kept.topics.add(topic)
    pulled.topics.add(topic)
    follow(f"/alerts/follow/topic/{topic.slug}/", frequency="weekly")
    Client().post(f"/alerts/confirm/{Subscription.objects.get().confirm_token}/")
    send_alerts()
    smtp.inbox.messages.clear()
    for protocol in (kept, pulled):
        protocol.change_note = f"{protocol.title} changed."
        publishing.save(protocol)
    publishing.move(pulled, Status.DRAFT)  # taken back: it drops out of the summary
    assert DigestItem.objects.count() == 2
    send_alerts()
    assert smtp.inbox.messages == [], "weekly: nothing before the week is up"
    with time_machine.travel(timezone.now() + timedelta(days=7, minutes=1)):
        send_alerts()
        send_alerts()
    [summary] = smtp.inbox.messages
    body = summary.get_payload(decode=True).decode()
    assert summary["Subject"] == "This week: 1 change to pages you follow"
    assert "Kept protocol changed." in body
    assert "Pulled" not in body
    assert not DigestItem.objects.exists()


def test_a_server_stopped_mid_run_loses_nothing_and_sends_nothing_twice(smtp):
    laws = [make_law(slug=f"law-{n}") for n in range(6)]
    for n, law in enumerate(laws):
        follow(f"/alerts/follow/law/{law.slug}/", address=f"reader{n}@example.org")
    assert OutgoingMail.objects.waiting().count() == 6

    smtp.inbox.close_after = 2  # takes two, then says it is closing, and stops
    send_alerts()
    smtp.stop()
    assert len(smtp.inbox.messages) == 2
    waiting = OutgoingMail.objects.waiting()
    assert waiting.count() == 4
    assert waiting.filter(attempts=1).count() == 1, "the run stopped at the first failure"
    assert "421" in waiting.get(attempts=1).last_error

    send_alerts()  # the server is down: nothing sent, nothing lost
    assert OutgoingMail.objects.waiting().count() == 4

    smtp.inbox.close_after = None
    smtp.start()
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        send_alerts()
        send_alerts()
    ids = [message["Message-ID"] for message in smtp.inbox.messages]
    assert len(ids) == 6 and len(set(ids)) == 6
    assert sorted(m["To"] for m in smtp.inbox.messages) == [
        f"reader{n}@example.org" for n in range(6)
    ]
    assert not OutgoingMail.objects.waiting().exists()


def test_a_refused_address_is_retried_with_backoff_then_removed(smtp):
    make_law(slug="a-law")
    smtp.inbox.refuse = {"gone@example.org"}
    follow("/alerts/follow/law/a-law/", address="gone@example.org")
    follow("/alerts/follow/law/a-law/", address="fine@example.org")
    send_alerts()
    assert [m["To"] for m in smtp.inbox.messages] == ["fine@example.org"]
    refused = OutgoingMail.objects.get(subscriber__email="gone@example.org")
    assert refused.attempts == 1 and "550" in refused.last_error
    assert refused.next_attempt_at > timezone.now()
    send_alerts()
    refused.refresh_from_db()
    assert refused.attempts == 1, "not tried again before its time"
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        send_alerts()
    refused.refresh_from_db()
    assert refused.attempts == 2
    wait = refused.next_attempt_at - timezone.now()
    assert wait > timedelta(minutes=1), "each retry waits longer"
    with time_machine.travel(timezone.now() + timedelta(days=3, hours=7)):
        send_alerts()
    assert not Subscriber.objects.filter(email="gone@example.org").exists()
    assert Subscriber.objects.filter(email="fine@example.org").exists()


def test_the_manage_page_changes_how_often_and_stops_one_follow_or_all():
    law, other = (
        make_law(title="Law one", slug="law-one"),
        make_law(title="Law two", slug="law-two"),
    )
    first = follow_and_confirm(f"/alerts/follow/law/{law.slug}/")
    second = follow_and_confirm(f"/alerts/follow/law/{other.slug}/")
    url = f"/alerts/manage/{first.subscriber.token}/"
    page = Client().get(url)
    assert "no-store" in page["Cache-Control"]
    assert "Law one" in page.content.decode() and "Law two" in page.content.decode()
    Client().post(url, {"follow": first.pk, "action": "frequency", "frequency": "weekly"})
    first.refresh_from_db()
    assert first.frequency == "weekly"
    done = Client().post(url, {"follow": first.pk, "action": "stop"})
    assert "Law one" not in done.content.decode()
    assert Client().post(url, {"follow": first.pk, "action": "stop"}).status_code == 200
    Client().post(url, {"follow": second.pk, "action": "stop"})
    assert not Subscriber.objects.exists(), "following nothing, the address is deleted"
    assert Client().get(url).status_code == 404


def test_a_link_to_manage_goes_only_to_a_confirmed_address():
    make_law(slug="a-law")
    follow("/alerts/follow/law/a-law/", address="unconfirmed@example.org")
    follow_and_confirm("/alerts/follow/law/a-law/", "confirmed@example.org")
    OutgoingMail.objects.all().delete()
    for address in ("unconfirmed@example.org", "confirmed@example.org", "nobody@example.org"):
        answer = Client().post("/alerts/", {"email": address, "website": ""})
        assert "Check your email" in answer.content.decode()
    take_requests()
    [sent] = OutgoingMail.objects.all()
    assert sent.subscriber.email == "confirmed@example.org"
    assert f"/alerts/manage/{sent.subscriber.token}/" in sent.body


def test_without_a_mail_server_messages_are_printed(settings, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    make_law(slug="a-law")
    follow("/alerts/follow/law/a-law/")
    send_alerts()
    assert "Confirm: email me when this page changes" in capsys.readouterr().out
    assert OutgoingMail.objects.get().sent_at is not None


def test_messages_carry_no_tracking():
    protocol = make_protocol(slug="a-protocol")
    follow_and_confirm("/alerts/follow/protocol/a-protocol/")
    protocol.change_note = "Changed."
    publishing.save(protocol)
    send_alerts()
    for message in mail.outbox:
        assert message.content_subtype == "plain"
        assert not getattr(message, "alternatives", None), "no HTML part"
        for link in re.findall(r"https?://\S+", message.body):
            assert link.startswith("https://testserver/"), link  # straight to this site


def test_the_privacy_page_says_what_is_kept_and_for_how_long():
    page = Client().get("/privacy/").content.decode()
    assert 'id="email-alerts"' in page
    assert "not confirmed</strong> within 7 days is deleted" in page
    assert "sent in the last 30 days" in page
    assert "database for 7 days" in page and "never hold email addresses" in page
    assert "does <strong>not</strong> log your IP address" in page


def test_an_export_of_the_content_holds_no_email_address(tmp_path):
    """Export files get copied and kept; an unsubscribe could never reach them."""
    make_law(slug="a-law")
    subscription = follow_and_confirm("/alerts/follow/law/a-law/")
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)
    exported = path.read_text()
    assert "a-law" in exported
    assert ADDRESS not in exported and subscription.subscriber.token not in exported
    assert not any(label.startswith("alerts.") for label in json.loads(exported)["models"])


def test_only_site_administrators_see_the_addresses_in_the_admin(client):
    make_law(slug="a-law")
    follow("/alerts/follow/law/a-law/")
    client.force_login(make_staff("editor", "laws.change_law", "laws.view_law"))
    assert client.get("/admin/alerts/subscriber/").status_code == 403
    client.force_login(make_staff("root", superuser=True))
    assert ADDRESS in client.get("/admin/alerts/subscriber/").content.decode()
    outbox = client.get("/admin/alerts/outgoingmail/").content.decode()
    assert "Confirm: email me when this page changes" in outbox
    assert client.get("/admin/alerts/subscriber/add/").status_code == 403


def test_a_survivors_guide_is_followed_discreetly(smtp):
    """Its follow form warns that an inbox may be read by others, and no email names it:
    not the confirmation, not the alert, not its address."""
    from resources.models import Guide

    guide = Guide.objects.get(slug="is-this-trafficking")
    page = Client().get(guide.get_absolute_url()).content.decode()
    assert "an email sits in an inbox that someone else may be able to read" in page
    protocol_page = Client().get(make_protocol().get_absolute_url()).content.decode()
    assert "someone else may be able to read" not in protocol_page

    follow_and_confirm(follow_form_action(guide.get_absolute_url()))
    send_alerts()
    guide.change_note = "A new section."
    publishing.save(guide)
    send_alerts()
    assert len(smtp.inbox.messages) == 2
    for message in smtp.inbox.messages:
        text = message["Subject"] + message.get_payload(decode=True).decode()
        assert guide.title not in text and guide.slug not in text, text
    assert link_in(smtp.inbox.messages[-1], "/p/guide/")


def test_mail_is_written_in_the_language_of_the_page_that_asked_for_it(smtp, settings):
    """A reader who follows a page from its Spanish version gets Spanish mail, with
    links to the Spanish pages; one who asks in English, English."""
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    topic = Topic.objects.get(slug="labor-trafficking")  # the demo's, named in Spanish
    protocol = make_protocol(title="Farm work protocol", slug="farm-work")
    protocol.topics.add(topic)
    follow_form = follow_form_action(f"/es/topics/{topic.slug}/")
    assert follow_form == f"/es/alerts/follow/topic/{topic.slug}/"
    asked = follow(follow_form)
    assert "Revise su correo" in asked.content.decode()
    send_alerts()
    [confirmation] = smtp.inbox.messages
    body = confirmation.get_payload(decode=True).decode()
    assert subject(confirmation) == "Confirme: enviarme un correo cuando cambie esta página"
    assert confirmation["Content-Language"] == "es"
    assert "cambie el tema Trata con fines laborales (cada cambio, cuando se publica)" in body
    assert "abra este enlace antes de una semana y pulse Confirmar:" in body
    confirm_path = link_in(body, "/es/alerts/confirm/")
    assert "Confirmar" in Client().get(confirm_path).content.decode()
    Client().post(confirm_path)
    assert Subscription.objects.get().is_confirmed

    protocol.change_note = "Added the farm work numbers."
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 3, 4, 12))):
        publishing.save(protocol)
    send_alerts()
    alert = smtp.inbox.messages[-1]
    body = alert.get_payload(decode=True).decode()
    assert subject(alert) == "Actualizado: Farm work protocol"
    assert "Cambió una página que usted sigue en el sitio web de la Red" in body
    assert "Fecha: 4 de marzo de 2026" in body
    assert link_in(body, "/es/protocols/farm-work/compare/").startswith("/es/protocols/")
    assert link_in(body, "/es/alerts/manage/") and link_in(body, "/es/alerts/unsubscribe/")
    assert "Date:" not in body and "Manage what you follow" not in body

    # Asking for the manage link from the English page: English from then on.
    Client().post("/alerts/", {"email": ADDRESS, "website": ""})
    take_requests()
    send_alerts()
    manage = smtp.inbox.messages[-1]
    assert manage["Subject"] == "Your link to manage email alerts"
    assert manage["Content-Language"] == "en"
    assert link_in(manage, "/alerts/manage/").startswith("/alerts/manage/")
