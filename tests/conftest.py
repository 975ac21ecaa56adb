"""Shared fixtures: paths to the shared corpus and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed seed so that a run is reproducible; locally
# every run explores new examples. A failure found locally is then pinned with an
# explicit example or a unit test.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus folder (``../shared/corpus`` beside the checkout).

    The corpus is third-party text that is not part of the repository; on a machine
    without it, the tests that read it are skipped with this reason.
    """
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return CORPUS


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """Run the command line in-process; returns (exit code, stdout, stderr)."""
    from clausecheck.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
