"""A person's own office speaks for the person (`the governor's office`, `Mayor Ana Ruiz's office`), by role or by
name; an office that is an agency of its own (`the sheriff's office`) stays a body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.lexicon import word_set
from app.extract.quotes import Speaker
from app.extract.role_holders import RoleHolders

__all__ = ["office_holder"]

_PERSONAL_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[\w .’'-]+?)['’]s\s+office")
_AGENCY_OFFICE_TITLES = word_set("agency_office_titles.txt")


def office_holder(actor: Speaker, roles: RoleHolders, people: Sequence[Speaker]) -> Speaker | None:
    """The person whose own office `actor` names, at the office's words, or None."""
    office = _PERSONAL_OFFICE.fullmatch(actor.name)
    if actor.is_person or office is None:
        return None
    owner = office["owner"]
    written = " " + owner.lower().replace("’", "'")
    if any(written.endswith(" " + title) for title in _AGENCY_OFFICE_TITLES):
        return None  # `the sheriff's office`, `the Harbour County Sheriff's Office`
    person = roles.holder(owner, actor.start) or next(
        (person for person in reversed(people) if person.start < actor.start and person.name in owner),
        None,
    )
    if person is None:
        return None
    return Speaker(person.name, person.entity_id, actor.start, actor.end)
