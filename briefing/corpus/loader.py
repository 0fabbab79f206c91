"""Load a corpus: walk the paths, decode each file, read its documents, clean them, date them.

`load_file` is a pure function of one file (plus its manifest entry): it is what the index runs in
worker processes, and what a user with millions of articles would run on a cluster. One bad file or
record becomes a `LoadWarning` naming it; the rest of the corpus loads.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from briefing.corpus.cleaning import clean
from briefing.corpus.decode import UndecodableError, decode
from briefing.corpus.formats import SUPPORTED, LoadWarning, RawDocument, read_documents
from briefing.corpus.pubdate import parse_metadata_date, url_date
from briefing.models import Article

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MAX_FILE_BYTES = 256 * 1024 * 1024
# A folder's own documentation, not articles: skipped when walking folders (still loadable by name).
_REPO_DOCS = re.compile(r"(?i)^(readme|license|licence|changelog|contributing|copying|authors|notice)(\.\w+)?$")
_ID_SAFE = re.compile(r"[^\w.:/?=&-]+")


@dataclass
class CorpusLoad:
    articles: list[Article] = field(default_factory=list)
    warnings: list[LoadWarning] = field(default_factory=list)
    files: int = 0


@dataclass(frozen=True)
class CorpusFile:
    """A file to load, with the manifest entry for it (metadata kept beside the text)."""

    path: Path
    manifest: dict[str, str] = field(default_factory=dict)


def load_corpus(paths: Iterable[str | Path], manifest_name: str = "manifest.toml", timezone: str = "UTC") -> CorpusLoad:
    """Load every supported file under `paths` (files or folders, recursively)."""
    result = CorpusLoad()
    files, warnings = discover_files(paths, manifest_name)
    result.warnings.extend(warnings)
    for corpus_file in files:
        articles, file_warnings = load_file(corpus_file, timezone)
        result.files += 1
        result.articles.extend(articles)
        result.warnings.extend(file_warnings)
    result.articles = unique_ids(result.articles)
    return result


def discover_files(paths: Iterable[str | Path], manifest_name: str = "manifest.toml"
                   ) -> tuple[list[CorpusFile], list[LoadWarning]]:
    """Every supported file under `paths`, sorted, each once; symlink loops and unreadable folders warned."""
    warnings: list[LoadWarning] = []
    found: list[CorpusFile] = []
    seen: set[str] = set()
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for path in map(Path, paths):
        if path.is_file():
            candidates: Iterator[Path] = iter([path])
        elif path.is_dir():
            candidates = _walk(path, warnings)
        else:
            warnings.append(LoadWarning(str(path), "not found; skipped"))
            continue
        for candidate in candidates:
            if candidate.name == manifest_name or candidate.suffix.lower() not in SUPPORTED:
                if path.is_file() and candidate.name != manifest_name:
                    warnings.append(LoadWarning(str(candidate), f"unsupported file type '{candidate.suffix}'; "
                                                "skipped (use .txt, .md, .json, .jsonl or .html)"))
                continue
            real = os.path.realpath(candidate)
            if real in seen:
                continue
            seen.add(real)
            folder = candidate.parent
            if folder not in manifests:
                manifests[folder] = _read_manifest(folder / manifest_name, warnings)
            found.append(CorpusFile(candidate, manifests[folder].get(candidate.name, {})))
    return found, warnings


def _walk(root: Path, warnings: list[LoadWarning]) -> Iterator[Path]:
    visited: set[str] = set()

    def on_error(error: OSError) -> None:
        warnings.append(LoadWarning(str(error.filename or root), f"cannot read folder ({error.strerror}); skipped"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=on_error):
        real = os.path.realpath(folder)
        if real in visited:
            warnings.append(LoadWarning(folder, "symlink loop; folder visited once"))
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not _REPO_DOCS.match(name):
                yield Path(folder, name)


def _read_manifest(path: Path, warnings: list[LoadWarning]) -> dict[str, dict[str, str]]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        warnings.append(LoadWarning(str(path), f"manifest ignored: {exc}"))
        return {}
    entries: dict[str, dict[str, str]] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            warnings.append(LoadWarning(str(path), f"manifest entry '{name}' is not a table; ignored"))
            continue
        entries[name] = {str(k): str(v) for k, v in entry.items()}
    return entries


def load_file(corpus_file: CorpusFile | Path, timezone: str = "UTC") -> tuple[list[Article], list[LoadWarning]]:
    """The articles in one file and the warnings it raised. Never raises for bad content."""
    if isinstance(corpus_file, Path):
        corpus_file = CorpusFile(corpus_file)
    path = corpus_file.path
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [], [LoadWarning(name, f"larger than {MAX_FILE_BYTES // 2**20} MB; skipped")]
        data = path.read_bytes()
    except OSError as exc:
        return [], [LoadWarning(name, f"cannot read ({exc.strerror or exc}); skipped")]
    if not data.strip():
        return [], [LoadWarning(name, "empty file; skipped")]
    try:
        text, _ = decode(data)
    except UndecodableError as exc:
        return [], [LoadWarning(name, f"{exc}; skipped")]
    digest = hashlib.sha256(data).hexdigest()
    articles: list[Article] = []
    warnings: list[LoadWarning] = []
    documents = list(read_documents(name, path.suffix.lower(), text))
    many = len(documents) > 1
    for document in documents:
        if isinstance(document, LoadWarning):
            warnings.append(document)
            continue
        article, problems = build_article(document, corpus_file.manifest, path.stem, many, digest, timezone)
        label = f"item {document.index}: " if many and document.line is None else ""  # a JSON list has no lines
        warnings.extend(LoadWarning(name, label + p, document.line) for p in problems)
        if article is not None:
            articles.append(article)
    return articles, warnings


def build_article(document: RawDocument, manifest: dict[str, str], stem: str, many: bool, digest: str,
                  timezone: str = "UTC") -> tuple[Article | None, list[str]]:
    problems = list(document.problems)
    meta = {**document.meta, **{k: v for k, v in manifest.items() if v}}
    cleaned = clean(document.text, title_hint=meta.get("title", ""), source_hint=meta.get("source", ""))
    if not cleaned.body.strip():
        problems.append("no article text found; skipped")
        return None, problems
    published, date_source = _publication_date(meta, cleaned.text_date, problems, timezone)
    url = meta.get("url", "")
    title = meta.get("title") or cleaned.title or _title_from_body(cleaned.body)
    source = meta.get("source") or cleaned.outlet or _domain(url)
    ident = meta["id"] if meta.get("id") else f"{stem}#{document.line or document.index + 1}" if many else stem
    record_digest = digest if not many else hashlib.sha256(f"{digest}:{document.index}".encode()).hexdigest()
    article = Article(
        id=_ID_SAFE.sub("_", ident).strip("_") or stem,
        path=document.path + (f":{document.line}" if document.line else ""),
        title=" ".join(title.split()),
        source=" ".join(source.split()),
        published=published,
        date_source=date_source,
        text=cleaned.body,
        url=url,
        author=meta.get("author") or cleaned.author,
        dateline=cleaned.dateline,
        lines=cleaned.lines,
        warnings=tuple(problems),
        content_hash=record_digest,
    )
    return article, problems


def _publication_date(meta: dict[str, str], text_date: date | None, problems: list[str], timezone: str
                      ) -> tuple[date | None, str]:
    raw = meta.get("published", "")
    if raw:
        parsed = parse_metadata_date(raw, timezone)
        if parsed is not None:
            return parsed, "metadata"
        problems.append(f"publication date {raw[:40]!r} not understood; looking in the text instead")
    if text_date is not None:
        return text_date, "text"
    from_url = url_date(meta.get("url", ""))
    if from_url is not None:
        return from_url, "url"
    return None, "none"


def _title_from_body(body: str) -> str:
    first = body.split("\n", 1)[0]
    words = first.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def _domain(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def unique_ids(articles: list[Article]) -> list[Article]:
    """Articles with ids made unique by a numeric suffix where two files share one."""
    from dataclasses import replace

    counts: dict[str, int] = {}
    out = []
    for article in articles:
        n = counts.get(article.id, 0)
        counts[article.id] = n + 1
        out.append(article if n == 0 else replace(article, id=f"{article.id}~{n + 1}"))
    return out
