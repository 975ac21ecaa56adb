"""The HTML report of the bundled example, rendered in a real headless Chromium.

One browser start for the module: Chromium loads the page from disk, writes a PNG
screenshot to ``build/report-example.png`` (git-ignored; look at it) and dumps the DOM it
built, which is then checked for every finding of the report. Chromium is the Debian
package ``chromium``; ``.ci/run`` installs it. Without it these tests fail, on purpose:
a browser test that skips would hide that the page was never looked at.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

import clausecheck
from clausecheck.model import Report, Status
from clausecheck.render import render
from tests.render._dom import Element, parse

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "procurement-draft.docx"
BUILD = REPO / "build"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Rendered:
    report: Report
    page: Path
    screenshot: Path
    dom: Element


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        "headless Chromium is not installed, so the HTML report cannot be tested in a "
        "browser; install it with `apt-get install -y chromium` (.ci/run does this)",
        pytrace=False,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    report = clausecheck.check(EXAMPLE)
    BUILD.mkdir(exist_ok=True)
    page = BUILD / "report-example.html"
    screenshot = BUILD / "report-example.png"
    page.write_text(render(report, "html"), encoding="utf-8")
    screenshot.unlink(missing_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--run-all-compositor-stages-before-draw",  # no half-painted tiles in the PNG
        "--virtual-time-budget=3000",  # let layout settle before the shot (no script runs)
        f"--user-data-dir={profile}",
        "--window-size=1100,1600",
        f"--screenshot={screenshot}",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return Rendered(report=report, page=page, screenshot=screenshot, dom=parse(done.stdout))


def test_browser_writes_a_screenshot_of_the_example_report(rendered: Rendered) -> None:
    data = rendered.screenshot.read_bytes()
    assert data.startswith(PNG_MAGIC)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1100, 1600)
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes


def test_rendered_page_shows_every_finding_with_its_status(rendered: Rendered) -> None:
    shown = {
        e.attrs["data-rule"]: e.attrs["data-status"]
        for e in rendered.dom.iter()
        if "data-rule" in e.attrs
    }
    assert shown == {f.rule: str(f.status) for f in rendered.report.findings}


def test_rendered_banner_carries_the_reports_verdict(rendered: Rendered) -> None:
    (banner,) = [e for e in rendered.dom.iter("div") if e.has_class("banner")]
    assert banner.has_class(f"verdict-{rendered.report.verdict}")
    assert banner.text.startswith(str(rendered.report.verdict))


def test_rendered_evidence_is_highlighted_where_the_report_has_evidence(
    rendered: Rendered,
) -> None:
    for finding in rendered.report.findings:
        if finding.status in (Status.MET, Status.CLEAR) or not finding.evidence:
            continue
        (article,) = rendered.dom.find_all("article", data_rule=finding.rule)
        marks = [m.text for m in article.iter("mark")]
        assert marks == [" ".join(e.text.split()) for e in finding.evidence]
