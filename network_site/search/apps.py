from django.apps import AppConfig


class SearchConfig(AppConfig):
    """One search over every published record, and the words "did you mean" draws on."""

    name = "network_site.search"
    label = "search"
