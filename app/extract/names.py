"""Name finding: a capitalized run of words split into the title before a name and the name itself.

The runs are `name_runs.py`'s, their words `name_tokens.py`'s; entity ids are made in `person_ids.py`.
"""

from __future__ import annotations

import re

from app.extract.lexicon import (
    CITIES,
    COUNTRIES,
    COURTESY_TITLES,
    GIVEN_NAMES,
    HONORIFICS,
    JURISDICTIONS,
    NAME_PARTICLES,
    ORG_HEADS,
    PORTFOLIO_PHRASE_WORDS,
    POST_NOMINALS,
    STATES,
    TITLE_HEADS,
    word_set,
)
from app.extract.name_prefixes import (
    honorific_before_name,
    honorific_length,
    initials_name_start,
    opening_initials,
)
from app.extract.name_tokens import CONNECTORS, Token
from app.extract.name_words import (
    AGENCY_ALIASES,
    PLACE_WORDS,
    UPPER,
    is_name_like_word,
    is_title_head_word,
    is_title_word,
)
from app.extract.person_ids import JOINED_NAME

__all__ = [
    "AGENCY_ALIASES",
    "PLACE_WORDS",
    "UPPER",
    "WHOLE_PLACE_NAMES",
    "ends_portfolio",
    "is_full_name",
    "is_name_like",
    "is_title_head",
    "is_title_token",
    "split_name",
]

# A place's whole name as written (`Prince Edward Island`, `El Salvador`): no person's name, whatever its words.
WHOLE_PLACE_NAMES = frozenset(
    [
        *JURISDICTIONS,
        *STATES,
        *CITIES,
        *(alias for aliases in CITIES.values() for alias in aliases),
        *COUNTRIES,
    ]
)
INITIAL = re.compile(r"(?:[A-Z]\.){1,2}")
_PATRONYMIC_PARTICLES = word_set("patronymic_particles.txt")
# Inside a name a middle initial may go without its stop (`Ahsan H Mansur`, `K T Rama Rao`).
_MIDDLE_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}|[A-Z]")


def is_title_token(token: Token) -> bool:
    return is_title_word(token.bare)


def is_title_head(token: Token) -> bool:
    """A word that may end the title before a name: an office, a rank, `Mr`, or an honorific (`Sir`, `Lord`)."""
    return is_title_head_word(token.bare)


def is_name_like(token: Token) -> bool:
    return is_name_like_word(token.bare)


def _is_name_part(token: Token, index: int, length: int) -> bool:
    """A word of a name; a middle initial (`Tyler J. Voss`) or a particle (`van`) only inside it."""
    if 0 < index < length - 1 and (
        _MIDDLE_INITIAL.fullmatch(token.bare) or " ".join(token.text.split()) in NAME_PARTICLES
    ):
        return True
    if index == 0 and length > 1 and token.lower in GIVEN_NAMES and token.bare.istitle():
        # "Bill Morneau": a given name that is also a common noun opens a name before a surname.
        return True
    return is_name_like(token)


def _is_particle(token: Token) -> bool:
    """`bin`, `van`, `Al` (in `Al Marri`): a particle inside a name."""
    return token.text in NAME_PARTICLES or token.bare == "Al"


def _name_length(tokens: list[Token]) -> int:
    """Words of a name, less the particles, the fathers' names they introduce and the middle initials inside
    it (`Abdulla bin Touq Al Marri`, `Mahad bin Said bin Ali Ba’owain` and `Zeno Ronald R. Abenoja` have
    three, two and three)."""
    return sum(
        1
        for index, token in enumerate(tokens)
        if not (
            index
            and (
                _is_particle(token)
                or tokens[index - 1].text in _PATRONYMIC_PARTICLES
                or (index < len(tokens) - 1 and _MIDDLE_INITIAL.fullmatch(token.bare) is not None)
            )
        )
    )


def is_full_name(tokens: list[Token]) -> bool:
    """Two to four words that can make a name on their own (`Rhun ap Iorwerth`, `Tyler J. Voss`), or one word
    joining a name's parts with a particle (`Naeem-uz-Zafar`)."""
    if len(tokens) == 1:
        return JOINED_NAME.fullmatch(tokens[0].bare) is not None
    return (
        len(tokens) >= 2
        and (len(tokens) <= 4 or _name_length(tokens) <= 4)
        and all(_is_name_part(token, i, len(tokens)) for i, token in enumerate(tokens))
    )


def _is_surname_after_given(tokens: list[Token], index: int) -> bool:
    """`John Major`, `Ellen Judge`: a title word that ends a run right after a given name is a surname."""
    token = tokens[index]
    return (
        index == len(tokens) - 1
        and index > 0
        and tokens[index - 1].lower in GIVEN_NAMES
        and "." not in token.bare
        and token.bare[:1].isupper()
        and token.bare not in POST_NOMINALS
    )


def ends_portfolio(tail: list[Token], index: int) -> bool:
    """`for Commerce`, `for National Development`, `of Public Instruction`: `tail[index]` ends a portfolio named
    after `for`/`of` (not "Minister of Tourism and Antiquities X", where the portfolios go on)."""
    if tail[index].lower not in PORTFOLIO_PHRASE_WORDS or (
        index + 1 < len(tail) and tail[index + 1].lower in CONNECTORS
    ):
        return False
    start = index
    while start > 0 and tail[start - 1].lower in PORTFOLIO_PHRASE_WORDS:
        start -= 1
    return start > 0 and tail[start - 1].lower in ("for", "of", "and")


def _after_title_phrase(head: Token, tail: list[Token]) -> int | None:
    """`Chief of Staff Akosua Frema Osei-Opare`: where a name follows a title of several words joined by `of`."""
    return next(
        (
            length
            for length in range(len(tail) - 2, 0, -1)
            if " ".join([head.lower, *(token.lower for token in tail[:length])]) in TITLE_HEADS
        ),
        None,
    )


def _after_body_head(tail: list[Token]) -> int | None:
    """`… Statistics Office Nguyen Thi Huong`, `Secretary for Commerce Aliya Hamza Malik`: where a name of two
    to four words follows a body's head word or a portfolio after `for`/`of`."""
    return next(
        (
            index + 1
            for index in range(len(tail) - 3, 0, -1)
            if len(tail) - index <= 5 and (tail[index].bare in ORG_HEADS or ends_portfolio(tail, index))
        ),
        None,
    )


def split_name(tokens: list[Token], strict: bool) -> tuple[list[Token], list[Token]] | None:
    """Split a capitalized run into (title tokens, name tokens), or None when it holds no name."""
    if tokens[0].bare in HONORIFICS and " ".join(token.text for token in tokens) in WHOLE_PLACE_NAMES:
        return None  # "Prince Edward Island", "Prince George": a place named after a person
    opening = honorific_length(tokens, 0)
    if 1 < opening < len(tokens):
        # "Tan Sri Muhyiddin Yassin", "H E Ba’owain": an honorific of more than one word opens the run, and the
        # name (or a title and a name) follows it.
        rest = tokens[opening:]
        inner = split_name(rest, strict)
        if inner is not None:
            return [*tokens[:opening], *inner[0]], inner[1]
        if _name_length(rest) <= 4 and all(
            _is_name_part(token, i, len(rest)) for i, token in enumerate(rest)
        ):
            return tokens[:opening], rest
        return None
    if len(tokens) >= 3 and tokens[-1].bare in POST_NOMINALS:
        # The title follows the name.
        inner = split_name(tokens[:-1], strict)
        if (
            inner is None
            and _name_length(tokens[:-1]) <= 3
            and is_name_like(tokens[0])
            and is_name_like(tokens[-2])
            and all(is_name_like(token) or _is_particle(token) for token in tokens[1:-2])
        ):
            # "Gareth Lloyd MP", "Rhun ap Iorwerth MS": a name with its particles.
            return [tokens[-1]], tokens[:-1]
        if inner is not None and all(
            token.bare in COURTESY_TITLES or token.lower == "the" for token in inner[0]
        ):
            # "The Hon. Jane Doe MP": the office follows the name; the style before it is no office.
            return [tokens[-1]], inner[1]
        return inner
    last_title = -1
    for index, token in enumerate(tokens):
        if is_title_token(token) and not _is_surname_after_given(tokens, index):
            last_title = index
    if last_title >= 0:
        title, tail = tokens[: last_title + 1], tokens[last_title + 1 :]
        phrase_ended = False
        if tail and tail[0].lower in CONNECTORS:
            given = _after_title_phrase(title[-1], tail)
            phrase_ended = given is not None
            if given is None:
                given = next(
                    (i for i, token in enumerate(tail) if token.lower in GIVEN_NAMES and i + 1 < len(tail)),
                    None,
                )
                ended = _after_body_head(tail)
                if (
                    given is not None
                    and ended is not None
                    and ended < given
                    and len(tail) - ended <= 4
                    and not any(
                        token.lower in PORTFOLIO_PHRASE_WORDS or is_title_token(token)
                        for token in tail[ended:given]
                    )
                ):
                    # "Minister of Finance Abul Maal Abdul Muhith": the words between the portfolio and a known
                    # given name are the name's first words, not the office's.
                    given, phrase_ended = ended, True
            if given is None:
                given = honorific_before_name(tail)
            if given is None:
                given = _after_body_head(tail)
            if given is None:
                if len(tail) < 4:
                    return None
                given = len(tail) - 2
                while given > 1 and (_is_particle(tail[given]) or _is_particle(tail[given - 1])):
                    # "Minister of Economy Abdulla bin Touq Al Marri": the particles join the words around them.
                    given -= 1
                if tail[given - 1].lower in ("and", "&", "for", "of", "the"):
                    # "Director of the Center for Industry and Trade Information": the body's name goes on.
                    return None
            title, tail = title + tail[:given], tail[given:]
        elif any(token.lower in ("for", "of") for token in title):
            # "Minister for Public Expenditure Michael McGrath": the portfolio goes on past a word that can
            # title an office.
            while len(tail) > 2 and tail[0].lower in PORTFOLIO_PHRASE_WORDS:
                title, tail = [*title, tail[0]], tail[1:]
        after_honorific = False
        while len(tail) > 2 and (length := honorific_length(tail, 0)):
            # "Minister Datuk Wira Aziz Rahman": honorifics between the office and the name.
            title, tail = [*title, *tail[:length]], tail[length:]
            after_honorific = True
        # "Datuk Seri Ayob Khan Mydin Pitchay": after an honorific, four words are the name.
        if (
            len(tail) > 3
            and _name_length(tail) - opening_initials(tail) > 3
            # Four words where the office's end is known are the name.
            and not ((after_honorific or phrase_ended) and len(tail) == 4)
        ):
            given = next((i for i, token in enumerate(tail) if token.lower in GIVEN_NAMES), None)
            if given is None:
                given = _after_body_head(tail)
            if given is None:
                return None
            title, tail = title + tail[:given], tail[given:]
        surname_title = _is_surname_after_given(tokens, len(tokens) - 1)
        if (
            not tail
            or (len(tail) > 4 and _name_length(tail) > 4)
            or not all(
                _is_name_part(t, i, len(tail))
                or (surname_title and i == len(tail) - 1)
                # "Justice D.Y. Chandrachud": after a title, initials may stand for the given names.
                or (i == 0 and len(tail) > 1 and INITIAL.fullmatch(t.bare) is not None)
                or i < opening_initials(tail)
                for i, t in enumerate(tail)
            )
        ):
            return None
        if not any(is_title_head(token) for token in title):
            return None
        if strict and tail[0].lower not in GIVEN_NAMES:
            return None
        return title, tail
    initials = initials_name_start(tokens)
    if initials is not None:
        return tokens[:initials], tokens[initials:]
    given = next((i for i, token in enumerate(tokens) if token.lower in GIVEN_NAMES), None)
    if given is not None and 2 <= len(tokens) - given <= 4:
        name = tokens[given:]
        # `Muhammad Ali Shaikh`: an honorific that ends the name after a given name is a surname.
        surname_honorific = tokens[-1].bare in HONORIFICS and _is_surname_after_given(tokens, len(tokens) - 1)
        if all(
            _is_name_part(token, i + 1, len(name)) or (surname_honorific and i + 2 == len(name))
            for i, token in enumerate(name[1:])
        ) and not (len(name) == 4 and not any(INITIAL.fullmatch(token.bare) for token in name)):
            return tokens[:given], name
    return None
