from django.apps import AppConfig


class NetworkSiteConfig(AppConfig):
    name = "network_site"
    verbose_name = "Site pages and help numbers"
