"""Everything that touches the search engine lives in this package; nothing else imports whoosh."""

from app.index.archive import Archive, OpenBuild
from app.index.build import BuildReport, build_index
from app.index.catalog import Catalog, StatisticFilters
from app.index.engine import FACET_NAMES, BuildInfo, FacetName, SearchEngine, SearchPage, SearchQuery
from app.index.layout import BuildInProgress

__all__ = [
    "FACET_NAMES",
    "Archive",
    "BuildInProgress",
    "BuildInfo",
    "BuildReport",
    "Catalog",
    "FacetName",
    "OpenBuild",
    "SearchEngine",
    "SearchPage",
    "SearchQuery",
    "StatisticFilters",
    "build_index",
]
