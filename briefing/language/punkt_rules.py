"""Punkt's boundary decision, applied straight to candidate tokens (same tables, ~5x nltk's speed).

`nltk.tokenize.punkt.PunktSentenceTokenizer` re-tokenizes the context of every candidate period
through several generator layers; the decision itself is a handful of table lookups. This module
makes the same decision from `PunktParameters` (Kiss & Strunk's first pass + orthographic,
collocation, initial and frequent-starter heuristics, as nltk implements them) on whitespace tokens.
One deliberate difference: the word after a candidate is looked up without its opening quote or
bracket (nltk looks at the quote mark itself, and so never finds evidence for “The ...).
`benchmarks/eval_sentences.py` reports how often the two agree on real text.
"""

from __future__ import annotations

import re

from nltk.tokenize.punkt import (
    _ORTHO_BEG_LC,
    _ORTHO_LC,
    _ORTHO_MID_UC,
    _ORTHO_UC,
    PunktParameters,
)

# The end of a token ending in . ? or ! (then optional closing quotes/brackets), before whitespace or the end.
_END = re.compile(r"([.?!]+)[\"')\]}”’»]*(?=\s|$)")
_NEXT = re.compile(r"\s+(\S+)")
_NUMERIC = re.compile(r"-?[.,]?\d[\d,.-]*\.?")
_LEADING = "([{\"'`:;&#*@)}]-,“‘«"
_TRAILING = ".,;:!?\"')]}”’»"
_UNKNOWN = None


class PunktRules:
    """Decides, for each candidate in a line, whether Punkt would end the sentence there."""

    def __init__(self, params: PunktParameters) -> None:
        self._abbrev = frozenset(params.abbrev_types)
        self._collocations = frozenset(params.collocations)
        self._starters = frozenset(params.sent_starters)
        self._ortho = dict(params.ortho_context)

    def breaks(self, line: str) -> list[int]:
        """Offsets just after each sentence-final token (closing quotes included), before the line's end."""
        out: list[int] = []
        for cand in _END.finditer(line):
            nxt = _NEXT.match(line, cand.end())
            if nxt is None:
                break
            end = cand.start()
            body = line[line.rfind(" ", 0, end) + 1 : end]
            if not body.isprintable():  # another kind of whitespace inside: keep the last piece
                pieces = body.split()
                body = pieces[-1] if pieces and not body[-1:].isspace() else ""
            if self._is_break(body, cand.group(1), nxt.group(1)):
                out.append(cand.end())
        return out

    def _is_break(self, body: str, ends: str, following: str) -> bool:
        if "?" in ends or "!" in ends:
            return True
        word = body.lstrip(_LEADING)
        ellipsis = len(ends) > 1
        if not word and not ellipsis:  # a lone "." (as in a spaced ellipsis)
            return True
        typ = _type(word)
        nxt = following.lstrip(_LEADING) or following
        nxt_typ = _type(nxt.rstrip(_TRAILING) or nxt)
        if (typ, nxt_typ) in self._collocations:
            return False
        abbrev = not ellipsis and (typ in self._abbrev or typ.rsplit("-", 1)[-1] in self._abbrev)
        initial = not ellipsis and len(word) == 1 and word.isalpha()
        upper = nxt[:1].isupper()
        if (abbrev or ellipsis) and not initial:
            return self._ortho_says(nxt, nxt_typ) is True or (upper and nxt_typ in self._starters)
        if initial or typ == "##number##":
            starter = self._ortho_says(nxt, nxt_typ)
            if starter is False:
                return False
            if starter is _UNKNOWN and initial and upper and not self._ortho.get(nxt_typ, 0) & _ORTHO_LC:
                return False
        return True

    def _ortho_says(self, tok: str, typ: str) -> bool | None:
        """Punkt's orthographic heuristic: True = starts a sentence, False = does not, None = unknown."""
        if tok in (";", ":", ",", ".", "!", "?"):
            return False
        context = self._ortho.get(typ, 0)
        first = tok[:1]
        if first.isupper() and context & _ORTHO_LC and not context & _ORTHO_MID_UC:
            return True
        if first.islower() and (context & _ORTHO_UC or not context & _ORTHO_BEG_LC):
            return False
        return _UNKNOWN


def _type(token: str) -> str:
    """Punkt's word type: lower case, numbers folded to ##number##."""
    low = token.lower()
    return "##number##" if _NUMERIC.fullmatch(low) else low
