# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReceiptsWorkspace(object):
    def setupUi(self, ReceiptsWorkspace):
        if not ReceiptsWorkspace.objectName():
            ReceiptsWorkspace.setObjectName(u"ReceiptsWorkspace")
        ReceiptsWorkspace.resize(1200, 700)
        self.receipts_layout = QVBoxLayout(ReceiptsWorkspace)
        self.receipts_layout.setObjectName(u"receipts_layout")
        self.receipts_tabs = QTabWidget(ReceiptsWorkspace)
        self.receipts_tabs.setObjectName(u"receipts_tabs")
        self.entry_tab = QWidget()
        self.entry_tab.setObjectName(u"entry_tab")
        self.entry_tab_layout = QVBoxLayout(self.entry_tab)
        self.entry_tab_layout.setObjectName(u"entry_tab_layout")
        self.batch_bar_layout = QHBoxLayout()
        self.batch_bar_layout.setObjectName(u"batch_bar_layout")
        self.courier_label = QLabel(self.entry_tab)
        self.courier_label.setObjectName(u"courier_label")

        self.batch_bar_layout.addWidget(self.courier_label)

        self.courier_combo = QComboBox(self.entry_tab)
        self.courier_combo.setObjectName(u"courier_combo")
        self.courier_combo.setMinimumSize(QSize(160, 0))

        self.batch_bar_layout.addWidget(self.courier_combo)

        self.delivery_date_label = QLabel(self.entry_tab)
        self.delivery_date_label.setObjectName(u"delivery_date_label")

        self.batch_bar_layout.addWidget(self.delivery_date_label)

        self.delivery_date_edit = QDateEdit(self.entry_tab)
        self.delivery_date_edit.setObjectName(u"delivery_date_edit")
        self.delivery_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.delivery_date_edit.setCalendarPopup(True)

        self.batch_bar_layout.addWidget(self.delivery_date_edit)

        self.open_batch_button = QPushButton(self.entry_tab)
        self.open_batch_button.setObjectName(u"open_batch_button")

        self.batch_bar_layout.addWidget(self.open_batch_button)

        self.batch_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.batch_bar_layout.addItem(self.batch_bar_spacer)

        self.close_batch_button = QPushButton(self.entry_tab)
        self.close_batch_button.setObjectName(u"close_batch_button")

        self.batch_bar_layout.addWidget(self.close_batch_button)


        self.entry_tab_layout.addLayout(self.batch_bar_layout)

        self.batch_label = QLabel(self.entry_tab)
        self.batch_label.setObjectName(u"batch_label")
        self.batch_label.setText(u"")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.batch_label.setFont(font)

        self.entry_tab_layout.addWidget(self.batch_label)

        self.entry_layout = QGridLayout()
        self.entry_layout.setObjectName(u"entry_layout")
        self.waybill_label = QLabel(self.entry_tab)
        self.waybill_label.setObjectName(u"waybill_label")

        self.entry_layout.addWidget(self.waybill_label, 0, 0, 1, 1)

        self.signer_label = QLabel(self.entry_tab)
        self.signer_label.setObjectName(u"signer_label")

        self.entry_layout.addWidget(self.signer_label, 0, 1, 1, 1)

        self.cod_check = QCheckBox(self.entry_tab)
        self.cod_check.setObjectName(u"cod_check")

        self.entry_layout.addWidget(self.cod_check, 0, 2, 1, 1)

        self.pieces_label = QLabel(self.entry_tab)
        self.pieces_label.setObjectName(u"pieces_label")

        self.entry_layout.addWidget(self.pieces_label, 0, 3, 1, 1)

        self.waybill_edit = QLineEdit(self.entry_tab)
        self.waybill_edit.setObjectName(u"waybill_edit")
        self.waybill_edit.setMaxLength(40)
        font1 = QFont()
        font1.setPointSize(16)
        self.waybill_edit.setFont(font1)

        self.entry_layout.addWidget(self.waybill_edit, 1, 0, 1, 1)

        self.signer_edit = QLineEdit(self.entry_tab)
        self.signer_edit.setObjectName(u"signer_edit")
        self.signer_edit.setMaxLength(40)
        self.signer_edit.setFont(font1)

        self.entry_layout.addWidget(self.signer_edit, 1, 1, 1, 1)

        self.cod_amount_edit = QLineEdit(self.entry_tab)
        self.cod_amount_edit.setObjectName(u"cod_amount_edit")
        self.cod_amount_edit.setMaxLength(10)
        self.cod_amount_edit.setFont(font1)

        self.entry_layout.addWidget(self.cod_amount_edit, 1, 2, 1, 1)

        self.pieces_spin = QSpinBox(self.entry_tab)
        self.pieces_spin.setObjectName(u"pieces_spin")
        self.pieces_spin.setFont(font1)
        self.pieces_spin.setMinimum(1)
        self.pieces_spin.setMaximum(999)

        self.entry_layout.addWidget(self.pieces_spin, 1, 3, 1, 1)

        self.save_receipt_button = QPushButton(self.entry_tab)
        self.save_receipt_button.setObjectName(u"save_receipt_button")

        self.entry_layout.addWidget(self.save_receipt_button, 1, 4, 1, 1)

        self.entry_layout.setColumnStretch(0, 2)
        self.entry_layout.setColumnStretch(1, 3)
        self.entry_layout.setColumnStretch(2, 1)

        self.entry_tab_layout.addLayout(self.entry_layout)

        self.entry_hint_label = QLabel(self.entry_tab)
        self.entry_hint_label.setObjectName(u"entry_hint_label")
        self.entry_hint_label.setText(u"")
        self.entry_hint_label.setWordWrap(True)
        font2 = QFont()
        font2.setPointSize(13)
        self.entry_hint_label.setFont(font2)

        self.entry_tab_layout.addWidget(self.entry_hint_label)

        self.entry_message_label = QLabel(self.entry_tab)
        self.entry_message_label.setObjectName(u"entry_message_label")
        self.entry_message_label.setText(u"")
        self.entry_message_label.setWordWrap(True)
        self.entry_message_label.setStyleSheet(u"color: #b00020;")

        self.entry_tab_layout.addWidget(self.entry_message_label)

        self.entry_lists_layout = QHBoxLayout()
        self.entry_lists_layout.setObjectName(u"entry_lists_layout")
        self.receipts_table = QTableWidget(self.entry_tab)
        self.receipts_table.setObjectName(u"receipts_table")
        self.receipts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receipts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.receipts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.receipts_table.setAlternatingRowColors(True)

        self.entry_lists_layout.addWidget(self.receipts_table)

        self.set_aside_layout = QVBoxLayout()
        self.set_aside_layout.setObjectName(u"set_aside_layout")
        self.set_aside_heading_label = QLabel(self.entry_tab)
        self.set_aside_heading_label.setObjectName(u"set_aside_heading_label")
        font3 = QFont()
        font3.setBold(True)
        self.set_aside_heading_label.setFont(font3)

        self.set_aside_layout.addWidget(self.set_aside_heading_label)

        self.set_aside_form = QFormLayout()
        self.set_aside_form.setObjectName(u"set_aside_form")
        self.partial_label = QLabel(self.entry_tab)
        self.partial_label.setObjectName(u"partial_label")

        self.set_aside_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partial_label)

        self.partial_edit = QLineEdit(self.entry_tab)
        self.partial_edit.setObjectName(u"partial_edit")
        self.partial_edit.setMaxLength(40)

        self.set_aside_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partial_edit)

        self.printed_label = QLabel(self.entry_tab)
        self.printed_label.setObjectName(u"printed_label")

        self.set_aside_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.printed_label)

        self.printed_edit = QLineEdit(self.entry_tab)
        self.printed_edit.setObjectName(u"printed_edit")
        self.printed_edit.setMaxLength(40)

        self.set_aside_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.printed_edit)


        self.set_aside_layout.addLayout(self.set_aside_form)

        self.set_aside_buttons = QHBoxLayout()
        self.set_aside_buttons.setObjectName(u"set_aside_buttons")
        self.complete_button = QPushButton(self.entry_tab)
        self.complete_button.setObjectName(u"complete_button")

        self.set_aside_buttons.addWidget(self.complete_button)

        self.set_aside_button = QPushButton(self.entry_tab)
        self.set_aside_button.setObjectName(u"set_aside_button")

        self.set_aside_buttons.addWidget(self.set_aside_button)


        self.set_aside_layout.addLayout(self.set_aside_buttons)

        self.set_aside_list = QListWidget(self.entry_tab)
        self.set_aside_list.setObjectName(u"set_aside_list")

        self.set_aside_layout.addWidget(self.set_aside_list)


        self.entry_lists_layout.addLayout(self.set_aside_layout)

        self.entry_lists_layout.setStretch(0, 3)
        self.entry_lists_layout.setStretch(1, 1)

        self.entry_tab_layout.addLayout(self.entry_lists_layout)

        self.receipts_tabs.addTab(self.entry_tab, "")
        self.morning_tab = QWidget()
        self.morning_tab.setObjectName(u"morning_tab")
        self.morning_tab_layout = QVBoxLayout(self.morning_tab)
        self.morning_tab_layout.setObjectName(u"morning_tab_layout")
        self.morning_bar = QHBoxLayout()
        self.morning_bar.setObjectName(u"morning_bar")
        self.report_date_label = QLabel(self.morning_tab)
        self.report_date_label.setObjectName(u"report_date_label")

        self.morning_bar.addWidget(self.report_date_label)

        self.report_date_edit = QDateEdit(self.morning_tab)
        self.report_date_edit.setObjectName(u"report_date_edit")
        self.report_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.report_date_edit.setCalendarPopup(True)

        self.morning_bar.addWidget(self.report_date_edit)

        self.refresh_morning_button = QPushButton(self.morning_tab)
        self.refresh_morning_button.setObjectName(u"refresh_morning_button")

        self.morning_bar.addWidget(self.refresh_morning_button)

        self.morning_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.morning_bar.addItem(self.morning_spacer)

        self.import_list_button = QPushButton(self.morning_tab)
        self.import_list_button.setObjectName(u"import_list_button")

        self.morning_bar.addWidget(self.import_list_button)

        self.print_cod_button = QPushButton(self.morning_tab)
        self.print_cod_button.setObjectName(u"print_cod_button")

        self.morning_bar.addWidget(self.print_cod_button)


        self.morning_tab_layout.addLayout(self.morning_bar)

        self.batches_table = QTableWidget(self.morning_tab)
        self.batches_table.setObjectName(u"batches_table")
        self.batches_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batches_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batches_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batches_table.setAlternatingRowColors(True)

        self.morning_tab_layout.addWidget(self.batches_table)

        self.find_bar = QHBoxLayout()
        self.find_bar.setObjectName(u"find_bar")
        self.find_label = QLabel(self.morning_tab)
        self.find_label.setObjectName(u"find_label")

        self.find_bar.addWidget(self.find_label)

        self.find_edit = QLineEdit(self.morning_tab)
        self.find_edit.setObjectName(u"find_edit")
        self.find_edit.setMaxLength(40)

        self.find_bar.addWidget(self.find_edit)

        self.find_button = QPushButton(self.morning_tab)
        self.find_button.setObjectName(u"find_button")

        self.find_bar.addWidget(self.find_button)

        self.print_receipt_button = QPushButton(self.morning_tab)
        self.print_receipt_button.setObjectName(u"print_receipt_button")

        self.find_bar.addWidget(self.print_receipt_button)

        self.find_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.find_bar.addItem(self.find_spacer)


        self.morning_tab_layout.addLayout(self.find_bar)

        self.morning_text = QPlainTextEdit(self.morning_tab)
        self.morning_text.setObjectName(u"morning_text")
        self.morning_text.setReadOnly(True)

        self.morning_tab_layout.addWidget(self.morning_text)

        self.receipts_tabs.addTab(self.morning_tab, "")

        self.receipts_layout.addWidget(self.receipts_tabs)

#if QT_CONFIG(shortcut)
        self.courier_label.setBuddy(self.courier_combo)
        self.delivery_date_label.setBuddy(self.delivery_date_edit)
        self.waybill_label.setBuddy(self.waybill_edit)
        self.signer_label.setBuddy(self.signer_edit)
        self.pieces_label.setBuddy(self.pieces_spin)
        self.partial_label.setBuddy(self.partial_edit)
        self.printed_label.setBuddy(self.printed_edit)
        self.report_date_label.setBuddy(self.report_date_edit)
        self.find_label.setBuddy(self.find_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.waybill_edit, self.signer_edit)
        QWidget.setTabOrder(self.signer_edit, self.cod_amount_edit)
        QWidget.setTabOrder(self.cod_amount_edit, self.pieces_spin)
        QWidget.setTabOrder(self.pieces_spin, self.save_receipt_button)
        QWidget.setTabOrder(self.save_receipt_button, self.cod_check)
        QWidget.setTabOrder(self.cod_check, self.courier_combo)
        QWidget.setTabOrder(self.courier_combo, self.delivery_date_edit)
        QWidget.setTabOrder(self.delivery_date_edit, self.open_batch_button)

        self.retranslateUi(ReceiptsWorkspace)

        self.save_receipt_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReceiptsWorkspace)
    # setupUi

    def retranslateUi(self, ReceiptsWorkspace):
        self.courier_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"C&ourier / driver", None))
        self.delivery_date_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Delivery &date", None))
        self.open_batch_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Open &batch (Ctrl+B)", None))
        self.close_batch_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"&Close batch and print cover", None))
        self.waybill_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"&Waybill", None))
        self.signer_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"&Signer", None))
        self.cod_check.setText(QCoreApplication.translate("ReceiptsWorkspace", u"\u5230\u4ed8 (F9)", None))
        self.pieces_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"&Pieces", None))
        self.waybill_edit.setPlaceholderText(QCoreApplication.translate("ReceiptsWorkspace", u"scan or type", None))
        self.signer_edit.setPlaceholderText(QCoreApplication.translate("ReceiptsWorkspace", u"name, \u5f202 \u2192 \u5f20,,  F6 \u8349\u7b7e F7 \u5df2\u6536 F8 \u90ae\u4ef6\u7b7e\u6536\u7ae0", None))
        self.cod_amount_edit.setPlaceholderText(QCoreApplication.translate("ReceiptsWorkspace", u"amount collected", None))
        self.save_receipt_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Save (Enter)", None))
        self.set_aside_heading_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Unreadable number (RE-5)", None))
        self.partial_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Barcode part", None))
        self.partial_edit.setPlaceholderText(QCoreApplication.translate("ReceiptsWorkspace", u"digits readable under the bars", None))
        self.printed_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Lower-left digits", None))
        self.printed_edit.setPlaceholderText(QCoreApplication.translate("ReceiptsWorkspace", u"digits printed at the lower left", None))
        self.complete_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Complete number", None))
        self.set_aside_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Set aside", None))
        self.receipts_tabs.setTabText(self.receipts_tabs.indexOf(self.entry_tab), QCoreApplication.translate("ReceiptsWorkspace", u"Entry", None))
        self.report_date_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Delivery da&y", None))
        self.refresh_morning_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"&Refresh", None))
        self.import_list_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"&Import delivery list (CSV)\u2026", None))
        self.print_cod_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Print &COD list of the selected batch\u2026", None))
        self.find_label.setText(QCoreApplication.translate("ReceiptsWorkspace", u"&Find a receipt (kept 180 days)", None))
        self.find_edit.setPlaceholderText(QCoreApplication.translate("ReceiptsWorkspace", u"waybill number", None))
        self.find_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Find", None))
        self.print_receipt_button.setText(QCoreApplication.translate("ReceiptsWorkspace", u"Print its record\u2026", None))
        self.receipts_tabs.setTabText(self.receipts_tabs.indexOf(self.morning_tab), QCoreApplication.translate("ReceiptsWorkspace", u"Morning check", None))
        pass
    # retranslateUi

