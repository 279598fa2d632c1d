"""Log in with job number (工号) and password; language can be chosen here too (X-1)."""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.staff import StaffMember
from counter_app.services.auth import AuthService
from counter_app.ui.forms.ui_login_dialog import Ui_LoginDialog
from counter_app.ui.messages import describe
from counter_app.ui.widgets.fields import disable_input_method

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


class LoginDialog(QDialog):
    """Asks for job number and password until they are right or the user quits.

    Signals:
        language_chosen(str): the user picked another UI language.
    """

    language_chosen = Signal(str)

    def __init__(
        self,
        auth: AuthService,
        *,
        station_name: str,
        job_number: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form; ``job_number`` is pre-filled (last one used on this PC)."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._auth = auth
        self.member: StaffMember | None = None
        self.ui.station_label.setText(station_name)
        disable_input_method(self.ui.job_number_edit)
        for code, name in LANGUAGE_NAMES:
            self.ui.language_combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(max(0, self.ui.language_combo.findData(language)))
        self.ui.language_combo.currentIndexChanged.connect(self._language_changed)
        self.ui.login_button.clicked.connect(self.try_login)
        self.ui.quit_button.clicked.connect(self.reject)
        self.ui.job_number_edit.setText(job_number)
        (self.ui.password_edit if job_number else self.ui.job_number_edit).setFocus()

    def try_login(self) -> None:
        """Check the credentials; on failure say why and keep the job number typed."""
        try:
            self.member = self._auth.login(
                self.ui.job_number_edit.text(), self.ui.password_edit.text()
            )
        except DomainError as err:
            self.ui.message_label.setText(describe(err))
            self.ui.password_edit.clear()
            self.ui.password_edit.setFocus()
            return
        self.accept()

    def _language_changed(self) -> None:
        self.language_chosen.emit(self.ui.language_combo.currentData())

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
