"""Laws as they change: session laws, a law's timeline, penalties as facts, the session
pages and the staff checklist, and the demo content checked against its own timelines."""

import itertools
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from laws.models import Law, LawChange, LegislativeSession, Penalty, SessionLaw, timeline_facts
from network_site.records import publishing
from network_site.records.models import Status
from resources.models import Guide
from tests.factories import make_law, make_protocol, make_staff

pytestmark = pytest.mark.django_db
_numbers = itertools.count(900)


def make_session(**fields) -> LegislativeSession:
    n = next(_numbers)
    defaults = {
        "jurisdiction": "maine",
        "name": f"{n}th Legislature",
        "slug": f"legislature-{n}",
        "first_year": 2023,
        "last_year": 2024,
    }
    return LegislativeSession.objects.create(**{**defaults, **fields})


def make_session_law(*changes, session=None, **fields) -> SessionLaw:
    """A session law with these (law, action, former name) changes."""
    n = next(_numbers)
    defaults = {
        "title": f"An Act number {n}",
        "slug": f"pl-2023-c-{n}",
        "jurisdiction": "maine",
        "session": session or make_session(),
        "citation": f"P.L. 2023, c. {n}",
        "bill": f"L.D. {n}",
        "approved_on": date(2023, 6, 26),
        "effective_on": date(2023, 10, 25),
        "official_url": f"https://legislature.maine.gov/legis/bills/display_ps.asp?LD={n}",
        "summary": "What it did.",
        "status": Status.PUBLISHED,
    }
    session_law = SessionLaw(**{**defaults, **fields})

    def record_changes():
        for law, action, former_name in changes:
            LawChange.objects.create(
                session_law=session_law, law=law, action=action, former_name=former_name
            )

    # Through the gate, as the admin saves a session law with its rows.
    return publishing.save(session_law, parts=record_changes)


def test_a_law_shows_its_timeline_newest_first_and_follows_it():
    law = make_law(title="Engaging a person", other_names="Buying sex")
    make_session_law((law, "renamed", "Engaging a prostitute"), citation="P.L. 2023, c. 916")
    make_session_law(
        (law, "amended", ""),
        citation="P.L. 2025, c. 987",
        approved_on=date(2025, 6, 20),
        effective_on=date(2025, 9, 24),
    )
    law.refresh_from_db()
    assert law.legal_status == "in_force", "amendment is its history, not its standing"
    assert law.amended_on == date(2025, 9, 24)
    assert law.session_law == "P.L. 2025, c. 987"
    assert law.former_names_list == ["Engaging a prostitute"]
    page = Client().get(law.get_absolute_url()).content.decode()
    timeline = page.split('id="timeline-heading"')[1]
    assert timeline.index("P.L. 2025, c. 987") < timeline.index("P.L. 2023, c. 916")
    assert "Renamed</strong> by" in timeline and "formerly “Engaging a prostitute”" in timeline
    assert "Effective <time" in timeline and "September 24, 2025" in timeline
    assert "formerly “Engaging a prostitute”" in page.split("document__meta")[1]
    # Found by its former name, as by any other.
    found = Client().get(reverse("search"), {"q": "engaging a prostitute"}).context["results"]
    assert law.pk in {hit.pk for hit in found.hits if hit.source.model is type(law)}


def test_a_repealed_law_names_its_repeal_and_never_shows_it_as_an_enactment():
    law = make_law(title="An old offense")
    repeal = make_session_law((law, "repealed", ""))
    law.refresh_from_db()
    assert law.legal_status == "repealed"
    assert law.repealed_on == date(2023, 10, 25)
    assert law.enacted_on is None and law.effective_on is None
    page = Client().get(law.get_absolute_url()).content.decode()
    banner = page.split('class="notice notice--warning"')[1].split("</p>")[0]
    repealed_by = f'<a href="{repeal.get_absolute_url()}"><span class="citation">{repeal.citation}'
    assert f"repealed by {repealed_by}</span></a>" in banner
    assert "effective <time" in banner and "October 25, 2023" in banner
    assert "<dt>Enacted</dt>" not in page


def test_a_draft_session_law_changes_nothing_the_public_sees():
    law = make_law(title="Still in force")
    draft = make_session_law((law, "repealed", ""), status=Status.DRAFT, title="Hidden draft act")
    law.refresh_from_db()
    assert law.legal_status == "in_force" and law.session_law == ""
    for url in (law.get_absolute_url(), draft.session.get_absolute_url()):
        page = Client().get(url).content.decode()
        assert draft.citation not in page and "Hidden draft act" not in page, url
    api = Client().get(f"/api/laws/{law.slug}/").json()
    assert api["timeline"] == [] and api["legal_status"] == "in_force"
    assert Client().get(draft.get_absolute_url()).status_code == 404
    # Published, it takes effect on the law; back to draft, the law is as it was.
    publishing.move(draft, Status.PUBLISHED)
    law.refresh_from_db()
    assert law.legal_status == "repealed"
    publishing.move(draft, Status.DRAFT)
    law.refresh_from_db()
    assert law.legal_status == "in_force" and law.repealed_on is None
    assert draft.citation not in Client().get(law.get_absolute_url()).content.decode()


def test_a_draft_law_is_not_listed_on_its_session_laws_page():
    shown = make_law(title="A published law")
    hidden = make_law(title="Hidden draft law", status=Status.DRAFT)
    session_law = make_session_law((shown, "amended", ""), (hidden, "amended", ""))
    for url in (session_law.get_absolute_url(), session_law.session.get_absolute_url()):
        page = Client().get(url).content.decode()
        assert "A published law" in page and "Hidden draft law" not in page, url
    api = Client().get(f"/api/session-laws/{session_law.slug}/").json()
    assert [change["law"] for change in api["changes"]] == [shown.citation]


def test_a_session_page_is_the_checklist_of_what_to_review():
    session = make_session(name="131st Legislature", slug="maine-131st-test")
    law = make_law(title="A changed crime", last_reviewed=date(2023, 1, 1))
    make_session_law((law, "amended", ""), session=session)
    stale = make_protocol(title="Stale protocol", last_reviewed=date(2023, 5, 1))
    # Reviewed after the change was published here (today), whatever its effective date.
    fresh = make_protocol(title="Fresh protocol", last_reviewed=date.today())
    hidden = make_protocol(title="Hidden draft protocol", status=Status.DRAFT)
    for protocol in (stale, fresh, hidden):
        protocol.related_laws.add(law)
    page = Client().get(session.get_absolute_url()).content.decode()
    assert "Maine 131st Legislature, 2023–2024" in page
    section = page.split('id="to-review-heading"')[1]
    assert "2 of 3 pages have not been reviewed since" in section
    entries = section.split("<li>")[1:]
    waiting = [e for e in entries if "Needs review" in e]
    assert {"A changed crime", "Stale protocol"} == {
        title for title in ("A changed crime", "Stale protocol", "Fresh protocol")
        if any(title in e for e in waiting)
    }  # fmt: skip
    assert any("Fresh protocol" in e and "Reviewed</span>" in e for e in entries)
    assert "Hidden draft protocol" not in page
    assert Client().get("/sessions/no-such-session/").status_code == 404


def test_the_staff_checklist_in_the_admin(admin_client):
    session = make_session()
    law = make_law(title="A law nobody has checked")
    make_session_law((law, "amended", ""), session=session)
    url = reverse("admin:laws_legislativesession_change", args=[session.pk])
    page = admin_client.get(url).content.decode()
    assert "A law nobody has checked" in page and "never" in page
    law.last_reviewed = date(2024, 1, 2)  # after the change took effect, before it was published
    publishing.save(law)
    page = admin_client.get(url).content.decode()
    assert "A law nobody has checked" in page and "January 2, 2024" in page
    publishing.mark_reviewed(law)
    page = admin_client.get(url).content.decode()
    assert "has been reviewed since" in page


def test_penalties_are_a_table_and_facts_naming_only_published_session_laws():
    law = make_law(title="A crime with tiers")
    public = make_session_law(citation="P.L. 2025, c. 1")
    draft = make_session_law(citation="P.L. 2025, c. 2", status=Status.DRAFT)

    def penalties():  # the law's inline rows, saved with it as the admin does
        Penalty.objects.create(
            law=law, condition="Any conviction", crime_class="Class B crime",
            maximum_imprisonment="10 years", maximum_fine=20_000, assessment=6_000, set_by=public,
        )  # fmt: skip
        Penalty.objects.create(
            law=law, condition="With a prior conviction", crime_class="Class C crime",
            maximum_imprisonment="5 years", maximum_fine=5_000, assessment=3_000, set_by=draft,
            position=1,
        )  # fmt: skip

    publishing.save(law, parts=penalties)
    page = Client().get(law.get_absolute_url()).content.decode()
    table = page.split('class="penalties"')[1].split("</table>")[0]
    assert table.index("Any conviction") < table.index("With a prior conviction")
    assert "Up to 10 years" in table and "$20,000" in table and "$6,000" in table
    assert public.citation in table and draft.citation not in table
    facts = Client().get(f"/api/laws/{law.slug}/").json()["penalties"]
    assert facts[0] == {
        "condition": "Any conviction", "class": "Class B crime", "minimum_imprisonment": "",
        "maximum_imprisonment": "10 years", "maximum_fine": 20_000, "assessment": 6_000,
        "set_by": "P.L. 2025, c. 1",
    }  # fmt: skip
    assert facts[1]["set_by"] is None
    # Published later: the law's page names it at once.
    publishing.move(draft, Status.PUBLISHED)
    page = Client().get(law.get_absolute_url()).content.decode()
    assert draft.citation in page.split('class="penalties"')[1].split("</table>")[0]


@pytest.mark.parametrize(
    "query", ["P.L. 2023, c. 316", "PL 2023 ch 316", "Public Law 2023, chapter 316", "LD 1435"]
)
def test_a_maine_session_law_is_found_by_any_way_of_citing_it(client, query):
    results = client.get(reverse("search"), {"q": query}).context["results"]
    assert results.hits[0].source.model is SessionLaw
    assert SessionLaw.objects.get(pk=results.hits[0].pk).citation == "P.L. 2023, c. 316"


def test_a_federal_session_law_is_found_by_its_public_law_number(client):
    for query in ("Public Law 117-347", "Pub. L. 117-347", "P.L. 117-347"):
        hits = client.get(reverse("search"), {"q": query}).context["results"].hits
        found = {
            SessionLaw.objects.get(pk=h.pk).citation for h in hits if h.source.model is SessionLaw
        }
        assert "Pub. L. 117-347" in found, query


def test_an_editor_sees_a_live_records_rows_but_only_a_publisher_changes_them(client):
    law = make_law(title="Live law")
    Penalty.objects.create(law=law, condition="Any conviction", maximum_imprisonment="1 year")
    url = reverse("admin:laws_law_change", args=[law.pk])
    editor = make_staff("editor-rows")
    editor.groups.add(*Group.objects.filter(name="Editor"))
    client.force_login(editor)
    page = client.get(url).content.decode()
    assert "Any conviction" in page and 'name="penalties-0-condition"' not in page
    publisher = make_staff("publisher-rows")
    publisher.groups.add(*Group.objects.filter(name="Publisher"))
    client.force_login(publisher)
    assert 'name="penalties-0-condition"' in client.get(url).content.decode()


def test_a_law_with_a_timeline_takes_its_dates_from_it_not_the_form(admin_client):
    law = make_law(title="Followed law")
    make_session_law((law, "repealed", ""))
    page = admin_client.get(reverse("admin:laws_law_change", args=[law.pk])).content.decode()
    assert 'name="legal_status"' not in page, "set by the timeline, so not editable"
    assert "Repealed by" in page


# --- The demo library against its own timelines ----------------------------------------


def test_no_demo_law_disagrees_with_its_timeline():
    """Every demo law with a timeline: its status, dates, session law and former names
    are what the timeline says; its title is none of its former names; a repealed law
    has its repeal in the timeline, and a law in force has none."""
    checked = 0
    for session_law in SessionLaw.objects.published().prefetch_related("changes__law"):
        assert session_law.changes.exists(), session_law
    laws = {change.law for change in LawChange.objects.of_published_session_laws()}
    for law in laws:
        changes = list(LawChange.objects.of_published_session_laws().filter(law=law))
        facts = timeline_facts(changes)
        for name, value in facts.items():
            assert getattr(law, name) == value, (law.citation, name)
        repeals = [c for c in changes if c.action == "repealed"]
        assert (law.legal_status == "repealed") == bool(repeals), law.citation
        assert law.title not in law.former_names_list, law.citation
        page = Client().get(law.get_absolute_url()).content.decode()
        assert '<ol class="timeline"' in page, law.citation
        if law.enacted_on:
            enactment = next(c for c in changes if c.action == "enacted")
            assert law.enacted_on == enactment.session_law.approved_on, law.citation
        checked += 1
    assert checked >= 12


def test_the_2023_maine_session_page_works_on_the_demo():
    page = Client().get("/sessions/maine-131st-legislature/").content.decode()
    assert "P.L. 2023, c. 316" in page and "P.L. 2023, c. 409" in page
    assert "Engaging a person for prostitution" in page
    assert "formerly “Engaging a prostitute”" in page
    assert 'id="to-review-heading"' in page


def test_the_sitemap_lists_sessions_with_published_session_laws():
    hidden = make_session(slug="session-with-drafts-only")
    make_session_law(session=hidden, status=Status.DRAFT)
    sitemap = Client().get("/sitemap.xml").content.decode()
    assert "/sessions/maine-131st-legislature/</loc>" in sitemap
    assert "/session-laws/pl-2023-c-316/</loc>" in sitemap
    assert "session-with-drafts-only" not in sitemap


def test_what_a_change_affects_lists_the_law_first_then_what_cites_it():
    law = make_law(title="Zebra law", last_reviewed=date(2024, 1, 1))
    # A guide: "Guide" sorts before "Law" by name, so only the kinds' order puts the
    # law first.
    guide = publishing.save(
        Guide(title="Aardvark guide", slug="aardvark-guide", summary="About it.",
              body="## What is it?\n\nThis.", status=Status.PUBLISHED,
              last_reviewed=date(2024, 1, 1))
    )  # fmt: skip
    guide.laws.add(law)
    session_law = make_session_law((law, "amended", ""))
    section = Client().get(session_law.get_absolute_url()).content.decode()
    section = section.split('id="affected-heading"')[1]
    assert section.index("Zebra law") < section.index("Aardvark guide")


def test_a_law_with_no_recorded_session_law_says_where_its_history_is():
    law = make_law(title="An older law", session_law="P.L. 2013, c. 407")
    page = Client().get(law.get_absolute_url()).content.decode()
    section = page.split('id="timeline-heading"')[1].split("</p>")[0]
    assert "not recorded on this site yet" in section and "P.L. 2013, c. 407" in section
    assert law.official_url in section


def test_a_renaming_without_the_former_name_is_a_form_error_and_saves_nothing(admin_client):
    law = make_law(title="A law to rename")
    session = make_session()
    form = {
        "title": "An Act to Rename", "slug": "an-act-to-rename", "status": Status.DRAFT,
        "jurisdiction": "maine", "session": session.pk, "citation": "P.L. 2024, c. 999",
        "bill": "L.D. 9999", "approved_on": "2024-04-01", "effective_on": "",
        "official_url": "https://legislature.maine.gov/", "summary": "Renames a law.",
        "change_note": "", "last_reviewed": "",
        "changes-TOTAL_FORMS": "1", "changes-INITIAL_FORMS": "0",
        "changes-0-law": law.pk, "changes-0-action": "renamed", "changes-0-former_name": "",
        "changes-0-sections": "", "changes-0-note": "", "changes-0-effective_on": "",
    }  # fmt: skip
    response = admin_client.post(reverse("admin:laws_sessionlaw_add"), form)
    assert response.status_code == 200
    assert "Give the name the law had before." in response.content.decode()
    assert not SessionLaw.objects.filter(slug="an-act-to-rename").exists()
    form["changes-0-former_name"] = "The old name"
    response = admin_client.post(reverse("admin:laws_sessionlaw_add"), form)
    assert response.status_code == 302
    change = LawChange.objects.get(session_law__slug="an-act-to-rename")
    assert change.former_name == "The old name" and change.law == law


def test_the_latest_session_law_named_is_the_one_linked_when_two_take_effect_together():
    law = make_law(title="Changed twice in one session")
    make_session_law((law, "amended", ""), citation="P.L. 2023, c. 901")
    second = make_session_law((law, "amended", ""), citation="P.L. 2023, c. 902")
    law.refresh_from_db()
    assert law.session_law == second.citation
    facts = Client().get(law.get_absolute_url()).content.decode().split('class="facts"')[1]
    assert (
        f'<a href="{second.get_absolute_url()}"><span class="citation">{second.citation}</span></a>'
        in facts
    )


def test_a_law_enacted_for_a_later_day_is_not_yet_in_effect_until_that_day(client):
    law = make_law(title="Okapi protection", citation="17-A M.R.S. § 9001")
    later = timezone.localdate() + timedelta(days=90)
    session_law = make_session_law((law, "enacted", ""), approved_on=date(2026, 6, 1),
                                   effective_on=later)  # fmt: skip
    law.refresh_from_db()
    assert law.legal_status == Law.LegalStatus.NOT_YET_IN_EFFECT and law.effective_on == later
    page = client.get(law.get_absolute_url()).content.decode()
    assert "This law is not yet in effect: it takes effect on" in page
    assert "<dt>Status</dt><dd>Not yet in effect</dd>" in page
    waiting = client.get("/laws/", {"status": "not_yet_in_effect"}).content.decode()
    assert "Okapi protection" in waiting
    assert "Okapi protection" not in client.get("/laws/", {"status": "in_force"}).content.decode()
    assert "Okapi protection" not in client.get("/charge-table/").content.decode()
    # Its day comes: the daily re-derivation finds it in force.
    session_law.effective_on = timezone.localdate()
    publishing.save(session_law)
    law.refresh_from_db()
    assert law.legal_status == Law.LegalStatus.IN_FORCE
    assert "Okapi protection" in client.get("/laws/", {"status": "in_force"}).content.decode()
