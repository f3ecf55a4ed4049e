import re

from django.contrib.postgres.search import TrigramSimilarity
from django.db import models

WORD = re.compile(r"[^\W\d_]{4,40}")
# How alike a word must be to be offered as "did you mean".
SUGGESTION_SIMILARITY = 0.4


class SearchTermQuerySet(models.QuerySet):
    def add_words(self, text: str) -> None:
        words = {word.lower() for word in WORD.findall(text)}
        self.bulk_create([SearchTerm(word=word) for word in words], ignore_conflicts=True)

    def known(self, words: set[str]) -> set[str]:
        return set(self.filter(word__in=words).values_list("word", flat=True))

    def closest(self, word: str) -> str:
        """The most similar known word (PostgreSQL trigram similarity), or ""."""
        return (
            self.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=SUGGESTION_SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        ) or ""


class SearchTerm(models.Model):
    """A word used by some published record: the vocabulary "did you mean" draws on.

    Only published records add words, so a suggestion never reveals a draft.
    """

    word = models.CharField(max_length=40, primary_key=True)

    objects = SearchTermQuerySet.as_manager()

    def __str__(self) -> str:
        return self.word
