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


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, neutral_site):
    """A live site with the demo library, shared by a module's tests that only read it:
    loaded once and emptied after the module (reloading it for every test took most of
    the suite's time). A module that uses it holds no test that writes."""
    from django.conf import settings
    from django.core.management import call_command
    from django.test import override_settings
    from pytest_django.live_server_helper import LiveServer

    with (
        django_db_blocker.unblock(),
        override_settings(
            QUICK_EXIT_URL=neutral_site,
            ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "localhost"],
            # As tests/conftest.py's no_page_cache, which applies only within a test:
            # no listener thread left holding a connection to the test database.
            PAGE_CACHE=False,
            PAGE_CACHE_LISTENER=False,
        ),
    ):
        call_command("load_demo_content", verbosity=0)
        server = LiveServer("localhost")
        try:
            yield server.url
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def site(demo_site, django_db_blocker):
    """The shared demo site's address; the test reads the same database."""
    with django_db_blocker.unblock():
        yield demo_site


@pytest.fixture
def site_to_change(live_server, transactional_db, neutral_site, settings):
    """A live site with the demo library of the test's own: what the test changes is
    emptied after it."""
    from django.core.management import call_command

    settings.QUICK_EXIT_URL = neutral_site
    call_command("load_demo_content", verbosity=0)
    return live_server.url
