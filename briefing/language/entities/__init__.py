"""Named entities without a model: capitalised spans, gazetteers, titles, and article-wide merging.

One pass over an article body: find runs of capitalised words (joined across "of"/"for"/"and" only where
the left word heads a name, as in "Ministry of Foreign Affairs" or "Group of Seven"), cut each run into
known names (countries, capitals, bodies, demonyms), titles and the rest, then decide kinds from cues:
a title before or after makes a person ("Kremlin spokesman Dmitry Peskov", "Blinken, the secretary of
state"), a head word makes an organisation or a place. Finally, names are merged article-wide: a later
"Blinken" takes the canonical "Antony Blinken", and spelling variants (Zelenskyy / Zelensky) share one.

Modules, in the order of the pass: `runs` (capitalised words and runs), `segments` (a run cut into known
names, titles, demonyms and plain words), `article` (each run's mentions), with `kinds` (kind from head
words, shape and context) and `titles` (titles and the affiliation they carry); then `merge` (article-wide).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.language.actors import Knowledge, default_knowledge
from briefing.language.entities.article import Article
from briefing.language.entities.merge import merge_mentions
from briefing.language.entities.runs import capitalised_runs
from briefing.models import EntityMention

__all__ = ["find_entities"]


def find_entities(text: str, knowledge: Knowledge | None = None,
                  spans: Sequence[tuple[int, int]] | None = None) -> list[EntityMention]:
    """Every named mention in `text` (a whole article body), canonical names resolved article-wide.

    `knowledge` defaults to the cached built-in knowledge (use `knowledge_from_config` for `[actors]`);
    `spans` are sentence spans if the caller has them already (else they are computed).
    """
    k = knowledge or default_knowledge()
    article = Article(text, k, spans)
    for run in capitalised_runs(text, k):
        article.run(run)
    return merge_mentions(article.found, text, k)
