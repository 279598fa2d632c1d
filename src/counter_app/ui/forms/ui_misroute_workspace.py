# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MisrouteWorkspace(object):
    def setupUi(self, MisrouteWorkspace):
        if not MisrouteWorkspace.objectName():
            MisrouteWorkspace.setObjectName(u"MisrouteWorkspace")
        MisrouteWorkspace.resize(1200, 700)
        self.misroute_layout = QVBoxLayout(MisrouteWorkspace)
        self.misroute_layout.setObjectName(u"misroute_layout")
        self.due_banner_label = QLabel(MisrouteWorkspace)
        self.due_banner_label.setObjectName(u"due_banner_label")
        self.due_banner_label.setText(u"")
        self.due_banner_label.setWordWrap(True)
        self.due_banner_label.setStyleSheet(u"background: #fff3cd; color: #7a4d00; padding: 6px; font-weight: bold;")

        self.misroute_layout.addWidget(self.due_banner_label)

        self.misroute_tabs = QTabWidget(MisrouteWorkspace)
        self.misroute_tabs.setObjectName(u"misroute_tabs")
        self.register_tab = QWidget()
        self.register_tab.setObjectName(u"register_tab")
        self.register_tab_layout = QHBoxLayout(self.register_tab)
        self.register_tab_layout.setObjectName(u"register_tab_layout")
        self.register_form_layout = QVBoxLayout()
        self.register_form_layout.setObjectName(u"register_form_layout")
        self.register_form = QFormLayout()
        self.register_form.setObjectName(u"register_form")
        self.waybill_label = QLabel(self.register_tab)
        self.waybill_label.setObjectName(u"waybill_label")

        self.register_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.waybill_label)

        self.waybill_edit = QLineEdit(self.register_tab)
        self.waybill_edit.setObjectName(u"waybill_edit")
        self.waybill_edit.setMaxLength(40)

        self.register_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.waybill_edit)

        self.origin_province_label = QLabel(self.register_tab)
        self.origin_province_label.setObjectName(u"origin_province_label")

        self.register_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.origin_province_label)

        self.origin_province_combo = QComboBox(self.register_tab)
        self.origin_province_combo.setObjectName(u"origin_province_combo")

        self.register_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.origin_province_combo)

        self.origin_site_label = QLabel(self.register_tab)
        self.origin_site_label.setObjectName(u"origin_site_label")

        self.register_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.origin_site_label)

        self.origin_site_edit = QLineEdit(self.register_tab)
        self.origin_site_edit.setObjectName(u"origin_site_edit")
        self.origin_site_edit.setMaxLength(60)

        self.register_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.origin_site_edit)

        self.wrong_dazi_label = QLabel(self.register_tab)
        self.wrong_dazi_label.setObjectName(u"wrong_dazi_label")

        self.register_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wrong_dazi_label)

        self.wrong_dazi_edit = QLineEdit(self.register_tab)
        self.wrong_dazi_edit.setObjectName(u"wrong_dazi_edit")
        self.wrong_dazi_edit.setMaxLength(40)

        self.register_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wrong_dazi_edit)

        self.missing_dazi_label = QLabel(self.register_tab)
        self.missing_dazi_label.setObjectName(u"missing_dazi_label")

        self.register_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.missing_dazi_label)

        self.missing_dazi_check = QCheckBox(self.register_tab)
        self.missing_dazi_check.setObjectName(u"missing_dazi_check")

        self.register_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.missing_dazi_check)

        self.correct_dazi_label = QLabel(self.register_tab)
        self.correct_dazi_label.setObjectName(u"correct_dazi_label")

        self.register_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.correct_dazi_label)

        self.correct_dazi_edit = QLineEdit(self.register_tab)
        self.correct_dazi_edit.setObjectName(u"correct_dazi_edit")
        self.correct_dazi_edit.setMaxLength(40)

        self.register_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.correct_dazi_edit)

        self.found_on_label = QLabel(self.register_tab)
        self.found_on_label.setObjectName(u"found_on_label")

        self.register_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.found_on_label)

        self.found_on_edit = QDateEdit(self.register_tab)
        self.found_on_edit.setObjectName(u"found_on_edit")
        self.found_on_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.found_on_edit.setCalendarPopup(True)

        self.register_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.found_on_edit)

        self.action_label = QLabel(self.register_tab)
        self.action_label.setObjectName(u"action_label")

        self.register_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.action_label)

        self.action_combo = QComboBox(self.register_tab)
        self.action_combo.setObjectName(u"action_combo")

        self.register_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.action_combo)

        self.problem_label = QLabel(self.register_tab)
        self.problem_label.setObjectName(u"problem_label")

        self.register_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.problem_label)

        self.problem_check = QCheckBox(self.register_tab)
        self.problem_check.setObjectName(u"problem_check")

        self.register_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.problem_check)


        self.register_form_layout.addLayout(self.register_form)

        self.entry_message_label = QLabel(self.register_tab)
        self.entry_message_label.setObjectName(u"entry_message_label")
        self.entry_message_label.setText(u"")
        self.entry_message_label.setWordWrap(True)
        self.entry_message_label.setStyleSheet(u"color: #b00020;")

        self.register_form_layout.addWidget(self.entry_message_label)

        self.register_buttons = QHBoxLayout()
        self.register_buttons.setObjectName(u"register_buttons")
        self.new_entry_button = QPushButton(self.register_tab)
        self.new_entry_button.setObjectName(u"new_entry_button")

        self.register_buttons.addWidget(self.new_entry_button)

        self.register_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.register_buttons.addItem(self.register_button_spacer)

        self.save_entry_button = QPushButton(self.register_tab)
        self.save_entry_button.setObjectName(u"save_entry_button")

        self.register_buttons.addWidget(self.save_entry_button)


        self.register_form_layout.addLayout(self.register_buttons)

        self.register_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.register_form_layout.addItem(self.register_spacer)


        self.register_tab_layout.addLayout(self.register_form_layout)

        self.entries_layout = QVBoxLayout()
        self.entries_layout.setObjectName(u"entries_layout")
        self.month_row = QHBoxLayout()
        self.month_row.setObjectName(u"month_row")
        self.month_label = QLabel(self.register_tab)
        self.month_label.setObjectName(u"month_label")

        self.month_row.addWidget(self.month_label)

        self.month_edit = QDateEdit(self.register_tab)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")

        self.month_row.addWidget(self.month_edit)

        self.month_state_label = QLabel(self.register_tab)
        self.month_state_label.setObjectName(u"month_state_label")
        self.month_state_label.setText(u"")

        self.month_row.addWidget(self.month_state_label)

        self.month_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.month_row.addItem(self.month_spacer)


        self.entries_layout.addLayout(self.month_row)

        self.entries_table = QTableWidget(self.register_tab)
        self.entries_table.setObjectName(u"entries_table")
        self.entries_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries_table.setAlternatingRowColors(True)

        self.entries_layout.addWidget(self.entries_table)

        self.missing_label = QLabel(self.register_tab)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setText(u"")
        self.missing_label.setWordWrap(True)

        self.entries_layout.addWidget(self.missing_label)

        self.entries_buttons = QHBoxLayout()
        self.entries_buttons.setObjectName(u"entries_buttons")
        self.verify_button = QPushButton(self.register_tab)
        self.verify_button.setObjectName(u"verify_button")

        self.entries_buttons.addWidget(self.verify_button)

        self.entries_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entries_buttons.addItem(self.entries_button_spacer)

        self.reopen_month_button = QPushButton(self.register_tab)
        self.reopen_month_button.setObjectName(u"reopen_month_button")

        self.entries_buttons.addWidget(self.reopen_month_button)

        self.close_month_button = QPushButton(self.register_tab)
        self.close_month_button.setObjectName(u"close_month_button")

        self.entries_buttons.addWidget(self.close_month_button)


        self.entries_layout.addLayout(self.entries_buttons)


        self.register_tab_layout.addLayout(self.entries_layout)

        self.register_tab_layout.setStretch(0, 2)
        self.register_tab_layout.setStretch(1, 3)
        self.misroute_tabs.addTab(self.register_tab, "")
        self.report_tab = QWidget()
        self.report_tab.setObjectName(u"report_tab")
        self.report_tab_layout = QVBoxLayout(self.report_tab)
        self.report_tab_layout.setObjectName(u"report_tab_layout")
        self.report_summary_label = QLabel(self.report_tab)
        self.report_summary_label.setObjectName(u"report_summary_label")
        self.report_summary_label.setText(u"")
        self.report_summary_label.setWordWrap(True)

        self.report_tab_layout.addWidget(self.report_summary_label)

        self.report_buttons = QHBoxLayout()
        self.report_buttons.setObjectName(u"report_buttons")
        self.preview_report_button = QPushButton(self.report_tab)
        self.preview_report_button.setObjectName(u"preview_report_button")

        self.report_buttons.addWidget(self.preview_report_button)

        self.print_report_button = QPushButton(self.report_tab)
        self.print_report_button.setObjectName(u"print_report_button")

        self.report_buttons.addWidget(self.print_report_button)

        self.export_report_button = QPushButton(self.report_tab)
        self.export_report_button.setObjectName(u"export_report_button")

        self.report_buttons.addWidget(self.export_report_button)

        self.report_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_buttons.addItem(self.report_button_spacer)


        self.report_tab_layout.addLayout(self.report_buttons)

        self.report_preview_area = QScrollArea(self.report_tab)
        self.report_preview_area.setObjectName(u"report_preview_area")
        self.report_preview_area.setWidgetResizable(True)
        self.report_preview_contents = QWidget()
        self.report_preview_contents.setObjectName(u"report_preview_contents")
        self.report_preview_layout = QVBoxLayout(self.report_preview_contents)
        self.report_preview_layout.setObjectName(u"report_preview_layout")
        self.report_preview_label = QLabel(self.report_preview_contents)
        self.report_preview_label.setObjectName(u"report_preview_label")
        self.report_preview_label.setText(u"")
        self.report_preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.report_preview_layout.addWidget(self.report_preview_label)

        self.report_preview_area.setWidget(self.report_preview_contents)

        self.report_tab_layout.addWidget(self.report_preview_area)

        self.misroute_tabs.addTab(self.report_tab, "")
        self.compare_tab = QWidget()
        self.compare_tab.setObjectName(u"compare_tab")
        self.compare_tab_layout = QVBoxLayout(self.compare_tab)
        self.compare_tab_layout.setObjectName(u"compare_tab_layout")
        self.compare_hint_label = QLabel(self.compare_tab)
        self.compare_hint_label.setObjectName(u"compare_hint_label")
        self.compare_hint_label.setWordWrap(True)

        self.compare_tab_layout.addWidget(self.compare_hint_label)

        self.compare_table = QTableWidget(self.compare_tab)
        self.compare_table.setObjectName(u"compare_table")
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compare_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compare_table.setAlternatingRowColors(True)

        self.compare_tab_layout.addWidget(self.compare_table)

        self.misroute_tabs.addTab(self.compare_tab, "")

        self.misroute_layout.addWidget(self.misroute_tabs)

#if QT_CONFIG(shortcut)
        self.waybill_label.setBuddy(self.waybill_edit)
        self.origin_province_label.setBuddy(self.origin_province_combo)
        self.origin_site_label.setBuddy(self.origin_site_edit)
        self.wrong_dazi_label.setBuddy(self.wrong_dazi_edit)
        self.missing_dazi_label.setBuddy(self.missing_dazi_check)
        self.correct_dazi_label.setBuddy(self.correct_dazi_edit)
        self.found_on_label.setBuddy(self.found_on_edit)
        self.action_label.setBuddy(self.action_combo)
        self.problem_label.setBuddy(self.problem_check)
        self.month_label.setBuddy(self.month_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.waybill_edit, self.origin_province_combo)
        QWidget.setTabOrder(self.origin_province_combo, self.origin_site_edit)
        QWidget.setTabOrder(self.origin_site_edit, self.wrong_dazi_edit)
        QWidget.setTabOrder(self.wrong_dazi_edit, self.missing_dazi_check)
        QWidget.setTabOrder(self.missing_dazi_check, self.correct_dazi_edit)
        QWidget.setTabOrder(self.correct_dazi_edit, self.found_on_edit)
        QWidget.setTabOrder(self.found_on_edit, self.action_combo)
        QWidget.setTabOrder(self.action_combo, self.problem_check)
        QWidget.setTabOrder(self.problem_check, self.save_entry_button)

        self.retranslateUi(MisrouteWorkspace)

        self.save_entry_button.setDefault(True)


        QMetaObject.connectSlotsByName(MisrouteWorkspace)
    # setupUi

    def retranslateUi(self, MisrouteWorkspace):
        self.waybill_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Waybill number", None))
        self.waybill_edit.setPlaceholderText(QCoreApplication.translate("MisrouteWorkspace", u"scan or type", None))
        self.origin_province_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"Origin &province", None))
        self.origin_site_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"Origin s&ite (\u59cb\u53d1\u5730)", None))
        self.origin_site_edit.setPlaceholderText(QCoreApplication.translate("MisrouteWorkspace", u"e.g. \u6e29\u5dde\u74ef\u6d77", None))
        self.wrong_dazi_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"W&rong \u5927\u5b57", None))
        self.wrong_dazi_edit.setPlaceholderText(QCoreApplication.translate("MisrouteWorkspace", u"as written on the waybill", None))
        self.missing_dazi_label.setText("")
        self.missing_dazi_check.setText(QCoreApplication.translate("MisrouteWorkspace", u"\u5927\u5b57 were missing (\u6f0f\u5199)", None))
        self.correct_dazi_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Correct \u5927\u5b57", None))
        self.found_on_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Date found", None))
        self.action_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"Wh&at was done", None))
        self.problem_label.setText("")
        self.problem_check.setText(QCoreApplication.translate("MisrouteWorkspace", u"Correct destination unknown: hand to the problem desk", None))
        self.new_entry_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"&New (Esc)", None))
        self.save_entry_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Save (Enter)", None))
        self.month_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Month", None))
        self.verify_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Verify selected", None))
        self.reopen_month_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"Re&open month", None))
        self.close_month_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"Close mon&th", None))
        self.misroute_tabs.setTabText(self.misroute_tabs.indexOf(self.register_tab), QCoreApplication.translate("MisrouteWorkspace", u"Register", None))
        self.preview_report_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Preview", None))
        self.print_report_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"P&rint\u2026", None))
        self.export_report_button.setText(QCoreApplication.translate("MisrouteWorkspace", u"&Export PDF, XLSX and CSV\u2026", None))
        self.misroute_tabs.setTabText(self.misroute_tabs.indexOf(self.report_tab), QCoreApplication.translate("MisrouteWorkspace", u"Monthly report", None))
        self.compare_hint_label.setText(QCoreApplication.translate("MisrouteWorkspace", u"Misroutes per origin this month next to last month: the origins that keep sending wrong \u5927\u5b57 come first.", None))
        self.misroute_tabs.setTabText(self.misroute_tabs.indexOf(self.compare_tab), QCoreApplication.translate("MisrouteWorkspace", u"By origin", None))
        pass
    # retranslateUi

