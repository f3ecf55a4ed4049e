"""What every admin of public content shares (records, the content beside them, their
translations): History -> Revert through the gate, and the "Translations" box."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from simple_history.admin import SimpleHistoryAdmin

from network_site.markup.plain_text import PlainTextAdminMixin
from network_site.records import publishing
from network_site.records.models import Record, Translation


class GatedHistoryAdmin(PlainTextAdminMixin, SimpleHistoryAdmin):
    """What every admin of public content shares: History → Revert saves through the
    publishing gate (django-simple-history itself asks only for view permission), in one
    transaction, so a revert the gate refuses saves nothing; several choices are ticked
    in a list of checkboxes."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return by_name_only(super().formfield_for_foreignkey(db_field, request, **kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # A list of checkboxes: no Ctrl-click to choose several, each option labelled.
        if "widget" not in kwargs and db_field.name not in self.filter_horizontal:
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return by_name_only(super().formfield_for_manytomany(db_field, request, **kwargs))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        context = {**(extra_context or {}), "translations": self._translations(request, object_id)}
        return super().change_view(request, object_id, form_url, context)

    def _translations(self, request, object_id) -> list[dict]:
        """Its translations, and a link to start each one missing: for the record's page."""
        record = (
            self.model.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
        )
        if record is None or not getattr(self.model, "translated_fields", ()):
            return []
        made = {t.language: t for t in Translation.objects.of(record)}
        content_type = ContentType.objects.get_for_model(record)
        may_add = request.user.has_perm("records.add_translation")
        rows = []
        for code, name in settings.TRANSLATION_LANGUAGES:
            translation = made.get(code)
            if translation is not None:
                url = reverse("admin:records_translation_change", args=[translation.pk])
                state = translation.get_status_display()
                if translation.english_has_changed:
                    state += "; the English has changed since"
            elif may_add:
                url = (
                    reverse("admin:records_translation_add")
                    + "?"
                    + urlencode(
                        {"content_type": content_type.pk, "object_id": record.pk, "language": code}
                    )
                )
                state = "Not translated: start a translation"
            else:
                url, state = "", "Not translated"
            rows.append({"language": name, "code": code, "url": url, "state": state})
        return rows

    @staticmethod
    def _held(request) -> bool:
        """The gate held the change for a publisher's review (or found nothing to hold)."""
        outcome = getattr(request, "_outcome", None)
        return outcome in (publishing.Outcome.HELD, publishing.Outcome.UNCHANGED)

    def response_change(self, request, obj):
        if self._held(request):
            if request._outcome == publishing.Outcome.UNCHANGED:
                self.message_user(request, "Nothing changed: nothing was sent for review.")
            else:
                self.message_user(
                    request,
                    "Your change is waiting for a publisher's review. The public page is "
                    "unchanged until it is approved.",
                    messages.WARNING,
                )
            return HttpResponseRedirect(
                reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_changelist")
            )
        return super().response_change(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            request._reverting = True  # save_model saves through the gate at once
            with transaction.atomic():
                return super().history_form_view(request, object_id, version_id, extra_context)
        return super().history_form_view(request, object_id, version_id, extra_context)


def by_name_only(formfield):
    """A choice of records reads only what names them (their link_fields, all a record's
    name shows): a law's form offers every other law twice, and reading a thousand
    laws' whole text for that took a tenth of a second a list."""
    model = getattr(getattr(formfield, "queryset", None), "model", None)
    if model is not None and issubclass(model, Record):
        formfield.queryset = formfield.queryset.only(*model.link_fields)
    return formfield
