import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.template.backends import jinja2 as jinja2_backend
from django.test.signals import template_rendered
from django.utils import translation

from tests.factories import make_staff


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the real demo library, loaded once."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    yield
    # Live servers' request threads keep their connections (CONN_MAX_AGE) after they
    # end; close them so the test database can be dropped.
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def pytest_collection_modifyitems(items):
    """Mark the tests that empty the database after themselves (live servers, real
    transactions). `make test` runs the others two at a time, each worker on its own
    copy of the demo library, and these after them, one at a time (Makefile)."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())) or (
            marker and marker.kwargs.get("transaction")
        ):
            item.add_marker(pytest.mark.flushes)


@pytest.fixture(scope="session", autouse=True)
def jinja2_context_in_responses():
    """response.context for pages rendered with Jinja2, as Django's test runner gives for
    its own templates: what a page was given to show, for tests to compare with."""
    render = jinja2_backend.Template.render

    def instrumented_render(self, context=None, request=None):
        html = render(self, context, request)
        template_rendered.send(sender=self, template=self, context=context or {})
        return html

    jinja2_backend.Template.render = instrumented_render
    yield
    jinja2_backend.Template.render = render


@pytest.fixture(autouse=True)
def in_the_sites_own_language():
    """Each test starts in English: a request to a page in another language leaves
    that language active in the thread, for the next test's reverse() to prefix."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads go to a throw-away folder, never the repository."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Tests see freshly rendered pages; tests/test_cache.py turns the cache back on."""
    settings.PAGE_CACHE = False
    # No listener thread holding a connection to the test database; bumps made in
    # this process reach its cache directly. Servers started by tests do listen.
    settings.PAGE_CACHE_LISTENER = False


@pytest.fixture
def hears_every_change(monkeypatch):
    """This process hears of every new content version at once, as where the listener
    runs (production): what is kept per content version is kept. The cache starts and
    ends empty."""
    from django.core.cache import cache

    from network_site.records import page_cache

    monkeypatch.setattr(page_cache.watcher, "shared", page_cache.watcher.current)
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def admin_client(client, db):
    client.force_login(make_staff("admin", superuser=True))
    return client


@pytest.fixture
def staff_client(client, db):
    """A staff member who may edit laws but is not a superuser."""
    client.force_login(make_staff("staff", "laws.change_law", "laws.view_law"))
    return client


def _in_role(username: str, role: str):
    from django.contrib.auth.models import Group
    from django.test import Client

    user = make_staff(username)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(db):
    """A client logged in as an Editor ("eddie")."""
    return _in_role("eddie", "Editor")


@pytest.fixture
def publisher(db):
    """A client logged in as a Publisher ("pat")."""
    return _in_role("pat", "Publisher")
