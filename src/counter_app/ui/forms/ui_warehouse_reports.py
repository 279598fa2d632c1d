# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1200, 700)
        self.reports_layout = QVBoxLayout(ReportsPage)
        self.reports_layout.setObjectName(u"reports_layout")
        self.reports_tabs = QTabWidget(ReportsPage)
        self.reports_tabs.setObjectName(u"reports_tabs")
        self.handover_tab = QWidget()
        self.handover_tab.setObjectName(u"handover_tab")
        self.handover_tab_layout = QVBoxLayout(self.handover_tab)
        self.handover_tab_layout.setObjectName(u"handover_tab_layout")
        self.handover_bar_layout = QHBoxLayout()
        self.handover_bar_layout.setObjectName(u"handover_bar_layout")
        self.day_label = QLabel(self.handover_tab)
        self.day_label.setObjectName(u"day_label")

        self.handover_bar_layout.addWidget(self.day_label)

        self.day_edit = QDateEdit(self.handover_tab)
        self.day_edit.setObjectName(u"day_edit")
        self.day_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.day_edit.setCalendarPopup(True)

        self.handover_bar_layout.addWidget(self.day_edit)

        self.shift_label = QLabel(self.handover_tab)
        self.shift_label.setObjectName(u"shift_label")

        self.handover_bar_layout.addWidget(self.shift_label)

        self.shift_combo = QComboBox(self.handover_tab)
        self.shift_combo.setObjectName(u"shift_combo")
        self.shift_combo.setMinimumSize(QSize(200, 0))

        self.handover_bar_layout.addWidget(self.shift_combo)

        self.preview_button = QPushButton(self.handover_tab)
        self.preview_button.setObjectName(u"preview_button")

        self.handover_bar_layout.addWidget(self.preview_button)

        self.print_handover_button = QPushButton(self.handover_tab)
        self.print_handover_button.setObjectName(u"print_handover_button")

        self.handover_bar_layout.addWidget(self.print_handover_button)

        self.save_handover_button = QPushButton(self.handover_tab)
        self.save_handover_button.setObjectName(u"save_handover_button")

        self.handover_bar_layout.addWidget(self.save_handover_button)

        self.handover_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handover_bar_layout.addItem(self.handover_bar_spacer)


        self.handover_tab_layout.addLayout(self.handover_bar_layout)

        self.handover_summary_label = QLabel(self.handover_tab)
        self.handover_summary_label.setObjectName(u"handover_summary_label")
        self.handover_summary_label.setText(u"")
        self.handover_summary_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(12)
        self.handover_summary_label.setFont(font)

        self.handover_tab_layout.addWidget(self.handover_summary_label)

        self.handover_preview_area = QScrollArea(self.handover_tab)
        self.handover_preview_area.setObjectName(u"handover_preview_area")
        self.handover_preview_area.setWidgetResizable(True)
        self.handover_preview_contents = QWidget()
        self.handover_preview_contents.setObjectName(u"handover_preview_contents")
        self.handover_preview_layout = QVBoxLayout(self.handover_preview_contents)
        self.handover_preview_layout.setObjectName(u"handover_preview_layout")
        self.handover_preview_label = QLabel(self.handover_preview_contents)
        self.handover_preview_label.setObjectName(u"handover_preview_label")
        self.handover_preview_label.setText(u"")
        self.handover_preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.handover_preview_layout.addWidget(self.handover_preview_label)

        self.handover_preview_area.setWidget(self.handover_preview_contents)

        self.handover_tab_layout.addWidget(self.handover_preview_area)

        self.reports_tabs.addTab(self.handover_tab, "")
        self.ems_tab = QWidget()
        self.ems_tab.setObjectName(u"ems_tab")
        self.ems_tab_layout = QVBoxLayout(self.ems_tab)
        self.ems_tab_layout.setObjectName(u"ems_tab_layout")
        self.ems_bar_layout = QHBoxLayout()
        self.ems_bar_layout.setObjectName(u"ems_bar_layout")
        self.from_label = QLabel(self.ems_tab)
        self.from_label.setObjectName(u"from_label")

        self.ems_bar_layout.addWidget(self.from_label)

        self.from_edit = QDateEdit(self.ems_tab)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.from_edit.setCalendarPopup(True)

        self.ems_bar_layout.addWidget(self.from_edit)

        self.to_label = QLabel(self.ems_tab)
        self.to_label.setObjectName(u"to_label")

        self.ems_bar_layout.addWidget(self.to_label)

        self.to_edit = QDateEdit(self.ems_tab)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.to_edit.setCalendarPopup(True)

        self.ems_bar_layout.addWidget(self.to_edit)

        self.show_ems_button = QPushButton(self.ems_tab)
        self.show_ems_button.setObjectName(u"show_ems_button")

        self.ems_bar_layout.addWidget(self.show_ems_button)

        self.ems_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ems_bar_layout.addItem(self.ems_bar_spacer)

        self.save_ems_pdf_button = QPushButton(self.ems_tab)
        self.save_ems_pdf_button.setObjectName(u"save_ems_pdf_button")

        self.ems_bar_layout.addWidget(self.save_ems_pdf_button)

        self.save_ems_xlsx_button = QPushButton(self.ems_tab)
        self.save_ems_xlsx_button.setObjectName(u"save_ems_xlsx_button")

        self.ems_bar_layout.addWidget(self.save_ems_xlsx_button)

        self.save_ems_csv_button = QPushButton(self.ems_tab)
        self.save_ems_csv_button.setObjectName(u"save_ems_csv_button")

        self.ems_bar_layout.addWidget(self.save_ems_csv_button)

        self.print_ems_button = QPushButton(self.ems_tab)
        self.print_ems_button.setObjectName(u"print_ems_button")

        self.ems_bar_layout.addWidget(self.print_ems_button)


        self.ems_tab_layout.addLayout(self.ems_bar_layout)

        self.ems_table = QTableWidget(self.ems_tab)
        self.ems_table.setObjectName(u"ems_table")
        self.ems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ems_table.setAlternatingRowColors(True)
        self.ems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ems_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ems_table.verticalHeader().setVisible(False)

        self.ems_tab_layout.addWidget(self.ems_table)

        self.ems_totals_label = QLabel(self.ems_tab)
        self.ems_totals_label.setObjectName(u"ems_totals_label")
        self.ems_totals_label.setText(u"")
        font1 = QFont()
        font1.setPointSize(14)
        font1.setBold(True)
        self.ems_totals_label.setFont(font1)
        self.ems_totals_label.setWordWrap(True)

        self.ems_tab_layout.addWidget(self.ems_totals_label)

        self.reports_tabs.addTab(self.ems_tab, "")

        self.reports_layout.addWidget(self.reports_tabs)

        self.message_label = QLabel(ReportsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reports_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.day_label.setBuddy(self.day_edit)
        self.shift_label.setBuddy(self.shift_combo)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.day_label.setText(QCoreApplication.translate("ReportsPage", u"D&ay", None))
        self.shift_label.setText(QCoreApplication.translate("ReportsPage", u"&Shift", None))
        self.preview_button.setText(QCoreApplication.translate("ReportsPage", u"Pre&view", None))
        self.print_handover_button.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
        self.save_handover_button.setText(QCoreApplication.translate("ReportsPage", u"Save P&DF\u2026", None))
        self.reports_tabs.setTabText(self.reports_tabs.indexOf(self.handover_tab), QCoreApplication.translate("ReportsPage", u"Shift handover sheet", None))
        self.from_label.setText(QCoreApplication.translate("ReportsPage", u"&From", None))
        self.to_label.setText(QCoreApplication.translate("ReportsPage", u"&To", None))
        self.show_ems_button.setText(QCoreApplication.translate("ReportsPage", u"&Show", None))
        self.save_ems_pdf_button.setText(QCoreApplication.translate("ReportsPage", u"Save P&DF\u2026", None))
        self.save_ems_xlsx_button.setText(QCoreApplication.translate("ReportsPage", u"Save &XLSX\u2026", None))
        self.save_ems_csv_button.setText(QCoreApplication.translate("ReportsPage", u"Save &CSV\u2026", None))
        self.print_ems_button.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
        self.reports_tabs.setTabText(self.reports_tabs.indexOf(self.ems_tab), QCoreApplication.translate("ReportsPage", u"EMS register", None))
        pass
    # retranslateUi

