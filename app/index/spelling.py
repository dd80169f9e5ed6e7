"""Spelling suggestions for every engine, from a word-frequency table in the build's SQLite store.

The record writer keeps the table in step with the records (full builds and ingests alike), so a
suggestion never depends on which engine searches the build. A word of the query that the archive
never uses is replaced by the closest word it does use (edit distance at most 2, then the most
frequent); the corrected query is offered only when it finds more documents than the original.

The same words are kept with the term each is indexed as (`spelling_terms`), so highlighting can look
for the few words that yield a query's terms instead of analyzing every word of every hit (`Vocabulary`).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable

from rapidfuzz.distance import OSA

from app.errors import InvalidQuery
from app.index.analysis import TOKEN_PATTERN, index_form, trigrams
from app.index.sqlite import ThreadConnections
from app.models import DocumentRecord

__all__ = ["SpellingWriter", "Suggester", "Vocabulary", "edit_distance", "spelling_text"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS spelling_words (word TEXT PRIMARY KEY, frequency INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spelling_trigrams (
    trigram TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (trigram, word)
) WITHOUT ROWID;
"""
# Added to a store written before it existed together with the words already there, in one transaction:
# a reader that sees the table sees every word in it.
TERMS_SCHEMA = """
BEGIN;
CREATE TABLE spelling_terms (term TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (term, word)) WITHOUT ROWID;
INSERT INTO spelling_terms SELECT index_form(word), word FROM spelling_words;
COMMIT;
"""
_HAS_TERMS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'spelling_terms'"
MAX_DISTANCE = 2
MAX_CANDIDATES = 2000

_WORD = re.compile(TOKEN_PATTERN)
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


def spelling_text(record: DocumentRecord) -> str:
    """The words suggestions are drawn from: title and text, unstemmed."""
    title = record.title.value if record.title else ""
    return f"{title}\n{record.text}"


def _words(text: str) -> Iterable[str]:
    # Each word lowercased on its own: lowercasing the text first could change where words end (U+0130).
    return map(str.lower, _WORD.findall(text))


def edit_distance(left: str, right: str, limit: int = MAX_DISTANCE) -> int:
    """Optimal-string-alignment distance (a transposition is one edit), or `limit + 1` once beyond it."""
    return OSA.distance(left, right, score_cutoff=limit)


class SpellingWriter:
    """Counts words as records come and go, and writes the change on `flush` (inside the caller's commit)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._connection.executescript(SCHEMA)
        if connection.execute(_HAS_TERMS).fetchone() is None:
            connection.create_function("index_form", 1, index_form, deterministic=True)
            connection.executescript(TERMS_SCHEMA)
        self._change: Counter[str] = Counter()

    def add(self, text: str) -> None:
        self._change.update(_words(text))

    def remove(self, text: str) -> None:
        self._change.subtract(_words(text))

    def discard(self) -> None:
        self._change.clear()

    def flush(self) -> None:
        execute = self._connection.execute
        added = sorted(word for word, change in self._change.items() if change > 0)
        new_words: list[str] = []
        for start in range(0, len(added), 500):
            batch = added[start : start + 500]
            marks = ",".join("?" * len(batch))
            known = {
                word for (word,) in execute(f"SELECT word FROM spelling_words WHERE word IN ({marks})", batch)
            }
            new_words.extend(word for word in batch if word not in known)
        # New words go in with their count, in key order (B-tree pages filled in turn, not split at random).
        self._connection.executemany(
            "INSERT INTO spelling_words VALUES (?, ?)", [(word, self._change[word]) for word in new_words]
        )
        self._connection.executemany(
            "INSERT OR IGNORE INTO spelling_terms VALUES (?, ?)",
            sorted((index_form(word), word) for word in new_words),
        )
        self._connection.executemany(
            "INSERT OR IGNORE INTO spelling_trigrams VALUES (?, ?)",
            sorted((trigram, word) for word in new_words for trigram in trigrams(word)),
        )
        counted = set(new_words)
        self._connection.executemany(
            "UPDATE spelling_words SET frequency = frequency + ? WHERE word = ?",
            [(change, word) for word, change in self._change.items() if change and word not in counted],
        )
        gone = [word for word, change in self._change.items() if change < 0]
        for start in range(0, len(gone), 500):
            batch = gone[start : start + 500]
            marks = ",".join("?" * len(batch))
            dropped = [
                word
                for (word,) in execute(
                    f"SELECT word FROM spelling_words WHERE frequency <= 0 AND word IN ({marks})", batch
                )
            ]
            self._connection.executemany("DELETE FROM spelling_words WHERE word = ?", [(w,) for w in dropped])
            self._connection.executemany(
                "DELETE FROM spelling_trigrams WHERE word = ?", [(w,) for w in dropped]
            )
            self._connection.executemany(
                "DELETE FROM spelling_terms WHERE term = ? AND word = ?",
                [(index_form(w), w) for w in dropped],
            )
        self._change.clear()


class Suggester:
    """Reads the table of one build through the build's query-only connection per thread."""

    def __init__(self, connections: ThreadConnections) -> None:
        self._connections = connections

    def correct(self, text: str) -> str:
        """The text with every word the archive does not use replaced by its best correction."""
        corrected, cursor = [], 0
        for match in _WORD.finditer(text):
            if not self._correctable(text, match):
                continue
            word = match.group().lower()
            replacement = self._best(word)
            if replacement is not None and replacement != word:
                corrected.append(text[cursor : match.start()])
                corrected.append(replacement)
                cursor = match.end()
        corrected.append(text[cursor:])
        return "".join(corrected)

    @staticmethod
    def _correctable(text: str, match: re.Match[str]) -> bool:
        """Query words, not operators, field names, field-qualified terms, wildcards, boosts or numbers."""
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        return (
            match.group().isalpha()
            and match.group() not in _OPERATORS
            and before not in ":^*?"
            and after not in ":*?"
        )

    def _best(self, word: str) -> str | None:
        if self._connections.fetch("SELECT 1 FROM spelling_words WHERE word = ?", (word,)):
            return None
        word_trigrams = sorted(trigrams(word))
        # Each edit changes at most three of the padded trigrams.
        shared = max(1, len(word_trigrams) - 3 * MAX_DISTANCE)
        marks = ",".join("?" * len(word_trigrams))
        rows = self._connections.fetch(
            f"""SELECT t.word, w.frequency FROM spelling_trigrams t JOIN spelling_words w ON w.word = t.word
            WHERE t.trigram IN ({marks}) AND abs(length(t.word) - ?) <= ?
            GROUP BY t.word HAVING count(*) >= ? ORDER BY count(*) DESC, w.frequency DESC LIMIT ?""",
            [*word_trigrams, len(word), MAX_DISTANCE, shared, MAX_CANDIDATES],
        )
        ranked = sorted(
            (distance, -frequency, candidate)
            for candidate, frequency in rows
            if (distance := edit_distance(word, candidate)) <= MAX_DISTANCE
        )
        return ranked[0][2] if ranked else None

    def suggest(self, text: str, hits: Callable[[str], int]) -> str | None:
        """A corrected query when it finds more documents than `text` (by the engine's `hits` count)."""
        stripped = text.strip()
        if not stripped:
            return None
        try:
            corrected = self.correct(stripped)
        except sqlite3.OperationalError:  # a build written before the table existed
            return None
        if corrected == stripped:
            return None
        try:
            return corrected if hits(corrected) > hits(stripped) else None
        except InvalidQuery:
            return None


class Vocabulary:
    """The archive's lowercased words by the term each is indexed as, read through the build's connections."""

    def __init__(self, connections: ThreadConnections) -> None:
        self._connections = connections
        self._has_terms: bool | None = None

    def words_for(self, terms: Collection[str]) -> frozenset[str] | None:
        """Every word of the archive whose term is one of `terms`; None for a build without the table."""
        if self._has_terms is None:
            self._has_terms = bool(self._connections.fetch(_HAS_TERMS))
        if not self._has_terms:
            return None
        wanted = sorted(terms)
        words: set[str] = set()
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._connections.fetch(f"SELECT word FROM spelling_terms WHERE term IN ({marks})", batch)
            words.update(row["word"] for row in rows)
        return frozenset(words)
