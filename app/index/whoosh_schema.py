"""The index fields as a Whoosh schema: the Whoosh engine's index, and the query parser of both engines.

Its own module so the tantivy engine can parse queries the same way without importing the Whoosh engine.
"""

from __future__ import annotations

from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

from app.index.analysis import news_analyzer

__all__ = ["build_schema"]


def build_schema() -> Schema:
    analyzer = news_analyzer()
    entity_ids = {"commas": True, "scorable": False}
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        title=TEXT(analyzer=analyzer, phrase=True),
        body=TEXT(analyzer=analyzer, phrase=True),
        published=DATETIME(sortable=True),
        # Newest-first order as an ascending column, so undated documents (the column's
        # missing value sorts last) come last in both date orders.
        published_desc=NUMERIC(int, bits=32, signed=True, sortable=True),
        year=NUMERIC(int, bits=32, sortable=True),
        month=NUMERIC(int, bits=32, sortable=True),
        outlet=ID(sortable=True),
        has_statistics=BOOLEAN(),
        officials=KEYWORD(**entity_ids),
        people=KEYWORD(**entity_ids),
        organizations=KEYWORD(**entity_ids),
        places=KEYWORD(**entity_ids),
    )
