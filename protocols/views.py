from django.http import FileResponse, Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from network_site.pages.models import HelpLine
from network_site.records.models import in_readers_language_all
from network_site.records.textdiff import compare_sections
from network_site.records.views import (
    Filter,
    RecordDetailView,
    RecordListView,
    find_record,
    visible_records,
    vocabulary_filter,
)
from network_site.vocabulary.models import Audience
from network_site.words import gettext
from network_site.words import gettext_lazy as _
from protocols import reporting
from protocols.models import Protocol, ProtocolVersion


class ProtocolListView(RecordListView):
    model = Protocol
    template_name = "protocols/protocol_list.html"
    heading = _("Protocols and model policies")

    def get(self, request, *args, **kwargs):
        if "kind" in request.GET:
            # The filter was called "kind" once: those addresses, in partners' manuals,
            # lead to the same list.
            query = request.GET.copy()
            query.setlist("type", query.pop("kind"))
            return HttpResponsePermanentRedirect(f"{request.path}?{query.urlencode()}")
        return super().get(request, *args, **kwargs)

    def get_filters(self):
        return [
            Filter("type", _("Type"), Protocol.DocumentType.choices, "document_type"),
            vocabulary_filter("discipline", _("Discipline"), Protocol, "disciplines"),
            vocabulary_filter("topic", _("Topic"), Protocol, "topics"),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        chosen = {f.param: f for f in self.filters if f.selected}
        if "discipline" in chosen:
            discipline = chosen["discipline"]
            context["feed_url"] = reverse("discipline-feed", kwargs={"slug": discipline.selected})
            context["feed_title"] = f"Changes for {discipline.selected_label}"
            context["follow_url"] = reverse(
                "alerts:follow", kwargs={"subject": "discipline", "slug": discipline.selected}
            )
            context["follow_what"] = gettext("anything for %(discipline)s") % {
                "discipline": discipline.selected_label
            }
        return context


class ProtocolDetailView(RecordDetailView):
    model = Protocol
    template_name = "protocols/protocol_detail.html"


def _protocol(request, slug: str) -> Protocol | HttpResponse:
    return find_record(request, visible_records(request, Protocol), slug)


def attachment(request, slug: str):
    """The protocol's PDF, as a download that browsers never sniff into something else."""
    protocol = _protocol(request, slug)
    if isinstance(protocol, HttpResponse):
        return protocol
    if not protocol.attachment:
        raise Http404("This protocol has no attachment.")
    try:
        handle = protocol.attachment.open("rb")
    except FileNotFoundError as missing:
        raise Http404("The attachment file is missing.") from missing
    response = FileResponse(
        handle, as_attachment=True, filename=f"{protocol.slug}.pdf", content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def history(request, slug: str):
    """Every published version, newest first, with its change note."""
    protocol = _protocol(request, slug)
    if isinstance(protocol, HttpResponse):
        return protocol
    versions = list(protocol.versions.all())
    return render(
        request, "protocols/protocol_history.html", {"protocol": protocol, "versions": versions}
    )


def version(request, slug: str, number: int):
    """One version as it was published; a banner when a newer one supersedes it."""
    protocol = _protocol(request, slug)
    if isinstance(protocol, HttpResponse):
        return protocol
    shown = get_object_or_404(ProtocolVersion, protocol=protocol, number=number)
    latest = protocol.current_version
    return render(
        request,
        "protocols/protocol_version.html",
        {"protocol": protocol, "shown": shown, "latest": latest},
    )


def compare_versions(request, slug: str):
    """Two versions side by side as one text: what was removed, added and changed."""
    protocol = _protocol(request, slug)
    if isinstance(protocol, HttpResponse):
        return protocol
    versions = {v.number: v for v in protocol.versions.all()}
    if len(versions) < 2:
        return render(
            request,
            "protocols/protocol_compare.html",
            {"protocol": protocol, "versions": sorted(versions.values(), key=lambda v: -v.number)},
        )
    numbers = sorted(versions)
    after = _version_number(request.GET.get("to"), versions, numbers[-1])
    earlier = [n for n in numbers if n < after] or numbers[:1]
    before = _version_number(request.GET.get("from"), versions, earlier[-1])
    older, newer = versions[min(before, after)], versions[max(before, after)]
    return render(
        request,
        "protocols/protocol_compare.html",
        {
            "protocol": protocol,
            "versions": sorted(versions.values(), key=lambda v: -v.number),
            "older": older,
            "newer": newer,
            "sections": compare_sections(older.body, newer.body),
            "title_changed": older.title != newer.title,
        },
    )


def _version_number(raw: str | None, versions: dict, default: int) -> int:
    """A version number from the query string; anything else falls back to the default."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return default
    return number if number in versions else default


def who_to_report_to(request):
    """/who-to-report-to/: for a mandated reporter, who a child who may be abused or
    exploited is reported to (DHHS, the district attorney or both), by who the person
    suspected is and by profession, from 22 M.R.S. § 4011-A, each answer with its source.
    A form read with GET: it works without JavaScript, and an answer has an address."""
    chosen = reporting.abuser(request.GET.get("who", ""))
    professions = in_readers_language_all(list(Audience.objects.professions()))
    profession = next((p for p in professions if p.slug == request.GET.get("as")), None)
    intake = HelpLine.objects.filter(is_active=True, phone="1-800-452-1999").first()
    return render(
        request,
        "protocols/who_to_report_to.html",
        {
            "abusers": reporting.ABUSERS,
            "chosen": chosen,
            "professions": professions,
            "profession": profession,
            "named_as": reporting.NAMED_REPORTERS.get(profession.slug) if profession else None,
            "intake": intake,
            "reporting": reporting,
        },
    )
