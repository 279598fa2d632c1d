"""The shape of data kept as JSON (audit snapshots, quote records, event payloads): typed, so
that no ``Any`` hides a typo in a key or a value's kind from mypy (issue 14 §2)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"
"""A value JSON can hold."""

JsonObject: TypeAlias = "dict[str, JsonValue]"
"""A JSON object: what an audit entry's before/after and a stored record's extras are."""


def text_of(data: Mapping[str, object], key: str, default: str = "") -> str:
    """``data[key]`` as text (``default`` when missing or null): for reading back a field that
    was stored as a string."""
    value = data.get(key)
    return default if value is None else str(value)


def objects_of(data: JsonObject, key: str) -> list[JsonObject]:
    """The objects of the list ``data[key]`` (none when missing): for reading back a list of
    records, such as a quote's lines."""
    value = data.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def int_of(data: Mapping[str, object], key: str, default: int = 0) -> int:
    """``data[key]`` as a whole number (``default`` when missing, null or not a number)."""
    value = data.get(key)
    if isinstance(value, bool) or value is None:
        return default
    try:
        return int(value) if isinstance(value, int | float | str) else default
    except ValueError:
        return default


def mapping_of(data: Mapping[str, object], key: str) -> Mapping[str, object]:
    """The object ``data[key]`` (empty when missing or not an object): a nested record."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}
