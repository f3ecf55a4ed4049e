from django.urls import reverse


class StaffReferrerPolicyMiddleware:
    """Public pages send no referrer at all; staff pages send it to this site only.

    Browsers send `Origin: null` with a form posted from a page whose policy is
    no-referrer, and Django's CSRF check rightly refuses that, so the admin's
    forms need a policy that keeps the origin: same-origin still tells other
    sites nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        staff_prefixes = (reverse("admin:index"), "/markdownx/")
        if request.path.startswith(staff_prefixes):
            response.headers["Referrer-Policy"] = "same-origin"
        return response
