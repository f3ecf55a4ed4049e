"""Topics and audiences move here from resources (issue: shared machinery imports no
library app). The tables and their history are renamed, not copied; their content
types are relabelled, so permissions, roles and email follows keep pointing at them."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


MOVED = ("topic", "audience", "historicaltopic", "historicalaudience")


def rename_tables(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    for name in MOVED:
        model = apps.get_model("vocabulary", name)
        schema_editor.alter_db_table(model, f"resources_{name}", model._meta.db_table)
        content_types.objects.filter(app_label="resources", model=name).update(
            app_label="vocabulary"
        )


def unrename_tables(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    for name in MOVED:
        model = apps.get_model("vocabulary", name)
        schema_editor.alter_db_table(model, model._meta.db_table, f"resources_{name}")
        content_types.objects.filter(app_label="vocabulary", model=name).update(
            app_label="resources"
        )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
        # After every migration that made a relation to the old tables.
        ("resources", "0014_historicaleventseries"),
        ("laws", "0012_facts_follow_published_session_laws"),
        ("protocols", "0009_historicalprotocol_adopted_on_and_more"),
        ("pages", "0004_contact_historicalcontact"),
        ("network_site", "0009_moved_to_sub_apps"),
        ("records", "0005_clean_control_characters"),
    ]

    operations = [
        # The models as they are, now in this app's state: nothing happens to the
        # database here (the tables are renamed below).
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='Audience',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('name', models.CharField(max_length=120, unique=True)),
                    ('slug', models.SlugField(max_length=120, unique=True)),
                    ('is_profession', models.BooleanField(default=False, help_text='Give this discipline its own page (/for/<slug>/) and a door on the home page.', verbose_name='has a page for its profession')),
                    ('introduction', models.TextField(blank=True, help_text="A sentence or two at the top of its profession's page.")),
                    ('position', models.PositiveSmallIntegerField(default=0, help_text='Lower numbers come first among the professions.')),
                ],
                options={
                    'verbose_name': 'audience or discipline',
                    'verbose_name_plural': 'audiences and disciplines',
                    'ordering': ['name'],
                },
            ),
            migrations.CreateModel(
                name='Topic',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('name', models.CharField(max_length=120, unique=True)),
                    ('slug', models.SlugField(max_length=120, unique=True)),
                    ('description', models.TextField(blank=True)),
                ],
                options={
                    'ordering': ['name'],
                },
            ),
            migrations.CreateModel(
                name='HistoricalAudience',
                fields=[
                    ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                    ('name', models.CharField(db_index=True, max_length=120)),
                    ('slug', models.SlugField(max_length=120)),
                    ('is_profession', models.BooleanField(default=False, help_text='Give this discipline its own page (/for/<slug>/) and a door on the home page.', verbose_name='has a page for its profession')),
                    ('introduction', models.TextField(blank=True, help_text="A sentence or two at the top of its profession's page.")),
                    ('position', models.PositiveSmallIntegerField(default=0, help_text='Lower numbers come first among the professions.')),
                    ('history_id', models.AutoField(primary_key=True, serialize=False)),
                    ('history_date', models.DateTimeField(db_index=True)),
                    ('history_change_reason', models.CharField(max_length=100, null=True)),
                    ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                    ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ],
                options={
                    'verbose_name': 'historical audience or discipline',
                    'verbose_name_plural': 'historical audiences and disciplines',
                    'ordering': ('-history_date', '-history_id'),
                    'get_latest_by': ('history_date', 'history_id'),
                },
                bases=(simple_history.models.HistoricalChanges, models.Model),
            ),
            migrations.CreateModel(
                name='HistoricalTopic',
                fields=[
                    ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                    ('name', models.CharField(db_index=True, max_length=120)),
                    ('slug', models.SlugField(max_length=120)),
                    ('description', models.TextField(blank=True)),
                    ('history_id', models.AutoField(primary_key=True, serialize=False)),
                    ('history_date', models.DateTimeField(db_index=True)),
                    ('history_change_reason', models.CharField(max_length=100, null=True)),
                    ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                    ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ],
                options={
                    'verbose_name': 'historical topic',
                    'verbose_name_plural': 'historical topics',
                    'ordering': ('-history_date', '-history_id'),
                    'get_latest_by': ('history_date', 'history_id'),
                },
                bases=(simple_history.models.HistoricalChanges, models.Model),
            ),
            ],
        ),
        migrations.RunPython(rename_tables, unrename_tables),
    ]
