# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDoubleSpinBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_SettingsWorkspace(object):
    def setupUi(self, SettingsWorkspace):
        if not SettingsWorkspace.objectName():
            SettingsWorkspace.setObjectName(u"SettingsWorkspace")
        SettingsWorkspace.resize(1000, 640)
        self.settings_layout = QVBoxLayout(SettingsWorkspace)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_tabs = QTabWidget(SettingsWorkspace)
        self.settings_tabs.setObjectName(u"settings_tabs")
        self.station_tab = QWidget()
        self.station_tab.setObjectName(u"station_tab")
        self.station_tab_layout = QVBoxLayout(self.station_tab)
        self.station_tab_layout.setObjectName(u"station_tab_layout")
        self.station_settings_form = QFormLayout()
        self.station_settings_form.setObjectName(u"station_settings_form")
        self.station_name_label = QLabel(self.station_tab)
        self.station_name_label.setObjectName(u"station_name_label")

        self.station_settings_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.station_name_label)

        self.station_name_edit = QLineEdit(self.station_tab)
        self.station_name_edit.setObjectName(u"station_name_edit")
        self.station_name_edit.setMaxLength(100)

        self.station_settings_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.station_name_edit)

        self.station_code_label = QLabel(self.station_tab)
        self.station_code_label.setObjectName(u"station_code_label")

        self.station_settings_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.station_code_label)

        self.station_code_edit = QLineEdit(self.station_tab)
        self.station_code_edit.setObjectName(u"station_code_edit")
        self.station_code_edit.setMaxLength(12)

        self.station_settings_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.station_code_edit)

        self.province_label = QLabel(self.station_tab)
        self.province_label.setObjectName(u"province_label")

        self.station_settings_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_combo = QComboBox(self.station_tab)
        self.province_combo.setObjectName(u"province_combo")

        self.station_settings_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.province_combo)

        self.city_label = QLabel(self.station_tab)
        self.city_label.setObjectName(u"city_label")

        self.station_settings_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.station_tab)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(40)

        self.station_settings_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.contact_person_label = QLabel(self.station_tab)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.station_settings_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person_edit = QLineEdit(self.station_tab)
        self.contact_person_edit.setObjectName(u"contact_person_edit")
        self.contact_person_edit.setMaxLength(40)

        self.station_settings_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_person_edit)

        self.station_phone_label = QLabel(self.station_tab)
        self.station_phone_label.setObjectName(u"station_phone_label")

        self.station_settings_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.station_phone_label)

        self.station_phone_edit = QLineEdit(self.station_tab)
        self.station_phone_edit.setObjectName(u"station_phone_edit")
        self.station_phone_edit.setMaxLength(20)

        self.station_settings_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.station_phone_edit)

        self.qq_label = QLabel(self.station_tab)
        self.qq_label.setObjectName(u"qq_label")

        self.station_settings_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.qq_label)

        self.qq_edit = QLineEdit(self.station_tab)
        self.qq_edit.setObjectName(u"qq_edit")
        self.qq_edit.setMaxLength(12)

        self.station_settings_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.qq_edit)

        self.carriers_label = QLabel(self.station_tab)
        self.carriers_label.setObjectName(u"carriers_label")

        self.station_settings_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.carriers_label)

        self.carriers_list = QListWidget(self.station_tab)
        self.carriers_list.setObjectName(u"carriers_list")
        self.carriers_list.setMaximumSize(QSize(16777215, 110))

        self.station_settings_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.carriers_list)


        self.station_tab_layout.addLayout(self.station_settings_form)

        self.station_message_label = QLabel(self.station_tab)
        self.station_message_label.setObjectName(u"station_message_label")
        self.station_message_label.setText(u"")
        self.station_message_label.setWordWrap(True)
        self.station_message_label.setStyleSheet(u"color: #b00020;")

        self.station_tab_layout.addWidget(self.station_message_label)

        self.station_buttons = QHBoxLayout()
        self.station_buttons.setObjectName(u"station_buttons")
        self.station_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.station_buttons.addItem(self.station_button_spacer)

        self.save_station_button = QPushButton(self.station_tab)
        self.save_station_button.setObjectName(u"save_station_button")

        self.station_buttons.addWidget(self.save_station_button)


        self.station_tab_layout.addLayout(self.station_buttons)

        self.station_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.station_tab_layout.addItem(self.station_spacer)

        self.settings_tabs.addTab(self.station_tab, "")
        self.staff_tab = QWidget()
        self.staff_tab.setObjectName(u"staff_tab")
        self.staff_tab_layout = QVBoxLayout(self.staff_tab)
        self.staff_tab_layout.setObjectName(u"staff_tab_layout")
        self.staff_table = QTableWidget(self.staff_tab)
        self.staff_table.setObjectName(u"staff_table")
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setAlternatingRowColors(True)

        self.staff_tab_layout.addWidget(self.staff_table)

        self.staff_row_buttons = QHBoxLayout()
        self.staff_row_buttons.setObjectName(u"staff_row_buttons")
        self.change_role_button = QPushButton(self.staff_tab)
        self.change_role_button.setObjectName(u"change_role_button")

        self.staff_row_buttons.addWidget(self.change_role_button)

        self.toggle_staff_button = QPushButton(self.staff_tab)
        self.toggle_staff_button.setObjectName(u"toggle_staff_button")

        self.staff_row_buttons.addWidget(self.toggle_staff_button)

        self.reset_password_button = QPushButton(self.staff_tab)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.staff_row_buttons.addWidget(self.reset_password_button)

        self.staff_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staff_row_buttons.addItem(self.staff_row_spacer)


        self.staff_tab_layout.addLayout(self.staff_row_buttons)

        self.staff_form = QFormLayout()
        self.staff_form.setObjectName(u"staff_form")
        self.new_job_number_label = QLabel(self.staff_tab)
        self.new_job_number_label.setObjectName(u"new_job_number_label")

        self.staff_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_job_number_label)

        self.new_job_number_edit = QLineEdit(self.staff_tab)
        self.new_job_number_edit.setObjectName(u"new_job_number_edit")
        self.new_job_number_edit.setMaxLength(16)

        self.staff_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_job_number_edit)

        self.new_name_label = QLabel(self.staff_tab)
        self.new_name_label.setObjectName(u"new_name_label")

        self.staff_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_name_label)

        self.new_name_edit = QLineEdit(self.staff_tab)
        self.new_name_edit.setObjectName(u"new_name_edit")
        self.new_name_edit.setMaxLength(40)

        self.staff_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_name_edit)

        self.new_role_label = QLabel(self.staff_tab)
        self.new_role_label.setObjectName(u"new_role_label")

        self.staff_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_role_label)

        self.new_role_combo = QComboBox(self.staff_tab)
        self.new_role_combo.setObjectName(u"new_role_combo")

        self.staff_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_role_combo)

        self.new_password_label = QLabel(self.staff_tab)
        self.new_password_label.setObjectName(u"new_password_label")

        self.staff_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_edit = QLineEdit(self.staff_tab)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.staff_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_password_edit)


        self.staff_tab_layout.addLayout(self.staff_form)

        self.staff_message_label = QLabel(self.staff_tab)
        self.staff_message_label.setObjectName(u"staff_message_label")
        self.staff_message_label.setText(u"")
        self.staff_message_label.setWordWrap(True)
        self.staff_message_label.setStyleSheet(u"color: #b00020;")

        self.staff_tab_layout.addWidget(self.staff_message_label)

        self.staff_buttons = QHBoxLayout()
        self.staff_buttons.setObjectName(u"staff_buttons")
        self.staff_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staff_buttons.addItem(self.staff_button_spacer)

        self.add_staff_button = QPushButton(self.staff_tab)
        self.add_staff_button.setObjectName(u"add_staff_button")

        self.staff_buttons.addWidget(self.add_staff_button)


        self.staff_tab_layout.addLayout(self.staff_buttons)

        self.settings_tabs.addTab(self.staff_tab, "")
        self.couriers_tab = QWidget()
        self.couriers_tab.setObjectName(u"couriers_tab")
        self.couriers_tab_layout = QVBoxLayout(self.couriers_tab)
        self.couriers_tab_layout.setObjectName(u"couriers_tab_layout")
        self.courier_table = QTableWidget(self.couriers_tab)
        self.courier_table.setObjectName(u"courier_table")
        self.courier_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.courier_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.courier_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.courier_table.setAlternatingRowColors(True)

        self.couriers_tab_layout.addWidget(self.courier_table)

        self.courier_row_buttons = QHBoxLayout()
        self.courier_row_buttons.setObjectName(u"courier_row_buttons")
        self.change_area_button = QPushButton(self.couriers_tab)
        self.change_area_button.setObjectName(u"change_area_button")

        self.courier_row_buttons.addWidget(self.change_area_button)

        self.toggle_courier_button = QPushButton(self.couriers_tab)
        self.toggle_courier_button.setObjectName(u"toggle_courier_button")

        self.courier_row_buttons.addWidget(self.toggle_courier_button)

        self.show_inactive_check = QCheckBox(self.couriers_tab)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.courier_row_buttons.addWidget(self.show_inactive_check)

        self.courier_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.courier_row_buttons.addItem(self.courier_row_spacer)


        self.couriers_tab_layout.addLayout(self.courier_row_buttons)

        self.courier_form = QFormLayout()
        self.courier_form.setObjectName(u"courier_form")
        self.courier_name_label = QLabel(self.couriers_tab)
        self.courier_name_label.setObjectName(u"courier_name_label")

        self.courier_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courier_name_label)

        self.courier_name_edit = QLineEdit(self.couriers_tab)
        self.courier_name_edit.setObjectName(u"courier_name_edit")
        self.courier_name_edit.setMaxLength(40)

        self.courier_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courier_name_edit)

        self.courier_phone_label = QLabel(self.couriers_tab)
        self.courier_phone_label.setObjectName(u"courier_phone_label")

        self.courier_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.courier_phone_label)

        self.courier_phone_edit = QLineEdit(self.couriers_tab)
        self.courier_phone_edit.setObjectName(u"courier_phone_edit")
        self.courier_phone_edit.setMaxLength(20)

        self.courier_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.courier_phone_edit)

        self.courier_kind_label = QLabel(self.couriers_tab)
        self.courier_kind_label.setObjectName(u"courier_kind_label")

        self.courier_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.courier_kind_label)

        self.courier_kind_combo = QComboBox(self.couriers_tab)
        self.courier_kind_combo.setObjectName(u"courier_kind_combo")

        self.courier_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.courier_kind_combo)

        self.courier_area_label = QLabel(self.couriers_tab)
        self.courier_area_label.setObjectName(u"courier_area_label")

        self.courier_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.courier_area_label)

        self.courier_area_edit = QLineEdit(self.couriers_tab)
        self.courier_area_edit.setObjectName(u"courier_area_edit")
        self.courier_area_edit.setMaxLength(100)

        self.courier_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.courier_area_edit)


        self.couriers_tab_layout.addLayout(self.courier_form)

        self.courier_message_label = QLabel(self.couriers_tab)
        self.courier_message_label.setObjectName(u"courier_message_label")
        self.courier_message_label.setText(u"")
        self.courier_message_label.setWordWrap(True)
        self.courier_message_label.setStyleSheet(u"color: #b00020;")

        self.couriers_tab_layout.addWidget(self.courier_message_label)

        self.courier_buttons = QHBoxLayout()
        self.courier_buttons.setObjectName(u"courier_buttons")
        self.courier_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.courier_buttons.addItem(self.courier_button_spacer)

        self.add_courier_button = QPushButton(self.couriers_tab)
        self.add_courier_button.setObjectName(u"add_courier_button")

        self.courier_buttons.addWidget(self.add_courier_button)


        self.couriers_tab_layout.addLayout(self.courier_buttons)

        self.settings_tabs.addTab(self.couriers_tab, "")
        self.shifts_tab = QWidget()
        self.shifts_tab.setObjectName(u"shifts_tab")
        self.shifts_tab_layout = QVBoxLayout(self.shifts_tab)
        self.shifts_tab_layout.setObjectName(u"shifts_tab_layout")
        self.shifts_hint_label = QLabel(self.shifts_tab)
        self.shifts_hint_label.setObjectName(u"shifts_hint_label")
        self.shifts_hint_label.setWordWrap(True)

        self.shifts_tab_layout.addWidget(self.shifts_hint_label)

        self.shift_form = QFormLayout()
        self.shift_form.setObjectName(u"shift_form")
        self.early_start_label = QLabel(self.shifts_tab)
        self.early_start_label.setObjectName(u"early_start_label")

        self.shift_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.early_start_label)

        self.early_start_edit = QTimeEdit(self.shifts_tab)
        self.early_start_edit.setObjectName(u"early_start_edit")
        self.early_start_edit.setDisplayFormat(u"HH:mm")

        self.shift_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.early_start_edit)

        self.early_end_label = QLabel(self.shifts_tab)
        self.early_end_label.setObjectName(u"early_end_label")

        self.shift_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.early_end_label)

        self.early_end_edit = QTimeEdit(self.shifts_tab)
        self.early_end_edit.setObjectName(u"early_end_edit")
        self.early_end_edit.setDisplayFormat(u"HH:mm")

        self.shift_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.early_end_edit)

        self.late_start_label = QLabel(self.shifts_tab)
        self.late_start_label.setObjectName(u"late_start_label")

        self.shift_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.late_start_label)

        self.late_start_edit = QTimeEdit(self.shifts_tab)
        self.late_start_edit.setObjectName(u"late_start_edit")
        self.late_start_edit.setDisplayFormat(u"HH:mm")

        self.shift_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.late_start_edit)

        self.late_end_label = QLabel(self.shifts_tab)
        self.late_end_label.setObjectName(u"late_end_label")

        self.shift_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.late_end_label)

        self.late_end_edit = QTimeEdit(self.shifts_tab)
        self.late_end_edit.setObjectName(u"late_end_edit")
        self.late_end_edit.setDisplayFormat(u"HH:mm")

        self.shift_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.late_end_edit)


        self.shifts_tab_layout.addLayout(self.shift_form)

        self.shifts_message_label = QLabel(self.shifts_tab)
        self.shifts_message_label.setObjectName(u"shifts_message_label")
        self.shifts_message_label.setText(u"")
        self.shifts_message_label.setWordWrap(True)
        self.shifts_message_label.setStyleSheet(u"color: #b00020;")

        self.shifts_tab_layout.addWidget(self.shifts_message_label)

        self.shift_buttons = QHBoxLayout()
        self.shift_buttons.setObjectName(u"shift_buttons")
        self.shift_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shift_buttons.addItem(self.shift_button_spacer)

        self.save_shifts_button = QPushButton(self.shifts_tab)
        self.save_shifts_button.setObjectName(u"save_shifts_button")

        self.shift_buttons.addWidget(self.save_shifts_button)


        self.shifts_tab_layout.addLayout(self.shift_buttons)

        self.deadlines_hint_label = QLabel(self.shifts_tab)
        self.deadlines_hint_label.setObjectName(u"deadlines_hint_label")
        self.deadlines_hint_label.setWordWrap(True)

        self.shifts_tab_layout.addWidget(self.deadlines_hint_label)

        self.deadline_form = QFormLayout()
        self.deadline_form.setObjectName(u"deadline_form")
        self.misroute_due_day_label = QLabel(self.shifts_tab)
        self.misroute_due_day_label.setObjectName(u"misroute_due_day_label")

        self.deadline_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.misroute_due_day_label)

        self.misroute_due_day_spin = QSpinBox(self.shifts_tab)
        self.misroute_due_day_spin.setObjectName(u"misroute_due_day_spin")
        self.misroute_due_day_spin.setMinimum(1)
        self.misroute_due_day_spin.setMaximum(28)
        self.misroute_due_day_spin.setValue(15)

        self.deadline_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.misroute_due_day_spin)

        self.misroute_remind_label = QLabel(self.shifts_tab)
        self.misroute_remind_label.setObjectName(u"misroute_remind_label")

        self.deadline_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.misroute_remind_label)

        self.misroute_remind_spin = QSpinBox(self.shifts_tab)
        self.misroute_remind_spin.setObjectName(u"misroute_remind_spin")
        self.misroute_remind_spin.setMinimum(0)
        self.misroute_remind_spin.setMaximum(20)
        self.misroute_remind_spin.setValue(5)

        self.deadline_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.misroute_remind_spin)

        self.receipt_deadline_label = QLabel(self.shifts_tab)
        self.receipt_deadline_label.setObjectName(u"receipt_deadline_label")

        self.deadline_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receipt_deadline_label)

        self.receipt_deadline_edit = QTimeEdit(self.shifts_tab)
        self.receipt_deadline_edit.setObjectName(u"receipt_deadline_edit")
        self.receipt_deadline_edit.setDisplayFormat(u"HH:mm")

        self.deadline_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receipt_deadline_edit)

        self.receipt_keep_label = QLabel(self.shifts_tab)
        self.receipt_keep_label.setObjectName(u"receipt_keep_label")

        self.deadline_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receipt_keep_label)

        self.receipt_keep_spin = QSpinBox(self.shifts_tab)
        self.receipt_keep_spin.setObjectName(u"receipt_keep_spin")
        self.receipt_keep_spin.setMinimum(30)
        self.receipt_keep_spin.setMaximum(3650)
        self.receipt_keep_spin.setValue(180)

        self.deadline_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receipt_keep_spin)


        self.shifts_tab_layout.addLayout(self.deadline_form)

        self.deadlines_message_label = QLabel(self.shifts_tab)
        self.deadlines_message_label.setObjectName(u"deadlines_message_label")
        self.deadlines_message_label.setText(u"")
        self.deadlines_message_label.setWordWrap(True)
        self.deadlines_message_label.setStyleSheet(u"color: #b00020;")

        self.shifts_tab_layout.addWidget(self.deadlines_message_label)

        self.deadline_buttons = QHBoxLayout()
        self.deadline_buttons.setObjectName(u"deadline_buttons")
        self.deadline_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadline_buttons.addItem(self.deadline_button_spacer)

        self.save_deadlines_button = QPushButton(self.shifts_tab)
        self.save_deadlines_button.setObjectName(u"save_deadlines_button")

        self.deadline_buttons.addWidget(self.save_deadlines_button)


        self.shifts_tab_layout.addLayout(self.deadline_buttons)

        self.shifts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.shifts_tab_layout.addItem(self.shifts_spacer)

        self.settings_tabs.addTab(self.shifts_tab, "")
        self.scanners_tab = QWidget()
        self.scanners_tab.setObjectName(u"scanners_tab")
        self.scanners_scroll_layout = QVBoxLayout(self.scanners_tab)
        self.scanners_scroll_layout.setObjectName(u"scanners_scroll_layout")
        self.scanners_scroll_layout.setContentsMargins(0, 0, 0, 0)
        self.scanners_scroll = QScrollArea(self.scanners_tab)
        self.scanners_scroll.setObjectName(u"scanners_scroll")
        self.scanners_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scanners_scroll.setWidgetResizable(True)
        self.scanners_scroll_contents = QWidget()
        self.scanners_scroll_contents.setObjectName(u"scanners_scroll_contents")
        self.scanners_tab_layout = QHBoxLayout(self.scanners_scroll_contents)
        self.scanners_tab_layout.setObjectName(u"scanners_tab_layout")
        self.scanner_config_layout = QVBoxLayout()
        self.scanner_config_layout.setObjectName(u"scanner_config_layout")
        self.serial_heading_label = QLabel(self.scanners_scroll_contents)
        self.serial_heading_label.setObjectName(u"serial_heading_label")
        font = QFont()
        font.setBold(True)
        self.serial_heading_label.setFont(font)

        self.scanner_config_layout.addWidget(self.serial_heading_label)

        self.serial_table = QTableWidget(self.scanners_scroll_contents)
        self.serial_table.setObjectName(u"serial_table")
        self.serial_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.serial_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.serial_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.serial_table.setAlternatingRowColors(True)

        self.scanner_config_layout.addWidget(self.serial_table)

        self.serial_form = QFormLayout()
        self.serial_form.setObjectName(u"serial_form")
        self.serial_port_label = QLabel(self.scanners_scroll_contents)
        self.serial_port_label.setObjectName(u"serial_port_label")

        self.serial_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serial_port_label)

        self.serial_port_combo = QComboBox(self.scanners_scroll_contents)
        self.serial_port_combo.setObjectName(u"serial_port_combo")
        self.serial_port_combo.setEditable(True)

        self.serial_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serial_port_combo)

        self.serial_baud_label = QLabel(self.scanners_scroll_contents)
        self.serial_baud_label.setObjectName(u"serial_baud_label")

        self.serial_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serial_baud_label)

        self.serial_baud_combo = QComboBox(self.scanners_scroll_contents)
        self.serial_baud_combo.setObjectName(u"serial_baud_combo")

        self.serial_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serial_baud_combo)

        self.serial_data_bits_label = QLabel(self.scanners_scroll_contents)
        self.serial_data_bits_label.setObjectName(u"serial_data_bits_label")

        self.serial_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serial_data_bits_label)

        self.serial_data_bits_combo = QComboBox(self.scanners_scroll_contents)
        self.serial_data_bits_combo.setObjectName(u"serial_data_bits_combo")

        self.serial_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serial_data_bits_combo)

        self.serial_parity_label = QLabel(self.scanners_scroll_contents)
        self.serial_parity_label.setObjectName(u"serial_parity_label")

        self.serial_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serial_parity_label)

        self.serial_parity_combo = QComboBox(self.scanners_scroll_contents)
        self.serial_parity_combo.setObjectName(u"serial_parity_combo")

        self.serial_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serial_parity_combo)

        self.serial_stop_bits_label = QLabel(self.scanners_scroll_contents)
        self.serial_stop_bits_label.setObjectName(u"serial_stop_bits_label")

        self.serial_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serial_stop_bits_label)

        self.serial_stop_bits_combo = QComboBox(self.scanners_scroll_contents)
        self.serial_stop_bits_combo.setObjectName(u"serial_stop_bits_combo")

        self.serial_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serial_stop_bits_combo)

        self.serial_terminator_label = QLabel(self.scanners_scroll_contents)
        self.serial_terminator_label.setObjectName(u"serial_terminator_label")

        self.serial_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.serial_terminator_label)

        self.serial_terminator_combo = QComboBox(self.scanners_scroll_contents)
        self.serial_terminator_combo.setObjectName(u"serial_terminator_combo")

        self.serial_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serial_terminator_combo)

        self.serial_gap_label = QLabel(self.scanners_scroll_contents)
        self.serial_gap_label.setObjectName(u"serial_gap_label")

        self.serial_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.serial_gap_label)

        self.serial_gap_spin = QSpinBox(self.scanners_scroll_contents)
        self.serial_gap_spin.setObjectName(u"serial_gap_spin")
        self.serial_gap_spin.setMinimum(0)
        self.serial_gap_spin.setMaximum(2000)
        self.serial_gap_spin.setValue(0)

        self.serial_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.serial_gap_spin)

        self.serial_prefix_label = QLabel(self.scanners_scroll_contents)
        self.serial_prefix_label.setObjectName(u"serial_prefix_label")

        self.serial_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.serial_prefix_label)

        self.serial_prefix_edit = QLineEdit(self.scanners_scroll_contents)
        self.serial_prefix_edit.setObjectName(u"serial_prefix_edit")

        self.serial_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.serial_prefix_edit)

        self.serial_suffix_label = QLabel(self.scanners_scroll_contents)
        self.serial_suffix_label.setObjectName(u"serial_suffix_label")

        self.serial_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.serial_suffix_label)

        self.serial_suffix_edit = QLineEdit(self.scanners_scroll_contents)
        self.serial_suffix_edit.setObjectName(u"serial_suffix_edit")

        self.serial_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.serial_suffix_edit)


        self.scanner_config_layout.addLayout(self.serial_form)

        self.serial_buttons = QHBoxLayout()
        self.serial_buttons.setObjectName(u"serial_buttons")
        self.refresh_ports_button = QPushButton(self.scanners_scroll_contents)
        self.refresh_ports_button.setObjectName(u"refresh_ports_button")

        self.serial_buttons.addWidget(self.refresh_ports_button)

        self.remove_serial_button = QPushButton(self.scanners_scroll_contents)
        self.remove_serial_button.setObjectName(u"remove_serial_button")

        self.serial_buttons.addWidget(self.remove_serial_button)

        self.serial_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serial_buttons.addItem(self.serial_button_spacer)

        self.add_serial_button = QPushButton(self.scanners_scroll_contents)
        self.add_serial_button.setObjectName(u"add_serial_button")

        self.serial_buttons.addWidget(self.add_serial_button)


        self.scanner_config_layout.addLayout(self.serial_buttons)

        self.wedge_form = QFormLayout()
        self.wedge_form.setObjectName(u"wedge_form")
        self.wedge_enabled_label = QLabel(self.scanners_scroll_contents)
        self.wedge_enabled_label.setObjectName(u"wedge_enabled_label")

        self.wedge_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wedge_enabled_label)

        self.wedge_enabled_check = QCheckBox(self.scanners_scroll_contents)
        self.wedge_enabled_check.setObjectName(u"wedge_enabled_check")

        self.wedge_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wedge_enabled_check)

        self.wedge_gap_label = QLabel(self.scanners_scroll_contents)
        self.wedge_gap_label.setObjectName(u"wedge_gap_label")

        self.wedge_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wedge_gap_label)

        self.wedge_gap_spin = QSpinBox(self.scanners_scroll_contents)
        self.wedge_gap_spin.setObjectName(u"wedge_gap_spin")
        self.wedge_gap_spin.setMinimum(5)
        self.wedge_gap_spin.setMaximum(500)
        self.wedge_gap_spin.setValue(40)

        self.wedge_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wedge_gap_spin)

        self.wedge_min_length_label = QLabel(self.scanners_scroll_contents)
        self.wedge_min_length_label.setObjectName(u"wedge_min_length_label")

        self.wedge_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wedge_min_length_label)

        self.wedge_min_length_spin = QSpinBox(self.scanners_scroll_contents)
        self.wedge_min_length_spin.setObjectName(u"wedge_min_length_spin")
        self.wedge_min_length_spin.setMinimum(1)
        self.wedge_min_length_spin.setMaximum(40)
        self.wedge_min_length_spin.setValue(6)

        self.wedge_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.wedge_min_length_spin)

        self.duplicate_window_label = QLabel(self.scanners_scroll_contents)
        self.duplicate_window_label.setObjectName(u"duplicate_window_label")

        self.wedge_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.duplicate_window_label)

        self.duplicate_window_spin = QDoubleSpinBox(self.scanners_scroll_contents)
        self.duplicate_window_spin.setObjectName(u"duplicate_window_spin")
        self.duplicate_window_spin.setMinimum(0.000000000000000)
        self.duplicate_window_spin.setMaximum(30.000000000000000)
        self.duplicate_window_spin.setValue(2.000000000000000)
        self.duplicate_window_spin.setSingleStep(0.500000000000000)

        self.wedge_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.duplicate_window_spin)


        self.scanner_config_layout.addLayout(self.wedge_form)

        self.scanners_message_label = QLabel(self.scanners_scroll_contents)
        self.scanners_message_label.setObjectName(u"scanners_message_label")
        self.scanners_message_label.setText(u"")
        self.scanners_message_label.setWordWrap(True)
        self.scanners_message_label.setStyleSheet(u"color: #b00020;")

        self.scanner_config_layout.addWidget(self.scanners_message_label)

        self.scanner_buttons = QHBoxLayout()
        self.scanner_buttons.setObjectName(u"scanner_buttons")
        self.scanner_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scanner_buttons.addItem(self.scanner_button_spacer)

        self.save_scanners_button = QPushButton(self.scanners_scroll_contents)
        self.save_scanners_button.setObjectName(u"save_scanners_button")

        self.scanner_buttons.addWidget(self.save_scanners_button)


        self.scanner_config_layout.addLayout(self.scanner_buttons)


        self.scanners_tab_layout.addLayout(self.scanner_config_layout)

        self.scanner_watch_layout = QVBoxLayout()
        self.scanner_watch_layout.setObjectName(u"scanner_watch_layout")
        self.scan_counts_label = QLabel(self.scanners_scroll_contents)
        self.scan_counts_label.setObjectName(u"scan_counts_label")
        self.scan_counts_label.setFont(font)

        self.scanner_watch_layout.addWidget(self.scan_counts_label)

        self.scan_counts_table = QTableWidget(self.scanners_scroll_contents)
        self.scan_counts_table.setObjectName(u"scan_counts_table")
        self.scan_counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scan_counts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scan_counts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scan_counts_table.setAlternatingRowColors(True)

        self.scanner_watch_layout.addWidget(self.scan_counts_table)

        self.scan_test_label = QLabel(self.scanners_scroll_contents)
        self.scan_test_label.setObjectName(u"scan_test_label")
        self.scan_test_label.setWordWrap(True)
        self.scan_test_label.setFont(font)

        self.scanner_watch_layout.addWidget(self.scan_test_label)

        self.scan_test_log = QPlainTextEdit(self.scanners_scroll_contents)
        self.scan_test_log.setObjectName(u"scan_test_log")
        self.scan_test_log.setReadOnly(True)

        self.scanner_watch_layout.addWidget(self.scan_test_log)

        self.scan_test_buttons = QHBoxLayout()
        self.scan_test_buttons.setObjectName(u"scan_test_buttons")
        self.scan_test_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scan_test_buttons.addItem(self.scan_test_spacer)

        self.clear_test_log_button = QPushButton(self.scanners_scroll_contents)
        self.clear_test_log_button.setObjectName(u"clear_test_log_button")

        self.scan_test_buttons.addWidget(self.clear_test_log_button)


        self.scanner_watch_layout.addLayout(self.scan_test_buttons)


        self.scanners_tab_layout.addLayout(self.scanner_watch_layout)

        self.scanners_scroll.setWidget(self.scanners_scroll_contents)

        self.scanners_scroll_layout.addWidget(self.scanners_scroll)

        self.settings_tabs.addTab(self.scanners_tab, "")
        self.preferences_tab = QWidget()
        self.preferences_tab.setObjectName(u"preferences_tab")
        self.preferences_tab_layout = QVBoxLayout(self.preferences_tab)
        self.preferences_tab_layout.setObjectName(u"preferences_tab_layout")
        self.preferences_form = QFormLayout()
        self.preferences_form.setObjectName(u"preferences_form")
        self.pref_language_label = QLabel(self.preferences_tab)
        self.pref_language_label.setObjectName(u"pref_language_label")

        self.preferences_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pref_language_label)

        self.language_combo = QComboBox(self.preferences_tab)
        self.language_combo.setObjectName(u"language_combo")

        self.preferences_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.database_title_label = QLabel(self.preferences_tab)
        self.database_title_label.setObjectName(u"database_title_label")

        self.preferences_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.database_title_label)

        self.database_value_label = QLabel(self.preferences_tab)
        self.database_value_label.setObjectName(u"database_value_label")
        self.database_value_label.setText(u"")
        self.database_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preferences_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_value_label)

        self.database_url_label = QLabel(self.preferences_tab)
        self.database_url_label.setObjectName(u"database_url_label")

        self.preferences_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_url_label)

        self.database_url_edit = QLineEdit(self.preferences_tab)
        self.database_url_edit.setObjectName(u"database_url_edit")

        self.preferences_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_url_edit)


        self.preferences_tab_layout.addLayout(self.preferences_form)

        self.restart_hint_label = QLabel(self.preferences_tab)
        self.restart_hint_label.setObjectName(u"restart_hint_label")
        self.restart_hint_label.setWordWrap(True)

        self.preferences_tab_layout.addWidget(self.restart_hint_label)

        self.printers_group = QGroupBox(self.preferences_tab)
        self.printers_group.setObjectName(u"printers_group")
        self.printers_layout = QGridLayout(self.printers_group)
        self.printers_layout.setObjectName(u"printers_layout")
        self.printer_slip_label = QLabel(self.printers_group)
        self.printer_slip_label.setObjectName(u"printer_slip_label")

        self.printers_layout.addWidget(self.printer_slip_label, 0, 0, 1, 1)

        self.printer_slip_combo = QComboBox(self.printers_group)
        self.printer_slip_combo.setObjectName(u"printer_slip_combo")

        self.printers_layout.addWidget(self.printer_slip_combo, 0, 1, 1, 1)

        self.printer_slip_direct_check = QCheckBox(self.printers_group)
        self.printer_slip_direct_check.setObjectName(u"printer_slip_direct_check")

        self.printers_layout.addWidget(self.printer_slip_direct_check, 0, 2, 1, 1)

        self.printer_label_label = QLabel(self.printers_group)
        self.printer_label_label.setObjectName(u"printer_label_label")

        self.printers_layout.addWidget(self.printer_label_label, 1, 0, 1, 1)

        self.printer_label_combo = QComboBox(self.printers_group)
        self.printer_label_combo.setObjectName(u"printer_label_combo")

        self.printers_layout.addWidget(self.printer_label_combo, 1, 1, 1, 1)

        self.printer_label_direct_check = QCheckBox(self.printers_group)
        self.printer_label_direct_check.setObjectName(u"printer_label_direct_check")

        self.printers_layout.addWidget(self.printer_label_direct_check, 1, 2, 1, 1)

        self.printer_a5_label = QLabel(self.printers_group)
        self.printer_a5_label.setObjectName(u"printer_a5_label")

        self.printers_layout.addWidget(self.printer_a5_label, 2, 0, 1, 1)

        self.printer_a5_combo = QComboBox(self.printers_group)
        self.printer_a5_combo.setObjectName(u"printer_a5_combo")

        self.printers_layout.addWidget(self.printer_a5_combo, 2, 1, 1, 1)

        self.printer_a5_direct_check = QCheckBox(self.printers_group)
        self.printer_a5_direct_check.setObjectName(u"printer_a5_direct_check")

        self.printers_layout.addWidget(self.printer_a5_direct_check, 2, 2, 1, 1)

        self.printer_a4_label = QLabel(self.printers_group)
        self.printer_a4_label.setObjectName(u"printer_a4_label")

        self.printers_layout.addWidget(self.printer_a4_label, 3, 0, 1, 1)

        self.printer_a4_combo = QComboBox(self.printers_group)
        self.printer_a4_combo.setObjectName(u"printer_a4_combo")

        self.printers_layout.addWidget(self.printer_a4_combo, 3, 1, 1, 1)

        self.printer_a4_direct_check = QCheckBox(self.printers_group)
        self.printer_a4_direct_check.setObjectName(u"printer_a4_direct_check")

        self.printers_layout.addWidget(self.printer_a4_direct_check, 3, 2, 1, 1)

        self.printers_layout.setColumnStretch(1, 1)

        self.preferences_tab_layout.addWidget(self.printers_group)

        self.preferences_message_label = QLabel(self.preferences_tab)
        self.preferences_message_label.setObjectName(u"preferences_message_label")
        self.preferences_message_label.setText(u"")
        self.preferences_message_label.setWordWrap(True)
        self.preferences_message_label.setStyleSheet(u"color: #b00020;")

        self.preferences_tab_layout.addWidget(self.preferences_message_label)

        self.preferences_buttons = QHBoxLayout()
        self.preferences_buttons.setObjectName(u"preferences_buttons")
        self.backup_button = QPushButton(self.preferences_tab)
        self.backup_button.setObjectName(u"backup_button")

        self.preferences_buttons.addWidget(self.backup_button)

        self.preferences_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preferences_buttons.addItem(self.preferences_button_spacer)

        self.save_preferences_button = QPushButton(self.preferences_tab)
        self.save_preferences_button.setObjectName(u"save_preferences_button")

        self.preferences_buttons.addWidget(self.save_preferences_button)


        self.preferences_tab_layout.addLayout(self.preferences_buttons)

        self.preferences_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.preferences_tab_layout.addItem(self.preferences_spacer)

        self.settings_tabs.addTab(self.preferences_tab, "")
        self.audit_tab = QWidget()
        self.audit_tab.setObjectName(u"audit_tab")
        self.audit_tab_layout = QVBoxLayout(self.audit_tab)
        self.audit_tab_layout.setObjectName(u"audit_tab_layout")
        self.audit_filters = QHBoxLayout()
        self.audit_filters.setObjectName(u"audit_filters")
        self.audit_person_label = QLabel(self.audit_tab)
        self.audit_person_label.setObjectName(u"audit_person_label")

        self.audit_filters.addWidget(self.audit_person_label)

        self.audit_person_combo = QComboBox(self.audit_tab)
        self.audit_person_combo.setObjectName(u"audit_person_combo")

        self.audit_filters.addWidget(self.audit_person_combo)

        self.audit_kind_label = QLabel(self.audit_tab)
        self.audit_kind_label.setObjectName(u"audit_kind_label")

        self.audit_filters.addWidget(self.audit_kind_label)

        self.audit_kind_combo = QComboBox(self.audit_tab)
        self.audit_kind_combo.setObjectName(u"audit_kind_combo")

        self.audit_filters.addWidget(self.audit_kind_combo)

        self.audit_from_label = QLabel(self.audit_tab)
        self.audit_from_label.setObjectName(u"audit_from_label")

        self.audit_filters.addWidget(self.audit_from_label)

        self.audit_from_edit = QDateEdit(self.audit_tab)
        self.audit_from_edit.setObjectName(u"audit_from_edit")
        self.audit_from_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.audit_filters.addWidget(self.audit_from_edit)

        self.audit_to_label = QLabel(self.audit_tab)
        self.audit_to_label.setObjectName(u"audit_to_label")

        self.audit_filters.addWidget(self.audit_to_label)

        self.audit_to_edit = QDateEdit(self.audit_tab)
        self.audit_to_edit.setObjectName(u"audit_to_edit")
        self.audit_to_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.audit_filters.addWidget(self.audit_to_edit)

        self.audit_search_label = QLabel(self.audit_tab)
        self.audit_search_label.setObjectName(u"audit_search_label")

        self.audit_filters.addWidget(self.audit_search_label)

        self.audit_search_edit = QLineEdit(self.audit_tab)
        self.audit_search_edit.setObjectName(u"audit_search_edit")

        self.audit_filters.addWidget(self.audit_search_edit)


        self.audit_tab_layout.addLayout(self.audit_filters)

        self.audit_table = QTableWidget(self.audit_tab)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_table.setAlternatingRowColors(True)

        self.audit_tab_layout.addWidget(self.audit_table)

        self.audit_buttons = QHBoxLayout()
        self.audit_buttons.setObjectName(u"audit_buttons")
        self.audit_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audit_buttons.addItem(self.audit_button_spacer)

        self.refresh_audit_button = QPushButton(self.audit_tab)
        self.refresh_audit_button.setObjectName(u"refresh_audit_button")

        self.audit_buttons.addWidget(self.refresh_audit_button)


        self.audit_tab_layout.addLayout(self.audit_buttons)

        self.settings_tabs.addTab(self.audit_tab, "")

        self.settings_layout.addWidget(self.settings_tabs)

#if QT_CONFIG(shortcut)
        self.station_name_label.setBuddy(self.station_name_edit)
        self.station_code_label.setBuddy(self.station_code_edit)
        self.province_label.setBuddy(self.province_combo)
        self.city_label.setBuddy(self.city_edit)
        self.contact_person_label.setBuddy(self.contact_person_edit)
        self.station_phone_label.setBuddy(self.station_phone_edit)
        self.qq_label.setBuddy(self.qq_edit)
        self.carriers_label.setBuddy(self.carriers_list)
        self.new_job_number_label.setBuddy(self.new_job_number_edit)
        self.new_name_label.setBuddy(self.new_name_edit)
        self.new_role_label.setBuddy(self.new_role_combo)
        self.new_password_label.setBuddy(self.new_password_edit)
        self.courier_name_label.setBuddy(self.courier_name_edit)
        self.courier_phone_label.setBuddy(self.courier_phone_edit)
        self.courier_kind_label.setBuddy(self.courier_kind_combo)
        self.courier_area_label.setBuddy(self.courier_area_edit)
        self.early_start_label.setBuddy(self.early_start_edit)
        self.early_end_label.setBuddy(self.early_end_edit)
        self.late_start_label.setBuddy(self.late_start_edit)
        self.late_end_label.setBuddy(self.late_end_edit)
        self.misroute_due_day_label.setBuddy(self.misroute_due_day_spin)
        self.misroute_remind_label.setBuddy(self.misroute_remind_spin)
        self.receipt_deadline_label.setBuddy(self.receipt_deadline_edit)
        self.receipt_keep_label.setBuddy(self.receipt_keep_spin)
        self.serial_port_label.setBuddy(self.serial_port_combo)
        self.serial_baud_label.setBuddy(self.serial_baud_combo)
        self.serial_data_bits_label.setBuddy(self.serial_data_bits_combo)
        self.serial_parity_label.setBuddy(self.serial_parity_combo)
        self.serial_stop_bits_label.setBuddy(self.serial_stop_bits_combo)
        self.serial_terminator_label.setBuddy(self.serial_terminator_combo)
        self.serial_gap_label.setBuddy(self.serial_gap_spin)
        self.serial_prefix_label.setBuddy(self.serial_prefix_edit)
        self.serial_suffix_label.setBuddy(self.serial_suffix_edit)
        self.wedge_enabled_label.setBuddy(self.wedge_enabled_check)
        self.wedge_gap_label.setBuddy(self.wedge_gap_spin)
        self.wedge_min_length_label.setBuddy(self.wedge_min_length_spin)
        self.duplicate_window_label.setBuddy(self.duplicate_window_spin)
        self.pref_language_label.setBuddy(self.language_combo)
        self.database_title_label.setBuddy(self.database_value_label)
        self.database_url_label.setBuddy(self.database_url_edit)
        self.printer_slip_label.setBuddy(self.printer_slip_combo)
        self.printer_label_label.setBuddy(self.printer_label_combo)
        self.printer_a5_label.setBuddy(self.printer_a5_combo)
        self.printer_a4_label.setBuddy(self.printer_a4_combo)
        self.audit_person_label.setBuddy(self.audit_person_combo)
        self.audit_kind_label.setBuddy(self.audit_kind_combo)
        self.audit_from_label.setBuddy(self.audit_from_edit)
        self.audit_to_label.setBuddy(self.audit_to_edit)
        self.audit_search_label.setBuddy(self.audit_search_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsWorkspace)

        QMetaObject.connectSlotsByName(SettingsWorkspace)
    # setupUi

    def retranslateUi(self, SettingsWorkspace):
        self.station_name_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Station &name", None))
        self.station_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"e.g. \u676d\u5dde\u4e94\u4ead\u9f99\u8425\u4e1a\u90e8", None))
        self.station_code_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Station &code", None))
        self.station_code_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"3\u201312 letters or digits", None))
        self.province_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Pro&vince", None))
        self.city_label.setText(QCoreApplication.translate("SettingsWorkspace", u"C&ity", None))
        self.contact_person_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Con&tact person", None))
        self.station_phone_label.setText(QCoreApplication.translate("SettingsWorkspace", u"P&hone", None))
        self.station_phone_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"mobile or 0571-88886666", None))
        self.qq_label.setText(QCoreApplication.translate("SettingsWorkspace", u"&QQ", None))
        self.qq_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"digits only", None))
        self.carriers_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Own ca&rrier(s)", None))
        self.save_station_button.setText(QCoreApplication.translate("SettingsWorkspace", u"&Save station profile", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.station_tab), QCoreApplication.translate("SettingsWorkspace", u"Station", None))
        self.change_role_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Give selected the role chosen below", None))
        self.toggle_staff_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Deactivate / reactivate selected", None))
        self.reset_password_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Set selected's password to the one typed below", None))
        self.new_job_number_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Job number (\u5de5\u53f7)", None))
        self.new_name_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Name", None))
        self.new_role_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Role", None))
        self.new_password_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Password", None))
        self.new_password_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"at least 6 characters", None))
        self.add_staff_button.setText(QCoreApplication.translate("SettingsWorkspace", u"&Add staff member", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.staff_tab), QCoreApplication.translate("SettingsWorkspace", u"Staff", None))
        self.change_area_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Move selected to the area chosen below", None))
        self.toggle_courier_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Deactivate / reactivate selected", None))
        self.show_inactive_check.setText(QCoreApplication.translate("SettingsWorkspace", u"Show inactive", None))
        self.courier_name_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Name", None))
        self.courier_phone_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Phone", None))
        self.courier_kind_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Kind", None))
        self.courier_area_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Area served", None))
        self.courier_area_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"e.g. \u897f\u6e56\u533a\u6587\u4e09\u8def\u7247\u533a", None))
        self.add_courier_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Add &courier or driver", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.couriers_tab), QCoreApplication.translate("SettingsWorkspace", u"Couriers and drivers", None))
        self.shifts_hint_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Shift times are shared by every PC of the station (WH-1).", None))
        self.early_start_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Early shift starts", None))
        self.early_end_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Early shift ends", None))
        self.late_start_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Late shift starts", None))
        self.late_end_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Late shift ends", None))
        self.save_shifts_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Save &shifts", None))
        self.deadlines_hint_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Deadlines shared by every PC: the misroute report (MR-5) and the signed receipts (RE-1, RE-8).", None))
        self.misroute_due_day_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Misroute report due on day", None))
        self.misroute_remind_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Remind this many days before", None))
        self.receipt_deadline_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Receipts entered by (next day)", None))
        self.receipt_keep_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Keep receipts for (days)", None))
        self.save_deadlines_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Save &deadlines", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.shifts_tab), QCoreApplication.translate("SettingsWorkspace", u"Shifts and deadlines", None))
        self.serial_heading_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Serial scanners (RS-232 / USB COM)", None))
        self.serial_port_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Port", None))
        self.serial_baud_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Baud rate", None))
        self.serial_data_bits_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Data bits", None))
        self.serial_parity_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Parity", None))
        self.serial_stop_bits_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Stop bits", None))
        self.serial_terminator_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Code ends with", None))
        self.serial_gap_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Silence ends a code after", None))
        self.serial_gap_spin.setSuffix(QCoreApplication.translate("SettingsWorkspace", u" ms", None))
        self.serial_prefix_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Strip prefix", None))
        self.serial_prefix_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"characters the scanner adds in front", None))
        self.serial_suffix_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Strip suffix", None))
        self.serial_suffix_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"characters the scanner adds at the end", None))
        self.refresh_ports_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Find ports", None))
        self.remove_serial_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Remove selected", None))
        self.add_serial_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Add serial scanner", None))
        self.wedge_enabled_label.setText(QCoreApplication.translate("SettingsWorkspace", u"USB keyboard scanner", None))
        self.wedge_enabled_check.setText(QCoreApplication.translate("SettingsWorkspace", u"Detect scanner bursts in typed keys", None))
        self.wedge_gap_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Largest gap between scanner keys", None))
        self.wedge_gap_spin.setSuffix(QCoreApplication.translate("SettingsWorkspace", u" ms", None))
        self.wedge_min_length_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Shortest code", None))
        self.duplicate_window_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Same code again within", None))
        self.duplicate_window_spin.setSuffix(QCoreApplication.translate("SettingsWorkspace", u" s", None))
        self.save_scanners_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Save and apply scanner settings", None))
        self.scan_counts_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Reads per scanner", None))
        self.scan_test_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Test area: scan here to see raw input, key timings and the result", None))
        self.clear_test_log_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Clear", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.scanners_tab), QCoreApplication.translate("SettingsWorkspace", u"Scanners", None))
        self.pref_language_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Language", None))
        self.database_title_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Database in use", None))
        self.database_url_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Database for this PC", None))
        self.database_url_edit.setPlaceholderText(QCoreApplication.translate("SettingsWorkspace", u"empty: this PC's own SQLite file; or postgresql+psycopg://user:password@server/db", None))
        self.restart_hint_label.setText(QCoreApplication.translate("SettingsWorkspace", u"A changed database takes effect at the next start.", None))
        self.printers_group.setTitle(QCoreApplication.translate("SettingsWorkspace", u"Printers of this PC", None))
        self.printer_slip_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Counter slip (100\u00d7150 mm)", None))
        self.printer_slip_direct_check.setText(QCoreApplication.translate("SettingsWorkspace", u"Print at once (no dialog)", None))
        self.printer_label_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Pickup label", None))
        self.printer_label_direct_check.setText(QCoreApplication.translate("SettingsWorkspace", u"Print at once (no dialog)", None))
        self.printer_a5_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Batch cover and COD list (A5)", None))
        self.printer_a5_direct_check.setText(QCoreApplication.translate("SettingsWorkspace", u"Print at once (no dialog)", None))
        self.printer_a4_label.setText(QCoreApplication.translate("SettingsWorkspace", u"Forms and reports (A4)", None))
        self.printer_a4_direct_check.setText(QCoreApplication.translate("SettingsWorkspace", u"Print at once (no dialog)", None))
        self.backup_button.setText(QCoreApplication.translate("SettingsWorkspace", u"&Back up the database now", None))
        self.save_preferences_button.setText(QCoreApplication.translate("SettingsWorkspace", u"Save &preferences", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.preferences_tab), QCoreApplication.translate("SettingsWorkspace", u"This PC", None))
        self.audit_person_label.setText(QCoreApplication.translate("SettingsWorkspace", u"&Person", None))
        self.audit_kind_label.setText(QCoreApplication.translate("SettingsWorkspace", u"&Kind", None))
        self.audit_from_label.setText(QCoreApplication.translate("SettingsWorkspace", u"&From", None))
        self.audit_to_label.setText(QCoreApplication.translate("SettingsWorkspace", u"&To", None))
        self.audit_search_label.setText(QCoreApplication.translate("SettingsWorkspace", u"&Waybill or record", None))
        self.refresh_audit_button.setText(QCoreApplication.translate("SettingsWorkspace", u"&Refresh", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.audit_tab), QCoreApplication.translate("SettingsWorkspace", u"Audit log", None))
        pass
    # retranslateUi

