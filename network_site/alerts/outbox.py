"""Sending what the outbox holds: each message once, none lost, none in the way.

`manage.py send_alerts` runs this every minute. Each message is locked while it is
sent and marked sent in the same transaction, as soon as the server has taken it, so
two runs at once never send one twice. Replies are read as RFC 5321 says:

- the server cannot be reached, or says it is closing (421): the run stops and the
  message waits with a growing delay; nothing is dropped;
- 4xx (temporary, at RCPT or DATA): the message is retried with a growing delay,
  never counted against the address; after STOP_RETRYING_AFTER it fails;
- 5xx at RCPT (the address is refused): retried the same way; once the address's
  refusals span GIVE_UP_AFTER, the address is removed;
- 5xx at DATA (this message is refused), or a message that cannot be built: the
  message fails with the reason and is skipped; staff retry or delete it in the admin.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.core.mail import get_connection
from django.core.mail.message import sanitize_address
from django.db import transaction
from django.utils import timezone

from network_site.alerts.follow import digest_message, queue, take_requests
from network_site.alerts.limits import forget_old_hits
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
# 421: the server is closing the connection; nothing more goes in this run.
SERVER_CLOSING = 421


class ServerUnavailable(Exception):
    """The server is not there to take mail (or our settings are wrong): stop the run."""


class Deferred(Exception):
    """A temporary (4xx) reply for this message: try it again later."""


class AddressRefused(Exception):
    """A permanent (5xx) refusal of the recipient at RCPT."""


class MessageRefused(Exception):
    """A message that cannot go as it is: refused at DATA (5xx), or not buildable."""


@dataclass
class Report:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    given_up: int = 0
    digests: int = 0
    requests: int = 0
    removed: int = 0
    dropped: int = 0
    server_unavailable: bool = False


def run() -> Report:
    """One pass: do what the forms asked, tidy, write the weekly summaries that are due,
    send what is due."""
    report = Report()
    report.requests = take_requests()
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
    forget_old_hits()
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
                except Deferred as reply:
                    mail.retry_later(f"deferred: {reply}", timezone.now())
                    if mail.failed_at:  # deferred for STOP_RETRYING_AFTER: given up
                        report.failed += 1
                    else:
                        report.retrying += 1
                    continue
                except MessageRefused as reason:
                    mail.fail(str(reason), timezone.now())
                    report.failed += 1
                    logger.warning("outgoing message %s failed: %s", mail.pk, reason)
                    continue
                except AddressRefused as refusal:
                    if _refused_for_good(mail, refusal):
                        report.given_up += 1
                    else:
                        report.retrying += 1
                    continue
                # Taken: record it before anything else can fail, so it never goes twice.
                mail.sent_at = timezone.now()
                mail.save(update_fields=["sent_at"])
                if mail.subscriber.refused_since:
                    mail.subscriber.refused_since = None
                    mail.subscriber.save(update_fields=["refused_since"])
                report.sent += 1
    finally:
        _close(connection)


def _built(mail: OutgoingMail, connection):
    """The message as it will go, checked the way the mail backend will encode it:
    MessageRefused if it cannot be (a line break in a header, an address no header
    can carry), so one bad message never stops the rest."""
    try:
        message = mail.message(connection)
        sanitize_address(message.from_email, message.encoding)
        for address in message.recipients():
            sanitize_address(address, message.encoding)
        message.message().as_bytes()
    except Exception as problem:  # whatever the email package raises, it is this message's
        raise MessageRefused(f"cannot be built: {type(problem).__name__}: {problem}") from None
    return message


def _send(connection, mail: OutgoingMail) -> None:
    """Hand one message to the mail server, or raise what became of it."""
    message = _built(mail, connection)
    try:
        connection.open()  # once per run: later messages reuse the connection
        taken = connection.send_messages([message])
    except smtplib.SMTPRecipientsRefused as refused:
        code, text = next(iter(refused.recipients.values()))
        _raise_for_reply(connection, code, text, permanent=AddressRefused)
    except smtplib.SMTPDataError as reply:
        _raise_for_reply(connection, reply.smtp_code, reply.smtp_error, permanent=MessageRefused)
    except (smtplib.SMTPException, OSError) as down:
        # No server, a greeting other than 220, our sender refused, a dropped
        # connection: trouble with the server or our settings, never this address.
        _close(connection)
        raise ServerUnavailable(_describe(down)) from down
    if taken != 1:  # the backend found no open connection to send on
        _close(connection)
        raise ServerUnavailable("the mail server did not take the message")


def _raise_for_reply(connection, code: int, text, permanent: type[Exception]):
    """A reply to RCPT or DATA: 421 stops the run, other 4xx defer, 5xx are `permanent`."""
    reply = f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
    if code == SERVER_CLOSING:
        _close(connection)
        raise ServerUnavailable(reply)
    if 400 <= code < 500:
        raise Deferred(reply)
    raise permanent(reply)


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _refused_for_good(mail: OutgoingMail, refusal: AddressRefused) -> bool:
    """Record a 5xx refusal of the address; once its refusals span GIVE_UP_AFTER,
    remove the address. True if removed."""
    now = timezone.now()
    subscriber = mail.subscriber
    if subscriber.refused_since is None:
        subscriber.refused_since = now
        subscriber.save(update_fields=["refused_since"])
    elif now - subscriber.refused_since >= GIVE_UP_AFTER:
        logger.warning(
            "mail to subscriber %s refused for %s days; removing the address",
            subscriber.pk,
            GIVE_UP_AFTER.days,
        )
        subscriber.delete()  # with its follows and its waiting mail
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
