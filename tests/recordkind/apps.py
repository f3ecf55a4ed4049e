from django.apps import AppConfig


class RecordKindConfig(AppConfig):
    """A tiny kind of record that exists only in tests (tests/settings.py installs it):
    proof that a new kind needs nothing outside its own app to be published, cached,
    searched, backed up, reviewed, linked permanently and listed in the sitemap."""

    name = "tests.recordkind"
    label = "recordkind"
