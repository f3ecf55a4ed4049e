"""Events: the upcoming list, the archive, each event's page and the calendars."""

from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.formats import date_format

from network_site.records.page_cache import keep_until
from network_site.records.views import (
    Filter,
    RecordDetailView,
    RecordListView,
    find_record,
    kept_for_library,
    library_changes_at,
    published_related,
    visible_records,
    vocabulary_filter,
)
from network_site.vocabulary.models import Audience
from network_site.words import gettext_lazy as _
from resources import calendar
from resources.models import Event

FORMATS = [("in-person", _("In person")), ("online", _("Online"))]
ONLINE = Q(event_status=Event.EventStatus.MOVED_ONLINE) | Q(venue="") | ~Q(online_url="")
IN_PERSON = ~Q(venue="") & ~Q(event_status=Event.EventStatus.MOVED_ONLINE)


def months_ahead() -> list[tuple[str, str]]:
    """("2026-12", "December 2026") for each month with an upcoming event, named in
    the reader's language."""

    def read():
        months = Event.in_library().datetimes("starts_at", "month")
        return [(f"{month:%Y-%m}", date_format(month, "YEAR_MONTH_FORMAT")) for month in months]

    return kept_for_library(Event, "months-ahead", read)


def month_condition(value: str) -> Q:
    year, month = value.split("-")
    return Q(starts_at__year=int(year), starts_at__month=int(month))


class UntilTheNextEventEnds:
    """For pages that list upcoming events: the page cache keeps them only until the
    first upcoming event ends, when they change by themselves."""

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        keep_until(response, library_changes_at(Event))
        return response


class EventListView(UntilTheNextEventEnds, RecordListView):
    """Upcoming events, soonest first: an event leaves the list when it ends."""

    model = Event
    template_name = "resources/event_list.html"
    heading = _("Trainings and events")

    def get_filters(self):
        months = months_ahead()
        return [
            vocabulary_filter("discipline", _("For"), Event, "audiences"),
            Filter(
                "format",
                _("Format"),
                FORMATS,
                conditions={"in-person": IN_PERSON, "online": ONLINE},
            ),
            Filter(
                "month",
                _("Month"),
                months,
                conditions={value: month_condition(value) for value, _ in months},
            ),
        ]


class EventArchiveView(UntilTheNextEventEnds, RecordListView):
    """Events that have ended, by year, latest first."""

    model = Event
    template_name = "resources/event_archive.html"
    lists_the_library = False  # past events, not the library's upcoming ones

    def get_queryset(self):
        self.filters = []
        past = Event.objects.published().past()
        self.years = [moment.year for moment in past.datetimes("starts_at", "year", "DESC")]
        year = self.kwargs.get("year", self.years[0] if self.years else None)
        if "year" in self.kwargs and year not in self.years:
            raise Http404("No events that year.")
        self.year = year
        events = past.filter(starts_at__year=year) if year else past.none()
        return events

    def get_context_data(self, **kwargs):
        # /events/past/ shows the latest year too, but is titled apart from that year's
        # own address: two pages, two titles.
        year_in_address = "year" in self.kwargs
        return super().get_context_data(
            years=self.years, year=self.year, year_in_address=year_in_address, **kwargs
        )


class EventDetailView(RecordDetailView):
    model = Event
    template_name = "resources/event_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        context["other_sessions"] = (
            event.series.events.published().exclude(pk=event.pk).only(*Event.link_fields)
            if event.series_id
            else Event.objects.none()
        )
        return context


def calendar_response(request, events, name: str, *, download: str = "") -> HttpResponse:
    response = HttpResponse(
        calendar.of_events(request, events, name), content_type="text/calendar; charset=utf-8"
    )
    if download:
        response["Content-Disposition"] = f'attachment; filename="{download}"'
    return response


def event_calendar(request, slug: str):
    """One event as an .ics file, for "Add to calendar"."""
    event = find_record(request, visible_records(request, Event), slug)
    if isinstance(event, HttpResponse):
        return event
    return calendar_response(request, [event], event.title, download=f"{event.slug}.ics")


def upcoming_calendar(request, discipline: str = ""):
    """A calendar to subscribe to: every upcoming event, or those for one discipline.

    Cancelled events stay in it, marked cancelled, so subscribed calendars update."""
    events = Event.in_library().prefetch_related(*published_related(Event, "audiences"))
    name = "Maine Sex Trafficking and Exploitation Network: trainings and events"
    if discipline:
        audience = get_object_or_404(Audience, slug=discipline)
        events = events.filter(audiences=audience)
        name = f"{name} for {audience.name.lower()}"
    response = calendar_response(request, events, name)
    keep_until(response, library_changes_at(Event))
    return response
