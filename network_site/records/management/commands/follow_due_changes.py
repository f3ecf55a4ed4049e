from django.core.management.base import BaseCommand

from network_site.records import publishing


class Command(BaseCommand):
    help = (
        "Bring up to date the facts that change on a date (a law amended or repealed by a "
        "session law that takes effect today), through the publishing gate. Run daily."
    )

    def handle(self, *args, **options):
        changed = publishing.follow_due_changes()
        self.stdout.write(f"{changed} record(s) brought up to date.")
