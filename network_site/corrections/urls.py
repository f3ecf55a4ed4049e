from django.urls import path

from network_site.corrections import views

app_name = "corrections"
urlpatterns = [path("<str:kind>/<int:pk>/", views.suggest, name="suggest")]
