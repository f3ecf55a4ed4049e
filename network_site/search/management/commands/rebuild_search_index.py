from django.core.management.base import BaseCommand

from network_site.records import publishing
from network_site.records.registry import record_kinds
from network_site.search.models import SearchEntry


class Command(BaseCommand):
    help = "Recompute every record's search text and the search index (after an upgrade)."

    def handle(self, *args, **options):
        for kind in record_kinds():
            count = 0
            for record in kind.objects.iterator():
                # save() derives the search columns; history keeps a revision of it too,
                # which is honest: the stored record did change.
                record.save()
                count += 1
            self.stdout.write(f"{kind._meta.verbose_name_plural}: {count} recomputed")
        # Afresh, so entries and words of records no longer published drop out.
        publishing.reindex_everything()
        self.stdout.write(f"{SearchEntry.objects.count()} published records in the search index")
