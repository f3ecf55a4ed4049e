"""The interface's words in the code, translated once per language and process.

Django's gettext reads the active language and searches its catalogues on every call,
and a lazy word (a choice's label, a kind's name) is translated again each time it is
shown or hashed: a list of protocols asked some 150 times a page. The catalogues do
not change while the site runs, so each (language, message) is looked up once. Use
these as Django's own: `from network_site.words import gettext, gettext_lazy as _`.
"""

import functools

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import translation
from django.utils.functional import lazy


@functools.lru_cache(maxsize=10_000)
def translated(language: str | None, message: str) -> str:
    """The message in this language (the active one when it was first asked for)."""
    return translation.gettext(message)


def gettext(message: str) -> str:
    return translated(translation.get_language(), message)


gettext_lazy = lazy(gettext, str)


@receiver(setting_changed)
def _forget(*, setting, **kwargs):
    # Tests that offer other languages or catalogues.
    if setting in ("LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"):
        translated.cache_clear()
