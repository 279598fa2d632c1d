# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WarehouseSettingsPage(object):
    def setupUi(self, WarehouseSettingsPage):
        if not WarehouseSettingsPage.objectName():
            WarehouseSettingsPage.setObjectName(u"WarehouseSettingsPage")
        WarehouseSettingsPage.resize(1200, 700)
        self.settings_layout = QVBoxLayout(WarehouseSettingsPage)
        self.settings_layout.setObjectName(u"settings_layout")
        self.note_label = QLabel(WarehouseSettingsPage)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setText(u"")
        self.note_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.note_label.setFont(font)

        self.settings_layout.addWidget(self.note_label)

        self.settings_body = QWidget(WarehouseSettingsPage)
        self.settings_body.setObjectName(u"settings_body")
        self.body_layout = QHBoxLayout(self.settings_body)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.locations_group = QGroupBox(self.settings_body)
        self.locations_group.setObjectName(u"locations_group")
        self.locations_layout = QVBoxLayout(self.locations_group)
        self.locations_layout.setObjectName(u"locations_layout")
        self.locations_table = QTableWidget(self.locations_group)
        self.locations_table.setObjectName(u"locations_table")
        self.locations_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.locations_table.setAlternatingRowColors(True)
        self.locations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.locations_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.locations_table.verticalHeader().setVisible(False)

        self.locations_layout.addWidget(self.locations_table)

        self.location_form_layout = QGridLayout()
        self.location_form_layout.setObjectName(u"location_form_layout")
        self.code_label = QLabel(self.locations_group)
        self.code_label.setObjectName(u"code_label")

        self.location_form_layout.addWidget(self.code_label, 0, 0, 1, 1)

        self.code_edit = QLineEdit(self.locations_group)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(8)

        self.location_form_layout.addWidget(self.code_edit, 0, 1, 1, 1)

        self.kind_label = QLabel(self.locations_group)
        self.kind_label.setObjectName(u"kind_label")

        self.location_form_layout.addWidget(self.kind_label, 0, 2, 1, 1)

        self.kind_combo = QComboBox(self.locations_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.location_form_layout.addWidget(self.kind_combo, 0, 3, 1, 1)

        self.capacity_label = QLabel(self.locations_group)
        self.capacity_label.setObjectName(u"capacity_label")

        self.location_form_layout.addWidget(self.capacity_label, 1, 0, 1, 1)

        self.capacity_spin = QSpinBox(self.locations_group)
        self.capacity_spin.setObjectName(u"capacity_spin")
        self.capacity_spin.setMinimum(1)
        self.capacity_spin.setMaximum(10000)
        self.capacity_spin.setValue(100)

        self.location_form_layout.addWidget(self.capacity_spin, 1, 1, 1, 1)

        self.layers_label = QLabel(self.locations_group)
        self.layers_label.setObjectName(u"layers_label")

        self.location_form_layout.addWidget(self.layers_label, 1, 2, 1, 1)

        self.layers_spin = QSpinBox(self.locations_group)
        self.layers_spin.setObjectName(u"layers_spin")
        self.layers_spin.setMinimum(1)
        self.layers_spin.setMaximum(20)

        self.location_form_layout.addWidget(self.layers_spin, 1, 3, 1, 1)

        self.active_check = QCheckBox(self.locations_group)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.location_form_layout.addWidget(self.active_check, 2, 0, 1, 2)

        self.new_location_button = QPushButton(self.locations_group)
        self.new_location_button.setObjectName(u"new_location_button")

        self.location_form_layout.addWidget(self.new_location_button, 2, 2, 1, 1)

        self.save_location_button = QPushButton(self.locations_group)
        self.save_location_button.setObjectName(u"save_location_button")

        self.location_form_layout.addWidget(self.save_location_button, 2, 3, 1, 1)

        self.location_form_layout.setColumnStretch(1, 1)
        self.location_form_layout.setColumnStretch(3, 1)

        self.locations_layout.addLayout(self.location_form_layout)


        self.body_layout.addWidget(self.locations_group)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.deadlines_group = QGroupBox(self.settings_body)
        self.deadlines_group.setObjectName(u"deadlines_group")
        self.deadlines_layout = QGridLayout(self.deadlines_group)
        self.deadlines_layout.setObjectName(u"deadlines_layout")
        self.self_pickup_label = QLabel(self.deadlines_group)
        self.self_pickup_label.setObjectName(u"self_pickup_label")
        self.self_pickup_label.setWordWrap(True)

        self.deadlines_layout.addWidget(self.self_pickup_label, 0, 0, 1, 1)

        self.self_pickup_spin = QSpinBox(self.deadlines_group)
        self.self_pickup_spin.setObjectName(u"self_pickup_spin")
        self.self_pickup_spin.setMinimum(1)
        self.self_pickup_spin.setMaximum(60)

        self.deadlines_layout.addWidget(self.self_pickup_spin, 0, 1, 1, 1)

        self.notified_label = QLabel(self.deadlines_group)
        self.notified_label.setObjectName(u"notified_label")
        self.notified_label.setWordWrap(True)

        self.deadlines_layout.addWidget(self.notified_label, 1, 0, 1, 1)

        self.notified_spin = QSpinBox(self.deadlines_group)
        self.notified_spin.setObjectName(u"notified_spin")
        self.notified_spin.setMinimum(1)
        self.notified_spin.setMaximum(60)

        self.deadlines_layout.addWidget(self.notified_spin, 1, 1, 1, 1)

        self.origin_label = QLabel(self.deadlines_group)
        self.origin_label.setObjectName(u"origin_label")
        self.origin_label.setWordWrap(True)

        self.deadlines_layout.addWidget(self.origin_label, 2, 0, 1, 1)

        self.origin_spin = QSpinBox(self.deadlines_group)
        self.origin_spin.setObjectName(u"origin_spin")
        self.origin_spin.setMinimum(1)
        self.origin_spin.setMaximum(60)

        self.deadlines_layout.addWidget(self.origin_spin, 2, 1, 1, 1)

        self.save_deadlines_button = QPushButton(self.deadlines_group)
        self.save_deadlines_button.setObjectName(u"save_deadlines_button")

        self.deadlines_layout.addWidget(self.save_deadlines_button, 3, 1, 1, 1)

        self.deadlines_layout.setColumnStretch(0, 1)

        self.right_layout.addWidget(self.deadlines_group)

        self.tariff_group = QGroupBox(self.settings_body)
        self.tariff_group.setObjectName(u"tariff_group")
        self.tariff_layout = QVBoxLayout(self.tariff_group)
        self.tariff_layout.setObjectName(u"tariff_layout")
        self.tariff_help_label = QLabel(self.tariff_group)
        self.tariff_help_label.setObjectName(u"tariff_help_label")
        self.tariff_help_label.setWordWrap(True)

        self.tariff_layout.addWidget(self.tariff_help_label)

        self.tariff_table = QTableWidget(self.tariff_group)
        self.tariff_table.setObjectName(u"tariff_table")
        self.tariff_table.setAlternatingRowColors(True)
        self.tariff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tariff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tariff_table.verticalHeader().setVisible(False)

        self.tariff_layout.addWidget(self.tariff_table)

        self.tariff_bar_layout = QHBoxLayout()
        self.tariff_bar_layout.setObjectName(u"tariff_bar_layout")
        self.add_tariff_row_button = QPushButton(self.tariff_group)
        self.add_tariff_row_button.setObjectName(u"add_tariff_row_button")

        self.tariff_bar_layout.addWidget(self.add_tariff_row_button)

        self.remove_tariff_row_button = QPushButton(self.tariff_group)
        self.remove_tariff_row_button.setObjectName(u"remove_tariff_row_button")

        self.tariff_bar_layout.addWidget(self.remove_tariff_row_button)

        self.tariff_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tariff_bar_layout.addItem(self.tariff_bar_spacer)

        self.save_tariff_button = QPushButton(self.tariff_group)
        self.save_tariff_button.setObjectName(u"save_tariff_button")

        self.tariff_bar_layout.addWidget(self.save_tariff_button)


        self.tariff_layout.addLayout(self.tariff_bar_layout)


        self.right_layout.addWidget(self.tariff_group)

        self.right_layout.setStretch(1, 1)

        self.body_layout.addLayout(self.right_layout)

        self.body_layout.setStretch(0, 1)
        self.body_layout.setStretch(1, 1)

        self.settings_layout.addWidget(self.settings_body)

        self.message_label = QLabel(WarehouseSettingsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.settings_layout.addWidget(self.message_label)

        self.settings_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.capacity_label.setBuddy(self.capacity_spin)
        self.layers_label.setBuddy(self.layers_spin)
        self.self_pickup_label.setBuddy(self.self_pickup_spin)
        self.notified_label.setBuddy(self.notified_spin)
        self.origin_label.setBuddy(self.origin_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WarehouseSettingsPage)

        QMetaObject.connectSlotsByName(WarehouseSettingsPage)
    # setupUi

    def retranslateUi(self, WarehouseSettingsPage):
        self.locations_group.setTitle(QCoreApplication.translate("WarehouseSettingsPage", u"Locations", None))
        self.code_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"&Code", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("WarehouseSettingsPage", u"e.g. A, B2, D", None))
        self.kind_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"&Kind", None))
        self.capacity_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Ca&pacity", None))
        self.layers_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"&Layers", None))
        self.active_check.setText(QCoreApplication.translate("WarehouseSettingsPage", u"In &use", None))
        self.new_location_button.setText(QCoreApplication.translate("WarehouseSettingsPage", u"&New", None))
        self.save_location_button.setText(QCoreApplication.translate("WarehouseSettingsPage", u"&Save location", None))
        self.deadlines_group.setTitle(QCoreApplication.translate("WarehouseSettingsPage", u"Deadlines of retained parcels (days)", None))
        self.self_pickup_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Self-pickup not collected: message the origin and return after", None))
        self.notified_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Customer notified, not collecting: message the origin after", None))
        self.origin_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Origin company has not replied: return directly after", None))
        self.save_deadlines_button.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Save &deadlines", None))
        self.tariff_group.setTitle(QCoreApplication.translate("WarehouseSettingsPage", u"Return fee for air parcels", None))
        self.tariff_help_label.setText(QCoreApplication.translate("WarehouseSettingsPage", u"One row per group of provinces, separated by \u3001. Free weight: kg, or \u5168\u514d for always free. The row without provinces applies to every other province.", None))
        self.add_tariff_row_button.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Add ro&w", None))
        self.remove_tariff_row_button.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Remo&ve row", None))
        self.save_tariff_button.setText(QCoreApplication.translate("WarehouseSettingsPage", u"Save &tariff", None))
        pass
    # retranslateUi

