"""The two staff roles, kept in step with the registry of record kinds.

Editors write and submit for review; Publishers also publish, unpublish and withdraw.
Nobody but a superuser deletes a record: withdraw it instead, so its address says so.
The groups are brought up to date after every migrate, so a new kind of record is
given to both roles with no list to edit.
"""

from django.apps import apps as global_apps

from network_site.records.registry import content_models, record_kinds

ROLE_NAMES = ("Editor", "Publisher")
# The site-wide content beside the records: editors may read it, publishers change it.
SITE_MODELS = ("pages.HelpLine", "pages.SitePage", "pages.Contact")
# What readers send (corrections): both roles read and answer it.
QUEUES = ("corrections.Suggestion",)
# Records' words in other languages: editors draft them, publishers publish them.
TRANSLATIONS = ("records.Translation",)


def _codes(model, verbs) -> list[str]:
    meta = model._meta
    return [f"{meta.app_label}.{verb}_{meta.model_name}" for verb in verbs]


def role_permissions() -> dict[str, list[str]]:
    """Each role's permissions as "app_label.codename"."""
    writing = ("view", "add", "change")
    editor = []
    kinds = record_kinds()
    models = content_models()
    # The vocabulary records are tagged with or belong to (topics, audiences, a session
    # law's legislative session): its names show on public pages as soon as they are
    # saved, so only publishers change it.
    vocabulary = {
        field.related_model
        for kind in kinds
        for field in (*kind._meta.many_to_many, *kind._meta.fields)
        if (field.many_to_many or field.many_to_one)
        and field.related_model in models
        and field.related_model not in kinds
    }
    # Rows that belong to a record (a law's penalties, a session law's changes), edited
    # with it in its admin form: written by both roles, removed by publishers.
    parts = [
        model
        for model in models
        if model not in kinds
        and any(field.many_to_one and field.related_model in kinds for field in model._meta.fields)
    ]
    site = [global_apps.get_model(label) for label in SITE_MODELS]
    for kind in kinds:
        editor += _codes(kind, writing)
    for part in parts:
        editor += _codes(part, writing)
    editor += [code for model in (*vocabulary, *site) for code in _codes(model, ("view",))]
    translations = [global_apps.get_model(label) for label in TRANSLATIONS]
    editor += [code for model in translations for code in _codes(model, writing)]
    queues = [global_apps.get_model(label) for label in QUEUES]
    editor += [code for model in queues for code in _codes(model, ("view", "change"))]
    # A vocabulary that shows nowhere public until a publisher acts (a legislative
    # session, seen only through its published session laws) may be proposed by editors.
    editor += [
        code
        for model in vocabulary
        if getattr(model, "editors_may_add", False)
        for code in _codes(model, ("add",))
    ]
    publisher = [
        *editor,
        *(code for kind in kinds for code in _codes(kind, ("publish",))),
        *(code for part in parts for code in _codes(part, ("delete",))),
        *(code for model in vocabulary for code in _codes(model, ("add", "change"))),
        *(code for model in site for code in _codes(model, ("change",))),
        *(code for model in translations for code in _codes(model, ("publish",))),
    ]
    # Related records are kinds of record themselves; each permission once, in order.
    return {"Editor": list(dict.fromkeys(editor)), "Publisher": list(dict.fromkeys(publisher))}


def sync_roles(sender, **kwargs) -> None:
    """post_migrate: give each role exactly its permissions (creating the group if new).

    Sent once per app, after Django has made that app's permissions: act on the last."""
    from django.contrib.auth.models import Group, Permission

    if sender is not list(global_apps.get_app_configs())[-1]:
        return

    for name, codes in role_permissions().items():
        wanted = set()
        for code in codes:
            app_label, codename = code.split(".")
            wanted.add((app_label, codename))
        permissions = [
            permission
            for permission in Permission.objects.select_related("content_type")
            if (permission.content_type.app_label, permission.codename) in wanted
        ]
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)
