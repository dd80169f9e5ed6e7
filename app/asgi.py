"""Helpers shared by the pure ASGI middleware: reading headers and answering with the one problem body."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from app.errors import AppError

__all__ = ["add_missing_headers", "header", "response_header", "send_problem", "set_header"]


def header(scope: Scope, name: str) -> str | None:
    """The first value of a request header (case-insensitive), decoded as latin-1."""
    wanted = name.lower().encode("latin-1")
    for key, value in scope.get("headers", ()):
        if key.lower() == wanted:
            return bytes(value).decode("latin-1")
    return None


def response_header(message: Message, name: str) -> str | None:
    """The first value of a header in an `http.response.start` message."""
    wanted = name.lower().encode("latin-1")
    for key, value in message.get("headers", ()):
        if bytes(key).lower() == wanted:
            return bytes(value).decode("latin-1")
    return None


def set_header(message: Message, name: str, value: str, *, replace: bool = True) -> None:
    """Set a header on an `http.response.start` message; keep an existing one unless `replace`."""
    wanted = name.lower().encode("latin-1")
    headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", ())]
    if any(k.lower() == wanted for k, _ in headers):
        if not replace:
            return
        headers = [(k, v) for k, v in headers if k.lower() != wanted]
    headers.append((wanted, value.encode("latin-1")))
    message["headers"] = headers


def add_missing_headers(message: Message, defaults: Iterable[tuple[str, str]]) -> None:
    """`set_header(..., replace=False)` for each pair in order, in one pass over the message's headers."""
    headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", ())]
    present = {k.lower() for k, _ in headers}
    for name, value in defaults:
        wanted = name.lower().encode("latin-1")
        if wanted not in present:
            present.add(wanted)
            headers.append((wanted, value.encode("latin-1")))
    message["headers"] = headers


async def send_problem(scope: Scope, receive: Receive, send: Send, error: AppError) -> None:
    """Answer with the app's own AppError handler, so middleware errors share the one problem body."""
    handler = scope["app"].exception_handlers[AppError]
    response: Response = await handler(Request(scope, receive), error)
    await response(scope, receive, send)
