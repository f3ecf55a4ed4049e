"""Migration operations that only PostgreSQL needs (SQLite, the trial database, skips them)."""

from django.db import migrations

SEARCH_INDEX_SQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS {table}_search_vector_gin ON {table} USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS {table}_title_trgm ON {table} USING gin (title gin_trgm_ops)",
]
DROP_SEARCH_INDEX_SQL = [
    "DROP INDEX IF EXISTS {table}_title_trgm",
    "DROP INDEX IF EXISTS {table}_search_vector_gin",
]


def _run_on_postgres(statements: list[str]):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


def search_indexes(table: str) -> migrations.RunPython:
    """GIN indexes for full-text search and trigram title matching on one record table."""
    return migrations.RunPython(
        _run_on_postgres([sql.format(table=table) for sql in SEARCH_INDEX_SQL]),
        _run_on_postgres([sql.format(table=table) for sql in DROP_SEARCH_INDEX_SQL]),
    )
