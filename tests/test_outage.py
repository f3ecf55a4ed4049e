"""PostgreSQL goes away and comes back: cached pages stay up, others say 503, no restart.

A throw-away PostgreSQL cluster of the test's own (initdb, pg_ctl, its own port) is
stopped and started for real under a running gunicorn.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.support import ROOT, free_port, get, start_gunicorn, stop, wait_until_up

pytestmark = [pytest.mark.slow, pytest.mark.alone]

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1:] or [""]


def as_postgres(*command: str) -> list[str]:
    """initdb refuses to run as root; run the cluster as the postgres user when we are root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


class Cluster:
    def __init__(self, root: Path, port: int):
        self.data, self.port = root / "data", port
        self.log = root / "postgres.log"
        self.root = root

    def run(self, *args: str) -> None:
        subprocess.run(as_postgres(*args), check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self.run(f"{PG_BIN[0]}/initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            f"{PG_BIN[0]}/pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self) -> None:
        self.run(f"{PG_BIN[0]}/pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")


@pytest.fixture
def cluster():
    if not PG_BIN[0]:
        pytest.skip("PostgreSQL server binaries are not installed")
    root = Path(tempfile.mkdtemp(prefix="outage-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    cluster = Cluster(root, free_port())
    cluster.init()
    cluster.start()
    yield cluster
    try:
        cluster.stop()
    except subprocess.CalledProcessError:
        pass  # already stopped
    shutil.rmtree(root, ignore_errors=True)


def test_database_outage_keeps_cached_pages_and_recovers_without_restart(cluster):
    subprocess.run(
        as_postgres(
            "createdb", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "site"
        ),
        check=True,
        timeout=60,
    )
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{cluster.port}/site",
        "DJANGO_SETTINGS_MODULE": "network_site.settings",
        "PAGE_CACHE": "1",
        "CACHE_URL": "",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    for command in (["migrate", "-v0"], ["load_demo_content", "-v0"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, timeout=300
        )
    port = free_port()
    server = start_gunicorn(env, port)
    site = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{site}/healthz", server)
        assert get(f"{site}/laws/")[0] == 200  # now in the cache

        cluster.stop()
        status, body = get(f"{site}/laws/")
        assert status == 200 and "18 U.S.C. § 1591" in body  # served from the cache
        status, body = get(f"{site}/protocols/")
        assert status == 503
        assert "temporarily unavailable" in body and "1-888-373-7888" in body  # our design
        assert "Traceback" not in body
        assert get(f"{site}/healthz")[0] == 503

        cluster.start()
        deadline = time.monotonic() + 20
        while get(f"{site}/protocols/")[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert get(f"{site}/protocols/")[0] == 200  # recovered, same process
        assert get(f"{site}/healthz")[0] == 200

        # A restart between two requests: the connection the worker kept is dead, and
        # the health check before the next query finds that out, so no reader sees it.
        assert get(f"{site}/search/?q=trafficking")[0] == 200  # never cached
        cluster.stop()
        cluster.start()
        status, body = get(f"{site}/search/?q=trafficking")
        assert status == 200 and "Aggravated sex trafficking" in body  # a real result
        assert server.poll() is None
    finally:
        stop(server)
