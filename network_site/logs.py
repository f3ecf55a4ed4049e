"""What the logs may hold: no client addresses, no alert links' private codes, no
search terms. The privacy page (templates/alerts/privacy_section.html) says so."""

import ipaddress
import logging
import re

from gunicorn import glogging

# The private code in an email alert's links (network_site/alerts/urls.py): whoever
# reads one can manage that subscription, so a log never keeps it.
TOKEN_IN_PATH = re.compile(r"(/alerts/(?:confirm|manage|unsubscribe)/)[^/?#\s\"']+")
ADDRESS_LIKE = re.compile(r"[0-9A-Fa-f.:]*[.:][0-9A-Fa-f.:]+")
# Request headers that name the client or what it read before.
WHO_AND_WHENCE = ("x-forwarded-for", "x-real-ip", "forwarded", "referer", "cookie")


def _address_hidden(match: re.Match) -> str:
    found = match.group()
    candidate = found.rstrip(".:")  # "ip=192.0.2.1: Invalid request"
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return found  # a time, a version number: kept
    return "[address]" + found[len(candidate) :]


def private(text: str) -> str:
    """A log line with client addresses and alert codes blanked out."""
    return ADDRESS_LIKE.sub(_address_hidden, TOKEN_IN_PATH.sub(r"\1[code]", text))


class PrivateLines(logging.Filter):
    """On every log handler: a message naming a client or an alert link is blanked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = private(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


class OneLineWarning(logging.Filter):
    """For what any client can cause (a bad Host header): one line at WARNING, with no
    traceback, so nobody can flood the logs with errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True


class PrivateLogger(glogging.Logger):
    """gunicorn's logs (gunicorn.conf.py: logger_class): the access log with no client
    address, query string, referrer or alert code, whatever access_log_format asks
    for; the error log ("Invalid request from ip=...") with addresses blanked."""

    def setup(self, cfg):
        super().setup(cfg)
        if not any(isinstance(f, PrivateLines) for f in self.error_log.filters):
            self.error_log.addFilter(PrivateLines())

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path = private(atoms["U"] or "")
        atoms.update(h="-", q="-", f="-", U=path, r=f"{atoms['m']} {path} {atoms['H']}")
        for header in WHO_AND_WHENCE:
            atoms.pop("{%s}i" % header, None)  # noqa: UP031 (gunicorn's own key format)
        return atoms
