"""Topics and audiences now live in network_site.vocabulary: state only, the
database already points at the renamed tables (vocabulary 0001)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('protocols', '0009_historicalprotocol_adopted_on_and_more'),
        ('vocabulary', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='protocol',
                    name='disciplines',
                    field=models.ManyToManyField(blank=True, related_name='protocols', to='vocabulary.audience'),
                ),
                migrations.AlterField(
                    model_name='protocol',
                    name='topics',
                    field=models.ManyToManyField(blank=True, related_name='protocols', to='vocabulary.topic'),
                ),
            ],
        ),
    ]
