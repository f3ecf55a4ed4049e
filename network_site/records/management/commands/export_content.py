import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder

from network_site.records.backup import LEFT_OUT, export_content


class Command(BaseCommand):
    help = "Write every record's current content (no history) to a JSON file."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The file to write, e.g. content.json.")

    def handle(self, *args, path, **options):
        data = export_content()
        Path(path).write_text(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))
        counts = ", ".join(f"{len(rows)} {label}" for label, rows in data["models"].items())
        self.stdout.write(f"Wrote {path}: {counts}, {len(data['accounts'])} staff accounts.")
        self.stdout.write(LEFT_OUT)
