"""Trainings and events: the calendar pages, the .ics files, and an event that ends
leaving the upcoming list by itself."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from icalendar import Calendar

from network_site.records import publishing
from network_site.records.models import Status
from network_site.vocabulary.models import Audience, Topic
from resources.models import Event, EventSeries

pytestmark = pytest.mark.django_db


def make_event(**fields) -> Event:
    start = fields.pop("starts_at", timezone.now() + timedelta(days=3))
    defaults = {
        "title": "Screening training for nurses",
        "slug": "screening-training",
        "description": "How to ask safely.",
        "starts_at": start,
        "ends_at": start + timedelta(hours=2),
        "venue": "Training room",
        "address": "Augusta, Maine",
        "organiser": "Example organiser",
        "status": Status.PUBLISHED,
    }
    return publishing.save(Event(**{**defaults, **fields}))


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar: Calendar) -> dict[str, object]:
    return {str(item["SUMMARY"]): item for item in calendar.walk("VEVENT")}


def test_an_event_file_carries_times_status_and_a_rising_sequence(client):
    event = make_event(starts_at=datetime(2031, 3, 4, 14, 30, tzinfo=UTC))
    first = vevents(parse(client.get(f"/events/{event.slug}/event.ics")))[event.title]
    assert first["DTSTART"].dt == datetime(2031, 3, 4, 14, 30, tzinfo=UTC)
    assert first["DTEND"].dt == datetime(2031, 3, 4, 16, 30, tzinfo=UTC)
    assert str(first["STATUS"]) == "CONFIRMED"

    event.event_status = Event.EventStatus.CANCELLED
    publishing.save(event)
    again = vevents(parse(client.get(f"/events/{event.slug}/event.ics")))
    cancelled = again[f"Cancelled: {event.title}"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert cancelled["UID"] == first["UID"]  # the same event, updated
    assert int(cancelled["SEQUENCE"]) > int(first["SEQUENCE"])


def test_an_all_day_event_spans_whole_days(client):
    start = datetime(2031, 5, 1, 4, 0, tzinfo=UTC)  # midnight in Maine
    event = make_event(all_day=True, starts_at=start, ends_at=start + timedelta(days=1, hours=19))
    item = next(iter(vevents(parse(client.get(f"/events/{event.slug}/event.ics"))).values()))
    assert str(item["DTSTART"].dt) == "2031-05-01"
    assert str(item["DTEND"].dt) == "2031-05-03"  # exclusive: the day after the last


def test_the_subscribable_calendars_list_upcoming_events_by_discipline(client):
    nurses = Audience.objects.get(slug="health-care")
    upcoming = make_event()
    upcoming.audiences.add(nurses)
    police = make_event(title="Police training", slug="police-training")
    police.audiences.add(Audience.objects.get(slug="law-enforcement"))
    make_event(
        title="Last year's training", slug="old", starts_at=timezone.now() - timedelta(days=365)
    )
    make_event(title="Unpublished training", slug="draft", status=Status.DRAFT)
    everything = vevents(parse(client.get("/events/calendar.ics")))
    assert {upcoming.title, "Police training"} <= set(everything)
    assert "Last year's training" not in everything and "Unpublished training" not in everything
    health = vevents(parse(client.get("/events/calendar/health-care.ics")))
    assert upcoming.title in health and "Police training" not in health
    assert client.get("/events/calendar/no-such-discipline.ics").status_code == 404


def test_an_event_that_ends_leaves_the_upcoming_pages_through_the_page_cache(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE = True
    cache.clear()
    start = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        event = make_event(title="Soon over", slug="soon-over", starts_at=start)
        event.audiences.add(Audience.objects.get(slug="schools"))
        event.topics.add(Topic.objects.get(slug="sex-trafficking"))

    def upcoming(url: str) -> str:
        text = client.get(url).content.decode()
        # The home page's and a profession's next events, not their latest updates.
        for heading in ('id="events-heading"', 'id="section-events"', ">Events</h2>"):
            if heading in text:
                text = text.split(heading, 1)[-1].split("</section>", 1)[0]
        return text

    pages = ["/events/", "/", "/events/calendar.ics", "/for/schools/", "/topics/sex-trafficking/"]
    for url in pages:
        assert "Soon over" in upcoming(url), url
        assert "Soon over" in upcoming(url), url  # from the cache
    with time_machine.travel(start + timedelta(hours=3), tick=False):
        for url in pages:
            assert "Soon over" not in upcoming(url), url
        assert "Soon over" in client.get("/events/past/").content.decode()
    cache.clear()


def test_the_home_pages_next_events_are_kept_only_until_the_first_upcoming_event_ends(
    client, hears_every_change, django_capture_on_commit_callbacks
):
    """Where a process hears of every change (the listener), the home page keeps its next
    events and how many there are per content version, but only until the first upcoming
    event ends: even one not among those it shows."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            make_event(
                title=f"Long course {n}", slug=f"long-course-{n}",
                starts_at=now - timedelta(hours=1), ends_at=now + timedelta(days=30),
            )  # fmt: skip
        make_event(title="Short talk", slug="short-talk", starts_at=now + timedelta(hours=1))

    def upcoming_count() -> int:
        return int(re.search(r"(\d+) upcoming events?", client.get("/").content.decode())[1])

    before = upcoming_count()
    assert before == Event.objects.published().upcoming().count()
    with CaptureQueriesContext(connection) as captured:
        assert upcoming_count() == before
    assert not [q for q in captured if "resources_event" in q["sql"]], "kept, not read again"
    with time_machine.travel(now + timedelta(hours=3, seconds=1), tick=False):
        assert upcoming_count() == before - 1


def test_the_event_lists_filters_are_kept_only_until_the_first_upcoming_event_ends(
    client, hears_every_change, django_capture_on_commit_callbacks
):
    """Where a process hears of every change (the listener), the upcoming list's filter
    options and counts are kept per content version, but only until an event ends."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    start = timezone.now() + timedelta(minutes=5)
    with django_capture_on_commit_callbacks(execute=True):
        make_event(title="Short webinar", venue="", online_url="https://example.org/join",
                   starts_at=start)  # fmt: skip

    def online_count() -> int:
        html = client.get("/events/").content.decode()
        return int(re.search(r'format=online"[^>]*>Online <span class="count">\((\d+)\)', html)[1])

    before = online_count()
    assert before >= 1
    with CaptureQueriesContext(connection) as captured:
        assert online_count() == before
    assert not [q for q in captured if "COUNT(DISTINCT" in q["sql"]], "kept, not counted again"
    with time_machine.travel(start + timedelta(hours=2, seconds=1), tick=False):
        assert online_count() == before - 1


def test_lists_filter_by_discipline_format_and_month(client):
    online = make_event(
        title="Online webinar", slug="webinar", venue="", online_url="https://example.org/join"
    )
    room = make_event(
        title="In the room", slug="room", starts_at=timezone.now() + timedelta(days=70)
    )
    room.audiences.add(Audience.objects.get(slug="schools"))

    def titles(query: dict) -> list[str]:
        html = client.get("/events/", query).content.decode()
        return re.findall(r'record__title"><a [^>]*>([^<]*)<', html)

    assert online.title in titles({"format": "online"}) and room.title not in titles(
        {"format": "online"}
    )
    assert room.title in titles({"format": "in-person"}) and online.title not in titles(
        {"format": "in-person"}
    )
    assert room.title in titles({"discipline": "schools"})
    assert online.title not in titles({"discipline": "schools"})
    month = timezone.localtime(room.starts_at).strftime("%Y-%m")
    assert room.title in titles({"month": month}) and online.title not in titles({"month": month})
    # Unknown values are ignored: the whole list, never an error page.
    for query in (
        {"month": "2026-13"},
        {"month": "garbage"},
        {"discipline": "nobody"},
        {"format": "x"},
    ):
        assert client.get("/events/", query).status_code == 200
    assert client.get("/events/", {"page": "abc"}).status_code == 404
    assert client.get("/events/past/99999/").status_code == 404


def test_a_year_of_past_events_has_one_address(client):
    """/events/past/2024/ alone: written with a leading zero, or as year 0, it is not
    found, rather than a copy of a year's page."""
    make_event(
        title="A training long ago", slug="long-ago", starts_at=datetime(2024, 5, 2, tzinfo=UTC)
    )
    year = client.get(reverse("resources:past-events-year", args=[2024]))
    assert year.request["PATH_INFO"] == "/events/past/2024/"
    assert "A training long ago" in year.content.decode()
    for written in ("02024", "0", "00"):
        response = client.get(f"/events/past/{written}/")
        assert response.status_code == 404, written
        assert "A training long ago" not in response.content.decode()


def test_event_page_has_the_facts_a_banner_and_structured_data(client):
    event = make_event(
        registration_url="https://example.org/register",
        online_url="https://example.org/join",
        event_status=Event.EventStatus.POSTPONED,
        cost="Free",
    )
    html = client.get(event.get_absolute_url()).content.decode()
    assert "This event is postponed." in html
    assert (
        "Register on the organiser&#39;s site" in html or "Register on the organiser's site" in html
    )
    assert reverse("resources:event-calendar", args=[event.slug]) in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["organizer"]["name"] == "Example organiser"
    assert {place["@type"] for place in data["location"]} == {"Place", "VirtualLocation"}


def test_a_cancellation_is_listed_on_the_updates_page(client):
    event = make_event(title="Cancelled training")
    event.event_status = Event.EventStatus.CANCELLED
    publishing.save(event)
    updates = client.get("/updates/").content.decode()
    assert "Cancelled training" in updates and "Cancelled." in updates


def test_drafts_never_reach_the_event_pages(client):
    series = EventSeries.objects.create(name="Two sessions", slug="two-sessions")
    shown = make_event(title="Visible training", series=series)
    draft = make_event(
        title="Hidden draft training", slug="hidden", status=Status.DRAFT, series=series
    )
    long_ago = timezone.now() - timedelta(days=30)
    make_event(title="Visible past training", slug="past", starts_at=long_ago)
    make_event(
        title="Hidden draft of the past", slug="past-draft", starts_at=long_ago, status=Status.DRAFT
    )
    assert "Visible past training" in client.get("/events/past/").content.decode()
    assert "Visible training" in client.get("/events/").content.decode()
    for url in ("/events/", "/events/past/", "/", "/events/calendar.ics", "/api/events/",
                "/sitemap.xml", shown.get_absolute_url()):  # fmt: skip
        text = client.get(url).content.decode()
        assert "Hidden draft" not in text, url
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"/events/{draft.slug}/event.ics").status_code == 404


def event_form(**overrides) -> dict:
    data = {
        "title": "New training",
        "slug": "new-training",
        "status": Status.DRAFT,
        "event_status": "scheduled",
        "organiser": "Example organiser",
        "starts_at_0": "2031-06-01",
        "starts_at_1": "09:00",
        "ends_at_0": "2031-06-01",
        "ends_at_1": "12:00",
        "venue": "Training room",
        "address": "",
        "online_url": "",
        "description": "What it covers.",
        "accessibility": "",
        "registration_url": "",
        "cost": "",
        "credits": "",
        "last_reviewed": "",
        "change_note": "",
        "base_revision": "0",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_at_1": "08:00"}, "ends_at", "cannot end before it starts"),
        ({"registration_url": "ftp://example.org/x"}, "registration_url", "valid URL"),
        ({"venue": ""}, "venue", "venue, an online link, or both"),
        ({"event_status": "moved_online"}, "online_url", "needs its online link"),
    ],
)
def test_bad_event_input_is_a_form_error_and_saves_nothing(admin_client, changes, field, message):
    response = admin_client.post(reverse("admin:resources_event_add"), event_form(**changes))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors[field]), errors
    assert not Event.objects.filter(slug="new-training").exists()


def test_staff_add_an_event_in_the_admin(admin_client):
    response = admin_client.post(reverse("admin:resources_event_add"), event_form())
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get(slug="new-training")
    assert timezone.localtime(event.starts_at).hour == 9  # entered in Maine's time


def test_events_are_searched_and_in_the_api(client):
    event = make_event(title="Quillwort training", organiser="Example organiser")
    results = client.get("/search/", {"q": "quillwort"}).context["results"]
    assert [hit.record for hit in results.hits] == [event] and results.counts["event"] == 1
    row = client.get(f"/api/events/{event.slug}/").json()
    assert row["starts_at"] == event.starts_at.isoformat()
    assert row["attendance"] == "in_person" and row["event_status"] == "scheduled"


def test_search_lists_upcoming_events_first_and_past_or_cancelled_ones_last(client):
    """Whatever their words' rank: the past and cancelled sessions here match better."""
    now = timezone.now()
    soon = make_event(title="Sundew session", slug="sundew-soon", description="Sundew.")
    past = make_event(
        title="Sundew sundew training",
        slug="sundew-past",
        description="Sundew sundew sundew.",
        starts_at=now - timedelta(days=30),
    )
    cancelled = make_event(
        title="Sundew sundew training, cancelled",
        slug="sundew-cancelled",
        description="Sundew sundew sundew.",
        starts_at=now + timedelta(days=9),
        event_status=Event.EventStatus.CANCELLED,
    )
    html = client.get("/search/", {"q": "sundew"}).content.decode()
    results = client.get("/search/", {"q": "sundew"}).context["results"]
    assert [hit.record for hit in results.hits][0] == soon
    assert {hit.record for hit in results.hits[1:]} == {past, cancelled}
    # Each shows its day; the cancelled one says so.
    assert date_format(timezone.localtime(soon.starts_at), "F j, Y") in html
    assert "Cancelled" in html


def test_an_event_that_ends_drops_below_current_results_by_the_clock_alone(client):
    event = make_event(title="Bladderwort", slug="bladderwort", description="x")
    later = timezone.now() + timedelta(days=400)
    publishing.save(
        Event(title="Notes on bladderwort and other plants", slug="bw-other", starts_at=later,
              ends_at=later + timedelta(hours=1), venue="Room", status=Status.PUBLISHED)
    )  # fmt: skip
    assert client.get("/search/", {"q": "bladderwort"}).context["results"].hits[0].record == event
    with time_machine.travel(event.ends_at + timedelta(hours=1)):
        hits = client.get("/search/", {"q": "bladderwort"}).context["results"].hits
        assert hits[-1].record == event
