# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HardwarePage(object):
    def setupUi(self, HardwarePage):
        if not HardwarePage.objectName():
            HardwarePage.setObjectName(u"HardwarePage")
        HardwarePage.resize(1200, 640)
        self.hardware_layout = QHBoxLayout(HardwarePage)
        self.hardware_layout.setObjectName(u"hardware_layout")
        self.scale_group = QGroupBox(HardwarePage)
        self.scale_group.setObjectName(u"scale_group")
        self.scale_layout = QVBoxLayout(self.scale_group)
        self.scale_layout.setObjectName(u"scale_layout")
        self.scale_form = QFormLayout()
        self.scale_form.setObjectName(u"scale_form")
        self.scale_port_label = QLabel(self.scale_group)
        self.scale_port_label.setObjectName(u"scale_port_label")

        self.scale_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scale_port_label)

        self.scale_port_layout = QHBoxLayout()
        self.scale_port_layout.setObjectName(u"scale_port_layout")
        self.scale_port_combo = QComboBox(self.scale_group)
        self.scale_port_combo.setObjectName(u"scale_port_combo")
        self.scale_port_combo.setEditable(True)

        self.scale_port_layout.addWidget(self.scale_port_combo)

        self.scale_refresh_ports_button = QPushButton(self.scale_group)
        self.scale_refresh_ports_button.setObjectName(u"scale_refresh_ports_button")

        self.scale_port_layout.addWidget(self.scale_refresh_ports_button)

        self.scale_port_layout.setStretch(0, 1)

        self.scale_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.scale_port_layout)

        self.scale_protocol_label = QLabel(self.scale_group)
        self.scale_protocol_label.setObjectName(u"scale_protocol_label")

        self.scale_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scale_protocol_label)

        self.scale_protocol_combo = QComboBox(self.scale_group)
        self.scale_protocol_combo.setObjectName(u"scale_protocol_combo")

        self.scale_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scale_protocol_combo)

        self.scale_line_label = QLabel(self.scale_group)
        self.scale_line_label.setObjectName(u"scale_line_label")

        self.scale_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scale_line_label)

        self.scale_line_layout = QHBoxLayout()
        self.scale_line_layout.setObjectName(u"scale_line_layout")
        self.scale_baud_combo = QComboBox(self.scale_group)
        self.scale_baud_combo.setObjectName(u"scale_baud_combo")

        self.scale_line_layout.addWidget(self.scale_baud_combo)

        self.scale_data_bits_combo = QComboBox(self.scale_group)
        self.scale_data_bits_combo.setObjectName(u"scale_data_bits_combo")

        self.scale_line_layout.addWidget(self.scale_data_bits_combo)

        self.scale_parity_combo = QComboBox(self.scale_group)
        self.scale_parity_combo.setObjectName(u"scale_parity_combo")

        self.scale_line_layout.addWidget(self.scale_parity_combo)

        self.scale_stop_bits_combo = QComboBox(self.scale_group)
        self.scale_stop_bits_combo.setObjectName(u"scale_stop_bits_combo")

        self.scale_line_layout.addWidget(self.scale_stop_bits_combo)


        self.scale_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.scale_line_layout)

        self.scale_pattern_label = QLabel(self.scale_group)
        self.scale_pattern_label.setObjectName(u"scale_pattern_label")

        self.scale_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scale_pattern_label)

        self.scale_pattern_edit = QLineEdit(self.scale_group)
        self.scale_pattern_edit.setObjectName(u"scale_pattern_edit")
        self.scale_pattern_edit.setPlaceholderText(u"PESO:\\s*(?P<value>[\\d,]+)")

        self.scale_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scale_pattern_edit)

        self.scale_request_label = QLabel(self.scale_group)
        self.scale_request_label.setObjectName(u"scale_request_label")

        self.scale_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scale_request_label)

        self.scale_request_edit = QLineEdit(self.scale_group)
        self.scale_request_edit.setObjectName(u"scale_request_edit")

        self.scale_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scale_request_edit)

        self.scale_poll_label = QLabel(self.scale_group)
        self.scale_poll_label.setObjectName(u"scale_poll_label")

        self.scale_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scale_poll_label)

        self.scale_poll_spin = QSpinBox(self.scale_group)
        self.scale_poll_spin.setObjectName(u"scale_poll_spin")
        self.scale_poll_spin.setMinimum(20)
        self.scale_poll_spin.setMaximum(5000)
        self.scale_poll_spin.setValue(200)

        self.scale_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scale_poll_spin)

        self.scale_settle_label = QLabel(self.scale_group)
        self.scale_settle_label.setObjectName(u"scale_settle_label")

        self.scale_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.scale_settle_label)

        self.scale_settle_spin = QSpinBox(self.scale_group)
        self.scale_settle_spin.setObjectName(u"scale_settle_spin")
        self.scale_settle_spin.setMinimum(1)
        self.scale_settle_spin.setMaximum(20)
        self.scale_settle_spin.setValue(3)

        self.scale_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scale_settle_spin)


        self.scale_layout.addLayout(self.scale_form)

        self.scale_buttons_layout = QHBoxLayout()
        self.scale_buttons_layout.setObjectName(u"scale_buttons_layout")
        self.save_scale_button = QPushButton(self.scale_group)
        self.save_scale_button.setObjectName(u"save_scale_button")

        self.scale_buttons_layout.addWidget(self.save_scale_button)

        self.zero_button = QPushButton(self.scale_group)
        self.zero_button.setObjectName(u"zero_button")

        self.scale_buttons_layout.addWidget(self.zero_button)

        self.tare_button = QPushButton(self.scale_group)
        self.tare_button.setObjectName(u"tare_button")

        self.scale_buttons_layout.addWidget(self.tare_button)

        self.scale_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scale_buttons_layout.addItem(self.scale_buttons_spacer)


        self.scale_layout.addLayout(self.scale_buttons_layout)

        self.scale_message_label = QLabel(self.scale_group)
        self.scale_message_label.setObjectName(u"scale_message_label")
        self.scale_message_label.setText(u"")
        self.scale_message_label.setWordWrap(True)

        self.scale_layout.addWidget(self.scale_message_label)

        self.scale_test_title_label = QLabel(self.scale_group)
        self.scale_test_title_label.setObjectName(u"scale_test_title_label")

        self.scale_layout.addWidget(self.scale_test_title_label)

        self.scale_state_label = QLabel(self.scale_group)
        self.scale_state_label.setObjectName(u"scale_state_label")
        self.scale_state_label.setText(u"")
        self.scale_state_label.setWordWrap(True)

        self.scale_layout.addWidget(self.scale_state_label)

        self.scale_weight_label = QLabel(self.scale_group)
        self.scale_weight_label.setObjectName(u"scale_weight_label")
        self.scale_weight_label.setText(u"\u2014")
        self.scale_weight_label.setStyleSheet(u"font-size: 28pt; font-weight: bold;")
        self.scale_weight_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.scale_layout.addWidget(self.scale_weight_label)

        self.scale_test_log = QPlainTextEdit(self.scale_group)
        self.scale_test_log.setObjectName(u"scale_test_log")
        self.scale_test_log.setReadOnly(True)
        self.scale_test_log.setMaximumBlockCount(500)

        self.scale_layout.addWidget(self.scale_test_log)

        self.clear_scale_log_button = QPushButton(self.scale_group)
        self.clear_scale_log_button.setObjectName(u"clear_scale_log_button")

        self.scale_layout.addWidget(self.clear_scale_log_button)

        self.scale_layout.setStretch(6, 1)

        self.hardware_layout.addWidget(self.scale_group)

        self.printers_group = QGroupBox(HardwarePage)
        self.printers_group.setObjectName(u"printers_group")
        self.printers_layout = QVBoxLayout(self.printers_group)
        self.printers_layout.setObjectName(u"printers_layout")
        self.printers_intro_label = QLabel(self.printers_group)
        self.printers_intro_label.setObjectName(u"printers_intro_label")
        self.printers_intro_label.setWordWrap(True)

        self.printers_layout.addWidget(self.printers_intro_label)

        self.printer_grid = QGridLayout()
        self.printer_grid.setObjectName(u"printer_grid")
        self.printer_document_header_label = QLabel(self.printers_group)
        self.printer_document_header_label.setObjectName(u"printer_document_header_label")

        self.printer_grid.addWidget(self.printer_document_header_label, 0, 0, 1, 1)

        self.printer_language_header_label = QLabel(self.printers_group)
        self.printer_language_header_label.setObjectName(u"printer_language_header_label")

        self.printer_grid.addWidget(self.printer_language_header_label, 0, 1, 1, 1)

        self.printer_size_header_label = QLabel(self.printers_group)
        self.printer_size_header_label.setObjectName(u"printer_size_header_label")

        self.printer_grid.addWidget(self.printer_size_header_label, 0, 2, 1, 1)

        self.printer_target_header_label = QLabel(self.printers_group)
        self.printer_target_header_label.setObjectName(u"printer_target_header_label")

        self.printer_grid.addWidget(self.printer_target_header_label, 0, 3, 1, 1)

        self.slip_printer_label = QLabel(self.printers_group)
        self.slip_printer_label.setObjectName(u"slip_printer_label")

        self.printer_grid.addWidget(self.slip_printer_label, 1, 0, 1, 1)

        self.slip_language_combo = QComboBox(self.printers_group)
        self.slip_language_combo.setObjectName(u"slip_language_combo")
        self.slip_language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.slip_language_combo.setMinimumContentsLength(11)

        self.printer_grid.addWidget(self.slip_language_combo, 1, 1, 1, 1)

        self.slip_size_combo = QComboBox(self.printers_group)
        self.slip_size_combo.setObjectName(u"slip_size_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.slip_size_combo.sizePolicy().hasHeightForWidth())
        self.slip_size_combo.setSizePolicy(sizePolicy)
        self.slip_size_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.printer_grid.addWidget(self.slip_size_combo, 1, 2, 1, 1)

        self.slip_target_edit = QLineEdit(self.printers_group)
        self.slip_target_edit.setObjectName(u"slip_target_edit")
        self.slip_target_edit.setMinimumSize(QSize(150, 0))
        self.slip_target_edit.setPlaceholderText(u"tcp:HOST:9100")
#if QT_CONFIG(tooltip)
        self.slip_target_edit.setToolTip(u"tcp:HOST:9100 \u00b7 queue:NAME \u00b7 file:/dev/usb/lp0 \u00b7 file:COM3")
#endif // QT_CONFIG(tooltip)

        self.printer_grid.addWidget(self.slip_target_edit, 1, 3, 1, 1)

        self.slip_test_button = QPushButton(self.printers_group)
        self.slip_test_button.setObjectName(u"slip_test_button")

        self.printer_grid.addWidget(self.slip_test_button, 1, 4, 1, 1)

        self.label_printer_label = QLabel(self.printers_group)
        self.label_printer_label.setObjectName(u"label_printer_label")

        self.printer_grid.addWidget(self.label_printer_label, 2, 0, 1, 1)

        self.label_language_combo = QComboBox(self.printers_group)
        self.label_language_combo.setObjectName(u"label_language_combo")
        self.label_language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label_language_combo.setMinimumContentsLength(11)

        self.printer_grid.addWidget(self.label_language_combo, 2, 1, 1, 1)

        self.label_size_combo = QComboBox(self.printers_group)
        self.label_size_combo.setObjectName(u"label_size_combo")
        sizePolicy.setHeightForWidth(self.label_size_combo.sizePolicy().hasHeightForWidth())
        self.label_size_combo.setSizePolicy(sizePolicy)
        self.label_size_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.printer_grid.addWidget(self.label_size_combo, 2, 2, 1, 1)

        self.label_target_edit = QLineEdit(self.printers_group)
        self.label_target_edit.setObjectName(u"label_target_edit")
        self.label_target_edit.setMinimumSize(QSize(150, 0))
        self.label_target_edit.setPlaceholderText(u"tcp:HOST:9100")
#if QT_CONFIG(tooltip)
        self.label_target_edit.setToolTip(u"tcp:HOST:9100 \u00b7 queue:NAME \u00b7 file:/dev/usb/lp0 \u00b7 file:COM3")
#endif // QT_CONFIG(tooltip)

        self.printer_grid.addWidget(self.label_target_edit, 2, 3, 1, 1)

        self.label_test_button = QPushButton(self.printers_group)
        self.label_test_button.setObjectName(u"label_test_button")

        self.printer_grid.addWidget(self.label_test_button, 2, 4, 1, 1)

        self.receipt_printer_label = QLabel(self.printers_group)
        self.receipt_printer_label.setObjectName(u"receipt_printer_label")

        self.printer_grid.addWidget(self.receipt_printer_label, 3, 0, 1, 1)

        self.receipt_language_combo = QComboBox(self.printers_group)
        self.receipt_language_combo.setObjectName(u"receipt_language_combo")
        self.receipt_language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.receipt_language_combo.setMinimumContentsLength(11)

        self.printer_grid.addWidget(self.receipt_language_combo, 3, 1, 1, 1)

        self.receipt_size_combo = QComboBox(self.printers_group)
        self.receipt_size_combo.setObjectName(u"receipt_size_combo")
        sizePolicy.setHeightForWidth(self.receipt_size_combo.sizePolicy().hasHeightForWidth())
        self.receipt_size_combo.setSizePolicy(sizePolicy)
        self.receipt_size_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.printer_grid.addWidget(self.receipt_size_combo, 3, 2, 1, 1)

        self.receipt_target_edit = QLineEdit(self.printers_group)
        self.receipt_target_edit.setObjectName(u"receipt_target_edit")
        self.receipt_target_edit.setMinimumSize(QSize(150, 0))
        self.receipt_target_edit.setPlaceholderText(u"tcp:HOST:9100")
#if QT_CONFIG(tooltip)
        self.receipt_target_edit.setToolTip(u"tcp:HOST:9100 \u00b7 queue:NAME \u00b7 file:/dev/usb/lp0 \u00b7 file:COM3")
#endif // QT_CONFIG(tooltip)

        self.printer_grid.addWidget(self.receipt_target_edit, 3, 3, 1, 1)

        self.receipt_test_button = QPushButton(self.printers_group)
        self.receipt_test_button.setObjectName(u"receipt_test_button")

        self.printer_grid.addWidget(self.receipt_test_button, 3, 4, 1, 1)

        self.printer_grid.setColumnStretch(1, 1)
        self.printer_grid.setColumnStretch(3, 1)

        self.printers_layout.addLayout(self.printer_grid)

        self.printer_buttons_layout = QHBoxLayout()
        self.printer_buttons_layout.setObjectName(u"printer_buttons_layout")
        self.save_printers_button = QPushButton(self.printers_group)
        self.save_printers_button.setObjectName(u"save_printers_button")

        self.printer_buttons_layout.addWidget(self.save_printers_button)

        self.printer_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printer_buttons_layout.addItem(self.printer_buttons_spacer)


        self.printers_layout.addLayout(self.printer_buttons_layout)

        self.printers_message_label = QLabel(self.printers_group)
        self.printers_message_label.setObjectName(u"printers_message_label")
        self.printers_message_label.setText(u"")
        self.printers_message_label.setWordWrap(True)

        self.printers_layout.addWidget(self.printers_message_label)

        self.print_log_label = QLabel(self.printers_group)
        self.print_log_label.setObjectName(u"print_log_label")

        self.printers_layout.addWidget(self.print_log_label)

        self.print_log_table = QTableWidget(self.printers_group)
        self.print_log_table.setObjectName(u"print_log_table")
        self.print_log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.print_log_table.setAlternatingRowColors(True)
        self.print_log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.print_log_table.verticalHeader().setVisible(False)

        self.printers_layout.addWidget(self.print_log_table)

        self.refresh_print_log_button = QPushButton(self.printers_group)
        self.refresh_print_log_button.setObjectName(u"refresh_print_log_button")

        self.printers_layout.addWidget(self.refresh_print_log_button)

        self.printers_layout.setStretch(5, 1)

        self.hardware_layout.addWidget(self.printers_group)

        self.hardware_layout.setStretch(0, 2)
        self.hardware_layout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.scale_port_label.setBuddy(self.scale_port_combo)
        self.scale_protocol_label.setBuddy(self.scale_protocol_combo)
        self.scale_line_label.setBuddy(self.scale_baud_combo)
        self.scale_pattern_label.setBuddy(self.scale_pattern_edit)
        self.scale_request_label.setBuddy(self.scale_request_edit)
        self.scale_poll_label.setBuddy(self.scale_poll_spin)
        self.scale_settle_label.setBuddy(self.scale_settle_spin)
        self.slip_printer_label.setBuddy(self.slip_language_combo)
        self.label_printer_label.setBuddy(self.label_language_combo)
        self.receipt_printer_label.setBuddy(self.receipt_language_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HardwarePage)

        QMetaObject.connectSlotsByName(HardwarePage)
    # setupUi

    def retranslateUi(self, HardwarePage):
        self.scale_group.setTitle(QCoreApplication.translate("HardwarePage", u"Electronic scale", None))
        self.scale_port_label.setText(QCoreApplication.translate("HardwarePage", u"&Port:", None))
        self.scale_refresh_ports_button.setText(QCoreApplication.translate("HardwarePage", u"Find ports", None))
        self.scale_protocol_label.setText(QCoreApplication.translate("HardwarePage", u"P&rotocol:", None))
        self.scale_line_label.setText(QCoreApplication.translate("HardwarePage", u"&Line:", None))
        self.scale_pattern_label.setText(QCoreApplication.translate("HardwarePage", u"Pa&ttern (custom):", None))
        self.scale_request_label.setText(QCoreApplication.translate("HardwarePage", u"Re&quest (polled):", None))
        self.scale_request_edit.setPlaceholderText(QCoreApplication.translate("HardwarePage", u"empty: the protocol's own", None))
        self.scale_poll_label.setText(QCoreApplication.translate("HardwarePage", u"Ask every (ms):", None))
        self.scale_settle_label.setText(QCoreApplication.translate("HardwarePage", u"Stable after equal readings:", None))
        self.save_scale_button.setText(QCoreApplication.translate("HardwarePage", u"Save and apply", None))
        self.zero_button.setText(QCoreApplication.translate("HardwarePage", u"&Zero", None))
        self.tare_button.setText(QCoreApplication.translate("HardwarePage", u"T&are", None))
        self.scale_test_title_label.setText(QCoreApplication.translate("HardwarePage", u"Live test: put something on the scale", None))
        self.clear_scale_log_button.setText(QCoreApplication.translate("HardwarePage", u"Clear", None))
        self.printers_group.setTitle(QCoreApplication.translate("HardwarePage", u"Label and receipt printers", None))
        self.printers_intro_label.setText(QCoreApplication.translate("HardwarePage", u"Label and receipt printers print without a dialog, in the printer's own language; Chinese is sent as a picture so a printer without a Chinese font prints it too. Leave a document on \u201cSystem dialog\u201d to print it through the usual print dialog.", None))
        self.printer_document_header_label.setText(QCoreApplication.translate("HardwarePage", u"Document", None))
        self.printer_language_header_label.setText(QCoreApplication.translate("HardwarePage", u"Printer language", None))
        self.printer_size_header_label.setText(QCoreApplication.translate("HardwarePage", u"Size", None))
        self.printer_target_header_label.setText(QCoreApplication.translate("HardwarePage", u"Connected by", None))
        self.slip_printer_label.setText(QCoreApplication.translate("HardwarePage", u"Counter slip:", None))
        self.slip_test_button.setText(QCoreApplication.translate("HardwarePage", u"Test print", None))
        self.label_printer_label.setText(QCoreApplication.translate("HardwarePage", u"Pickup label:", None))
        self.label_test_button.setText(QCoreApplication.translate("HardwarePage", u"Test print", None))
        self.receipt_printer_label.setText(QCoreApplication.translate("HardwarePage", u"Receipt (ESC/POS):", None))
        self.receipt_test_button.setText(QCoreApplication.translate("HardwarePage", u"Test print", None))
        self.save_printers_button.setText(QCoreApplication.translate("HardwarePage", u"Save printers", None))
        self.print_log_label.setText(QCoreApplication.translate("HardwarePage", u"Print log (newest first)", None))
        self.refresh_print_log_button.setText(QCoreApplication.translate("HardwarePage", u"Refresh", None))
        pass
    # retranslateUi

