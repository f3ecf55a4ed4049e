from django.core.management.base import BaseCommand

from network_site.records.demo_loader import load_all
from network_site.records.registry import record_kinds


class Command(BaseCommand):
    help = (
        "Load the starting library each app brings (its `demo` module): laws, protocols, "
        "resources, events, guides, the glossary, topics. Safe to run again."
    )

    def handle(self, *args, **options):
        library = load_all()
        kinds = record_kinds()
        loaded = [kind.counted(kind.objects.published().count()) for kind in kinds]
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {', '.join(loaded)}, {len(library['topics'])} topics."
            )
        )
        empty = [kind._meta.verbose_name_plural for kind in kinds if not kind.objects.exists()]
        if empty:
            self.stderr.write(f"No demo content for: {', '.join(empty)}.")
