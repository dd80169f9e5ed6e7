"""Results tables written as lines of text: `VVD 33 (41)`, `Ireland 4`, each figure counting its row's label.

A line is a row when it holds only a label in capitals and one figure, with an optional earlier figure in
brackets, and a line next to it (past blank lines) is a row too: one such line alone is no table.
"""

from __future__ import annotations

import re

__all__ = ["table_row_label"]

_ROW = re.compile(
    r"[ \t]*(?P<label>(?=[\w'’&.-]*[A-Za-z])[A-Z0-9][\w'’&.-]*(?:[ \t]+[A-Z0-9][\w'’&.-]*){0,3})"
    r"[ \t]+\d[\d,.]*(?:[ \t]*\(\d[\d,.]*\))?[ \t]*"
)


# A row is a label of up to four words and two figures; a longer line is running text.
_LONGEST_ROW = 80


def _line(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _neighbour(text: str, start: int, end: int, step: int) -> tuple[int, int] | None:
    """The nearest line with text before (`step` -1) or after (+1) the line `start`…`end`."""
    while True:
        if step < 0:
            if start == 0:
                return None
            start, end = _line(text, start - 1)
        else:
            if end >= len(text):
                return None
            start, end = _line(text, end + 1)
        if text[start:end].strip():
            return start, end


def table_row_label(text: str, position: int) -> str | None:
    """The label of the results-table row holding the figure at `position`, or None when it is in no row."""
    start, end = _line(text, position)
    if end - start > _LONGEST_ROW:
        return None
    row = _ROW.fullmatch(text, start, end)
    if row is None or position < row.end("label"):
        return None
    for step in (-1, 1):
        neighbour = _neighbour(text, start, end, step)
        if neighbour is not None and _ROW.fullmatch(text, *neighbour):
            return row["label"]
    return None
