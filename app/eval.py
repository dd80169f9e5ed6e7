"""Score the extractors against hand-written gold: `python -m app.eval GOLD_DIR [--json]`.

GOLD_DIR holds `NAME.gold.json` files, each next to its article `NAME.txt` (or naming it with
`"article"`, relative to the gold file). The format and the match rules are in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.corpus import read_document_file
from app.eval_agreement import record_from_gold
from app.eval_names import fold, same_person, same_source, same_speaker
from app.eval_score import (
    ACCURACY_FIELDS,
    FIELDS,
    FLOORS_FILE,
    Score,
    fields_below_floor,
    floors_of,
)
from app.extract import extract_document
from app.models import DocumentRecord, Person, Statistic

__all__ = ["GoldDocument", "evaluate_directory", "load_gold", "main", "score_document"]

VALUE_TOLERANCE = 0.01


@dataclass(frozen=True)
class GoldDocument:
    name: str
    article: Path
    gold: dict[str, Any]


def load_gold(directory: Path) -> list[GoldDocument]:
    """Every `*.gold.json` in `directory` with the article it describes."""
    documents = []
    for gold_path in sorted(directory.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = gold_path.name.removesuffix(".gold.json")
        article = (
            (gold_path.parent / gold["article"])
            if gold.get("article")
            else gold_path.with_name(f"{name}.txt")
        )
        documents.append(GoldDocument(name, article.resolve(), gold))
    return documents


def _match_people(gold: Sequence[dict[str, Any]], predicted: Sequence[Person], label: str) -> Score:
    score = Score()
    unmatched = list(predicted)
    for expected in gold:
        match = next((person for person in unmatched if same_person(expected["name"], person.name)), None)
        if match is None:
            score.false_negatives += 1
            score.misses.append(f"{label}: {expected['name']}")
        else:
            unmatched.remove(match)
            score.true_positives += 1
    score.false_positives += len(unmatched)
    score.false_hits.extend(f"{label}: {person.name}" for person in unmatched)
    return score


def _score_fields(expected: dict[str, Any], match: Statistic, label: str, scores: dict[str, Score]) -> None:
    if "attributed_to" in expected:
        gold_source, source = expected["attributed_to"], match.attributed_to
        agrees = (
            gold_source is None and source is None
            if gold_source is None or source is None
            else same_source(gold_source, [source.name, (source.entity_id or "").replace("-", " ")])
        )
        scores["attribution"].compare(
            agrees, f"attribution: {label} -> {source.name if source else None} (want {gold_source})"
        )
    if "approximate" in expected:
        scores["approximate"].compare(
            bool(expected["approximate"]) == match.approximate,
            f"approximate: {label} -> {match.approximate}",
        )
    if "unit" in expected:
        wanted = fold(expected["unit"] or "")
        scores["unit"].compare(
            wanted == fold(match.unit or ""), f"unit: {label} -> {match.unit!r} (want {wanted!r})"
        )
    if "change" in expected:
        scores["change"].compare(
            expected["change"] == match.change,
            f"change: {label} -> {match.change!r} (want {expected['change']!r})",
        )


def _head(phrase: str | None) -> str:
    words = fold(phrase or "").split()
    if not words:
        return ""
    head = words[-1]
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _close(expected: float | None, actual: float | None) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(expected - actual) <= VALUE_TOLERANCE * max(abs(expected), 1e-9)


def _match_statistics(gold: Sequence[dict[str, Any]], predicted: Sequence[Statistic]) -> dict[str, Score]:
    scores = {name: Score() for name in ("statistics_values", "statistics_counts", *ACCURACY_FIELDS)}
    values, counts = scores["statistics_values"], scores["statistics_counts"]
    unmatched = list(predicted)
    for expected in gold:
        candidates = [
            stat
            for stat in unmatched
            if _close(float(expected["value"]), stat.value)
            and ("value_high" not in expected or _close(expected["value_high"], stat.value_high))
        ]
        # Prefer the same value (the tolerance is for rounding, so `almost 75,000` does not take the 74,400 the
        # text also gives), then the candidate whose counted noun agrees, so equal values pair up correctly.
        match = min(
            candidates,
            key=lambda stat: (
                stat.value != float(expected["value"]),
                _head(stat.counts) != _head(expected.get("counts")),
            ),
            default=None,
        )
        label = f"{expected['value']:g} {expected.get('counts') or ''}".strip()
        if match is None:
            values.false_negatives += 1
            values.misses.append(f"statistic: {label}")
            if expected.get("counts"):
                counts.false_negatives += 1
                counts.misses.append(f"counts: {label}")
            continue
        unmatched.remove(match)
        values.true_positives += 1
        _score_fields(expected, match, label, scores)
        if expected.get("counts"):
            if _head(match.counts) == _head(expected["counts"]):
                counts.true_positives += 1
            else:
                counts.false_negatives += 1
                counts.misses.append(f"counts: {label} (got {match.counts!r})")
                if match.counts:
                    counts.false_positives += 1
        elif match.counts:
            counts.false_positives += 1
            counts.false_hits.append(f"counts: {match.text} -> {match.counts!r}")
    values.false_positives += len(unmatched)
    values.false_hits.extend(f"statistic: {stat.text!r} ({stat.value:g})" for stat in unmatched)
    counts.false_positives += sum(1 for stat in unmatched if stat.counts)
    return scores


def _quote_key(value: str) -> str:
    return fold(value)[:40]


def _match_quotes(gold: Sequence[dict[str, Any]], record: DocumentRecord) -> tuple[Score, Score]:
    quotes, speakers = Score(), Score()
    unmatched = list(record.quotes)
    for expected in gold:
        key = _quote_key(expected["text"])
        match = next(
            (
                q
                for q in unmatched
                if _quote_key(q.text).startswith(key) or key.startswith(_quote_key(q.text))
            ),
            None,
        )
        expected_speaker = expected.get("speaker")
        if match is None:
            quotes.false_negatives += 1
            quotes.misses.append(f"quote: {expected['text'][:40]}")
            if expected_speaker:
                speakers.false_negatives += 1
                speakers.misses.append(f"speaker: {expected_speaker} (quote missed)")
            continue
        unmatched.remove(match)
        quotes.true_positives += 1
        actual = match.speaker.entity_id if match.speaker else None
        if expected_speaker and same_speaker(expected_speaker, actual):
            speakers.true_positives += 1
        elif expected_speaker:
            speakers.false_negatives += 1
            speakers.misses.append(f"speaker: {expected['text'][:30]} -> {actual} (want {expected_speaker})")
            if actual:
                speakers.false_positives += 1
        elif actual:
            speakers.false_positives += 1
            speakers.false_hits.append(f"speaker: {expected['text'][:30]} -> {actual} (want none)")
    quotes.false_positives += len(unmatched)
    quotes.false_hits.extend(f"quote: {quote.text[:40]}" for quote in unmatched)
    speakers.false_positives += sum(1 for quote in unmatched if quote.speaker)
    return quotes, speakers


def _match_single(field_name: str, expected: str | None, actual: str | None) -> Score:
    score = Score()
    if expected is not None and actual is not None and fold(expected) == fold(actual):
        score.true_positives = 1
        return score
    if actual is not None:
        score.false_positives = 1
        score.false_hits.append(f"{field_name}: {actual}")
    if expected is not None:
        score.false_negatives = 1
        score.misses.append(f"{field_name}: {expected}")
    return score


def _match_multiset(field_name: str, expected: Iterable[str], actual: Iterable[str]) -> Score:
    score = Score()
    remaining = list(actual)
    for value in expected:
        if value in remaining:
            remaining.remove(value)
            score.true_positives += 1
        else:
            score.false_negatives += 1
            score.misses.append(f"{field_name}: {value}")
    score.false_positives = len(remaining)
    score.false_hits.extend(f"{field_name}: {value}" for value in remaining)
    return score


def score_document(record: DocumentRecord, gold: dict[str, Any]) -> dict[str, Score]:
    """Per-field scores of one extracted record against its gold."""
    officials = [person for person in record.people if person.kind == "official"]
    others = [person for person in record.people if person.kind == "person"]
    statistics = _match_statistics(gold.get("statistics", []), record.statistics)
    quotes, speakers = _match_quotes(gold.get("quotes", []), record)
    published = record.published.value.isoformat() if record.published else None
    return {
        "officials": _match_people(gold.get("officials", []), officials, "official"),
        "people": _match_people(gold.get("people", []), others, "person"),
        **statistics,
        "quotes": quotes,
        "speakers": speakers,
        "outlet": _match_single("outlet", gold.get("outlet"), record.outlet.value if record.outlet else None),
        "published": _match_single("published", gold.get("published"), published),
        "title": _match_single("title", gold.get("title"), record.title.value if record.title else None),
        "dates": _match_multiset(
            "date", gold.get("dates_mentioned", []), [mention.value for mention in record.dates_mentioned]
        ),
    }


def evaluate_directory(
    directory: Path, against: Path | None = None
) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """Totals per field and per document for every gold file in `directory`.

    With `against`, the predictions are that directory's gold files for the same articles (a second
    annotator's reading) instead of the extractor's records; articles it did not annotate are skipped.
    """
    totals = {name: Score() for name in FIELDS}
    per_document: dict[str, dict[str, Score]] = {}
    for document in load_gold(directory):
        if against is None:
            record = extract_document(read_document_file(document.article))
        else:
            other = against / f"{document.name}.gold.json"
            if not other.is_file():
                continue
            record = record_from_gold(document.name, json.loads(other.read_text(encoding="utf-8")))
        scores = score_document(record, document.gold)
        per_document[document.name] = scores
        for name, score in scores.items():
            totals[name].add(score)
    return totals, per_document


def _report(totals: dict[str, Score], per_document: dict[str, dict[str, Score]], verbose: bool) -> str:
    lines = [f"{'field':<20}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name in FIELDS:
        score = totals[name]
        if name in ACCURACY_FIELDS:
            if score.compared:
                lines.append(
                    f"{name:<20}{'accuracy':>14}{score.accuracy:>7.3f}{score.agreements:>6} of {score.compared}"
                )
            continue
        lines.append(
            f"{name:<20}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
            f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}"
        )
    if verbose:
        for document, scores in per_document.items():
            problems = [item for score in scores.values() for item in (*score.misses, *score.false_hits)]
            for problem in problems:
                lines.append(f"  {document}: {problem}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m app.eval", description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path, help="directory of NAME.gold.json files and their articles")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false hit")
    parser.add_argument(
        "--against",
        type=Path,
        metavar="OTHER_DIR",
        help="score OTHER_DIR's gold for the same articles (a second annotator) instead of the extractor",
    )
    gate = parser.add_mutually_exclusive_group()
    gate.add_argument(
        "--write-floors",
        action="store_true",
        help=f"record this run as the set's regression floors in GOLD_DIR/{FLOORS_FILE}",
    )
    gate.add_argument(
        "--check-floors",
        action="store_true",
        help=f"exit 1 when a field falls below GOLD_DIR/{FLOORS_FILE}",
    )
    arguments = parser.parse_args(argv)
    if not arguments.gold_dir.is_dir():
        parser.error(f"not a directory: {arguments.gold_dir}")
    floors_path = arguments.gold_dir / FLOORS_FILE
    if arguments.check_floors and not floors_path.is_file():
        parser.error(f"no floors to check: {floors_path} (write them with --write-floors)")
    if arguments.against is not None and not arguments.against.is_dir():
        parser.error(f"not a directory: {arguments.against}")
    totals, per_document = evaluate_directory(arguments.gold_dir, arguments.against)
    if arguments.write_floors:
        floors_path.write_text(json.dumps(floors_of(totals), indent=2) + "\n", encoding="utf-8")
    if arguments.json:
        payload = {
            name: (
                {"accuracy": round(score.accuracy, 4), "agree": score.agreements, "compared": score.compared}
                if name in ACCURACY_FIELDS
                else {
                    "precision": round(score.precision, 4),
                    "recall": round(score.recall, 4),
                    "f1": round(score.f1, 4),
                    "tp": score.true_positives,
                    "fp": score.false_positives,
                    "fn": score.false_negatives,
                }
            )
            for name, score in totals.items()
        }
        print(json.dumps({"documents": len(per_document), "fields": payload}, indent=2))
    else:
        print(f"{len(per_document)} documents in {arguments.gold_dir}")
        print(_report(totals, per_document, arguments.verbose))
    if arguments.check_floors:
        fallen = fields_below_floor(totals, json.loads(floors_path.read_text(encoding="utf-8")))
        if fallen:
            print(f"below the floors of {floors_path}: {fallen}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
