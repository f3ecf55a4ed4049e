"""Demo content, brought by each app for its own records: `manage.py load_demo_content`.

An app with something to show (records, site content, the vocabulary) has a `demo`
module with `load(library)` and, where its records point at records of an app loaded
after it (a glossary term at protocols), `link(library)`. Every app's load runs in
INSTALLED_APPS order, then every link, through the one publishing gate; each puts what
it made in the library by name (library["laws"]["maine-sex-trafficking"]) for the
apps after it. A new kind of record brings its demo in its own app: nothing to edit
here, and `manage.py check` warns about a kind of record with none.
"""

import importlib
from datetime import date
from types import ModuleType

from django.apps import apps
from django.db import models, transaction

from network_site.records import publishing
from network_site.records.models import Record, Status, Translatable, Translation

# The date the demo summaries were last checked against the official texts.
REVIEWED = date(2026, 11, 30)
DEMO_AUTHOR = "this site's editors, as demo text (not an agency's)"


class Library(dict):
    """What the demo has made so far: a dict of {slug: object} for each name."""

    def __missing__(self, name: str) -> dict:
        self[name] = {}
        return self[name]


def publish(model: type[Record], slug: str, fields: dict, relations=None, rows=None) -> Record:
    """The record at this slug with these fields, published (created if new), through the
    one publishing gate so that it is indexed and listed as any publication is. Its
    many-to-many `relations` ({"topics": [...]}) and `rows` (a function given the record,
    saving its parts) are set inside the gate, before it indexes and derives from them."""
    record = model.objects.filter(slug=slug).first() or model(slug=slug)
    for name, value in {**fields, "status": Status.PUBLISHED}.items():
        setattr(record, name, value)

    def parts():
        for name, values in (relations or {}).items():
            getattr(record, name).set(values)
        if rows is not None:
            rows(record)

    return publishing.save(record, parts=parts)


def publish_translation(record: Translatable, language: str, words: dict) -> Translation:
    """The record's words in `language`, published through the gate: the Network's
    own translation, which its page says a qualified translator has not reviewed."""
    translation = Translation.objects.of(record).filter(language=language).first()
    if translation is None:
        translation = Translation(record=record, language=language)
    translation.text = words
    translation.status = Translation.State.PUBLISHED
    translation.reviewed_by_translator = False
    return publishing.save_translation(translation)


def shared(model: type[models.Model], lookup: dict, values: dict):
    """A topic, audience, session or series with these values (created if new), saved
    through the gate like any content beside the records."""
    obj = model.objects.filter(**lookup).first() or model(**lookup)
    for name, value in values.items():
        setattr(obj, name, value)
    return publishing.save_shared(obj)


def demo_modules() -> list[ModuleType]:
    """Each installed app's `demo` module, in INSTALLED_APPS order."""
    found = []
    for app in apps.get_app_configs():
        try:
            found.append(importlib.import_module(f"{app.name}.demo"))
        except ModuleNotFoundError as missing:
            if missing.name != f"{app.name}.demo":
                raise
    return found


@transaction.atomic
def load_all() -> Library:
    library = Library()
    modules = demo_modules()
    with publishing.page_states_at_the_end():
        for module in modules:
            module.load(library)
        for module in modules:
            if hasattr(module, "link"):
                module.link(library)
    return library
