"""Make instances of the model's frozen dataclasses quickly, where thousands are made.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, which
costs more than all the other work the reader or the structure stage does for a
paragraph. ``maker`` returns a function that fills the slots directly and makes the very
same value (equal, hashed and printed the same). It takes every field, in the class's
order: a field added to the class with a default makes ``maker`` fail at import, so the
callers are brought in step. Nothing else: no validation, no conversion.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def maker(cls: type[T], fields: tuple[str, ...]) -> Callable[..., T]:
    """A positional constructor of ``cls`` taking exactly ``fields``, in order.

    Raises:
        TypeError: ``fields`` are not the class's fields in the class's order, or the
            class has a ``__post_init__`` that the values would skip.

    >>> from clausecheck.model import Definition
    >>> make = maker(Definition, ("term", "text", "block", "start", "end"))
    >>> make("Supplier", "Acme Ltd", 3, 0, 10) == Definition(
    ...     term="Supplier", text="Acme Ltd", block=3, start=0, end=10)
    True
    """
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    if names != fields:
        raise TypeError(f"{cls.__name__} has fields {names}, not {fields}")
    if hasattr(cls, "__post_init__"):
        # The values would skip it: fail here rather than make unchecked values.
        raise TypeError(f"{cls.__name__} has a __post_init__, which maker would skip")
    setters = tuple(cls.__dict__[name].__set__ for name in fields)
    make = _UNROLLED.get(len(setters), _looped)(cls, setters)
    make.__doc__ = f"{cls.__name__}({', '.join(fields)}), made without its __init__."
    return make


# The loop over the slots costs a third of the time saved; for the sizes of the model's
# most-made values (Definition 5, Clause 8, Block 10) it is written out.


def _looped(cls: type[T], setters: tuple[Callable[[Any, Any], None], ...]) -> Callable[..., T]:
    def make(*values: Any) -> T:
        made = object.__new__(cls)
        for setter, value in zip(setters, values, strict=True):
            setter(made, value)
        return made

    return make


def _five(cls: type[T], setters: tuple[Callable[[Any, Any], None], ...]) -> Callable[..., T]:
    s1, s2, s3, s4, s5 = setters

    def make(v1: Any, v2: Any, v3: Any, v4: Any, v5: Any) -> T:
        made = object.__new__(cls)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        s5(made, v5)
        return made

    return make


def _eight(cls: type[T], setters: tuple[Callable[[Any, Any], None], ...]) -> Callable[..., T]:
    s1, s2, s3, s4, s5, s6, s7, s8 = setters

    def make(v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any, v8: Any) -> T:
        made = object.__new__(cls)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        s5(made, v5)
        s6(made, v6)
        s7(made, v7)
        s8(made, v8)
        return made

    return make


def _ten(cls: type[T], setters: tuple[Callable[[Any, Any], None], ...]) -> Callable[..., T]:
    s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 = setters

    def make(
        v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any, v8: Any, v9: Any, v10: Any
    ) -> T:
        made = object.__new__(cls)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        s5(made, v5)
        s6(made, v6)
        s7(made, v7)
        s8(made, v8)
        s9(made, v9)
        s10(made, v10)
        return made

    return make


_UNROLLED = {5: _five, 8: _eight, 10: _ten}
