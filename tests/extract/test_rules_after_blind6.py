"""Officials, quotes, publishers and dates in forms met on real news after blind6, invented sentences."""

from __future__ import annotations

import pytest

from app.extract.dates import find_dates
from app.extract.organizations import find_organizations
from app.extract.people import find_people
from tests.extract.pages import BODY, HEADLINE, record_of, speakers_of

# (passage, name, kind)
KINDS: list[tuple[str, str, str]] = [
    # a lowercase particle hyphenated to the surname
    (
        "Foreign Minister Khalid Nasser al-Mutairi told reporters the talks went well.",
        "Khalid Nasser al-Mutairi",
        "official",
    ),
    ("Interior Minister Samir el-Haddad said the border would reopen.", "Samir el-Haddad", "official"),
    # a country's president is a head of state
    ("Moldova's President Ana Costa said the talks went well.", "Ana Costa", "official"),
    ("Kenyan President Ana Costa said the talks went well.", "Ana Costa", "official"),
    # a university's or a company's president is not
    ("Harvard President Ana Costa said the talks went well.", "Ana Costa", "person"),
    # a shadow minister holds a party office
    ("Shadow Chancellor Mark Dent said the budget was reckless.", "Mark Dent", "official"),
    # a statistics office by its short name is a public body
    ("ABS head of labour statistics Bjorn Dahl said jobs rose.", "Bjorn Dahl", "official"),
    # a body named by an acronym the text spells out is judged by its full name
    (
        "The National Disaster Risk Reduction and Management Council (NDRRMC) met. "
        "NDRRMC spokesperson Jane Roe said the storm had passed.",
        "Jane Roe",
        "official",
    ),
    (
        "The Harbour Trading Company (HTC) grew. HTC spokesperson Jane Roe said sales rose.",
        "Jane Roe",
        "person",
    ),
    # the spokeswoman of an official named after her role serves in public office
    (
        "Jane Roe, a spokeswoman for Health Minister Tom Hale, said the clinic would open.",
        "Jane Roe",
        "official",
    ),
    # a possessive public body, then three lowercase words before the role
    (
        '"Rents rose," Statistics Canada\'s consumer prices senior analyst Lea Martin said.',
        "Lea Martin",
        "official",
    ),
    (
        '"Sales rose," Harbour Foods\' consumer goods senior analyst Lea Martin said.',
        "Lea Martin",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS, ids=[row[1] for row in KINDS])
def test_name_and_kind(text: str, name: str, kind: str) -> None:
    people = {person.name: person for person in find_people(text)}
    assert name in people, list(people)
    assert people[name].kind == kind, people[name]


# (passage, the one person's name, the number of mentions joined to them)
JOINED: list[tuple[str, str, int]] = [
    # British house style writes ranks without a period
    (
        "Councillor Maya Hollis, lead member for finance, spoke first. Coun Hollis added that savings were found.",
        "Maya Hollis",
        2,
    ),
    ("Det Insp Ravi Sandhu led the inquiry. Det Insp Sandhu said two men were held.", "Ravi Sandhu", 2),
    # a double surname after a courtesy title joins the full name
    (
        "Health minister Orla Brennan Whyte published the figures. Ms Brennan Whyte said beds were short.",
        "Orla Brennan Whyte",
        2,
    ),
    # a short form that opens with a given name is another person without a courtesy title
    ("Mary Ann Lowe and Ann Lowe both spoke at the meeting on Tuesday night.", "Mary Ann Lowe", 1),
]


@pytest.mark.parametrize(("text", "name", "mentions"), JOINED, ids=[row[1] for row in JOINED])
def test_short_forms_join_the_full_name(text: str, name: str, mentions: int) -> None:
    people = find_people(text)
    person = next(person for person in people if person.name == name)
    assert len(person.mentions) == mentions, people
    assert person.kind == "official" or name == "Mary Ann Lowe"


def test_portfolio_word_stays_in_a_lowercase_title() -> None:
    (person,) = find_people("New figures released by health minister Orla Brennan Whyte show fewer delays.")
    assert [title.text for title in person.titles] == ["health minister"]


# (body, [(quote start, speaker id or None)]): every quote the body holds, in order
SPEAKERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # further statement verbs
    (
        "Health minister Orla Brennan Whyte released the figures. "
        'Ms Brennan Whyte also indicated "capacity remains tight" across the region.',
        [("capacity remains tight", "orla-brennan-whyte")],
    ),
    # the speaker named at the end of the sentence that holds a quoted phrase
    (
        'Power cuts have ended as a result of "a long season of careful planning by the grid team" and '
        "not because an election is near, Energy Minister Tomas Reyes said on Monday.",
        [("a long season of careful planning", "tomas-reyes")],
    ),
    # a phrase's author named by a passive verb after it, not the person who echoed it
    (
        'Growth will stay weak, Finance Minister Ruth Okoye said, echoing the fears of "a lost decade" '
        "first voiced by former Treasury Secretary Colm Mercer.",
        [("a lost decade", "colm-mercer")],
    ),
    # a participle after a quote names what was cited, not who spoke
    (
        'Judge Mara Ellis said the deal would "end claims belonging to people never heard," citing the '
        "Supreme Court's ruling last year.",
        [("end claims belonging to people", "mara-ellis")],
    ),
    # a participle's subject opens the sentence; a second phrase in that sentence has the same speaker
    (
        "The Harbour government tabled its budget on Tuesday, asserting that its finances were in "
        '"good shape" with growth well above 9 per cent, the "highest" in the region.',
        [("good shape", None), ("highest", None)],
    ),
    # a government named after a person is a body: the person does not speak
    (
        'Premier Rosa Lind spoke first. The Rosa Lind government said the plan was "fully costed" and fair.',
        [("fully costed", None)],
    ),
    # a paragraph of background that quotes and names no one keeps the last speaker's turn
    (
        'Mayor Ana Ruiz says, "Rates are under pressure like never before.\n\n'
        "Councils across the country have raised rates this year.\n\n"
        '"From looking around at other towns, people will know a rise is coming.',
        [("Rates are under pressure", "ana-ruiz"), ("From looking around", "ana-ruiz")],
    ),
    # a seat of government speaks for the government
    (
        'Opposition leader Dana Price called the figures "a disgrace" but Downing Street said another '
        'survey was "more reliable".',
        [("a disgrace", "dana-price"), ("more reliable", "downing-street")],
    ),
    # two officials near one quote: the one the inserted clause names is not the speaker
    (
        'Health Minister Jo Rees, speaking alongside Premier Ann Lowe, said: "The plan is working for patients."',
        [("The plan is working", "jo-rees")],
    ),
    # a role named before an inserted clause is the one person holding it
    (
        "Health Minister Jo Rees visited Cork on Monday.\n\n"
        'The minister, who was speaking at a clinic, said: "We need more beds in every hospital."',
        [("We need more beds", "jo-rees")],
    ),
    # the spokesman for an official speaks, not the official
    (
        '"Waiting times have fallen for the third month," a spokesman for Health Minister Jo Rees said.',
        [("Waiting times have fallen", None)],
    ),
    # a phrase an accusation quotes is the accuser's
    (
        'Opposition leader Tom Hale accused the minister, Jo Rees, of "misleading the public" again.',
        [("misleading the public", "thomas-hale")],
    ),
    # the speaker named after the quote with "according to"
    (
        '"The depot will be built on time," according to Mayor Ana Ruiz.',
        [("The depot will be built", "ana-ruiz")],
    ),
    # a paragraph that ends `X said:` introduces the quote in the paragraphs below
    (
        'Finance Minister Grant Holt said:\n\n"Revenue is up.\n\n"Spending is down and will stay down."',
        [("Revenue is up", "grant-holt"), ("Spending is down", "grant-holt")],
    ),
    # titles of works and plans in title case are not quotes
    (
        'The city, known from the series "Life on the Harbour Line," saw fewer crimes. Dubbed '
        '"The Plan for Renewed Growth", the budget passed on Tuesday.',
        [],
    ),
    # a phrase quoted mid-sentence, far from an earlier speaker, continues no one
    (
        '"We are seeing real gains," analyst Jo Park said. Every school in the county has been given a '
        '"smart attendance tracker" this year.',
        [("We are seeing real gains", "jo-park")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), SPEAKERS, ids=[row[1][0][0] if row[1] else "none" for row in SPEAKERS]
)
def test_speakers(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected


def test_headline_quote_then_a_dash_and_the_speaker() -> None:
    raw = (
        "‘We were left waiting’ – Dunmore on ward delays\n\n"
        "Health Minister Alan Dunmore said on Tuesday that patients had waited too long for beds.\n"
    )
    quotes = record_of(raw).quotes
    assert [(quote.text, quote.speaker.entity_id if quote.speaker else None) for quote in quotes] == [
        ("We were left waiting", "alan-dunmore")
    ]


def test_plural_possessive_belongs_to_the_body_name() -> None:
    names = [org.name for org in find_organizations("The Harbour Nurses' Union said pay was too low.")]
    assert "Harbour Nurses' Union" in names, names


# (page top, outlet)
PUBLISHERS: list[tuple[str, str]] = [
    # a masthead above the story, its logo's text run into it
    (HEADLINE + "Harbour Newswire logoHarbour Newswire 17/08/2016\n\n" + BODY, "Harbour Newswire"),
    (HEADLINE + "Harbour News Service 2016-08-17\n\n" + BODY, "Harbour News Service"),
    # a byline naming the site by its domain
    (HEADLINE + "Ana Ruiz - Harbourstar.com\n" + BODY, "Harbourstar.com"),
    # a wire credit run onto the last sentence
    (HEADLINE + BODY.rstrip() + " The vote is final.— AFP\n", "Agence France-Presse"),
    # a copyright line with the year after the name, a wire's credit in brackets on a line of its own
    (HEADLINE + BODY + "\n© Reuters 2020\n", "Reuters"),
    (HEADLINE + BODY + "\n(AFP)\n", "Agence France-Presse"),
    # a byline's wire by its canonical name
    (HEADLINE + "By Ana Ruiz, AAP\n\n" + BODY, "Australian Associated Press"),
]


@pytest.mark.parametrize(("raw", "outlet"), PUBLISHERS, ids=[row[1] for row in PUBLISHERS])
def test_publisher(raw: str, outlet: str) -> None:
    record = record_of(raw)
    assert record.outlet is not None and record.outlet.value == outlet
    evidence = record.outlet.evidence
    source = record.raw_text if record.outlet.evidence_in == "raw_text" else record.text
    assert evidence is not None and source[evidence.start : evidence.end] == evidence.text


def test_masthead_date_is_published() -> None:
    record = record_of(HEADLINE + "Harbour Newswire 17/08/2016\n\n" + BODY)
    assert record.published is not None and record.published.value.isoformat() == "2016-08-17"
    assert record.dates_mentioned == []


def test_updated_line_and_wire_dateline_are_not_dates_mentioned() -> None:
    raw = (
        HEADLINE
        + "By Staff Writer\nThursday, 20th July 2017, 5:53 pm\nUpdated Monday, 11th September 2017, 11:56 am\n\n"
        + "HARBOUR CITY, July 19 (Xinhua) -- Prices rose 6 percent in the 12 months to June 2017.\n"
    )
    record = record_of(raw)
    assert record.published is not None and record.published.value.isoformat() == "2017-07-20"
    assert [mention.value for mention in record.dates_mentioned] == ["2017-06"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Crime rose 10% in the 12-month period to March, the agency said.", ["--03"]),
        ("Figures from March to June were revised.", ["--03", "--06"]),
        ("March organisers said the route was set.", []),
    ],
)
def test_month_after_a_preposition(text: str, values: list[str]) -> None:
    assert [mention.value for mention in find_dates(text)] == values


# (page top, published): further date line forms
DATE_LINES: list[tuple[str, str]] = [
    # a place or zone after the clock, set off by a comma
    ("Tuesday 3 March 2020 09:15, UK\n\n", "2020-03-03"),
    # an updated date after the published one without a separator
    ("Mar. 3, 2020 Updated Mar. 4, 2020\n\n", "2020-03-03"),
    # a machine timestamp
    ("2020-03-03T09:15:00Z\n\n", "2020-03-03"),
    # a numeric date whose day and month are the same reads the same in either order
    ("Tue, 03/03/2020 - 09:15\n\n", "2020-03-03"),
    # bylines that write out "by"
    ("Written by Ana Ruiz on 3 March 2020\n\n", "2020-03-03"),
]


@pytest.mark.parametrize(("top", "value"), DATE_LINES, ids=[row[0].strip() for row in DATE_LINES])
def test_date_line_forms(top: str, value: str) -> None:
    record = record_of(HEADLINE + top + BODY)
    assert record.published is not None and record.published.value.isoformat() == value
    assert record.dates_mentioned == []


def test_commodity_is_not_a_person() -> None:
    assert find_people("Oil prices rose as Brent Crude climbed above $90 a barrel, traders said.") == []
