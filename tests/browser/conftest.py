"""Browser tests drive Debian's chromium with Playwright (never a downloaded browser)."""

import http.server
import os
import threading

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make around it are still synchronous and safe. Only while browser tests run.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE")
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(autouse=True)
def plain_static_names(settings):
    """The live server finds static files by their source names, not the hashed ones."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


NEUTRAL_PAGE = b"<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>"


class _NeutralSite(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the stdlib's name)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(NEUTRAL_PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def neutral_site():
    """A stand-in for the weather site quick exit goes to (this machine has no internet)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NeutralSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/weather"
    server.shutdown()


@pytest.fixture(scope="session")
def demo_server(django_db_setup):
    """One live server for the tests that only read: it serves the demo library the
    session's database starts with (tests/conftest.py). Such a test is marked
    django_db, not transactional, so it runs in a transaction of its own before any
    test empties the database, and the library is loaded once for all of them."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server.url
    server.stop()


@pytest.fixture
def site(demo_server, db, neutral_site, settings):
    """The live site with the demo library, for a test that only reads it."""
    settings.QUICK_EXIT_URL = neutral_site
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    return demo_server


@pytest.fixture
def site_to_change(live_server, transactional_db, neutral_site, settings):
    """A live site with the demo library of the test's own: what the test changes is
    emptied after it."""
    from django.core.management import call_command

    from laws.models import Law

    settings.QUICK_EXIT_URL = neutral_site
    # The first such test finds the session's library still there; the others, emptied.
    if not Law.objects.exists():
        call_command("load_demo_content", verbosity=0)
    return live_server.url
