from django.db import migrations


def seed(apps, schema_editor):
    from network_site.site_content import seed_site_content

    seed_site_content(apps.get_model("network_site", "HelpLine"), apps.get_model("network_site", "SitePage"))


class Migration(migrations.Migration):
    dependencies = [("network_site", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
