"""Where the shared corpora and evaluation sets are (`shared/` beside the checkout); puts the checkout on
sys.path so the benchmarks measure the working tree."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
