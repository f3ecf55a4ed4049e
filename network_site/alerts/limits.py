"""Rate limits for the public forms that send mail: per client and per email address.

Counts live in the cache for their window only, keyed by an HMAC of the address, so
neither a client's IP nor an email address is stored in readable form.
"""

from datetime import timedelta

from django.core.cache import cache
from django.utils.crypto import salted_hmac


def over_limit(scope: str, who: str, limit: int, window: timedelta) -> bool:
    """Count one more request by `who`; True once there are more than `limit` in the
    window (a fixed window from the first request)."""
    key = "limit:" + scope + ":" + salted_hmac("alerts.limits", who.lower()).hexdigest()
    seconds = int(window.total_seconds())
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        count = 1
    return count > limit
