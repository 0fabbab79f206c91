"""Sanctions: announcements, threats, actions and revocations, with who imposes them on whom.

A sentence is a sanction statement only when a sanction term has a syntactic target ("sanctions
on X", "X was sanctioned", "designate X", "the revocation of X", "target X with sanctions",
"prohibit X from flying", "visas held by X"), an action verb right before it ("announced new
sanctions"), or a condition whose subject is the target ("sanctions, should Russia escalate").
A mention in passing ("faced with punishing Western sanctions") is not one.

Targets that point back ("It was designated", "the group", "these individuals") resolve to the
entity the previous sentence names or to the targets of the previous sanction statement. Status
comes from cue words (data file, first match wins) read up to the term, the condition anywhere in
the clause. The imposers come from a passive agent ("designated by X"), the words around the term,
a title ("the Deputy Secretary"), or the sentence before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property

from briefing.extract import _context, _imposers, _lexicon, _statement_model, _voice
from briefing.models import EntityMention, Sanction

# Where a target noun phrase stops.
_NP_STOP = (
    r"(?=\s*(?:[,;:()\"“”]|(?<!\b[A-Z])\.|[–—](?:\s|$)|$|\s(?:for(?!\s+(?-i:[A-Z]))|if|over|because|due to|after|"
    r"in response|should|and (?:we|they|I|he|she|it)\b|"
    r"in connection|under|pursuant|following|with|from|targeting|would|will|as(?! well as)|amid|despite|unless|until|"
    r"who|which|that|by|since|on the|is|are|was|were|has|have|remains?|remained|"
    r"had|be|been|being|could|may|might|can|to \w+ing|today|yesterday|earlier|later|last|this|next|"
    r"(?:in|on|at|since)\s+(?:\d+|the (?:past|last|next)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|"
    r"Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|"
    r"Dec(?:ember)?))\b))"
)
# A quoted name ("the so-called “Donetsk People’s Republic” region of Ukraine") is one phrase.
_QUOTED = (r"(?:the\s+)?(?:so-called\s+)?[“\"][^”\"]{2,80}[”\"](?:\s+(?:regions?|areas?|territor(?:y|ies))"
           r"(?:\s+of\s+[A-Z][\w’'\-]*)?)?")
# (a dot inside an abbreviation, "U.S.", does not end it)
_NP = (rf"(?P<np>{_QUOTED}|(?:the |those |these |several |various |a |an )?(?:[^,;:.()\"“”–—]|(?<=\b[A-Z])\.)"
       rf"{{2,240}}?{_NP_STOP})")
# what a name may carry before its verb: "(“OOO Fertoing”), a Russian maritime engineering company,"
_APPOSITIVE = r"(?P<app>(?:\s*\([^()]{1,60}\))?(?:,\s+(?:an?|the|one of)\s+[^;:()]{1,160}?,)?)"
_TERMS = r"(?:sanctions?|(?:restrictive )?measures|penalt(?:y|ies)|visa restrictions?|visa bans?|travel bans?|" \
    r"export controls?|embargo(?:es)?|asset freezes?|designations?|blacklist)"
_CAPITAL = r"(?-i:[A-Z0-9])"
# Lower-case words that may open a target named right after a past-tense verb ("designated former Prime Minister X").
_OPENERS = "|".join(sorted(_lexicon.target_openers(), key=len, reverse=True))
# A legal basis between the term and its target ("sanctions pursuant to Executive Order 14033 on seven individuals").
_LEGAL_BASIS = r"(?:(?:pursuant\s+to|under)\s+[^,;:]{1,60}?\s+)?"
# What a measure restricts before whom it restricts ("visa restrictions on the issuance of visas for X", "controls on
# the export of chips to X"): skipped, the target is X.
_OF_THING = (r"(?:(?:the\s+)?(?:issuance|issuing|granting|provision|sale|export|transfer|supply)\s+of\s+"
             r"(?:[\w\-]+\s+){1,3}?(?:to|for)\s+)?")
# A generic target and the relative clause that says whom it means: "those who provide critical support for the
# IRGC", "any actor that enables Iran’s weapons transfers", "anyone purchasing oil from Iran" (enabler verbs only:
# "those who attacked our troops" is no sanction target).
_GENERIC = (r"(?:those|anyone|anybody|any\s+(?:[\w\-]+\s+)?(?:actors?|persons?|individuals?|entit(?:y|ies)|"
            r"compan(?:y|ies)|firms?|institutions?|countr(?:y|ies)|states?|governments?)|all\s+(?:[\w\-]+\s+)?"
            r"(?:actors|persons|individuals|entities|companies|firms|institutions))")
_ENABLER = (rf"(?:\s+(?:who|that)\s+(?:\w+\s+){{0,2}}?|\s+(?=\w+ing\b))(?:{_lexicon.enabler_verbs()})"
            r"(?:[^,;:.()–—]|(?<=\b[A-Z])\.){0,120}?")
_ENABLER_REL = re.compile(rf"{_ENABLER}(?=\s+and\s+|\s*[,;:()–—]|(?<!\b[A-Z])\.|$)", re.IGNORECASE)
# Sanctions relief in talks ("the sanctions relief that we would be prepared to provide", "relief from nuclear
# sanctions", "the lifting of nuclear sanctions in return for …"): proposed; given ("granted sanctions relief"): lifted.
_RELIEF = re.compile(r"\bsanctions?[\s\-]+relief\b|\brelief\s+from\s+(?:[\w.]+\s+){0,2}?sanctions\b|"
                     r"\blifting\s+of\s+(?:\w+\s+){0,2}?sanctions\s+in\s+(?:return|exchange)\s+for\b", re.IGNORECASE)
# A negated action right before the term: "We did not announce sanctions", "have not yet imposed any sanctions on"
# (not "will not hesitate to impose", "not only imposed").
_NEGATED = re.compile(r"(?:\bnot|\bnever|n[’']t)\s+(?:yet\s+|already\s+|been\s+|be\s+|ever\s+)?(?:announc|impos|"
                      r"designat|sanction|levi|levy|enact|adopt|appl|implement|unveil)\w*\s+(?:[\w\-]+\s+){0,3}$",
                      re.IGNORECASE)
_ALONGSIDE = re.compile(r"\W*(?:coinciding|in\s+(?:coordination|conjunction|concert|parallel|tandem)|together|"
                        r"alongside|along|concurrent(?:ly)?|simultaneous(?:ly)?)\b[^,;:]{0,120},", re.IGNORECASE)
# Measures kept until a change: "will remain in place unless and until …", "continue to maintain pressure unless …"
_KEPT_UNTIL = re.compile(r"\b(?:remains?|remained|stay|stays|maintain\w*|keep\w*|continu\w*)\b[^.;]*\b"
                         r"(?:unless|until)\b", re.IGNORECASE)
# A speaker's aside names no status and sets no condition: "as we discussed today", "as we look at that", "if my
# math is right"
_ASIDE = re.compile(r"\bas\s+(?:we|I|you|he|she|they)(?:[’'](?:ve|re))?\s+(?:just\s+|also\s+)?(?:discussed|said|noted|"
                    r"mentioned|heard|seen|saw|know|look\s+at\s+(?:that|this|it))\b[^,;–—]{0,40}|"
                    r"\bif\s+(?:(?:my|this|the|our)\s+(?:\w+\s+)?(?:math|memory|count|numbers?|arithmetic|recollection)\s+"
                    r"(?:is|are)\s+(?:still\s+)?(?:right|correct|accurate)|I(?:[’']m|\s+am)\s+not\s+mistaken|"
                    r"I\s+(?:remember|recall)\s+(?:correctly|rightly|right)|you\s+will|I\s+may)\b", re.IGNORECASE)
# A measure carried on ("we will continue to impose costs … if Russia continues"): in force, whatever the condition
_CONTINUED = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+(?:to\s+)?\w+", re.IGNORECASE)
# An official announcing a measure in the present enacts it: "Today we are announcing visa restrictions against …"
_ENACTING = re.compile(r"\b(?:am|is|are|[’']re)\s+(?:\w+ly\s+|also\s+|today\s+)?announcing\b", re.IGNORECASE)
# The term is a passive participle whose subject is the clause before it ("… and C are designated as SDGTs"), no
# reporting or relative word between ("The EU said X is designated" keeps the EU).
_PASSIVE_TERM = re.compile(r"(?:(?!\b(?:that|said|says|announced|who|which|when|after|by)\b)[^;:.])*\b(?:is|are|was|"
                           r"were|been|remains?)\s+(?:\w+ly\s+)?(?:re-?)?(?:designated|sanctioned|blacklisted)\b",
                           re.IGNORECASE)
_CATEGORY = re.compile(r"(?:(?:Specially\s+Designated\s+)?Global\s+Terrorists?|(?:Foreign\s+)?Terrorist\s+"
                       r"Organi[sz]ations?|FTOs?|SDGTs?|SDNs?|Specially\s+Designated\s+Nationals?)$", re.IGNORECASE)
# Measures said to stay: "Those sanctions – every single one of them remains in place" is a statement of its own.
_UNTIL = re.compile(r"\b(?:until|unless)\s+(?!and\b|or\b)[^,;.]*", re.IGNORECASE)
# Measures named by their effect: "The powerful impact of sanctions will grow", "Russia can’t spend its revenues …
# because of sanctions", "due to the export controls".
_EFFECT_OF = re.compile(r"(?:\b(?:impact|effect|toll|bite|pain)s?\s+of|\bbecause\s+of|\bdue\s+to|"
                        r"\bas\s+a\s+result\s+of|\bthanks\s+to)\s+(?:the\s+|our\s+|these\s+|those\s+|such\s+)?(?:[\w\-]+\s+){0,2}$",
                        re.IGNORECASE)
# (not "As a result of this designation, U.S. persons are prohibited …", the action itself again)
_MEASURE_WORD = re.compile(r"(?:sanctions|export\s+controls|embargo|restrictive\s+measures)\b", re.IGNORECASE)
_KEPT = re.compile(r"\bremains?\s+in\s+(?:place|force|effect)\b", re.IGNORECASE)
_WHERE_DONE = re.compile(r"\b(?:in|into|inside|against|on|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
_WHERE = re.compile(r"\b(?:in|at|inside|near|from)\s+(?:the\s+)?$", re.IGNORECASE)
_RELIEF_GIVEN = re.compile(r"\b(?:granted|gave|given|provided|extended|delivered|received)\s+(?:\w+\s+){0,3}$",
                           re.IGNORECASE)
# Where a passive's subject starts: after a subordinator ("… until and unless they may be …", "activities for which
# persons could be sanctioned"); also after "and" unless it heads a relative ("my colleagues and counterparts who …").
_SUBORDINATOR = r"that|after|when|while|if|unless|until|because|once|(?:for|by|under|with|in|to) which"
_SUBJECT_CUT_RELATIVE = re.compile(rf"\b(?:{_SUBORDINATOR})\b", re.IGNORECASE)
_SUBJECT_CUT = re.compile(rf"\b(?:and|{_SUBORDINATOR})\b", re.IGNORECASE)
_QUANTIFIER_OF = re.compile(r"^\W*(?:all|both|each|some|most|many|several|two|three|four|five)\s+of\s*$", re.IGNORECASE)
_VERB_LIST = re.compile(r"^(?:(?:or\s+|and\s+)?(?:ban(?:s|ned|ning)?|(?:restrict|sanction|designat|prohibit|block|"
                        r"freez|target|penali[sz])\w*)\b,?\s+)+(?=\S)", re.IGNORECASE)
_ENABLER_CLAUSE = re.compile(rf"^[^,;]{{2,60}}?\s(?:who|that)\s+(?:\w+\s+){{0,2}}?(?:{_lexicon.enabler_verbs()})",
                             re.IGNORECASE)
_GENERIC_PHRASE = re.compile(rf"(?:the\s+)?{_GENERIC}", re.IGNORECASE)
_WHO = re.compile(r"\s+(?:who|that)\s")
_TARGET_PATTERNS = [
    re.compile(rf"\b{_TERMS}(?:,(?=\s+against\b))?\s+(?:\w+\s+){{0,2}}?(?:to\s+(?:promote|ensure|advance|pursue|seek)\s+accountability\s+)?"
               rf"{_LEGAL_BASIS}(?:on|against|targeting)\s+{_OF_THING}{_NP}",
               re.IGNORECASE),
    re.compile(r"(?:(?<=\bre-)|(?<!-))\b(?-i:(?:re)?designat(?:e|es|ing)|"
               r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
               rf"(?:designated|sanctioned|blacklisted)(?=\s+(?:(?i:{_OPENERS})[\s\-]|{_CAPITAL}))|sanctioning|"
               rf"blacklisting|(?:to|will|would|could|may|might|must|should) sanction|"
               r"(?:to|will|would|also) name"
               r"(?=\s+(?:\w+\s+)?(?:entities|individuals|persons|companies|firms|officials)\b))"
               rf"\s+(?:for\s+sanctions\s+)?(?!as\b|for\b|on\b){_NP}",
               re.IGNORECASE),
    # a relative clause that imposes: "the sanctions that dozens of countries have imposed on Russia"
    re.compile(rf"\b{_TERMS},?\s+(?:that|which)\s+(?:[\w.’'\-]+\s+){{1,5}}?(?:impos(?:e|es|ed|ing)|levied|wielded|maintain(?:s|ed)?|"
               r"placed|put in place|appl(?:y|ies|ied)|enact(?:s|ed)|adopt(?:s|ed)|announc(?:e|es|ed))\s+(?:\w+\s+)?"
               rf"(?:on|against)\s+{_NP}", re.IGNORECASE),
    # sanctions without a sanction word: "went after additional Russian oligarchs", "targeted senior officials"
    re.compile(r"(?<!\bwhich )(?<!\bthat )(?<!\bprotect )\b(?:target(?:s|ed|ing)?|(?:went|go|goes|going|gone)\s+after)"
               r"\s+(?!of\b)"
               rf"(?=(?:\S+\s+){{0,5}}?(?:{_lexicon.implicit_heads()})\b|{_GENERIC}{_ENABLER}){_NP}",
               re.IGNORECASE),
    # "to hold Russia to account", "hold accountable those officials"
    re.compile(rf"\bhold(?:s|ing)?\s+(?:to\s+account|accountable)\s+{_NP}", re.IGNORECASE),
    re.compile(r"\bhold(?:s|ing)?\s+(?P<np>(?:the\s+)?(?-i:[A-Z])[^,;:.]{1,60}?|those\s+[^,;:.]{1,60}?)\s+"
               r"(?:to\s+account|accountable)\b", re.IGNORECASE),
    re.compile(rf"\b(?:target(?:s|ed|ing)?|hit(?:s|ting)?|slap(?:s|ped|ping)?)\s+{_NP}\s+with\s+(?:\w+\s+){{0,3}}?"
               r"(?:sanctions|measures|penalties|restrictions)", re.IGNORECASE),
    # "Transmorflot LLC, a Russian shipping company that transports weapons for the GoR, is being designated"
    re.compile(rf"(?:^|[,;:]\s*|\s[–—]\s*|\b(?:and|that)\s+){_NP}{_APPOSITIVE}(?P<rel>\s+(?:who|that|which))?\s+(?:was|were|"
               r"has been|have been|is|are|will be|would be|"
               r"had been|is being|are being|will remain|remain|remains|"
               r"(?:may|might|could|can|will|would|shall)\s+(?:(?:also|now|soon|\w+ly)\s+){0,2}be(?=\s+(?:\w+ly\s+)?(?:re-?)?(?:sanctioned|designated|"
               r"blacklisted)))\s+(?:\w+ly\s+)?(?:re-?)?(?:sanctioned|"
               r"sanctionable|designated|blacklisted|targeted with sanctions|revoked|lifted|delisted|"
               r"(?:removed|dropped) from|"
               # measures in force on the subject: "Iran has been under heavy sanctions since 2018"
               r"under\s+(?:(?!(?:from|of|by|for|to|with|pressure|threat)\s)[\w.’'\-]+\s+){0,3}?"
               r"(?:sanctions|(?:an?\s+)?(?:\w+\s+)?(?:embargo|asset freeze))\b)",
               re.IGNORECASE),
    re.compile(rf"\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?)\s+{_NP}(?:,[^,]{{1,60}},)?"
               r"\s+from\s+(?:flying|operating|landing|entering|traveling|travelling)", re.IGNORECASE),
    # a nominalisation takes a definite or counted object ("the revocation of five FTO designations"), not a bare
    # plural ("the delisting of deceased individuals ensures …" is a generic statement)
    re.compile(rf"\b(?:revocation|removal|delisting|lifting|designation|listing)s?\s+of\s+(?=the\s|these\s|those\s|"
               rf"[\d(]|(?:one|two|three|four|five|six|seven|eight|nine|ten|all|several)\s|{_CAPITAL}){_NP}",
               re.IGNORECASE),
    re.compile(rf"\bvisas?\s+(?:held\s+by|of|belonging\s+to)\s+{_NP}", re.IGNORECASE),
    # "That will remain in place against Iran"
    re.compile(rf"\bremains?\s+in\s+(?:place|force|effect)\s+(?:against|on)\s+{_NP}", re.IGNORECASE),
    # "the sanctions imposed by Canada on Belarus"
    re.compile(rf"\b{_TERMS}\s+(?:imposed|levied|placed)\s+by\s+[^,;:]{{1,80}}?\s+(?:on|against)\s+{_NP}",
               re.IGNORECASE),
    # measures in force: "a comprehensive sanctions regime that is in place against Iran"
    re.compile(r"\b(?:sanctions?|embargo(?:es)?|export controls|visa restrictions|restrictive measures|asset freezes?)"
               r"(?:\s+(?:regimes?|programs?|programmes?|packages?))?,?\s+(?:(?:that\s+|which\s+)?(?:is|are|remains?|"
               r"remained|was|were|has been|have been|will remain)\s+(?:\w+ly\s+)?)?in\s+(?:place|force|effect)\s+"
               rf"(?:against|on)\s+{_NP}", re.IGNORECASE),
    # sanctions without a sanction word: "impose severe costs on Russia", "restrictions on security assistance to X"
    re.compile(rf"\bimpos(?:e|es|ed|ing)\s+(?:\S+\s+){{0,3}}?costs?\s+on\s+{_NP}", re.IGNORECASE),
    re.compile(rf"\brestrictions?\s+on\s+(?:\S+\s+){{0,4}}?assistance\s+(?:to|for)\s+{_NP}", re.IGNORECASE),
    re.compile(r"\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?)\s+(?:all\s+)?(?:new\s+)?"
               r"(?:investments?|trade|imports?|exports?|financing|transactions)\b(?:[^.;:]|\.(?=\S|\s+[a-z])){0,80}?\b(?:in|into|to|from|"
               rf"with)\s+{_NP}", re.IGNORECASE),
]
# the speaker as the target: "I was sanctioned by the Russians" (a one-letter phrase the pattern above cannot take)
_TARGET_PATTERNS.append(re.compile(r"(?:^|[,;]\s*|\b(?:and|that|when|after)\s+)(?P<np>I|we)\s+(?:was|were|am|are|have "
                                   r"been|had been|have also been)\s+(?:\w+ly\s+)?sanctioned\b"))
# "X may also be subject to these restrictions", "entities that are subject to sanctions"
_TARGET_PATTERNS.append(re.compile(
    rf"(?:^|[,;:]\s*|\s[–—]\s*|\b(?:and|that)\s+){_NP}\s+(?:(?:is|are|was|were|will|would|may|might|could|shall)\s+(?:also\s+)?"
    r"(?:be\s+|become\s+)?|remains?\s+|becomes?\s+)subject\s+to\b", re.IGNORECASE))
_PASSIVE_TARGET = 7  # index of the passive pattern (its phrase is before the verb)
# What a target pattern cannot match without, searched in the lower-cased sentence (index -> pattern).
_PATTERN_NEEDS = {len(_TARGET_PATTERNS) - 2: re.compile("sanctioned"),
                  len(_TARGET_PATTERNS) - 1: re.compile("subject to"),
                  _PASSIVE_TARGET: re.compile(r"\b(?:was|were|been|is|are|be|being|remains?)\s+(?:\w+ly\s+)?(?:re-?)?"
                                              r"(?:sanction|designat|blacklist|targeted|revoked|lifted|delisted|removed|"
                                              r"dropped|under\s)")}
# Measures without a sanction word (sanction_implicit_terms.txt): "the massive costs that would befall Russia",
# "denying Russia parts", "Russia’s access to technology", "curtailed assistance to X".
_NAME = r"(?P<np>(?:the\s+)?(?-i:[A-Z])[\w’'\-.]*(?:\s+(?-i:[A-Z])[\w’'\-.]*){0,3})"
# A sanctions list by name: "the Entity List", "the list of Specially Designated Nationals and Blocked Persons"
_LIST_NAME = r"(?:(?:Entity|SDN|sanctions)\s+List|(?:list\s+of\s+)?Specially\s+Designated\s+Nationals)"
_GOODS = r"(?:parts|technolog(?:y|ies)|semiconductors|microelectronics|chips|components|inputs|goods|items|equipment)"
for _need, _pattern in (
    ("assets", rf"\b(?:freez\w*|frozen)\s+(?:the\s+)?(?:\S+\s+){{0,3}}?assets\s+(?:of|held\s+by|belonging\s+to)\s+"
               rf"{_NP}"),
    ("costs", rf"\bcosts\b[^.;:]{{0,60}}?\b(?:befall|be imposed on|fall on)\s+{_NP}"),
    ("conse", rf"\b(?:massive|severe|serious|heavy|profound|grave|significant)\s+(?:costs|consequences)\s+"
              rf"(?:for|on)\s+(?!\w+ing\s|its\s|their\s|his\s|her\s|any\s){_NP}"),  # not a reason ("for attacking")
    # "impose massive costs and massive consequences on Russia", "the costs that we’ve imposed on Russia"
    ("costs", rf"\bimpos\w*\s+(?:\S+\s+){{0,3}}?costs\s+and\s+(?:\S+\s+){{0,2}}?\w+\s+on\s+{_NP}"),
    ("costs", rf"\bcosts\s+(?:that|which)\s+(?:\S+\s+){{1,3}}?impos\w*\s+on\s+{_NP}"),
    # "apply pressure to the Houthis, including through sanctions", "pressure – economic, financial pressure – on Iran"
    ("pressure", rf"\bpressure(?:\s+[–—][^–—]{{1,60}}[–—])?\s+(?:on|to|against)\s+{_NP}"),
    # "eject Russia from the international economic order", "isolate Russia from the global financial system"
    ("from", r"\b(?:eject|expel|isolat|exclud|cut(?:s|ting)?\s+off|remov|disconnect)\w*\s+(?!from\b)"
             r"(?P<np>[^,;:]{2,60}?)\s+from\s+(?:the\s+)?(?:international|global|world)"),
    ("ability", rf"\brestrict(?:s|ed|ing)?\s+{_NAME}[’']s\s+ability\s+to"),
    # "Half of the Kremlin’s reserves are frozen abroad": the owner of what is frozen
    ("frozen", rf"{_NAME}[’']s\s+(?:\S+\s+){{0,2}}?(?:assets|reserves|funds|money|holdings|wealth|revenues)\s+"
               r"(?:\S+\s+){0,2}?(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:\w+ly\s+)?frozen"),
    # "The 11 individuals and vessel sanctioned today play …": a reduced relative clause dated today
    ("today", r"(?:^|[,;:]\s*)(?P<np>(?:the\s+)?(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
              r"twelve))\s+[^;:]{2,120}?)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:sanctioned|designated)"
              r"\s+today\b"),
    # "the U.S. designation under Section 7031(c) in December 2021 of X"
    ("designation", rf"\bdesignation\s+(?:under|pursuant\s+to)\s+[^,;:]{{1,40}}?\s+(?:in|on)\s+[A-Z][a-z]+"
                    rf"(?:\s+\d{{1,2}},?)?(?:\s+\d{{4}})?\s+of\s+{_NP}"),
    # "any foreign financial institution that … could be subject to sanctions", "persons that … may be exposed to"
    ("to", r"(?:^|[,;:]\s*)(?P<np>(?:any|all|those|(?:[\w\-]+\s+){0,3}?(?:persons|institutions|"
           rf"{_lexicon.implicit_heads()}))\b[^,;:]{{0,60}}?)\s+"
           r"(?:that|who|which)\b[^;:]{0,200}?\b(?:may|could|will|would|might|shall)\s+(?:also\s+|themselves\s+)?"
           r"be\s+(?:subject|exposed)\s+to\b"),
    # "any Russian invasion of Ukraine would be met with …"
    ("any", r"\bany\s+(?:further\s+|renewed\s+|new\s+)?(?P<np>(?-i:[A-Z])[\w’'\-]*)\s+(?:invasion|aggression|attack|"
            r"incursion|escalation|military action)\b"),
    ("den", rf"\b(?:deny|denies|denied|denying)\s+{_NAME}(?![’']s)\s+(?:\S+\s+){{0,3}}?{_GOODS}"),
    ("den", r"\b(?:deny|denies|denied|denying)\s+(?P<np>[^,;:]{2,60}?)\s+access\s+to\b"),
    ("access", rf"{_NAME}[’']s\s+access\s+to\s+(?:\S+\s+){{0,3}}?{_GOODS}"),
    ("assistance", rf"\b(?:curtail|cut|suspend|halt|pause|withh[eo]ld|terminat|reduc)\w*\s+(?:\S+\s+){{0,3}}?"
                   rf"assistance\s+(?:to|for)\s+{_NP}"),
    # "raising the costs on the Kremlin", "place mounting costs on the Russian Federation": on a named actor only
    ("costs", rf"\b(?:rais|plac|increas)(?:e|es|ed|ing)\s+(?:\S+\s+){{0,3}}?costs?\s+on\s+{_NAME}"),
    # "X is being added to the Entity List", "OFAC has added X to the SDN List"
    ("added", rf"(?:^|[,;:]\s*|\s[–—]\s*|\b(?:and|that)\s+){_NP}{_APPOSITIVE}\s+(?:is|are|was|were|has\s+been|"
              r"have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:being\s+)?(?:(?:also|now|concurrently|\w+ly)\s+){0,2}"
              rf"added\s+to\s+(?:the\s+)?(?:[\w’'.]+\s+){{0,4}}?{_LIST_NAME}"),
    ("added", rf"\badd(?:s|ed|ing)?\s+(?P<np>[^;:]{{2,200}}?)\s+to\s+(?:the\s+)?(?:[\w’'.]+\s+){{0,4}}?{_LIST_NAME}"),
    # the second of two statements in a sentence, its term left out: "… and are considering more on Y"
    ("more", rf"\b(?:more|others|further ones|additional ones)\s+(?:on|against)\s+{_NP}"),
):
    _PATTERN_NEEDS[len(_TARGET_PATTERNS)] = re.compile(_need)
    _TARGET_PATTERNS.append(re.compile(_pattern, re.IGNORECASE))
# "Anyone purchasing oil from Iran faces the prospect of U.S. sanctions", "those who help them could face sanctions"
_PATTERN_NEEDS[len(_TARGET_PATTERNS)] = re.compile(r"\b(?:face|risk)")
_TARGET_PATTERNS.append(re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|that)\s+)(?P<np>{_GENERIC}{_ENABLER})\s+(?:(?:could|would|will|may|might)\s+)?"
    rf"(?:also\s+)?(?:faces?|risks?)\s+(?:the\s+(?:prospect|risk|threat)\s+of\s+)?(?:[\w.\-]+\s+){{0,2}}?{_TERMS}",
    re.IGNORECASE))
# A clause's subject of up to four words, not a pronoun or a relative word: "the Russian government", "Hamas"
_CLAUSE_SUBJECT = (r"(?:^|[,;:]\s*|\b(?:and|that)\s+)(?P<np>(?:the\s+)?"
                   r"(?:(?!(?:that|which|who|said|says|I|we|you|they|he|she|it)\s)[\w’'\-.]+\s+){0,3}?[\w’'\-.]+)\s+")
# "the Russian government would face profound consequences were it to …", "Iran could face new sanctions": a subject
# that names an actor (not "Farmers face high costs")
_NAMED_SUBJECT = len(_TARGET_PATTERNS)
_PATTERN_NEEDS[len(_TARGET_PATTERNS)] = re.compile(r"\b(?:face|risk)")
_TARGET_PATTERNS.append(re.compile(
    _CLAUSE_SUBJECT + r"(?:(?:could|would|will|may|might)\s+)?(?:also\s+)?(?:faces?|risks?)\s+"
    rf"(?:the\s+(?:prospect|risk|threat)\s+of\s+)?(?:[\w.\-]+\s+){{0,3}}?(?:{_TERMS}|consequences|costs)\b",
    re.IGNORECASE))
# "Hamas is a designated Foreign Terrorist Organization", "the group remains a U.S.-designated FTO": the subject
_DESIGNATED_AS = len(_TARGET_PATTERNS)
_PATTERN_NEEDS[len(_TARGET_PATTERNS)] = re.compile(r"designated")
_TARGET_PATTERNS.append(re.compile(
    _CLAUSE_SUBJECT + r"(?:is|are|was|were|remains?|has been|have been)\s+(?:also\s+|still\s+)?"
    r"(?:an?\s+)?(?:(?:U\.S\.|UN|U\.N\.|EU)[\s\-]+)?designated\s+(?:(?:foreign\s+)?terrorist\s+organi[sz]ations?|FTOs?|"
    r"SDGTs?|(?:Specially\s+Designated\s+)?Global\s+Terrorists?)\b", re.IGNORECASE))
# "… and are considering more on Y": an elided term after a statement's own, in a later clause
_ELLIPSIS = re.compile(r"\b(?:more|others|further ones|additional ones)\s+(?:on|against)\s", re.IGNORECASE)
# Where one sentence holds two statements: between clauses with their own verb ("…, but it imposed …", "… and are
# considering …", "; we also …").
_TWO_CLAUSES = re.compile(r",?\s+(?:but|while|whereas)\s+|;\s+|,\s+and\s+|\s+and\s+(?=(?:(?:we|they|I|he|she|it)\s+)?"
                          r"(?:also\s+)?(?:is|are|was|were|will|would|has|have|had|am)\b)")
# A clause after "and" that shares the subject of the one before: "…, and would include sanctions on Iran Air".
_SHARED_SUBJECT = re.compile(r"(?:also\s+)?(?:is|are|was|were|will|would|has|have|had|am)\b", re.IGNORECASE)
_EXPOSED = re.compile(r"\b(?:may|might|could|would)\s+(?:also\s+|themselves\s+)*be\s+(?:subject|exposed)\s+to\b",
                      re.IGNORECASE)
# A threat looks ahead: "there will be a swift and severe response", "should anticipate further actions".
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|could|should|shall|may|might|if|unless|prepared|ready|going to|"
                          r"anticipate|expect|face|warn\w*)\b", re.IGNORECASE)
_IMPLICIT = re.compile(r"(?:target\w*|went|go|goes|going|gone)\b", re.IGNORECASE)
_ACTION_VERBS = (
    r"(?:announc(?:e|es|ed|ing)|(?<=[’']s )announcements?\s+(?:\w+\s+)?of|impos(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|"
    r"unveil(?:s|ed|ing)?|levied|levy|"
    r"slap(?:s|ped|ping)?|pil(?:e|es|ed|ing)|enact(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|"
    r"approv(?:e|es|ed|ing)|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|"
    r"implement(?:s|ed|ing)?|revok(?:e|es|ed|ing)|delist(?:s|ed|ing)?|"
    r"consider(?:s|ed|ing)?|propos(?:e|es|ed|ing)|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|"
    r"trigger(?:s|ed|ing)?|provok(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|draw(?:s|ing)?|put(?:s|ting)? in place|"
    r"appl(?:y|ies|ied|ying)|craft(?:s|ed|ing)?|wield(?:s|ed|ing)?|advance(?:s|d|ment of)?|advancing|"
    r"work(?:s|ed|ing)? on (?:(?:the|their|its|our|a|an) )?(?:new|next|further|additional|another|more|latest|"
    r"\w+th)|mov(?:e|es|ed|ing) (?:forward|ahead) with|"
    # weighing measures in speech: "we are evaluating every single day the sanctions", "looking every day at measures"
    r"evaluat(?:e|es|ed|ing)|look(?:s|ed|ing)\s+(?:(?:every|each)\s+(?:single\s+)?day\s+|again\s+|closely\s+)?at|"
    # "we're aligned with dozens of countries … on the most powerful sanctions": acting together
    r"align(?:s|ed|ing)?\s+with\s+[^.;:]{1,80}?\s+on|putting|puts)"
)
# The term as the subject of a passive action ("New EU sanctions package is being prepared", "the measures were
# adopted"): announced, prepared or imposed.
_PASSIVE_ACTION = re.compile(
    r"[\w\-]*(?:\s+(?:packages?|tranches?|rounds?|lists?|regimes?))?\s+(?:is|are|was|were|has been|have been|"
    r"had been|will be|would be|could be|to be)\s+(?:being\s+)?(?:\w+ly\s+)?(?:prepared|imposed|adopted|announced|"
    r"approved|agreed|introduced|enacted|implemented|levied|unveiled|drafted|finali[sz]ed|put in(?:to)? place|"
    r"frozen|immobili[sz]ed)\b|"
    # a reduced relative with its agent or object: "the sanctions imposed by the United States", "levied on Russia"
    r"[\w\-]*\s+(?:imposed|levied|placed|adopted|enacted)\s+(?:by|on|against)\b",
    re.IGNORECASE)
_ACTION_BEFORE = re.compile(rf"\b{_ACTION_VERBS}\s+(?:\w+,?\s+){{0,4}}$", re.IGNORECASE)
# A relative clause after the term names the action ("other sanctions that the U.S. is mulling").
_ACTION_AFTER = re.compile(r"[\w\-]*,?\s+(?:that|which)\s+(?:[\w.’'\-]+\s+){1,4}?(?:(?:is|are|was|were|has|have|had|"
                           rf"will|would|could|may|might)\s+(?:been\s+|be\s+)?)?(?:\w+ly\s+)?{_ACTION_VERBS}\b",
                           re.IGNORECASE)
# The speaker's own relative clause after the term ("the sanctions we announced today", "export controls that we put
# in place"): the speaker's government acts.
_SELF_AFTER = re.compile(r"[\w\-]+(?:\s+[\w\-]+)?,?\s+(?:that\s+|which\s+|what\s+)?(?:we|I)(?:[’'](?:ve|d))?\s+"
                         rf"(?:\w+\s+){{0,2}}?{_ACTION_VERBS}\b")
# A term that is the verb of its clause, after a pronoun subject and any auxiliaries ("we have now sanctioned", "they
# are designating"): an action, whatever its object. (A capitalised subject also took headings and posts: "ENTITIES
# DESIGNATED BY …", "Entities designated for …".)
_VERBAL_TERM = re.compile(r"(?:re-?)?(?:sanction(?:ed|ing)?|designat(?:e|es|ed|ing)|blacklist(?:s|ed|ing)?)\b",
                          re.IGNORECASE)
_ACTIVE_SUBJECT = re.compile(r"\b(?:we|I|they|he|she)(?:[’'](?:ve|re|ll|d))?"
                             r"\s+(?:(?:have|has|had|are|is|am|will|would|also|now|just|today|already|again|then|"
                             r"further|previously|\w+ly)\s+){0,3}$", re.IGNORECASE)
# "designated X as the Chief Sustainability Officer", "as having access to …": a designation that is no sanction
# ("installed as a mayor", "known as", "such as" are inside the object)
_DESIGNATED_OTHER = re.compile(r"(?:[^.;:]|(?<=\b[A-Z])\.){0,80}?(?<!ed )(?<!ing )(?<!such )\bas\s+(?!well\b|"
                               r"(?:an?\s+|the\s+)?(?:Specially|Foreign|Global|Terrorist|SDGT|FTO|SDN|State\s+Sponsor)\b)",
                               re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|[’']re|[’']s)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_COSTS = re.compile(r"impos\w*\s+(?:\S+\s+){0,3}?costs?\b", re.IGNORECASE)
# "Our export controls have been biting": the speaker's own measures, said to be in force (not "our sanctions need
# not be identical", a generic remark)
_OWN_TERM = re.compile(r"\b[Oo]ur\s+(?:[\w\-]+\s+){0,2}$")
_OWN_VERB = re.compile(r"[\w\-]+(?:\s+[\w\-]+)?\s+(?:have|has|had|are|were|is|was)\b(?!\s+not\b)")
# A self-reference that is the subject of a passive ("I was sanctioned by the Russians") is a target, not the imposer.
_PASSIVE_AFTER = re.compile(r"(?:[’']\w+)?(?:\s+(?:was|were|am|are|is|have|has|had|been|being|be|will|would|not|"
                            r"\w+ly))+\s+(?=\w+ed\b)")
# "the President" with no name or country after it: the head of state of the article's government.
_BARE_PRESIDENT = re.compile(r"\b(?:[Tt]he|[Oo]ur) President\b(?!\s+(?:of\b|[A-Z]))")
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+[—–]\s+")
_CONDITION = re.compile(
    r"(?:(?:^|[:;]\s+)[“\"]?should\s+(?:those|these|any|the|its|their)\s+\w+|"
    r"\bshould\s+(?:it|they|he|she)\s+\w+|"
    r"\b(?:if(?!\s+you\s+(?:\w+ly\s+)?(?:look|see|saw|recall|remember|will|consider|ask|think|take|go|read|followed)\b)|"
    r"(?<!until and )unless(?! and until)|should\s+(?:the\s+)?(?-i:[A-Z])[\w’'\-]*\s+\w+|were\s+\w+(?:\s+\w+)?\s+to|"
    r"in the event(?: that)?|"
    r"provided that)\b)[^,;.]*",
    re.IGNORECASE,
)
# A target on the speaker's side ("my counterparts that have been sanctioned"): the speaker's government does not
# impose on it.
_SPEAKER_SIDE = re.compile(r"(?:I|we|us|me|(?:my|our)\s.*)$", re.IGNORECASE)
_REFLEXIVE = re.compile(r"\b(?:on|against)\s+(?:itself|themselves)\b", re.IGNORECASE)
_NEW = r"new(?!\s+(?-i:Zealand|York|Delhi|Caledonia|Jersey|Mexico|Hampshire|England|Guinea))"  # not a place's name
_FORWARD = re.compile(rf"\b(?:{_NEW}|additional|further|more|massive|severe|tough|would|will|could)\b", re.IGNORECASE)
_AHEAD = re.compile(rf"\b(?:{_NEW}|next|upcoming|forthcoming|would|will|shall|could|going to)\b",
                    re.IGNORECASE)
_POLICY = re.compile(r"\bannounc(?:e|es|ed|ing)\s+(?:a|an|the|this)\s+(?:[\w\-]+\s+){0,3}?polic(?:y|ies)\b"
                     r"(?!\s+(?:measures|steps|actions|tools|options|changes)\b)",  # not "policy measures"
                     re.IGNORECASE)
# A term that opens its clause as a subject: "these sanctions", "The export controls", "EU sanctions", "Sanctions".
_SUBJECT_TERM = re.compile(r"(?:^|[,;:]\s+|\s[–—]\s+|\b(?:and|but|because|that|so|as|while)\s+)[“\"]?"
                           r"(?:(?:the|these|those|our|their|its|such)\s+)?(?:(?!(?:of|on|for|about|to|with|in|over|from)\s)[\w\-’']+\s+){0,2}$",
                           re.IGNORECASE)
_SPLIT_TARGETS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|\bas well as\b)\s*")
_PRONOUN_TARGET = re.compile(r"^(?:it|its|they|them|he|him|she|her)$", re.IGNORECASE)
_BAD_TARGET = re.compile(r"^(?:this|that|these|those|us|you|which|who|what|embargo|sanctions|"
                         r"(?:some|any|every|no)thing\b.*|(?:some|any|every|no)(?:one|body)(?!\s+(?:who|that)\s|\s+\w+ing\b).*|"
                         r"under\b.*|pursuant\b.*)$", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"^(?:these|those|such|the same|the (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|\w+teen|\w+ty))\b", re.IGNORECASE)
_TERM_HEAD = re.compile(rf"\b{_TERMS}$", re.IGNORECASE)
_DETERMINERS = re.compile(r"^(?:the|a|an|new|further|additional|its|their|so-called|today)\s+", re.IGNORECASE)
# Short parentheticals and nicknames inside names are blanked (same length) before matching phrases.
_MASK = re.compile(r"\s\((?:[^()\s]+\s?){1,3}\)|(?<=\b[A-Z][a-z]) [“\"][A-Z][\w’'\-]*[”\"](?= [A-Z])")
_NICKNAME = re.compile(r"(?<=\b[A-Z])([a-z’'\-]+)( [“\"][A-Z][\w’'\-]*[”\"])(?= [A-Z])")
# After the term, the verb group of a passive ("these designations are being revoked") still belongs to it.
_VERB_AFTER = re.compile(r"(?:\s+(?:is|are|was|were|will|would|be|been|being|has|have|had|not|remain|\w+ly))+\s+\w+")
_BACK = "back-reference"  # the measure name of "these actions" in sanction_terms.txt
_ANAPHOR_KINDS = {"person": ("person",), "organization": ("organization", "other"), "any": ("organization", "person")}


def find_sanctions(
    text: str, published: date | None = None, article: str = "", knowledge: object = None, source: str = ""
) -> list[Sanction]:
    """Every sentence of `text` that announces, threatens, imposes or lifts a sanction.

    `source` (the article's URL, domain, outlet or author) names the government whose voice the text is, if any:
    its "we", "our", "the Department" impose. Questions and journalists' turns in a transcript are never statements.
    The rules find statements by their terms; the sentence model then adds those the rules left.
    """
    found = _rule_pass(text, published, article, knowledge, source)
    if found is None:
        return []
    learned = _article_voice(_learned_statements(found), found.out)
    out = sorted([*found.out, *learned], key=lambda r: (r.start, r.end))
    return _implied_targets(found.ctx, _carried_targets(found, out), found.voice)


def sentence_examples(text: str, published: date | None = None, article: str = "", source: str = ""
                      ) -> list[tuple[str, set[str]]]:
    """Every sentence the sentence model may score, with its features: the model's training examples (see
    benchmarks/train_sanction_model.py). A text with no sanction cue has none, as find_sanctions scores none."""
    found = _rule_pass(text, published, article, None, source)
    if found is None:
        return []
    sentences = [(found.ctx.text[slice(*found.ctx.sentences[index])], feats) for index, _turn, feats in _scored(found)]
    return [(sentence, feats) for sentence, feats in sentences if not _is_question(sentence)]


@dataclass
class _RulePass:
    ctx: _context.Context
    out: list[Sanction]  # the rules' statements, in sentence order
    turns: list[_voice.Turn]
    voice: str  # the government whose release it is
    governments: dict[str, str]  # transcript turn label -> the government its speaker acts for
    term_sentences: set[int]  # the sentences holding a named sanction term's cue
    cue_sentences: set[int]  # those and the ones holding a cue of a measure without a sanction word

    def government(self, turn: _voice.Turn | None) -> str:
        if turn is None:
            return self.voice
        if not self.governments:
            self.governments.update({label: _voice.speaker_government(self.ctx, label, self.voice)
                                     for label in {t.label for t in self.turns if not t.press}})
        return self.governments.get(turn.label, self.voice)

    @cached_property
    def surnames(self) -> dict[str, str]:
        """The last word of each official's turn label -> their government ("price" -> "United States")."""
        if self.turns:
            self.government(self.turns[0])  # fills the governments
        return {label.split()[-1].lower(): g for label, g in self.governments.items() if g}


def _rule_pass(text: str, published: date | None, article: str, knowledge: object, source: str) -> _RulePass | None:
    """The statements the rules find; None when the text holds no sanction cue at all."""
    lowered = text.lower()  # a case-blind search of many literals is several times slower than lower()
    if len(lowered) != len(text):  # a few characters grow when lowered: offsets would shift
        lowered = text
    named_cues, unnamed_cues = _cue_sets()
    cues, implicit_cues = [], []
    for m in _lexicon.sanction_cue_re(lowered is text).finditer(lowered):
        cue = m.group().lower()
        if cue in named_cues:
            cues.append(m.start())
        if cue in unnamed_cues:
            implicit_cues.append(m.start())
    if not cues and not implicit_cues:
        return None
    terms, measures = _lexicon.sanction_term_re()
    ctx = _context.build(text, published, article, knowledge)
    # the term patterns are costly: only sentences holding a cue word are searched
    named = {ctx.sentence_of(at) for at in cues}
    unnamed = {ctx.sentence_of(at) for at in implicit_cues}
    found_pass = _RulePass(ctx, [], _voice.turns(text), _voice.source_government(source), {}, named, named | unnamed)
    out, turns = found_pass.out, found_pass.turns
    for index in sorted(named | unnamed):
        s, e = ctx.sentences[index]
        found = [(m.start(), measures[int(m.lastgroup[1:])]) for m in terms.finditer(text[s:e])
                 if not _in_passing(text[s:e], m.start())] if index in named else []
        implicit = _implicit_terms(text[s:e], found) if index in unnamed else {}
        if implicit:
            found = sorted([*found, *(term for term, _kind in implicit.values())])
            implicit = {at: kind for at, (_m, kind) in implicit.items()}
        elided = _ELLIPSIS.search(text, s + found[0][0] + 1, e) if found else None
        if elided:
            found.append((elided.start() - s, found[0][1]))
        if not found or _is_question(text[s:e]):
            continue
        if all(meas == _BACK for _at, meas in found) and (not out or index - out[-1].sentence > 8):
            continue  # "these actions" far from any statement (the exact test is in _sanction)
        turn = _voice.turn_at(turns, s) if turns else None
        if turn is not None and turn.press:
            continue  # a journalist's turn is never a statement, whatever it states (convention of the labelled sets)
        gov = found_pass.government(turn)
        records = _statements(ctx, index, found, out, gov, found_pass.surnames, implicit)
        for record, weak in records:
            record = _attributed(ctx, record, out, gov, turn, found_pass.voice, weak, _exchange_start(turns, turn))
            if record is not None:
                out.append(record)
    found_pass.out = _article_voice(out, out)
    return found_pass


# How sure the model must be of a statement whose context gives no target (the rules' statements need none).
_SURE = 0.6
# How many sentences from a sanction cue the model looks (a statement without a term stands in talk of sanctions).
_CUE_REACH = 2


def _scored(found: _RulePass) -> Iterator[tuple[int, _voice.Turn | None, set[str]]]:
    """Every sentence outside journalists' turns, with its model features (questions are for the caller to drop:
    testing every sentence for one costs more than testing those the model takes)."""
    stated = {r.sentence for r in found.out}
    ctx, turns = found.ctx, found.turns
    near_cue = sorted({i + d for i in found.cue_sentences for d in range(-_CUE_REACH, _CUE_REACH + 1)
                       if 0 <= i + d < len(ctx.sentences)})
    at = 0  # the turns are in text order, as the sentences are: walk both
    for index in near_cue:
        s, e = ctx.sentences[index]
        while at + 1 < len(turns) and turns[at + 1].start <= s:
            at += 1
        turn = turns[at] if turns and turns[at].start <= s < turns[at].end else None
        if turn is not None and turn.press:
            continue
        feats = _statement_model.features(
            ctx.text[s:e], transcript=bool(turns), official=turn is not None, near=index - 1 in stated or
            index - 2 in stated, term=index in found.term_sentences, found=index in stated)
        yield index, turn, feats


def _learned_statements(found: _RulePass) -> list[Sanction]:
    """The statements the sentence model finds among the sentences the rules left, each with the imposer, target
    and status its context gives."""
    out: list[Sanction] = []
    threshold = _statement_model.shipped().threshold
    for index, turn, feats in _scored(found):
        if "f=found" in feats:
            continue
        p = _statement_model.probability(feats)
        sentence = found.ctx.text[slice(*found.ctx.sentences[index])]
        if p < threshold or _is_question(sentence):
            continue
        term_starts = [t.start() for t in _lexicon.sanction_term_re()[0].finditer(sentence)]
        if _all_negated(sentence, term_starts):
            continue  # "We have not yet imposed any sanctions on Ethiopia": the rules' veto holds
        gov = found.government(turn)
        earlier = sorted([*(r for r in found.out if r.sentence < index), *out], key=lambda r: r.sentence)
        plain = _plain_statement(found.ctx, index, gov)
        if found.turns:  # "MR PRICE: They are under heavy sanctions pressure": a speaker acts for their government
            by = found.surnames
            plain = replace(plain, by=tuple(dict.fromkeys(by.get(b.split()[-1].lower(), b) for b in plain.by)))
        record = _attributed(found.ctx, plain, earlier, gov, turn, found.voice, "", _exchange_start(found.turns, turn))
        # a learned statement stands with a target its context gives, or when the model is sure of it (the article's
        # one subject may still give it a target: _implied_targets)
        if record is not None and (record.targets or p >= _SURE):
            out.append(record)
    return out


def _plain_statement(ctx: _context.Context, index: int, gov: str) -> Sanction:
    """A statement read without a term's syntax: its measure from any term it holds, its status from its cue words
    (a condition makes it a threat), the speaker's own "we" or the actors it names as imposers, and the states it
    names (not as places) as targets."""
    s, e = ctx.sentences[index]
    sentence = ctx.text[s:e]
    terms, measures = _lexicon.sanction_term_re()
    # a term in passing ("to evade sanctions", "a Specially Designated Global Terrorist") anchors nothing
    term = next((t for t in terms.finditer(sentence) if not _in_passing(sentence, t.start())), None)
    measure = measures[int(term.lastgroup[1:])] if term else "unspecified"
    measure = "unspecified" if measure == _BACK else measure
    said = _ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    status = _enacted(_status(said) or _default_status(said, bool(gov)), said)
    cond = _CONDITION.search(said)
    if _threat_by_condition(status, said, cond):
        status = "threatened"
    at = term.start() if term else len(sentence)
    own = gov and _voice.self_reference_re().search(sentence, 0, at)
    by = [gov] if own else _imposers.by(ctx, s, sentence, at, [], []) if term else _imposers.subject(ctx, s, sentence)
    imposers = set(by) | {gov}
    targets = list(dict.fromkeys(_burdened_states(ctx, s, e, imposers))) or \
        [t for t in dict.fromkeys(_states_in(ctx, s, e, imposers, sentence=True)) if t not in by]
    return Sanction(by=tuple(by), targets=tuple(targets[:1]) if len(targets) == 1 else (), measure=measure,
                    status=status, conditional=cond.group().strip() if cond else "", date=ctx.event_date(index),
                    evidence=sentence.strip(), article=ctx.article, sentence=index, start=s, end=e)


@cache
def _cue_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The cues of named terms, and those of measures without a sanction word."""
    return frozenset(_lexicon.sanction_cues()), frozenset(c for *_r, cues in _lexicon.sanction_implicit_terms()
                                                          for c in cues)


def _implicit_terms(sentence: str, found: list[tuple[int, str]]) -> dict[int, tuple[tuple[int, str], str]]:
    """Measures without a sanction word in a sentence, not inside a named term: start -> ((start, measure), kind)."""
    lowered = sentence.lower()
    out: dict[int, tuple[tuple[int, str], str]] = {}
    spans: list[tuple[int, int]] = []
    for pattern, measure, kind, cues in _lexicon.sanction_implicit_terms():
        if not any(c in lowered for c in cues):
            continue
        for m in pattern.finditer(sentence):
            if not any(a < m.end() and m.start() < b for a, b in spans) and \
                    not any(at <= m.start() < at + 40 for at, _m in found):
                out[m.start()] = ((m.start(), measure), kind)
                spans.append(m.span())
    return out


def _exchange_start(turns: list[_voice.Turn], turn: _voice.Turn | None) -> int:
    """Where the exchange holding a transcript turn starts: the journalist's question right before it, else the turn
    itself; -1 outside transcripts."""
    if turn is None:
        return -1
    i = turns.index(turn)
    return turns[i - 1].start if i and turns[i - 1].press else turn.start


def _attributed(ctx: _context.Context, record: Sanction, out: list[Sanction], gov: str, turn: _voice.Turn | None,
                voice: str, weak: str, exchange: int = -1) -> Sanction | None:
    """The record with the imposers and targets its context gives. A measure without a sanction word (`weak`) is none
    without a target ("we will mount a swift and united response"); an action takes it only from its sentence or the
    statement just before, a warning also from the state its paragraph is about."""
    if not record.by and out and out[-1].by and ctx.paragraph_of(out[-1].start) == ctx.paragraph_of(record.start):
        record = replace(record, by=out[-1].by)  # the paragraph goes on about the same action
    if not record.by and gov and not any(_SPEAKER_SIDE.match(t) for t in record.targets):
        record = replace(record, by=(gov,))  # the government whose release or official speaks
    if not record.targets:
        exchange = exchange if weak == "threat" and record.by == (gov,) else -1  # the speaker's own warning only
        record = replace(record, targets=_local_target(ctx, record, out, turn, voice, near=weak == "action",
                                                       exchange=exchange))
        if not record.targets and weak and not (weak == "action" and _goes_on(ctx, record, out)):
            return None
    return record


def _goes_on(ctx: _context.Context, record: Sanction, earlier: list[Sanction]) -> bool:
    """An action right after a statement with no target yet, in its paragraph ("We're aligned with dozens of
    countries on the most powerful sanctions. We've also curtailed international assistance."): the same passage
    goes on, and takes the target the article gives that statement."""
    if not earlier:
        return False
    last = earlier[-1]
    return not last.targets and record.sentence - last.sentence <= 2 and \
        ctx.paragraph_of(last.start) == ctx.paragraph_of(record.start)


def _local_target(ctx: _context.Context, record: Sanction, earlier: list[Sanction], turn: _voice.Turn | None,
                  voice: str = "", near: bool = False, exchange: int = -1) -> tuple[str, ...]:
    """A statement with no target phrase ("We have implemented a series of sanctions to condemn Iran", "Our export
    controls have been biting"): the one state its sentence names that is neither an imposer nor a place where or
    against which something happens; else the state targets of the statement just before in the same paragraph (or
    turn); else the state its paragraph names most, at least twice and twice as often as any other; else, for a
    warning in a transcript ("any renewed invasion would be met with a swift, severe, and united response"), the one
    the exchange so far (the question and the answer up to it) names so, not counting places where something happens
    ("goes into Ukraine")."""
    imposers = set(record.by) | {voice}
    # a state named before the term in its clause acts ("Finland has helped craft EU sanctions") unless possessive
    term = _lexicon.sanction_term_re()[0].search(ctx.text, record.start, record.end)
    named = {a for a in _states_in(ctx, record.start, record.end, imposers, sentence=True,
                                   after=term.start() if term else record.start)}
    if len(named) == 1:
        return tuple(named)
    if earlier and _goes_on_about(ctx, record, earlier[-1], turn, imposers):
        return earlier[-1].targets
    if near:
        return ()
    p_start, p_end = ctx.paragraphs[ctx.paragraph_of(record.start)] if ctx.paragraphs else (record.start, record.end)
    ranked = Counter(_states_in(ctx, p_start, p_end, imposers)).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return (ranked[0][0],)
    if exchange >= 0:
        ranked = Counter(a for a, m in _states_with_mentions(ctx, exchange, record.end, imposers)
                         if not _INTO.search(ctx.text, max(0, m.start - 10), m.start)).most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return (ranked[0][0],)
    return ()


def _goes_on_about(ctx: _context.Context, record: Sanction, last: Sanction, turn: _voice.Turn | None,
                   imposers: set[str]) -> bool:
    """Whether `record` goes on about the states `last` targets: it follows in the same paragraph (or the same
    speaker's turn, a few sentences on)."""
    same = ctx.paragraph_of(last.start) == ctx.paragraph_of(record.start) or (
        turn is not None and turn.start <= last.start and record.sentence - last.sentence <= 6)
    return same and bool(last.targets) and all(_is_state(ctx, t) and t not in imposers for t in last.targets)


def _carried_targets(found: _RulePass, out: list[Sanction]) -> list[Sanction]:
    """Rules' statements still without a target take those of the statement just before when it goes on about them:
    the rules read their sentences before the model found the statements between them."""
    carried: list[Sanction] = []
    for record in out:
        if not record.targets and carried:
            turn = _voice.turn_at(found.turns, record.start) if found.turns else None
            if _goes_on_about(found.ctx, record, carried[-1], turn, set(record.by) | {found.voice}):
                record = replace(record, targets=carried[-1].targets)
        carried.append(record)
    return carried


def _states_with_mentions(ctx: _context.Context, start: int, end: int, imposers: set[str]
                          ) -> list[tuple[str, EntityMention]]:
    out = []
    for m in ctx.mentions_in(start, end):
        actor = ctx.actor(m) if ctx.canonical(m)[1] != "person" else ""
        if actor and actor not in imposers and _is_state(ctx, actor):
            out.append((actor, m))
    return out


_INTO = re.compile(r"\b(?:in|into|inside)\s+(?:the\s+)?$", re.IGNORECASE)
_AROUND = re.compile(r"\b(?:against|of|in|to|into|from|with|at|for|towards?|over|on|across|inside|near)\s+(?:the\s+)?$",
                     re.IGNORECASE)


# A state named as one of the allies ("our Allies and partners, including Lithuania, have joined us"): on the side
# that imposes
_ALLY_NAMED = re.compile(r"\b(?:allies|partners|member\s+states|coalition)\b[^.;:]{0,40}?\bincluding\s+(?:the\s+)?$",
                         re.IGNORECASE)


def _states_in(ctx: _context.Context, start: int, end: int, imposers: set[str], sentence: bool = False,
               after: int = 0) -> list[str]:
    """The states named in [start, end) that do not impose; in a sentence, not after a preposition ("aggression
    against Ukraine", "in Ukraine") unless possessive ("to Russia’s invasion"), nor named as one of the allies."""
    out = []
    for m in ctx.mentions_in(start, end):
        actor = ctx.actor(m) if ctx.canonical(m)[1] != "person" else ""
        if not actor or actor in imposers or not _is_state(ctx, actor) or \
                _ALLY_NAMED.search(ctx.text, max(0, m.start - 80), m.start):
            continue
        possessive = re.match(r"[’']s\b", ctx.text[m.end : m.end + 3])
        acts = m.start < after and not re.search(r"[,;:—–]", ctx.text[m.end : after])  # same clause as the term
        if sentence and not possessive and (acts or _AROUND.search(ctx.text, max(0, m.start - 14), m.start)):
            continue
        out.append(actor)
    return out


def _burdened_states(ctx: _context.Context, start: int, end: int, imposers: set[str]) -> list[str]:
    """The states in [start, end) that a burden is put on ("unprecedented pressure on Russia", "mounting costs on
    Moscow"): a plain statement's targets, where "on"/"against" elsewhere name a place or a victim ("aggression
    against Ukraine")."""
    burdened = _lexicon.burdened_re()
    return [actor for actor, m in _states_with_mentions(ctx, start, end, imposers)
            if burdened.search(ctx.text, max(start, m.start - 60), m.start)]


def _implied_targets(ctx: _context.Context, out: list[Sanction], voice: str = "") -> list[Sanction]:
    """Statements with no target ("Now the President has announced new sanctions") get the one state the article
    is about (never the government whose release it is): the state named most often — counting other statements'
    targets twice — that imposes nothing here,
    when it is named at least three times and twice as often as any other. Else they stay without a target."""
    if all(r.targets for r in out):
        return out
    imposers = {b for r in out for b in r.by} | {voice}  # a release's own government is not what it is about
    votes: Counter[str] = Counter()
    for name, n in ctx.countries.items():
        if name not in imposers and _is_state(ctx, name):
            votes[name] += n
    for r in out:
        for t in r.targets:
            if t in votes:
                votes[t] += 2
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return out
    state = ranked[0][0]
    return [r if r.targets or state in r.by else replace(r, targets=(state,)) for r in out]


def _is_state(ctx: _context.Context, name: str) -> bool:
    entry = ctx.knowledge.lookup(name)
    return bool(entry) and entry.kind == "place" and not entry.actor


def _article_voice(records: list[Sanction], statements: list[Sanction]) -> list[Sanction]:
    """`records` with no imposer ("these designations are being revoked", "we are imposing …") in an article whose
    `statements` all name the same single imposer: that imposer (the article's own voice)."""
    voice = {b for r in statements for b in r.by}
    if len(voice) != 1:
        return records
    by = tuple(voice)
    return [r if r.by else replace(r, by=by) for r in records]


def _enacted(status: str, clause: str) -> str:
    """An announcement that enacts is imposed: "I am announcing a visa restriction policy", "the Department is
    announcing a series of actions" put the measure in force as they are said."""
    if status == "announced" and (_POLICY.search(clause) or _ENACTING.search(clause)):
        return "imposed"
    return status


def _threat_by_condition(status: str, said: str, cond: re.Match[str] | None) -> bool:
    """A condition makes an announced or imposed measure a threat ("… will impose sanctions if …"), but not one kept
    until a change ("will remain in place unless and until …") or carried on ("continue to raise the costs … if")."""
    if cond is None or status not in ("announced", "imposed"):
        return False
    return status == "announced" or not (_KEPT_UNTIL.search(said) or _CONTINUED.search(said, 0, cond.start()))


def _all_negated(sentence: str, term_starts: list[int]) -> bool:
    """Every sanction term in the sentence comes after a negated action ("we have not designated any of them")."""
    return bool(term_starts) and all(_NEGATED.search(sentence, max(0, at - 60), at) for at in term_starts)


def _in_passing(sentence: str, at: int) -> bool:
    """A term evaded ("not to circumvent nor undermine sanctions"), used as an adjective ("UN-designated entities")
    or naming a role that is no sanction ("designated Thailand a major non-NATO Ally")."""
    before, here = _lexicon.sanction_passing_re()
    return bool(before.search(sentence, max(0, at - 60), at) or here.match(sentence, at))


def _is_question(sentence: str) -> bool:
    """A question is not an announcement ("Is Washington looking at imposing sanctions?")."""
    sentence = sentence.rstrip(" \n\t\"”’')")
    return sentence.endswith("?") or bool(_TAG_QUESTION.search(sentence))


# "…, didn’t it." "…, right." A question written with a full stop.
_TAG_QUESTION = re.compile(r"(?:,\s*(?:right|correct|no|yes|true)|\b\w+n[’']t\s+(?:it|they|you|he|she|we|there|that))"
                           r"\W*$", re.IGNORECASE)


def _statements(ctx: _context.Context, index: int, found: list[tuple[int, str]], earlier: list[Sanction], gov: str,
                speakers: dict[str, str], implicit: dict[int, str]) -> list[tuple[Sanction, str]]:
    """The statements of a sentence, each with whether it names no sanction word: one, or two when clauses with a
    term each name other targets or another status ("We imposed sanctions on X and are considering more on Y")."""
    whole = _sanction(ctx, index, found, earlier, gov, speakers, implicit)
    s, e = ctx.sentences[index]
    split = _split_at(ctx.text[s:e], [at for at, _m in found])
    if split is not None:
        first = [f for f in found if f[0] < split[0]]
        second = [f for f in found if f[0] >= split[1]]
        a = _sanction(ctx, index, first, earlier, gov, speakers, implicit, keep=(0, split[0]))
        b = _sanction(ctx, index, second, [*earlier, a] if a else earlier, gov, speakers, implicit,
                      keep=(split[1], e - s))
        shared = _SHARED_SUBJECT.match(ctx.text, s + split[1])  # "… and would include sanctions on Y": one statement
        if a and b and (a.status != b.status or
                        (a.targets and b.targets and set(a.targets).isdisjoint(b.targets) and not shared)):
            return [(a, _weak(first, implicit)), (b, _weak(second, implicit))]
        negated = a is None and all(_NEGATED.search(ctx.text, max(s, s + at - 60), s + at) for at, _m in first)
        if whole is None or (negated and b):  # "We’ve taken a number of such actions, and we will be in a position
            # to take more"; "Canada has never imposed sanctions on X, but it imposed visa bans on Y": Y only
            return [(r, _weak(part, implicit)) for r, part in ((a, first), (b, second)) if r is not None]
    return [] if whole is None else [(whole, _weak(found, implicit))]


def _weak(found: list[tuple[int, str]], implicit: dict[int, str]) -> str:
    """When every term is a measure without a sanction word, "threat" (all are warnings) or "action"; else ""."""
    if not found or any(at not in implicit for at, _m in found):
        return ""
    return "threat" if all(implicit[at] == "threat" for at, _m in found) else "action"


def _split_at(sentence: str, term_starts: list[int]) -> tuple[int, int] | None:
    """The first clause boundary with a term on each side (start and end of the boundary), if any."""
    if len(term_starts) < 2:
        return None
    for m in _TWO_CLAUSES.finditer(sentence):
        if min(term_starts) < m.start() and any(at >= m.end() for at in term_starts):
            return m.start(), m.end()
    return None


def _sanction(ctx: _context.Context, index: int, found: list[tuple[int, str]], earlier: list[Sanction],
              gov: str = "", speakers: dict[str, str] | None = None, implicit: dict[int, str] | None = None,
              keep: tuple[int, int] | None = None) -> Sanction | None:
    """The statement the terms `found` make in sentence `index` (only its part `keep`, when given), or None."""
    s, e = ctx.sentences[index]
    sentence = ctx.text[s:e]
    if keep is not None:  # the other clause blanked, offsets kept
        sentence = " " * keep[0] + sentence[keep[0] : keep[1]] + " " * (len(sentence) - keep[1])
    implicit = implicit or {}
    weak = _weak(found, implicit)
    threat = weak == "threat"
    if threat and not _LOOKS_AHEAD.search(sentence):
        return None  # "the response was swift and united": a warning looks ahead
    masked = _MASK.sub(lambda m: " " * len(m.group()), sentence)
    masked = _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)
    targets, spans = _targets(ctx, index, s, masked, earlier, [at for at, _ in found])
    acted = any(_acted(sentence, at) for at, _ in found)
    own = not acted and bool(gov) and any(_OWN_TERM.search(sentence, 0, at) and _OWN_VERB.match(sentence, at)
                                          for at, _ in found)
    acted = acted or own  # a government speaking of its own measures ("Our export controls have been biting")
    effect_of = any(_EFFECT_OF.search(sentence, max(0, at - 50), at) and _MEASURE_WORD.match(sentence, at)
                    for at, _m in found)
    working = effect_of or any(_lexicon.sanction_effect_re().match(sentence, at) and
                               _SUBJECT_TERM.search(sentence, 0, at) for at, _ in found)
    if effect_of and not targets:  # "Russia can’t spend its revenues … because of sanctions": the state it names
        targets = list(dict.fromkeys(a for a, _m in _states_with_mentions(ctx, s, e, {gov})))[:1]
    acted = acted or working or bool(weak)  # "These sanctions are having a dramatic impact": measures in force
    relief = next((r for r in _RELIEF.finditer(sentence) if any(r.start() <= at < r.end() for at, _m in found)),
                  None)
    acted = acted or bool(_KEPT.search(sentence))  # "The designation remains in place": in force
    acted_before_relief = acted
    acted = acted or relief is not None
    term_at = found[0][0]
    lo, hi = _clause_bounds(sentence, term_at)
    said = _ASIDE.sub(lambda m: " " * len(m.group()), sentence)  # "as we discussed today": no status, no condition
    cond = _CONDITION.search(said)
    if not targets and cond and _FORWARD.search(sentence):
        targets = _condition_subject(ctx, s + cond.start(), s + cond.end(), index, earlier)
        if threat:  # "if it doesn't deter Putin …, there will be a swift and severe response": a state's response
            targets = [_lexicon.leader_country(t) or t for t in targets]
    until = _UNTIL.search(sentence) if not targets and _KEPT_UNTIL.search(sentence) else None
    if until:  # "Our sanctions will remain in place until Putin stops this war": kept on the one who must change
        targets = _until_target(ctx, s + until.start(), s + until.end())
    back, own_targets = None, False
    if all(meas == _BACK for _at, meas in found):
        back = _statement_before(ctx, index, earlier)
        if back is None:
            return None  # "these actions" with no statement just before: not about sanctions
        acted = True
        own_targets = bool(targets)
        targets = targets or list(back.targets)
    if not targets and not acted:
        return None  # a mention in passing
    if _all_negated(sentence, [at for at, _m in found]):
        return None  # "We did not announce sanctions today", "we have not designated any of them": nothing done
    if _REFLEXIVE.search(sentence):
        return None  # "imposing its own export controls on itself": a state's trade policy, not a sanction
    if all(_IMPLICIT.match(sentence, at) for at, _ in found) and not _government_subject(ctx, s, sentence, found[0][0],
                                                                                       gov):
        return None  # "targeted officials" is a sanction only when a government does it
    if weak and all(meas == "aid restrictions" for _at, meas in found) and \
            not _government_subject(ctx, s, sentence, found[0][0], gov):
        return None  # "funding gaps have forced humanitarians to cut assistance": aid cut by no government
    if all(_COSTS.match(sentence, at) for at, _ in found) and targets and \
            not any(t[:1].isupper() or _GENERIC_PHRASE.match(t) for t in targets):
        return None  # "impose costs on" is a sanction only against a state or a named body, not "on farmers"
    term_end = sentence.find(" ", term_at + 1, hi)
    term_end = term_end if term_end > 0 else hi
    verb = _VERB_AFTER.match(sentence, term_end, hi)
    # an opening adjunct names what goes with the action, not its status ("Coinciding with the UK’s announcement, …")
    along = _ALONGSIDE.match(sentence, lo)
    lo_status = along.end() if along and along.end() <= term_at else lo
    # a relative clause after the term says what was done ("the costs that have been imposed on Russia … are in line
    # with the consequences that would follow"): its verb reads before the rest of the sentence
    relative = _ACTION_AFTER.match(sentence, term_at) or _SELF_AFTER.match(sentence, term_at)
    kept = _KEPT.search(sentence, term_at, min(hi, term_at + 40))  # "even as the sanctions remain in place"
    up_to_term = said[lo_status : max(verb.end() if verb else term_end, relative.end() if relative else 0,
                                      kept.end() if kept else 0)]
    status = _status(up_to_term) or _status(said[lo_status:hi]) or \
        _status(said[lo_status:] if along else said) or _default_status(said[lo_status:hi], own)
    if working and status in ("announced", "threatened", "considered", "proposed"):
        status = "imposed"
    status = _enacted(status, sentence[lo:hi])
    if _threat_by_condition(status, said, cond):
        status = "threatened"
    if (threat and status not in ("considered", "proposed", "rejected")) or _EXPOSED.search(sentence):
        status = "threatened"  # "persons that engage in transactions with them may be exposed to designation"
    if relief is not None:  # relief offered in talks is proposed, whatever the deal's conditions; once granted, lifted
        status = "lifted" if _RELIEF_GIVEN.search(sentence, 0, relief.start()) else "proposed"
        targets = [t for t in targets if t != gov and _is_state(ctx, t)] or _relief_target(ctx, s, e, gov)
        if not targets and not acted_before_relief:
            return None  # "Experts debate whether sanctions relief ever works": relief for no state
    # names in an opening adjunct ("Coinciding with the meeting of the CIFG, …") or in a passive's subject ("A, B and C
    # are designated as SDGTs") do not impose: they are read as targets' spans
    spans = [*spans, *([(s + lo, s + along.end())] if along and along.end() <= term_at else []),
             *([(s, s + term_at)] if _PASSIVE_TERM.match(sentence, lo, term_at + 12) else [])]
    by = _imposers.by(ctx, s + lo_status, sentence[lo_status:hi], term_at - lo_status, targets, spans)
    by = _listed_imposers(ctx, s, s + lo, by, targets) + by if by and lo and lo == lo_status else by
    by = by or _imposers.by(ctx, s, sentence, term_at, targets, spans) or _imposers.by_before(ctx, index, targets)
    if cond and not cond.start() <= term_at < cond.end():  # "Should Russia invade Ukraine, it will be met with …"
        in_condition = {_imposers.imposer(ctx, m) for m in ctx.mentions_in(s + cond.start(), s + cond.end())}
        by = [b for b in by if b not in in_condition]
    if relief is not None and gov:
        by = [gov]  # "the nuclear steps Iran would take as well as the sanctions relief": the speaker's side relieves
    elif targets and all(_SPEAKER_SIDE.match(t) for t in targets):
        by = [b for b in by if b != gov]  # "I was sanctioned by the Russians": not by the speaker's government
    else:
        by = _own_voice(ctx, s, sentence, lo, term_at, by, gov, speakers or {})
    measure = next((meas for _at, meas in found if meas not in ("unspecified", _BACK)), "unspecified")
    such = any(sentence.startswith("such", at) for at, _m in found)  # "such actions": others of the kind, not these
    if back is not None and not own_targets and not such and not _KEPT.search(sentence) and \
            status not in ("proposed", "considered", "threatened", "rejected"):
        return None  # "We have taken these actions in response to …": the same action again, nothing new
    if back is not None:
        by = list(dict.fromkeys([*back.by, *by]))
        measure = back.measure
        if status == "threatened" and not cond:
            # "family members may also be subject to these restrictions": the scope of the measure in force
            status = next((r.status for r in reversed(earlier) if r.status in ("imposed", "announced", "lifted")),
                          back.status)
    return Sanction(
        by=tuple(by),
        targets=tuple(targets),
        measure=measure,
        status=status,
        conditional=cond.group().strip() if cond else "",
        date=ctx.event_date(index),
        evidence=ctx.text[s:e].strip(),
        article=ctx.article,
        sentence=index,
        start=s,
        end=e,
    )


def _relief_target(ctx: _context.Context, start: int, end: int, gov: str) -> list[str]:
    """The state sanctions relief is for: the first state other than the speaker's named in the sentence, else the
    one its paragraph names."""
    for lo, hi in ((start, end), ctx.paragraphs[ctx.paragraph_of(start)] if ctx.paragraphs else (start, end)):
        states = {a for a in (ctx.actor(m) for m in ctx.mentions_in(lo, hi)
                              if not _WHERE.search(ctx.text, max(0, m.start - 10), m.start))  # not "talks in Vienna"
                  if a and a != gov and _is_state(ctx, a)}
        if states and (lo == start or len(states) == 1):  # the one the article names most
            return [max(sorted(states), key=lambda a: ctx.countries.get(a, 0))]
    return []


def _listed_imposers(ctx: _context.Context, s: int, at: int, by: list[str], targets: list[str]) -> list[str]:
    """Imposers listed before a clause whose subject is the last of them ("Japan, Australia, and New Zealand have
    frozen …": the clause starts at ", and"): the names joined by commas and "and" back to the list's start, when
    that start is no object ("sanctions on Japan, and New Zealand has …" lists nothing)."""
    first = next(iter(ctx.mentions_in(at, at + 60)), None)
    if first is None or _imposers.imposer(ctx, first) != by[0] or ctx.text[at : first.start].strip() not in ("", "the"):
        return []

    def imposer(m: EntityMention) -> str:
        name = _imposers.imposer(ctx, m)
        return name if name not in targets else ""

    names, start = _listed_back(ctx, s, at, imposer)
    if not names or _imposers.is_target_context(ctx.text, start):
        return []
    return [n for n in dict.fromkeys(names) if n not in by]


def _statement_before(ctx: _context.Context, index: int, earlier: list[Sanction]) -> Sanction | None:
    """The statement a back-reference ("these actions", "such restrictions") points to: the last one, when it is in
    the same paragraph or at most two sentences before."""
    if not earlier:
        return None
    last = earlier[-1]
    if index - last.sentence <= 2 or ctx.paragraph_of(last.start) == ctx.paragraph_of(ctx.sentences[index][0]):
        return last
    return None


def _government_subject(ctx: _context.Context, offset: int, sentence: str, at: int, gov: str) -> bool:
    """The clause before `at` names a government, a state or a body acting for one, or is the speaker's "we"."""
    lo, _hi = _clause_bounds(sentence, at)
    for m in ctx.mentions_in(offset + lo, offset + at):
        if ctx.canonical(m)[1] in ("organization", "place") and _imposers.imposer(ctx, m) and \
                not _imposers.is_target_context(ctx.text, m.start):
            return True
    return bool(gov) and bool(re.search(r"\b(?:[Ww]e|[Tt]he Department|[Tt]his Administration)\b", sentence[lo:at]))


def _acted(sentence: str, term_at: int) -> bool:
    """An action verb governs the term, or the term is itself the verb of a subject ("We’ve now sanctioned most
    of …", "we are also designating"): not a purpose infinitive ("requirements to review and revoke
    designations") unless it states an intention ("plans to impose"), nor a gerund subject ("Revoking
    designations ensures …")."""
    if _ACTION_AFTER.match(sentence, term_at) or _SELF_AFTER.match(sentence, term_at) or \
            _PASSIVE_ACTION.match(sentence, term_at):
        return True
    verb = _VERBAL_TERM.match(sentence, term_at)
    if verb and _ACTIVE_SUBJECT.search(sentence, 0, term_at) and not (
            verb.group().lower().endswith("ed") and _BE_BEFORE.search(sentence, 0, term_at)) and \
            not _DESIGNATED_OTHER.match(sentence, verb.end()):
        return True  # not the passive "they were designated", whose subject is the target
    m = _ACTION_BEFORE.search(sentence, 0, term_at)
    if not m:
        return False
    before = sentence[: m.start()]
    if not before.strip(" “\"‘'") and m.group().split()[0].lower().endswith("ing"):
        return False
    infinitive = re.search(r"(\w+)\s+(?:\w+\s+)?to\s+(?:\w+\s+(?:and|or)\s+)?$", before)
    return not infinitive or infinitive.group(1).lower() in _lexicon.words("sanction_intent_words.txt")


def _own_voice(ctx: _context.Context, offset: int, sentence: str, lo: int, term_at: int, by: list[str], gov: str,
               speakers: dict[str, str]) -> list[str]:
    """Imposers in the speaker's own words: "we are imposing", "our export controls", "the Department has
    designated", "the sanctions we announced" -> the speaker's government `gov`; a person who speaks in a turn of
    the transcript -> that turn's government; a bare "the President" -> the government whose release it is, else
    the one state whose leader the article names."""
    if gov:
        self_bodies = {"department", "administration", "state department"}
        by = [gov if b.lower() in self_bodies else speakers.get(b.split()[-1].lower(), b) for b in by]
        last = None
        for m in _voice.self_reference_re().finditer(sentence, lo, term_at):
            last = m
        if last is not None and not _PASSIVE_AFTER.fullmatch(sentence, last.end(), term_at):
            between = sentence[last.end() : term_at]
            own = re.fullmatch(r"\s+(?:[\w\-]+\s+){0,2}", between) if last.group().lower() == "our" else \
                not any(_imposers.imposer(ctx, m) and not _imposers.is_target_context(ctx.text, m.start)
                        for m in ctx.mentions_in(offset + last.end(), offset + term_at))
            if own:
                return list(dict.fromkeys([gov] + [b for b in by if b == gov]))
        if _SELF_AFTER.match(sentence, term_at):
            return [gov]
    if not by and _BARE_PRESIDENT.search(sentence, lo, term_at):
        leaders = {c for c in (_lexicon.leader_country(ctx.canonical(m)[0]) for m in ctx.mentions
                               if ctx.canonical(m)[1] == "person") if c}
        head = gov or (next(iter(leaders)) if len(leaders) == 1 else "")
        if head:
            return [head]
    return by


def _status(region: str) -> str:
    """The first status (file order) whose cue occurs in `region`: the clause up to the term and its verb
    first ("is imposing visa restrictions …, a tool the Administration announced"); a condition anywhere
    makes an announcement a threat."""
    for status, cue in _lexicon.status_cues():
        if cue.search(region):
            return status
    return ""


def _default_status(clause: str, own: bool) -> str:
    """No cue word: sanctions named as a fact ("a united world with grave sanctions on Russia") are in force;
    ones the clause puts ahead ("new", "will", "next") are announced."""
    return "imposed" if own or not _AHEAD.search(clause) else "announced"


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


def _targets(ctx: _context.Context, index: int, offset: int, sentence: str, earlier: list[Sanction],
             term_starts: list[int]) -> tuple[list[str], list[tuple[int, int]]]:
    """The targets named in a (masked) sentence, and the spans of their phrases."""
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    of_owner: set[str] = set()
    lowered = sentence.lower()
    for i, pattern in enumerate(_TARGET_PATTERNS):
        need = _PATTERN_NEEDS.get(i)
        if need and not need.search(lowered):
            continue  # a cheap test before a costly pattern
        for m in pattern.finditer(sentence):
            np_start, np_end = offset + m.start("np"), offset + m.end("np")
            # "those who provide …": a generic phrase runs over the words a phrase stops at, through its relative
            generic = _GENERIC_PHRASE.match(sentence, m.start("np"))
            if generic and (generic.end() >= m.end("np") or _WHO.match(sentence, generic.end())):
                rel = _ENABLER_REL.match(sentence, generic.end())
                np_end = max(np_end, offset + rel.end()) if rel else np_end
            if i in (_NAMED_SUBJECT, _DESIGNATED_AS) and not ctx.mentions_in(np_start, np_end):
                continue
            # an appositive is part of the target's phrase: "a Russian company" there names no imposer
            spans.append((np_start, offset + m.end("app") if i == _PASSIVE_TARGET else np_end))
            names = _canonical_targets(ctx, index, np_start, np_end, sentence[m.start("np") : np_end - offset],
                                       passive=i == _PASSIVE_TARGET, earlier=earlier,
                                       relative=i == _PASSIVE_TARGET and m.group("rel") is not None)
            names += _colon_list(ctx, sentence, offset, m.end("np"))
            names += [n for n in _included(ctx, sentence, offset, m.end("np")) if n not in names]
            if i == _PASSIVE_TARGET and m.group("rel") is None and names:
                listed, np_start = _listed_before(ctx, offset, np_start)  # "A, B, and C are designated"
                names = listed + names
                spans[-1] = (np_start, spans[-1][1])
            if _FOLLOWING.match(m.group("np").strip()) and sentence.rstrip().endswith(":"):
                names = _listed_below(ctx, index) or names  # "the following entities have been designated …:"
            owned = re.match(r"(?i)(?:its|their)\s+(?-i:[a-z])[\w\-]*$", m.group("np").strip())
            for target in names:
                if target not in found and not _lexicon.is_not_actor(target):
                    found.append(target)
                    if owned:
                        of_owner.add(target)
    for at in term_starts:  # "is revoking two designations: A, B and C"
        for target in _colon_list(ctx, sentence, offset, at):
            if target not in found:
                found.append(target)
    # "Hamas is a designated Foreign Terrorist Organization": Hamas, not the category; "sanctions against Russia that
    # impose a significant cost on its economy": Russia, not "economy" (its owner's thing, beside its owner)
    named = [t for t in found if not _CATEGORY.match(t)] or found
    return [t for t in named if t not in of_owner] or named, spans


_FOLLOWING = re.compile(r"(?i)(?:the\s+)?following\s+(?:[\w\-]+\s+){0,2}?(?:entit(?:y|ies)|individuals?|persons?|"
                        r"compan(?:y|ies)|vessels?|people|officials?|organi[sz]ations?|groups?)$")
# a line of such a list describes its name: "Acme Ltd (Acme) is a …", "Ivan Petrov, born 1970, …", "Acme – …"
_DESCRIBED = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:,|[–—:]|(?:is|was|are|were|has|have)\b)")
_BELOW_REACH = 40  # how many sentences a list of designations under a colon may run


def _listed_below(ctx: _context.Context, index: int) -> list[str]:
    """The names that open the lines under a sentence ending in a colon ("The following entities have been
    designated …:" then a line for each, "Acme Ltd is a …"), up to the first line that opens with no name."""
    names: list[str] = []
    text = ctx.text
    for s, e in ctx.sentences[index + 1 : index + 1 + _BELOW_REACH]:
        if "\n" not in text[max(0, s - 3) : s]:
            continue  # a later sentence of the same line
        opening = next(iter(ctx.mentions_in(s, e)), None)
        if opening is None or opening.start > s + 4:  # "The " may precede the name
            break
        name, kind = ctx.canonical(opening)
        if kind not in ("person", "organization", "other") or not _DESCRIBED.match(text, opening.end):
            break
        if name not in names:
            names.append(name)
    return names


def _listed_before(ctx: _context.Context, offset: int, at: int) -> tuple[list[str], int]:
    """Names listed before a passive's subject ("A, B, and C are designated": A and B), and where the list starts."""
    def named(m: EntityMention) -> str:
        name, kind = ctx.canonical(m)
        return name if kind in ("person", "organization", "other") and not _lexicon.is_not_actor(m.text) else ""

    return _listed_back(ctx, offset, at, named)


_LIST_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def _listed_back(ctx: _context.Context, floor: int, at: int, name_of: Callable[[EntityMention], str]
                 ) -> tuple[list[str], int]:
    """The names joined by commas and "and" that end before `at`, walking back no further than `floor` and stopping
    at the first mention `name_of` rejects (returns ""), and where the list starts."""
    names: list[str] = []
    while True:
        sep = _LIST_SEPARATOR.search(ctx.text[max(floor, at - 12) : at])
        if not sep:
            return names, at
        end = at - len(sep.group())
        before = [m for m in ctx.mentions_in(max(floor, end - 80), end) if m.end == end]
        name = name_of(before[-1]) if before else ""
        if not name:
            return names, at
        names.insert(0, name)
        at = before[-1].start


def _canonical_targets(ctx: _context.Context, index: int, start: int, end: int, phrase: str, passive: bool,
                       earlier: list[Sanction], relative: bool = False) -> list[str]:
    """A target phrase as canonical actors when it is a list of names, else the phrase itself."""
    if passive and relative and _QUANTIFIER_OF.search(phrase):  # "ISIS-M, JNIM, and al-Shabaab — all of which are
        return _listed_ahead(ctx, start)  # designated FTOs": the names listed before
    if passive:  # only the subject right before the verb: "… and Iran Air was sanctioned"
        # a relative clause's head keeps its "and" ("my counterparts and colleagues who were sanctioned") but not
        # the words before its preposition ("among the people who were sanctioned")
        if not _ENABLER_CLAUSE.search(phrase):  # "Companies that supply the junta could be designated": one phrase
            phrase = (_SUBJECT_CUT_RELATIVE if relative else _SUBJECT_CUT).split(phrase)[-1]
        if relative:
            phrase = re.split(r"(?i)^(?:.*\s)?(?:of|among|to|for|with|from|on|in|about)\s+(?=\S)", phrase)[-1]
        start = end - len(phrase)
    phrase = " ".join(phrase.split())
    if _PRONOUN_TARGET.match(phrase) and passive and earlier and earlier[-1].targets and \
            index - earlier[-1].sentence <= 2 and (len(earlier[-1].targets) == 1) == (phrase.lower() in ("it", "he",
                                                                                                      "she")):
        return list(earlier[-1].targets)  # "We have designated the PFLP … It’s an SDGT as well. It remains designated"
    if _PRONOUN_TARGET.match(phrase) or _anaphor_kind(phrase):
        found = _antecedent(ctx, index, _context.pronoun_kind(phrase) or _anaphor_kind(phrase) or "any")
        # "this individual was sanctioned" with nobody named before: the phrase itself, never a bare pronoun
        return found or ([phrase] if passive and not _PRONOUN_TARGET.match(phrase) else [])
    if _BACK_REFERENCE.match(phrase) and (_TERM_HEAD.search(phrase) or not ctx.mentions_in(start, end)) and \
            not _WHO.match(phrase, len(phrase.split()[0])):  # "those who engage in this practice" is new
        previous = _earlier_targets(phrase, earlier)
        if previous:
            return list(previous)
    phrase = _VERB_LIST.sub("", phrase)  # "to designate, ban or restrict Hizballah": Hizballah
    while _DETERMINERS.match(phrase):
        phrase = _DETERMINERS.sub("", phrase, count=1)
    phrase = phrase.strip(" “”\"")
    phrase = re.sub(r"[“”\"]", "", phrase)
    if not phrase or _BAD_TARGET.match(phrase):
        return []
    parts = [p for p in _SPLIT_TARGETS.split(phrase) if p]
    mentions = [m for m in ctx.mentions_in(start, end) if not _lexicon.is_not_actor(m.text)]
    names = []
    for part in parts:
        part_mentions = [m for m in mentions if m.text and m.text in part]
        covered = sum(len(m.text) for m in part_mentions)
        person = _titled_person(ctx, part, part_mentions)
        if part_mentions and covered >= len(part.replace("’s", "").replace("'s", "")) - 2:
            longest = max(part_mentions, key=lambda m: len(m.text))
            # places stand for their state ("Tehran" -> Iran); companies and bodies keep their name ("Iran Air")
            kind = ctx.canonical(longest)[1]
            names.append(ctx.actor(longest) if kind == "place" else ctx.canonical(longest)[0])
        elif person:
            names.append(person)
        else:
            names = []
            break
    if names:
        return list(dict.fromkeys(names))
    if len(phrase.split()) > 20:  # too long to show: the people it names, if any
        return list(dict.fromkeys(ctx.canonical(m)[0] for m in mentions if ctx.canonical(m)[1] == "person"))
    return [phrase]


def _listed_ahead(ctx: _context.Context, at: int) -> list[str]:
    """The names listed right before a dash or comma that ends before `at` ("A, B, and C — all of which …")."""
    floor = ctx.sentences[ctx.sentence_of(at)][0]
    last = [m for m in ctx.mentions_in(floor, at) if re.fullmatch(r"[\s,—–]*", ctx.text[m.end : at])]
    if not last:
        return []
    first = ctx.canonical(last[-1])[0]
    names, _start = _listed_back(ctx, floor, last[-1].start, lambda m: ctx.canonical(m)[0])
    return list(dict.fromkeys([*names, first]))


def _titled_person(ctx: _context.Context, part: str, mentions: list[EntityMention]) -> str:
    """A part that is a person with titles before the name ("former Honduran President Porfirio “Pepe” Lobo Sosa"):
    the name, when a person mention ends the part, with the capitalised words before it that are not titles (a
    nickname, masked, may have split the name)."""
    words = part.split()
    people = [m for m in mentions if ctx.canonical(m)[1] == "person" and words[-len(m.text.split()):] == m.text.split()]
    if not people or not words:
        return ""
    person = max(people, key=lambda m: len(m.text))
    name = person.text.split()
    titles = _lexicon.person_titles()
    i = len(words) - len(name)
    while i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in titles:
        i -= 1
    if i == 0 or len(words) - i < 2:
        return ""  # no title before it: the mention covers the part or the part is something else
    return " ".join(words[i:]) if i < len(words) - len(name) else ctx.canonical(person)[0]


def _earlier_targets(phrase: str, earlier: list[Sanction]) -> tuple[str, ...]:
    """The targets of the last statement this phrase points back to ("these FTO designations"): the last one
    whose sentence has the phrase's words, else the last one with targets."""
    words = [w.lower() for w in re.findall(r"[\w’'\-]+", phrase)[1:] if not w.isdigit()]
    with_targets = [r for r in reversed(earlier) if r.targets]
    for record in with_targets:
        evidence = record.evidence.lower()
        if words and all(re.search(rf"\b{re.escape(w)}", evidence) for w in words):
            return record.targets
    return with_targets[0].targets if with_targets else ()


def _anaphor_kind(phrase: str) -> str:
    m = re.fullmatch(r"(?:the|this|that)\s+(\w+)", phrase.strip(), re.IGNORECASE)
    return _lexicon.anaphors().get(m.group(1).lower(), "") if m else ""


def _antecedent(ctx: _context.Context, index: int, kind: str) -> list[str]:
    """What "it"/"the group" refers to: the first entity of that kind the previous sentence names."""
    mention = ctx.subject_before(index, _ANAPHOR_KINDS.get(kind, ("organization", "person")))
    return [ctx.canonical(mention)[0]] if mention else []


def _colon_list(ctx: _context.Context, sentence: str, offset: int, np_end: int) -> list[str]:
    """Names listed after a colon that closes the target phrase ("designation of …: A, B, and C")."""
    colon = sentence.find(":", np_end)
    if colon < 0 or colon - np_end > 120 or re.search(r"[.;]", sentence[np_end:colon]):
        return []
    names = []
    for m in ctx.mentions_in(offset + colon, offset + len(sentence)):
        name, kind = ctx.canonical(m)
        if kind in ("person", "organization", "other") and not _lexicon.is_not_actor(m.text) and name not in names:
            names.append(name)
    return names


# ", including President Putin, other members of …": the members of the target phrase named after it; the list ends
# where a clause does ("… for their role in …", "… who …")
_INCLUDING = re.compile(r",?\s+(?:including|such\s+as|among\s+them)\s+")
_LIST_END = re.compile(r"[;:.()–—]|\s(?:for|because|who|which|that|pursuant|under|in\s+connection|in\s+order|to)\s",
                       re.IGNORECASE)
_ITEM_GAP = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
_MODIFIER_AFTER = re.compile(r"[’']s?\b|\s+(?!and\b|or\b)[a-z]")  # "Russia's largest …", "the Mariupol area"


def _included(ctx: _context.Context, sentence: str, offset: int, np_end: int) -> list[str]:
    """The named members of a target phrase listed after it ("sanctions on individuals, including President Putin"):
    people and bodies by name; a state only as an item of the list itself ("including Iran and Syria"), not as the
    owner or the place of one ("Russia's largest conglomerate", "officers operating in Mariupol")."""
    cue = _INCLUDING.match(sentence, np_end)
    if cue is None:
        return []
    stop = _LIST_END.search(sentence, cue.end())
    names: list[str] = []
    item_start = offset + cue.end()  # where the next item of the list starts, or -1 once the list is left
    for m in ctx.mentions_in(item_start, offset + (stop.start() if stop else len(sentence))):
        name, kind = ctx.canonical(m)
        item = m.start == item_start or (item_start >= 0 and bool(_ITEM_GAP.fullmatch(ctx.text, item_start, m.start)))
        if kind == "place":
            name = ctx.actor(m) if item and not _MODIFIER_AFTER.match(ctx.text, m.end) else ""
        if name and not _lexicon.is_not_actor(m.text) and name not in names:
            names.append(name)
        item_start = m.end if item or kind != "place" else -1
    return names


def _until_target(ctx: _context.Context, start: int, end: int) -> list[str]:
    """Who must change for measures to go ("until Putin stops this war against Ukraine" -> Russia): the first leader
    (as his state) or state the clause names, not a place where something happens."""
    for m in ctx.mentions_in(start, end):
        name, kind = ctx.canonical(m)
        state = _lexicon.leader_country(name) or (ctx.actor(m) if kind == "place" else "")
        if state and not _WHERE_DONE.search(ctx.text, max(0, m.start - 12), m.start):
            return [state]
    return []


def _condition_subject(ctx: _context.Context, start: int, end: int, index: int = 0,
                       earlier: list[Sanction] | None = None) -> list[str]:
    """The actor a condition is about ("should Russia continue to escalate" -> Russia): the words before its verb
    ("Should those responsible for undermining X fail to …"), else the first actor it names."""
    np = _condition_np_re().match(ctx.text, start, end)
    if np:
        names = _canonical_targets(ctx, index, *np.span("np"), np.group("np"), passive=False, earlier=earlier or [])
        if names:
            return names
    for m in ctx.mentions_in(start, end):
        name, kind = ctx.canonical(m)
        if kind == "place" and _WHERE_DONE.search(ctx.text, max(0, m.start - 12), m.start):
            continue  # "if it doesn't deter Putin from further aggression in Ukraine": where, not who
        if kind in ("place", "organization"):
            return [ctx.actor(m)]
        if kind == "person":
            return [name]
    phrase = _DETERMINERS.sub("", np.group("np")) if np else ""  # "the militia" with nothing named before it
    return [phrase] if phrase and not _PRONOUN_TARGET.match(phrase) and not _BAD_TARGET.match(phrase) else []


@cache
def _condition_np_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(_lexicon.words("sanction_condition_verbs.txt"), key=len, reverse=True))
    return re.compile(rf"[“\"]?(?:should|if|unless)\s+(?P<np>[^,;]{{2,120}}?)\s+(?:\w+ly\s+)?(?:{verbs})\b",
                      re.IGNORECASE)


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

