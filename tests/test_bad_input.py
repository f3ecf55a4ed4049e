"""Bad input stops nothing (issue 25, part): malformed tokens and numbers are 404s, not
500s; a feed carries any stored text; search survives a row with no index entry."""

import pytest
from django.urls import reverse

from laws.models import Law
from network_site.records.models import Status
from tests.factories import make_law

pytestmark = pytest.mark.django_db
# Every control character a text column can hold (PostgreSQL refuses NUL itself).
CONTROL = "".join(chr(n) for n in range(1, 32) if chr(n) not in "\t\n\r")


@pytest.mark.parametrize("page", ["confirm", "manage", "unsubscribe"])
@pytest.mark.parametrize("token", ["%00", "a%00b", "x" * 10_000, "%C2%B2", "%E2%80%AE"])
def test_a_malformed_token_is_a_404(client, page, token):
    assert client.get(f"/alerts/{page}/{token}/").status_code == 404


def test_a_non_ascii_digit_in_the_manage_form_is_no_500(client):
    from tests.alerts.test_follow_by_email import follow_and_confirm

    law = make_law(slug="followed")
    subscription = follow_and_confirm(f"/alerts/follow/law/{law.slug}/")
    url = reverse("alerts:manage", args=[subscription.subscriber.token])
    response = client.post(url, {"follow": "²", "frequency": "²"})
    assert response.status_code < 500


def test_search_survives_records_saved_outside_the_gate(client):
    """A script's save() writes no index entry; a queryset's update leaves one stale:
    search finds what it can, shows nothing unpublished, and never errs."""
    from network_site.search.models import SearchEntry

    law = make_law(title="A law saved by a script", citation="99 M.R.S. § 4242")
    SearchEntry.objects.filter(object_id=law.pk, title=law.title).update(vector=None)
    unindexed = Law.objects.create(
        title="Unindexed okapi law", slug="unindexed", citation="98 M.R.S. § 1",
        jurisdiction="maine", summary="Okapi.", official_url="https://legislature.maine.gov/",
        status=Status.PUBLISHED,
    )  # fmt: skip
    taken_back = make_law(title="Okapi law taken back by a script", citation="97 M.R.S. § 2")
    Law.objects.filter(pk=taken_back.pk).update(status=Status.DRAFT)
    for query in ("99 M.R.S. § 4242", "saved by a script", "trafficking", "okapi", "97 MRSA 2"):
        response = client.get(reverse("search"), {"q": query})
        assert response.status_code == 200, query
        titles = [hit.title for hit in response.context["results"].hits]
        assert taken_back.title not in titles and unindexed.title not in titles, query
    hits = client.get(reverse("search"), {"q": "99 MRSA 4242"}).context["results"].hits
    assert any(hit.pk == law.pk and hit.source.model is Law for hit in hits)


@pytest.mark.parametrize(
    "address",
    ['"x\x0bx-injected:\\ yes"@example.org', '"victim"@example.org', "a\x0cb@example.org"],
)
def test_a_quoted_or_control_character_address_is_a_form_error_and_queues_nothing(address):
    from network_site.alerts.models import OutgoingMail, Subscriber
    from tests.alerts.test_follow_by_email import follow

    law = make_law(slug="followed-by-a-stranger")
    response = follow(f"/alerts/follow/law/{law.slug}/", address)
    assert response.status_code == 200
    assert "Enter an ordinary email address" in response.content.decode() or (
        "Enter a whole email address" in response.content.decode()
    )
    assert not Subscriber.objects.exists() and not OutgoingMail.objects.exists()


def test_an_ordinary_address_with_a_tag_still_follows():
    from network_site.alerts.models import Subscriber
    from tests.alerts.test_follow_by_email import follow

    law = make_law(slug="followed-by-a-reader")
    follow(f"/alerts/follow/law/{law.slug}/", "Reader.Name+alerts@Example.org")
    assert Subscriber.objects.filter(email="reader.name+alerts@example.org").exists()
