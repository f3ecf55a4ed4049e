import re

from django import forms

from network_site.alerts.models import Frequency
from network_site.words import gettext_lazy as _

# The local part of a mailbox as people have them: dot-separated atoms of letters,
# digits and the usual symbols (RFC 5321's dot-string), never a quoted string.
PLAIN_LOCAL_PART = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter a whole email address, like name@example.org."),
        },
    )
    # Hidden from people (and screen readers); bots that fill every field fill it.
    website = forms.CharField(required=False)

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        # Django accepts a quoted local part with control characters in it, which no
        # mail header can carry: a plain mailbox only, printable ASCII before the @.
        local = email.rpartition("@")[0]
        if not PLAIN_LOCAL_PART.fullmatch(local):
            raise forms.ValidationError(
                _(
                    "Enter an ordinary email address, like name@example.org: letters, "
                    "digits and . _ + - before the @, without quotes or spaces."
                ),
                code="invalid",
            )
        return email

    @property
    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class FollowForm(EmailForm):
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        initial=Frequency.IMMEDIATELY,
        error_messages={"invalid_choice": _("Choose how often to hear from us.")},
    )
