"""First-run wizard: station profile (MR-5 fields) and the first supervisor."""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizard

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.staff import StaffMember, check_job_number, check_name, check_password
from counter_app.domain.station import PROVINCES, StationProfile
from counter_app.services.station import FirstSupervisor, StationService
from counter_app.ui.forms.ui_setup_wizard import Ui_SetupWizard
from counter_app.ui.messages import describe
from counter_app.ui.widgets.fields import (
    checked_carriers,
    disable_input_method,
    fill_carriers,
    read_station_form,
)


class SetupWizard(QWizard):
    """Two pages; each is checked when the user presses Next/Finish, nothing typed is lost."""

    def __init__(self, station: StationService, parent: QWidget | None = None) -> None:
        """Build the pages from the Designer form."""
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self._station = station
        self.supervisor: StaffMember | None = None
        self.ui.province_combo.addItems(list(PROVINCES))
        self.ui.province_combo.setCurrentIndex(-1)
        fill_carriers(self.ui.carriers_list, ())
        for field in (
            self.ui.station_code_edit,
            self.ui.station_phone_edit,
            self.ui.qq_edit,
            self.ui.sup_job_number_edit,
        ):
            disable_input_method(field)

    def profile(self) -> StationProfile:
        """The profile as typed so far."""
        return read_station_form(self.ui)

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "station_name": ui.station_name_edit,
            "station_code": ui.station_code_edit,
            "province": ui.province_combo,
            "city": ui.city_edit,
            "contact_person": ui.contact_person_edit,
            "station_phone": ui.station_phone_edit,
            "qq": ui.qq_edit,
            "own_carriers": ui.carriers_list,
            "job_number": ui.sup_job_number_edit,
            "name": ui.sup_name_edit,
            "password": ui.sup_password_edit,
            "password_repeat": ui.sup_password_repeat_edit,
        }

    def _fail(self, label: QLabel, err: DomainError) -> bool:
        label.setText(describe(err))
        if isinstance(err, FieldInvalid) and (widget := self._fields().get(err.field)):
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        return False

    @override
    def validateCurrentPage(self) -> bool:
        ui = self.ui
        page = self.currentPage()
        try:
            if page is ui.station_page:
                self.profile().validated()
                ui.station_message_label.clear()
                return True
            check_job_number(ui.sup_job_number_edit.text())
            check_name(ui.sup_name_edit.text())
            check_password(ui.sup_password_edit.text())
            if ui.sup_password_edit.text() != ui.sup_password_repeat_edit.text():
                raise FieldInvalid("password_repeat", "mismatch")
            self.supervisor = self._station.set_up(
                self.profile(),
                FirstSupervisor(
                    job_number=ui.sup_job_number_edit.text(),
                    name=ui.sup_name_edit.text(),
                    password=ui.sup_password_edit.text(),
                ),
            )
        except DomainError as err:
            label = (
                ui.station_message_label if page is ui.station_page else ui.supervisor_message_label
            )
            return self._fail(label, err)
        return True

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            fill_carriers(self.ui.carriers_list, checked_carriers(self.ui.carriers_list))
        super().changeEvent(event)
