from django.urls import path

from tests.recordkind import views

app_name = "recordkind"
urlpatterns = [
    path("bulletins/", views.BulletinListView.as_view(), name="list"),
    path("bulletins/<slug:slug>/", views.BulletinDetailView.as_view(), name="detail"),
]
