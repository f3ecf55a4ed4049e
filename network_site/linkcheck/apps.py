from django.apps import AppConfig


class LinkCheckConfig(AppConfig):
    """Checking every external link the library points to; a report for staff."""

    name = "network_site.linkcheck"
    label = "linkcheck"
    verbose_name = "Link health"
