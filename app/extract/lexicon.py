"""Curated word lists: titles, offices, agencies, outlets, places, given names and nicknames.

The lists live in `app/extract/data/` as text files, one entry per line (`#` starts a comment),
so a one-word change is a one-line diff. `.txt` files are sets; `.tsv` files are tables whose
first column is the key. Nothing here is keyed to a particular article.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

__all__ = [
    "AGENCIES",
    "CITIES",
    "COMPANY_HEADS",
    "COMPOUND_SUFFIXES",
    "COUNTRIES",
    "COURTESY_TITLES",
    "DEMONYMS",
    "DESCRIPTOR_PREFIXES",
    "DOTTED_ABBREVIATIONS",
    "GENERAL_OFFICERS",
    "GIVEN_NAMES",
    "GOVERNMENT_WORDS",
    "HONORIFICS",
    "HYPHEN_PARTICLES",
    "JURISDICTIONS",
    "MEMBERSHIP_WORDS",
    "MONTH_TABLE",
    "NAME_PARTICLES",
    "NICKNAMES",
    "NON_GOVERNMENT_WORDS",
    "NOT_NAME_WORDS",
    "OCCUPATIONS",
    "OFFICE_WORDS",
    "ORG_HEADS",
    "OUTLETS",
    "OUTLET_HEADS",
    "PARTY_ROLES",
    "PARTY_WORDS",
    "PHOTO_CREDIT_LABELS",
    "PORTFOLIO_PHRASE_WORDS",
    "PORTFOLIO_WORDS",
    "POST_NOMINALS",
    "POST_NOMINAL_OFFICES",
    "PUBLIC_BODIES",
    "PUBLIC_BODY_PHRASES",
    "SENTENCE_OPENERS",
    "STATES",
    "STATE_ABBREVIATIONS",
    "STREET_SUFFIXES",
    "TITLE_ABBREVIATIONS",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "VEHICLE_MAKES",
    "WIRE_CREDITS",
    "YEAR_PLURAL_NOUNS",
    "canonical_title",
    "word_map",
    "word_set",
    "word_table",
]


def _entries(name: str) -> Iterator[str]:
    text = resources.files("app.extract").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def word_set(name: str) -> frozenset[str]:
    """A `.txt` data file: one entry per line."""
    return frozenset(line.strip() for line in _entries(name))


def word_table(name: str) -> dict[str, tuple[str, ...]]:
    """A `.tsv` data file: key -> the other tab-separated columns, in file order."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _entries(name):
        key, *values = line.split("\t")
        table[key] = tuple(values)
    return table


def word_map(name: str) -> dict[str, str]:
    """A two-column `.tsv` data file: key -> value, in file order."""
    return {key: value for key, (value,) in word_table(name).items()}


TITLE_ABBREVIATIONS: dict[str, str] = word_map("title_abbreviations.tsv")
POST_NOMINAL_OFFICES: frozenset[str] = word_set("post_nominal_offices.txt")
POST_NOMINALS: frozenset[str] = POST_NOMINAL_OFFICES | word_set("post_nominal_honours.txt")
_CANONICAL_TITLES: dict[str, str] = word_map("canonical_titles.tsv")
# Officers whose title made general names a state's post however it is written ("Comptroller-General",
# "Statistician General"): every such title is a title's head (whether it is an office depends on its body).
GENERAL_OFFICERS: frozenset[str] = word_set("general_officers.txt")
_GENERAL_OFFICES = frozenset(
    f"{officer}{joint}general" for officer in GENERAL_OFFICERS for joint in ("-", " ")
)
OFFICE_WORDS: frozenset[str] = word_set("office_words.txt")
OCCUPATIONS: frozenset[str] = word_set("occupations.txt")
PORTFOLIO_WORDS: frozenset[str] = word_set("portfolio_words.txt")
PORTFOLIO_PHRASE_WORDS: frozenset[str] = PORTFOLIO_WORDS | word_set("portfolio_phrase_words.txt")
# honorific -> "given" or "surname": the name it takes when it stands before one word
HONORIFICS: dict[str, str] = word_map("honorifics.tsv")
COURTESY_TITLES: frozenset[str] = word_set("courtesy_titles.txt") | frozenset(HONORIFICS)
# "the Yeddyurappa-led government": words hyphenated after a name that make it a modifier.
COMPOUND_SUFFIXES: frozenset[str] = word_set("compound_suffixes.txt")
TITLE_HEADS: frozenset[str] = word_set("title_heads.txt") | OCCUPATIONS | _GENERAL_OFFICES
PARTY_WORDS: frozenset[str] = word_set("party_words.txt")
PARTY_ROLES: frozenset[str] = word_set("party_roles.txt")
STREET_SUFFIXES: frozenset[str] = word_set("street_suffixes.txt")
# `Photo:`, `Picture:`: labels of a photo's credit; what follows credits the picture, and the line is a caption.
PHOTO_CREDIT_LABELS: frozenset[str] = word_set("photo_credit_labels.txt")
TITLE_MODIFIERS: frozenset[str] = word_set("title_modifiers.txt")
GOVERNMENT_WORDS: frozenset[str] = word_set("government_words.txt")
NON_GOVERNMENT_WORDS: frozenset[str] = word_set("non_government_words.txt")
MEMBERSHIP_WORDS: frozenset[str] = word_set("membership_words.txt")
PUBLIC_BODY_PHRASES: frozenset[str] = word_set("public_body_phrases.txt")
PUBLIC_BODIES: frozenset[str] = word_set("public_bodies.txt")
JURISDICTIONS: frozenset[str] = word_set("jurisdictions.txt")
# `Irish`, `Italian`: what nations.tsv writes after each nation.
DEMONYMS: frozenset[str] = frozenset(
    demonym for forms in word_table("nations.tsv").values() for demonym in forms
)
COMPANY_HEADS: frozenset[str] = word_set("company_heads.txt")
# slug -> (canonical name, aliases as written)
AGENCIES: dict[str, tuple[str, tuple[str, ...]]] = {
    slug: (columns[0], columns[1:]) for slug, columns in word_table("agencies.tsv").items()
}
OUTLETS: dict[str, tuple[str, ...]] = word_table("outlets.tsv")
OUTLET_HEADS: frozenset[str] = word_set("outlet_heads.txt")
WIRE_CREDITS: dict[str, str] = word_map("wire_credits.tsv")
ORG_HEADS: frozenset[str] = word_set("org_heads.txt")
STATES: dict[str, str] = word_map("states.tsv")
STATE_ABBREVIATIONS: frozenset[str] = word_set("state_abbreviations.txt")
DOTTED_ABBREVIATIONS: frozenset[str] = word_set("dotted_abbreviations.txt")
CITIES: dict[str, tuple[str, ...]] = word_table("cities.tsv")
COUNTRIES: dict[str, tuple[str, ...]] = word_table("countries.tsv")
NICKNAMES: dict[str, str] = word_map("nicknames.tsv")
GIVEN_NAMES: frozenset[str] = word_set("given_names.txt")
NAME_PARTICLES: frozenset[str] = word_set("name_particles.txt")
HYPHEN_PARTICLES: frozenset[str] = word_set("hyphen_particles.txt")
NOT_NAME_WORDS: frozenset[str] = word_set("not_name_words.txt")
DESCRIPTOR_PREFIXES: frozenset[str] = word_set("descriptor_prefixes.txt")
SENTENCE_OPENERS: frozenset[str] = word_set("sentence_openers.txt")
VEHICLE_MAKES: frozenset[str] = word_set("vehicle_makes.txt")
YEAR_PLURAL_NOUNS: frozenset[str] = word_set("year_plural_nouns.txt")
# full month name -> its abbreviations, in calendar order
MONTH_TABLE: dict[str, tuple[str, ...]] = word_table("months.tsv")


def canonical_title(title: str) -> str:
    """Short stable form of a title, e.g. `Governor` -> `gov`."""
    stripped = title.strip()
    if stripped in TITLE_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[stripped]
    lowered = stripped.lower()
    for word, short in _CANONICAL_TITLES.items():
        if lowered.endswith(word):
            return short
    return "-".join(lowered.replace(".", "").split()) or "title"
