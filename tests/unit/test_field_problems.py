"""Every field problem has its own sentence (issue 14 §3).

``FieldInvalid.problem`` is a ``Literal`` (``domain.errors.FieldProblem``), so mypy checks each
raise site; this test checks the other end: an example of every problem is explained by a
sentence of its own, not the catch-all "… is not valid.", naming the field by its label.
Adding a problem to the ``Literal`` fails here until it has an example and a sentence.
"""

from __future__ import annotations

import re
from typing import get_args

import pytest

from counter_app.domain.errors import FieldInvalid, FieldProblem
from counter_app.ui.messages import describe, field_label

# (field, problem, detail) as the services raise them
EXAMPLES: dict[str, tuple[str, str]] = {
    "air_banned": ("transport", "battery"),
    "amount": ("cod_amount", ""),
    "before_current": ("since", ""),
    "below_fill": ("capacity", "3"),
    "birth_date": ("id_number", ""),
    "characters": ("note", "\\x00"),
    "check_digit": ("id_number", ""),
    "closed": ("stocktake", ""),
    "courier": ("line", "3: 赵六"),
    "date": ("line", "3"),
    "default": ("tariff", "0"),
    "digits": ("qq", ""),
    "duplicate": ("category", "12"),
    "first_generation": ("id_number", ""),
    "format": ("job_number", ""),
    "full": ("location", "A-01"),
    "future": ("delivery_date", ""),
    "inactive": ("account_code", "K001"),
    "incomplete": ("dimensions", ""),
    "integer": ("pieces", ""),
    "length": ("id_number", "18"),
    "matched": ("headless", "77316523120001"),
    "mismatch": ("password_repeat", ""),
    "missing": ("photo", ""),
    "no_digits": ("recipient_name", ""),
    "not_empty": ("active", "2"),
    "not_offered": ("declared_value", ""),
    "not_on_card": ("destination", "西藏"),
    "number": ("tariff", "2"),
    "order": ("period", ""),
    "overlap": ("late_shift", ""),
    "own_account": ("role", ""),
    "phone": ("sender_phone", ""),
    "place": ("proxy_places", "门卫3"),
    "province": ("tariff", "2:火星"),
    "range": ("due_day", "1-28"),
    "region": ("id_number", ""),
    "required": ("weight", ""),
    "short": ("received", "12.00"),
    "stock": ("consumable_quantity", "3"),
    "time": ("early_shift", ""),
    "too_long": ("note", "200"),
    "too_short": ("password", "8"),
    "twice": ("tariff", "2:浙江省"),
    "unchanged": ("correction", ""),
    "unknown": ("location", "Z-99"),
    "unresolved": ("recipient_address", ""),
    "unstorable": ("note", ""),
    "waybill": ("line", "3: 12345"),
    # issue 16
    "ems_number": ("ems_no", "length"),
    "before_noon": ("reply_check_afternoon", "12:00"),
    "not_set": ("entry_fee_rules", ""),
    # issue 20
    "unbalanced": ("template", ""),
    "past": ("valid_until", ""),
    "not_configured": ("provider", ""),
    "refused": ("provider", "isv.MOBILE_NUMBER_ILLEGAL"),
    "unknown_placeholder": ("template", "foo"),
}


def test_every_problem_has_an_example() -> None:
    assert set(EXAMPLES) == set(get_args(FieldProblem))


@pytest.mark.parametrize("problem", sorted(EXAMPLES))
def test_a_problem_is_explained_in_a_sentence_of_its_own(problem: str) -> None:
    field, detail = EXAMPLES[problem]
    message = describe(FieldInvalid(field, problem, detail))  # type: ignore[arg-type]
    generic = f"{field_label(field)} is not valid."
    assert message != generic
    assert message.strip()
    assert re.search(r"[a-z]+_[a-z]+", message) is None, "an internal name in the sentence"


def _raised_fields() -> set[str]:
    """The field names written as literals in ``FieldInvalid(...)`` calls under src/."""
    import ast
    from pathlib import Path

    import counter_app

    fields: set[str] = set()
    for path in Path(counter_app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "FieldInvalid" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                fields.add(node.args[0].value)
    return fields


def test_every_field_a_service_names_has_a_label() -> None:
    """A field without a label would show its internal name (``due_day``) to the clerk."""
    fields = _raised_fields()
    assert len(fields) > 50  # the scan found the raise sites
    assert sorted(f for f in fields if field_label(f) == f) == []
