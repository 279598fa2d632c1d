"""Fill unfinished messages of a .ts file from a {source: translation} dict in a Python file.

Usage: ``python -m counter_app.devtools.ts_fill resources/i18n/counter_app_zh_CN.ts dict.py``
(the dict file defines ``ZH``). Existing translations are kept; the rest stay unfinished.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, translations: dict[str, str]) -> list[str]:
    """Fill what can be filled; return the sources still without a translation."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        assert tr is not None
        if tr.get("type") == "unfinished" or not (tr.text or "").strip():
            if source in translations:
                tr.text = translations[source]
                tr.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill(sys.argv[1], runpy.run_path(sys.argv[2])["ZH"])
    for source in missing:
        print("missing:", repr(source))
    raise SystemExit(1 if missing else 0)
