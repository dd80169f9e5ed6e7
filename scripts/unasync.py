"""Write the sync client from the async one, as httpcore does: `python scripts/unasync.py [--check]`.

The async client (`app/client_async.py`) is the only source; this rewrites its tokens (`async def` to
`def`, `await x` to `x`, `AsyncIterator` to `Iterator`, …) and lets ruff tidy the imports and layout of
the result, so `app/client_sync.py` is never edited by hand. With `--check` it writes nothing and exits 1
when the file on disk differs from what it would write (the test suite runs this).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "app" / "client_async.py"
TARGET = ROOT / "app" / "client_sync.py"
DOCSTRING = (
    '"""The synchronous client, generated from `app/client_async.py` by `scripts/unasync.py`: do not edit."""'
)

# Whole words only, so `aclose` becomes `close` but `_aclose_pool` would not change.
RENAMES = {
    "AsyncArchiveClient": "ArchiveClient",
    "AsyncIterator": "Iterator",
    "AsyncClient": "Client",
    "aclose": "close",
    "aread": "read",
    "aiter_lines": "iter_lines",
    "aiter_pages": "iter_pages",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "asyncio": "time",
    "asynchronous": "synchronous",
}
KEYWORDS = [(r"\basync (def|for|with)\b", r"\1"), (r"\bawait ", "")]


def unwrap_awaitable(code: str) -> str:
    """`Awaitable[X]` becomes `X`, brackets inside X included."""
    marker = "Awaitable["
    while (start := code.find(marker)) != -1:
        depth, position = 1, start + len(marker)
        while depth:
            depth += {"[": 1, "]": -1}.get(code[position], 0)
            position += 1
        code = code[:start] + code[start + len(marker) : position - 1] + code[position:]
    return code


def unasync(code: str) -> str:
    """The sync twin of the async client's source, before ruff's fixes."""
    body = code.split("\n", 1)[1]  # past the source's one-line docstring
    for pattern, replacement in KEYWORDS:
        body = re.sub(pattern, replacement, body)
    for old, new in RENAMES.items():
        body = re.sub(rf"\b{re.escape(old)}\b", new, body)
    return DOCSTRING + "\n" + unwrap_awaitable(body)


def ruff(arguments: list[str], code: str) -> str:
    """`code` passed through ruff with the project's settings, as if it were the target file."""
    command = [sys.executable, "-m", "ruff", *arguments, "--stdin-filename", str(TARGET), "-"]
    result = subprocess.run(command, input=code, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"ruff {' '.join(arguments)} failed:\n{result.stderr}{result.stdout}")
    return result.stdout


def generate() -> str:
    """The sync client's source as it should be on disk."""
    code = unasync(SOURCE.read_text(encoding="utf-8"))
    # Unsafe fixes too: `for item in items: yield item` (all an async generator can say) becomes `yield from`.
    code = ruff(["check", "--fix", "--unsafe-fixes", "--quiet"], code)
    return ruff(["format", "--quiet"], code)


def main() -> int:
    """Write the sync client, or with `--check` report whether it is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the generated file is out of date")
    arguments = parser.parse_args()
    generated = generate()
    if arguments.check:
        if TARGET.read_text(encoding="utf-8") != generated:
            print(f"{TARGET.relative_to(ROOT)} is stale: run python scripts/unasync.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(generated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
