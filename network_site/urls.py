from django.contrib import admin
from django.urls import include, path

from network_site import uploads, views

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

urlpatterns = [
    path("", views.home, name="home"),
    path("laws/", include("laws.urls")),
    path("protocols/", include("protocols.urls")),
    path("resources/", include("resources.urls")),
    path("topics/", include(topics)),
    path("search/", views.search, name="search"),
    path("", include(pages)),
    path("healthz", views.healthz, name="healthz"),
    path("markdownx/markdownify/", uploads.markdownify, name="markdownx_markdownify"),
    path("markdownx/upload/", uploads.upload_image, name="markdownx_upload"),
    path("media/images/<str:name>", uploads.uploaded_image, name="uploaded_image"),
    path("admin/", admin.site.urls),
]
