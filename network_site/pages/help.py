"""The help numbers in the box on every page."""

from django.db import DatabaseError

from network_site.pages.models import HelpLine
from network_site.pages.site_content import DEFAULT_HELP_LINES
from network_site.records.models import in_readers_language_all
from network_site.records.page_cache import for_this_version

# How many of the help numbers (the first, by position) a help strip shows.
STRIP_LINES = 2

# Shown when the database cannot answer (the 503 page, say).
OUTAGE_LINES = [HelpLine(**line) for line in DEFAULT_HELP_LINES]


def help_lines() -> list[HelpLine]:
    """The active help numbers, kept in the cache under the content version.

    Every change to the site's content (the numbers included) makes a new content
    version, which every process hears of at once where the listener runs
    (network_site.records.page_cache); elsewhere (SQLite, tests) they are read each time."""
    # The built-in numbers are for an outage only: never kept.
    return for_this_version(
        "help-lines", read_help_lines, keep=lambda lines: lines is not OUTAGE_LINES
    )


def read_help_lines() -> list[HelpLine]:
    """The help numbers, from the database; the built-in ones if it cannot answer."""
    try:
        # In the page's language where a translation is published (kept per language).
        return in_readers_language_all(list(HelpLine.objects.filter(is_active=True)))
    except DatabaseError:
        return OUTAGE_LINES


def help_strip_lines() -> list[HelpLine]:
    """The numbers a help strip shows at the top of a page: the first few."""
    return help_lines()[:STRIP_LINES]
