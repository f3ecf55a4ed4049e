"""Every change is kept and can be reverted from the admin."""

import pytest
from django.test import Client
from django.urls import reverse

from network_site.records import publishing
from tests.factories import make_law

pytestmark = pytest.mark.django_db


def test_an_edit_can_be_reverted_from_the_admin(admin_client):
    public = Client()
    law = make_law(summary="The original wording.")
    law.summary = "A mistaken rewrite."
    publishing.save(law)
    assert "A mistaken rewrite." in public.get(law.get_absolute_url()).content.decode()

    history_page = admin_client.get(reverse("admin:laws_law_history", args=[law.pk]))
    assert history_page.status_code == 200
    original = law.history.order_by("history_date").first()
    revert_url = reverse("admin:laws_law_simple_history", args=[law.pk, original.history_id])
    form = admin_client.get(revert_url)
    assert form.status_code == 200
    data = {
        name: value
        for name, value in form.context["adminform"].form.initial.items()
        if value is not None and name not in {"topics", "related_laws"}
    }
    response = admin_client.post(revert_url, {**data, "topics": [], "related_laws": []})
    assert response.status_code == 302

    page = public.get(law.get_absolute_url()).content.decode()
    assert "The original wording." in page
    assert "A mistaken rewrite." not in page
    assert law.history.count() == 3  # created, edited, reverted: nothing lost


def test_history_records_who_changed_what(admin_client):
    law = make_law()
    admin_client.post(
        reverse("admin:laws_law_change", args=[law.pk]),
        {
            "title": "Renamed by staff",
            "slug": law.slug,
            "status": law.status,
            "jurisdiction": law.jurisdiction,
            "citation": law.citation,
            "summary": law.summary,
            "official_url": law.official_url,
            "legal_status": law.legal_status,
            "reader_group": law.reader_group,
            "source_words": law.source_words,
            "last_checked": law.last_checked.isoformat(),
            "penalties-TOTAL_FORMS": "0",
            "penalties-INITIAL_FORMS": "0",
        },
    )
    latest = law.history.order_by("-history_date").first()
    assert latest.title == "Renamed by staff"
    assert latest.history_user.username == "admin"
