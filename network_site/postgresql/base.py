"""Django's PostgreSQL backend, with a health check that needs no round trip.

With CONN_HEALTH_CHECKS Django checks a persistent connection before each request's
first query by sending SELECT 1: one more round trip to the database on every page,
as costly as the page's own reads. A connection that the server has ended (a restart,
a crash, an administrator's command) says so itself: PostgreSQL sends a notice of
termination and closes the socket. So an idle connection with something to read is
checked for real, with Django's SELECT 1, and one with nothing to read is used as it is.
A connection lost without a word (a network path gone) fails its first query instead:
that request gets the 503 page, and Django closes the connection after it, so the next
request connects afresh.
"""

import select

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        if self.connection is None or self.connection.closed:
            return False
        poller = select.poll()
        poller.register(self.connection.fileno(), select.POLLIN)
        if poller.poll(0):
            return super().is_usable()
        return True
