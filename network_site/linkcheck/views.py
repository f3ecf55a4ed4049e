from django.contrib import admin
from django.shortcuts import render

from network_site.linkcheck.models import LinkCheck


def link_report(request):
    """Broken and redirected links from the last check_links run."""
    checks = LinkCheck.objects.exclude(result=LinkCheck.Result.OK).order_by("result", "url")
    context = {
        **admin.site.each_context(request),
        "title": "Link health",
        "checks": checks,
        "last_run": LinkCheck.objects.order_by("-checked_at")
        .values_list("checked_at", flat=True)
        .first(),
    }
    return render(request, "admin/link_report.html", context)
