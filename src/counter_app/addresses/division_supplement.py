"""Divisions created after cpca's table, added to it when cpca loads (issue 18 §5).

cpca 0.5.5 ships a division table of about 2016 (``cpca/resources/adcodes.csv``). The rows
below are appended to it, in its own format, while the resolver imports cpca; a district here
then resolves like any other (district, adcode, the rest as the street part). Each row names
the State Council approval it comes from. Abolished districts are left in the table: addresses
written with the old name (江干区, 下城区) still resolve to the district as written.

To add one: the 12-digit adcode of the Ministry of Civil Affairs' code list (the last six
digits 0), the name in full, and the source; cpca takes the city from the adcode's first four
digits, so the city must be in its table already.
"""

from __future__ import annotations

from typing import Final

SUPPLEMENT: Final[tuple[tuple[str, str, str], ...]] = (
    # (adcode, name, source)
    ("330113000000", "临平区", "国函〔2021〕27号, 2021-03: 杭州市 余杭区 split, 临平区 created"),
    ("330114000000", "钱塘区", "国函〔2021〕27号, 2021-03: 杭州市 钱塘区 created"),
)


def supplement_csv() -> bytes:
    """The rows in cpca's CSV format (``adcode,name,longitude,latitude``, no header)."""
    return "".join(f"{code},{name},,\n" for code, name, _source in SUPPLEMENT).encode("utf-8")
