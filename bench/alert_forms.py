"""Alert forms benchmark: does the answer take longer for an address we know?

Fills a throw-away PostgreSQL database (network_site_bench_alerts, dropped and
recreated) with the demo content and one confirmed subscriber, then posts the
manage-link form (/alerts/) and a follow form, alternating a known and an unknown
address, through the real views, and prints the quartiles of each. The rate-limit
counts are cleared between posts (outside the timing) so every post is answered.

    .venv/bin/python bench/alert_forms.py       # needs PostgreSQL on 127.0.0.1:5432
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = "network_site_bench_alerts"
os.environ.update(
    DJANGO_SETTINGS_MODULE="network_site.settings",
    DATABASE_URL=f"{PG}/{DATABASE}",
    SECRET_KEY="bench-only",  # noqa: S106 (a throw-away database)
    DEBUG="0",
    ALLOWED_HOSTS="testserver",
    SECURE_SSL_REDIRECT="0",
    PAGE_CACHE="0",
)
ROUNDS = 200


def psql(sql: str) -> None:
    subprocess.run(["psql", f"{PG}/postgres", "-q", "-c", sql], check=True, capture_output=True)


def main() -> None:
    psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    psql(f"CREATE DATABASE {DATABASE}")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from laws.models import Law
    from network_site.alerts.follow import Target, ask_to_follow, confirm
    from network_site.alerts.models import LimitHit, Subscription

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    law = Law.objects.published().first()
    ask_to_follow("known@example.org", Target(law), "immediately")
    confirm(Subscription.objects.get())
    forms = {"manage link": "/alerts/", "follow": f"/alerts/follow/law/{law.slug}/"}
    timings = {(form, who): [] for form in forms for who in ("known", "unknown")}
    for n in range(ROUNDS):
        for form, path in forms.items():
            for who in ("known", "unknown"):
                LimitHit.objects.all().delete()
                client = Client(REMOTE_ADDR=f"198.51.100.{n % 250}")
                data = {"email": f"{who}@example.org", "frequency": "immediately"}
                start = time.perf_counter()
                answer = client.post(path, data)
                timings[form, who].append((time.perf_counter() - start) * 1000)
                assert answer.status_code == 200, answer.status_code
    print(f"{ROUNDS} posts each, milliseconds (25th / median / 75th percentile):")
    for (form, who), values in timings.items():
        q1, median, q3 = statistics.quantiles(values, n=4)
        print(f"  {form:12} {who:8} {q1:6.2f} {median:6.2f} {q3:6.2f}")


if __name__ == "__main__":
    main()
