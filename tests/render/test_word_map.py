"""Block offsets map back to Word runs exactly as the reader counted them, and runs cut
cleanly at any offset without changing what the author wrote."""

from __future__ import annotations

import io

import docx
from docx.oxml.parser import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from clausecheck.read.docx import read_docx
from clausecheck.render._word_map import body_blocks, cut_span

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = f'xmlns:w="{W_NS}"'


def _docx(body_xml: str) -> bytes:
    """A .docx whose body holds the given WordprocessingML (before the section)."""
    document = docx.Document()
    body = document.element.body
    section = body.find(W + "sectPr")
    for element in parse_xml(f"<w:body {NS}>{body_xml}</w:body>"):
        section.addprevious(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


QUIRKS = (
    # runs split mid-word, bold in the middle
    f"<w:p>{_run('The Sup')}{_run('plier shall ', '<w:b/>')}{_run('notify.')}</w:p>"
    # a tracked insertion kept, a deletion dropped, a hyperlink read in place
    f"<w:p>{_run('The Authority ')}<w:ins w:id='1' w:author='A'>{_run('may ')}</w:ins>"
    f"<w:del w:id='2' w:author='A'><w:r><w:delText>shall </w:delText></w:r></w:del>"
    f"<w:hyperlink>{_run('audit')}</w:hyperlink>{_run(' records.')}</w:p>"
    # a field: the instruction is not text, the result is
    f"<w:p>{_run('See ')}<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
    f"<w:r><w:instrText> REF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/>"
    f"</w:r>{_run('clause 4')}<w:r><w:fldChar w:fldCharType='end'/></w:r>{_run('.')}</w:p>"
    # tabs, double spaces, a soft hyphen and a no-break hyphen
    f"<w:p><w:r><w:t>Human</w:t><w:tab/><w:t xml:space='preserve'>rights  due dili\u00adgence"
    f"</w:t><w:noBreakHyphen/><w:t>based.</w:t></w:r></w:p>"
    # hidden text is not text; an empty paragraph is no block
    f"<w:p>{_run('Visible ')}{_run('secret ', '<w:vanish/>')}{_run('words.')}</w:p><w:p/>"
    # a table cell and a content control
    f"<w:tbl><w:tr><w:tc><w:p>{_run('Cell text here.')}</w:p></w:tc></w:tr></w:tbl>"
    f"<w:sdt><w:sdtContent><w:p>{_run('In a content control.')}</w:p></w:sdtContent></w:sdt>"
)


def _paragraph_text(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(W + "t"))


def _runs_between(first: etree._Element, last: etree._Element) -> list[etree._Element]:
    runs, inside = [], False
    for run in first.getroottree().iter(W + "r"):
        inside = inside or run is first
        if inside and run.getparent().tag != W + "del":
            runs.append(run)
        if run is last:
            break
    return runs


def _visible(run: etree._Element) -> str:
    parts = []
    for child in run:
        if child.tag == W + "t":
            parts.append(child.text or "")
        elif child.tag == W + "tab":
            parts.append(" ")
        elif child.tag == W + "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def test_traced_blocks_are_the_readers_body_blocks_in_order() -> None:
    data = _docx(QUIRKS)
    blocks, _ = read_docx(data, "quirks.docx")
    traced = body_blocks(docx.Document(io.BytesIO(data)).part)
    assert [b.text for b in traced] == [b.text for b in blocks if b.part in ("body", "table")]
    assert all(b.origins is not None for b in traced)
    assert [b.text for b in traced][:2] == [
        "The Supplier shall notify.",
        "The Authority may audit records.",
    ]


def test_a_span_cut_across_runs_covers_exactly_its_words_and_keeps_formatting() -> None:
    traced = body_blocks(docx.Document(io.BytesIO(_docx(QUIRKS))).part)
    block = traced[0]
    before = _paragraph_text(block.paragraph)
    start, end = block.find("Supplier shall")
    first, last = cut_span(*block.span(start, end))
    runs = _runs_between(first, last)
    assert "".join(_visible(r) for r in runs) == "Supplier shall"
    assert _paragraph_text(block.paragraph) == before
    bold = [r for r in block.paragraph.iter(W + "r") if r.find(f"{W}rPr/{W}b") is not None]
    assert "".join(_visible(r) for r in bold) == "plier shall "


def test_cuts_inside_an_insertion_and_a_hyperlink_stay_inside_them() -> None:
    traced = body_blocks(docx.Document(io.BytesIO(_docx(QUIRKS))).part)
    block = traced[1]
    first, last = cut_span(*block.span(*block.find("may audit")))
    assert first.getparent().tag == W + "ins" and last.getparent().tag == W + "hyperlink"
    assert "".join(_visible(r) for r in _runs_between(first, last)) == "may audit"


def test_soft_hyphen_and_tabs_do_not_shift_offsets() -> None:
    traced = body_blocks(docx.Document(io.BytesIO(_docx(QUIRKS))).part)
    block = next(b for b in traced if b.text.startswith("Human"))
    assert block.text == "Human rights due diligence-based."
    first, last = cut_span(*block.span(*block.find("diligence-based")))
    covered = "".join(_visible(r) for r in _runs_between(first, last)).replace("\u00ad", "")
    assert covered == "diligence-based"


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["The", "Supplier", "shall", "audit", "rights", "x"]),
        min_size=2,
        max_size=12,
    ),
    cuts=st.lists(st.integers(min_value=1, max_value=80), max_size=6),
    data=st.data(),
)
def test_any_span_of_any_run_split_maps_to_exactly_its_text(
    words: list[str], cuts: list[int], data: st.DataObject
) -> None:
    text = " ".join(words)
    points = sorted({c for c in cuts if c < len(text)})
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    paragraph = "<w:p>" + "".join(_run(piece) for piece in pieces) + "</w:p>"
    (block,) = body_blocks(docx.Document(io.BytesIO(_docx(paragraph))).part)
    assert block.text == " ".join(text.split())
    start = data.draw(st.integers(min_value=0, max_value=len(block.text) - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=len(block.text)))
    first, last = cut_span(*block.span(start, end))
    covered = "".join(_visible(r) for r in _runs_between(first, last))
    assert " ".join(covered.split()) == " ".join(block.text[start:end].split())
    assert " ".join(_paragraph_text(block.paragraph).split()) == block.text
