from django.apps import AppConfig


class NetworkSiteConfig(AppConfig):
    """The project itself: the admin's own pages, the demo content, and the migrations
    that made the tables the network_site.* apps now own (see migrations/0009)."""

    name = "network_site"
    verbose_name = "Network site"

    def ready(self):
        from django.urls import register_converter

        from network_site import languages  # noqa: F401 (registers its system check)
        from network_site.addresses import Number

        # Before any URLconf is read: the apps' own take <number:...>.
        register_converter(Number, "number")
