from django.urls import path

from laws import views

app_name = "laws"
urlpatterns = [
    path("laws/", views.LawListView.as_view(), name="list"),
    path("laws/<slug:slug>/", views.LawDetailView.as_view(), name="detail"),
]
