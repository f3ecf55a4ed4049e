from django.urls import path

from protocols import views

app_name = "protocols"
urlpatterns = [
    path("protocols/", views.ProtocolListView.as_view(), name="list"),
    path("protocols/<slug:slug>/", views.ProtocolDetailView.as_view(), name="detail"),
    path("protocols/<slug:slug>/attachment.pdf", views.attachment, name="attachment"),
    path("protocols/<slug:slug>/history/", views.history, name="history"),
    path("protocols/<slug:slug>/v/<number:number>/", views.version, name="version"),
    path("protocols/<slug:slug>/compare/", views.compare_versions, name="compare"),
    path("who-to-report-to/", views.who_to_report_to, name="report_to"),
]
