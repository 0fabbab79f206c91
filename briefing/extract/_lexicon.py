"""Word lists for the extractors, read once from `briefing/data/` and compiled into patterns."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line list as a lower-case set."""
    return frozenset(line.strip().lower() for line in _lines(name))


@cache
def person_titles() -> frozenset[str]:
    """Titles before or after a person's name: the entity layer's list and the extractors' additions."""
    return words("titles.txt") | words("speaker_titles.txt")


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated list as tuples of fields, in file order."""
    return tuple(tuple(field.strip() for field in line.split("\t")) for line in _lines(name))


def _alternation(items: list[str]) -> str:
    return "|".join(sorted((re.escape(item) for item in items), key=len, reverse=True))


@cache
def reporting_verb_re() -> re.Pattern[str]:
    """Whole-word reporting verbs, plus "according to"."""
    verbs = _alternation(sorted(words("reporting_verbs.txt")))
    return re.compile(rf"\b(?:(?P<verb>{verbs})|(?P<acc>according to))\b", re.IGNORECASE)


@cache
def sanction_term_re() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern with a named group per sanction term, and the measure each group stands for."""
    return _terms_re([(term, measure) for term, measure, _cue in table("sanction_terms.txt")])


@cache
def sanction_implicit_terms() -> tuple[tuple[re.Pattern[str], str, str, tuple[str, ...]], ...]:
    """Measures without a sanction word (sanction_implicit_terms.txt), each as (pattern, measure, kind, cues): apart
    from the named terms, each searched only in a sentence holding one of its own cues."""
    heads = implicit_heads()
    return tuple((re.compile(rf"\b(?:{term.replace('{implicit}', heads)})\b", re.IGNORECASE), measure, kind,
                  tuple(c for c in cues.split(",") if c))
                 for term, measure, cues, kind in table("sanction_implicit_terms.txt"))


def _terms_re(rows: list[tuple[str, str]]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    heads, enablers = implicit_heads(), enabler_verbs()
    parts = [f"(?P<t{i}>{term.replace('{implicit}', heads).replace('{enablers}', enablers)})"
             for i, (term, _measure) in enumerate(rows)]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE), tuple(measure for _t, measure in rows)


@cache
def sanction_cues() -> tuple[str, ...]:
    """Lower-case literals one of which every sanction term contains: a cheap test before the term pattern."""
    return tuple(sorted({c for _t, _m, cues in table("sanction_terms.txt") for c in cues.split(",") if c}))


@cache
def sanction_cue_re(ignore_case: bool = False) -> re.Pattern[str]:
    """The cue literals of named terms and of measures without a sanction word as one pattern, to find in one pass
    the places worth a look (in lower-cased text); `sanction_cues()` tells the named terms' apart."""
    cues = set(sanction_cues()) | {c for *_rest, own in sanction_implicit_terms() for c in own}
    return re.compile(_trie(sorted(cues)), re.IGNORECASE if ignore_case else 0)


def _trie(items: list[str]) -> str:
    """Literals as one pattern factored on shared prefixes (about three times faster to scan than an alternation of
    many literals); the longest literal matches."""
    root: dict = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


@cache
def status_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((status, re.compile(cue, re.IGNORECASE)) for status, cue in table("sanction_status.txt"))


@cache
def title_countries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(title, countries whose governments use it), longest title first."""
    rows = [(title.lower(), tuple(c.strip() for c in countries.split(","))) for title, countries in
            table("extract_title_countries.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _not_actor_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_alternation(sorted(words('extract_not_actors.txt')))})\b", re.IGNORECASE)


def is_not_actor(name: str) -> bool:
    """A legal instrument or document named like a body ("Executive Order 13224", "Section 7031(c)")."""
    return bool(_not_actor_re().match(name.strip()))


@cache
def anaphors() -> dict[str, str]:
    """Nouns that point back to an entity ("the group" -> organization), with the kind they point to."""
    return {noun.lower(): kind for noun, kind in table("extract_anaphors.tsv")}


@cache
def _leaders() -> tuple[dict[str, str], dict[str, str]]:
    full: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for name, country in table("extract_leaders.tsv"):
        full[name.lower()] = country
        surnames.setdefault(name.split()[-1].lower(), set()).add(country)
    return full, {s: next(iter(c)) for s, c in surnames.items() if len(c) == 1}


def leader_country(name: str) -> str:
    """The country a head of state or government named `name` leads ("Biden", "Vladimir Putin"); "" if unknown.
    A one-word name matches a surname only when no two listed leaders of different countries share it."""
    full, surnames = _leaders()
    key = " ".join(name.lower().split())
    if key in full:
        return full[key]
    return surnames.get(key, "") if " " not in key else ""


@cache
def document_nouns() -> frozenset[str]:
    return words("extract_document_nouns.txt")


@cache
def target_openers() -> frozenset[str]:
    return words("sanction_target_openers.txt")



@cache
def sanction_passing_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What makes a sanction term a mention in passing: (a pattern searched in the text before the term, one
    matched at the term). Before: an evasion verb ("undermine sanctions", "evasion of the embargo") or a hyphen
    ("UN-designated"). At: an evasion noun after the term ("sanctions evasion"), a category's name ("a Specially
    Designated Global Terrorist"), or a role a designation gives that is not a sanction ("designated X a major non-NATO
    Ally", "designated Ambassador X to serve as Chargé")."""
    rows = table("sanction_evasion_words.txt")
    before = _alternation([w for side, w in rows if side == "before"])
    after = _alternation([w for side, w in rows if side == "after"])
    roles = _alternation(sorted(words("sanction_not_designations.txt")))
    return (
        re.compile(rf"(?:(?<!\bre)-|\b(?:{before})\w{{0,5}}\s+(?:(?:[\w.’'\-]+\s+){{0,2}}|(?:nor|or|and)\s+\w+\s+))$",
                   re.IGNORECASE),
        re.compile(rf"\w+(?:\s+|-)(?:{after})\b|(?<=\bSpecially\s)Designated\b|designat\w*\s+(?:[^,;.]{{0,60}}?\s)?(?:(?:as|of|to\s+serve\s+as|to\s+be)"
                   rf"\s+(?:an?\s+|the\s+|its\s+)?|an?\s+|the\s+)(?:[\w\-’']+\s+){{0,4}}?(?:{roles})\b|"
                   rf"designat\w*\s+[^,;.]{{0,60}}?\bto\s+(?:serve|lead|head|chair|coordinate|oversee|represent|act\s+as)\b",
                   re.IGNORECASE),
    )


@cache
def sanction_effect_re() -> re.Pattern[str]:
    """Matched right after a sanction term's first word: the term is the subject of a predicate saying it works
    ("controls have been biting", "sanctions themselves are already having an effect", "sanctions hit Russia")."""
    effects = _alternation(sorted(words("sanction_effect_words.txt")))
    adverbs = r"(?:\s+(?:\w+ly|also|already|now|still|themselves|itself|so far|clearly))*"
    second = r"controls?|restrictions?|bans?|freezes?|measures|designations|embargo(?:es)?|packages?|regimes?"
    return re.compile(rf"[\w\-]*(?:\s+(?:{second}))?(?:\s+(?:on|against)\s+[^,;.]{{1,40}}?)?{adverbs}\s+"
                      rf"(?:(?:are|is|were|was|have|has|had)"
                      rf"(?:\s+been)?{adverbs}\s+)?(?:{effects}|"
                      # "have an even more devastating effect on", "are having a severe impact"
                      rf"(?:(?<=\bhave )|(?<=\bhas )|(?<=\bhad ))an?\s+(?:[\w\-]+\s+){{0,3}}?(?:effect|impact|toll))\b",
                      re.IGNORECASE)


@cache
def enabler_verbs() -> str:
    """Stems of the verbs that make "those who …"/"anyone that …" a sanction target, as a regex alternation."""
    return _alternation(sorted(words("sanction_enabler_verbs.txt")))


@cache
def implicit_heads() -> str:
    """What a government targets when that is a sanction ("officials", "oligarchs"), as a regex alternation."""
    return _alternation(sorted(words("sanction_implicit_heads.txt")))


@cache
def burdened_re() -> re.Pattern[str]:
    """Matched against the text right before a state's name: it is what a burden is put on ("pressure on", "costs
    against the", "penalties upon", "imposed on", "brought to bear on")."""
    words_before = _alternation(sorted(words("sanction_burden_nouns.txt") | words("sanction_burden_verbs.txt")))
    return re.compile(rf"\b(?:{words_before})\s+(?:on|against|upon)\s+(?:the\s+)?$", re.IGNORECASE)
