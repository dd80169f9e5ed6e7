"""Everything that touches the search engines lives in this package; nothing else imports whoosh or tantivy."""

from app.index.aliases import AmbiguousEntity, NoSuchEntity
from app.index.archive import Archive, OpenBuild
from app.index.build import BuildReport, build_index
from app.index.catalog import Catalog
from app.index.engine import (
    ENGINE_NAMES,
    FACET_NAMES,
    BuildInfo,
    EngineName,
    FacetName,
    SearchEngine,
    SearchPage,
    SearchQuery,
    SortKey,
)
from app.index.groups import GroupFilters, StatisticGroups
from app.index.layout import BuildInProgress
from app.index.statistic_table import StatisticFilters

__all__ = [
    "ENGINE_NAMES",
    "FACET_NAMES",
    "AmbiguousEntity",
    "Archive",
    "BuildInProgress",
    "BuildInfo",
    "BuildReport",
    "Catalog",
    "EngineName",
    "FacetName",
    "GroupFilters",
    "NoSuchEntity",
    "OpenBuild",
    "SearchEngine",
    "SearchPage",
    "SearchQuery",
    "SortKey",
    "StatisticFilters",
    "StatisticGroups",
    "build_index",
]
