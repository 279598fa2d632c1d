"""``counter-app report misroute`` makes the GUI's files without a display (issue 7 §8)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from counter_app.domain.misroute import previous_month
from counter_app.main import main


def test_report_misroute_writes_pdf_xlsx_and_csv_with_the_same_rows(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    month = previous_month(date.today().strftime("%Y-%m"))  # closed and complete in the demo
    out = tmp_path / "out"
    out.mkdir()
    args = ["--data-dir", str(data), "report", "misroute", "--month", month,
            "--pdf", str(out / "m.pdf"), "--xlsx", str(out / "m.xlsx"), "--csv", str(out / "m.csv")]
    assert main(args) == 0
    assert f"{month}: 14 rows reported" in capsys.readouterr().out
    csv_rows = list(csv.reader(io.StringIO((out / "m.csv").read_text(encoding="utf-8-sig"))))
    assert len(csv_rows) == 15  # header + 14
    sheet = load_workbook(out / "m.xlsx").active
    waybills_xlsx = [str(c.value) for c in sheet["B"]
                     if c.value and str(c.value).startswith("7731")]
    assert waybills_xlsx == [r[1] for r in csv_rows[1:]]
    assert (out / "m.pdf").read_bytes().startswith(b"%PDF")


def test_report_misroute_lists_rows_left_out(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    main(["--data-dir", str(data), "demo"])
    month = date.today().strftime("%Y-%m")  # the demo leaves three rows open this month
    assert main(["--data-dir", str(data), "report", "misroute", "--month", month,
                 "--csv", str(tmp_path / "m.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("left out") == 3
    assert "correct_dazi" in err


@pytest.mark.parametrize("argv", [["--month", "2026-13", "--csv", "x.csv"],
                                  ["--month", "2026-11"]])
def test_report_misroute_refuses_bad_arguments(tmp_path: Path, argv: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "report", "misroute", *argv]) == 2
    assert capsys.readouterr().err
