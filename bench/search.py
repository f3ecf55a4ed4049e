"""Search benchmark: median and 95th-percentile time per query at 1,000 and 10,000 records.

Fills a throw-away PostgreSQL database (network_site_bench, dropped and recreated)
with the demo content plus generated laws, protocols and resources, then runs a
fixed list of 50 queries through the real /search/ page (view, queries and
template) and prints the figures.

    .venv/bin/python bench/search.py            # needs PostgreSQL on 127.0.0.1:5432
"""

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = "network_site_bench"
os.environ.update(
    DJANGO_SETTINGS_MODULE="network_site.settings",
    DATABASE_URL=f"{PG}/{DATABASE}",
    SECRET_KEY="bench-only",  # noqa: S106 (a throw-away database)
    DEBUG="0",
    ALLOWED_HOSTS="testserver",
    SECURE_SSL_REDIRECT="0",  # the test client speaks plain HTTP
    PAGE_CACHE="0",  # search is never cached; and no listener holds the database open
)

QUERIES = [
    "17-A 852", "17-A § 852", "17-A M.R.S. § 852", "17-A MRSA 852", "§852", "18 USC 1591",
    "18 U.S.C. 1591", "1591", "22 USC 7101", "Pub. L. 106-386", "17-A 853-B", "5 MRSA 4701",
    "trafficking", "trafficked", "sex trafficking", "labor trafficking", "forced labor",
    '"affirmative defense"', "affirmative defense", "victims compensation", "T visa",
    "immigration", "minor", "child sex trafficking", "commercial sexual exploitation",
    "buying sex", "Mann Act", "FOSTA", "civil lawsuit", "restitution", "school policy",
    "health care screening", "emergency department", "police protocol", "advocate",
    "support fund", "hotline", "my boyfriend takes my money", "he took my passport",
    "trafficking -federal", "Maine OR federal", "trafficing", "afirmative", "prostitusion",
    "xylophone", "'&|!:*()", "торговля людьми", "a" * 300, "how do I get help", "debt bondage",
]  # fmt: skip
assert len(QUERIES) == 50
REPEATS = 5


def psql(sql: str) -> None:
    subprocess.run(["psql", f"{PG}/postgres", "-q", "-c", sql], check=True, capture_output=True)


def main() -> None:
    psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    psql(f"CREATE DATABASE {DATABASE}")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    print(f"{'records':>8} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    results = {}
    for target in (1_000, 10_000):
        grow_to(target)
        results[target] = measure()
        median, p95, worst = results[target]
        print(f"{target:>8,} {median:>10.1f} {p95:>8.1f} {worst:>8.1f}")
    growth = results[10_000][1] / results[1_000][1]
    print(f"p95 growth from 1,000 to 10,000 records: {growth:.2f}x")
    from django.db import connections

    connections.close_all()
    if not os.environ.get("BENCH_KEEP"):
        psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def grow_to(target: int) -> None:
    """Add generated published records until there are `target` in all (demo included)."""
    from laws.citations import citation_keys
    from laws.models import Law
    from network_site.search.index import index_everything
    from protocols.models import Protocol
    from resources.models import Resource

    rng = random.Random(target)
    words = vocabulary()
    existing = Law.objects.count() + Protocol.objects.count() + Resource.objects.count()
    missing = target - existing
    if missing <= 0:
        return

    def text(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    laws, protocols, resources = [], [], []
    for i in range(missing):
        n = existing + i
        title = text(rng.randint(3, 8))
        if i % 3 == 0:
            citation = f"{rng.randint(1, 40)}-A M.R.S. § {n}"
            laws.append(
                Law(
                    title=title, slug=f"gen-law-{n}", status="published", jurisdiction="maine",
                    citation=citation, citation_keys=citation_keys(citation),
                    summary=text(120), search_document=text(120),
                    official_url=f"https://legislature.maine.gov/statutes/x/{n}.html",
                )
            )  # fmt: skip
        elif i % 3 == 1:
            body = text(400)
            protocols.append(
                Protocol(
                    title=title, slug=f"gen-protocol-{n}", status="published",
                    summary=text(40), body=body, body_html=f"<p>{body}</p>", search_document=body,
                )
            )  # fmt: skip
        else:
            resources.append(
                Resource(
                    title=title, slug=f"gen-resource-{n}", status="published",
                    url=f"https://example.org/{n}", publisher="Generated publisher",
                    description=text(80), search_document=text(80), resource_type="guide",
                )
            )  # fmt: skip
    from network_site.search.models import SearchTerm

    for model, batch in ((Law, laws), (Protocol, protocols), (Resource, resources)):
        model.objects.bulk_create(batch, batch_size=1000)
        SearchTerm.objects.add_words(" ".join(f"{r.title} {r.search_document}" for r in batch))
    index_everything()  # as the gate indexes what it publishes, all at once
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def vocabulary() -> list[str]:
    """Words from the demo library plus common English filler, so queries hit real text."""
    from laws.models import Law
    from protocols.models import Protocol

    text = " ".join(law.search_document for law in Law.objects.all())
    text += " ".join(p.search_document for p in Protocol.objects.all())
    words = [w.lower() for w in text.split() if w.isalpha()]
    filler = (
        "the of and to in for on with by from at as is are was be this that which "
        "report policy service county state court office person people program staff"
    ).split()
    return words + filler * 20


def measure() -> tuple[float, float, float]:
    from django.test import Client

    client = Client()
    samples = []
    for query in QUERIES:
        assert client.get("/search/", {"q": query}).status_code == 200  # warm
        for _ in range(REPEATS):
            start = time.perf_counter()
            response = client.get("/search/", {"q": query})
            samples.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        if os.environ.get("BENCH_VERBOSE"):
            print(f"    {statistics.median(samples[-REPEATS:]):7.1f} ms  {query[:40]!r}")
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    return statistics.median(samples), p95, samples[-1]


if __name__ == "__main__":
    main()
