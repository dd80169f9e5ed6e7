"""A deterministic, seeded news-like corpus written as JSON Lines, the format the indexer reads.

Every article is drawn from its own `random.Random(f"{seed}:{index}")`, so a 1k corpus is the
first 1k articles of the 10k corpus of the same seed, and any size is reproducible byte for byte.
Nothing is downloaded: names and the long tail of the vocabulary are built from seeded syllables,
the head of the vocabulary is a small built-in list of English words, and word frequencies follow
Zipf's law.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import random
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

__all__ = [
    "GENERATOR_VERSION",
    "Article",
    "CorpusFiles",
    "NewsGenerator",
    "ensure_corpus",
    "text_bytes",
]

GENERATOR_VERSION = "1"
DOCS_PER_FILE = 5000
ZIPF_EXPONENT = 1.07
FIRST_DAY = date(2012, 1, 1)
LAST_DAY = date(2026, 10, 31)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The head of the Zipf curve: the function words that make up half of any English text.
FUNCTION_WORDS = _words(
    """
    the of and to a in that is for on it with as was he said by at from his be have an are has
    but not they this who were their had its or been which would will about after more one all
    she her also than when there up out we them other new two over could into some year than
    last so if what can were most only under while people first before because no may just
    against through during three any those since still both between where these our then
    """
)

# Content words of local and national news; the generated long tail follows them.
NEWS_WORDS = _words(
    """
    police city county state council school budget officials department report public federal
    million percent court board district law health residents program funding election vote tax
    plan project hospital water housing community business jobs workers union contract police
    officers investigation charges judge attorney trial prison sheriff deputies crime shooting
    arrest fire firefighters emergency storm flood road bridge traffic transit bus rail airport
    construction development zoning permit land park library students teachers parents
    university college tuition enrollment grant agency commission committee hearing legislation
    bill senate house governor mayor lawmakers democrats republicans campaign candidate voters
    ballot poll debate policy spending deficit revenue economy inflation prices wages employment
    unemployment companies industry energy oil gas electricity climate environment pollution
    wildlife farmers crops drought heat coast river lake forest mining immigration border
    security military veterans defense troops hospitalized patients doctors nurses vaccine virus
    cases deaths outbreak medicine insurance medicaid medicare benefits pension retirement
    seniors children families women men youth study data survey analysis researchers experts
    scientists technology internet phone privacy online media newspaper television statement
    spokesman spokeswoman interview meeting announcement decision ruling appeal lawsuit
    settlement fine penalty regulation rules standards inspection audit fraud corruption ethics
    scandal resignation appointment nomination confirmation administration president secretary
    director chief manager executive leader members group organization nonprofit church festival
    museum theater sports stadium team season game coach players fans tickets tourism hotel
    restaurant downtown neighborhood apartment rent homeowners mortgage property values
    assessment schools safety violence victims witnesses evidence testimony jury sentence parole
    release detention shelter homeless services volunteers donations recovery damage repairs
    infrastructure pipeline broadband utility rates customers contractors vendors procurement
    proposal amendment referendum measure initiative ordinance resolution approval opposition
    support critics supporters advocates protest rally march strike negotiations agreement deal
    partnership expansion closure layoffs hiring shortage increase decrease growth decline
    record average total estimate forecast quarter month week weekend morning evening night
    officials warned announced approved rejected proposed delayed canceled reported estimated
    increased decreased expected planned voted argued claimed denied confirmed acknowledged
    criticized praised urged
    """
)

FIRST_NAMES = _words(
    """
    Jane John Maria James Linda Robert Patricia Michael Susan David Karen Carlos Ana Wei Priya
    Ahmed Fatima Kevin Laura Daniel Grace Samuel Olivia Marcus Elena Thomas Rosa Andre Keiko
    Omar
    """
)

TITLES_BEFORE_NAME = (
    "Police Chief",
    "Fire Chief",
    "Mayor",
    "Gov.",
    "Sheriff",
    "Superintendent",
    "County Commissioner",
    "City Manager",
    "Attorney General",
    "Secretary of State",
    "Councilwoman",
    "Councilman",
    "District Attorney",
    "Health Director",
)

STATES = _words(
    """
    Ohio Texas Florida Georgia Iowa Maine Utah Nevada Oregon Idaho Montana Alaska Hawaii Vermont
    Kansas Arizona Colorado Michigan Illinois Virginia Indiana Kentucky Alabama Nebraska Wyoming
    """
)

OUTLET_KINDS = ("Herald", "Ledger", "Gazette", "Times", "Tribune", "Courier", "Post", "Chronicle")
MONTHS = _words(
    """
    January February March April May June July August September October November December
    """
)
FIGURE_NOUNS = ("residents", "students", "cases", "jobs", "homes", "votes", "arrests", "complaints")

_SYLLABLES = _words(
    """
    ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu na ne
    ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo
    bar ber bin bor dan den dor fan fen gar gen kan ken lan len lor man men mor nan nel par pen
    ran ren ron san sen son tan ten tor van ven win wor zan
    """
)


def _pseudo_word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


@dataclass(frozen=True)
class Official:
    name: str
    full_reference: str  # "Sen. Jane Doe, D-Ohio," / "Police Chief Omar Vanten of Riverton"
    short_reference: str  # "Doe" / "Vanten"


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    published: date
    outlet: str
    url: str
    authors: list[str]

    def as_record(self) -> dict[str, object]:
        """The JSON Lines record the indexer reads (`app.corpus`)."""
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "published": self.published.isoformat(),
            "outlet": self.outlet,
            "url": self.url,
            "authors": self.authors,
        }


class NewsGenerator:
    """The shared world (vocabulary, people, places, outlets) of one seed, and articles drawn from it."""

    def __init__(self, seed: int = 20261121, *, tail_words: int = 30_000) -> None:
        self.seed = seed
        world = random.Random(f"{seed}:world")
        tail: set[str] = set()
        known = set(FUNCTION_WORDS) | set(NEWS_WORDS)
        while len(tail) < tail_words:
            word = _pseudo_word(world, world.choice((2, 2, 3, 3, 4)))
            if word not in known:
                tail.add(word)
        tail_list = sorted(tail)
        world.shuffle(tail_list)
        news = list(dict.fromkeys(NEWS_WORDS))
        self.vocabulary: list[str] = list(dict.fromkeys(FUNCTION_WORDS)) + news + tail_list
        weights = [1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, len(self.vocabulary) + 1)]
        self._cumulative = list(itertools.accumulate(weights))
        self.places = [
            _pseudo_word(world, 2).capitalize() + world.choice(("ton", "ville", "burg", ""))
            for _ in range(60)
        ]
        surnames = sorted({_pseudo_word(world, world.choice((2, 3))).capitalize() for _ in range(1500)})
        self.officials = [self._official(world, surnames) for _ in range(2000)]
        # Officials are cited with Zipf popularity too: a few appear everywhere.
        self._official_weights = list(
            itertools.accumulate(1.0 / rank for rank in range(1, len(self.officials) + 1))
        )
        self.outlets = [
            f"The {place} {world.choice(OUTLET_KINDS)}" for place in world.sample(self.places, 12)
        ]
        self.reporters = [f"{world.choice(FIRST_NAMES)} {world.choice(surnames)}" for _ in range(300)]

    def _official(self, world: random.Random, surnames: Sequence[str]) -> Official:
        name = f"{world.choice(FIRST_NAMES)} {world.choice(surnames)}"
        surname = name.split()[-1]
        kind = world.random()
        if kind < 0.25:
            party = world.choice("DR")
            title = world.choice(("Sen.", "Rep."))
            return Official(name, f"{title} {name}, {party}-{world.choice(STATES)},", f"{title} {surname}")
        title = world.choice(TITLES_BEFORE_NAME)
        place = world.choice(self.places)
        return Official(name, f"{title} {name} of {place}", surname)

    def _words(self, rng: random.Random, count: int) -> list[str]:
        total = self._cumulative[-1]
        return [self.vocabulary[bisect.bisect(self._cumulative, rng.random() * total)] for _ in range(count)]

    def _clause(self, rng: random.Random, low: int = 6, high: int = 18) -> str:
        return " ".join(self._words(rng, rng.randint(low, high)))

    def _pick_official(self, rng: random.Random) -> Official:
        point = rng.random() * self._official_weights[-1]
        return self.officials[bisect.bisect(self._official_weights, point)]

    def _figure(self, rng: random.Random) -> str:
        kind = rng.random()
        if kind < 0.3:
            return f"{rng.randint(1, 99)}.{rng.randint(0, 9)} percent"
        if kind < 0.55:
            return f"{rng.randint(2, 98_000):,} {rng.choice(FIGURE_NOUNS)}"
        if kind < 0.8:
            return f"${rng.randint(1, 950)}.{rng.randint(1, 9)} million"
        if kind < 0.9:
            return f"${rng.randint(5, 999) * 1000:,}"
        return f"one in {rng.choice(('three', 'four', 'five', 'ten'))}"

    def _mentioned_date(self, rng: random.Random, published: date) -> str:
        day = published - timedelta(days=rng.randint(1, 400))
        if rng.random() < 0.5:
            return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"
        return f"in {day.year}"

    def _sentence(self, rng: random.Random, published: date) -> str:
        kind = rng.random()
        if kind < 0.12:
            official = self._pick_official(rng)
            return f"{official.full_reference} said {self._clause(rng)}."
        if kind < 0.22:
            official = self._pick_official(rng)
            quote = self._clause(rng, 5, 14).capitalize()
            return f"“{quote},” said {official.full_reference.rstrip(',')}."
        if kind < 0.27:
            official = self._pick_official(rng)
            return f"{official.short_reference} told reporters: “{self._clause(rng, 5, 12).capitalize()}.”"
        if kind < 0.42:
            start = self._clause(rng, 3, 8).capitalize()
            return f"{start} rose to {self._figure(rng)} {self._mentioned_date(rng, published)}, {self._clause(rng, 3, 8)}."
        if kind < 0.5:
            return f"{self._clause(rng, 3, 9).capitalize()} {self._figure(rng)}, {self._clause(rng, 3, 9)}."
        text = self._clause(rng, 8, 24).capitalize()
        if rng.random() < 0.3:
            words = text.split()
            comma = rng.randint(2, max(2, len(words) - 2))
            text = " ".join(words[:comma]) + ", " + " ".join(words[comma:])
        return text + "."

    def article(self, index: int) -> Article:
        """Article number `index` of this seed: the same every time."""
        rng = random.Random(f"{self.seed}:{index}")
        published = FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
        target_words = min(3000, max(120, int(rng.lognormvariate(math.log(560), 0.45))))
        place = rng.choice(self.places)
        paragraphs: list[str] = []
        words = 0
        lead = f"{place.upper()}, {rng.choice(STATES)} — "
        while words < target_words:
            sentences = [self._sentence(rng, published) for _ in range(rng.randint(2, 5))]
            paragraph = " ".join(sentences)
            words += paragraph.count(" ") + 1
            paragraphs.append(paragraph)
        paragraphs[0] = lead + paragraphs[0]
        title = self._clause(rng, 5, 11).title()
        outlet = rng.choice(self.outlets)
        slug = "-".join(title.lower().split()[:6])
        host = outlet.lower().removeprefix("the ").replace(" ", "")
        return Article(
            id=f"gen-{index:07d}",
            title=title,
            text="\n\n".join(paragraphs),
            published=published,
            outlet=outlet,
            url=f"https://{host}.example/{published:%Y/%m}/{slug}",
            authors=[rng.choice(self.reporters) for _ in range(rng.choice((1, 1, 1, 2)))],
        )

    def articles(self, count: int) -> Iterator[Article]:
        return (self.article(index) for index in range(count))


@dataclass(frozen=True)
class CorpusFiles:
    directory: Path
    documents: int
    words: int
    seed: int


def ensure_corpus(data_dir: Path, documents: int, seed: int) -> CorpusFiles:
    """The corpus of `documents` articles of `seed` under `data_dir`, generated unless already there."""
    name = f"corpus-{documents}-seed{seed}-v{GENERATOR_VERSION}"
    directory = data_dir / name
    manifest = data_dir / f"{name}.json"
    if directory.is_dir() and manifest.exists():
        info = json.loads(manifest.read_text())
        return CorpusFiles(directory, info["documents"], info["words"], seed)
    partial = data_dir / f".partial-{name}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    generator = NewsGenerator(seed)
    words = 0
    for first in range(0, documents, DOCS_PER_FILE):
        with (partial / f"articles-{first // DOCS_PER_FILE:05d}.jsonl").open("w", encoding="utf-8") as out:
            for index in range(first, min(documents, first + DOCS_PER_FILE)):
                article = generator.article(index)
                words += len(article.text.split())
                out.write(json.dumps(article.as_record(), ensure_ascii=False) + "\n")
    shutil.rmtree(directory, ignore_errors=True)
    partial.rename(directory)
    manifest.write_text(json.dumps({"documents": documents, "words": words, "seed": seed}))
    return CorpusFiles(directory, documents, words, seed)


def text_bytes(directory: Path) -> int:
    """UTF-8 bytes of the articles' text in a generated corpus: what an index's size is compared with."""
    total = 0
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            total += sum(len(json.loads(line)["text"].encode("utf-8")) for line in lines)
    return total
