"""API keys, ReadAccess/WriteAccess, security headers, CORS, body limit, ETags and gzip."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.security import KeyRing, WriteAccess, WriteKey
from tests.conftest import LiveServer

KEY_OLD = "old-key-3f9a1c77e2b04d11"
KEY_NEW = "new-key-8d2e4b6a0c1f5e93"


def make_app(index_dir: Path, **overrides: Any) -> FastAPI:
    """The real app, plus throwaway routes standing in for the ingest routes written later."""
    app = create_app(Settings(index_dir=index_dir, _env_file=None, **overrides))

    @app.post("/v1/test-writes", status_code=201)
    def write(key: WriteKey) -> dict[str, str]:
        return {"key_id": key}

    @app.delete("/v1/test-writes", dependencies=[WriteAccess], status_code=204)
    def delete() -> None:
        return None

    app.state.echo_calls = 0

    @app.post("/v1/test-echo")
    async def echo(request: Request) -> dict[str, int]:
        app.state.echo_calls += 1
        return {"received": len(await request.body())}

    @app.get("/v1/entities/test-only/record")
    def entity() -> dict[str, str]:
        return {"id": "test-entity", "name": "A generic JSON record"}

    @app.get("/test-page", response_class=HTMLResponse)
    def page() -> str:
        return (
            "<html><body><script>document.title = 'hi';</script><script src='/x.js'></script></body></html>"
        )

    return app


@pytest.fixture
def keyed(corpus_index: Path) -> Iterator[TestClient]:
    with TestClient(make_app(corpus_index, api_keys=[KEY_OLD, KEY_NEW])) as client:
        yield client


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def assert_problem(response: httpx.Response, status: int, slug: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert problem["status"] == status
    assert problem["type"].endswith("/" + slug)
    assert problem["request_id"] == response.headers["x-request-id"]
    return problem


# --- API keys ---------------------------------------------------------------------------------------


def test_write_without_key_is_401_with_bearer_challenge(keyed: TestClient) -> None:
    response = keyed.post("/v1/test-writes")
    assert_problem(response, 401, "api-key-required")
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("authorization", ["Basic dXNlcjpwYXNz", "Bearer", "Bearer   "])
def test_write_with_no_bearer_key_is_401(keyed: TestClient, authorization: str) -> None:
    assert_problem(
        keyed.post("/v1/test-writes", headers={"Authorization": authorization}), 401, "api-key-required"
    )


def test_write_with_wrong_key_is_403(keyed: TestClient) -> None:
    response = keyed.delete("/v1/test-writes", headers=bearer("not-a-key"))
    problem = assert_problem(response, 403, "invalid-api-key")
    assert "not-a-key" not in response.text and KEY_OLD not in str(problem)


def test_every_listed_key_is_valid_at_once_for_rotation(keyed: TestClient) -> None:
    ids = {keyed.post("/v1/test-writes", headers=bearer(key)).json()["key_id"] for key in (KEY_OLD, KEY_NEW)}
    assert len(ids) == 2
    assert all(re.fullmatch(r"k-[0-9a-f]{8}", key_id) for key_id in ids)
    assert keyed.delete("/v1/test-writes", headers=bearer(KEY_NEW)).status_code == 204


def test_writes_are_refused_when_no_key_is_configured(client: TestClient, corpus_index: Path) -> None:
    with TestClient(make_app(corpus_index)) as bare:
        assert_problem(bare.post("/v1/test-writes"), 401, "api-key-required")
        assert_problem(bare.post("/v1/test-writes", headers=bearer("anything")), 403, "invalid-api-key")


def test_keys_come_from_the_environment_comma_separated(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text("# rotated 2026-11\nfile-key-1\n\n  file-key-2  \n")
    monkeypatch.setenv("ARCHIVE_API_KEYS", f" {KEY_OLD} ,{KEY_NEW},")
    monkeypatch.setenv("ARCHIVE_API_KEYS_FILE", str(keys_file))
    settings = Settings(_env_file=None)
    assert KEY_OLD not in repr(settings)  # SecretStr: settings can be logged
    keyring = KeyRing.from_settings(settings)
    for key in (KEY_OLD, KEY_NEW, "file-key-1", "file-key-2"):
        assert keyring.match(key) is not None, key
    for wrong in ("# rotated 2026-11", "", "file-key", KEY_OLD + " "):
        assert keyring.match(wrong) is None, wrong


def test_keys_file_is_reread_when_it_changes(corpus_index: Path, tmp_path: Path) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text("first-key\n")
    with TestClient(make_app(corpus_index, api_keys_file=keys_file)) as client:
        assert client.post("/v1/test-writes", headers=bearer("first-key")).status_code == 201
        keys_file.write_text("second-key-longer\n")
        stat = keys_file.stat()
        os.utime(keys_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert client.post("/v1/test-writes", headers=bearer("second-key-longer")).status_code == 201
        assert client.post("/v1/test-writes", headers=bearer("first-key")).status_code == 403


def test_missing_keys_file_fails_at_startup(corpus_index: Path, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        make_app(corpus_index, api_keys_file=tmp_path / "absent")


def test_every_key_is_compared_whichever_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = hmac.compare_digest

    def counting(left: bytes, right: bytes) -> bool:
        calls.append(1)
        return real(left, right)

    monkeypatch.setattr("app.security.hmac.compare_digest", counting)
    keyring = KeyRing(["a-key", "b-key", "c-key"])
    for presented in ("a-key", "c-key", "nothing"):
        calls.clear()
        keyring.match(presented)
        assert len(calls) == 3, presented


def test_reads_are_open_by_default(keyed: TestClient) -> None:
    assert keyed.get("/v1/search", params={"q": "detainer"}).status_code == 200
    assert keyed.get("/v1/documents").status_code == 200
    assert keyed.get("/metrics").status_code == 200


def test_reads_can_require_a_key(corpus_index: Path) -> None:
    app = make_app(corpus_index, api_keys=[KEY_OLD], require_key_for_reads=True)
    with TestClient(app) as client:
        for path in ("/v1/search", "/v1/documents", "/v1/documents/any-id", "/metrics"):
            assert_problem(client.get(path), 401, "api-key-required")
            assert_problem(client.get(path, headers=bearer(KEY_NEW)), 403, "invalid-api-key")
        assert client.get("/v1/search", headers=bearer(KEY_OLD)).status_code == 200
        assert client.get("/metrics", headers=bearer(KEY_OLD)).status_code == 200
        for path in ("/healthz", "/readyz", "/docs", "/openapi.json"):
            assert client.get(path).status_code == 200, path


def test_requiring_keys_for_reads_without_any_key_is_a_startup_error(corpus_index: Path) -> None:
    with pytest.raises(ValueError, match="ARCHIVE_REQUIRE_KEY_FOR_READS"):
        make_app(corpus_index, require_key_for_reads=True)


def test_spec_declares_the_bearer_scheme(keyed: TestClient) -> None:
    spec = keyed.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["ApiKey"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["ApiKey"]["description"],
    }


# --- security headers and CORS -------------------------------------------------------------------------


def test_security_headers_on_every_kind_of_response(corpus_index: Path) -> None:
    app = make_app(corpus_index)

    @app.get("/v1/test-crash")
    def crash() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as client:
        for path in (
            "/v1/search",
            "/v1/documents/no-such-doc",
            "/healthz",
            "/metrics",
            "/nowhere",
            "/v1/test-crash",
        ):
            response = client.get(path)
            assert response.headers["x-content-type-options"] == "nosniff", path
            assert response.headers["x-frame-options"] == "DENY", path
            assert response.headers["referrer-policy"] == "no-referrer", path
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"], path
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/problem+json"


def test_html_pages_get_a_csp_that_allows_exactly_their_inline_scripts(keyed: TestClient) -> None:
    response = keyed.get("/test-page")
    policy = dict(
        part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";")
    )
    inline = hashlib.sha256(b"document.title = 'hi';").digest()
    assert policy["script-src"] == f"'self' 'sha256-{base64.b64encode(inline).decode()}'"
    assert "unsafe-inline" not in policy["script-src"]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_keep_a_policy_that_lets_them_run(keyed: TestClient, page: str) -> None:
    response = keyed.get(page)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'; frame-ancestors" not in policy
    assert response.headers["x-frame-options"] == "DENY"


def test_cors_is_closed_by_default(keyed: TestClient) -> None:
    response = keyed.get("/v1/search", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = keyed.options(
        "/v1/search", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_configured_origins_and_exposes_our_headers(corpus_index: Path) -> None:
    app = make_app(corpus_index, cors_origins=["https://factcheck.example"], rate_limit_reads=1)
    with TestClient(app) as client:
        origin = {"Origin": "https://factcheck.example"}
        response = client.get("/v1/search", headers=origin)
        assert response.headers["access-control-allow-origin"] == "https://factcheck.example"
        exposed = response.headers["access-control-expose-headers"].lower()
        assert {"x-request-id", "ratelimit-remaining", "retry-after", "etag", "link"} <= set(
            exposed.split(", ")
        )
        # A 429 a browser can read: CORS sits outside the rate limiter.
        limited = client.get("/v1/search", headers=origin)
        assert limited.status_code == 429
        assert limited.headers["access-control-allow-origin"] == "https://factcheck.example"
        preflight = client.options(
            "/v1/test-writes",
            headers=origin
            | {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"},
        )
        assert preflight.status_code == 200
        assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
        other = client.get("/healthz", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


# --- request size ------------------------------------------------------------------------------------


@pytest.fixture
def small_bodies(corpus_index: Path) -> Iterator[TestClient]:
    with TestClient(make_app(corpus_index, max_body_bytes=100)) as client:
        yield client


def test_body_within_the_limit_is_read(small_bodies: TestClient) -> None:
    assert small_bodies.post("/v1/test-echo", content=b"x" * 100).json() == {"received": 100}


def test_declared_oversize_body_is_413_before_reading(small_bodies: TestClient) -> None:
    response = small_bodies.post("/v1/test-echo", content=b"x" * 101)
    assert_problem(response, 413, "body-too-large")
    assert small_bodies.app.state.echo_calls == 0  # type: ignore[attr-defined]


def test_streamed_oversize_body_is_413(small_bodies: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"y" * 30

    response = small_bodies.post("/v1/test-echo", content=chunks())
    assert "content-length" not in response.request.headers
    assert_problem(response, 413, "body-too-large")


# --- ETag, Cache-Control, gzip ----------------------------------------------------------------------------


def first_document_id(client: TestClient | httpx.Client) -> str:
    doc_id: str = client.get("/v1/documents").json()["items"][0]["id"]
    return doc_id


def test_document_has_an_etag_and_if_none_match_is_304(client: TestClient) -> None:
    path = f"/v1/documents/{first_document_id(client)}"
    response = client.get(path)
    etag = response.headers["etag"]
    assert re.fullmatch(r'W/"[0-9a-f]{32}"', etag)
    assert response.headers["cache-control"] == "no-cache"
    assert client.get(path).headers["etag"] == etag  # stable

    for if_none_match in (etag, etag.removeprefix("W/"), f'"other", {etag}', "*"):
        cached = client.get(path, headers={"If-None-Match": if_none_match})
        assert cached.status_code == 304, if_none_match
        assert cached.content == b""
        assert cached.headers["etag"] == etag
        assert cached.headers["cache-control"] == "no-cache"
    changed = client.get(path, headers={"If-None-Match": '"stale"'})
    assert changed.status_code == 200 and changed.json()["id"] in path


def test_etags_differ_between_documents_and_cover_any_record_route(keyed: TestClient) -> None:
    ids = [item["id"] for item in keyed.get("/v1/documents").json()["items"][:2]]
    tags = {keyed.get(f"/v1/documents/{doc_id}").headers["etag"] for doc_id in ids}
    assert len(tags) == 2
    entity = keyed.get("/v1/entities/test-only/record")
    assert (
        keyed.get(
            "/v1/entities/test-only/record", headers={"If-None-Match": entity.headers["etag"]}
        ).status_code
        == 304
    )


def test_errors_and_writes_are_not_stored_or_tagged(keyed: TestClient) -> None:
    missing = keyed.get("/v1/documents/no-such-doc")
    assert missing.headers["cache-control"] == "no-store"
    assert "etag" not in missing.headers
    assert keyed.post("/v1/test-writes", headers=bearer(KEY_OLD)).headers["cache-control"] == "no-store"
    assert keyed.get("/healthz").headers["cache-control"] == "no-store"
    assert keyed.get("/v1/search").headers["cache-control"] == "no-cache"


def test_large_responses_are_gzipped_through_uvicorn(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url, timeout=10) as http:
        record = http.get(f"/v1/documents/{first_document_id(http)}", headers={"Accept-Encoding": "gzip"})
        assert record.headers["content-encoding"] == "gzip"
        assert record.json()["id"]
        assert "etag" in record.headers
        small = http.get("/healthz", headers={"Accept-Encoding": "gzip"})
        assert "content-encoding" not in small.headers
