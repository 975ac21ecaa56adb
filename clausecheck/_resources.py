"""Find the grammars and templates shipped with the package.

The wheel carries them inside ``clausecheck/`` (hatchling force-include). A source
checkout installed in editable mode has them at the top of the repository instead,
next to the package; that is the only fallback, and never the working directory.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def resource_dir(name: str) -> Traversable:
    """The installed ``clausecheck/<name>`` folder ("grammars" or "templates").

    Raises:
        FileNotFoundError: neither the package nor its source checkout has it.
    """
    package = files("clausecheck")
    installed = package / name
    if installed.is_dir():
        return installed
    checkout = Path(str(package)).parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"clausecheck is installed without its {name}/ folder")


def read_resource(name: str, *parts: str) -> str:
    """The text of one shipped file, e.g. ``read_resource("grammars", "provision.lark")``."""
    node = resource_dir(name)
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")
