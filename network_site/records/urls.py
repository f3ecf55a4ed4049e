"""The staff pages on records, mounted inside the admin (network_site.admin_site)."""

from django.urls import path

from network_site.records import review

staff_urlpatterns = [
    path("review/", review.review_queue, name="review-queue"),
    path("review/<int:pk>/", review.review_revision, name="review-revision"),
    path("stale/", review.stale_records, name="stale"),
]
