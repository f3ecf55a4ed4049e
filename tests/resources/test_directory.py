"""The directory: who can help where, by county and need, as pages and as Open Referral
HSDS 3.0; a confidential place on no public surface; every listing dated."""

import gzip
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker

from network_site.corrections.models import Suggestion
from network_site.records import publishing
from network_site.records.models import Status
from network_site.records.registry import record_kinds
from network_site.vocabulary.models import Audience
from resources.models import County, Organization, RegionalTeam, Service
from tests.admin_forms import form_fields
from tests.factories import make_staff

pytestmark = pytest.mark.django_db

SCHEMA = Path(__file__).parent / "hsds" / "organization.json.gz"

KENNEBEC_ONLY = "Sexual assault support in Kennebec and Somerset counties"
ANDROSCOGGIN_ONLY = "Sexual assault support in Androscoggin, Oxford and Franklin counties"
STATEWIDE = "Statewide Sexual Assault Crisis and Support Line"


def page(url: str, **query) -> str:
    response = Client().get(url, query)
    assert response.status_code == 200, url
    return response.content.decode()


def titles(html: str) -> list[str]:
    """The services a directory list shows, by title."""
    rows = html.split('class="records"')[1].split('class="record__title"')[1:]
    return [row.split("</a>")[0].split(">")[-1] for row in rows]


def listing(kind=Service, **fields):
    """A published listing of `kind`, through the gate, with its counties."""
    counties = fields.pop("counties", [])
    defaults = {
        "description": "Help, described plainly.",
        "source_url": "https://example.org/source",
        "source_words": "The words.",
        "source_checked_on": date(2026, 12, 1),
        "status": Status.PUBLISHED,
    }
    if kind is Service:
        defaults |= {
            "help_type": Service.Help.ADVOCACY,
            "organization": Organization.objects.get(slug="mecasa"),
        }
    record = kind(**(defaults | fields))
    return publishing.save(
        record,
        parts=lambda: record.counties.set(County.objects.filter(slug__in=counties)),
    )


# --- Finding help ----------------------------------------------------------------------


def test_the_directory_lists_the_demo_services_and_links_every_county():
    html = page("/directory/")
    shown = titles(html)
    assert {KENNEBEC_ONLY, ANDROSCOGGIN_ONLY, STATEWIDE} <= set(shown)
    assert len(shown) == Service.objects.published().count()
    for county in County.objects.all():
        assert f'href="/directory/counties/{county.slug}/"' in html
    assert 'href="/directory/hsds.json"' in html, "the open data is linked from the directory"


def test_a_county_filter_is_a_plain_link_and_keeps_statewide_services():
    directory = page("/directory/")
    assert 'href="/directory/?county=kennebec"' in directory  # no JavaScript needed
    shown = titles(page("/directory/", county="kennebec"))
    assert KENNEBEC_ONLY in shown and STATEWIDE in shown
    assert ANDROSCOGGIN_ONLY not in shown


@pytest.mark.parametrize(
    ("query", "included", "excluded"),
    [
        ({"help": "immigration"}, "Immigration legal help", STATEWIDE),
        ({"language": "es"}, "National Human Trafficking Hotline", STATEWIDE),
        ({"cost": "free"}, STATEWIDE, "Immigration legal help"),
        ({"hours": "24-7"}, "Child Protective Intake", "Free civil legal help"),
        ({"ages": "adults"}, STATEWIDE, "Child Protective Intake"),
        ({"county": "androscoggin", "help": "advocacy"}, ANDROSCOGGIN_ONLY, KENNEBEC_ONLY),
    ],
)
def test_each_filter_narrows_the_list(query, included, excluded):
    html = page("/directory/", **query)
    assert included in titles(html) and excluded not in titles(html)
    assert 'aria-current="true"' in html


def test_an_unknown_filter_value_shows_the_whole_list():
    assert (
        len(titles(page("/directory/", county="atlantis"))) == Service.objects.published().count()
    )


def test_a_countys_page_lists_its_own_services_then_statewide_ones_and_its_teams():
    html = page("/directory/counties/kennebec/")
    local = html.split('id="local-heading"')[1].split('id="statewide-heading"')[0]
    statewide = html.split('id="statewide-heading"')[1]
    assert KENNEBEC_ONLY in local and STATEWIDE not in local
    assert STATEWIDE in statewide and ANDROSCOGGIN_ONLY not in html
    assert "Kennebec &amp; Somerset County Children&#39;s Advocacy Center" in html
    assert "Waterville" in html, "the towns it includes"


def test_every_countys_page_is_in_the_sitemap():
    sitemap = page("/sitemap.xml")
    # Each county's page once in English (and once in each other language offered).
    assert sitemap.count("<loc>http://testserver/directory/counties/") == 16
    assert "/directory/counties/aroostook/</loc>" in sitemap


def test_an_unknown_county_is_a_404_in_the_sites_design():
    response = Client().get("/directory/counties/atlantis/")
    assert response.status_code == 404
    assert "Leave this site" in response.content.decode()


def test_a_town_typed_in_search_finds_its_countys_services():
    results = page("/search/", q="Waterville")
    assert KENNEBEC_ONLY in results
    assert ANDROSCOGGIN_ONLY not in results
    assert ANDROSCOGGIN_ONLY in page("/search/", q="Lewiston")


def test_a_professions_page_lists_the_services_and_teams_for_it():
    html = page("/for/law-enforcement/")
    assert 'id="section-services"' in html and "Child Protective Intake" in html
    assert 'id="section-regional-teams"' in html
    assert "Kennebec &amp; Somerset County Children&#39;s Advocacy Center" in html


def test_a_draft_listing_is_nowhere_public():
    draft = listing(title="Draft hotline", slug="draft-hotline", status=Status.DRAFT)
    assert Client().get(draft.get_absolute_url()).status_code == 404
    assert "Draft hotline" not in page("/directory/")
    assert "Draft hotline" not in page("/directory/counties/york/")
    assert "Draft hotline" not in Client().get("/directory/hsds.json").content.decode()


# --- Dated and confirmed ------------------------------------------------------------------


def test_each_listing_says_when_the_organization_confirmed_it():
    confirmed = listing(
        title="Confirmed line", slug="confirmed-line", confirmed_on=date(2026, 11, 2)
    )
    html = page(confirmed.get_absolute_url())
    assert "Confirmed with the organization on" in html and "November 2, 2026" in html
    demo = page("/directory/services/statewide-sexual-assault-helpline/")
    assert "Not yet confirmed with the organization" in demo
    assert 'href="https://www.sassmm.org/help-now.html"' in demo, "its public source"


def test_listings_not_confirmed_in_twelve_months_are_on_the_stale_list(admin_client):
    today = timezone.localdate()
    fresh = {"confirmed_on": today - timedelta(days=30), "last_reviewed": today}
    listing(title="Confirmed lately", slug="confirmed-lately", **fresh)
    listing(
        title="Confirmed long ago",
        slug="confirmed-long-ago",
        confirmed_on=today - timedelta(days=400),
        last_reviewed=today,
    )
    stale = admin_client.get("/admin/stale/").content.decode()
    assert "Confirmed long ago" in stale and "Confirmed lately" not in stale
    assert "not confirmed with the organization in the last 12 months" in stale
    in_admin = admin_client.get("/admin/resources/service/?review=stale").content.decode()
    assert "Confirmed long ago" in in_admin and "Confirmed lately" not in in_admin


# --- Open data ---------------------------------------------------------------------------


def test_the_hsds_export_is_valid_hsds_3_and_holds_the_demo_directory():
    response = Client().get("/directory/hsds.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    schema = json.loads(gzip.decompress(SCHEMA.read_bytes()))
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    assert data["total_items"] == len(data["contents"]) > 0
    for organization in data["contents"]:
        errors = [error.message for error in validator.iter_errors(organization)]
        assert errors == [], organization["name"]
    by_name = {organization["name"]: organization for organization in data["contents"]}
    assert set(by_name) == {
        *Organization.objects.published().values_list("title", flat=True),
        *RegionalTeam.objects.published().values_list("title", flat=True),
    }
    hotline = next(
        service
        for service in by_name["Polaris"]["services"]
        if service["name"] == "National Human Trafficking Hotline"
    )
    assert {phone["type"] for phone in hotline["phones"]} == {"voice", "text", "textphone"}
    assert {language["code"] for language in hotline["languages"]} == {"en", "es"}
    assert hotline["schedules"][0]["byday"] == "MO,TU,WE,TH,FR,SA,SU"
    assert hotline["service_areas"] == [
        {"id": hotline["service_areas"][0]["id"], "service_id": hotline["id"],
         "name": "Maine (statewide)"}
    ]  # fmt: skip
    assert Client().get("/directory/hsds.json").json() == data, "the same ids every time"


def test_the_export_fails_the_schema_when_a_required_field_is_missing():
    """The validation above can fail: HSDS requires a service's status."""
    data = Client().get("/directory/hsds.json").json()
    schema = json.loads(gzip.decompress(SCHEMA.read_bytes()))
    broken = next(o for o in data["contents"] if o.get("services"))
    del broken["services"][0]["status"]
    assert list(Draft202012Validator(schema).iter_errors(broken))


# --- A confidential place stays confidential ----------------------------------------------

SECRET_STREET = "17 Hidden Harbor Lane"
SECRET_TOWN = "Quietcove"
PUBLIC_STREET = "5 Open Door Street"


def public_surfaces(service: Service) -> dict[str, str]:
    """Every public page, feed and export a listing shows on."""
    client = Client()
    urls = [
        service.get_absolute_url(),
        service.get_permanent_url(),
        "/directory/",
        "/directory/?county=york",
        "/directory/counties/york/",
        "/directory/organizations/mecasa/",
        "/directory/hsds.json",
        "/api/services/",
        f"/api/services/{service.slug}/",
        "/updates/",
        "/updates/feed/",
        f"/updates/feed/service/{service.slug}/",
        "/sitemap.xml",
        f"/search/?q={service.title.replace(' ', '+')}",
        "/search/?q=Hidden+Harbor",
        "/for/victim-services/",
        "/api/professions/victim-services/",
    ]
    return {url: client.get(url, follow=True).content.decode() for url in urls}


def test_a_confidential_services_address_appears_on_no_public_surface():
    victim_services = Audience.objects.get(slug="victim-services")
    hidden = listing(
        title="Safe house for survivors",
        slug="safe-house",
        counties=["york"],
        location_is_confidential=True,
        street_address=SECRET_STREET,
        town=SECRET_TOWN,
        postal_code="04005",
        change_note="A new listing.",
    )
    shown = listing(
        title="Drop-in center",
        slug="drop-in-center",
        counties=["york"],
        street_address=PUBLIC_STREET,
        town="Biddeford",
        postal_code="04005",
        change_note="A new listing.",
    )
    for record in (hidden, shown):
        publishing.save(record, parts=lambda record=record: record.audiences.add(victim_services))

    surfaces = public_surfaces(hidden)
    leaks = [url for url, body in surfaces.items() if SECRET_STREET in body or SECRET_TOWN in body]
    assert leaks == []
    assert "Safe house for survivors" in surfaces[hidden.get_absolute_url()]
    assert "Kept confidential" in surfaces[hidden.get_absolute_url()]
    # The same surfaces do show a public address: the check above can fail.
    assert PUBLIC_STREET in Client().get(shown.get_absolute_url()).content.decode()
    assert PUBLIC_STREET in Client().get("/directory/hsds.json").content.decode()
    assert PUBLIC_STREET in Client().get("/api/services/drop-in-center/").content.decode()


# --- Readers' corrections ----------------------------------------------------------------


def test_a_correction_from_a_listing_reaches_the_staff_queue_and_changes_nothing_public(
    admin_client,
):
    service = Service.objects.get(slug="statewide-sexual-assault-helpline")
    url = service.get_absolute_url()
    before = page(url)
    form_action = f'action="/corrections/service/{service.pk}/"'
    assert form_action in before, "the form is on the listing"

    client = Client()
    response = client.post(
        f"/corrections/service/{service.pk}/",
        {"what_is_wrong": "The line now also answers texts.", "contact": "me@example.org"},
    )
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert "Set-Cookie" not in response and not client.cookies
    suggestion = Suggestion.objects.get()
    assert suggestion.record == service and suggestion.page_path == url
    assert suggestion.state == Suggestion.State.NEW
    after = page(url)
    assert "answers texts" not in after and "me@example.org" not in after
    assert after == before, "nothing public changes"

    queue = admin_client.get("/admin/corrections/suggestion/").content.decode()
    assert "The line now also answers texts." in queue
    opened = admin_client.get(f"/admin/corrections/suggestion/{suggestion.pk}/change/")
    assert f"/admin/resources/service/{service.pk}/change/" in opened.content.decode()


def test_every_record_page_offers_the_correction_form():
    for kind in record_kinds():
        record = kind.objects.published().first()
        if record is None or not kind.detail_route:
            continue
        html = page(record.get_absolute_url())
        assert f'action="/corrections/{kind._meta.model_name}/{record.pk}/"' in html, kind


def test_a_correction_with_nothing_in_it_is_refused_with_a_message_and_saves_nothing():
    service = Service.objects.get(slug="statewide-sexual-assault-helpline")
    response = Client().post(f"/corrections/service/{service.pk}/", {"what_is_wrong": "  "})
    assert response.status_code == 200
    assert "Tell us what is wrong." in response.content.decode()
    too_long = Client().post(f"/corrections/service/{service.pk}/", {"what_is_wrong": "x" * 2001})
    assert "under 2,000 characters" in too_long.content.decode()
    assert not Suggestion.objects.exists()


def test_a_bot_filling_the_hidden_field_is_thanked_and_ignored():
    service = Service.objects.get(slug="statewide-sexual-assault-helpline")
    response = Client().post(
        f"/corrections/service/{service.pk}/",
        {"what_is_wrong": "Buy cheap watches", "website": "https://spam.example"},
    )
    assert response.status_code == 200 and not Suggestion.objects.exists()


def test_corrections_are_rate_limited_per_network():
    service = Service.objects.get(slug="statewide-sexual-assault-helpline")
    client = Client()
    codes = [
        client.post(
            f"/corrections/service/{service.pk}/", {"what_is_wrong": f"Note {n}"}
        ).status_code
        for n in range(12)
    ]
    assert codes == [200] * 10 + [429, 429]


def test_only_a_published_record_takes_corrections():
    draft = listing(title="Draft line", slug="draft-line", status=Status.DRAFT)
    assert (
        Client().post(f"/corrections/service/{draft.pk}/", {"what_is_wrong": "x"}).status_code
        == 404
    )
    assert Client().get("/corrections/nothing/1/").status_code == 404


def test_editors_can_read_and_answer_the_queue_but_not_add_to_it(editor):
    assert editor.get("/admin/corrections/suggestion/").status_code == 200
    assert editor.get("/admin/corrections/suggestion/add/").status_code == 403
    assert make_staff("nobody").has_perm("corrections.view_suggestion") is False


def test_a_service_links_its_organization_only_while_it_is_published():
    service = Service.objects.get(slug="pine-tree-legal-civil-legal-help")
    organization = service.organization
    assert 'href="/directory/organizations/pine-tree-legal-assistance/"' in page(
        service.get_absolute_url()
    )
    api = f"/api/services/{service.slug}/"
    assert Client().get(api).json()["organization"] == "pine-tree-legal-assistance"
    publishing.move(organization, Status.DRAFT)
    assert Client().get(api).json()["organization"] is None
    html = page(service.get_absolute_url())
    assert "/directory/organizations/pine-tree-legal-assistance/" not in html
    assert "Pine Tree Legal Assistance" not in html.split("<footer")[0].split("</header>", 1)[1]


def test_staff_are_told_when_ages_are_the_wrong_way_round_and_nothing_is_saved(admin_client):
    service = Service.objects.get(slug="child-protective-intake")
    url = f"/admin/resources/service/{service.pk}/change/"
    fields = form_fields(admin_client.get(url).content.decode())
    fields.update(minimum_age="18", maximum_age="12")
    answer = admin_client.post(url, fields)
    assert answer.status_code == 200
    assert "must not be below the youngest" in answer.content.decode()
    service.refresh_from_db()
    assert (service.minimum_age, service.maximum_age) == (None, 17)
