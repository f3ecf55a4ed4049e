from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from network_site import reads
from network_site.listing import Filter, FilteredListView, Tagging
from network_site.records import RecordDetailView, find_record
from network_site.textdiff import compare
from protocols.models import Protocol, ProtocolVersion

# What a protocol page shows beside the protocol, read with it: the disciplines it
# serves, the published laws and resources it relies on (each part in its model's
# list order), and its current version's number.
PROTOCOL_PAGE_PARTS = (
    Tagging(Protocol, "disciplines").terms_part(),
    reads.Part(
        "laws",
        "SELECT l.title, l.slug, l.citation FROM laws_law l"
        " JOIN protocols_protocol_related_laws pl ON pl.law_id = l.id"
        f" WHERE pl.protocol_id = record.id AND {reads.published('l')}"
        " ORDER BY l.jurisdiction DESC, l.citation",
        ("title", "slug", "citation"),
    ),
    reads.Part(
        "resources",
        "SELECT r.title, r.slug, r.publisher FROM resources_resource r"
        " JOIN protocols_protocol_related_resources pr ON pr.resource_id = r.id"
        f" WHERE pr.protocol_id = record.id AND {reads.published('r')} ORDER BY r.title",
        ("title", "slug", "publisher"),
    ),
    reads.Part(
        "version",
        "SELECT v.id, v.number FROM protocols_protocolversion v"
        " WHERE v.protocol_id = record.id ORDER BY v.number DESC LIMIT 1",
        ("id", "number"),
    ),
)


class ProtocolListView(FilteredListView):
    model = Protocol
    template_name = "protocols/protocol_list.html"
    fields = ("title", "slug", "kind", "version_label", "effective_date", "summary")
    order = ("title",)
    tags = "disciplines"
    term_filters = ("disciplines", "topics")

    def get_filters(self, terms):
        return [
            Filter("kind", "Kind", Protocol.Kind.choices, "record.kind = %s"),
            Filter(
                "discipline",
                "Discipline",
                terms["disciplines"],
                Tagging(Protocol, "disciplines").tagged_with_slug(),
            ),
            Filter(
                "topic", "Topic", terms["topics"], Tagging(Protocol, "topics").tagged_with_slug()
            ),
        ]


class ProtocolDetailView(RecordDetailView):
    model = Protocol
    template_name = "protocols/protocol_detail.html"

    def read_record(self, slug):
        # The page shows the body's HTML, not its Markdown or plain text.
        return reads.record_by_slug(
            Protocol, slug, PROTOCOL_PAGE_PARTS, unread=("body", "search_document")
        )

    def get_context_data(self, **kwargs):
        protocol, parts = self.object, self.object.parts
        # Before the structured data is built from them.
        reads.prefetched_terms(protocol, "disciplines")
        protocol.current_version = next(
            (
                ProtocolVersion(id=version_id, protocol=protocol, number=number)
                for version_id, number in parts["version"]
            ),
            None,
        )
        context = super().get_context_data(**kwargs)
        context["related_laws"] = reads.listed("laws:detail", parts["laws"])
        context["related_resources"] = reads.listed("resources:detail", parts["resources"])
        context["version"] = protocol.current_version
        return context


def _protocol(request, slug: str) -> Protocol | HttpResponse:
    return find_record(request, Protocol, slug, Protocol.objects.filter(slug=slug).first())


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
            "blocks": compare(older.body, newer.body),
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
