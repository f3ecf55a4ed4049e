"""Review before publishing: who may publish, and editors' changes held for approval."""

from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from network_site.models import PendingRevision, Record, Status
from network_site.textdiff import compare


def can_publish(user, model: type[Record]) -> bool:
    meta = model._meta
    return user.has_perm(f"{meta.app_label}.publish_{meta.model_name}")


def is_live(record: Record) -> bool:
    """Published or withdrawn: what the public sees, which only publishers may change."""
    return record.status in (Status.PUBLISHED, Status.WITHDRAWN)


# --- Holding an editor's change -------------------------------------------------


def form_values(form) -> dict:
    """The form's cleaned values as JSON: pks for relations, names for files."""
    model = form._meta.model
    model_fields = {f.name: f for f in model._meta.get_fields()}
    return {
        name: _to_json(model_fields[name], value, form.instance)
        for name, value in form.cleaned_data.items()
        if name in model_fields  # not form-only fields such as base_revision
    }


def _to_json(field, value, instance):
    if field.many_to_many:
        return sorted(item.pk for item in value)
    if field.is_relation:
        return value.pk if value is not None else None
    if isinstance(field, models.FileField):
        if value is False or not value:
            return ""
        if isinstance(value, FieldFile):
            return value.name
        # A new upload waiting for review: keep the file now, under our own name.
        return default_storage.save(field.generate_filename(instance, value.name), value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def current_values(record: Record, names) -> dict:
    values = {}
    for name in names:
        field = record._meta.get_field(name)
        value = getattr(record, name) if not field.many_to_many else getattr(record, name).all()
        values[name] = _to_json(field, value, record)
    return values


def hold(form, record: Record, author) -> PendingRevision:
    return PendingRevision.objects.create(
        record=record,
        data=form_values(form),
        base_revision=record.revision,
        author=author,
    )


def changes(revision: PendingRevision) -> list[dict]:
    """Field by field, what the revision would change in the record as it is now."""
    record = revision.record
    now = current_values(record, revision.data)
    rows = []
    for name, proposed in revision.data.items():
        current = now.get(name)
        if current == proposed:
            continue
        texts = isinstance(current, str) and isinstance(proposed, str)
        rows.append(
            {
                "field": record._meta.get_field(name).verbose_name,
                "now": current,
                "proposed": proposed,
                # Words removed and added, for text; the whole value otherwise.
                "diff": [b for b in compare(current, proposed) if b.op != "same"]
                if texts
                else None,
            }
        )
    return rows


@transaction.atomic
def approve(revision: PendingRevision, publisher) -> Record:
    """Apply the held change to the live record, as one new revision."""
    record = type(revision.record).objects.select_for_update().get(pk=revision.object_id)
    many = {}
    for name, value in revision.data.items():
        field = record._meta.get_field(name)
        if field.many_to_many:
            many[name] = value
        elif field.is_relation:
            setattr(record, field.attname, value)
        else:
            setattr(record, name, field.to_python(value))
    record.published_by = publisher if record.is_published else record.published_by
    record.save()
    for name, pks in many.items():
        getattr(record, name).set(pks)
    _decide(revision, PendingRevision.State.APPROVED, publisher)
    return record


def reject(revision: PendingRevision, publisher) -> None:
    _decide(revision, PendingRevision.State.REJECTED, publisher)


def _decide(revision: PendingRevision, state: str, publisher) -> None:
    revision.state = state
    revision.decided_by = publisher
    revision.decided_at = timezone.now()
    revision.save()
