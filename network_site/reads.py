"""Hand-written reads for the busiest public pages: home, the library lists, record pages.

Those pages are what readers, partners' manuals and crawlers hit, and what must stay
cheap when the page cache cannot answer (right after a publish, for instance).
Measured here, building and compiling one ORM query costs about as much as running
it (0.4 ms each) and turning its rows into models as much again, and a record page
made six of them. These pages run a few plain statements instead: a record page
just one, the record with each list shown beside it as a JSON column. Rows become
model instances through Model.from_db (only the columns read; the rest deferred), so
templates and model methods work as before. Plain SQL that SQLite (`make run`) runs too.

The public rule stays the one in RecordQuerySet.published(): published() below is
the same test, written for SQL.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import NamedTuple

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import Field, Model
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from network_site.models import Status, slug_address


def published(alias: str) -> str:
    """RecordQuerySet.published(), for a table in hand-written SQL."""
    return f"{alias}.status = '{Status.PUBLISHED}'"


def read_fields(
    model: type[Model], only: Sequence[str] = (), skip: Sequence[str] = ()
) -> list[Field]:
    """The fields a hand-written read selects: those named (by attname), or all but the
    search index, which only SQL reads, and those skipped."""
    return [
        field
        for field in model._meta.concrete_fields
        if field.attname in only
        or (not only and field.name != "search_vector" and field.attname not in skip)
    ]


def columns(
    model: type[Model], alias: str, only: Sequence[str] = (), skip: Sequence[str] = ()
) -> tuple[str, list[str]]:
    """A SELECT list of read_fields(), and their attnames."""
    fields = read_fields(model, only, skip)
    return ", ".join(f"{alias}.{field.column}" for field in fields), [f.attname for f in fields]


def fetch(sql: str, params: Sequence = ()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def build(model: type[Model], names: Sequence[str], values: Sequence) -> Model:
    """A model instance from a row's values; fields not read are deferred."""
    return model.from_db(DEFAULT_DB_ALIAS, list(names), list(values))


class Part(NamedTuple):
    """What a record page lists beside the record: `query` selects `columns` in the order
    the page shows them, and may name the record being read as `record`."""

    name: str
    query: str
    columns: tuple[str, ...]


def json_rows(query: str, columns: Sequence[str], vendor: str) -> str:
    """A subquery giving the rows of `query` as one JSON list of lists, in its order.

    So a record and everything its page lists come back in one row, one round trip."""
    values = ", ".join(f"q.{column}" for column in columns)
    if vendor == "postgresql":
        return f"(SELECT COALESCE(json_agg(json_build_array({values})), '[]') FROM ({query}) q)"
    return f"(SELECT json_group_array(json_array({values})) FROM ({query}) q)"


# Bookkeeping that no record page shows, left unread (deferred) there.
NOT_SHOWN = (
    "created_at",
    "change_note",
    "published_by_id",
    "owner_id",
    "link_status",
    "links_checked_at",
    "revision",
)


@cache
def _record_reader(
    model: type[Model], vendor: str, parts: tuple[Part, ...], unread: tuple[str, ...]
) -> tuple[str, list[str], list[tuple]]:
    """record_by_slug()'s statement, the attnames it reads, and each column's converters.

    Worked out once per model, database and page: looking the converters up on every
    read cost more than the read itself."""
    select, names = columns(model, "record", skip=(*NOT_SHOWN, *unread))
    listed = "".join(f", {json_rows(part.query, part.columns, vendor)}" for part in parts)
    sql = f"SELECT {select}{listed} FROM {model._meta.db_table} record WHERE record.slug = %s"
    # The conversions the ORM makes on reading: JSON, and dates on SQLite.
    converters = []
    for field in read_fields(model, skip=(*NOT_SHOWN, *unread)):
        column = field.cached_col
        found = connection.ops.get_db_converters(column) + field.get_db_converters(connection)
        converters.append((column, found))
    return sql, names, converters


def record_by_slug(
    model: type[Model], slug: str, parts: tuple[Part, ...] = (), unread: tuple[str, ...] = ()
) -> Model | None:
    """The record at this slug, whatever its status, with the columns its page shows:
    all but the search index, the bookkeeping (NOT_SHOWN) and any `unread` (the
    Markdown behind the HTML, say). Those are deferred: reading one costs a query.

    In the same statement, what its page lists beside it: record.parts[name] is the
    list of each part's rows (as lists of the part's columns)."""
    database = connections[DEFAULT_DB_ALIAS]
    sql, names, converters = _record_reader(model, database.vendor, parts, unread)
    rows = fetch(sql, [slug])
    if not rows:
        return None
    width = len(names)
    values = list(rows[0][:width])
    for position, (column, found) in enumerate(converters):
        for convert in found:
            values[position] = convert(values[position], column, database)
    record = build(model, names, values)
    # PostgreSQL's json arrives parsed; SQLite's as text.
    record.parts = {
        part.name: json.loads(value) if isinstance(value, str) else value
        for part, value in zip(parts, rows[0][width:], strict=True)
    }
    return record


# What a page shows of a topic, audience or discipline.
TERM_COLUMNS = ("id", "name", "slug")


def prefetched_terms(record: Model, relation: str) -> None:
    """Give a record the terms its page read with it (listing.Tagging.terms_part()) as
    prefetch_related() would give them."""
    model = record._meta.get_field(relation).related_model
    prefetched(
        record, relation, [build(model, TERM_COLUMNS, row) for row in record.parts[relation]]
    )


def prefetched(record: Model, relation: str, items: list[Model]) -> None:
    """Give a record its related rows as prefetch_related() would: .all() then reads
    them, in templates and model methods alike, with no query."""
    # As Django's own prefetch_one_level() fills the cache.
    manager = getattr(record, relation)
    queryset = manager.get_queryset()
    queryset._result_cache, queryset._prefetch_done = items, True
    if not hasattr(record, "_prefetched_objects_cache"):
        record._prefetched_objects_cache = {}
    record._prefetched_objects_cache[manager.prefetch_cache_name] = queryset


def aware(value: datetime | str | None) -> datetime | None:
    """A timestamp read outside the ORM: SQLite gives text or naive UTC, PostgreSQL aware."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value


class Listed(NamedTuple):
    """A record as another record's page lists it: a link and one fact beside it, with
    no model instance to build (a record page lists a dozen)."""

    title: str
    url: str
    note: str  # a citation, a publisher, a kind of document


def listed(route: str, rows: Iterable[Sequence], note: Callable[[str], str] = str) -> list[Listed]:
    """Listed links to `route` from a part's rows of (title, slug, fact)."""
    return [Listed(title, slug_address(route, slug), note(fact)) for title, slug, fact in rows]


def by_part(rows: Iterable[tuple]) -> dict[str, list[tuple]]:
    """The rows of a UNION ALL whose first column says which part each belongs to (home)."""
    parts = defaultdict(list)
    for part, *values in rows:
        parts[part].append(values)
    return parts
