"""One search over every published law, protocol, model policy and resource.

On PostgreSQL: full-text search (websearch syntax, English stemming, weighted
ranking, highlighted snippets), citations matched by their normalised key
whatever way they are typed, and a trigram fallback with "did you mean" when
the words find little. On SQLite (the trial database) a plain
case-insensitive match, so `make run` still has a working search.

Queries are never logged or stored: they are sensitive.
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db.models import Case, F, FloatField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from laws.citations import citation_key
from laws.models import Law
from network_site.searchindex import SEARCH_CONFIG, uses_postgres
from protocols.models import Protocol
from resources.models import Resource

MAX_QUERY_LENGTH = 200
# Ranked candidates kept per type; counts above it are shown as "500+".
PER_TYPE_LIMIT = 500
# Fewer full-text results than this, and the misspelling fallback joins in.
FEW_RESULTS = 3
SNIPPET_WORDS = 30
# Snippet highlight markers: control characters no record contains, swapped for
# <mark> only after the snippet text has been escaped.
START, STOP = "\x02", "\x03"
CITATION_BOOST = 10.0


@dataclass(frozen=True)
class Source:
    """One kind of result: which records, and how the reader sees it labelled."""

    key: str
    label: str
    model: type
    kind: str = ""

    def queryset(self, jurisdiction: str = "", topic: str = ""):
        queryset = self.model.objects.published()
        if self.kind:
            queryset = queryset.filter(kind=self.kind)
        if jurisdiction:
            queryset = queryset.filter(jurisdiction=jurisdiction)
        if topic:
            queryset = queryset.filter(topics__slug=topic)
        return queryset


SOURCES = [
    Source("law", "Laws", Law),
    Source("protocol", "Protocols", Protocol, kind=Protocol.Kind.PROTOCOL),
    Source("model_policy", "Model policies", Protocol, kind=Protocol.Kind.MODEL_POLICY),
    Source("resource", "Resources", Resource),
]
SOURCE_BY_KEY = {source.key: source for source in SOURCES}


@dataclass
class Hit:
    source: Source
    pk: int
    rank: float
    record: object = None
    title: str = ""
    snippet: SafeString = mark_safe("")  # noqa: S308 (empty, constant)


@dataclass
class Results:
    query: str
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    suggestion: str = ""
    truncated: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as searched: control characters dropped, spaces folded, cut to the limit."""
    text = "".join(
        " " if unicodedata.category(ch).startswith(("C", "Z")) else ch for ch in raw or ""
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def search(query: str, *, kind: str = "", jurisdiction: str = "", topic: str = "") -> Results:
    """Ranked hits for a cleaned query; `kind` narrows to one source, counts cover all."""
    results = Results(query=query)
    if not query:
        return results
    sources = [s for s in SOURCES if not jurisdiction or s.model is Law]
    find = _postgres_hits if uses_postgres() else _simple_hits
    by_source = {source.key: find(source, query, jurisdiction, topic) for source in sources}

    if uses_postgres() and _count(by_source) < FEW_RESULTS:
        # Little found: any of the words, then titles that look like the words.
        broader = _any_word_query(query)
        if broader:
            for source in sources:
                _merge(
                    by_source[source.key], _postgres_hits(source, broader, jurisdiction, topic, 0.5)
                )
        similar = {s.key: _similar_titles(s, query, jurisdiction, topic) for s in sources}
        results.suggestion = _suggestion(query, [hit for hits in similar.values() for hit in hits])
        if _count(by_source) < FEW_RESULTS:
            for key, hits in similar.items():
                _merge(by_source[key], hits)

    results.counts = {key: len(hits) for key, hits in by_source.items()}
    results.truncated = any(count >= PER_TYPE_LIMIT for count in results.counts.values())
    chosen = [by_source[kind]] if kind in by_source else by_source.values()
    results.hits = sorted(
        (hit for hits in chosen for hit in hits), key=lambda hit: (-hit.rank, hit.pk)
    )
    return results


def _count(by_source: dict[str, list[Hit]]) -> int:
    return sum(map(len, by_source.values()))


def _merge(hits: list[Hit], more: list[Hit]) -> None:
    known = {hit.pk for hit in hits}
    hits.extend(hit for hit in more if hit.pk not in known)


def _any_word_query(query: str) -> str:
    """'my boyfriend takes my money' -> 'boyfriend OR takes OR money' (websearch syntax)."""
    if '"' in query:
        return ""
    words = [w for w in re.findall(r"\w+", query) if len(w) > 2]
    return " OR ".join(words) if len(words) > 1 else ""


def load_page(hits: list[Hit], query: str) -> list[Hit]:
    """Fetch the records and snippets for one page of hits (a query per kind of record)."""
    by_model: dict[type, list[Hit]] = {}
    for hit in hits:
        by_model.setdefault(hit.source.model, []).append(hit)
    for model, model_hits in by_model.items():
        records = model.objects.filter(pk__in=[hit.pk for hit in model_hits])
        if uses_postgres():
            records = records.annotate(
                headline=SearchHeadline(
                    "search_document",
                    _search_query(query),
                    config=SEARCH_CONFIG,
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=SNIPPET_WORDS,
                    min_words=SNIPPET_WORDS // 2,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                )
            )
        by_pk = {record.pk: record for record in records}
        for hit in model_hits:
            hit.record = by_pk[hit.pk]
            text = getattr(hit.record, "headline", None)
            if text is None or START not in text:
                text = _highlight_plain(_first_words(hit.record.search_document), query)
            hit.snippet = _as_html(text)
    return hits


# --- PostgreSQL --------------------------------------------------------------


def _search_query(query: str) -> SearchQuery:
    return SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)


def _postgres_hits(
    source: Source, query: str, jurisdiction: str, topic: str, weight: float = 1.0
) -> list[Hit]:
    search_query = _search_query(query)
    # Rank by the wanted words only: ts_rank gives 0 to anything with a "-word".
    rank_query = _search_query(re.sub(r"(^|\s)-\S+", " ", query)) if "-" in query else search_query
    matches = Q(search_vector=search_query)
    boost = Value(0.0)
    key = citation_key(query) if source.model is Law else ""
    if key:
        cited = Q(citation_keys__contains=f"{key} " if key.startswith(":") else f" {key} ")
        matches |= cited
        boost = Case(When(cited, then=Value(CITATION_BOOST)), default=Value(0.0))
    ranked = (
        source.queryset(jurisdiction, topic)
        .filter(matches)
        .annotate(
            score=SearchRank(F("search_vector"), rank_query) * Value(weight) + boost,
        )
        .order_by("-score", "title")
        .values_list("pk", "score")[:PER_TYPE_LIMIT]
    )
    return [Hit(source, pk, score) for pk, score in ranked]


def _similar_titles(source: Source, query: str, jurisdiction: str, topic: str) -> list[Hit]:
    """Records whose titles look like the query: the fallback for misspellings."""
    similar = (
        source.queryset(jurisdiction, topic)
        .filter(title__trigram_word_similar=query)
        .annotate(similarity=TrigramWordSimilarity(query, "title", output_field=FloatField()))
        .order_by("-similarity", "title")
        .values_list("pk", "similarity", "title")[:20]
    )
    # Ranked below any real full-text match.
    return [Hit(source, pk, similarity / 10, title=title) for pk, similarity, title in similar]


def _suggestion(query: str, similar: list[Hit]) -> str:
    """The query with each unknown-looking word replaced by the closest title word."""
    vocabulary = sorted(
        {word.lower() for hit in similar for word in re.findall(r"[A-Za-z]{4,}", hit.title)}
    )
    if not vocabulary:
        return ""
    corrected = []
    for word in query.split():
        if len(word) >= 4 and word.isalpha() and word.lower() not in vocabulary:
            close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
        else:
            corrected.append(word)
    suggestion = " ".join(corrected)
    return suggestion if suggestion.lower() != query.lower() else ""


# --- SQLite: the plain fallback ---------------------------------------------


def _simple_hits(source: Source, query: str, jurisdiction: str, topic: str) -> list[Hit]:
    in_title = Q(title__icontains=query)
    matches = in_title | Q(search_document__icontains=query)
    if source.model is Law:
        key = citation_key(query)
        matches |= Q(citation__icontains=query) | Q(other_names__icontains=query)
        if key:
            cited = Q(citation_keys__contains=f"{key} " if key.startswith(":") else f" {key} ")
            matches |= cited
            in_title |= cited
    ranked = (
        source.queryset(jurisdiction, topic)
        .filter(matches)
        .annotate(score=Case(When(in_title, then=Value(2.0)), default=Value(1.0)))
        .order_by("-score", "title")
        .values_list("pk", "score")[:PER_TYPE_LIMIT]
    )
    return [Hit(source, pk, score) for pk, score in ranked]


# --- Snippets ----------------------------------------------------------------


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:SNIPPET_WORDS]) + (" …" if len(words) > SNIPPET_WORDS else "")


def _highlight_plain(text: str, query: str) -> str:
    words = [re.escape(w) for w in re.findall(r"\w{3,}", query)]
    if not words:
        return text
    pattern = re.compile("(" + "|".join(words) + ")", re.IGNORECASE)
    return pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", text)


def _as_html(text: str) -> SafeString:
    """Escape everything, then turn our markers (and only them) into <mark>."""
    escaped = str(escape(text))
    return mark_safe(escaped.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308
