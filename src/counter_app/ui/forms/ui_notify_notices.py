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
    QLineEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_NoticesPage(object):
    def setupUi(self, NoticesPage):
        if not NoticesPage.objectName():
            NoticesPage.setObjectName(u"NoticesPage")
        NoticesPage.resize(1200, 640)
        self.notices_layout = QVBoxLayout(NoticesPage)
        self.notices_layout.setObjectName(u"notices_layout")
        self.notices_top_layout = QHBoxLayout()
        self.notices_top_layout.setObjectName(u"notices_top_layout")
        self.parcel_group = QGroupBox(NoticesPage)
        self.parcel_group.setObjectName(u"parcel_group")
        self.parcel_layout = QVBoxLayout(self.parcel_group)
        self.parcel_layout.setObjectName(u"parcel_layout")
        self.waybill_row = QHBoxLayout()
        self.waybill_row.setObjectName(u"waybill_row")
        self.notice_waybill_label = QLabel(self.parcel_group)
        self.notice_waybill_label.setObjectName(u"notice_waybill_label")

        self.waybill_row.addWidget(self.notice_waybill_label)

        self.notice_waybill_edit = QLineEdit(self.parcel_group)
        self.notice_waybill_edit.setObjectName(u"notice_waybill_edit")
        self.notice_waybill_edit.setMaxLength(40)

        self.waybill_row.addWidget(self.notice_waybill_edit)

        self.waybill_row.setStretch(1, 1)

        self.parcel_layout.addLayout(self.waybill_row)

        self.parcel_label = QLabel(self.parcel_group)
        self.parcel_label.setObjectName(u"parcel_label")
        self.parcel_label.setWordWrap(True)

        self.parcel_layout.addWidget(self.parcel_label)

        self.notices_table = QTableWidget(self.parcel_group)
        self.notices_table.setObjectName(u"notices_table")
        self.notices_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.notices_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.notices_table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.parcel_layout.addWidget(self.notices_table)

        self.send_row = QHBoxLayout()
        self.send_row.setObjectName(u"send_row")
        self.notice_kind_combo = QComboBox(self.parcel_group)
        self.notice_kind_combo.setObjectName(u"notice_kind_combo")

        self.send_row.addWidget(self.notice_kind_combo)

        self.send_notice_button = QPushButton(self.parcel_group)
        self.send_notice_button.setObjectName(u"send_notice_button")

        self.send_row.addWidget(self.send_notice_button)

        self.copy_text_button = QPushButton(self.parcel_group)
        self.copy_text_button.setObjectName(u"copy_text_button")

        self.send_row.addWidget(self.copy_text_button)

        self.qr_button = QPushButton(self.parcel_group)
        self.qr_button.setObjectName(u"qr_button")

        self.send_row.addWidget(self.qr_button)

        self.by_hand_button = QPushButton(self.parcel_group)
        self.by_hand_button.setObjectName(u"by_hand_button")

        self.send_row.addWidget(self.by_hand_button)


        self.parcel_layout.addLayout(self.send_row)

        self.reply_row = QHBoxLayout()
        self.reply_row.setObjectName(u"reply_row")
        self.reply_edit = QLineEdit(self.parcel_group)
        self.reply_edit.setObjectName(u"reply_edit")
        self.reply_edit.setMaxLength(500)

        self.reply_row.addWidget(self.reply_edit)

        self.reply_button = QPushButton(self.parcel_group)
        self.reply_button.setObjectName(u"reply_button")

        self.reply_row.addWidget(self.reply_button)

        self.reply_row.setStretch(0, 1)

        self.parcel_layout.addLayout(self.reply_row)

        self.consent_label = QLabel(self.parcel_group)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setWordWrap(True)

        self.parcel_layout.addWidget(self.consent_label)

        self.consent_row = QHBoxLayout()
        self.consent_row.setObjectName(u"consent_row")
        self.decision_combo = QComboBox(self.parcel_group)
        self.decision_combo.setObjectName(u"decision_combo")

        self.consent_row.addWidget(self.decision_combo)

        self.channel_combo = QComboBox(self.parcel_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.consent_row.addWidget(self.channel_combo)

        self.consent_until_edit = QDateEdit(self.parcel_group)
        self.consent_until_edit.setObjectName(u"consent_until_edit")
        self.consent_until_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.consent_until_edit.setCalendarPopup(True)

        self.consent_row.addWidget(self.consent_until_edit)

        self.consent_button = QPushButton(self.parcel_group)
        self.consent_button.setObjectName(u"consent_button")

        self.consent_row.addWidget(self.consent_button)


        self.parcel_layout.addLayout(self.consent_row)

        self.parcel_layout.setStretch(2, 1)

        self.notices_top_layout.addWidget(self.parcel_group)

        self.plan_group = QGroupBox(NoticesPage)
        self.plan_group.setObjectName(u"plan_group")
        self.plan_layout = QVBoxLayout(self.plan_group)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_table = QTableWidget(self.plan_group)
        self.plan_table.setObjectName(u"plan_table")
        self.plan_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.plan_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.plan_table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.plan_layout.addWidget(self.plan_table)

        self.plan_row = QHBoxLayout()
        self.plan_row.setObjectName(u"plan_row")
        self.hold_button = QPushButton(self.plan_group)
        self.hold_button.setObjectName(u"hold_button")

        self.plan_row.addWidget(self.hold_button)

        self.release_button = QPushButton(self.plan_group)
        self.release_button.setObjectName(u"release_button")

        self.plan_row.addWidget(self.release_button)

        self.refresh_notices_button = QPushButton(self.plan_group)
        self.refresh_notices_button.setObjectName(u"refresh_notices_button")

        self.plan_row.addWidget(self.refresh_notices_button)


        self.plan_layout.addLayout(self.plan_row)

        self.unconsented_label = QLabel(self.plan_group)
        self.unconsented_label.setObjectName(u"unconsented_label")

        self.plan_layout.addWidget(self.unconsented_label)

        self.unconsented_table = QTableWidget(self.plan_group)
        self.unconsented_table.setObjectName(u"unconsented_table")
        self.unconsented_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unconsented_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.unconsented_table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.plan_layout.addWidget(self.unconsented_table)

        self.export_row = QHBoxLayout()
        self.export_row.setObjectName(u"export_row")
        self.export_csv_button = QPushButton(self.plan_group)
        self.export_csv_button.setObjectName(u"export_csv_button")

        self.export_row.addWidget(self.export_csv_button)

        self.export_xlsx_button = QPushButton(self.plan_group)
        self.export_xlsx_button.setObjectName(u"export_xlsx_button")

        self.export_row.addWidget(self.export_xlsx_button)


        self.plan_layout.addLayout(self.export_row)

        self.plan_layout.setStretch(0, 1)
        self.plan_layout.setStretch(3, 1)

        self.notices_top_layout.addWidget(self.plan_group)

        self.notices_top_layout.setStretch(0, 1)
        self.notices_top_layout.setStretch(1, 1)

        self.notices_layout.addLayout(self.notices_top_layout)

        self.notices_message_label = QLabel(NoticesPage)
        self.notices_message_label.setObjectName(u"notices_message_label")
        self.notices_message_label.setWordWrap(True)

        self.notices_layout.addWidget(self.notices_message_label)

        self.notices_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.notice_waybill_label.setBuddy(self.notice_waybill_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticesPage)

        QMetaObject.connectSlotsByName(NoticesPage)
    # setupUi

    def retranslateUi(self, NoticesPage):
        self.parcel_group.setTitle(QCoreApplication.translate("NoticesPage", u"Parcel", None))
        self.notice_waybill_label.setText(QCoreApplication.translate("NoticesPage", u"&Waybill", None))
        self.notice_waybill_edit.setPlaceholderText(QCoreApplication.translate("NoticesPage", u"Scan or type; Enter", None))
        self.send_notice_button.setText(QCoreApplication.translate("NoticesPage", u"&Send", None))
        self.copy_text_button.setText(QCoreApplication.translate("NoticesPage", u"&Copy text", None))
        self.qr_button.setText(QCoreApplication.translate("NoticesPage", u"&QR code", None))
        self.by_hand_button.setText(QCoreApplication.translate("NoticesPage", u"Sent &by hand", None))
        self.reply_edit.setPlaceholderText(QCoreApplication.translate("NoticesPage", u"The customer's reply", None))
        self.reply_button.setText(QCoreApplication.translate("NoticesPage", u"Record &reply", None))
        self.consent_button.setText(QCoreApplication.translate("NoticesPage", u"Record c&onsent", None))
        self.plan_group.setTitle(QCoreApplication.translate("NoticesPage", u"Today's reminders (WH-8)", None))
        self.hold_button.setText(QCoreApplication.translate("NoticesPage", u"&Hold", None))
        self.release_button.setText(QCoreApplication.translate("NoticesPage", u"Send after &all", None))
        self.refresh_notices_button.setText(QCoreApplication.translate("NoticesPage", u"Re&fresh", None))
        self.export_csv_button.setText(QCoreApplication.translate("NoticesPage", u"Consent register CSV\u2026", None))
        self.export_xlsx_button.setText(QCoreApplication.translate("NoticesPage", u"Consent register XLSX\u2026", None))
        pass
    # retranslateUi

