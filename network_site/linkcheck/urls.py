"""The link report, mounted inside the admin (network_site.admin_site)."""

from django.urls import path

from network_site.linkcheck import views

staff_urlpatterns = [path("links/", views.link_report, name="links")]
