"""Laws as they change: what follows from a session law's changes.

A law's status, dates, session law and former names follow its timeline
(Law.follow_timeline); here they are kept in step when a session law or one of its
changes is saved or deleted, and the records a session's changes affect are found
for the session pages and the staff checklist.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save

from laws.models import Law, LawChange, SessionLaw
from network_site.records import publishing
from network_site.records.models import Record
from network_site.records.registry import record_kinds, tagged_kinds


def follow(law_ids) -> None:
    """Store what each law's timeline now says, and index it (its former names are
    searched)."""
    for law in Law.objects.filter(pk__in=set(law_ids)):
        law.save()
        publishing.index(law)


def _change_saved(sender, instance: LawChange, raw=False, **kwargs) -> None:
    if not raw:  # an import restores the laws as they were exported
        follow([instance.law_id])


def _change_deleted(sender, instance: LawChange, origin=None, **kwargs) -> None:
    if isinstance(origin, Law) or getattr(origin, "model", None) is Law:
        return  # the law itself is being deleted
    follow([instance.law_id])


def _session_law_saved(sender, instance: SessionLaw, raw=False, **kwargs) -> None:
    # Published or not, corrected dates: every law it changed follows.
    if not raw:
        follow(instance.changes.values_list("law_id", flat=True))


def connect() -> None:
    post_save.connect(_change_saved, sender=LawChange, dispatch_uid="timeline-change-saved")
    post_delete.connect(_change_deleted, sender=LawChange, dispatch_uid="timeline-change-gone")
    post_save.connect(_session_law_saved, sender=SessionLaw, dispatch_uid="timeline-session-law")


@dataclass
class Affected:
    """A published record that a change touches (the law itself, or a record that
    cites it), and whether staff have reviewed it since the change took effect."""

    record: Record
    change: LawChange

    @property
    def reviewed_since(self) -> bool:
        reviewed: date | None = self.record.last_reviewed
        return reviewed is not None and reviewed >= self.change.takes_effect


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
