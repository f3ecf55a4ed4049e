"""Sample events, dated relative to the day the demo is loaded so the upcoming list is
never empty. They are samples: every title says so, and none is presented as a real
training, date, venue or organiser."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MAINE = ZoneInfo("America/New_York")
SAMPLE_NOTE = (
    "*This is a sample event, shown so you can see how trainings appear on this site. "
    "It is not a real training: do not try to attend it.*"
)
SERIES = ("Sample: recognising trafficking in health care", "sample-health-care-series")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=MAINE)


def demo_events(today: date) -> list[dict]:
    """The sample events for a demo loaded on `today` (in Maine)."""

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    return [
        {
            "slug": "sample-law-enforcement-training",
            "title": "Sample: responding to a suspected minor victim (law enforcement)",
            "starts_at": _at(day(14), 9),
            "ends_at": _at(day(14), 12),
            "venue": "Sample training room",
            "address": "Augusta, Maine",
            "organiser": "Sample organiser",
            "cost": "Free",
            "credits": "Sample: 3 training hours",
            "audiences": ["law-enforcement", "child-welfare"],
            "topics": ["children-and-youth", "sex-trafficking"],
            "description": f"{SAMPLE_NOTE}\n\nA morning on the first contact with a young "
            "person who may be sold for sex: safety first, a report to child protective "
            "services, and an advocate.",
            "accessibility": "Sample: ask the organiser for interpretation or captions.",
        },
        {
            "slug": "sample-advocates-webinar",
            "title": "Sample: webinar for advocates on victims' compensation",
            "starts_at": _at(day(21), 13),
            "ends_at": _at(day(21), 14, 30),
            "online_url": "https://example.org/sample-webinar",
            "registration_url": "https://example.org/sample-registration",
            "organiser": "Sample organiser",
            "cost": "Free",
            "audiences": ["victim-services", "legal-services"],
            "topics": ["victims-rights"],
            "description": f"{SAMPLE_NOTE}\n\nAn hour online on helping survivors apply "
            "for compensation.",
            "accessibility": "Sample: live captions.",
        },
        {
            "slug": "sample-health-care-session-1",
            "title": "Sample: recognising trafficking in health care, session 1",
            "starts_at": _at(day(35), 8),
            "ends_at": _at(day(35), 10),
            "venue": "Sample hospital classroom",
            "address": "Portland, Maine",
            "online_url": "https://example.org/sample-hybrid",
            "organiser": "Sample organiser",
            "audiences": ["health-care"],
            "topics": ["screening"],
            "series": SERIES,
            "description": f"{SAMPLE_NOTE}\n\nThe first of two sessions for emergency "
            "department staff, in the room or online.",
        },
        {
            "slug": "sample-health-care-session-2",
            "title": "Sample: recognising trafficking in health care, session 2",
            "starts_at": _at(day(42), 8),
            "ends_at": _at(day(42), 10),
            "venue": "Sample hospital classroom",
            "address": "Bangor, Maine",
            "organiser": "Sample organiser",
            "audiences": ["health-care"],
            "topics": ["screening"],
            "series": SERIES,
            "description": f"{SAMPLE_NOTE}\n\nThe second session: asking safely, and "
            "what to do next.",
        },
        {
            "slug": "sample-schools-training-cancelled",
            "title": "Sample: training for school staff (cancelled)",
            "starts_at": _at(day(28), 15),
            "ends_at": _at(day(28), 16, 30),
            "venue": "Sample school library",
            "address": "Lewiston, Maine",
            "organiser": "Sample organiser",
            "event_status": "cancelled",
            "audiences": ["schools"],
            "topics": ["children-and-youth", "online-exploitation"],
            "description": f"{SAMPLE_NOTE}\n\nShown cancelled, as a cancelled event "
            "appears on the site and in subscribed calendars.",
        },
        {
            "slug": "sample-network-conference",
            "title": "Sample: the Network's annual conference",
            "starts_at": _at(day(60), 0),
            "ends_at": _at(day(61), 23, 59),
            "all_day": True,
            "venue": "Sample conference centre",
            "address": "Augusta, Maine",
            "organiser": "Sample organiser",
            "cost": "Sample: $40",
            "audiences": ["law-enforcement", "health-care", "victim-services", "schools"],
            "topics": ["sex-trafficking", "labor-trafficking"],
            "description": f"{SAMPLE_NOTE}\n\nTwo days for every discipline.",
        },
        {
            "slug": "sample-past-prosecutors-training",
            "title": "Sample: a past training for prosecutors",
            "starts_at": _at(day(-40), 9),
            "ends_at": _at(day(-40), 16),
            "venue": "Sample courthouse meeting room",
            "address": "Augusta, Maine",
            "organiser": "Sample organiser",
            "audiences": ["prosecution"],
            "topics": ["sex-trafficking"],
            "description": f"{SAMPLE_NOTE}\n\nShown in the archive of past events.",
        },
        {
            "slug": "sample-past-webinar",
            "title": "Sample: a past webinar on labor trafficking",
            "starts_at": _at(day(-400), 12),
            "ends_at": _at(day(-400), 13),
            "online_url": "https://example.org/sample-past-webinar",
            "organiser": "Sample organiser",
            "audiences": ["general-public"],
            "topics": ["labor-trafficking"],
            "description": f"{SAMPLE_NOTE}\n\nShown in the archive of past events.",
        },
    ]
