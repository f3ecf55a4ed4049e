"""Helpers for tests that run the site in another process."""

import os
import socket
import subprocess
import sys
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
