from django.urls import path

from protocols import views

app_name = "protocols"
urlpatterns = [
    path("", views.ProtocolListView.as_view(), name="list"),
    path("<slug:slug>/", views.ProtocolDetailView.as_view(), name="detail"),
    path("<slug:slug>/attachment.pdf", views.attachment, name="attachment"),
    path("<slug:slug>/history/", views.history, name="history"),
    path("<slug:slug>/v/<int:number>/", views.version, name="version"),
    path("<slug:slug>/compare/", views.compare_versions, name="compare"),
]
