"""Facts with their sources: nothing a reader is told as fact (a law's penalties, its
dates, a help number) goes public without the public page it rests on, the words it
rests on and the day staff checked it; readers see the link and the date."""

from datetime import date

import pytest
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from laws.models import Law, Penalty, SessionLaw
from network_site.pages.models import HelpLine
from network_site.records.models import Status
from network_site.records.sources import Sourced
from resources.models import Term
from tests.factories import make_law

pytestmark = pytest.mark.django_db


@pytest.fixture
def publisher():
    user = User.objects.create_user("pat", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Publisher"))
    client = Client()
    client.force_login(user)
    return client


def test_every_kind_that_states_facts_declares_where_its_source_is():
    kinds = {model for model in (Law, Penalty, HelpLine, Term) if issubclass(model, Sourced)}
    assert kinds == {Law, Penalty, HelpLine, Term}
    for model in kinds:
        for name in model.source_fields:
            model._meta.get_field(name)  # a field it has, not a name shared code guessed


def test_every_public_fact_of_the_demo_rests_on_its_source():
    kinds = [model for model in apps.get_models() if issubclass(model, Sourced)]
    assert {Law, SessionLaw, Penalty, HelpLine, Term} <= set(kinds)
    for kind in kinds:
        public = list(kind.public_facts())
        assert public, kind
        unsourced = [str(fact) for fact in public if not all(fact.source)]
        assert unsourced == [], kind
        for fact in public:
            assert fact.source.url.startswith("https://"), fact


def law_form(law: Law, **changes) -> dict:
    data = {
        "title": law.title, "slug": law.slug, "status": law.status,
        "jurisdiction": law.jurisdiction, "citation": law.citation,
        "reader_group": law.reader_group, "summary": law.summary,
        "official_url": law.official_url, "legal_status": law.legal_status,
        "source_words": law.source_words,
        "last_checked": law.last_checked.isoformat() if law.last_checked else "",
        "change_note": "", "base_revision": law.revision,
        "penalties-TOTAL_FORMS": 0, "penalties-INITIAL_FORMS": 0,
    }  # fmt: skip
    data.update(changes)
    return data


def test_a_law_is_not_published_without_the_words_and_date_its_facts_rest_on(publisher):
    law = make_law(status=Status.DRAFT, source_words="", last_checked=None)
    url = reverse("admin:laws_law_change", args=[law.pk])
    response = publisher.post(url, law_form(law, status=Status.PUBLISHED))
    assert response.status_code == 200, "the form again, with what is missing"
    errors = response.context["adminform"].form.errors
    assert "source_words" in errors and "last_checked" in errors
    law.refresh_from_db()
    assert law.status == Status.DRAFT, "nothing saved"
    sourced = law_form(
        law,
        status=Status.PUBLISHED,
        source_words="A. The person knowingly ... is a Class D crime",
        last_checked="2026-12-01",
    )
    assert publisher.post(url, sourced).status_code == 302
    law.refresh_from_db()
    assert law.status == Status.PUBLISHED


def test_publishing_from_the_list_refuses_an_unsourced_law_and_says_why(publisher):
    law = make_law(status=Status.DRAFT, source_words="", last_checked=None)
    response = publisher.post(
        reverse("admin:laws_law_changelist"),
        {"action": "publish", "_selected_action": [law.pk]},
        follow=True,
    )
    law.refresh_from_db()
    assert law.status == Status.DRAFT
    said = [str(m) for m in messages.get_messages(response.wsgi_request)] or [
        str(m) for m in response.context["messages"]
    ]
    assert any("was not published" in m and "official text" in m for m in said), said


def test_a_penalty_tier_of_a_published_law_needs_its_source(publisher):
    law = make_law(source_words="Class C crime", last_checked=date(2026, 12, 1))
    url = reverse("admin:laws_law_change", args=[law.pk])
    tier = {
        "penalties-TOTAL_FORMS": 1, "penalties-INITIAL_FORMS": 0,
        "penalties-0-position": 0, "penalties-0-condition": "Any conviction",
        "penalties-0-crime_class": "Class C crime", "penalties-0-maximum_imprisonment": "5 years",
    }  # fmt: skip
    response = publisher.post(url, law_form(law, **tier))
    assert response.status_code == 200
    assert not law.penalties.exists()
    sourced = {
        **tier,
        "penalties-0-source_url": "https://legislature.maine.gov/statutes/17-A/title17-Asec1604.html",
        "penalties-0-source_words": "Class C crime, for a definite period not to exceed 5 years",
        "penalties-0-source_checked_on": "2026-12-01",
    }  # fmt: skip
    assert publisher.post(url, law_form(law, **sourced)).status_code == 302
    assert law.penalties.get().source_checked_on == date(2026, 12, 1)


def test_an_active_help_number_needs_its_source(publisher):
    line = HelpLine.objects.get(phone="1-800-452-1999")
    url = reverse("admin:pages_helpline_change", args=[line.pk])
    form = {
        "name": line.name, "phone": "1-800-452-1998", "tty": line.tty,
        "description": line.description, "position": line.position, "is_active": "on",
        "source_url": "", "source_words": line.source_words,
        "source_checked_on": line.source_checked_on.isoformat(),
    }  # fmt: skip
    response = publisher.post(url, form)
    assert response.status_code == 200
    assert "source_url" in response.context["adminform"].form.errors
    line.refresh_from_db()
    assert line.phone == "1-800-452-1999", "nothing saved"
    form["source_url"] = line.source_url
    assert publisher.post(url, form).status_code == 302
    line.refresh_from_db()
    assert line.phone == "1-800-452-1998"


def test_readers_see_each_facts_source_and_when_it_was_checked():
    law = Law.objects.get(citation="17-A M.R.S. § 853")
    page = Client().get(law.get_absolute_url()).content.decode()
    assert 'Source for its citation, dates and status: <a href="' + law.official_url in page
    assert "Source for the penalties: <a href=" in page and "checked <time" in page
    get_help = Client().get("/get-help/").content.decode()
    sources = get_help.split('id="number-sources"')[1]
    for line in HelpLine.public_facts():
        assert line.name in sources and line.source_url in sources
    term = Term.objects.published().first()
    term.source_url = "https://legislature.maine.gov/statutes/17-A/title17-Asec851.html"
    term.source_checked_on = date(2026, 12, 1)
    term.save()
    page = Client().get(term.get_absolute_url()).content.decode()
    assert "Source for this definition: <a href=" in page and "legislature.maine.gov" in page
