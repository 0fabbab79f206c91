"""The briefing: the query model every view reads (CLI, exports, dashboard).

Built from analysed articles, it answers: which days and actors there are, who is salient, what was
said and by whom, which sanctions were announced, and the extractive summary for any actor and day.
A "day" is an article's publication day; `UNDATED` selects articles with none; `None` means all days.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from briefing.config import Config
from briefing.extract.quotes import merge_quotes
from briefing.extract.sanctions import sanction_timeline
from briefing.models import Article, Provenance, Quote, Sanction, Sentence, SummaryLine
from briefing.pipeline import AnalysedArticle

UNDATED = "undated"
Day = date | str | None
MIN_SUMMARY_WORDS = 6
# Word-set cosine at which two sentences from different outlets report the same fact (a rewritten wire
# sentence keeps most of its words; names and numbers must agree, which the grouping checks).
SAME_FACT = 0.7
NOVELTY_DAYS = 7  # how many earlier days (with articles) "new" compares against: a week of news
MAX_POOL = 4_000  # sentences ranked for one summary; larger pools keep each article's leading sentences
_WORD = re.compile(r"\w+")
# Organisations that are organs of a state and so stand for it in an actor list.
_GOVERNMENT_BODY = re.compile(r"\b(?:Ministry|Department|Government|Administration|Embassy|Mission|Cabinet|Parliament|"
                              r"Presidency|Office|Treasury|Council|Agency|Armed Forces|Army|Navy|Military|Police|"
                              r"Kremlin|White House|Congress|Senate)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ActorRow:
    name: str
    kind: str
    mentions: int
    articles: int
    salience: float
    days: tuple[tuple[date, int], ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class EntityRow:
    name: str
    kind: str
    mentions: int
    articles: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CorpusStats:
    name: str
    articles: int
    days: int
    sources: int
    undated: int
    first_day: date | None
    last_day: date | None
    date_sources: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class _Candidate:
    sentence: Sentence
    source: str
    day: date | None


def parse_day(value: str | None) -> Day:
    """A --day argument: YYYY-MM-DD, 'undated', or None/'all' for all days."""
    if value in (None, "", "all"):
        return None
    if value == UNDATED:
        return UNDATED
    return date.fromisoformat(value)


class Briefing:
    def __init__(self, analysed: Iterable[AnalysedArticle], config: Config | None = None, name: str = "") -> None:
        self.config = config or Config()
        self.name = name
        self.analysed: dict[str, AnalysedArticle] = {a.article.id: a for a in analysed}
        self.articles: dict[str, Article] = {k: a.article for k, a in self.analysed.items()}
        self._summaries: dict[tuple[object, ...], list[SummaryLine]] = {}

    # -- corpus ----------------------------------------------------------------------------------
    def stats(self) -> CorpusStats:
        days = self.days()
        return CorpusStats(
            name=self.name, articles=len(self.articles), days=len(days),
            sources=len({a.source for a in self.articles.values() if a.source}),
            undated=sum(1 for a in self.articles.values() if a.published is None),
            first_day=days[0] if days else None, last_day=days[-1] if days else None,
            date_sources=tuple(Counter(a.date_source for a in self.articles.values()).most_common()),
        )

    def days(self) -> list[date]:
        return sorted({a.published for a in self.articles.values() if a.published is not None})

    def has_undated(self) -> bool:
        return any(a.published is None for a in self.articles.values())

    def on_day(self, day: Day) -> list[AnalysedArticle]:
        if day is None:
            return list(self.analysed.values())
        if day == UNDATED:
            return [a for a in self.analysed.values() if a.article.published is None]
        return [a for a in self.analysed.values() if a.article.published == day]

    def _article_ids(self, day: Day) -> list[str]:
        """The ids of the articles on `day`, in corpus order (cheaper than `on_day` where only ids are needed)."""
        return [a.article.id for a in self.on_day(day)]

    def day_counts(self) -> dict[date, int]:
        """How many articles each day has."""
        return dict(sorted(Counter(a.published for a in self.articles.values() if a.published).items()))

    def sentence(self, article_id: str, index: int) -> Sentence:
        return self.analysed[article_id].sentences[index]

    # -- actors and entities ---------------------------------------------------------------------
    @cached_property
    def person_names(self) -> dict[str, str]:
        """One name per person across the corpus: spelling variants and bare surnames joined to a full name.

        Within an article the language layer already joins "Blinken" to "Antony Blinken"; across articles
        "Volodymyr Zelenskiy" and "Volodymyr Zelensky" become the more frequent spelling, and a bare "Zelensky"
        the one full name whose surname it is (left alone when several full names share that surname).
        """
        counts: Counter[str] = Counter(m.canonical for item in self.analysed.values() for m in item.mentions
                                       if m.kind == "person")
        return person_mapping(counts)

    @cached_property
    def _mention_roles(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """Per article, per mention: (canonical name, the actors that mention counts towards).

        People count towards themselves and whom they act for; a name that stands for an actor (the Kremlin,
        Tehran, the State Department) counts towards that actor, as an alias; other organisations are actors
        themselves; other places and things are entities but not actors.
        """
        roles = {}
        for item in self.analysed.values():
            resolved = []
            for mention, actor in zip(item.mentions, item.mention_actors, strict=True):
                resolved.append(self._role(mention.kind, mention.canonical, actor))
            roles[item.article.id] = tuple(resolved)
        return roles

    def _role(self, kind: str, canonical: str, actor: str) -> tuple[str, tuple[str, ...]]:
        """A mention's (canonical name, the actors it counts towards), from its kind, raw canonical and actor."""
        if kind == "person":
            canonical = self._person(canonical)
            actor = actor or self.affiliations.get(canonical, "")
            return canonical, ((canonical, actor) if actor and actor != canonical else (canonical,))
        if actor and (kind != "organization" or _GOVERNMENT_BODY.search(canonical)):
            return canonical, (actor,)  # a name that stands for the state: the Kremlin, Tehran, a ministry
        if actor and actor != canonical:
            return canonical, (canonical, actor)  # a company or group tied to a state: Iran Air
        return canonical, ((canonical,) if kind == "organization" or actor else ())  # counted once, never twice

    @cached_property
    def affiliations(self) -> dict[str, str]:
        """Whom each person acts for, as most of the corpus's mentions of them say.

        One article names a person's office ("British Foreign Secretary David Lammy") and the next only their
        name; the corpus-wide view fills in the second.
        """
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for item in self.analysed.values():
            for mention, actor in zip(item.mentions, item.mention_actors, strict=True):
                if mention.kind == "person" and actor:
                    votes[self._person(mention.canonical)][actor] += 1
        return {person: top(counter) for person, counter in votes.items()}

    def _person(self, name: str) -> str:
        return self.person_names.get(name, name)

    def resolve_actor(self, name: str) -> str | None:
        """The canonical actor for a name the user typed: canonical name, an alias seen, or a known alias."""
        wanted = name.strip().lower()
        rows = self.actors()
        for row in rows:
            if row.name.lower() == wanted:
                return row.name
        for row in rows:
            if any(alias.lower() == wanted for alias in row.aliases):
                return row.name
        from briefing.language.actors import knowledge_from_config

        known = knowledge_from_config(self.config.actors).lookup(name) if name.strip() else None
        if known is not None:
            target = known.actor or known.canonical
            if any(row.name == target for row in rows):
                return target
        partial = [row.name for row in rows if wanted in row.name.lower()]
        return partial[0] if partial else None

    @cached_property
    def _sentence_actors(self) -> dict[tuple[str, int], frozenset[str]]:
        """Every actor a sentence involves: the actors and people it names and whom those people act for."""
        found: dict[tuple[str, int], set[str]] = defaultdict(set)
        for item in self.analysed.values():
            for (_, counted), index in zip(self._mention_roles[item.article.id], item.mention_sentences, strict=True):
                if counted:
                    found[(item.article.id, index)].update(counted)
        return {key: frozenset(value) for key, value in found.items()}

    def actors(self, day: Day = None, query: str = "") -> list[ActorRow]:
        """Actors ranked by salience: mentions, spread over articles."""
        mentions: Counter[str] = Counter()
        articles: dict[str, set[str]] = defaultdict(set)
        per_day: dict[str, Counter[date]] = defaultdict(Counter)
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        aliases: dict[str, set[str]] = defaultdict(set)
        for item in self.on_day(day):
            published = item.article.published
            for mention, (canonical, counted) in zip(item.mentions, self._mention_roles[item.article.id], strict=True):
                for name in counted:
                    mentions[name] += 1
                    articles[name].add(item.article.id)
                    if published:
                        per_day[name][published] += 1
                if counted:
                    own = counted[0]
                    aliases[own].add(mention.text)
                    if own == canonical:
                        kinds[own][mention.kind] += 1
        totals = ActorTotals(mentions, Counter({name: len(ids) for name, ids in articles.items()}), per_day, kinds,
                             aliases)
        return filter_actors(totals.rows(), query)

    def entities(self, day: Day = None, actor: str | None = None, kind: str | None = None) -> list[EntityRow]:
        counts: Counter[tuple[str, str]] = Counter()
        articles: dict[tuple[str, str], set[str]] = defaultdict(set)
        aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        sentence_actors = self._sentence_actors
        for item in self.on_day(day):
            roles = self._mention_roles[item.article.id]
            for mention, index, (canonical, _) in zip(item.mentions, item.mention_sentences, roles, strict=True):
                if kind and mention.kind != kind:
                    continue
                if actor and actor not in sentence_actors.get((item.article.id, index), ()):
                    continue
                key = (canonical, mention.kind)
                counts[key] += 1
                articles[key].add(item.article.id)
                aliases[key].add(mention.text)
        return entity_rows(counts, Counter({key: len(ids) for key, ids in articles.items()}), aliases)

    def co_actors(self, actor: str, day: Day = None) -> list[tuple[str, int]]:
        """Actors that appear in the same sentences as `actor`, most frequent first."""
        together: Counter[str] = Counter()
        wanted = set(self._article_ids(day))
        for (article_id, _), names in self._sentence_actors.items():
            if article_id in wanted and actor in names:
                together.update(n for n in names if n != actor)
        return ranked(together)

    # -- quotes and sanctions --------------------------------------------------------------------
    @cached_property
    def _quotes(self) -> list[Quote]:
        pairs = [(q, item.article.source or item.article.id) for item in self.analysed.values() for q in item.quotes]
        return self._merged_quotes(pairs)

    def _merged_quotes(self, pairs: list[tuple[Quote, str]]) -> list[Quote]:
        """Quotes (with their sources, in corpus order) merged across outlets, speakers named as the corpus does."""
        merged = merge_quotes(pairs)
        out = []
        for quote in merged:
            if quote.speaker_kind == "person":
                speaker = self._person(quote.speaker)
                quote = replace(quote, speaker=speaker,
                                affiliation=quote.affiliation or self.affiliations.get(speaker, ""))
            out.append(quote)
        return out

    def quotes(self, actor: str | None = None, day: Day = None) -> list[Quote]:
        wanted = set(self._article_ids(day))
        out = []
        for quote in self._quotes:
            ids = {p.article for p in quote.sources} or {quote.article}
            if day is not None and not ids & wanted:
                continue
            if actor and actor not in (quote.speaker, quote.affiliation):
                continue
            out.append(quote)
        return sorted(out, key=lambda q: (q.date or date.min, -len(q.sources)), reverse=True)

    def sanctions(self, actor: str | None = None, day: Day = None) -> list[Sanction]:
        out = []
        for item in self.on_day(day):
            source = item.article.source or item.article.id
            for sanction in item.sanctions:
                if actor and actor not in sanction.by and actor not in sanction.targets:
                    continue
                provenance = Provenance(item.article.id, sanction.sentence, sanction.start, sanction.end, source,
                                        item.article.published)
                out.append(replace(sanction, sources=(*sanction.sources, provenance)))
        return sorted(out, key=lambda s: (s.date or date.min, s.article, s.sentence))

    def timeline(self, actor: str | None = None) -> dict[tuple[str, str], list[Sanction]]:
        """The lifecycle of each (imposer, target) pair: threatened → announced → imposed."""
        return sanction_timeline(self.sanctions(actor))

    # -- summaries -------------------------------------------------------------------------------
    def summary(self, actor: str | None = None, day: Day = None, new: bool = False, sentences: int | None = None,
                algorithm: str | None = None) -> list[SummaryLine]:
        """The extractive summary for an actor and/or a day: N lines for N different facts, each with every
        source that carried it, marked new when no earlier day carried it; in date order, then by rank."""
        count = sentences or self.config.summary.sentences
        algorithm = algorithm or self.config.summary.algorithm
        key = (actor, day, new, count, algorithm)
        if key not in self._summaries:
            self._summaries[key] = self._summarise(actor, day, new, count, algorithm)
        return self._summaries[key]

    def _pool(self, actor: str | None, day: Day) -> list[_Candidate]:
        sentence_actors = self._sentence_actors
        pool = []
        for item in self.on_day(day):
            source = item.article.source or item.article.id
            for sentence in item.sentences:
                if word_count(sentence.text) < MIN_SUMMARY_WORDS:
                    continue
                if actor and actor not in sentence_actors.get((item.article.id, sentence.index), ()):
                    continue
                pool.append(_Candidate(sentence, source, item.article.published))
        if len(pool) > MAX_POOL:
            pool.sort(key=lambda c: (c.sentence.index, c.sentence.article))
            pool = sorted(pool[:MAX_POOL], key=lambda c: (c.day or date.min, c.sentence.article, c.sentence.index))
        return pool

    def _summarise(self, actor: str | None, day: Day, new: bool, count: int, algorithm: str) -> list[SummaryLine]:
        from briefing.summarize import near_duplicate_groups, rank, select

        pool = self._pool(actor, day)
        if not pool:
            return []
        groups = near_duplicate_groups([c.sentence.text for c in pool], threshold=SAME_FACT, min_size=1)
        novel = self._novelty(actor, day, pool, groups)
        if new:
            groups = [g for g, flag in zip(groups, novel, strict=True) if flag]
            novel = [True] * len(groups)
            if not groups:
                return []
        representatives = [min(g, key=lambda i: (pool[i].day or date.min, pool[i].sentence.index)) for g in groups]
        texts = [pool[i].sentence.text for i in representatives]
        scores = _unit_scale(rank(texts, algorithm))
        # Corroboration lifts a fact that several sources carried, as an editor would; news puts what matters
        # first, so a sentence's place in its article discounts it as ranks are discounted in DCG.
        weighted = [s * (1 + math.log2(len({pool[m].source for m in g})))
                    / (1 + math.log2(1 + min(pool[m].sentence.index for m in g)))
                    for s, g in zip(scores, groups, strict=True)]
        lines = []
        for k in select(texts, weighted, min(count, len(texts))):
            chosen = pool[representatives[k]]
            sources = tuple(
                Provenance(pool[m].sentence.article, pool[m].sentence.index, pool[m].sentence.start,
                           pool[m].sentence.end, pool[m].source, pool[m].day)
                for m in sorted(groups[k], key=lambda m: (pool[m].source, pool[m].sentence.article))
            )
            sentence = chosen.sentence
            lines.append(SummaryLine(text=sentence.text, score=round(float(weighted[k]), 6), article=sentence.article,
                                     sentence=sentence.index, start=sentence.start, end=sentence.end,
                                     date=chosen.day, source=chosen.source, sources=sources, new=novel[k]))
        lines.sort(key=lambda line: (line.date or date.min, -line.score))
        return lines

    def _novelty(self, actor: str | None, day: Day, pool: Sequence[_Candidate], groups: Sequence[Sequence[int]]
                 ) -> list[bool]:
        """For each group of the pool: is its content absent from every earlier day?

        For one day, the earlier days' sentences (up to NOVELTY_DAYS back) are compared with the pool; over all
        days, a group is new when its first appearance is on the last day.
        """
        from briefing.summarize import near_duplicate_groups

        if day is None:
            days = self.days()
            last = days[-1] if days else None
            return [min((pool[i].day or date.min) for i in g) == last for g in groups]
        if day == UNDATED:
            return [False] * len(groups)
        earlier = [c.sentence.text for d in [d for d in self.days() if d < day][-NOVELTY_DAYS:]
                   for c in self._pool(actor, d)]
        if not earlier:
            return [True] * len(groups)
        texts = [c.sentence.text for c in pool]
        seen_before: set[int] = set()
        for group in near_duplicate_groups(texts + earlier, threshold=SAME_FACT, min_size=2):
            if group[-1] >= len(texts):
                seen_before.update(i for i in group if i < len(texts))
        return [not any(i in seen_before for i in g) for g in groups]


def word_count(text: str) -> int:
    """Words in a sentence, as the summary's minimum length counts them (the index stores it per sentence)."""
    return len(_WORD.findall(text))


def top(counter: Counter[str]) -> str:
    """The most frequent key; ties go to the alphabetically first, so the answer never depends on corpus order."""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, ties alphabetical."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def person_mapping(counts: Counter[str]) -> dict[str, str]:
    """Person names (with their mention counts) mapped to one name per person; see `Briefing.person_names`."""
    keys = _spelling_keys(counts)
    variants: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        variants[keys[name]].append(name)
    chosen = {key: max(names, key=lambda n: (counts[n], n)) for key, names in variants.items()}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key, name in chosen.items():
        if " " in key:
            by_surname[key.rsplit(" ", 1)[1]].add(name)
    mapping = {}
    for name in counts:
        key = keys[name]
        target = chosen[key]
        if " " not in key and by_surname.get(key):
            # The full name the corpus mostly uses ("Biden" → "Joe Biden", not a relative named once).
            ordered = sorted(by_surname[key], key=lambda n: (-counts[n], n))
            if len(ordered) == 1 or counts[ordered[0]] >= 3 * sum(counts[n] for n in ordered[1:]):
                target = ordered[0]
        mapping[name] = target
    return mapping


@dataclass
class ActorTotals:
    """What an actor list is computed from, however it was gathered (articles in memory or the index's SQL)."""

    mentions: Counter[str]
    articles: Counter[str]
    per_day: dict[str, Counter[date]]
    kinds: dict[str, Counter[str]]
    aliases: dict[str, set[str]]

    def rows(self) -> list[ActorRow]:
        rows = []
        for name, count in self.mentions.items():
            kind = actor_kind(self.kinds.get(name))
            salience = count * math.log2(1 + self.articles[name])
            rows.append(ActorRow(name, kind, count, self.articles[name], round(salience, 2),
                                 tuple(sorted(self.per_day.get(name, Counter()).items())),
                                 tuple(sorted(self.aliases.get(name, ())))))
        rows.sort(key=lambda r: (-r.salience, r.name))
        return rows


def actor_kind(kinds: Counter[str] | None) -> str:
    """The kind an actor's named mentions give it. "other" (demonyms such as "Cuban", unknown words) votes only
    when nothing else does: "Cuban" said 192 times must not turn Cuba into something other than a place."""
    if not kinds:
        return "organization"
    named = Counter({kind: n for kind, n in kinds.items() if kind != "other" and n > 0})
    return top(named or kinds)


def filter_actors(rows: list[ActorRow], query: str) -> list[ActorRow]:
    """The rows whose name or one of whose aliases contains `query` (any case)."""
    needle = query.lower()
    if not needle:
        return rows
    return [r for r in rows if needle in r.name.lower() or any(needle in a.lower() for a in r.aliases)]


def entity_rows(counts: Counter[tuple[str, str]], articles: Counter[tuple[str, str]],
                aliases: dict[tuple[str, str], set[str]]) -> list[EntityRow]:
    """Entity rows, most mentioned first (ties by name, then kind)."""
    return [EntityRow(name, kind, n, articles[(name, kind)], tuple(sorted(aliases[(name, kind)])))
            for (name, kind), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _spelling_keys(counts: Counter[str]) -> dict[str, str]:
    """A key shared by one person's spellings: transliterations, and a short first name when it stands for one full
    name ("Joe Biden" = "Joseph Biden"), or for several of which the corpus mostly uses one with that surname ("Tony
    Blinken" = "Antony Blinken" when "Anthony Blinken" is absent or a rare misspelling)."""
    from briefing.language.actors import first_name_forms, spelling_key

    forms = first_name_forms()
    spelled = {name: [spelling_key(token) for token in name.split()] for name in counts}
    used: Counter[str] = Counter()
    for name, tokens in spelled.items():
        used[" ".join(tokens)] += counts[name]
    keys = {}
    for name, tokens in spelled.items():
        if len(tokens) > 1:
            rest = " ".join(tokens[1:])
            uses = sorted(((used[f"{spelling_key(full)} {rest}"], full) for full in
                           forms.get(name.split()[0].lower(), ())), reverse=True)
            if len(uses) == 1 or (uses and uses[0][0] > 0 and uses[0][0] >= 3 * sum(n for n, _ in uses[1:])):
                tokens = [spelling_key(uses[0][1]), *tokens[1:]]
        keys[name] = " ".join(tokens)
    return keys


def _unit_scale(scores: Sequence[float]) -> list[float]:
    """Scores mapped onto 0..1 (best = 1), whatever the algorithm's scale or sign."""
    low, high = min(scores), max(scores)
    if high <= low:
        return [1.0] * len(scores)
    return [(s - low) / (high - low) for s in scores]
