"""Publishing as one operation: every change to a record that the public may see.

Saving a record is plain (Record.save() derives its own columns and nothing else).
What a change means for the public is done here, in the same transaction as the
save: first-publication and withdrawal timestamps, the entry on the updates page
and feed, the search index and its vocabulary, the old slug's redirect, and (through
the public_change signal) the email alerts to followers. The page cache learns of
the change when it commits (network_site.records.cache).
Every path goes through save(): the admin's form and actions, approving a held
change, the demo content, imports.
"""

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from network_site.records.models import Record, SlugHistory, Status, Update
from network_site.records.registry import record_kinds
from network_site.search.index import uses_postgres, weighted_vector
from network_site.search.models import SearchTerm

# Sent with `record` and `update` when a change is listed on the updates page, inside
# the publishing transaction: whatever a receiver writes (email alerts) commits with it.
public_change = Signal()


@transaction.atomic
def save(record: Record, *, by=None) -> Record:
    """Save the record as it stands, and do what its change means for the public.

    `by` is the staff member making the change: named as publisher when it publishes."""
    before = (
        type(record).objects.filter(pk=record.pk).values("slug", "status", "revision").first()
        if record.pk
        else None
    )
    if before:
        # Counted from the stored record: a restored old version is a new revision.
        record.revision = before["revision"]
    status_before = before["status"] if before else None
    first_publication = record.is_published and record.published_at is None
    if first_publication:
        record.published_at = timezone.now()
    if record.is_published and status_before != Status.PUBLISHED and by is not None:
        record.published_by = by
    if record.is_withdrawn and record.withdrawn_at is None:
        record.withdrawn_at = timezone.now()
    elif not record.is_withdrawn:
        record.withdrawn_at = None
    record.save()
    index(record)
    if status_before == Status.PUBLISHED and not record.is_published:
        relearn_vocabulary()  # its words may no longer be any published record's
    SlugHistory.objects.remember(record, before["slug"] if before else None)
    _list_public_change(record, status_before, first_publication)
    return record


def move(record: Record, status: str, *, by=None) -> Record:
    """Publish, unpublish (back to draft), submit for review or withdraw: a new status."""
    record.status = status
    return save(record, by=by)


def index(record: Record) -> None:
    """Index the saved columns in PostgreSQL, and learn a published record's words."""
    if not uses_postgres():
        return  # SQLite searches the columns directly
    type(record).objects.filter(pk=record.pk).update(
        search_vector=weighted_vector(record.search_columns)
    )
    if record.is_published:
        SearchTerm.objects.add_words(f"{record.title} {record.search_document}")


def relearn_vocabulary() -> None:
    """The words "did you mean" offers, afresh from every published record: a word of
    an unpublished or withdrawn record must never be suggested."""
    if not uses_postgres():
        return  # SQLite has no suggestions
    SearchTerm.objects.all().delete()
    for kind in record_kinds():
        for title, text in kind.objects.published().values_list("title", "search_document"):
            SearchTerm.objects.add_words(f"{title} {text}")


def _list_public_change(record: Record, status_before: str | None, first: bool) -> None:
    """List a publication, a noted change or a withdrawal on the updates page and feed."""
    note = record.change_note.strip()
    if record.is_published and status_before != Status.PUBLISHED:
        kind = Update.Kind.PUBLISHED
        note = note or ("First published." if first else "Published again.")
    elif record.is_published and note:
        kind = Update.Kind.UPDATED
    elif record.is_public and record.is_withdrawn and status_before != Status.WITHDRAWN:
        # (A draft withdrawn before anyone saw it has nothing to announce.)
        kind, note = Update.Kind.WITHDRAWN, note or "Withdrawn from the site."
    else:
        return
    version_number = record.on_public_change(kind, note)
    update = Update.objects.create(
        record=record, kind=kind, title=record.title, note=note, version_number=version_number
    )
    public_change.send(sender=type(record), record=record, update=update)
    if record.change_note:
        # The note belongs to this change only; the next edit starts blank.
        record.change_note = ""
        type(record).objects.filter(pk=record.pk).update(change_note="")
