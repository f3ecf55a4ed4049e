"""Rate limits for the public forms that send mail: per client network and per mailbox.

Counted in the database, which every worker and every host shares, keyed by an HMAC
so neither a client's address nor an email address is stored in readable form. What
is counted is folded first: an IPv6 client is its /64 (one household or phone gets a
whole /64, and may pick any address in it), and an email address is its mailbox
(case, a +tag and quotes do not make another inbox).
"""

import ipaddress
from datetime import timedelta

from django.utils import timezone
from django.utils.crypto import salted_hmac

from network_site.alerts.models import LimitHit

# The longest window any limit uses: older hits are deleted (outbox.remove_unconfirmed).
LONGEST_WINDOW = timedelta(days=1)


def over_limit(scope: str, who: str, limit: int, window: timedelta) -> bool:
    """Count one more request by `who`; True once there are more than `limit` in the
    sliding window. The hit is stored before counting, so two requests at once in two
    processes each see the other: a race can only refuse, never let one more through."""
    key = salted_hmac("alerts.limits", who).hexdigest()
    now = timezone.now()
    LimitHit.objects.create(scope=scope, who=key, at=now)
    count = LimitHit.objects.filter(scope=scope, who=key, at__gt=now - window).count()
    return count > limit


def client_network(address: str) -> str:
    """The network a client is counted as: an IPv4 address, or an IPv6 /64."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def mailbox(email: str) -> str:
    """The inbox an address reaches, for counting: "Victim+2"@Example.org and
    victim@example.org are one mailbox."""
    local, _, domain = email.strip().lower().rpartition("@")
    local = local.strip('"').partition("+")[0]
    return f"{local}@{domain}"


def forget_old_hits() -> None:
    LimitHit.objects.filter(at__lt=timezone.now() - LONGEST_WINDOW).delete()
