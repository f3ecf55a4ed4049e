from django.urls import path

from laws import views

app_name = "laws"
urlpatterns = [
    path("", views.LawListView.as_view(), name="list"),
    path("<slug:slug>/", views.LawDetailView.as_view(), name="detail"),
]
