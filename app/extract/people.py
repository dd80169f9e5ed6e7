"""People and officials: names with every stated title, affiliation and mention.

Entity ids: `given-surname` with the given name mapped through the nickname table
(`Tom Homan` -> `thomas-homan`). A person the document names only by title and surname
(`Gov. Brown`) gets `title-surname` (`gov-brown`), which never collides with a full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.lexicon import (
    AGENCIES,
    CITIES,
    COMPANY_HEADS,
    COUNTRIES,
    GIVEN_NAMES,
    GOVERNMENT_WORDS,
    NICKNAMES,
    NON_GOVERNMENT_WORDS,
    NOT_NAME_WORDS,
    OFFICE_WORDS,
    ORG_HEADS,
    OUTLET_HEADS,
    PARTY_ROLES,
    PARTY_WORDS,
    POST_NOMINAL_OFFICES,
    POST_NOMINALS,
    STATES,
    STREET_SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    canonical_title,
)
from app.extract.spans import Sentences, evidence, slugify
from app.models import Evidence, Person, StatedTitle

__all__ = ["find_people", "is_government", "title_is_office"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_ABBREVIATIONS = "|".join(
    re.escape(abbreviation) for abbreviation in TITLE_ABBREVIATIONS if "." in abbreviation
)
_TOKEN = (
    rf"(?:(?:then|ex)-)?(?:{_ABBREVIATIONS}|(?:[A-Z]\.){{1,3}}(?![a-z])"
    rf"|(?:O['’]|D['’])?[{_UPPER}][\w]*(?:-[\w]+)*(?:\s+(?:Jr\.|Sr\.|II|III|IV)(?!\w))?)"
)
_CONNECTOR = r"(?:of|for|and|&|the|de|del|de\s+la|la|los|las|van|von|da|di|du|le|bin|al|ap)"
_RUN = re.compile(rf"{_TOKEN}(?:(?:\s+{_CONNECTOR})*[ \t]+{_TOKEN})*")
_TOKEN_PATTERN = re.compile(rf"{_CONNECTOR}(?=\s)|{_TOKEN}")
_CONNECTORS = frozenset(
    [
        "of",
        "for",
        "and",
        "&",
        "the",
        "de",
        "del",
        "la",
        "los",
        "las",
        "van",
        "von",
        "da",
        "di",
        "du",
        "le",
        "bin",
        "al",
        "ap",
    ]
)
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_AFFILIATION = re.compile(
    r"(?:['’]s?)?,?\s*\(?\s*(?P<tag>[DRIL]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*\)?"
)
_APPOSITIVE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?P<title>(?:(?:a|an|the)\s+)?[^,;:“”\"()\n]{3,120}?)(?=,|;|\.\s|\.$|\s+who\b|\s+said\b)"
)
_PRECEDING_ROLE = re.compile(
    r"(?P<role>(?:\b(?:[Ff]ormer|[Aa]cting|[Ii]nterim|then-|ex-|[Dd]eputy|[Aa]ssistant|[Ss]enior|[Tt]op)\s+)*"
    r"\b(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]pokes(?:man|woman|person)|[Ss]ecretary|[Ll]eader|[Ff]ounder|"
    r"[Pp]resident|[Cc]hair(?:man|woman)?|[Cc]ommissioner|[Aa]dministrator|[Cc]ommander|[Dd]ean)"
    r"\s+(?:of|for|at)\s+(?:the\s+)?)$"
)
_PRECEDING_MODIFIER = re.compile(
    r"(?P<modifier>\b(?:[Ff]ormer|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Ii]ncoming|[Rr]etired|[Tt]hen)[\s-]+)+$"
)
_SPEECH_AFTER = re.compile(
    r",?\s*(?:,[^,]{3,80},\s*)?(?:said|says|told|tells|wrote|added|testified|explained|noted|argued|asked|"
    r"responded|replied|stated|insisted|warned|acknowledged|announced|recalled|continued)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|asked|added|wrote|according\s+to)\s+$")
_POLITICIAN_LIST = re.compile(
    r"\b(?:politicians|officials|lawmakers|legislators|mayors|governors|senators|sheriffs)\s+"
    r"(?:like|such\s+as|including)\b(?:[^.;:!?]|(?:Gov|Sen|Rep|Mr|Ms|Dr|Lt)\.)*$"
)
_AGENCY_ALIASES = frozenset(alias for _, aliases in AGENCIES.values() for alias in aliases)
_PLACE_WORDS = frozenset(
    word
    for name in (*STATES, *CITIES, *COUNTRIES)
    for word in name.split()
    if word not in ("New", "City", "North", "South", "West", "Of", "of", "San", "Los", "Las", "El", "St.")
)
_NOT_NAME = (
    NOT_NAME_WORDS
    | COMPANY_HEADS
    | STREET_SUFFIXES
    | frozenset(word.lower() for word in ORG_HEADS | OUTLET_HEADS)
)
_PARTY_ROLE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, PARTY_WORDS), key=len, reverse=True))}|party)(?:['’]s)?"
    rf"\s+(?:[a-z]+\s+){{0,2}}"
    rf"(?i:{'|'.join(sorted(PARTY_ROLES, key=len, reverse=True))})\b"
)
# "a spokesman for Metro Transit, said": a capitalized pair after "of/for/at" is the body, not a person.
_BODY_BEFORE = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?$")
# Courtesy titles that say nothing of office; a role written before them still counts.
_COURTESY = frozenset(["Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Rev."])
# "Tobias Renner, 52, lost": a name followed by an age in apposition.
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
# "Media contact: Tamsin Achebe": a press release's contact line names a person.
_CONTACT_BEFORE = re.compile(r"\b(?:[Mm]edia\s+|[Pp]ress\s+)?[Cc]ontacts?:\s*$")
# "Reporting by X; Editing by Y": credits of the story's makers, not people it names.
_CREDIT_BEFORE = re.compile(
    r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Aa]dditional\s+reporting|[Cc]ompiled|[Gg]raphics|[Pp]hotos?)"
    r"\s+by\s+(?:[^;\n]*(?:,|\band)\s+)?$"
)
# "To contact the reporter on this story: X at …": a wire story's credit line names its makers.
_CONTACT_CREDIT_BEFORE = re.compile(
    r"\b[Tt]o\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b[^:\n]{0,60}:[^\n]*$"
)
# "X, chief executive of Watercare, the council-owned water utility": the body is described as public.
_PUBLIC_BODY_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:council|state|city|county|town|government|crown|publicly|municipally|provincially)[-\s]owned"
    r"|public|municipal|government|state|federal|provincial|county|city|council|national|regional)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:utility|agency|authority|corporation|company|entity|body|board|service|enterprise|operator|provider"
    r"|department|regulator|broadcaster|hospital|trust|insurer|lender|bank|railway|airline|port)\b"
)
# "Sinn Féin's health spokesperson X", "the Conservative housing critic X": a party's role before a name.
_PARTY_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<title>(?:{'|'.join(sorted(map(re.escape, PARTY_WORDS), key=len, reverse=True))})(?:['’]s)?"
    rf"\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(sorted(PARTY_ROLES, key=len, reverse=True))}))\s+$"
)
_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}")
_ORG_OF = re.compile(
    rf"\b(?:of|for|at|with)\s+(?:the\s+)?(?P<org>(?:(?:state|county|city|town|federal|provincial|national|regional)\s+)?[{_UPPER}][\w.’'&-]*(?:\s+(?:of|for|and|&|the)?\s*[{_UPPER}][\w.’'-]*)*)"
)
_AS_TITLE = re.compile(r"^As\s+(?P<title>(?:the|a|an)\s+[a-z][^,]{2,80}),\s+I\b")


class _Token:
    """One capitalized word (or connector) of a run, with its offsets."""

    __slots__ = ("bare", "end", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.bare = text.removeprefix("then-").removeprefix("ex-")
        self.lower = self.bare.lower()


@dataclass
class _Candidate:
    name_tokens: list[_Token]
    titles: list[StatedTitle] = field(default_factory=list)
    affiliation: str | None = None
    official_hint: bool = False

    @property
    def start(self) -> int:
        return self.name_tokens[0].start

    @property
    def end(self) -> int:
        return self.name_tokens[-1].end


def _is_title_token(token: _Token) -> bool:
    return token.bare in TITLE_ABBREVIATIONS or token.lower in TITLE_HEADS or token.lower in TITLE_MODIFIERS


def _is_title_head(token: _Token) -> bool:
    return (
        token.bare in TITLE_ABBREVIATIONS or token.lower in TITLE_HEADS or token.bare in POST_NOMINAL_OFFICES
    )


def _is_name_like(token: _Token) -> bool:
    word = token.bare
    if not word or not word[0].isupper() or len(word) < 2:
        return False
    if word.isupper() and len(word) > 1 and not word.endswith("."):
        return False
    if "." in word or word in _PLACE_WORDS or word in _AGENCY_ALIASES:
        return False
    return token.lower not in _NOT_NAME and not _is_title_token(token) and not re.match(r"[A-Z]-", word)


def is_government(organization: str | None) -> bool:
    """Whether an organization or jurisdiction named in a title is a public body."""
    if not organization:
        return False
    # "public affairs director", "public relations manager": a function, not a public body.
    organization = _PUBLIC_FUNCTION.sub(" ", organization)
    if _PUBLIC_PHRASE.search(organization):
        return True
    words = {word.lower().strip("’'s") for word in organization.replace("’s", "").split()}
    lowered_words = {word.lower() for word in organization.split()}
    if words & NON_GOVERNMENT_WORDS or lowered_words & NON_GOVERNMENT_WORDS:
        return False
    if any(alias in organization.split() for alias in _AGENCY_ALIASES if alias.isupper()):
        return True
    if any(alias in organization for alias in _AGENCY_ALIASES if not alias.isupper()):
        return True
    if words & GOVERNMENT_WORDS or lowered_words & GOVERNMENT_WORDS:
        return True
    return any(word in _PLACE_WORDS for word in organization.split())


# Phrases that name a public body although one of their words is a private-body word ("School District").
_PUBLIC_PHRASE = re.compile(
    r"\b(?:school\s+(?:district|board|division|committee)|board\s+of\s+education|public\s+schools?"
    r"|health\s+service|(?:council|state|city|county|government)-owned)\b",
    re.IGNORECASE,
)
_PUBLIC_FUNCTION = re.compile(r"\b[Pp]ublic\s+(?:[Aa]ffairs|[Rr]elations|[Pp]olicy)\b")
# A title that names a private occupation despite an office word ("art collector").
_NOT_OFFICE = re.compile(r"\b(?:art|debt|bill|record|stamp|coin|garbage|trash|waste)\s+collectors?\b", re.I)

_PRIVATE_TOO = frozenset(["secretary", "chancellor", "trustee", "clerk", "treasurer", "president"])


def _is_name_part(token: _Token, index: int, length: int) -> bool:
    """A word of a name; a middle initial (`Tyler J. Voss`) is one only between given name and surname."""
    if 0 < index < length - 1 and _INITIAL.fullmatch(token.bare):
        return True
    return _is_name_like(token)


def title_is_office(title: str, organization: str | None) -> bool:
    """Whether a stated title is a public office (an official) rather than a private role."""
    if title.strip() in POST_NOMINAL_OFFICES or _PARTY_ROLE.search(title):
        return True
    if any(word.strip(",.") in POST_NOMINAL_OFFICES for word in title.split()):
        # "a Fianna Fáil TD", "the Plaid Cymru MS for Arfon".
        return True
    if _NOT_OFFICE.search(title):
        return False
    role = title.replace(organization, " ") if organization and organization != title else title
    if organization and not is_government(organization) and organization in title:
        # A private body's title never names a public office ("Housing Justice Project").
        role = title.replace(organization, " ")
    lowered = role.lower().replace("’s", "").replace("then-", "").replace("ex-", "")
    words = lowered.replace(",", " ").split()
    if any(word in OFFICE_WORDS for word in words):
        private = bool(organization) and not is_government(organization)
        return not (private and any(word in _PRIVATE_TOO for word in words))
    full = title.lower()
    if any(phrase in lowered or phrase in full for phrase in OFFICE_WORDS if " " in phrase):
        return True
    if lowered.strip() in ("president", "vice president", "pres.") and not organization:
        return True
    return any(word in TITLE_HEADS for word in words) and is_government(organization or title)


def _title_organization(title_tokens: list[_Token], text: str) -> str | None:
    """`ICE Director` -> `ICE`; `Director of Homeland Security` -> `Homeland Security`."""
    prefix: list[_Token] = []
    for token in title_tokens:
        if _is_title_token(token):
            break
        prefix.append(token)
    if prefix and any(token.lower not in _CONNECTORS for token in prefix):
        return text[prefix[0].start : prefix[-1].end]
    title_text = text[title_tokens[0].start : title_tokens[-1].end]
    match = _ORG_OF.search(title_text)
    if match and not all(
        word.lower() in TITLE_MODIFIERS or word.lower() in _CONNECTORS for word in match["org"].split()
    ):
        return match["org"]
    return None


def _split_name(tokens: list[_Token], strict: bool) -> tuple[list[_Token], list[_Token]] | None:
    """Split a capitalized run into (title tokens, name tokens), or None when it holds no name."""
    if len(tokens) >= 3 and tokens[-1].bare in POST_NOMINALS:
        # "Gareth Lloyd MP": the title follows the name.
        inner = _split_name(tokens[:-1], strict)
        if inner is None and len(tokens) <= 4 and all(_is_name_like(token) for token in tokens[:-1]):
            return [tokens[-1]], tokens[:-1]
        if inner is None or inner[0]:
            return inner
        return [tokens[-1]], inner[1]
    last_title = -1
    for index, token in enumerate(tokens):
        if _is_title_token(token):
            last_title = index
    if last_title >= 0:
        title, tail = tokens[: last_title + 1], tokens[last_title + 1 :]
        if tail and tail[0].lower in _CONNECTORS:
            given = next(
                (i for i, token in enumerate(tail) if token.lower in GIVEN_NAMES and i + 1 < len(tail)), None
            )
            if given is None:
                if len(tail) < 4:
                    return None
                given = len(tail) - 2
            title, tail = title + tail[:given], tail[given:]
        elif len(tail) > 3:
            given = next((i for i, token in enumerate(tail) if token.lower in GIVEN_NAMES), None)
            if given is None:
                return None
            title, tail = title + tail[:given], tail[given:]
        if not tail or len(tail) > 4 or not all(_is_name_part(t, i, len(tail)) for i, t in enumerate(tail)):
            return None
        if not any(_is_title_head(token) for token in title):
            return None
        if strict and tail[0].lower not in GIVEN_NAMES:
            return None
        return title, tail
    given = next((i for i, token in enumerate(tokens) if token.lower in GIVEN_NAMES), None)
    if given is not None and 2 <= len(tokens) - given <= 4:
        name = tokens[given:]
        if all(_is_name_part(token, i + 1, len(name)) for i, token in enumerate(name[1:])) and not (
            len(name) == 4 and not any(_INITIAL.fullmatch(token.bare) for token in name)
        ):
            return tokens[:given], name
    return None


def _runs(text: str) -> list[list[_Token]]:
    runs: list[list[_Token]] = []
    for match in _RUN.finditer(text):
        tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN_PATTERN.finditer(text, *match.span())]
        # "Sen. Chuck Schumer and Rep. Nancy Pelosi": split at "and" when a person starts after it.
        current: list[_Token] = []
        for index, token in enumerate(tokens):
            if (
                token.lower in ("and", "&")
                and index + 1 < len(tokens)
                and (tokens[index + 1].bare in TITLE_ABBREVIATIONS or tokens[index + 1].lower in GIVEN_NAMES)
                and any(t.lower in GIVEN_NAMES or t.bare in TITLE_ABBREVIATIONS for t in current)
            ):
                runs.append(current)
                current = []
                continue
            current.append(token)
        while current and current[-1].lower in _CONNECTORS:
            current.pop()
        runs.extend(_split_after_name(current))
    return runs


def _split_after_name(tokens: list[_Token]) -> list[list[_Token]]:
    """`Leonard Whitaker of the Pacific Policy Institute` -> the name, then the organization."""
    for index, token in enumerate(tokens):
        if (
            token.lower in _CONNECTORS
            and index >= 2
            and (
                tokens[index - 2].lower in GIVEN_NAMES
                or (
                    # "Lyle Penrose of Weber State University": a name, then the body it belongs to.
                    index == 2
                    and token.lower in ("of", "at")
                    and _is_name_like(tokens[0])
                    and tokens[-1].bare in ORG_HEADS
                )
            )
            and _is_name_like(tokens[index - 1])
        ):
            rest = tokens[index + 1 :]
            while rest and rest[0].lower in _CONNECTORS:
                rest = rest[1:]
            return [tokens[:index], *([rest] if rest else [])]
    return [tokens] if tokens else []


_HEAD_WORDS = "|".join(
    sorted(
        (re.escape(word).replace("\\ ", r"\s+") for word in TITLE_HEADS if "." not in word),
        key=len,
        reverse=True,
    )
)
_LOWER_TITLE_BEFORE = re.compile(
    rf"(?P<title>(?:\b[A-Z][a-z]+\s+)?(?:\b[a-z][\w'’-]*\s+){{0,2}}(?<![\w-])(?P<head>{_HEAD_WORDS}))\s+$",
    re.IGNORECASE,
)
# Lowercase words that belong to the title before its head ("former state attorney general").
_JURISDICTION_WORDS = frozenset(
    ["state", "county", "city", "federal", "school", "district", "town", "village", "regional", "tribal"]
)
_SENTENCE_PREFIX_TITLE = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?P<title>[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){{0,3}}\s+(?<![\w-])(?:{_HEAD_WORDS}))\s+$"
)
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n)(?P<title>[A-Z][^,;:.“”\"()\n]{2,60}),\s+$")
_NOT_TITLE_LEAD = frozenset(["said", "says", "told", "by", "and", "with", "to", "from", "of", "for", "that"])


def _preceding_title(text: str, start: int) -> StatedTitle | None:
    """`attorney Simone Archer`, `Parent organizer Lena Okafor`, `X's campaign manager, Tessa Lindqvist`."""
    window_start = max(0, start - 80)
    party = _PARTY_ROLE_BEFORE.search(text, window_start, start)
    if party is not None:
        return StatedTitle(start=party.start("title"), end=party.end("title"), text=party["title"])
    prefix = _SENTENCE_PREFIX_TITLE.search(text, window_start, start)
    if prefix is not None and not any(w.lower() in _NOT_TITLE_LEAD for w in prefix["title"].split()):
        # "State party chairman Walter Brigham called …": the sentence opens with the title.
        return StatedTitle(start=prefix.start("title"), end=prefix.end("title"), text=prefix["title"])
    lower = _LOWER_TITLE_BEFORE.search(text, window_start, start)
    if lower is not None:
        head_words = lower["head"].split()
        words = lower["title"].split()
        kept = words[-len(head_words) :]
        for word in reversed(words[: -len(head_words)]):
            if (
                word.lower() in TITLE_MODIFIERS
                or word.lower() in _JURISDICTION_WORDS
                or word.lower() in GOVERNMENT_WORDS
                or (word[0].isupper() and word.lower() not in _NOT_TITLE_LEAD)
            ):
                kept.insert(0, word)
            else:
                break
        phrase = " ".join(kept)
        title_start = lower.end("title") - len(phrase)
        if " ".join(text[title_start : lower.end("title")].split()) == phrase and not any(
            word[0].isupper() for word in kept[1:]
        ):
            return StatedTitle(start=title_start, end=lower.end("title"), text=phrase)
    appositive = _APPOSITIVE_BEFORE.search(text, window_start, start)
    if appositive is not None:
        phrase = appositive["title"]
        if any(word.lower().removesuffix("’s").removesuffix("'s") in TITLE_HEADS for word in phrase.split()):
            possessive = re.match(r"(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s", phrase)
            return StatedTitle(
                start=appositive.start("title"),
                end=appositive.end("title"),
                text=phrase,
                organization=possessive["org"] if possessive else None,
            )
    return None


def _appositive_title(text: str, end: int) -> StatedTitle | None:
    match = _APPOSITIVE.match(text, end)
    if not match:
        return None
    phrase = match["title"].strip()
    words = phrase.lower().replace("’s", " ").split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    if not words or words[0] in ("said", "says", "told", "who", "and", "which", "was", "is"):
        return None
    if not any(word.strip(".") in TITLE_HEADS for word in words):
        return None
    organization = None
    possessive = re.match(r"(?:(?:a|an|the)\s+)?(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s?\s", phrase)
    if possessive:
        organization = possessive["org"]
    else:
        of_match = _ORG_OF.search(phrase)
        organization = of_match["org"] if of_match else None
    start = match.start("title") + (len(match["title"]) - len(match["title"].lstrip()))
    return StatedTitle(
        start=start,
        end=start + len(phrase),
        text=text[start : start + len(phrase)],
        organization=organization,
    )


def _stated_title(text: str, tokens: list[_Token], run_start: int) -> StatedTitle | None:
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    organization = _title_organization(tokens, text)
    modifier = _PRECEDING_MODIFIER.search(text, max(0, start - 40), start)
    if modifier:
        start = modifier.start()
    if start == tokens[0].start and run_start == tokens[0].start:
        possessive = re.search(
            r"(?P<org>[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w.&-]*)*)['’]s?\s+$",
            text[max(0, start - 80) : start],
        )
        if possessive and organization is None:
            organization = possessive["org"]
    return StatedTitle(start=start, end=end, text=text[start:end], organization=organization)


def _canonical_name(tokens: list[str]) -> str:
    words = [token for token in tokens if not re.fullmatch(r"[A-Z]\.|Jr\.|Sr\.|II|III|IV", token)]
    if not words:
        return slugify(" ".join(tokens))
    first = words[0].lower()
    return slugify(" ".join([NICKNAMES.get(first, first), *words[1:]]))


@dataclass
class _Entity:
    entity_id: str
    name: str
    surname: str
    titles: list[StatedTitle] = field(default_factory=list)
    affiliation: str | None = None
    official_hint: bool = False
    mentions: list[Evidence] = field(default_factory=list)


def _surname(tokens: list[str]) -> str:
    words = [token for token in tokens if not re.fullmatch(r"Jr\.|Sr\.|II|III|IV", token)]
    return words[-1].split()[0] if words else tokens[-1]


def find_people(
    text: str, *, headline: tuple[int, int] | None = None, sentences: Sentences | None = None
) -> list[Person]:
    """Every named person in `text`, merged within the document, with titles and mentions."""
    del sentences  # reserved: sentence-aware resolution
    candidates: list[_Candidate] = []
    surname_refs: list[tuple[_Token, StatedTitle | None]] = []
    for tokens in _runs(text):
        in_headline = headline is not None and headline[0] <= tokens[0].start < headline[1]
        split = _split_name(tokens, strict=in_headline)
        if split is None:
            if len(tokens) in (2, 3) and all(_is_name_like(token) for token in tokens) and not in_headline:
                after, before = tokens[-1].end, tokens[0].start
                if _BODY_BEFORE.search(text, max(0, before - 12), before):
                    pass
                elif (
                    _SPEECH_AFTER.match(text, after)
                    or _SPEECH_BEFORE.search(text, max(0, before - 20), before)
                    or _AGE_AFTER.match(text, after)
                    or _CONTACT_BEFORE.search(text, max(0, before - 20), before)
                    or _appositive_title(text, after)
                    or _preceding_title(text, before)
                ):
                    split = ([], tokens)
            if split is None:
                if (
                    len(tokens) >= 2
                    and _is_title_head(tokens[-2])
                    and _is_name_like(tokens[-1])
                    and not in_headline
                ):
                    surname_refs.append((tokens[-1], _stated_title(text, tokens[:-1], tokens[0].start)))
                elif len(tokens) == 1 and _is_name_like(tokens[0]):
                    surname_refs.append((tokens[0], None))
                continue
        title_tokens, name_tokens = split
        if _CREDIT_BEFORE.search(text, max(0, tokens[0].start - 80), tokens[0].start):
            continue
        line_start = text.rfind("\n", 0, tokens[0].start) + 1
        if _CONTACT_CREDIT_BEFORE.search(text, max(line_start, tokens[0].start - 200), tokens[0].start):
            continue
        if len(name_tokens) == 1:
            surname_refs.append((name_tokens[0], _stated_title(text, title_tokens, tokens[0].start)))
            continue
        candidate = _Candidate(name_tokens)
        titles = (
            _stated_title(text, [t for t in title_tokens], tokens[0].start)
            if any(_is_title_head(t) for t in title_tokens)
            else None
        )
        if titles is None:
            role = _PRECEDING_ROLE.search(text, max(0, tokens[0].start - 60), tokens[0].start)
            if role is not None and title_tokens:
                start = role.start()
                end = title_tokens[-1].end
                titles = StatedTitle(
                    start=start, end=end, text=text[start:end], organization=text[title_tokens[0].start : end]
                )
            elif role is not None and not title_tokens:
                start, end = role.start(), role.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                titles = StatedTitle(start=start, end=end, text=text[start:end])
        if titles is None and not title_tokens:
            titles = _preceding_title(text, tokens[0].start)
        if titles is not None:
            candidate.titles.append(titles)
        if title_tokens and all(token.bare in _COURTESY for token in title_tokens):
            # "The county's health officer, Dr. Amy Chu,": the role stands before the courtesy title.
            role_before = _preceding_title(text, tokens[0].start)
            if role_before is not None:
                candidate.titles.append(role_before)
        appositive = _appositive_title(text, candidate.end)
        if appositive is not None:
            candidate.titles.append(appositive)
            if _PUBLIC_BODY_AFTER.match(text, appositive.end):
                candidate.official_hint = True
        affiliation = _AFFILIATION.match(text, candidate.end)
        if affiliation:
            candidate.affiliation = affiliation["tag"]
        line_start = text.rfind("\n", 0, candidate.start) + 1
        if _POLITICIAN_LIST.search(text, max(line_start, candidate.start - 200), candidate.start):
            candidate.official_hint = True
        candidates.append(candidate)

    entities: dict[str, _Entity] = {}
    by_surname: dict[str, list[tuple[int, _Entity]]] = {}
    for candidate in candidates:
        words = [token.bare for token in candidate.name_tokens]
        entity_id = _canonical_name(words)
        entity = entities.get(entity_id)
        name_text = text[candidate.start : candidate.end]
        if entity is None:
            entity = _Entity(entity_id, name_text, _surname(words))
            entities[entity_id] = entity
        elif len(name_text) > len(entity.name):
            entity.name = name_text
        entity.titles.extend(candidate.titles)
        entity.affiliation = entity.affiliation or candidate.affiliation
        entity.official_hint = entity.official_hint or candidate.official_hint
        entity.mentions.append(evidence(text, candidate.start, candidate.end))
        by_surname.setdefault(entity.surname, []).append((candidate.start, entity))

    for token, title in surname_refs:
        word = token.bare
        known = by_surname.get(word)
        if known:
            preceding = [entity for start, entity in known if start <= token.start] or [known[0][1]]
            entity = preceding[-1]
        elif (title is not None and title_is_office(title.text, title.organization)) or (
            title is not None and title.text.strip() in TITLE_ABBREVIATIONS
        ):
            entity_id = f"{slugify(canonical_title(title.text.split()[-1]))}-{slugify(word)}"
            entity = entities.get(entity_id) or _Entity(entity_id, word, word)
            entities[entity_id] = entity
            by_surname.setdefault(word, []).append((token.start, entity))
        else:
            continue
        if title is not None:
            entity.titles.append(title)
        affiliation = _AFFILIATION.match(text, token.end)
        if affiliation and affiliation["tag"]:
            entity.affiliation = entity.affiliation or affiliation["tag"]
        entity.mentions.append(evidence(text, token.start, token.end))

    people: list[Person] = []
    for entity in entities.values():
        entity.mentions.sort(key=lambda mention: mention.start)
        official = entity.official_hint or any(
            title_is_office(title.text, title.organization) for title in entity.titles
        )
        organization = next((title.organization for title in entity.titles if title.organization), None)
        people.append(
            Person(
                entity_id=entity.entity_id,
                name=entity.name,
                kind="official" if official else "person",
                titles=entity.titles,
                organization=organization,
                affiliation=entity.affiliation,
                mentions=entity.mentions,
            )
        )
    people.sort(key=lambda person: person.mentions[0].start if person.mentions else 0)
    return people


def titles_stated_in_quote(quote_text: str, quote_start: int, text: str) -> StatedTitle | None:
    """`As the sheriff of X, I ...` inside a quote: a title the speaker gives themself."""
    match = _AS_TITLE.match(quote_text)
    if not match or not any(word in TITLE_HEADS for word in match["title"].lower().split()):
        return None
    start = quote_start + match.start("title")
    end = quote_start + match.end("title")
    of_match = _ORG_OF.search(match["title"])
    return StatedTitle(
        start=start, end=end, text=text[start:end], organization=of_match["org"] if of_match else None
    )
