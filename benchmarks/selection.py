"""Which systems a run measures (`--systems`), and what that means for the peers over HTTP.

A run measures every system by default. A subset (say ours with tantivy against FTS5 alone, to keep
a 100,000-document run short) leaves the others out of every table: the report shows them as "not
run" and the targets that need them as not measured in this run. Datasette serves the FTS5 database,
so a run that measures Datasette over HTTP must build FTS5.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["FTS5", "OURS", "SYSTEM_LABELS", "SYSTEM_NAMES", "check_selection", "parse_systems"]

# Our systems, one per engine: `ours_<engine>` in process and over HTTP.
OURS = ("ours_whoosh", "ours_tantivy")
FTS5 = "fts5"
SYSTEM_NAMES = (*OURS, FTS5, "naive_whoosh")
SYSTEM_LABELS = {
    "ours_whoosh": "ours (whoosh)",
    "ours_tantivy": "ours (tantivy)",
    FTS5: "SQLite FTS5",
    "naive_whoosh": "naive Whoosh",
}


def parse_systems(text: str) -> tuple[str, ...]:
    """A comma-separated list of system names, in the canonical order; ValueError names what is wrong."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise ValueError(f"name at least one system of: {', '.join(SYSTEM_NAMES)}")
    unknown = sorted({name for name in names if name not in SYSTEM_NAMES})
    if unknown:
        raise ValueError(
            f"unknown system {', '.join(map(repr, unknown))}; choose from: {', '.join(SYSTEM_NAMES)}"
        )
    return tuple(name for name in SYSTEM_NAMES if name in names)


def check_selection(systems: Iterable[str], *, datasette_measured: bool) -> None:
    """ValueError when the selection cannot be measured as asked."""
    selected = tuple(systems)
    parse_systems(",".join(selected))
    if datasette_measured and FTS5 not in selected:
        raise ValueError(
            "fts5 is required when Datasette is measured over HTTP (it serves the FTS5 database): "
            "add fts5 to --systems, or pass --no-datasette or --no-http"
        )
