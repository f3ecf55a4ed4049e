"""The resources app's pages, one module per kind (the directory's kinds share one)."""

from resources.views.directory import (
    CountyView,
    DirectoryView,
    OrganizationDetailView,
    OrganizationListView,
    RegionalTeamDetailView,
    RegionalTeamListView,
    ServiceDetailView,
    hsds_export,
)
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
    "CountyView",
    "DirectoryView",
    "OrganizationDetailView",
    "OrganizationListView",
    "RegionalTeamDetailView",
    "RegionalTeamListView",
    "ServiceDetailView",
    "hsds_export",
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
