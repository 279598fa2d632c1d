"""Qt Linguist catalogues: ``update`` runs lupdate over sources and .ui files; ``build`` lrelease.

Usage: ``python -m counter_app.devtools.i18n update|build``. The .ts files are committed; the
.qm files are built (scripts/run-app and scripts/run-tests run ``build``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
I18N_DIR = ROOT / "resources" / "i18n"
LOCALES = ("zh_CN",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    """Every file lupdate reads: Python sources (not generated forms) and .ui files."""
    py = [
        p
        for p in (ROOT / "src" / "counter_app").rglob("*.py")
        if "forms" not in p.parts and "devtools" not in p.parts
    ]
    ui = sorted((ROOT / "resources" / "ui").glob("*.ui"))
    return [str(p) for p in sorted(py) + ui]


def ts_file(locale: str, folder: Path = I18N_DIR) -> Path:
    """Return the .ts path for a locale."""
    return folder / f"counter_app_{locale}.ts"


def update(ts: Path) -> None:
    """Add new strings to ``ts`` and mark vanished ones obsolete (-no-obsolete drops them)."""
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def build(folder: Path = I18N_DIR) -> None:
    """Compile every .ts to .qm when the .qm is missing or older."""
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )


def main(argv: list[str] | None = None) -> int:
    """Dispatch ``update`` or ``build``."""
    args = argv if argv is not None else sys.argv[1:]
    if args[:1] == ["update"]:
        for locale in LOCALES:
            update(ts_file(locale))
        return 0
    if args[:1] == ["build"]:
        build()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
