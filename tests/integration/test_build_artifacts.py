"""Generated forms are fresh; every UI string has its zh_CN translation; the app starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from counter_app.devtools import build_forms, i18n

ROOT = Path(__file__).resolve().parents[2]


def test_committed_forms_match_their_ui_sources() -> None:
    stale = [ui.name for ui in sorted(build_forms.UI_DIR.glob("*.ui"))
             if build_forms.target_for(ui).read_text(encoding="utf-8")
             != build_forms.compile_form(ui)]
    assert stale == [], "run: python -m counter_app.devtools.build_forms"


def _untranslated(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def test_every_user_visible_string_has_a_chinese_translation(tmp_path: Path) -> None:
    """lupdate over today's sources into a copy of the catalogue adds nothing untranslated."""
    committed = i18n.ts_file("zh_CN")
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    i18n.update(copy)
    assert _untranslated(copy) == []
    sources = {m.findtext("source") for m in ET.parse(copy).getroot().iter("message")}
    assert "Job number or password is wrong." in sources  # lupdate really read the sources


def test_catalogue_compiles(tmp_path: Path) -> None:
    shutil.copy(i18n.ts_file("zh_CN"), tmp_path)
    i18n.build(tmp_path)
    assert (tmp_path / "counter_app_zh_CN.qm").stat().st_size > 1000


def test_demo_application_starts_and_quits_by_itself(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "counter_app", "--data-dir", str(tmp_path / "d"), "--demo",
         "--quit-after", "1"], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "d" / "counter.sqlite3").is_file()
    log = (tmp_path / "d" / "logs" / "counter-app.log").read_text(encoding="utf-8")
    from counter_app.paths import migrations_dir
    from counter_app.persistence.migrate import head_revision

    assert f"database migrated None -> {head_revision(migrations_dir())}" in log


def test_every_translate_call_uses_literal_strings() -> None:
    """lupdate reads sources statically: translate(ctx, variable) would never be translated."""
    import ast

    offenders = []
    for path in (ROOT / "src" / "counter_app").rglob("*.py"):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            qt_call = (isinstance(func, ast.Name) and func.id == "translate") or (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and (func.value.id, func.attr) in (("QCoreApplication", "translate"),
                                                   ("self", "tr")))
            if qt_call and not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                   for a in node.args[:2]):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == [], "translate()/tr() need literal context and text"
