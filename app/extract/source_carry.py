"""Carrying a source forward: which source a sentence that names none goes on with.

Only a source named for a figure is carried, and only forward: a body named as a source, a person who states
a figure in her sentence or opens a list with a colon, a quote's speaker. A person carries to the end of the
paragraph; a body on into later paragraphs. Either stops at another source named for a figure or at any
direct quote (whose speaker then carries as a person does), at a sentence that counts in the article's own
voice (`by our count`), and a body at a paragraph that opens on a named person or on another body as its
subject (carry_stops.py). A list opened by a source and a colon carries to every item. An unnamed source
(`officials said`) neither starts nor stops a carry. A sentence that opens on the report (`The study
surveyed …`) or a list of more data (`Other data released includes:`) names the report again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from app.extract.carry_stops import counts_in_own_voice, is_link_line, opens_on_another
from app.extract.quote_turns import is_caption
from app.extract.quotes import Speaker
from app.extract.source_context import SourceContext
from app.extract.source_cues import ANY_CASE_SOURCE_NOUNS, SOURCE_NOUNS, Cue, Source
from app.models import Attribution, Quote

__all__ = ["SourceCarry", "quote_speaker"]

_DATA_WORD = re.compile(rf"\b{SOURCE_NOUNS}\b")
_INTRODUCES_LIST = re.compile(r":\s*$")
_REPORT_OPENING = re.compile(
    rf"(?:The|This|That|These|Those|Its|Their)\s+(?:[a-z][\w-]*\s+)?(?P<noun>{SOURCE_NOUNS})\b"
)
# The kind of report a cue names (`a new report by X`, `X's data`), found a few words after the cue's start.
_NOUN_NEAR = re.compile(rf"\b(?P<noun>{ANY_CASE_SOURCE_NOUNS})\b")
_BULLETS = "-•*–—·▪"
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
        self._quote_ends = [quote.end for quote in self._quotes]
        self.carried: Source | None = None  # what a sentence naming no source goes on with
        self.recent: Source | None = None  # the last source named, even in an earlier paragraph
        self.report: Source | None = None  # the last report named (`according to`, `a study by`)
        self._reports_by_noun: dict[str, Source] = {}  # the last report of each kind (`report`, `data`)
        self._previous_end = 0
        self._listing = False  # the last sentence opened a list for the source carried (`X said:`)
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
        """Start the sentence `text[start:end]`: a new paragraph ends a person's statement, and a body's where
        it opens on someone else."""
        text = self._context.text
        # A sentence run onto the one before without a space (`… on-year.Exports of …`) follows a paragraph
        # break the copy lost.
        new_paragraph = "\n" in text[self._previous_end : start] or (
            self._previous_end > 0 and not text[start - 1].isspace()
        )
        if new_paragraph and (
            is_link_line(self._context, start, end) or is_caption(text, self._context.actors, start, end)
        ):
            # `READ MORE: …`, a photo's caption: no paragraph of this story
            self._previous_end = end
            return
        list_goes_on = self._listing and (text[start] in _BULLETS or self._colon_pending)
        carried = self.carried
        if carried is not None and (
            (
                new_paragraph
                and not list_goes_on
                and (carried.named.is_person or opens_on_another(self._context, start, end, carried.named))
            )
            or counts_in_own_voice(self._context, start, end)
        ):
            self.carried = None
        if new_paragraph:
            self._colon_pending = False
            self._listing = list_goes_on
        self._previous_end = end

    def report_called(self, noun: str) -> Source | None:
        """`The report found …`: the last report named by that word (not the data it drew on), else the
        report or body named before."""
        return self._reports_by_noun.get(noun.lower()) or self.earlier_report

    def reopened_report(self, start: int, end: int) -> Cue | None:
        """`The study surveyed 1,200 riders`: the report named before, named again."""
        opening = _REPORT_OPENING.match(self._context.text, start, end) if self.report is not None else None
        report = self.report_called(opening["noun"]) if opening is not None else None
        return Cue(start, Source(report.named, "continued", report.data)) if report is not None else None

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

    def remember_reports(self, cues: Sequence[Cue], end: int) -> None:
        """The reports `cues` name, for a later `The survey also found …`, whether or not they are carried
        (`Mapa reported the results of the PSA's survey`: the person is the source, the survey the PSA's)."""
        for cue in cues:
            if cue.source is None or cue.source.method not in _REPORT_METHODS:
                continue
            self.report = cue.source
            noun = _NOUN_NEAR.search(self._context.text, cue.position, min(end, cue.position + 60))
            if noun is not None:
                self._reports_by_noun[noun["noun"].lower()] = cue.source

    def _last_quote(self, start: int, end: int) -> Quote | None:
        """The last direct quote that reaches into `text[start:end]`."""
        inside = [
            quote
            for quote in self._quotes[bisect.bisect_right(self._quote_ends, start) :]
            if quote.start < end
        ]
        return inside[-1] if inside else None

    def leave(
        self,
        start: int,
        end: int,
        cues: Sequence[Cue],
        *,
        stated_figures: bool,
        credited: Source | None = None,
    ) -> None:
        """End the sentence: the source its last figure was credited to is carried on (`according to an X
        poll, the Y newspaper reported`: X, not the outlet named last), else the last source it names (a person
        only where the sentence states a figure or opens a list); a direct quote after it stops that and
        carries its speaker instead."""
        text = self._context.text
        opens_list = _INTRODUCES_LIST.search(text, start, end) is not None
        named = [cue for cue in cues if cue.source is not None]
        self.remember_reports(named, end)
        quote = self._last_quote(start, end)
        carried_from_cue = False
        if named:
            last = credited or named[-1].source
            self.recent = last
            if last is not None and (
                stated_figures
                or opens_list
                or not last.named.is_person
                or (last.method == "source_phrase" and last.data)
            ):
                # `Ms Reeves said the plan was unfair`: a person who states no figure is no source to carry;
                # `Sheriff X presented his annual report` opens the report's figures that follow.
                self.carried = last
                carried_from_cue = True
        if quote is not None and not (carried_from_cue and quote.end <= named[-1].position):
            # Any direct quote stops the source carried; its speaker goes on as a person, for a figure.
            speaker = quote.speaker
            spoken = Source(quote_speaker(speaker), "quote", False) if speaker is not None else None
            self.carried = spoken
            self.recent = spoken or self.recent
        if opens_list:
            self._listing = self._colon_pending = self.carried is not None
        elif named or quote is not None:
            self._listing = False
