from django.apps import AppConfig


class VocabularyConfig(AppConfig):
    """The shared vocabulary that ties the libraries: topics, and the audiences and
    disciplines records are for. Machinery reads it; every kind of record may be tagged."""

    name = "network_site.vocabulary"
    label = "vocabulary"
    verbose_name = "Topics and audiences"
