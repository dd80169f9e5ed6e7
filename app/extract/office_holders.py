"""Whether a person named in a document holds public office: titles, party tags, the officials they serve."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.bodies import title_is_office
from app.models import Evidence, StatedTitle

__all__ = ["PersonEntity", "holds_office", "serves_official"]

_CANDIDATE = re.compile(r"\b(?:candidate|nominee|challenger|hopeful)\b", re.IGNORECASE)
# "Gov. Mitchell's spokeswoman", "His press secretary": a member of an official's staff.
_STAFF_OF = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*?)['’]s)\s+"
    r"(?:(?:chief|deputy|senior|top|former)\s+)?(?:spokes(?:man|woman|person)|press\s+secretary|chief\s+of\s+staff"
    r"|aide|adviser|advisor|communications\s+director)\b"
)


# "a spokeswoman for Health Minister Tom Hale": the staff of the official named after the role.
_STAFF_FOR = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:chief|deputy|senior|top|former)\s+)?(?:spokes(?:man|woman|person)|press\s+secretary"
    r"|chief\s+of\s+staff|aide|adviser|advisor|communications\s+director)\s+(?:for|to)\s+"
    r"(?P<owner>(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*)$"
)


# "Cleverly's predecessor", "her successor": who held the office before or after the person named.
_SUCCESSION = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*?)['’]s)\s+"
    r"(?:immediate\s+)?(?:predecessor|successor)"
)


@dataclass
class PersonEntity:
    """One person of a document: the fullest name, every stated title and every mention."""

    entity_id: str
    name: str
    surname: str
    titles: list[StatedTitle] = field(default_factory=list)
    affiliation: str | None = None
    official_hint: bool = False
    mentions: list[Evidence] = field(default_factory=list)


def holds_office(entity: PersonEntity, acronyms: dict[str, str]) -> bool:
    """A public office among the stated titles, or a party tag that marks a legislator (`(R-Texas)`).

    A body named by an acronym the text spells out (`NDRRMC spokesperson X` after `the National Disaster
    Risk Reduction and Management Council (NDRRMC)`) is judged by its full name.
    """
    if entity.official_hint or any(
        title_is_office(title.text, title.organization)
        or (
            title.organization in acronyms
            and title_is_office(
                title.text.replace(title.organization, acronyms[title.organization]),
                acronyms[title.organization],
            )
        )
        for title in entity.titles
    ):
        return True
    return entity.affiliation is not None and not any(
        _CANDIDATE.search(title.text) for title in entity.titles
    )


def serves_official(entity: PersonEntity, entities: dict[str, PersonEntity], officials: set[str]) -> bool:
    """`Gov. Mitchell's spokeswoman`, `His press secretary`: the staff of an official serve in public office.

    So does the predecessor or successor of an official (`Cleverly's predecessor X`): they held the office.
    """
    for title in entity.titles:
        staff = (
            _STAFF_OF.match(title.text) or _STAFF_FOR.match(title.text) or _SUCCESSION.fullmatch(title.text)
        )
        if staff is None:
            continue
        owner = staff["owner"]
        if owner is None:
            # The pronoun refers to the person last named before the title.
            named = [
                (mention.start, other.entity_id)
                for other in entities.values()
                for mention in other.mentions
                if mention.start < title.start and other is not entity
            ]
            if named and max(named)[1] in officials:
                return True
        elif any(
            entities[official].surname == owner.split()[-1]
            or entities[official].name == owner
            or owner.endswith(" " + entities[official].name)
            for official in officials
        ):
            return True
    return False
