"""Topics and audiences now live in network_site.vocabulary: state only, the
database already points at the renamed tables (vocabulary 0001)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('laws', '0012_facts_follow_published_session_laws'),
        ('vocabulary', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='law',
                    name='topics',
                    field=models.ManyToManyField(blank=True, related_name='laws', to='vocabulary.topic'),
                ),
            ],
        ),
    ]
