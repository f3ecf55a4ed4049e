# "Kind" means a kind of record only: a protocol's is its type of document.

from django.db import migrations, models

TYPE = models.CharField(
    choices=[("protocol", "Protocol"), ("model_policy", "Model policy")],
    default="protocol",
    max_length=20,
    verbose_name="type",
)


class Migration(migrations.Migration):
    dependencies = [
        ("protocols", "0012_page_state"),
    ]

    operations = [
        migrations.RenameField("protocol", "kind", "document_type"),
        migrations.RenameField("historicalprotocol", "kind", "document_type"),
        migrations.AlterField("protocol", "document_type", TYPE),
        migrations.AlterField("historicalprotocol", "document_type", TYPE),
    ]
