"""Issue 14 §4: a reason's (and a disposition's) Chinese name has one source, the label next to
its enum in ``domain.warehouse``; the Chinese desk shows exactly that name, so the translation
cannot drift from what the forms print."""

from __future__ import annotations

import pytest

from counter_app.domain.warehouse import (
    DISPOSITION_LABELS,
    REASON_LABELS,
    Disposition,
    Reason,
)
from counter_app.ui.messages import disposition_name, reason_name


@pytest.mark.parametrize("reason", list(Reason))
def test_the_chinese_desk_names_a_reason_as_the_forms_print_it(translations,
                                                               reason: Reason) -> None:
    assert translations.apply("zh_CN")
    assert reason_name(reason) == REASON_LABELS[reason]


@pytest.mark.parametrize("disposition", list(Disposition))
def test_the_chinese_desk_names_a_disposition_as_the_forms_print_it(
        translations, disposition: Disposition) -> None:
    assert translations.apply("zh_CN")
    assert disposition_name(disposition) == DISPOSITION_LABELS[disposition]
