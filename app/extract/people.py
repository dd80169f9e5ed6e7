"""People and officials: names with every stated title, affiliation and mention, merged per document.

A person the document names only by title and surname (`Gov. Brown`) gets `title-surname`
(`gov-brown`), which never collides with a full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.appointments import appointed_titles
from app.extract.bodies import (
    PUBLIC_BODY_AFTER,
    defined_acronyms,
    described_acronyms,
    is_government,
    longer_body_names,
    title_is_office,
)
from app.extract.council_votes import casts_members_vote
from app.extract.given_name_references import only_given_name, same_title_given_name, styles_given_name
from app.extract.lexicon import (
    COURTESY_TITLES,
    HONORIFICS,
    TITLE_ABBREVIATIONS,
    canonical_title,
    word_set,
)
from app.extract.name_cues import (
    BODY_AFTER_NAME,
    POLITICIAN_LIST,
    in_credit_line,
    is_title_case,
    leads_a_party_named_before,
    leads_party_named_after,
    surnames_speaking_alone,
    untitled_name_is_person,
)
from app.extract.name_forms import longer_name_ids
from app.extract.name_prefixes import trailing_honorifics
from app.extract.name_runs import capitalized_runs
from app.extract.name_tokens import Token
from app.extract.names import (
    AGENCY_ALIASES,
    WHOLE_PLACE_NAMES,
    ends_portfolio,
    is_full_name,
    is_name_like,
    is_title_head,
    split_name,
)
from app.extract.office_holders import PersonEntity, holds_office, serves_official
from app.extract.office_phrases import portfolio_list_before, title_held_by_predecessor, with_portfolio_list
from app.extract.office_references import offices_by_reference, sole_untitled_holder
from app.extract.person_ids import canonical_name, surname_of
from app.extract.preceding_titles import preceding_title
from app.extract.role_holders import BODY_AFTER_HEAD
from app.extract.spans import Sentences, evidence, slugify
from app.extract.stated_titles import kept_titles
from app.extract.title_bodies import ORG_OF, spelled_out_acronyms
from app.extract.title_initials import TITLE_INITIALS, without_title_initials
from app.extract.title_lists import plural_title_lists, share_colleagues_titles
from app.extract.titles import (
    AFFILIATION,
    PRECEDING_ROLE,
    appositive_titles,
    offices_held_by_subject,
    stated_title,
)
from app.models import Person, StatedTitle

__all__ = ["find_people"]

# "Daniel Kerr of the nurses' union", "Alan Pierce of the state police": the body a title is held at
# (a capitalized body, "of the Nevada Division of Forestry", is read with ORG_OF).
_BODY_AFTER_NAME = re.compile(
    r"\s+(?:of|at|with)\s+the\s+(?P<org>(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
    r"(?=[,.;]|\s+(?:said|says|told|who|and|was|is|has|had|called|added)\b)"
)
# "Voter Paper Audit Trail (VVPAT)": a name followed by its own acronym names a body or a thing.
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z]{2,8})\)")
_WORD = re.compile(r"\S+")
_BRACKETED_INITIALS = re.compile(rf"\s*\(({TITLE_INITIALS})\)\s*$")
# A body's or a place's last word ends no person's name (`the Scottish Government`, `Prince Edward Island`).
_NOT_PERSON_NAME_ENDS = word_set("body_name_ends.txt") | word_set("place_name_ends.txt")


def _is_acronym_of(acronym: str, tokens: list[Token]) -> bool:
    """`VVPAT` spells the initials of the run's last capitalized words."""
    initials = "".join(token.bare[0] for token in tokens if token.bare[:1].isupper())
    return initials.endswith(acronym)


@dataclass
class _Candidate:
    name_tokens: list[Token]
    titles: list[StatedTitle] = field(default_factory=list)
    affiliation: str | None = None
    official_hint: bool = False
    courtesy: bool = False  # only a courtesy title stands before the name (`Ms Carroll MacNeill`)

    @property
    def start(self) -> int:
        return self.name_tokens[0].start

    @property
    def end(self) -> int:
        return self.name_tokens[-1].end


def _office_tokens(title_tokens: list[Token]) -> list[Token]:
    """The title's words less its honorifics, which are part of neither the office nor the name (`Prime
    Minister Sir Keir Starmer`, `Minister Tan Sri X`)."""
    return title_tokens[: len(title_tokens) - min(trailing_honorifics(title_tokens), len(title_tokens) - 1)]


def _office_title(text: str, tokens: list[Token], office_tokens: list[Token]) -> StatedTitle | None:
    """The office the title tokens state, or None where they hold no office (`H E`, `Tan Sri`)."""
    if not any(is_title_head(token) for token in office_tokens):
        return None
    return stated_title(text, office_tokens, tokens[0].start)


def _titled_candidate(
    text: str, tokens: list[Token], title_tokens: list[Token], name_tokens: list[Token]
) -> _Candidate:
    """A named person with the titles stated before, after and around the name."""
    candidate = _Candidate(name_tokens)
    candidate.titles.extend(portfolio_list_before(text, tokens, name_tokens))
    office_tokens = _office_tokens(title_tokens)
    titles = _office_title(text, tokens, office_tokens)
    if titles is None:
        role = PRECEDING_ROLE.search(text, max(0, tokens[0].start - 60), tokens[0].start)
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
        titles = preceding_title(text, tokens[0].start)
    if titles is not None:
        candidate.titles.append(titles)
    initials = (
        _BRACKETED_INITIALS.search(text, title_tokens[-1].end, name_tokens[0].start) if title_tokens else None
    )
    if initials is not None:
        # `Director General of Punjab Police (DGP) Gaurav Yadav`: the title's initials are a title of hers too
        # (`the DGP said`).
        candidate.titles.append(StatedTitle(start=initials.start(1), end=initials.end(1), text=initials[1]))
    if any(is_title_head(token) for token in office_tokens):
        # "PNP chief Director General X": a body's role stacked before a capitalized rank.
        stacked = preceding_title(text, title_tokens[0].start)
        if stacked is not None and stacked.organization:
            candidate.titles.append(stacked)
    if title_tokens and all(token.bare in COURTESY_TITLES for token in title_tokens):
        # "The county's health officer, Dr. Amy Chu,": the role stands before the courtesy title.
        role_before = preceding_title(text, tokens[0].start)
        if role_before is not None and role_before not in candidate.titles:
            candidate.titles.append(role_before)
    predecessor = title_held_by_predecessor(text, candidate.start, candidate.end)
    if predecessor is not None:
        candidate.titles.append(predecessor)
    for appositive in appositive_titles(text, candidate.end):
        candidate.titles.append(appositive)
        if PUBLIC_BODY_AFTER.match(text, appositive.end):
            candidate.official_hint = True
    candidate.titles.extend(appointed_titles(text, candidate.start, candidate.end))
    if candidate.titles and not any(title.organization for title in candidate.titles):
        # "Assistant secretary Daniel Kerr of the nurses' union": the body follows the name.
        body = _BODY_AFTER_NAME.match(text, candidate.end) or ORG_OF.match(text, candidate.end + 1)
        if (
            body is not None
            and text[candidate.end : candidate.end + 1] == " "
            # "launched by President Lazarus Chakwera at Kavidebwere Primary school": after a public office,
            # `at` names where the holder was, not whom she serves.
            and not (body.group().startswith("at ") and title_is_office(candidate.titles[-1].text, None))
        ):
            candidate.titles[-1] = candidate.titles[-1].model_copy(update={"organization": body["org"]})
    affiliation = AFFILIATION.match(text, candidate.end)
    if affiliation:
        candidate.affiliation = affiliation["tag"]
    employer = BODY_AFTER_NAME.match(text, candidate.end)
    if employer is not None and is_government(employer["body"]):
        candidate.official_hint = True
    if (
        leads_a_party_named_before(text, candidate.start)
        or leads_party_named_after(text, candidate.end)
        or casts_members_vote(text, candidate.end)
    ):
        candidate.official_hint = True
    line_start = text.rfind("\n", 0, candidate.start) + 1
    if POLITICIAN_LIST.search(text, max(line_start, candidate.start - 200), candidate.start):
        candidate.official_hint = True
    return candidate


def _listed_under_plural_titles(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """`Deputy Governors A B, C D and E F`: each name listed holds the title.

    A title read in apposition across such a list (`Governor X, Deputy Governors A B,`) is dropped.
    """
    by_start = {candidate.start: candidate for candidate in candidates}
    listed: list[_Candidate] = []
    starts: list[int] = []
    for title, spans in plural_title_lists(text):
        for start, end in spans:
            starts.append(start)
            known = by_start.get(start)
            if known is None:
                words = _WORD.finditer(text, start, end)
                listed.append(
                    _Candidate([Token(w.group(), w.start(), w.end()) for w in words], titles=[title])
                )
            elif title not in known.titles:
                known.titles.append(title)
    for candidate in candidates if starts else []:
        candidate.titles = [
            t for t in candidate.titles if not any(t.start < start < t.end for start in starts)
        ]
    return listed


def _longer_names(candidates: list[_Candidate]) -> dict[int, str]:
    """The id of the one fuller name each shorter form stands for (`name_forms.longer_name_ids`)."""
    forms = [
        (tuple(token.bare for token in candidate.name_tokens), candidate.courtesy) for candidate in candidates
    ]
    return {
        id(candidate): fuller
        for candidate, fuller in zip(candidates, longer_name_ids(forms), strict=True)
        if fuller is not None
    }


def _merge(
    text: str, candidates: list[_Candidate], surname_refs: list[tuple[Token, StatedTitle | None]]
) -> dict[str, PersonEntity]:
    """Full-name candidates merged by id, then surname-only mentions joined to them (or to `title-surname`)."""
    entities: dict[str, PersonEntity] = {}
    # Keyed without case: `D’ath` after `Yvette D’Ath` is the same surname.
    by_surname: dict[str, list[tuple[int, PersonEntity]]] = {}
    longer_names = _longer_names(candidates)
    for candidate in candidates:
        words = [token.bare for token in candidate.name_tokens]
        entity_id = longer_names.get(id(candidate)) or canonical_name(words)
        entity = entities.get(entity_id)
        # `Premier [Jay] Weatherill`: an editor's brackets are no part of the name.
        name_text = text[candidate.start : candidate.end].replace("[", "").replace("]", "")
        if entity is None:
            entity = PersonEntity(entity_id, name_text, surname_of(words))
            entities[entity_id] = entity
        elif len(name_text) > len(entity.name):
            entity.name = name_text
        entity.titles.extend(candidate.titles)
        entity.affiliation = entity.affiliation or candidate.affiliation
        entity.official_hint = entity.official_hint or candidate.official_hint
        entity.mentions.append(evidence(text, candidate.start, candidate.end))
        by_surname.setdefault(entity.surname.casefold(), []).append((candidate.start, entity))

    # `Loke said` after `Anthony Loke Siew Fook`, `Lee` after `John Lee Ka-chiu`: a name written with its
    # family name inside (a Western given name, the family name, then the given names) is referred to by it.
    inner_surnames = {
        word.casefold(): [(entity.mentions[0].start, entity)]
        for entity in entities.values()
        if len(parts := entity.name.split()) >= 3
        for word in parts[1:-1]
        if word[0].isupper() and word.isalpha() and len(word) > 1 and word.casefold() not in by_surname
    }
    for token, title in surname_refs:
        word = token.bare
        honorific = HONORIFICS.get(title.text.strip()) if title is not None else None
        known = (
            by_surname.get(word.casefold())
            # "Mr. Thompsons analysis says" after "William Thompson": a possessive whose apostrophe was lost.
            or (by_surname.get(word.casefold()[:-1]) if word.endswith("s") else None)
            or same_title_given_name(entities, word, title)
            or inner_surnames.get(word.casefold())
            # "Sir Keir" after "Sir Keir Starmer", "Dr Yasmin" after "Dr Yasmin Rashid": a style before a given name.
            or (only_given_name(entities, word) if styles_given_name(title, honorific) else [])
        )
        if known:
            preceding = [entity for start, entity in known if start <= token.start] or [known[0][1]]
            entity = preceding[-1]
            # "Ms Okonjo-Iweala, the trade minister, said": a title in apposition to a surname mention.
            entity.titles.extend(appositive_titles(text, token.end))
        elif title is not None and (
            title_is_office(title.text, title.organization)
            or title.text.strip() in TITLE_ABBREVIATIONS
            or honorific == "surname"
        ):
            # `minister-cowen` for "the Minister for Health, Mr Cowen": the title's head, not its body.
            head = BODY_AFTER_HEAD.split(title.text.strip(), maxsplit=1)[0]
            entity_id = f"{slugify(canonical_title(head.split()[-1]))}-{slugify(word)}"
            entity = entities.get(entity_id)
            if entity is None:
                entity = entities[entity_id] = PersonEntity(entity_id, word, word)
                # "Lord Darzi, a former health minister,": a peer named by the title name alone.
                entity.titles.extend(appositive_titles(text, token.end))
            by_surname.setdefault(word.casefold(), []).append((token.start, entity))
        else:
            continue
        if title is not None:
            entity.titles.append(title)
        affiliation = AFFILIATION.match(text, token.end)
        if affiliation and affiliation["tag"]:
            entity.affiliation = entity.affiliation or affiliation["tag"]
        entity.mentions.append(evidence(text, token.start, token.end))

    return entities


def find_people(
    text: str, *, headline: tuple[int, int] | None = None, sentences: Sentences | None = None
) -> list[Person]:
    """Every named person in `text`, merged within the document, with titles and mentions."""
    del sentences  # reserved: sentence-aware resolution
    candidates: list[_Candidate] = []
    surname_refs: list[tuple[Token, StatedTitle | None]] = []
    # Title case capitalizes every word, so a name there needs a known given name; a headline in sentence
    # case (`Minister of Finance Ana Ruiz has …`) capitalizes only names and titles, like the body.
    title_case_headline = headline is not None and is_title_case(text[headline[0] : headline[1]])
    speaking_surnames = surnames_speaking_alone(text)
    for tokens in capitalized_runs(without_title_initials(text)):
        if len(tokens) == 1 and not is_full_name(tokens):
            # One word names no one by itself; it may be the surname of someone named in full.
            if is_name_like(tokens[0]):
                surname_refs.append((tokens[0], None))
            continue
        if (
            any(
                " ".join(token.text for token in tokens[index:]) in AGENCY_ALIASES
                for index in range(len(tokens) - 1)
            )
            or " ".join(token.text for token in tokens) in WHOLE_PLACE_NAMES
        ):
            # `The Garda Síochána`: an agency's name, though its first word can title a person; `El Salvador`: a
            # place's name, though a word of it is a given name.
            continue
        in_headline = (
            headline is not None and title_case_headline and headline[0] <= tokens[0].start < headline[1]
        )
        split = split_name(tokens, strict=in_headline)
        if split is None and not in_headline:
            # "Co-accused Noor Sharif, 20,": a word that opens no name may describe the person named after it.
            named = tokens if is_name_like(tokens[0]) or len(tokens) < 3 else tokens[1:]
            if is_full_name(named) and untitled_name_is_person(text, named, speaking_surnames):
                split = (tokens[: len(tokens) - len(named)], named)
        if not in_headline:
            split = with_portfolio_list(text, tokens, split)
        if split is None:
            if (
                len(tokens) >= 2
                and is_title_head(tokens[-2])
                and is_name_like(tokens[-1])
                and not in_headline
            ):
                surname_refs.append((tokens[-1], stated_title(text, tokens[:-1], tokens[0].start)))
            continue
        title_tokens, name_tokens = split
        while len(name_tokens) > 2 and name_tokens[0].bare in COURTESY_TITLES:
            # "Datuk Kalsom Nordin": an honorific read as a given name belongs to the title.
            title_tokens, name_tokens = [*title_tokens, name_tokens[0]], name_tokens[1:]
        acronym = _ACRONYM_AFTER.match(text, name_tokens[-1].end)
        if acronym is not None and _is_acronym_of(acronym["acronym"], tokens):
            continue
        if in_credit_line(text, tokens[0].start, name_tokens[0].start, name_tokens[-1].end):
            continue
        if name_tokens[-1].lower in _NOT_PERSON_NAME_ENDS:
            continue
        if len(name_tokens) == 1 and not is_full_name(name_tokens):
            if ends_portfolio(tokens, len(tokens) - 1):
                continue  # `Superintendent of Public Instruction`: the office's last word, not a surname
            office = _office_title(text, tokens, _office_tokens(title_tokens))
            if all(token.bare in COURTESY_TITLES for token in title_tokens):
                # "the Minister for Health, Mr Cowen": the office set off before a courtesy title and surname.
                office = preceding_title(text, tokens[0].start) or office
            surname_refs.append((name_tokens[0], office))
            continue
        candidate = _titled_candidate(text, tokens, title_tokens, name_tokens)
        candidate.courtesy = bool(title_tokens) and all(
            token.bare in COURTESY_TITLES for token in title_tokens
        )
        candidates.append(candidate)

    candidates.extend(_listed_under_plural_titles(text, candidates))
    share_colleagues_titles(text, candidates)
    entities = _merge(text, candidates, surname_refs)
    for entity in entities.values():
        entity.titles.extend(offices_held_by_subject(text, entity.mentions))
    for entity_id, office in offices_by_reference(text, entities.values()).items():
        entities[entity_id].titles.append(office)
    for entity_id in sole_untitled_holder(text, entities.values()):
        # Only the kind: the office stays out of the titles the role rules read (`Deputy Finance Minister`
        # would find its holder in the minister).
        entities[entity_id].official_hint = True
    acronyms = {**described_acronyms(text), **(defined_acronyms(text) if "(" in text else {})}
    organizations = {t.organization for e in entities.values() for t in e.titles if t.organization}
    acronyms = {
        **spelled_out_acronyms(text, organizations - acronyms.keys()),
        **longer_body_names(text, organizations - acronyms.keys()),
        **acronyms,
    }
    officials = {entity.entity_id for entity in entities.values() if holds_office(entity, acronyms)}
    people: list[Person] = []
    for entity in entities.values():
        entity.mentions.sort(key=lambda mention: mention.start)
        official = entity.entity_id in officials or serves_official(entity, entities, officials)
        organization = next((title.organization for title in entity.titles if title.organization), None)
        people.append(
            Person(
                entity_id=entity.entity_id,
                name=entity.name,
                kind="official" if official else "person",
                titles=kept_titles(entity.titles),
                organization=organization,
                affiliation=entity.affiliation,
                mentions=entity.mentions,
            )
        )
    people.sort(key=lambda person: person.mentions[0].start if person.mentions else 0)
    return people
