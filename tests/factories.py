"""Plain factory functions: each makes one valid record, overridable by keyword."""

import itertools
from datetime import date

from django.contrib.auth.models import Permission, User
from django.db import models

from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status
from network_site.vocabulary.models import Topic
from protocols.models import Protocol
from resources.models import Resource

_counter = itertools.count(1)


def make_topic(**fields) -> Topic:
    n = next(_counter)
    return Topic.objects.create(**{"name": f"Topic {n}", "slug": f"topic-{n}", **fields})


def make_law(**fields) -> Law:
    n = next(_counter)
    defaults = {
        "title": f"Test law {n}",
        "slug": f"test-law-{n}",
        "jurisdiction": Law.Jurisdiction.MAINE,
        "citation": f"99 M.R.S. § {n}",
        "summary": f"Summary of test law {n}.",
        "official_url": f"https://legislature.maine.gov/statutes/99/title99sec{n}.html",
        "source_words": f"§ {n}. Test law {n}.",
        "last_checked": date(2026, 12, 1),
        "status": Status.PUBLISHED,
    }
    return publishing.save(Law(**{**defaults, **fields}))


def make_protocol(**fields) -> Protocol:
    n = next(_counter)
    defaults = {
        "title": f"Test protocol {n}",
        "slug": f"test-protocol-{n}",
        "summary": "Who it is for.",
        "body": "## First steps\n\nDo this.\n\n## Then\n\nDo that.",
        "status": Status.PUBLISHED,
    }
    return publishing.save(Protocol(**{**defaults, **fields}))


def make_resource(**fields) -> Resource:
    n = next(_counter)
    defaults = {
        "title": f"Test resource {n}",
        "slug": f"test-resource-{n}",
        "url": f"https://example.org/resource/{n}",
        "publisher": "Example publisher",
        "description": "What it is.",
        "resource_type": Resource.Type.GUIDE,
        "status": Status.PUBLISHED,
    }
    return publishing.save(Resource(**{**defaults, **fields}))


def make_staff(username: str = "editor", *permissions: str, superuser: bool = False) -> User:
    """A staff account with the given "app_label.codename" permissions."""
    user = User.objects.create_user(
        username, password="a-long-test-password", is_staff=True, is_superuser=superuser
    )
    for permission in permissions:
        app_label, codename = permission.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


def link_many(model, records, field: str, choose) -> None:
    """Bulk-insert many-to-many rows: each record gets `choose(record)` as `field`.

    For large generated libraries (query-count tests, benchmarks), where one
    `.set()` per record would take minutes.
    """
    through = getattr(model, field).through
    source = f"{model._meta.model_name}_id"
    target = f"{getattr(model, field).field.m2m_reverse_field_name()}_id"
    through.objects.bulk_create(
        through(**{source: record.pk, target: value.pk})
        for record in records
        for value in choose(record)
    )


def copy_of(original, *, title: str, slug: str, status: str = Status.PUBLISHED):
    """A new record of the original's kind with its fields and its relations (topics,
    audiences, related records), saved through the gate: for tests that need one more
    record of every kind, whatever fields a kind has."""
    kind = type(original)
    fields = [field for field in kind._meta.concrete_fields if not field.primary_key]
    copy = kind(**{field.attname: getattr(original, field.attname) for field in fields})
    for field in fields:  # a unique column gets its own value
        if field.unique and field.has_default():
            setattr(copy, field.attname, field.get_default())
        elif field.unique and isinstance(field, models.CharField):
            setattr(copy, field.attname, f"{getattr(original, field.attname)} {slug}")
    copy.title, copy.slug, copy.status = title, slug, status
    copy.published_at, copy.revision = None, 0

    def relations():
        for field in kind._meta.many_to_many:
            getattr(copy, field.name).set(getattr(original, field.name).all())

    return publishing.save(copy, parts=relations)


def relate(record, **relations):
    """Add related records or terms to the record as staff do, through the publishing
    gate (relate(protocol, related_laws=[law])), so the pages showing them follow."""

    def parts():
        for name, related in relations.items():
            getattr(record, name).add(*related)

    return publishing.save(record, parts=parts)
