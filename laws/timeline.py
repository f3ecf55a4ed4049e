"""Laws as they change: the records a session's published changes affect, for the
session pages and the staff checklist.

What a law's facts follow from its published session laws is derived by the
publishing gate (Law.derive_from_published, SessionLaw.derived_records), never by a
signal: a draft session law changes nothing public.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from laws.models import Law, LawChange
from network_site.records.models import Record
from network_site.records.registry import record_kinds, tagged_kinds


@dataclass
class Affected:
    """A published record that a change touches (the law itself, or a record that
    cites it), and whether staff have reviewed it since the change was published on
    this site (whatever day the change takes effect: a page must be right before)."""

    record: Record
    change: LawChange

    @property
    def reviewed_since(self) -> bool:
        reviewed: date | None = self.record.last_reviewed
        published = self.change.published_at or self.change.session_law.published_at
        if reviewed is None or published is None:
            return False
        return reviewed >= timezone.localdate(published)


def affected(changes: list[LawChange]) -> list[Affected]:
    """For each change (read with its published law), the law and the published
    records citing it, once each under the change that took effect last."""
    latest: dict[tuple[type, int], Affected] = {}

    def note(record: Record, change: LawChange) -> None:
        key = (type(record), record.pk)
        if key not in latest or latest[key].change.takes_effect < change.takes_effect:
            latest[key] = Affected(record, change)

    by_law = {}
    for change in changes:
        note(change.law, change)
        by_law.setdefault(change.law_id, []).append(change)
    # The kinds that cite laws (protocols, guides, terms), by each relation they cite
    # them in (a protocol's chosen laws and those its text cites); a law's related laws
    # are not affected by its change. Per kind, one query for which of its records cite
    # which changed laws, whatever its number of relations, and one for the records.
    relations: dict[type, list[str]] = {}
    for kind, relation in tagged_kinds(Law):
        if kind is not Law:
            relations.setdefault(kind, []).append(relation)
    for kind, names in relations.items():
        cited_laws: dict[int, set[int]] = {}
        for record_pk, law_pk in _citing_pairs(kind, names, list(by_law)):
            cited_laws.setdefault(record_pk, set()).add(law_pk)
        citing = kind.objects.published().filter(pk__in=list(cited_laws))
        for record in citing.only(*kind.link_fields, "last_reviewed"):
            for law_pk in cited_laws[record.pk]:
                for change in by_law[law_pk]:
                    note(record, change)
    # Those waiting for review first; then the laws, protocols, guides and the rest, in
    # the registry's order.
    kinds = record_kinds()
    return sorted(
        latest.values(),
        key=lambda a: (a.reviewed_since, kinds.index(type(a.record)), a.record.title),
    )


def _citing_pairs(kind: type[Record], relations: list[str], law_pks: list[int]):
    """(record pk, law pk) for each of these laws that the kind's records cite in these
    relations: one query over their link tables."""
    pairs = None
    for name in relations:
        field = kind._meta.get_field(name)
        record_column, law_column = field.m2m_field_name(), field.m2m_reverse_field_name()
        rows = field.remote_field.through.objects.filter(
            **{f"{law_column}__in": law_pks}
        ).values_list(record_column, law_column)
        pairs = rows if pairs is None else pairs.union(rows)
    return pairs
