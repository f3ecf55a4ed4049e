"""Whole-page cache for anonymous readers, cleared at once everywhere on any change.

Pages are keyed by a *content version*, and any change to published content
replaces the version, so every worker on every host stops using the old pages at
the same moment. The version lives where all of them can see it: in the shared
cache when that is Redis (a cached page then costs no query at all), otherwise in
the database (one primary-key read per page; a per-process memory cache that only
the saving worker cleared would serve stale pages from the others).

Staff (anyone with a session cookie), the admin, search (queries are private) and
anything that sets a cookie are never cached.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.utils.http import quote_etag

VERSION_KEY = "content-version"
PAGE_TIMEOUT = 24 * 60 * 60
NOT_CACHED_PREFIXES = ("/admin/", "/markdownx/", "/search/", "/healthz", "/media/", "/static/")
# The last version this process saw, so cached pages keep being served while the
# database is unreachable.
_last_version = {"value": None}


def _version_in_cache() -> bool:
    return isinstance(caches["default"], RedisCache)


def content_version() -> str:
    if _version_in_cache():
        return cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, None)
    from network_site.models import ContentVersion

    return ContentVersion.current()


def bump_content_version() -> None:
    """A new version: every cached page, in every worker and on every host, is now stale."""
    if _version_in_cache():
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    else:
        from network_site.models import ContentVersion

        ContentVersion.bump()


def content_changed(**kwargs) -> None:
    """Signal receiver: replace the version once the change is committed (never before,
    or a page rendered from the old data could be cached under the new version)."""
    transaction.on_commit(bump_content_version)


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # Staff may be looking at drafts: never let a browser or proxy keep them.
                response.headers.setdefault("Cache-Control", "private, no-store")
            return response
        version = self._version()
        if version is None:
            return self.get_response(request)
        key = self._key(request, version)
        stored = cache.get(key)
        if stored is not None:
            return self._thaw(stored)
        response = self.get_response(request)
        if self._cacheable_response(response):
            response.headers.setdefault("Cache-Control", "public, no-cache")
            response["ETag"] = quote_etag(
                hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            )
            cache.set(key, self._freeze(response), PAGE_TIMEOUT)
        return response

    @staticmethod
    def _cacheable_request(request) -> bool:
        return (
            settings.PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(NOT_CACHED_PREFIXES)
        )

    @staticmethod
    def _version() -> str | None:
        try:
            _last_version["value"] = content_version()
        except DatabaseError:
            pass  # keep serving what we have with the last version we knew
        return _last_version["value"]

    @staticmethod
    def _key(request, version: str) -> str:
        address = f"{request.get_host()}{request.get_full_path()}"
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
    def _freeze(response) -> tuple:
        return response.status_code, response.content, list(response.items())

    @staticmethod
    def _thaw(stored: tuple) -> HttpResponse:
        status, content, headers = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response
