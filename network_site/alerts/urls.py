from django.urls import path

from network_site.alerts import views

app_name = "alerts"
urlpatterns = [
    path("", views.index, name="index"),
    path("follow/<str:kind>/<slug:slug>/", views.follow, name="follow"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
