"""A quote's surroundings as the speaker rules see them: the mentions that can speak and the passage around
the quote, and the attribution a mention makes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.extract.spans import evidence
from app.models import Attribution

__all__ = ["Passage", "Speaker", "attribution_of", "speaker_in"]


@dataclass(frozen=True)
class Speaker:
    """A mention of someone who can speak: a person or an organization."""

    name: str
    entity_id: str | None
    start: int
    end: int
    is_person: bool = True


@dataclass(frozen=True)
class Passage:
    """The document around one quote: who can speak, and who has spoken so far."""

    text: str
    speakers: Sequence[Speaker]
    roles: Mapping[str, Speaker]  # a title's last word -> the one person holding it
    title_words: Mapping[str, frozenset[str]]  # entity id -> the last words of the person's titles
    quoted: Sequence[tuple[int, int]]  # the quotes of the paragraph
    current: Attribution | None = (
        None  # the speaker of the last attributed quote (this paragraph's or carried)
    )
    recent: Speaker | None = None  # that person where their last quote ended, for a pronoun's antecedent
    # The ids of the bodies found speaking where no name says so: no extractor listed them (`Copernicus
    # indicates that "…"`) or a noun refers to them (`the thinktank said`).
    unlisted_bodies: set[str] = field(default_factory=set)
    # (a title without its article, where) -> the holder named last before, where several hold its head.
    role_holder: Callable[[str, int], Speaker | None] | None = None


def speaker_in(speakers: Sequence[Speaker], start: int, end: int) -> Speaker | None:
    """The first person mentioned within `start:end`, else the first body."""
    inside = [speaker for speaker in speakers if start <= speaker.start and speaker.end <= end]
    people = [speaker for speaker in inside if speaker.is_person]
    chosen = people or inside
    return chosen[0] if chosen else None


def attribution_of(
    speaker: Speaker, text: str, start: int | None = None, end: int | None = None
) -> Attribution:
    """The speaker as an attribution, with its mention (or `text[start:end]`) as evidence."""
    span = (
        evidence(text, speaker.start, speaker.end)
        if start is None or end is None
        else evidence(text, start, end)
    )
    return Attribution(name=speaker.name, entity_id=speaker.entity_id, evidence=span)
