"""Helpers for tests that run the site in another process."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, timeout: int = 120, **env: str) -> subprocess.CompletedProcess:
    """Run code with the project's settings in a fresh interpreter, environment overridden."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "network_site.settings", **env}
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set only around browser tests
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def current_database_url() -> str:
    """The test database, for a server or interpreter started from a test."""
    from django.db import connection

    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, port: int, workers: int = 1) -> subprocess.Popen:
    """The site under gunicorn, as in production, in its own process group."""
    command = [sys.executable, "-m", "gunicorn", "network_site.wsgi",
               "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
               "--access-logfile", "/dev/null"]  # fmt: skip
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def get(url: str) -> tuple[int, str]:
    """Status and body, for error statuses too."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (our server)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            get(url)
            return
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.3)
    raise AssertionError(f"{url} never answered")
