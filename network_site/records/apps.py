from django.apps import AppConfig
from django.db.models.signals import post_migrate


class RecordsConfig(AppConfig):
    """The base record, its registry, publishing, review, history of slugs and changes."""

    name = "network_site.records"
    label = "records"
    verbose_name = "Records: review and publishing"

    def ready(self):
        from network_site.records import checks, page_cache, roles  # noqa: F401 (checks registers)
        from network_site.records.models import SlugHistory, Translation, Update
        from network_site.records.registry import content_models

        page_cache.watch([*content_models(), SlugHistory, Update, Translation])
        post_migrate.connect(roles.sync_roles, dispatch_uid="records-sync-roles")
        post_migrate.connect(store_missing_page_states, sender=self)


def store_missing_page_states(using, **kwargs):
    """Records that have no page state yet (migrate has just added it, on an upgrade)
    get theirs at once, so their pages list their links."""
    from network_site.records import publishing
    from network_site.records.registry import record_kinds

    if any(kind.objects.using(using).filter(page_state={}).exists() for kind in record_kinds()):
        publishing.restore_page_states()
