"""Pages that belong to no single library: home, topics, the fixed pages, health."""

from itertools import chain

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.generic import TemplateView

from laws.models import Law
from network_site.models import SitePage
from protocols.models import Protocol
from resources.models import Resource, Topic

LATEST_UPDATES = 6


def home(request):
    recent = chain(
        Law.objects.published().order_by("-updated_at")[:LATEST_UPDATES],
        Protocol.objects.published().order_by("-updated_at")[:LATEST_UPDATES],
        Resource.objects.published().order_by("-updated_at")[:LATEST_UPDATES],
    )
    latest = sorted(recent, key=lambda record: record.updated_at, reverse=True)[:LATEST_UPDATES]
    return render(
        request,
        "home.html",
        {
            "latest": latest,
            "law_count": Law.objects.published().count(),
            "protocol_count": Protocol.objects.published().count(),
            "resource_count": Resource.objects.published().count(),
            "topics": Topic.objects.all(),
        },
    )


def site_page(request, slug: str):
    page = get_object_or_404(SitePage, slug=slug)
    return render(request, "pages/site_page.html", {"page": page})


class TopicListView(TemplateView):
    template_name = "topics/topic_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(topics=Topic.objects.all(), **kwargs)


class TopicDetailView(TemplateView):
    """Everything published on one topic: laws, protocols and resources together."""

    template_name = "topics/topic_detail.html"

    def get_context_data(self, **kwargs):
        topic = get_object_or_404(Topic, slug=kwargs["slug"])
        return super().get_context_data(
            topic=topic,
            laws=Law.objects.published().filter(topics=topic),
            protocols=Protocol.objects.published().filter(topics=topic),
            resources=Resource.objects.published().filter(topics=topic),
            **kwargs,
        )


def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    else:
        response = HttpResponse("ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response
