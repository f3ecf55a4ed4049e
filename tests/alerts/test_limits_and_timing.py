"""The forms that send mail: rate limits every worker shares, counted per client
network and per mailbox, and the same work (so the same time) whether an address is
known or not."""

import os
import re
import urllib.parse
import urllib.request

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from network_site.alerts.follow import take_requests
from network_site.alerts.models import FormRequest, LimitHit, OutgoingMail, Subscriber
from tests.alerts.test_follow_by_email import follow, follow_and_confirm
from tests.factories import make_law
from tests.support import current_database_url, free_port, start_gunicorn, stop, wait_until_up

# One inbox, written eight ways; quoting is refused by the form, the rest are counted
# as one mailbox.
VARIANTS = [
    "victim@example.org",
    "VICTIM@example.org",
    "victim+1@example.org",
    "Victim+2@Example.org",
    '"victim"@example.org',
    "victim+news@example.org",
    "VICTIM+3@EXAMPLE.ORG",
    "victim+a+b@example.org",
]


def accepted(answer) -> bool:
    return answer.status_code == 200 and "Check your email" in answer.content.decode()


@pytest.mark.django_db
def test_one_mailbox_written_eight_ways_gets_at_most_five_requests():
    make_law(slug="a-law")
    answers = [
        follow("/alerts/follow/law/a-law/", address, client_address=f"198.51.100.{n}")
        for n, address in enumerate(VARIANTS)
    ]
    assert sum(map(accepted, answers)) == 5
    assert [a.status_code for a in answers][-2:] == [429, 429]
    assert Subscriber.objects.count() <= 5


@pytest.mark.django_db
def test_an_ipv6_client_is_counted_by_its_64():
    make_law(slug="a-law")
    url = "/alerts/follow/law/a-law/"
    same_64 = [f"2001:db8:1:2:{n:x}::1" for n in range(21)]
    answers = [follow(url, f"reader{n}@example.org", client) for n, client in enumerate(same_64)]
    assert [a.status_code for a in answers] == [200] * 20 + [429]
    assert follow(url, "other@example.org", "2001:db8:1:3::1").status_code == 200


@pytest.mark.django_db
def test_counts_keep_no_address_and_old_ones_are_deleted():
    make_law(slug="a-law")
    follow("/alerts/follow/law/a-law/", "reader@example.org", "192.0.2.77")
    stored = " ".join(f"{h.scope} {h.who}" for h in LimitHit.objects.all())
    assert LimitHit.objects.count() == 2
    assert "reader" not in stored and "192.0.2.77" not in stored
    LimitHit.objects.update(at=LimitHit.objects.first().at.replace(year=2020))
    take_requests()
    from network_site.alerts import outbox

    outbox.remove_unconfirmed()
    assert not LimitHit.objects.exists()


def _statements(post) -> list[str]:
    """The SQL a request ran, with the values left out."""
    with CaptureQueriesContext(connection) as queries:
        answer = post()
    assert accepted(answer)
    return [re.sub(r"'[^']*'|\b\d+\b", "?", q["sql"]) for q in queries]


@pytest.mark.django_db
def test_the_forms_do_the_same_work_for_a_known_and_an_unknown_address():
    """The answer, and the database work behind it, are the same whoever the address
    is: what differs is done later by send_alerts, where no visitor can time it."""
    law = make_law(slug="a-law")
    follow_and_confirm(f"/alerts/follow/law/{law.slug}/", "known@example.org")

    def ask(path: str, address: str, n: int):
        data = {"email": address, "frequency": "immediately", "website": ""}
        return lambda: Client(REMOTE_ADDR=f"203.0.113.{n}").post(path, data)

    for path in (f"/alerts/follow/law/{law.slug}/", "/alerts/"):
        known = _statements(ask(path, "known@example.org", 1))
        unknown = _statements(ask(path, "stranger@example.org", 2))
        assert known == unknown
        assert not any("alerts_subscri" in sql for sql in known), "no look-up of who follows"
    assert FormRequest.objects.count() == 4
    mail_before = OutgoingMail.objects.count()
    take_requests()
    # A confirmation for the stranger (the known address asked again within a day:
    # nothing), and a manage link for the known address only.
    assert OutgoingMail.objects.count() == mail_before + 2


def _post(url: str, fields: dict, client: str) -> str:
    """ "accepted", "refused" (a form error) or "429"."""
    form = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=form, headers={"X-Forwarded-For": client})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (ours)
            return "accepted" if b"Check your email" in response.read() else "refused"
    except urllib.error.HTTPError as error:
        return str(error.code)


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_limits_hold_across_two_gunicorn_workers():
    make_law(slug="a-law")
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": current_database_url(),
        "ALLOWED_HOSTS": "127.0.0.1",
        "TRUSTED_PROXIES": "127.0.0.1",  # each test client below is its own network
        "CACHE_URL": "",  # no shared cache: the counts must still be shared
    }
    server = start_gunicorn(env, port, workers=2)
    url = f"http://127.0.0.1:{port}/alerts/follow/law/a-law/"
    try:
        wait_until_up(url, server)
        flood = [
            _post(url, {"email": f"r{n}@example.org", "frequency": "immediately"}, "192.0.2.50")
            for n in range(50)
        ]
        one_mailbox = [
            _post(url, {"email": address, "frequency": "immediately"}, f"198.51.100.{n}")
            for n, address in enumerate(VARIANTS)
        ]
    finally:
        stop(server)
    assert flood.count("accepted") == 20 and flood.count("429") == 30
    assert one_mailbox.count("accepted") == 5
