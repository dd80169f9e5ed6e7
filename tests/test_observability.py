"""Request ids, JSON access logs and Prometheus metrics, in-process and through a real uvicorn."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from app.config import Settings
from app.main import create_app
from app.observability import access_logger
from tests.conftest import LiveServer, start_server, stop_server

SECRET_KEY = "s3cret-key-never-logged-7c1e9f"
WRONG_KEY = "wrong-key-also-never-logged-2b8d"


# --- request ids ---------------------------------------------------------------------------------------


def test_a_request_id_is_generated_and_echoed(client: TestClient) -> None:
    first, second = client.get("/healthz"), client.get("/healthz")
    assert re.fullmatch(r"[0-9a-f]{32}", first.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


@pytest.mark.parametrize("offered", ["abc-123", "3f2a9c1e-77d1-4e0b-9a55-0c8d2b1e6f10", "lb:1700000000.42/7"])
def test_a_well_formed_request_id_is_kept(client: TestClient, offered: str) -> None:
    assert client.get("/healthz", headers={"X-Request-ID": offered}).headers["x-request-id"] == offered


@pytest.mark.parametrize("offered", ["", " ", "a" * 129, "<script>", "id with spaces", "-leading-dash", "é"])
def test_a_malformed_request_id_is_replaced(client: TestClient, offered: str) -> None:
    returned = client.get("/healthz", headers={"X-Request-ID": offered.encode()}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", returned)


@pytest.mark.parametrize(
    ("path", "status"),
    [("/v1/documents/no-such-doc", 404), ("/v1/search?per_page=0", 422), ("/nowhere", 404)],
)
def test_problem_bodies_carry_the_request_id(client: TestClient, path: str, status: int) -> None:
    response = client.get(path, headers={"X-Request-ID": "trace-42"})
    assert response.status_code == status
    assert response.headers["x-request-id"] == "trace-42"
    assert response.json()["request_id"] == "trace-42"


def test_an_unhandled_error_is_a_500_problem_with_its_request_id(corpus_index: Path) -> None:
    app = create_app(Settings(index_dir=corpus_index, _env_file=None))

    @app.get("/v1/test-crash")
    def crash() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/v1/test-crash", headers={"X-Request-ID": "crash-1"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["x-request-id"] == "crash-1"
    assert response.json()["request_id"] == "crash-1"


# --- access log ---------------------------------------------------------------------------------------


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(record.getMessage()))


@pytest.fixture
def access_lines() -> Iterator[list[dict[str, Any]]]:
    handler = Collect()
    access_logger.addHandler(handler)
    try:
        yield handler.lines
    finally:
        access_logger.removeHandler(handler)


def test_one_json_line_per_request(client: TestClient, access_lines: list[dict[str, Any]]) -> None:
    doc_id = client.get("/v1/documents").json()["items"][0]["id"]
    # An unknown parameter is refused (400), and still logged without the query string.
    client.get(f"/v1/documents/{doc_id}", params={"fields": "x"}, headers={"X-Request-ID": "line-1"})
    client.get("/v1/documents/no-such-doc")
    assert len(access_lines) == 3
    _, found, missing = access_lines
    assert found["method"] == "GET"
    assert found["path"] == f"/v1/documents/{doc_id}"  # no query string
    assert found["route"] == "/v1/documents/{doc_id}"
    assert found["status"] == 400
    assert found["request_id"] == "line-1"
    assert found["client"] == "testclient"
    assert isinstance(found["duration_ms"], float) and found["duration_ms"] >= 0
    assert datetime.fromisoformat(found["ts"]).tzinfo is not None
    assert missing["status"] == 404


def test_access_log_names_the_key_by_fingerprint_only(
    corpus_index: Path, access_lines: list[dict[str, Any]]
) -> None:
    settings = Settings(
        index_dir=corpus_index, _env_file=None, api_keys=[SECRET_KEY], require_key_for_reads=True
    )
    with TestClient(create_app(settings)) as client:
        client.get("/v1/documents", headers={"Authorization": f"Bearer {SECRET_KEY}"})
        client.get("/v1/documents", headers={"Authorization": f"Bearer {WRONG_KEY}"})
    allowed, refused = access_lines
    assert (allowed["status"], refused["status"]) == (200, 403)
    assert re.fullmatch(r"k-[0-9a-f]{8}", allowed["key_id"])
    assert "key_id" not in refused
    logged = json.dumps(access_lines)
    assert SECRET_KEY not in logged and WRONG_KEY not in logged and "Bearer" not in logged


def test_access_log_can_be_switched_off(corpus_index: Path, access_lines: list[dict[str, Any]]) -> None:
    settings = Settings(index_dir=corpus_index, _env_file=None, access_log=False)
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
    assert access_lines == []


@pytest.fixture
def own_handler_only() -> Iterator[None]:
    """The access logger as a server starts it: no handler until the app installs its own."""
    saved = access_logger.handlers[:], access_logger.propagate
    # As in a new process; pytest also attaches its capture handlers to a logger that does not propagate.
    access_logger.handlers.clear()
    access_logger.propagate = True
    try:
        yield
    finally:
        access_logger.handlers[:], access_logger.propagate = saved


def test_own_handler_alone_writes_the_same_line_as_logging(
    corpus_index: Path, own_handler_only: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with TestClient(create_app(Settings(index_dir=corpus_index, _env_file=None))) as client:
        client.get("/v1/documents/no-such-doc", headers={"X-Request-ID": "alone-1"})
        direct = capsys.readouterr().err.splitlines()
        # Another handler attached: the standard path, whose line must be the one written to stderr too.
        collect = Collect()
        access_logger.addHandler(collect)
        client.get("/v1/documents/no-such-doc", headers={"X-Request-ID": "alone-2"})
        both = capsys.readouterr().err.splitlines()
        access_logger.removeHandler(collect)
        # A filter on the logger is honoured: the line it drops is not written.
        drop_all = logging.Filter("no-such-logger")
        access_logger.addFilter(drop_all)
        client.get("/healthz")
        access_logger.removeFilter(drop_all)
        dropped = capsys.readouterr().err
    assert len(direct) == 1 and len(both) == 1
    assert [json.loads(line) for line in both] == collect.lines
    first, second = json.loads(direct[0]), collect.lines[0]
    assert list(first) == list(second)  # the same keys in the same order
    assert (first["request_id"], second["request_id"]) == ("alone-1", "alone-2")
    assert {key: value for key, value in first.items() if key not in ("ts", "duration_ms", "request_id")} == {
        key: value for key, value in second.items() if key not in ("ts", "duration_ms", "request_id")
    }
    assert dropped == ""


# --- metrics -------------------------------------------------------------------------------------------


def scrape(client: TestClient | httpx.Client) -> dict[str, list[tuple[dict[str, str], float]]]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples.setdefault(sample.name, []).append((sample.labels, sample.value))
    return samples


def count(samples: dict[str, list[tuple[dict[str, str], float]]], **labels: str) -> float:
    return sum(
        value
        for found, value in samples.get("archive_http_requests_total", [])
        if all(found.get(k) == v for k, v in labels.items())
    )


def test_metrics_count_requests_by_route_template_and_status(corpus_index: Path) -> None:
    with TestClient(create_app(Settings(index_dir=corpus_index, _env_file=None))) as client:
        ids = [item["id"] for item in client.get("/v1/documents").json()["items"][:3]]
        for doc_id in ids:
            client.get(f"/v1/documents/{doc_id}")
        client.get("/v1/documents/no-such-doc")
        client.get("/no/such/route")
        samples = scrape(client)
    assert count(samples, route="/v1/documents/{doc_id}", status="200", method="GET") == 3
    assert count(samples, route="/v1/documents/{doc_id}", status="404") == 1
    assert count(samples, route="unmatched", status="404") == 1
    routes = {labels["route"] for labels, _ in samples["archive_http_requests_total"]}
    assert not any(doc_id in route for route in routes for doc_id in ids)  # never raw paths
    buckets = [
        labels
        for labels, _ in samples["archive_http_request_duration_seconds_bucket"]
        if labels["route"] == "/v1/documents/{doc_id}" and labels["status"] == "200"
    ]
    assert buckets and {"le", "method"} <= buckets[0].keys()


def test_metrics_report_the_index_at_scrape_time(client: TestClient) -> None:
    samples = scrape(client)
    assert samples["archive_index_ready"] == [({}, 1.0)]
    assert samples["archive_index_documents"] == [({}, 5.0)]
    ((_, built),) = samples["archive_index_last_build_timestamp_seconds"]
    assert 0 < time.time() - built < 24 * 3600


def test_metrics_before_the_first_build(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(index_dir=tmp_path, _env_file=None))) as client:
        samples = scrape(client)
    assert samples["archive_index_ready"] == [({}, 0.0)]
    assert "archive_index_documents" not in samples


def test_metrics_can_be_switched_off(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path, _env_file=None, metrics_enabled=False)
    with TestClient(create_app(settings)) as client:
        assert client.get("/metrics").status_code == 404


# --- through uvicorn ---------------------------------------------------------------------------------------


def log_lines(server: LiveServer) -> list[dict[str, Any]]:
    lines = []
    for raw in server.log.read_text().splitlines():
        if raw.startswith("{"):
            lines.append(json.loads(raw))
    return lines


def test_request_id_and_access_log_through_uvicorn(live_server: LiveServer) -> None:
    response = httpx.get(
        f"{live_server.url}/v1/search", params={"q": "detainer"}, headers={"X-Request-ID": "live-7"}
    )
    assert response.headers["x-request-id"] == "live-7"
    generated = httpx.get(f"{live_server.url}/v1/documents/nope").json()["request_id"]
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        by_id = {line["request_id"]: line for line in log_lines(live_server)}
        if "live-7" in by_id and generated in by_id:
            break
        time.sleep(0.05)
    assert by_id["live-7"]["path"] == "/v1/search"
    assert by_id["live-7"]["status"] == 200
    assert by_id["live-7"]["client"] == "127.0.0.1"
    assert by_id[generated]["status"] == 404


@pytest.fixture(scope="module")
def locked_server(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    env = {
        "ARCHIVE_API_KEYS": f"{SECRET_KEY},another-valid-key",
        "ARCHIVE_REQUIRE_KEY_FOR_READS": "true",
        "ARCHIVE_MAX_BODY_BYTES": "1000",
        "ARCHIVE_RATE_LIMIT_READS": "3",
    }
    server = start_server(corpus_index, tmp_path_factory.mktemp("locked") / "server.log", env=env)
    yield server
    stop_server(server)


def test_declared_oversize_body_is_413_through_uvicorn(locked_server: LiveServer) -> None:
    response = httpx.post(f"{locked_server.url}/v1/search", content=b"x" * 5000)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


def test_keys_never_reach_the_server_log(locked_server: LiveServer) -> None:
    url = locked_server.url
    assert httpx.get(f"{url}/v1/search", headers={"Authorization": f"Bearer {SECRET_KEY}"}).status_code == 200
    assert httpx.get(f"{url}/v1/search", headers={"Authorization": f"Bearer {WRONG_KEY}"}).status_code == 403
    assert httpx.get(f"{url}/v1/search").status_code == 401
    stop_server(locked_server)  # flush everything the server had to say
    log = locked_server.log.read_text()
    assert log_lines(locked_server), log
    assert SECRET_KEY not in log and WRONG_KEY not in log and "another-valid-key" not in log


@pytest.mark.slow
def test_multiprocess_metrics_add_up_all_workers(corpus_index: Path, tmp_path: Path) -> None:
    multiproc = tmp_path / "prometheus"
    multiproc.mkdir()
    server = start_server(
        corpus_index, tmp_path / "server.log", env={"PROMETHEUS_MULTIPROC_DIR": str(multiproc)}, workers=2
    )
    try:
        # New connections each time, so both workers serve some of them.
        for _ in range(20):
            assert httpx.get(f"{server.url}/v1/documents/no-such-doc").status_code == 404
        for _ in range(4):
            with httpx.Client(base_url=server.url) as http:
                samples = scrape(http)
            assert count(samples, route="/v1/documents/{doc_id}", status="404") == 20
            assert samples["archive_index_documents"] == [({}, 5.0)]
        assert len(list(multiproc.glob("counter_*.db"))) == 2  # both workers counted
    finally:
        stop_server(server)
