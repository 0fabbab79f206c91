"""One pass over an article: each run of capitalised words becomes mentions (known names, titled people,
portfolios, names of unknown kind classified by `kinds`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.language.actors import Entry, Knowledge
from briefing.language.entities.found import Found, actor_of, clean
from briefing.language.entities.kinds import (
    SAID_AFTER,
    after_place_preposition,
    agency_shape,
    is_acronym,
    person_apposition,
    person_shape,
    place_kind,
    place_of,
    the_before,
    word_kind,
)
from briefing.language.entities.runs import NAME_WORD, Token, sentence_starts
from briefing.language.entities.segments import Segment, run_segments
from briefing.language.entities.titles import affiliation_in, affiliation_left, title_matcher

_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \t\u00a0]+")
_GROUP_AFTER = re.compile(r"[ \t\u00a0]+(administration|government|campaign|regime|cabinet)\b")
_APPOSITION = re.compile(r",[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?([^,.;:()“”\"\n]{1,70})")
_OF_INSIDE = re.compile(r"\s(?:of|for)\s")
_CONN_BEFORE = re.compile(r"(?<=\s)(?:of|for)[ \t\u00a0]+$")
_LIST_GAP = re.compile(r",?[ \t\u00a0]+(?:and[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?|,")
_COMMA_GAP = re.compile(r",[ \t\u00a0]+")
_PHONETIC_AFTER = re.compile(r"[ \t\u00a0]*\((?:ph|PH|phonetic|sp)\)")  # a transcriber's "(ph)": a name heard
_REFERENCE_AFTER = re.compile(r"[ \t\u00a0]+(?:\d|§)")  # "E.O. 13224", "FY 2022", "22 U.S.C. § 2751"
_NUMBER_BEFORE = re.compile(r"\d[ \t\u00a0]+$")  # "31 CFR part 587"
_LIST_NEXT = re.compile(r"(,)?[ \t\u00a0]+(?:and[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?[A-Z]")
_NUMBER_AFTER = re.compile(r"[ \t\u00a0]+\d")  # "Nord Stream 2", "Fiscal Year 2022": a thing's number, not a person's


class Article:
    """The state of one pass over an article."""

    def __init__(self, text: str, knowledge: Knowledge, spans: Sequence[tuple[int, int]] | None) -> None:
        self.text = text
        self.k = knowledge
        self.titles = title_matcher(knowledge)
        self.starts = sentence_starts(text, spans)
        self.found: list[Found] = []
        self._lowercase: dict[str, bool] = {}
        self._portfolio_end = -1  # end of the last portfolio item after a title ("Secretary for Population")
        self._run: list[Token] = []  # the run being read, and two facts about what came before in it:
        self._pending_aff = ""  # the actor of a name before a title ("Iran's foreign minister")
        self._title_before: bool | None = None  # a title right before: None until a name needs to know

    def in_lowercase(self, lower: str) -> bool:
        """Whether `lower` (a-z only) occurs in the text as a whole lowercase word ("meanwhile")."""
        found = self._lowercase.get(lower)
        if found is None:
            found = False
            if lower.isascii() and lower.isalpha():
                text, n, size = self.text, len(lower), len(self.text)
                i = text.find(lower)
                while i >= 0 and not found:
                    before = text[i - 1] if i else " "
                    after = text[i + n] if i + n < size else " "
                    # not inside a word, nor a part of an address ("flag.govt.nz", "user@state")
                    found = not (before.isalnum() or before in "_'’./@") and not (after.isalnum() or after in "_'’-")
                    i = text.find(lower, i + 1)
            self._lowercase[lower] = found
        return found

    # -- one run ----------------------------------------------------------------------------------
    def run(self, run: list[Token]) -> None:
        """The mentions in one run of capitalised words, appended to `found`."""
        text, k = self.text, self.k
        salutation = False  # "Dear Tony", "Hello Maria": the greeting is no part of the name, a person follows
        while run and not run[0].conn and run[0].text.lower() in k.salutations:
            run, salutation = run[1:], True
        # Drop words that do not start a name: sentence-initial function words, days and months.
        while run and (run[0].conn or (self._not_a_name_start(run[0])
                                       and not (len(run) > 1 and self._known_prefix(run)))):
            run = run[1:]
        while run and run[-1].conn:
            run = run[:-1]
        if not run:
            return
        if self._region_of_place_before(run[0]):  # "Washington, D.C.": one place
            run = run[1:]
            while run and run[0].conn:
                run = run[1:]
            if not run:
                return
        self._run = run
        group = _GROUP_AFTER.match(text, run[-1].end)
        if group is not None:  # "the Biden administration", when it is known
            entry = k.lookup(text[run[0].start:group.end()])
            if entry is not None:
                self._add(run[0].start, group.end(), entry, known=True)
                return
        if len(run) > 1 and self._whole_place(run):  # "New Mexico", "Santa Cruz": not "New" + "Mexico"
            return
        if len(run) > 1 and self._natural_feature(run):  # "South China Sea": not "South" + China's sea
            return
        segs = run_segments(text, run, k)
        self._pending_aff = ""
        self._title_before = True if salutation else None
        i = 0
        while i < len(segs):
            what, a, b, value = segs[i]
            if what == "conn" or (what == "word" and self._shouting(run[a], i > 0 and segs[i - 1][0] == "title")):
                i += 1
            elif what == "part":
                self._add(a, b, value, known=True)
                i += 1
            elif what == "gaz":
                i = self._known_name(segs, i)
            elif what == "dem":
                i = self._demonym(segs, i)
            elif what == "title":
                self._title_before = True
                i += 1
            else:
                i = self._plain_words(segs, i)

    def _known_name(self, segs: list[Segment], i: int) -> int:
        """A gazetteer name, alone or heading plain words ("Iran Air", "New York Times"); the next segment."""
        text, k, run = self.text, self.k, self._run
        _, a, b, entry = segs[i]
        nxt = self._word_span(segs, i + 1)
        if nxt is not None and entry.kind == "organization" and " ".join(nxt[1]).lower() in k.member_words:
            # "NATO Allies", "the NATO Alliance", "EU Member States": the body itself, acting through its members.
            end_i = nxt[0]
            f = self._add(run[a].start, run[segs[end_i - 1][2] - 1].end, entry, known=True)
            self._pending_aff = actor_of(f, k)
            return end_i
        if nxt is not None and entry.kind in ("place", "organization") and entry.canonical != "":
            end_i, words = nxt
            kind = word_kind(words, k)
            if not kind and entry.kind == "place" and entry.actor and not the_before(self.text, run[a].start):
                # "Victoria Nuland", "Sydney Smith": a city name that is a given name here.
                end = run[segs[end_i - 1][2] - 1].end
                all_words = [t.text for t in run[a:segs[end_i - 1][2]] if not t.conn]
                self._name(run[a].start, end, all_words, self._title_before, self._pending_aff, i == 0)
                self._title_before, self._pending_aff = False, ""
                return end_i
            kind = kind or "organization"
            actor = entry.actor or (entry.canonical if entry.canonical in k.actors else "")
            self.found.append(Found(run[a].start, run[segs[end_i - 1][2] - 1].end, kind,
                                    clean(text[run[a].start:run[segs[end_i - 1][2] - 1].end]), actor))
            return end_i
        owner = self._possessor(run[a].start) if entry.kind == "organization" and not entry.actor else ""
        if owner:  # "Iran's Security Council" is Iran's, not the UN's
            f = Found(run[a].start, run[b - 1].end, "organization", clean(text[run[a].start:run[b - 1].end]), owner)
            self.found.append(f)
        else:
            f = self._add(run[a].start, run[b - 1].end, entry, known=True)
        self._pending_aff = actor_of(f, k)
        return i + 1

    def _demonym(self, segs: list[Segment], i: int) -> int:
        """A demonym: heading plain words ("Russian Defense Ministry"), before a title, or alone."""
        text, k, run = self.text, self.k, self._run
        _, a, b, country = segs[i]
        nxt = self._word_span(segs, i + 1)
        if nxt is not None:
            end_i, words = nxt
            end = run[segs[end_i - 1][2] - 1].end
            kind = word_kind(words, k) or "organization"
            self.found.append(Found(run[a].start, end, kind, clean(text[run[a].start:end]), country))
            if i > 1 and segs[i - 1][0] == "conn" and segs[i - 2][0] == "title":
                self._portfolio_end = end  # "Special Representative for Korean Peninsula Peace and ..."
            return end_i
        self._pending_aff = country
        if i + 1 >= len(segs) or segs[i + 1][0] != "title":
            self.found.append(Found(run[a].start, run[b - 1].end, "other", country, country))
        return i + 1

    def _plain_words(self, segs: list[Segment], i: int) -> int:
        """Plain words: a name of unknown kind, a body named after a known name ("Bank of England"), or a
        portfolio after a title with the person's name after it."""
        text, k, run = self.text, self.k, self._run
        a = segs[i][1]
        end_i, words = self._word_span(segs, i) or (i + 1, [run[a].text])
        start, end = run[a].start, run[segs[end_i - 1][2] - 1].end
        after_title = i > 1 and segs[i - 1][0] == "conn" and segs[i - 2][0] == "title"
        if not after_title and end_i + 1 < len(segs) and segs[end_i][0] == "conn" and segs[end_i + 1][0] == "gaz":
            kind = word_kind(words, k)
            if kind in ("organization", "place"):  # "Bank of England", "University of Arkansas"
                entry = segs[end_i + 1][3]
                end = run[segs[end_i + 1][2] - 1].end
                actor = (entry.actor or (entry.canonical if entry.canonical in k.actors else "")
                         if kind == "organization" else "")
                self.found.append(Found(start, end, kind, clean(text[start:end]), actor))
                self._title_before, self._pending_aff = False, ""
                return end_i + 2
        title_before = self._title_before
        if after_title or (i == 0 and (self._continues_portfolio(start) or self._title_conn_before(start))):
            # "Secretary of Homeland Security Alejandro N. Mayorkas", "Assistant Secretary for Population,
            # Refugees, and Migration Julieta Noyes": the portfolio, then the person after its last word.
            first = self._person_after_portfolio(segs, i, end_i, end)
            if first < 0:
                self._portfolio_end = end
                self.found.append(Found(start, end, "other", clean(text[start:end])))
                self._title_before, self._pending_aff = False, ""
                return end_i
            if first > i:
                self.found.append(Found(start, run[segs[first - 1][2] - 1].end, "other",
                                        clean(text[start:run[segs[first - 1][2] - 1].end])))
            start = run[segs[first][1]].start
            words = [run[seg[1]].text for seg in segs[first:end_i] if seg[0] == "word"]
            title_before = True
        before_title = end_i < len(segs) and segs[end_i][0] == "title"  # "Special Presidential Envoy": qualifies it
        self._name(start, end, words, title_before, self._pending_aff, i == 0, before_title)
        self._title_before, self._pending_aff = False, ""
        return end_i

    def _title_conn_before(self, start: int) -> bool:
        """A title and "for"/"of" right before: "Special Representative for <Korean Peninsula Peace>"."""
        conn = _CONN_BEFORE.search(self.text, max(0, start - 5), start)
        return conn is not None and self.titles.start_before(self.text, conn.start()) >= 0

    def _whole_place(self, run: list[Token]) -> bool:
        """A run that is, as a whole, a known city or US region (and no known name): one place."""
        start, end = run[0].start, run[-1].end
        surface = self.text[start:end]
        places = self.k.places
        if not (places.population(surface) or places.is_region(surface)) or self.k.lookup(surface) is not None:
            return False
        if SAID_AFTER.match(self.text, end):
            return False
        self.found.append(Found(start, end, "place", surface))
        return True

    def _natural_feature(self, run: list[Token]) -> bool:
        """A run ending in a natural feature's head ("Sea", "Strait", "Peninsula"), with no "of" inside and not a
        known name as a whole: one place that stands for no country, even when it holds one's name."""
        if run[-1].text.lower() not in self.k.feature_heads or any(t.conn for t in run):
            return False
        start, end = run[0].start, run[-1].end
        if self.k.lookup(self.text[start:end]) is not None:
            return False
        self.found.append(Found(start, end, "place", clean(self.text[start:end])))
        return True

    def _continues_portfolio(self, start: int) -> bool:
        """This run is the next item of a portfolio list begun by a title: "for Population, Refugees, and ..."."""
        return self._portfolio_end >= 0 and _LIST_GAP.fullmatch(self.text, self._portfolio_end, start) is not None

    def _person_after_portfolio(self, segs: list[Segment], i: int, end_i: int, end: int) -> int:
        """Segment index where the person's name starts after a portfolio, -1 when the span is all portfolio.

        A portfolio that goes on (", Refugees", "and Migration", but not ", Secretary ...") holds no name;
        otherwise the last two words (three with a middle initial) are the name when at least one word is
        left for the portfolio.
        """
        nxt = _LIST_NEXT.match(self.text, end)
        if nxt is not None:
            word = NAME_WORD.match(self.text, nxt.end() - 1)
            if word is None or word.group().lower().rstrip(".") not in self.k.title_openers:  # not ", Secretary"
                return -1
        first = end_i - 2  # the given name, before any middle initial
        if first > i and segs[first][0] == "word" and len(self._run[segs[first][1]].text) == 1:
            first -= 1
        if first > i and segs[first][0] == "word":
            return first
        return -1

    def _word_span(self, segs: list[Segment], i: int) -> tuple[int, list[str]] | None:
        """Plain words (with inner connectors) from segment i: (end segment index, the words)."""
        j = i
        while j < len(segs) and (segs[j][0] == "conn" or (segs[j][0] == "word" and not self._shouting(
                self._run[segs[j][1]], j > 0 and segs[j - 1][0] == "title"))):
            j += 1
        while j > i and segs[j - 1][0] == "conn":
            j -= 1
        if j == i:
            return None
        return j, [self._run[seg[1]].text for seg in segs[i:j] if seg[0] == "word"]

    def _shouting(self, tok: Token, after_title: bool = False) -> bool:
        """A word in capitals that is an ordinary word shouted ("SENIOR ADMINISTRATION OFFICIAL", "QUESTION:"):
        a role label, a function word, or a word the article also writes in lower case (not right after a
        title: "MR PRICE" is a name). Titles stay (they cue the name after them: "SECRETARY BLINKEN"), and so
        do known names ("US", "WHO")."""
        word = tok.text
        if len(word) < 2 or not word.isupper() or not word.isalpha():
            return False
        k, lower = self.k, word.lower()
        if lower in k.titles or k.lookup(word) is not None or word in k.demonyms:
            return False
        if lower in k.labels or lower in k.not_names:
            return True
        return not after_title and (lower in k.title_modifiers or self.in_lowercase(lower))

    def _region_of_place_before(self, tok: Token) -> bool:
        """A state's abbreviation after "<place>, " ("Washington, D.C.", "Austin, Tex."): it joins that place."""
        regions, end = self.k.region_abbreviations, tok.end
        if tok.text not in regions:  # "Tex." is read as the word "Tex" and its period
            if self.text[end:end + 1] != "." or tok.text + "." not in regions:
                return False
            end += 1
        if not self.found:
            return False
        f = self.found[-1]
        if f.kind != "place" or _COMMA_GAP.fullmatch(self.text, f.end, tok.start) is None:
            return False
        f.end = end
        return True

    def _not_a_name_start(self, tok: Token) -> bool:
        """An ordinary word capitalised ("However", a sentence opener also seen in lower case), not a known name."""
        lower = tok.text.lower()
        ordinary = (
            lower in self.k.not_names
            or (("'" in lower or "’" in lower) and re.split(r"['’]", lower, maxsplit=1)[0] in self.k.not_names)
            or (tok.start in self.starts and self.in_lowercase(lower))
        )
        return ordinary and self.k.lookup(tok.text) is None and tok.text not in self.k.demonyms

    def _known_prefix(self, run: list[Token]) -> bool:
        """The run opens with a known multi-word name ("New Zealand", "New York"): keep its first word."""
        if run[0].text.lower() == "the":  # "The United States": the lookup ignores "the"
            return False
        places = self.k.places
        for j in range(2, min(len(run), 4) + 1):  # such names are short: "New Zealand", "New South Wales"
            if run[j - 1].conn:
                continue
            surface = self.text[run[0].start:run[j - 1].end]
            if self.k.lookup(surface) is not None or places.population(surface) or places.is_region(surface):
                return True
        return False

    def _possessor(self, start: int) -> str:
        """The country in "Iran's <start>", if the name just before `start` is a possessive country."""
        if not self.found:
            return ""
        f = self.found[-1]
        if f.kind == "place" and _POSSESSIVE_BEFORE.fullmatch(self.text, f.end, start):
            return actor_of(f, self.k)
        return ""

    def _lone_head(self, word: str, kind: str) -> bool:
        """A head word alone ("Department", "Council", "Governments"), which says a body but not which one;
        not one that conventionally names a body alone ("Senate")."""
        if kind not in ("organization", "place"):
            return False
        lower, k = word.lower(), self.k
        head = lower if lower in k.org_heads or lower in k.place_heads else lower[:-1]
        return lower not in k.named_heads and head not in k.named_heads and (
            head in k.org_heads or head in k.place_heads)

    def _names_nothing(self, word: str, start: int, end: int) -> bool:
        """Capitals that name no actor: an abbreviation of a measure or a document ("GDP", "FY"), or dotted
        capitals that cite a reference ("E.O. 13224", "22 U.S.C. 2751")."""
        if not is_acronym([word]):
            return False
        lower = word.lower()
        if lower in self.k.non_actor_abbreviations or lower.replace(".", "") in self.k.non_actor_abbreviations:
            return True
        return "." in word and (_REFERENCE_AFTER.match(self.text, end) is not None or (
            _NUMBER_BEFORE.search(self.text, max(0, start - 8), start) is not None))

    def _numbered_label(self, words: list[str], title_before: bool | None) -> bool:
        """Number words that label an anonymous speaker ("Number Two"; "One" or "A" after a title), not a name."""
        if all(w.lower() in self.k.label_numbers for w in words):
            if len(words) > 1:  # "Number Two"
                return True
        elif len(words) != 1 or len(words[0]) != 1:
            return False
        return self._title_left(self._run[0].start) if title_before is None else title_before

    def _title_left(self, start: int) -> bool:
        return self.titles.start_before(self.text, start) >= 0

    def _add(self, start: int, end: int, entry: Entry, known: bool) -> Found:
        """A mention of a known name (its kind from `[actors]` kinds when configured)."""
        kind = self.k.kinds.get(entry.canonical.lower(), entry.kind)
        f = Found(start, end, kind, entry.canonical, entry.actor, known=known)
        self.found.append(f)
        return f

    def _common_words(self, words: list[str]) -> bool:
        """Every word of the name is also written in lower case in the article ("Human Rights", "Fiscal Year",
        "National Day"): ordinary words in capitals, not a given name and a surname."""
        full = [w for w in words if len(w) > 1]
        return bool(full) and all(self.in_lowercase(w.lower()) for w in full)

    def _shape_person(self, start: int, end: int, words: list[str], before_title: bool) -> str:
        """The kind a person's shape alone gives: "person", or "" (cue "word") when the words are ordinary ones,
        a number follows ("Nord Stream 2") or a title does ("Special Presidential Envoy"). A reporting verb
        after ("Mark Green said") keeps the person."""
        if SAID_AFTER.match(self.text, end):
            return "person"
        if before_title or _NUMBER_AFTER.match(self.text, end) or self._common_words(words):
            return ""
        return "person"

    def _name(self, start: int, end: int, words: list[str], title_before: bool | None, aff: str,
              run_start: bool, before_title: bool = False) -> None:
        """A name of unknown kind, from the first cue that decides: head word, title before or in an apposition
        after, capitals (an acronym), a known city, a place preposition, "the" before, a person's shape, "said"
        after. A lone capitalised sentence opener seen nowhere else is dropped."""
        text, k = self.text, self.k
        of = _OF_INSIDE.search(text, start, end)
        kind = word_kind(words, k, text[start:of.start()].split() if of else None)
        if len(words) == 1 and self._lone_head(words[0], kind):
            # "the Department", "the Council": a name only as the article's one body with that head (see merge).
            self.found.append(Found(start, end, kind, clean(text[start:end]), cue="head"))
            return
        if len(words) == 1 and self._names_nothing(words[0], start, end):
            return
        if self._numbered_label(words, title_before):  # "Senior Official Number Two", "Official One": nobody
            return
        cue = ""
        if not kind and place_of(text, start):
            kind = "place"
        if not kind and _PHONETIC_AFTER.match(text, end):  # "Danny (ph)": a transcriber spelling a name heard
            kind, cue = "person", "title"
        if not kind and (self._title_left(self._run[0].start) if title_before is None else title_before):
            kind, cue = "person", "title"
            if not aff:
                aff = affiliation_left(text, k, self.titles, self.found, start)
        if not kind:
            apposition = _APPOSITION.match(text, end)
            if apposition and self.titles.inside.search(apposition.group(1)):
                kind, cue = "person", "title"
                aff = aff or affiliation_in(text, k, apposition.start(1), apposition.end(1))
        if not kind and not is_acronym(words) and person_apposition(text, k, end):
            kind, cue = "person", "title"
        if not kind and is_acronym(words):
            kind = "organization"
        if not kind:
            kind = place_kind(text, k, self.starts, words, start, end)
        if not kind and after_place_preposition(text, words, start):
            kind = "place"
        if not kind and len(words) >= 2 and (the_before(self.text, start) or agency_shape(k, words)):
            kind, cue = "organization", "the"  # "the Stamford Advocate", "Agence France-Presse": not a person
        if not kind and person_shape(text, k, words, start, end):
            kind = self._shape_person(start, end, words, before_title)
            cue = "shape" if kind else "word"
            if not kind:  # a name but no person's: see merge (a titled mention elsewhere makes it one)
                self.found.append(Found(start, end, "other", clean(text[start:end]), cue=cue))
                return
        if not kind and SAID_AFTER.match(text, end):
            kind = "person" if len(words) > 1 else "other"
        if not kind and run_start and len(words) == 1 and start in self.starts and text.count(words[0]) == 1:
            return  # a capitalised sentence opener seen nowhere else: most likely an ordinary word
        canonical = clean(text[start:end])
        self.found.append(Found(start, end, kind or "other", canonical, aff if kind == "person" else "",
                                 cue=cue))
