"""The person a table row's sentence names, for the officials and people tables."""

from __future__ import annotations

from app.extract.people import find_people
from app.models import Person


def person_named(text: str, name: str) -> Person:
    """The person `find_people` finds in `text` under `name`; fails listing what it found instead."""
    people = {person.name: person for person in find_people(text)}
    assert name in people, list(people)
    return people[name]
