"""Pages that belong to no single library: home, topics, the fixed pages, health."""

from django.db import DatabaseError
from django.db.models import Count, Window
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.generic import DetailView, ListView

from network_site.pages.models import SitePage
from network_site.records.models import ContentVersion
from network_site.records.registry import listed_kinds
from resources.models import Topic

LATEST_UPDATES = 6
PER_TOPIC_SECTION = 10


def first_with_total(records, limit: int) -> tuple[list, int]:
    """The first `limit` of these records, and how many there are, in one query: the
    count is a window over every row, worked out before the limit applies."""
    rows = list(records.annotate(total=Window(Count("pk")))[:limit])
    return rows, rows[0].total if rows else 0


def home(request):
    libraries, recent = [], []
    for kind in listed_kinds():
        latest, count = first_with_total(
            kind.objects.published().order_by("-updated_at"), LATEST_UPDATES
        )
        recent += latest
        libraries.append({"kind": kind, "count": count, "url": reverse(kind.list_route)})
    latest = sorted(recent, key=lambda record: record.updated_at, reverse=True)[:LATEST_UPDATES]
    return render(
        request,
        "home.html",
        {"libraries": libraries, "latest": latest, "topics": Topic.objects.all()},
    )


def site_page(request, slug: str):
    page = get_object_or_404(SitePage, slug=slug)
    return render(request, "pages/site_page.html", {"page": page})


class TopicListView(ListView):
    model = Topic
    template_name = "topics/topic_list.html"
    context_object_name = "topics"


class TopicDetailView(DetailView):
    """Everything published on one topic, a section for each kind of record."""

    model = Topic
    template_name = "topics/topic_detail.html"

    def get_context_data(self, **kwargs):
        topic = self.object
        sections = []
        for kind in listed_kinds():
            if not any(field.name == "topics" for field in kind._meta.many_to_many):
                continue
            records, count = first_with_total(
                kind.objects.published().filter(topics=topic), PER_TOPIC_SECTION
            )
            sections.append(
                {
                    "heading": kind._meta.verbose_name_plural.capitalize(),
                    "records": records,
                    "count": count,
                    "all_url": f"{reverse(kind.list_route)}?topic={topic.slug}",
                }
            )
        return super().get_context_data(sections=sections, **kwargs)


def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        ContentVersion.objects.exists()
    except DatabaseError:
        response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    else:
        response = HttpResponse("ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


def robots_txt(request):
    # The admin's address is not listed: it is configurable so as not to be advertised.
    lines = [
        "User-agent: *",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
