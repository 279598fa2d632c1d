# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_IntakeSettingsPage(object):
    def setupUi(self, IntakeSettingsPage):
        if not IntakeSettingsPage.objectName():
            IntakeSettingsPage.setObjectName(u"IntakeSettingsPage")
        IntakeSettingsPage.resize(1200, 700)
        self.settings_layout = QVBoxLayout(IntakeSettingsPage)
        self.settings_layout.setObjectName(u"settings_layout")
        self.note_label = QLabel(IntakeSettingsPage)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setText(u"")
        self.note_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.note_label.setFont(font)

        self.settings_layout.addWidget(self.note_label)

        self.settings_tabs = QTabWidget(IntakeSettingsPage)
        self.settings_tabs.setObjectName(u"settings_tabs")
        self.rate_tab = QWidget()
        self.rate_tab.setObjectName(u"rate_tab")
        self.rate_tab_layout = QVBoxLayout(self.rate_tab)
        self.rate_tab_layout.setObjectName(u"rate_tab_layout")
        self.rate_name_label = QLabel(self.rate_tab)
        self.rate_name_label.setObjectName(u"rate_name_label")
        self.rate_name_label.setText(u"")
        self.rate_name_label.setWordWrap(True)
        self.rate_name_label.setFont(font)

        self.rate_tab_layout.addWidget(self.rate_name_label)

        self.rate_sample_label = QLabel(self.rate_tab)
        self.rate_sample_label.setObjectName(u"rate_sample_label")
        self.rate_sample_label.setText(u"")
        self.rate_sample_label.setWordWrap(True)
        self.rate_sample_label.setFont(font)

        self.rate_tab_layout.addWidget(self.rate_sample_label)

        self.rate_info_label = QLabel(self.rate_tab)
        self.rate_info_label.setObjectName(u"rate_info_label")
        self.rate_info_label.setText(u"")
        self.rate_info_label.setWordWrap(True)

        self.rate_tab_layout.addWidget(self.rate_info_label)

        self.rate_tables_layout = QHBoxLayout()
        self.rate_tables_layout.setObjectName(u"rate_tables_layout")
        self.zones_group = QGroupBox(self.rate_tab)
        self.zones_group.setObjectName(u"zones_group")
        self.zones_layout = QVBoxLayout(self.zones_group)
        self.zones_layout.setObjectName(u"zones_layout")
        self.zones_table = QTableWidget(self.zones_group)
        self.zones_table.setObjectName(u"zones_table")
        self.zones_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.zones_table.setAlternatingRowColors(True)
        self.zones_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.zones_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.zones_table.verticalHeader().setVisible(False)

        self.zones_layout.addWidget(self.zones_table)


        self.rate_tables_layout.addWidget(self.zones_group)

        self.provinces_group = QGroupBox(self.rate_tab)
        self.provinces_group.setObjectName(u"provinces_group")
        self.provinces_layout = QVBoxLayout(self.provinces_group)
        self.provinces_layout.setObjectName(u"provinces_layout")
        self.provinces_table = QTableWidget(self.provinces_group)
        self.provinces_table.setObjectName(u"provinces_table")
        self.provinces_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.provinces_table.setAlternatingRowColors(True)
        self.provinces_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.provinces_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.provinces_table.verticalHeader().setVisible(False)

        self.provinces_layout.addWidget(self.provinces_table)


        self.rate_tables_layout.addWidget(self.provinces_group)

        self.rate_tables_layout.setStretch(0, 3)
        self.rate_tables_layout.setStretch(1, 2)

        self.rate_tab_layout.addLayout(self.rate_tables_layout)

        self.rate_bar_layout = QHBoxLayout()
        self.rate_bar_layout.setObjectName(u"rate_bar_layout")
        self.import_rate_csv_button = QPushButton(self.rate_tab)
        self.import_rate_csv_button.setObjectName(u"import_rate_csv_button")

        self.rate_bar_layout.addWidget(self.import_rate_csv_button)

        self.import_rate_xlsx_button = QPushButton(self.rate_tab)
        self.import_rate_xlsx_button.setObjectName(u"import_rate_xlsx_button")

        self.rate_bar_layout.addWidget(self.import_rate_xlsx_button)

        self.rate_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rate_bar_layout.addItem(self.rate_bar_spacer)

        self.export_rate_csv_button = QPushButton(self.rate_tab)
        self.export_rate_csv_button.setObjectName(u"export_rate_csv_button")

        self.rate_bar_layout.addWidget(self.export_rate_csv_button)

        self.export_rate_xlsx_button = QPushButton(self.rate_tab)
        self.export_rate_xlsx_button.setObjectName(u"export_rate_xlsx_button")

        self.rate_bar_layout.addWidget(self.export_rate_xlsx_button)


        self.rate_tab_layout.addLayout(self.rate_bar_layout)

        self.rate_tab_layout.setStretch(3, 1)
        self.settings_tabs.addTab(self.rate_tab, "")
        self.area_tab = QWidget()
        self.area_tab.setObjectName(u"area_tab")
        self.area_tab_layout = QVBoxLayout(self.area_tab)
        self.area_tab_layout.setObjectName(u"area_tab_layout")
        self.area_name_label = QLabel(self.area_tab)
        self.area_name_label.setObjectName(u"area_name_label")
        self.area_name_label.setText(u"")
        self.area_name_label.setWordWrap(True)
        self.area_name_label.setFont(font)

        self.area_tab_layout.addWidget(self.area_name_label)

        self.area_sample_label = QLabel(self.area_tab)
        self.area_sample_label.setObjectName(u"area_sample_label")
        self.area_sample_label.setText(u"")
        self.area_sample_label.setWordWrap(True)
        self.area_sample_label.setFont(font)

        self.area_tab_layout.addWidget(self.area_sample_label)

        self.area_count_label = QLabel(self.area_tab)
        self.area_count_label.setObjectName(u"area_count_label")
        self.area_count_label.setText(u"")
        self.area_count_label.setWordWrap(True)

        self.area_tab_layout.addWidget(self.area_count_label)

        self.area_table = QTableWidget(self.area_tab)
        self.area_table.setObjectName(u"area_table")
        self.area_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_table.setAlternatingRowColors(True)
        self.area_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.area_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.area_table.verticalHeader().setVisible(False)

        self.area_tab_layout.addWidget(self.area_table)

        self.area_bar_layout = QHBoxLayout()
        self.area_bar_layout.setObjectName(u"area_bar_layout")
        self.import_area_csv_button = QPushButton(self.area_tab)
        self.import_area_csv_button.setObjectName(u"import_area_csv_button")

        self.area_bar_layout.addWidget(self.import_area_csv_button)

        self.import_area_xlsx_button = QPushButton(self.area_tab)
        self.import_area_xlsx_button.setObjectName(u"import_area_xlsx_button")

        self.area_bar_layout.addWidget(self.import_area_xlsx_button)

        self.area_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.area_bar_layout.addItem(self.area_bar_spacer)

        self.export_area_csv_button = QPushButton(self.area_tab)
        self.export_area_csv_button.setObjectName(u"export_area_csv_button")

        self.area_bar_layout.addWidget(self.export_area_csv_button)

        self.export_area_xlsx_button = QPushButton(self.area_tab)
        self.export_area_xlsx_button.setObjectName(u"export_area_xlsx_button")

        self.area_bar_layout.addWidget(self.export_area_xlsx_button)


        self.area_tab_layout.addLayout(self.area_bar_layout)

        self.area_tab_layout.setStretch(3, 1)
        self.settings_tabs.addTab(self.area_tab, "")
        self.contents_tab = QWidget()
        self.contents_tab.setObjectName(u"contents_tab")
        self.contents_tab_layout = QHBoxLayout(self.contents_tab)
        self.contents_tab_layout.setObjectName(u"contents_tab_layout")
        self.contents_left_layout = QVBoxLayout()
        self.contents_left_layout.setObjectName(u"contents_left_layout")
        self.fragile_group = QGroupBox(self.contents_tab)
        self.fragile_group.setObjectName(u"fragile_group")
        self.fragile_layout = QVBoxLayout(self.fragile_group)
        self.fragile_layout.setObjectName(u"fragile_layout")
        self.refuse_radio = QRadioButton(self.fragile_group)
        self.refuse_radio.setObjectName(u"refuse_radio")

        self.fragile_layout.addWidget(self.refuse_radio)

        self.mark_radio = QRadioButton(self.fragile_group)
        self.mark_radio.setObjectName(u"mark_radio")

        self.fragile_layout.addWidget(self.mark_radio)


        self.contents_left_layout.addWidget(self.fragile_group)

        self.additions_group = QGroupBox(self.contents_tab)
        self.additions_group.setObjectName(u"additions_group")
        self.additions_layout = QVBoxLayout(self.additions_group)
        self.additions_layout.setObjectName(u"additions_layout")
        self.additions_help_label = QLabel(self.additions_group)
        self.additions_help_label.setObjectName(u"additions_help_label")
        self.additions_help_label.setWordWrap(True)

        self.additions_layout.addWidget(self.additions_help_label)

        self.additions_table = QTableWidget(self.additions_group)
        self.additions_table.setObjectName(u"additions_table")
        self.additions_table.setAlternatingRowColors(True)
        self.additions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.additions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.additions_table.verticalHeader().setVisible(False)

        self.additions_layout.addWidget(self.additions_table)

        self.additions_bar_layout = QHBoxLayout()
        self.additions_bar_layout.setObjectName(u"additions_bar_layout")
        self.add_addition_button = QPushButton(self.additions_group)
        self.add_addition_button.setObjectName(u"add_addition_button")

        self.additions_bar_layout.addWidget(self.add_addition_button)

        self.remove_addition_button = QPushButton(self.additions_group)
        self.remove_addition_button.setObjectName(u"remove_addition_button")

        self.additions_bar_layout.addWidget(self.remove_addition_button)

        self.additions_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.additions_bar_layout.addItem(self.additions_bar_spacer)

        self.save_additions_button = QPushButton(self.additions_group)
        self.save_additions_button.setObjectName(u"save_additions_button")

        self.additions_bar_layout.addWidget(self.save_additions_button)


        self.additions_layout.addLayout(self.additions_bar_layout)


        self.contents_left_layout.addWidget(self.additions_group)

        self.contents_left_layout.setStretch(1, 1)

        self.contents_tab_layout.addLayout(self.contents_left_layout)

        self.published_group = QGroupBox(self.contents_tab)
        self.published_group.setObjectName(u"published_group")
        self.published_layout = QVBoxLayout(self.published_group)
        self.published_layout.setObjectName(u"published_layout")
        self.published_list = QListWidget(self.published_group)
        self.published_list.setObjectName(u"published_list")
        self.published_list.setAlternatingRowColors(True)
        self.published_list.setWordWrap(True)

        self.published_layout.addWidget(self.published_list)


        self.contents_tab_layout.addWidget(self.published_group)

        self.contents_tab_layout.setStretch(0, 3)
        self.contents_tab_layout.setStretch(1, 2)
        self.settings_tabs.addTab(self.contents_tab, "")

        self.settings_layout.addWidget(self.settings_tabs)

        self.message_label = QLabel(IntakeSettingsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.settings_layout.addWidget(self.message_label)

        self.settings_layout.setStretch(1, 1)

        self.retranslateUi(IntakeSettingsPage)

        QMetaObject.connectSlotsByName(IntakeSettingsPage)
    # setupUi

    def retranslateUi(self, IntakeSettingsPage):
        self.zones_group.setTitle(QCoreApplication.translate("IntakeSettingsPage", u"Zones", None))
        self.provinces_group.setTitle(QCoreApplication.translate("IntakeSettingsPage", u"Province \u2192 zone", None))
        self.import_rate_csv_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"&Import CSV\u2026", None))
        self.import_rate_xlsx_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"Import &XLSX\u2026", None))
        self.export_rate_csv_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"&Export CSV\u2026", None))
        self.export_rate_xlsx_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"Export X&LSX\u2026", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.rate_tab), QCoreApplication.translate("IntakeSettingsPage", u"Rate card", None))
        self.import_area_csv_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"&Import CSV\u2026", None))
        self.import_area_xlsx_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"Import &XLSX\u2026", None))
        self.export_area_csv_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"&Export CSV\u2026", None))
        self.export_area_xlsx_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"Export X&LSX\u2026", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.area_tab), QCoreApplication.translate("IntakeSettingsPage", u"Service area", None))
        self.fragile_group.setTitle(QCoreApplication.translate("IntakeSettingsPage", u"Fragile items (\u6613\u788e\u54c1)", None))
        self.refuse_radio.setText(QCoreApplication.translate("IntakeSettingsPage", u"&Refuse fragile items (the station's rule)", None))
        self.mark_radio.setText(QCoreApplication.translate("IntakeSettingsPage", u"&Accept them marked \u6613\u788e, with packing advice", None))
        self.additions_group.setTitle(QCoreApplication.translate("IntakeSettingsPage", u"The station's own prohibited keywords", None))
        self.additions_help_label.setText(QCoreApplication.translate("IntakeSettingsPage", u"Add keywords to a published category by its number, or make a new category with a number above 19 and a name. Separate keywords with commas.", None))
        self.add_addition_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"Add ro&w", None))
        self.remove_addition_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"Remo&ve row", None))
        self.save_additions_button.setText(QCoreApplication.translate("IntakeSettingsPage", u"&Save keywords", None))
        self.published_group.setTitle(QCoreApplication.translate("IntakeSettingsPage", u"Prohibited categories (\u7981\u6b62\u5bc4\u9012\u7269\u54c1)", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.contents_tab), QCoreApplication.translate("IntakeSettingsPage", u"Contents check", None))
        pass
    # retranslateUi

