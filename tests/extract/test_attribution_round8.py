"""Attribution, round 8: mechanisms written from the attribution policy's definitions rather than from single
misses (docs/evaluation.md, "Attribution, round 8").

Invented passages, each rule with a row where it applies and, where a near case must not change, one where
it does not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbour Figures Out\n\n"

# (rule, passage, figure, source name or None)
CASES = [
    # What a sentence carries on is the source its figures were credited to, not the last name it mentions.
    (
        "the producer a sentence credits carries, not the outlet that reported the credit",
        "Mayor Ines Varga leads by 12 points, according to a Tarn Institute poll released on Monday, the "
        "Harbour Ledger reported.\n\nIn the survey, 44% of voters backed Varga.",
        "44%",
        "Tarn Institute",
    ),
    (
        "a statement after the sentence's figure does not take over what carries",
        "Unemployment fell to 4.1% last month, the Marlow Statistics Bureau said, and Finance Minister Jo Rees "
        "said the economy was strong. The bureau's survey covered 12,000 households.",
        "12,000",
        "Marlow Statistics Bureau",
    ),
    # A name that only modifies the noun opening a paragraph is no subject, so it stops no body's report.
    (
        "a name modifying the subject noun does not stop the body's report",
        "Arrivals rose by 3.9%, figures released by the Marlow Statistics Bureau show.\n\nEU citizens "
        "choosing Marlow rose by 1.8%.",
        "1.8%",
        "Marlow Statistics Bureau",
    ),
    (
        "a body that is itself the subject still stops the report",
        "Arrivals rose by 3.9%, figures released by the Marlow Statistics Bureau show.\n\nTarn Airways "
        "flew 2.5 million passengers last year.",
        "2.5 million",
        None,
    ),
    (
        "a body before an auxiliary and a participle is the subject, not a modifier",
        "Arrivals rose by 3.9%, figures released by the Marlow Statistics Bureau show.\n\nTarn Airways is "
        "included in the figures for the first time. It flew 1.3 million passengers.",
        "1.3 million",
        None,
    ),
    # A short name defined in brackets is the body in any case and with a plural `s`.
    (
        "a short name written with a plural s is the body it was defined for",
        "Prices rose, according to the latest report by the Marlow Statistics Agency (Marstat) on Friday.\n\n"
        "According to Marstats, annual inflation stood at 56.9 percent.",
        "56.9 percent",
        "Marlow Statistics Agency",
    ),
    # `… by the admissions service, Ucas.`: the name set beside the described body.
    (
        "a name set beside a described body at the end of an according-to phrase is the source",
        "The fall is down to fewer applicants, according to data published by the admissions service, "
        "Marcas.\n\nOverall, 559,030 students applied by the deadline.",
        "559,030",
        "Marcas",
    ),
    # `New` opens a place's name as often as it describes a report.
    (
        "a body whose name opens on a place's `New` keeps it",
        "Road deaths fell to 312, according to New Zealand Transport Agency data.",
        "312",
        "New Zealand Transport Agency",
    ),
    (
        "an outlet whose name opens on a city's `New` keeps it",
        "Varga leads by 12 points, the New York Ledger reported.",
        "12",
        "New York Ledger",
    ),
    # A report credited to partners: the first that is no outlet produced it.
    (
        "partners before a poll: the first one, who produced it",
        "The Tarn University/Harbour Ledger poll found Varga winning by 4 points.",
        "4",
        "Tarn University",
    ),
    (
        "partners before a poll: an outlet named first yields to the producer after it",
        "The Reuters/Ipsos poll found 48% of voters backed Varga.",
        "48%",
        "Ipsos",
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), CASES, ids=[case[0] for case in CASES])
def test_round8_sources(rule: str, passage: str, figure: str, source: str | None) -> None:
    record = record_of(HEADLINE + passage)
    assert source_name(figure_of(record, figure)) == source, rule
