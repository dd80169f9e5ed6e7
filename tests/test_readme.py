"""The README documents every setting and the two set-up commands CI runs."""

from __future__ import annotations

from app.config import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_every_setting_is_documented() -> None:
    for name in Settings.model_fields:
        assert f"`ARCHIVE_{name.upper()}`" in README, f"ARCHIVE_{name.upper()} is not in the README"


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in README and "make run" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text()
