"""Events as iCalendar (RFC 5545), for "Add to calendar" and subscribed calendars.

Each event keeps one UID for life and its revision as SEQUENCE, so a calendar that
already has it updates it (a new time, a cancellation) instead of adding another.
"""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from resources.models import Event

PRODUCT = "-//Maine Sex Trafficking and Exploitation Network//Events//EN"
STATUSES = {
    Event.EventStatus.SCHEDULED: "CONFIRMED",
    Event.EventStatus.MOVED_ONLINE: "CONFIRMED",
    Event.EventStatus.POSTPONED: "TENTATIVE",
    Event.EventStatus.CANCELLED: "CANCELLED",
}


def of_events(request, events, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    stamp = timezone.now()
    for event in events:
        calendar.add_component(_component(request, event, stamp))
    return calendar.to_ical()


def _component(request, event: Event, stamp) -> CalendarEvent:
    item = CalendarEvent()
    item.add("uid", f"{event.uid}@events")
    item.add("dtstamp", stamp)
    item.add("sequence", event.revision)
    item.add("status", STATUSES[event.event_status])
    item.add("summary", _summary(event))
    if event.all_day:
        first = timezone.localtime(event.starts_at).date()
        last = timezone.localtime(event.ends_at).date()
        item.add("dtstart", first)
        item.add("dtend", last + timedelta(days=1))  # the day after: DTEND is exclusive
    else:
        item.add("dtstart", event.starts_at)
        item.add("dtend", event.ends_at)
    item.add("last-modified", event.updated_at)
    item.add("url", request.build_absolute_uri(event.get_absolute_url()))
    item.add("location", _location(event))
    item.add("description", _description(event))
    return item


def _summary(event: Event) -> str:
    if event.event_status == Event.EventStatus.SCHEDULED:
        return event.title
    return f"{event.get_event_status_display()}: {event.title}"


def _location(event: Event) -> str:
    if event.attendance == "online":
        return "Online"
    place = ", ".join(part for part in (event.venue, event.address) if part)
    return f"{place} (and online)" if event.attendance == "mixed" else place


def _description(event: Event) -> str:
    lines = [event.search_document, f"Organised by {event.organiser}."]
    if event.registration_url:
        lines.append(f"Register: {event.registration_url}")
    if event.online_url:
        lines.append(f"Join online: {event.online_url}")
    return "\n\n".join(line for line in lines if line)
