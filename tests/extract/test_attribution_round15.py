"""Sources, round 15: an outlet the page's address spells is the article's own (`Source: SBS News` under a
chart on sbs.com.au), never the source of a figure; `mentioned` and `referenced` credit a figure to their subject.

Invented names.
"""

from __future__ import annotations

import pytest

from app.extract.quotes import Speaker
from app.extract.source_context import SourceContext
from tests.extract.pages import record_of

TEXT = "Table showing homelessness by town\nSource: Harbour News\nThe largest rise was 45 per cent.\n"
OUTLET = Speaker("Harbour News", "harbour-news", 42, 54, is_person=False)


@pytest.mark.parametrize(
    ("url", "own"),
    [
        ("https://www.harbournews.com/news/homelessness", True),
        # On another site the credit names another outlet, whose chart it is.
        ("https://www.ledger.example/homelessness", False),
        (None, False),
    ],
)
def test_an_outlet_the_page_address_spells_is_the_articles_own(url: str | None, own: bool) -> None:
    context = SourceContext(TEXT, [OUTLET], [], None, None, [], url=url)
    assert context.is_own(OUTLET) is own


def test_a_body_the_address_spells_is_not_an_outlet() -> None:
    council = Speaker("Harbour Council", "harbour-council", 0, 15, is_person=False)
    context = SourceContext(
        "Harbour Council said 4.", [council], [], None, None, [], url="https://harbourcouncil.example/"
    )
    assert context.is_own(council) is False


@pytest.mark.parametrize(
    "sentence",
    [
        "He mentioned that the government set a revenue target of $9.2 billion.",
        "Okello referenced the fact that revenue rose to $9.2 billion.",
    ],
)
def test_mentioned_and_referenced_credit_the_figure_to_their_subject(sentence: str) -> None:
    record = record_of(
        "Budget out\n\nFinance Minister Tomas Okello presented the budget.\n\n" + sentence + "\n"
    )
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.entity_id == "tomas-okello"
