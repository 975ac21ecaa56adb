"""The public API is small and deliberate: any change to it shows up here."""

import clausecheck


def test_public_names_are_pinned() -> None:
    assert clausecheck.__all__ == [
        "ClausecheckError",
        "Document",
        "DraftError",
        "Finding",
        "GrammarError",
        "Location",
        "ReadError",
        "Report",
        "Status",
        "UsageError",
        "catalogue",
        "check",
        "draft",
        "read",
    ]


def test_errors_subclass_the_builtins_they_resemble() -> None:
    assert issubclass(clausecheck.ReadError, OSError)
    assert issubclass(clausecheck.GrammarError, ValueError)
    assert issubclass(clausecheck.ReadError, clausecheck.ClausecheckError)
    assert issubclass(clausecheck.DraftError, clausecheck.ClausecheckError)


def test_error_message_names_file_problem_and_hint() -> None:
    err = clausecheck.ReadError("cannot read: encrypted", path="a.docx", hint="save a copy")
    assert str(err) == "a.docx: cannot read: encrypted; save a copy"


def test_read_stays_the_function_after_the_reader_package_is_imported() -> None:
    import clausecheck.read.text

    assert callable(clausecheck.read)
    assert clausecheck.read.__module__ == "clausecheck.pipeline"


def test_the_json_report_carries_the_readers_warnings() -> None:
    """Tracked changes read as accepted (the bundled example has two) must reach every
    machine-readable report, not only the text one: ``warnings`` is additive in
    ``clausecheck/report@1``."""
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "examples" / "procurement-draft.docx"
    report = clausecheck.check(example)
    data = report.to_dict()
    assert data["warnings"] == list(report.warnings)
    assert any("tracked change" in warning for warning in data["warnings"])
    assert list(data)[-1] == "warnings"  # added after every key the schema had
