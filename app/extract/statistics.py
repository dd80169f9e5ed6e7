"""Quantities cited as facts: counts, percentages, money, ranges, fractions, ratios and number words.

Not statistics: dates and years, phone/street/section/id numbers, ordinals, party-state tags,
hyphenated compound adjectives ("10-year-old") and durations that name a period ("first three months").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.change import figure_change
from app.extract.counted import NOT_A_STATISTIC, counts_before, noun_phrase, statistic_counts
from app.extract.dates import MONTH_NAME, is_model_year
from app.extract.earlier_figures import (
    COMPARED_BEFORE,
    Figure,
    bracketed_counts,
    counts_compared_back,
    counts_from_earlier,
    names_its_noun,
    whole_cited_before,
)
from app.extract.exclusions import (
    YEAR_NOUN,
    is_excluded,
    is_rate_base,
    is_threshold,
    is_year_span,
    phone_spans,
)
from app.extract.figure_context import figure_period, figure_place, list_intro
from app.extract.level_changes import (
    COMPARED_WITH_EARLIER,
    add_level_change,
    add_restated_changes,
    add_trailing_changes,
    gapped_change,
    listed_change,
)
from app.extract.lexicon import word_table
from app.extract.numbers import (
    NUMBER_PATTERN,
    SINGLE_NUMBER_PATTERN,
    classify,
    figure_trigger_starts,
    qualifier_before,
)
from app.extract.spans import Sentences, evidence, word_pattern
from app.extract.subjects import CHANGE_BEFORE
from app.extract.units import (
    CURRENCY_WORDS,
    MINOR_CURRENCY_WORDS,
    RATE,
    SHARED_CURRENCIES,
    TIME_UNITS,
    compound_measure,
    local_currency,
    measure_end,
    measure_unit,
    unit_scale,
)
from app.models import DateMention, Evidence, Statistic

__all__ = ["find_statistics"]


# "stands at N9.9trn from the earlier N8.7trn", "worsened to $9.7 billion, from $9.6 billion"
_NEW_LEVEL_FROM = re.compile(
    r"(?:\s+[a-z]+){0,2}?,?\s+from\s+(?:the\s+(?:earlier|previous|initial|original|prior)\s+|an?\s+)?",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAME})\.?\s+$", re.IGNORECASE)
# "increased by 15,700 to", "education was up $69m to $847m", "shares rose 12 cents to $17.82": a change, then
# the new level.
_BY_CHANGE = re.compile(
    rf"\b(?:by|up|down|{word_pattern(word_table('change_verbs.tsv'))})\s+$", re.IGNORECASE
)
_LEVEL_OVER_CHANGE = 5
# "from 187 to 223": a change between two levels; "ranging from 2 to 4" and "is estimated from 16 to 19
# billion" (an estimate's band) are one range.
_FROM_LEVEL = re.compile(
    r"(?<!\brange\s)(?<!\branges\s)(?<!\branged\s)(?<!\branging\s)"
    r"(?<!\bestimated\s)(?<!\bprojected\s)\bfrom\s+$",
    re.IGNORECASE,
)


_TO_LEVEL_AFTER = re.compile(r"(?:\s+in\s+\d{4})?\s+to\s+\d")

# "from $966 million in fiscal 2018 to $328 million": the earlier level's period may stand before "to".
_TO_LEVEL = re.compile(
    r"(?:\s+[a-z]+|\s+in\s+(?:fiscal\s+|financial\s+year\s+)?(?:19|20)\d\d(?:[-/]\d{2,4})?)?\s+to\s+"
)


# "voted 6-3", "on a 5-2 vote": both sides of a tally are counts of votes.
_TALLY = re.compile(r"(?<![\w.$-])(?P<a>\d{1,3})\s*[-–]\s*(?P<b>\d{1,3})(?![\w%-]|\.\d)")
_TALLY_BEFORE = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|approved|rejected|passed|defeated|ruled|decided|split|endorsed|advanced|adopted"
    r"|confirmed|ratified|upheld|overturned|cleared)\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:by|on|in|with)\s+(?:a|an|the)\s+$",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(r"\s+(?:vote|decision|ruling|majority|margin|tally)\b", re.IGNORECASE)


def _group(match: re.Match[str], name: str) -> str | None:
    """A group only the range pattern has (`high`), None in a single figure's match."""
    return match[name] if name in match.re.groupindex else None


def find_statistics(
    text: str,
    *,
    sentences: Sentences | None = None,
    dates: Sequence[DateMention] = (),
    places: Sequence[tuple[str, int, int]] = (),
) -> list[Statistic]:
    """Every statistic in `text`; dates and places give its period and place."""
    sentences = sentences or Sentences.of(text)
    dates = sorted(dates, key=lambda mention: mention.start)
    date_starts = [mention.start for mention in dates]
    blocked = [(mention.start, mention.end) for mention in dates]
    blocked.extend(phone_spans(text))
    statistics: list[Statistic] = []
    previous_counts: tuple[int, str] | None = None
    local_currencies: dict[str, str] = {}
    last_figure: Figure | None = None
    cited: list[Figure] = []
    next_level: Figure | None = None
    position = 0
    for trigger_start in figure_trigger_starts(text):
        if trigger_start < position:
            continue
        tally = _TALLY.match(text, trigger_start) if text[trigger_start].isdigit() else None
        if tally is not None and (
            _TALLY_BEFORE.search(text, max(0, trigger_start - 40), trigger_start)
            or _TALLY_AFTER.match(text, tally.end())
        ):
            position = tally.end()
            for group in ("a", "b"):
                tally_sentence = sentences.span_at(tally.start())
                statistics.append(
                    Statistic(
                        start=tally.start(group),
                        end=tally.end(group),
                        text=tally[group],
                        value=float(tally[group]),
                        kind="count",
                        counts="votes",
                        sentence=evidence(text, *tally_sentence),
                    )
                )
            continue
        qualifier = qualifier_before(text, trigger_start, position)
        match = NUMBER_PATTERN.match(text, qualifier.start() if qualifier else trigger_start)
        if match is None and qualifier is not None:
            match = NUMBER_PATTERN.match(text, trigger_start)
        if match is None or match.end() <= trigger_start:
            continue
        found = classify(text, match)
        from_level = (
            found is not None
            and found.kind == "range"
            and (
                bool(_FROM_LEVEL.search(text, max(0, match.start() - 30), match.start()))
                # "increased by 15,700 to 478,500": the change, then the new level (a level far above the
                # change); "rise by 2 to 3 percent" stays a range.
                or (
                    _BY_CHANGE.search(text, max(0, match.start() - 30), match.start()) is not None
                    and found.value_high is not None
                    and found.value_high > _LEVEL_OVER_CHANGE * found.value
                )
            )
        )
        pair_end = match.end() if from_level else None
        if from_level or (found is None and match["number"] and _group(match, "high")):
            # "rose from 39,025 to 40,428" (an earlier level and the new one), "49 percent to 43 percent":
            # two figures, not a range.
            single = SINGLE_NUMBER_PATTERN.match(text, match.start())
            if single is not None:
                match = single
                found = classify(text, match)
        if (
            found is not None
            and found.kind == "range"
            and any(low <= match.start() < high for low, high in blocked)
        ):
            # "from 3,260 in 2017 to 3,029 in 2018": a date, then the new level; not a range.
            single = SINGLE_NUMBER_PATTERN.match(text, match.start())
            if single is not None:
                match = single
                found = classify(text, match)
        position = max(match.end(), position + 1)
        if found is None or is_year_span(found, match) or is_rate_base(text, found, match):
            continue
        plain = bool(
            match["number"]
            and not (match["percent"] or match["currency"] or match["currency_word"] or _group(match, "high"))
        )
        compound = compound_measure(text, match.end()) if plain and not match["scale"] else None
        if is_excluded(text, match, found, blocked, compound is not None):
            continue
        scaled = (
            unit_scale(text, found.end) if plain and not (match["scale"] or match["short_scale"]) else None
        )
        if scaled is not None:
            # "1.5mbpd": 1.5 million barrels per day.
            found.value *= scaled.scale
        if (
            plain
            and found.value.is_integer()
            and 1900 <= found.value <= 2099
            and not match["short_scale"]
            # `peaked at 2,097`: a year is never written with a thousands separator.
            and "," not in (match["number"] or "")
            and (
                not noun_phrase(text, found.end, len(text))[0]
                or YEAR_NOUN.match(text, found.end)
                or _MONTH_BEFORE.search(text, max(0, found.start - 12), found.start)
            )
        ):
            # A year the date finder did not take ("the 2026-27 school year", "a 2026 model").
            continue
        if plain and is_model_year(text, found.start):
            # "a 2019 Dodge Ram": a vehicle's model year.
            continue
        sentence = sentences.span_at(found.start)
        if cited and cited[-1].start < sentence[0]:
            cited.clear()
        second_level = next_level is not None and found.start == next_level.start
        rate = RATE.match(text, found.end) if plain and not match["scale"] else None
        if rate is not None and measure_unit(text, found.end) is not None:
            # "422.5 parts per million": a unit, not a rate.
            rate = None
        if compound is not None:
            found.end = compound.end
            counts: str | None = compound.counts
        elif rate is not None and (rate["base"] != "capita" or rate["noun"].strip()):
            found.kind = "ratio"
            found.unit = f"per {rate['base']}"
            noun = rate["noun"].strip()
            counts = noun or None
            if counts is None:
                subject = counts_before(text, sentence[0], found.start)
                if subject is not None:
                    words = subject.split()
                    counts = " ".join(words[:-1] if len(words) > 1 and words[-1].lower() == "rate" else words)
        elif (
            plain
            and not from_level
            and last_figure is not None
            and last_figure.start >= sentence[0]
            and COMPARED_BEFORE.search(text, max(sentence[0], found.start - 24), found.start)
            # "the number of clean audits … had gone down from 33": a change of its own subject.
            and not CHANGE_BEFORE.search(text, max(sentence[0], found.start - 30), found.start)
            # "down from 1,319 people the previous night": the figure names what it counts.
            and not (measure_unit(text, found.end) is None and names_its_noun(text, found.end, sentence[1]))
        ):
            # "18.7 per 100,000, up from 14.2": the earlier level of the figure just cited.
            counts = last_figure.counts
            if (
                found.kind == "count"
                and last_figure.kind in ("ratio", "percent", "money", "count")
                and not (match["scale"] or match["short_scale"])
                and measure_unit(text, found.end) is None
                # "decreased 7.1% – from 3,260 in 2017 to 3,029": two levels after the change, not two shares.
                and not (
                    last_figure.kind == "percent" and _TO_LEVEL_AFTER.match(text, found.end, sentence[1])
                )
            ):
                # "7.8 hours, down from 8.7": measured as the figure just cited, unless it names its own unit.
                found.kind, found.unit = last_figure.kind, last_figure.unit
        elif (
            second_level
            and next_level is not None
            and found.kind == "count"
            and found.unit is None
            and noun_phrase(text, found.end, sentence[1])[0] is None
        ):
            # "dropped from 3.6 hours to three": the new level is measured as the earlier one.
            counts, found.kind, found.unit = next_level.counts, next_level.kind, next_level.unit
        else:
            if is_threshold(text, found, plain):
                continue
            counts = (
                whole_cited_before(text, found, statistics) if found.kind == "count" else None
            ) or statistic_counts(text, found, sentence, previous_counts)
            if counts is None and second_level and next_level is not None and next_level.kind == found.kind:
                # "decreased from 68% to 65%": the new level of what the earlier one counts.
                counts = next_level.counts
            if counts is None:
                counts = counts_from_earlier(text, found, sentence[0], cited)
            if (
                counts is None
                and sentence[0] > 0
                and text.startswith(("Th", "It", '"', "“", "‘", "'"), sentence[0])
            ):
                previous_sentence = sentences.span_at(sentence[0] - 1)
                counts = counts_compared_back(text, found, sentence[0], previous_sentence, statistics)
        if counts is NOT_A_STATISTIC:
            continue
        if found.kind != "money" and not (statistics and statistics[-1].change):
            # "345 rentals (0.8 per cent)", "crude oil (1,538,697bpd)"; a share restating a change ("an increase
            # of 2,099 people (18%)") and an amount in another currency are read elsewhere.
            counts = bracketed_counts(
                text,
                found,
                sentence[0],
                cited,
                counts,
                unit_only=counts is not None
                and measure_end(counts, 0) >= len(counts)
                and counts.lower() not in TIME_UNITS,
            )
        if scaled is not None and counts is not None and counts.split()[0] == scaled.written:
            # "the 1.5mbpd set by OPEC": the plain unit, as a figure written without its scale counts it.
            counts = " ".join([scaled.unit, *counts.split()[1:]])
        if found.kind == "count" and counts is not None and counts.lower() in CURRENCY_WORDS:
            # "a few hundred dollars", "one and a half million euros": money counted in words.
            if counts.lower() in MINOR_CURRENCY_WORDS and compound is None:
                # "seven cents a share": hundredths of the currency ("a 10-cent increase" keeps its 10).
                found.value /= 100
            found.kind, found.unit, counts = "money", CURRENCY_WORDS[counts.lower()], None
        if found.unit is None and found.kind in ("count", "range"):
            # "from 56 to 57 days": the earlier level takes the unit written after the new one.
            found.unit = measure_unit(text, found.end) or (measure_unit(text, pair_end) if pair_end else None)
        elif (
            found.unit in SHARED_CURRENCIES
            and not (match["currency"] or _group(match, "currency_high") or "")
            .upper()
            .startswith(("US", "INR", "₹", "MXN", "£", "GBP", "KSH", "KES"))
            # "US dollars", "Canadian dollars": a currency name that names its country ("CFA francs" does not).
            and len((match["currency_word"] or "").upper().removeprefix("CFA ").split()) < 2
        ):
            # A bare "$", "dollars", "Rs", "rupees" or "pesos": the text's own dollar, rupee or peso.
            if found.unit not in local_currencies:
                local_currencies[found.unit] = local_currency(text, found.unit)
            found.unit = local_currencies[found.unit]
        if counts is not None and found.kind in ("count", "range"):
            previous_counts = (found.start, counts)
        last_figure = Figure(found.start, found.end, counts, found.kind, found.unit)
        cited.append(last_figure)
        to_level = _TO_LEVEL.match(text, found.end)
        next_level = (
            Figure(to_level.end(), to_level.end(), counts, found.kind, found.unit)
            # "from 187 to 223"; "rose 12 cents to $17.82" (a change, then the level, split above).
            if to_level
            and (pair_end is not None or _FROM_LEVEL.search(text, max(0, found.start - 30), found.start))
            else None
        )
        place = figure_place(sentence, text, found.start, places)
        period = figure_period(text, sentence, found.start, dates, date_starts)
        intro = list_intro(text, sentences, sentence) if place is None or period is None else None
        if intro is not None:
            place = place or figure_place(intro, text, intro[1], places)
            period = period or figure_period(text, intro, intro[1], dates, date_starts)
        statistics.append(
            Statistic(
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                value=found.value,
                value_high=found.value_high,
                qualifier=found.qualifier,
                kind=found.kind,
                approximate=found.approximate,
                unit=found.unit,
                counts=counts,
                change=figure_change(
                    text,
                    sentence[0],
                    found.start,
                    found.end,
                    counted=found.kind == "count" and counts is not None,
                )
                or gapped_change(text, sentence[0], found.start, statistics)
                or listed_change(text, found.start, found.end, counts, statistics),
                sentence=evidence(text, *sentence)
                if sentence[1] > sentence[0]
                else Evidence(start=found.start, end=found.end, text=text[found.start : found.end]),
                place=place,
                period=period,
            )
        )
        if second_level and len(statistics) > 1:
            add_level_change(statistics, earlier_first=True)
        elif len(statistics) > 1 and (
            _NEW_LEVEL_FROM.fullmatch(text, statistics[-2].end, found.start)
            or (
                statistics[-2].start >= sentence[0]
                and COMPARED_WITH_EARLIER.fullmatch(text, statistics[-2].end, found.start)
            )
        ):
            # "stands at N9.9trn from the earlier N8.7trn", "4.1% of households will be poor next year, compared
            # with 4.6% this year": the new level, then the one it came from.
            add_level_change(statistics, earlier_first=False)
    add_trailing_changes(text, statistics)
    add_restated_changes(text, statistics)
    return statistics
