# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DataSafetyPage(object):
    def setupUi(self, DataSafetyPage):
        if not DataSafetyPage.objectName():
            DataSafetyPage.setObjectName(u"DataSafetyPage")
        DataSafetyPage.resize(1200, 600)
        self.data_safety_layout = QHBoxLayout(DataSafetyPage)
        self.data_safety_layout.setObjectName(u"data_safety_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.backup_group = QGroupBox(DataSafetyPage)
        self.backup_group.setObjectName(u"backup_group")
        self.backup_layout = QVBoxLayout(self.backup_group)
        self.backup_layout.setObjectName(u"backup_layout")
        self.backup_status_label = QLabel(self.backup_group)
        self.backup_status_label.setObjectName(u"backup_status_label")
        self.backup_status_label.setText(u"")
        self.backup_status_label.setWordWrap(True)

        self.backup_layout.addWidget(self.backup_status_label)

        self.backups_table = QTableWidget(self.backup_group)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setAlternatingRowColors(True)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_table.verticalHeader().setVisible(False)

        self.backup_layout.addWidget(self.backups_table)

        self.backup_form = QFormLayout()
        self.backup_form.setObjectName(u"backup_form")
        self.daily_backup_check = QCheckBox(self.backup_group)
        self.daily_backup_check.setObjectName(u"daily_backup_check")

        self.backup_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.daily_backup_check)

        self.keep_days_label = QLabel(self.backup_group)
        self.keep_days_label.setObjectName(u"keep_days_label")

        self.backup_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keep_days_label)

        self.keep_days_spin = QSpinBox(self.backup_group)
        self.keep_days_spin.setObjectName(u"keep_days_spin")
        self.keep_days_spin.setMinimum(1)
        self.keep_days_spin.setMaximum(3650)
        self.keep_days_spin.setValue(14)

        self.backup_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keep_days_spin)

        self.keep_count_label = QLabel(self.backup_group)
        self.keep_count_label.setObjectName(u"keep_count_label")

        self.backup_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keep_count_label)

        self.keep_count_spin = QSpinBox(self.backup_group)
        self.keep_count_spin.setObjectName(u"keep_count_spin")
        self.keep_count_spin.setMinimum(1)
        self.keep_count_spin.setMaximum(100)
        self.keep_count_spin.setValue(7)

        self.backup_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keep_count_spin)

        self.second_place_label = QLabel(self.backup_group)
        self.second_place_label.setObjectName(u"second_place_label")

        self.backup_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.second_place_label)

        self.second_place_layout = QHBoxLayout()
        self.second_place_layout.setObjectName(u"second_place_layout")
        self.second_place_edit = QLineEdit(self.backup_group)
        self.second_place_edit.setObjectName(u"second_place_edit")

        self.second_place_layout.addWidget(self.second_place_edit)

        self.second_place_button = QPushButton(self.backup_group)
        self.second_place_button.setObjectName(u"second_place_button")

        self.second_place_layout.addWidget(self.second_place_button)


        self.backup_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.second_place_layout)


        self.backup_layout.addLayout(self.backup_form)

        self.backup_buttons_layout = QHBoxLayout()
        self.backup_buttons_layout.setObjectName(u"backup_buttons_layout")
        self.backup_now_button = QPushButton(self.backup_group)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.backup_buttons_layout.addWidget(self.backup_now_button)

        self.save_backup_settings_button = QPushButton(self.backup_group)
        self.save_backup_settings_button.setObjectName(u"save_backup_settings_button")

        self.backup_buttons_layout.addWidget(self.save_backup_settings_button)

        self.restore_button = QPushButton(self.backup_group)
        self.restore_button.setObjectName(u"restore_button")

        self.backup_buttons_layout.addWidget(self.restore_button)


        self.backup_layout.addLayout(self.backup_buttons_layout)

        self.backup_message_label = QLabel(self.backup_group)
        self.backup_message_label.setObjectName(u"backup_message_label")
        self.backup_message_label.setText(u"")
        self.backup_message_label.setWordWrap(True)

        self.backup_layout.addWidget(self.backup_message_label)

        self.backup_layout.setStretch(1, 1)

        self.left_layout.addWidget(self.backup_group)

        self.sizes_group = QGroupBox(DataSafetyPage)
        self.sizes_group.setObjectName(u"sizes_group")
        self.sizes_group_layout = QHBoxLayout(self.sizes_group)
        self.sizes_group_layout.setObjectName(u"sizes_group_layout")
        self.sizes_label = QLabel(self.sizes_group)
        self.sizes_label.setObjectName(u"sizes_label")
        self.sizes_label.setText(u"")
        self.sizes_label.setWordWrap(True)

        self.sizes_group_layout.addWidget(self.sizes_label)

        self.measure_sizes_button = QPushButton(self.sizes_group)
        self.measure_sizes_button.setObjectName(u"measure_sizes_button")

        self.sizes_group_layout.addWidget(self.measure_sizes_button)

        self.sizes_group_layout.setStretch(0, 1)

        self.left_layout.addWidget(self.sizes_group)

        self.left_layout.setStretch(0, 1)

        self.data_safety_layout.addLayout(self.left_layout)

        self.retention_group = QGroupBox(DataSafetyPage)
        self.retention_group.setObjectName(u"retention_group")
        self.retention_layout = QVBoxLayout(self.retention_group)
        self.retention_layout.setObjectName(u"retention_layout")
        self.retention_intro_label = QLabel(self.retention_group)
        self.retention_intro_label.setObjectName(u"retention_intro_label")
        self.retention_intro_label.setWordWrap(True)

        self.retention_layout.addWidget(self.retention_intro_label)

        self.retention_form = QFormLayout()
        self.retention_form.setObjectName(u"retention_form")
        self.counter_days_label = QLabel(self.retention_group)
        self.counter_days_label.setObjectName(u"counter_days_label")

        self.retention_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.counter_days_label)

        self.counter_days_spin = QSpinBox(self.retention_group)
        self.counter_days_spin.setObjectName(u"counter_days_spin")
        self.counter_days_spin.setMinimum(365)
        self.counter_days_spin.setMaximum(3650)
        self.counter_days_spin.setValue(365)

        self.retention_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.counter_days_spin)

        self.warehouse_days_label = QLabel(self.retention_group)
        self.warehouse_days_label.setObjectName(u"warehouse_days_label")

        self.retention_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.warehouse_days_label)

        self.warehouse_days_spin = QSpinBox(self.retention_group)
        self.warehouse_days_spin.setObjectName(u"warehouse_days_spin")
        self.warehouse_days_spin.setMinimum(30)
        self.warehouse_days_spin.setMaximum(3650)
        self.warehouse_days_spin.setValue(180)

        self.retention_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.warehouse_days_spin)

        self.journal_days_label = QLabel(self.retention_group)
        self.journal_days_label.setObjectName(u"journal_days_label")

        self.retention_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.journal_days_label)

        self.journal_days_spin = QSpinBox(self.retention_group)
        self.journal_days_spin.setObjectName(u"journal_days_spin")
        self.journal_days_spin.setMinimum(30)
        self.journal_days_spin.setMaximum(3650)
        self.journal_days_spin.setValue(400)

        self.retention_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.journal_days_spin)

        self.audit_days_label = QLabel(self.retention_group)
        self.audit_days_label.setObjectName(u"audit_days_label")

        self.retention_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.audit_days_label)

        self.audit_days_spin = QSpinBox(self.retention_group)
        self.audit_days_spin.setObjectName(u"audit_days_spin")
        self.audit_days_spin.setMinimum(365)
        self.audit_days_spin.setMaximum(36500)
        self.audit_days_spin.setValue(1825)

        self.retention_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.audit_days_spin)

        self.receipts_days_title_label = QLabel(self.retention_group)
        self.receipts_days_title_label.setObjectName(u"receipts_days_title_label")

        self.retention_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receipts_days_title_label)

        self.receipts_days_label = QLabel(self.retention_group)
        self.receipts_days_label.setObjectName(u"receipts_days_label")
        self.receipts_days_label.setText(u"")

        self.retention_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receipts_days_label)


        self.retention_layout.addLayout(self.retention_form)

        self.retention_table = QTableWidget(self.retention_group)
        self.retention_table.setObjectName(u"retention_table")
        self.retention_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.retention_table.setAlternatingRowColors(True)
        self.retention_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.retention_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.retention_table.verticalHeader().setVisible(False)

        self.retention_layout.addWidget(self.retention_table)

        self.retention_buttons_layout = QHBoxLayout()
        self.retention_buttons_layout.setObjectName(u"retention_buttons_layout")
        self.refresh_retention_button = QPushButton(self.retention_group)
        self.refresh_retention_button.setObjectName(u"refresh_retention_button")

        self.retention_buttons_layout.addWidget(self.refresh_retention_button)

        self.save_retention_button = QPushButton(self.retention_group)
        self.save_retention_button.setObjectName(u"save_retention_button")

        self.retention_buttons_layout.addWidget(self.save_retention_button)

        self.purge_button = QPushButton(self.retention_group)
        self.purge_button.setObjectName(u"purge_button")

        self.retention_buttons_layout.addWidget(self.purge_button)


        self.retention_layout.addLayout(self.retention_buttons_layout)

        self.retention_message_label = QLabel(self.retention_group)
        self.retention_message_label.setObjectName(u"retention_message_label")
        self.retention_message_label.setText(u"")
        self.retention_message_label.setWordWrap(True)

        self.retention_layout.addWidget(self.retention_message_label)

        self.retention_layout.setStretch(2, 1)

        self.data_safety_layout.addWidget(self.retention_group)

        self.data_safety_layout.setStretch(0, 1)
        self.data_safety_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.keep_days_label.setBuddy(self.keep_days_spin)
        self.keep_count_label.setBuddy(self.keep_count_spin)
        self.second_place_label.setBuddy(self.second_place_edit)
        self.counter_days_label.setBuddy(self.counter_days_spin)
        self.warehouse_days_label.setBuddy(self.warehouse_days_spin)
        self.journal_days_label.setBuddy(self.journal_days_spin)
        self.audit_days_label.setBuddy(self.audit_days_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DataSafetyPage)

        QMetaObject.connectSlotsByName(DataSafetyPage)
    # setupUi

    def retranslateUi(self, DataSafetyPage):
        self.backup_group.setTitle(QCoreApplication.translate("DataSafetyPage", u"Backups of this PC's database", None))
        self.daily_backup_check.setText(QCoreApplication.translate("DataSafetyPage", u"Take a backup every day automatically", None))
        self.keep_days_label.setText(QCoreApplication.translate("DataSafetyPage", u"Keep automatic backups (days):", None))
        self.keep_count_label.setText(QCoreApplication.translate("DataSafetyPage", u"but always the newest:", None))
        self.second_place_label.setText(QCoreApplication.translate("DataSafetyPage", u"Second copy to:", None))
        self.second_place_edit.setPlaceholderText(QCoreApplication.translate("DataSafetyPage", u"none", None))
        self.second_place_button.setText(QCoreApplication.translate("DataSafetyPage", u"Choose\u2026", None))
        self.backup_now_button.setText(QCoreApplication.translate("DataSafetyPage", u"Back up now", None))
        self.save_backup_settings_button.setText(QCoreApplication.translate("DataSafetyPage", u"Save backup settings", None))
        self.restore_button.setText(QCoreApplication.translate("DataSafetyPage", u"Restore from a backup\u2026", None))
        self.sizes_group.setTitle(QCoreApplication.translate("DataSafetyPage", u"Disk use", None))
        self.measure_sizes_button.setText(QCoreApplication.translate("DataSafetyPage", u"Measure the database", None))
        self.retention_group.setTitle(QCoreApplication.translate("DataSafetyPage", u"Personal data: how long it is kept", None))
        self.retention_intro_label.setText(QCoreApplication.translate("DataSafetyPage", u"Customers' names, phones, ID numbers and addresses are kept only as long as needed (PIPL). A purge deletes old receipts and masks older counter and warehouse records; the audit log records only the counts.", None))
        self.counter_days_label.setText(QCoreApplication.translate("DataSafetyPage", u"Counter senders' documents (days):", None))
        self.warehouse_days_label.setText(QCoreApplication.translate("DataSafetyPage", u"Warehouse recipients (days):", None))
        self.journal_days_label.setText(QCoreApplication.translate("DataSafetyPage", u"Scan journal (days):", None))
        self.audit_days_label.setText(QCoreApplication.translate("DataSafetyPage", u"Audit log (days):", None))
        self.receipts_days_title_label.setText(QCoreApplication.translate("DataSafetyPage", u"Signed receipts:", None))
        self.refresh_retention_button.setText(QCoreApplication.translate("DataSafetyPage", u"Count what is due", None))
        self.save_retention_button.setText(QCoreApplication.translate("DataSafetyPage", u"Save periods", None))
        self.purge_button.setText(QCoreApplication.translate("DataSafetyPage", u"Purge now\u2026", None))
        pass
    # retranslateUi

