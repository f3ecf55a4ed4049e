"""A read-only JSON view of every published record, for partners' systems.

Each kind of record is listed at /api/<api_name>/ with the fields every record has
and its own api_fields. Field names are stable; README.md documents them. Drafts
never appear, not even to staff.
"""

import functools
from datetime import date, datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt

from network_site.pages.professions import records_for
from network_site.records.models import Record, SlugHistory, address_in
from network_site.records.registry import kind_in_api, tagged_kinds
from network_site.records.views import published_related
from network_site.vocabulary.models import Audience, Topic

API_VERSION = 1
PAGE_SIZE = 100


def _value(value):
    """A field's value as JSON: related records as their slugs, dates as ISO 8601."""
    if isinstance(value, models.Manager):
        return [item.slug for item in value.all()]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _topics_relation(record: Record) -> str | None:
    """The name of the record's relation to the topics, if its kind is tagged with them."""
    return dict(tagged_kinds(Topic, [type(record)])).get(type(record))


def _relations(model: type[Record]) -> list[str]:
    """The many-to-many relations the API shows: topics, and those in api_fields."""
    names = [name for _, name in tagged_kinds(Topic, [model])]
    for entry in model.api_fields:
        name = entry if isinstance(entry, str) else entry[1]
        names.append(name)
    many = {field.name for field in model._meta.many_to_many}
    return [name for name in dict.fromkeys(names) if name in many]


def serialize(record: Record, request) -> dict:
    absolute = request.build_absolute_uri
    data = {
        "id": record.pk,
        # The language its words are in: the library is written in English.
        "language": settings.LANGUAGE_CODE,
        "slug": record.slug,
        "title": record.title,
        "url": absolute(record.get_absolute_url()),
        "permanent_url": absolute(record.get_permanent_url()),
        "api_url": absolute(
            reverse("api:detail", kwargs={"kind": record.api_name, "slug": record.slug})
        ),
        # Its page in each language the site offers it in (published translations).
        "translations": {
            language: absolute(address_in(record, language))
            for language in record.written_in()
            if language != settings.LANGUAGE_CODE and language in dict(settings.LANGUAGES)
        },
        "topics": _value(getattr(record, topics)) if (topics := _topics_relation(record)) else [],
        "last_reviewed": _value(record.last_reviewed),
        "published_at": _value(record.published_at),
        "updated_at": _value(record.updated_at),
    }
    for entry in record.api_fields:
        key, attribute = (entry, entry) if isinstance(entry, str) else entry
        data[key] = _value(getattr(record, attribute))
    for key, path in record.api_links().items():
        data[key] = absolute(path) if path else None
    return data


def _kind(api_name: str) -> type[Record]:
    model = kind_in_api(api_name)
    if model is None:
        raise Http404("No such list.")
    return model


def _read(model: type[Record], records: models.QuerySet) -> models.QuerySet:
    """What the API shows of each record, read with it: published related records only."""
    records = model.read_for_api(records)
    return records.prefetch_related(*published_related(model, *_relations(model)))


def _json(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # public data, read-only
    response["Content-Language"] = settings.LANGUAGE_CODE
    return response


def answers_in_json(view):
    """An API view: it reads (GET, HEAD) and answers in JSON whatever the request, an
    unknown list or another method included. It changes nothing, so it asks for no
    CSRF token: a partner's system posting here learns the method is wrong, in JSON."""

    @csrf_exempt
    @functools.wraps(view)
    def answer(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse()
            response["Access-Control-Allow-Origin"] = "*"
        elif request.method not in ("GET", "HEAD"):
            response = _json({"error": "method not allowed"}, status=405)
        else:
            try:
                return view(request, *args, **kwargs)
            except Http404:
                return _json({"error": "not found"}, status=404)
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response

    return answer


@answers_in_json
def record_list(request, kind: str):
    model = _kind(kind)
    records = _read(model, model.objects.published().order_by("pk"))
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


@answers_in_json
def record_detail(request, kind: str, slug: str):
    model = _kind(kind)
    public = model.objects.public()
    record = _read(model, public).filter(slug=slug).first()
    if record is None:
        moved = SlugHistory.objects.find(public, slug)
        if moved is not None:
            url = reverse("api:detail", kwargs={"kind": kind, "slug": moved.slug})
            response = _json({"moved_to": request.build_absolute_uri(url)}, status=301)
            response["Location"] = url
            return response
        return _json({"error": "not found"}, status=404)
    if record.is_withdrawn:
        replacement = model.objects.published().filter(pk=record.replaced_by_id).first()
        return _json(
            {
                "error": "withdrawn",
                "withdrawn_at": _value(record.withdrawn_at),
                "replaced_by": (
                    request.build_absolute_uri(replacement.get_absolute_url())
                    if replacement is not None
                    else None
                ),
            },
            status=410,
        )
    return _json({"api_version": API_VERSION, **serialize(record, request)})


def _profession(profession: Audience, request, *, full: bool) -> dict:
    """A profession's page: its name and address, and (in full) what the page lists,
    as the slugs of published records."""
    absolute = request.build_absolute_uri
    data = {
        "slug": profession.slug,
        "name": profession.name,
        "introduction": profession.introduction,
        "url": absolute(profession.get_absolute_url()),
        "api_url": absolute(reverse("api:profession", kwargs={"slug": profession.slug})),
    }
    if full:
        for part in records_for(profession):
            data[part.key] = list(part.records.values_list("slug", flat=True))
    return data


@answers_in_json
def profession_list(request):
    professions = Audience.objects.professions()
    return _json(
        {
            "api_version": API_VERSION,
            "count": len(professions),
            "results": [_profession(p, request, full=False) for p in professions],
        }
    )


@answers_in_json
def profession_detail(request, slug: str):
    profession = Audience.objects.professions().filter(slug=slug).first()
    if profession is None:
        return _json({"error": "not found"}, status=404)
    return _json({"api_version": API_VERSION, **_profession(profession, request, full=True)})
