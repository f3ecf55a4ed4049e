"""Addresses built without resolving the URLconf on every call: a list shows a link
per row, and the navigation the same few on every page."""

import functools
import re

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

# A slug as the URLconf's <slug:...> takes it; the placeholder is one.
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
SLUG_SLOT = "slug-slot"


@functools.cache
def _route_with_slot(route: str, urlconf: str, prefix: str, language: str | None) -> str:
    return reverse(route, kwargs={"slug": SLUG_SLOT}, urlconf=urlconf)


def route_url(route: str) -> str:
    """reverse(route) for a route that takes nothing (a list, the home page, the
    navigation's links), resolved once per URLconf, script prefix and language (a
    page in Spanish links to /es/…)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _route_url(route, urlconf, get_script_prefix(), get_language())


@functools.cache
def _route_url(route: str, urlconf: str, prefix: str, language: str | None) -> str:
    return reverse(route, urlconf=urlconf)


def slug_url(route: str, slug: str) -> str:
    """reverse(route, kwargs={"slug": slug}), with the URLconf resolved once per route
    (and URLconf, script prefix and language) instead of for every link a list shows. A slug the
    URLconf would not take goes through reverse() itself, which refuses it."""
    if not SLUG.fullmatch(slug or ""):
        return reverse(route, kwargs={"slug": slug})
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    stem = _route_with_slot(route, urlconf, get_script_prefix(), get_language())
    return stem.replace(SLUG_SLOT, slug, 1)


class Number:
    """A whole number as an address writes it, without leading zeros: a page has one
    address, so /events/past/02026/ and /v/01/ are not found rather than copies, and
    /events/past/0/ is not the latest year's page."""

    regex = "[1-9][0-9]*"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)
