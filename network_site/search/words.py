"""A search's words matched against the few rows kept per content version: the fixed
pages, help numbers and professions' pages search names above its results."""

import re


def query_words(query: str) -> list[str]:
    """The words of a search worth matching on their own (quotes and short words dropped)."""
    return [word for word in re.findall(r"\w+", query) if len(word) > 2]


def holding_every_word(rows: list, query: str, *fields: str) -> list:
    """The rows whose fields hold every word of the query (in any of them), in their order."""
    words = [word.casefold() for word in query_words(query)]
    if not words:
        return []
    return [
        row
        for row in rows
        if all(
            any(word in (getattr(row, name) or "").casefold() for name in fields) for word in words
        )
    ]
