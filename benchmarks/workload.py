"""The query classes, in one place, and the concrete queries of each drawn from the generated corpus.

A query class turns a `Workload` (terms, phrases, date ranges and ids picked from the corpus) into a
list of `BenchQuery`. Every system under test (our API, SQLite FTS5, naive Whoosh, Datasette) turns a
`BenchQuery` into its own call or URL, so all systems answer the same questions.

To add a class (entity listing and statistics range are waiting in `PLANNED_CLASSES`): give
`BenchQuery` the field it needs, add a `QueryClass` with a `make` function to `QUERY_CLASSES`, remove
it from `PLANNED_CLASSES`, and teach each system in `systems.py`/`http_targets.py` to run it (a
system that cannot returns None in process, or no URL over HTTP, and is reported as "n/a").
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks.generator import FUNCTION_WORDS

__all__ = [
    "PLANNED_CLASSES",
    "QUERY_CLASSES",
    "BenchQuery",
    "PlannedClass",
    "QueryClass",
    "Workload",
    "pick_workload",
]

# Stop words of Whoosh's StemmingAnalyzer (the naive baseline drops them) and query-syntax words.
_EXCLUDED = set(FUNCTION_WORDS) | {
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "have", "if", "in", "is",
    "it", "may", "not", "of", "on", "or", "tbd", "that", "the", "this", "to", "us", "we", "when",
    "will", "with", "yet", "you", "your", "near", "said",
}  # fmt: skip
_WORD = re.compile(r"[a-z]+")
_PHRASES_OF_TITLES = ("police chief", "attorney general", "city manager", "county commissioner", "fire chief")


@dataclass(frozen=True)
class BenchQuery:
    """One question, in engine-neutral form."""

    terms: tuple[str, ...] = ()
    phrase: bool = False
    published_from: date | None = None
    published_to: date | None = None
    snippets: int = 0
    facet_outlets: bool = False
    doc_id: str | None = None

    @property
    def label(self) -> str:
        if self.doc_id:
            return f"id={self.doc_id}"
        text = " ".join(self.terms)
        text = f'"{text}"' if self.phrase else " AND ".join(self.terms)
        if self.published_from:
            text += f" [{self.published_from}..{self.published_to}]"
        return text


@dataclass
class Workload:
    """Terms and ids picked from the corpus, seeded; every class draws its queries from these."""

    common_terms: list[str]
    rare_terms: list[str]
    and_pairs: list[tuple[str, str]]
    phrases: list[tuple[str, str]]
    date_ranges: list[tuple[str, date, date]]
    highlight_terms: list[str]
    doc_ids: list[str]
    scanned_documents: int = 0
    document_frequency: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "scanned_documents": self.scanned_documents,
            "common_terms": self.common_terms,
            "rare_terms": self.rare_terms,
            "and_pairs": [list(pair) for pair in self.and_pairs],
            "phrases": [" ".join(pair) for pair in self.phrases],
            "date_ranges": [[term, str(start), str(end)] for term, start, end in self.date_ranges],
            "highlight_terms": self.highlight_terms,
            "doc_ids": self.doc_ids,
        }


@dataclass(frozen=True)
class QueryClass:
    name: str
    description: str
    make: Callable[[Workload], list[BenchQuery]]


@dataclass(frozen=True)
class PlannedClass:
    name: str
    waiting_for: str


def _term(term: str) -> BenchQuery:
    return BenchQuery(terms=(term,))


QUERY_CLASSES: tuple[QueryClass, ...] = (
    QueryClass(
        "common term",
        "one of the most frequent content words (in 30–90 % of documents), top 10 by relevance",
        lambda w: [_term(t) for t in w.common_terms],
    ),
    QueryClass(
        "rare term",
        "a word in a handful of documents, top 10",
        lambda w: [_term(t) for t in w.rare_terms],
    ),
    QueryClass(
        "two-term AND",
        "two mid-frequency words that co-occur, both required",
        lambda w: [BenchQuery(terms=pair) for pair in w.and_pairs],
    ),
    QueryClass(
        "phrase",
        "a two-word phrase (official titles and bigrams seen in the corpus)",
        lambda w: [BenchQuery(terms=pair, phrase=True) for pair in w.phrases],
    ),
    QueryClass(
        "date-range filter",
        "a common word, published within one year",
        lambda w: [
            BenchQuery(terms=(term,), published_from=start, published_to=end)
            for term, start, end in w.date_ranges
        ],
    ),
    QueryClass(
        "top-10 with highlights",
        "a mid-frequency word, top 10 with snippets (ours and naive Whoosh: 3 per hit; FTS5: 1)",
        lambda w: [BenchQuery(terms=(term,), snippets=3) for term in w.highlight_terms],
    ),
    QueryClass(
        "facets",
        "a common word, top 10 plus hit counts per outlet over all matches",
        lambda w: [BenchQuery(terms=(term,), facet_outlets=True) for term in w.common_terms],
    ),
    QueryClass(
        "document by id",
        "one full record by id",
        lambda w: [BenchQuery(doc_id=doc_id) for doc_id in w.doc_ids],
    ),
)

# Not measured yet; listed so the report says what is not covered.
PLANNED_CLASSES: tuple[PlannedClass, ...] = (
    # Our API has these now, but no peer extracts entities or figures: they need an ours-only report row.
    PlannedClass("entity listing", "a peer-free row for GET /v1/entities (officials by mentions)"),
    PlannedClass("statistics range", "a peer-free row for GET /v1/statistics (figures within a value range)"),
)


def _records(corpus_dir: Path, limit: int) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    for path in sorted(corpus_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                records.append(json.loads(line))
                if len(records) >= limit:
                    return records
    return records


def pick_workload(corpus_dir: Path, *, seed: int, per_class: int = 20, scan_limit: int = 3000) -> Workload:
    """Queries drawn from the first `scan_limit` documents of the corpus (a seeded, fixed choice)."""
    rng = random.Random(f"{seed}:workload")
    records = _records(corpus_dir, scan_limit)
    documents = len(records)
    frequency: Counter[str] = Counter()
    tokenized: list[list[str]] = []
    for record in records:
        words = [w for w in _WORD.findall(record["text"].lower()) if len(w) > 2 and w not in _EXCLUDED]
        tokenized.append(_WORD.findall(record["text"].lower()))
        frequency.update(set(words))
    ranked = [word for word, _ in frequency.most_common()]
    common = ranked[:per_class]
    rare_pool = sorted(word for word, df in frequency.items() if 2 <= df <= max(2, documents // 500))
    mid_pool = sorted(word for word, df in frequency.items() if 0.03 * documents <= df <= 0.2 * documents)
    rare = rng.sample(rare_pool, min(per_class, len(rare_pool)))
    highlight = rng.sample(mid_pool, min(per_class, len(mid_pool)))
    mid = set(mid_pool)

    and_pairs: list[tuple[str, str]] = []
    phrases: list[tuple[str, str]] = [tuple(p.split()) for p in _PHRASES_OF_TITLES]  # type: ignore[misc]
    for _ in range(per_class * 50):
        if len(and_pairs) >= per_class and len(phrases) >= per_class:
            break
        words = tokenized[rng.randrange(documents)]
        candidates = sorted({w for w in words if w in mid})
        if len(and_pairs) < per_class and len(candidates) >= 2:
            first, second = rng.sample(candidates, 2)
            and_pairs.append((first, second))
        if len(phrases) < per_class and len(words) > 2:
            position = rng.randrange(len(words) - 1)
            pair = (words[position], words[position + 1])
            if all(w not in _EXCLUDED and len(w) > 2 and frequency[w] >= 0.01 * documents for w in pair):
                phrases.append(pair)

    years = sorted({record["published"][:4] for record in records})
    date_ranges: list[tuple[str, date, date]] = []
    for index in range(per_class):
        year = int(rng.choice(years))
        month = rng.randint(1, 12)
        start = date(year, month, 1)
        end = date(year + 1, month, 1)
        date_ranges.append((common[index % len(common)], start, end))

    ids = [records[rng.randrange(documents)]["id"] for _ in range(per_class)]
    return Workload(
        common_terms=common,
        rare_terms=rare,
        and_pairs=and_pairs,
        phrases=phrases[:per_class],
        date_ranges=date_ranges,
        highlight_terms=highlight,
        doc_ids=ids,
        scanned_documents=documents,
        document_frequency={w: frequency[w] for w in common + rare + highlight},
    )
