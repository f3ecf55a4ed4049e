"""The one list of the kinds of record: every concrete subclass of Record.

Nothing else lists them. Cache invalidation, search, the sitemap, the API, review,
roles, backups, link checks and permanent links all ask here, as Django's admin
finds ModelAdmins through admin.site.register: a new kind of record is one model
(with its admin, views, urls and templates) in the app it belongs to.
"""

from django.apps import AppConfig, apps
from django.db import models
from simple_history.models import HistoricalChanges

from network_site.languages import in_a_list
from network_site.records.models import Record


def record_kinds() -> list[type[Record]]:
    """Every installed kind of record, in the order of INSTALLED_APPS."""
    return [model for model in apps.get_models() if issubclass(model, Record)]


def kind_named(model_name: str) -> type[Record] | None:
    """The kind whose model name (as in /p/<name>/<id>/) this is, or None."""
    return next((kind for kind in record_kinds() if kind._meta.model_name == model_name), None)


def kind_in_api(api_name: str) -> type[Record] | None:
    """The kind the JSON API lists at /api/<api_name>/, or None."""
    return next((kind for kind in record_kinds() if kind.api_name == api_name), None)


def glossary_kind() -> type[Record] | None:
    """The kind of record that is the glossary, if one is installed."""
    return next((kind for kind in record_kinds() if kind.is_glossary), None)


def listed_kinds() -> list[type[Record]]:
    """The kinds with a public library list, as the home page and the navigation show them."""
    return [kind for kind in record_kinds() if kind.list_route]


def tagged_kinds(vocabulary: type[models.Model], kinds=None) -> list[tuple[type[Record], str]]:
    """Each kind of record (of `kinds`, all by default) tagged with this vocabulary
    (topics, audiences), with the name of its relation to it."""
    return [
        (kind, field.name)
        for kind in (record_kinds() if kinds is None else kinds)
        for field in kind._meta.many_to_many
        if field.related_model is vocabulary
    ]


def record_apps() -> list[AppConfig]:
    """The apps that hold kinds of record, each once, in the order of INSTALLED_APPS."""
    found = []
    for kind in record_kinds():
        if kind._meta.app_config not in found:
            found.append(kind._meta.app_config)
    return found


def content_models() -> list[type[models.Model]]:
    """Every model whose rows reach a public page: the shared vocabulary the kinds are
    tagged with, then the record apps' own models (records, their versions, their
    sessions and series), without the history simple_history keeps."""
    own = [
        model
        for app in record_apps()
        for model in app.get_models()
        if not issubclass(model, HistoricalChanges)
    ]
    shared = []
    for kind in record_kinds():
        for field in kind._meta.many_to_many:
            if field.related_model not in own and field.related_model not in shared:
                shared.append(field.related_model)
    return shared + own


def kinds_in_words(kinds=None) -> str:
    """The kinds of record as a sentence names them ("laws, session laws, ... and
    glossary terms"): copy that lists them, generated, never stale."""
    names = [str(kind._meta.verbose_name_plural) for kind in (kinds or record_kinds())]
    return in_a_list(names)
