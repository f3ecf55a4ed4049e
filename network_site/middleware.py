from functools import cache

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.shortcuts import render


@cache
def site_policies() -> tuple[str, str]:
    """The Content-Security-Policy and its report-only twin, as django-csp builds them."""
    return build_policy(), build_policy(report_only=True)


@receiver(setting_changed)
def _forget_site_policies(*, setting: str, **kwargs) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        site_policies.cache_clear()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the site's policy built once per process.

    No view here changes the policy (no decorators, no nonces), so every response gets
    the same header, which django-csp builds afresh each time, at more cost than all
    the other headers together. A response or request that does change it is left to
    django-csp."""

    def process_response(self, request, response):
        changes = ("_csp_config", "_csp_update", "_csp_replace")
        if getattr(request, "_csp_nonce", None) is not None or any(
            getattr(response, name, None) is not None
            for change in changes
            for name in (change, f"{change}_ro")
        ):
            return super().process_response(request, response)
        if response.status_code in (404, 500) and settings.DEBUG:
            return response  # as django-csp: Django's debug pages use inline styles
        for header, policy, setting, exempt in zip(
            (HEADER, HEADER_REPORT_ONLY),
            site_policies(),
            ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY"),
            ("_csp_exempt", "_csp_exempt_ro"),
            strict=True,
        ):
            excluded = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
            if (
                policy
                and header not in response
                and not getattr(response, exempt, False)
                and not request.path_info.startswith(tuple(excluded))
            ):
                response[header] = policy
        return response


class SecurityHeadersMiddleware:
    """Headers Django has no setting for, and the staff pages' referrer policy.

    Public pages send no referrer at all; staff pages send it to this site only:
    browsers send `Origin: null` with a form posted from a page whose policy is
    no-referrer, and Django's CSRF check rightly refuses that, so the admin's
    forms need a policy that keeps the origin. same-origin tells other sites nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path_info.startswith((f"/{settings.ADMIN_URL}", "/markdownx/")):
            response.headers["Referrer-Policy"] = "same-origin"
        return response


class DatabaseUnavailableMiddleware:
    """When the database cannot answer, say so in the site's design (503), with help numbers.

    Connections are checked before reuse (CONN_HEALTH_CHECKS), so once the database
    is back the next request reconnects by itself: no restart.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
