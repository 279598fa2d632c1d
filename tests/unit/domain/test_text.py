"""The one character and length check of issue 13 §6."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.text import bad_characters, check_fields, check_text, visible


@pytest.mark.parametrize("text", ["a\x00b", "\x07", "x\x7f", "\x85", chr(0xD800), chr(0xDFFF)])
def test_control_characters_and_lone_surrogates_are_bad(text: str) -> None:
    assert bad_characters(text)
    with pytest.raises(FieldInvalid) as err:
        check_text("signer", text)
    assert err.value.problem == "characters"


def test_chinese_text_and_ordinary_punctuation_are_fine() -> None:
    assert check_text("recipient_address", "杭州市西湖区文三路 259 号（5 楼）") == (
        "杭州市西湖区文三路 259 号（5 楼）")


def test_line_breaks_are_text_only_in_multiline_fields() -> None:
    assert check_text("note", "第一行\n第二行") == "第一行\n第二行"
    with pytest.raises(FieldInvalid):
        check_text("signer", "张\n三")


def test_length_comes_from_the_table_unless_given() -> None:
    check_text("signer", "李" * 40)
    with pytest.raises(FieldInvalid) as err:
        check_text("signer", "李" * 41)
    assert (err.value.problem, err.value.detail) == ("too_long", "40")
    with pytest.raises(FieldInvalid):
        check_text("anything", "abc", 2)


def test_visible_escapes_what_cannot_be_stored() -> None:
    assert visible("77\x00\udc80中") == "77\\x00\\udc80中"


def test_check_fields_names_the_form_field() -> None:
    @dataclass(frozen=True)
    class Profile:
        name: str
        pieces: int = 1

    check_fields(Profile("五亭龙"))
    with pytest.raises(FieldInvalid) as err:
        check_fields(Profile("五\x00亭"), {"name": "station_name"})
    assert err.value.field == "station_name"
