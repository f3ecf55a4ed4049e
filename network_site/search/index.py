"""What each record puts in the search index, kept current on save."""

import functools
import html
import operator

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import TextField, Value
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags

from network_site.markup import SECTION_LINK

# English stemming: "trafficked" finds "trafficking".
SEARCH_CONFIG = "english"


def plain_text(rendered_html: str) -> str:
    """Text a reader sees in rendered Markdown, for snippets and matching."""
    text = html.unescape(strip_tags(SECTION_LINK.sub("", rendered_html or "")))
    # Control characters never belong in prose; snippets use two as highlight markers.
    return " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())


def weighted_vector(columns: dict[str, list[str]]) -> SearchVector:
    """A tsvector expression from columns grouped by weight: {"A": ["title"], "B": [...]}."""
    vectors = [
        SearchVector(
            *[Coalesce(column, Value(""), output_field=TextField()) for column in names],
            weight=weight,
            config=SEARCH_CONFIG,
        )
        for weight, names in columns.items()
    ]
    return functools.reduce(operator.add, vectors)


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"
