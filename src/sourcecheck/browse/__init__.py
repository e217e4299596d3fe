"""Browsing the database in Datasette: metadata, canned queries, the render hook, serve."""
