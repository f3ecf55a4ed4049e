"""Sending what the outbox holds: each message once, none lost.

`manage.py send_alerts` runs this every minute. Each message is locked while it is
sent and marked sent in the same transaction, so two runs at once never send one
twice. When the mail server cannot be reached (or says it is closing), the run
stops and the message waits with a growing delay; nothing is dropped. When the
server refuses a message (a bad address, a full mailbox), the refusal is recorded
and retried the same way; after GIVE_UP_AFTER the address is removed.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from network_site.alerts.follow import digest_message, queue
from network_site.alerts.models import (
    CONFIRM_WITHIN,
    GIVE_UP_AFTER,
    KEEP_SENT_MAIL,
    OutgoingMail,
    Subscriber,
    Subscription,
)
from network_site.records.views import public_updates

logger = logging.getLogger(__name__)
# Failures of the server or of our own settings, not of the message: retried, never
# blamed on the address.
SERVER_TROUBLE = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    smtplib.SMTPAuthenticationError,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPNotSupportedError,
    OSError,
)
# Replies that say the same: 421, the server is closing.
SERVER_UNAVAILABLE = {421}


class ServerUnavailable(Exception):
    pass


@dataclass
class Report:
    sent: int = 0
    retrying: int = 0
    given_up: int = 0
    digests: int = 0
    removed: int = 0
    dropped: int = 0
    server_unavailable: bool = False


def run() -> Report:
    """One pass: tidy, write the weekly summaries that are due, send what is due."""
    report = Report()
    report.removed = remove_unconfirmed()
    report.digests = write_digests()
    deliver(report)
    return report


def remove_unconfirmed() -> int:
    """Follows never confirmed within a week go, and addresses left following nothing."""
    cutoff = timezone.now() - CONFIRM_WITHIN
    Subscription.objects.filter(confirmed_at__isnull=True, asked_at__lt=cutoff).delete()
    OutgoingMail.objects.filter(sent_at__lt=timezone.now() - KEEP_SENT_MAIL).delete()
    unused = Subscriber.objects.filter(subscriptions__isnull=True, created_at__lt=cutoff)
    removed, _ = unused.delete()
    return removed


def write_digests() -> int:
    """A weekly summary for each address whose week is up and has changes waiting."""
    now = timezone.now()
    written = 0
    for subscriber in Subscriber.objects.filter(digest__isnull=False).distinct():
        if not subscriber.digest_due(now):
            continue
        with transaction.atomic():
            locked = Subscriber.objects.select_for_update().filter(pk=subscriber.pk).first()
            if locked is None or not locked.digest_due(now):
                continue
            items = locked.digest.all()
            # Only changes still public: a record taken back to draft drops out.
            updates = list(
                public_updates().filter(pk__in=items.values("update")).order_by("created_at")
            )
            if updates:
                queue(locked, OutgoingMail.Purpose.DIGEST, digest_message(locked, updates))
                written += 1
            items.delete()
            locked.last_digest_at = now
            locked.save(update_fields=["last_digest_at"])
    return written


def deliver(report: Report) -> None:
    connection = get_connection()
    try:
        while True:
            with transaction.atomic():
                mail = (
                    OutgoingMail.objects.due(timezone.now())
                    .select_for_update(skip_locked=True, of=("self",))
                    .select_related("subscriber")
                    .first()
                )
                if mail is None:
                    return
                if mail.update_id and not public_updates().filter(pk=mail.update_id).exists():
                    # Its record was taken back to draft since: the change is not public.
                    mail.delete()
                    report.dropped += 1
                    continue
                try:
                    _send(connection, mail)
                except ServerUnavailable as trouble:
                    mail.retry_later(str(trouble), timezone.now())
                    report.server_unavailable = True
                    report.retrying += 1
                    logger.warning("mail server unavailable: %s", trouble)
                    return
                except smtplib.SMTPException as refusal:
                    if _refused_for_good(mail, refusal):
                        report.given_up += 1
                    else:
                        report.retrying += 1
                    continue
                mail.sent_at = timezone.now()
                mail.save(update_fields=["sent_at"])
                report.sent += 1
    finally:
        _close(connection)


def _send(connection, mail: OutgoingMail) -> None:
    """Hand one message to the mail server, or raise: ServerUnavailable when the server
    is not there to take it, smtplib.SMTPException when it refuses this message."""
    try:
        connection.open()  # once per run: later messages reuse the connection
        taken = connection.send_messages([mail.message(connection)])
    except smtplib.SMTPRecipientsRefused:
        raise
    except SERVER_TROUBLE as down:
        _close(connection)
        raise ServerUnavailable(str(down) or type(down).__name__) from down
    except smtplib.SMTPResponseException as reply:
        if reply.smtp_code in SERVER_UNAVAILABLE:
            _close(connection)
            raise ServerUnavailable(f"{reply.smtp_code} {reply.smtp_error!r}") from reply
        raise
    if taken != 1:  # the backend found no open connection to send on
        _close(connection)
        raise ServerUnavailable("the mail server did not take the message")


def _refused_for_good(mail: OutgoingMail, refusal: smtplib.SMTPException) -> bool:
    """Record a refusal; after GIVE_UP_AFTER of them, remove the address. True if removed."""
    now = timezone.now()
    if mail.first_failed_at and now - mail.first_failed_at >= GIVE_UP_AFTER:
        logger.warning("mail refused for %s; removing the address", GIVE_UP_AFTER)
        mail.subscriber.delete()  # with its follows and its waiting mail
        return True
    mail.retry_later(f"refused: {refusal}", now)
    return False


def _close(connection) -> None:
    """Close the connection, if open, whatever state the server left it in; the next
    message opens a new one."""
    try:
        connection.close()
    except (smtplib.SMTPException, OSError):
        connection.connection = None
