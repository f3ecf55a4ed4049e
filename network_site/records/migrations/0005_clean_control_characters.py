"""Clean the control characters stored before forms refused them (network_site.markup.plain_text):
in every text column of the site's own tables, history included. A one-line field's
line breaks become spaces; in multi-line text a pasted line break (vertical tab, form
feed) becomes a newline and any other control character a space. An email address
holding one can never be mailed: it is deleted, with its follows and waiting mail."""

from django.db import migrations, models

from network_site.markup.plain_text import cleaned_line, cleaned_text

SITE_APPS = ("records", "resources", "laws", "protocols", "pages", "alerts", "linkcheck")
# The same characters as plain_text's patterns, as a PostgreSQL regular expression
# (PostgreSQL text can hold no NUL, so that one is never stored).
CONTROLS = r"\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff"
IN_TEXT = f"[{CONTROLS}]"
IN_LINE = f"[{CONTROLS}\\u000a\\u000d\\u0085\\u2028\\u2029]"


def clean(apps, schema_editor):
    for name in ("Subscriber", "FormRequest"):
        model = apps.get_model("alerts", name)
        model._base_manager.filter(email__regex=IN_LINE).delete()
    for model in apps.get_models():
        if model._meta.app_label not in SITE_APPS:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, models.TextField):
                pattern, fix = IN_TEXT, cleaned_text
            elif isinstance(field, models.CharField):
                pattern, fix = IN_LINE, cleaned_line
            else:
                continue
            rows = model._base_manager.filter(**{f"{field.attname}__regex": pattern})
            for pk, value in list(rows.values_list("pk", field.attname)):
                model._base_manager.filter(pk=pk).update(**{field.attname: fix(value)})


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0004_rejection_reason"),
        ("alerts", "0004_shared_limits_and_form_requests"),
        ("linkcheck", "0001_initial"),
        ("pages", "0004_contact_historicalcontact"),
        ("resources", "0014_historicaleventseries"),
        ("laws", "0012_facts_follow_published_session_laws"),
        ("protocols", "0009_historicalprotocol_adopted_on_and_more"),
    ]

    operations = [migrations.RunPython(clean, migrations.RunPython.noop)]
