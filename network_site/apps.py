from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save

# Changes to these appear on public pages; each one makes every cached page stale.
CONTENT_MODELS = [
    "laws.Law",
    "protocols.Protocol",
    "protocols.ProtocolVersion",
    "resources.Resource",
    "resources.Topic",
    "resources.Audience",
    "network_site.HelpLine",
    "network_site.SitePage",
    "network_site.SlugHistory",
    "network_site.Update",
]


class NetworkSiteConfig(AppConfig):
    name = "network_site"
    verbose_name = "Site pages and help numbers"

    def ready(self):
        from django.apps import apps

        from network_site.pagecache import content_changed

        for label in CONTENT_MODELS:
            model = apps.get_model(label)
            post_save.connect(content_changed, sender=model, dispatch_uid=f"cache-save-{label}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"cache-del-{label}")
            for field in model._meta.many_to_many:
                m2m_changed.connect(
                    content_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"cache-m2m-{label}-{field.name}",
                )
