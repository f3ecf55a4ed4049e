from django.core.management.base import BaseCommand
from django.utils import timezone

from laws.models import Law
from network_site.linkcheck import check_all, links_in
from network_site.models import LinkCheck, Status
from protocols.models import Protocol
from resources.models import Resource

# Worst first: a record's status is the worst of its links'.
SEVERITY = {"broken": 3, "redirected": 2, "retry": 1, "ok": 0}


def record_links(record) -> list[str]:
    if isinstance(record, Resource):
        return [record.url, *links_in(record.description)]
    if isinstance(record, Law):
        return [record.official_url, *links_in(record.summary_html)]
    return links_in(record.body_html)


class Command(BaseCommand):
    help = "Check every external link (resources, official texts, links in Markdown)."

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=8, help="Checks at once (default 8).")
        parser.add_argument("--timeout", type=float, default=10.0, help="Seconds per request.")

    def handle(self, *args, workers, timeout, **options):
        records = [
            record
            for model in (Law, Protocol, Resource)
            for record in model.objects.exclude(status=Status.WITHDRAWN)
        ]
        links = {record: record_links(record) for record in records}
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
            # A direct update: checking links changes no content and makes no revision.
            type(record).objects.filter(pk=record.pk).update(
                link_status="" if worst == "retry" else worst, links_checked_at=now
            )
            if isinstance(record, Resource) and worst == "ok":
                Resource.objects.filter(pk=record.pk).update(last_checked=timezone.localdate())
        counts = {result: sum(o.result == result for o in outcomes.values()) for result in SEVERITY}
        self.stdout.write(
            f"Checked {len(outcomes)} links: {counts['ok']} fine, {counts['redirected']} "
            f"redirected, {counts['broken']} broken, {counts['retry']} to retry."
        )
