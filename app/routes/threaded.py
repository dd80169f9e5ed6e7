"""`ThreadedRoute`: a plain `def` handler runs in a worker thread, and its answer is serialized on the loop.

FastAPI runs a plain `def` handler in a worker thread and then, because the handler was not a coroutine,
validates its return value in a worker thread once more before serializing it: two thread hops per request,
each costing more than validating a model that is already of the response type. This route class wraps
every plain handler in a coroutine that awaits the handler in a worker thread, so the blocking work stays
off the event loop and the answer is checked and serialized where it already is.

A handler whose work is bounded and small (one row by primary key: `GET /v1/documents/{id}`) is written as
`async def` and runs on the loop: the hop to a worker thread and the wait for the GIL on the way back cost
more than the work (docs/performance.md). Searches stay in worker threads: one may run up to
`search_time_limit`, and on the loop it would hold every other request and the health checks that long.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeVar

from fastapi.concurrency import run_in_threadpool
from fastapi.routing import APIRoute

__all__ = ["ThreadedRoute", "in_worker_thread"]

P = ParamSpec("P")
T = TypeVar("T")


def in_worker_thread(handler: Callable[P, T]) -> Callable[P, Awaitable[T]]:
    """The handler as a coroutine function that runs it in a worker thread (same signature for FastAPI)."""

    @functools.wraps(handler)
    async def run(*args: P.args, **kwargs: P.kwargs) -> T:
        return await run_in_threadpool(handler, *args, **kwargs)

    return run


class ThreadedRoute(APIRoute):
    """An APIRoute whose plain `def` handler is awaited in a worker thread (see the module docstring)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        if not inspect.iscoroutinefunction(endpoint):
            endpoint = in_worker_thread(endpoint)
        super().__init__(path, endpoint, **kwargs)
