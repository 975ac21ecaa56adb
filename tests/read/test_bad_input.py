"""Bad input gives one ReadError naming the file and the reason, and never touches the file.

Every case is built here: a .docx that is text, a .txt that is a zip, cut and damaged
zips, an encrypted Word file (an OLE container), an empty file, zip bombs, a zip with too
many entries (stated or hidden), parts that together declare too much, XML with a DOCTYPE
(in UTF-8, UTF-16 or UTF-32), a package without its document or whose document is not a
``w:document`` with a ``w:body``, a PDF or a binary under any name, a device. Each is
checked through the library (``read_document``) and through the command line (exit code
2, one line on stderr, no traceback). Limits: docs/design/word-safety.md.
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx_builder import build_docx, p
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausecheck.errors import ReadError
from clausecheck.read import read_document
from clausecheck.read._docx_package import MAX_ENTRIES, MAX_PART_BYTES, MAX_TOTAL_BYTES
from clausecheck.read.docx import read_docx

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def package(document: bytes | None, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word zip whose document.xml is ``document`` (left out when None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        if document is not None:
            archive.writestr("word/document.xml", document)
        for name, blob in (extra or {}).items():
            archive.writestr(name, blob)
    return out.getvalue()


def document_xml(inner: bytes = b"<w:p><w:r><w:t>Clause.</w:t></w:r></w:p>") -> bytes:
    return b"<w:document " + W_NS + b"><w:body>" + inner + b"</w:body></w:document>"


def patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size the central directory declares for one part."""
    header = b"PK\x01\x02"
    at = data.find(header)
    while at >= 0:
        (name_length,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + name_length] == name.encode():
            return data[: at + 24] + struct.pack("<I", size) + data[at + 28 :]
        at = data.find(header, at + 1)
    raise AssertionError(f"{name} not in the zip")


def valid_docx() -> bytes:
    return build_docx(p("The Supplier shall respect human rights."))


def truncated() -> bytes:
    data = valid_docx()
    return data[: len(data) // 2]


def corrupt_member() -> bytes:
    """Damage the compressed bytes of word/document.xml, keeping the zip directory intact."""
    data = bytearray(valid_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    (name_length, extra_length) = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    for offset in range(start + 2, start + info.compress_size - 2):
        data[offset] ^= 0x5A
    return bytes(data)


def bomb() -> bytes:
    """A 60 MB document.xml of spaces that deflates to about 60 KB."""
    return package(document_xml(b" " * (60 * 1024 * 1024)))


def declared_huge() -> bytes:
    """A part whose directory entry declares 300 MB: refused before anything inflates."""
    return patch_declared_size(package(document_xml()), "word/document.xml", 300 * 1024 * 1024)


def lying_size() -> bytes:
    """A part that declares fewer bytes than it holds: the CRC check refuses it."""
    return patch_declared_size(package(document_xml()), "word/document.xml", 20)


def too_many_entries() -> bytes:
    extra = {f"customXml/item{i}.bin": b"" for i in range(MAX_ENTRIES + 1)}
    return package(document_xml(), extra=extra)


def hidden_entries() -> bytes:
    """More entries than the limit, while the end record says there are five: zipfile
    reads its directory to the end whatever the record says."""
    return _with_end_count(too_many_entries(), 5)


def hidden_entries_zip64() -> bytes:
    """The end record says five; a zip64 end record before it (which zipfile reads) says
    how many there really are."""
    data = package(document_xml(), extra={f"x/{i}": b"" for i in range(20)})
    at = data.rfind(b"PK\x05\x06")
    (_, size, offset) = struct.unpack_from("<HII", data, at + 10)
    record64 = struct.pack(
        "<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, 300_000, 300_000, size, offset
    )
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, at, 1)
    end = bytearray(data[at:])
    struct.pack_into("<HH", end, 8, 5, 5)
    return data[:at] + record64 + locator + bytes(end)


def _with_end_count(data: bytes, count: int) -> bytes:
    """The zip with its end record's entry counts rewritten."""
    patched = bytearray(data)
    at = patched.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", patched, at + 8, count, count)
    return bytes(patched)


def declared_total(name: str, content_type: str) -> Callable[[], bytes]:
    """Three parts, each under the per-part and ratio limits, that declare more than
    the total limit between them, whatever they are called and typed."""

    def make() -> bytes:
        size = (MAX_TOTAL_BYTES // 3) + 1024 * 1024
        assert size < MAX_PART_BYTES
        filler = random.Random(size).randbytes(600_000)  # ratio under 250:1
        names = [name.format(i) for i in range(3)]
        types = b"".join(
            b'<Override PartName="/'
            + n.encode()
            + b'" ContentType="'
            + content_type.encode()
            + b'"/>'
            for n in names
        )
        data = package(document_xml(), extra=dict.fromkeys(names, filler))
        data = data.replace(CONTENT_TYPES, CONTENT_TYPES.replace(b"</Types>", types + b"</Types>"))
        for n in names:
            data = patch_declared_size(data, n, size)
        return data

    return make


def billion_laughs() -> bytes:
    doctype = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    return package(doctype + document_xml(b"<w:p><w:r><w:t>&c;</w:t></w:r></w:p>"))


def external_entity() -> bytes:
    doctype = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    )
    return package(doctype + document_xml(b"<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"))


def utf16_doctype() -> bytes:
    text = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY x "y">]>'
    return package(text.encode("utf-16") + document_xml().decode().encode("utf-16-le"))


def utf32_doctype() -> bytes:
    text = '<?xml version="1.0" encoding="UTF-32"?><!DOCTYPE w:document [<!ENTITY x "y">]>'
    return package((text + document_xml().decode()).encode("utf-32"))


def no_body() -> bytes:
    return package(b"<w:document " + W_NS + b"/>")


def wrong_root() -> bytes:
    return package(b'<?xml version="1.0"?><contract><clause>1</clause></contract>')


def ebcdic_xml() -> bytes:
    return package("<?xml version='1.0' encoding='IBM037'?>".encode("cp037") + b"\x4c")


def broken_xml() -> bytes:
    return package(document_xml(b"<w:p><w:r><w:t>Unclosed</w:r></w:p>"))


def no_document() -> bytes:
    return package(None)


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return out.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def ole_with_stream(name: str) -> bytes:
    """An OLE header followed by a directory entry naming one stream (UTF-16LE)."""
    return OLE + name.encode("utf-16-le") + b"\x00" * 64


# (case, file name, bytes maker, words the message must contain)
CASES: list[tuple[str, str, Callable[[], bytes], tuple[str, ...]]] = [
    (
        "docx-that-is-text",
        "contract.docx",
        lambda: b"THIS AGREEMENT is made...\n",
        ("not a Word .docx file",),
    ),
    ("txt-that-is-a-zip", "contract.txt", valid_docx, ("not text", "zip")),
    ("truncated-zip", "cut.docx", truncated, ("truncated or corrupt",)),
    (
        "corrupt-member",
        "damaged.docx",
        corrupt_member,
        ("truncated or corrupt", "word/document.xml"),
    ),
    (
        "encrypted-docx",
        "protected.docx",
        lambda: ole_with_stream("EncryptedPackage"),
        ("encrypted", "password-protected"),
    ),
    ("legacy-doc", "old.docx", lambda: ole_with_stream("WordDocument"), ("legacy", ".doc")),
    ("other-ole", "sheet.docx", lambda: OLE, ("OLE compound file",)),
    ("empty-file", "empty.docx", lambda: b"", ("empty",)),
    ("zip-bomb", "bomb.docx", bomb, ("refused", "word/document.xml", "60 MB", "ratio")),
    ("declared-too-large", "huge.docx", declared_huge, ("refused", "300 MB", "limit 200 MB")),
    ("size-lies", "liar.docx", lying_size, ("truncated or corrupt", "word/document.xml")),
    ("too-many-entries", "many.docx", too_many_entries, ("refused", "10,004 entries")),
    (
        "entries-hidden-from-the-end-record",
        "many.docx",
        hidden_entries,
        ("refused", "more than 10,000 entries"),
    ),
    ("entries-in-a-zip64-record", "many64.docx", hidden_entries_zip64, ("refused", "300,000")),
    (
        "parts-over-the-total-named-bin",
        "parts.docx",
        declared_total(
            "word/h{}.bin",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        ),
        ("refused", "MB in all"),
    ),
    (
        "images-over-the-total",
        "images.docx",
        declared_total("word/media/i{}.png", "image/png"),
        ("refused", "MB in all"),
    ),
    ("doctype-entities", "laughs.docx", billion_laughs, ("refused", "DOCTYPE")),
    ("external-entity", "xxe.docx", external_entity, ("refused", "DOCTYPE")),
    ("doctype-in-utf-16", "wide.docx", utf16_doctype, ("refused", "DOCTYPE")),
    ("doctype-in-utf-32", "wider.docx", utf32_doctype, ("refused", "not XML in UTF-8")),
    ("xml-in-another-encoding", "ebcdic.docx", ebcdic_xml, ("refused", "not XML in UTF-8")),
    ("malformed-xml", "broken.docx", broken_xml, ("corrupt", "not well-formed")),
    (
        "missing-document-part",
        "hollow.docx",
        no_document,
        ("not a Word document", "word/document.xml"),
    ),
    ("document-without-body", "hollow.docx", no_body, ("corrupt", "no w:body")),
    ("document-of-another-root", "other.docx", wrong_root, ("not a Word document", "<contract>")),
    (
        "pdf-without-an-extension",
        "contract",
        lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        ("not text", "PDF"),
    ),
    (
        "image-under-an-unknown-extension",
        "contract.bin",
        lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)),
        ("not text", "PNG"),
    ),
    (
        "zip-that-is-not-word",
        "archive.docx",
        plain_zip,
        ("not a Word document", "[Content_Types].xml"),
    ),
]


@pytest.fixture(params=CASES, ids=[case[0] for case in CASES])
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, tuple[str, ...]]:
    _, name, make, words = request.param
    path = tmp_path / name
    path.write_bytes(make())
    return path, words


def test_hidden_entries_are_refused_before_zipfile_lists_them(monkeypatch) -> None:
    import importlib

    package_module = importlib.import_module("clausecheck.read._docx_package")

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile.ZipFile was given the archive")

    archives = [hidden_entries(), hidden_entries_zip64()]
    monkeypatch.setattr(package_module.zipfile, "ZipFile", never)
    for data in archives:
        with pytest.raises(ReadError, match="refused: the zip"):
            read_docx(data, "many.docx")


def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A pipe (or /dev/zero) may never end: it is refused before it is opened."""
    import os
    import threading
    import time

    fifo = tmp_path / "contract.txt"
    os.mkfifo(fifo)

    def feed() -> None:  # frees a reader that did open the pipe, so the test cannot hang
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            try:
                end = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # nobody is reading: as it should be
                time.sleep(0.05)
                continue
            os.write(end, b"The Supplier shall respect human rights.\n")
            os.close(end)
            return

    threading.Thread(target=feed, daemon=True).start()
    with pytest.raises(ReadError, match="not a regular file"):
        read_document(fifo)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_bad_input_raises_one_read_error_naming_the_file_and_reason(
    bad_file: tuple[Path, tuple[str, ...]],
) -> None:
    path, words = bad_file
    before = fingerprint(path)
    with pytest.raises(ReadError) as raised:
        read_document(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    for word in words:
        assert word in message
    assert fingerprint(path) == before


def test_bad_input_on_the_command_line_exits_2_with_one_line_and_no_traceback(
    bad_file: tuple[Path, tuple[str, ...]], run_cli
) -> None:
    pytest.importorskip("clausecheck.structure", reason="the check command is not built yet")
    pytest.importorskip("clausecheck.match", reason="the check command is not built yet")
    path, words = bad_file
    before = fingerprint(path)
    code, out, err = run_cli("check", str(path))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"clausecheck: {path}: ")
    assert "Traceback" not in err
    assert words[0] in lines[0]
    assert fingerprint(path) == before


def stored_docx() -> bytes:
    """A small .docx whose XML parts are stored, so damage lands in the XML itself."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(valid_docx())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target,
    ):
        for info in source.infolist():
            if info.filename.endswith((".xml", ".rels")):
                target.writestr(info.filename, source.read(info))
    return out.getvalue()


SEEDS = (valid_docx(), stored_docx())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(SEEDS),
    damage=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8
    ),
)
def test_damaged_docx_either_reads_or_raises_read_error(
    seed: bytes, damage: list[tuple[float, int]]
) -> None:
    data = bytearray(seed)
    for where, value in damage:
        data[int(where * len(data))] = value
    try:
        read_docx(bytes(data), "damaged.docx")
    except ReadError as err:
        assert str(err).startswith("damaged.docx: ")
