"""The counted thing of a measured figure: the material a unit measures (`9 pounds of fentanyl`), the thing the
phrase after the unit names (`a 10kg flour bag`), what the sentence says was measured (`a spill of 5.3 million
litres`), or the bare unit (`600,000 acres`)."""

from __future__ import annotations

import re

from app.extract.measured import measured_before
from app.extract.noun_phrases import noun_phrase
from app.extract.numbers import Found
from app.extract.units import BARE_UNITS, measure_end, measure_unit

__all__ = ["PLACED", "material_counts"]

# "about 35 miles southeast of Los Angeles": the figure places something, and counts nothing.
PLACED = "\x00placed"

_DIRECTION_AFTER = re.compile(
    r"\s+(?:(?:north|south)(?:east|west)?|east|west|away|outside|inland|offshore|upstream|downstream)\b",
    re.IGNORECASE,
)

# "1.5 million tons of the staple food": the material, after an article too.
_MATERIAL_OF = re.compile(r"(?:\s+\([^()\n]{1,12}\))?\s+of\s+(?:the\s+)?")


def material_counts(
    text: str, found: Found, sentence: tuple[int, int], counts: str, after: int, counts_end: int
) -> str | None:
    """What a figure whose noun phrase `counts` opens with a unit counts; `PLACED` where the unit places something."""
    # "12 miles of coastline", "9 pounds of fentanyl": the unit measures; the material is counted.
    unit_word = counts.split()[0]
    unit_start = text.find(unit_word, after)
    if unit_start >= 0 and _DIRECTION_AFTER.match(text, unit_start + len(unit_word)):
        # "about 35 miles southeast of Los Angeles": where a place lies, not an amount of anything.
        return PLACED
    if measure_unit(counts, 0) == "basis points":
        # "a 50bp move", "four 50bp increases": basis points, as a compound modifier counts them ("a 100-basis-point
        # cut").
        return "basis points"
    # "37.4 billion tonnes (Gt) of carbon dioxide": the unit's abbreviation may stand before "of".
    # "the 2mbpd target of the commission": "of" after a noun the unit measures is that noun's.
    unit_only = len(counts.split()) == 1 or measure_end(counts, 0) >= len(counts.rstrip())
    material = _MATERIAL_OF.match(text, counts_end, sentence[1]) if unit_only else None
    if material is not None:
        return noun_phrase(text, material.end(), sentence[1])[0]
    # "a spill of 5.3 million litres", "output is projected to be 26 million tonnes": what is measured.
    measured = measured_before(text, found, sentence)
    # "a 10kg flour bag", "a 5 km road": the unit measures the thing the phrase goes on to name.
    unit_end = measure_end(counts, 0)
    measured = measured or (counts[unit_end:].strip() or None if unit_end > 0 else None)
    return measured if measured or unit_word.lower() in BARE_UNITS else counts
