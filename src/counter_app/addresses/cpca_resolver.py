"""Address → province / city / district with the cpca library (CI-6).

cpca (Chinese Province City Area mapper, MIT) finds the names of the official division table
it ships (``cpca/resources/adcodes.csv``, name + adcode of every province, city and county) in
the text, short names too (浙江杭州 → 浙江省 杭州市), and infers the missing upper levels
(海淀区 → 北京市). Its table is older than the package (2021): districts created since are
added from :mod:`counter_app.addresses.division_supplement` (杭州 钱塘区, 临平区) when cpca
loads; others are not found and stay in the street part. See ``docs/service-area.md``.

Loading cpca costs most of a second and about 60 MB (the division table, the automaton and
pandas, which cpca imports on its first call), so it is loaded on first use, or by
:meth:`CpcaAddressResolver.warm_up` on a worker thread when a clerk starts typing an address
(never at start-up: issue 18 §4).
"""

from __future__ import annotations

import importlib.resources
import io
import math
import sys
import threading
import types
from collections.abc import Callable
from typing import IO, Any, Final

from counter_app.addresses.division_supplement import supplement_csv
from counter_app.domain.pricing import province_name
from counter_app.domain.service_area import MUNICIPALITIES, ResolvedAddress

__all__ = ["CpcaAddressResolver"]

_MUNICIPAL_CITY_WORDS: Final = frozenset({"", "市辖区", "县"})
_DIRECT_COUNTIES: Final = frozenset({"省直辖县级行政区划", "自治区直辖县级行政区划"})
"""cpca's city for counties the province governs directly (湖北 仙桃市, 海南 五指山市)."""
_SUFFIXES: Final = "区县市旗"


class CpcaAddressResolver:
    """Resolves addresses with cpca; one instance may be shared between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._transform: Callable[[list[str]], Any] | None = None

    def warm_up(self) -> None:
        """Load cpca now (it takes most of a second), e.g. in a background thread."""
        self._load()

    def _load(self) -> Callable[[list[str]], Any]:
        with self._lock:
            if self._transform is None:
                transform = _import_cpca().transform
                transform(["北京市"])  # cpca imports pandas on its first call: do that now
                self._transform = transform
            return self._transform

    def resolve(self, text: str) -> ResolvedAddress | None:
        """The divisions of an address as written.

        Args:
            text: the address, e.g. 「浙江杭州西湖区文三路90号」.

        Returns:
            The official province, the city (the municipality itself for 北京市 etc.; the
            county-level city for counties the province governs directly, 湖北省 仙桃市),
            the district, the adcode and the street part; ``''`` for what was not found.
            ``None`` when no province can be found.
        """
        value = " ".join(text.split())
        if not value:
            return None
        record = self._load()([value]).to_dict("records")[0]
        province = province_name(_cell(record.get("省")))
        if province is None:
            return None
        city = _cell(record.get("市"))
        district = _cell(record.get("区"))
        rest = _cell(record.get("地址"))
        if province in MUNICIPALITIES and city in _MUNICIPAL_CITY_WORDS:
            city = province
        elif city in _DIRECT_COUNTIES:
            city, district = district, ""
        district, rest = _as_written(value, district, rest)
        return ResolvedAddress(province, city, district, _cell(record.get("adcode")), rest)


def _cell(value: object) -> str:
    """A cell of cpca's result as text: NaN and ``None`` are ``''``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _as_written(text: str, district: str, rest: str) -> tuple[str, str]:
    """Keep a district's suffix as written when cpca knows it by its older name.

    cpca matches 「临安区」 on its 临安市 (a county-level city until 2017) and leaves 「区」 at
    the start of the street part; the address then reads 临安区 and the street part loses it.
    """
    if (len(district) > 2 and rest and district[-1] in _SUFFIXES and rest[0] in _SUFFIXES
            and rest[0] != district[-1] and district[:-1] + rest[0] in text):
        return district[:-1] + rest[0], rest[1:].strip()
    return district, rest


def _import_cpca() -> Any:
    """Import cpca without setuptools' ``pkg_resources``, with the supplement's divisions.

    cpca 0.5.5 reads its table with ``pkg_resources.resource_stream`` when imported, without
    declaring setuptools; recent setuptools no longer has ``pkg_resources`` and older ones
    warn on importing it. A stand-in serving ``resource_stream`` from
    :mod:`importlib.resources` is put in its place for the import (any real one is put back
    after): it also appends the divisions created since cpca's table
    (:mod:`counter_app.addresses.division_supplement`).
    """
    if "cpca" in sys.modules:
        import cpca

        return cpca
    before = sys.modules.get("pkg_resources")
    stand_in = types.ModuleType("pkg_resources")
    stand_in.__dict__["resource_stream"] = _resource_stream
    sys.modules["pkg_resources"] = stand_in
    try:
        import cpca
    finally:
        if sys.modules.get("pkg_resources") is stand_in:
            if before is None:
                del sys.modules["pkg_resources"]
            else:
                sys.modules["pkg_resources"] = before
    return cpca


def _resource_stream(package: str, name: str) -> IO[bytes]:
    data = importlib.resources.files(package).joinpath(name).read_bytes()
    if (package, name) == ("cpca.resources", "adcodes.csv"):
        data = data.rstrip(b"\n") + b"\n" + supplement_csv()
    return io.BytesIO(data)
