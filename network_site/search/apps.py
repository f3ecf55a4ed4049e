from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    """One search over every published record, and the words "did you mean" draws on."""

    name = "network_site.search"
    label = "search"

    def ready(self):
        post_migrate.connect(index_when_empty, sender=self)


def index_when_empty(using, **kwargs):
    """An index that migrate has just made (on an upgrade from the index kept in each
    record's table) is filled at once, so search finds every published record."""
    from network_site.records import publishing
    from network_site.records.registry import record_kinds
    from network_site.search.models import SearchEntry

    if SearchEntry.objects.using(using).exists():
        return
    if any(kind.objects.using(using).published().exists() for kind in record_kinds()):
        publishing.reindex_everything()
