"""Compile resources/ui/*.ui into src/counter_app/ui/forms/ui_*.py with pyside6-uic.

Usage: ``python -m counter_app.devtools.build_forms`` (``--check`` exits 1 if any is stale).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "resources" / "ui"
FORMS_DIR = ROOT / "src" / "counter_app" / "ui" / "forms"


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_form(ui_file: Path) -> str:
    """Return the Python source generated from one .ui file (without the dated header)."""
    out = subprocess.run([_uic(), str(ui_file)], check=True, capture_output=True, text=True)
    return strip_header(out.stdout)


def strip_header(source: str) -> str:
    """Drop the generator's comment banner (it names the uic version)."""
    lines = source.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.\n" + (
        "".join(lines)
    )


def target_for(ui_file: Path) -> Path:
    """Return the generated module's path for a .ui file."""
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    """Compile every form, or with --check report stale ones."""
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        source = compile_form(ui_file)
        target = target_for(ui_file)
        if target.exists() and target.read_text(encoding="utf-8") == source:
            continue
        stale.append(target.name)
        if not check:
            target.write_text(source, encoding="utf-8")
    if check and stale:
        print("stale forms: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
