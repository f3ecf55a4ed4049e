from django.apps import AppConfig


class ApiConfig(AppConfig):
    """A read-only JSON view of every published record, for partners' systems."""

    name = "network_site.api"
    label = "api"
