"""The database: opening, migrations, queries. sqlite-utils is imported here only."""
