from django.core.management.base import BaseCommand
from django.utils import timezone

from network_site.linkcheck.checker import check_all
from network_site.linkcheck.models import LinkCheck
from network_site.records import publishing
from network_site.records.models import Status
from network_site.records.registry import record_kinds

# Worst first: a record's status is the worst of its links'.
SEVERITY = {"broken": 3, "redirected": 2, "retry": 1, "ok": 0}


class Command(BaseCommand):
    help = "Check every external link (each record's own, and links in its Markdown)."

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=8, help="Checks at once (default 8).")
        parser.add_argument("--timeout", type=float, default=10.0, help="Seconds per request.")

    def handle(self, *args, workers, timeout, **options):
        records = [
            record
            for kind in record_kinds()
            for record in kind.objects.exclude(status=Status.WITHDRAWN)
        ]
        links = {record: record.external_links() for record in records}
        outcomes = {
            o.url: o
            for o in check_all(
                [u for us in links.values() for u in us], workers=workers, timeout=timeout
            )
        }
        now = timezone.now()
        for outcome in outcomes.values():
            LinkCheck.objects.update_or_create(
                url=outcome.url,
                defaults={
                    "result": outcome.result,
                    "status_code": outcome.status_code,
                    "final_url": outcome.final_url,
                    "redirects": outcome.redirects,
                    "error": outcome.error,
                    "checked_at": now,
                },
            )
        for record, urls in links.items():
            results = [outcomes[url].result for url in urls]
            worst = max(results, key=SEVERITY.get, default="ok")
            publishing.record_link_health(record, "" if worst == "retry" else worst, now)
        counts = {result: sum(o.result == result for o in outcomes.values()) for result in SEVERITY}
        self.stdout.write(
            f"Checked {len(outcomes)} links: {counts['ok']} fine, {counts['redirected']} "
            f"redirected, {counts['broken']} broken, {counts['retry']} to retry."
        )
