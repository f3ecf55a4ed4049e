"""Staff sign-in: who is knocking, and optional two-factor codes."""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django_otp import devices_for_user, user_has_device
from django_otp.forms import OTPAuthenticationFormMixin


def client_ip(request) -> str:
    """The connection's address; behind our own proxy, the address it saw (last hop).

    Never the leftmost X-Forwarded-For entry, which the client can write itself.
    """
    address = request.META.get("REMOTE_ADDR", "")
    if address in settings.TRUSTED_PROXIES:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return address


class StaffLoginForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    """Password, plus a six-digit code for staff who have set up an authenticator app."""

    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_token = forms.CharField(
        required=False,
        label="Two-factor code",
        help_text="Only if you have set up an authenticator app.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    otp_challenge = forms.CharField(required=False, widget=forms.HiddenInput)

    def _chosen_device(self, user):
        # Staff have one authenticator app: use it without making them pick it.
        return super()._chosen_device(user) or next(devices_for_user(user, confirmed=True), None)

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            self.clean_otp(user)
        return cleaned
