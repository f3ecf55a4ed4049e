"""Pages that belong to no single library: home, topics, the fixed pages, health."""

from django.db import DatabaseError
from django.db.models import Count, QuerySet, Value
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.generic import DetailView, ListView

from network_site.alerts import models as alerts
from network_site.pages.models import SitePage
from network_site.records.cache import keep_until
from network_site.records.models import ContentVersion
from network_site.records.registry import listed_kinds, tagged_kinds
from resources.models import Event, Topic

LATEST_UPDATES = 6
NEXT_EVENTS = 3
PER_TOPIC_SECTION = 10


def sizes(querysets: list[QuerySet]) -> list[int]:
    """How many rows each queryset holds, read in one query (a UNION ALL of counts)."""
    counted = [
        records.order_by().annotate(part=Value(position)).values("part").annotate(n=Count("pk"))
        for position, records in enumerate(querysets)
    ]
    found = dict(counted[0].union(*counted[1:], all=True).values_list("part", "n"))
    return [found.get(position, 0) for position in range(len(querysets))]


def home(request):
    kinds = listed_kinds()
    latest = [
        record
        for kind in kinds
        for record in kind.objects.published()
        .only(*kind.link_fields, "updated_at")  # a link, its kind and its date
        .order_by("-updated_at")[:LATEST_UPDATES]
    ]
    latest.sort(key=lambda record: record.updated_at, reverse=True)
    counts = sizes([kind.in_library() for kind in kinds])
    cards = [
        {"kind": kind, "count": count, "url": reverse(kind.list_route)}
        for kind, count in zip(kinds, counts, strict=True)
    ]
    next_events = list(Event.in_library()[:NEXT_EVENTS])
    response = render(
        request,
        "home.html",
        {
            "cards": cards,
            "latest": latest[:LATEST_UPDATES],
            "next_events": next_events,
            "topics": Topic.objects.all(),
        },
    )
    # The next events change with the clock: kept until the first of them ends.
    keep_until(response, min((event.ends_at for event in next_events), default=None))
    return response


def site_page(request, slug: str):
    page = get_object_or_404(SitePage, slug=slug)
    context = {"page": page}
    if slug == "privacy":
        # What email alerts keep, and how long, from the periods the code keeps to.
        context["keeping"] = {
            "confirm_days": alerts.CONFIRM_WITHIN.days,
            "sent_mail_days": alerts.KEEP_SENT_MAIL.days,
            "give_up_days": alerts.GIVE_UP_AFTER.days,
        }
    return render(request, "pages/site_page.html", context)


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
        tagged = tagged_kinds(Topic, listed_kinds())
        kinds = [kind for kind, _ in tagged]
        on_topic = [kind.in_library().filter(**{relation: topic}) for kind, relation in tagged]
        sections = [
            {
                "heading": kind._meta.verbose_name_plural.capitalize(),
                "records": records[:PER_TOPIC_SECTION],
                "count": count,
                "all_url": f"{reverse(kind.list_route)}?topic={topic.slug}",
            }
            for kind, records, count in zip(kinds, on_topic, sizes(on_topic), strict=True)
        ]
        return super().get_context_data(
            sections=sections,
            feed_url=reverse("topic-feed", kwargs={"slug": topic.slug}),
            feed_title=f"Changes on {topic.name}",
            follow_url=reverse("alerts:follow", kwargs={"kind": "topic", "slug": topic.slug}),
            follow_what=f"anything on {topic.name}",
            **kwargs,
        )


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
