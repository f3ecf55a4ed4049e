from django.urls import path

from laws import views

app_name = "laws"
urlpatterns = [
    path("laws/", views.LawListView.as_view(), name="list"),
    path("laws/<slug:slug>/", views.LawDetailView.as_view(), name="detail"),
    path("charge-table/", views.charge_table, name="charges"),
    path("session-laws/", views.SessionLawListView.as_view(), name="session_laws"),
    path("session-laws/<slug:slug>/", views.SessionLawDetailView.as_view(), name="session_law"),
    path("sessions/<slug:slug>/", views.session_detail, name="session"),
]
