"""Filtered, paginated lists of published records, shared by the three libraries.

Read in plain SQL, as the other busy pages are (network_site/reads.py): one
statement for the filter options, one for the page of records with their total and
the terms each shows (topics, disciplines or audiences).
"""

from dataclasses import dataclass, field

from django.core.paginator import InvalidPage, Paginator
from django.db import connection
from django.http import Http404
from django.views.generic import TemplateView

from network_site import reads
from network_site.models import Record


@dataclass
class Filter:
    """One GET parameter that narrows a list, shown as a row of plain links."""

    param: str
    label: str
    options: list[tuple[str, str]]  # (value, label)
    condition: str  # SQL on the list's table, aliased "record", with %s for the value
    selected: str = ""
    selected_label: str = field(default="", init=False)

    def bind(self, query) -> "Filter":
        value = query.get(self.param, "")
        labels = dict(self.options)
        # Unknown values are ignored rather than answered with an error page:
        # an old bookmarked filter should still show the list.
        if value in labels:
            self.selected, self.selected_label = value, labels[value]
        return self


MAX_PAGE = 100_000
NAME_SEPARATOR = "\x1f"  # the ASCII unit separator


class Tagging:
    """A record model's many-to-many relation to a vocabulary (topics, audiences), in SQL."""

    def __init__(self, model: type[Record], relation: str):
        m2m = model._meta.get_field(relation)
        self.relation = relation
        self.records = model._meta.db_table
        self.terms = m2m.related_model._meta.db_table
        self.links = m2m.remote_field.through._meta.db_table
        self.record_id = m2m.m2m_column_name()
        self.term_id = m2m.m2m_reverse_name()

    def tagged_with_slug(self) -> str:
        """The list's record is tagged with the term whose slug is %s."""
        return (
            f"record.id IN (SELECT link.{self.record_id} FROM {self.links} link"
            f" JOIN {self.terms} term ON term.id = link.{self.term_id} WHERE term.slug = %s)"
        )

    def terms_part(self) -> reads.Part:
        """A record page's part: the terms the record is tagged with, in name order."""
        return reads.Part(
            self.relation,
            f"SELECT term.id, term.name, term.slug FROM {self.terms} term"
            f" JOIN {self.links} link ON link.{self.term_id} = term.id"
            f" WHERE link.{self.record_id} = record.id ORDER BY term.name",
            reads.TERM_COLUMNS,
        )

    def names(self, alias: str) -> str:
        """The names of the terms the row `alias` is tagged with, in name order.

        A subquery per row reads the link table's index for that row alone; joining the
        page to the link table made PostgreSQL hash all of it."""
        names = (
            f"SELECT term.name FROM {self.links} link JOIN {self.terms} term"
            f" ON term.id = link.{self.term_id} WHERE link.{self.record_id} = {alias}.id"
            " ORDER BY term.name"
        )
        if connection.vendor == "postgresql":
            return f"ARRAY({names})"
        # SQLite (make run) has no arrays: the names joined by a character no name has.
        return f"(SELECT group_concat(name, char({ord(NAME_SEPARATOR)})) FROM ({names}))"

    @staticmethod
    def read_names(value: list[str] | str | None) -> list[str]:
        """names() as read: a list from PostgreSQL, joined text (or None) from SQLite."""
        if isinstance(value, list):
            return value
        return value.split(NAME_SEPARATOR) if value else []

    def in_use(self) -> str:
        """(relation, slug, name) of each term some published record is tagged with.

        EXISTS stops at the first tagged record; a join with DISTINCT visits them all."""
        return (
            f"SELECT '{self.relation}', term.slug, term.name FROM {self.terms} term"
            f" WHERE EXISTS (SELECT 1 FROM {self.links} link JOIN {self.records} tagged"
            f" ON tagged.id = link.{self.record_id}"
            f" WHERE link.{self.term_id} = term.id AND {reads.published('tagged')})"
        )


class FilteredListView(TemplateView):
    """A library's list: published records, a page at a time, narrowed by filters."""

    model: type[Record]
    # The columns each row shows; the others are never read.
    fields: tuple[str, ...]
    # The list's order, as columns of the model's table (a "DESC" suffix allowed).
    order: tuple[str, ...]
    # The relation each row lists (as record.tags), and those the filters choose terms from.
    tags: str
    term_filters: tuple[str, ...] = ()
    paginate_by = 20

    def get_filters(self, terms: dict[str, list[tuple[str, str]]]) -> list[Filter]:
        """The list's filters, given the terms in use for each of term_filters."""
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        filters = [f.bind(self.request.GET) for f in self.get_filters(self.terms_in_use())]
        chosen = [f for f in filters if f.selected]
        number = self.page_number()
        records, total = self.read_page(chosen, number)
        try:
            # A Paginator over the count alone: the page's records are already read.
            page = Paginator(range(total), self.paginate_by).page(number)
        except InvalidPage as invalid:
            raise Http404("No such page.") from invalid
        page.object_list = records
        return super().get_context_data(
            object_list=records,
            page_obj=page,
            paginator=page.paginator,
            is_paginated=page.has_other_pages(),
            filters=filters,
            active_filters=chosen,
            **kwargs,
        )

    def page_number(self) -> int:
        try:
            number = int(self.request.GET.get("page") or 1)
        except ValueError as invalid:
            raise Http404("No such page.") from invalid
        if not 1 <= number <= MAX_PAGE:
            # Past any library's end, and an OFFSET the database could not even hold.
            raise Http404("No such page.")
        return number

    def terms_in_use(self) -> dict[str, list[tuple[str, str]]]:
        terms = {relation: [] for relation in self.term_filters}
        if terms:
            statement = " UNION ALL ".join(
                Tagging(self.model, relation).in_use() for relation in self.term_filters
            )
            for relation, slug, name in reads.fetch(f"{statement} ORDER BY 1, 3"):
                terms[relation].append((slug, name))
        return terms

    def read_page(self, chosen: list[Filter], number: int) -> tuple[list[Record], int]:
        """The records on this page, each with its tags' names, and how many there are."""
        model, tagging = self.model, Tagging(self.model, self.tags)
        columns, names = reads.columns(model, "record", only=("id", *self.fields))
        where = reads.published("record") + "".join(f" AND {f.condition}" for f in chosen)
        # LIMIT and OFFSET as numbers, not parameters: with an unknown OFFSET PostgreSQL
        # judged no generic plan as good, and planned the statement afresh on every read.
        offset = max(number - 1, 0) * self.paginate_by
        statement = (
            f"SELECT page.*, (SELECT COUNT(*) FROM {tagging.records} record WHERE {where}),"
            f" {tagging.names('page')} FROM ("
            f" SELECT {columns} FROM {tagging.records} record WHERE {where}"
            f" ORDER BY {self.order_sql('record')} LIMIT {self.paginate_by} OFFSET {offset:d}"
            f") page ORDER BY {self.order_sql('page')}"
        )
        values = [f.selected for f in chosen]
        records, total = [], 0
        width = len(names)
        for row in reads.fetch(statement, [*values, *values]):
            record = reads.build(model, names, row[:width])
            total, record.tags = row[width], tagging.read_names(row[width + 1])
            records.append(record)
        return records, total

    def order_sql(self, alias: str) -> str:
        # The id last, so records with the same title keep one order from page to page.
        return ", ".join(f"{alias}.{column}" for column in (*self.order, "id"))
