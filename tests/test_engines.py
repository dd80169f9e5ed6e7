"""The engines side by side: same analysis, same matches, same orders, facets and timelines; shared spelling."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Literal

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.index import ENGINE_NAMES, Archive, EngineName, SearchQuery, build_index
from app.index.analysis import TOKEN_PATTERN, analyze, find_terms, index_form, news_analyzer
from app.index.highlight import make_snippets
from app.index.ingest import Ingestor
from app.index.spelling import Suggester, Vocabulary, edit_distance
from app.index.sqlite import ThreadConnections
from app.index.store import RECORDS_FILE, RecordWriter
from app.schemas import SortOrder
from tests.conftest import CORPUS_DIR

QUERIES = [
    "detainer",
    "detain*",
    "de?ain*",
    '"sanctuary city"',
    '"sanctuary city"~3',
    "Homan AND NOT Sessions",
    "NOT detainer",
    "title:ICE",
    "Villanueva OR Lyons",
    "Giménez's",
    "ice ANDMAYBE homan",
    "(ICE OR DHS) AND California",
    "U.S.",
]


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[EngineName, Archive]]:
    opened: dict[EngineName, Archive] = {}
    for name in ENGINE_NAMES:
        index_dir = tmp_path_factory.mktemp(f"side-by-side-{name}")
        build_index(CORPUS_DIR, index_dir, workers=1, engine=name)
        opened[name] = Archive(index_dir)
    yield opened
    for archive in opened.values():
        archive.close()


def both(archives: dict[EngineName, Archive], query: SearchQuery) -> list[list[str]]:
    return [[hit.id for hit in archive.current().engine.search(query).hits] for archive in archives.values()]


def test_tantivy_indexes_exactly_the_tokens_of_the_whoosh_analyzer() -> None:
    texts = [path.read_text() for path in sorted(CORPUS_DIR.glob("*.txt"))]
    texts += ["Giménez’s U.S. 25,000 O'Neill Miami-Dade naïve ÉCOLE detainers' 1.3"]
    for text in texts:
        expected = [(t.startchar, t.endchar, t.text) for t in news_analyzer()(text, chars=True, mode="index")]
        assert analyze(text) == expected


def test_highlighting_finds_exactly_the_tokens_analysis_yields_for_the_terms() -> None:
    texts = [path.read_text() for path in sorted(CORPUS_DIR.glob("*.txt"))]
    texts += [
        "U.S. and U.S said, U.S.A and S.A; Trump's Trump’s trumps aa aaa a.-b b _x x_x",
        "saidsaid said- -said 'said' said's Giménez GIMENEZ gimenez's 25,000 25 1.3 3",
        # U+0130 lowercases to two characters: the lowercased text's offsets would shift.
        "İstanbul said, and SAID İİ said's Said",
        # KELVIN SIGN lowercases to an ASCII "k"; the curly quotes make the text non-ASCII.
        "\u212aansas said “Kansas” KANSAS \u212aANSAS kansas-city",
    ]
    term_sets = [
        {"said"},
        {"kansa", "kansas-city", "said"},
        {"u.s", "trump", "s.a", "a", "b", "x"},
        {"gimenez", "25,000", "3", "detain"},
        set(),
    ]
    # As the build's vocabulary gives them: every lowercased word of every text whose term is wanted.
    vocabulary = {word.lower() for text in texts for word in re.findall(TOKEN_PATTERN, text)}
    for text in texts:
        for terms in term_sets:
            expected = [token for token in analyze(text) if token[2] in terms]
            assert find_terms(text, terms) == expected
            words = {word for word in vocabulary if index_form(word) in terms}
            assert find_terms(text, terms, words) == expected


@pytest.mark.parametrize("count", [1, 3, 50])
def test_each_snippet_holds_exactly_the_matches_inside_it(count: int) -> None:
    """Windows over texts dense with matches (and sparse ones): every token found inside a snippet, no other."""
    dense = " ".join(f"Said {index}, he said; unsaid said-so SAID’s" for index in range(120))
    sparse = ("word " * 90 + "said ") * 12 + "said"
    for text in (dense, sparse, "said", "nothing here"):
        found = find_terms(text, {"said"})
        snippets = make_snippets(text, {"said"}, count)
        assert len(snippets) <= count and bool(snippets) == bool(found)
        for snippet in snippets:
            inside = [
                (start, end) for start, end, _ in found if snippet.start <= start and end <= snippet.end
            ]
            assert [(span.start, span.end) for span in snippet.matches] == inside
            assert snippet.highlighted.count("<em>") == len(inside)
        assert all(one.end <= other.start for one, other in pairwise(snippets))


@pytest.mark.parametrize("text", QUERIES)
def test_both_engines_find_the_same_documents(archives: dict[EngineName, Archive], text: str) -> None:
    whoosh, tantivy = both(archives, SearchQuery(text=text, limit=100))
    assert sorted(whoosh) == sorted(tantivy)
    totals = {archive.current().engine.search(SearchQuery(text=text)).total for archive in archives.values()}
    assert len(totals) == 1


@pytest.mark.parametrize("sort", ["published", "-published"])
@pytest.mark.parametrize("text", ["", "detainer", "sanctuary"])
def test_date_orders_are_identical_ties_broken_by_id(
    archives: dict[EngineName, Archive], sort: SortOrder, text: str
) -> None:
    query = SearchQuery(text=text, sort=sort, limit=100)
    whoosh, tantivy = both(archives, query)
    assert whoosh == tantivy
    for offset in range(len(whoosh)):
        page = SearchQuery(text=text, sort=sort, offset=offset, limit=2)
        assert both(archives, page) == [whoosh[offset : offset + 2]] * 2
    exported = [list(archive.current().engine.matching_ids(query)) for archive in archives.values()]
    assert exported == [whoosh, whoosh]


def test_facets_timelines_and_filters_agree(archives: dict[EngineName, Archive]) -> None:
    query = SearchQuery(text="", facets=("outlet", "year", "official", "person", "place", "organization"))
    facets = [archive.current().engine.search(query).facets for archive in archives.values()]
    assert facets[0] == facets[1]
    intervals: tuple[Literal["month", "year"], ...] = ("month", "year")
    for interval in intervals:
        counts = [
            archive.current().engine.published_counts(SearchQuery(text="sanctuary"), interval)
            for archive in archives.values()
        ]
        assert counts[0] == counts[1]
    for filtered in [
        SearchQuery(official=("thomas-homan",)),
        SearchQuery(entity=("thomas-homan",), text="Becerra"),
        # Every sample article cites a figure: False would match nothing in either engine.
        SearchQuery(has_statistics=True),
        SearchQuery(published_from=None, published_to=None, outlet=("BREITBART NEWS",)),
    ]:
        whoosh, tantivy = both(archives, filtered)
        assert whoosh and sorted(whoosh) == sorted(tantivy)


def test_snippets_are_the_same_in_both_engines(archives: dict[EngineName, Archive]) -> None:
    query = SearchQuery(text='detain* OR "sanctuary city"', sort="published", limit=100)
    pages = [archive.current().engine.search(query).hits for archive in archives.values()]
    assert [hit.snippets for hit in pages[0]] == [hit.snippets for hit in pages[1]]


def test_similar_never_returns_the_document(archives: dict[EngineName, Archive]) -> None:
    for archive in archives.values():
        build = archive.current()
        text = build.records.texts(["002_c27e403ad76bbf3b"])["002_c27e403ad76bbf3b"]
        similar = build.engine.similar("002_c27e403ad76bbf3b", text, 3)
        assert len(similar) == 3 and "002_c27e403ad76bbf3b" not in {doc_id for doc_id, _ in similar}
        assert build.engine.similar("nope", text, 3) == []


@pytest.mark.parametrize(
    ("left", "right", "distance"),
    [
        ("detainr", "detainer", 1),
        ("sanctuery", "sanctuary", 1),
        ("hte", "the", 1),
        ("abc", "xyz", 3),
        ("", "ab", 2),
    ],
)
def test_edit_distance(left: str, right: str, distance: int) -> None:
    assert edit_distance(left, right) == distance


def test_spelling_table_follows_writes_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / RECORDS_FILE
    writer = RecordWriter(path)
    record = extract_document(
        RawDocument(
            id="zyx-1",
            origin="api",
            raw_text="The quorum convened. The quorum adjourned.",
            metadata=SuppliedMetadata(title="Council quorum"),
        )
    )
    writer.add(record, origin="api")
    writer.commit()
    connections = ThreadConnections(path)
    suggester, vocabulary = Suggester(connections), Vocabulary(connections)
    assert suggester.correct("quorom convened") == "quorum convened"
    assert suggester.suggest("quorom", lambda text: 1 if text == "quorum" else 0) == "quorum"
    assert suggester.suggest("quorom", lambda text: 0) is None  # finds no more: no suggestion
    terms = {index_form("convened"), index_form("quorum")}
    assert vocabulary.words_for(terms) == frozenset({"convened", "quorum"})
    writer.add(record, origin="api")  # the same record again counts its words once
    writer.commit()
    assert writer.remove("zyx-1")
    writer.commit()
    writer.close()
    assert suggester.correct("quorom convened") == "quorom convened"
    assert vocabulary.words_for(terms) == frozenset()


def test_a_store_written_before_the_term_table_gets_it_whole(tmp_path: Path) -> None:
    path = tmp_path / RECORDS_FILE
    writer = RecordWriter(path)
    writer.add(
        extract_document(
            RawDocument(
                id="older",
                origin="corpus",
                raw_text="Officials said the councils convened; Giménez's office disagreed.",
                metadata=SuppliedMetadata(title="Councils"),
            )
        )
    )
    writer.finish()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE spelling_terms")
    connection.close()
    assert Vocabulary(ThreadConnections(path)).words_for({"council"}) is None  # highlighting scans the text

    RecordWriter(path).close()  # what an ingest into such a build does first
    with sqlite3.connect(path) as connection:
        words = [word for (word,) in connection.execute("SELECT word FROM spelling_words")]
        terms = set(connection.execute("SELECT term, word FROM spelling_terms"))
    connection.close()
    assert terms == {(index_form(word), word) for word in words} and "giménez's" in words
    found = Vocabulary(ThreadConnections(path)).words_for({"council", "gimenez"})
    assert found == frozenset({"councils", "giménez's"})


DATED = {
    "dated-a": date(2019, 12, 31),
    "dated-b": date(2020, 1, 1),
    "dated-c": date(2020, 6, 15),
    "dated-d": date(2020, 12, 31),
    "dated-e": date(2021, 1, 1),
    "undated": None,
}
WINDOWS = [
    (date(2020, 1, 1), date(2020, 12, 31)),
    (date(2020, 6, 15), date(2020, 6, 15)),
    (None, date(2020, 1, 1)),
    (date(2020, 12, 31), None),
    (date(2022, 1, 1), None),
]


def _in_window(published: date | None, start: date | None, end: date | None) -> bool:
    return (
        published is not None and (start is None or published >= start) and (end is None or published <= end)
    )


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_date_windows_include_both_ends_skip_undated_and_deleted_documents(
    tmp_path: Path, engine: EngineName
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        {"id": doc_id, "text": f"The council met on budget matters, report {doc_id}."}
        | ({"published": published.isoformat()} if published else {})
        for doc_id, published in DATED.items()
    ]
    (corpus / "dated.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    build_index(corpus, tmp_path / "index", workers=1, engine=engine)
    archive = Archive(tmp_path / "index")
    present = dict(DATED)
    for round_ in ("built", "after a deletion"):
        if round_ == "after a deletion":
            Ingestor(archive, lock_timeout=5).delete("dated-c")
            del present["dated-c"]
        for text in ("", "council"):
            for start, end in WINDOWS:
                query = SearchQuery(text=text, published_from=start, published_to=end, limit=100)
                page = archive.current().engine.search(query)
                expected = sorted(doc_id for doc_id, day in present.items() if _in_window(day, start, end))
                assert sorted(hit.id for hit in page.hits) == expected, (round_, text, start, end)
                assert page.total == len(expected)
    archive.close()
