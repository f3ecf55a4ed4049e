import pytest

from tests.alerts.mailserver import MailServer, send_through
from tests.support import free_port


@pytest.fixture
def smtp(settings):
    """A real SMTP server on this machine, and the site set to send through it."""
    server = MailServer(free_port())
    server.start()
    send_through(settings, server.port)
    yield server
    server.stop()
