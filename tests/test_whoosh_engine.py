"""The Whoosh engine's own matchers and scorer against Whoosh's: same documents, same scores, to the bit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from whoosh import index
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from app.index.whoosh_columns import ColumnTables, TableBM25F
from app.index.whoosh_docsets import DocSetQuery
from app.index.whoosh_phrase import WordPhrase
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
    """Whoosh's default searcher and ours over one index of two segments with a deletion."""
    directory: Path = tmp_path_factory.mktemp("whoosh-engine")
    whoosh_index = index.create_in(str(directory), build_schema())
    for first, last in ((0, 40), (40, 70)):
        writer = whoosh_index.writer()
        for number in range(first, last):
            writer.add_document(**{k: v for k, v in _document(number).items() if v is not None})
        writer.commit(merge=False)
    writer = whoosh_index.writer()
    writer.delete_by_term("id", "doc-005")
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
    allowed = {5, 6, 7, 39, 40, 41, 63, 69, 500}
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
