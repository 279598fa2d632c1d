"""Issue 14's bars, held by tests so they cannot creep back: no ``typing.Any`` in the domain or
the services (rules read typed values), and no hand-written module over 800 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "counter_app"
TYPED = sorted([*(SRC / "domain").rglob("*.py"), *(SRC / "services").rglob("*.py")])
HAND_WRITTEN = sorted(p for p in SRC.rglob("*.py") if "forms" not in p.parts)
MAX_LINES = 800


@pytest.mark.parametrize("path", TYPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_any_in_the_domain_or_the_services(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = [node.lineno for node in ast.walk(tree)
            if (isinstance(node, ast.Name) and node.id == "Any")
            or (isinstance(node, ast.Attribute) and node.attr == "Any")
            or (isinstance(node, ast.ImportFrom) and node.module == "typing"
                and any(alias.name == "Any" for alias in node.names))]
    assert used == [], f"typing.Any at lines {used}: type the data (domain.json_data)"


def test_no_hand_written_module_is_over_800_lines() -> None:
    long = {str(p.relative_to(SRC)): n for p in HAND_WRITTEN
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
