from django import forms

from network_site.corrections.models import Suggestion
from network_site.markup.plain_text import cleaned_line, cleaned_text
from network_site.words import gettext_lazy as _


class SuggestionForm(forms.ModelForm):
    # Hidden from people (and screen readers); bots that fill every field fill it.
    website = forms.CharField(required=False)

    class Meta:
        model = Suggestion
        fields = ["what_is_wrong", "contact"]
        labels = {
            "what_is_wrong": _("What is wrong or out of date?"),
            "contact": _("How can we reach you? (optional)"),
        }
        help_texts = {
            "what_is_wrong": _(
                "A number, an address, a date, a name: tell us what it should say and, if "
                "you can, where you saw it."
            ),
            "contact": _(
                "An email address or phone number, only if you want an answer. Leave it out "
                "to stay anonymous."
            ),
        }
        error_messages = {"what_is_wrong": {"required": _("Tell us what is wrong.")}}
        widgets = {"what_is_wrong": forms.Textarea(attrs={"rows": 4, "maxlength": 2000})}

    def clean_what_is_wrong(self) -> str:
        # A pasted control character is made harmless rather than refused: a reader
        # should not have to hunt for what they cannot see.
        text = cleaned_text(self.cleaned_data["what_is_wrong"]).strip()
        if len(text) > 2000:
            raise forms.ValidationError(_("Keep it under 2,000 characters."), code="max_length")
        if not text:
            raise forms.ValidationError(_("Tell us what is wrong."), code="required")
        return text

    def clean_contact(self) -> str:
        return cleaned_line(self.cleaned_data["contact"]).strip()

    @property
    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
