"""Who cited a figure and who spoke, after blind10: one invented passage per rule."""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Valdoria Counts Fever Cases\n\n"


# (rule, passage, figure, source name or None)
SOURCE_CASES = [
    (
        "`In her report, <title>, <name> …`: a person, whose report does not carry into the next paragraph",
        HEADLINE
        + "In her weekly bulletin report, Minister of Health, Anneke Vossberg urges clinics to stay open.\n\n"
        + "While 812 patients have recovered, 57 remain in treatment centres.",
        "57",
        None,
    ),
    (
        "`In his report` with no name after it: the person named before, within that paragraph only",
        HEADLINE
        + "Chief medical officer Tomasz Verhulst spoke on Monday.\n\n"
        + "In his latest report, 96 new cases were listed across the coast.\n\n"
        + "Another 31 patients died at home.",
        "31",
        None,
    ),
    (
        "`In her view` names no report: the figure stays the article's",
        HEADLINE
        + "Chief medical officer Marit Oyelaran spoke on Monday.\n\n"
        + "In her view, the clinics can cope. The coast counted 96 new cases.",
        "96",
        None,
    ),
    (
        "a place that recorded a figure inside a statement already credited is no new source",
        HEADLINE
        + "Deputy Commissioner Ilse Brandvold said that by noon, Dunmore recorded 58 per cent turnout. "
        + "It was 61 per cent in the last vote.",
        "58 per cent",
        "Ilse Brandvold",
    ),
    (
        "the statement goes on to the next figure of its paragraph",
        HEADLINE
        + "Deputy Commissioner Ilse Brandvold said that by noon, Dunmore recorded 58 per cent turnout. "
        + "It was 61 per cent in the last vote.",
        "61 per cent",
        "Ilse Brandvold",
    ),
    (
        "a body that recorded a figure with no statement before it still reports it",
        HEADLINE + "On Tuesday the Dunmore Electoral Office recorded 58 per cent turnout.",
        "58 per cent",
        "Dunmore Electoral Office",
    ),
    (
        "`the bank's governor said` with no governor named: the bank named before",
        HEADLINE
        + "The Valdoria Reserve Bank held its key rate at 9.5% on Thursday, with prices expected to ease, "
        + "the bank's governor said.",
        "9.5%",
        "Valdoria Reserve Bank",
    ),
    (
        "`the bank's governor said` where the text names the governor: the governor",
        HEADLINE
        + "Governor Oskar Lindqvist of the Valdoria Reserve Bank spoke in Harlow. "
        + "The key rate will stay at 9.5%, the bank's governor said.",
        "9.5%",
        "Oskar Lindqvist",
    ),
    (
        "`The figures, published by the statistics agency X,`: the name after its description, a report",
        HEADLINE
        + "The figures, published by the federal statistics agency Valstat on Friday, surprised traders.\n\n"
        + "Exports fell 2.4% on the month.",
        "2.4%",
        "Valstat",
    ),
    (
        "`X, however, in her letter said`: where she said it comes between the subject and the verb",
        HEADLINE
        + "Mayor Rosalind Achterberg rejected the cut on Monday.\n\n"
        + "Achterberg, however, in her letter said she will trim the clinic budget by $1.4 million.",
        "$1.4 million",
        "Rosalind Achterberg",
    ),
    (
        "`The authority on its website said`",
        HEADLINE + "The Harbour Authority on its website said fees rose 4 percent in May.",
        "4 percent",
        "Harbour Authority",
    ),
    (
        "a company that `posted` its results states them, referred back to by its kind and rank",
        HEADLINE
        + "Norvale Motors Inc. reported higher earnings on Tuesday.\n\n"
        + "Excluding a tax charge, the region's biggest automaker posted a profit of $412 million.",
        "$412 million",
        "Norvale Motors Inc.",
    ),
    (
        "a company is a body: its statement carries into later paragraphs",
        HEADLINE
        + "Norvale Motors Inc. reported higher earnings on Tuesday.\n\n"
        + "Excluding a tax charge, the region's biggest automaker posted a profit of $412 million.\n\n"
        + "Sales rose 6.1 percent.",
        "6.1 percent",
        "Norvale Motors Inc.",
    ),
    (
        "a nationality before unnamed officials names no body",
        HEADLINE + "Last month Kenyan officials said they expect a 212 per cent rise in arrivals.",
        "212 per cent",
        None,
    ),
    (
        "`According to <outlet>, …, as shown by a bulletin published by X`: the producer after the figure",
        HEADLINE
        + "According to Harlow Evening Ledger, arrivals rose 38 per cent in May, as shown by the monthly "
        + "tourism bulletin, published by the Valdoria Tourism Board.",
        "38 per cent",
        "Valdoria Tourism Board",
    ),
    (
        "`According to X, …` with no producer named after the figure stays X",
        HEADLINE + "According to Harlow Evening Ledger, arrivals rose 38 per cent in May.",
        "38 per cent",
        "Harlow Evening Ledger",
    ),
    (
        "`X, in charge of voting machines said`: a lowercase role after the name, its closing comma dropped",
        HEADLINE
        + "Deputy Commissioner Anja Pettersen, in charge of voting machines said that in Dunmore, "
        + "0.86 per cent of the ballot units were replaced.",
        "0.86 per cent",
        "Anja Pettersen",
    ),
    (
        "a body's clipped name is the body by the full name given before, and its research goes on",
        HEADLINE
        + "Figures obtained by the Liberal Democrats have revealed long waits for ambulances.\n\n"
        + "The research, obtained by the Lib Dems through requests, covers the whole region.\n\n"
        + "Patients in the county waited for an average of 49 minutes.",
        "49",
        "Liberal Democrats",
    ),
    (
        "words that do not clip the earlier name's words name another body",
        HEADLINE
        + "Figures obtained by the Liberal Democrats have revealed long waits for ambulances.\n\n"
        + "The Lichfield Dockers said crews waited 49 minutes.",
        "49",
        "Lichfield Dockers",
    ),
    (
        "`X this week released July 1 population estimates`: a time and a date between verb and report",
        HEADLINE
        + "The Valdoria Statistics Board this week released July 1, 2024, population estimates for each "
        + "county.\n\n"
        + "The estimated population of Dunmore County was 38,106 in July.",
        "38,106",
        "Valdoria Statistics Board",
    ),
    (
        "`They found` after `a team of researchers led by X`: the group's leader",
        HEADLINE
        + "A team of researchers led by Mirela Voskuijlen of Harlow University pulled data from a survey.\n\n"
        + "They found two trends. Obese participants grew from 53 percent of respondents to 66 percent.",
        "66 percent",
        "Mirela Voskuijlen",
    ),
    (
        "`The researchers said` after a group led by X",
        HEADLINE
        + "Researchers led by Mirela Voskuijlen pulled data from a survey.\n\n"
        + "The researchers said 41 percent of respondents had tried to lose weight.",
        "41 percent",
        "Mirela Voskuijlen",
    ),
    (
        "`They said` with no group introduced stays unnamed",
        HEADLINE + "Residents gathered on Monday.\n\nThey said 41 percent of homes had flooded.",
        "41 percent",
        None,
    ),
    (
        "`They had predicted` after unnamed economists neither starts nor stops the statistics office's report",
        HEADLINE
        + "Figures from the Valdoria Statistics Office showed inflation rose to 3.4% in May.\n"
        + "That is higher than economists had expected. They had predicted it would reach 2.9%.\n"
        + "It soared to 9.1% in 2022.",
        "9.1%",
        "Valdoria Statistics Office",
    ),
    (
        "with no unnamed group in between, the statistics office's report goes on",
        HEADLINE
        + "Figures from the Valdoria Statistics Office showed inflation rose to 3.4% in May.\n"
        + "Food prices climbed 6.2% over the year.",
        "6.2%",
        "Valdoria Statistics Office",
    ),
    (
        "`It had forecast` after `the government had expected` is the government named after its leader",
        HEADLINE
        + "The Okafor government took office in May.\n\n"
        + "The Valdoria Bureau of Statistics said migration fell.\n\n"
        + "Migration was far higher than the government had expected. It had forecast 395,000 migrants.",
        "395,000",
        "Okafor government",
    ),
    (
        "`It had forecast` after an unresolved `the government` names no one",
        HEADLINE
        + "The Valdoria Bureau of Statistics said migration fell.\n\n"
        + "Migration was far higher than the government had expected. It had forecast 395,000 migrants.",
        "395,000",
        None,
    ),
    (
        "`It said` with no body referred to since is the body named last",
        HEADLINE + "The Valdoria Bureau of Statistics published its figures. It said 395,000 people arrived.",
        "395,000",
        "Valdoria Bureau of Statistics",
    ),
    (
        "a paragraph that opens `Of that total,` does not go on with a person's statement before it",
        HEADLINE
        + "Mayor Rosalind Achterberg said she will cut the clinic budget by $1.4 million.\n\n"
        + "Of that total, $900,000 is from the payroll budget.",
        "$900,000",
        None,
    ),
    (
        "`The General Statistics Office said`: a name ending on a body's head word keeps its first word",
        HEADLINE
        + "Trade exceeded $54 billion. The General Statistics Office said the number is 22% higher.\n\n"
        + "Farm exports reached $8.7 billion.",
        "$8.7 billion",
        "General Statistics Office",
    ),
    (
        "`He also informed that …` states the figure",
        HEADLINE
        + "Finance Minister Andrzej Kowalczyk presented the budget.\n\n"
        + "He also informed that net borrowing would amount to 250 billion zlotys.",
        "250 billion",
        "Andrzej Kowalczyk",
    ),
    (
        "`X released two reports`: how many reports a body put out is the article's account",
        HEADLINE
        + "The Valdoria Health Agency released two reports in 2016 suggesting obesity hit a new high.",
        "two",
        None,
    ),
    (
        "the figures the released report states stay the body's",
        HEADLINE + "The Valdoria Health Agency released figures showing obesity rose to 42 percent.",
        "42 percent",
        "Valdoria Health Agency",
    ),
    (
        "a paragraph that opens on a new subject does not",
        HEADLINE
        + "Mayor Rosalind Achterberg said she will cut the clinic budget by $1.4 million.\n\n"
        + "The clinics employ 900 nurses.",
        "900",
        None,
    ),
]


@pytest.mark.parametrize(
    ("rule", "passage", "figure", "source"), SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES]
)
def test_source(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(passage), figure)) == source, rule


def test_a_body_speaks_by_the_short_name_the_text_defines() -> None:
    record = record_of(
        HEADLINE
        + "The Valdoria Reserve Bank (VRB) held its key rate on Thursday.\n\n"
        + "“The committee decided to hold the rate at 9.5 percent,” the VRB said in a statement."
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.name == "Valdoria Reserve Bank"
    assert figure_of(record, "9.5 percent").attributed_to is not None


def test_a_short_name_the_text_never_defines_names_no_body() -> None:
    record = record_of(HEADLINE + "“The committee decided to hold the rate,” the VRB said in a statement.")
    (quote,) = record.quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("Nevertheless, Mr Lindqvist dismissed these claims, stating:", "oskar-lindqvist"),
        ("Lindqvist rejected the report, saying:", "oskar-lindqvist"),
        ("The report was rejected, with critics saying:", None),
    ],
)
def test_a_paragraph_ending_on_a_participle_and_colon_introduces_the_quote_below(
    lead_in: str, speaker: str | None
) -> None:
    record = record_of(
        HEADLINE
        + "Executive chairman Oskar Lindqvist spoke on Monday.\n\n"
        + lead_in
        + "\n\n“Everyone at the club is working to add to our trophies.”"
    )
    quote = record.quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("statement", "speaker"),
    [
        ("Mehta said he has spoken to Chief Minister Rohan Kapoor on steps to keep order.", "arjun-mehta"),
        ("Mehta said Chief Minister Rohan Kapoor would visit the site.", "rohan-kapoor"),
        ("Mehta met Chief Minister Rohan Kapoor on Tuesday.", "rohan-kapoor"),
    ],
)
def test_a_person_named_after_a_preposition_in_a_statement_is_not_the_pronoun_s_antecedent(
    statement: str, speaker: str
) -> None:
    record = record_of(
        HEADLINE
        + "Railway Minister Arjun Mehta announced a payment.\n\n"
        + statement
        + "\n\n“An amount has been announced for the families,” he said."
    )
    quote = record.quotes[-1]
    assert quote.speaker is not None and quote.speaker.entity_id == speaker


def test_a_figure_after_he_said_follows_the_same_antecedent_as_a_quote() -> None:
    record = record_of(
        HEADLINE
        + "Railway Minister Arjun Mehta announced a payment.\n\n"
        + "Mehta said he has spoken to Chief Minister Rohan Kapoor on steps to keep order.\n\n"
        + "He said 27 people died on the spot."
    )
    named = figure_of(record, "27").attributed_to
    assert named is not None and named.name == "Arjun Mehta"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Halvard Brekke, Director General of the Valdoria Statistics Office said "Farming grew 4.05%."',
            "halvard-brekke",
        ),
        (
            "According to Tran Van Khoa,  Chairman of the Valdoria Textile Association, "
            '"Garment orders grew 7% on the year."',
            "tran-van-khoa",
        ),
        ('According to the association, "Garment orders grew 7% on the year."', None),
    ],
)
def test_the_person_before_a_title_speaks_the_quote_after_it(sentence: str, speaker: str | None) -> None:
    record = record_of(HEADLINE + "Exports rose in the first quarter.\n\n" + sentence)
    quote = record.quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker
