"""Public or private body: whether a stated title is a public office (an official) or a private role."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from app.extract.body_acronyms import defined_acronyms, described_acronyms
from app.extract.lexicon import (
    CITIES,
    COUNTRIES,
    GENERAL_OFFICERS,
    GOVERNMENT_WORDS,
    JURISDICTIONS,
    MEMBERSHIP_WORDS,
    NON_GOVERNMENT_WORDS,
    OCCUPATIONS,
    OFFICE_WORDS,
    ORG_HEADS,
    PARTY_ROLES,
    PARTY_WORDS,
    PORTFOLIO_WORDS,
    POST_NOMINAL_OFFICES,
    PUBLIC_BODIES,
    PUBLIC_BODY_PHRASES,
    STATES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    word_set,
    word_table,
)
from app.extract.names import AGENCY_ALIASES
from app.extract.spans import word_pattern
from app.extract.title_lists import singular_title

__all__ = [
    "NOT_YET_TAKEN_UP",
    "PUBLIC_BODY_AFTER",
    "defined_acronyms",
    "described_acronyms",
    "is_government",
    "longer_body_names",
    "title_is_office",
]

_PARTIES = "|".join(sorted(map(re.escape, PARTY_WORDS), key=len, reverse=True))
_PORTFOLIO = "|".join(sorted(PORTFOLIO_WORDS, key=len, reverse=True))
_PARTY_ROLE_WORDS = "|".join(sorted(PARTY_ROLES, key=len, reverse=True))
_PARTY_ROLE = re.compile(
    rf"(?<![\w-])(?:{_PARTIES}|party)(?:['’]s)?"
    # "Sinn Fein Health spokesperson": a portfolio may be capitalized.
    rf"\s+(?:(?:[a-z][\w-]*|(?i:{_PORTFOLIO}))\s+){{0,2}}"
    rf"(?i:{_PARTY_ROLE_WORDS})\b"
    # "health critic for the Opposition NDP", "spokeswoman for the Labour Party": the party after the role.
    rf"|(?<![\w-])(?i:{_PARTY_ROLE_WORDS})\s+(?:for|of)\s+(?:the\s+)?(?:[Oo]pposition\s+)?"
    rf"(?:{_PARTIES})\b"
)

PUBLIC_BODY_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:council|state|city|county|town|government|crown|publicly|municipally|provincially)[-\s]owned"
    r"|public|municipal|government|state|federal|provincial|county|city|council|national|regional)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:utility|agency|authority|corporation|company|entity|body|board|service|enterprise|operator|provider"
    r"|department|regulator|broadcaster|hospital|trust|insurer|lender|bank|railway|airline|port)\b"
)


# Titles and bodies recur ("Mayor", "City Council"): each is judged once.
@lru_cache(maxsize=65_536)
def is_government(organization: str | None) -> bool:
    """Whether an organization or jurisdiction named in a title is a public body."""
    if not organization:
        return False
    # "public affairs director", "public relations manager": a function, not a public body.
    organization = _PUBLIC_FUNCTION.sub(" ", organization)
    lowered_words = {word.lower().rstrip("’'") for word in organization.split()}
    if lowered_words & MEMBERSHIP_WORDS:
        return False
    if _PUBLIC_PHRASE.search(organization) or _PORTFOLIO_COMMITTEE.fullmatch(organization):
        return True
    if _NATION.fullmatch(organization.removeprefix("the ").removeprefix("The ")):
        # "Prime Minister of the UAE", "Ghana's …": a nation's own offices are its government's.
        return True
    words = {word.lower().strip("’'s") for word in organization.replace("’s", "").split()}
    if (
        lowered_words & _STATISTICS_WORDS
        and not (lowered_words & NON_GOVERNMENT_WORDS) - {"institute"}
        and (_JURISDICTION.search(organization) or _NATION.search(organization))
    ):
        # "Statistical Institute of Jamaica", "Ghana Statistical Service": a place's statistics office is its
        # government's, whatever noun heads it.
        return True
    if (
        named := re.sub(r"^(?:[Tt]he\s+)?(?:U\.?S\.?\s+)?", "", organization)
    ) in AGENCY_ALIASES or named in PUBLIC_BODIES:
        # "the Centers for Disease Control and Prevention", "Canada Post": a listed body named alone is public,
        # whatever its words.
        return True
    if words & NON_GOVERNMENT_WORDS or lowered_words & NON_GOVERNMENT_WORDS:
        return False
    acronyms = {word.replace(".", "") for word in organization.split()}  # "N.Y.P.D." is "NYPD"
    if (
        _ACRONYM_ALIASES.intersection(acronyms)
        or _NAMED_ALIAS.search(organization)
        or _names_public_body(organization)
    ):
        return True
    if words & GOVERNMENT_WORDS or lowered_words & GOVERNMENT_WORDS:
        return True
    nation_portfolio = _NATION_PORTFOLIO.match(organization)
    if nation_portfolio is not None and all(
        word.lower() in TITLE_HEADS or word.lower() in TITLE_MODIFIERS
        for word in organization[nation_portfolio.end() :].split()
    ):
        return True
    return bool(_JURISDICTION.search(organization))


_STATISTICS_WORDS = word_set("statistics_body_words.txt") - {"forecasting"}
_ACRONYM_ALIASES = frozenset(alias for alias in AGENCY_ALIASES if alias.isupper())
# A written-out agency name anywhere in the organization ("Immigration and Customs Enforcement").
_NAMED_ALIAS = re.compile("|".join(re.escape(alias) for alias in AGENCY_ALIASES if not alias.isupper()))
_PLACE_ALIASES = [alias for aliases in (*CITIES.values(), *COUNTRIES.values()) for alias in aliases]


def _phrases(phrases: frozenset[str]) -> str:
    return "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(phrases, key=len, reverse=True)
    )


# Phrases that name a public body although one of their words is a private-body word ("School District").
_PUBLIC_PHRASE = re.compile(rf"(?<![\w-])(?:{_phrases(PUBLIC_BODY_PHRASES)})(?![\w-])", re.IGNORECASE)
# "Texas Department …", "Queensland Health": a body named after a whole place name ("Riders United" is not).
_JURISDICTION = re.compile(
    rf"(?<![\w-])(?:{_phrases(frozenset([*JURISDICTIONS, *STATES, *CITIES, *COUNTRIES, *_PLACE_ALIASES]))})(?![\w-])"
)
# "Qatar Tourism", "Malawi Health": any nation's name before portfolios alone names its ministry; before other
# words it names a company as often ("Nigeria Breweries", "Kenya Airways").
_NATION_PORTFOLIO = re.compile(
    rf"(?:{word_pattern(word_table('nations.tsv'))})\s+(?i:{'|'.join(sorted(map(re.escape, PORTFOLIO_WORDS), key=len, reverse=True))})"
    rf"(?:\s+(?:and\s+)?(?i:{'|'.join(sorted(map(re.escape, PORTFOLIO_WORDS), key=len, reverse=True))}))*(?![\w-])"
)
# "Moldova's President", "Kenyan President": a nation or its demonym before a head of state's title.
_NATION = re.compile(
    rf"(?:{word_pattern(name for row in word_table('nations.tsv').items() for name in (row[0], *row[1]))})(?:['’]s?)?"
)
_NATION_PRESIDENT = re.compile(rf"(?:^|(?<=\bthe\s))(?:{_NATION.pattern})\s+(?:[Vv]ice[\s-])?President$")
_PUBLIC_FUNCTION = re.compile(r"\b[Pp]ublic\s+(?:[Aa]ffairs|[Rr]elations|[Pp]olicy)\b")
# A title that names a private occupation despite an office word ("art collector").
_NOT_OFFICE = re.compile(
    r"\b(?:(?:art|debt|bill|record|stamp|coin|garbage|trash|waste)\s+collectors?|member\s+of\s+the\s+public)\b",
    re.I,
)

_HELD_MODIFIERS = re.compile(r"^(?:(?:former|acting|interim|outgoing|incoming|late)\s+)+", re.IGNORECASE)
# "the state epidemiologist", "a government economist": a profession practised in a public post.
_PUBLIC_EMPLOYERS = frozenset(["state", "federal", "government", "county", "city", "municipal", "provincial"])
# "the Member for Bennelong": the holder of a parliamentary seat.
_SEAT_MEMBER = re.compile(r"(?:(?i:the|a|former)\s+)*(?i:member)\s+for\s+[A-Z][^,;]*")
# "incumbent Ada Moss", "beat incumbent Ada Moss" in election results: the holder of the seat contested.
_INCUMBENT = re.compile(r"(?:.*\s)?incumbent", re.IGNORECASE)
_POST_NOMINAL_HEAD = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, POST_NOMINAL_OFFICES), key=len, reverse=True))})[,.]?"
    r"(?=$|\s+(?:for|of)\s|,)"
)
# "vice-chair", "co-chair", "under-secretary": a rank hyphenated to the title it qualifies.
_RANK_HYPHEN = re.compile(r"\b(vice|co|under|deputy|pro)-(?=[a-z])")
_LEADS_BODY = re.compile(r"(?:heads|leads|chairs|runs|directs)\s")
_SHADOW_ROLE = re.compile(
    r"(?<![\w-])[Ss]hadow\s+(?:[a-z]+\s+){0,3}(?:secretary|minister|chancellor|treasurer|attorney)\b"
)
_ROLE_AND = re.compile(r"\s+and\s+(?=[a-z])")
# "Defence Secretary and Relief Council Chairman": a capitalized second role only after a title's head
# ("the Town and Country Planning Association" is one body).
_TITLED_ROLE_AND = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(sorted(map(re.escape, TITLE_HEADS), key=len, reverse=True))})\s+and\s+(?=[A-Z])"
)
_PRIVATE_TOO = frozenset(["secretary", "chancellor", "trustee", "clerk", "treasurer", "president"])
_PORTFOLIOS = rf"(?:{_PORTFOLIO})(?:,?\s+(?:(?:and|&)\s+)?(?:{_PORTFOLIO}))*"
# "Health Secretary", "Labor and Workforce Development Secretary": a portfolio names a government post.
# "a former Conservative Party home secretary": an article, modifiers and a party may stand before it.
_PORTFOLIO_TITLE = re.compile(
    rf"(?:(?:a|an|the)\s+)?(?:(?:former|acting|interim|shadow|then-)\s+)*"
    rf"(?:(?-i:{_PARTIES})(?:\s+[Pp]arty)?\s+(?:(?:former|acting|interim|shadow)\s+)*)?"
    rf"(?:{_PORTFOLIOS}\s+(?:secretary|minister)"
    # "Parliamentary Secretary for Commerce", "Secretary of Health": the portfolio after the post.
    # "Director General for Health": a director-general's portfolio is a government's.
    rf"|(?:(?:parliamentary|permanent|principal|deputy|assistant|under)[\s-]+)?(?:secretary|minister|director[\s-]general)"
    rf"\s+(?:for|of)\s+(?:the\s+)?{_PORTFOLIOS})",
    re.IGNORECASE,
)
_PORTFOLIO_CHIEF = re.compile(
    rf"(?:(?:former|acting|interim)\s+)?{_PORTFOLIOS}\s+(?:chief|boss|czar|tsar)", re.IGNORECASE
)
# "Family and Community Development Committee": a committee named for portfolios is a government's.
_PORTFOLIO_COMMITTEE = re.compile(rf"{_PORTFOLIOS}\s+committee", re.IGNORECASE)


# "Mayor-elect", "the minister-designate": the office is the one to be taken up.
# "president-elect", "minister-designate": an office not yet taken up.
NOT_YET_TAKEN_UP = re.compile(r"-(?:elect|designate)\b", re.IGNORECASE)
_ELECTED = re.compile(r"-elect\b", re.IGNORECASE)


@lru_cache(maxsize=65_536)
def _only_portfolio(organization: str | None) -> bool:
    """`Maritime Affairs`, `Mining and Maritime Affairs`: portfolios only."""
    words = (organization or "").replace(",", " ").lower().split()
    return bool(words) and all(word in PORTFOLIO_WORDS or word in ("and", "&") for word in words)


def title_is_office(title: str, organization: str | None) -> bool:
    """Whether a stated title is a public office (an official) rather than a private role."""
    if organization is None and _ELECTED.search(title):
        # "vice president-elect X" with no body named: an office won at an election.
        return True
    title = NOT_YET_TAKEN_UP.sub("", singular_title(title))
    if title.strip() in POST_NOMINAL_OFFICES or _PARTY_ROLE.search(title):
        return True
    if _POST_NOMINAL_HEAD.search(title):
        # "a Fianna Fáil TD", "the Plaid Cymru MS for Arfon"; not "TD Bank economist", where it opens a name.
        return True
    if _NOT_OFFICE.search(title):
        return False
    if _LEADS_BODY.match(title):
        # "heads the Harbour Port Authority": the head of the body named.
        return is_government(organization)
    if _SHADOW_ROLE.search(title):
        # "Labour's shadow health secretary": the opposition's front bench sits in parliament.
        return True
    if organization is None and _PORTFOLIO_CHIEF.fullmatch(title.strip()):
        # "Financial chief X", "health boss X" with no body named: a government's portfolio.
        return True
    if (
        _PORTFOLIO_TITLE.fullmatch(title.strip())
        or _INCUMBENT.fullmatch(title.strip())
        or _SEAT_MEMBER.fullmatch(title.strip())
    ):
        return True
    # "Qatar Tourism Chairman and Qatar Airways Group Chief Executive": each role names its own body.
    roles = _split_roles(title) if organization or _TITLED_ROLE_AND.search(title) else []
    if len(roles) > 1 and any(
        title_is_office(
            role, organization if organization and organization in role and organization != role else None
        )
        for role in roles
    ):
        # "Health Undersecretary and spokesperson": one of two roles joined by "and" is an office.
        return True
    role = title.replace(organization, " ") if organization and organization != title else title
    if organization and not is_government(organization) and organization in title:
        # A private body's title never names a public office ("Housing Justice Project").
        role = title.replace(organization, " ")
    lowered = _RANK_HYPHEN.sub(r"\1 ", role.lower().replace("’s", "").replace("then-", "").replace("ex-", ""))
    words = lowered.replace(",", " ").split()
    if any(word in OFFICE_WORDS for word in words):
        # "union secretary", "Faculty Senate President": the title itself names a private body.
        # "Maritime Affairs Cabinet Secretary": a portfolio alone is a government's, no private body.
        private = (
            bool(organization) and not is_government(organization) and not _only_portfolio(organization)
        ) or bool(set(words) & NON_GOVERNMENT_WORDS)
        return not (private and any(word in _PRIVATE_TOO for word in words))
    full = title.lower()
    if any(phrase in lowered or phrase in full for phrase in OFFICE_WORDS if " " in phrase):
        return True
    held = _HELD_MODIFIERS.sub("", lowered.strip()).replace("vice-", "vice ")
    head_of_state = _NATION_PRESIDENT.search(title.strip())
    if head_of_state is not None and (organization is None or organization in head_of_state.group()):
        # "the United States President, X", "the Kenyan President": a nation's head of state, no body named.
        return True
    if held in ("president", "vice president", "pres.") and (
        not organization or _names_only_a_place(organization) or _NATION.fullmatch(organization)
    ):
        # "President Ruiz", "Former President X", "Ukraine's President X" is a head of state; a lowercase
        # "president X" heads the body named before it.
        return _HELD_MODIFIERS.sub("", title.strip())[:1].isupper()
    if any(
        employer in _PUBLIC_EMPLOYERS and word in OCCUPATIONS for employer, word in itertools.pairwise(words)
    ):
        return True
    # "Registrar-General", "Statistician General": an officer's title made general names a state's post, unless
    # a private body holds it ("Acme Statistician-General").
    general = [
        word for word in words if word.endswith("-general") and word.removesuffix("-general") in TITLE_HEADS
    ] + [word for word, after in itertools.pairwise(words) if after == "general" and word in GENERAL_OFFICERS]
    if general and (organization is None or is_government(organization)):
        return True
    heads = [word for word in words if word in TITLE_HEADS and word not in OCCUPATIONS]
    body = organization or title
    return bool(heads) and is_government(body) and not _names_only_a_place(body)


def _split_roles(title: str) -> list[str]:
    """The roles a title joins with "and"."""
    roles = []
    for part in _ROLE_AND.split(title):
        rest = 0
        for joint in _TITLED_ROLE_AND.finditer(part):
            and_at = part.index(" and ", joint.start())
            roles.append(part[rest:and_at])
            rest = joint.end()
        roles.append(part[rest:])
    return roles


# One scan for every name: the alternation backtracks to the next name where one fails at a boundary.
_PUBLIC_BODY_NAME = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(PUBLIC_BODIES, key=len, reverse=True)))})(?![\w-])"
)


def _names_public_body(organization: str) -> bool:
    """`Bundesbank`, `CalFire`, `HMRC`: a public body by its own short name, as written, as a whole word."""
    return _PUBLIC_BODY_NAME.search(organization) is not None


def _names_only_a_place(phrase: str) -> bool:
    """`a Texas lawyer`, `Ontario`: a place alone says where someone works, not that a public body employs them."""
    kept = [
        word
        for word in phrase.split()
        if word.lower() not in ("a", "an", "the")
        and word.lower() not in TITLE_HEADS
        and word.lower() not in TITLE_MODIFIERS
    ]
    return bool(kept) and _JURISDICTION.fullmatch(" ".join(kept)) is not None


_SHORT_NAME_AFTER = re.compile(r"\s+\([A-Z][A-Za-z0-9]{1,9}\)")
_MORE_NAME_WORDS = re.compile(r"(?:\s+(?:(?:of|for|and|&|on)\s+)?[A-Z][\w’'-]*)+")


def longer_body_names(text: str, organizations: set[str]) -> dict[str, str]:
    """`Copernicus` -> `Copernicus Service for Climate Change`: a body named by the first word of a fuller name.

    Only one-word names that are not public by themselves are looked up; the first fuller name that ends in
    a body's head word or is followed by its acronym in brackets wins.
    """
    found: dict[str, str] = {}
    for organization in organizations:
        if " " in organization or not organization[:1].isupper() or is_government(organization):
            continue
        fuller = _first_fuller_name(text, organization)
        # "Ipswich Town" is a club, not Ipswich's council: the fuller name must read as a body's.
        if fuller is not None and (
            text[slice(*fuller)].split()[-1] in ORG_HEADS or _SHORT_NAME_AFTER.match(text, fuller[1])
        ):
            found[organization] = text[slice(*fuller)]
    return found


def _first_fuller_name(text: str, name: str) -> tuple[int, int] | None:
    """The span of the first place `name` opens a longer capitalized name (`Copernicus Service for …`)."""
    start = text.find(name)
    while start >= 0:
        before = text[start - 1] if start else ""
        if not (before.isalnum() or before in "_-"):
            more = _MORE_NAME_WORDS.match(text, start + len(name))
            if more is not None:
                return start, more.end()
        start = text.find(name, start + 1)
    return None
