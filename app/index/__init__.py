"""Everything that touches the search engine lives in this package; nothing else imports whoosh."""

from app.index.archive import Archive
from app.index.build import BuildReport, build_index
from app.index.engine import BuildInfo, SearchEngine, SearchPage, SearchQuery
from app.index.layout import BuildInProgress

__all__ = [
    "Archive",
    "BuildInProgress",
    "BuildInfo",
    "BuildReport",
    "SearchEngine",
    "SearchPage",
    "SearchQuery",
    "build_index",
]
