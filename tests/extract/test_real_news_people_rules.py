"""Officials, people and publishers in forms found on real English news (issue 12), invented sentences."""

from __future__ import annotations

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.extract.people import find_people

# (passage, name, kind)
KINDS: list[tuple[str, str, str]] = [
    # a secretary or minister titled by a government portfolio
    ("Education Secretary Priya Nandan said schools would reopen.", "Priya Nandan", "official"),
    ("Transport and Infrastructure Secretary Joel Amis said the line would close.", "Joel Amis", "official"),
    ("Former Home and Housing Minister Carla Venn said the plan was late.", "Carla Venn", "official"),
    # the secretary of a private body is not an office
    ("Union secretary Dale Firth said members would strike.", "Dale Firth", "person"),
    # hyphenated military and police ranks
    ("Brigadier-General Sipho Dlamini said the troops had left.", "Sipho Dlamini", "official"),
    ("Lieutenant-Colonel Ayesha Khan said the base was secure.", "Ayesha Khan", "official"),
    # a body named for the members of a profession is a membership body, beside a public name or not
    ("State Teachers Federation president Mona Reid said pay was too low.", "Mona Reid", "person"),
    ("Lara Cole, chief executive of NHS Employers, said wards were short.", "Lara Cole", "person"),
    ("Canada Nurses Association chief executive Tom Baird said shifts were long.", "Tom Baird", "person"),
    # an honorific before the name is a title, not a given name
    (
        "Datuk Azman Rahim, the state health committee chairman, said clinics would open.",
        "Azman Rahim",
        "official",
    ),
    ("Harbour Health Board chairman Datin Noor Aziz said clinics would open.", "Noor Aziz", "official"),
    # an Irish "O" written without its accent or apostrophe is a particle inside the name
    ("Labour's health spokesman Ciaran O Dalaigh said beds were short.", "Ciaran O Dalaigh", "official"),
    # a title set off before the name, holding the body's acronym; the body "at" employs the unit "of"
    (
        "Head of Research at the Harbour Port Authority (HPA), Jane Mole said costs rose.",
        "Jane Mole",
        "official",
    ),
    (
        "Head of Research at the Harbour Trading Company (HTC), Jane Mole said costs rose.",
        "Jane Mole",
        "person",
    ),
    # "its" role: the title of the body named last; intergovernmental bodies are public
    ("The IMF cut its outlook. Its chief economist Ravi Menon said trade slowed.", "Ravi Menon", "official"),
    ("Harbour Foods Group cut jobs, and its chief executive Ann Lowe said sales fell.", "Ann Lowe", "person"),
    (
        "The Harbour Port Authority cut jobs. Its chief executive Ann Lowe said trade fell.",
        "Ann Lowe",
        "official",
    ),
    # a committee named for government portfolios is a government's; a club's is not
    ("Housing and Local Government Committee chairman Lim Wei said rents rose.", "Lim Wei", "official"),
    ("Club Social Committee chairman Ben Holt said the dance was cancelled.", "Ben Holt", "person"),
    # an office the sentence's subject held, stated with a pronoun later in the sentence
    (
        "Carl Mott, 61, was jailed for fraud at the county where he was treasurer until 2019.",
        "Carl Mott",
        "official",
    ),
    ("Jo Pike, 44, told the court she was a nurse at the time.", "Jo Pike", "person"),
    ("Friends of Tom Reed said he was mayor once.", "Tom Reed", "person"),
    # sports positions introduce people
    ("The club signed the young striker Callum Reade on Friday.", "Callum Reade", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS, ids=[row[1] for row in KINDS])
def test_name_and_kind(text: str, name: str, kind: str) -> None:
    people = {person.name: person for person in find_people(text)}
    assert name in people, list(people)
    assert people[name].kind == kind, people[name]


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a document named like a person
        (
            "In the Spring Statement, the Chancellor, Ruth Okoye, raised the tax-free allowance.",
            "Spring Statement",
        ),
        # a name followed by its own acronym names a thing or a body
        ("Officials said the Voter Verified Paper Record (VVPR) units worked well.", "Paper Record"),
        ("County Women, Children and Youth chairwoman Ida Moss said so.", "County Women"),
    ],
)
def test_not_a_person(text: str, not_a_name: str) -> None:
    names = [person.name for person in find_people(text)]
    assert not any(not_a_name in name for name in names), names


def test_title_and_given_name_joins_the_full_name() -> None:
    text = (
        "Harbour Mayor Neil Ashby said rates would rise. Mayor Neil says the council has no choice. "
        "In March chief executive Ruth Dane said savings were found."
    )
    people = {person.name: person for person in find_people(text)}
    assert "Neil" not in people, list(people)
    assert len(people["Neil Ashby"].mentions) == 2
    # a month before a role is not part of the title
    assert [title.text for title in people["Ruth Dane"].titles] == ["chief executive"]


HEADLINE = "Council Backs Plan For New Bus Depot\n\n"
STANDFIRST = (
    "Riders on the east side will wait longer for buses while the new depot is being built this year, "
    "officials say.\n\n"
)
BODY = "The council voted 7-2 on Tuesday to fund a new bus depot on the city's east side, officials said.\n"


@pytest.mark.parametrize(
    ("raw", "outlet", "authors"),
    [
        # the outlet's staff, no author
        (HEADLINE + "By Staff The Canadian Press\n\n" + BODY, "The Canadian Press", []),
        # a wire credit after a place with its region in brackets
        ("Pune (Maharashtra) [India], Nov 20 (ANI): " + BODY, "Asian News International", []),
        # names each followed by a role, without "By", after a standfirst and broken before a comma
        (
            HEADLINE
            + STANDFIRST
            + "Maria Lopez\n\n, senior producer, & David Chen, KXTV reporter\n\n"
            + STANDFIRST,
            "KXTV",
            ["Maria Lopez", "David Chen"],
        ),
        # the site's own podcast promotion line
        (HEADLINE + BODY + "\nListen to the Harbour Radio Morning Briefing podcast:\n", "Harbour Radio", []),
    ],
)
def test_publisher(raw: str, outlet: str, authors: list[str]) -> None:
    record = extract_document(RawDocument("d", raw, SuppliedMetadata(), "t"))
    assert record.outlet is not None and record.outlet.value == outlet
    assert [author.value for author in record.authors] == authors
    for author in record.authors:
        source = record.raw_text if author.evidence_in == "raw_text" else record.text
        assert author.evidence is not None
        assert source[author.evidence.start : author.evidence.end] == author.value
