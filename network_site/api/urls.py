from django.urls import path

from network_site.api import views

app_name = "api"
urlpatterns = [
    path("<str:kind>/", views.record_list, name="list"),
    path("<str:kind>/<slug:slug>/", views.record_detail, name="detail"),
]
