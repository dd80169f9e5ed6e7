"""Who cited a figure, round 4: rules kept only when they fixed a miss on a set they were not read from.

Invented passages, one or more per rule; docs/evaluation.md lists the misses that suggested and confirmed each.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name, speakers_of

HEADLINE = "Harbourton Weighs Its Numbers\n\n"


# (rule, passage, figure, source name or None)
SOURCE_CASES = [
    (
        "`pointed out that` states the figures of its clause",
        HEADLINE
        + "Dairy farmers met in Marlow on Thursday.\n\n"
        + "Mr Tobin Evers, the growers' chairman, pointed out that milk prices have fallen to 31 cents a litre.",
        "31 cents",
        "Tobin Evers",
    ),
    (
        "`points out` in the present tense too",
        HEADLINE + "Analyst Rhea Castell points out that rents in 14 districts rose by 8.2 per cent.",
        "8.2 per cent",
        "Rhea Castell",
    ),
    (
        "`pointed to` cites evidence and is no statement of its own",
        HEADLINE
        + "Union president Dario Venn said 3 plans were working. He pointed to the hiring of 42 new wardens.",
        "42",
        "Dario Venn",
    ),
    (
        "an adverb between a pronoun and its verb: `She further said`, and the paragraph goes on with her",
        HEADLINE
        + "Finance Minister Jo Rees spoke in parliament on Monday.\n\n"
        + "She further said the state had grown 4 percent. Revenue stands at $2.8 billion.",
        "$2.8 billion",
        "Jo Rees",
    ),
    (
        "an adverb between a body's reference and its verb",
        HEADLINE
        + "The Harbour Safety Agency (HSA) published its yearly figures on Friday.\n\n"
        + "The agency separately reported 14 groundings in the bay.",
        "14",
        "Harbour Safety Agency",
    ),
    (
        "`he said` after a passive's agent is the sentence's own person",
        HEADLINE
        + "Harbour chief Tomas Reval was questioned by councillor Ingrid Solberg over the delays.\n\n"
        + "He said 340 ships had docked since March.",
        "340",
        "Tomas Reval",
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), SOURCE_CASES)
def test_source(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(passage), figure)) == source, rule


def test_a_quote_after_a_paragraph_that_points_something_out_goes_on_with_that_person() -> None:
    body = (
        "Analyst Rhea Castell pointed out that rents in 14 districts are higher than five years ago.\n\n"
        '"In the districts we track, rents in 9 per cent of them now sit above their last peak."\n'
    )
    assert speakers_of(body, [("In the districts", "rhea-castell")]) == [("In the districts", "rhea-castell")]


# (rule, body, (opening words, speaker id) of each quote)
PRONOUN_SPEAKERS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a passive's agent after `by` is not who the next `he` means",
        "Ports minister Tomas Reval had been criticised by opposition leader Ingrid Solberg and the unions "
        "for travelling abroad during the strike.\n\n"
        'Speaking from Lisbon, he said: "I make no apology for selling our harbours to the world."\n',
        [("I make no apology", "tomas-reval")],
    ),
    (
        "people beside a speaker, named after `flanked by`, do not take the speaker's next turn",
        '"These numbers do not reflect the harm," said Chief Mara Olsen, flanked by Deputy Chief Ivo Brandt '
        "as well as Insp. Leon Hart, who leads the robbery squad.\n\n"
        '"We have listened to the neighbourhoods," she added.\n',
        [("These numbers", "mara-olsen"), ("We have listened", "mara-olsen")],
    ),
    (
        "a person named after `by` in a sentence of their own is the antecedent",
        "The inquiry was opened last spring.\n\n"
        "The report was written by auditor Nadia Ferris. "
        '"It took eleven months," she said.\n',
        [("It took eleven months", "nadia-ferris")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), PRONOUN_SPEAKERS)
def test_pronoun_speaker(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
PASSIVE_AGENT_SPEAKERS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a phrase in a passive is its agent's, and the next `he` is still the subject",
        'Ports minister Tomas Reval had been accused of "ducking the question" by opposition leader Ingrid '
        "Solberg and the unions for travelling abroad.\n\n"
        'Speaking from Lisbon, he said: "I make no apology for selling our harbours."\n',
        [("ducking the question", "ingrid-solberg"), ("I make no apology", "tomas-reval")],
    ),
    (
        "an agent the text leaves unnamed speaks unnamed",
        "One pupil, Nora Castell of Westfield School, was hailed a “born engineer” by local papers after "
        "she won the prize.\n",
        [("born engineer", None)],
    ),
    (
        "the subject of an active verb still says its quote",
        'Councillor Ivo Brandt accused the mayor of "ducking the question" by staying away.\n',
        [("ducking the question", "ivo-brandt")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), PASSIVE_AGENT_SPEAKERS)
def test_passive_agent_speaker(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
SHARED_ROLE_SPEAKERS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a title two people hold goes to the one whose title has the reference's words",
        "Health Minister Jo Rees and Finance Minister Omar Haddad presented the plan on Monday.\n\n"
        '"Every clinic will stay open," the health minister said.\n',
        [("Every clinic", "jo-rees")],
    ),
    (
        "with the same words, to the one named last before the reference",
        "Transport secretary Dana Kowal faced questions on Monday.\n\n"
        'The transport secretary said she understood the "anger" of passengers.\n\n'
        "Shadow transport secretary Ivo Brandt called the rise a scandal.\n",
        [("anger", "dana-kowal")],
    ),
    (
        "the minister after one minister's statement is that minister",
        "Prime Minister Ana Veld and Finance Minister Omar Haddad unveiled the budget.\n\n"
        '"We will not raise taxes," Haddad stressed.\n\n'
        '"We forecast higher revenue from every tax," the minister announced.\n',
        [("We will not raise taxes", "omar-haddad"), ("We forecast higher revenue", "omar-haddad")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), SHARED_ROLE_SPEAKERS)
def test_shared_role_speaker(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule
