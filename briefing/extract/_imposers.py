"""Who imposes a sanction: a passive agent ("designated by X"), an actor modifying the term ("new US sanctions"),
the subject before it, a reporting clause after it, a collective ("the G7"), a title acting for a country ("The
Deputy Secretary"), or the statement's sentence before. Names in a target's context ("sanctions on X", "X’s purchase")
never impose."""

from __future__ import annotations

import re
from functools import cache

from briefing.extract import _context, _lexicon
from briefing.models import EntityMention

_PASSIVE_AGENT = re.compile(r"\b(?:(?:designated|sanctioned|imposed|issued|announced|adopted|revoked|lifted|taken|"
                            r"listed|blacklisted|approved|enacted|introduced|agreed|signed|levied|unveiled|frozen|immobili[sz]ed)\s+"
                            r"(?:(?:today|yesterday|earlier|also|\w+ly)\s+)?by|"
                            r"(?:further|additional|more|new)\s+(?:actions?|steps|measures|consequences)\s+from)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)


def by(ctx: _context.Context, offset: int, sentence: str, term_at: int, targets: list[str],
       target_spans: list[tuple[int, int]]) -> list[str]:
    """The actors imposing: a passive agent ("designated by X"), one modifying the term ("new US sanctions"),
    else the subject before it, else a title that acts for a country ("The Deputy Secretary")."""
    agent = passive_agent(ctx, offset, offset + len(sentence), targets)
    if agent:
        return agent
    that = sentence.rfind(" that ", 0, term_at)
    actors: list[str] = []
    spans = []
    if that >= 0:
        spans.append((offset + that, offset + term_at))
    spans.append((offset, offset + term_at))
    spans.append((offset + term_at, offset + len(sentence)))  # "…,” the G-7 leaders said
    for start, end in spans:
        group: list[tuple[int, int, str]] = []  # the actors nearest the term, with those joined to them by "and"
        skipped = -1  # end of the last name skipped as a target: names listed with it are targets too
        for m in ctx.mentions_in(start, end):
            name = imposer(ctx, m)
            if not name or name in targets:
                continue
            if start == offset + term_at and not _reports(ctx.text, m.start, m.end) and \
                    not _RELATIVE_SUBJECT.search(ctx.text, max(start, m.start - 60), m.start):
                continue  # after the term only the speaker of a reporting clause ("…,” the G-7 leaders said)
            listed = skipped >= 0 and re.fullmatch(r"(?:\s*,)?\s*(?:and|,)?\s*(?:the\s+)?", ctx.text[skipped : m.start])
            modifier = m.end <= offset + term_at and re.fullmatch(r"(?:[’']s)?\s+(?:[\w\-]+\s+)?",
                                                                  ctx.text[m.end : offset + term_at])
            if (is_target_context(ctx.text, m.start) and not modifier) or \
                    any(a <= m.start < b for a, b in target_spans) or listed or \
                    owner(ctx.text, m.end, offset + term_at):
                skipped = m.end
                continue
            if group and not re.fullmatch(r"(?:\s*,)?\s*(?:and|,)?\s*(?:the\s+)?", ctx.text[group[-1][1] : m.start]):
                group = []
            group.append((m.start, m.end, name))
        for _s, _e, name in group:
            if name not in actors:
                actors.append(name)
        if actors:
            return actors
    collective = collective_imposer(sentence, term_at)
    if collective:
        return [collective]
    subject = re.match(r"(?i)\s*(?:[A-Z]\w*,\s+)?(?:the\s+)?((?:[\w\-]+\s+){0,4}?[\w\-]+)(?=\s+(?:and|is|are|was|were|"
                       r"has|have|had|will|would|also|\w+s|\w+ed)\b)", sentence)
    if subject:
        country = ctx.title_country(subject.group(1))
        if country:
            return [country]
        head = subject.group(1).split()[-1].lower()
        if head in _lexicon.document_nouns() or " ".join(subject.group(1).lower().split()[-2:]) in \
                _lexicon.document_nouns():
            return []  # "The declaration outlined that …": its issuer, named before, imposes
        body = _body_actor(ctx, offset, head)
        if body:
            return [body]
        if head in _lexicon.words("speaker_bodies.txt") and len(subject.group(1).split()) == 1:
            return [head]
    return []


# The subject of a relative clause on the term: "other sanctions that the U.S. is mulling".
_RELATIVE_SUBJECT = re.compile(r"\b(?:sanctions?|measures|controls?|restrictions?|designations?|bans?|embargo(?:es)?|"
                               r"penalt(?:y|ies))\s+(?:that|which)\s+(?:the\s+)?$", re.IGNORECASE)
_REPORTED_BY = re.compile(r"\b(?:said|says|stated|added|noted|announced|according to)\s+(?:the\s+)?$", re.IGNORECASE)


def _reports(text: str, start: int, end: int) -> bool:
    """A name that speaks: right after "said"/"according to", or followed by a reporting verb within three words."""
    if _REPORTED_BY.search(text, max(0, start - 30), start):
        return True
    verb = _lexicon.reporting_verb_re().search(text, end, end + 40)
    return bool(verb) and re.fullmatch(r"(?:\s+[\w’'\-]+){0,2}\s+", text[end : verb.start()] or " ") is not None


@cache
def _collective_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(sorted(_lexicon.words("sanction_collective_imposers.txt"), key=len, reverse=True))
    mods = r"(?:(?:other|like-minded|european|western|many|so many|dozens of|scores of|a growing number of|" \
           r"the growing number of|growing number of|a number of|number of|\d+|several|key|close|closest|our)\s+)*"
    phrase = rf"(?P<who>{mods}(?:{heads})(?:\s+and\s+(?:{heads}))?)"
    return (re.compile(r"\b(?:designated|sanctioned|imposed|levied|adopted|announced|taken|targeted)\s+"
                       rf"(?:\w+\s+){{0,2}}?by\s+(?:the\s+|our\s+)?{phrase}\b", re.IGNORECASE),
            re.compile(rf"\b(?:that|which)\s+(?:the\s+|our\s+)?{phrase}\s+(?:\w+\s+){{0,2}}?$", re.IGNORECASE),
            re.compile(rf"(?:^|\b(?:the|our|and)\s+){phrase}\s+(?:\w+\s+){{0,3}}?$", re.IGNORECASE))


_WITH = re.compile(r"\b(?:with|to)\s+(?:the\s+|our\s+)?(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)


def collective_imposer(sentence: str, term_at: int) -> str:
    """Imposers the text does not name: "designated by allies and partners", "the sanctions that dozens of countries
    have imposed" (after the term), "so many countries applying sanctions" (right before it)."""
    agent, relative, subject = _collective_re()
    m = agent.search(sentence, term_at) or relative.search(sentence, term_at, _next_verb_end(sentence, term_at)) \
        or subject.search(sentence, max(0, term_at - 80), term_at)
    if not m or _WITH.search(sentence, max(0, m.start("who") - 60), m.start("who")):
        return ""  # "we will act with our allies and partners in imposing …": partners of the speaker's government
    return " ".join(m.group("who").split())


def _next_verb_end(sentence: str, at: int) -> int:
    """Where the relative clause after a term reaches its verb ("sanctions that dozens of countries have imposed")."""
    m = re.compile(r"\b(?:impos\w*|levied|maintain\w*|applied|adopted|announced|put)\b", re.IGNORECASE).search(
        sentence, at, at + 80)
    return m.start() if m else at


def imposer(ctx: _context.Context, m: EntityMention) -> str:
    """The actor a mention stands for as an imposer: a person's country, a body's state; "" for anything else."""
    if _lexicon.is_not_actor(m.text):
        return ""
    name, kind = ctx.canonical(m)
    if kind == "person":
        return ctx.affiliation_of(m) or name
    if kind == "place":
        return ctx.actor(m)
    if kind == "organization":
        if m.text.lower() in _lexicon.words("speaker_bodies.txt") and not m.affiliation:
            return _body_actor(ctx, m.start, m.text.lower())  # "The Department has revoked …"
        return ctx.actor(m)
    if m.affiliation and m.affiliation == name and m.text[:1].isupper():
        return m.affiliation  # "the Russians", "new Chinese sanctions": a demonym, for its state
    return _lexicon.leader_country(name)  # "Putin" read as an unknown thing: a known head of state


def passive_agent(ctx: _context.Context, start: int, end: int, targets: list[str]) -> list[str]:
    """"designated by the Department of State", "issued by the United States, Britain, and Germany"."""
    names: list[str] = []
    last_end = -1
    for m in ctx.mentions_in(start, end):
        if last_end < 0:
            if not _PASSIVE_AGENT.search(ctx.text, max(start, m.start - 40), m.start):
                continue
        elif not re.fullmatch(r"(?:\s*,)?\s*(?:and|,)?\s*(?:the\s+)?", ctx.text[last_end : m.start]):
            break
        name = imposer(ctx, m)
        if name and name not in targets and name not in names:
            names.append(name)
        last_end = m.end
    return names


def _body_actor(ctx: _context.Context, offset: int, head: str) -> str:
    """"the Department" -> the state of the last "Department of …" named before it."""
    if len(head) < 4:
        return ""
    for m in reversed(ctx.mentions_in(0, offset)):
        if head in m.text.lower().split() and ctx.canonical(m)[1] == "organization":
            actor = ctx.actor(m)
            return actor if actor != ctx.canonical(m)[0] else ""
    return ""


def by_before(ctx: _context.Context, index: int, targets: list[str]) -> list[str]:
    """Imposers carried over from the sentence before, in the same paragraph, when it names them as the
    agent of a passive ("a joint declaration was issued by the US, Britain and Germany")."""
    if index == 0:
        return []
    s, e = ctx.sentences[index - 1]
    if "\n" in ctx.text[s : ctx.sentences[index][0]]:
        return []
    return passive_agent(ctx, s, e, targets)


# What follows a clause's subject: a parenthesis or appositive, then a finite verb in the active voice ("the United
# States, with its allies, is cutting off …", "OFAC has added …"); a passive ("is being re-designated") is not one.
_ACTIVE_VERB = re.compile(
    r"(?:\s*\([^)]{1,40}\))?(?:\s*,[^,;]{1,80},)?\s+(?:also\s+|\w+ly\s+)?"
    r"(?:(?:is|are|was|were)\s+(?!being\b|\w+ed\b|\w+en\b)\w+ing\b"  # "is cutting off"
    r"|(?:has|have|had|will|would|can|could|shall|should|must|may|might)\b"  # "has added", not "has been added"
    r"(?!\s+(?:also\s+)?be(?:en)?\s+\w+(?:ed|en)\b)"
    r"|(?!(?:is|are|was|were|be|been|of|in|on|at|by|for|to|from|with|as|and|or|but|that|which|who|whose|the|an?|"
    r"this|these|those|its|their|s)\b)(?-i:[a-z]\w+)\b)",  # a lexical verb: "hit", "announced"
    re.IGNORECASE)


def subject(ctx: _context.Context, offset: int, sentence: str) -> list[str]:
    """The actors that are the subject of the sentence's first clause, for a statement with no term to anchor its
    imposer ("Finally, the United States is cutting off Russia’s access to services the Russian Federation uses"):
    the first actors named, when an active verb follows them; none when the first actor is an object, an owner of
    a thing or the subject of a passive. An owned body acts for its owner ("Japan’s Ministry of Finance has …")."""
    names: list[str] = []
    last_end = -1
    owner_name = ""
    for m in ctx.mentions_in(offset, offset + len(sentence)):
        between = ctx.text[last_end : m.start] if last_end >= 0 else ""
        if owner_name:
            if ctx.canonical(m)[1] != "organization" or not re.fullmatch(r"[’']s\s+(?:the\s+)?", between):
                return []
        elif last_end >= 0 and not re.fullmatch(r"(?:\s*,)?\s*(?:and|,)?\s*(?:the\s+)?", between):
            break
        name = owner_name or imposer(ctx, m)
        if not name or (not owner_name and is_target_context(ctx.text, m.start)):
            return []
        last_end, owner_name = m.end, ""
        if re.match(r"[’']s\s", ctx.text[m.end : m.end + 3]):
            owner_name = name
            continue
        names.append(name)
        if _ACTIVE_VERB.match(ctx.text, m.end):
            return list(dict.fromkeys(names))
    return []


def owner(text: str, end: int, term_at: int) -> bool:
    """A possessive whose noun is not the term ("Turkey’s possession of the system triggered sanctions"): the owner of
    a thing, not the imposer ("Japan’s new export controls", "Russia’s sanctions" impose)."""
    return bool(re.match(r"[’']s\s", text[end : end + 3])) and \
        not re.fullmatch(r"[’']s\s+(?:[\w\-]+\s+){0,2}", text[end:term_at]) and \
        not re.match(r"[’']s\s+(?:\w+\s+)?(?:announcement|decision|imposition|adoption)s?\b", text[end:term_at])


def is_target_context(text: str, at: int) -> bool:
    """A name right after "on/against/to/from/with" (and up to two lower-case words: "with our ally Germany") or after
    a verb whose object it is ("supporting Ukraine", "cutting off the Russian Government") is not an imposer."""
    return bool(_target_context_re().search(text, max(0, at - 40), at))


@cache
def _target_context_re() -> re.Pattern[str]:
    verbs = "|".join(row[0] for row in _lexicon.table("sanction_object_verbs.txt"))
    return re.compile(r"\b(?:(?:on|against|to|from|with|of|in|into|at|by|as|warned|accused|for)\s+"
                      r"(?:(?:the|an?|our|their|its|his|her)\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}|"
                      rf"(?:{verbs})\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.\-]*\s+){{0,4}})$", re.IGNORECASE)
