"""Main text and metadata from an HTML page, with lxml (already installed as sumy's dependency)."""

from __future__ import annotations

from lxml import etree, html

from briefing.corpus.fields import normalise_record
from briefing.corpus.formats import RawDocument

_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "header", "footer",
         "aside", "figure")
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td",
           "div", "section", "article", "main"}
_META = {
    "og:title": "title", "twitter:title": "title", "headline": "title",
    "article:published_time": "published", "og:published_time": "published", "date": "published",
    "pubdate": "published", "publishdate": "published", "dc.date": "published", "datepublished": "published",
    "og:site_name": "source", "application-name": "source",
    "author": "author", "article:author": "author", "byl": "author", "dc.creator": "author",
    "og:url": "url",
}


def html_document(path: str, text: str) -> RawDocument:
    try:
        root = html.document_fromstring(text.encode("utf-8", "surrogatepass"))
    except (etree.ParserError, ValueError) as exc:
        return RawDocument(path, "", problems=[f"HTML could not be parsed ({exc})"])
    record: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META and meta.get("content") and _META[key] not in record:
            record[_META[key]] = meta.get("content", "")
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            record.setdefault("url", link.get("href", ""))
    time_tag = next(iter(root.iter("time")), None)
    if time_tag is not None and time_tag.get("datetime"):
        record.setdefault("published", time_tag.get("datetime", ""))
    title_tag = root.find(".//title")
    if "title" not in record and title_tag is not None and title_tag.text_content().strip():
        record["title"] = title_tag.text_content().strip()
    for element in list(root.iter(*_DROP)):
        if element.getparent() is not None:
            element.drop_tree()
    container = _main_container(root)
    lines: list[str] = []
    h1 = container.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        record["title"] = " ".join(h1.text_content().split())
    _collect(container, lines)
    meta, problems = normalise_record(record)
    return RawDocument(path, "\n\n".join(lines), meta=meta, problems=problems)


def _main_container(root: html.HtmlElement) -> html.HtmlElement:
    for xpath in ("//article", "//main", "//*[@role='main']", "//*[@itemprop='articleBody']", "//body"):
        found = root.xpath(xpath)
        if found:
            return max(found, key=lambda e: len(e.text_content()))
    return root


def _collect(element: html.HtmlElement, lines: list[str]) -> None:
    """Block elements become lines; inline text is joined with single spaces."""
    if not isinstance(element.tag, str):
        return
    if element.tag in _BLOCKS and not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in element):
        text = " ".join(element.text_content().split())
        if text:
            lines.append(text)
        return
    if element.text and element.text.strip():
        lines.append(" ".join(element.text.split()))
    for child in element:
        _collect(child, lines)
        if child.tail and child.tail.strip():
            lines.append(" ".join(child.tail.split()))
