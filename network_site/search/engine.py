"""One search over every published law, protocol, model policy and resource.

On PostgreSQL: full-text search (websearch syntax, English stemming, weighted
ranking, highlighted snippets), citations matched by their normalized key
whatever way they are typed, and, when the words find little, any-of-the-words
matching and a "did you mean" from trigram similarity against the words of
published records. On SQLite (the trial database) a plain case-insensitive
match, so `make run` still has a working search.

Queries are never logged or stored: they are sensitive.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from network_site.records.registry import glossary_kind, record_kinds, tagged_kinds
from network_site.search.index import SEARCH_CONFIG, uses_postgres
from network_site.search.models import SearchTerm
from network_site.vocabulary.models import Topic

MAX_QUERY_LENGTH = 200
# Ranked candidates kept per kind of record; more than that shows "the best N".
PER_MODEL_LIMIT = 250
# Fewer full-text results than this, and the fallbacks join in.
FEW_RESULTS = 3
SNIPPET_WORDS = 30
# Snippet highlight markers: control characters no record contains (plain_text
# drops them), swapped for <mark> only after the snippet has been escaped.
START, STOP = "\x02", "\x03"
# Above any rank the words can earn: a record cited exactly comes first of all.
CITATION_BOOST = 100.0
# Ranking (README, "Search"): the words of a record's name (its title, citation, other
# names, a term's other names) weigh most in its index (weight A), and a title that is
# mostly the words searched adds TITLE_WEIGHT times that share: the crime "Sex
# trafficking" before "Civil remedies for human trafficking".
TITLE_WEIGHT = 10.0


@dataclass(frozen=True)
class Source:
    """One kind of result, as the reader sees it labelled and filters it."""

    key: str
    label: str
    model: type


def sources() -> list[Source]:
    """A source per kind of record, or per value of its search_kind_field."""
    found = []
    for kind in record_kinds():
        if kind.search_kind_field:
            found += [Source(key, label, kind) for key, label in kind.search_labels.items()]
        else:
            label = str(kind._meta.verbose_name_plural).capitalize()
            found.append(Source(kind._meta.model_name, label, kind))
    return found


def rows_as_hits(model: type, rows) -> list["Hit"]:
    """Hits from (pk, score, title[, search_kind_field value]) rows of one kind of
    record, each labelled with its source (worked out once, not per row: there may be
    500)."""
    by_key = {source.key: source for source in sources() if source.model is model}
    if model.search_kind_field:
        return [Hit(by_key[value], pk, score, title=title) for pk, score, title, value in rows]
    source = by_key[model._meta.model_name]
    return [Hit(source, pk, score, title=title) for pk, score, title in rows]


def hit_rows(model: type, rows):
    """The first PER_MODEL_LIMIT of these ranked records, as rows_as_hits() reads them."""
    fields = ("pk", "score", "title", *filter(None, [model.search_kind_field]))
    return rows.values_list(*fields)[:PER_MODEL_LIMIT]


# Words too common to say what a title is about.
TITLE_STOPWORDS = frozenset(
    "a an and are as at be by for from how i in is it may of on or the this to what who "
    "with".split()
)


def title_match(title: str, query: str) -> float:
    """The share of a title's words that are the words searched (a crude stem: the first
    five letters): 1.0 for "Is this trafficking?", 0.25 for "Civil remedies for human
    trafficking". Worked out in Python for the rows found, not per row in SQL."""
    searched = {word[:5] for word in re.findall(r"\w+", query.lower()) if len(word) > 2}
    words = [w for w in re.findall(r"\w+", title.lower()) if w not in TITLE_STOPWORDS]
    if not words or not searched:
        return 0.0
    return sum(1 for word in words if word[:5] in searched) / len(words)


@dataclass
class Hit:
    source: Source
    pk: int
    rank: float
    title: str = ""
    record: object = None
    snippet: SafeString = mark_safe("")  # noqa: S308 (empty, constant)


@dataclass
class Results:
    query: str
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    suggestion: str = ""
    truncated: bool = False
    # How many records had the reader's own words; whether the results shown include
    # those found for the suggested spelling, or for any of the words instead.
    exact: int = 0
    showing_suggestion: bool = False
    broadened: bool = False
    # The glossary's words for what the reader typed ("promotes prostitution" for "pimp").
    also_searched: list[str] = field(default_factory=list)

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
    # A jurisdiction is a property of laws: choosing one narrows the search to the
    # kinds of record that have one.
    models = [
        kind for kind in record_kinds() if not jurisdiction or "jurisdiction" in kind.search_filters
    ]
    scope = {"jurisdiction": jurisdiction, "topic": topic}

    glossary = glossary_alternatives(query)
    results.also_searched = [term for term, _ in glossary]
    alternatives = glossary + hyphen_alternatives(query)
    if uses_postgres():
        hits = _postgres_hits(models, query, scope)
        for _, alternative in alternatives:
            _merge(hits, _postgres_hits(models, alternative, scope))
        results.exact = len(hits)
        if len(hits) < FEW_RESULTS and not _is_citation(query):
            # A spelling is offered only when it finds more than the reader's words did.
            suggestion = _suggestion(query)
            suggested = _postgres_hits(models, suggestion, scope, weight=0.8) if suggestion else []
            if len(suggested) > results.exact:
                results.suggestion = suggestion
            broader = _any_word_query(query)
            if broader:
                before = len(hits)
                _merge(hits, _postgres_hits(models, broader, scope, weight=0.5))
                results.broadened = len(hits) > before
            if results.suggestion and len(hits) < FEW_RESULTS:
                before = len(hits)
                _merge(hits, suggested)
                results.showing_suggestion = len(hits) > before
    else:
        hits = [hit for model in models for hit in _simple_hits(model, query, scope)]
        for term, _ in alternatives:
            _merge(hits, [hit for model in models for hit in _simple_hits(model, term, scope)])
        results.exact = len(hits)

    results.counts = {source.key: 0 for source in sources()}
    for hit in hits:
        results.counts[hit.source.key] += 1
    # Each model's ranking stops at PER_MODEL_LIMIT: at that count, more may exist.
    per_model: dict[type, int] = {}
    for hit in hits:
        per_model[hit.source.model] = per_model.get(hit.source.model, 0) + 1
    results.truncated = any(count >= PER_MODEL_LIMIT for count in per_model.values())
    if kind in results.counts:
        hits = [hit for hit in hits if hit.source.key == kind]
    results.hits = sorted(hits, key=lambda hit: (-hit.rank, hit.source.key, hit.pk))
    return results


def glossary_alternatives(query: str) -> list[tuple[str, str]]:
    """(term, query with the term in place of the reader's word) for each published
    glossary term one of whose "also called" words the query holds: "pimp" is also
    searched as "promotes prostitution". Staff add a synonym by editing a term."""
    glossary = glossary_kind()
    if glossary is None:
        return []
    folded = f" {_words(query)} "
    found = []
    for title, also_called in glossary.objects.published().values_list("title", "also_called"):
        for name in also_called.splitlines():
            words = _words(name)
            if words and f" {words} " in folded:
                rest = folded.replace(f" {words} ", " ", 1).strip()
                found.append((title, f'"{title}" {rest}'.strip()))
                break
    return found


def hyphen_alternatives(query: str) -> list[tuple[str, str]]:
    """A word typed with a hyphen, also searched without it: "T-visa" as "T visa" and
    "anti-trafficking" as "anti trafficking" and "antitrafficking". Not a citation's."""
    if _is_citation(query):
        return []
    found = []
    for word in re.findall(r"(?<![\w-])\w+(?:-\w+)+", query):
        for joined in (word.replace("-", " "), word.replace("-", "")):
            found.append((joined, query.replace(word, joined, 1)))
    return found


def _words(text: str) -> str:
    """Lower-case words (hyphenated ones kept whole), one space apart: for matching phrases."""
    return " ".join(re.findall(r"[\w-]+", text.lower()))


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
            else:
                text = _from_sentence_start(hit.record.search_document, text)
            hit.snippet = _as_html(text)
    return hits


def filter_choices(name: str) -> list[tuple[str, str]]:
    """The values a search filter offers (jurisdiction: Maine, Federal), from the
    choices of the columns the kinds that declare it narrow."""
    found = {}
    for kind in record_kinds():
        if name in kind.search_filters:
            found.update(kind._meta.get_field(kind.search_filters[name]).choices or [])
    return list(found.items())


def _is_citation(query: str) -> bool:
    """Whether some kind of record takes the query for a citation (Record.cited)."""
    return any(kind.cited(query) is not None for kind in record_kinds())


def _scoped(model: type, scope: dict[str, str]):
    queryset = model.objects.published()
    for name, value in scope.items():
        if name in model.search_filters and value:
            queryset = queryset.filter(**{model.search_filters[name]: value})
    if scope["topic"]:
        relation = dict(tagged_kinds(Topic, [model])).get(model)
        if relation is None:
            return queryset.none()
        queryset = queryset.filter(**{f"{relation}__slug": scope["topic"]})
    return queryset


def _merge(hits: list[Hit], more: list[Hit]) -> None:
    """Add these hits; a record found both ways keeps its better rank."""
    known = {(hit.source.model, hit.pk): hit for hit in hits}
    for hit in more:
        found = known.get((hit.source.model, hit.pk))
        if found is None:
            hits.append(hit)
        elif hit.rank > found.rank:
            found.rank = hit.rank


# --- PostgreSQL --------------------------------------------------------------


def _search_query(query: str) -> SearchQuery:
    return SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)


def _postgres_hits(
    models: list[type], query: str, scope: dict[str, str], weight: float = 1.0
) -> list[Hit]:
    search_query = _search_query(query)
    # Rank by the wanted words only: ts_rank gives 0 to anything with a "-word".
    rank_query = _search_query(re.sub(r"(^|\s)-\S+", " ", query)) if "-" in query else search_query
    hits = []
    for model in models:
        matches = Q(search_vector=search_query)
        boost = Value(0.0)
        cited = model.cited(query)
        if cited is not None:
            matches |= cited
            boost = Case(When(cited, then=Value(CITATION_BOOST)), default=Value(0.0))
        # A row saved without the gate has no index entry: it ranks 0, never NULL.
        relevance = Coalesce(SearchRank(F("search_vector"), rank_query), Value(0.0))
        rows = (
            _scoped(model, scope)
            .filter(matches)
            .annotate(score=relevance * Value(weight) + boost)
            .order_by("-score", "pk")
        )
        found = rows_as_hits(model, hit_rows(model, rows))
        for hit in found:
            hit.rank += title_match(hit.title, query) * TITLE_WEIGHT * weight
        hits += found
    return hits


def _any_word_query(query: str) -> str:
    """'my boyfriend takes my money' -> 'boyfriend OR takes OR money' (websearch syntax)."""
    if '"' in query:
        return ""
    words = [w for w in re.findall(r"\w+", query) if len(w) > 2]
    return " OR ".join(words) if len(words) > 1 else ""


def _suggestion(query: str) -> str:
    """The query with each word the library does not use replaced by the closest word it does."""
    words = [w for w in query.split() if len(w) >= 4 and w.isalpha()]
    if not words:
        return ""
    known = SearchTerm.objects.known({w.lower() for w in words})
    corrected = query
    for word in words:
        if word.lower() not in known:
            closest = SearchTerm.objects.closest(word.lower())
            if closest:
                corrected = re.sub(rf"\b{re.escape(word)}\b", closest, corrected, count=1)
    return corrected if corrected.lower() != query.lower() else ""


# --- SQLite: the plain fallback ---------------------------------------------


def _simple_hits(model: type, query: str, scope: dict[str, str]) -> list[Hit]:
    query = query.strip().strip('"“”')  # a quoted phrase is that phrase
    in_title = Q(title__icontains=query)
    matches = in_title | Q(search_document__icontains=query)
    for column in model.plain_search_columns:
        matches |= Q(**{f"{column}__icontains": query})
    cited = model.cited(query)
    if cited is not None:
        matches |= cited
        in_title |= cited
    rows = (
        _scoped(model, scope)
        .filter(matches)
        .annotate(score=Case(When(in_title, then=Value(2.0)), default=Value(1.0)))
        .order_by("-score", "title")
    )
    return rows_as_hits(model, hit_rows(model, rows))


# --- Snippets ----------------------------------------------------------------


SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9])")
MARKED = re.compile(f"{START}(.*?){STOP}")


def _from_sentence_start(document: str, headline: str) -> str:
    """The snippet as a reader takes it in: the sentence holding the first word
    PostgreSQL marked (it marks stems: "trafficked" for "trafficking"), from its
    start, with every marked word marked again. The headline itself when no
    sentence holds them."""
    marked = sorted({word for word in MARKED.findall(headline) if word}, key=len, reverse=True)
    if not marked:
        return headline
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, marked)) + r")\b", re.IGNORECASE)
    for sentence in SENTENCE_START.split(document):
        found = pattern.search(sentence)
        if found is None:
            continue
        words = sentence.split()
        if len(words) > SNIPPET_WORDS:
            # A long sentence (a list, flattened): start a few words before the match.
            before = len(sentence[: found.start()].split())
            start = max(0, before - 5)
            words = words[start : start + SNIPPET_WORDS]
            sentence = ("… " if start else "") + " ".join(words) + " …"
        return pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", sentence)
    return headline


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
