# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ShiftSummaryPage(object):
    def setupUi(self, ShiftSummaryPage):
        if not ShiftSummaryPage.objectName():
            ShiftSummaryPage.setObjectName(u"ShiftSummaryPage")
        ShiftSummaryPage.resize(1200, 700)
        self.summary_layout = QVBoxLayout(ShiftSummaryPage)
        self.summary_layout.setObjectName(u"summary_layout")
        self.bar_layout = QHBoxLayout()
        self.bar_layout.setObjectName(u"bar_layout")
        self.day_label = QLabel(ShiftSummaryPage)
        self.day_label.setObjectName(u"day_label")

        self.bar_layout.addWidget(self.day_label)

        self.day_edit = QDateEdit(ShiftSummaryPage)
        self.day_edit.setObjectName(u"day_edit")
        self.day_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.day_edit.setCalendarPopup(True)

        self.bar_layout.addWidget(self.day_edit)

        self.shift_label = QLabel(ShiftSummaryPage)
        self.shift_label.setObjectName(u"shift_label")

        self.bar_layout.addWidget(self.shift_label)

        self.shift_combo = QComboBox(ShiftSummaryPage)
        self.shift_combo.setObjectName(u"shift_combo")
        self.shift_combo.setMinimumSize(QSize(220, 0))

        self.bar_layout.addWidget(self.shift_combo)

        self.refresh_button = QPushButton(ShiftSummaryPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.bar_layout.addWidget(self.refresh_button)

        self.bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar_layout.addItem(self.bar_spacer)

        self.preview_button = QPushButton(ShiftSummaryPage)
        self.preview_button.setObjectName(u"preview_button")

        self.bar_layout.addWidget(self.preview_button)

        self.print_button = QPushButton(ShiftSummaryPage)
        self.print_button.setObjectName(u"print_button")

        self.bar_layout.addWidget(self.print_button)

        self.save_pdf_button = QPushButton(ShiftSummaryPage)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.bar_layout.addWidget(self.save_pdf_button)


        self.summary_layout.addLayout(self.bar_layout)

        self.totals_label = QLabel(ShiftSummaryPage)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setText(u"")
        self.totals_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.totals_label.setFont(font)

        self.summary_layout.addWidget(self.totals_label)

        self.summary_tabs = QTabWidget(ShiftSummaryPage)
        self.summary_tabs.setObjectName(u"summary_tabs")
        self.tables_tab = QWidget()
        self.tables_tab.setObjectName(u"tables_tab")
        self.tables_layout = QVBoxLayout(self.tables_tab)
        self.tables_layout.setObjectName(u"tables_layout")
        self.clerks_group = QGroupBox(self.tables_tab)
        self.clerks_group.setObjectName(u"clerks_group")
        self.clerks_layout = QVBoxLayout(self.clerks_group)
        self.clerks_layout.setObjectName(u"clerks_layout")
        self.clerks_table = QTableWidget(self.clerks_group)
        self.clerks_table.setObjectName(u"clerks_table")
        self.clerks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clerks_table.setAlternatingRowColors(True)
        self.clerks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clerks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clerks_table.verticalHeader().setVisible(False)

        self.clerks_layout.addWidget(self.clerks_table)


        self.tables_layout.addWidget(self.clerks_group)

        self.lists_layout = QHBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.refusals_group = QGroupBox(self.tables_tab)
        self.refusals_group.setObjectName(u"refusals_group")
        self.refusals_layout = QVBoxLayout(self.refusals_group)
        self.refusals_layout.setObjectName(u"refusals_layout")
        self.refusals_table = QTableWidget(self.refusals_group)
        self.refusals_table.setObjectName(u"refusals_table")
        self.refusals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refusals_table.setAlternatingRowColors(True)
        self.refusals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refusals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.refusals_table.verticalHeader().setVisible(False)

        self.refusals_layout.addWidget(self.refusals_table)


        self.lists_layout.addWidget(self.refusals_group)

        self.overrides_group = QGroupBox(self.tables_tab)
        self.overrides_group.setObjectName(u"overrides_group")
        self.overrides_layout = QVBoxLayout(self.overrides_group)
        self.overrides_layout.setObjectName(u"overrides_layout")
        self.overrides_table = QTableWidget(self.overrides_group)
        self.overrides_table.setObjectName(u"overrides_table")
        self.overrides_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrides_table.setAlternatingRowColors(True)
        self.overrides_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrides_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overrides_table.verticalHeader().setVisible(False)

        self.overrides_layout.addWidget(self.overrides_table)


        self.lists_layout.addWidget(self.overrides_group)

        self.lists_layout.setStretch(0, 1)
        self.lists_layout.setStretch(1, 1)

        self.tables_layout.addLayout(self.lists_layout)

        self.tables_layout.setStretch(0, 1)
        self.tables_layout.setStretch(1, 1)
        self.summary_tabs.addTab(self.tables_tab, "")
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_tab_layout = QVBoxLayout(self.preview_tab)
        self.preview_tab_layout.setObjectName(u"preview_tab_layout")
        self.preview_area = QScrollArea(self.preview_tab)
        self.preview_area.setObjectName(u"preview_area")
        self.preview_area.setWidgetResizable(True)
        self.preview_contents = QWidget()
        self.preview_contents.setObjectName(u"preview_contents")
        self.preview_layout = QVBoxLayout(self.preview_contents)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_label = QLabel(self.preview_contents)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setText(u"")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.preview_layout.addWidget(self.preview_label)

        self.preview_area.setWidget(self.preview_contents)

        self.preview_tab_layout.addWidget(self.preview_area)

        self.summary_tabs.addTab(self.preview_tab, "")

        self.summary_layout.addWidget(self.summary_tabs)

        self.message_label = QLabel(ShiftSummaryPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_layout.addWidget(self.message_label)

        self.summary_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.day_label.setBuddy(self.day_edit)
        self.shift_label.setBuddy(self.shift_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.day_edit, self.shift_combo)
        QWidget.setTabOrder(self.shift_combo, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.summary_tabs)
        QWidget.setTabOrder(self.summary_tabs, self.clerks_table)
        QWidget.setTabOrder(self.clerks_table, self.refusals_table)
        QWidget.setTabOrder(self.refusals_table, self.overrides_table)

        self.retranslateUi(ShiftSummaryPage)

        QMetaObject.connectSlotsByName(ShiftSummaryPage)
    # setupUi

    def retranslateUi(self, ShiftSummaryPage):
        self.day_label.setText(QCoreApplication.translate("ShiftSummaryPage", u"D&ay", None))
        self.shift_label.setText(QCoreApplication.translate("ShiftSummaryPage", u"&Shift", None))
        self.refresh_button.setText(QCoreApplication.translate("ShiftSummaryPage", u"&Refresh", None))
        self.preview_button.setText(QCoreApplication.translate("ShiftSummaryPage", u"Pre&view", None))
        self.print_button.setText(QCoreApplication.translate("ShiftSummaryPage", u"&Print\u2026", None))
        self.save_pdf_button.setText(QCoreApplication.translate("ShiftSummaryPage", u"Save P&DF\u2026", None))
        self.clerks_group.setTitle(QCoreApplication.translate("ShiftSummaryPage", u"Per clerk", None))
        self.refusals_group.setTitle(QCoreApplication.translate("ShiftSummaryPage", u"Refusals", None))
        self.overrides_group.setTitle(QCoreApplication.translate("ShiftSummaryPage", u"Price overrides", None))
        self.summary_tabs.setTabText(self.summary_tabs.indexOf(self.tables_tab), QCoreApplication.translate("ShiftSummaryPage", u"On screen", None))
        self.summary_tabs.setTabText(self.summary_tabs.indexOf(self.preview_tab), QCoreApplication.translate("ShiftSummaryPage", u"Printed sheet", None))
        pass
    # retranslateUi

