"""Laws as they change: the records a session's published changes affect, for the
session pages and the staff checklist.

What a law's facts follow from its published session laws is derived by the
publishing gate (Law.derive_from_published, SessionLaw.derived_records), never by a
signal: a draft session law changes nothing public.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
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
    # The kinds that cite laws (protocols, guides, terms); a law's related laws are not
    # affected by its change.
    citing_kinds = [(kind, name) for kind, name in tagged_kinds(Law) if kind is not Law]
    for kind, relation in citing_kinds:
        citing = (
            kind.objects.published()
            .filter(**{f"{relation}__in": list(by_law)})
            .distinct()
            .only(*kind.link_fields, "last_reviewed")
            # Of the laws each cites, only the changed ones, by id.
            .prefetch_related(Prefetch(relation, Law.objects.filter(pk__in=by_law).only("pk")))
        )
        for record in citing:
            for law in getattr(record, relation).all():
                for change in by_law.get(law.pk, []):
                    note(record, change)
    # Those waiting for review first; then the laws, protocols, guides and the rest, in
    # the registry's order.
    kinds = record_kinds()
    return sorted(
        latest.values(),
        key=lambda a: (a.reviewed_since, kinds.index(type(a.record)), a.record.title),
    )
