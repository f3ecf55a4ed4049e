"""Whole-page cache for anonymous readers, made stale at once everywhere on any change.

Pages are keyed by a *content version*: a token in the database (ContentVersion)
that every content change replaces. On PostgreSQL each process keeps the token in
memory and a small listener thread is told of every new one (LISTEN/NOTIFY), so a
cached page costs no query, yet a publish reaches every worker on every host at
once. On SQLite (the trial database) the token is read per request instead.

The pages themselves live in Django's cache: per-process memory by default, or
Redis (CACHE_URL), shared by every worker and host.

Never cached: anyone with a session cookie (staff), the admin, search (queries
are private), and any response that sets a cookie or asks not to be stored.
"""

import hashlib
import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.http import quote_etag

logger = logging.getLogger(__name__)

CHANNEL = "content_changed"
PAGE_TIMEOUT = 24 * 60 * 60
T = TypeVar("T")
NOT_CACHED_PREFIXES = ("/markdownx/", "/search/", "/healthz", "/media/", "/static/")
RECONNECT_SECONDS = 1.0


class VersionWatcher:
    """This process's copy of the content version, kept current by PostgreSQL NOTIFY."""

    def __init__(self):
        self.version: str | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    def current(self) -> str | None:
        """The version to key pages with; None if it cannot be known (do not cache then)."""
        if connection.vendor != "postgresql":
            return self._read()
        if self._pid != os.getpid():  # first request in this (possibly forked) process
            with self._lock:
                if self._pid != os.getpid():
                    self.version = self._read()
                    self._pid = os.getpid()
                    if settings.PAGE_CACHE_LISTENER:
                        threading.Thread(
                            target=self._listen, name="content-version", daemon=True
                        ).start()
        return self.version

    def shared(self) -> str | None:
        """current(), where this process hears of every new version at once (PostgreSQL,
        with the listener running); None where it may not (SQLite, or tests)."""
        if connection.vendor != "postgresql" or not settings.PAGE_CACHE_LISTENER:
            return None
        return self.current()

    def changed(self, token: str) -> None:
        self.version = token

    @staticmethod
    def _read() -> str | None:
        from network_site.records.models import ContentVersion

        try:
            return ContentVersion.current()
        except DatabaseError:
            return None

    def _listen(self) -> None:
        import psycopg

        params = connection.get_connection_params()
        params.pop("cursor_factory", None)
        params.pop("context", None)
        while True:
            try:
                with psycopg.connect(**params, autocommit=True) as listener:
                    listener.execute(f"LISTEN {CHANNEL}")
                    # Read after listening, so no change can fall between the two
                    # (through this thread's own Django connection, closed again).
                    found = self._read()
                    connection.close()
                    if found:
                        self.version = found
                    for notice in listener.notifies():
                        self.version = notice.payload
            except Exception:  # noqa: BLE001 (any failure: wait, reconnect, re-read)
                logger.info("content version listener reconnecting")
                time.sleep(RECONNECT_SECONDS)


watcher = VersionWatcher()


def bump_content_version() -> None:
    """A new version: every cached page, in every worker and on every host, is now stale."""
    from network_site.records.models import ContentVersion

    token = uuid.uuid4().hex
    ContentVersion.replace(token)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_notify(%s, %s)", [CHANNEL, token])
    watcher.changed(token)  # this process at once, even before the notice comes back


def content_changed(**kwargs) -> None:
    """Signal receiver: replace the version once the change is committed (never before,
    or a page rendered from the old data could be cached under the new version)."""
    transaction.on_commit(bump_content_version)


def watch(models) -> None:
    """Make every cached page stale whenever a row of one of these models changes."""
    for model in models:
        label = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"cache-save-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"cache-del-{label}")
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                content_changed,
                sender=field.remote_field.through,
                dispatch_uid=f"cache-m2m-{label}-{field.name}",
            )


def for_this_version(
    key: str,
    compute: Callable[[], T],
    keep=lambda value: True,
    until: Callable[[T], datetime | None] = lambda value: None,
) -> T:
    """compute(), kept in the cache (when keep(value) says so) until the content changes:
    a list's filter counts, the help numbers. Where the value also changes with the
    clock (the next events), until(value) says when, and it is kept no longer. Worked
    out each time where this process may not hear of a change at once (SQLite, tests).
    Kept per language: what is kept may hold words and addresses in it."""
    version = watcher.shared()
    if version is None:
        return compute()
    key = f"{key}:{translation.get_language()}:{version}"
    value = cache.get(key)
    if value is None:
        value = compute()
        timeout = seconds_until(until(value))
        if keep(value) and timeout > 0:
            cache.set(key, value, timeout)
    return value


def keep_until(response, moment: datetime | None) -> None:
    """Let the page cache keep this page no later than `moment`: for pages that change
    with the clock (an event that has ended leaves the upcoming list by itself)."""
    if moment is not None:
        response.page_cache_until = moment


def seconds_until(moment: datetime | None) -> int:
    """How long to keep what stops being true at `moment` (None: only a content change
    ends it), at most PAGE_TIMEOUT; 0 once it has passed."""
    if moment is None:
        return PAGE_TIMEOUT
    return max(0, min(PAGE_TIMEOUT, math.ceil((moment - timezone.now()).total_seconds())))


def _timeout(response) -> int:
    return seconds_until(getattr(response, "page_cache_until", None))


class PublicPageCacheMiddleware:
    """First in the middleware list: a cached page skips everything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # Staff may be looking at drafts: never let a browser or proxy keep them.
                response.headers.setdefault("Cache-Control", "private, no-store")
            return response
        version = watcher.current()
        if version is None:
            return self.get_response(request)
        key = self._key(request, version)
        stored = cache.get(key)
        if stored is not None:
            return self._answer(request, stored)
        response = self.get_response(request)
        if self._cacheable_response(response):
            response.headers.setdefault("Cache-Control", "public, no-cache")
            digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            response["ETag"] = quote_etag(digest)
            stored = (response.status_code, response.content, list(response.items()))
            cache.set(key, stored, _timeout(response))
            return self._answer(request, None, response)
        return response

    @staticmethod
    def _cacheable_request(request) -> bool:
        return (
            settings.PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith((f"/{settings.ADMIN_URL}", *NOT_CACHED_PREFIXES))
        )

    @staticmethod
    def _key(request, version: str) -> str:
        # The scheme too: a plain-HTTP request must reach the HTTPS redirect, not a page.
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        return f"page:{version}:{hashlib.sha256(address.encode()).hexdigest()}"

    @staticmethod
    def _cacheable_response(response) -> bool:
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "no-store" not in cache_control
            and "private" not in cache_control
        )

    @staticmethod
    def _answer(request, stored, response=None):
        """The page, or 304 when the browser already has this version of it."""
        if response is None:
            status, content, headers = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
        if request.headers.get("If-None-Match") == response["ETag"]:
            not_modified = HttpResponse(status=304)
            for name in ("ETag", "Cache-Control", "Vary"):
                if name in response:
                    not_modified[name] = response[name]
            return not_modified
        return response
