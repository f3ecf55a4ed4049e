"""Export and import of the library's current content, for backups and moves.

The file holds every record as it is now, with its relations, versions, old slugs,
updates and held edits, and the staff accounts they name (without passwords). Left
out on purpose, and said so when importing: the edit history, passwords, the
uploaded files (copy MEDIA_ROOT), and the email alerts' subscribers: an export file
is copied and kept where nobody could delete an address from it when its owner
unsubscribes, so addresses stay in the database and its rotated backups only (the
privacy page says for how long). A whole server is restored from pg_dump instead.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.db import connection, transaction

from network_site.records.registry import content_models

FORMAT_VERSION = 1
# Beside the record apps' models: the site-wide content and what the site keeps of records.
SITE_MODELS = [
    "pages.HelpLine",
    "pages.SitePage",
    "pages.Contact",
    "records.SlugHistory",
    "records.Update",
    "records.PendingRevision",
    "records.Translation",
]
# Created by migrate on every new database (network_site.pages.apps): an import
# replaces them rather than refusing the database.
SEEDED = {"pages.HelpLine", "pages.SitePage", "pages.Contact"}
ACCOUNT_FIELDS = ("first_name", "last_name", "email", "is_staff", "is_superuser", "is_active")
LEFT_OUT = (
    "Not in the file, on purpose: the edit history, passwords (set each account's with "
    "`manage.py changepassword`), uploaded files (copy MEDIA_ROOT), and email alert "
    "subscribers (they are in the database and its backups only)."
)


def exported_models() -> list[str]:
    """Every content model, by label: the record apps' (records, their versions, the
    vocabulary), then the site's. Foreign keys are checked when the import commits,
    so the order within the file does not matter."""
    return [model._meta.label for model in content_models()] + SITE_MODELS


USER_FIELDS = {"owner", "published_by", "author", "decided_by"}


def _fields(model) -> list[str]:
    names = [f.name for f in model._meta.local_fields if not f.primary_key]
    names += [f.name for f in model._meta.local_many_to_many]
    return names


def _exact(value):
    """JSON-ready values that lose nothing: full microseconds, unlike DjangoJSONEncoder."""
    if isinstance(value, dict):
        return {key: _exact(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_exact(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _accounts() -> list[dict]:
    """The staff accounts, as the records name them: no passwords."""
    users = get_user_model().objects.filter(is_staff=True).order_by("username")
    return [
        {
            "username": user.username,
            **{name: getattr(user, name) for name in ACCOUNT_FIELDS},
            "groups": sorted(user.groups.values_list("name", flat=True)),
        }
        for user in users.prefetch_related("groups")
    ]


def export_content() -> dict:
    return {
        "format": FORMAT_VERSION,
        "accounts": _accounts(),
        "models": {
            label: _exact(
                serializers.serialize(
                    "python",
                    apps.get_model(label).objects.order_by("pk"),
                    fields=_fields(apps.get_model(label)),
                    use_natural_foreign_keys=True,
                )
            )
            for label in exported_models()
        },
    }


class ImportRefused(Exception):
    pass


@transaction.atomic
def import_content(data: dict) -> dict[str, int]:
    """Load an export into a database with no content yet. Returns counts per model."""
    if data.get("format") != FORMAT_VERSION:
        raise ImportRefused(f"This file is not a content export of format {FORMAT_VERSION}.")
    labels = exported_models()
    # What migrate itself creates (the site's first pages, a kind's fixed vocabulary
    # that declares seeded_by_migrate) is replaced by the file's.
    seeded = SEEDED | {
        label for label in labels if getattr(apps.get_model(label), "seeded_by_migrate", False)
    }
    present = [
        label for label in labels if label not in seeded and apps.get_model(label).objects.exists()
    ]
    if present:
        raise ImportRefused(
            "The database already has content (" + ", ".join(present) + "); import only "
            "into a new one (after migrate), so nothing is overwritten."
        )
    for label in seeded:  # migrate's first drafts, replaced by the file's
        apps.get_model(label).objects.all().delete()
    _restore_accounts(data.get("accounts", []))
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    counts = {}
    for label in labels:
        rows = data["models"].get(label, [])
        for row in rows:
            for name in USER_FIELDS & set(row["fields"]):
                # Accounts are not content: link them where they exist, else leave empty.
                if row["fields"][name] and row["fields"][name][0] not in usernames:
                    row["fields"][name] = None
        for item in serializers.deserialize("python", rows, handle_forward_references=True):
            item.save()
        counts[label] = len(rows)
    _reset_sequences()
    _reindex()
    return counts


def _restore_accounts(accounts: list[dict]) -> None:
    """Staff accounts the file names, where missing, with no usable password."""
    from django.contrib.auth.models import Group

    User = get_user_model()
    for account in accounts:
        if User.objects.filter(username=account["username"]).exists():
            continue
        user = User(username=account["username"], **{n: account[n] for n in ACCOUNT_FIELDS})
        user.set_unusable_password()
        user.save()
        user.groups.set(Group.objects.filter(name__in=account["groups"]))


def _reset_sequences() -> None:
    models = [apps.get_model(label) for label in exported_models()]
    statements = connection.ops.sequence_reset_sql(_NoStyle(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _reindex() -> None:
    from network_site.records import publishing

    publishing.reindex_everything()


class _NoStyle:
    """sequence_reset_sql wants a colour style; plain SQL needs none."""

    def __getattr__(self, name):
        return lambda text: text
