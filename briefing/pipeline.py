"""Everything the engine extracts from one article, as a pure function of the article.

`analyse` is the unit of work the index caches and runs in worker processes; bump PIPELINE_VERSION
whenever what it produces changes, so cached results are recomputed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing.extract._context import build as article_context
from briefing.extract.quotes import find_quotes
from briefing.extract.sanctions import find_sanctions
from briefing.language.actors import Knowledge, actor_of, default_knowledge
from briefing.language.dates import event_date
from briefing.models import Article, EntityMention, Quote, Sanction, Sentence

PIPELINE_VERSION = "8"
_PARAGRAPH_BREAK = re.compile(r"\n\n")


@dataclass(frozen=True)
class AnalysedArticle:
    """An article with its sentences, entity mentions, quotes and sanctions.

    `mention_sentences[i]` is the index of the sentence holding `mentions[i]`; `mention_actors[i]` is the
    actor that mention acts for ("" when none).
    """

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[EntityMention, ...]
    mention_sentences: tuple[int, ...]
    mention_actors: tuple[str, ...]
    quotes: tuple[Quote, ...]
    sanctions: tuple[Sanction, ...]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that contains character `offset` of the article text."""
        starts = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, offset) - 1)


def analyse(article: Article, knowledge: Knowledge | None = None) -> AnalysedArticle:
    knowledge = knowledge or default_knowledge()
    text = article.text
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    context = article_context(text, article.published, article.id, knowledge)  # shared with the extractors
    sentences = []
    for index, (start, end) in enumerate(context.sentences):
        body = text[start:end]
        sentences.append(Sentence(
            article=article.id, index=index, paragraph=bisect_right(paragraph_starts, start) - 1, start=start,
            end=end, text=body, date=event_date(body, article.published) or article.published,
        ))
    starts = [s.start for s in sentences]
    mentions = tuple(context.mentions)
    mention_sentences = tuple(max(0, bisect_right(starts, m.start) - 1) for m in mentions)
    mention_actors = tuple(actor_of(m, knowledge) for m in mentions)
    quotes = tuple(find_quotes(text, article.published, article=article.id, knowledge=knowledge))
    sanctions = tuple(find_sanctions(text, article.published, article=article.id, knowledge=knowledge,
                                     source=article.url or article.source))
    return AnalysedArticle(article, tuple(sentences), mentions, mention_sentences, mention_actors, quotes, sanctions)
