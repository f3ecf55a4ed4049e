from django.apps import AppConfig
from django.db.models.signals import post_migrate


class RecordsConfig(AppConfig):
    """The base record, its registry, publishing, review, history of slugs and changes."""

    name = "network_site.records"
    label = "records"
    verbose_name = "Records: review and publishing"

    def ready(self):
        from network_site.records import checks, page_cache, roles  # noqa: F401 (checks registers)
        from network_site.records.models import SlugHistory, Update
        from network_site.records.registry import content_models

        page_cache.watch([*content_models(), SlugHistory, Update])
        post_migrate.connect(roles.sync_roles, dispatch_uid="records-sync-roles")
