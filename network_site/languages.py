"""The languages the site is offered in (settings.LANGUAGES): each reads its words from
its compiled catalogue, locale/<code>/LC_MESSAGES/django.mo, which `make catalogues`
builds from the .po beside it. Without it Django would quietly show English."""

from pathlib import Path

from django.conf import settings
from django.core import checks
from django.utils.translation import to_locale


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
