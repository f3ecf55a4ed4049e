"""A read-only JSON view of published laws, protocols and resources, for partners' systems.

Field names are stable; README.md documents them. Drafts never appear, not even to staff.
"""

from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.urls import reverse

from laws.models import Law
from network_site.models import SlugHistory
from protocols.models import Protocol
from resources.models import Resource

API_VERSION = 1
PAGE_SIZE = 100


def _dates(record) -> dict:
    return {
        "last_reviewed": record.last_reviewed.isoformat() if record.last_reviewed else None,
        "published_at": record.published_at.isoformat() if record.published_at else None,
        "updated_at": record.updated_at.isoformat(),
    }


def _common(record, request) -> dict:
    return {
        "id": record.pk,
        "slug": record.slug,
        "title": record.title,
        "url": request.build_absolute_uri(record.get_absolute_url()),
        "permanent_url": request.build_absolute_uri(record.get_permanent_url()),
        "api_url": request.build_absolute_uri(
            reverse("api:detail", kwargs={"kind": KIND_OF[type(record)], "slug": record.slug})
        ),
        "topics": [topic.slug for topic in record.topics.all()],
        **_dates(record),
    }


def law_json(law: Law, request) -> dict:
    return {
        **_common(law, request),
        "jurisdiction": law.jurisdiction,
        "citation": law.citation,
        "other_names": law.other_names_list,
        "legal_status": law.legal_status,
        "summary_markdown": law.summary,
        "summary_html": law.summary_html,
        "official_url": law.official_url,
        "session_law": law.session_law,
        "enacted_on": law.enacted_on.isoformat() if law.enacted_on else None,
        "effective_on": law.effective_on.isoformat() if law.effective_on else None,
        "amended_on": law.amended_on.isoformat() if law.amended_on else None,
        "related_laws": [other.slug for other in law.related_laws.all() if other.is_published],
    }


def protocol_json(protocol: Protocol, request) -> dict:
    version = protocol.versions.first()
    return {
        **_common(protocol, request),
        "kind": protocol.kind,
        "summary": protocol.summary,
        "body_markdown": protocol.body,
        "body_html": protocol.body_html,
        "sections": protocol.toc,
        "version_number": version.number if version else None,
        "version_label": protocol.version_label,
        "effective_date": protocol.effective_date.isoformat() if protocol.effective_date else None,
        "disciplines": [d.slug for d in protocol.disciplines.all()],
        "attachment_url": (
            request.build_absolute_uri(protocol.get_attachment_url())
            if protocol.attachment
            else None
        ),
        "related_laws": [law.slug for law in protocol.related_laws.all() if law.is_published],
    }


def resource_json(resource: Resource, request) -> dict:
    return {
        **_common(resource, request),
        "link": resource.url,
        "publisher": resource.publisher,
        "type": resource.resource_type,
        "description": resource.description,
        "audiences": [a.slug for a in resource.audiences.all()],
        "last_checked": resource.last_checked.isoformat() if resource.last_checked else None,
    }


KINDS = {
    "laws": (Law, law_json, ("topics", "related_laws")),
    "protocols": (Protocol, protocol_json, ("topics", "disciplines", "related_laws", "versions")),
    "resources": (Resource, resource_json, ("topics", "audiences")),
}
KIND_OF = {model: kind for kind, (model, _, _) in KINDS.items()}


def _kind(kind: str):
    if kind not in KINDS:
        raise Http404("No such list.")
    return KINDS[kind]


def _json(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # public data, read-only
    return response


def record_list(request, kind: str):
    model, serialize, related = _kind(kind)
    records = model.objects.published().order_by("pk").prefetch_related(*related)
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("page"))
    next_url = (
        request.build_absolute_uri(f"{request.path}?page={page.next_page_number()}")
        if page.has_next()
        else None
    )
    return _json(
        {
            "api_version": API_VERSION,
            "count": page.paginator.count,
            "next": next_url,
            "results": [serialize(record, request) for record in page.object_list],
        }
    )


def record_detail(request, kind: str, slug: str):
    model, serialize, related = _kind(kind)
    record = model.objects.public().prefetch_related(*related).filter(slug=slug).first()
    if record is None:
        moved = SlugHistory.objects.find(model, slug)
        if moved is not None and (moved.is_published or moved.is_withdrawn):
            url = reverse("api:detail", kwargs={"kind": kind, "slug": moved.slug})
            response = _json({"moved_to": request.build_absolute_uri(url)}, status=301)
            response["Location"] = url
            return response
        return _json({"error": "not found"}, status=404)
    if record.is_withdrawn:
        replacement = record.replaced_by if record.replaced_by_id else None
        return _json(
            {
                "error": "withdrawn",
                "withdrawn_at": record.withdrawn_at.isoformat() if record.withdrawn_at else None,
                "replaced_by": (
                    request.build_absolute_uri(replacement.get_absolute_url())
                    if replacement is not None and replacement.is_published
                    else None
                ),
            },
            status=410,
        )
    return _json({"api_version": API_VERSION, **serialize(record, request)})
