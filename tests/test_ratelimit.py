"""Per-client token buckets: the limiter itself on a fake clock, and the middleware over the real app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.ratelimit import TokenBucketLimiter
from app.security import WriteAccess

KEY_A = "key-a-5e1d0c9b8a7f6e5d"
KEY_B = "key-b-0a1b2c3d4e5f6a7b"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- the limiter ---------------------------------------------------------------------------------------


def test_bucket_allows_a_burst_of_the_limit_then_refuses() -> None:
    limiter = TokenBucketLimiter(3, clock=FakeClock())
    decisions = [limiter.hit("client") for _ in range(4)]
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert [d.remaining for d in decisions] == [2, 1, 0, 0]
    assert decisions[0].retry_after == 0
    # 3 per minute: one token every 20 s.
    assert decisions[3].retry_after == 20
    assert decisions[3].reset == 60
    assert decisions[3].limit == 3


def test_bucket_refills_at_the_rate() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter(60, clock=clock)
    for _ in range(60):
        assert limiter.hit("client").allowed
    assert not limiter.hit("client").allowed
    clock.now += 1.0
    assert limiter.hit("client").allowed
    assert not limiter.hit("client").allowed
    clock.now += 3600
    decision = limiter.hit("client")
    assert decision.allowed and decision.remaining == 59  # never more than a full bucket


def test_clients_have_their_own_buckets() -> None:
    limiter = TokenBucketLimiter(1, clock=FakeClock())
    assert limiter.hit("a").allowed
    assert not limiter.hit("a").allowed
    assert limiter.hit("b").allowed


def test_bucket_table_stays_bounded_dropping_the_least_recently_seen() -> None:
    limiter = TokenBucketLimiter(1, clock=FakeClock(), max_clients=2)
    limiter.hit("a")
    limiter.hit("b")
    limiter.hit("a")
    limiter.hit("c")  # evicts b, seen longest ago
    assert not limiter.hit("a").allowed
    assert limiter.hit("b").allowed


# --- the middleware ------------------------------------------------------------------------------------


def make_client(index_dir: Path, **overrides: Any) -> TestClient:
    settings = Settings(index_dir=index_dir, _env_file=None, api_keys=[KEY_A, KEY_B], **overrides)
    app: FastAPI = create_app(settings)

    @app.post("/v1/test-writes", dependencies=[WriteAccess])
    def write() -> dict[str, bool]:
        return {"written": True}

    return TestClient(app)


@pytest.fixture
def limited(corpus_index: Path) -> Iterator[TestClient]:
    with make_client(corpus_index, rate_limit_reads=2, rate_limit_writes=1) as client:
        yield client


def test_reads_over_the_limit_are_429_problems_with_retry_after(limited: TestClient) -> None:
    first, second, third = (limited.get("/v1/search", params={"q": "detainer"}) for _ in range(3))
    assert (first.status_code, second.status_code) == (200, 200)
    assert first.headers["ratelimit-limit"] == "2"
    assert [first.headers["ratelimit-remaining"], second.headers["ratelimit-remaining"]] == ["1", "0"]
    assert int(first.headers["ratelimit-reset"]) > 0
    assert third.status_code == 429
    assert third.headers["content-type"] == "application/problem+json"
    problem = third.json()
    assert problem["status"] == 429 and problem["type"].endswith("/rate-limited")
    assert problem["request_id"] == third.headers["x-request-id"]
    assert third.headers["retry-after"] == "30"
    assert third.headers["ratelimit-remaining"] == "0"
    assert third.headers["ratelimit-limit"] == "2"


def test_reads_and_writes_have_separate_limits(limited: TestClient) -> None:
    auth = {"Authorization": f"Bearer {KEY_A}"}
    assert limited.post("/v1/test-writes", headers=auth).status_code == 200
    refused = limited.post("/v1/test-writes", headers=auth)
    assert refused.status_code == 429 and refused.headers["ratelimit-limit"] == "1"
    assert limited.get("/v1/documents", headers=auth).status_code == 200


def test_a_valid_key_is_its_own_client_and_a_wrong_one_is_not(limited: TestClient) -> None:
    # All TestClient requests share one address.
    for _ in range(2):
        assert limited.get("/v1/documents").status_code == 200
    assert limited.get("/v1/documents").status_code == 429
    # Made-up keys do not buy fresh buckets.
    assert limited.get("/v1/documents", headers={"Authorization": "Bearer made-up"}).status_code == 429
    assert limited.get("/v1/documents", headers={"Authorization": f"Bearer {KEY_A}"}).status_code == 200
    assert limited.get("/v1/documents", headers={"Authorization": f"Bearer {KEY_B}"}).status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/docs", "/redoc", "/openapi.json"])
def test_operational_and_docs_routes_are_never_limited(corpus_index: Path, path: str) -> None:
    with make_client(corpus_index, rate_limit_reads=1) as client:
        responses = [client.get(path) for _ in range(5)]
        assert all(response.status_code == 200 for response in responses), path
        assert "ratelimit-limit" not in responses[-1].headers


def test_limits_are_off_by_default(client: TestClient) -> None:
    responses = [client.get("/v1/documents") for _ in range(5)]
    assert all(response.status_code == 200 for response in responses)
    assert "ratelimit-limit" not in responses[-1].headers


def test_errors_count_against_the_limit_too(limited: TestClient) -> None:
    # Probing for ids is requests like any other.
    assert limited.get("/v1/documents/no-such-doc").status_code == 404
    assert limited.get("/v1/documents/no-such-doc").status_code == 404
    response: httpx.Response = limited.get("/v1/documents/no-such-doc")
    assert response.status_code == 429
