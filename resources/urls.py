from django.urls import path

from resources import views

app_name = "resources"
urlpatterns = [
    path("resources/", views.ResourceListView.as_view(), name="list"),
    path("resources/<slug:slug>/", views.ResourceDetailView.as_view(), name="detail"),
    path("guides/", views.GuideListView.as_view(), name="guides"),
    path("guides/<slug:slug>/", views.GuideDetailView.as_view(), name="guide"),
    path("glossary/", views.GlossaryView.as_view(), name="glossary"),
    path("glossary/<slug:slug>/", views.TermDetailView.as_view(), name="term"),
    path("events/", views.EventListView.as_view(), name="events"),
    path("events/past/", views.EventArchiveView.as_view(), name="past-events"),
    path("events/past/<number:year>/", views.EventArchiveView.as_view(), name="past-events-year"),
    path("events/calendar.ics", views.upcoming_calendar, name="calendar"),
    path(
        "events/calendar/<slug:discipline>.ics",
        views.upcoming_calendar,
        name="discipline-calendar",
    ),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event"),
    path("events/<slug:slug>/event.ics", views.event_calendar, name="event-calendar"),
    path("directory/", views.DirectoryView.as_view(), name="directory"),
    path("directory/hsds.json", views.hsds_export, name="hsds"),
    path("directory/services/<slug:slug>/", views.ServiceDetailView.as_view(), name="service"),
    path("directory/counties/<slug:slug>/", views.CountyView.as_view(), name="county"),
    path("directory/organizations/", views.OrganizationListView.as_view(), name="organizations"),
    path(
        "directory/organizations/<slug:slug>/",
        views.OrganizationDetailView.as_view(),
        name="organization",
    ),
    path("directory/teams/", views.RegionalTeamListView.as_view(), name="teams"),
    path("directory/teams/<slug:slug>/", views.RegionalTeamDetailView.as_view(), name="team"),
]
