"""Story clusters measured: pairwise precision and recall of "same cluster" on a labeled, generated fixture.

Every real article in the repository (the corpus and the real openings under tests/data, never the
held-back blind sets) is one story. A seeded generator copies each the way syndication does: a new
headline, trimmed or added paragraphs, an outlet's boilerplate, a wire credit, reflowed whitespace,
typo fixes, a re-crawled URL. Different articles, many on one topic, are different stories, and some
are made hard to keep apart: a story that quotes a whole paragraph of another. The fixture's documents
go through extraction and the archive's own ClusterWriter, at one threshold or a sweep of them.

    python -m benchmarks.clusters                 # the default threshold
    python -m benchmarks.clusters --sweep         # precision and recall from 0.3 to 0.8
    python -m benchmarks.clusters --build-cost 2000   # clustering's share of a build's time
    python -m benchmarks.clusters --collapse-cost     # collapse=cluster against a plain search, over HTTP
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from app.corpus import RawDocument, SuppliedMetadata, read_corpus
from app.extract import extract_document
from app.index.build import build_index
from app.index.clusters import DEFAULT_THRESHOLD, ClusterWriter, cluster_ids_in
from app.index.store import RECORDS_FILE, RecordStore
from app.models import DocumentRecord
from benchmarks.generator import ensure_corpus

__all__ = ["FIXTURE_SOURCES", "ClusterScores", "LabeledDocument", "evaluate", "labeled_fixture"]

ROOT = Path(__file__).resolve().parent.parent
# Real text only; blind5 and blind6 stay unread (held back for the final unseen measures).
FIXTURE_SOURCES = (
    "corpus",
    "tests/data/blind",
    "tests/data/blind2",
    "tests/data/blind3",
    "tests/data/blind4",
    "tests/data/generalization",
)
BOILERPLATE = (
    "Sign up for our free morning newsletter to get the day's top stories in your inbox.",
    "This story has been updated with additional information.",
    "Have a news tip? Email our newsroom at tips@example.com or call us.",
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
    "Follow us on Facebook and X for more local coverage, and download our app.",
    "Our journalism depends on readers like you. Subscribe today for unlimited access.",
    "Editor's note: An earlier version of this story misstated a date. It has been corrected.",
)
LOCAL_LEADS = (
    "The decision is likely to be felt by residents here as well, local officials said.",
    "It was not immediately clear how the change would affect the county.",
    "Area leaders did not immediately respond to requests for comment on Friday.",
)
WIRE_DATELINES = ("(AP) — ", "(Reuters) - ", "(AFP) - ", "(CP) — ")
WIRE_LINES = ("— Associated Press", "— Reuters", "— PA Media", "By The Canadian Press")
OUTLETS = ("The Ledger", "Valley Courier", "Northern Sentinel", "Harbor Daily", "Metro Wire Desk")


@dataclass(frozen=True)
class LabeledDocument:
    document: RawDocument
    story: str


@dataclass(frozen=True)
class ClusterScores:
    threshold: float
    documents: int
    stories: int
    precision: float
    recall: float
    seconds: float


def _originals() -> Iterator[tuple[str, str]]:
    for source in FIXTURE_SOURCES:
        for path in sorted((ROOT / source).glob("*.txt")):
            yield f"{Path(source).name}-{path.stem}", path.read_text(encoding="utf-8")


def _paragraphs(text: str) -> list[str]:
    return [paragraph.strip() for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]


def _new_headline(paragraphs: list[str], rng: random.Random) -> list[str]:
    """An outlet's own headline: the lead's first words, title-cased, in place of a short first line."""
    body = [p for p in paragraphs if len(p.split()) > 20]
    if not body:
        return paragraphs
    words = re.sub(r"^[A-Z .,'’]+ [—–-]+ ", "", body[0]).split()[: rng.randint(6, 10)]
    headline = " ".join(word.capitalize() if len(word) > 3 else word for word in words).rstrip(",.;:")
    rest = paragraphs[1:] if len(paragraphs[0].split()) < 20 else paragraphs
    return [headline, *rest]


def _trim(paragraphs: list[str], rng: random.Random) -> list[str]:
    if len(paragraphs) < 6:
        return paragraphs
    return paragraphs[: len(paragraphs) - rng.randint(1, 2)]


def _boilerplate(paragraphs: list[str], rng: random.Random) -> list[str]:
    added = rng.sample(BOILERPLATE, rng.randint(1, 2))
    local = [rng.choice(LOCAL_LEADS)] if rng.random() < 0.5 else []
    return [paragraphs[0], *local, *paragraphs[1:], *added]


def _wire_credit(paragraphs: list[str], rng: random.Random) -> list[str]:
    if rng.random() < 0.5 and len(paragraphs) > 1:
        return [paragraphs[0], rng.choice(WIRE_DATELINES) + paragraphs[1], *paragraphs[2:]]
    return [*paragraphs, rng.choice(WIRE_LINES)]


def _typos(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A copy desk's small fixes and slips: a few words changed, `percent` spelled `per cent`."""
    edited = list(paragraphs)
    for _ in range(rng.randint(1, 4)):
        index = rng.randrange(len(edited))
        words = edited[index].split(" ")
        position = rng.randrange(len(words))
        word = words[position]
        if len(word) > 4:
            cut = rng.randrange(1, len(word) - 2)
            words[position] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
        edited[index] = " ".join(words)
    return [paragraph.replace(" percent", " per cent") for paragraph in edited]


def _join(paragraphs: list[str], rng: random.Random) -> str:
    """Paragraphs as a page copy has them: blank lines, or single newlines, or lines rewrapped at ~70."""
    style = rng.choice(("blank", "single", "wrapped"))
    if style == "single":
        return "\n".join(paragraphs) + "\n"
    if style == "wrapped":
        wrapped = [re.sub(r"(.{60,75}?) ", "\\1\n", paragraph) for paragraph in paragraphs]
        return "\n\n".join(wrapped) + "\n"
    return "\n\n".join(paragraphs) + "\n"


EDITS = (_new_headline, _trim, _boilerplate, _wire_credit, _typos)


def _copy(text: str, rng: random.Random) -> str:
    paragraphs = _paragraphs(text)
    for edit in rng.sample(EDITS, rng.randint(2, len(EDITS))):
        paragraphs = edit(paragraphs, rng)
    return _join(paragraphs, rng)


def _quoting(text: str, quoted: str, rng: random.Random) -> str:
    """A different story that quotes one whole paragraph of another (a follow-up, a roundup).

    The paragraph is at most a quarter of the quoting story's length: a longer one makes it the other story.
    """
    paragraphs = _paragraphs(text)
    limit = len(text.split()) // 4
    borrowed = max((p for p in _paragraphs(quoted) if len(p.split()) <= limit), key=len, default=None)
    if borrowed is None:
        return text
    paragraphs.insert(rng.randint(1, len(paragraphs)), f'As reported earlier: "{borrowed}"')
    return "\n\n".join(paragraphs) + "\n"


def labeled_fixture(seed: int = 16) -> list[LabeledDocument]:
    """Originals, 1-3 copies of each, and stories quoting another's paragraph, labeled by story."""
    rng = random.Random(seed)
    originals = list(_originals())
    labeled: list[LabeledDocument] = []
    for number, (story, text) in enumerate(originals):
        published = date(2026, 1, 1) + timedelta(days=number)
        url = f"https://news.example.com/{story}"
        labeled.append(
            LabeledDocument(
                RawDocument(story, text, SuppliedMetadata(url=url, published=published), "fixture"), story
            )
        )
        for copy_number in range(rng.randint(1, 3)):
            outlet = rng.choice(OUTLETS)
            recrawl = rng.random() < 0.15
            copy_url = (
                f"{url}?utm_source=feed"
                if recrawl
                else f"https://{outlet.lower().replace(' ', '')}.example/{number}-{copy_number}"
            )
            metadata = SuppliedMetadata(
                url=copy_url, outlet=outlet, published=published + timedelta(days=rng.randint(0, 3))
            )
            copy_text = _join(_paragraphs(text), rng) if recrawl else _copy(text, rng)
            labeled.append(
                LabeledDocument(RawDocument(f"{story}~{copy_number}", copy_text, metadata, "fixture"), story)
            )
        if rng.random() < 0.3:
            other_story, other_text = rng.choice([item for item in originals if item[0] != story])
            labeled.append(
                LabeledDocument(
                    RawDocument(
                        f"{story}~quotes~{other_story}",
                        _quoting(text, other_text, rng),
                        SuppliedMetadata(),
                        "fixture",
                    ),
                    story,
                )
            )
    return labeled


def _clusters(records: list[DocumentRecord], threshold: float) -> dict[str, str]:
    with sqlite3.connect(":memory:") as connection:
        writer = ClusterWriter(connection, threshold=threshold)
        for record in records:
            writer.add(record)
        return cluster_ids_in(connection, [record.id for record in records])


def evaluate(thresholds: list[float], *, seed: int = 16) -> list[ClusterScores]:
    """Pairwise precision and recall of "same cluster" against the fixture's stories, per threshold."""
    labeled = labeled_fixture(seed)
    story_of = {item.document.id: item.story for item in labeled}
    records = [extract_document(item.document) for item in labeled]
    scores: list[ClusterScores] = []
    for threshold in thresholds:
        started = time.perf_counter()
        cluster_of = _clusters(records, threshold)
        seconds = time.perf_counter() - started
        true_positive = predicted = actual = 0
        for first, second in combinations(story_of, 2):
            same_story = story_of[first] == story_of[second]
            same_cluster = cluster_of[first] == cluster_of[second]
            actual += same_story
            predicted += same_cluster
            true_positive += same_story and same_cluster
        scores.append(
            ClusterScores(
                threshold=threshold,
                documents=len(labeled),
                stories=len(set(story_of.values())),
                precision=true_positive / predicted if predicted else 1.0,
                recall=true_positive / actual if actual else 1.0,
                seconds=seconds,
            )
        )
    return scores


def build_cost(documents: int, *, seed: int = 16) -> tuple[float, float]:
    """Seconds of a one-worker build of `documents` generated articles, and of clustering its records alone."""
    with tempfile.TemporaryDirectory() as scratch:
        corpus = ensure_corpus(Path(scratch) / "data", documents, seed)
        report = build_index(corpus.directory, Path(scratch) / "index", workers=1)
        store = RecordStore(report.build_dir / RECORDS_FILE)
        ids = [item.id for item in read_corpus(corpus.directory) if isinstance(item, RawDocument)]
        records = [record for doc_id in ids if (record := store.get(doc_id)) is not None]
    started = time.perf_counter()
    _clusters(records, DEFAULT_THRESHOLD)
    return report.seconds, time.perf_counter() - started


COLLAPSE_QUERIES = ("", "said", "police", "election", "budget OR court")


def collapse_cost(*, seed: int = 16, repeats: int = 20) -> dict[str, tuple[float, float]]:
    """Median ms of a plain and a collapsed first page per query, over the fixture indexed (Whoosh, in process)."""
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.main import create_app

    timings: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        for item in labeled_fixture(seed):
            (corpus / f"{item.document.id}.txt").write_text(item.document.raw_text, encoding="utf-8")
        build_index(corpus, Path(scratch) / "index", workers=1)
        settings = Settings(index_dir=Path(scratch) / "index", result_cache_size=0, access_log=False)
        with TestClient(create_app(settings)) as client:
            for q in COLLAPSE_QUERIES:
                # Interleaved, so a load spike on a shared machine falls on both alike.
                samples: tuple[list[float], list[float]] = ([], [])
                for _ in range(repeats):
                    for params, kept in (
                        ({"q": q}, samples[0]),
                        ({"q": q, "collapse": "cluster"}, samples[1]),
                    ):
                        started = time.perf_counter()
                        client.get("/v1/search", params=params).raise_for_status()
                        kept.append((time.perf_counter() - started) * 1000)
                medians = [sorted(kept)[repeats // 2] for kept in samples]
                timings[q] = (medians[0], medians[1])
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--sweep", action="store_true", help="Thresholds from 0.3 to 0.8 by 0.05.")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--build-cost", type=int, metavar="DOCS", help="Time a build of DOCS generated articles."
    )
    parser.add_argument("--collapse-cost", action="store_true", help="Time collapse=cluster against plain.")
    arguments = parser.parse_args()
    if arguments.collapse_cost:
        print("query              plain ms  collapsed ms  ratio")
        for q, (plain, collapsed) in collapse_cost(seed=arguments.seed).items():
            print(f"{q or '(all)':<18} {plain:8.1f}  {collapsed:12.1f}  {collapsed / plain:5.2f}")
        return
    if arguments.build_cost:
        build, clustering = build_cost(arguments.build_cost, seed=arguments.seed)
        print(
            f"build of {arguments.build_cost} documents: {build:.1f} s, clustering {clustering:.1f} s "
            f"({clustering / build:.1%} of the build)"
        )
        return
    thresholds = (
        [round(0.3 + 0.05 * step, 2) for step in range(11)] if arguments.sweep else [arguments.threshold]
    )
    print("threshold  documents  stories  precision  recall  seconds")
    for score in evaluate(thresholds, seed=arguments.seed):
        print(
            f"{score.threshold:9.2f}  {score.documents:9d}  {score.stories:7d}  {score.precision:9.3f}"
            f"  {score.recall:6.3f}  {score.seconds:7.2f}"
        )


if __name__ == "__main__":
    main()
