"""Attribution, round 9: how far a body's report carries, and a report described at length.

Invented passages, each rule with a row where it applies and, where a near case must not change, one where
it does not.
"""

from __future__ import annotations

import pytest

from app.extract.organizations import find_organizations
from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbour Figures Out\n\n"

# (rule, passage, figure, source name or None)
CASES = [
    (
        "figures described at length before a passive verb of publishing name who published them",
        "Waiting lists grew again.\n\nFresh figures showing the scale of the backlog were published by the "
        "Marlow Health Department on Thursday.\n\nAs of March 31, there were 214,953 people on the list.",
        "214,953",
        "Marlow Health Department",
    ),
    (
        "the police refer back to the force named before",
        "The Marlow Police Service (MPS) opened new stations.\n\nThe police reported 212 burglaries in May.",
        "212",
        "Marlow Police Service",
    ),
    (
        "the police opening a list with `recorded the following` credits the list to the force",
        "The Marlow Police Service (MPS) opened new stations.\n\nDuring the quarter, the police recorded the "
        "following reductions:\n\n  • Murders dropped by 9.8%\n\n  • Robberies fell by 6%",
        "6%",
        "Marlow Police Service",
    ),
    (
        "police recording crimes is what the force went through",
        "The Marlow Police Service (MPS) opened new stations.\n\nThe police recorded 4,100 offences in May.",
        "4,100",
        None,
    ),
    (
        "a company named after a word for one is the one `the retail giant` refers back to",
        "Sales grew for conglomerate Tarnfield in a full-year result.\n\nThe retail giant posted a net "
        "profit of $1.2 billion.",
        "$1.2 billion",
        "Tarnfield",
    ),
    (
        "a company named by its legal form stays the one `the company` refers back to",
        "Marlow Inc's revenue rose 8 percent, according to research firm Tarnstat.\n\nThe company posted a net "
        "loss of $102 million.",
        "$102 million",
        "Marlow Inc",
    ),
    (
        "the ministry after its minister is named is the ministry of the minister's portfolio",
        "The Minister of Fisheries, Ana Ruiz, urged boat owners to register.\n\nAccording to data from the "
        "ministry on the state of the fleet, 1,240 boats were registered.",
        "1,240",
        "Ministry of Fisheries",
    ),
    (
        "a ministry the text names is the one it refers back to",
        "The Ministry of Marine Resources opened a registry, Fisheries Minister Ana Ruiz said.\n\nThe ministry "
        "said 1,240 boats were registered.",
        "1,240",
        "Ministry of Marine Resources",
    ),
    (
        "a name modifying a two-word subject noun does not stop the body's report",
        "The pass rate was 71.4%, the Marlow Exams Board said.\n\nThe Junior Certificate pass rate remained at "
        "92.1%.",
        "92.1%",
        "Marlow Exams Board",
    ),
    (
        "a body that is the subject before a reporting verb still stops the report",
        "The pass rate was 71.4%, the Marlow Exams Board said.\n\nThe Tarn Teachers Union said it counted "
        "1,200 appeals.",
        "1,200",
        "Tarn Teachers Union",
    ),
    (
        "a report described at length names its producer after `of`",
        "Exports grew 8.2 per cent, according to a quarterly external trade and balance report of the Marlow "
        "Reserve Bank.",
        "8.2 per cent",
        "Marlow Reserve Bank",
    ),
    (
        "a currency's letters before an amount end a name, so the paragraph names no new body",
        "Remittances reached Rs. 729 billion, the Marlow Reserve Bank reported.\n\nRemittance of Rs. 86.9 "
        "billion was received in the last month.",
        "Rs. 86.9 billion",
        "Marlow Reserve Bank",
    ),
    (
        "an opening phrase is read past to the paragraph's subject",
        "Remittances rose 13%, the Marlow Reserve Bank reported.\n\nIn the US dollar terms, remittance inflows "
        "reached 6.2 billion.",
        "6.2 billion",
        "Marlow Reserve Bank",
    ),
    (
        "an opening phrase that names a person turns to someone else",
        "Damage reached $2.1 billion, the Marlow Emergency Agency said.\n\nFor Lena and Tomas Varga, the "
        "flood pushed 20 inches of water inside.",
        "20",
        None,
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), CASES, ids=[case[0] for case in CASES])
def test_round9_sources(rule: str, passage: str, figure: str, source: str | None) -> None:
    record = record_of(HEADLINE + passage)
    assert source_name(figure_of(record, figure)) == source, rule


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Figures were published by the Marlow Health Department on Thursday.", "Marlow Health Department"),
        ("The Senate Committee on Foreign Relations met.", "Senate Committee on Foreign Relations"),
    ],
)
def test_a_day_after_on_ends_a_bodys_name(text: str, name: str) -> None:
    assert [organization.name for organization in find_organizations(text)] == [name]
