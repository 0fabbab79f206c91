"""Typed configuration: discovery, parsing and validation of `briefing.toml`.

Discovery order: `--config FILE`, then `./briefing.toml`, then `briefing/briefing.toml` in the user
config directory, then built-in defaults. Every problem (malformed TOML, an unknown key, a wrong
type) is a `ConfigError` whose message names the file, the line and the key.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir, user_config_dir

from briefing.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

SUMMARY_ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
CONFIG_NAME = "briefing.toml"


@dataclass(frozen=True)
class CorpusConfig:
    paths: list[str] = field(default_factory=list)
    manifest: str = "manifest.toml"
    timezone: str = "UTC"


@dataclass(frozen=True)
class SummaryConfig:
    algorithm: str = "lexrank"
    sentences: int = 5


@dataclass(frozen=True)
class ActorsConfig:
    aliases: dict[str, str] = field(default_factory=dict)
    affiliations: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class UIConfig:
    theme: str = "textual-dark"
    top_actors: int = 30
    show_furniture: bool = False


@dataclass(frozen=True)
class IndexConfig:
    path: str = ""
    jobs: int = 0


@dataclass(frozen=True)
class Config:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    actors: ActorsConfig = field(default_factory=ActorsConfig)
    ui: UIConfig = field(default_factory=UIConfig)
    index: IndexConfig = field(default_factory=IndexConfig)
    keymap: dict[str, str] = field(default_factory=dict)
    source: str = "built-in defaults"
    base_dir: str = "."

    def corpus_paths(self) -> list[Path]:
        """Configured corpus paths, relative ones taken from the config file's folder."""
        return [Path(self.base_dir, p).expanduser() for p in self.corpus.paths]

    def index_path(self) -> Path:
        if self.index.path:
            return Path(self.base_dir, self.index.path).expanduser()
        return Path(user_cache_dir("briefing")) / "index.sqlite"


def discover(explicit: str | None = None, cwd: Path | None = None) -> Path | None:
    """The config file to read, or None for built-in defaults."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file not found: {explicit} (check the --config path)")
        return path
    for candidate in (Path(cwd or Path.cwd()) / CONFIG_NAME, Path(user_config_dir("briefing")) / CONFIG_NAME):
        if candidate.is_file():
            return candidate
    return None


def load_config(explicit: str | None = None, cwd: Path | None = None) -> Config:
    path = discover(explicit, cwd)
    if path is None:
        return Config()
    return parse_config(path)


def parse_config(path: Path) -> Config:
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc}); fix the file or pass --config") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        location = f"{path}:{where.group(1)}:{where.group(2)}" if where else str(path)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"{location}: malformed TOML: {reason}") from None
    return config_from_dict(data, path, raw)


def config_from_dict(data: dict[str, Any], path: Path | None = None, raw: str = "") -> Config:
    where = _Locator(path, raw)
    sections: dict[str, Any] = {}
    hints = typing.get_type_hints(Config)
    for key, value in data.items():
        if key in ("source", "base_dir") or key not in hints:
            raise ConfigError(where.message(None, key, f"unknown section or key [{key}]; known: "
                                            + ", ".join(k for k in hints if k not in ("source", "base_dir"))))
        sections[key] = _build(hints[key], value, where, key, None)
    if path is not None:
        sections["source"] = str(path)
        sections["base_dir"] = str(path.parent)
    config = Config(**sections)
    _check_values(config, where)
    return config


def _check_values(config: Config, where: _Locator) -> None:
    if config.summary.algorithm not in SUMMARY_ALGORITHMS:
        raise ConfigError(where.message("summary", "algorithm", f"unknown algorithm {config.summary.algorithm!r}; "
                                        f"choose one of {', '.join(SUMMARY_ALGORITHMS)}"))
    if config.summary.sentences < 1:
        raise ConfigError(where.message("summary", "sentences", "must be at least 1"))
    if not _known_timezone(config.corpus.timezone):
        raise ConfigError(where.message("corpus", "timezone", f"unknown timezone {config.corpus.timezone!r}; "
                                        "use an IANA name such as 'UTC' or 'Europe/Kyiv'"))


def _known_timezone(name: str) -> bool:
    """An IANA zone name; anything passes where the system has no zone database (dates then fall back to UTC)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    if name.upper() in ("UTC", "GMT"):
        return True
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return not available_timezones()
    return True


def _build(kind: Any, value: Any, where: _Locator, key: str, section: str | None) -> Any:
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise ConfigError(where.message(section, key, f"expected a table [{key}], got {_tname(value)}"))
        hints = typing.get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind)}
        built = {}
        for sub, subvalue in value.items():
            if sub not in known:
                known_list = ", ".join(sorted(known))
                raise ConfigError(where.message(key, sub, f"unknown key '{sub}' in [{key}]; known: {known_list}"))
            built[sub] = _build(hints[sub], subvalue, where, sub, key)
        return kind(**built)
    if not _matches(kind, value):
        raise ConfigError(where.message(section, key, f"'{key}' must be {_describe(kind)}, got {_tname(value)}"))
    return value


def _matches(kind: Any, value: Any) -> bool:
    origin = typing.get_origin(kind)
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is str:
        return isinstance(value, str)
    if origin is list:
        (item,) = typing.get_args(kind)
        return isinstance(value, list) and all(_matches(item, v) for v in value)
    if origin is dict:
        _, item = typing.get_args(kind)
        return isinstance(value, dict) and all(isinstance(k, str) and _matches(item, v) for k, v in value.items())
    if origin in (typing.Union, types.UnionType):
        return any(_matches(arg, value) for arg in typing.get_args(kind))
    return isinstance(value, kind)


def _describe(kind: Any) -> str:
    origin = typing.get_origin(kind)
    if origin is list:
        return f"a list of {_plural(typing.get_args(kind)[0])}"
    if origin is dict:
        return f"a table of {_plural(typing.get_args(kind)[1])}"
    return {bool: "true or false", int: "an integer", str: "a string"}.get(kind, str(kind))


def _plural(kind: Any) -> str:
    return {bool: "booleans", int: "integers", str: "strings"}.get(kind, _describe(kind))


def _tname(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


class _Locator:
    """Finds the line of a key in the raw TOML so messages can say file:line."""

    def __init__(self, path: Path | None, raw: str) -> None:
        self.path = path
        self.lines = raw.splitlines()

    def line_of(self, section: str | None, key: str) -> int | None:
        current: str | None = None
        key_re = re.compile(rf'^\s*("{re.escape(key)}"|\'{re.escape(key)}\'|{re.escape(key)})\s*=')
        for number, line in enumerate(self.lines, 1):
            header = re.match(r"^\s*\[+\s*([^\]]+?)\s*\]+", line)
            if header:
                current = header.group(1).strip()
                if section is None and current.split(".")[0] == key:
                    return number
                continue
            in_section = section is None or current == section or (current or "").startswith(section + ".")
            if key_re.match(line) and in_section:
                return number
        return None

    def message(self, section: str | None, key: str, text: str) -> str:
        where = str(self.path) if self.path else "configuration"
        line = self.line_of(section, key) if self.lines else None
        if line is not None:
            where += f":{line}"
        full_key = f"{section}.{key}" if section else key
        return f"{where}: {full_key}: {text}"
