"""Officials, round 17: a chief of staff holds an office, and a title of several words joined by `of` ends
where it is listed, so a name of three words after it stays whole (`Chief of Staff Akosua Frema Osei-Opare`).

Invented names.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Chief of Staff Ana Maria Varga said 40 people attended.", "Ana Maria Varga", "Chief of Staff"),
        ("Chief of Staff, Ana Maria Varga, said 40 people attended.", "Ana Maria Varga", "Chief of Staff"),
        ("Chief of Police Tomas Ama Okello said 3 men died.", "Tomas Ama Okello", "Chief of Police"),
        (
            "Clerk of the Court Mary Ann Okello said 4 cases were heard.",
            "Mary Ann Okello",
            "Clerk of the Court",
        ),
    ],
)
def test_a_title_joined_by_of_ends_where_it_is_listed(sentence: str, name: str, title: str) -> None:
    record = record_of("Office\n\n" + sentence + "\n")
    (person,) = record.people
    assert (person.name, person.kind, [stated.text for stated in person.titles]) == (
        name,
        "official",
        [title],
    )


@pytest.mark.parametrize("portfolio", ["Corrections", "Prisons", "Policing", "Veterans", "Revenue", "Water"])
def test_a_secretary_titled_by_a_portfolio_holds_an_office(portfolio: str) -> None:
    record = record_of(f"Office\n\n{portfolio} Secretary Tomas Okello put the figure at 47,000.\n")
    (person,) = record.people
    assert (person.name, person.kind) == ("Tomas Okello", "official")


@pytest.mark.parametrize("name", ["Rhun ap Iorwerth", "Abdulla bin Touq", "Gareth Lloyd"])
def test_a_name_with_its_particles_before_a_post_nominal_office(name: str) -> None:
    record = record_of(f"Waits\n\n{name} MS said the missed targets were bad.\n")
    (person,) = record.people
    assert (person.name, person.kind, [title.text for title in person.titles]) == (name, "official", ["MS"])


@pytest.mark.parametrize("label", ["Photo", "Picture", "Image"])
def test_a_captions_name_ends_where_the_credits_label_begins(label: str) -> None:
    record = record_of(
        f"Police\n\nNo caption  Police Minister Tomas Okello {label}: RNZ / Ana Varga\n\nIt rained.\n"
    )
    (person,) = record.people
    assert (person.name, person.kind) == ("Tomas Okello", "official")


@pytest.mark.parametrize(
    ("owner", "kind"),
    [("the union’s", "person"), ("the association's", "person"), ("the ministry’s", "official")],
)
def test_a_title_belongs_to_the_body_its_possessive_describes(owner: str, kind: str) -> None:
    record = record_of(
        f"Teachers\n\nThe cuts were criticised by {owner} general secretary Tomas Okello on Monday.\n"
    )
    (person,) = record.people
    assert (person.name, person.kind) == ("Tomas Okello", kind)


def test_a_name_joined_by_a_particle_is_a_full_name_and_its_last_part_the_surname() -> None:
    record = record_of(
        "Census\n\nNaeem-uz-Zafar, the chief census commissioner of the Harbourland Bureau of Statistics, told a "
        "news conference that 5 areas were left.\n\nZafar said 4 people died.\n"
    )
    (person,) = record.people
    assert (person.name, person.kind) == ("Naeem-uz-Zafar", "official")
    assert [statistic.attributed_to and statistic.attributed_to.name for statistic in record.statistics] == [
        "Naeem-uz-Zafar",
        "Naeem-uz-Zafar",
    ]


def test_a_hyphenated_word_without_a_particle_is_no_name() -> None:
    record = record_of("Tests\n\nCoca-Cola said 4 people died.\n")
    assert record.people == []


@pytest.mark.parametrize(
    ("sentence", "entity_id", "title"),
    [
        (
            "The list rose by 3,619, according to the Minister for Health, Mr Okello.",
            "minister-okello",
            "Minister for Health",
        ),
        ("The Treasurer, Ms Varga, said 4 people left.", "treasurer-varga", "Treasurer"),
    ],
)
def test_an_office_set_off_before_a_courtesy_title_and_surname(
    sentence: str, entity_id: str, title: str
) -> None:
    record = record_of("Waits\n\n" + sentence + "\n")
    (person,) = record.people
    assert (person.entity_id, person.kind, [stated.text for stated in person.titles]) == (
        entity_id,
        "official",
        [title],
    )


def test_a_courtesy_title_and_surname_after_a_description_hold_no_office() -> None:
    record = record_of("Friends\n\nHe met a friend, Mr Okello, on Monday.\n")
    (person,) = record.people
    assert (person.entity_id, person.kind) == ("mr-okello", "person")


@pytest.mark.parametrize("title", ["Paramedic Chief", "paramedic chief"])
def test_a_paramedic_chief_holds_an_office_as_a_fire_chief_does(title: str) -> None:
    record = record_of(
        f"Offload delays\n\nThe committee heard from Harbourton {title} Tomas Okello on Monday.\n"
    )
    (person,) = record.people
    assert (person.name, person.kind) == ("Tomas Okello", "official")


def test_a_given_name_inside_a_longer_place_name_still_opens_a_persons_name() -> None:
    record = record_of("Prices\n\nPresidential spokesperson Salvador Okello said 5 people came.\n")
    (person,) = record.people
    assert (person.name, person.kind, [title.text for title in person.titles]) == (
        "Salvador Okello",
        "official",
        ["Presidential spokesperson"],
    )


@pytest.mark.parametrize("place", ["El Salvador", "San Diego"])
def test_a_places_whole_name_is_no_person(place: str) -> None:
    record = record_of(f"Prices\n\n{place} said 4 people came.\n")
    assert record.people == []


def test_a_presidential_candidate_holds_no_office() -> None:
    record = record_of("Race\n\nThe presidential candidate Ana Varga said 4 people came.\n")
    (person,) = record.people
    assert person.kind == "person"
