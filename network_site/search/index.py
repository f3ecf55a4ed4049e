"""The search index: one entry per public record, written by the publishing gate."""

import functools
import html
import itertools
import operator
from copy import copy

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import Manager, Prefetch, TextField, Value
from django.utils.html import strip_tags
from django.utils.translation import override

from network_site.markup import SECTION_LINK
from network_site.records.models import Translation
from network_site.records.registry import record_kinds, tagged_kinds
from network_site.search.models import SearchEntry, SearchTerm
from network_site.vocabulary.models import Topic

# English stemming: "trafficked" finds "trafficking".
SEARCH_CONFIG = "english"
# Each language's text-search configuration in PostgreSQL, for its translations'
# entries and the searches on its pages; "simple" (no stemming) where PostgreSQL has
# none, as for Somali.
LANGUAGE_CONFIGS = {
    "en": "english",
    "es": "spanish",
    "pt": "portuguese",
    "fr": "french",
    "ar": "arabic",
}


def search_config(language: str) -> str:
    return LANGUAGE_CONFIGS.get(language, "simple")


def plain_text(rendered_html: str) -> str:
    """Text a reader sees in rendered Markdown, for snippets and matching."""
    text = html.unescape(strip_tags(SECTION_LINK.sub("", rendered_html or "")))
    # Control characters never belong in prose; snippets use two as highlight markers.
    return " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())


def weighted_vector(texts: dict[str, list[str]], config: str = SEARCH_CONFIG) -> SearchVector:
    """A tsvector expression from texts grouped by weight: {"A": [title], "B": [...]}."""
    vectors = [
        SearchVector(
            *[Value(str(text or ""), output_field=TextField()) for text in group],
            weight=weight,
            config=config,
        )
        for weight, group in texts.items()
    ]
    return functools.reduce(operator.add, vectors)


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def index_record(record) -> None:
    """Write the record's search entry from its saved columns and relations, or drop it
    when the record is not published; learn a published record's words for "did you
    mean"."""
    content_type = ContentType.objects.get_for_model(record)
    SearchEntry.objects.filter(content_type=content_type, object_id=record.pk).delete()
    if record.is_published:
        entry_for(record).save()
        if uses_postgres():
            SearchTerm.objects.add_words(f"{record.title} {record.search_document}")
        for translation in Translation.objects.published().of(record):
            entry_in(record, translation).save()


def index_everything() -> None:
    """Every published record's entry, afresh (after an upgrade or a restore), a few
    queries per kind."""
    SearchEntry.objects.all().delete()
    for kind in record_kinds():
        relation = _topics_of(kind)
        records = kind.objects.published()
        if relation:
            records = records.prefetch_related(Prefetch(relation, Topic.objects.only("slug")))
        entries = (entry_for(record) for record in records.iterator(chunk_size=500))
        while batch := list(itertools.islice(entries, 500)):
            SearchEntry.objects.bulk_create(batch)
        translations = Translation.objects.published().filter(
            content_type=ContentType.objects.get_for_model(kind),
            object_id__in=kind.objects.published().values("pk"),
        )
        for translation in translations:
            entry_in(translation.record, translation).save()


def entry_for(record) -> SearchEntry:
    """The record's entry, unsaved."""
    kind = type(record)
    relation = _topics_of(kind)
    topics = [topic.slug for topic in getattr(record, relation).all()] if relation else []
    texts = {
        weight: [_text_of(record, name) for name in names]
        for weight, names in kind.search_columns.items()
    }
    return SearchEntry(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        source=record.search_source,
        title=record.title,
        kicker=record.search_kicker(),
        kickers=kickers_of(record),
        url=record.get_absolute_url(),
        document=record.search_document,
        names=" ".join(str(getattr(record, column) or "") for column in kind.plain_search_columns),
        keys=record.search_keys(),
        facets={name: getattr(record, column) for name, column in kind.search_filters.items()},
        topics=f" {' '.join(topics)} " if topics else "",
        current_until=record.current_until(),
        vector=weighted_vector(texts) if uses_postgres() else None,
    )


def entry_in(record, translation) -> SearchEntry:
    """The record's entry in a published translation's language, unsaved: its words
    (the title, the text, the translated columns) and its address in that language,
    its facts (citations, filters, topics) as in its own entry."""
    entry = entry_for(record)
    shown = translation.apply_to(copy(record))
    shown.search_document = translation.page_state.get("search_document", "")
    texts = {
        weight: [_text_of(shown, name) for name in names]
        for weight, names in type(record).search_columns.items()
    }
    with override(translation.language):
        entry.kicker = record.search_kicker()
        entry.url = record.get_absolute_url()
    entry.language = translation.language
    entry.title = shown.title
    entry.document = shown.search_document
    entry.names = " ".join(str(getattr(shown, c) or "") for c in type(record).plain_search_columns)
    entry.vector = (
        weighted_vector(texts, search_config(translation.language)) if uses_postgres() else None
    )
    return entry


def kickers_of(record) -> dict[str, str]:
    """The line above its title in each language staff translate into."""
    kickers = {}
    for language, _ in settings.TRANSLATION_LANGUAGES:
        with override(language):
            kickers[language] = record.search_kicker()
    return kickers


def _text_of(record, name: str) -> str:
    """A column's text, or a relation's: the names of what it holds (its topics, say)."""
    value = getattr(record, name)
    if isinstance(value, Manager):
        return " ".join(str(item) for item in value.all())
    return value


def _topics_of(kind) -> str:
    """The name of the kind's relation to topics (the search page's topic filter), or ""."""
    return dict(tagged_kinds(Topic, [kind])).get(kind, "")
