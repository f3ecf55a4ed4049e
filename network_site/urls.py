from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from network_site import api, uploads, views
from network_site.feeds import UpdatesFeed
from network_site.sitemaps import SITEMAPS

pages = (
    [
        path(f"{slug}/", views.site_page, {"slug": slug}, name=slug)
        for slug in ("get-help", "about", "privacy", "accessibility")
    ],
    "pages",
)
topics = (
    [
        path("", views.TopicListView.as_view(), name="list"),
        path("<slug:slug>/", views.TopicDetailView.as_view(), name="detail"),
    ],
    "topics",
)

api_urls = (
    [
        path("<str:kind>/", api.record_list, name="list"),
        path("<str:kind>/<slug:slug>/", api.record_detail, name="detail"),
    ],
    "api",
)

urlpatterns = [
    path("", views.home, name="home"),
    path("laws/", include("laws.urls")),
    path("protocols/", include("protocols.urls")),
    path("resources/", include("resources.urls")),
    path("topics/", include(topics)),
    path("search/", views.search, name="search"),
    path("updates/", views.updates, name="updates"),
    path("updates/feed/", UpdatesFeed(), name="updates-feed"),
    path("p/<str:kind>/<int:pk>/", views.permalink, name="permalink"),
    path("api/", include(api_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("", include(pages)),
    path("healthz", views.healthz, name="healthz"),
    path("markdownx/markdownify/", uploads.markdownify, name="markdownx_markdownify"),
    path("markdownx/upload/", uploads.upload_image, name="markdownx_upload"),
    path("media/images/<str:name>", uploads.uploaded_image, name="uploaded_image"),
    path(settings.ADMIN_URL, admin.site.urls),
]
