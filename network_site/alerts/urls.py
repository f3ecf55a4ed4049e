from django.urls import path

from network_site.alerts import views

app_name = "alerts"
urlpatterns = [
    path("", views.index, name="index"),
    # What is followed: a kind of record (its model name), "topic" or "discipline".
    path("follow/<str:subject>/<slug:slug>/", views.follow, name="follow"),
    # Tokens are URL-safe base64 (secrets.token_urlsafe): anything else is a 404.
    path("confirm/<slug:token>/", views.confirm, name="confirm"),
    path("manage/<slug:token>/", views.manage, name="manage"),
    path("unsubscribe/<slug:token>/", views.unsubscribe, name="unsubscribe"),
]
