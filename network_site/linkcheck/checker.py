"""Checking every external link the library points to, politely and within bounds."""

import socket
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

USER_AGENT = (
    "MaineSTEN-LinkCheck/1.0 (checks links listed by the Maine Sex Trafficking and "
    "Exploitation Network; one request per link)"
)
MAX_REDIRECTS = 5


@dataclass
class Outcome:
    url: str
    result: str  # "ok", "redirected", "broken" or "retry"
    status_code: int | None = None
    final_url: str = ""
    redirects: list = field(default_factory=list)
    error: str = ""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by hand, so each hop is recorded."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def check(url: str, timeout: float) -> Outcome:
    hops, current = [], url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            status, location = _request(current, timeout)
            if status in (301, 302, 303, 307, 308) and location:
                hops.append([status, urljoin(current, location)])
                current = urljoin(current, location)
                continue
            break
        else:
            return Outcome(url, "broken", status, current, hops, "too many redirects")
    except TimeoutError:
        return Outcome(url, "broken", None, current, hops, "timed out")
    except (urllib.error.URLError, OSError, ValueError) as problem:
        reason = getattr(problem, "reason", problem)
        return Outcome(url, "broken", None, current, hops, str(reason)[:300])
    if status == 429:
        return Outcome(url, "retry", status, current, hops, "rate limited")
    if 200 <= status < 300:
        return Outcome(url, "redirected" if hops else "ok", status, current, hops)
    return Outcome(url, "broken", status, current, hops, f"HTTP {status}")


def _request(url: str, timeout: float) -> tuple[int, str | None]:
    """One request: HEAD, or GET where a server refuses HEAD."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError("not an http(s) address")
    for method in ("HEAD", "GET"):
        headers = {"User-Agent": USER_AGENT}
        request = urllib.request.Request(url, method=method, headers=headers)  # noqa: S310
        try:
            with _opener.open(request, timeout=timeout) as response:  # noqa: S310 (http(s) only)
                return response.status, response.headers.get("Location")
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return error.code, error.headers.get("Location")
        except socket.timeout as error:  # noqa: UP041 (urllib raises this name)
            raise TimeoutError from error
    raise AssertionError("unreachable")


def check_all(urls: list[str], *, workers: int, timeout: float) -> list[Outcome]:
    """Each distinct address once, at most `workers` at a time."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda url: check(url, timeout), sorted(set(urls))))
