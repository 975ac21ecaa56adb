"""Read a contract file into a Document of Blocks.

Chooses the reader from the file's extension, then checks that the bytes are what the
extension says before any parser sees them. Knows nothing of clauses or rules: the
structure stage comes after.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from clausecheck.errors import ReadError
from clausecheck.model import Block, Document

MAX_INPUT_BYTES = 256 * 1024 * 1024  # a contract larger than this is not a contract

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
RTF_MAGIC = b"{\\rtf"

FORMATS = {
    ".docx": "docx",
    ".docm": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}

Reading = tuple[tuple[Block, ...], tuple[str, ...]]  # blocks and warnings


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read one contract file (.docx, .txt or .md) without structuring it.

    Raises:
        ReadError: the file is missing, empty, not what its extension says, or broken.
    """
    source = Path(path)
    data = _read_bytes(source)
    fmt = _format_of(source, data)
    if fmt == "docx":
        from clausecheck.read.docx import read_docx

        blocks, warnings = read_docx(data, path=str(source))
    elif fmt == "md":
        from clausecheck.read.markdown import read_markdown

        blocks, warnings = read_markdown(data, path=str(source))
    else:
        from clausecheck.read.text import read_text

        blocks, warnings = read_text(data, path=str(source))
    return Document(
        path=str(source),
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=blocks,
        warnings=warnings,
    )


def _read_bytes(source: Path) -> bytes:
    try:
        size = source.stat().st_size
        if source.is_dir():
            raise ReadError("is a folder, not a contract file", path=source)
        if size > MAX_INPUT_BYTES:
            raise ReadError(
                f"the file is {size // (1024 * 1024)} MB, more than the "
                f"{MAX_INPUT_BYTES // (1024 * 1024)} MB limit",
                path=source,
            )
        with source.open("rb") as stream:
            data = stream.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError as err:
        raise ReadError("no such file", path=source) from err
    except PermissionError as err:
        raise ReadError("permission denied", path=source) from err
    except OSError as err:
        raise ReadError(f"cannot open: {err.strerror or err}", path=source) from err
    if not data.strip():
        raise ReadError("the file is empty", path=source, hint="nothing to check")
    return data


def _format_of(source: Path, data: bytes) -> str:
    """The reader to use, refusing content that contradicts the extension."""
    suffix = source.suffix.lower()
    if data.startswith(OLE_MAGIC):
        raise _ole_error(source, data)
    fmt = FORMATS.get(suffix)
    if fmt is None:
        if data.startswith(ZIP_MAGIC):
            return "docx"
        if suffix in {".doc", ".pdf", ".rtf", ".odt"}:
            raise ReadError(
                f"cannot read {suffix} files",
                path=source,
                hint="save the contract as .docx or plain text",
            )
        return "txt"
    if fmt == "docx" and not data.startswith(ZIP_MAGIC):
        raise ReadError(
            f"cannot read: the content is not a Word .docx file{_looks_like(data)}",
            path=source,
        )
    if fmt != "docx" and _is_binary(data):
        raise ReadError(
            f"cannot read: the content is not text{_looks_like(data)}",
            path=source,
            hint="give the file its right extension",
        )
    return fmt


def _ole_error(source: Path, data: bytes) -> ReadError:
    """Say which OLE container it is: an encrypted .docx or a legacy Word .doc."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ReadError(
            "cannot read: the file is encrypted (password-protected Word file)",
            path=source,
            hint="save an unprotected copy and check that",
        )
    if "WordDocument".encode("utf-16-le") in data:
        return ReadError(
            "cannot read: this is a legacy Word 97-2003 .doc file",
            path=source,
            hint="open it in Word and save it as .docx",
        )
    return ReadError(
        "cannot read: this is an OLE compound file, not a .docx",
        path=source,
        hint="save the contract as .docx or plain text",
    )


def _is_binary(data: bytes) -> bool:
    """Zip, PDF, or NUL pairs that no text encoding we read (UTF-16 has a BOM) produces."""
    if data.startswith((ZIP_MAGIC, PDF_MAGIC)):
        return True
    has_utf16_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    return not has_utf16_bom and b"\x00\x00" in data[:512]


def _looks_like(data: bytes) -> str:
    if data.startswith(ZIP_MAGIC):
        return " (it is a zip archive, perhaps a .docx)"
    if data.startswith(PDF_MAGIC):
        return " (it is a PDF)"
    if data.startswith(RTF_MAGIC):
        return " (it is an RTF file)"
    return ""
