"""Review before publishing: who may publish, and editors' changes held for approval."""

from datetime import timedelta

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from network_site.markup.plain_text import validate_text
from network_site.records import publishing
from network_site.records.models import PendingRevision, Record, Status, Translation
from network_site.records.publishing import (
    can_approve,
    can_publish,
    current_values,
    json_value,
    same_value,
)
from network_site.records.registry import record_kinds
from network_site.records.textdiff import compare

# A staff member's own proposals listed on the review page, newest first.
MY_PROPOSALS_SHOWN = 30

# --- Holding an editor's change -------------------------------------------------


def form_values(form) -> dict:
    """The form's cleaned values as JSON: pks for relations, names for files."""
    model = form._meta.model
    model_fields = {f.name: f for f in model._meta.get_fields()}
    return {
        name: json_value(model_fields[name], value, form.instance)
        for name, value in form.cleaned_data.items()
        if name in model_fields  # not form-only fields such as base_revision
    }


class ChangedSince(Exception):
    """A held change would undo someone else's later edit of the same field."""

    def __init__(self, conflicts: list[dict]):
        super().__init__("The record changed since this change was proposed.")
        self.conflicts = conflicts


def conflicts(revision: PendingRevision) -> list[dict]:
    """The fields the proposal changes that someone else has changed since: each with
    its value then, now, and as proposed."""
    record = revision.record
    now = current_values(record, revision.base)
    return [
        {
            "field": record._meta.get_field(name).verbose_name,
            "then": then,
            "now": now[name],
            "proposed": revision.data.get(name),
        }
        for name, then in revision.base.items()
        if not same_value(record._meta.get_field(name), now[name], then)
    ]


def changes(revision: PendingRevision) -> list[dict]:
    """Field by field, what the revision would change in the record as it is now."""
    record = revision.record
    now = current_values(record, revision.data)
    rows = []
    for name, proposed in revision.data.items():
        field = record._meta.get_field(name)
        current = now.get(name)
        if same_value(field, current, proposed):
            continue
        if isinstance(current, dict) and isinstance(proposed, dict):
            # A translation's words, by part: each part that changes, as text.
            language = getattr(record, "words_language", "")
            rows += [
                _row(f"{field.verbose_name}: {part}", current.get(part), proposed.get(part))
                | {"lang": language}
                for part in sorted({*current, *proposed})
                if current.get(part) != proposed.get(part)
            ]
        else:
            rows.append(_row(field.verbose_name, current, proposed))
    return rows


def _row(label: str, current, proposed) -> dict:
    texts = isinstance(current or "", str) and isinstance(proposed or "", str)
    return {
        "field": label,
        "now": current,
        "proposed": proposed,
        # Words removed and added, for text; the whole value otherwise.
        "diff": [b for b in compare(current or "", proposed or "") if b.op != "same"]
        if texts
        else None,
    }


@transaction.atomic
def approve(revision: PendingRevision, publisher) -> Record | Translation:
    """Apply the held change to the live record (or translation), as one new revision."""
    record = type(revision.record).objects.select_for_update().get(pk=revision.object_id)
    found = conflicts(revision)
    if found:
        raise ChangedSince(found)
    many = {}
    for name, value in revision.data.items():
        field = record._meta.get_field(name)
        if field.many_to_many:
            many[name] = value
        elif field.is_relation:
            setattr(record, field.attname, value)
        else:
            setattr(record, name, field.to_python(value))
    if record.is_published:
        record.published_by = publisher

    def set_relations():
        for name, pks in many.items():
            getattr(record, name).set(pks)

    if isinstance(record, Translation):
        publishing.save_translation(record, by=publisher)
    else:
        publishing.save(record, by=publisher, parts=set_relations)
    _decide(revision, PendingRevision.State.APPROVED, publisher)
    return record


def reject(revision: PendingRevision, publisher, reason: str) -> None:
    """Refuse a held change, saying why to the editor, and remove the files uploaded
    with it (kept until now)."""
    record = revision.record
    for name, value in revision.data.items():
        field = record._meta.get_field(name)
        if isinstance(field, models.FileField) and value and value != getattr(record, name).name:
            default_storage.delete(value)
    _decide(revision, PendingRevision.State.REJECTED, publisher, reason)


def _decide(revision: PendingRevision, state: str, publisher, reason: str = "") -> None:
    revision.state = state
    revision.decided_by = publisher
    revision.decided_at = timezone.now()
    revision.reason = reason
    revision.save()


# --- The staff pages: the review queue, one held change, the stale list -----------


def review_queue(request):
    """Records waiting for review and editors' changes to live records: to decide, for
    publishers; and each staff member's own proposals, with what became of them."""
    viewable = [
        m
        for m in record_kinds()
        if request.user.has_perm(f"{m._meta.app_label}.view_{m._meta.model_name}")
    ]
    publishable = [m for m in viewable if can_publish(request.user, m)]
    decides_translations = publishing.can_publish_translations(request.user)
    waiting = [
        (m._meta.verbose_name_plural, list(m.objects.filter(status=Status.IN_REVIEW)))
        for m in viewable
    ]
    revisions = [
        r
        for r in PendingRevision.objects.filter(state=PendingRevision.State.WAITING).select_related(
            "author"
        )
        if r.record is not None and can_approve(request.user, r.record)
    ]
    mine = [
        r
        for r in PendingRevision.objects.filter(author=request.user)
        .select_related("decided_by")
        .order_by("-created_at")[:MY_PROPOSALS_SHOWN]
        if r.record is not None
    ]
    context = {
        **admin.site.each_context(request),
        "title": "Waiting for review",
        "waiting": waiting,
        "revisions": revisions,
        "mine": mine,
        "can_publish_any": bool(publishable) or decides_translations,
    }
    return render(request, "admin/review_queue.html", context)


def review_revision(request, pk: int):
    revision = get_object_or_404(PendingRevision, pk=pk)
    record = revision.record
    if record is None:
        raise Http404("The record this change was proposed for no longer exists.")
    may_decide = can_approve(request.user, record)
    if not may_decide and revision.author_id != request.user.pk:
        raise PermissionDenied  # its author may read it; publishers decide
    reason, reason_error = "", ""
    if request.method == "POST":
        if not may_decide:
            raise PermissionDenied
        if revision.state != PendingRevision.State.WAITING:
            return HttpResponseRedirect(request.path)
        if "approve" in request.POST:
            try:
                approve(revision, request.user)
            except ChangedSince as changed:
                names = ", ".join(str(row["field"]) for row in changed.conflicts)
                messages.error(
                    request,
                    f"Not approved: {names} changed since this proposal was made, and "
                    "approving it would undo that edit. Compare the values below, then "
                    "reject it, or ask for a new proposal.",
                )
                return HttpResponseRedirect(request.path)
            except ValidationError as refused:
                messages.error(
                    request,
                    f"Not approved: {' '.join(refused.messages)} Add the source on the "
                    "record's page first, then approve.",
                )
                return HttpResponseRedirect(request.path)
            messages.success(request, f"Approved: “{record}” now shows the change.")
            return HttpResponseRedirect(reverse("admin:review-queue"))
        if "reject" in request.POST:
            reason = request.POST.get("reason", "").strip()
            reason_error = _reason_error(reason)
            if not reason_error:
                reject(revision, request.user, reason)
                messages.info(request, "Rejected: the public page stays as it was.")
                return HttpResponseRedirect(reverse("admin:review-queue"))
    context = {
        **admin.site.each_context(request),
        "title": f"Review a change to “{record}”",
        "revision": revision,
        "record": record,
        "rows": changes(revision),
        "may_decide": may_decide,
        "reason": reason,
        "reason_error": reason_error,
        "moved_on": getattr(record, "revision", 0) != revision.base_revision,
        "conflicts": conflicts(revision) if revision.state == PendingRevision.State.WAITING else [],
    }
    return render(
        request, "admin/review_revision.html", context, status=400 if reason_error else 200
    )


def _reason_error(reason: str) -> str:
    if not reason:
        return "Say why it is rejected: the editor who proposed it reads this."
    try:
        validate_text(reason)
    except ValidationError as problem:
        return " ".join(problem.messages)
    return ""


def stale_records(request):
    """Records nobody has reviewed within the review period, oldest first."""
    cutoff = timezone.localdate() - timedelta(days=settings.STALE_AFTER_DAYS)
    groups = []
    for model in record_kinds():
        meta = model._meta
        if request.user.has_perm(f"{meta.app_label}.view_{meta.model_name}"):
            records = model.objects.exclude(status=Status.WITHDRAWN).filter(
                model.due_for_review(cutoff)
            )
            groups.append(
                {
                    "label": meta.verbose_name_plural,
                    "also_when": model.stale_also_when,
                    "records": list(records.select_related("owner").order_by("last_reviewed")),
                    "changelist": reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
                    + "?review=stale",
                }
            )
    context = {
        **admin.site.each_context(request),
        "title": f"Not reviewed in {settings.STALE_AFTER_DAYS} days",
        "groups": groups,
        "cutoff": cutoff,
    }
    return render(request, "admin/stale_records.html", context)
