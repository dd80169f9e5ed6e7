"""Index directory layout and the atomic swap of builds.

    INDEX_DIR/
        current -> builds/20261121T150102Z-ab12cd   (symlink, replaced atomically)
        builds/<build id>/                          (one complete build each)
            manifest.json, records.sqlite, whoosh/
        builds/.partial-<build id>/                 (a build in progress; never served)
        .build.lock                                 (one builder at a time)

A build is written under a `.partial-` name, fsynced, renamed, and only then pointed to
by `current`; a crash at any point leaves the previous build serving.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from app.index.engine import BuildInfo

__all__ = ["BuildInProgress", "IndexLayout"]

MANIFEST = "manifest.json"
PARTIAL_PREFIX = ".partial-"


class BuildInProgress(RuntimeError):
    """Another process holds the build lock."""


def _fsync_tree(path: Path) -> None:
    for root, _dirs, files in os.walk(path):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                os.fsync(handle.fileno())
        _fsync_dir(Path(root))


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class IndexLayout:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.builds = root / "builds"
        self.current_link = root / "current"

    def current_target(self) -> str | None:
        """What the `current` link says (one readlink), or None before the first build."""
        try:
            return os.readlink(self.current_link)
        except OSError:
            return None

    def current_build(self) -> Path | None:
        """The build `current` points to, or None before the first build."""
        target = self.current_target()
        return None if target is None else self.build_at(target)

    def build_at(self, target: str) -> Path | None:
        """The finished build a `current` link to `target` names, or None when it is not one."""
        build = (self.root / target).resolve()
        return build if (build / MANIFEST).exists() else None

    @staticmethod
    def read_manifest(build: Path) -> BuildInfo:
        data = json.loads((build / MANIFEST).read_text())
        data["built_at"] = datetime.fromisoformat(data["built_at"])
        return BuildInfo(**data)

    @contextmanager
    def locked(self, timeout: float = 0.0) -> Iterator[None]:
        """Hold the archive's write lock (builds and ingests alike), waiting up to `timeout` seconds.

        Raises BuildInProgress when another process still holds it after the wait.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + timeout
        with open(self.root / ".build.lock", "a+") as lock:
            while True:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError as error:
                    if time.monotonic() >= deadline:
                        raise BuildInProgress(f"another build or write of {self.root} is running") from error
                    time.sleep(0.02)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def new_partial(self) -> tuple[str, Path]:
        build_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{secrets.token_hex(3)}"
        partial = self.builds / f"{PARTIAL_PREFIX}{build_id}"
        partial.mkdir(parents=True)
        return build_id, partial

    def publish(self, partial: Path, info: BuildInfo) -> Path:
        """Write the manifest, make the build durable, point `current` at it."""
        payload = asdict(info) | {"built_at": info.built_at.isoformat()}
        (partial / MANIFEST).write_text(json.dumps(payload, indent=2))
        _fsync_tree(partial)
        final = self.builds / info.build_id
        partial.rename(final)
        _fsync_dir(self.builds)
        temporary_link = self.root / f".current-{info.build_id}"
        temporary_link.symlink_to(final.relative_to(self.root))
        os.replace(temporary_link, self.current_link)
        _fsync_dir(self.root)
        return final

    def prune(self, keep: int = 2) -> None:
        """Remove abandoned partial builds and all but the newest `keep` builds.

        The previous build is kept so a reader that opened it just before the swap can finish.
        """
        if not self.builds.exists():
            return
        current = self.current_build()
        finished = sorted(
            (p for p in self.builds.iterdir() if p.is_dir() and not p.name.startswith(PARTIAL_PREFIX)),
            key=lambda p: p.name,
        )
        for stale in finished[:-keep]:
            if stale != current:
                shutil.rmtree(stale, ignore_errors=True)
        for partial in self.builds.glob(f"{PARTIAL_PREFIX}*"):
            shutil.rmtree(partial, ignore_errors=True)
