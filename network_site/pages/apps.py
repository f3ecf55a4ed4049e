from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    """Home, topics, the fixed pages, the help numbers, the sitemap and health."""

    name = "network_site.pages"
    label = "pages"
    verbose_name = "Site pages and help numbers"

    def ready(self):
        from network_site.pages.models import Contact, HelpLine, SitePage
        from network_site.records import page_cache

        page_cache.watch([Contact, HelpLine, SitePage])
        post_migrate.connect(seed_site_content, sender=self, dispatch_uid="pages-seed")


def seed_site_content(**kwargs) -> None:
    """After migrate: the first help numbers and fixed pages, where missing. Staff edits
    are never overwritten; a site with no help numbers at all gets the defaults back."""
    from network_site.pages.models import Contact, HelpLine, SitePage
    from network_site.pages.site_content import DEFAULT_CONTACT, DEFAULT_HELP_LINES, DEFAULT_PAGES
    from network_site.records import publishing

    if not Contact.objects.exists():
        publishing.save_shared(Contact(**DEFAULT_CONTACT))
    if not HelpLine.objects.exists():
        for line in DEFAULT_HELP_LINES:
            publishing.save_shared(HelpLine(**line))
    for page in DEFAULT_PAGES:
        if not SitePage.objects.filter(slug=page["slug"]).exists():
            publishing.save_shared(SitePage(**page))
