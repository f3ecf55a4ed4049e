"""The languages the site is offered in (settings.LANGUAGES): each reads its words from
its compiled catalogue, locale/<code>/LC_MESSAGES/django.mo, which `make catalogues`
builds from the .po beside it. Without it Django would quietly show English."""

import functools
from itertools import cycle
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from django.conf import settings
from django.core import checks
from django.utils.translation import get_language, to_locale
from markupsafe import Markup, escape


def language_name(code: str, language: str | None = None) -> str:
    """The name of the language `code` (ISO 639) in `language` (the page's), as the
    Unicode CLDR gives it through Babel: "somalí" on a Spanish page. "" where it has
    none, for the caller to show the name staff gave, in English."""
    return _language_names(language or get_language()).get(code, "")


@functools.cache
def _language_names(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(to_locale(language)).languages)
    except (UnknownLocaleError, ValueError):
        return {}


def in_a_list(items, style: str = "standard") -> Markup:
    """Items joined as the page's language joins a list (CLDR, through Babel): "a, b y
    c" in Spanish, "a، b و c" in Arabic; style "or" for alternatives ("a, b o c").
    Each item escaped unless it is markup already (a name marked lang="en")."""
    items = [escape(item) for item in items]
    holders = [f"\x00{number}\x00" for number in range(len(items))]
    # The language's words around the items, escaped; every other piece an item's number.
    pieces = escape(format_list(holders, style=style, locale=to_locale(get_language())))
    return Markup("").join(
        items[int(piece)] if odd else piece
        for odd, piece in zip(cycle((0, 1)), pieces.split("\x00"))
    )


def catalogue(code: str, compiled: bool = False) -> Path:
    """A language's catalogue: its .po, or the .mo compiled from it."""
    name = "django.mo" if compiled else "django.po"
    return Path(settings.LOCALE_PATHS[0]) / to_locale(code) / "LC_MESSAGES" / name


@checks.register()
def check_catalogues(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Every language offered besides English has its catalogue, compiled and current."""
    problems = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        source, compiled = catalogue(code), catalogue(code, compiled=True)
        if not source.exists():
            problems.append(
                checks.Error(
                    f"The language {code!r} is offered but has no catalogue.",
                    hint=f"Add {source} (README, Languages), or take {code!r} out of LANGUAGES.",
                    id="network_site.E001",
                )
            )
        elif not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            problems.append(
                checks.Error(
                    f"The catalogue of {code!r} is not compiled, or older than its .po.",
                    hint="Run `make catalogues`.",
                    id="network_site.E002",
                )
            )
    return problems
