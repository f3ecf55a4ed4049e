from django.urls import path

from resources import views

app_name = "resources"
urlpatterns = [
    path("resources/", views.ResourceListView.as_view(), name="list"),
    path("resources/<slug:slug>/", views.ResourceDetailView.as_view(), name="detail"),
]
