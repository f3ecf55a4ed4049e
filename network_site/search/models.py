import re

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField, TrigramSimilarity
from django.db import models
from django.db.models import Case, Value, When

WORD = re.compile(r"[^\W\d_]{4,40}")
# How alike a word must be to be offered as "did you mean".
SUGGESTION_SIMILARITY = 0.4


class SearchTermQuerySet(models.QuerySet):
    def add_words(self, text: str) -> None:
        words = {word.lower() for word in WORD.findall(text)}
        self.bulk_create([SearchTerm(word=word) for word in words], ignore_conflicts=True)

    def closest_to_each(self, words: set[str]) -> dict[str, str]:
        """Each word's most similar known word: the word itself when the library uses
        it, else the closest by PostgreSQL trigram similarity; a word with none is left
        out. One query however many words (a union, one part a word)."""
        closest = [
            self.filter(word__trigram_similar=asked)
            .annotate(similarity=TrigramSimilarity("word", asked), asked=Value(asked))
            .filter(similarity__gte=SUGGESTION_SIMILARITY)
            .order_by(
                Case(When(word=asked, then=Value(0)), default=Value(1)), "-similarity", "word"
            )
            .values_list("asked", "word")[:1]
            for asked in sorted(words)
        ]
        if not closest:
            return {}
        first, *rest = closest
        return dict(first.union(*rest, all=True))


class SearchTerm(models.Model):
    """A word used by some published record: the vocabulary "did you mean" draws on.

    Only published records add words, so a suggestion never reveals a draft.
    """

    word = models.CharField(max_length=40, primary_key=True)

    objects = SearchTermQuerySet.as_manager()

    def __str__(self) -> str:
        return self.word


class SearchEntry(models.Model):
    """One record as search finds and shows it: the one index for every kind of record.

    Written by the publishing gate (network_site.search.index.index_record) from the
    record's saved columns and relations, for public records only; a search reads this
    table alone, in one query whatever the number of kinds. Which entries are public
    is still decided by each kind's published() when searching, so an entry a record
    saved outside the gate left behind is ignored, never shown.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    # The language of its words: the site's own, or a published translation's (a record
    # has an entry in each). Pages in a language search its entries and English ones.
    language = models.CharField(max_length=12, default="en")
    # The result's label and filter: the kind's model name, or its search_source_field value.
    source = models.CharField(max_length=40)
    title = models.CharField(max_length=250)
    # The line above the title in results ("Law · Maine · 17-A M.R.S. § 852").
    kicker = models.CharField(max_length=300)
    # The same line in each language staff translate into ({"es": "Ley · Maine · …"}),
    # for results on that language's pages.
    kickers = models.JSONField(default=dict, blank=True)
    url = models.CharField(max_length=500)
    # Plain text for snippets, and what the plain search (SQLite) matches.
    document = models.TextField(blank=True)
    # The kind's plain_search_columns, for the plain search.
    names = models.TextField(blank=True)
    # Normalized citations, " 17-a:852 18:1591 ", matched with LIKE (Record.citation_needle).
    keys = models.CharField(max_length=500, blank=True)
    # The search page's filters: {"jurisdiction": "maine"} (Record.search_filters).
    facets = models.JSONField(default=dict, blank=True)
    # Slugs of the record's topics, " labor-trafficking minors ", matched with LIKE.
    topics = models.TextField(blank=True)
    # When it stops being current (an event ends or is cancelled; Record.current_until):
    # listed after everything current from then on. Null: always current.
    current_until = models.DateTimeField(null=True, blank=True)
    # PostgreSQL's weighted full-text vector (empty on SQLite).
    vector = SearchVectorField(null=True)

    class Meta:
        verbose_name_plural = "search entries"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="one_entry_a_record_and_language",
            )
        ]

    def __str__(self) -> str:
        return self.title
