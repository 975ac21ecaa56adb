"""Read a contract file into a Document of Blocks.

Chooses the reader from the file's extension, then checks that the bytes are what the
extension says before any parser sees them. Knows nothing of clauses or rules: the
structure stage comes after.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from clausecheck.errors import ReadError
from clausecheck.model import Block, Document

_T = TypeVar("_T")

MAX_INPUT_BYTES = 256 * 1024 * 1024  # a contract larger than this is not a contract

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
RTF_MAGIC = b"{\\rtf"
# Other files that are never contracts in text: images, archives, programs.
_BINARY_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"\x7fELF": "a program",
}

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
    """The file's bytes: a regular file (a device or a pipe may never end), within the limit.

    The size is checked before reading and again after, because a file can grow between.
    """
    status = _opened(source, source.stat)
    if stat.S_ISDIR(status.st_mode):
        raise ReadError("is a folder, not a contract file", path=source)
    if not stat.S_ISREG(status.st_mode):
        raise ReadError(
            "is not a regular file (a device, a pipe or a socket)",
            path=source,
            hint="save the contract to a file and check that",
        )
    if status.st_size > MAX_INPUT_BYTES:
        raise _too_large(source, status.st_size)

    def read() -> bytes:
        with source.open("rb") as stream:
            return stream.read(MAX_INPUT_BYTES + 1)

    data = _opened(source, read)
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(source, len(data))
    if not data.strip():
        raise ReadError("the file is empty", path=source, hint="nothing to check")
    return data


def _opened(source: Path, action: Callable[[], _T]) -> _T:
    """``action()``, its OSError turned into a ReadError naming ``source``."""
    try:
        return action()
    except FileNotFoundError as err:
        raise ReadError("no such file", path=source) from err
    except PermissionError as err:
        raise ReadError("permission denied", path=source) from err
    except OSError as err:
        raise ReadError(f"cannot open: {err.strerror or err}", path=source) from err


def _too_large(source: Path, size: int) -> ReadError:
    return ReadError(
        f"the file is {size // (1024 * 1024)} MB, more than the "
        f"{MAX_INPUT_BYTES // (1024 * 1024)} MB limit",
        path=source,
    )


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
        if _is_binary(data):  # a name without a known extension: trust only the content
            raise ReadError(
                f"cannot read: the content is not text{_looks_like(data)}",
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
    """Zip, PDF, a known binary format, or NUL pairs that no text encoding we read (UTF-16
    has a BOM) produces."""
    if data.startswith((ZIP_MAGIC, PDF_MAGIC, *_BINARY_MAGIC)):
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
    for magic, name in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return f" (it is {name})"
    return ""
