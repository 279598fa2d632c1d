"""Install Qt's own and the app's translators; switch language at run time."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counter_app.paths import i18n_dir


class PseudoTranslator(QTranslator):
    """Stretches every string (COUNTER_APP_TRANS_SCALE=200 doubles it) to catch clipped labels."""

    def __init__(self, scale: int) -> None:
        """Scale is a percentage of the source length."""
        super().__init__()
        self._scale = scale

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        extra = max(0, len(source) * (self._scale - 100) // 100)
        return "[" + source + "~" * extra + "]"


class Translations:
    """Owns the installed translators so the language can change while the app runs."""

    def __init__(self) -> None:
        """Nothing installed yet."""
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Install ``language`` (``zh_CN`` or ``en``); returns False if its catalogue is missing.

        Widgets retranslate themselves on QEvent.LanguageChange, which Qt sends on install.
        """
        app = QCoreApplication.instance()
        assert app is not None
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        ok = True
        if language != "en":
            # Qt's own words (file and print dialogs, 是/否): from Qt's translations folder,
            # else from ours (the frozen build copies qtbase_zh_CN.qm there).
            qt = QTranslator()
            for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                           str(i18n_dir())):
                if qt.load(QLocale(language), "qtbase", "_", folder):
                    self._install(qt)
                    break
            own = QTranslator()
            if own.load(f"counter_app_{language}", str(i18n_dir())):
                self._install(own)
            else:
                ok = False
        if scale := int(os.environ.get("COUNTER_APP_TRANS_SCALE", "0") or 0):
            self._install(PseudoTranslator(scale))
        QLocale.setDefault(QLocale(language if ok else "en"))
        self.language = language if ok else "en"
        return ok

    def _install(self, translator: QTranslator) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.installTranslator(translator)
        self._installed.append(translator)
