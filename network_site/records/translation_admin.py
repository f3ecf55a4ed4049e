"""Translations of records in the admin: the record's English beside each box, the
choices an editor may make, and the list of translations the English has moved on
from. Every save goes through the publishing gate (publishing.submit_translation): an
editor's change to a published translation waits there for a publisher's review."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from markdownx.models import MarkdownxField
from markdownx.widgets import AdminMarkdownxWidget

from network_site.markup.plain_text import validator_for
from network_site.records import publishing
from network_site.records.history_admin import GatedHistoryAdmin
from network_site.records.models import Translatable, Translation

# The form's box for a field the record's kind translates: "text_<field>".
PREFIX = "text_"


class TranslationForm(forms.ModelForm):
    """One translation: a box for each of the kind's translated_fields, the English
    under it. The record is chosen by the link that opens the form (its change page's
    "Translate" links), never typed."""

    content_type = forms.ModelChoiceField(
        ContentType.objects.all(), widget=forms.HiddenInput, required=False
    )
    object_id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    by = None  # the staff member acting (TranslationAdmin.get_form)

    class Meta:
        model = Translation
        fields = ("language", "status", "reviewed_by_translator", "change_note")
        widgets = {"language": forms.Select(choices=settings.TRANSLATION_LANGUAGES)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].widget.choices = settings.TRANSLATION_LANGUAGES
        if self.instance.pk:
            # A translation stays with its record.
            del self.fields["content_type"], self.fields["object_id"]
            self.record = self.instance.record
        else:
            self.record = self._record_asked_for()
            if self.record is not None:
                self.instance.record = self.record
        if "status" in self.fields and not publishing.can_publish_translations(self.by):
            self.fields["status"].choices = [
                choice for choice in Translation.State.choices if choice[0] != "published"
            ]
        if self.record is not None:
            for name in self.record.translated_fields:
                self.fields[PREFIX + name] = self._box_for(name)

    def _record_asked_for(self) -> Translatable | None:
        source = self.data if self.is_bound else self.initial
        try:
            content_type = ContentType.objects.get(pk=int(source.get("content_type") or 0))
            kind = content_type.model_class()
            if kind is None or not issubclass(kind, Translatable):
                return None
            return kind.objects.filter(pk=int(source.get("object_id") or 0)).first()
        except (ContentType.DoesNotExist, TypeError, ValueError):
            return None

    def _box_for(self, name: str) -> forms.Field:
        field = type(self.record)._meta.get_field(name)
        box = field.formfield(required=False)
        if isinstance(field, MarkdownxField):
            box.widget = AdminMarkdownxWidget()
        validator = validator_for(field)
        if validator is not None:
            box.validators.append(validator)
        english = getattr(self.record, name) or ""
        box.label = capfirst(field.verbose_name)
        box.help_text = format_html(
            '<span class="translation-english">The English:</span> <span lang="en">{}</span>',
            linebreaksbr(english) if english else "(empty)",
        )
        box.initial = self.instance.text.get(name, "")
        return box

    def clean(self):
        cleaned = super().clean()
        if self.record is None:
            raise ValidationError(
                "Open a translation from the record's page in the admin: its “Translate” "
                "links say which record it translates."
            )
        translation = self.instance
        for name in cleaned:
            if isinstance(cleaned[name], str):
                # Browsers send CRLF; the database keeps LF.
                cleaned[name] = cleaned[name].replace("\r\n", "\n").replace("\r", "\n")
        translation.text = {
            name: cleaned[PREFIX + name].strip()
            for name in self.record.translated_fields
            if (cleaned.get(PREFIX + name) or "").strip()
        }
        for name in ("language", "status", "reviewed_by_translator", "change_note"):
            if name in cleaned:
                setattr(translation, name, cleaned[name])
        taken = Translation.objects.of(self.record).filter(language=translation.language)
        if taken.exclude(pk=translation.pk).exists():
            self.add_error(
                "language",
                "This record already has a translation in this language: open that one.",
            )
            return cleaned
        try:
            publishing.may_submit_translation(translation, by=self.by)
            publishing.check_translation(translation)
        except publishing.NotAllowed as refused:
            raise ValidationError(str(refused)) from refused
        return cleaned


class EnglishChangedFilter(admin.SimpleListFilter):
    """The staff list of translations behind: the English has changed since."""

    title = "the English"
    parameter_name = "english"

    def lookups(self, request, model_admin):
        return [("changed", "Changed since translated"), ("same", "Same as translated")]

    def queryset(self, request, queryset):
        if self.value() == "changed":
            return queryset.filter(english_changed_at__isnull=False)
        if self.value() == "same":
            return queryset.filter(english_changed_at__isnull=True)
        return queryset


@admin.action(description="Publish the selected translations", permissions=["publish"])
def publish(modeladmin, request, queryset):
    count = 0
    for translation in queryset.exclude(status=Translation.State.PUBLISHED):
        translation.status = Translation.State.PUBLISHED
        try:
            publishing.save_translation(translation, by=request.user)
        except ValidationError as refused:
            modeladmin.message_user(
                request,
                f"“{translation}” was not published: {' '.join(refused.messages)}",
                messages.ERROR,
            )
            continue
        count += 1
    modeladmin.message_user(request, f"Published {count} translation(s).", messages.SUCCESS)


@admin.register(Translation)
class TranslationAdmin(GatedHistoryAdmin):
    form = TranslationForm
    list_display = ("__str__", "status", "reviewed_by_translator", "english_changed_on")
    list_filter = (EnglishChangedFilter, "language", "status", "reviewed_by_translator")
    readonly_fields = ("translates", "english_changed_on", "published_at", "published_by")
    actions = [publish]
    list_per_page = 50

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The form's own fields (Meta.fields, and the boxes it adds for the record's
        # kind), not the fieldsets' names: those boxes are no model fields.
        kwargs["fields"] = None
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"by": request.user})

    def get_fieldsets(self, request, obj=None):
        initial = {} if obj else self.get_changeform_initial_data(request)
        form = self.get_form(request, obj)(instance=obj, initial=initial)
        boxes = [name for name in form.fields if name.startswith(PREFIX)]
        hidden = [] if obj else ["content_type", "object_id"]
        return (
            (None, {"fields": ("translates", "language", *hidden)}),
            ("The words", {"fields": boxes}) if boxes else ("The words", {"fields": ()}),
            (
                "Publishing",
                {
                    "fields": (
                        "status",
                        "reviewed_by_translator",
                        "change_note",
                        "english_changed_on",
                        "published_at",
                        "published_by",
                    )
                },
            ),
        )

    def has_publish_permission(self, request) -> bool:
        return publishing.can_publish_translations(request.user)

    def has_delete_permission(self, request, obj=None):
        # Take a translation off the site by moving it back to draft.
        return request.user.is_superuser

    @admin.display(description="Translates")
    def translates(self, obj):
        record = obj.record if obj and obj.pk else None
        if record is None:
            return "—"
        address = reverse(
            f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk]
        )
        kind = capfirst(record._meta.verbose_name)
        return format_html('<a href="{}" lang="en">{}</a> ({})', address, record, kind)

    @admin.display(description="English changed since translated")
    def english_changed_on(self, obj):
        if obj is None or obj.english_changed_at is None:
            return "—"
        return format_html("Yes, on {}", f"{obj.english_changed_at:%B %-d, %Y}")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.is_published and not self.has_publish_permission(request):
            fields.append("status")  # an editor's change to it is held for review instead
        return fields

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        request._outcome = publishing.submit_translation(obj, by=request.user)
