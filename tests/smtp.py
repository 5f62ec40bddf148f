"""A real SMTP server on loopback (aiosmtpd) that tests read from, and can make misbehave."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from dataclasses import dataclass, field
from email.message import Message

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Recorder:
    """The server's handler: stores what arrived; refuses or stalls on request."""

    messages: list[Message] = field(default_factory=list)
    sessions: int = 0
    refuse_next: int = 0  # answer this many DATA commands with a temporary failure
    stall_seconds: float = 0.0  # wait this long before accepting a message
    lock: threading.Lock = field(default_factory=threading.Lock)
    arrived: threading.Event = field(default_factory=threading.Event)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with self.lock:
            self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            refuse = self.refuse_next > 0
            if refuse:
                self.refuse_next -= 1
        if refuse:
            return "451 4.3.0 Try again later"
        if self.stall_seconds:
            # Cancelled if the client disconnects meanwhile: such a message is never stored.
            await asyncio.sleep(self.stall_seconds)
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.original_content))
        self.arrived.set()
        return "250 OK"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [message["Message-ID"] for message in self.messages]


class SMTPServer:
    def __init__(self) -> None:
        self.recorder = Recorder()
        self.port = free_port()
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SMTPServer:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    @property
    def messages(self) -> list[Message]:
        return self.recorder.messages

    @property
    def email_url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"
