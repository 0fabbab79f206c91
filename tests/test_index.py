"""The cached index: exact round trip, incremental refresh, damage and fallbacks, the `index` command."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.config import ActorsConfig, Config, IndexConfig
from briefing.corpus.loader import load_corpus
from briefing.index import index_corpus, load_briefing, refresh, settings
from briefing.index.progress import TerminalProgress
from briefing.index.refresh import Progress
from briefing.model import Briefing
from briefing.pipeline import analyse

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data"


def fresh(paths: list[Path], config: Config) -> list:
    """What the in-memory path computes: the reference the index must reproduce exactly."""
    from briefing.language.actors import knowledge_from_config

    knowledge = knowledge_from_config(config.actors)
    return [analyse(a, knowledge) for a in load_corpus(paths, config.corpus.manifest).articles]


def engine_now() -> str:
    """The engine fingerprint as the files are now (other processes compute their own)."""
    settings.code_fingerprint.cache_clear()
    return settings.engine_settings(Config())


def skip_if_engine_changed(before: str) -> None:
    if engine_now() != before:
        pytest.skip("the engine's files were edited during the test; its subprocess saw other code")


@pytest.fixture()
def config(tmp_path: Path) -> Config:
    return Config(index=IndexConfig(path=str(tmp_path / "cache" / "index.sqlite")))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE, folder)
    return folder


def test_round_trip_sample_corpus_is_exact(corpus: Path, config: Config) -> None:
    cold, warnings = load_briefing([corpus], config, jobs=1)
    warm, _ = load_briefing([corpus], config, jobs=1)
    expected = fresh([corpus], config)
    assert warm.index_report.processed_files == 0 and warm.index_report.unchanged_files == len(expected)
    assert list(cold.analysed.values()) == expected
    assert list(warm.analysed.values()) == expected
    assert not [w for w in warnings if w.path == "index"]


def test_parallel_jsonl_round_trip_matches_in_memory(tmp_path: Path, config: Config,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """One file of many records is split across worker processes; order and content are kept."""
    monkeypatch.setattr(refresh, "POOL_MIN_BYTES", 0)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    records = [{"id": f"r{i}", "title": f"Record {i}", "published": f"2022-03-{1 + i % 28:02d}",
                "text": texts[i % len(texts)]} for i in range(70)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    briefing, _ = load_briefing([path], config, jobs=2)
    assert briefing.index_report.processed_articles == 70
    assert list(briefing.analysed.values()) == fresh([path], config)


def _counts(corpus: Path, config: Config) -> tuple[int, int, int]:
    report, _ = index_corpus([corpus], config, jobs=1)
    return report.processed_files, report.unchanged_files, report.removed_files


def test_incremental_new_changed_touched_deleted(corpus: Path, config: Config) -> None:
    files = sorted(corpus.glob("*.txt"))
    assert _counts(corpus, config) == (len(files), 0, 0)
    (corpus / "extra.txt").write_text("A new story.\n\nThe minister said the talks would resume on Monday.\n")
    assert _counts(corpus, config) == (1, len(files), 0)
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nOne more paragraph was added later.\n",
                        encoding="utf-8")
    assert _counts(corpus, config) == (1, len(files), 0)
    stat = files[1].stat()
    os.utime(files[1], ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # touched, same bytes
    assert _counts(corpus, config) == (0, len(files) + 1, 0)
    files[2].unlink()
    assert _counts(corpus, config) == (0, len(files), 1)
    briefing, _ = load_briefing([corpus], config, jobs=1)
    assert list(briefing.analysed.values()) == fresh([corpus], config)


def test_pipeline_version_or_actors_change_reprocesses(corpus: Path, config: Config,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    n = len(list(corpus.glob("*.txt")))
    _counts(corpus, config)
    monkeypatch.setattr(settings, "PIPELINE_VERSION", "bumped")
    assert _counts(corpus, config) == (n, 0, 0)
    changed = Config(index=config.index, actors=ActorsConfig(aliases={"Example Alias": "Russia"}))
    assert _counts(corpus, changed)[0] == n


def test_other_corpora_in_the_same_index_are_kept(tmp_path: Path, config: Config) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    files = sorted(SAMPLE.glob("*.txt"))
    for folder, chosen in ((one, files[:2]), (two, files[2:3])):
        folder.mkdir()
        for f in chosen:
            shutil.copy(f, folder)
    index_corpus([one], config, jobs=1)
    report, _ = index_corpus([two], config, jobs=1)
    assert report.removed_files == 0
    briefing, _ = load_briefing([one], config, jobs=1)
    assert briefing.index_report.unchanged_files == 2 and len(briefing.articles) == 2


def test_same_file_names_in_two_folders_get_the_loaders_ids(tmp_path: Path, config: Config) -> None:
    source = sorted(SAMPLE.glob("*.txt"))
    for folder, f in (("a", source[0]), ("b", source[1])):
        (tmp_path / folder).mkdir()
        shutil.copy(f, tmp_path / folder / "story.txt")
    paths = [tmp_path / "a", tmp_path / "b"]
    briefing, _ = load_briefing(paths, config, jobs=1)
    assert list(briefing.analysed) == ["story", "story~2"]
    assert list(briefing.analysed.values()) == fresh(paths, config)


def test_article_path_follows_the_spelling_used(corpus: Path, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    load_briefing([corpus], config, jobs=1)
    monkeypatch.chdir(corpus.parent)
    relative = Path(corpus.name)
    briefing, _ = load_briefing([relative], config, jobs=1)
    assert briefing.index_report.processed_files == 0
    assert list(briefing.analysed.values()) == fresh([relative], config)


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_corrupt_index_is_set_aside_and_rebuilt(corpus: Path, config: Config, content: bytes) -> None:
    load_briefing([corpus], config, jobs=1)
    path = config.index_path()
    path.write_bytes(content + b"\0" * 4096 if content else b"SQLite format 3\0" + b"\x07" * 5000)
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    briefing, warnings = load_briefing([corpus], config, jobs=1)
    assert [w for w in warnings if w.path == "index" and "rebuilding" in w.message]
    assert path.with_name(path.name + ".broken").exists()
    assert list(briefing.analysed.values()) == fresh([corpus], config)


def test_foreign_sqlite_file_is_not_reused(corpus: Path, config: Config) -> None:
    path = config.index_path()
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recipes (name TEXT)")
    briefing, warnings = load_briefing([corpus], config, jobs=1)
    assert [w for w in warnings if "another application" in w.message]
    with sqlite3.connect(path.with_name(path.name + ".broken")) as kept:
        assert kept.execute("SELECT count(*) FROM recipes").fetchone() == (0,)
    assert len(briefing.articles) == len(list(corpus.glob("*.txt")))


def test_unwritable_location_falls_back_to_memory(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    config = Config(index=IndexConfig(path=str(blocker / "index.sqlite")))
    briefing, warnings = load_briefing([corpus], config, jobs=1)
    assert [w for w in warnings if w.path == "index" and "in memory" in w.message]
    assert list(briefing.analysed.values()) == fresh([corpus], config)


def test_corpus_is_never_written(corpus: Path, config: Config) -> None:
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in corpus.rglob("*")}
    load_briefing([corpus], config, jobs=1)
    load_briefing([corpus], config, jobs=1)
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in corpus.rglob("*")} == before


def test_summaries_are_kept_in_the_index(corpus: Path, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    first, _ = load_briefing([corpus], config, jobs=1)
    actor = first.actors()[0].name
    expected = (first.summary(), first.summary(actor=actor))

    def not_again(*args: object, **kwargs: object) -> list:
        raise AssertionError("summary recomputed although it is in the index")

    monkeypatch.setattr(Briefing, "_summarise", not_again)
    second, _ = load_briefing([corpus], config, jobs=1)
    assert (second.summary(), second.summary(actor=actor)) == expected


def test_kill_during_index_leaves_a_usable_index(tmp_path: Path, config: Config) -> None:
    """A writer killed mid-run: what it committed reads back whole, and the next run completes the rest."""
    corpus = tmp_path / "many"
    corpus.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    for i in range(30):
        (corpus / f"story{i:02d}.txt").write_text(f"Story number {i}\n\n{texts[i % len(texts)]}", encoding="utf-8")
    toml = tmp_path / "briefing.toml"
    toml.write_text(f'[index]\npath = "{config.index_path()}"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    engine = engine_now()
    process = subprocess.Popen([sys.executable, "-m", "briefing", "--config", str(toml), "--corpus", str(corpus),
                                "index", "--jobs", "1"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        committed = 0
        for _ in range(600):
            if process.poll() is not None:
                break
            if config.index_path().exists():
                with sqlite3.connect(config.index_path(), timeout=30) as reader:
                    try:
                        committed = reader.execute("SELECT count(*) FROM files").fetchone()[0]
                    except sqlite3.OperationalError:
                        committed = 0
                if committed >= 3:
                    break
            time.sleep(0.1)
        assert process.poll() is None, "the writer finished before it could be killed; use more files"
        process.kill()
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
    skip_if_engine_changed(engine)
    partial, warnings = load_briefing([corpus], config, refresh_index=False)
    assert 3 <= len(partial.articles) < 30
    assert not [w for w in warnings if w.path == "index"]
    expected = {a.article.id: a for a in fresh([corpus], config)}
    assert all(expected[k] == v for k, v in partial.analysed.items())
    complete, _ = load_briefing([corpus], config, jobs=1)
    assert complete.index_report.unchanged_files == len(partial.articles)
    assert list(complete.analysed.values()) == list(expected.values())


def test_index_command_reports_counts(corpus: Path, tmp_path: Path) -> None:
    toml = tmp_path / "briefing.toml"
    toml.write_text(f'[index]\npath = "{tmp_path / "i.sqlite"}"\n', encoding="utf-8")
    command = [sys.executable, "-m", "briefing", "--config", str(toml), "--corpus", str(corpus), "index",
               "--format", "json", "--jobs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    engine = engine_now()
    runs = [subprocess.run(command, env=env, capture_output=True, text=True, check=True) for _ in range(2)]
    skip_if_engine_changed(engine)
    first, second = (json.loads(r.stdout) for r in runs)
    n = len(list(corpus.glob("*.txt")))
    assert (first["processed_files"], first["unchanged_files"]) == (n, 0)
    assert (second["processed_files"], second["unchanged_files"]) == (0, n)
    assert "\r" not in runs[0].stderr  # no progress bar off a terminal


class _FakeTTY:
    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


@pytest.mark.parametrize(("fraction", "hashes"), [(0.0, 0), (0.5, 15), (1.0, 30)])
def test_progress_bar_on_a_terminal(fraction: float, hashes: int) -> None:
    stream = _FakeTTY()
    bar = TerminalProgress(stream)  # type: ignore[arg-type]
    bar(Progress(0, 1, 3, 6, fraction))
    assert stream.text.startswith("\r") and stream.text.count("#") == hashes


# -- the index-backed Briefing answers as the in-memory one does ---------------------------------------------------
STATE_DEPT = ROOT.parent / "shared" / "corpora" / "state-dept" / "press-releases-2021-2022.jsonl"
if not STATE_DEPT.exists():
    STATE_DEPT = Path("/work/shared/corpora/state-dept/press-releases-2021-2022.jsonl")


def _corpus_folders(kind: str, tmp_path: Path) -> list[Path]:
    if kind == "state-dept-300":
        if not STATE_DEPT.exists():
            pytest.skip("the State Dept corpus is not here")
        folder = tmp_path / "state"
        folder.mkdir()
        lines = STATE_DEPT.read_text(encoding="utf-8").splitlines()[:300]
        (folder / "releases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return [folder]
    folders = [tmp_path / "one", tmp_path / "two"][: 2 if kind == "sample-twice" else 1]
    for folder in folders:  # twice: the same file names in two folders, so ids become `id~2`
        shutil.copytree(SAMPLE, folder)
    return folders


def _answers(b: Briefing) -> dict[str, object]:
    """Every public query, for a spread of days and actors chosen from the answers themselves."""
    from briefing.model import UNDATED

    days = b.days()
    chosen_days: list[object] = [None, *days[:2], *days[-2:]] + ([UNDATED] if b.has_undated() else [])
    rows = b.actors()
    names = [r.name for r in rows[:3]] + [r.name for r in rows[-1:]]
    out: dict[str, object] = {
        "stats": b.stats(), "days": days, "undated": b.has_undated(), "day_counts": b.day_counts(),
        "persons": b.person_names, "affiliations": b.affiliations, "sentence_actors": b._sentence_actors,
        "ids": list(b.analysed), "articles": [b.articles[k] for k in list(b.articles)[:3]],
        "persons_list": b.entities(kind="person"),
    }
    for day in chosen_days:
        out[f"day {day}"] = (b.actors(day), b.entities(day), b.quotes(day=day), b.sanctions(day=day),
                             [a.article.id for a in b.on_day(day)])
    for name in names:
        out[f"actor {name}"] = (b.entities(actor=name), b.co_actors(name), b.quotes(actor=name), b.sanctions(name),
                                b.timeline(name), b.actors(query=name[:3]), b.resolve_actor(name.lower()))
        if days:
            out[f"actor {name} on {days[-1]}"] = (b.entities(days[-1], name), b.co_actors(name, days[-1]))
    summaries = [{}, {"day": days[-1]} if days else {}, {"day": days[-1], "new": True} if days else {},
                 {"actor": names[0]} if names else {}, {"actor": names[0], "day": days[-1]} if names and days else {}]
    out["summaries"] = [b.summary(**kwargs, sentences=4) for kwargs in summaries]
    first = next(iter(b.analysed.values()), None)
    if first is not None and first.sentences:
        out["sentence"] = b.sentence(first.article.id, len(first.sentences) - 1)
    return out


@pytest.mark.parametrize("kind", ["sample", "sample-twice", "state-dept-300"])
def test_index_backed_briefing_answers_as_the_in_memory_one(kind: str, tmp_path: Path, config: Config) -> None:
    from briefing.index.lazy import LazyBriefing

    folders = _corpus_folders(kind, tmp_path)
    lazy, _ = load_briefing(folders, config, jobs=1)
    assert isinstance(lazy, LazyBriefing)
    memory = Briefing(fresh(folders, config), config)
    expected, got = _answers(memory), _answers(lazy)
    assert got.keys() == expected.keys()
    for key in expected:
        assert got[key] == expected[key], key
    assert list(lazy.analysed.values()) == list(memory.analysed.values())
    again, _ = load_briefing(folders, config, jobs=1)  # the actor list and merged quotes kept in the index
    days = [None, *memory.days()[-1:]]
    assert [again.actors(d) for d in days] == [memory.actors(d) for d in days]
    assert again.quotes() == memory.quotes()


def test_index_backed_briefing_keeps_its_snapshot_while_the_index_changes(corpus: Path, config: Config) -> None:
    before, _ = load_briefing([corpus], config, jobs=1)
    ids = list(before.analysed)
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.unlink()
    after, _ = load_briefing([corpus], config, jobs=1)
    assert len(after.analysed) == len(ids) - 1
    assert list(before.analysed) == ids and len(before.on_day(None)) == len(ids)
    assert before.actors() and before.summary(sentences=2)


def test_decoded_articles_are_bounded(corpus: Path, config: Config) -> None:
    from briefing.index.lazy import LazyBriefing

    load_briefing([corpus], config, jobs=1)
    lazy = LazyBriefing(config.index_path().as_posix(), discover(corpus, config), config, cache_size=2)
    for day in lazy.days():
        lazy.on_day(day)
    assert len(lazy._decoded) <= max(2, max(lazy.day_counts().values()))


def discover(corpus: Path, config: Config) -> list:
    from briefing.corpus.loader import discover_files

    return discover_files([corpus], config.corpus.manifest)[0]
