"""Filtered, paginated lists of published records, shared by the three libraries.

Read in plain SQL, as the other busy pages are (network_site/reads.py): one
statement for the filter options, one for the page of records with their total and
the terms each shows (topics, disciplines or audiences).
"""

from dataclasses import dataclass, field
from typing import NamedTuple

from django.core.paginator import InvalidPage, Paginator
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


class Term(NamedTuple):
    """A topic, audience or discipline as a list row shows it: a name, nothing to load."""

    id: int
    name: str
    slug: str


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
            return int(self.request.GET.get("page") or 1)
        except ValueError as invalid:
            raise Http404("No such page.") from invalid

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
        """The records on this page, each with its tags, and how many there are in all."""
        model, tagging = self.model, Tagging(self.model, self.tags)
        columns, names = reads.columns(model, "record", only=("id", *self.fields))
        where = reads.published("record") + "".join(f" AND {f.condition}" for f in chosen)
        statement = (
            f"SELECT page.*, (SELECT COUNT(*) FROM {tagging.records} record WHERE {where}),"
            f" term.id, term.name, term.slug FROM ("
            f" SELECT {columns} FROM {tagging.records} record WHERE {where}"
            f" ORDER BY {self.order_sql('record')} LIMIT {self.paginate_by} OFFSET %s"
            f") page"
            f" LEFT JOIN {tagging.links} link ON link.{tagging.record_id} = page.id"
            f" LEFT JOIN {tagging.terms} term ON term.id = link.{tagging.term_id}"
            f" ORDER BY {self.order_sql('page')}, term.name"
        )
        values = [f.selected for f in chosen]
        offset = max(number - 1, 0) * self.paginate_by
        rows = reads.fetch(statement, [*values, *values, offset])
        records, total = {}, 0
        width = len(names)
        for row in rows:
            record_id, total = row[0], row[width]
            if record_id not in records:
                records[record_id] = reads.build(model, names, row[:width])
                records[record_id].tags = []
            if row[width + 1] is not None:
                records[record_id].tags.append(Term(*row[width + 1 :]))
        return list(records.values()), total

    def order_sql(self, alias: str) -> str:
        # The id last, so records with the same title keep one order from page to page.
        return ", ".join(f"{alias}.{column}" for column in (*self.order, "id"))
