"""Migration operations that only PostgreSQL needs (SQLite, the trial database, skips them)."""

from django.db import migrations

SEARCH_INDEX_SQL = [
    "CREATE INDEX IF NOT EXISTS {table}_{column}_gin ON {table} USING gin ({column})",
    # Keep vectors compressed in the row rather than out in the TOAST table:
    # ranking reads every matching vector, and that lookup dominated its time.
    "ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE MAIN",
]
DROP_SEARCH_INDEX_SQL = [
    "ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE EXTENDED",
    "DROP INDEX IF EXISTS {table}_{column}_gin",
]


def _run_on_postgres(statements: list[str]):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


def search_indexes(table: str, column: str = "search_vector") -> migrations.RunPython:
    """The GIN index full-text search uses on a table's tsvector column."""
    return migrations.RunPython(
        _run_on_postgres([sql.format(table=table, column=column) for sql in SEARCH_INDEX_SQL]),
        _run_on_postgres([sql.format(table=table, column=column) for sql in DROP_SEARCH_INDEX_SQL]),
    )


def trigram_index(table: str, column: str) -> migrations.RunPython:
    """A GIN trigram index, for similarity lookups on one column."""
    name = f"{table}_{column}_trgm"
    return migrations.RunPython(
        _run_on_postgres(
            [
                "CREATE EXTENSION IF NOT EXISTS pg_trgm",
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)",
            ]
        ),
        _run_on_postgres([f"DROP INDEX IF EXISTS {name}"]),
    )
