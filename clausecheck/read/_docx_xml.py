"""Names and tiny accessors for WordprocessingML elements, shared by the Word reader.

Only constants and one-line helpers; no reading logic lives here.
"""

from __future__ import annotations

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
VAL = W + "val"


def val(element: etree._Element | None) -> str | None:
    """The ``w:val`` attribute of an element, or None when either is missing."""
    return None if element is None else element.get(VAL)


def is_on(element: etree._Element | None) -> bool:
    """A Word on/off property: present, and not ``w:val`` "0" / "false" / "off"."""
    return element is not None and element.get(VAL) not in ("0", "false", "off")


def to_int(text: str | None) -> int | None:
    """An integer attribute value, or None when missing or malformed."""
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None
