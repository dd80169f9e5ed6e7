"""Per-client rate limits on the API (`/v1/…`): a token bucket per client, reads and writes apart.

A client is its API key when it sends a valid one, else its address (`scope["client"]`; run uvicorn with
`--proxy-headers` and `--forwarded-allow-ips` behind a proxy). Each bucket holds `limit` tokens and
refills at `limit` per minute, so a client may burst up to a minute's allowance and then keeps to the
rate. Buckets live in the worker process: with N uvicorn workers a client can get up to N times the
limit, depending on how connections are spread; put a shared limiter in front for a hard global limit.

Health, readiness, metrics and the docs are outside `/v1/` and never limited.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.asgi import send_problem, set_header
from app.errors import TooManyRequests
from app.security import KeyRing, bearer_token

__all__ = ["Decision", "RateLimitMiddleware", "TokenBucketLimiter", "client_identity"]

READ_METHODS = frozenset({"GET", "HEAD"})
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset: int
    """Seconds until the bucket is full again."""
    retry_after: int
    """Seconds until the next request would be allowed (0 when allowed)."""

    def headers(self) -> dict[str, str]:
        """The IETF draft's RateLimit-* fields."""
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset),
            "RateLimit-Policy": f"{self.limit};w=60",
        }


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBucketLimiter:
    """`per_minute` requests per client per minute, with bursts up to `per_minute`."""

    def __init__(
        self, per_minute: int, *, clock: Callable[[], float] = time.monotonic, max_clients: int = 100_000
    ) -> None:
        self.limit = per_minute
        self.rate = per_minute / 60.0
        self.clock = clock
        self.max_clients = max_clients
        # Least recently seen first, so the table stays bounded under a flood of addresses. Only the
        # event loop touches it (the middleware never awaits between reading and writing a bucket): no lock.
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def hit(self, client: str) -> Decision:
        """Take one token for `client` if there is one."""
        now = self.clock()
        bucket = self._buckets.pop(client, None)
        if bucket is None:
            bucket = _Bucket(tokens=float(self.limit), updated=now)
        else:
            bucket.tokens = min(float(self.limit), bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
        allowed = bucket.tokens >= 1.0
        if allowed:
            bucket.tokens -= 1.0
        self._buckets[client] = bucket
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        retry_after = 0 if allowed else max(1, math.ceil((1.0 - bucket.tokens) / self.rate))
        return Decision(
            allowed=allowed,
            limit=self.limit,
            remaining=int(bucket.tokens),
            reset=math.ceil((self.limit - bucket.tokens) / self.rate),
            retry_after=retry_after,
        )


def client_identity(scope: Scope, keyring: KeyRing) -> str:
    """The bucket name: a valid key's id, else the client address (an invalid key buys no new bucket)."""
    token = bearer_token(scope)
    if token is not None:
        found = keyring.match(token)
        if found is not None:
            return "key:" + found
    client = scope.get("client")
    return "addr:" + (str(client[0]) if client else "unknown")


def is_limited_path(path: str) -> bool:
    return path == "/v1" or path.startswith("/v1/")


class RateLimitMiddleware:
    """429 problem with Retry-After over the limit; RateLimit-* headers on every limited response."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        reads: int,
        writes: int,
        keyring: KeyRing,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.keyring = keyring
        self.reads = TokenBucketLimiter(reads, clock=clock) if reads else None
        self.writes = TokenBucketLimiter(writes, clock=clock) if writes else None

    def _limiter(self, scope: Scope) -> TokenBucketLimiter | None:
        if scope["type"] != "http" or not is_limited_path(scope["path"]):
            return None
        if scope["method"] in READ_METHODS:
            return self.reads
        if scope["method"] in WRITE_METHODS:
            return self.writes
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limiter = self._limiter(scope)
        if limiter is None:
            await self.app(scope, receive, send)
            return
        decision = limiter.hit(client_identity(scope, self.keyring))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                for name, value in decision.headers().items():
                    set_header(message, name, value)
            await send(message)

        if decision.allowed:
            await self.app(scope, receive, send_with_headers)
            return
        error = TooManyRequests(
            f"More than {decision.limit} requests per minute; retry in {decision.retry_after} s.",
            retry_after=decision.retry_after,
        )
        await send_problem(scope, receive, send_with_headers, error)
