"""Settings, read from `ARCHIVE_*` environment variables (and a `.env` file)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.index.clusters import DEFAULT_THRESHOLD
from app.index.engine import EngineName

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Every setting of the service and the indexer; the README table lists them all."""

    model_config = SettingsConfigDict(env_prefix="ARCHIVE_", env_file=".env", extra="ignore")

    index_dir: Path = Field(default=Path("var/index"), description="Directory holding the index builds.")
    corpus_dir: Path = Field(default=Path("corpus"), description="Directory of articles read by `index`.")
    engine: EngineName = Field(
        default="whoosh",
        description="Search engine `index` writes a build with (the service reads whichever a build names).",
    )
    host: str = Field(default="127.0.0.1", description="Address `serve` binds to.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `serve` listens on.")
    workers: int = Field(default=1, ge=1, le=64, description="uvicorn worker processes for `serve`.")
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS; empty = closed."
    )
    max_per_page: int = Field(default=100, ge=1, le=1000, description="Upper bound of `per_page`.")
    max_query_length: int = Field(default=1000, ge=1, description="Longest accepted `q`, in characters.")
    max_page_depth: int = Field(
        default=10_000, ge=1, description="Deepest result offset reachable by `page`."
    )
    snippets_per_hit: int = Field(default=3, ge=0, le=10, description="Highlighted snippets per search hit.")
    search_time_limit: float = Field(
        default=5.0, gt=0, description="Seconds a search may run before it is cut."
    )
    result_cache_size: int = Field(
        default=256, ge=0, description="Search pages kept per process, dropped by any commit; 0 = off."
    )
    write_lock_timeout: float = Field(
        default=10.0, ge=0, description="Seconds a write waits for another write or a rebuild (then 503)."
    )
    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="API keys accepted as `Authorization: Bearer <key>`, comma-separated; "
        "several at once for rotation. Writes need one.",
    )
    api_keys_file: Path | None = Field(
        default=None,
        description="File of further API keys, one per line (`#` comments); re-read when it changes.",
    )
    require_key_for_reads: bool = Field(
        default=False, description="Ask for an API key on reads (search, documents, metrics) too."
    )
    rate_limit_reads: int = Field(
        default=0, ge=0, description="Read requests per minute per client (API key, else address); 0 = off."
    )
    rate_limit_writes: int = Field(
        default=0, ge=0, description="Write requests per minute per client (API key, else address); 0 = off."
    )
    max_body_bytes: int = Field(
        default=10 * 1024 * 1024, ge=1, description="Largest accepted request body, in bytes (413 above)."
    )
    access_log: bool = Field(
        default=True, description="Write one JSON access-log line per request to stderr."
    )
    cluster_threshold: float = Field(
        default=DEFAULT_THRESHOLD,
        gt=0,
        le=1,
        description="Estimated Jaccard similarity of word shingles at which two bodies are copies of one "
        "story; read by `index` (a build keeps the one it was made with).",
    )
    dask_scheduler: str | None = Field(
        default=None,
        description="Dask scheduler `index` extracts on: `tcp://HOST:PORT`, or `local:N` for N worker processes "
        "here (needs the `cluster` extra); unset = this machine's worker processes, without Dask.",
    )
    dask_connect_timeout: float = Field(
        default=10.0, gt=0, description="Seconds `index` waits for the Dask scheduler and a first worker."
    )
    read_only: bool = Field(
        default=False,
        description="Serve as a read replica: reads only, from builds this process never writes; write "
        "routes answer 405 (writes go to the writer).",
    )
    metrics_enabled: bool = Field(default=True, description="Serve Prometheus metrics at `/metrics`.")

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        # The environment gives one string: "key1,key2"; blanks around commas are not part of a key.
        if isinstance(value, str):
            return [key.strip() for key in value.split(",") if key.strip()]
        return value
