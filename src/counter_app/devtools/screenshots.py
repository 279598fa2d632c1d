"""Screenshots of every screen into docs/screenshots/ (offscreen, Chinese font from fontconfig).

Usage: ``QT_QPA_PLATFORM=offscreen python -m counter_app.devtools.screenshots [--lang en]
[--size 1366x768] [--out DIR]``. Needs a Chinese font (fonts-wqy-microhei), else boxes show.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from counter_app.domain.scanning import RawScan
from counter_app.main import open_database, wire
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.services.demo import DEMO_PASSWORD, fill_demo

ROOT = Path(__file__).resolve().parents[3]

def _desk_extras(services: AppServices) -> date:
    """A claim near its settlement day and a courier's goods passed to the driver (issue 19);
    the day of the driver's run."""
    from counter_app.domain.service_desk import ClaimKind
    from counter_app.domain.staff import CourierKind
    from counter_app.services.service_desk_cases import ClaimDraft
    from counter_app.services.service_desk_pickups import DriverNoticeDraft

    boss = services.auth.login("1001", DEMO_PASSWORD)
    services.service_desk.open_claim(boss, ClaimDraft(
        "77316523130002", ClaimKind.DAMAGE, "王芳", "13900005678", "外包装完好，内物破损",
        sent_on=date(2026, 11, 8), claimed_on=date(2026, 11, 9)))
    driver = next(c for c in services.couriers.all() if c.kind is CourierKind.DRIVER)
    return services.service_desk.tell_driver(boss, DriverNoticeDraft(
        "张伟", "文三路259号 华星科技", "大货 12 箱", driver.id)).run_day


def main(argv: list[str] | None = None) -> int:
    """Render each screen to a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from counter_app.hardware.hub import ScannerHub
    from counter_app.ui import tasks
    from counter_app.ui.app import AppController, make_application
    from counter_app.ui.dialogs.setup_wizard import SetupWizard
    from counter_app.ui.i18n import Translations
    from counter_app.ui.main_window import WORKSPACE_KEYS
    from counter_app.ui.scanning import Cues
    from counter_app.ui.settings import Preferences

    tasks.set_synchronous(True)  # each screen shows its answers, not "Searching…"
    app = make_application()
    suffix = "" if args.lang == "zh_CN" else f"_{args.lang}"
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp)).ensure()
        engine = open_database(f"sqlite:///{paths.database}", backup_dir=paths.backup_dir)
        services = wire(engine, backup_dir=paths.backup_dir)
        translations = Translations()
        translations.apply(args.lang)

        wizard = SetupWizard(services.station)
        wizard.resize(720, 520)
        wizard.show()
        app.processEvents()
        wizard.grab().save(str(args.out / f"setup_wizard{suffix}.png"))
        wizard.close()

        fill_demo(services)
        prefs = Preferences(paths.settings_file)
        controller = AppController(services, prefs, translations, ScannerHub())
        controller.show_login()
        assert controller.login is not None
        controller.login.ui.job_number_edit.setText("1001")
        controller.login.ui.password_edit.setText("wrong")
        controller.login.try_login()
        app.processEvents()
        controller.login.grab().save(str(args.out / f"login{suffix}.png"))
        controller.login.ui.password_edit.setText(DEMO_PASSWORD)
        controller.login.try_login()
        window = controller.window
        window.resize(width, height)
        app.processEvents()
        window.cues = Cues(beep=lambda: None)
        scans = iter(
            (
                "77316523125896",
                "75312345678901",
                "77318800000020",
                "77316523129999",
                "77316523125896",
                "77316523130001",  # F6 客服: the parcel view beside the enquiry
            )
        )
        window.show_workspace("receipts")
        receipts = window.workspaces["receipts"]
        rui = receipts.ui  # type: ignore[attr-defined]
        rui.courier_combo.setCurrentIndex(1)  # the demo's half-keyed batch
        receipts.open_batch()  # type: ignore[attr-defined]
        for key, _fkey, _perm in WORKSPACE_KEYS:
            window.show_workspace(key)
            text = next(scans)
            controller.gateway.process(RawScan("wedge", text.encode(), text, time.monotonic()))
            app.processEvents()
            window.grab().save(str(args.out / f"{key}{suffix}.png"))
        settings = window.workspaces["settings"]
        # the data-safety tab with a backup listed and the database measured (issue 12)
        services.backups.backup_now()
        data_page = settings.data_page  # type: ignore[attr-defined]
        data_page.load_backups()
        assert window.operator is not None
        data_page._show_sizes(services.retention.sizes(window.operator))
        window.show_workspace("settings")  # the loop above ends on another desk
        tabs = settings.ui.settings_tabs  # type: ignore[attr-defined]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            app.processEvents()
            name = tabs.widget(index).objectName()
            window.grab().save(str(args.out / f"settings_{name}{suffix}.png"))
        window.show_workspace("counter")
        counter = window.workspaces["counter"]
        cui = counter.ui  # type: ignore[attr-defined]
        for edit, text in ((cui.contents_edit, "充电宝 一个，衣服"),
                           (cui.sender_phone_edit, "13812345678"),
                           (cui.recipient_name_edit, "李娜"),
                           (cui.recipient_phone_edit, "13900001234"),
                           (cui.recipient_address_edit, "江苏省南京市鼓楼区中山北路30号"),
                           (cui.weight_edit, "2.4"), (cui.declared_edit, "500"),
                           (cui.waybill_edit, "77316523170021"), (cui.received_edit, "50")):
            edit.setText(text)
        cui.transport_combo.setCurrentIndex(1)  # air: the contents steer it back to land
        counter.check_contents()  # type: ignore[attr-defined]
        counter.recall_sender()  # type: ignore[attr-defined]
        counter.resolve_destination()  # type: ignore[attr-defined]
        counter.reprice()  # type: ignore[attr-defined]
        app.processEvents()
        window.grab().save(str(args.out / f"counter_filled{suffix}.png"))
        itabs = cui.intake_tabs
        # the counter's 进仓费 side page (WH-18, issue 16 §7): the supervisor's numbers (an
        # example: the seed leaves them blank) and a quote for a two-piece consignment
        fee_page = counter.entry_fee_page  # type: ignore[attr-defined]
        fee_page.activate(window.operator)
        for name, value in (("start_kg", "30"), ("start_price", "20"), ("max_kg", "200"),
                            ("per_kg", "0.8"), ("group_pieces", "1"), ("per_piece", "10"),
                            ("bulky_start", "50"), ("per_m3", "40")):
            fee_page.rule_edits[name].setText(value)
        fee_page.save_rules()
        fee_page.pieces_edit.setPlainText("12.5\n40 1.6")
        fee_page.charge_edit.setText("15")
        fee_page.calculate()
        for index in range(1, itabs.count()):
            itabs.setCurrentIndex(index)
            app.processEvents()
            name = itabs.widget(index).objectName()
            window.grab().save(str(args.out / f"counter_{name}{suffix}.png"))
        itabs.setCurrentIndex(0)
        window.show_workspace("warehouse")
        wtabs = window.workspaces["warehouse"].ui.warehouse_tabs  # type: ignore[attr-defined]
        for index in range(wtabs.count()):
            wtabs.setCurrentIndex(index)
            app.processEvents()
            name = wtabs.widget(index).objectName()
            window.grab().save(str(args.out / f"warehouse_{name}{suffix}.png"))
        # WH-16 (issue 16): the scan-in form open on a mis-sorted parcel, its origin city typed
        from counter_app.domain.warehouse import Reason

        warehouse = window.workspaces["warehouse"]
        wui = warehouse.ui  # type: ignore[attr-defined]
        scan_in = warehouse.scan_in_panel  # type: ignore[attr-defined]
        wtabs.setCurrentWidget(wui.scan_in_tab)
        scan_in.clear_in()
        scan_in.open_parcel("77316523125897")
        wui.reason_combo.setCurrentIndex(wui.reason_combo.findData(Reason.MISSORTED.value))
        wui.recipient_edit.setText("李娜")
        wui.province_combo.setCurrentIndex(wui.province_combo.findData("浙江省"))
        scan_in.origin_city.edit.setText("温州")
        wui.missorted_detail_edit.setText("面单写杭州，实为温州件")
        app.processEvents()
        window.grab().save(str(args.out / f"warehouse_scan_in_origin_city{suffix}.png"))
        scan_in.clear_in()
        for key, tabs_name in (("receipts", "receipts_tabs"), ("misroute", "misroute_tabs")):
            window.show_workspace(key)
            tabs = getattr(window.workspaces[key].ui, tabs_name)  # type: ignore[attr-defined]
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                app.processEvents()
                name = tabs.widget(index).objectName()
                window.grab().save(str(args.out / f"{key}_{name}{suffix}.png"))
            tabs.setCurrentIndex(0)
        # issue 16: the counter's correct/void dialog and the night desk's move-or-keep question
        from counter_app.domain.errors import OnOtherCouriersList
        from counter_app.ui.workspaces.intake_corrections import CorrectionDialog
        from counter_app.ui.workspaces.receipts_questions import MoveOrKeepDialog

        accepted = services.intake.recent()
        if accepted:
            dialog = CorrectionDialog(window, accepted[0], None, "")
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(args.out / f"counter_correction_dialog{suffix}.png"))
            dialog.close()
        question = MoveOrKeepDialog(window, OnOtherCouriersList(
            "77316523120007", "吴婷", 2, date(2026, 11, 22)))
        question.show()
        app.processEvents()
        question.grab().save(str(args.out / f"receipts_move_or_keep_dialog{suffix}.png"))
        question.close()
        # issue 16 §1 / 19: the 客服 desk with an enquiry selected, its pages, and Ctrl+F;
        # a claim a day from its settlement day (on the deadline list), a driver told of goods
        run_day = _desk_extras(services)
        window.workspaces["service"].ui.pickup_day_edit.setDate(  # type: ignore[attr-defined]
            QDate(run_day.year, run_day.month, run_day.day))
        window.show_workspace("service")
        service = window.workspaces["service"]
        sui = service.ui  # type: ignore[attr-defined]
        sui.open_table.selectRow(0)
        sui.case_combo.setCurrentIndex(3)
        app.processEvents()
        window.grab().save(str(args.out / f"service_selected{suffix}.png"))
        for index in range(1, sui.pages.count()):
            sui.pages.setCurrentIndex(index)
            if sui.pages.widget(index) is sui.week_tab:
                service.show_week()  # type: ignore[attr-defined]
            for _ in range(50):  # the notebook and the week load on the worker thread
                app.processEvents()
                time.sleep(0.02)
            name = sui.pages.widget(index).objectName()
            window.grab().save(str(args.out / f"service_{name}{suffix}.png"))
        sui.pages.setCurrentIndex(0)
        window.open_parcel_view("77316523130001")
        assert window.parcel_dialog is not None
        deadline = time.monotonic() + 10  # the lookup runs on the worker thread
        while window.parcel_dialog.panel.view is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        app.processEvents()
        window.parcel_dialog.grab().save(str(args.out / f"parcel_view{suffix}.png"))
        window.parcel_dialog.close()
        # The printed misroute form of last month (closed in the demo), first page.
        from counter_app.paths import report_font
        from counter_app.reports.misroute_pdf import render_misroute_pdf
        from counter_app.reports.pdf_pages import render_pages

        misroute = window.workspaces["misroute"]
        month = misroute.ui.month_edit.date().addMonths(-1).toString("yyyy-MM")  # type: ignore[attr-defined]
        report = services.misroutes.report(month, prepared_by="王丽").report
        page = render_pages(
            render_misroute_pdf(report, report_font()), 110, range(1)
        )[0]
        from PySide6.QtGui import QImage

        QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888).save(
            str(args.out / f"misroute_report_page1{suffix}.png")
        )
        from counter_app.devtools.notify_demo import shoot_notices

        shoot_notices(app, window, services, args.out, suffix)  # issue 20: replies, register
        window.close()
        engine.dispose()
    QApplication.processEvents()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

