"""The systems measured in process: our index (the real code path), SQLite FTS5 and naive Whoosh.

Each one builds an index of the same generated corpus and answers a `BenchQuery`, returning the
number of hits it produced (a sanity check that all systems did comparable work).

- `OursSystem`: `app.index.build_index` (cleaning and extraction included) with one engine (`whoosh`
  or `tantivy`, one instance each, named `ours_<engine>`) and `Archive.current()` with the result
  cache off, with the same `SearchQuery` the API sends.
- `Fts5System`: standard library sqlite3, an FTS5 table with the porter tokenizer over a `docs`
  table (external content), ranked by bm25 with the total count, as an application would do it.
- `NaiveWhooshSystem`: the setup Whoosh's documentation shows: `StemmingAnalyzer`, body stored,
  the default (compound) writer, a searcher per query and `hit.highlights()`.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from benchmarks.workload import BenchQuery

if TYPE_CHECKING:
    from app.index.engine import EngineName

__all__ = [
    "BuildResult",
    "Fts5System",
    "NaiveWhooshSystem",
    "OursSystem",
    "System",
    "directory_size",
    "read_records",
]


@dataclass(frozen=True)
class BuildResult:
    documents: int
    seconds: float
    size_bytes: int
    parts: dict[str, int]
    label: str = ""

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


class System(Protocol):
    name: str

    def build(self, corpus_dir: Path) -> BuildResult: ...

    def run(self, query: BenchQuery) -> int | None:
        """Answer the query; the number of hits returned, or None when the system cannot run it."""
        ...

    def close(self) -> None: ...


def directory_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def read_records(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    for path in sorted(corpus_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def _fts_expression(query: BenchQuery) -> str:
    if query.phrase:
        return '"' + " ".join(query.terms) + '"'
    return " AND ".join(query.terms)


def _whoosh_expression(query: BenchQuery) -> str:
    # The same text for our parser and Whoosh's: `a AND b`, `"a b"`.
    return _fts_expression(query)


class OursSystem:
    """The product: `build_index` with one engine, and that engine as the API uses it (uncached)."""

    def __init__(self, index_dir: Path, *, engine: EngineName = "whoosh", workers: int | None = None) -> None:
        self.index_dir = index_dir
        self.engine: EngineName = engine
        self.name = f"ours_{engine}"
        self.workers = workers
        self._archive: Any = None
        self._time_limit: float | None = None

    def build(self, corpus_dir: Path) -> BuildResult:
        from app.index import build_index

        shutil.rmtree(self.index_dir, ignore_errors=True)
        report = build_index(corpus_dir, self.index_dir, workers=self.workers, engine=self.engine)
        build_dir = report.build_dir
        parts = {path.name: directory_size(path) for path in sorted(build_dir.iterdir())}
        engine = json.loads((build_dir / "manifest.json").read_text()).get("engine", "unknown")
        return BuildResult(
            report.documents, report.seconds, directory_size(build_dir), parts, label=f"engine: {engine}"
        )

    def open(self) -> None:
        from app.config import Settings
        from app.index import Archive

        self._time_limit = Settings(_env_file=None).search_time_limit
        # The uncached path: the service's result cache would turn repeated queries into lookups.
        self._archive = Archive(self.index_dir, result_cache_size=0)

    def run(self, query: BenchQuery) -> int | None:
        from app.index import SearchQuery

        if self._archive is None:
            self.open()
        # As the routes do: the current build per request, records from its store, hits from its engine.
        build = self._archive.current()
        if query.doc_id:
            return 1 if build.records.get(query.doc_id) is not None else 0
        page = build.engine.search(
            SearchQuery(
                text=_whoosh_expression(query),
                published_from=query.published_from,
                published_to=query.published_to,
                limit=10,
                snippets=query.snippets,
                facets=("outlet",) if query.facet_outlets else (),
                time_limit=self._time_limit,
            )
        )
        return len(page.hits)

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
        self._archive = None


FTS5_SCHEMA = """
CREATE TABLE docs (id TEXT PRIMARY KEY, title TEXT, published TEXT, outlet TEXT, url TEXT, body TEXT);
CREATE VIRTUAL TABLE docs_fts USING fts5(
    title, body, content="docs", content_rowid="rowid", tokenize="porter unicode61"
);
"""


class Fts5System:
    """SQLite FTS5 (porter) in process: ranked top 10 plus the total count, one open connection."""

    name = "fts5"

    def __init__(self, database: Path) -> None:
        self.database = database
        self._connection: sqlite3.Connection | None = None

    def build(self, corpus_dir: Path) -> BuildResult:
        self.database.unlink(missing_ok=True)
        started = time.perf_counter()
        count = 0
        connection = sqlite3.connect(self.database)
        try:
            connection.executescript(FTS5_SCHEMA)
            with connection:
                for record in read_records(corpus_dir):
                    connection.execute(
                        "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            record["id"],
                            record.get("title"),
                            record.get("published"),
                            record.get("outlet"),
                            record.get("url"),
                            record["text"],
                        ),
                    )
                    count += 1
                connection.execute("INSERT INTO docs_fts(docs_fts) VALUES ('rebuild')")
                connection.execute("CREATE INDEX docs_published ON docs (published)")
        finally:
            connection.close()
        seconds = time.perf_counter() - started
        size = directory_size(self.database)
        return BuildResult(count, seconds, size, {"sqlite": size})

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)
        return self._connection

    def run(self, query: BenchQuery) -> int | None:
        connection = self._open()
        if query.doc_id:
            row = connection.execute("SELECT * FROM docs WHERE id = ?", (query.doc_id,)).fetchone()
            return 1 if row else 0
        where = "docs_fts MATCH ?"
        params: list[str] = [_fts_expression(query)]
        if query.published_from and query.published_to:
            where += " AND d.published BETWEEN ? AND ?"
            params += [query.published_from.isoformat(), query.published_to.isoformat()]
        connection.execute(
            f"SELECT count(*) FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid WHERE {where}", params
        ).fetchone()
        if query.facet_outlets:
            connection.execute(
                "SELECT d.outlet, count(*) AS hits FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid "
                f"WHERE {where} GROUP BY d.outlet ORDER BY hits DESC",
                params,
            ).fetchall()
        snippet = ", snippet(docs_fts, 1, '<em>', '</em>', '…', 24)" if query.snippets else ""
        rows = connection.execute(
            f"SELECT d.id, d.title, d.published, d.outlet, d.url{snippet} "
            f"FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid WHERE {where} ORDER BY rank LIMIT 10",
            params,
        ).fetchall()
        return len(rows)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class NaiveWhooshSystem:
    """Whoosh as its quick-start shows it, on the raw corpus text (no cleaning, no extraction)."""

    name = "naive_whoosh"

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._index: Any = None

    def build(self, corpus_dir: Path) -> BuildResult:
        from whoosh import index
        from whoosh.analysis import StemmingAnalyzer
        from whoosh.fields import DATETIME, ID, TEXT, Schema

        shutil.rmtree(self.index_dir, ignore_errors=True)
        self.index_dir.mkdir(parents=True)
        started = time.perf_counter()
        schema = Schema(
            id=ID(stored=True, unique=True),
            title=TEXT(analyzer=StemmingAnalyzer(), stored=True),
            body=TEXT(analyzer=StemmingAnalyzer(), stored=True),
            published=DATETIME(stored=True),
            outlet=ID(stored=True),
        )
        created = index.create_in(str(self.index_dir), schema)
        writer = created.writer()
        count = 0
        for record in read_records(corpus_dir):
            writer.add_document(
                id=record["id"],
                title=record.get("title") or "",
                body=record["text"],
                published=datetime.fromisoformat(record["published"]),
                outlet=record.get("outlet") or "",
            )
            count += 1
        writer.commit()
        created.close()
        seconds = time.perf_counter() - started
        size = directory_size(self.index_dir)
        return BuildResult(count, seconds, size, {"whoosh": size})

    def run(self, query: BenchQuery) -> int | None:
        from whoosh import index
        from whoosh.qparser import MultifieldParser
        from whoosh.query import DateRange

        if self._index is None:
            self._index = index.open_dir(str(self.index_dir))
        with self._index.searcher() as searcher:
            if query.doc_id:
                return 1 if searcher.document(id=query.doc_id) else 0
            parsed = MultifieldParser(["title", "body"], self._index.schema).parse(_whoosh_expression(query))
            date_filter = None
            if query.published_from and query.published_to:
                date_filter = DateRange(
                    "published", _midnight(query.published_from), _midnight(query.published_to)
                )
            results = searcher.search(
                parsed, limit=10, filter=date_filter, groupedby="outlet" if query.facet_outlets else None
            )
            if query.facet_outlets:
                results.groups("outlet")
            len(results)  # the total, as an API would report it
            # With groupedby, Whoosh's results hold every hit, not the top `limit`: take the page only.
            page = results[:10]
            hits = [dict(hit) for hit in page]
            if query.snippets:
                for hit in page:
                    hit.highlights("body", top=query.snippets)
            return len(hits)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
