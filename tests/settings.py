"""The site's settings, plus a kind of record that exists only in tests."""

from network_site.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.recordkind"]  # noqa: F405
