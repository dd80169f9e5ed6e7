"""Attribution, round 12: a person named in apposition after her title (`The Statistician General, Risenga
Maluleke, said`), a person named with the body she speaks for (`Cory Kelly with Iowa Workforce Development
says`), one named with two initials and stops (`D. V. Chanaka said`) and one followed by when she spoke (`X
last month said`) are the subjects of their reporting verb; `according to police` names the force; a paragraph
that opens on a passive whose agent is a person (`This was confirmed by Commissioner X`) stops a body.

Invented passages, each rule with a row where it applies, and a near case where the apposition must not apply.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbour Figures Out\n\n"

# (rule, passage, figure, source name or None)
CASES = [
    (
        "a name in apposition after a title, closed by its comma, is the subject",
        "The Chief Statistician, Ama Owusu, said 140,000 more people were unemployed.",
        "140,000",
        "Ama Owusu",
    ),
    (
        "a name in apposition after a body's title is the person, not the body",
        "The Marlow Port Authority's chief executive, Jo Rees, said cargo rose 12%.",
        "12%",
        "Jo Rees",
    ),
    (
        "when the subject spoke, between it and its verb, leaves it the subject",
        "Prime Minister Saara Tindall last month said the drought would affect 1.26 million people.",
        "1.26 million",
        "Saara Tindall",
    ),
    (
        "a name written with two initials and stops is the subject",
        "State Minister of Aviation, D. V. Chanaka said 194,805 people visited last year.",
        "194,805",
        "D. V. Chanaka",
    ),
    (
        "according to police names the force, as police said does",
        "According to police data, road deaths fell by 34 cases.",
        "34",
        "police",
    ),
    (
        "according to the police names the force named before",
        "The Marlow Police Service opened a hotline.\n\nAccording to the police, 12 people died in the crash.",
        "12",
        "Marlow Police Service",
    ),
    (
        "a body goes on past a paragraph that opens on something else",
        "According to police, 15 were charged.\n\nThe murder count stood at 523.",
        "523",
        "police",
    ),
    (
        "a paragraph that opens on a passive whose agent is a person stops a body",
        "According to police, 15 were charged.\n\nThis was confirmed by acting Commissioner Jo Rees in an "
        "interview.\n\nThe murder count stood at 523.",
        "523",
        None,
    ),
    (
        "a name that closes a list before the verb is no apposition",
        "Critics of the plan, Jo Rees among them, said the cost of 12% was too high.",
        "12%",
        None,
    ),
    (
        "a person with the body she speaks for is the subject",
        "Cory Kelly with Marlow Workforce Development says the jobless rate fell to 3.1 percent.",
        "3.1 percent",
        "Cory Kelly",
    ),
    (
        "a person from a body is the subject, not the body",
        "Jane Doe from the Bureau of Harbour Statistics said 14,000 jobs were added.",
        "14,000",
        "Jane Doe",
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), CASES, ids=[case[0] for case in CASES])
def test_round12_sources(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(HEADLINE + passage), figure)) == source
