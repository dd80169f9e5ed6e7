"""Score the extractors against hand-written gold: `python -m app.eval GOLD_DIR [--json]`.

GOLD_DIR holds `NAME.gold.json` files, each next to its article `NAME.txt` (or naming it with
`"article"`, relative to the gold file). The format and the match rules are in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.corpus import read_document_file
from app.extract import extract_document
from app.extract.lexicon import NICKNAMES
from app.models import DocumentRecord, Person, Statistic

__all__ = [
    "FIELDS",
    "FLOORS_FILE",
    "GoldDocument",
    "Score",
    "evaluate_directory",
    "fields_below_floor",
    "floors_of",
    "load_gold",
    "main",
    "score_document",
]

FIELDS = (
    "officials",
    "people",
    "statistics_values",
    "statistics_counts",
    "attribution",
    "approximate",
    "unit",
    "change",
    "quotes",
    "speakers",
    "outlet",
    "published",
    "title",
    "dates",
)
VALUE_TOLERANCE = 0.01
# Scored as accuracy over value-matched statistics whose gold states the field, not as P/R/F1.
ACCURACY_FIELDS = ("attribution", "approximate", "unit", "change")
# A scored set's regression gate: per field the lowest headline figure accepted (see floors_of).
FLOORS_FILE = "floors.json"
_ORGANIZATION_STOPWORDS = frozenset(["of", "for", "the", "and", "on", "in", "at", "de", "des", "du"])


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    agreements: int = 0
    compared: int = 0

    def add(self, other: Score) -> None:
        """Accumulate another score into this one."""
        self.agreements += other.agreements
        self.compared += other.compared
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.misses.extend(other.misses)
        self.false_hits.extend(other.false_hits)

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def accuracy(self) -> float:
        return self.agreements / self.compared if self.compared else 1.0

    def compare(self, agrees: bool, problem: str) -> None:
        """Count one compared pair for an accuracy field."""
        self.compared += 1
        if agrees:
            self.agreements += 1
        else:
            self.misses.append(problem)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


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


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower().replace("’", "'")).strip()


def _name_key(name: str) -> tuple[str, str]:
    """(given name through the nickname table, surname) for matching people by name."""
    words = [word for word in _fold(name).split() if len(word) > 1 or not word.isalpha()]
    words = [word for word in words if word not in ("jr", "sr", "ii", "iii")]
    if not words:
        return "", ""
    surname = words[-1]
    given = NICKNAMES.get(words[0], words[0]) if len(words) > 1 else ""
    return given, surname


def _same_person(gold_name: str, predicted_name: str) -> bool:
    gold_given, gold_surname = _name_key(gold_name)
    given, surname = _name_key(predicted_name)
    return gold_surname == surname and (gold_given == given or not gold_given or not given)


def _match_people(gold: Sequence[dict[str, Any]], predicted: Sequence[Person], label: str) -> Score:
    score = Score()
    unmatched = list(predicted)
    for expected in gold:
        match = next((person for person in unmatched if _same_person(expected["name"], person.name)), None)
        if match is None:
            score.false_negatives += 1
            score.misses.append(f"{label}: {expected['name']}")
        else:
            unmatched.remove(match)
            score.true_positives += 1
    score.false_positives += len(unmatched)
    score.false_hits.extend(f"{label}: {person.name}" for person in unmatched)
    return score


def _acronym(name: str) -> str:
    return "".join(word[0] for word in _fold(name).split() if word not in _ORGANIZATION_STOPWORDS)


def _content_words(folded_name: str) -> frozenset[str]:
    return frozenset(folded_name.split()) - _ORGANIZATION_STOPWORDS


def _same_source(gold_name: str, candidates: Sequence[str]) -> bool:
    """The same person by name, or the same organization by name, part of the name or acronym."""
    for candidate in candidates:
        gold, other = _fold(gold_name), _fold(candidate)
        if not gold or not other:
            continue
        if gold == other or _same_person(gold_name, candidate):
            return True
        if f" {gold} " in f" {other} " or f" {other} " in f" {gold} ":
            return True
        if _content_words(gold) == _content_words(other):  # "Labor Department" = "Department of Labor"
            return True
        if other.replace(" ", "") in (_acronym(gold_name), gold.replace(" ", "")) or gold.replace(
            " ", ""
        ) in (_acronym(candidate), other.replace(" ", "")):
            return True
    return False


def _same_speaker(gold: str, actual_id: str | None) -> bool:
    """A person's id as the gold gives it, or a body (the gold gives its name) matched as a source is."""
    if actual_id is None:
        return False
    return gold == actual_id or _same_source(gold.replace("-", " "), [actual_id.replace("-", " ")])


def _score_fields(expected: dict[str, Any], match: Statistic, label: str, scores: dict[str, Score]) -> None:
    if "attributed_to" in expected:
        gold_source, source = expected["attributed_to"], match.attributed_to
        agrees = (
            gold_source is None and source is None
            if gold_source is None or source is None
            else _same_source(gold_source, [source.name, (source.entity_id or "").replace("-", " ")])
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
        wanted = _fold(expected["unit"] or "")
        scores["unit"].compare(
            wanted == _fold(match.unit or ""), f"unit: {label} -> {match.unit!r} (want {wanted!r})"
        )
    if "change" in expected:
        scores["change"].compare(
            expected["change"] == match.change,
            f"change: {label} -> {match.change!r} (want {expected['change']!r})",
        )


def _head(phrase: str | None) -> str:
    words = _fold(phrase or "").split()
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
        # Prefer the candidate whose counted noun agrees, so equal values pair up correctly.
        match = next((s for s in candidates if _head(s.counts) == _head(expected.get("counts"))), None)
        match = match or (candidates[0] if candidates else None)
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
    return _fold(value)[:40]


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
        if expected_speaker and _same_speaker(expected_speaker, actual):
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
    if expected is not None and actual is not None and _fold(expected) == _fold(actual):
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


def evaluate_directory(directory: Path) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """Totals per field and per document for every gold file in `directory`."""
    totals = {name: Score() for name in FIELDS}
    per_document: dict[str, dict[str, Score]] = {}
    for document in load_gold(directory):
        record = extract_document(read_document_file(document.article))
        scores = score_document(record, document.gold)
        per_document[document.name] = scores
        for name, score in scores.items():
            totals[name].add(score)
    return totals, per_document


def _headline(name: str, score: Score) -> float | None:
    """The one figure a field is judged by (F1, or accuracy); None where the gold never states it."""
    if name in ACCURACY_FIELDS:
        return score.accuracy if score.compared else None
    seen = score.true_positives + score.false_positives + score.false_negatives
    return score.f1 if seen else None


def floors_of(totals: dict[str, Score]) -> dict[str, float]:
    """Floors from a run: each field's headline figure rounded down to two decimals."""
    return {
        name: math.floor(figure * 100) / 100
        for name in FIELDS
        if (figure := _headline(name, totals[name])) is not None
    }


def fields_below_floor(totals: dict[str, Score], floors: dict[str, float]) -> dict[str, float]:
    """The fields whose headline figure fell below its floor, with the figure measured."""
    measured = {name: _headline(name, totals[name]) or 0.0 for name in floors}
    return {name: round(measured[name], 3) for name, floor in floors.items() if measured[name] < floor}


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
    totals, per_document = evaluate_directory(arguments.gold_dir)
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
