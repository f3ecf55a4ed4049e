"""One search over every published law, protocol, model policy and resource.

On PostgreSQL: full-text search (websearch syntax, English stemming, weighted
ranking, highlighted snippets), citations matched by their normalized key
whatever way they are typed, and, when the words find little, any-of-the-words
matching and a "did you mean" from trigram similarity against the words of
published records. On SQLite (the trial database) a plain case-insensitive
match, so `make run` still has a working search.

Queries are never logged or stored: they are sensitive.
"""

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, Exists, F, FloatField, OuterRef, Q, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from network_site.records.models import Translation
from network_site.records.page_cache import for_this_version
from network_site.records.registry import glossary_kind, record_kinds
from network_site.search.index import SEARCH_CONFIG, search_config, uses_postgres
from network_site.search.models import SearchEntry, SearchTerm

MAX_QUERY_LENGTH = 200
# Ranked entries read for one search, whatever their kinds; more than that shows
# "the best N".
RESULT_LIMIT = 300
# Fewer full-text results than this, and the fallbacks join in.
FEW_RESULTS = 3
SNIPPET_WORDS = 30
# Snippet highlight markers: control characters no record contains (plain_text
# drops them), swapped for <mark> only after the snippet has been escaped.
START, STOP = "\x02", "\x03"
# Above any rank the words can earn: a record cited exactly comes first of all.
CITATION_BOOST = 100.0
# A search in the reader's own words lists the matches of kinds that answer them (guides)
# first, below a cited record.
IN_OWN_WORDS_BOOST = 50.0
FIRST_PERSON = re.compile(r"(?<![\w-])(i|i'm|i’m|im|i've|i’ve|me|my|myself|mine)(?![\w-])", re.I)
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
    """A source per kind of record, or per value of its search_source_field."""
    found = []
    for kind in record_kinds():
        if kind.search_source_field:
            found += [Source(key, label, kind) for key, label in kind.search_labels.items()]
        else:
            label = str(kind._meta.verbose_name_plural).capitalize()
            found.append(Source(kind._meta.model_name, label, kind))
    return found


# Words too common to say what a title is about.
TITLE_STOPWORDS = frozenset(
    "a an and are as at be by for from how i in is it may of on or the this to what who "
    "with".split()
)


WORD = re.compile(r"\w+")


def searched_stems(query: str) -> frozenset[str]:
    """The words searched, as title_match compares them (a crude stem: the first five
    letters)."""
    return frozenset(word[:5] for word in WORD.findall(query.lower()) if len(word) > 2)


def title_match(title: str, searched: frozenset[str]) -> float:
    """The share of a title's words that are the words searched: 1.0 for "Is this
    trafficking?", 0.25 for "Civil remedies for human trafficking". Worked out in Python
    for the rows found, not per row in SQL."""
    stems = _title_stems(title)
    if not stems or not searched:
        return 0.0
    return sum(1 for stem in stems if stem in searched) / len(stems)


@functools.lru_cache(maxsize=20_000)
def _title_stems(title: str) -> tuple[str, ...]:
    """A title's words as title_match compares them: remembered, as a common word finds
    the same few thousand titles search after search."""
    return tuple(w[:5] for w in WORD.findall(title.lower()) if w not in TITLE_STOPWORDS)


@dataclass
class Hit:
    """One record found: its place in the index, and what its result shows."""

    source: Source
    pk: int  # the record's
    rank: float
    title: str = ""
    # A past or cancelled event: listed after everything current, whatever its rank.
    is_over: bool = False
    entry_id: int = 0
    # The language of what it shows: a published translation's, or the site's own.
    words_language: str = "en"
    kicker: str = ""
    url: str = ""
    snippet: SafeString = mark_safe("")  # noqa: S308 (empty, constant)

    @cached_property
    def record(self):
        """The record itself (a query: the results page never needs it)."""
        return self.source.model.objects.get(pk=self.pk)


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
    # Asked in the first person ("my boyfriend makes me…"): perhaps by someone it is
    # happening to, so the page leads with the help numbers and the guides.
    in_own_words: bool = False

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


def planned_with_its_words(function):
    """Run a search's statements unprepared. A statement prepared on reuse (settings,
    DB_PREPARED_STATEMENTS) is planned once for any values, and that plan parses the
    reader's words again for every entry it reads: three times the work of a plan
    made with the words (bench/serve.py, search "trafficking")."""

    @functools.wraps(function)
    def unprepared(*args, **kwargs):
        if not uses_postgres():
            return function(*args, **kwargs)
        connection.ensure_connection()
        psycopg_connection = connection.connection
        threshold = psycopg_connection.prepare_threshold
        psycopg_connection.prepare_threshold = None  # psycopg: never prepare
        try:
            return function(*args, **kwargs)
        finally:
            psycopg_connection.prepare_threshold = threshold

    return unprepared


@planned_with_its_words
def search(
    query: str, *, source: str = "", jurisdiction: str = "", topic: str = "", language: str = ""
) -> Results:
    """Ranked hits for a cleaned query; `source` narrows to one, counts cover all.

    One query reads the index for the reader's words and every alternative wording
    (the glossary's, a hyphen's); the fallbacks below add one each, only when the
    words find little."""
    results = Results(query=query)
    if not query:
        return results
    scope = Scope(source=source, jurisdiction=jurisdiction, topic=topic, language=language)
    glossary = glossary_alternatives(query)
    results.also_searched = [term for term, _ in glossary]
    alternatives = glossary + hyphen_alternatives(query)
    if uses_postgres():
        wordings = [query, *(alternative for _, alternative in alternatives)]
        hits = _postgres_hits([(wording, 1.0) for wording in wordings], scope)
    else:
        # The plain search matches a phrase: the glossary's term, the word unhyphenated.
        wordings = [query, *(term for term, _ in alternatives)]
        hits = _simple_hits([(wording, 1.0) for wording in wordings], scope)
    # One more than the limit was read: whether there are more than are shown.
    results.truncated = len(hits) > RESULT_LIMIT
    hits = hits[:RESULT_LIMIT]
    results.exact = len(hits)
    # "Did you mean" knows the English words only: not offered on other languages' pages.
    suggesting = scope.in_english and not _is_citation(query)
    if uses_postgres() and results.exact < FEW_RESULTS and suggesting:
        # A spelling is offered only when it finds more than the reader's words did.
        suggestion = _suggestion(query)
        suggested = _postgres_hits([(suggestion, 0.8)], scope) if suggestion else []
        if len(suggested) > results.exact:
            results.suggestion = suggestion
        broader = _any_word_query(query)
        if broader:
            results.broadened = _merge(hits, _postgres_hits([(broader, 0.5)], scope))
        if results.suggestion and len(hits) < FEW_RESULTS:
            results.showing_suggestion = _merge(hits, suggested)
    results.in_own_words = bool(FIRST_PERSON.search(query))
    if results.in_own_words:
        for hit in hits:
            if hit.source.model.answers_in_the_first_person:
                hit.rank += IN_OWN_WORDS_BOOST
    found = Counter(hit.source.key for hit in hits)
    results.counts = {source.key: found[source.key] for source in sources()}
    if source in results.counts:
        hits = [hit for hit in hits if hit.source.key == source]
    # In the page's language first (its translations), then the rest (English).
    first = settings.LANGUAGE_CODE if scope.in_english else scope.language
    results.hits = sorted(
        hits,
        key=lambda hit: (
            hit.words_language != first,
            hit.is_over,
            -hit.rank,
            hit.source.key,
            hit.pk,
        ),
    )
    return results


def glossary_alternatives(query: str) -> list[tuple[str, str]]:
    """(term, query with the term in place of the reader's word) for each published
    glossary term one of whose "also called" words the query holds: "pimp" is also
    searched as "promotes prostitution". Staff add a synonym by editing a term."""
    folded = f" {_words(query)} "
    found = []
    for title, names in for_this_version("glossary-synonyms", _synonyms):
        for words in names:
            if f" {words} " in folded:
                rest = folded.replace(f" {words} ", " ", 1).strip()
                found.append((title, f'"{title}" {rest}'.strip()))
                break
    return found


def _synonyms() -> list[tuple[str, list[str]]]:
    """Each published glossary term's title, with its other names as search words; on a
    page in another language, its published translations' too (kept per language)."""
    glossary = glossary_kind()
    if glossary is None:
        return []
    terms = list(glossary.objects.published().values_list("pk", "title", "also_called"))
    language = get_language()
    if language != settings.LANGUAGE_CODE:
        translated = Translation.objects.published().filter(
            content_type=ContentType.objects.get_for_model(glossary),
            language=language,
            object_id__in=[pk for pk, _, _ in terms],
        )
        terms += [
            (made.object_id, made.text.get("title", ""), made.text.get("also_called", ""))
            for made in translated
        ]
    return [
        (title, [words for name in (also_called or "").splitlines() if (words := _words(name))])
        for _, title, also_called in terms
        if title
    ]


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


@planned_with_its_words
def load_page(hits: list[Hit], query: str, language: str = "") -> list[Hit]:
    """What one page of hits shows (kicker, address, snippet), from the index: one query."""
    entries = SearchEntry.objects.filter(pk__in=[hit.entry_id for hit in hits]).only(
        "kicker", "kickers", "url", "document"
    )
    if uses_postgres():
        languages = {hit.words_language for hit in hits} - {settings.LANGUAGE_CODE}
        headline = _headline(query, settings.LANGUAGE_CODE)
        if languages:  # a page in another language: each entry's words as its language's
            headline = Case(
                *(When(language=code, then=_headline(query, code)) for code in languages),
                default=headline,
            )
        entries = entries.annotate(headline=headline)
    by_pk = {entry.pk: entry for entry in entries}
    for hit in hits:
        entry = by_pk[hit.entry_id]
        # Its line in the page's language (an English entry's too: "Ley · Maine").
        hit.kicker = entry.kickers.get(language) or entry.kicker
        hit.url = entry.url
        text = getattr(entry, "headline", None)
        if text is None or START not in text:
            text = _highlight_plain(_first_words(entry.document), query)
        else:
            text = _from_sentence_start(entry.document, text)
        hit.snippet = _as_html(text)
    return hits


def _headline(query: str, language: str) -> SearchHeadline:
    config = search_config(language)
    return SearchHeadline(
        "document",
        _search_query(query, config),
        config=config,
        start_sel=START,
        stop_sel=STOP,
        max_words=SNIPPET_WORDS,
        min_words=SNIPPET_WORDS // 2,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def filter_choices(name: str) -> list[tuple[str, str]]:
    """The values a search filter offers (jurisdiction: Maine, Federal), from the
    choices of the columns the kinds that declare it narrow."""
    found = {}
    for kind in record_kinds():
        if name in kind.search_filters:
            found.update(kind._meta.get_field(kind.search_filters[name]).choices or [])
    return list(found.items())


def _is_citation(query: str) -> bool:
    """Whether some kind of record takes the query for a citation (Record.citation_needle)."""
    return any(kind.citation_needle(query) is not None for kind in record_kinds())


@dataclass
class Scope:
    """What the reader narrowed the search to: a source, a search filter, a topic."""

    source: str = ""
    jurisdiction: str = ""
    topic: str = ""
    # The page's: its published translations' entries are searched first, then English.
    language: str = ""

    @property
    def in_english(self) -> bool:
        return self.language in ("", settings.LANGUAGE_CODE)

    def entries(self):
        """The index's entries of published records within the filters: which records
        are public is each kind's published(), whatever the index holds."""
        kinds = record_kinds()
        types = ContentType.objects.get_for_models(*kinds)
        if self.jurisdiction:
            # A chosen filter a kind lacks leaves the kind out.
            kinds = [kind for kind in kinds if "jurisdiction" in kind.search_filters]
        entries = _public_entries(tuple((kind, types[kind].pk) for kind in kinds)).all()
        if self.jurisdiction:
            entries = entries.filter(facets__jurisdiction=self.jurisdiction)
        if self.topic:
            entries = entries.filter(topics__contains=f" {self.topic} ")
        if self.in_english:
            return entries.filter(language=settings.LANGUAGE_CODE)
        # A translation's entry only while the translation is published.
        translated = Translation.objects.published().filter(
            content_type=OuterRef("content_type"),
            object_id=OuterRef("object_id"),
            language=OuterRef("language"),
        )
        return entries.filter(
            Q(language=settings.LANGUAGE_CODE) | Q(Exists(translated), language=self.language)
        )

    def first(self) -> list:
        """What comes before rank: the reader's chosen source, then the page's language."""
        first = []
        if self.source:
            first.append(Case(When(source=self.source, then=Value(0)), default=Value(1)).asc())
        if not self.in_english:
            first.append(Case(When(language=self.language, then=Value(0)), default=Value(1)).asc())
        return first


@functools.lru_cache(maxsize=8)
def _public_entries(kinds: tuple[tuple[type, int], ...]):
    """The entries of these kinds' (kind, content type id) published records: built
    once per process and set of kinds, as it holds no value from the request (a
    search copies it)."""
    public = Q(pk__in=[])
    for kind, content_type in kinds:
        published = kind.objects.published().values("pk")
        public |= Q(content_type=content_type, object_id__in=published)
    return SearchEntry.objects.filter(public)


def _cited(query: str) -> Q | None:
    """The entries whose citation the query is, of every kind that has citations."""
    types = ContentType.objects.get_for_models(*record_kinds())
    cited = None
    for kind, content_type in types.items():
        needle = kind.citation_needle(query)
        if needle is not None:
            found = Q(content_type=content_type, keys__contains=needle)
            cited = found if cited is None else cited | found
    return cited


def _merge(hits: list[Hit], more: list[Hit]) -> bool:
    """Add these hits; a record found both ways keeps its better rank. Whether any was
    new."""
    known = {hit.entry_id: hit for hit in hits}
    added = False
    for hit in more:
        found = known.get(hit.entry_id)
        if found is None:
            hits.append(hit)
            added = True
        elif hit.rank > found.rank:
            found.rank = hit.rank
    return added


def _as_hits(rows, wordings: list[tuple[str, float]], ranked: bool) -> list[Hit]:
    """Hits from the index's rows (entry id, record id, kind, source, title, whether it
    is over, then a score per wording: below 0 where that wording did not match), each
    ranked by its best wording."""
    by_key = {(source.model, source.key): source for source in sources()}
    kinds = {ContentType.objects.get_for_model(kind).pk: kind for kind in record_kinds()}
    # What the title's words may add, per wording (none for the plain search).
    title_weights = [
        (searched_stems(wording), TITLE_WEIGHT * weight if ranked else 0.0)
        for wording, weight in wordings
    ]
    hits = []
    seen = set()
    for entry_id, pk, content_type, key, title, over, language, *scores in rows:
        scores = scores[: len(wordings)]  # (then the best of them, for more than one)
        source = by_key.get((kinds.get(content_type), key))
        if source is None or (content_type, pk) in seen:
            # An entry of a kind or a label no longer installed; or a record found in
            # the page's language already (read first): once, in that language.
            continue
        seen.add((content_type, pk))
        rank = max(
            score + (title_match(title, searched) * title_weight if title_weight else 0.0)
            for score, (searched, title_weight) in zip(scores, title_weights, strict=True)
            if score >= 0
        )
        hit = Hit(source, pk, rank, title=title, entry_id=entry_id, is_over=bool(over))
        hit.words_language = language
        hits.append(hit)
    return hits


def _ranked_rows(entries, matches: Q, scores: list, first: list):
    """The first RESULT_LIMIT (and one) matching entries, best first (the reader's chosen source
    first of all). Counts per source are of these: past the limit, of the best found."""
    named = {f"score_{i}": score for i, score in enumerate(scores)}
    # The best wording's score; one wording's is its score (not written out twice).
    best = "score_0" if len(scores) == 1 else "best"
    if len(scores) > 1:
        named["best"] = Greatest(*scores)
    # What is over (a past or cancelled event) after everything current.
    over = Case(When(current_until__lte=timezone.now(), then=Value(1)), default=Value(0))
    ordering = [*first, F("over").asc(), F(best).desc(), "pk"]
    rows = (
        entries.filter(matches)
        .annotate(over=over, **named)
        .order_by(*ordering)
        # Every column ordered by is selected: ORDER BY names its place, not it again.
        .values_list(
            "pk", "object_id", "content_type", "source", "title", "over", "language", *named
        )
    )
    return rows[: RESULT_LIMIT + 1]


# --- PostgreSQL --------------------------------------------------------------


def _search_query(query: str, config: str = SEARCH_CONFIG) -> SearchQuery:
    return SearchQuery(query, search_type="websearch", config=config)


def _postgres_hits(wordings: list[tuple[str, float]], scope: Scope) -> list[Hit]:
    """Every wording's matches, ranked, in one query."""
    matches, scores = Q(pk__in=[]), []
    for wording, weight in wordings:
        matched, relevance = _matched_in_languages(wording, scope)
        boost = Value(0.0)
        cited = _cited(wording)
        if cited is not None:
            matched |= cited
            boost = Case(When(cited, then=Value(CITATION_BOOST)), default=Value(0.0))
        score = relevance * Value(weight) + boost
        if len(wordings) > 1:
            # Below 0 where this wording did not match (another did). One wording
            # matches every row found: no second test of each vector.
            score = Case(When(matched, then=score), default=Value(-1.0), output_field=FloatField())
        scores.append(score)
        matches |= matched
    rows = _ranked_rows(scope.entries(), matches, scores, scope.first())
    return _as_hits(rows, wordings, ranked=True)


def _matched_in_languages(wording: str, scope: Scope):
    """(whether an entry has the wording's words, how well): stemmed as English, and on
    another language's page, its translations' entries as that language."""
    languages = [settings.LANGUAGE_CODE] if scope.in_english else [scope.language, "en"]
    matched, ranks = Q(pk__in=[]), []
    for language in languages:
        config = search_config(language)
        search_query = _search_query(wording, config)
        # Rank by the wanted words only: ts_rank gives 0 to anything with a "-word".
        rank_query = (
            _search_query(re.sub(r"(^|\s)-\S+", " ", wording), config)
            if "-" in wording
            else search_query
        )
        if scope.in_english:
            matched = Q(vector=search_query)
        else:
            matched |= Q(language=language, vector=search_query)
        # An entry written without a vector (SQLite's, restored) ranks 0, never NULL.
        ranks.append(Coalesce(SearchRank(F("vector"), rank_query), Value(0.0)))
    if len(ranks) == 1:
        return matched, ranks[0]
    relevance = Case(When(language=scope.language, then=ranks[0]), default=ranks[1])
    return matched, relevance


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
    closest = SearchTerm.objects.closest_to_each({w.lower() for w in words})
    corrected = query
    for word in words:
        replacement = closest.get(word.lower(), word.lower())
        if replacement != word.lower():
            corrected = re.sub(rf"\b{re.escape(word)}\b", replacement, corrected, count=1)
    return corrected if corrected.lower() != query.lower() else ""


# --- SQLite: the plain fallback ---------------------------------------------


def _simple_hits(wordings: list[tuple[str, float]], scope: Scope) -> list[Hit]:
    """A case-insensitive match of each wording (a quoted phrase is that phrase): in the
    title or a kind's names first, then in the text."""
    matches, scores = Q(pk__in=[]), []
    for wording, weight in wordings:
        wording = wording.strip().strip('"“”')
        in_title = Q(title__icontains=wording) | Q(names__icontains=wording)
        cited = _cited(wording)
        if cited is not None:
            in_title |= cited
        matched = in_title | Q(document__icontains=wording)
        scores.append(
            Case(
                When(in_title, then=Value(2.0 * weight)),
                When(matched, then=Value(1.0 * weight)),
                default=Value(-1.0),
                output_field=FloatField(),
            )
        )
        matches |= matched
    rows = _ranked_rows(scope.entries(), matches, scores, scope.first())
    return _as_hits(rows, wordings, ranked=False)


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
