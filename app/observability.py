"""Request ids, JSON access logs and Prometheus metrics, in one pure ASGI middleware.

`RequestContextMiddleware` wraps the whole application, outside Starlette's ServerErrorMiddleware, so
even an unhandled error's 500 carries the request id, is logged and is counted. The request id comes
from a well-formed `X-Request-ID` or is generated; it is echoed in the response, put in the access log
and in every problem body (`request_id`).

Metrics are per process unless `PROMETHEUS_MULTIPROC_DIR` names an empty directory shared by the
workers (prometheus-client's multiprocess mode); then `/metrics` adds up all workers.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

from fastapi import Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.asgi import header, set_header
from app.errors import IndexNotReady
from app.index import Archive

__all__ = [
    "REQUEST_ID_HEADER",
    "Metrics",
    "RequestContextMiddleware",
    "current_request_id",
    "install_access_log",
    "metrics_endpoint",
    "request_id_of",
]

REQUEST_ID_HEADER = "X-Request-ID"
# Ids are echoed into headers and logs: only short, plain tokens are taken from clients.
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/+=-]{0,127}")
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
access_logger = logging.getLogger("app.access")


def current_request_id() -> str | None:
    """The id of the request being served in this context, for log records."""
    return _request_id.get()


def request_id_of(request: Request) -> str | None:
    """The request id the middleware assigned, for problem bodies."""
    value = request.scope.get("state", {}).get("request_id")
    return str(value) if value is not None else None


def _choose_request_id(scope: Scope) -> str:
    offered = header(scope, REQUEST_ID_HEADER)
    if offered is not None and _VALID_REQUEST_ID.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


class _StderrLines(logging.Handler):
    """Writes each record's message as one line to the current sys.stderr (which tests may swap)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._write(record.getMessage())
        except Exception:
            self.handleError(record)

    def write_line(self, message: str) -> None:
        """What `handle` of an INFO record of `message` does, without building the record first."""
        with self.lock:  # type: ignore[union-attr]  # created by Handler.__init__
            try:
                self._write(message)
            except Exception:
                self.handleError(
                    access_logger.makeRecord(access_logger.name, logging.INFO, "", 0, message, (), None)
                )

    @staticmethod
    def _write(message: str) -> None:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()


def _log_access_line(message: str) -> None:
    """Log one access line; straight to our handler when it is the only place the line can go.

    `Logger.info` builds a `LogRecord` (looking up the caller's frame, the thread and the process) that our
    handler reads only the message of; with another handler, a filter or propagation, the standard path runs.
    """
    handlers = access_logger.handlers
    only = handlers[0] if len(handlers) == 1 else None
    if (
        isinstance(only, _StderrLines)
        and type(only) is _StderrLines
        and not only.filters
        and only.level <= logging.INFO
        and not access_logger.filters
        and not access_logger.propagate
        and access_logger.isEnabledFor(logging.INFO)
    ):
        only.write_line(message)
    else:
        access_logger.info(message)


def install_access_log() -> None:
    """Send `app.access` lines to stderr unless logging was configured for it already."""
    access_logger.setLevel(logging.INFO)
    if not access_logger.handlers:
        access_logger.addHandler(_StderrLines())
        # Our handler writes the line; a root handler (if any) would write it a second time.
        access_logger.propagate = False


def route_template(scope: Scope) -> str:
    """The matched route's path template (`/v1/documents/{doc_id}`), never the raw path."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


class _ArchiveCollector(Collector):
    """Index gauges read from the Archive at scrape time."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    def collect(self) -> Iterator[Metric]:
        ready = GaugeMetricFamily("archive_index_ready", "1 when an index build is open, else 0.")
        try:
            build = self.archive.current()
        except IndexNotReady:
            ready.add_metric([], 0)
            yield ready
            return
        ready.add_metric([], 1)
        yield ready
        info = build.info
        yield GaugeMetricFamily(
            "archive_index_documents",
            "Documents in the current build, ingested ones included.",
            build.records.count(),
        )
        yield GaugeMetricFamily(
            "archive_index_last_build_timestamp_seconds",
            "When the current build was made (Unix time).",
            info.built_at.timestamp(),
        )


class Metrics:
    """Request counts and latencies by route template and status, plus the index gauges."""

    def __init__(self, archive: Archive) -> None:
        # One registry per app, so several apps in one process (tests) do not collide.
        self.registry = CollectorRegistry()
        self.archive_collector = _ArchiveCollector(archive)
        self.registry.register(self.archive_collector)
        labels = ("method", "route", "status")
        self.requests = Counter(
            "archive_http_requests", "HTTP requests served.", labels, registry=self.registry
        )
        self.latency = Histogram(
            "archive_http_request_duration_seconds",
            "Time to serve a request, to the last byte.",
            labels,
            registry=self.registry,
        )
        # Each (method, route, status)'s two series, looked up once: `labels()` validates and locks on every call.
        self._series: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}

    def observe(self, *, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, status)
        series = self._series.get(key)
        if series is None:
            labels = (method, route, str(status))
            series = self._series[key] = (self.requests.labels(*labels), self.latency.labels(*labels))
        count, latency = series
        count.inc()
        latency.observe(seconds)

    def exposition(self) -> bytes:
        multiprocess_dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if not multiprocess_dir:
            return generate_latest(self.registry)
        # Every worker writes its samples to files there; a scrape adds them up.
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=multiprocess_dir)  # type: ignore[no-untyped-call]
        registry.register(self.archive_collector)
        return generate_latest(registry)


def metrics_endpoint(request: Request) -> Response:
    """Prometheus text exposition."""
    metrics: Metrics = request.app.state.metrics
    return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)


class RequestContextMiddleware:
    """Request id, one JSON access-log line and the request metrics for every HTTP request."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics | None, access_log: bool) -> None:
        self.app = app
        self.metrics = metrics
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _choose_request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        token = _request_id.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                set_header(message, REQUEST_ID_HEADER, request_id)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            _request_id.reset(token)
            self._record(scope, request_id, status, seconds)

    def _record(self, scope: Scope, request_id: str, status: int, seconds: float) -> None:
        route = route_template(scope)
        if self.metrics is not None:
            self.metrics.observe(method=scope["method"], route=route, status=status, seconds=seconds)
        if not self.access_log:
            return
        client = scope.get("client")
        line: dict[str, object] = {
            "ts": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "event": "request",
            "method": scope["method"],
            # The path only: no query string, no headers (Authorization least of all).
            "path": scope["path"],
            "route": route,
            "status": status,
            "duration_ms": round(seconds * 1000, 3),
            "request_id": request_id,
            "client": str(client[0]) if client else None,
        }
        key_id = scope.get("state", {}).get("key_id")
        if key_id is not None:
            line["key_id"] = key_id
        _log_access_line(json.dumps(line, ensure_ascii=False))
