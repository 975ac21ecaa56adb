"""Write output files atomically: a temporary file in the same folder, renamed into place.

A reader of the output never sees half a file, and a failed run leaves the old file (or
none) behind. Input files are never opened for writing anywhere in clausecheck.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from clausecheck.errors import ClausecheckError


def write_atomically(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file and a rename.

    Raises:
        ClausecheckError: the folder is missing or not writable.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise ClausecheckError(f"cannot write: {err.strerror or err}", path=target) from err
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise ClausecheckError(f"cannot write: {err.strerror or err}", path=target) from err
