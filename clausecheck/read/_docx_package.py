"""Open a .docx safely: check the zip, read each XML part with a cap, hand it to python-docx.

The limits and the reasons for them are in ``docs/design/word-safety.md``. This module
knows nothing about paragraphs, styles or numbering; it returns python-docx's parsed
package and nothing else, and it is the one place where errors of zipfile, zlib, lxml and
python-docx's package layer become a ``ReadError``.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart
from lxml import etree

from clausecheck.errors import ReadError
from clausecheck.read._docx_xml import W

MAX_ENTRIES = 10_000
MAX_PART_BYTES = 200 * 1024 * 1024
# Over every entry, whatever its name or type: the reader inflates only the parts it
# parses, but python-docx (for the annotated copy) loads every part, images included.
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_RATIO = 250
RATIO_APPLIES_ABOVE = 1024 * 1024
CHUNK = 1024 * 1024

_MB = 1024 * 1024
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_CENTRAL_ENTRY = b"PK\x01\x02"
_UTF32_STARTS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"<\x00\x00\x00", b"\x00\x00\x00<")
_DOCUMENT = W + "document"
_BODY = W + "body"
_DOCTYPE_MARKS = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_CONTENT_TYPES = "[Content_Types].xml"

# A macro-enabled document or a template has the same main part under another content
# type; python-docx only maps the plain .docx one to its DocumentPart.
for _content_type in (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
):
    PartFactory.part_type_for.setdefault(_content_type, DocumentPart)

# The parts python-docx parses (its part classes), and the notes this reader parses.
_PARSED_TYPES = frozenset(PartFactory.part_type_for) | {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}

_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def open_package(data: bytes, path: str) -> DocumentPart:
    """Check a .docx's zip and XML, then open it with python-docx.

    Args:
        data: the bytes of the file.
        path: the file name, for messages.

    Returns:
        python-docx's main document part (its ``element`` is the parsed ``w:document``).

    Raises:
        ReadError: the zip is truncated, corrupt, encrypted, over a limit, has a DOCTYPE,
            or holds no Word document (no main part, or one that is not a ``w:document``
            with a ``w:body``).
    """
    _check_entry_count(data, path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as err:
        raise _corrupt(path, err) from err
    except NotImplementedError as err:
        raise ReadError(f"cannot read this zip: {err} is not supported", path=path) from err
    with archive:
        infos = archive.infolist()
        _check_directory(infos, path)
        parts = _read_parts(archive, infos, path)
    _check_main_part(infos, parts, path)
    repacked = _repack(infos, parts)
    try:
        package = Package.open(io.BytesIO(repacked))
        main = package.main_document_part
    except etree.XMLSyntaxError as err:
        part = _first_malformed(parts) or "an XML part"
        raise ReadError(
            f"the file is corrupt: {part} is not well-formed XML ({_syntax(err)})", path=path
        ) from err
    except (KeyError, ValueError, PackageNotFoundError) as err:
        raise ReadError(f"not a Word document: {err}", path=path) from err
    if not isinstance(main, DocumentPart):
        raise ReadError(
            f"not a Word document: the main part is {main.content_type}",
            path=path,
            hint="save the file as a Word .docx",
        )
    _check_document_root(main, path)
    return main


def _check_document_root(main: DocumentPart, path: str) -> None:
    """The main part must be a ``w:document`` holding a ``w:body``, as Word writes it."""
    root = main.element
    name = str(main.partname).lstrip("/")
    if root.tag != _DOCUMENT:
        found = etree.QName(root).localname if isinstance(root.tag, str) else "?"
        raise ReadError(
            f"not a Word document: {name} holds <{found}>, not a w:document",
            path=path,
            hint="save the file as a Word .docx",
        )
    if root.find(_BODY) is None:
        raise ReadError(
            f"the file is corrupt: {name} has no w:body, so no text",
            path=path,
            hint="open it in Word and save it again",
        )


def parse_part_xml(blob: bytes, path: str, name: str) -> etree._Element:
    """Parse a part python-docx leaves as bytes (footnotes, endnotes), entity-free.

    Raises:
        ReadError: the part is not well-formed XML.
    """
    try:
        return etree.fromstring(blob, _SAFE_PARSER)
    except etree.XMLSyntaxError as err:
        raise ReadError(
            f"the file is corrupt: part {name} is not well-formed XML ({_syntax(err)})",
            path=path,
        ) from err


def related_part(source, reltype: str):
    """The part ``source`` relates to with ``reltype``, or None (never creates one)."""
    for rel in source.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


# ---------------------------------------------------------------------------
# The zip directory
# ---------------------------------------------------------------------------


def _check_entry_count(data: bytes, path: str) -> None:
    """Refuse too many entries before zipfile builds its list of them.

    The end record states a count, but zipfile does not use it: it parses the central
    directory, whose size the end record (or the zip64 end record just before it) also
    states, to its end. So the entries are also counted in that directory, as zipfile
    finds it, and the file is refused when either count is over the limit.
    """
    at = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if at < 0:
        raise ReadError(
            "the file is truncated or corrupt: the zip has no end-of-directory record",
            path=path,
        )
    record = data[at : at + 22]
    if len(record) < 22:
        raise ReadError("the file is truncated or corrupt: the zip end record is cut", path=path)
    (count, directory_size) = struct.unpack_from("<HI", record, 10)
    directory_end = at
    record64 = data[at - 76 : at - 20] if at >= 76 else b""
    if data[at - 20 : at].startswith(_EOCD64_LOCATOR) and record64.startswith(_EOCD64):
        (count64, directory_size) = struct.unpack_from("<QQ", record64, 32)
        count = max(count, count64)
        directory_end = at - 76
    if count > MAX_ENTRIES:
        raise ReadError(
            f"refused: the zip has {count:,} entries (limit {MAX_ENTRIES:,})",
            path=path,
            hint="a Word document has a few hundred at most",
        )
    if _count_directory(data, directory_end - directory_size, directory_end) > MAX_ENTRIES:
        raise ReadError(
            f"refused: the zip directory holds more than {MAX_ENTRIES:,} entries "
            "(its end record says fewer)",
            path=path,
            hint="a Word document has a few hundred at most",
        )


def _count_directory(data: bytes, start: int, end: int) -> int:
    """How many central-directory entries lie between ``start`` and ``end``, counting no
    further than one past the limit; a damaged directory stops the count (zipfile then
    reports the damage)."""
    count = 0
    at = max(start, 0)
    while at + 46 <= end and count <= MAX_ENTRIES:
        if data[at : at + 4] != _CENTRAL_ENTRY:
            break
        (name, extra, comment) = struct.unpack_from("<HHH", data, at + 28)
        at += 46 + name + extra + comment
        count += 1
    return count


def _check_directory(infos: list[zipfile.ZipInfo], path: str) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ReadError(
            f"refused: the zip has {len(infos):,} entries (limit {MAX_ENTRIES:,})", path=path
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise ReadError(f"refused: the zip holds two parts named {name}", path=path)
        seen.add(name)
        if info.flag_bits & 0x1:
            raise ReadError(
                f"cannot read: part {name} is encrypted",
                path=path,
                hint="save an unprotected copy as .docx and check that",
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ReadError(
                f"refused: part {name} uses zip compression method {info.compress_type}, "
                "which Word never writes",
                path=path,
            )
        size = info.file_size
        if size > MAX_PART_BYTES:
            raise ReadError(
                f"refused: part {name} would inflate to {size // _MB:,} MB "
                f"(limit {MAX_PART_BYTES // _MB} MB)",
                path=path,
            )
        if size > RATIO_APPLIES_ABOVE and size > MAX_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise ReadError(
                f"refused: part {name} would inflate to {size // _MB:,} MB from "
                f"{info.compress_size:,} bytes (ratio {ratio:,}:1, limit {MAX_RATIO}:1)",
                path=path,
                hint="this looks like a zip bomb",
            )
        total += size
    if total > MAX_TOTAL_BYTES:
        raise ReadError(
            f"refused: the parts would inflate to {total // _MB:,} MB "
            f"(limit {MAX_TOTAL_BYTES // _MB} MB in all)",
            path=path,
            hint="a Word contract, images included, is far smaller",
        )


# ---------------------------------------------------------------------------
# The parts
# ---------------------------------------------------------------------------


def _read_parts(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], path: str
) -> dict[str, bytes]:
    """The bytes of the parts the reader needs, read in bounded chunks.

    Those are the content types, the relationships, and the XML parts python-docx parses
    or the reader parses itself (notes). Every other part (images, themes, fonts, custom
    XML) is never inflated and is handed over empty.
    """
    by_name = {info.filename: info for info in infos if not info.is_dir()}
    if _CONTENT_TYPES not in by_name:
        raise ReadError(
            f"not a Word document: the zip has no {_CONTENT_TYPES}",
            path=path,
            hint="is it another kind of zip archive?",
        )
    parts = {_CONTENT_TYPES: _read_checked(archive, by_name[_CONTENT_TYPES], path)}
    defaults, overrides = _content_types(parts[_CONTENT_TYPES], path)
    for name, info in by_name.items():
        if name in parts:
            continue
        content_type = overrides.get("/" + name.lower())
        if content_type is None:
            content_type = defaults.get(name.rpartition(".")[2].lower())
        if name.endswith(".rels") or content_type in _PARSED_TYPES:
            parts[name] = _read_checked(archive, info, path)
    return parts


def _read_checked(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> bytes:
    blob = _read_capped(archive, info, path)
    if _has_doctype(blob, info.filename, path):
        raise ReadError(
            f"refused: part {info.filename} declares a DOCTYPE, which Word never writes "
            "(entities are not expanded)",
            path=path,
        )
    return blob


def _has_doctype(blob: bytes, name: str, path: str) -> bool:
    """Whether an XML part declares a DOCTYPE; parts not in UTF-8 or UTF-16 are refused.

    UTF-32 is refused by name: its byte-order mark and its first "<" begin like UTF-16's,
    but a DOCTYPE in it matches neither UTF-16 pattern.
    """
    if blob.startswith(_UTF32_STARTS):
        raise _not_utf8_or_16(name, path)
    if blob.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        return any(mark in blob for mark in _DOCTYPE_MARKS[1:])
    if not blob.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        raise _not_utf8_or_16(name, path)
    return _DOCTYPE_MARKS[0] in blob


def _not_utf8_or_16(name: str, path: str) -> ReadError:
    return ReadError(
        f"refused: part {name} is not XML in UTF-8 or UTF-16, which Word always writes",
        path=path,
    )


def _content_types(blob: bytes, path: str) -> tuple[dict[str, str], dict[str, str]]:
    """(extension -> content type, lower-cased part name -> content type)."""
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for entry in parse_part_xml(blob, path, _CONTENT_TYPES):
        content_type = entry.get("ContentType")
        if content_type is None or not isinstance(entry.tag, str):
            continue
        if entry.tag.endswith("}Default") and entry.get("Extension"):
            defaults[entry.get("Extension", "").lower()] = content_type
        elif entry.tag.endswith("}Override") and entry.get("PartName"):
            overrides[entry.get("PartName", "").lower()] = content_type
    return defaults, overrides


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> bytes:
    cap = min(info.file_size, MAX_PART_BYTES)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > cap:
                    raise ReadError(
                        f"refused: part {info.filename} inflates beyond its declared {cap:,} bytes",
                        path=path,
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as err:
        raise _corrupt(path, err, info.filename) from err
    except NotImplementedError as err:
        raise ReadError(f"cannot read part {info.filename}: {err}", path=path) from err
    return b"".join(chunks)


def _check_main_part(infos: list[zipfile.ZipInfo], parts: dict[str, bytes], path: str) -> None:
    main = _main_part_name(parts.get("_rels/.rels"), path)
    if main is None or main not in {info.filename for info in infos}:
        missing = main or "word/document.xml"
        raise ReadError(
            f"not a Word document: the zip has no {missing}",
            path=path,
            hint="is it a spreadsheet, a presentation or another zip archive?",
        )


def _main_part_name(rels: bytes | None, path: str) -> str | None:
    if rels is None:
        return None
    root = parse_part_xml(rels, path, "_rels/.rels")
    for rel in root:
        if rel.get("Type") == RT.OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
            return (rel.get("Target") or "").lstrip("/")
    return None


def _repack(infos: list[zipfile.ZipInfo], parts: dict[str, bytes]) -> bytes:
    """A stored zip of the checked parts; the parts not read go in empty."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for info in infos:
            if info.is_dir():
                continue
            archive.writestr(info.filename, parts.get(info.filename, b""))
    return out.getvalue()


def _first_malformed(parts: dict[str, bytes]) -> str | None:
    """The name of the first part that does not parse (only called on the error path)."""
    for name, blob in parts.items():
        try:
            etree.fromstring(blob, _SAFE_PARSER)
        except etree.XMLSyntaxError:
            return f"part {name}"
    return None


def _syntax(err: etree.XMLSyntaxError) -> str:
    """lxml's message and position, without its "(<string>, line n)" suffix."""
    message = getattr(err, "msg", None) or str(err)
    return message.split(" (<string>")[0]


def _corrupt(path: str, err: BaseException, part: str | None = None) -> ReadError:
    where = f" (part {part})" if part else ""
    detail = str(err) or type(err).__name__
    return ReadError(f"the file is truncated or corrupt{where}: {detail}", path=path)
