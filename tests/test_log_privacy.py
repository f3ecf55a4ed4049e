"""The logs hold what the privacy page says and no more (issue 25, item 8): no client
address, no query string, no alert link's private code, in gunicorn's access and
error logs and in the site's own log lines."""

import http.client
import logging
import os
import socket
import subprocess
import sys
import time

import pytest

from network_site.logs import private
from tests.support import ROOT, current_database_url, free_port, stop, wait_until_up
from tests.test_fuzz_urls import filled, public_routes

TOKEN = "Q2hhbmdlIG1lIG5vdCBpbiBhIGxvZw_-x"
# The client connects from its own loopback address, so the server's address (which
# gunicorn prints on start) is not mistaken for the client's.
CLIENT = "127.0.0.2"


def get_from_client(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, source_address=(CLIENT, 0))
    connection.request("GET", path, headers={"Referer": f"https://example.org/{TOKEN}"})
    status = connection.getresponse().status
    connection.close()
    return status


def test_every_route_with_a_token_is_blanked_in_a_log_line():
    routes = [route for route in public_routes() if "token>" in route]
    assert len(routes) >= 3
    for route in routes:
        line = f'GET {filled(route, TOKEN)} HTTP/1.1" 200'
        assert TOKEN not in private(line), route


def test_the_sites_own_log_lines_name_no_client_and_no_code(caplog):
    """What Django logs on an error (the path) goes through the same filter."""
    handler = logging.getLogger("django.request").handlers[0]
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1,
        "Internal Server Error: %s from %s", (f"/alerts/manage/{TOKEN}/", "2001:db8::7"), None,
    )  # fmt: skip
    assert handler.filter(record)
    assert record.getMessage() == "Internal Server Error: /alerts/manage/[code]/ from [address]"


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_gunicorns_logs_keep_no_address_query_or_code(tmp_path):
    access, errors = tmp_path / "access.log", tmp_path / "error.log"
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": current_database_url(),
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    # gunicorn.conf.py as deployed, logs to files instead of the terminal.
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "network_site.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "1", "--access-logfile", str(access), "--error-logfile", str(errors)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/healthz", server)
        for path in (f"/alerts/manage/{TOKEN}/", f"/alerts/confirm/{TOKEN}/",
                     f"/alerts/unsubscribe/{TOKEN}/", "/search/?q=my+secret+search"):  # fmt: skip
            assert get_from_client(port, path) in (200, 404)
        with socket.create_connection(("127.0.0.1", port), source_address=(CLIENT, 0)) as raw:
            raw.sendall(b"NOT HTTP AT ALL\x00\r\n\r\n")  # "Invalid request from ip=..."
            raw.recv(1000)
        time.sleep(0.5)
    finally:
        stop(server)
    access_log, error_log = access.read_text(), errors.read_text()
    assert "/alerts/manage/[code]/" in access_log and "/search/" in access_log
    assert "Invalid request from ip=[address]" in error_log
    for secret in (TOKEN, CLIENT, "my+secret", "secret search", "example.org"):
        assert secret not in access_log + error_log, secret
