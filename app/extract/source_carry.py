"""Carrying a source forward: which source a sentence that names none goes on with.

A statement carries through the sentences of its paragraph that go on stating figures (`Ruiz said …
Fourteen will shut.`) until one states none or turns away (`However, …`), a list
opened by a colon to its items and to the paragraph right after the colon, a report (`according to`, a
source phrase) on into later paragraphs until a paragraph opens on a person. A sentence that opens on
the report (`The study surveyed …`) or a list of more data (`Other data released includes:`) names
the report again. Nothing carries backward.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from app.extract.lexicon import word_set
from app.extract.quotes import Speaker
from app.extract.source_context import SourceContext
from app.extract.source_cues import ANY_CASE_SOURCE_NOUNS, REPORTING_VERBS, SOURCE_NOUNS, Cue, Source
from app.extract.spans import word_pattern
from app.models import Attribution, Quote

__all__ = ["SourceCarry", "quote_speaker"]

_DATA_WORD = re.compile(rf"\b{SOURCE_NOUNS}\b")
_INTRODUCES_LIST = re.compile(r":\s*$")
_REPORT_OPENING = re.compile(
    rf"(?:The|This|That|These|Those|Its|Their)\s+(?:[a-z][\w-]*\s+)?(?P<noun>{SOURCE_NOUNS})\b"
)
# The kind of report a cue names (`a new report by X`, `X's data`), found a few words after the cue's start.
_NOUN_NEAR = re.compile(rf"\b(?P<noun>{ANY_CASE_SOURCE_NOUNS})\b")
_CONTRAST_OPENING = re.compile(rf"(?:{word_pattern(word_set('contrast_openings.txt'))})\b")
_AGENTLESS_PROJECTION = re.compile(
    rf"\b(?:is|are|was|were|been)\s+(?:(?:also|still)\s+)?(?:{word_pattern(word_set('projection_participles.txt'))})"
    r"\s+(?:to|that)\b"
)
# `But that deficit will balloon …` (a conjunction and a demonstrative), `This had already affected …` (a
# demonstrative standing for what was just said, before its verb); not `These stations employ …`, a new
# subject, nor `This year …`.
_POINTS_BACK = re.compile(
    # `Of that total, $1 million …`: a part of what was just said.
    r"(?:(?:But|And|Yet|So|Of)\s+(?:this|that|these|those)"
    rf"(?!\s+(?:{word_pattern(word_set('time_nouns.txt'))})\b)"
    r"|(?:This|That|These|Those)(?:['’]s|\s+(?:also\s+)?"
    rf"(?:{word_pattern(word_set('pointing_back_verbs.txt'))})))\b"
)
_BULLETS = "-•*–—·▪"
_GENERIC_BODY_NOUNS = word_set("generic_body_nouns.txt")
# `The central bank began …`: a paragraph opening on a body by its kind, before a verb that reports nothing.
_BODY_OPENING = re.compile(
    rf"The\s+(?:[a-z][\w-]*\s+)?(?P<noun>{word_pattern(word_set('body_nouns.txt'))})\s+"
    rf"(?:(?:also|has|have|had)\s+)*(?!(?:{REPORTING_VERBS}|of|for|in|on|at|and|to)\b)[a-z]+\b"
)
_REPORT_METHODS = frozenset(["according_to", "source_phrase"])


def quote_speaker(attribution: Attribution) -> Speaker:
    """A quote's resolved speaker as a mention that can be a source."""
    named = attribution.evidence
    return Speaker(
        attribution.name, attribution.entity_id, named.start if named else 0, named.end if named else 0
    )


class SourceCarry:
    """The sources that carry on from the sentences read so far, updated sentence by sentence."""

    def __init__(self, context: SourceContext, quotes: Sequence[Quote]) -> None:
        self._context = context
        self._quotes = sorted(quotes, key=lambda quote: quote.start)
        self._quote_starts = [quote.start for quote in self._quotes]
        self.carried: Source | None = None  # what a sentence naming no source goes on with
        self.recent: Source | None = None  # the last source named, even in an earlier paragraph
        self.report: Source | None = None  # the last report named (`according to`, `a study by`)
        self._reports_by_noun: dict[str, Source] = {}  # the last report of each kind (`report`, `data`)
        self._paragraphs_since_recent = 0  # paragraph breaks passed since `recent` was named
        self._previous_end = 0
        self._listing = False  # the last cued sentence opened a list (`X said:`)
        self._colon_pending = False  # that sentence was the last one before a paragraph break

    @property
    def earlier(self) -> Source | None:
        """The source a sentence may refer back to: the one carried, else the last named."""
        return self.carried or self.recent

    @property
    def earlier_report(self) -> Source | None:
        """The report named before, or the body carried (`The figures also showed …`)."""
        earlier = self.earlier
        return self.report or (earlier if earlier is not None and not earlier.named.is_person else None)

    def enter(self, start: int, end: int) -> None:
        """Start the sentence `text[start:end]`: a new paragraph ends a statement, not a report or list."""
        text = self._context.text
        # A sentence run onto the one before without a space (`… on-year.Exports of …`) follows a paragraph
        # break the copy lost.
        new_paragraph = "\n" in text[self._previous_end : start] or (
            self._previous_end > 0 and not text[start - 1].isspace()
        )
        list_goes_on = self._listing and (text[start] in _BULLETS or self._colon_pending)
        carried = self.carried
        ends_with_paragraph = new_paragraph and not list_goes_on
        if carried is not None and (
            (
                ends_with_paragraph
                and (
                    # `But that deficit will balloon …`: a paragraph that opens by pointing back goes on.
                    (not carried.data and _POINTS_BACK.match(text, start, end) is None)
                    or self._context.opens_with_person(start)
                    or self._opens_with_other_body(start, end, carried)
                )
            )
            or (not (carried.data or self._listing) and self._turns(start, end))
        ):
            self.carried = None
        if new_paragraph:
            self._colon_pending = False
            self._paragraphs_since_recent += 1
        self._previous_end = end

    def _opens_with_other_body(self, start: int, end: int, carried: Source) -> bool:
        """`The central bank began to raise …` after a statistics office's report: a paragraph that opens on
        what another body did is the article's account of it, not the report going on."""
        opening = _BODY_OPENING.match(self._context.text, start, end)
        if opening is None or opening["noun"] in _GENERIC_BODY_NOUNS:
            return False
        body = self._context.last_body(opening["noun"], start)
        return body is None or body.name != carried.named.name

    def _turns(self, start: int, end: int) -> bool:
        """`However, …`: the paragraph turns away from the statement carried."""
        return _CONTRAST_OPENING.match(self._context.text, start, end) is not None

    def report_called(self, noun: str) -> Source | None:
        """`The report found …`: the last report named by that word (not the data it drew on), else the
        report or body named before."""
        return self._reports_by_noun.get(noun.lower()) or self.earlier_report

    def reopened_report(self, start: int, end: int) -> Cue | None:
        """`The study surveyed 1,200 riders`: the report named before, to the end of this paragraph."""
        opening = _REPORT_OPENING.match(self._context.text, start, end) if self.report is not None else None
        report = self.report_called(opening["noun"]) if opening is not None else None
        return Cue(start, Source(report.named, "continued", False)) if report is not None else None

    def projection(self, start: int, end: int) -> Cue | None:
        """`Spending is projected to boost growth by 0.75 points`: a projection that names no one is the
        last source's, named in this paragraph or the one before."""
        recent = self.recent
        if recent is None or self._paragraphs_since_recent > 1:
            return None
        projected = _AGENTLESS_PROJECTION.search(self._context.text, start, end)
        if projected is None or self._context.in_quote(projected.start()):
            return None
        return Cue(projected.start(), Source(recent.named, "continued", recent.data))

    def listed_report(self, start: int, end: int) -> Cue | None:
        """`Other data released includes:`: the list goes on with the report (or body) named before."""
        text = self._context.text
        earlier = self.earlier_report
        if (
            earlier is not None
            and _INTRODUCES_LIST.search(text, start, end)
            and _DATA_WORD.search(text, start, end)
        ):
            return Cue(start, Source(earlier.named, "continued", True))
        return None

    def _quoted_by(self, start: int, end: int, name: str) -> bool:
        """A quote reaching into `text[start:end]` is said by `name`."""
        return any(
            quote.speaker is not None and quote.speaker.name == name and quote.end > start
            for quote in self._quotes[: bisect.bisect_left(self._quote_starts, end)]
        )

    def leave(
        self,
        start: int,
        end: int,
        cues: Sequence[Cue],
        *,
        stated_figures: bool,
        first_figure: int | None = None,
    ) -> None:
        """End the sentence: its last cue is carried on, else a quote's speaker, else a statement stops."""
        if cues:
            last = cues[-1].source
            going_on = self.carried or self.report
            if (
                last is not None
                and not self._context.is_data_producer(last.named)
                and first_figure is not None
                and cues[-1].position > first_figure
                and (
                    last.method == "according_to"
                    or going_on is None
                    or going_on.named.name != last.named.name
                )
            ):
                # `Sales rose 14%, according to X.`, `…, the X agency reports.`: a credit after the figures
                # is the sentence's; it goes on through its paragraph like a statement, not into the next
                # (`Net income rose …`: the company's own results). A body referred back to
                # (`…, the department said`) goes on with its report, as does a statistics office.
                last = replace(last, data=False)
            carried = self.carried
            if (
                last is not None
                and not last.data
                and carried is not None
                and carried.data
                and carried.method == "according_to"
                and carried.named.is_person
                and carried.named.name == last.named.name
                and self._quoted_by(start, end, last.named.name)
            ):
                # `According to Jo Rees, the centre's report …` then `"…," she said`: quoting her report's author
                # does not end it.
                last = replace(last, data=True)
            self.carried = self.recent = last
            self._paragraphs_since_recent = 0
            self._listing = self._colon_pending = (
                _INTRODUCES_LIST.search(self._context.text, start, end) is not None
            )
            reports = [cue.source for cue in cues if cue.source and cue.source.method in _REPORT_METHODS]
            for cue in cues:
                if cue.source is None or cue.source.method not in _REPORT_METHODS:
                    continue
                noun = _NOUN_NEAR.search(self._context.text, cue.position, min(end, cue.position + 60))
                if noun is not None:
                    self._reports_by_noun[noun["noun"].lower()] = cue.source
            self.report = reports[-1] if reports else self.report
            return
        inside = self._quotes[
            bisect.bisect_left(self._quote_starts, start) : bisect.bisect_left(self._quote_starts, end)
        ]
        spoken = [quote for quote in inside if quote.speaker is not None]
        if spoken and spoken[-1].speaker is not None:
            speaker = quote_speaker(spoken[-1].speaker)
            carried = self.carried
            if (
                carried is None
                or not carried.data
                or carried.method != "according_to"
                or carried.named.name != speaker.name
            ):
                # The report's own author quoted goes on with it; anyone else's quote ends it.
                self.carried = Source(speaker, "quote", False)
            self.recent = self.carried
            self._paragraphs_since_recent = 0
        elif self.carried is not None and not (self.carried.data or self._listing or stated_figures):
            # A statement goes on through the figures that follow it in its paragraph, a list for its items.
            self.carried = None
