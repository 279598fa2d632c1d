"""收寄设置, the counter's settings page: rate card (CI-8), service area (CI-6), fragile rule
(CI-2) and the station's own prohibited keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from counter_app.atomic import write_atomic
from counter_app.domain.errors import DomainError, FieldInvalid, StaleEdit
from counter_app.domain.intake import FragilePolicy
from counter_app.domain.pricing import RateCard
from counter_app.domain.prohibited import ProhibitedCategory, default_catalogue
from counter_app.domain.rate_card_tables import sample_rate_card
from counter_app.domain.service_area import (
    SAMPLE_SERVICE_AREA_NAME,
    AreaStatus,
    ServiceArea,
)
from counter_app.services.app import AppServices
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_intake_settings import Ui_IntakeSettingsPage
from counter_app.ui.look import ERROR_STYLE, WARN_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.messages_intake import area_status_name
from counter_app.ui.widgets.tables import fill_table
from counter_app.ui.workspaces.intake_page_base import (
    EMS_COLOUR,
    LOW_COLOUR,
    _IntakePage,
    align_right,
    kg,
    spread_columns,
    yuan,
)

if TYPE_CHECKING:
    from counter_app.reports.rate_card_io import (
        rate_card_from_csv,
        rate_card_from_xlsx,
        rate_card_to_csv,
        rate_card_to_xlsx,
    )
    from counter_app.reports.service_area_io import (
        service_area_from_csv,
        service_area_from_xlsx,
        service_area_to_csv,
        service_area_to_xlsx,
    )
else:  # imported on first use: not at start-up (issue 18 §4)
    rate_card_from_csv = deferred("counter_app.reports.rate_card_io", "rate_card_from_csv")
    rate_card_from_xlsx = deferred("counter_app.reports.rate_card_io", "rate_card_from_xlsx")
    rate_card_to_csv = deferred("counter_app.reports.rate_card_io", "rate_card_to_csv")
    rate_card_to_xlsx = deferred("counter_app.reports.rate_card_io", "rate_card_to_xlsx")
    service_area_from_csv = deferred("counter_app.reports.service_area_io", "service_area_from_csv")
    service_area_from_xlsx = deferred(
        "counter_app.reports.service_area_io", "service_area_from_xlsx")
    service_area_to_csv = deferred("counter_app.reports.service_area_io", "service_area_to_csv")
    service_area_to_xlsx = deferred("counter_app.reports.service_area_io", "service_area_to_xlsx")

translate = QCoreApplication.translate
KEYWORD_SPLIT = re.compile(r"[,，、;；\s]+")
"""Keywords may be separated by commas (either width), 、, semicolons or spaces."""
HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(eq=False)
class _BadCell(Exception):
    """A row of the keyword table that cannot be saved: which cell, and why."""

    row: int
    column: int
    error: FieldInvalid


ADDITION_COLUMNS = 3


def parse_additions(rows: list[list[str]]) -> list[ProhibitedCategory]:
    """The station's catalogue entries from the rows as typed (number, keywords, name).

    Blank rows are skipped; rows with the same number are merged (the stored data may not
    repeat a number). A new category (a number not published) needs a name; the stored data
    needs both names, so an entry for a published category carries the published ones and a
    new category its name twice.

    Raises:
        _BadCell: the first cell that is wrong, with the FieldInvalid the service would raise.
    """
    published = {c.number: c for c in default_catalogue().categories}
    merged: dict[int, ProhibitedCategory] = {}
    for r, cells in enumerate(rows):
        number_text, keywords_text, name = (c.strip() for c in cells[:ADDITION_COLUMNS])
        if not (number_text or keywords_text or name):
            continue
        number_text = number_text.translate(HALF_WIDTH_DIGITS)
        if not number_text.isdigit() or int(number_text) <= 0:
            raise _BadCell(r, 0, FieldInvalid("category", "range", "1-"))
        number = int(number_text)
        keywords = tuple(dict.fromkeys(k for k in KEYWORD_SPLIT.split(keywords_text) if k))
        if not keywords:
            raise _BadCell(r, 1, FieldInvalid("keywords", "required"))
        before = merged.get(number)
        if before is not None:
            merged[number] = replace(before, keywords=tuple(dict.fromkeys(
                before.keywords + keywords)))
            continue
        if number in published:
            base = published[number]
            merged[number] = ProhibitedCategory(number, base.name_zh, base.name_en, (), keywords)
            continue
        if not name:
            raise _BadCell(r, 2, FieldInvalid("category_name", "required"))
        merged[number] = ProhibitedCategory(number, name, name, (), keywords)
    return [merged[n] for n in sorted(merged)]


class IntakeSettingsPage(_IntakePage):
    """收寄设置 (supervisors): the rate card and the service-area table (imported and exported
    as CSV or XLSX), the fragile rule, and the station's own prohibited keywords."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_IntakeSettingsPage()
        self.ui.setupUi(self)
        self.setObjectName("intake_settings_page")
        self.message_label = self.ui.message_label
        self.card: RateCard | None = None
        self.area: ServiceArea | None = None
        self.versions: dict[str, int] = {}
        """The version of each setting as this page loaded it: a save names it, so a change
        made meanwhile on another PC is refused instead of lost (issue 13 §2)."""
        ui = self.ui
        ui.import_rate_csv_button.clicked.connect(lambda: self.import_rate_card("csv"))
        ui.import_rate_xlsx_button.clicked.connect(lambda: self.import_rate_card("xlsx"))
        ui.export_rate_csv_button.clicked.connect(lambda: self.export_rate_card("csv"))
        ui.export_rate_xlsx_button.clicked.connect(lambda: self.export_rate_card("xlsx"))
        ui.import_area_csv_button.clicked.connect(lambda: self.import_service_area("csv"))
        ui.import_area_xlsx_button.clicked.connect(lambda: self.import_service_area("xlsx"))
        ui.export_area_csv_button.clicked.connect(lambda: self.export_service_area("csv"))
        ui.export_area_xlsx_button.clicked.connect(lambda: self.export_service_area("xlsx"))
        ui.refuse_radio.clicked.connect(lambda: self.set_fragile(FragilePolicy.REFUSE))
        ui.mark_radio.clicked.connect(lambda: self.set_fragile(FragilePolicy.MARK))
        ui.add_addition_button.clicked.connect(self.add_addition_row)
        ui.remove_addition_button.clicked.connect(self.remove_addition_row)
        ui.save_additions_button.clicked.connect(self.save_additions)
        self._set_editable(False)

    @override
    def title(self) -> str:
        return translate("IntakePages", "Intake settings")

    def edit_widgets(self) -> list[QWidget]:
        """What only a supervisor may use."""
        ui = self.ui
        return [ui.import_rate_csv_button, ui.import_rate_xlsx_button,
                ui.import_area_csv_button, ui.import_area_xlsx_button, ui.refuse_radio,
                ui.mark_radio, ui.additions_table, ui.add_addition_button,
                ui.remove_addition_button, ui.save_additions_button]

    def _set_editable(self, editable: bool) -> None:
        for widget in self.edit_widgets():
            widget.setEnabled(editable)

    @override
    def refresh(self) -> None:
        editable = self.editable()
        ui = self.ui
        self._set_editable(editable)
        ui.note_label.setVisible(not editable)
        ui.note_label.setStyleSheet(WARN_STYLE)
        ui.note_label.setText(translate(
            "IntakePages",
            "Only a supervisor can change the intake settings; they are shown for reference."))
        self._services.intake.refresh()
        self.load_rate_card()
        self.load_service_area()
        self.load_contents_rules()

    # (a) rate card
    def load_rate_card(self) -> None:
        """The current card: name, a warning if it is the demo card, zones, provinces."""
        loaded = self._services.intake.rate_card_versioned()
        card = self.card = loaded.value
        self.versions["rate_card"] = loaded.version
        ui = self.ui
        ui.rate_name_label.setText(translate("IntakePages", "Rate card: {name}").format(
            name=card.name))
        sample = card.name == sample_rate_card().name
        ui.rate_sample_label.setVisible(sample)
        ui.rate_sample_label.setStyleSheet(ERROR_STYLE)
        ui.rate_sample_label.setText(translate(
            "IntakePages",
            "This is the demo rate card: its prices are invented. Import the station's own "
            "rate card before charging customers.") if sample else "")
        info = translate(
            "IntakePages",
            "From {province} {city} · weight rounded up to {unit} kg · at most {most} kg · "
            "{zones} zone(s), {provinces} province(s)",
        ).format(province=card.origin_province, city=card.origin_city, unit=kg(card.weight_unit),
                 most=kg(card.max_weight), zones=len(card.zones),
                 provinces=len(card.province_zones))
        ui.rate_info_label.setText(info + (f"\n{card.note}" if card.note else ""))
        fill_table(
            ui.zones_table,
            [translate("IntakePages", "Zone"), translate("IntakePages", "First kg"),
             translate("IntakePages", "First price (元)"), translate("IntakePages", "Step kg"),
             translate("IntakePages", "Step price (元)")],
            [[z.name, kg(z.first_weight), yuan(z.first_price), kg(z.step_weight),
              yuan(z.step_price)] for z in card.zones],
            [z.code for z in card.zones],
        )
        align_right(ui.zones_table, (1, 2, 3, 4))
        spread_columns(ui.zones_table)
        names = {z.code: z.name for z in card.zones}
        fill_table(
            ui.provinces_table,
            [translate("IntakePages", "Province"), translate("IntakePages", "Zone")],
            [[province, names.get(code, code)] for province, code in card.province_zones],
            [province for province, _code in card.province_zones],
        )

    def import_rate_card(self, kind: str) -> RateCard | None:
        """Read a rate card file; a bad file is named and the current card kept."""
        if not self.editable():
            return None
        assert self._operator is not None
        got = self.read_file(translate("IntakePages", "Import a rate card"),
                             "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)")
        if got is None:
            return None
        path, data = got
        try:
            card = rate_card_from_csv(data) if kind == "csv" else rate_card_from_xlsx(data)
            self._services.intake.save_rate_card(self._operator, card,
                                                 self.versions.get("rate_card"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):
                self.load_rate_card()  # show the newer card; the file can be imported again
            return None
        self.load_rate_card()
        self.ok(translate(
            "IntakePages", "Rate card 「{name}」 imported from {file}: {zones} zone(s).").format(
            name=card.name, file=path.name, zones=len(card.zones)))
        return card

    def export_rate_card(self, kind: str) -> None:
        """Save the current card as CSV or XLSX, to edit in a spreadsheet."""
        card = self.card or self._services.intake.rate_card()
        data = rate_card_to_csv(card) if kind == "csv" else rate_card_to_xlsx(card)
        self.save_file(translate("IntakePages", "Save the rate card"), f"价目表.{kind}",
                       "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)",
                       lambda path: write_atomic(path, data))

    # (b) service area
    def load_service_area(self) -> None:
        """The current table: name, a warning if it is the demo table, the rules."""
        loaded = self._services.intake.service_area_versioned()
        area = self.area = loaded.value
        self.versions["service_area"] = loaded.version
        ui = self.ui
        ui.area_name_label.setText(translate("IntakePages", "Service area table: {name}").format(
            name=area.name or "—"))
        sample = area.name == SAMPLE_SERVICE_AREA_NAME
        ui.area_sample_label.setVisible(sample)
        ui.area_sample_label.setStyleSheet(ERROR_STYLE)
        ui.area_sample_label.setText(translate(
            "IntakePages",
            "This is the demo service-area table. Import the station's own table so that "
            "out-of-area destinations are refused correctly.") if sample else "")
        ui.area_count_label.setText(translate("IntakePages", "{n} rule(s)").format(
            n=len(area.rules)))
        fill_table(
            ui.area_table,
            [translate("IntakePages", "Province"), translate("IntakePages", "City"),
             translate("IntakePages", "District"), translate("IntakePages", "Status"),
             translate("IntakePages", "Note")],
            [[r.province, r.city, r.district, area_status_name(r.status), r.note]
             for r in area.rules],
            list(range(len(area.rules))),
        )
        colours = {AreaStatus.OUT_OF_AREA: LOW_COLOUR, AreaStatus.EMS: EMS_COLOUR}
        for row, rule in enumerate(area.rules):
            if rule.status in colours and (item := ui.area_table.item(row, 3)) is not None:
                item.setForeground(colours[rule.status])

    def import_service_area(self, kind: str) -> ServiceArea | None:
        """Read a service-area file; a bad file is named and the current table kept."""
        if not self.editable():
            return None
        assert self._operator is not None
        got = self.read_file(translate("IntakePages", "Import a service-area table"),
                             "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)")
        if got is None:
            return None
        path, data = got
        try:
            if kind == "csv":
                area = service_area_from_csv(data, name=path.stem)
            else:
                area = service_area_from_xlsx(data)
                if not area.name:
                    area = replace(area, name=path.stem)
            self._services.intake.save_service_area(self._operator, area,
                                                    self.versions.get("service_area"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):
                self.load_service_area()
            return None
        self.load_service_area()
        self.ok(translate(
            "IntakePages", "Service area 「{name}」 imported from {file}: {n} rule(s).").format(
            name=area.name, file=path.name, n=len(area.rules)))
        return area

    def export_service_area(self, kind: str) -> None:
        """Save the current table as CSV or XLSX."""
        area = self.area or self._services.intake.service_area()
        data = service_area_to_csv(area) if kind == "csv" else service_area_to_xlsx(area)
        self.save_file(translate("IntakePages", "Save the service-area table"),
                       f"服务范围表.{kind}",
                       "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)",
                       lambda path: write_atomic(path, data))

    # (c) fragile rule, (d) the station's keywords
    def load_contents_rules(self) -> None:
        """The fragile rule, the station's keyword rows and the categories for reference."""
        ui = self.ui
        policy = self._services.intake.fragile_policy()
        ui.refuse_radio.setChecked(policy is FragilePolicy.REFUSE)
        ui.mark_radio.setChecked(policy is FragilePolicy.MARK)
        self.load_additions()
        published = {c.number for c in default_catalogue().categories}
        ui.published_list.clear()
        for category in self._services.intake.catalogue().categories:
            text = f"{category.number}. {category.name_zh}"
            if category.number not in published:
                text += " " + translate("IntakePages", "(station's own)")
            item = QListWidgetItem(text)
            item.setToolTip("、".join(category.keywords))
            ui.published_list.addItem(item)

    def set_fragile(self, policy: FragilePolicy) -> None:
        """Apply the fragile rule chosen with the radio buttons."""
        if not self.editable():
            return
        assert self._operator is not None
        if policy is self._services.intake.fragile_policy():
            return
        try:
            self._services.intake.set_fragile_policy(self._operator, policy)
        except DomainError as err:
            self.error(describe(err))
            self.load_contents_rules()
            return
        self.ok(translate("IntakePages", "Fragile items are now refused.")
                if policy is FragilePolicy.REFUSE else
                translate("IntakePages",
                          "Fragile items are now accepted, marked 易碎, with packing advice."))

    def load_additions(self) -> None:
        """The station's entries as editable rows."""
        table = self.ui.additions_table
        loaded = self._services.intake.catalogue_additions_versioned()
        additions = loaded.value
        self.versions["catalogue"] = loaded.version
        table.setColumnCount(ADDITION_COLUMNS)
        table.setHorizontalHeaderLabels([
            translate("IntakePages", "Category no."),
            translate("IntakePages", "Keywords, separated by commas"),
            translate("IntakePages", "Name (new category only)")])
        published = {c.number for c in default_catalogue().categories}
        table.setRowCount(len(additions))
        for r, entry in enumerate(additions):
            name = "" if entry.number in published else entry.name_zh
            for c, text in enumerate((str(entry.number), ", ".join(entry.keywords), name)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setColumnWidth(1, max(table.columnWidth(1), 260))
        table.horizontalHeader().setStretchLastSection(True)

    def addition_rows(self) -> list[list[str]]:
        """The keyword rows as typed."""
        table = self.ui.additions_table
        return [[item.text() if (item := table.item(r, c)) is not None else ""
                 for c in range(ADDITION_COLUMNS)] for r in range(table.rowCount())]

    def add_addition_row(self) -> None:
        """A new empty row, ready to type."""
        table = self.ui.additions_table
        row = table.rowCount()
        table.insertRow(row)
        for c in range(ADDITION_COLUMNS):
            table.setItem(row, c, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.setFocus()

    def remove_addition_row(self) -> None:
        """Remove the current row (saved only with Save keywords)."""
        table = self.ui.additions_table
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def save_additions(self) -> list[ProhibitedCategory] | None:
        """Save the station's keywords; a bad cell is selected and named."""
        if not self.editable():
            return None
        assert self._operator is not None
        table = self.ui.additions_table
        try:
            additions = parse_additions(self.addition_rows())
        except _BadCell as bad:
            self.error(translate("IntakePages", "Row {row}: {problem}").format(
                row=bad.row + 1, problem=describe(bad.error)))
            table.setCurrentCell(bad.row, bad.column)
            table.setFocus()
            return None
        try:
            self._services.intake.save_catalogue_additions(self._operator, additions,
                                                           self.versions.get("catalogue"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):
                # keep the rows as typed; take the newer version, so that Save again is a
                # deliberate overwrite after reading who changed what
                self.versions["catalogue"] = (
                    self._services.intake.catalogue_additions_versioned().version)
            return None
        self.load_contents_rules()
        self.ok(translate("IntakePages", "The station's keywords saved: {n} row(s).").format(
            n=len(additions)))
        return additions

