"""System checks that keep the registry's promise: a new kind needs no hand step, and
nothing is silently left out."""

import importlib.util

from django.contrib.admin.utils import flatten, flatten_fieldsets
from django.core import checks

from network_site.records.models import PUBLISHED_IDS
from network_site.records.registry import content_models, record_apps, record_kinds


@checks.register()
def every_record_app_brings_demo_content(app_configs=None, **kwargs):
    """`make run` shows every kind: an app that holds kinds brings a `demo` module."""
    return [
        checks.Warning(
            f"The app {app.label} holds kinds of record but has no demo content.",
            hint=f"Add {app.name}.demo with load(library) "
            "(see network_site/records/demo_loader.py), "
            "so `make run` shows its pages with something in them.",
            obj=app.name,
            id="records.W001",
        )
        for app in record_apps()
        if importlib.util.find_spec(f"{app.name}.demo") is None
    ]


@checks.register(checks.Tags.models)
def every_kind_indexes_its_published_ids(app_configs=None, **kwargs):
    """A kind that declares indexes of its own keeps Record's index of published ids,
    which search's filter of public entries and the libraries' counts read."""
    return [
        checks.Error(
            f"{kind._meta.label} has no index of its published records' ids.",
            hint="List *Record.Meta.indexes first in its Meta.indexes.",
            obj=kind,
            id="records.E002",
        )
        for kind in record_kinds()
        if not any(
            index.fields == PUBLISHED_IDS.fields and index.condition == PUBLISHED_IDS.condition
            for index in kind._meta.indexes
        )
    ]


def _shown(admin_class) -> set[str] | None:
    """The fields an admin (or inline) form shows, or None when it shows them all."""
    if admin_class.fieldsets:
        return set(flatten_fieldsets(admin_class.fieldsets)) | set(admin_class.readonly_fields)
    if admin_class.fields:
        return set(flatten(admin_class.fields)) | set(admin_class.readonly_fields)
    return None


def _left_out(model, admin_class, parent=None) -> list[str]:
    """Editable fields the form leaves out; an inline's key to its parent is set by it."""
    shown = _shown(admin_class)
    if shown is None:
        return []
    declared = set(getattr(model, "not_edited_in_admin", ()))
    editable = [
        field.name
        for field in (*model._meta.concrete_fields, *model._meta.many_to_many)
        if field.editable
        and not field.primary_key
        and not field.auto_created
        and not (field.many_to_one and parent is not None and field.related_model is parent)
    ]
    return [name for name in editable if name not in shown and name not in declared]


@checks.register(checks.Tags.admin)
def every_field_is_in_its_admin_form(app_configs=None, **kwargs):
    """A new field shows in the admin, or is declared as not edited there: never silently
    missing from the form staff use."""
    from django.contrib import admin

    errors = []
    content = content_models()
    for model, model_admin in admin.site._registry.items():
        if model not in content:
            continue
        pairs = [(model, type(model_admin), None)]
        pairs += [(inline.model, inline, model) for inline in model_admin.inlines]
        for edited, admin_class, parent in pairs:
            for name in _left_out(edited, admin_class, parent):
                errors.append(
                    checks.Error(
                        f"{edited._meta.label}.{name} is in no fieldset of {admin_class.__name__}.",
                        hint="Add it to the admin's fieldsets, or to the model's "
                        "not_edited_in_admin if staff never edit it.",
                        obj=admin_class,
                        id="records.E001",
                    )
                )
    return errors
