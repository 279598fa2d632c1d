# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox,
    QTimeEdit, QWidget)

class Ui_NotifySettingsPage(object):
    def setupUi(self, NotifySettingsPage):
        if not NotifySettingsPage.objectName():
            NotifySettingsPage.setObjectName(u"NotifySettingsPage")
        NotifySettingsPage.resize(1200, 640)
        self.notify_settings_layout = QHBoxLayout(NotifySettingsPage)
        self.notify_settings_layout.setObjectName(u"notify_settings_layout")
        self.templates_group = QGroupBox(NotifySettingsPage)
        self.templates_group.setObjectName(u"templates_group")
        self.templates_form = QFormLayout(self.templates_group)
        self.templates_form.setObjectName(u"templates_form")
        self.template_kind_label = QLabel(self.templates_group)
        self.template_kind_label.setObjectName(u"template_kind_label")

        self.templates_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_kind_label)

        self.template_kind_combo = QComboBox(self.templates_group)
        self.template_kind_combo.setObjectName(u"template_kind_combo")

        self.templates_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_kind_combo)

        self.template_text_label = QLabel(self.templates_group)
        self.template_text_label.setObjectName(u"template_text_label")

        self.templates_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.template_text_label)

        self.template_edit = QPlainTextEdit(self.templates_group)
        self.template_edit.setObjectName(u"template_edit")
        self.template_edit.setMaximumSize(QSize(16777215, 90))

        self.templates_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.template_edit)

        self.template_length_title_label = QLabel(self.templates_group)
        self.template_length_title_label.setObjectName(u"template_length_title_label")

        self.templates_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.template_length_title_label)

        self.template_length_label = QLabel(self.templates_group)
        self.template_length_label.setObjectName(u"template_length_label")
        self.template_length_label.setWordWrap(True)

        self.templates_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.template_length_label)

        self.station_address_label = QLabel(self.templates_group)
        self.station_address_label.setObjectName(u"station_address_label")

        self.templates_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.station_address_label)

        self.station_address_edit = QLineEdit(self.templates_group)
        self.station_address_edit.setObjectName(u"station_address_edit")
        self.station_address_edit.setMaxLength(100)

        self.templates_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.station_address_edit)

        self.opening_hours_label = QLabel(self.templates_group)
        self.opening_hours_label.setObjectName(u"opening_hours_label")

        self.templates_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opening_hours_label)

        self.opening_hours_edit = QLineEdit(self.templates_group)
        self.opening_hours_edit.setObjectName(u"opening_hours_edit")
        self.opening_hours_edit.setMaxLength(40)

        self.templates_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opening_hours_edit)

        self.template_signature_label = QLabel(self.templates_group)
        self.template_signature_label.setObjectName(u"template_signature_label")

        self.templates_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.template_signature_label)

        self.template_signature_edit = QLineEdit(self.templates_group)
        self.template_signature_edit.setObjectName(u"template_signature_edit")
        self.template_signature_edit.setMaxLength(20)

        self.templates_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.template_signature_edit)

        self.preview_waybill_label = QLabel(self.templates_group)
        self.preview_waybill_label.setObjectName(u"preview_waybill_label")

        self.templates_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.preview_waybill_label)

        self.preview_waybill_edit = QLineEdit(self.templates_group)
        self.preview_waybill_edit.setObjectName(u"preview_waybill_edit")
        self.preview_waybill_edit.setMaxLength(40)

        self.templates_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.preview_waybill_edit)

        self.template_preview_label = QLabel(self.templates_group)
        self.template_preview_label.setObjectName(u"template_preview_label")
        self.template_preview_label.setWordWrap(True)

        self.templates_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.template_preview_label)

        self.save_templates_button = QPushButton(self.templates_group)
        self.save_templates_button.setObjectName(u"save_templates_button")

        self.templates_form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.save_templates_button)


        self.notify_settings_layout.addWidget(self.templates_group)

        self.provider_group = QGroupBox(NotifySettingsPage)
        self.provider_group.setObjectName(u"provider_group")
        self.provider_form = QFormLayout(self.provider_group)
        self.provider_form.setObjectName(u"provider_form")
        self.provider_label = QLabel(self.provider_group)
        self.provider_label.setObjectName(u"provider_label")

        self.provider_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_combo = QComboBox(self.provider_group)
        self.provider_combo.setObjectName(u"provider_combo")

        self.provider_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provider_combo)

        self.sign_name_label = QLabel(self.provider_group)
        self.sign_name_label.setObjectName(u"sign_name_label")

        self.provider_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sign_name_label)

        self.sign_name_edit = QLineEdit(self.provider_group)
        self.sign_name_edit.setObjectName(u"sign_name_edit")
        self.sign_name_edit.setMaxLength(40)

        self.provider_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sign_name_edit)

        self.endpoint_label = QLabel(self.provider_group)
        self.endpoint_label.setObjectName(u"endpoint_label")

        self.provider_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endpoint_label)

        self.endpoint_edit = QLineEdit(self.provider_group)
        self.endpoint_edit.setObjectName(u"endpoint_edit")
        self.endpoint_edit.setMaxLength(200)

        self.provider_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endpoint_edit)

        self.daily_cap_label = QLabel(self.provider_group)
        self.daily_cap_label.setObjectName(u"daily_cap_label")

        self.provider_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.daily_cap_label)

        self.daily_cap_spin = QSpinBox(self.provider_group)
        self.daily_cap_spin.setObjectName(u"daily_cap_spin")
        self.daily_cap_spin.setMinimum(1)
        self.daily_cap_spin.setMaximum(100)

        self.provider_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.daily_cap_spin)

        self.reminders_at_label = QLabel(self.provider_group)
        self.reminders_at_label.setObjectName(u"reminders_at_label")

        self.provider_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reminders_at_label)

        self.reminders_at_edit = QTimeEdit(self.provider_group)
        self.reminders_at_edit.setObjectName(u"reminders_at_edit")
        self.reminders_at_edit.setDisplayFormat(u"HH:mm")

        self.provider_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reminders_at_edit)

        self.key_id_label = QLabel(self.provider_group)
        self.key_id_label.setObjectName(u"key_id_label")

        self.provider_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.key_id_label)

        self.key_id_edit = QLineEdit(self.provider_group)
        self.key_id_edit.setObjectName(u"key_id_edit")
        self.key_id_edit.setMaxLength(64)

        self.provider_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.key_id_edit)

        self.secret_label = QLabel(self.provider_group)
        self.secret_label.setObjectName(u"secret_label")

        self.provider_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_edit = QLineEdit(self.provider_group)
        self.secret_edit.setObjectName(u"secret_edit")
        self.secret_edit.setMaxLength(128)
        self.secret_edit.setEchoMode(QLineEdit.Password)

        self.provider_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.secret_edit)

        self.code_arrived_label = QLabel(self.provider_group)
        self.code_arrived_label.setObjectName(u"code_arrived_label")

        self.provider_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.code_arrived_label)

        self.code_arrived_edit = QLineEdit(self.provider_group)
        self.code_arrived_edit.setObjectName(u"code_arrived_edit")
        self.code_arrived_edit.setMaxLength(40)

        self.provider_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.code_arrived_edit)

        self.code_reminder_label = QLabel(self.provider_group)
        self.code_reminder_label.setObjectName(u"code_reminder_label")

        self.provider_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.code_reminder_label)

        self.code_reminder_edit = QLineEdit(self.provider_group)
        self.code_reminder_edit.setObjectName(u"code_reminder_edit")
        self.code_reminder_edit.setMaxLength(40)

        self.provider_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.code_reminder_edit)

        self.code_last_day_label = QLabel(self.provider_group)
        self.code_last_day_label.setObjectName(u"code_last_day_label")

        self.provider_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.code_last_day_label)

        self.code_last_day_edit = QLineEdit(self.provider_group)
        self.code_last_day_edit.setObjectName(u"code_last_day_edit")
        self.code_last_day_edit.setMaxLength(40)

        self.provider_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.code_last_day_edit)

        self.code_problem_label = QLabel(self.provider_group)
        self.code_problem_label.setObjectName(u"code_problem_label")

        self.provider_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.code_problem_label)

        self.code_problem_edit = QLineEdit(self.provider_group)
        self.code_problem_edit.setObjectName(u"code_problem_edit")
        self.code_problem_edit.setMaxLength(40)

        self.provider_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.code_problem_edit)

        self.code_pickup_order_label = QLabel(self.provider_group)
        self.code_pickup_order_label.setObjectName(u"code_pickup_order_label")

        self.provider_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.code_pickup_order_label)

        self.code_pickup_order_edit = QLineEdit(self.provider_group)
        self.code_pickup_order_edit.setObjectName(u"code_pickup_order_edit")
        self.code_pickup_order_edit.setMaxLength(40)

        self.provider_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.code_pickup_order_edit)

        self.arrival_check = QCheckBox(self.provider_group)
        self.arrival_check.setObjectName(u"arrival_check")

        self.provider_form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.arrival_check)

        self.key_where_label = QLabel(self.provider_group)
        self.key_where_label.setObjectName(u"key_where_label")
        self.key_where_label.setWordWrap(True)

        self.provider_form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.key_where_label)

        self.save_provider_button = QPushButton(self.provider_group)
        self.save_provider_button.setObjectName(u"save_provider_button")

        self.provider_form.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.save_provider_button)

        self.test_row = QHBoxLayout()
        self.test_row.setObjectName(u"test_row")
        self.test_phone_edit = QLineEdit(self.provider_group)
        self.test_phone_edit.setObjectName(u"test_phone_edit")
        self.test_phone_edit.setMaxLength(20)

        self.test_row.addWidget(self.test_phone_edit)

        self.test_send_button = QPushButton(self.provider_group)
        self.test_send_button.setObjectName(u"test_send_button")

        self.test_row.addWidget(self.test_send_button)

        self.test_row.setStretch(0, 1)

        self.provider_form.setLayout(15, QFormLayout.ItemRole.SpanningRole, self.test_row)

        self.notify_settings_message_label = QLabel(self.provider_group)
        self.notify_settings_message_label.setObjectName(u"notify_settings_message_label")
        self.notify_settings_message_label.setWordWrap(True)

        self.provider_form.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.notify_settings_message_label)


        self.notify_settings_layout.addWidget(self.provider_group)

        self.notify_settings_layout.setStretch(0, 3)
        self.notify_settings_layout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.template_kind_label.setBuddy(self.template_kind_combo)
        self.template_text_label.setBuddy(self.template_edit)
        self.station_address_label.setBuddy(self.station_address_edit)
        self.opening_hours_label.setBuddy(self.opening_hours_edit)
        self.template_signature_label.setBuddy(self.template_signature_edit)
        self.preview_waybill_label.setBuddy(self.preview_waybill_edit)
        self.provider_label.setBuddy(self.provider_combo)
        self.sign_name_label.setBuddy(self.sign_name_edit)
        self.endpoint_label.setBuddy(self.endpoint_edit)
        self.daily_cap_label.setBuddy(self.daily_cap_spin)
        self.reminders_at_label.setBuddy(self.reminders_at_edit)
        self.key_id_label.setBuddy(self.key_id_edit)
        self.secret_label.setBuddy(self.secret_edit)
        self.code_arrived_label.setBuddy(self.code_arrived_edit)
        self.code_reminder_label.setBuddy(self.code_reminder_edit)
        self.code_last_day_label.setBuddy(self.code_last_day_edit)
        self.code_problem_label.setBuddy(self.code_problem_edit)
        self.code_pickup_order_label.setBuddy(self.code_pickup_order_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NotifySettingsPage)

        QMetaObject.connectSlotsByName(NotifySettingsPage)
    # setupUi

    def retranslateUi(self, NotifySettingsPage):
        self.templates_group.setTitle(QCoreApplication.translate("NotifySettingsPage", u"Notice templates", None))
        self.template_kind_label.setText(QCoreApplication.translate("NotifySettingsPage", u"&Notice", None))
        self.template_text_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Te&xt", None))
#if QT_CONFIG(tooltip)
        self.template_edit.setToolTip(QCoreApplication.translate("NotifySettingsPage", u"Fields: {station} {address} {hours} {code} {waybill} {due} {phone}", None))
#endif // QT_CONFIG(tooltip)
        self.template_length_title_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Length", None))
        self.station_address_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Station &address", None))
        self.opening_hours_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Opening &hours", None))
        self.template_signature_label.setText(QCoreApplication.translate("NotifySettingsPage", u"SMS &signature", None))
        self.preview_waybill_label.setText(QCoreApplication.translate("NotifySettingsPage", u"&Preview with parcel", None))
        self.preview_waybill_edit.setPlaceholderText(QCoreApplication.translate("NotifySettingsPage", u"Waybill (empty: the newest parcel in stock)", None))
        self.save_templates_button.setText(QCoreApplication.translate("NotifySettingsPage", u"Save te&mplates", None))
        self.provider_group.setTitle(QCoreApplication.translate("NotifySettingsPage", u"SMS provider", None))
        self.provider_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Pro&vider", None))
        self.sign_name_label.setText(QCoreApplication.translate("NotifySettingsPage", u"SMS si&gnature", None))
        self.endpoint_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Endpoint (empty: public)", None))
        self.daily_cap_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Daily cap per phone", None))
        self.reminders_at_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Reminders from", None))
        self.key_id_label.setText(QCoreApplication.translate("NotifySettingsPage", u"AccessKey &ID", None))
        self.secret_label.setText(QCoreApplication.translate("NotifySettingsPage", u"AccessKey secre&t", None))
        self.secret_edit.setPlaceholderText(QCoreApplication.translate("NotifySettingsPage", u"unchanged when empty", None))
        self.code_arrived_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Template code: arrived", None))
        self.code_reminder_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Template code: reminder", None))
        self.code_last_day_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Template code: last day", None))
        self.code_problem_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Template code: problem", None))
        self.code_pickup_order_label.setText(QCoreApplication.translate("NotifySettingsPage", u"Template code: pickup order", None))
        self.arrival_check.setText(QCoreApplication.translate("NotifySettingsPage", u"Send the arrival notice at scan-in (parcels kept for collection)", None))
        self.save_provider_button.setText(QCoreApplication.translate("NotifySettingsPage", u"Save p&rovider", None))
        self.test_phone_edit.setPlaceholderText(QCoreApplication.translate("NotifySettingsPage", u"Phone for a test SMS", None))
        self.test_send_button.setText(QCoreApplication.translate("NotifySettingsPage", u"Send t&est", None))
        pass
    # retranslateUi

