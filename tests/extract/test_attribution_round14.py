"""Attribution, round 14: the owner of a report named by its title (`The Treasury’s Half year Economic and
Fiscal Update forecast …`), a courtesy title opening a name in apposition (`the Minister of Mines, Hon X,
announced`), `as per` a report's title (`as per the final National Accounts for 2020`), a quoted title between
a body's possessive and its report, a lowercase
title's initials (`the CMD said` after `chairman-cum-managing director X`), and a
person after a headline's closing dash whom the story names again, unless the headline quotes them.

Invented passages, each rule with a row where it applies, and a near case where it must not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbour Figures Out\n\n"

# (rule, passage, figure, source name or None)
CASES = [
    (
        "the owner of a report named by its title is the source",
        "This compares with the Harbour Treasury’s Half year Economic and Fiscal Update forecast unemployment "
        "rate of 5.2%.",
        "5.2%",
        "Harbour Treasury",
    ),
    (
        "a possessive before a body's name is no report's owner",
        "Islandia’s Harbour Treasury said revenue rose 5%.",
        "5%",
        "Islandia’s Harbour Treasury",
    ),
    (
        "a courtesy title may open a name in apposition before the verb",
        "Exports earned $20 billion, the Minister of Mines, Hon Tomas Okello, announced.",
        "$20 billion",
        "Tomas Okello",
    ),
    (
        "as per a report's capitalized title names the report",
        "As per the final National Accounts for 2020, nominal GDP was N$178.1 billion.",
        "N$178.1 billion",
        "National Accounts",
    ),
    (
        "as per someone's instructions names no source",
        "Kito Amani said that as per the instructions of Chief Minister Dev Mann, 5,000 farmers are paid.",
        "5,000",
        "Kito Amani",
    ),
    (
        "a quoted title may stand between a body's possessive and its report",
        'The release of the Harbour Department of Labour\'s monthly "Labour Situation" '
        "report for June, indicates that unemployment was 8.1%.",
        "8.1%",
        "Harbour Department of Labour",
    ),
    (
        "the initials of a lowercase title stand for its holder",
        "HPCL chairman-cum-managing director Ravi Menon spoke on Monday.\n\nDemand is likely to reach 13,500 MW, "
        "the CMD said.",
        "13,500",
        "Ravi Menon",
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), CASES, ids=[case[0] for case in CASES])
def test_round14_sources(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(HEADLINE + passage), figure)) == source


def test_a_person_after_a_headline_s_closing_dash_whom_the_story_names_again() -> None:
    record = record_of(
        "We'll raise fish output by 283 tonnes –Okello\n\nFisheries Secretary Tomas Okello spoke on Monday.\n\n"
        "Okello said farms will get cages.\n"
    )
    assert source_name(figure_of(record, "283")) == "Tomas Okello"


def test_a_headline_that_quotes_the_person_after_its_dash_credits_them_the_quote_only() -> None:
    record = record_of(
        "Income rises 12% but ‘we must live within our means’ - Okello\n\nChief executive Tomas Okello spoke "
        "on Monday.\n\nOkello said farms will get cages.\n"
    )
    assert source_name(figure_of(record, "12%")) is None
