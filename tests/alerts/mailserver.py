"""A real SMTP server on this machine for the alert tests, told how to answer."""

import email
import socketserver
import threading
from email.message import Message

from aiosmtpd.controller import Controller

from tests.support import free_port


class Inbox:
    """An SMTP server's handler: keeps what it is given. It can be told to refuse some
    recipients, to answer "closing" from a given message on, to give one address a
    chosen reply at RCPT or DATA, or to drop the connection after taking a message."""

    def __init__(self):
        self.messages: list[Message] = []
        self.refuse: set[str] = set()
        self.close_after: int | None = None
        self.replies: dict[tuple[str, str], str] = {}  # (stage, address): reply
        self.drop_after_taking: set[str] = set()
        self.drop_before_answering: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        if ("RCPT", address) in self.replies:
            return self.replies["RCPT", address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.close_after is not None and len(self.messages) >= self.close_after:
            return "421 4.3.2 Service shutting down"
        (address,) = envelope.rcpt_tos
        if ("DATA", address) in self.replies:
            return self.replies["DATA", address]
        self.messages.append(email.message_from_bytes(envelope.content))
        if address in self.drop_before_answering:
            server.transport.close()  # taken, but the client never hears so
        elif address in self.drop_after_taking:
            server.transport.write(b"250 Message accepted\r\n")
            server.transport.close()  # the reply goes out first, then the line drops
        return "250 Message accepted"


class MailServer:
    def __init__(self, port: int):
        self.port = port
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


class Greeter(socketserver.ThreadingTCPServer):
    """A server that answers every connection with one greeting line and hangs up: a
    busy (421, 450, 451, 452) or refusing (550) mail server."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, reply: str):
        self.reply = reply
        super().__init__(("127.0.0.1", free_port()), _Greet)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def stop(self):
        self.shutdown()
        self.server_close()


class _Greet(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.server.reply.encode() + b"\r\n")


def send_through(settings, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
