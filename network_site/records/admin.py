"""What every kind of record's admin shares; each app registers its own ModelAdmin."""

from copy import copy
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from markdownx.models import MarkdownxField
from markdownx.widgets import AdminMarkdownxWidget
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

from network_site.markup.plain_text import PlainTextAdminMixin
from network_site.records import (
    publishing,
    review,
    translation_admin,  # noqa: F401 (registers the Translation admin)
)
from network_site.records.history_admin import GatedHistoryAdmin
from network_site.records.models import Status
from network_site.records.textdiff import compare

IMAGES_HELP = (
    "Images: drag them into the editor to upload them. Images linked from other "
    "sites are removed when the page is saved."
)


PUBLISHING_HELP = (
    "A change note lists this change on the updates page and feed. "
    "When withdrawing, choose where readers should go instead."
)


def publishing_fieldsets(description: str = PUBLISHING_HELP) -> tuple:
    """The fieldsets every kind of record's admin form ends with: publishing, then the
    record's own dates."""
    return (
        (
            "Publishing",
            {"fields": ("change_note", "owner", "replaced_by"), "description": description},
        ),
        ("Record", {"fields": ("created_at", "updated_at", "published_at", "published_by")}),
    )


class MarkdownAdminMixin:
    # The editor with live preview; the preview posts to our staff-only view.
    formfield_overrides = {
        MarkdownxField: {"widget": AdminMarkdownxWidget},
        # Staff often paste "www.example.org": assume https, as Django 6 will.
        models.URLField: {"assume_scheme": "https"},
    }

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, MarkdownxField) and formfield is not None:
            formfield.help_text = " ".join(filter(None, [str(formfield.help_text), IMAGES_HELP]))
        return formfield


class RecordAdminForm(forms.ModelForm):
    """Refuses a save based on an older revision than the one stored: no silent overwrites."""

    base_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The stored record's revision, not the instance's: a revert form's instance is
        # an old version, yet the form is opened on the record as it is now.
        stored = type(self.instance).objects.filter(pk=self.instance.pk)
        self.fields["base_revision"].initial = (
            stored.values_list("revision", flat=True).first() if self.instance.pk else 0
        )

    def clean_slug(self):
        return clean_address(self)

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                # Browsers send CRLF; the database keeps LF: a line ending is no change.
                cleaned[name] = value.replace("\r\n", "\n").replace("\r", "\n")
        if not self.instance.pk:
            return cleaned
        base = cleaned.get("base_revision")
        stored = type(self.instance).objects.filter(pk=self.instance.pk).first()
        if stored is not None and base is not None and stored.revision != base:
            changed = self._changed_since(stored, base)
            raise forms.ValidationError(
                "Someone else saved this record while you were editing it, so your changes "
                "were not saved. Changed since you opened it: %(fields)s. Copy your edits, "
                "reload the page, and apply them again.",
                params={"fields": ", ".join(changed) or "its content"},
                code="stale",
            )
        return cleaned

    @staticmethod
    def _changed_since(stored, base: int) -> list[str]:
        then = stored.history.filter(revision=base).order_by("-history_date").first()
        now = stored.history.order_by("-history_date").first()
        if then is None or now is None:
            return []
        return [
            str(stored._meta.get_field(c.field).verbose_name)
            for c in now.diff_against(then).changes
        ]


def clean_address(form) -> str:
    """A form's slug, refused when it is another record's old address (it answers for
    that record forever)."""
    slug = form.cleaned_data.get("slug")
    if slug:
        candidate = copy(form.instance)
        candidate.slug = slug
        try:
            publishing.check_address(candidate)
        except ValidationError as refused:
            raise forms.ValidationError(refused.message_dict["slug"]) from refused
    return slug


def _move(records, status: str, by, modeladmin=None, request=None) -> int:
    """Give each record a new status, one by one, so each change lands in history,
    the updates feed, the search index and the cache. A record the gate refuses (its
    facts without a source) keeps its status, and the staff member is told why."""
    count = 0
    for record in records:
        try:
            publishing.move(record, status, by=by)
        except ValidationError as refused:
            modeladmin.message_user(
                request,
                f"“{record}” was not published: {' '.join(refused.messages)} "
                "Open it, fill these in and publish it from its page.",
                messages.ERROR,
            )
            continue
        count += 1
    return count


@admin.action(description="Submit the selected records for review")
def submit_for_review(modeladmin, request, queryset):
    count = _move(queryset.filter(status=Status.DRAFT), Status.IN_REVIEW, request.user)
    modeladmin.message_user(request, f"Submitted {count} record(s) for review.", messages.SUCCESS)


@admin.action(description="Publish the selected records", permissions=["publish"])
def publish(modeladmin, request, queryset):
    records = queryset.exclude(status=Status.PUBLISHED)
    count = _move(records, Status.PUBLISHED, request.user, modeladmin, request)
    modeladmin.message_user(request, f"Published {count} record(s).", messages.SUCCESS)


@admin.action(description="Unpublish the selected records (back to draft)", permissions=["publish"])
def unpublish(modeladmin, request, queryset):
    count = _move(queryset.filter(status=Status.PUBLISHED), Status.DRAFT, request.user)
    modeladmin.message_user(request, f"Moved {count} record(s) back to draft.", messages.SUCCESS)


@admin.action(
    description="Withdraw the selected records (their addresses answer 410)",
    permissions=["publish"],
)
def withdraw(modeladmin, request, queryset):
    count = _move(queryset.exclude(status=Status.WITHDRAWN), Status.WITHDRAWN, request.user)
    modeladmin.message_user(request, f"Withdrew {count} record(s).", messages.SUCCESS)


@admin.action(description="Mark the selected records reviewed today")
def mark_reviewed(modeladmin, request, queryset):
    # Through the gate, record by record: the date shows on public pages, so a
    # publisher's word sets it and an editor's on a live record waits for review.
    outcomes = []
    for record in queryset:
        try:
            outcomes.append(publishing.mark_reviewed(record, by=request.user))
        except ValidationError as refused:
            modeladmin.message_user(
                request,
                f"“{record}” was not marked reviewed: {' '.join(refused.messages)}",
                messages.ERROR,
            )
    done, proposed = outcomes.count("reviewed"), outcomes.count("proposed")
    if done:
        modeladmin.message_user(
            request, f"Marked {done} record(s) reviewed today.", messages.SUCCESS
        )
    if proposed:
        modeladmin.message_user(
            request,
            f"Proposed {proposed} review date(s) for a publisher's approval: the public "
            "pages keep their dates until then.",
            messages.WARNING,
        )


class ReviewStateFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            (
                "stale",
                f"Not reviewed in {settings.STALE_AFTER_DAYS} days"
                + (", or not confirmed" if model_admin.model.stale_also_when else ""),
            ),
            ("waiting", "Waiting for review"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            cutoff = timezone.localdate() - timedelta(days=settings.STALE_AFTER_DAYS)
            return queryset.filter(queryset.model.due_for_review(cutoff))
        if self.value() == "waiting":
            return queryset.filter(status=Status.IN_REVIEW)
        return queryset


def _nothing() -> None:
    pass


class SharedContentAdmin(GatedHistoryAdmin):
    """Content beside the records whose words show on public pages at once (topics,
    audiences, help numbers, fixed pages, the contact): saved and deleted through the
    publishing gate, which lets only those with the permission (publishers) do it."""

    change_form_template = "admin/records/shared_change_form.html"

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        if getattr(request, "_reverting", False):  # History → Revert has no save_related
            publishing.save_shared(obj, by=request.user, parts=form.save_m2m)
            form.save_m2m = _nothing  # saved by the gate: not again past it
        # Otherwise saved with its relations in save_related, below.

    def save_related(self, request, form, formsets, change):
        publishing.save_shared(
            form.instance,
            by=request.user,
            parts=lambda: super(SharedContentAdmin, self).save_related(
                request, form, formsets, change
            ),
        )

    def delete_model(self, request, obj):
        publishing.delete_shared(obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            publishing.delete_shared(obj, by=request.user)


class RecordAdmin(MarkdownAdminMixin, GatedHistoryAdmin):
    """What every record's admin shares: roles, review, publishing, history, slugs, preview.

    Every path checks the role: the status choices an editor is offered, the actions
    listed, what a crafted POST can do (the form refuses the choice), and edits to a
    live record, which are held for a publisher's approval.
    """

    # Relations are chosen with the browser's own labelled lists, not autocomplete
    # widgets: select2's inputs have no accessible name (axe-core, critical).

    form = RecordAdminForm
    # Both render the form's hidden base_revision after the fieldsets (in a fieldset,
    # Django would give it a label for no visible control).
    change_form_template = "admin/records/change_form.html"
    object_history_form_template = "admin/records/object_history_form.html"
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("created_at", "updated_at", "published_at", "published_by")
    actions = [submit_for_review, publish, unpublish, withdraw, mark_reviewed]
    list_per_page = 50
    save_on_top = True

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistory(self.model, historical_record)

    def has_publish_permission(self, request) -> bool:
        return publishing.can_publish(request.user, self.model)

    def has_delete_permission(self, request, obj=None):
        # Withdraw instead: a deleted record's address would give a bare 404.
        return request.user.is_superuser and (obj is None or obj.status == Status.DRAFT)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.is_public and not self.has_publish_permission(request):
            fields.append("status")  # an editor's change to a live record is held instead
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [(Status.DRAFT, "Draft"), (Status.IN_REVIEW, "In review")]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        if getattr(request, "_reverting", False):  # History → Revert has no save_related
            self._submit(request, obj, form, parts=form.save_m2m)
            # The gate saved the relations, or held them: django-simple-history's own
            # call after this one must not write them past it.
            form.save_m2m = _nothing
        # Otherwise submitted with its relations and rows in save_related, below.

    def save_related(self, request, form, formsets, change):
        if getattr(request, "_reverting", False):
            return
        self._submit(
            request,
            form.instance,
            form,
            parts=lambda: super(RecordAdmin, self).save_related(request, form, formsets, change),
        )

    def _submit(self, request, obj, form, parts) -> None:
        """The gate decides: saved, held for a publisher's review, or saved as a draft."""
        request._outcome = publishing.submit(
            obj, by=request.user, proposed=lambda: review.form_values(form), parts=parts
        )
        if request._outcome == publishing.Outcome.SAVED_UNPUBLISHED:
            self.message_user(
                request,
                "Only a publisher can publish: your change was saved, not published.",
                messages.WARNING,
            )

    def delete_model(self, request, obj):
        publishing.delete(obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            publishing.delete(obj, by=request.user)

    def construct_change_message(self, request, form, formsets, add=False):
        # A held change saved no rows of the record's inlines: nothing of them to log.
        held = self._held(request)
        return super().construct_change_message(request, form, [] if held else formsets, add)

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), "link_status", ReviewStateFilter)


class RecordPartInline(PlainTextAdminMixin, admin.StackedInline):
    """Rows that belong to a record (a law's penalties, a session law's changes).

    An editor's change to a live record is held for review, and a held change carries
    the form's fields only: so on a live record an editor sees these rows and cannot
    change them (a publisher edits them), rather than have them silently dropped."""

    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def _may_change(self, request, obj) -> bool:
        return obj is None or not obj.is_public or publishing.can_publish(request.user, type(obj))

    def has_add_permission(self, request, obj=None):
        return self._may_change(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._may_change(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_change(request, obj) and super().has_delete_permission(request, obj)


class ReadableHistory(HistoricalRecordContextHelper):
    """A record's History page in words a staff member reads: what changed in a long
    text (the words removed and added), labels for choices, titles for relations."""

    def context_for_delta_changes(self, delta) -> list[dict]:
        rows = []
        for change in delta.changes:
            field = self.model._meta.get_field(change.field)
            row = {"field": capfirst(field.verbose_name), "diff": None}
            if isinstance(field, models.TextField) and not field.choices:
                blocks = compare(change.old or "", change.new or "")
                row["diff"] = [block for block in blocks if block.op != "same"]
            else:
                row["old"], row["new"] = (self._words(field, v) for v in (change.old, change.new))
            rows.append(row)
        return rows

    @staticmethod
    def _words(field, value) -> str:
        if isinstance(value, DeletedObject):
            return (
                "(none)"
                if value.pk is None
                else f"a deleted {field.related_model._meta.verbose_name}"
            )
        if field.many_to_many:
            name = get_m2m_reverse_field_name(field)
            related = field.related_model._default_manager.filter(
                pk__in=[row[name] for row in value or []]
            )
            return ", ".join(str(item) for item in related) or "(none)"
        if field.choices:
            return str(dict(field.flatchoices).get(value, value)) if value else "(none)"
        if value in (None, ""):
            return "(none)"
        return str(value)
