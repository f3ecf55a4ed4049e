"""Serving benchmark: the site under gunicorn with production settings, loaded by wrk.

Fills a throw-away PostgreSQL database (network_site_serve_bench) with the demo
content plus 1,000 laws, 300 protocols and 2,000 generated resources, starts
gunicorn (gunicorn.conf.py, workers from the CPU count) and runs wrk on loopback
against the home page, the lists (laws, protocols, the directory, events), a law
page, a protocol page, a topic page and two searches, alternating each with a static
file served by WhiteNoise (the ceiling). It does this with the page cache on, then
off, and prints requests/s, p50, p99, errors
and the ratio to the static file: each the median of three 4-second runs; then the
queries each page costs uncached.
BENCH_KEEP=1 keeps the filled database, and the next run reuses it.

    make bench        # installs wrk from Debian if missing, then runs this
"""

import os
import random
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = "network_site_serve_bench"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "4s")
# Each figure is the median of this many wrk runs: on a shared 2-core VM a single run
# now and then stalls for a second, whatever is being served.
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CONNECTIONS = 16
# BENCH_KEEP=1 keeps the filled database for the next run (which then skips the fill).
KEEP = os.environ.get("BENCH_KEEP") == "1"
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "network_site.settings",
    "DATABASE_URL": f"{PG}/{DATABASE}",
    "SECRET_KEY": "bench-only-" + "k" * 40,  # noqa: S105 (a throw-away database)
    "DEBUG": "0",
    "ALLOWED_HOSTS": "127.0.0.1",
    # Plain HTTP on loopback; everything else is production.
    "SECURE_SSL_REDIRECT": "0",
}
os.environ.update(ENV)


def psql(sql: str) -> None:
    subprocess.run(["psql", f"{PG}/postgres", "-q", "-c", sql], check=True, capture_output=True)


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True)


def fill() -> None:
    """Demo content plus generated records, published, tagged and indexed."""
    import django

    django.setup()
    from django.core.management import call_command

    from laws.models import Law, first_sentence
    from network_site.records.models import Status
    from network_site.search.index import index_everything
    from network_site.vocabulary.models import Audience, Topic
    from protocols.models import Protocol, ProtocolVersion
    from resources.models import Resource
    from tests.factories import link_many

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    rng = random.Random(7)
    words = "trafficking exploitation protocol screening advocate minor survivor law police school health".split()

    def text(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n))

    laws = Law.objects.bulk_create(
        Law(title=f"Generated law {n}", slug=f"gen-law-{n}", status=Status.PUBLISHED,
            jurisdiction="maine", citation=f"97 M.R.S. § {n}", summary=summary,
            summary_html=f"<p>{summary}</p>", search_document=summary,
            teaser=first_sentence(summary), official_url="https://legislature.maine.gov/statutes/")
        for n, summary in ((n, text(120)) for n in range(1000))
    )  # fmt: skip
    protocols = Protocol.objects.bulk_create(
        Protocol(title=f"Generated protocol {n}", slug=f"gen-protocol-{n}", status=Status.PUBLISHED,
                 summary=text(40), body=f"## Steps\n\n{text(400)}",
                 body_html=f"<h2 id='steps'>Steps</h2><p>{text(400)}</p>", search_document=text(400),
                 version_number=1)
        for n in range(300)
    )  # fmt: skip
    resources = Resource.objects.bulk_create(
        Resource(title=f"Generated resource {n}", slug=f"gen-resource-{n}", status=Status.PUBLISHED,
                 url=f"https://example.org/{n}", publisher="Example", description=text(60),
                 search_document=text(60), resource_type="guide")
        for n in range(2000)
    )  # fmt: skip
    topics, audiences = list(Topic.objects.all()), list(Audience.objects.all())
    for model, records, field, choices in (
        (Law, laws, "topics", topics),
        (Protocol, protocols, "topics", topics),
        (Protocol, protocols, "disciplines", audiences),
        (Resource, resources, "topics", topics),
        (Resource, resources, "audiences", audiences),
    ):
        link_many(model, records, field, lambda record, choices=choices: rng.sample(choices, 2))
    ProtocolVersion.objects.bulk_create(
        ProtocolVersion(protocol=p, number=1, change_note="First published.", title=p.title,
                        summary=p.summary, body=p.body, body_html=p.body_html)
        for p in protocols
    )  # fmt: skip
    index_everything()  # as the gate indexes what it publishes, all at once
    from django.db import connection, connections

    with connection.cursor() as cursor:
        # As autovacuum leaves a live database: statistics, and the visibility map that
        # lets counts of published records read their index alone.
        cursor.execute("VACUUM ANALYZE")
    connections.close_all()


def start_server(page_cache: bool) -> subprocess.Popen:
    env = {**ENV, "PAGE_CACHE": "1" if page_cache else "0", "PORT": str(PORT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "network_site.wsgi", "--access-logfile", "/dev/null"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def measure(url: str) -> dict:
    """Median requests/s, p50 and p99 over RUNS wrk runs; errors summed."""
    runs = [wrk(url) for _ in range(RUNS)]
    figures = {key: statistics.median(run[key] for run in runs) for key in ("rps", "p50", "p99")}
    return {**figures, "errors": sum((run["errors"] for run in runs), Counter())}


def wrk(url: str) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    # By kind, so a slow moment (timeout: no answer within wrk's 2 s) is told apart
    # from a refused connection or an error status.
    errors = Counter(
        {kind: int(n) for kind, n in re.findall(r"(connect|read|write|timeout) (\d+)", out)}
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        errors["non-2xx"] = int(non_2xx.group(1))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "errors": errors,
    }


def run(page_cache: bool, pages: dict[str, str]) -> None:
    server = start_server(page_cache)
    base = f"http://127.0.0.1:{PORT}"
    try:
        home = urllib.request.urlopen(f"{base}/").read().decode()  # noqa: S310
        static = base + re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', home).group(1)
        for path in pages.values():  # warm the cache and every worker's connections
            for _ in range(10):
                urllib.request.urlopen(base + path).read()  # noqa: S310
        mode = "cached" if page_cache else "uncached"
        for name, path in pages.items():
            before = measure(static)
            page = measure(base + path)
            after = measure(static)
            ceiling = statistics.mean([before["rps"], after["rps"]])
            static_p99 = max(before["p99"], after["p99"])
            errors = page["errors"]
            kinds = ", ".join(f"{kind} {n}" for kind, n in sorted((+errors).items()))
            print(
                f"{mode:<9} {name:<15} {page['rps']:>8.0f} {page['p50']:>7.1f} {page['p99']:>7.1f}"
                f" {errors.total():>6} {page['rps'] / ceiling:>6.2f}   (static {ceiling:.0f}/s, p99 {static_p99:.1f} ms)"
                + (f"  errors: {kinds}" if kinds else ""),
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=30)


def print_queries(pages: dict[str, str]) -> None:
    """Queries per page, uncached, counted in a separate process (the test client, the
    same database and settings, the page cache off)."""
    env = {**ENV, "PAGE_CACHE": "0"}
    subprocess.run(
        [sys.executable, __file__, "--queries", *pages.values()], cwd=ROOT, env=env, check=True
    )


def count_queries(paths: list[str]) -> None:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'queries':>8}  page (uncached; the help numbers and kept counts already read)")
    for path in paths:
        client.get(path)  # what is kept per content version, and the connection
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        print(f"{len(captured):>8}  {path}")


def database_exists() -> bool:
    found = subprocess.run(
        ["psql", f"{PG}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"],  # noqa: S608
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return found.strip() == "1"


def main() -> None:
    manage("collectstatic", "--noinput", "--verbosity", "0")
    if not (KEEP and database_exists()):
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        psql(f"CREATE DATABASE {DATABASE}")
        fill()
    pages = {
        "home": "/",
        "law list": "/laws/",
        "law page": "/laws/maine-aggravated-sex-trafficking/",
        "protocol page": "/protocols/law-enforcement-suspected-minor-victim/",
        "protocol list": "/protocols/",
        "directory": "/directory/",
        "events list": "/events/",
        "topic page": "/topics/sex-trafficking/",
        "search": "/search/?q=trafficking",
        "search citation": "/search/?q=17-A+852",
    }
    print(
        f"wrk -t2 -c{CONNECTIONS} -d{DURATION}, median of {RUNS} runs, gunicorn with gunicorn.conf.py, {os.cpu_count()} CPUs"
    )
    print(
        f"{'mode':<9} {'page':<15} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'ratio':>6}"
    )
    try:
        run(True, pages)
        run(False, pages)
        print_queries(pages)
    finally:
        if not KEEP:
            psql(f"DROP DATABASE IF EXISTS {DATABASE}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--queries"]:
        count_queries(sys.argv[2:])
    else:
        main()
