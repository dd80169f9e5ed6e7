"""Byte-identical extraction check: `python -m benchmarks.extract_identity {save,check} SNAPSHOT`.

`save` writes `extract_document(...).model_dump_json()` of every reference document to SNAPSHOT (JSON
Lines, one `[key, output]` per document); `check` extracts them again and lists every document whose
output differs. Run `save` before a speed change and `check` after it: a speed change changes no output.
The reference documents are the corpus, every article under `tests/data/` (a blind set still being
written lives outside the repository) and generated articles, with their supplied metadata and without.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.corpus import RawDocument, SuppliedMetadata, read_corpus, read_document_file
from app.extract import extract_document
from benchmarks.generator import NewsGenerator

ROOT = Path(__file__).resolve().parent.parent


def reference_documents(generated: int) -> Iterator[tuple[str, RawDocument]]:
    """(key, document) of every reference document, in a stable order."""
    for doc in read_corpus(ROOT / "corpus"):
        if isinstance(doc, RawDocument):
            yield f"corpus/{doc.id}", doc
    for directory in sorted((ROOT / "tests" / "data").iterdir()):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.txt")):
            yield f"{directory.name}/{path.name}", read_document_file(path)
    for article in NewsGenerator().articles(generated):
        record = article.as_record()
        yield (
            f"generated/{article.id}",
            RawDocument(article.id, article.text, SuppliedMetadata.model_validate(record), "generated"),
        )
        yield (
            f"generated-bare/{article.id}",
            RawDocument(article.id, article.text, SuppliedMetadata(), "generated"),
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Save the outputs, or compare them with a saved snapshot; exit 1 when any differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--generated", type=int, default=300)
    arguments = parser.parse_args(argv)
    outputs = {
        key: extract_document(doc).model_dump_json() for key, doc in reference_documents(arguments.generated)
    }
    if arguments.action == "save":
        with arguments.snapshot.open("w", encoding="utf-8") as out:
            for key, output in outputs.items():
                out.write(json.dumps([key, output]) + "\n")
        print(f"saved {len(outputs)} documents to {arguments.snapshot}")
        return 0
    with arguments.snapshot.open(encoding="utf-8") as lines:
        saved = dict(json.loads(line) for line in lines)
    differing = sorted(key for key in saved.keys() | outputs.keys() if saved.get(key) != outputs.get(key))
    for key in differing:
        print(f"differs: {key}")
    print(f"{len(outputs) - len(differing)} of {len(saved.keys() | outputs.keys())} documents identical")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
