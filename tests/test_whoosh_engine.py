"""The Whoosh engine's own matchers, scorer and array evaluation against Whoosh's: same documents, same
scores, to the bit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh import index
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from app.index.whoosh_arrays import array_matches
from app.index.whoosh_columns import ColumnTables, TableBM25F
from app.index.whoosh_docsets import DocSetQuery
from app.index.whoosh_keyset import KeysetCollector, scored_page
from app.index.whoosh_phrase import WordPhrase
from app.index.whoosh_postings import position_lists, read_postings
from app.index.whoosh_schema import build_schema

SENTENCES = [
    "The police chief said the chief of police would resign.",
    "Police said the chief was not available; police chief Ana Ortiz declined.",
    "A chief, the police say, is appointed by the council.",
    "The fire chief and the police union met the city manager.",
    "City manager Lee told the city council that the manager post is open.",
    "Chief police officer, police, chief: words in no order.",
    "The county commissioner and the attorney general spoke.",
]


def _document(number: int) -> dict[str, Any]:
    body = " ".join(SENTENCES[(number + shift) % len(SENTENCES)] for shift in range(1 + number % 4))
    return {
        "id": f"doc-{number:03d}",
        "title": SENTENCES[number % len(SENTENCES)] if number % 3 == 0 else "A report",
        "body": body,
        "outlet": ["gazette", "herald", ""][number % 3] or None,
        "year": 2000 + number % 5,
    }


@pytest.fixture(scope="module")
def searchers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    """Whoosh's default searcher and ours over one index of two segments with deletions (enough documents
    that the frequent words' postings take several blocks)."""
    directory: Path = tmp_path_factory.mktemp("whoosh-engine")
    whoosh_index = index.create_in(str(directory), build_schema())
    for first, last in ((0, 150), (150, 300)):
        writer = whoosh_index.writer()
        for number in range(first, last):
            writer.add_document(**{k: v for k, v in _document(number).items() if v is not None})
        writer.commit(merge=False)
    writer = whoosh_index.writer()
    writer.delete_by_term("id", "doc-005")
    writer.delete_by_term("id", "doc-151")
    writer.commit(merge=False)
    opened = FileStorage(str(directory), supports_mmap=False).open_index()
    whoosh_searcher = opened.searcher()
    ours = opened.searcher(weighting=TableBM25F(ColumnTables()))
    assert len(whoosh_searcher.leaf_searchers()) == 2
    yield whoosh_searcher, ours
    whoosh_searcher.close()
    ours.close()


def _hits(searcher: Any, query: Any) -> list[tuple[int, float]]:
    return [(hit.docnum, hit.score) for hit in searcher.search(query, limit=None)]


@pytest.mark.parametrize("slop", [1, 2, 4])
@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("body", ["polic", "chief"]),
        ("body", ["chief", "polic"]),
        ("body", ["citi", "manag"]),
        ("title", ["polic", "chief"]),
        ("body", ["attorney", "general"]),
        ("body", ["polic", "nowher"]),
        ("body", ["the", "polic", "chief"]),
    ],
)
def test_word_phrase_matches_and_scores_as_whoosh_phrase(
    searchers: tuple[Any, Any], field: str, words: list[str], slop: int
) -> None:
    whoosh_searcher, _ = searchers
    for boost in (1.0, 2.0):
        expected = _hits(whoosh_searcher, wq.Phrase(field, words, slop=slop, boost=boost))
        assert _hits(whoosh_searcher, WordPhrase(field, words, slop=slop, boost=boost)) == expected
    if words == ["polic", "chief"]:
        assert expected, "the phrase should match something"


@pytest.mark.parametrize(
    "query",
    [
        wq.Or([wq.Term("title", "polic", boost=2.0), wq.Term("body", "polic")]),
        wq.And(
            [
                wq.Or([wq.Term("title", "chief", boost=2.0), wq.Term("body", "chief")]),
                wq.Or([wq.Term("title", "council", boost=2.0), wq.Term("body", "council")]),
            ]
        ),
        wq.Term("body", "manag"),
    ],
)
def test_scores_from_length_tables_are_whoosh_bm25f_scores(searchers: tuple[Any, Any], query: Any) -> None:
    whoosh_searcher, ours = searchers
    expected = _hits(whoosh_searcher, query)
    assert expected
    assert _hits(ours, query) == expected


def test_a_document_set_narrows_a_walk_without_changing_its_scores(searchers: tuple[Any, Any]) -> None:
    whoosh_searcher, _ = searchers
    text = wq.Or([wq.Term("title", "chief", boost=2.0), wq.Term("body", "chief")])
    everything = dict(_hits(whoosh_searcher, text))
    allowed = {5, 6, 7, 149, 150, 151, 163, 299, 500}
    narrowed = _hits(whoosh_searcher, wq.And([text, DocSetQuery(allowed)]))
    assert narrowed
    assert dict(narrowed) == {docnum: score for docnum, score in everything.items() if docnum in allowed}
    assert _hits(whoosh_searcher, wq.And([text, DocSetQuery(set())])) == []


@pytest.mark.parametrize("field", ["outlet", "year", "id"])
def test_column_tables_hold_what_the_column_readers_return(searchers: tuple[Any, Any], field: str) -> None:
    whoosh_searcher, _ = searchers
    reader = whoosh_searcher.reader()
    column = reader.column_reader(field)
    expected = []
    for docnum in range(reader.doc_count_all()):
        try:
            expected.append(column[docnum])
        except IndexError:
            expected.append(None)
    assert ColumnTables().column(whoosh_searcher, field) == expected


_TITLE_OR_BODY = [
    wq.Or([wq.Term("title", word, boost=2.0), wq.Term("body", word)])
    for word in ("polic", "chief", "council")
]


@pytest.mark.parametrize(
    "query",
    [
        wq.Term("body", "manag"),
        wq.Term("body", "nowher"),
        wq.Term("title", "polic", boost=2.0),
        _TITLE_OR_BODY[0],
        wq.Or([wq.Term("title", "chief", boost=2.0), wq.Term("body", "chief")], boost=1.5),
        wq.And(_TITLE_OR_BODY[1:]),
        wq.And([_TITLE_OR_BODY[0], wq.Term("body", "nowher")]),
        wq.And([_TITLE_OR_BODY[1]], boost=3.0),
        wq.Or([WordPhrase("title", ["polic", "chief"], boost=2.0), WordPhrase("body", ["polic", "chief"])]),
        WordPhrase("body", ["chief", "polic"], slop=3),
        WordPhrase("body", ["citi", "manag"], slop=2, boost=0.5),
        WordPhrase("body", ["polic", "nowher"]),
        wq.And([WordPhrase("body", ["citi", "council"]), _TITLE_OR_BODY[0]]),
    ],
)
def test_array_matches_are_the_walks_documents_and_scores(searchers: tuple[Any, Any], query: Any) -> None:
    _, ours = searchers
    found = array_matches(query, ours, ColumnTables())
    assert found is not None
    docs, scores = found
    assert docs.tolist() == sorted(docs.tolist())
    assert dict(zip(docs.tolist(), scores.tolist(), strict=True)) == dict(_hits(ours, query))


@pytest.mark.parametrize(
    "query",
    [
        wq.Or(_TITLE_OR_BODY),  # three parts: Whoosh's tree decides the order of the additions
        wq.Not(wq.Term("body", "polic")),
        wq.Prefix("body", "pol"),
        wq.FuzzyTerm("body", "polic"),
        wq.Phrase("body", ["the", "polic", "chief"]),
        wq.And([_TITLE_OR_BODY[0], DocSetQuery({1, 2})]),
    ],
)
def test_array_matches_leave_other_queries_to_the_walk(searchers: tuple[Any, Any], query: Any) -> None:
    _, ours = searchers
    assert array_matches(query, ours, ColumnTables()) is None


def test_posting_lists_read_whole_are_the_matchers_postings(searchers: tuple[Any, Any]) -> None:
    whoosh_searcher, _ = searchers
    several_blocks = 0
    for subsearcher, _ in whoosh_searcher.leaf_searchers():
        reader = subsearcher.reader()
        for field in ("title", "body"):
            field_format = reader.schema[field].format
            decode = field_format.decoder("positions")
            for term in reader.lexicon(field):
                # Fresh leaf matchers, without the deletion filter (read_postings leaves that to its caller).
                ids, weights, values = read_postings(
                    reader._terms.matcher(field, term, field_format), with_values=True
                )
                assert values is not None
                expected_weights = reader._terms.matcher(field, term, field_format).items_as("weight")
                assert list(zip(ids, weights, strict=True)) == list(expected_weights)
                positions = [decode(value) for value in values]
                expected_positions = reader._terms.matcher(field, term, field_format).items_as("positions")
                assert list(zip(ids, positions, strict=True)) == list(expected_positions)
                flat, counts = position_lists(field_format, values)
                assert [part.tolist() for part in np.split(flat, np.cumsum(counts)[:-1])] == positions
                several_blocks += len(ids) > 128
    assert several_blocks, "some posting list should span several blocks"


@pytest.mark.parametrize("depth", [1, 3, 10, 40])
def test_a_page_from_arrays_is_the_keyset_collectors_page(searchers: tuple[Any, Any], depth: int) -> None:
    _, ours = searchers
    ids = ColumnTables().column(ours, "id")
    query = wq.And(_TITLE_OR_BODY[:2])
    found = array_matches(query, ours, ColumnTables())
    assert found is not None
    after = None
    # Page by page to the end, through ties (the fixture repeats its sentences, so scores repeat).
    for _ in range(400):
        collector = KeysetCollector(column=None, after=after, limit=depth, ids=ids)
        ours.search_with_collector(query, collector)
        expected = collector.hit_keys()
        assert scored_page(*found, ids=ids, after=after, limit=depth) == expected
        if len(expected) < depth:
            break
        after = expected[-1]
    else:
        pytest.fail("the pages should end")


def test_array_matches_within_a_document_set_are_the_narrowed_walks(searchers: tuple[Any, Any]) -> None:
    _, ours = searchers
    allowed = {5, 6, 7, 149, 150, 151, 163, 299, 500}
    found = array_matches(_TITLE_OR_BODY[1], ours, ColumnTables(), allowed)
    assert found is not None
    narrowed = _hits(ours, wq.And([_TITLE_OR_BODY[1], DocSetQuery(allowed)]))
    assert narrowed
    assert dict(zip(found[0].tolist(), found[1].tolist(), strict=True)) == dict(narrowed)
