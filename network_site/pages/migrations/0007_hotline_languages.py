"""The hotline's interpreters are for calls only: text and chat are in English and
Spanish. Corrects the text this site wrote, where staff have not changed it since."""

from django.db import migrations

from network_site.markup import render

OLD_DESCRIPTION = "Free, confidential, any time, in more than 200 languages."
NEW_DESCRIPTION = (
    "Free, confidential, any time. Calls in English, Spanish or, through an interpreter, "
    "200+ more languages; text and chat in English and Spanish."
)
OLD_SENTENCE = """It is free
and confidential, and interpreters are available in more than 200 languages."""
NEW_SENTENCE = """It is free
and confidential. On the phone you can speak English or Spanish, or use an
interpreter in more than 200 other languages; texts and chat are answered in
English and Spanish."""


def correct(apps, schema_editor):
    HelpLine = apps.get_model("pages", "HelpLine")
    HelpLine.objects.filter(description=OLD_DESCRIPTION).update(description=NEW_DESCRIPTION)
    SitePage = apps.get_model("pages", "SitePage")
    for page in SitePage.objects.filter(body__contains=OLD_SENTENCE):
        page.body = page.body.replace(OLD_SENTENCE, NEW_SENTENCE)
        page.body_html = render(page.body).html  # as SitePage.save() derives it
        page.save(update_fields=["body", "body_html"])


class Migration(migrations.Migration):
    dependencies = [("pages", "0006_tables_named_after_their_apps")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
