"""Topics and audiences now live in network_site.vocabulary: state only, the
database already points at the renamed tables (vocabulary 0001)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0004_contact_historicalcontact'),
        ('vocabulary', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='helpline',
                    name='professions',
                    field=models.ManyToManyField(blank=True, help_text='The professions whose page lists this number as one they call.', limit_choices_to={'is_profession': True}, related_name='help_lines', to='vocabulary.audience'),
                ),
            ],
        ),
    ]
