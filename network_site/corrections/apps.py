from django.apps import AppConfig


class CorrectionsConfig(AppConfig):
    name = "network_site.corrections"
    label = "corrections"
    verbose_name = "Corrections from readers"
