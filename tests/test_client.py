"""The typed client against the app in-process, through a real uvicorn, and over scripted transports."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.client import (
    ApiError,
    ArchiveClient,
    AsyncArchiveClient,
    BadRequest,
    Forbidden,
    InvalidResponse,
    NotFound,
    RetryPolicy,
    ServerError,
    ServiceUnavailable,
    TooManyRequests,
    TransportError,
    Unauthorized,
    Unprocessable,
)
from app.config import Settings
from app.index import build_index
from app.ingest_schemas import DocumentIn
from app.main import create_app
from app.models import DocumentRecord
from app.schemas import DocumentSummary, SearchHit, SearchResults
from tests.conftest import CORPUS_DIR, ROOT, LiveServer, free_port, start_server, stop_server

DOCUMENT_ID = "000_e84a06c073667f2f"
ENTITY_ID = "thomas-homan"


@pytest.fixture
def archive(client: TestClient) -> ArchiveClient:
    """The client over the in-process app: TestClient is an httpx.Client."""
    return ArchiveClient(http_client=client)


class Sleeps:
    """Records the waits instead of waiting."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.seconds.append(seconds)


def scripted(responses: list[httpx.Response | Exception]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport answering each request with the next scripted response (or raising the error)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = responses.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handler), seen


def healthy() -> httpx.Response:
    return httpx.Response(200, json={"status": "ok"})


def problem(status: int, title: str, **headers: str) -> httpx.Response:
    body = {"type": "https://news-archive.dev/problems/x", "title": title, "status": status, "detail": title}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json", **headers})


def test_importing_the_client_loads_no_server_code() -> None:
    code = (
        "import sys, app.client\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'fastapi', 'starlette', 'whoosh', 'uvicorn', 'typer'})\n"
        "ours = sorted(m for m in sys.modules if m.startswith('app.'))\n"
        "print(heavy, ours)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    client_modules = [
        "app.client",
        "app.client_async",
        "app.client_calls",
        "app.client_errors",
        "app.client_sync",
    ]
    wire_models = ["app.ingest_schemas", "app.models", "app.schemas"]
    assert output.strip() == f"[] {[*client_modules, *wire_models]}"


# ── In-process, every endpoint ──────────────────────────────────────────────────────────────────────


def test_search_with_filters_facets_and_sort(archive: ArchiveClient) -> None:
    results = archive.search(
        '"sanctuary city"', facets=["outlet", "year"], sort="-published", per_page=2, has_statistics=True
    )
    assert isinstance(results, SearchResults)
    assert results.total >= 2 and len(results.items) == 2
    assert set(results.facets) == {"outlet", "year"}
    assert all(hit.snippets for hit in results.items)
    dated = archive.search(
        "ICE", published_from=date(2018, 3, 1), published_to=date(2018, 3, 31), outlet="Breitbart News"
    )
    assert [hit.id for hit in dated.items] == [DOCUMENT_ID]
    assert archive.search("ICE", official=ENTITY_ID).total == 3
    assert archive.search("ICE", entity="jeff-sessions", place="california").total >= 0


def test_iter_search_follows_the_cursor_to_every_hit(archive: ArchiveClient) -> None:
    total = archive.search("ICE").total
    hits = list(archive.iter_search("ICE", per_page=2))
    assert all(isinstance(hit, SearchHit) for hit in hits)
    assert len(hits) == total == 5
    assert len({hit.id for hit in hits}) == total


def test_export_streams_every_hit_as_summaries(archive: ArchiveClient) -> None:
    exported = list(archive.export("ICE", sort="published"))
    assert all(isinstance(item, DocumentSummary) for item in exported)
    assert sorted(item.id for item in exported) == sorted(hit.id for hit in archive.iter_search("ICE"))


def test_timeline(archive: ArchiveClient) -> None:
    timeline = archive.timeline("ICE", interval="year")
    assert timeline.interval == "year"
    assert sum(bucket.count for bucket in timeline.buckets) + timeline.undated == timeline.total


def test_documents_listing_record_and_similar(archive: ArchiveClient) -> None:
    first = archive.documents(per_page=2)
    assert first.total == 5 and len(first.items) == 2 and first.next is not None
    assert archive.documents(per_page=2, cursor=first.next).items[0].id not in {i.id for i in first.items}
    assert [item.id for item in archive.iter_documents(per_page=2)] == [
        item.id for item in archive.documents(per_page=5).items
    ]
    record = archive.document(DOCUMENT_ID)
    assert isinstance(record, DocumentRecord)
    assert record.statistics and record.text[record.statistics[0].start : record.statistics[0].end]
    similar = archive.similar(DOCUMENT_ID, per_page=2)
    assert 1 <= len(similar.items) <= 2 and DOCUMENT_ID not in {hit.id for hit in similar.items}
    # The corpus's five articles are five stories: no copies, and each its own cluster's original.
    assert archive.copies(DOCUMENT_ID).items == []
    assert record.cluster is not None and record.cluster.original == DOCUMENT_ID


def test_entities(archive: ArchiveClient) -> None:
    listing = archive.entities(kind="official", per_page=3)
    assert listing.items and all(item.kind == "official" for item in listing.items)
    every = list(archive.iter_entities(per_page=7))
    assert len(every) == archive.entities().total
    assert archive.entities(q="Homan").items[0].entity_id == ENTITY_ID
    detail = archive.entity(ENTITY_ID)
    assert detail.name == "Thomas Homan" and detail.roles
    documents = archive.entity_documents(ENTITY_ID, sort="published")
    assert documents.total == 3 and documents.items[0].snippets
    assert len(list(archive.iter_entity_documents(ENTITY_ID, per_page=1))) == 3
    quotes = archive.entity_quotes(ENTITY_ID, per_page=2)
    speaker = quotes.items[0].speaker
    assert quotes.total >= 1 and speaker is not None and speaker.entity_id == ENTITY_ID
    assert len(list(archive.iter_entity_quotes(ENTITY_ID, per_page=1))) == quotes.total


def test_statistics_filters_and_groups(archive: ArchiveClient) -> None:
    homicides = archive.statistics("homicides")
    assert homicides.total >= 1 and all(row.counts for row in homicides.items)
    counts = archive.statistics(kind="count", minimum=1000, maximum=10_000)
    assert counts.items and all(1000 <= row.value <= 10_000 for row in counts.items)
    in_document = archive.statistics(document=DOCUMENT_ID, per_page=100)
    assert {row.document_id for row in in_document.items} == {DOCUMENT_ID}
    assert archive.statistics(entity="dhs").total >= 1
    assert archive.statistics(place="california").total >= 1
    with pytest.raises(BadRequest, match="nowhere-at-all"):
        archive.statistics(place="nowhere-at-all")
    every = list(archive.iter_statistics(per_page=7))
    assert len(every) == archive.statistics().total
    groups = archive.statistic_groups(min_members=2, min_sources=0, disagree=None)
    assert groups.total == len(groups.items) and all(len(group.members) >= 2 for group in groups.items)


def test_typo_tolerance_on_search_timeline_and_export(archive: ArchiveClient) -> None:
    assert archive.search("santcuary").total == 0
    tolerant = archive.search("santcuary", typo_tolerance=True)
    assert tolerant.total == archive.search("sanctuary").total >= 1
    assert archive.timeline("santcuary", typo_tolerance=True).total == tolerant.total
    assert len(list(archive.export("santcuary", typo_tolerance=True))) == tolerant.total
    assert len(list(archive.iter_search("santcuary", typo_tolerance=True, per_page=2))) == tolerant.total


def test_entity_statistics_are_the_figures_attributed_to_it(archive: ArchiveClient) -> None:
    listing = archive.entity_statistics("dhs", per_page=3)
    assert listing.total == archive.statistics(attributed_to="dhs").total >= 1
    assert all(row.attributed_to and row.attributed_to.entity_id == "dhs" for row in listing.items)
    assert len(list(archive.iter_entity_statistics("dhs", per_page=3))) == listing.total
    either = archive.statistics(attributed_to=["dhs", "ice"]).total
    assert either == listing.total + archive.statistics(attributed_to="ice").total


def test_health_readiness_and_metrics(archive: ArchiveClient) -> None:
    assert archive.health().status == "ok"
    readiness = archive.readiness()
    assert readiness.ready and readiness.documents == 5
    assert "archive_" in archive.metrics()


# ── Errors carry the problem details ────────────────────────────────────────────────────────────────


def test_not_found_carries_the_problem(archive: ArchiveClient) -> None:
    with pytest.raises(NotFound) as caught:
        archive.document("no-such-document")
    error = caught.value
    assert error.status == 404
    assert error.problem.title == "Document not found"
    assert error.problem.type.endswith("/document-not-found")
    assert error.problem.instance == "/v1/documents/no-such-document"
    assert error.request_id
    with pytest.raises(NotFound):
        archive.entity("no-such-entity")


def test_invalid_query_is_a_bad_request_with_its_position(archive: ArchiveClient) -> None:
    with pytest.raises(BadRequest) as caught:
        archive.search('"unbalanced')
    assert caught.value.problem.position == 0
    assert "Unbalanced quote" in str(caught.value)


def test_invalid_parameters_are_unprocessable_with_field_errors(archive: ArchiveClient) -> None:
    with pytest.raises(Unprocessable) as caught:
        archive.statistics(minimum=10, maximum=1)
    assert caught.value.problem.errors
    with pytest.raises(Unprocessable):
        archive.search("ICE", facets="colour")
    assert issubclass(Unprocessable, ApiError)


def test_api_keys(corpus_index: Path) -> None:
    settings = Settings(
        index_dir=corpus_index,
        api_keys=["right-key-0123456789"],
        require_key_for_reads=True,
        _env_file=None,
    )
    with TestClient(create_app(settings)) as http:
        with pytest.raises(Unauthorized) as missing:
            ArchiveClient(http_client=http).search("ICE")
        assert missing.value.headers["www-authenticate"].startswith("Bearer")
        with pytest.raises(Forbidden):
            ArchiveClient(http_client=http, api_key="wrong-key").search("ICE")
        assert ArchiveClient(http_client=http, api_key="right-key-0123456789").search("ICE").total == 5


def test_an_unready_server_answers_readiness_and_refuses_searches(tmp_path: Path) -> None:
    sleeps = Sleeps()
    settings = Settings(index_dir=tmp_path, _env_file=None)
    with TestClient(create_app(settings)) as http:
        archive = ArchiveClient(http_client=http, sleep=sleeps, retry=RetryPolicy(attempts=2))
        readiness = archive.readiness()
        assert not readiness.ready and readiness.detail
        with pytest.raises(ServiceUnavailable) as caught:
            archive.search("ICE")
    assert caught.value.retry_after == 30
    # One retry, after the server's own Retry-After.
    assert sleeps.seconds == [30.0]


# ── Retries over scripted transports ────────────────────────────────────────────────────────────────


def test_503_with_retry_after_is_retried_after_that_long() -> None:
    transport, seen = scripted([problem(503, "Search timed out", **{"Retry-After": "2"}), healthy()])
    sleeps = Sleeps()
    archive = ArchiveClient(
        "http://archive.test", http_client=httpx.Client(transport=transport), sleep=sleeps
    )
    assert archive.health().status == "ok"
    assert sleeps.seconds == [2.0]
    assert len(seen) == 2


def test_429_and_connection_errors_back_off_exponentially() -> None:
    transport, seen = scripted(
        [
            httpx.ConnectError("refused"),
            problem(429, "Too many requests"),
            httpx.ReadTimeout("slow"),
            healthy(),
        ]
    )
    sleeps = Sleeps()
    policy = RetryPolicy(attempts=4, backoff=0.25, max_backoff=0.75)
    archive = ArchiveClient(
        "http://archive.test", http_client=httpx.Client(transport=transport), retry=policy, sleep=sleeps
    )
    assert archive.health().status == "ok"
    assert sleeps.seconds == [0.25, 0.5, 0.75]
    assert len(seen) == 4


def test_retries_are_bounded_and_the_last_problem_is_raised() -> None:
    transport, seen = scripted([problem(429, "Too many requests", **{"Retry-After": "1"}) for _ in range(3)])
    sleeps = Sleeps()
    archive = ArchiveClient(
        "http://archive.test",
        http_client=httpx.Client(transport=transport),
        retry=RetryPolicy(attempts=3),
        sleep=sleeps,
    )
    with pytest.raises(TooManyRequests) as caught:
        archive.health()
    assert caught.value.retry_after == 1
    assert sleeps.seconds == [1.0, 1.0] and len(seen) == 3


def test_a_long_retry_after_is_capped() -> None:
    policy = RetryPolicy(max_retry_after=5)
    assert policy.delay(0, "120") == 5
    assert policy.delay(0, "Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert policy.delay(3, None) == 4.0


def test_unreachable_server_is_a_transport_error_after_the_retries() -> None:
    sleeps = Sleeps()
    archive = ArchiveClient(f"http://127.0.0.1:{free_port()}", retry=RetryPolicy(attempts=3), sleep=sleeps)
    with archive, pytest.raises(TransportError) as caught:
        archive.health()
    assert "ConnectError" in str(caught.value)
    assert sleeps.seconds == [0.5, 1.0]


def test_other_errors_are_not_retried_and_non_problem_bodies_still_raise() -> None:
    transport, seen = scripted([httpx.Response(502, text="<html>Bad gateway</html>")])
    archive = ArchiveClient("http://archive.test", http_client=httpx.Client(transport=transport))
    with pytest.raises(ServerError) as caught:
        archive.health()
    assert caught.value.problem.type == "about:blank"
    assert "Bad gateway" in caught.value.problem.detail
    assert len(seen) == 1


def test_a_body_off_the_schema_is_an_invalid_response() -> None:
    transport, _ = scripted([httpx.Response(200, json={"status": "sleeping"})])
    archive = ArchiveClient("http://archive.test", http_client=httpx.Client(transport=transport))
    with pytest.raises(InvalidResponse):
        archive.health()


def test_requests_carry_the_key_base_path_and_api_parameters() -> None:
    body = {"query": "", "total": 0, "page": 1, "per_page": 10, "items": [], "took_ms": 1.0}
    transport, seen = scripted([httpx.Response(200, json=body)])
    archive = ArchiveClient(
        "http://archive.test/base/", api_key="k-123", http_client=httpx.Client(transport=transport)
    )
    archive.search(
        "a b",
        facets=["outlet", "year"],
        has_statistics=False,
        published_from=date(2018, 1, 2),
        lenient=True,
        typo_tolerance=True,
        outlet=["A", "B"],
    )
    request = seen[0]
    assert request.url.path == "/base/v1/search"
    assert sorted(request.url.params.multi_items()) == [
        ("facets", "outlet"),
        ("facets", "year"),
        ("has_statistics", "false"),
        ("lenient", "true"),
        ("outlet", "A"),
        ("outlet", "B"),
        ("published_from", "2018-01-02"),
        ("q", "a b"),
        ("typo_tolerance", "true"),
    ]
    assert request.headers["authorization"] == "Bearer k-123"


def test_statistics_filters_use_the_api_names_and_repeat_lists() -> None:
    body = {"total": 0, "page": 1, "per_page": 10, "items": []}
    transport, seen = scripted([httpx.Response(200, json=body)])
    archive = ArchiveClient("http://archive.test", http_client=httpx.Client(transport=transport))
    archive.statistics("jobs", minimum=1.5, maximum=10, attributed_to=["dhs", "ice"], kind=None)
    assert sorted(seen[0].url.params.multi_items()) == [
        ("attributed_to", "dhs"),
        ("attributed_to", "ice"),
        ("max", "10"),
        ("min", "1.5"),
        ("q", "jobs"),
    ]


# ── Ingest ──────────────────────────────────────────────────────────────────────────────────────────

WRITER_KEY = "client-writer-key"
ARTICLE = DocumentIn(
    id="gazette-jail-budget",
    title="Council Approves Jail Budget",
    text="The county council voted on Tuesday to approve a $12 million jail budget. "
    "Sheriff Dana Whitfield said the money would pay for 40 new deputies.",
    published=date(2019, 5, 2),
    outlet="Example Gazette",
)


def test_ingest_create_replace_bulk_and_delete(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(CORPUS_DIR, index_dir, workers=1)
    settings = Settings(index_dir=index_dir, api_keys=[WRITER_KEY], _env_file=None)
    with TestClient(create_app(settings)) as http:
        with pytest.raises(Unauthorized):
            ArchiveClient(http_client=http).create_document(ARTICLE)
        archive = ArchiveClient(http_client=http, api_key=WRITER_KEY)
        created = archive.create_document(ARTICLE)
        assert (created.id, created.status) == ("gazette-jail-budget", "created")
        assert archive.create_document(ARTICLE).status == "unchanged"
        renamed = ARTICLE.model_copy(update={"title": "Council Passes Jail Budget"})
        replaced = archive.replace_document(ARTICLE.id or "", renamed)
        assert replaced.status == "updated" and replaced.content_hash != created.content_hash
        assert [hit.id for hit in archive.search("deputies").items] == ["gazette-jail-budget"]
        assert archive.document("gazette-jail-budget").title is not None

        second = ARTICLE.model_copy(update={"id": "gazette-second", "text": "Another council story."})
        bulk = archive.bulk_documents([renamed, second])
        assert (bulk.created, bulk.unchanged, bulk.rejected) == (1, 1, 0)
        assert [line.status for line in bulk.results] == ["unchanged", "created"]

        archive.delete_document("gazette-second")
        with pytest.raises(NotFound):
            archive.document("gazette-second")
        with pytest.raises(NotFound):
            archive.delete_document("gazette-second")


def test_a_create_that_may_have_arrived_is_not_sent_twice_but_a_replace_is() -> None:
    result = {"id": "x", "status": "created", "content_hash": "0" * 64}
    transport, seen = scripted(
        [httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"), httpx.Response(201, json=result)]
    )
    sleeps = Sleeps()
    archive = ArchiveClient(
        "http://archive.test", http_client=httpx.Client(transport=transport), sleep=sleeps
    )
    with pytest.raises(TransportError):
        archive.create_document(ARTICLE)
    assert len(seen) == 1 and seen[0].method == "POST"
    assert archive.replace_document("x", ARTICLE).status == "created"
    assert [request.method for request in seen] == ["POST", "PUT", "PUT"]


# ── Through a real uvicorn ──────────────────────────────────────────────────────────────────────────


def test_live_server(live_server: LiveServer) -> None:
    with ArchiveClient(live_server.url, timeout=10) as archive:
        assert archive.readiness().ready
        hits = list(archive.iter_search('"sanctuary city"', per_page=1))
        assert DOCUMENT_ID in {hit.id for hit in hits}
        assert archive.document(DOCUMENT_ID).id == DOCUMENT_ID
        assert len(list(archive.export())) == 5
        assert archive.entity(ENTITY_ID).name == "Thomas Homan"
        with pytest.raises(NotFound) as caught:
            archive.document("missing")
        assert caught.value.problem.status == 404


def test_async_client_against_the_live_server(live_server: LiveServer) -> None:
    async def scenario() -> tuple[int, list[str], int, str]:
        async with AsyncArchiveClient(live_server.url) as archive:
            total = (await archive.search("ICE", facets="outlet")).total
            hits = [hit.id async for hit in archive.iter_search("ICE", per_page=2)]
            exported = len([item async for item in archive.export("ICE")])
            return total, hits, exported, (await archive.document(DOCUMENT_ID)).id

    total, hits, exported, document_id = asyncio.run(scenario())
    assert total == len(hits) == exported == 5
    assert document_id == DOCUMENT_ID


# ── The async client in-process and over scripted transports ────────────────────────────────────────


def run_async(settings: Settings, use: Callable[[AsyncArchiveClient], object]) -> object:
    async def scenario() -> object:
        transport = httpx.ASGITransport(app=create_app(settings))
        async with httpx.AsyncClient(transport=transport, base_url="http://archive.test") as http:
            result = use(AsyncArchiveClient(http_client=http))
            return await result if asyncio.iscoroutine(result) else result

    return asyncio.run(scenario())


def test_async_client_in_process(settings: Settings) -> None:
    async def use(archive: AsyncArchiveClient) -> dict[str, object]:
        with pytest.raises(NotFound) as caught:
            await archive.entity("no-such-entity")
        return {
            "entities": len([item async for item in archive.iter_entities(per_page=10)]),
            "entity_total": (await archive.entities()).total,
            "documents": [item.id async for item in archive.iter_documents(per_page=2)],
            "statistics": len([row async for row in archive.iter_statistics(per_page=20)]),
            "statistic_total": (await archive.statistics()).total,
            "similar": len((await archive.similar(DOCUMENT_ID, per_page=1)).items),
            "quotes": (await archive.entity_quotes(ENTITY_ID)).total,
            "attributed": len([row async for row in archive.iter_entity_statistics("dhs", per_page=3)]),
            "attributed_total": (await archive.entity_statistics("dhs")).total,
            "mentioning": (await archive.entity_documents(ENTITY_ID)).total,
            "groups": (await archive.statistic_groups()).total,
            "timeline": (await archive.timeline("ICE")).total,
            "ready": (await archive.readiness()).ready,
            "health": (await archive.health()).status,
            "missing": caught.value.problem.title,
        }

    outcome = run_async(settings, use)
    assert isinstance(outcome, dict)
    assert outcome["entities"] == outcome["entity_total"]
    assert outcome["statistics"] == outcome["statistic_total"]
    assert outcome["attributed"] == outcome["attributed_total"] >= 1
    assert len(outcome["documents"]) == 5
    assert outcome["similar"] == 1 and outcome["mentioning"] == 3 and outcome["timeline"] == 5
    assert outcome["ready"] is True and outcome["health"] == "ok"
    assert outcome["missing"] == "Entity not found"


def test_async_retries_honour_retry_after() -> None:
    sleeps = Sleeps()
    responses: Iterator[httpx.Response] = iter(
        [problem(503, "Index not ready", **{"Retry-After": "3"}), healthy()]
    )

    async def scenario() -> str:
        transport = httpx.MockTransport(lambda request: next(responses))
        async with httpx.AsyncClient(transport=transport) as http:
            archive = AsyncArchiveClient("http://archive.test", http_client=http, sleep=sleeps.asleep)
            return (await archive.health()).status

    assert asyncio.run(scenario()) == "ok"
    assert sleeps.seconds == [3.0]


def test_async_unreachable_server_is_a_transport_error() -> None:
    sleeps = Sleeps()

    async def scenario() -> None:
        async with AsyncArchiveClient(
            f"http://127.0.0.1:{free_port()}", retry=RetryPolicy(attempts=2), sleep=sleeps.asleep
        ) as archive:
            await archive.health()

    with pytest.raises(TransportError):
        asyncio.run(scenario())
    assert sleeps.seconds == [0.5]


def test_error_table_in_the_docstring_matches_the_classes() -> None:
    import app.client
    import app.client_errors as module

    doc = module.__doc__ or ""
    for status, error_class in module.ERRORS_BY_STATUS.items():
        assert f"{error_class.__name__} ({status})" in doc
    assert set(app.client.__all__) >= {error.__name__ for error in module.ERRORS_BY_STATUS.values()}


def test_the_sync_client_is_generated_from_the_async_one() -> None:
    check = [sys.executable, "scripts/unasync.py", "--check"]
    result = subprocess.run(check, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_both_clients_have_the_same_methods() -> None:
    def public(client: type[object]) -> set[str]:
        return {name for name in vars(client) if not name.startswith("_")}

    renamed = {"aclose": "close"}
    assert {renamed.get(name, name) for name in public(AsyncArchiveClient)} == public(ArchiveClient)


# ── The examples of docs/client.md run against a real server ───────────────────────────────────────

CLIENT_DOCS = ROOT / "docs" / "client.md"
DOCUMENTED_URL = "http://127.0.0.1:8000"
PYTHON_BLOCKS = [
    block
    for document in (CLIENT_DOCS, ROOT / "README.md")
    for block in re.findall(r"```python\n(.*?)```", document.read_text(encoding="utf-8"), flags=re.DOTALL)
]


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """uvicorn over its own copy of the corpus index, accepting WRITER_KEY for writes."""
    workspace = tmp_path_factory.mktemp("docs-server")
    build_index(CORPUS_DIR, workspace / "index", workers=1)
    server = start_server(workspace / "index", workspace / "server.log", env={"ARCHIVE_API_KEYS": WRITER_KEY})
    yield server
    stop_server(server)


def test_the_docs_have_python_examples() -> None:
    assert len(PYTHON_BLOCKS) >= 6


@pytest.mark.parametrize(
    "block", PYTHON_BLOCKS, ids=[f"block{number}" for number in range(len(PYTHON_BLOCKS))]
)
def test_docs_example_runs(block: str, writable_server: LiveServer) -> None:
    assert DOCUMENTED_URL in block, "every example talks to the documented server address"
    code = block.replace(DOCUMENTED_URL, writable_server.url)
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ | {"ARCHIVE_API_KEY": WRITER_KEY},
    )
    assert run.returncode == 0, f"{block}\n---\n{run.stderr}"
    assert run.stdout.strip(), "an example should show its result"
