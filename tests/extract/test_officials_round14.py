"""Officials, round 14: a title in capitals after a sentence's lowercase words and set off by a comma, a
portfolio alone before a head, Malaysian honorifics and abbreviated given names, lowercase offices whose
portfolio is a list or a phrase or that lead a body named by its kind, a party's spokesperson for a capitalized
portfolio, an MEC's list of portfolios, `-elect`, and no verb of the sentence in a title.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from tests.extract.people_cases import person_named


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # A title in capitals set off from the name by a comma, after lowercase words of the sentence.
        (
            "He said he had been meeting Harbour Rail and Public Works Minister, Tomas Okello last week.",
            "Tomas Okello",
            "Harbour Rail and Public Works Minister",
        ),
        # Two roles joined at the sentence's start stay one appositive.
        (
            "Kenya Tourism Chairman and Kenya Airways Group Chief Executive, Akin Bello, was quoted as saying so.",
            "Akin Bello",
            "Kenya Tourism Chairman",
        ),
        # A portfolio alone before a head is a government's, not a private body.
        (
            "Fish output will rise, Mining and Maritime Affairs Cabinet Secretary Halima Njeri has said.",
            "Halima Njeri",
            "Mining and Maritime Affairs Cabinet Secretary",
        ),
        # `Datuk Seri` stands between an office and the name; `Mohd` opens a name as Muhammad does.
        (
            "Former prime minister Datuk Seri Rizal Hakim called for another round.",
            "Rizal Hakim",
            "Former prime minister",
        ),
        ("Marlow MP Mohd Rizal Hakim called for another round.", "Mohd Rizal Hakim", "Marlow MP"),
        # A lowercase office whose portfolio is a list, or a phrase.
        (
            "The secretary of state for digital, culture, media and sport Joan Miller was copied in.",
            "Joan Miller",
            "secretary of state for digital, culture, media and sport",
        ),
        (
            "Earlier, Assistant Commissioner for road policing Tomas Okello said it was a challenge.",
            "Tomas Okello",
            "Assistant Commissioner for road policing",
        ),
        # A lowercase office of a body named by its kind.
        (
            "In an hour-long speech, leader of the council Joan Miller was scathing.",
            "Joan Miller",
            "leader of the council",
        ),
        # A party's spokesperson for a capitalized portfolio sits in parliament.
        (
            "Labour Health spokesperson Joan Miller said it was bad.",
            "Joan Miller",
            "Labour Health spokesperson",
        ),
        # South Africa's MEC (a provincial minister) with a list of portfolios; public safety is a portfolio.
        (
            "The MEC for Health, Transport and Social Development, Joan Miller, released the figures.",
            "Joan Miller",
            "MEC for Health, Transport and Social Development",
        ),
        (
            "Earlier, minister of public safety Joan Miller said it was bad.",
            "Joan Miller",
            "minister of public safety",
        ),
        # A lowercase head not yet taken up still ends a title, and an office won at an election is public.
        (
            "Ansah reminded Mutharika and vice president-elect Joan Miller that voters chose them.",
            "Joan Miller",
            "vice president-elect",
        ),
    ],
)
def test_the_office_stated_before_the_name(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert title in [stated.text for stated in person.titles]


def test_a_verb_of_the_sentence_is_no_word_of_the_title_before_the_name() -> None:
    person = person_named("Ansah reminded vice president Joan Miller of the vote.", "Joan Miller")
    assert [stated.text for stated in person.titles] == ["vice president"]
