from django.core.management.base import BaseCommand

from laws.models import Law
from network_site.models import SearchTerm
from protocols.models import Protocol
from resources.models import Resource


class Command(BaseCommand):
    help = "Recompute every record's search text, citation keys and index (after an upgrade)."

    def handle(self, *args, **options):
        # Start the vocabulary afresh, so words only published records use drop out.
        SearchTerm.objects.all().delete()
        for model in (Law, Protocol, Resource):
            count = 0
            for record in model.objects.iterator():
                # save() derives the search columns; history keeps a revision of it too,
                # which is honest: the stored record did change.
                record.save()
                count += 1
            self.stdout.write(f"{model._meta.verbose_name_plural}: {count} reindexed")
