"""The quick constructor of frozen dataclasses makes the very same values, or refuses."""

from __future__ import annotations

import dataclasses

import pytest

from clausecheck._slots import maker
from clausecheck.model import Definition


def test_made_values_equal_those_of_the_dataclass() -> None:
    make = maker(Definition, ("term", "text", "block", "start", "end"))
    made = make("Supplier", "Acme Ltd", 3, 0, 10)
    built = Definition(term="Supplier", text="Acme Ltd", block=3, start=0, end=10)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)


def test_fields_out_of_order_are_refused() -> None:
    with pytest.raises(TypeError, match="has fields"):
        maker(Definition, ("text", "term", "block", "start", "end"))


def test_a_class_that_checks_its_values_is_refused() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            if self.value < 0:
                raise ValueError("negative")

    with pytest.raises(TypeError, match="__post_init__"):
        maker(Checked, ("value",))
