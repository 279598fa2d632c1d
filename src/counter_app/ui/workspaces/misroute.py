"""错写大字 workspace: register misrouted parcels, verify, close the month, print the report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSignalBlocker, QStringListModel, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCompleter, QFileDialog, QLineEdit, QWidget

from counter_app.atomic import write_atomic
from counter_app.domain.errors import (
    DomainError,
    DuplicateMisroute,
    EntryIncomplete,
    FieldInvalid,
    InvalidWaybill,
    MonthLocked,
    MonthNotReady,
    StaleEdit,
)
from counter_app.domain.misroute import ACTION_LABELS, MisrouteAction, MisrouteEntry, previous_month
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import StaffMember
from counter_app.domain.station import PROVINCES
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.misroute import MisrouteDraft
from counter_app.services.misroute_dto import MisrouteReport
from counter_app.ui import formats
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_misroute_workspace import Ui_MisrouteWorkspace
from counter_app.ui.look import ERROR_STYLE, OK_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.people import People
from counter_app.ui.printing import (
    DocKind,
    ask_print,
    print_document,
    print_pdf,
    stack_page_images,
)
from counter_app.ui.tasks import Cancelled, TaskControl, run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback, Workspace

if TYPE_CHECKING:
    from counter_app.reports.misroute_list import render_misroute_csv, render_misroute_xlsx
    from counter_app.reports.misroute_pdf import render_misroute_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_misroute_csv = deferred("counter_app.reports.misroute_list", "render_misroute_csv")
    render_misroute_xlsx = deferred("counter_app.reports.misroute_list", "render_misroute_xlsx")
    render_misroute_pdf = deferred("counter_app.reports.misroute_pdf", "render_misroute_pdf")

translate = QCoreApplication.translate



def field_name(field: str) -> str:
    """Translated name of a register field."""
    return {
        "waybill_no": translate("MisrouteWorkspace", "waybill number"),
        "origin_province": translate("MisrouteWorkspace", "origin province"),
        "origin_site": translate("MisrouteWorkspace", "origin site"),
        "wrong_dazi": translate("MisrouteWorkspace", "wrong 大字"),
        "correct_dazi": translate("MisrouteWorkspace", "correct 大字"),
        "found_on": translate("MisrouteWorkspace", "date found"),
        "found_by": translate("MisrouteWorkspace", "found by"),
        "action": translate("MisrouteWorkspace", "what was done"),
    }.get(field, field)


def action_name(action: MisrouteAction) -> str:
    """Translated action (MR-1)."""
    return {
        MisrouteAction.WRITTEN: translate("MisrouteWorkspace", "Missing: correct 大字 written"),
        MisrouteAction.CROSSED_OUT: translate(
            "MisrouteWorkspace", "Wrong: crossed out and rewritten"
        ),
        MisrouteAction.REWRITTEN: translate(
            "MisrouteWorkspace", "Right but untidy: rewritten neatly"
        ),
    }[action]


class MisrouteWorkspace(Workspace):
    """F4: the register (MR-1, MR-2), the monthly report (MR-3..MR-5), origins compared."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(parent)
        self.ui = Ui_MisrouteWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("misroute_workspace")
        self._services = services
        self._people = People(services.staff.names)
        self._operator: StaffMember | None = None
        self._editing: MisrouteEntry | None = None
        self._entries: dict[int, MisrouteEntry] = {}
        ui = self.ui
        disable_input_method(ui.waybill_edit)
        ui.origin_province_combo.addItems(list(PROVINCES))
        ui.origin_province_combo.setCurrentIndex(-1)
        self._site_model = QStringListModel(self)
        self._site_provinces: dict[str, str] = {}
        completer = QCompleter(self._site_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._site_chosen)
        ui.origin_site_edit.setCompleter(completer)
        ui.origin_site_edit.textEdited.connect(self._suggest_sites)
        ui.missing_dazi_check.toggled.connect(self._missing_toggled)
        ui.save_entry_button.clicked.connect(self.save_entry)
        ui.new_entry_button.clicked.connect(self.new_entry)
        ui.verify_button.clicked.connect(self.verify_selected)
        ui.close_month_button.clicked.connect(self.close_month)
        ui.reopen_month_button.clicked.connect(self.reopen_month)
        ui.preview_report_button.clicked.connect(self.preview_report)
        ui.print_report_button.clicked.connect(self.print_report)
        ui.export_report_button.clicked.connect(self.export_report)
        ui.entries_table.itemSelectionChanged.connect(self._row_selected)
        today = services.clock.now().date()
        ui.month_edit.setDate(QDate(today.year, today.month, 1))
        ui.month_edit.dateChanged.connect(lambda _d: self.reload())
        ui.found_on_edit.setDate(QDate(today.year, today.month, today.day))
        self._fill_actions()

    # --- Workspace
    @override
    def title(self) -> str:
        return translate("Workspaces", "Misroutes")

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        self._people.refresh()
        self.reload()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        """A scan opens the parcel's row, or starts a new one (issue 7 §1)."""
        existing = self._services.misroutes.find(event.number)
        if existing is not None:
            self._load(existing)
            return ScanFeedback(
                ScanOutcome.DUPLICATE,
                translate("MisrouteWorkspace", "Already registered"),
                translate(
                    "MisrouteWorkspace", "{number}: found {date} by {who}; shown for correction."
                ).format(number=event.number, date=existing.found_on,
                         who=self._people.label(existing.found_by)),
            )
        self.new_entry()
        self.ui.waybill_edit.setText(event.number)
        self.ui.origin_province_combo.setFocus()
        return ScanFeedback(
            ScanOutcome.ACCEPTED,
            translate("MisrouteWorkspace", "New entry"),
            translate("MisrouteWorkspace", "{number}: fill in origin and 大字, then Enter.").format(
                number=event.number
            ),
        )

    # --- register form
    def _fill_actions(self) -> None:
        combo = self.ui.action_combo
        current = combo.currentData()
        combo.clear()
        for action in MisrouteAction:
            combo.addItem(action_name(action), action.value)
        combo.setCurrentIndex(combo.findData(current) if current else -1)

    def _missing_toggled(self, missing: bool) -> None:
        ui = self.ui
        ui.wrong_dazi_edit.setEnabled(not missing)
        if missing:
            ui.wrong_dazi_edit.clear()
            ui.action_combo.setCurrentIndex(ui.action_combo.findData(MisrouteAction.WRITTEN.value))

    def _suggest_sites(self, text: str) -> None:
        suggestions = self._services.misroutes.site_suggestions(text) if text else []
        self._site_provinces = dict(suggestions)
        self._site_model.setStringList([site for site, _ in suggestions])

    def _site_chosen(self, site: str) -> None:
        if province := self._site_provinces.get(site):
            self.ui.origin_province_combo.setCurrentText(province)

    def draft(self) -> MisrouteDraft:
        """The form's content."""
        ui = self.ui
        qd = ui.found_on_edit.date()
        action = ui.action_combo.currentData()
        return MisrouteDraft(
            waybill_no=ui.waybill_edit.text(),
            origin_province=ui.origin_province_combo.currentText(),
            origin_site=ui.origin_site_edit.text(),
            wrong_dazi="" if ui.missing_dazi_check.isChecked() else ui.wrong_dazi_edit.text(),
            correct_dazi=ui.correct_dazi_edit.text(),
            found_on=date(qd.year(), qd.month(), qd.day()),
            action=MisrouteAction(action) if action else None,
            needs_problem_flow=ui.problem_check.isChecked(),
        )

    def save_entry(self) -> None:
        """Register a new row or save corrections; say what is still missing (MR-2)."""
        assert self._operator is not None
        label = self.ui.entry_message_label
        try:
            if self._editing is not None and self._editing.id is not None:
                entry = self._services.misroutes.update(
                    self._operator, self._editing.id, self.draft(), self._editing.version
                )
            else:
                entry = self._services.misroutes.register(self._operator, self.draft())
        except DomainError as err:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(self._describe(err))
            if isinstance(err, FieldInvalid | InvalidWaybill | DuplicateMisroute):
                self.ui.waybill_edit.setFocus()
            if isinstance(err, StaleEdit) and self._editing is not None:
                # issue 13 §2: the list shows the newer row, the form keeps what was typed;
                # Save again overwrites it knowingly
                self._editing = (self._services.misroutes.find(self._editing.waybill_no)
                                 or self._editing)
                blocker = QSignalBlocker(self.ui.entries_table)  # no reload of the form
                self.reload()
                blocker.unblock()
            return
        missing = entry.missing_fields()
        label.setStyleSheet("color: #7a4d00;" if missing else OK_STYLE)
        label.setText(
            translate("MisrouteWorkspace", "Saved {number}. Still missing: {fields}.").format(
                number=entry.waybill_no, fields="、".join(field_name(f) for f in missing)
            )
            if missing
            else translate(
                "MisrouteWorkspace", "Saved {number}; complete, waiting for verification."
            ).format(number=entry.waybill_no)
        )
        if entry.needs_problem_flow and entry.id is not None:
            label.setText(label.text() + " " + self._open_problem_record(entry.id))
        self.reload()
        self.new_entry(keep_message=True)

    def _open_problem_record(self, entry_id: int) -> str:
        """Issue 7 §3: the warehouse's problem record for a parcel whose destination cannot
        be determined (contact the recipient; unreachable → message the sending company)."""
        assert self._operator is not None
        try:
            stay = self._services.warehouse.from_misroute(self._operator, entry_id)
        except DomainError as err:
            return translate(
                "MisrouteWorkspace", "The warehouse record could not be opened: {why}"
            ).format(why=self._describe(err))
        return translate(
            "MisrouteWorkspace",
            "Warehouse problem record {code} (shelf {location}): the warehouse desk contacts "
            "the recipient; if unreachable it messages the sending company.",
        ).format(code=stay.pickup_code, location=stay.location)

    def new_entry(self, keep_message: bool = False) -> None:
        """Clear the form for the next parcel (the date found is kept)."""
        ui = self.ui
        self._editing = None
        for edit in (
            ui.waybill_edit,
            ui.origin_site_edit,
            ui.wrong_dazi_edit,
            ui.correct_dazi_edit,
        ):
            edit.clear()
        ui.waybill_edit.setReadOnly(False)
        ui.origin_province_combo.setCurrentIndex(-1)
        ui.action_combo.setCurrentIndex(-1)
        ui.missing_dazi_check.setChecked(False)
        ui.problem_check.setChecked(False)
        if not keep_message:
            ui.entry_message_label.clear()
        ui.waybill_edit.setFocus()

    def _load(self, entry: MisrouteEntry) -> None:
        ui = self.ui
        self._editing = entry
        ui.waybill_edit.setText(entry.waybill_no)
        ui.waybill_edit.setReadOnly(True)
        ui.origin_province_combo.setCurrentText(entry.origin_province)
        ui.origin_site_edit.setText(entry.origin_site)
        missing = entry.action is MisrouteAction.WRITTEN and not entry.wrong_dazi
        ui.missing_dazi_check.setChecked(missing)
        ui.wrong_dazi_edit.setText(entry.wrong_dazi)
        ui.correct_dazi_edit.setText(entry.correct_dazi)
        if entry.found_on:
            ui.found_on_edit.setDate(
                QDate(entry.found_on.year, entry.found_on.month, entry.found_on.day)
            )
        ui.action_combo.setCurrentIndex(
            ui.action_combo.findData(entry.action.value) if entry.action else -1
        )
        ui.problem_check.setChecked(entry.needs_problem_flow)

    def _row_selected(self) -> None:
        key = selected_key(self.ui.entries_table)
        if key is not None and (entry := self._entries.get(int(str(key)))):
            self._load(entry)

    # --- month
    def month(self) -> str:
        """The month shown, ``YYYY-MM``."""
        qd = self.ui.month_edit.date()
        return f"{qd.year()}-{qd.month():02d}"

    def reload(self) -> None:
        """Re-read the month's rows, the report summary, the comparison and the banner."""
        month = self.month()
        entries = self._services.misroutes.entries(month)
        self._entries = {e.id: e for e in entries if e.id is not None}
        fill_table(
            self.ui.entries_table,
            [
                translate("MisrouteWorkspace", "Waybill"),
                translate("MisrouteWorkspace", "Province"),
                translate("MisrouteWorkspace", "Origin site"),
                translate("MisrouteWorkspace", "Wrong 大字"),
                translate("MisrouteWorkspace", "Correct 大字"),
                translate("MisrouteWorkspace", "Found"),
                translate("MisrouteWorkspace", "By"),
                translate("MisrouteWorkspace", "Done"),
                translate("MisrouteWorkspace", "State"),
            ],
            [
                [
                    e.waybill_no,
                    e.origin_province,
                    e.origin_site,
                    e.wrong_dazi or ("（漏写）" if e.action is MisrouteAction.WRITTEN else ""),
                    e.correct_dazi,
                    str(e.found_on or ""),
                    self._people.label(e.found_by),
                    ACTION_LABELS[e.action.value] if e.action else "",
                    self._state(e),
                ]
                for e in entries
            ],
            [e.id for e in entries],
        )
        open_rows = [e for e in entries if not e.reportable]
        self.ui.missing_label.setText(
            translate("MisrouteWorkspace", "{n} row(s) not ready for the report: {rows}").format(
                n=len(open_rows),
                rows="; ".join(f"{e.waybill_no} {self._state(e)}" for e in open_rows[:5]),
            )
            if open_rows
            else translate("MisrouteWorkspace", "Every row is complete and verified.")
        )
        closed = self._services.misroutes.is_closed(month)
        self.ui.month_state_label.setText(
            translate("MisrouteWorkspace", "Closed (locked)")
            if closed
            else translate("MisrouteWorkspace", "Open")
        )
        self.ui.close_month_button.setEnabled(not closed)
        self.ui.reopen_month_button.setEnabled(closed)
        self._summarise(month, len(entries), len(open_rows))
        self._compare(month)
        self._banner()

    def _state(self, e: MisrouteEntry) -> str:
        if missing := e.missing_fields():
            return translate("MisrouteWorkspace", "missing: {fields}").format(
                fields="、".join(field_name(f) for f in missing)
            )
        if not e.verified:
            return translate("MisrouteWorkspace", "not verified")
        return translate("MisrouteWorkspace", "verified by {who}").format(
            who=self._people.label(e.verified_by))

    def verify_selected(self) -> None:
        """Mark the selected row as checked against the waybill's data (MR-2)."""
        assert self._operator is not None
        key = selected_key(self.ui.entries_table)
        label = self.ui.entry_message_label
        if key is None:
            label.setText(translate("MisrouteWorkspace", "Select a row first."))
            return
        try:
            self._services.misroutes.verify(self._operator, int(str(key)))
        except DomainError as err:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(self._describe(err))
            return
        label.setStyleSheet(OK_STYLE)
        label.setText(translate("MisrouteWorkspace", "Verified."))
        self.reload()

    def close_month(self) -> None:
        """Lock the month (every row must be complete and verified)."""
        assert self._operator is not None
        try:
            self._services.misroutes.close_month(self._operator, self.month())
        except DomainError as err:
            self.ui.missing_label.setText(self._describe(err))
            return
        self.reload()

    def reopen_month(self) -> None:
        """Unlock the month (supervisor)."""
        assert self._operator is not None
        try:
            self._services.misroutes.reopen_month(self._operator, self.month())
        except DomainError as err:
            self.ui.missing_label.setText(self._describe(err))
            return
        self.reload()

    # --- report
    def _summarise(self, month: str, rows: int, not_ready: int) -> None:
        self.ui.report_summary_label.setText(
            translate(
                "MisrouteWorkspace",
                "{month}: {ready} row(s) go into the report; "
                "{open} row(s) are left out until complete and verified.",
            ).format(month=month, ready=rows - not_ready, open=not_ready)
        )

    def _report(self) -> MisrouteReport:
        assert self._operator is not None
        return self._services.misroutes.report(
            self.month(), prepared_by=self._operator.name
        ).report

    def report_files(self) -> tuple[bytes, bytes, bytes]:
        """PDF, XLSX and CSV of the month (MR-4: the same rows in all three)."""
        report = self._report()
        return (
            render_misroute_pdf(report, report_font()),
            render_misroute_xlsx(report),
            render_misroute_csv(report),
        )

    def preview_report(self) -> None:
        """Show the printed form's pages inside the app (rendered on the worker thread)."""
        report = self._report()
        font = report_font()

        def shown(result: tuple[QImage | None, int]) -> None:
            image, count = result
            if image is None:
                return
            self.ui.report_preview_label.setPixmap(QPixmap.fromImage(image))
            self.preview_pages = count

        run_in_background(lambda: stack_page_images(render_misroute_pdf(report, font)), shown,
                          parent=self, label=translate("MisrouteWorkspace",
                                                       "Preparing the report…"))

    def print_report(self) -> None:
        """Print on this PC's A4 printer (asks unless set to print at once)."""
        report = self._report()
        font = report_font()
        print_document(self, DocKind.A4, translate("MisrouteWorkspace", "Misroute report {month}"
                                                   ).format(month=self.month()),
                       lambda: render_misroute_pdf(report, font), ask=self.ask_print)

    @staticmethod
    def print_pdf(pdf: bytes, printer: QPrinter) -> int:
        """Paint every page onto ``printer``."""
        return print_pdf(pdf, printer)

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog (replaced in tests)."""
        return ask_print(self, printer)

    def ask_directory(self) -> str:
        """Where to export (replaced in tests)."""
        return QFileDialog.getExistingDirectory(
            self, translate("MisrouteWorkspace", "Export the misroute report to")
        )

    def export_report(self) -> None:
        """Write the printed form and the electronic list (MR-4) into a folder, on the worker
        thread; 取消 stops between files and removes what was written."""
        folder = self.ask_directory()
        if not folder:
            return
        report = self._report()
        font = report_font()
        base = Path(folder) / f"错写大字上报表_{self.month()}"
        steps: tuple[tuple[str, Callable[[], bytes]], ...] = (
            (".pdf", lambda: render_misroute_pdf(report, font)),
            (".xlsx", lambda: render_misroute_xlsx(report)),
            (".csv", lambda: render_misroute_csv(report)),
        )

        def export(control: TaskControl) -> list[Path]:
            # all three rendered first (取消 before that writes nothing), then each written
            # whole or not at all: last month's good files are never destroyed (issue 12 §4)
            rendered: list[tuple[Path, bytes]] = []
            for done, (suffix, render) in enumerate(steps):
                control.check()
                control.report(done, len(steps))
                rendered.append((base.with_suffix(suffix), render()))
            control.check()
            for target, data in rendered:
                write_atomic(target, data)
            return [target for target, _data in rendered]

        def finished(paths: list[Path]) -> None:
            self.ui.report_summary_label.setText(
                translate("MisrouteWorkspace", "Written: {files}").format(
                    files=", ".join(str(p) for p in paths)))

        def failed(err: BaseException) -> None:
            if isinstance(err, Cancelled):
                text = translate("MisrouteWorkspace", "Export cancelled; nothing was written.")
            elif isinstance(err, OSError):
                text = translate(
                    "MisrouteWorkspace",
                    "{file} could not be written ({error}); an earlier file of that name "
                    "is unchanged.",
                ).format(file=err.filename or folder, error=err.strerror or err)
            else:
                raise err
            self.ui.report_summary_label.setText(text)

        run_in_background(export, finished, failed, parent=self, cancellable=True,
                          label=translate("MisrouteWorkspace", "Exporting the report…"))

    # --- comparison and banner
    def _compare(self, month: str) -> None:
        rows = self._services.misroutes.comparison(month)
        last = previous_month(month)
        fill_table(
            self.ui.compare_table,
            [
                translate("MisrouteWorkspace", "Province"),
                translate("MisrouteWorkspace", "Origin site"),
                month,
                last,
                translate("MisrouteWorkspace", "Trend"),
            ],
            [
                [
                    r.province,
                    r.site,
                    str(r.this_month),
                    str(r.last_month),
                    "▲"
                    if r.this_month > r.last_month
                    else ("▼" if r.this_month < r.last_month else "="),
                ]
                for r in rows
            ],
            [f"{r.province}/{r.site}" for r in rows],
        )

    def _banner(self) -> None:
        info = self._services.misroutes.due()
        banner = self.ui.due_banner_label
        if not info.remind or info.closed:
            banner.hide()
            return
        banner.show()
        if info.days_left < 0:
            banner.setText(
                translate(
                    "MisrouteWorkspace",
                    "The {month} misroute report was due on {due}: {days} day(s) overdue.",
                ).format(month=info.month, due=info.due, days=-info.days_left)
            )
        else:
            banner.setText(
                translate(
                    "MisrouteWorkspace",
                    "The {month} misroute report is due on {due} ({days} day(s) left).",
                ).format(month=info.month, due=info.due, days=info.days_left)
            )

    def _describe(self, err: DomainError) -> str:
        match err:
            case DuplicateMisroute():
                return translate(
                    "MisrouteWorkspace", "{number} is already registered (found {date} by {who})."
                ).format(number=err.waybill_no, date=formats.day(err.found_on),
                         who=self._people.label(err.found_by))
            case MonthLocked(by=who, at=at) if who:
                return translate(
                    "MisrouteWorkspace",
                    "{month} was closed by {who} at {at}; only a supervisor can change its rows.",
                ).format(month=err.month, who=self._people.label(who), at=formats.when(at))
            case MonthLocked():
                return translate(
                    "MisrouteWorkspace", "{month} is closed; only a supervisor can change its rows."
                ).format(month=err.month)
            case EntryIncomplete():
                return translate("MisrouteWorkspace", "Cannot verify: missing {fields}.").format(
                    fields="、".join(field_name(f) for f in err.missing)
                )
            case MonthNotReady():
                return translate(
                    "MisrouteWorkspace",
                    "{month} cannot be closed: {a} row(s) incomplete, {b} not verified.",
                ).format(month=err.month, a=err.incomplete, b=err.unverified)
        return describe(err)

    @override
    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.new_entry()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), QLineEdit | type(self.ui.origin_province_combo)
        ):
            self.save_entry()
            return
        super().keyPressEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_actions()
            if self._operator is not None:
                self.reload()
        super().changeEvent(event)
