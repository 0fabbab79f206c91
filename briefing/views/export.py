"""The morning briefing as a document: Markdown to read in a pager, self-contained HTML to mail, or JSON.

Per day, most recent first: the day's summary, the top actors with their summaries, key quotes and
sanctions, each line with its sources. Every piece of corpus text is escaped for the format it lands in.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from briefing.model import UNDATED, ActorRow, Briefing, Day
from briefing.models import Quote, Sanction, SummaryLine
from briefing.safety import one_line
from briefing.views.records import json_text, md_escape

FORMATS = ("md", "html", "json")


@dataclass(frozen=True)
class ActorSection:
    actor: ActorRow
    summary: list[SummaryLine]


@dataclass(frozen=True)
class DaySection:
    day: Day
    summary: list[SummaryLine]
    actors: list[ActorSection]
    quotes: list[Quote]
    sanctions: list[Sanction]


def build_sections(briefing: Briefing, day: Day = None, sentences: int | None = None, top_actors: int = 5,
                   top_quotes: int = 8) -> list[DaySection]:
    days: list[Day] = [day] if day is not None else [*reversed(briefing.days())]
    if day is None and briefing.has_undated():
        days.append(UNDATED)
    sections = []
    for current in days:
        actors = [ActorSection(row, briefing.summary(actor=row.name, day=current, sentences=min(3, sentences or 3)))
                  for row in briefing.actors(day=current)[:top_actors]]
        sections.append(DaySection(current, briefing.summary(day=current, sentences=sentences), actors,
                                   briefing.quotes(day=current)[:top_quotes], briefing.sanctions(day=current)))
    return sections


def export_briefing(briefing: Briefing, fmt: str = "md", day: Day = None, sentences: int | None = None) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    sections = build_sections(briefing, day, sentences)
    if fmt == "json":
        return json_text({"corpus": briefing.stats(), "days": sections})
    return _markdown(briefing, sections) if fmt == "md" else _html(briefing, sections)


def _day_title(day: Day) -> str:
    if isinstance(day, date):
        return day.strftime("%A %d %B %Y")
    return "Undated articles" if day == UNDATED else "All days"


def _sources(line: SummaryLine) -> str:
    names = sorted({p.source or p.article for p in line.sources}) or [line.source]
    return ", ".join(names)


def _speaker(quote: Quote) -> str:
    who = quote.speaker or "unattributed"
    return f"{who} ({quote.affiliation})" if quote.affiliation and quote.affiliation != quote.speaker else who


def _sanction_line(s: Sanction) -> str:
    by = ", ".join(s.by) or "?"
    targets = ", ".join(s.targets) or "?"
    when = s.date.isoformat() if s.date else "undated"
    cond = f" — if {s.conditional}" if s.conditional else ""
    return f"{by} → {targets}: {s.measure} ({s.status}, {when}){cond}"


# -- Markdown --------------------------------------------------------------------------------------
def _markdown(briefing: Briefing, sections: list[DaySection]) -> str:
    stats = briefing.stats()
    out = [f"# Morning briefing — {md_escape(stats.name or 'corpus')}", "",
           f"{stats.articles} articles from {stats.sources} sources over {stats.days} days.", ""]
    for section in sections:
        out += [f"## {_day_title(section.day)}", ""]
        out += _md_lines(section.summary)
        for actor in section.actors:
            if actor.summary:
                out += [f"### {md_escape(actor.actor.name)} ({actor.actor.mentions} mentions)", ""]
                out += _md_lines(actor.summary)
        if section.quotes:
            out += ["### Key quotes", ""]
            for quote in section.quotes:
                sources = ", ".join(sorted({p.source for p in quote.sources})) or quote.article
                out.append(f"- “{md_escape(quote.text)}” — {md_escape(_speaker(quote))} "
                           f"_({md_escape(sources)})_")
            out.append("")
        if section.sanctions:
            out += ["### Sanctions", ""]
            out += [f"- {md_escape(_sanction_line(s))} _({md_escape(s.sources[0].source if s.sources else s.article)})_"
                    for s in section.sanctions]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md_lines(lines: list[SummaryLine]) -> list[str]:
    out = []
    for line in lines:
        marker = "**new** " if line.new else ""
        out.append(f"- {marker}{md_escape(line.text)} _(reported by {md_escape(_sources(line))})_")
    return [*out, ""] if out else []


# -- HTML ------------------------------------------------------------------------------------------
_CSS = """body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em;margin-bottom:.3em}
.src{color:#666;font-size:.9em}.new{background:#e6f4ea;color:#137333;font-size:.8em;padding:0 .3em;border-radius:3px}
blockquote{margin:.4em 0 .4em 1em;padding-left:.8em;border-left:3px solid #ccc}"""


def _h(text: str) -> str:
    """Corpus text for HTML: control characters made visible, then every special character escaped."""
    return html.escape(one_line(text), quote=True)


def _html(briefing: Briefing, sections: list[DaySection]) -> str:
    stats = briefing.stats()
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>Morning briefing — {_h(stats.name or 'corpus')}</title>", f"<style>{_CSS}</style></head><body>",
           f"<h1>Morning briefing — {_h(stats.name or 'corpus')}</h1>",
           f"<p>{stats.articles} articles from {stats.sources} sources over {stats.days} days.</p>"]
    for section in sections:
        out.append(f"<h2>{_h(_day_title(section.day))}</h2>")
        out += _html_lines(section.summary)
        for actor in section.actors:
            if actor.summary:
                out.append(f"<h3>{_h(actor.actor.name)} <span class=src>({actor.actor.mentions} mentions)</span></h3>")
                out += _html_lines(actor.summary)
        if section.quotes:
            out.append("<h3>Key quotes</h3>")
            for quote in section.quotes:
                sources = ", ".join(sorted({p.source for p in quote.sources})) or quote.article
                out.append(f"<blockquote>“{_h(quote.text)}” — {_h(_speaker(quote))} "
                           f"<span class=src>({_h(sources)})</span></blockquote>")
        if section.sanctions:
            out.append("<h3>Sanctions</h3><ul>")
            out += [f"<li>{_h(_sanction_line(s))}</li>" for s in section.sanctions]
            out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _html_lines(lines: list[SummaryLine]) -> list[str]:
    if not lines:
        return []
    items = [f"<li>{'<span class=new>new</span> ' if line.new else ''}{_h(line.text)} "
             f"<span class=src>(reported by {_h(_sources(line))})</span></li>" for line in lines]
    return ["<ul>", *items, "</ul>"]
