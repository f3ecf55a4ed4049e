from django import forms

from network_site.alerts.models import Frequency


class EmailForm(forms.Form):
    email = forms.EmailField(
        label="Your email address",
        max_length=254,
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter a whole email address, like name@example.org.",
        },
    )
    # Hidden from people (and screen readers); bots that fill every field fill it.
    website = forms.CharField(required=False)

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class FollowForm(EmailForm):
    frequency = forms.ChoiceField(
        label="How often",
        choices=Frequency.choices,
        initial=Frequency.IMMEDIATELY,
        error_messages={"invalid_choice": "Choose how often to hear from us."},
    )
