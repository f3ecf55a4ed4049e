from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from network_site import uploads
from network_site.pages import views as pages
from network_site.pages.sitemaps import sitemaps
from network_site.records import views as records
from network_site.records.feeds import (
    DisciplineUpdatesFeed,
    RecordUpdatesFeed,
    TopicUpdatesFeed,
    UpdatesFeed,
)
from network_site.records.registry import record_apps
from network_site.search.views import search

fixed_pages = (
    [
        path(f"{slug}/", pages.site_page, {"slug": slug}, name=slug)
        for slug in ("get-help", "about", "privacy", "accessibility")
    ],
    "pages",
)
topics = (
    [
        path("", pages.TopicListView.as_view(), name="list"),
        path("<slug:slug>/", pages.TopicDetailView.as_view(), name="detail"),
    ],
    "topics",
)

professions = (
    [
        path("", pages.ProfessionListView.as_view(), name="list"),
        path("<slug:slug>/", pages.ProfessionDetailView.as_view(), name="detail"),
    ],
    "professions",
)

# The pages a reader reads, in each of settings.LANGUAGES: English at the addresses it
# has always had, another language under its code (/es/laws/).
pages_in_each_language = i18n_patterns(
    path("", pages.home, name="home"),
    # Each app that holds kinds of record serves their pages from its own urls.py,
    # under the addresses it chooses (laws/, protocols/, ...), in its own namespace.
    *(path("", include(f"{app.name}.urls")) for app in record_apps()),
    path("topics/", include(topics)),
    path("for/", include(professions)),
    path("search/", search, name="search"),
    path("updates/", records.UpdateListView.as_view(), name="updates"),
    path("updates/feed/", UpdatesFeed(), name="updates-feed"),
    path("updates/feed/topics/<slug:slug>/", TopicUpdatesFeed(), name="topic-feed"),
    path("updates/feed/disciplines/<slug:slug>/", DisciplineUpdatesFeed(), name="discipline-feed"),
    path("updates/feed/<str:kind>/<slug:slug>/", RecordUpdatesFeed(), name="record-feed"),
    path("p/<str:kind>/<int:pk>/", records.permalink, name="permalink"),
    path("alerts/", include("network_site.alerts.urls")),
    path("corrections/", include("network_site.corrections.urls")),
    path("", include(fixed_pages)),
    prefix_default_language=False,
)

urlpatterns = [
    *pages_in_each_language,
    path("api/", include("network_site.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps()}, name="sitemap"),
    path("robots.txt", pages.robots_txt, name="robots"),
    path("healthz", pages.healthz, name="healthz"),
    path("markdownx/markdownify/", uploads.markdownify, name="markdownx_markdownify"),
    path("markdownx/upload/", uploads.upload_image, name="markdownx_upload"),
    path("media/images/<str:name>", uploads.uploaded_image, name="uploaded_image"),
    path(settings.ADMIN_URL, admin.site.urls),
]
