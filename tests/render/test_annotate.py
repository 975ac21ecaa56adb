"""The annotated Word copy: comments on the evidence's own words, a redline that fixes the
rules it touches, and the author's file left exactly as it was."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import docx
import pytest
from lxml import etree

import clausecheck
from clausecheck.errors import ClausecheckError, UsageError
from clausecheck.model import Report, Status
from clausecheck.pipeline import read
from clausecheck.read import read_document
from clausecheck.render.annotate import AUTHOR, annotate_docx

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "procurement-draft.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Comment:
    author: str
    text: str
    anchored: str  # the document text between the comment's range markers


def comments_of(path: Path) -> list[Comment]:
    """Every comment of a .docx with the words it is anchored on, in comment order."""
    document = docx.Document(str(path))
    anchored: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for element in document.element.body.iter():
        if element.tag == W + "commentRangeStart":
            open_ids.append(element.get(W + "id"))
            anchored.setdefault(element.get(W + "id"), [])
        elif element.tag == W + "commentRangeEnd":
            open_ids.remove(element.get(W + "id"))
        elif element.tag in (W + "t", W + "tab"):
            if any(a.tag == W + "del" for a in element.iterancestors()):
                continue
            for comment_id in open_ids:
                anchored[comment_id].append(element.text or "" if element.tag == W + "t" else " ")
    return [
        Comment(
            author=c.author,
            text="\n".join(p.text for p in c.paragraphs),
            anchored=" ".join("".join(anchored.get(str(c.comment_id), [])).split()),
        )
        for c in document.comments
    ]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("annotate")
    shutil.copy(EXAMPLE, folder / "draft.docx")
    return folder


@pytest.fixture(scope="module")
def report(work: Path) -> Report:
    return clausecheck.check(work / "draft.docx")


@pytest.fixture(scope="module")
def annotated(work: Path, report: Report) -> Path:
    out = work / "reviewed.docx"
    report.annotate(work / "draft.docx", out)
    return out


@pytest.fixture(scope="module")
def redlined(work: Path, report: Report) -> Path:
    out = work / "redlined.docx"
    report.annotate(work / "draft.docx", out, redline=True)
    return out


def test_example_has_findings_of_every_kind_the_annotator_places(report: Report) -> None:
    statuses = {f.status for f in report.findings}
    assert {Status.WEAK, Status.MISSING} <= statuses


def test_each_weak_or_flagged_evidence_gets_a_comment_on_its_own_words(
    report: Report, annotated: Path
) -> None:
    comments = comments_of(annotated)
    for finding in report.findings:
        if finding.status not in (Status.WEAK, Status.FLAGGED):
            continue
        for evidence in finding.evidence:
            if evidence.location.part not in ("body", "table"):
                continue
            matching = [
                c
                for c in comments
                if c.text.startswith(f"{finding.rule} {finding.name}: {finding.status}")
                and c.anchored == _flat(evidence.text)
            ]
            assert matching, f"no comment for {finding.rule} on {evidence.text!r}"
            assert finding.reason in matching[0].text
            if finding.suggestion:
                assert _flat(finding.suggestion) in _flat(matching[0].text)


def test_each_missing_rule_gets_its_model_clause_on_a_heading_or_the_last_words(
    report: Report, annotated: Path
) -> None:
    document = read(EXAMPLE)
    headings = {
        b.text for b, c in zip(document.blocks, document.clauses, strict=True) if c.is_heading
    }
    last = [b.text for b in document.blocks if b.part in ("body", "table")][-1]
    comments = comments_of(annotated)
    for finding in report.findings:
        if finding.status is not Status.MISSING:
            continue
        (comment,) = [c for c in comments if c.text.startswith(f"{finding.rule} {finding.name}:")]
        assert comment.anchored in headings | {last}
        if finding.suggestion:
            assert "Model clause:" in comment.text
            assert _flat(finding.suggestion) in _flat(comment.text)


def test_a_missing_audit_rule_would_sit_on_the_audit_heading(report: Report, work: Path) -> None:
    audit = replace(report.finding("OV1"), status=Status.MISSING, evidence=())
    out = work / "audit.docx"
    annotate_docx(replace(report, findings=(audit,)), work / "draft.docx", out)
    (comment,) = comments_of(out)
    assert comment.anchored == "Records and Audit"


def test_comments_are_signed_by_clausecheck(annotated: Path, report: Report) -> None:
    comments = comments_of(annotated)
    expected = sum(
        len(f.evidence) if f.status in (Status.WEAK, Status.FLAGGED) else 1
        for f in report.findings
        if f.status in (Status.WEAK, Status.FLAGGED, Status.MISSING)
    )
    assert len(comments) == expected
    assert {c.author for c in comments} == {AUTHOR}


def test_the_authors_file_is_never_written(work: Path, annotated: Path, redlined: Path) -> None:
    assert (work / "draft.docx").read_bytes() == EXAMPLE.read_bytes()


def test_the_annotated_copy_keeps_the_authors_text(annotated: Path) -> None:
    original = [b.text for b in read_document(EXAMPLE).blocks]
    assert [b.text for b in read_document(annotated).blocks] == original


def test_output_is_written_to_a_temporary_file_then_renamed(
    work: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import clausecheck._files as files

    renames: list[tuple[Path, Path]] = []
    real_replace = files.os.replace

    def spy(source: str, target: str) -> None:
        renames.append((Path(source), Path(target)))
        real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", spy)
    out = work / "atomic.docx"
    report.annotate(work / "draft.docx", out)
    ((temporary, target),) = renames
    assert target == out and temporary.parent == out.parent and temporary != out
    assert not temporary.exists() and out.read_bytes().startswith(b"PK")


def test_a_failed_write_leaves_neither_a_file_nor_a_temporary(
    work: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import clausecheck._files as files

    def refuse(source: str, target: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    folder = work / "refused"
    folder.mkdir()
    with pytest.raises(ClausecheckError, match="cannot write"):
        report.annotate(work / "draft.docx", folder / "out.docx")
    assert list(folder.iterdir()) == []


def test_a_report_of_other_bytes_is_refused(work: Path, report: Report) -> None:
    stale = replace(report, document=replace(report.document, sha256="0" * 64))
    with pytest.raises(UsageError, match="not the file the report was made from"):
        stale.annotate(work / "draft.docx", work / "stale.docx")


def test_the_copy_cannot_overwrite_the_contract(work: Path, report: Report) -> None:
    with pytest.raises(UsageError, match="overwrite the contract"):
        report.annotate(work / "draft.docx", work / "draft.docx")


def test_a_text_contract_cannot_be_annotated(tmp_path: Path) -> None:
    text = REPO / "examples" / "procurement-draft.txt"
    report = clausecheck.check(text)
    with pytest.raises(UsageError, match=r"only a Word \.docx"):
        report.annotate(text, tmp_path / "x.docx")


# -- the redline ---------------------------------------------------------------------


def _insertions(path: Path) -> list[etree._Element]:
    return list(docx.Document(str(path)).element.body.iter(W + "ins"))


def test_redline_insertions_are_tracked_changes_by_clausecheck_with_a_date(
    redlined: Path,
) -> None:
    before = _insertions(EXAMPLE)
    after = _insertions(redlined)
    ours = [i for i in after if i.get(W + "author") == AUTHOR]
    assert ours and len(after) == len(before) + len(ours)  # the author's own stay as they are
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", i.get(W + "date", "")) for i in ours
    )
    ids = [i.get(W + "id") for i in after]
    assert len(set(ids)) == len(ids)


def test_redlined_copy_rechecked_grades_the_redlined_rules_met(
    report: Report, redlined: Path
) -> None:
    rechecked = clausecheck.check(redlined, str(report.kind))
    touched = [
        f.rule
        for f in report.findings
        if f.status in (Status.WEAK, Status.MISSING) and f.suggestion
    ]
    assert touched
    still = {
        r: rechecked.finding(r).status for r in touched if rechecked.finding(r).status != "met"
    }
    assert still == {}


def test_rejecting_every_insertion_gives_back_the_authors_text(redlined: Path) -> None:
    document = docx.Document(str(redlined))
    body = document.element.body
    for paragraph in list(body.iter(W + "p")):
        mark = paragraph.find(f"{W}pPr/{W}rPr/{W}ins")
        if mark is not None and mark.get(W + "author") == AUTHOR:
            paragraph.getparent().remove(paragraph)
    for insertion in list(body.iter(W + "ins")):
        if insertion.get(W + "author") == AUTHOR:
            insertion.getparent().remove(insertion)
    buffer = io.BytesIO()
    document.save(buffer)
    rejected = Path(redlined.parent / "rejected.docx")
    rejected.write_bytes(buffer.getvalue())
    original = [b.text for b in read_document(EXAMPLE).blocks]
    assert [b.text for b in read_document(rejected).blocks] == original


def _drafted(report: Report) -> tuple:
    """Drafting's own clause for the rules the redline touches, worded as the suggestions."""
    from clausecheck._draft_fit import fitted_clause

    rules = [
        f.rule
        for f in report.findings
        if f.status in (Status.WEAK, Status.MISSING) and f.suggestion
    ]
    paragraphs, _ = fitted_clause(report, read(EXAMPLE), rules)
    return paragraphs


def test_suggested_wording_is_one_new_clause_after_the_last_clause_before_signatures(
    report: Report, redlined: Path
) -> None:
    document = read(redlined)
    texts = [b.text for b in document.blocks]
    first = next(i for i, c in enumerate(document.clauses) if c.label == "24")
    signatures = next(i for i, t in enumerate(texts) if t.startswith("Signed for"))
    assert texts[first - 1].startswith("If any provision of this Agreement is found invalid")
    assert document.clauses[first].is_heading and document.blocks[first].label == "24."
    drafted = _drafted(report)
    shown = [f"{b.label} {b.text}" if b.label else b.text for b in document.blocks]
    expected = [f"{p.label} {p.text}" if p.label else p.text for p in drafted]
    assert shown[first:signatures] == expected  # labels by Word's numbering, or typed


def test_each_weak_clause_points_to_the_sub_clause_that_strengthens_it(
    report: Report, redlined: Path
) -> None:
    document = read(redlined)
    pointers = {}
    for block, clause in zip(document.blocks, document.clauses, strict=True):
        found = re.search(r" See also clause (24\.\d+)\.$", block.text)
        if found:
            pointers[clause.label] = found[1]
    anchors = {p.anchor: p.label for p in _drafted(report) if p.anchor}
    weak = [f for f in report.findings if f.status is Status.WEAK and f.suggestion]
    assert len(pointers) == len(weak)
    for finding in weak:
        base = re.sub(r"(\([^)]*\))+$", "", finding.evidence[0].location.label)
        assert [t for label, t in pointers.items() if label.startswith(base)] == [
            anchors[finding.rule]
        ], finding.rule


def test_cli_writes_the_annotated_copy_and_says_so(work: Path, run_cli) -> None:
    out = work / "cli.docx"
    before = hashlib.sha256((work / "draft.docx").read_bytes()).hexdigest()
    code, _, err = run_cli(
        "check",
        str(work / "draft.docx"),
        "--annotate",
        str(out),
        "--redline",
        "--fail-on",
        "never",
    )
    assert code == 0 and out.exists()
    assert f"wrote {out}:" in err and "tracked insertion(s)" in err
    assert hashlib.sha256((work / "draft.docx").read_bytes()).hexdigest() == before


def test_cli_annotate_takes_one_file(work: Path, run_cli) -> None:
    code, _, err = run_cli(
        "check", str(work / "draft.docx"), str(EXAMPLE), "--annotate", str(work / "x.docx")
    )
    assert code == 2 and "--annotate takes one .docx contract" in err


# -- files that cannot be annotated ---------------------------------------------------


def _macro_enabled(path: Path) -> Path:
    """The example with the main part of a macro-enabled document, saved at ``path``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(EXAMPLE) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    b"document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
                assert b"application/vnd.ms-word.document.macroEnabled.main+xml" in blob
            target.writestr(info, blob)
    path.write_bytes(out.getvalue())
    return path


def test_a_docm_is_refused_before_anything_is_checked(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import clausecheck.batch

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the contract was checked before the refusal")

    monkeypatch.setattr(clausecheck.batch, "check_many", never)
    source = _macro_enabled(tmp_path / "draft.docm")
    code, out, err = run_cli("check", str(source), "--annotate", str(tmp_path / "out.docx"))
    assert (code, out) == (2, "")
    assert err.startswith(f"clausecheck: {source}: a .docm file cannot be annotated")
    assert "BytesIO" not in err and not (tmp_path / "out.docx").exists()


def test_a_macro_enabled_file_named_docx_is_refused_in_plain_words(tmp_path: Path) -> None:
    source = _macro_enabled(tmp_path / "renamed.docx")
    report = clausecheck.check(source)  # the reader reads it like any .docx
    with pytest.raises(UsageError, match="macro-enabled document or a template") as refused:
        report.annotate(source, tmp_path / "out.docx")
    assert "BytesIO" not in str(refused.value) and not (tmp_path / "out.docx").exists()
