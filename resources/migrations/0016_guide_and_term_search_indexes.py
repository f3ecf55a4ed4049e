"""Guides and glossary terms are searched like every kind, but were created without the
GIN index the others have (tests/search: every kind's table has one)."""

from django.db import migrations

from network_site.search.migration_ops import search_indexes


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0015_delete_audience_and_more"),
    ]

    operations = [
        search_indexes("resources_guide"),
        search_indexes("resources_term"),
    ]
