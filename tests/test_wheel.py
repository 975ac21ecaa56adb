"""What a user installs works: the wheel carries the grammars and templates.

An editable install does not apply hatchling's force-include, so this test builds the
wheel, installs it into a fresh virtual environment, and runs the CLI from a folder that
is not the checkout.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        check=True,
    )
    (built,) = out.glob("clausecheck-*.whl")
    return built


def test_wheel_ships_grammars_and_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in (REPO / "grammars").rglob("*.lark"):
        assert f"clausecheck/grammars/{source.relative_to(REPO / 'grammars')}" in names
    for source in (REPO / "templates").rglob("*.j2"):
        assert f"clausecheck/templates/{source.relative_to(REPO / 'templates')}" in names
    assert "clausecheck/grammars/provision.lark" in names


def test_installed_wheel_checks_and_drafts_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    example = REPO / "examples" / "procurement-draft.docx"

    checked = subprocess.run(
        [
            env_dir / "bin" / "clausecheck",
            "check",
            str(example),
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert '"schema": "clausecheck/report@1"' in checked.stdout

    drafted = subprocess.run(
        [
            env_dir / "bin" / "clausecheck",
            "draft",
            "--kind",
            "service",
            "--company",
            "Acme Analytics Ltd",
            "--state",
            "Ministry of Health",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert drafted.returncode == 0, drafted.stderr
    assert "Acme Analytics Ltd" in drafted.stdout

    located = subprocess.run(
        [python, "-c", "import clausecheck._resources as r; print(r.resource_dir('grammars'))"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(env_dir) in located.stdout, "grammars must come from the installed package"
