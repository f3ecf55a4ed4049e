from django.db import migrations

from network_site.search.migration_ops import search_indexes


class Migration(migrations.Migration):
    dependencies = [
        ("recordkind", "0003_fields_named_like_other_kinds"),
    ]

    operations = [search_indexes("recordkind_bulletin")]
