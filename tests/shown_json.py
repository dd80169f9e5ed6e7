"""JSON as the docs show it, with `…` for what they leave out, matched against a live answer.

The shown text is JSON where `…` may stand for a value, for the rest of a list or object, or end a
string (a prefix). An object lists some of the answer's keys: each shown key must be there with a
matching value. A list shows every element, unless it ends with `…`. Numbers shown with fewer decimals
match when the live number rounds to them.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["VOLATILE_KEYS", "mismatches", "parse_shown"]

ELLIPSIS = "…"
REST = "\x00rest"
# Values that differ run to run or engine to engine, never compared.
VOLATILE_KEYS = frozenset({"took_ms", "request_id", "build_id", "built_at", "score", "duration_ms"})


def parse_shown(text: str) -> Any:
    """The shown JSON, with each bare `…` replaced by a marker the matcher understands."""
    out: list[str] = []
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            stack.append(char)
        elif char in "]}":
            stack.pop()
        elif char == ELLIPSIS:
            previous = "".join(out).rstrip()[-1:]
            in_object_member = stack and stack[-1] == "{" and previous in ",{"
            out.append(f"{json.dumps(REST)}: null" if in_object_member else json.dumps(REST))
            continue
        out.append(char)
    return json.loads("".join(out))


def mismatches(shown: Any, live: Any, path: str = "$") -> list[str]:
    """Where the live answer differs from what is shown: empty when it matches."""
    if shown == REST:
        return []
    if isinstance(shown, dict):
        if not isinstance(live, dict):
            return [f"{path}: shown an object, got {live!r}"]
        found: list[str] = []
        for key, value in shown.items():
            if key == REST or key in VOLATILE_KEYS:
                continue
            if key not in live:
                found.append(f"{path}.{key}: shown but not in the answer")
            else:
                found.extend(mismatches(value, live[key], f"{path}.{key}"))
        return found
    if isinstance(shown, list):
        if not isinstance(live, list):
            return [f"{path}: shown a list, got {live!r}"]
        open_ended = bool(shown) and shown[-1] == REST
        items = shown[:-1] if open_ended else shown
        if len(live) < len(items) or (not open_ended and len(live) != len(items)):
            return [f"{path}: shown {len(items)} items{' or more' if open_ended else ''}, got {len(live)}"]
        return [
            problem
            for index, item in enumerate(items)
            for problem in mismatches(item, live[index], f"{path}[{index}]")
        ]
    if isinstance(shown, str) and shown.endswith(ELLIPSIS) and isinstance(live, str):
        prefix = shown[: -len(ELLIPSIS)].rstrip()
        return [] if live.startswith(prefix) else [f"{path}: shown {shown!r}, got {live!r}"]
    if isinstance(shown, float) and isinstance(live, int | float) and not isinstance(live, bool):
        decimals = len(repr(shown).partition(".")[2])
        return [] if round(live, decimals) == shown else [f"{path}: shown {shown}, got {live}"]
    if shown != live or type(shown) is not type(live):
        return [f"{path}: shown {shown!r}, got {live!r}"]
    return []
