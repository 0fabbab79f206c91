"""Sanctions: announcements, threats and actions, with who imposes them on whom.

A sentence is a sanction statement only when a sanction term has a syntactic target ("sanctions
on X", "X was sanctioned", "designate X", "target X with sanctions", "prohibit X from flying") or
an action verb right before it ("announced new sanctions"). A mention in passing ("faced with
punishing Western sanctions") is not one. Status comes from cue words (data file, first match
wins), the imposing actors from the words before the term, the condition from if/unless/were-to.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.extract import _context, _lexicon
from briefing.models import Sanction

# Where a target noun phrase stops.
_NP_STOP = (
    r"(?=\s*(?:[,;:.()\"“”]|$|\s(?:for|if|over|because|after|in response|in connection|under|pursuant|following|"
    r"with|from|targeting|would|will|as|amid|despite|unless|who|which|that|by|since|on the|is|are|was|were|has|have|"
    r"had|be|been|could|may|might|can|to \w+ing|today|yesterday|earlier|later|last|this|next|"
    r"(?:in|on|at|since)\s+(?:\d+|the (?:past|last|next)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|"
    r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\b))"
)
_NP = r"(?P<np>(?:the |those |several |various |a |an )?[^,;:.()\"“”]{2,160}?)" + _NP_STOP
_TERMS = r"(?:sanctions?|(?:restrictive )?measures|penalt(?:y|ies)|visa restrictions?|visa bans?|travel bans?|" \
    r"export controls?|embargo(?:es)?|asset freezes?|designations?|blacklist)"
_TARGET_PATTERNS = [
    re.compile(rf"\b{_TERMS}\s+(?:\w+\s+){{0,2}}?(?:on|against|targeting)\s+{_NP}", re.IGNORECASE),
    re.compile(r"\b(?:designat(?:e|es|ing)|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
               r"(?:designated|sanctioned|blacklisted)(?=\s+(?:the|a|an|two|three|several|[A-Z0-9]))|sanctioning|"
               rf"blacklisting|(?:to|will|would|could|may|might|must|should) sanction)\s+(?!as\b|for\b|on\b){_NP}",
               re.IGNORECASE),
    re.compile(rf"\b(?:target(?:s|ed|ing)?|hit(?:s|ting)?|slap(?:s|ped|ping)?)\s+{_NP}\s+with\s+(?:\w+\s+){{0,3}}?"
               r"(?:sanctions|measures|penalties|restrictions)", re.IGNORECASE),
    re.compile(rf"(?:^|[,;]\s*|\b(?:and|that)\s+){_NP}\s+(?:was|were|has been|have been|is|are|will be|would be|"
               r"had been)\s+(?:\w+ly\s+)?(?:sanctioned|designated|blacklisted|targeted with sanctions)",
               re.IGNORECASE),
    re.compile(rf"\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?)\s+{_NP}(?:,[^,]{{1,60}},)?"
               r"\s+from\s+(?:flying|"
               r"operating|landing|entering|traveling|travelling)", re.IGNORECASE),
]
_PASSIVE_TARGET = 3  # index of the passive pattern (its phrase is before the verb)
_ACTION_BEFORE = re.compile(
    r"\b(?:announc(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|unveil(?:s|ed|ing)?|levied|levy|"
    r"slap(?:s|ped|ping)?|pil(?:e|es|ed|ing)|enact(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|"
    r"approv(?:e|es|ed|ing)|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|"
    r"consider(?:s|ed|ing)?|propos(?:e|es|ed|ing)|mull(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+[—–]\s+")
_CONDITION = re.compile(
    r"\b(?:if|unless|should\s+\w+\s+\w+|were\s+\w+(?:\s+\w+)?\s+to|in the event(?: that)?|provided that)\b[^,;.]*",
    re.IGNORECASE,
)
_SPLIT_TARGETS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|\bas well as\b)\s*")
_BAD_TARGET = re.compile(r"^(?:it|them|this|that|these|those|him|her|us|you|which|who|what)$", re.IGNORECASE)
_DETERMINERS = re.compile(r"^(?:the|a|an|new|further|additional|its|their)\s+", re.IGNORECASE)


def find_sanctions(
    text: str, published: date | None = None, article: str = "", knowledge: object = None
) -> list[Sanction]:
    """Every sentence of `text` that announces, threatens, imposes or lifts a sanction."""
    terms, measures = _lexicon.sanction_term_re()
    if not terms.search(text):
        return []
    ctx = _context.build(text, published, article, knowledge)
    out: list[Sanction] = []
    for index, (s, e) in enumerate(ctx.sentences):
        sentence = text[s:e]
        found = [(m, measures[int(_group(m)[1:])]) for m in terms.finditer(sentence)]
        if not found:
            continue
        targets = _targets(ctx, s, sentence)
        acted = any(_ACTION_BEFORE.search(sentence[: m.start()]) for m, _ in found)
        if not targets and not acted:
            continue  # a mention in passing
        term_at = found[0][0].start()
        lo, hi = _clause_bounds(sentence, term_at)
        status = _status(sentence[lo:hi]) or _status(sentence) or "announced"
        by = _by(ctx, s + lo, sentence[lo:hi], term_at - lo, targets) or _by(ctx, s, sentence, term_at, targets)
        measure = next((meas for _m, meas in found if meas != "unspecified"), "unspecified")
        cond = _CONDITION.search(sentence)
        out.append(
            Sanction(
                by=tuple(by),
                targets=tuple(targets),
                measure=measure,
                status=status,
                conditional=cond.group().strip() if cond else "",
                date=ctx.event_date(index),
                evidence=sentence.strip(),
                article=article,
                sentence=index,
                start=s,
                end=e,
            )
        )
    return out


def _group(m: re.Match[str]) -> str:
    return next(name for name, value in m.groupdict().items() if value is not None)


def _status(sentence: str) -> str:
    for status, cue in _lexicon.status_cues():
        if cue.search(sentence):
            return status
    return ""


def _clause_bounds(sentence: str, at: int) -> tuple[int, int]:
    """The clause around offset `at`: between ", and", ";", dashes."""
    lo, hi = 0, len(sentence)
    for m in _CLAUSE.finditer(sentence):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    return lo, hi


def _targets(ctx: _context.Context, offset: int, sentence: str) -> list[str]:
    found: list[str] = []
    for i, pattern in enumerate(_TARGET_PATTERNS):
        for m in pattern.finditer(sentence):
            np_start = offset + m.start("np")
            np_end = offset + m.end("np")
            for target in _canonical_targets(ctx, np_start, np_end, passive=i == _PASSIVE_TARGET):
                if target not in found:
                    found.append(target)
    return found


def _canonical_targets(ctx: _context.Context, start: int, end: int, passive: bool) -> list[str]:
    """A target phrase as canonical actors when it is a list of names, else the phrase itself."""
    phrase = ctx.text[start:end].strip()
    if passive:  # only the subject right before the verb: "… and Iran Air was sanctioned"
        phrase = re.split(r"\b(?:that|and|after|when|while)\b", phrase)[-1].strip()
        start = end - len(phrase)
    phrase = _DETERMINERS.sub("", phrase).strip()
    if not phrase or _BAD_TARGET.match(phrase) or len(phrase.split()) > 20:
        return []
    parts = [p for p in _SPLIT_TARGETS.split(phrase) if p]
    mentions = ctx.mentions_in(start, end)
    names = []
    for part in parts:
        part_mentions = [m for m in mentions if m.text and m.text in part]
        covered = sum(len(m.text) for m in part_mentions)
        if part_mentions and covered >= len(part.replace("’s", "").replace("'s", "")) - 2:
            longest = max(part_mentions, key=lambda m: len(m.text))
            # places stand for their state ("Tehran" -> Iran); companies and bodies keep their name ("Iran Air")
            kind = ctx.canonical(longest)[1]
            names.append(ctx.actor(longest) if kind == "place" else ctx.canonical(longest)[0])
        else:
            names = []
            break
    if names:
        return list(dict.fromkeys(names))
    return [phrase]


def _by(ctx: _context.Context, offset: int, sentence: str, term_at: int, targets: list[str]) -> list[str]:
    """The actors imposing: one modifying the term ("new US sanctions"), else the subject before it."""
    before_start = offset
    that = sentence.rfind(" that ", 0, term_at)
    actors: list[str] = []
    target_spans = _target_spans(sentence, offset)
    spans = []
    if that >= 0:
        spans.append((offset + that, offset + term_at))
    spans.append((before_start, offset + term_at))
    spans.append((offset + term_at, offset + len(sentence)))  # "…,” the G-7 leaders said
    for start, end in spans:
        group: list[tuple[int, int, str]] = []  # the actors nearest the term, with those joined to them by "and"
        for m in ctx.mentions_in(start, end):
            name, kind = ctx.canonical(m)
            if kind == "person":
                name = ctx.affiliation_of(m) or name
                kind = "organization"
            elif kind in ("place", "organization"):
                name = ctx.actor(m)
            if kind not in ("place", "organization") or not name or name in targets:
                continue
            if _is_target_context(ctx.text, m.start) or any(a <= m.start < b for a, b in target_spans):
                continue
            if group and not re.fullmatch(r"(?:\s*,)?\s*(?:and|,)?\s*(?:the\s+)?", ctx.text[group[-1][1] : m.start]):
                group = []
            group.append((m.start, m.end, name))
        for _s, _e, name in group:
            if name not in actors:
                actors.append(name)
        if actors:
            break
    if not actors:
        subject = re.match(r"(?i)\s*(?:[A-Z]\w*,\s+)?(?:the\s+)?(\w+)\s", sentence)
        if subject and subject.group(1).lower() in _lexicon.words("speaker_bodies.txt"):
            actors.append(subject.group(1).lower())
    return actors


def _target_spans(sentence: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start("np"), offset + m.end("np")) for p in _TARGET_PATTERNS for m in p.finditer(sentence)]


def _is_target_context(text: str, at: int) -> bool:
    """A name right after "on/against/to/from/with" is not an imposer."""
    return bool(re.search(r"\b(?:on|against|to|from|with|of|in|into|at|by|warned|accused|for)\s+(?:the\s+)?$",
                          text[max(0, at - 14) : at], re.IGNORECASE))


def sanction_timeline(sanctions: list[Sanction]) -> dict[tuple[str, str], list[Sanction]]:
    """Sanctions grouped by (imposer, target), each group in date order (undated last)."""
    groups: dict[tuple[str, str], list[Sanction]] = {}
    for sanction in sanctions:
        for by in sanction.by or ("",):
            for target in sanction.targets or ("",):
                groups.setdefault((by, target), []).append(sanction)
    for items in groups.values():
        items.sort(key=lambda s: (s.date is None, s.date or date.min, s.article, s.sentence))
    return groups
