"""Statistic values, round 11: the dollars and shillings of more countries.

A bare `$` is the text's own dollar and a bare `Sh` its own shilling when the text names that country twice
and more often than the default's (`units.local_currency`); a dollar written with its country's letters is
that country's whatever the text names. Invented passages; each rule with a row where it applies and, where a
near case must not change, one where it does not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of

HEADLINE = "Budget Figures Out\n\n"


@pytest.mark.parametrize(
    ("passage", "figure", "unit"),
    [
        # A dollar written with its country's letters before the sign is that country's.
        ("Net profit rose to J$1.6 billion.", "J$1.6 billion", "JMD"),
        ("The ministry set aside TT$2 million.", "TT$2 million", "TTD"),
        ("The council approved N$5 million for water.", "N$5 million", "NAD"),
        ("Exports reached NT$1.2 trillion.", "NT$1.2 trillion", "TWD"),
        ("The island's budget is EC$300 million.", "EC$300 million", "XCD"),
        ("The grant was G$400 million.", "G$400 million", "GYD"),
        ("The levy raised BDS$12 million.", "BDS$12 million", "BBD"),
        # A lone N before a large amount is still the naira.
        ("The state approved N5 billion for roads.", "N5 billion", "NGN"),
        # A bare dollar in a text that names a dollar country twice.
        (
            "Namibia's finance minister said the Namibian government spent $1.2 billion on relief.",
            "$1.2 billion",
            "NAD",
        ),
        (
            "Jamaica's tourism minister said Jamaican hotels will get $40 million in grants.",
            "$40 million",
            "JMD",
        ),
        (
            "Trinidad and Tobago's finance minister said Trinidad would borrow $2 billion.",
            "$2 billion",
            "TTD",
        ),
        # Named once is not enough.
        ("Jamaica's tourism minister said hotels will get $40 million in grants.", "$40 million", "USD"),
        # A bare shilling is the text's own.
        ("Kenya's treasury raised Sh831 billion.", "Sh831 billion", "KES"),
        (
            "The Tanzania Revenue Authority said Tanzania collected Sh1.98 trillion in December.",
            "Sh1.98 trillion",
            "TZS",
        ),
        (
            "Ugandan farmers earned 500 billion shillings, Uganda's coffee board said.",
            "500 billion shillings",
            "UGX",
        ),
        # A shilling written with Kenya's letters, or named as Kenya's, stays Kenya's in a Tanzanian text.
        ("Tanzania's exporters told Tanzanian officials they earned KSh 5 billion.", "KSh 5 billion", "KES"),
        (
            "Tanzania's exporters told Tanzanian officials they earned 5 billion Kenyan shillings.",
            "5 billion Kenyan shillings",
            "KES",
        ),
    ],
)
def test_the_dollar_or_shilling_an_amount_is_in(passage: str, figure: str, unit: str) -> None:
    assert figure_of(record_of(HEADLINE + passage), figure).unit == unit
