"""仓库 · 盘点: count a location or the whole store, compare with the stock, recount, post the
differences with a supervisor's approval (issue 5).

A tab of ``WarehouseWorkspace``; calls only the services, decides no business rule.
"""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Role, StaffMember
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.services.app import AppServices
from counter_app.services.warehouse import StocktakeResult
from counter_app.ui.forms.ui_warehouse_stocktake import Ui_StocktakePage
from counter_app.ui.messages import describe, location_kind_name, minute
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.pages import Page, SupervisorDialog
from counter_app.ui.widgets.tables import fill_table
from counter_app.ui.workspaces.base import ScanFeedback

translate = QCoreApplication.translate


class StocktakePage(Page):
    """盘点: count a location or the whole store, compare, recount, post with a supervisor."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_StocktakePage()
        self.ui.setupUi(self)
        self.setObjectName("stocktake_page")
        self.message_label = self.ui.message_label
        self.stocktake_id: int | None = None
        self.result: StocktakeResult | None = None
        self.posted: StocktakeResult | None = None
        self._stays: dict[str, StayRecord] = {}
        ui = self.ui
        disable_input_method(ui.count_edit)
        ui.start_button.clicked.connect(self.start)
        ui.recount_button.clicked.connect(self.recount)
        ui.post_button.clicked.connect(self.post)
        ui.count_edit.returnPressed.connect(self._count_typed)
        self._show()

    @override
    def title(self) -> str:
        return translate("WarehousePages", "Stocktake")

    @override
    def activate(self, operator: StaffMember) -> None:
        super().activate(operator)
        (self.ui.count_edit if self.stocktake_id else self.ui.scope_combo).setFocus()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return self.count(event.number)

    @override
    def refresh(self) -> None:
        combo = self.ui.scope_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(translate("WarehousePages", "the whole store"), "")
        for view in self._services.warehouse.locations():
            combo.addItem(f"{view.location.code} · {location_kind_name(view.location.kind)}",
                          view.location.code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self._reload()

    def start(self) -> None:
        """Start counting the chosen location (or the whole store)."""
        if self._operator is None:
            return
        if self.result is not None and self._counted() and not self.ask_confirm(
            translate("WarehousePages", "Stocktake"),
            translate("WarehousePages",
                      "The stocktake in progress is not posted. Leave it and start a new one?"),
        ):
            return
        try:
            record = self._services.warehouse.start_stocktake(
                self._operator, str(self.ui.scope_combo.currentData() or ""))
        except DomainError as err:
            self.error(describe(err))
            return
        self.stocktake_id = record.id
        self.posted = None
        self.ui.posted_text.clear()
        self._reload()
        self.ok(translate("WarehousePages", "Stocktake started: scan every parcel there."))
        self.ui.count_edit.setFocus()

    def count(self, text: str) -> ScanFeedback:
        """Count one parcel; green when new, amber when already counted or not expected."""
        if self._operator is None or self.stocktake_id is None:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED,
                translate("WarehousePages", "Not counted"),
                translate("WarehousePages", "Start the stocktake first."),
            ))
        before = self._scanned()
        try:
            added = self._services.warehouse.count(self._operator, self.stocktake_id, text)
        except DomainError as err:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED, translate("WarehousePages", "Not counted"), describe(err)))
        self._reload()
        new = sorted(self._scanned() - before)
        number = new[0] if new else text.strip().upper()
        counted = translate("WarehousePages", "{n} counted").format(n=self._counted())
        if not added:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE,
                translate("WarehousePages", "Already counted"),
                f"{number} · {counted}",
            ))
        assert self.result is not None
        if number in self.result.elsewhere:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE,
                translate("WarehousePages", "Counted, recorded at {location}").format(
                    location=self.result.elsewhere[number]),
                f"{number} · {counted}",
            ))
        if number in self.result.not_in_stock:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE,
                translate("WarehousePages", "Counted, not in stock"),
                translate("WarehousePages",
                          "{number}: scan it in with a reason · {counted}").format(
                    number=number, counted=counted),
            ))
        return self.show_feedback(ScanFeedback(
            ScanOutcome.ACCEPTED, translate("WarehousePages", "Counted"),
            f"{number} · {counted}"))

    def _count_typed(self) -> None:
        text = self.ui.count_edit.text()
        if text.strip():
            self.count(text)
        self.ui.count_edit.clear()

    def recount(self) -> None:
        """Clear the count and scan again."""
        if self._operator is None or self.stocktake_id is None:
            return
        if self._counted() and not self.ask_confirm(
            translate("WarehousePages", "Recount"),
            translate("WarehousePages", "Clear the {n} parcel(s) counted and count again?")
            .format(n=self._counted()),
        ):
            return
        try:
            self._services.warehouse.recount(self._operator, self.stocktake_id)
        except DomainError as err:
            self.error(describe(err))
            return
        self._reload()
        self.ok(translate("WarehousePages", "Count cleared: scan again."))
        self.ui.count_edit.setFocus()

    def ask_credentials(self, error: str = "") -> tuple[str, str] | None:
        """A supervisor's job number and password (replaced in tests)."""
        return SupervisorDialog.ask(self, error)

    def approver(self) -> StaffMember | None:
        """The operator when a supervisor, else a supervisor who logs in for the approval."""
        if self._operator is not None and self._operator.role is Role.SUPERVISOR:
            return self._operator
        problem = ""
        while (credentials := self.ask_credentials(problem)) is not None:
            try:
                member = self._services.auth.login(*credentials)
            except DomainError as err:
                problem = describe(err)
                continue
            if member.role is not Role.SUPERVISOR:
                problem = translate(
                    "WarehousePages", "{name} ({job}) is not a supervisor."
                ).format(name=member.name, job=member.job_number)
                continue
            return member
        return None

    def post(self) -> None:
        """Post the adjustments with a supervisor's approval and show what was done."""
        if self._operator is None or self.stocktake_id is None:
            self.error(translate("WarehousePages", "Start the stocktake first."))
            return
        approver = self.approver()
        if approver is None:
            self.warn(translate("WarehousePages",
                                "Not posted: a supervisor must approve the adjustments."))
            return
        try:
            result = self._services.warehouse.post_stocktake(
                self._operator, self.stocktake_id, approver)
        except DomainError as err:
            self.error(describe(err))
            return
        self.posted = result
        self.stocktake_id = None
        self._reload(result)
        where = result.stocktake.location or translate("WarehousePages", "the whole store")
        lines = [
            translate("WarehousePages", "Stocktake of {where} posted by {who}, approved by "
                      "{approver} ({job}).").format(
                where=where, who=self._operator.name, approver=approver.name,
                job=approver.job_number),
            translate("WarehousePages", "Written off as missing: {n} {numbers}").format(
                n=len(result.check.missing), numbers="、".join(result.check.missing)),
        ]
        if result.stocktake.location:
            lines.append(translate("WarehousePages", "Moved to {where}: {n} {numbers}").format(
                where=where, n=len(result.elsewhere), numbers="、".join(
                    f"{k}（{v}）" for k, v in result.elsewhere.items())))
        if result.not_in_stock:
            lines.append(translate(
                "WarehousePages", "Not in stock, scan them in with a reason: {n} {numbers}"
            ).format(n=len(result.not_in_stock), numbers="、".join(result.not_in_stock)))
        self.ui.posted_text.setPlainText("\n".join(lines))
        self.ok(translate("WarehousePages", "Stocktake posted."))

    def _scanned(self) -> set[str]:
        if self.result is None:
            return set()
        return set(self.result.check.matched) | set(self.result.check.unexpected)

    def _counted(self) -> int:
        return len(self._scanned())

    def _reload(self, posted: StocktakeResult | None = None) -> None:
        if self._operator is not None and self.stocktake_id is not None:
            self.result = self._services.warehouse.stocktake_result(
                self._operator, self.stocktake_id)
        else:
            self.result = posted
        self._show()

    def _show(self) -> None:
        ui = self.ui
        open_ = self.stocktake_id is not None
        for widget in (ui.count_edit, ui.recount_button, ui.post_button):
            widget.setEnabled(open_)
        result = self.result
        if result is None:
            ui.status_label.setText(translate(
                "WarehousePages", "Choose a location or the whole store and start."))
            ui.counted_label.clear()
            ui.posted_group.setVisible(self.posted is not None)
            for table in (ui.missing_table, ui.elsewhere_table, ui.absent_table):
                fill_table(table, [], [], [])
            return
        ui.posted_group.setVisible(self.posted is not None)
        st = result.stocktake
        where = st.location or translate("WarehousePages", "the whole store")
        state = (translate("WarehousePages", "posted") if st.closed_at
                 else translate("WarehousePages", "counting"))
        ui.status_label.setText(translate(
            "WarehousePages", "Stocktake no. {id} of {where} · started {when} by {who} · {state}"
        ).format(id=st.id, where=where, when=minute(st.started_at),
                 who=self._people.label(st.started_by),
                 state=state))
        expected = len(result.check.matched) + len(result.check.missing)
        ui.counted_label.setText(f"{len(result.check.matched) + len(result.check.unexpected)}"
                                 f" / {expected}")
        if self._operator is not None and st.closed_at is None:
            self._stays = {s.waybill_no: s for s in self._services.warehouse.in_stock(
                self._operator, st.location or None)}
        stays = self._stays  # once posted: as they were before the write-off
        missing = list(result.check.missing)
        fill_table(
            ui.missing_table,
            [translate("WarehousePages", "Waybill"), translate("WarehousePages", "Pickup code"),
             translate("WarehousePages", "In since")],
            [[n, stays[n].pickup_code if n in stays else "",
              minute(stays[n].in_at) if n in stays else ""] for n in missing],
            list(missing),
        )
        fill_table(
            ui.elsewhere_table,
            [translate("WarehousePages", "Waybill"),
             translate("WarehousePages", "Recorded at")],
            [[n, loc] for n, loc in result.elsewhere.items()],
            list(result.elsewhere),
        )
        fill_table(
            ui.absent_table,
            [translate("WarehousePages", "Waybill")],
            [[n] for n in result.not_in_stock],
            list(result.not_in_stock),
        )
        ui.missing_group.setTitle(translate(
            "WarehousePages", "Expected, not counted ({n})").format(n=len(missing)))
        ui.elsewhere_group.setTitle(translate(
            "WarehousePages", "Counted here, recorded elsewhere ({n})").format(
            n=len(result.elsewhere)))
        ui.absent_group.setTitle(translate(
            "WarehousePages", "Counted, not in stock ({n})").format(n=len(result.not_in_stock)))


