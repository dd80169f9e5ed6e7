"""Publisher, round 14: datelines with a year or a dated credit, a credit in brackets opening the story or
closing it, a byline's outlet in brackets or on the next line, a masthead with its place, and desks that are
no outlet.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import BODY, HEADLINE, record_of

BODY_TEXT = BODY.removesuffix("\n")

PUBLISHERS: list[tuple[str, str | None]] = [
    # A dateline whose date gives its year, or whose credit gives the day, before the dash.
    (HEADLINE + "HARBOURTON, April 12, 2021 (BSS) – " + BODY, "Bangladesh Sangbad Sangstha"),
    (HEADLINE + "PORTVILLE, Islandia (Islandia Times, Mar 3) – " + BODY, "Islandia Times"),
    # A known wire in brackets right after the date, with no space.
    (HEADLINE + "Harbourton, July 22(UNI) " + BODY, "United News of India"),
    # An outlet's name in brackets opening the first paragraph.
    (HEADLINE + "(Harbour Guardian) " + BODY, "Harbour Guardian"),
    # ... which the name of a body in brackets is not.
    (HEADLINE + "(Harbour Council) " + BODY, None),
    # A desk credited in a dateline is the site's own desk, not an outlet.
    (HEADLINE + "HARBOURTON (Web Desk) – " + BODY, None),
    (HEADLINE + "HARBOURTON (News Desk) – " + BODY, None),
    # A credit after a horizontal bar at the end of the story; a short wire credit on the last line.
    (HEADLINE + BODY_TEXT + " ― Bernama\n", "Bernama"),
    (HEADLINE + BODY + "\n—JIS\n", "Jamaica Information Service"),
    # A copyright line with a dash between the year and the name.
    (HEADLINE + BODY + "\nCopyright 2013 - Harbour Tribune\n", "Harbour Tribune"),
    # A news agency's name, in a source credit at the end of the story.
    (HEADLINE + BODY_TEXT + " Source: Islandia News Agency\n", "Islandia News Agency"),
    (HEADLINE + BODY_TEXT + " Source: Harbour Council\n", None),
    # An outlet's name in brackets after the story's last sentence.
    (HEADLINE + BODY_TEXT + " (Harbour NewsWire)\n", "Harbour NewsWire"),
    (HEADLINE + BODY_TEXT + " (Harbour Council)\n", None),
    # A masthead that gives the outlet's city in brackets, on a line of its own above the story.
    (HEADLINE + "Islandia News Agency (Port Town)\n\n" + BODY, "Islandia News Agency"),
    (HEADLINE + "Harbour Daily News (Port Town)\n\nBy Ana Ruiz\n\n" + BODY, "Harbour Daily News"),
    (HEADLINE + "Harbour Council (Port Town)\n\n" + BODY, None),
    # A byline whose outlet is in brackets after the author, or alone on the next line.
    (HEADLINE + "By Ana Ruiz (HBC)\n\n" + BODY, "HBC"),
    (HEADLINE + "By Ana Ruiz\nHarbour Daily News\n\n" + BODY, "Harbour Daily News"),
    (HEADLINE + "By Ana Ruiz\nHarbour Council\n\n" + BODY, None),
    # A byline that names the outlet's reporter.
    (HEADLINE + "By The Islandian Reporter\n\n" + BODY, "The Islandian"),
    (HEADLINE + "By Staff Reporter\n\n" + BODY, None),
    # A known wire run into the author's name on a line of its own.
    (HEADLINE + "Ana RuizAAP\n\n" + BODY, "Australian Associated Press"),
    # A byline run into the story by dashes credits no outlet with the story's first sentence.
    ("By Ana Ruiz—– The Harbour Council has kept the rates at 11.5 per cent.\n\n" + BODY, None),
]


@pytest.mark.parametrize(("page", "publisher"), PUBLISHERS)
def test_the_publisher_in_round_14_forms(page: str, publisher: str | None) -> None:
    record = record_of(page)
    assert (record.outlet.value if record.outlet else None) == publisher


def test_a_bracketed_credit_the_page_address_spells_ends_the_story() -> None:
    page = HEADLINE + BODY_TEXT + " (NewsWire)\n"
    record = record_of(page, url="https://www.newswire.example/2021/03/story")
    assert record.outlet is not None and record.outlet.value == "NewsWire"
    assert record_of(page).outlet is None
