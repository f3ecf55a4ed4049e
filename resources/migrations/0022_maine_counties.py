"""Maine's sixteen counties, which directory listings are filed under."""

from django.db import migrations

# Written out here, not imported: a migration keeps the data it had when written.
COUNTIES = [
    ("androscoggin", "Androscoggin"), ("aroostook", "Aroostook"), ("cumberland", "Cumberland"),
    ("franklin", "Franklin"), ("hancock", "Hancock"), ("kennebec", "Kennebec"),
    ("knox", "Knox"), ("lincoln", "Lincoln"), ("oxford", "Oxford"),
    ("penobscot", "Penobscot"), ("piscataquis", "Piscataquis"), ("sagadahoc", "Sagadahoc"),
    ("somerset", "Somerset"), ("waldo", "Waldo"), ("washington", "Washington"),
    ("york", "York"),
]  # fmt: skip


def add_counties(apps, schema_editor):
    County = apps.get_model("resources", "County")
    for slug, name in COUNTIES:
        County.objects.get_or_create(slug=slug, defaults={"name": name})


def remove_counties(apps, schema_editor):
    apps.get_model("resources", "County").objects.filter(
        slug__in=[slug for slug, _ in COUNTIES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("resources", "0021_directory")]

    operations = [migrations.RunPython(add_counties, remove_counties)]
