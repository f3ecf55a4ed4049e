from django.urls import path

from network_site.api import views

app_name = "api"
urlpatterns = [
    path("professions/", views.profession_list, name="professions"),
    path("professions/<slug:slug>/", views.profession_detail, name="profession"),
    path("<str:kind>/", views.record_list, name="list"),
    path("<str:kind>/<slug:slug>/", views.record_detail, name="detail"),
]
