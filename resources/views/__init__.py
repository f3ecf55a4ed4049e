"""The resources app's pages, one module per kind."""

from resources.views.events import (
    EventArchiveView,
    EventDetailView,
    EventListView,
    event_calendar,
    upcoming_calendar,
)
from resources.views.glossary import GlossaryView, TermDetailView
from resources.views.guides import GuideDetailView, GuideListView
from resources.views.links import ResourceDetailView, ResourceListView

__all__ = [
    "EventArchiveView",
    "EventDetailView",
    "EventListView",
    "GlossaryView",
    "GuideDetailView",
    "GuideListView",
    "ResourceDetailView",
    "ResourceListView",
    "TermDetailView",
    "event_calendar",
    "upcoming_calendar",
]
