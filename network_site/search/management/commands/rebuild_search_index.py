from django.core.management.base import BaseCommand

from network_site.records import publishing
from network_site.records.registry import record_kinds


class Command(BaseCommand):
    help = "Recompute every record's search text, citation keys and index (after an upgrade)."

    def handle(self, *args, **options):
        for kind in record_kinds():
            count = 0
            for record in kind.objects.iterator():
                # save() derives the search columns; history keeps a revision of it too,
                # which is honest: the stored record did change.
                record.save()
                publishing.index(record)
                count += 1
            self.stdout.write(f"{kind._meta.verbose_name_plural}: {count} reindexed")
        # Afresh, so words only unpublished records use drop out.
        publishing.relearn_vocabulary()
