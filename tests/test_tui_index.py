"""The dashboard on a real session: indexing in worker processes while Textual owns the terminal.

Run in a fresh interpreter, as `briefing` runs, so that nothing pytest set up (its own stderr capture, a
resource tracker already running) hides a failure to spawn the workers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from briefing.index.refresh import POOL_MIN_BYTES

REPO = Path(__file__).resolve().parents[1]
STORY = ("Officials in {city} said on Monday that talks on the new trade agreement would resume next week, "
         "after a pause of several months. The minister told reporters that both sides wanted a deal soon.")
SCRIPT = """
import asyncio, sys
from briefing.config import config_from_dict
from briefing.session import Session
from widgets.app import BriefingApp

async def main():
    config = config_from_dict({"index": {"path": sys.argv[2], "jobs": 2}})
    app = BriefingApp(Session(config=config, corpus_paths=[sys.argv[1]], use_index=True))
    async with app.run_test(size=(120, 40)):
        for _ in range(480):
            if app.briefing is not None or app.load_error:
                break
            await asyncio.sleep(0.25)
        print("articles", len(app.briefing.articles) if app.briefing else None, "error", repr(app.load_error))

asyncio.run(main())
"""


def test_the_index_refreshes_in_worker_processes_under_the_dashboard(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    cities = ["Lisbon", "Oslo", "Warsaw", "Prague", "Vienna"]
    corpus.write_text("\n".join(json.dumps({
        "id": f"story-{n}", "title": f"Talks resume {n}", "source": "Wire", "date": f"2024-05-{1 + n % 5:02d}",
        "text": "\n\n".join([STORY.format(city=cities[n % 5])] * 4),
    }) for n in range(320)) + "\n", encoding="utf-8")
    assert corpus.stat().st_size > POOL_MIN_BYTES  # large enough for the index to use worker processes
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(corpus), str(tmp_path / "index.sqlite")],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "articles 320 error ''" in result.stdout, result.stdout + result.stderr[-2000:]
