"""Issue 16's new refusals reach the clerk as sentences, in English and in Chinese."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from counter_app.domain.errors import (
    AcceptanceVoided,
    CodAmountZero,
    CodSignerRequired,
    DomainError,
    FieldInvalid,
    OnOtherCouriersList,
    ParcelInStock,
    PiecesMismatch,
)
from counter_app.domain.signer import SignerProblem, SignerRejected
from counter_app.ui.i18n import Translations
from counter_app.ui.messages import describe, describe_signer

FALLBACK = "The action could not be completed."

ERRORS: list[DomainError] = [
    CodSignerRequired("已收"),  # RE-3
    CodAmountZero(),  # RE-3
    FieldInvalid("proxy_places", "place", "门卫3"),  # RE-2
    FieldInvalid("id_number", "first_generation"),
    AcceptanceVoided("77316523120001", datetime(2026, 11, 23, 9, 0), "1001"),  # counter void
    FieldInvalid("correction", "unchanged"),  # counter correction
    ParcelInStock("77316523120001", "damaged", "A", "A1-0001", "2026-11-22 20:30", "4001"),
    OnOtherCouriersList("77316523120001", "钱军", 2, date(2026, 11, 22)),
    PiecesMismatch(3, 1),
    FieldInvalid("delivery_date", "future", "2026-11-23"),
]
SIGNERS = [
    SignerRejected(SignerProblem.REFUSAL, "李娜拒收", "拒收", "李娜"),  # RE-2 / WH-15
    SignerRejected(SignerProblem.NAME_WITH_COUNT, "张伟3", "3", "张伟"),  # RE-2 / RE-4
]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_new_refusal_has_its_own_sentence(translations: Translations,
                                                language: str) -> None:
    translations.apply(language)
    texts = [describe(err) for err in ERRORS] + [describe_signer(r) for r in SIGNERS]
    assert FALLBACK not in texts
    assert len(set(texts)) == len(texts)
    assert "张伟" in texts[-1]
    assert "3" in texts[-1]
    if language == "zh_CN":
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t.replace("到付", "")) for t in texts)
        assert "件数" in texts[-1]
        assert texts[3].startswith("请出示第二代居民身份证")  # X-8, the seed's words
        assert "破损拒收" in texts[6]  # the stay's reason, named
    else:
        assert texts[3].startswith("Please show a second-generation resident ID card")
