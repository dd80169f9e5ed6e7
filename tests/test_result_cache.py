"""The result cache: repeated searches are served from memory, and any commit invalidates them."""

from __future__ import annotations

from pathlib import Path

from app.corpus import RawDocument, SuppliedMetadata
from app.index import Archive, SearchQuery, build_index
from app.index.cache import CachingEngine
from app.index.ingest import Ingestor
from tests.conftest import CORPUS_DIR


def test_a_repeated_search_is_served_from_the_cache_until_a_commit(tmp_path: Path) -> None:
    build_index(CORPUS_DIR, tmp_path / "index", workers=1)
    archive = Archive(tmp_path / "index", result_cache_size=8)
    engine = archive.current().engine
    assert isinstance(engine, CachingEngine)
    query = SearchQuery(text="zzcached")
    first = engine.search(query)
    assert engine.search(query) is first
    assert engine.search(SearchQuery(text="zzcached", limit=5)) is not first

    Ingestor(archive, lock_timeout=5).upsert(
        [RawDocument(id="cached", raw_text="A zzcached word.", metadata=SuppliedMetadata(), origin="test")]
    )
    after = engine.search(query)
    assert after is not first
    assert [hit.id for hit in after.hits] == ["cached"]
    archive.close()


def test_the_cache_keeps_at_most_its_size(tmp_path: Path) -> None:
    build_index(CORPUS_DIR, tmp_path / "index", workers=1)
    archive = Archive(tmp_path / "index", result_cache_size=2)
    engine = archive.current().engine
    pages = [engine.search(SearchQuery(text=word)) for word in ("detainer", "sanctuary", "Homan")]
    assert engine.search(SearchQuery(text="Homan")) is pages[2]
    assert engine.search(SearchQuery(text="detainer")) is not pages[0]
    archive.close()


def test_no_cache_when_its_size_is_zero(tmp_path: Path) -> None:
    build_index(CORPUS_DIR, tmp_path / "index", workers=1)
    archive = Archive(tmp_path / "index")
    assert not isinstance(archive.current().engine, CachingEngine)
    archive.close()
