"""Write output files atomically: a temporary file in the same folder, renamed into place.

A reader of the output never sees half a file, and a failed run leaves the old file (or
none) behind. The new file keeps the permissions of the file it replaces, or gets the
ones the user's umask gives a new file. Input files are never opened for writing anywhere
in clausecheck: ``same_file`` is how the command line makes sure an output is not one.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from clausecheck.errors import ClausecheckError


def write_atomically(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file and a rename.

    A path that names a device or a pipe (``/dev/stdout``, a FIFO) is written in place:
    renaming over it would replace the device itself.

    Raises:
        ClausecheckError: the folder is missing or not writable, or the path is a folder.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if _is_special(target):
        _write_in_place(target, payload)
        return
    folder = target.parent if str(target.parent) else Path(".")
    mode = _mode_for(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise ClausecheckError(f"cannot write: {err.strerror or err}", path=target) from err
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)  # mkstemp made it 0600
        os.replace(temporary, target)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise ClausecheckError(f"cannot write: {err.strerror or err}", path=target) from err


def _is_special(target: Path) -> bool:
    """Whether ``target`` exists and is neither a regular file nor a folder."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_in_place(target: Path, payload: bytes) -> None:
    try:
        with target.open("wb") as stream:
            stream.write(payload)
    except OSError as err:
        raise ClausecheckError(f"cannot write: {err.strerror or err}", path=target) from err


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one existing file (through links, ``..`` or case).

    >>> same_file("/no/such/file", "/no/such/file")
    False
    """
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _mode_for(target: Path) -> int:
    """The permission bits of the file being replaced, else what the umask allows."""
    try:
        existing = target.stat()
    except OSError:
        return 0o666 & ~_umask()
    return stat.S_IMODE(existing.st_mode)


def _umask() -> int:
    """The process's umask (read by setting it, then setting it back at once)."""
    current = os.umask(0o022)
    os.umask(current)
    return current
