import time

from django.core.management.base import BaseCommand

from network_site.alerts import outbox


class Command(BaseCommand):
    help = (
        "Send the email alerts, confirmations and weekly summaries waiting in the outbox; "
        "delete unconfirmed follows older than a week. Run it every minute from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running, one pass every SECONDS (for `make run`, or a host without cron).",
        )

    def handle(self, *args, every=None, **options):
        while True:
            report = outbox.run()
            busy = (
                report.sent or report.retrying or report.failed or report.given_up or report.dropped
            )
            if options["verbosity"] > 1 or (busy and options["verbosity"] > 0):
                self.stdout.write(
                    f"sent {report.sent}, waiting to retry {report.retrying}, "
                    f"failed (see the admin's outgoing messages) {report.failed}, "
                    f"addresses removed after refusals {report.given_up}, "
                    f"weekly summaries written {report.digests}, "
                    f"unconfirmed addresses removed {report.removed}, alerts dropped because "
                    f"their page is no longer public {report.dropped}"
                )
            if report.server_unavailable:
                self.stderr.write("The mail server could not be reached; will retry.")
            if not every:
                return
            time.sleep(every)
