import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from network_site.records.backup import LEFT_OUT, ImportRefused, import_content


class Command(BaseCommand):
    help = "Load a file written by export_content into a new database (after migrate)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The file export_content wrote.")

    def handle(self, *args, path, **options):
        try:
            data = json.loads(Path(path).read_text())
        except (OSError, ValueError) as problem:
            raise CommandError(f"Cannot read {path}: {problem}") from problem
        try:
            counts = import_content(data)
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        self.stdout.write(
            "Imported " + ", ".join(f"{n} {label}" for label, n in counts.items()) + "."
        )
        self.stdout.write(LEFT_OUT)
