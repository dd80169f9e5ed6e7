"""Officials and people on English news from any country, one table per category of issue 12.

Every passage is invented; each row states the name found, its kind and, where it matters, a stated title.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named

# (passage, name, kind)
Row = tuple[str, str, str]

ABBREVIATED_TITLES: list[Row] = [
    ("U.S. Attorney Karen Whitfield announced the charges on Monday.", "Karen Whitfield", "official"),
    ("N.Y. State Sen. Marcus Delgado said the bill would pass.", "Marcus Delgado", "official"),
    ("Health Dept. spokesman Owen Pratt said the clinic was closed.", "Owen Pratt", "official"),
    ("U.S. District Judge Helena Brandt sentenced the man to five years.", "Helena Brandt", "official"),
    ("Asst. U.S. Attorney Gregory Lamb argued the case.", "Gregory Lamb", "official"),
    ("Ward 4 Coun. Deepa Rao said the city would help.", "Deepa Rao", "official"),
    ("Ald. Mark Benton voted against the budget.", "Mark Benton", "official"),
    ("N.Y.P.D. Chief Ann Lee said the precinct would close.", "Ann Lee", "official"),
    ("Calif. Gov. Gavin Marsh signed the bill.", "Gavin Marsh", "official"),
    ("St. Louis Mayor Tisha Jonas said the budget was balanced.", "Tisha Jonas", "official"),
]

RANKS: list[Row] = [
    ("Major Alan Pierce of the state police said the road was closed.", "Alan Pierce", "official"),
    ("Capt. Rosa Mendez said two suspects were arrested.", "Rosa Mendez", "official"),
    ("Lt. Derek Holm said the fire started in the kitchen.", "Derek Holm", "official"),
    ("Sgt. Paula Ngata said the driver fled.", "Paula Ngata", "official"),
    ("Det. Ivan Kovac said the investigation continues.", "Ivan Kovac", "official"),
    ("Insp. Grace Obi said officers searched the house.", "Grace Obi", "official"),
    ("Supt. Liam Walsh said patrols would increase.", "Liam Walsh", "official"),
    ("Chief Deputy Tom Reyes said the jail was full.", "Tom Reyes", "official"),
    ("Cmdr. Nadia Fox said the unit was disbanded.", "Nadia Fox", "official"),
    ("Col. Brian Oduya said troops would withdraw.", "Brian Oduya", "official"),
    ("Gen. Maria Lind said the base would close.", "Maria Lind", "official"),
    ("Cpl. Jamie Rowe said the patrol was ambushed.", "Jamie Rowe", "official"),
    ("Detective Sergeant Kevin Lowry said the victim was 34.", "Kevin Lowry", "official"),
    ("Chief Superintendent Aisha Bello said officers were injured.", "Aisha Bello", "official"),
    # A rank word after a given name is a surname, not a title.
    ("Prime Minister John Major said the talks had failed.", "John Major", "official"),
]

PARTY_TAGS: list[Row] = [
    ("Sen. Roberta Kline (R-Texas) opposed the measure.", "Roberta Kline", "official"),
    ("Roberta Kline (R-Texas) opposed the measure.", "Roberta Kline", "official"),
    ("Rep. Dan Sorensen (D-N.Y.) voted no.", "Dan Sorensen", "official"),
    ("Dan Sorensen, D-N.Y., voted no.", "Dan Sorensen", "official"),
    ("Phil Harmon, R-Ohio, said the bill was flawed.", "Phil Harmon", "official"),
    ("Labour MP Sarah Whitlock said the cuts were cruel.", "Sarah Whitlock", "official"),
    ("Green MLA Devon Achari said the plan fell short.", "Devon Achari", "official"),
    ("Sinn Féin TD Ciarán Moloney said the waiting lists were a scandal.", "Ciarán Moloney", "official"),
    ("NDP MPP Farah Qureshi said rents were too high.", "Farah Qureshi", "official"),
    ("Kieran Doyle TD said the scheme was underfunded.", "Kieran Doyle", "official"),
    (
        "Conservative emergency-management critic Harjit Bains called it improvised.",
        "Harjit Bains",
        "official",
    ),
    # A party's member or candidate without an office is a person.
    ("The NDP's Rosalie Dunn took 18 per cent.", "Rosalie Dunn", "person"),
    ("Liberal candidate Grant MacLeod finished second.", "Grant MacLeod", "person"),
]

AFTER_OPENING_WORD: list[Row] = [
    ("Under Gov. Lena Strand, the state cut taxes twice.", "Lena Strand", "official"),
    ("Since Mayor Victor Osei took office, crime has fallen.", "Victor Osei", "official"),
    ("Earlier, Sen. Howard Pike criticized the plan.", "Howard Pike", "official"),
    ("On Tuesday, Premier Dana Whitford announced the budget.", "Dana Whitford", "official"),
    ("Last week Councillor Mira Patel asked for a review.", "Mira Patel", "official"),
]

NAME_FORMS: list[Row] = [
    ("Gov. John Q. Hammond signed the bill.", "John Q. Hammond", "official"),
    ("Judge Ludwig van Beethoven ruled for the city.", "Ludwig van Beethoven", "official"),
    ("Plaid Cymru leader Rhun ap Iorwerth said Wales deserved better.", "Rhun ap Iorwerth", "official"),
    ("Mayor Mary-Kate O'Brien said the park would reopen.", "Mary-Kate O'Brien", "official"),
    ("Councilwoman Rosa de la Cruz voted against the plan.", "Rosa de la Cruz", "official"),
    ("Opposition councillor Pieter van Wyk, of the DA, called it unfair.", "Pieter van Wyk", "official"),
    # Names no given-name list knows, introduced by a title or role.
    ("Minister Thandiwe Nkosi said the grid was stable.", "Thandiwe Nkosi", "official"),
    ("Commissioner Oluwaseun Adeyemi said the force was stretched.", "Oluwaseun Adeyemi", "official"),
]

OFFICES_ABROAD: list[Row] = [
    ("Premier Gladys Tremblay said the province would appeal.", "Gladys Tremblay", "official"),
    ("Health Minister Rachel Obuya said the offer was fair.", "Rachel Obuya", "official"),
    ("Chief Constable Amir Haddad said crime fell.", "Amir Haddad", "official"),
    ("Magistrate Helen Kiri adjourned the case.", "Helen Kiri", "official"),
    ("Justice Priya Raman dismissed the appeal.", "Priya Raman", "official"),
    ("District Judge Colin Marsh jailed him for four years.", "Colin Marsh", "official"),
    ("Oakdale Town Council clerk Susan Hart said the money was recovered.", "Susan Hart", "official"),
    (
        "The mayoral committee member for finance, Pieter Botha, told councillors the meters were tampered with.",
        "Pieter Botha",
        "official",
    ),
    ("Regent Marcus Hale said the board would vote on the merger.", "Marcus Hale", "official"),
    ("Ana Ruiz, a regent of the University of Nevada, said tuition would rise.", "Ana Ruiz", "official"),
    (
        "Hamilton Police Service spokesperson Jackie Penn said two people were hurt.",
        "Jackie Penn",
        "official",
    ),
]

AGENCY_OFFICERS: list[Row] = [
    ("Anil Mehta, a spokesman for Statistics Canada, said the data were revised.", "Anil Mehta", "official"),
    ("A spokesman for Statistics Canada, Anil Mehta, said the data were revised.", "Anil Mehta", "official"),
    ("The ONS's deputy national statistician, Helen Crowe, said wages rose.", "Helen Crowe", "official"),
    ("Thomas Berg, chief economist at the Reserve Bank, said rates would hold.", "Thomas Berg", "official"),
    (
        "Waits grew at Northfield NHS Trust. Dr Nadia Hollis, the trust's chief executive, said so.",
        "Nadia Hollis",
        "official",
    ),
    (
        "Nadia Hollis, chief executive of the hospital trust, said waits were too long.",
        "Nadia Hollis",
        "official",
    ),
    ("A state health department spokesperson, Ella Brooks, said cases fell.", "Ella Brooks", "official"),
    (
        "Ella Brooks, a spokesperson for the state health department, said cases fell.",
        "Ella Brooks",
        "official",
    ),
    (
        "Surgeries were postponed at three hospitals, a Queensland Health spokeswoman, Kate Linden, said.",
        "Kate Linden",
        "official",
    ),
    (
        "Operations chief Dale Hurst of the Nevada Division of Forestry said crews held the line.",
        "Dale Hurst",
        "official",
    ),
    (
        "Tamsin Greer, the center's research director and a former deputy assistant secretary at the "
        "Department of Housing, said rents rose.",
        "Tamsin Greer",
        "official",
    ),
    # A body named by its common noun is the one named earlier.
    (
        "The Reserve Bank of Australia held rates. Sally Tran, chief economist at the bank, said so.",
        "Sally Tran",
        "official",
    ),
    (
        "The Environmental Protection Agency sued. Jo Lee, a spokeswoman for the agency, said so.",
        "Jo Lee",
        "official",
    ),
    # The staff of an official serve in public office.
    ("Gov. Mitchell's spokeswoman, Brenna Cole, said the governor would decide.", "Brenna Cole", "official"),
    (
        "Gov. Ray Mitchell has not decided. His spokeswoman, Brenna Cole, said he would read the bill.",
        "Brenna Cole",
        "official",
    ),
]

STAY_PEOPLE: list[Row] = [
    ("Union secretary Bronwyn Hale said nurses would strike.", "Bronwyn Hale", "person"),
    (
        "Assistant secretary Daniel Kerr of the nurses' union said 1,400 nurses resigned.",
        "Daniel Kerr",
        "person",
    ),
    (
        "Faculty Senate President Lydia Carr, a professor of chemistry, said staff were not consulted.",
        "Lydia Carr",
        "person",
    ),
    ("Teamsters Local 117 president Gary Mole said the union was not consulted.", "Gary Mole", "person"),
    ("Greg Tan, chief executive of Acme Corp, said sales rose.", "Greg Tan", "person"),
    ("Acme Corp spokeswoman Jane Holt said sales rose.", "Jane Holt", "person"),
    ("The company's spokesman, Tom Lee, declined to comment.", "Tom Lee", "person"),
    ("Riders United organizer Beatriz Oca said fares were too high.", "Beatriz Oca", "person"),
    ("Westpark Water chief executive Hemi Tane said pipes were old.", "Hemi Tane", "person"),
    ("Mayor Tom Ford spoke first. His lawyer, Jane Roe, said nothing.", "Jane Roe", "person"),
    (
        "Hensley, a former congressman, trails. Hensley's campaign spokesman, Brett Dawson, dismissed the poll.",
        "Brett Dawson",
        "person",
    ),
    ("Ivy Tran, a member of the public, said the hall was full.", "Ivy Tran", "person"),
    (
        "Commonwealth Bank reported a profit. Sally Tran, chief economist at the bank, said so.",
        "Sally Tran",
        "person",
    ),
    # A place alone says where someone works, not that a public body employs them; "D-Day" is no party tag.
    ("Ann Ruiz, a Texas lawyer, said the law was vague.", "Ann Ruiz", "person"),
    ("Texas lawyer Ann Ruiz said the law was vague.", "Ann Ruiz", "person"),
    ("Mary Lee (D-Day veteran) laid a wreath.", "Mary Lee", "person"),
    ("Sophomore Kayla Brant, 19, said friends had transferred.", "Kayla Brant", "person"),
    (
        "Jonah Feld, a geographer at Piedmont State University, said buyouts were slow.",
        "Jonah Feld",
        "person",
    ),
    ("Economist Jonah Whit of Keystone Analytics said the estimate was too high.", "Jonah Whit", "person"),
    (
        "Pastor Derrick Lowe of North Star Baptist Church said the numbers were grim.",
        "Derrick Lowe",
        "person",
    ),
]

# Police, courts, parliaments, agencies and statisticians of other countries, and the US forms of them.
MORE_OFFICES: list[Row] = [
    (
        "Detective Inspector Sarah Jones of Greater Manchester Police said the car was found.",
        "Sarah Jones",
        "official",
    ),
    ("Garda Superintendent Liam Byrne said the road was closed.", "Liam Byrne", "official"),
    ("RCMP Cpl. Dave Lee said the driver was arrested.", "Dave Lee", "official"),
    ("Ontario Provincial Police Const. Amy Fox said two people died.", "Amy Fox", "official"),
    ("Finance Minister Nirmala Sitharaman said the deficit would narrow.", "Nirmala Sitharaman", "official"),
    ("Chief Minister Mamata Banerjee said the state would appeal.", "Mamata Banerjee", "official"),
    ("Treasurer Jim Chalmers said inflation was easing.", "Jim Chalmers", "official"),
    ("Senator Penny Wong said the talks were useful.", "Penny Wong", "official"),
    ("Deputy Premier Susan Close said the hospital would open.", "Susan Close", "official"),
    ("Lt. Gov. Dan Patrick said the Senate would act.", "Dan Patrick", "official"),
    ("Atty. Gen. Ken Paxton sued the agency.", "Ken Paxton", "official"),
    ("Ohio Lt. Gov. Jon Husted said the plant would open.", "Jon Husted", "official"),
    ("Rep. Alexandria Ocasio-Cortez (D-N.Y.) criticized the bill.", "Alexandria Ocasio-Cortez", "official"),
    ("Sen. Catherine Cortez Masto (D-Nev.) backed the bill.", "Catherine Cortez Masto", "official"),
    ("Labor MP Tanya Plibersek said the plan was overdue.", "Tanya Plibersek", "official"),
    ("Victoria Police Superintendent Mark Galliott said the crash was tragic.", "Mark Galliott", "official"),
    ("NSW Health chief health officer Kerry Chant said cases rose.", "Kerry Chant", "official"),
    ("A spokesperson for NSW Health, Tim Rowe, said cases rose.", "Tim Rowe", "official"),
    ("Bank of England governor Andrew Bailey said rates would fall.", "Andrew Bailey", "official"),
    ("Reserve Bank governor Michele Bullock said rates would hold.", "Michele Bullock", "official"),
    (
        "The Office for National Statistics' director of economic statistics, Liz McKeown, said output fell.",
        "Liz McKeown",
        "official",
    ),
    (
        "Kaitlyn Ross, a spokeswoman for the Ontario Ministry of Health, said beds were added.",
        "Kaitlyn Ross",
        "official",
    ),
    (
        "Jane Ng, a spokesperson for the Department of Finance, said the figures were final.",
        "Jane Ng",
        "official",
    ),
    ("The Taoiseach, Micheál Martin, said the budget was fair.", "Micheál Martin", "official"),
    ("Tánaiste Simon Harris said talks would continue.", "Simon Harris", "official"),
    ("Minister for Health Stephen Donnelly said waits were falling.", "Stephen Donnelly", "official"),
    ("HSE chief executive Bernard Gloster said the service was stretched.", "Bernard Gloster", "official"),
    (
        "Scottish Labour deputy leader Jackie Baillie said the NHS was in crisis.",
        "Jackie Baillie",
        "official",
    ),
    (
        "Police Scotland Assistant Chief Constable Alan Speirs said patrols would rise.",
        "Alan Speirs",
        "official",
    ),
    ("Auckland Council chief executive Phil Wilson said rates would rise.", "Phil Wilson", "official"),
    ("Crown prosecutor Jo Kim told the court the man had fled.", "Jo Kim", "official"),
    ("Coroner Sam Lee found the death was accidental.", "Sam Lee", "official"),
    ("Stats NZ spokeswoman Ana Reti said the population grew.", "Ana Reti", "official"),
    ("Statistics Canada senior economist Marc Roy said jobs grew.", "Marc Roy", "official"),
    (
        "Australian Bureau of Statistics head of prices statistics Michelle Marquardt said inflation eased.",
        "Michelle Marquardt",
        "official",
    ),
    ("State Rep. Amy Ruiz, D-Austin, filed the bill.", "Amy Ruiz", "official"),
    ("Assemblymember Jo Lee (D-Oakland) wrote the bill.", "Jo Lee", "official"),
    ("Justice D.Y. Chandrachud wrote the judgment.", "D.Y. Chandrachud", "official"),
    ("Detective Constable Priya Shah said the boy was found.", "Priya Shah", "official"),
    ("Deputy Chief Constable Rob Carden said the force was short of officers.", "Rob Carden", "official"),
]

# Officers of companies, unions, chambers and think tanks, and party candidates.
MORE_PEOPLE: list[Row] = [
    (
        "Hugh Ellis, head of policy at the Town and Country Planning Association, said the plan was weak.",
        "Hugh Ellis",
        "person",
    ),
    (
        "Sara Lopez, a spokeswoman for the Teachers Union, said the strike would go ahead.",
        "Sara Lopez",
        "person",
    ),
    ("Chamber of Commerce president Ray Tso said businesses were worried.", "Ray Tso", "person"),
    ("Green Party candidate Ellie Marsh said the seat was winnable.", "Ellie Marsh", "person"),
    ("Amazon spokesperson Kelly Nantel said the warehouse was safe.", "Kelly Nantel", "person"),
    ("Moody's chief economist Mark Zandi said a recession was unlikely.", "Mark Zandi", "person"),
    (
        "Mark Zandi, chief economist at Moody's Analytics, said a recession was unlikely.",
        "Mark Zandi",
        "person",
    ),
    ("Barclays economist Jo Byrne said inflation would fall.", "Jo Byrne", "person"),
]

# Names no given-name list knows (African, Indian, Māori, Irish), ranks and offices of more countries, and
# a title in apposition to a surname-only mention.
WORLD_NAMES_AND_OFFICES: list[Row] = [
    (
        "Nkosana Dlamini, the city's finance director, said the budget was tight.",
        "Nkosana Dlamini",
        "official",
    ),
    ("Spokesperson Xolani Mkhize said the municipality would act.", "Xolani Mkhize", "person"),
    ("Municipal manager Sibusiso Ndlovu said the municipality would pay.", "Sibusiso Ndlovu", "official"),
    (
        "Police spokesperson Brig. Athlenda Mathe said five suspects were arrested.",
        "Athlenda Mathe",
        "official",
    ),
    (
        "The district magistrate, Ravi Prakash Gupta, said schools would close.",
        "Ravi Prakash Gupta",
        "official",
    ),
    (
        "Superintendent of Police Anil Kumar Sharma said the accused had fled.",
        "Anil Kumar Sharma",
        "official",
    ),
    (
        "Inspector-General of Police Abdulkadir Mohammed said the force would investigate.",
        "Abdulkadir Mohammed",
        "official",
    ),
    ("Deputy Commissioner of Police Joy Tirkey said traffic was diverted.", "Joy Tirkey", "official"),
    ("Mayor Aroha Ngāti said the rates rise was needed.", "Aroha Ngāti", "official"),
    (
        "Hone Tūhoe, a Whanganui District Council spokesman, said the road would reopen.",
        "Hone Tūhoe",
        "official",
    ),
    ("Cr Sarah Free said the council would consult.", "Sarah Free", "official"),
    ("Sen. Ben Ray Luján (D-N.M.) backed the bill.", "Ben Ray Luján", "official"),
    ("Minister of Finance Enoch Godongwana said the deficit would narrow.", "Enoch Godongwana", "official"),
    ("Chief Executive Officer Kamal Uddin of the Port Authority said trade rose.", "Kamal Uddin", "official"),
    (
        "Ms Okonjo-Iweala, the trade minister, said talks would resume. Ngozi Okonjo-Iweala has led talks before.",
        "Ngozi Okonjo-Iweala",
        "official",
    ),
    (
        "Siobhán Ní Bhriain, a Department of Health spokeswoman, said waits fell.",
        "Siobhán Ní Bhriain",
        "official",
    ),
    ("Garda Commissioner Drew Harris said the force would recruit.", "Drew Harris", "official"),
    ("Ward councillor Thabo Mokoena said residents were angry.", "Thabo Mokoena", "official"),
    ("MP Jagmeet Singh said the bill was weak.", "Jagmeet Singh", "official"),
    ("Conservative MP Pierre Poilievre said taxes were too high.", "Pierre Poilievre", "official"),
    ("Federal Health Minister Mark Holland said the plan would expand.", "Mark Holland", "official"),
    ("Provincial court Judge Anne Marie Tremblay sentenced the man.", "Anne Marie Tremblay", "official"),
    ("Mr Justice Colm Ó Floinn dismissed the case.", "Colm Ó Floinn", "official"),
    ("Lord Advocate Dorothy Bain said the case would proceed.", "Dorothy Bain", "official"),
    ("Home Affairs Minister Tony Burke said visas would be cancelled.", "Tony Burke", "official"),
    ("Shadow treasurer Angus Taylor said spending was too high.", "Angus Taylor", "official"),
]

# A title in a relative clause after the name or a surname mention.
RELATIVE_CLAUSES: list[Row] = [
    (
        "Martin Ash, 57, admitted fraud. Ash, who had served as treasurer since 2013, showed no emotion.",
        "Martin Ash",
        "official",
    ),
    ("Ann Bell, who is the county's health officer, urged caution.", "Ann Bell", "official"),
    ("Ann Bell, who was mayor from 2010 to 2014, backed the plan.", "Ann Bell", "official"),
    ("Ray Tso, who served as treasurer of the union from 2010, said so.", "Ray Tso", "person"),
    ("Kim Ode, who is a nurse, said the ward was full.", "Kim Ode", "person"),
]

TABLES = {
    "abbreviated": ABBREVIATED_TITLES,
    "rank": RANKS,
    "party": PARTY_TAGS,
    "opening": AFTER_OPENING_WORD,
    "name-form": NAME_FORMS,
    "abroad": OFFICES_ABROAD,
    "agency": AGENCY_OFFICERS,
    "person": STAY_PEOPLE,
    "more-office": MORE_OFFICES,
    "more-person": MORE_PEOPLE,
    "world": WORLD_NAMES_AND_OFFICES,
    "relative": RELATIVE_CLAUSES,
}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [pytest.param(*row, id=f"{table}-{row[1]}") for table, rows in TABLES.items() for row in rows],
)
def test_name_and_kind(text: str, name: str, kind: str) -> None:
    person = person_named(text, name)
    assert person.kind == kind, person


# (passage, name, the title as stated, its organization)
TITLES: list[tuple[str, str, str, str | None]] = [
    (
        "Health Dept. spokesman Owen Pratt said the clinic was closed.",
        "Owen Pratt",
        "Health Dept. spokesman",
        "Health Dept.",
    ),
    ("Since Mayor Victor Osei took office, crime fell.", "Victor Osei", "Mayor", None),
    ("Under Gov. Lena Strand, the state cut taxes twice.", "Lena Strand", "Gov.", None),
    ("St. Louis Mayor Tisha Jonas said so.", "Tisha Jonas", "St. Louis Mayor", "St. Louis"),
    ("State Dept. spokesman Ned Pryce said so.", "Ned Pryce", "State Dept. spokesman", "State Dept."),
    ("Calif. Gov. Gavin Marsh signed the bill.", "Gavin Marsh", "Calif. Gov.", "Calif."),
    ("Ann Lee, a U.S. Attorney, said so.", "Ann Lee", "a U.S. Attorney", None),
    (
        "The U.S. Dept. of Labor's chief economist, Ann Lee, said so.",
        "Ann Lee",
        "The U.S. Dept. of Labor's chief economist",
        "U.S. Dept. of Labor",
    ),
    ("Ann Lee, director of the FBI. She said so.", "Ann Lee", "director of the FBI", "FBI"),
    ("After Police Chief Ana Lu quit, crime rose.", "Ana Lu", "Police Chief", "Police"),
    ("Capt. Rosa Mendez said two suspects were arrested.", "Rosa Mendez", "Capt.", None),
    (
        "Oakdale Town Council clerk Susan Hart said the money was recovered.",
        "Susan Hart",
        "Oakdale Town Council clerk",
        "Oakdale Town Council",
    ),
    (
        "Waits grew at Northfield NHS Trust. Dr Nadia Hollis, the trust's chief executive, said so.",
        "Nadia Hollis",
        "the trust's chief executive",
        "Northfield NHS Trust",
    ),
    (
        "Assistant secretary Daniel Kerr of the nurses' union said nurses resigned.",
        "Daniel Kerr",
        "Assistant secretary",
        "nurses' union",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "organization"), TITLES, ids=[row[1] for row in TITLES])
def test_stated_title_and_body(text: str, name: str, title: str, organization: str | None) -> None:
    person = next(person for person in find_people(text) if person.name == name)
    stated = next(stated for stated in person.titles if stated.text == title)
    assert stated.organization == organization
    assert text[stated.start : stated.end] == title


def test_credit_lines_name_no_people() -> None:
    assert find_people("The survey covered 384 areas.\n\n--With assistance from Paul Navarro.") == []
