"""Topics and audiences now live in network_site.vocabulary: state only, the
database already points at the renamed tables (vocabulary 0001)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('laws', '0013_alter_law_topics'),
        ('pages', '0005_alter_helpline_professions'),
        ('protocols', '0010_alter_protocol_disciplines_alter_protocol_topics'),
        ('resources', '0014_historicaleventseries'),
        ('vocabulary', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='Audience',
                ),
                migrations.RemoveField(
                    model_name='historicalaudience',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicaltopic',
                    name='history_user',
                ),
                migrations.DeleteModel(
                    name='Topic',
                ),
                migrations.AlterField(
                    model_name='event',
                    name='audiences',
                    field=models.ManyToManyField(blank=True, related_name='events', to='vocabulary.audience', verbose_name='who it is for'),
                ),
                migrations.AlterField(
                    model_name='event',
                    name='topics',
                    field=models.ManyToManyField(blank=True, related_name='events', to='vocabulary.topic'),
                ),
                migrations.AlterField(
                    model_name='guide',
                    name='audiences',
                    field=models.ManyToManyField(blank=True, related_name='guides', to='vocabulary.audience', verbose_name='who it is for'),
                ),
                migrations.AlterField(
                    model_name='guide',
                    name='topics',
                    field=models.ManyToManyField(blank=True, related_name='guides', to='vocabulary.topic'),
                ),
                migrations.AlterField(
                    model_name='resource',
                    name='audiences',
                    field=models.ManyToManyField(blank=True, related_name='resources', to='vocabulary.audience'),
                ),
                migrations.AlterField(
                    model_name='resource',
                    name='topics',
                    field=models.ManyToManyField(blank=True, related_name='resources', to='vocabulary.topic'),
                ),
                migrations.DeleteModel(
                    name='HistoricalAudience',
                ),
                migrations.DeleteModel(
                    name='HistoricalTopic',
                ),
            ],
        ),
    ]
