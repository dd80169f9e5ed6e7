"""Story clusters: the copies of one story in a build (wire reprints, near-duplicates), beside the records.

A document joins the cluster of every document with the same normalized title or URL, or whose body
is a near-duplicate of its own: the Jaccard similarity of their word shingles, estimated by MinHash
(datasketch), at or above the build's threshold. Candidates come from the LSH bands of the signatures,
kept in SQLite so a write finds them without loading the archive; clusters are the connected components
of those matches. A write reassigns only what it touches: an added document merges the clusters it
matches, a removed one splits its cluster again if it was the bridge.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np

from app.index.engine import title_and_body
from app.index.record_json import StoredRecord
from app.index.sqlite import ThreadConnections
from app.models import DocumentRecord, StoryCluster

# datasketch imports scipy (1.2 s, most of a server's start) while a reader needs it only to compare
# stored signatures: each function that builds a MinHash imports it when first called.
if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = ["DEFAULT_THRESHOLD", "ClusterWriter", "StoryClusters", "cluster_ids_in", "shingles"]

# Measured on the fixture of `python -m benchmarks.clusters`: recall 1.0 from 0.30 to 0.45, precision 1.0 throughout.
DEFAULT_THRESHOLD = 0.4
PERMUTATIONS = 128
SCHEME = "affine32"
# The affine32 scheme's hash values are 32-bit: stored as such, a signature takes 512 bytes, not 1,024.
_HASH_DTYPE = np.uint32
SHINGLE_WORDS = 3
# A headline of fewer words ("Obituaries", "Letters to the editor") is shared by unrelated stories.
MIN_TITLE_WORDS = 4

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cluster_settings (name TEXT PRIMARY KEY, value REAL NOT NULL);
-- cluster_id is NULL only inside a write, while a split cluster's members are reassigned.
CREATE TABLE IF NOT EXISTS cluster_documents (
    doc_id TEXT PRIMARY KEY, cluster_id TEXT, published TEXT, wire_own INTEGER NOT NULL,
    title_key TEXT, url_key TEXT, signature BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS cluster_documents_cluster ON cluster_documents (cluster_id);
CREATE INDEX IF NOT EXISTS cluster_documents_title ON cluster_documents (title_key);
CREATE INDEX IF NOT EXISTS cluster_documents_url ON cluster_documents (url_key);
-- A document's bands are found again from its stored signature, so the table is its one key. (Builds written
-- before this kept the bands in a rowid table with a second index on doc_id; the same statements work on both.)
CREATE TABLE IF NOT EXISTS cluster_bands (
    band INTEGER NOT NULL, key INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (band, key, doc_id)
) WITHOUT ROWID;
"""
_WORD = re.compile(r"\w+")
_MARKS = ",".join


def shingles(text: str) -> set[str]:
    """The runs of SHINGLE_WORDS lowercased words of a text (its words, when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return set(words)
    return set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)))


_hashers = threading.local()


def _hasher() -> MinHash:
    """This thread's MinHash, emptied for each signature: making one parses its permutations (most of the cost)."""
    minhash: MinHash | None = getattr(_hashers, "minhash", None)
    if minhash is None:
        from datasketch import MinHash

        # crc32 is a stable 32-bit hash (what the affine32 scheme takes) several times faster than sha1.
        minhash = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME, hashfunc=zlib.crc32)
        _hashers.minhash = minhash
    return minhash


def _signature(text: str) -> np.ndarray:
    """The MinHash hash values of the text's shingles (the scheme and seed are fixed: stored ones compare)."""
    minhash = _hasher()
    minhash.clear()
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles(text)])
    return np.asarray(minhash.hashvalues, dtype=_HASH_DTYPE)


def _similarity(signature: bytes, other: bytes) -> float:
    """MinHash's Jaccard estimate of two stored signatures: the share of equal hash values."""
    own, theirs = np.frombuffer(signature, dtype=_HASH_DTYPE), np.frombuffer(other, dtype=_HASH_DTYPE)
    return float(np.count_nonzero(own == theirs)) / float(len(own))


def _title_key(record: DocumentRecord) -> str | None:
    words = _WORD.findall(record.title.value.lower()) if record.title else []
    return " ".join(words) if len(words) >= MIN_TITLE_WORDS else None


def _url_key(url: str | None) -> str | None:
    """Host without `www.` and path without a trailing slash: scheme, query and fragment vary by copy."""
    if not url:
        return None
    parts = urlsplit(url.strip().lower())
    host = parts.netloc.removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else None


def _is_wire_own(record: DocumentRecord) -> bool:
    """The wire's own copy: the document credits a wire and is published by that wire."""
    if record.syndication is None or record.outlet is None:
        return False

    def key(name: str) -> str:
        return name.lower().removeprefix("the ")

    return key(record.outlet.value) == key(record.syndication.wire)


@lru_cache(maxsize=8)
def _bands(threshold: float) -> list[tuple[int, int]]:
    """The LSH bands (hash ranges) datasketch chooses for the threshold.

    A missed copy is weighed far above a false candidate: every candidate's similarity is checked anyway.
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS, weights=(0.1, 0.9))
    ranges: list[tuple[int, int]] = lsh.hashranges
    return ranges


def _band_keys(hashvalues: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    return [
        (
            band,
            int.from_bytes(hashlib.blake2b(hashvalues[s:e].tobytes(), digest_size=8).digest(), signed=True),
        )
        for band, (s, e) in enumerate(_bands(threshold))
    ]


_CLUSTER_IDS_IN = (
    "SELECT doc_id, cluster_id FROM cluster_documents WHERE cluster_id IS NOT NULL AND doc_id IN ({marks})"
)


def cluster_ids_in(connection: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[str, str]:
    """Document id -> cluster id, for the ids that have one."""
    ids = list(dict.fromkeys(doc_ids))
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        found.update(
            connection.execute(_CLUSTER_IDS_IN.format(marks=_MARKS("?" * len(batch))), batch).fetchall()
        )
    return found


class ClusterWriter:
    """Keeps a build's clusters in step with its records, on the writer's connection (one commit)."""

    def __init__(self, connection: sqlite3.Connection, *, threshold: float | None = None) -> None:
        self._connection = connection
        connection.executescript(_SCHEMA)
        if threshold is not None:
            connection.execute(
                "INSERT OR REPLACE INTO cluster_settings VALUES ('threshold', ?)", (threshold,)
            )
            self.threshold = threshold
        else:
            row = connection.execute("SELECT value FROM cluster_settings WHERE name = 'threshold'").fetchone()
            self.threshold = float(row[0]) if row else DEFAULT_THRESHOLD
        self._moved: set[str] = set()

    def moved(self) -> set[str]:
        """Documents whose cluster a merge or a split changed since the last call (and forget them)."""
        moved, self._moved = self._moved, set()
        return moved

    def add(self, record: DocumentRecord) -> None:
        """Store the document's signature and put it in the cluster of every document it matches."""
        self.remove(record.id)
        hashvalues = _signature(title_and_body(record)[1])
        self._connection.execute(
            "INSERT INTO cluster_documents VALUES (?, NULL, ?, ?, ?, ?, ?)",
            (
                record.id,
                record.published.value.isoformat() if record.published else None,
                int(_is_wire_own(record)),
                _title_key(record),
                _url_key(record.url),
                hashvalues.tobytes(),
            ),
        )
        self._connection.executemany(
            "INSERT INTO cluster_bands VALUES (?, ?, ?)",
            [(band, key, record.id) for band, key in self._band_keys(hashvalues)],
        )
        self._assign(record.id)

    def remove(self, doc_id: str) -> None:
        """Forget the document; the rest of its cluster is reassigned, since it may have been the bridge."""
        row = self._connection.execute(
            "SELECT cluster_id, signature FROM cluster_documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return
        self._connection.execute("DELETE FROM cluster_documents WHERE doc_id = ?", (doc_id,))
        self._connection.executemany(
            "DELETE FROM cluster_bands WHERE band = ? AND key = ? AND doc_id = ?",
            [(band, key, doc_id) for band, key in self._band_keys(np.frombuffer(row[1], dtype=_HASH_DTYPE))],
        )
        members = [
            member
            for (member,) in self._connection.execute(
                "SELECT doc_id FROM cluster_documents WHERE cluster_id = ? ORDER BY doc_id", (row[0],)
            ).fetchall()
        ]
        self._connection.execute(
            "UPDATE cluster_documents SET cluster_id = NULL WHERE cluster_id = ?", (row[0],)
        )
        self._moved.update(members)
        for member in members:
            self._assign(member)

    def _matches(self, doc_id: str) -> set[str]:
        """Assigned documents with the same title or URL key, or a near-duplicate body."""
        connection = self._connection
        title_key, url_key, signature = connection.execute(
            "SELECT title_key, url_key, signature FROM cluster_documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        matched = {
            other
            for (other,) in connection.execute(
                "SELECT doc_id FROM cluster_documents WHERE cluster_id IS NOT NULL AND doc_id != ?"
                " AND (title_key = ? OR url_key = ?)",
                (doc_id, title_key, url_key),
            )
        }
        bands = self._band_keys(np.frombuffer(signature, dtype=_HASH_DTYPE))
        banded = " OR ".join(["(b.band = ? AND b.key = ?)"] * len(bands))
        candidates = connection.execute(
            "SELECT DISTINCT d.doc_id, d.signature FROM cluster_bands b"
            " JOIN cluster_documents d ON d.doc_id = b.doc_id"
            f" WHERE ({banded}) AND b.doc_id != ? AND d.cluster_id IS NOT NULL",
            [*(value for band in bands for value in band), doc_id],
        ).fetchall()
        for other, other_signature in candidates:
            if other not in matched and _similarity(signature, other_signature) >= self.threshold:
                matched.add(other)
        return matched

    def _band_keys(self, hashvalues: np.ndarray) -> list[tuple[int, int]]:
        return _band_keys(hashvalues, self.threshold)

    def _assign(self, doc_id: str) -> None:
        """Put the document in the cluster of what it matches, merging those clusters into one."""
        clusters = sorted(set(cluster_ids_in(self._connection, self._matches(doc_id)).values()))
        cluster_id = clusters[0] if clusters else doc_id
        self._connection.execute(
            "UPDATE cluster_documents SET cluster_id = ? WHERE doc_id = ?", (cluster_id, doc_id)
        )
        if len(clusters) > 1:
            merged = f"cluster_id IN ({_MARKS('?' * (len(clusters) - 1))})"
            self._moved.update(
                member
                for (member,) in self._connection.execute(
                    f"SELECT doc_id FROM cluster_documents WHERE {merged}", clusters[1:]
                )
            )
            self._connection.execute(
                f"UPDATE cluster_documents SET cluster_id = ? WHERE {merged}", [cluster_id, *clusters[1:]]
            )


_MEMBER_ORDER = "wire_own DESC, published IS NULL, published, doc_id"
_MEMBERS_IN_ORDER = f"SELECT doc_id FROM cluster_documents WHERE cluster_id = ? ORDER BY {_MEMBER_ORDER}"
# A document's stored record with its cluster's id, size and original (the first member in order), in one read.
_RECORD_AND_CLUSTER = f"""
SELECT documents.record, documents.text, own.cluster_id,
    (SELECT count(*) FROM cluster_documents WHERE cluster_id = own.cluster_id) AS size,
    (SELECT doc_id FROM cluster_documents WHERE cluster_id = own.cluster_id ORDER BY {_MEMBER_ORDER} LIMIT 1)
        AS original
FROM documents LEFT JOIN cluster_documents AS own ON own.doc_id = documents.id AND own.cluster_id IS NOT NULL
WHERE documents.id = ?
"""


class StoryClusters:
    """Read side of the clusters, through the build's query-only connection per thread (any thread may call)."""

    def __init__(self, path: Path, connections: ThreadConnections | None = None) -> None:
        self.path = path
        self._connections = connections or ThreadConnections(path)

    def _cluster_ids(self, doc_ids: list[str]) -> dict[str, str]:
        ids = list(dict.fromkeys(doc_ids))
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            rows = self._connections.fetch(_CLUSTER_IDS_IN.format(marks=_MARKS("?" * len(batch))), batch)
            found.update((row["doc_id"], row["cluster_id"]) for row in rows)
        return found

    def _members(self, cluster_id: str) -> list[str]:
        return [row["doc_id"] for row in self._connections.fetch(_MEMBERS_IN_ORDER, (cluster_id,))]

    def of(self, doc_id: str) -> StoryCluster | None:
        """The document's cluster, or None for a document the build does not hold."""
        cluster_id = self._cluster_ids([doc_id]).get(doc_id)
        if cluster_id is None:
            return None
        members = self._members(cluster_id)
        return StoryCluster(id=cluster_id, size=len(members), original=members[0])

    def stored_record(self, doc_id: str) -> tuple[StoredRecord, StoryCluster | None] | None:
        """The document's record as stored and its cluster (as `of` gives it), in one read; None without one."""
        rows = self._connections.fetch(_RECORD_AND_CLUSTER, (doc_id,))
        if not rows:
            return None
        row = rows[0]
        cluster_id = row["cluster_id"]
        cluster = (
            None
            if cluster_id is None
            else StoryCluster(id=cluster_id, size=row["size"], original=row["original"])
        )
        return StoredRecord(row["record"], row["text"]), cluster

    def members(self, doc_id: str) -> list[str]:
        """Every member of the document's cluster, itself included: the original first, then by date."""
        cluster_id = self._cluster_ids([doc_id]).get(doc_id)
        return [] if cluster_id is None else self._members(cluster_id)

    def clusters_of(self, doc_ids: list[str]) -> tuple[dict[str, str], dict[str, int]]:
        """Cluster id by document id, and the size of each of those clusters."""
        clusters = self._cluster_ids(doc_ids)
        ids = sorted(set(clusters.values()))
        sizes: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            rows = self._connections.fetch(
                "SELECT cluster_id, count(*) AS size FROM cluster_documents"
                f" WHERE cluster_id IN ({_MARKS('?' * len(batch))}) GROUP BY cluster_id",
                batch,
            )
            sizes.update((row["cluster_id"], row["size"]) for row in rows)
        return clusters, sizes
