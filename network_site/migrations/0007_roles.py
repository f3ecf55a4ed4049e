from django.contrib.auth.management import create_permissions
from django.db import migrations


# The roles as they were when this migration was written; the live ones are kept in
# step with the kinds of record after every migrate (network_site.records.roles).
EDITOR = [
    "laws.view_law",
    "laws.add_law",
    "laws.change_law",
    "protocols.view_protocol",
    "protocols.add_protocol",
    "protocols.change_protocol",
    "resources.view_resource",
    "resources.add_resource",
    "resources.change_resource",
    "resources.view_topic",
    "resources.add_topic",
    "resources.change_topic",
    "resources.view_audience",
    "resources.add_audience",
    "resources.change_audience",
    "network_site.view_helpline",
    "network_site.view_sitepage",
]
PUBLISHER = [
    "laws.view_law",
    "laws.add_law",
    "laws.change_law",
    "protocols.view_protocol",
    "protocols.add_protocol",
    "protocols.change_protocol",
    "resources.view_resource",
    "resources.add_resource",
    "resources.change_resource",
    "resources.view_topic",
    "resources.add_topic",
    "resources.change_topic",
    "resources.view_audience",
    "resources.add_audience",
    "resources.change_audience",
    "network_site.view_helpline",
    "network_site.view_sitepage",
    "laws.publish_law",
    "protocols.publish_protocol",
    "resources.publish_resource",
    "network_site.change_helpline",
    "network_site.change_sitepage",
]
ROLES = {"Editor": EDITOR, "Publisher": PUBLISHER}


def create_roles(apps, schema_editor):
    # Permissions are normally made after migrations; the roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = []
        for code in codes:
            app_label, codename = code.split(".")
            permissions.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("network_site", "0006_pendingrevision"),
        ("laws", "0005_alter_law_options_historicallaw_owner_and_more"),
        ("protocols", "0004_alter_protocol_options_historicalprotocol_owner_and_more"),
        ("resources", "0004_alter_resource_options_historicalresource_owner_and_more"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
