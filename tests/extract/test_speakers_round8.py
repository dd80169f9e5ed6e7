"""Quote speakers, round 8: a body speaks only under words written as a name (docs/evaluation.md, "Quotes and
speakers, round 8").

Invented passages; each row failed before the rule (the words before the verb became the speaker's name).
"""

from __future__ import annotations

import pytest

from tests.extract.pages import speakers_of

Case = tuple[str, str, list[tuple[str, str | None]]]

# (rule, body, (opening words, speaker id) of each quote)
CASES: list[Case] = [
    (
        "a pronoun opening the paragraph is no body's name",
        "The Tarn Government publishes the figures every quarter.\n\n"
        "It says the release is designed to ensure everyone “is aware of the challenge ahead”.\n",
        [("is aware of the challenge", None)],
    ),
    (
        "an opening phrase before the subject is no body's name",
        "Tarn Rail Union members voted to end the strike.\n\n"
        "In a statement the union said: “The executive has accepted the result of the ballot.”\n",
        [("The executive has accepted", None)],
    ),
    (
        "a role written in lowercase after a place is no body's name",
        "Tarn’s drug policy minister has described the new figures as “appalling”.\n",
        [("appalling", None)],
    ),
    (
        "a body written as a name still speaks",
        "Copernicus indicates that “the warming of the oceans continues at a record pace”.\n",
        [("the warming of the oceans", "copernicus")],
    ),
    (
        "a name of several capitalized words is written as a name",
        "Tarn Water Watch indicates that “the reservoirs are at their lowest level in a decade”.\n",
        [("the reservoirs are at", "tarn-water-watch")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[case[0] for case in CASES])
def test_round8_speakers(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule
