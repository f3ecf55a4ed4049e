from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponseNotAllowed
from django.shortcuts import render


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


class MethodNotAllowedPageMiddleware:
    """A method a page does not take (a form posted to a page to read) answered with a
    page in the site's design: Django's views answer 405 with an empty body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if isinstance(response, HttpResponseNotAllowed) and not response.content:
            page = render(request, "405.html", status=405)
            page["Allow"] = response["Allow"]
            return page
        return response
