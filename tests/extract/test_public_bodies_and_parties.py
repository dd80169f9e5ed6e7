"""Officials of public bodies, party spokespeople, Commonwealth titles, and names that are not people.

Every passage is invented; each row states who is found and under which kind (extractor 0.5.0 rules).
"""

from __future__ import annotations

import pytest

from app.extract.bodies import is_government, title_is_office
from app.extract.people import find_people

# (passage, surname, kind)
KINDS: list[tuple[str, str, str]] = [
    # Heads and officers of public bodies, named after the name or with the body.
    (
        "Rangi Parata, chief executive of Watercare, the council-owned water utility, said pipes were old.",
        "Parata",
        "official",
    ),
    (
        "Aroha Wiremu, chief executive of Wellington Water, the council-owned utility, said leaks were common.",
        "Wiremu",
        "official",
    ),
    ("The city's public works director Helen Marsh said crews were out.", "Marsh", "official"),
    ("Derek Olsen, the city's public works director, said the road would close.", "Olsen", "official"),
    ("Town clerk Doreen Fitch said ballots were counted.", "Fitch", "official"),
    ("Village clerk Norma Beale certified the results.", "Beale", "official"),
    ("A former town council treasurer, Walter Pryce, said the books were wrong.", "Pryce", "official"),
    ("Lena Fischer, a former city council treasurer, said the audit was late.", "Fischer", "official"),
    ("Nadia Okoro, the county's chief medical officer, urged caution.", "Okoro", "official"),
    ("The county's health officer, Dr. Amy Chu, said cases rose.", "Chu", "official"),
    ("Janet Lowe, director of the state Department of Health, said cases rose.", "Lowe", "official"),
    ("Priya Nair, head of the national health service, said waits fell.", "Nair", "official"),
    ("Paul Gray, chief executive of the Port Authority, said trade rose.", "Gray", "official"),
    (
        "Omar Haddad, chief executive of the regional health authority, said beds were short.",
        "Haddad",
        "official",
    ),
    ("Nina Patel, superintendent of the Eastview School District, said classes resume.", "Patel", "official"),
    ("Greg Ruiz, a spokesman for Metro Transit, said buses ran late.", "Ruiz", "official"),
    # The same titles at a company stay people.
    ("Greg Tan, chief executive of Acme Corp, said sales rose.", "Tan", "person"),
    (
        "Brent Walker, the chief executive of Kiwi Foods, a family-owned business, said sales rose.",
        "Walker",
        "person",
    ),
    ("Sandra Ortiz, chief operating officer of Acme Corp, said profits rose.", "Ortiz", "person"),
    ("Carla Diaz, head of public affairs at Acme Corp, said the plant closed.", "Diaz", "person"),
    ("Hannah Lee, public relations manager at Greenfield Farms, said eggs were short.", "Lee", "person"),
    ("Mei Ling, a spokeswoman for Acme Corp, declined to comment.", "Ling", "person"),
    # Police union lodges and branches are private bodies.
    (
        "Mark Doyle, president of the Fraternal Order of Police Lodge 7, said officers were tired.",
        "Doyle",
        "person",
    ),
    ("Dave Holt, president of the Police Federation branch in Kent, said morale was low.", "Holt", "person"),
    ("Tony Marsh, president of the local police union, said officers were tired.", "Marsh", "person"),
    # Spokespeople of agencies and parties.
    ("A BC Wildfire Service spokesperson, Karen Doyle, said the fire grew.", "Doyle", "official"),
    ("A Fire and Rescue Service spokesman, Colin Barr, said crews attended.", "Barr", "official"),
    (
        "Ciaran Walsh, a spokesperson for the Health Service Executive, said beds were full.",
        "Walsh",
        "official",
    ),
    ("Ravi Menon, a spokesperson for the Ministry of Health, said vaccines arrived.", "Menon", "official"),
    ("Sinn Féin's health spokesperson David Cullinane said waits were long.", "Cullinane", "official"),
    ("Fine Gael's justice spokesperson Aoife Byrne said sentences were light.", "Byrne", "official"),
    ("The Conservative housing critic Scott Aitchison said rents rose.", "Aitchison", "official"),
    ("NDP health critic Jenny Kwan said clinics closed.", "Kwan", "official"),
    (
        "The Liberal Democrat education spokesperson Munira Wilson said schools were crumbling.",
        "Wilson",
        "official",
    ),
    ("Labour's Ellen Rourke, the party's finance spokesperson, said taxes rose.", "Rourke", "official"),
    # British, Irish and Commonwealth forms.
    ("Cllr Fraser Gillies (SNP) said the road was unsafe.", "Gillies", "official"),
    ("Cllr. Anna Reid (Lab) voted against.", "Reid", "official"),
    ("Councillor Maeve Brennan said the plan was flawed.", "Brennan", "official"),
    ("Eamon Ryan TD said the buses would run.", "Ryan", "official"),
    ("Dara Quinn, a Fianna Fáil TD, said rents were high.", "Quinn", "official"),
    ("Gillian Mackay MSP said the ward was closing.", "Mackay", "official"),
    ("Rhys Owen MS said the buses were late.", "Owen", "official"),
    ("Peter Hale MPP said the bill was bad.", "Hale", "official"),
    ("Senator Maria Lopez said the bill passed.", "Lopez", "official"),
    ("Minister for Health Stephen Donnelly said beds would be added.", "Donnelly", "official"),
    ("Minister for Housing Darragh O'Brien said homes were built.", "O'Brien", "official"),
    ("The Tánaiste Micheál Martin said talks would continue.", "Martin", "official"),
    ("Chief Minister Mamata Banerjee said the state would appeal.", "Banerjee", "official"),
    ("Collector Rajesh Kumar said schools would close.", "Kumar", "official"),
    ("District Collector Anjali Sharma ordered schools shut.", "Sharma", "official"),
    # People introduced by a private role or a body.
    ("Pastor James Okafor of Grace Church said the doors were open.", "Okafor", "person"),
    ("Pastor Daniel Mbeki of New Hope Church said the shelter was full.", "Mbeki", "person"),
    ("Economist Laura Chen of Northfield University said prices rose.", "Chen", "person"),
    ("Economist Sarah Klein of Dalhousie University said rates would fall.", "Klein", "person"),
    ("Media contact: Tamsin Achebe", "Achebe", "person"),
    ("Art collector Miriam Gold bought the painting.", "Gold", "person"),
    # Media and advocacy bodies whose names hold a public-sounding word stay private.
    ("Ann Ruiz, an editor at National Geographic, said the photos were real.", "Ruiz", "person"),
    ("Jo Kim, a reporter for National Public Radio, said the tapes were real.", "Kim", "person"),
    ("Lisa Gilbert, co-president of Public Citizen, said the rule was weak.", "Gilbert", "person"),
]


@pytest.mark.parametrize(("text", "surname", "kind"), KINDS, ids=[f"{c[1]}-{i}" for i, c in enumerate(KINDS)])
def test_one_person_of_kind(text: str, surname: str, kind: str) -> None:
    people = find_people(text)
    assert [person.name.split()[-1] for person in people] == [surname], people
    assert people[0].kind == kind, people[0]


NOT_PEOPLE: list[str] = [
    # Official residences and buildings.
    "Raj Bhavan officials said the governor would meet.",
    "The Raj Bhavan said the governor would decide.",
    "Guests gathered at Rideau Hall on Monday.",
    "Visitors toured Rideau Hall on Sunday.",
    "Stormont ministers met Monday.",
    # Schools.
    "Hillcrest Elementary said classes resume.",
    "Students at Hillcrest Elementary returned.",
    "Students at Lincoln High School protested.",
    "Maple Grove Academy said the gym was closed.",
    "The Lake Forest Academy said the gym was closed.",
    # Organisations.
    "Parents for Climate Action said the plan failed.",
    "The Harbour Action Group said the pier was unsafe.",
    "The Westbrook Youth Network said it would help.",
    "The Harbor Conservation Society said the birds returned.",
    "The Justice Reform Network said it would sue.",
    "The Family Housing Trust said rents rose.",
    # Parties.
    "Fianna Fáil and Fine Gael agreed.",
    "Sinn Féin said it would oppose it.",
    # Credit lines.
    "To contact the reporter on this story: Jane Smith in London at jsmith@example.com",
    "To contact the editor responsible for this story: Paul Jones at pjones@example.com",
    "To contact the reporters on this story: Ana Ruiz in Madrid at aruiz@example.com; "
    "Tom Lee in Paris at tlee@example.com",
    "To contact the editors responsible for this story: Sam Hart at shart@example.com, Liz Ng",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_person(text: str) -> None:
    assert find_people(text) == []


@pytest.mark.parametrize(
    ("organization", "public"),
    [
        ("BC Wildfire Service", True),
        ("Health Service Executive", True),
        ("state Department of Health", True),
        ("Metro Transit", True),
        ("Eastview School District", True),
        ("Fraternal Order of Police Lodge 7", False),
        ("Acme Corp", False),
        ("Greenfield Farms", False),
        ("public affairs", False),
    ],
)
def test_is_government(organization: str, public: bool) -> None:
    assert is_government(organization) is public


@pytest.mark.parametrize(
    ("title", "organization", "office"),
    [
        ("Town clerk", None, True),
        ("a Fianna Fáil TD", None, True),
        ("the party's finance spokesperson", None, True),
        ("Sinn Féin's health spokesperson", None, True),
        ("Collector", None, True),
        ("Art collector", None, False),
        ("chief executive of Acme Corp", "Acme Corp", False),
        ("Pastor", None, False),
        ("Economist", None, False),
    ],
)
def test_title_is_office(title: str, organization: str | None, office: bool) -> None:
    assert title_is_office(title, organization) is office
