from django.db import migrations

# This migration once created the first help numbers and fixed pages from live code.
# They are now made after every migrate where missing (network_site.pages.apps), so
# that no migration depends on code that keeps changing.


class Migration(migrations.Migration):
    dependencies = [("network_site", "0001_initial")]

    operations = []
