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
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_IntakeWorkspace(object):
    def setupUi(self, IntakeWorkspace):
        if not IntakeWorkspace.objectName():
            IntakeWorkspace.setObjectName(u"IntakeWorkspace")
        IntakeWorkspace.resize(1340, 680)
        self.workspace_layout = QVBoxLayout(IntakeWorkspace)
        self.workspace_layout.setObjectName(u"workspace_layout")
        self.workspace_layout.setContentsMargins(4, 4, 4, 4)
        self.intake_tabs = QTabWidget(IntakeWorkspace)
        self.intake_tabs.setObjectName(u"intake_tabs")
        self.accept_tab = QWidget()
        self.accept_tab.setObjectName(u"accept_tab")
        self.accept_layout = QHBoxLayout(self.accept_tab)
        self.accept_layout.setObjectName(u"accept_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.contents_group = QGroupBox(self.accept_tab)
        self.contents_group.setObjectName(u"contents_group")
        self.contents_layout = QGridLayout(self.contents_group)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_label = QLabel(self.contents_group)
        self.contents_label.setObjectName(u"contents_label")

        self.contents_layout.addWidget(self.contents_label, 0, 0, 1, 1)

        self.contents_edit = QLineEdit(self.contents_group)
        self.contents_edit.setObjectName(u"contents_edit")
        self.contents_edit.setMaxLength(200)

        self.contents_layout.addWidget(self.contents_edit, 0, 1, 1, 1)

        self.quantity_label = QLabel(self.contents_group)
        self.quantity_label.setObjectName(u"quantity_label")

        self.contents_layout.addWidget(self.quantity_label, 0, 2, 1, 1)

        self.quantity_spin = QSpinBox(self.contents_group)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(999)
        self.quantity_spin.setValue(1)

        self.contents_layout.addWidget(self.quantity_spin, 0, 3, 1, 1)

        self.liquid_label = QLabel(self.contents_group)
        self.liquid_label.setObjectName(u"liquid_label")

        self.contents_layout.addWidget(self.liquid_label, 0, 4, 1, 1)

        self.liquid_edit = QLineEdit(self.contents_group)
        self.liquid_edit.setObjectName(u"liquid_edit")
        self.liquid_edit.setMaximumSize(QSize(80, 16777215))

        self.contents_layout.addWidget(self.liquid_edit, 0, 5, 1, 1)

        self.verdict_label = QLabel(self.contents_group)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)

        self.contents_layout.addWidget(self.verdict_label, 1, 0, 1, 6)

        self.contents_layout.setColumnStretch(1, 1)

        self.left_layout.addWidget(self.contents_group)

        self.sender_group = QGroupBox(self.accept_tab)
        self.sender_group.setObjectName(u"sender_group")
        self.sender_layout = QGridLayout(self.sender_group)
        self.sender_layout.setObjectName(u"sender_layout")
        self.sender_phone_label = QLabel(self.sender_group)
        self.sender_phone_label.setObjectName(u"sender_phone_label")

        self.sender_layout.addWidget(self.sender_phone_label, 0, 0, 1, 1)

        self.sender_phone_edit = QLineEdit(self.sender_group)
        self.sender_phone_edit.setObjectName(u"sender_phone_edit")
        self.sender_phone_edit.setMaxLength(20)

        self.sender_layout.addWidget(self.sender_phone_edit, 0, 1, 1, 1)

        self.sender_name_label = QLabel(self.sender_group)
        self.sender_name_label.setObjectName(u"sender_name_label")

        self.sender_layout.addWidget(self.sender_name_label, 0, 2, 1, 1)

        self.sender_name_edit = QLineEdit(self.sender_group)
        self.sender_name_edit.setObjectName(u"sender_name_edit")
        self.sender_name_edit.setMaxLength(60)

        self.sender_layout.addWidget(self.sender_name_edit, 0, 3, 1, 1)

        self.doc_kind_label = QLabel(self.sender_group)
        self.doc_kind_label.setObjectName(u"doc_kind_label")

        self.sender_layout.addWidget(self.doc_kind_label, 1, 0, 1, 1)

        self.doc_kind_combo = QComboBox(self.sender_group)
        self.doc_kind_combo.setObjectName(u"doc_kind_combo")

        self.sender_layout.addWidget(self.doc_kind_combo, 1, 1, 1, 1)

        self.doc_number_label = QLabel(self.sender_group)
        self.doc_number_label.setObjectName(u"doc_number_label")

        self.sender_layout.addWidget(self.doc_number_label, 1, 2, 1, 1)

        self.doc_number_edit = QLineEdit(self.sender_group)
        self.doc_number_edit.setObjectName(u"doc_number_edit")
        self.doc_number_edit.setMaxLength(40)

        self.sender_layout.addWidget(self.doc_number_edit, 1, 3, 1, 1)

        self.sender_address_label = QLabel(self.sender_group)
        self.sender_address_label.setObjectName(u"sender_address_label")

        self.sender_layout.addWidget(self.sender_address_label, 2, 0, 1, 1)

        self.sender_address_edit = QLineEdit(self.sender_group)
        self.sender_address_edit.setObjectName(u"sender_address_edit")
        self.sender_address_edit.setMaxLength(200)

        self.sender_layout.addWidget(self.sender_address_edit, 2, 1, 1, 3)

        self.sender_hint_label = QLabel(self.sender_group)
        self.sender_hint_label.setObjectName(u"sender_hint_label")
        self.sender_hint_label.setWordWrap(True)

        self.sender_layout.addWidget(self.sender_hint_label, 3, 0, 1, 4)

        self.sender_layout.setColumnStretch(1, 1)
        self.sender_layout.setColumnStretch(3, 1)

        self.left_layout.addWidget(self.sender_group)

        self.recipient_group = QGroupBox(self.accept_tab)
        self.recipient_group.setObjectName(u"recipient_group")
        self.recipient_layout = QGridLayout(self.recipient_group)
        self.recipient_layout.setObjectName(u"recipient_layout")
        self.recipient_name_label = QLabel(self.recipient_group)
        self.recipient_name_label.setObjectName(u"recipient_name_label")

        self.recipient_layout.addWidget(self.recipient_name_label, 0, 0, 1, 1)

        self.recipient_name_edit = QLineEdit(self.recipient_group)
        self.recipient_name_edit.setObjectName(u"recipient_name_edit")
        self.recipient_name_edit.setMaxLength(60)

        self.recipient_layout.addWidget(self.recipient_name_edit, 0, 1, 1, 1)

        self.recipient_phone_label = QLabel(self.recipient_group)
        self.recipient_phone_label.setObjectName(u"recipient_phone_label")

        self.recipient_layout.addWidget(self.recipient_phone_label, 0, 2, 1, 1)

        self.recipient_phone_edit = QLineEdit(self.recipient_group)
        self.recipient_phone_edit.setObjectName(u"recipient_phone_edit")
        self.recipient_phone_edit.setMaxLength(20)

        self.recipient_layout.addWidget(self.recipient_phone_edit, 0, 3, 1, 1)

        self.recipient_address_label = QLabel(self.recipient_group)
        self.recipient_address_label.setObjectName(u"recipient_address_label")

        self.recipient_layout.addWidget(self.recipient_address_label, 1, 0, 1, 1)

        self.recipient_address_edit = QLineEdit(self.recipient_group)
        self.recipient_address_edit.setObjectName(u"recipient_address_edit")
        self.recipient_address_edit.setMaxLength(200)

        self.recipient_layout.addWidget(self.recipient_address_edit, 1, 1, 1, 3)

        self.destination_label = QLabel(self.recipient_group)
        self.destination_label.setObjectName(u"destination_label")
        self.destination_label.setWordWrap(True)

        self.recipient_layout.addWidget(self.destination_label, 2, 0, 1, 4)

        self.recipient_layout.setColumnStretch(1, 1)
        self.recipient_layout.setColumnStretch(3, 1)

        self.left_layout.addWidget(self.recipient_group)

        self.payment_group = QGroupBox(self.accept_tab)
        self.payment_group.setObjectName(u"payment_group")
        self.payment_layout = QGridLayout(self.payment_group)
        self.payment_layout.setObjectName(u"payment_layout")
        self.pay_mode_label = QLabel(self.payment_group)
        self.pay_mode_label.setObjectName(u"pay_mode_label")

        self.payment_layout.addWidget(self.pay_mode_label, 0, 0, 1, 1)

        self.pay_mode_combo = QComboBox(self.payment_group)
        self.pay_mode_combo.setObjectName(u"pay_mode_combo")
        self.pay_mode_combo.setMinimumSize(QSize(150, 0))

        self.payment_layout.addWidget(self.pay_mode_combo, 0, 1, 1, 1)

        self.account_label = QLabel(self.payment_group)
        self.account_label.setObjectName(u"account_label")

        self.payment_layout.addWidget(self.account_label, 0, 2, 1, 1)

        self.account_combo = QComboBox(self.payment_group)
        self.account_combo.setObjectName(u"account_combo")
        self.account_combo.setMinimumSize(QSize(150, 0))

        self.payment_layout.addWidget(self.account_combo, 0, 3, 1, 1)

        self.transport_label = QLabel(self.payment_group)
        self.transport_label.setObjectName(u"transport_label")

        self.payment_layout.addWidget(self.transport_label, 1, 0, 1, 1)

        self.transport_combo = QComboBox(self.payment_group)
        self.transport_combo.setObjectName(u"transport_combo")

        self.payment_layout.addWidget(self.transport_combo, 1, 1, 1, 1)

        self.transport_hint_label = QLabel(self.payment_group)
        self.transport_hint_label.setObjectName(u"transport_hint_label")
        self.transport_hint_label.setWordWrap(True)

        self.payment_layout.addWidget(self.transport_hint_label, 1, 2, 1, 2)

        self.weight_label = QLabel(self.payment_group)
        self.weight_label.setObjectName(u"weight_label")

        self.payment_layout.addWidget(self.weight_label, 2, 0, 1, 1)

        self.weight_edit = QLineEdit(self.payment_group)
        self.weight_edit.setObjectName(u"weight_edit")
        self.weight_edit.setMaxLength(10)

        self.payment_layout.addWidget(self.weight_edit, 2, 1, 1, 1)

        self.dimensions_label = QLabel(self.payment_group)
        self.dimensions_label.setObjectName(u"dimensions_label")

        self.payment_layout.addWidget(self.dimensions_label, 2, 2, 1, 1)

        self.dimensions_layout = QHBoxLayout()
        self.dimensions_layout.setObjectName(u"dimensions_layout")
        self.length_edit = QLineEdit(self.payment_group)
        self.length_edit.setObjectName(u"length_edit")
        self.length_edit.setMaximumSize(QSize(60, 16777215))

        self.dimensions_layout.addWidget(self.length_edit)

        self.times1_label = QLabel(self.payment_group)
        self.times1_label.setObjectName(u"times1_label")

        self.dimensions_layout.addWidget(self.times1_label)

        self.width_edit = QLineEdit(self.payment_group)
        self.width_edit.setObjectName(u"width_edit")
        self.width_edit.setMaximumSize(QSize(60, 16777215))

        self.dimensions_layout.addWidget(self.width_edit)

        self.times2_label = QLabel(self.payment_group)
        self.times2_label.setObjectName(u"times2_label")

        self.dimensions_layout.addWidget(self.times2_label)

        self.height_edit = QLineEdit(self.payment_group)
        self.height_edit.setObjectName(u"height_edit")
        self.height_edit.setMaximumSize(QSize(60, 16777215))

        self.dimensions_layout.addWidget(self.height_edit)


        self.payment_layout.addLayout(self.dimensions_layout, 2, 3, 1, 1)

        self.declared_label = QLabel(self.payment_group)
        self.declared_label.setObjectName(u"declared_label")

        self.payment_layout.addWidget(self.declared_label, 3, 0, 1, 1)

        self.declared_edit = QLineEdit(self.payment_group)
        self.declared_edit.setObjectName(u"declared_edit")
        self.declared_edit.setMaxLength(12)

        self.payment_layout.addWidget(self.declared_edit, 3, 1, 1, 1)

        self.cod_label = QLabel(self.payment_group)
        self.cod_label.setObjectName(u"cod_label")

        self.payment_layout.addWidget(self.cod_label, 3, 2, 1, 1)

        self.cod_edit = QLineEdit(self.payment_group)
        self.cod_edit.setObjectName(u"cod_edit")
        self.cod_edit.setMaxLength(12)

        self.payment_layout.addWidget(self.cod_edit, 3, 3, 1, 1)

        self.packaging_label = QLabel(self.payment_group)
        self.packaging_label.setObjectName(u"packaging_label")

        self.payment_layout.addWidget(self.packaging_label, 4, 0, 1, 1)

        self.packaging_layout = QHBoxLayout()
        self.packaging_layout.setObjectName(u"packaging_layout")
        self.packaging_combo = QComboBox(self.payment_group)
        self.packaging_combo.setObjectName(u"packaging_combo")
        self.packaging_combo.setMinimumSize(QSize(160, 0))

        self.packaging_layout.addWidget(self.packaging_combo)

        self.packaging_spin = QSpinBox(self.payment_group)
        self.packaging_spin.setObjectName(u"packaging_spin")
        self.packaging_spin.setMinimum(0)
        self.packaging_spin.setMaximum(99)
        self.packaging_spin.setValue(0)

        self.packaging_layout.addWidget(self.packaging_spin)

        self.packaging_layout.setStretch(0, 1)

        self.payment_layout.addLayout(self.packaging_layout, 4, 1, 1, 3)

        self.payment_layout.setColumnStretch(1, 1)
        self.payment_layout.setColumnStretch(3, 1)

        self.left_layout.addWidget(self.payment_group)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)

        self.left_layout.setStretch(4, 1)

        self.accept_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.waybill_group = QGroupBox(self.accept_tab)
        self.waybill_group.setObjectName(u"waybill_group")
        self.waybill_layout = QHBoxLayout(self.waybill_group)
        self.waybill_layout.setObjectName(u"waybill_layout")
        self.waybill_label = QLabel(self.waybill_group)
        self.waybill_label.setObjectName(u"waybill_label")

        self.waybill_layout.addWidget(self.waybill_label)

        self.waybill_edit = QLineEdit(self.waybill_group)
        self.waybill_edit.setObjectName(u"waybill_edit")
        self.waybill_edit.setMaxLength(40)

        self.waybill_layout.addWidget(self.waybill_edit)


        self.right_layout.addWidget(self.waybill_group)

        self.fee_group = QGroupBox(self.accept_tab)
        self.fee_group.setObjectName(u"fee_group")
        self.fee_layout = QVBoxLayout(self.fee_group)
        self.fee_layout.setObjectName(u"fee_layout")
        self.fee_table = QTableWidget(self.fee_group)
        self.fee_table.setObjectName(u"fee_table")
        self.fee_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fee_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fee_table.setMaximumSize(QSize(16777215, 150))
        self.fee_table.verticalHeader().setVisible(False)

        self.fee_layout.addWidget(self.fee_table)

        self.total_label = QLabel(self.fee_group)
        self.total_label.setObjectName(u"total_label")

        self.fee_layout.addWidget(self.total_label)

        self.cash_layout = QGridLayout()
        self.cash_layout.setObjectName(u"cash_layout")
        self.received_label = QLabel(self.fee_group)
        self.received_label.setObjectName(u"received_label")

        self.cash_layout.addWidget(self.received_label, 0, 0, 1, 1)

        self.received_edit = QLineEdit(self.fee_group)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setMaxLength(10)

        self.cash_layout.addWidget(self.received_edit, 0, 1, 1, 1)

        self.change_label = QLabel(self.fee_group)
        self.change_label.setObjectName(u"change_label")

        self.cash_layout.addWidget(self.change_label, 0, 2, 1, 1)

        self.override_label = QLabel(self.fee_group)
        self.override_label.setObjectName(u"override_label")

        self.cash_layout.addWidget(self.override_label, 1, 0, 1, 1)

        self.override_edit = QLineEdit(self.fee_group)
        self.override_edit.setObjectName(u"override_edit")
        self.override_edit.setMaxLength(10)

        self.cash_layout.addWidget(self.override_edit, 1, 1, 1, 1)

        self.override_reason_edit = QLineEdit(self.fee_group)
        self.override_reason_edit.setObjectName(u"override_reason_edit")
        self.override_reason_edit.setMaxLength(200)

        self.cash_layout.addWidget(self.override_reason_edit, 1, 2, 1, 1)

        self.cash_layout.setColumnStretch(1, 1)
        self.cash_layout.setColumnStretch(2, 1)

        self.fee_layout.addLayout(self.cash_layout)


        self.right_layout.addWidget(self.fee_group)

        self.inspected_check = QCheckBox(self.accept_tab)
        self.inspected_check.setObjectName(u"inspected_check")

        self.right_layout.addWidget(self.inspected_check)

        self.message_label = QLabel(self.accept_tab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.right_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.accept_button = QPushButton(self.accept_tab)
        self.accept_button.setObjectName(u"accept_button")

        self.buttons_layout.addWidget(self.accept_button)

        self.refuse_button = QPushButton(self.accept_tab)
        self.refuse_button.setObjectName(u"refuse_button")

        self.buttons_layout.addWidget(self.refuse_button)

        self.new_button = QPushButton(self.accept_tab)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.reprint_button = QPushButton(self.accept_tab)
        self.reprint_button.setObjectName(u"reprint_button")

        self.buttons_layout.addWidget(self.reprint_button)


        self.right_layout.addLayout(self.buttons_layout)

        self.recent_label = QLabel(self.accept_tab)
        self.recent_label.setObjectName(u"recent_label")

        self.right_layout.addWidget(self.recent_label)

        self.recent_table = QTableWidget(self.accept_tab)
        self.recent_table.setObjectName(u"recent_table")
        self.recent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_table.verticalHeader().setVisible(False)

        self.right_layout.addWidget(self.recent_table)

        self.right_layout.setStretch(6, 1)

        self.accept_layout.addLayout(self.right_layout)

        self.accept_layout.setStretch(0, 3)
        self.accept_layout.setStretch(1, 2)
        self.intake_tabs.addTab(self.accept_tab, "")

        self.workspace_layout.addWidget(self.intake_tabs)

#if QT_CONFIG(shortcut)
        self.contents_label.setBuddy(self.contents_edit)
        self.quantity_label.setBuddy(self.quantity_spin)
        self.liquid_label.setBuddy(self.liquid_edit)
        self.sender_phone_label.setBuddy(self.sender_phone_edit)
        self.sender_name_label.setBuddy(self.sender_name_edit)
        self.doc_kind_label.setBuddy(self.doc_kind_combo)
        self.doc_number_label.setBuddy(self.doc_number_edit)
        self.sender_address_label.setBuddy(self.sender_address_edit)
        self.recipient_name_label.setBuddy(self.recipient_name_edit)
        self.recipient_phone_label.setBuddy(self.recipient_phone_edit)
        self.recipient_address_label.setBuddy(self.recipient_address_edit)
        self.pay_mode_label.setBuddy(self.pay_mode_combo)
        self.account_label.setBuddy(self.account_combo)
        self.transport_label.setBuddy(self.transport_combo)
        self.weight_label.setBuddy(self.weight_edit)
        self.dimensions_label.setBuddy(self.length_edit)
        self.declared_label.setBuddy(self.declared_edit)
        self.cod_label.setBuddy(self.cod_edit)
        self.packaging_label.setBuddy(self.packaging_combo)
        self.waybill_label.setBuddy(self.waybill_edit)
        self.received_label.setBuddy(self.received_edit)
        self.override_label.setBuddy(self.override_edit)
        self.recent_label.setBuddy(self.recent_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contents_edit, self.quantity_spin)
        QWidget.setTabOrder(self.quantity_spin, self.liquid_edit)
        QWidget.setTabOrder(self.liquid_edit, self.sender_phone_edit)
        QWidget.setTabOrder(self.sender_phone_edit, self.sender_name_edit)
        QWidget.setTabOrder(self.sender_name_edit, self.doc_kind_combo)
        QWidget.setTabOrder(self.doc_kind_combo, self.doc_number_edit)
        QWidget.setTabOrder(self.doc_number_edit, self.sender_address_edit)
        QWidget.setTabOrder(self.sender_address_edit, self.recipient_name_edit)
        QWidget.setTabOrder(self.recipient_name_edit, self.recipient_phone_edit)
        QWidget.setTabOrder(self.recipient_phone_edit, self.recipient_address_edit)
        QWidget.setTabOrder(self.recipient_address_edit, self.pay_mode_combo)
        QWidget.setTabOrder(self.pay_mode_combo, self.account_combo)
        QWidget.setTabOrder(self.account_combo, self.transport_combo)
        QWidget.setTabOrder(self.transport_combo, self.weight_edit)
        QWidget.setTabOrder(self.weight_edit, self.length_edit)
        QWidget.setTabOrder(self.length_edit, self.width_edit)
        QWidget.setTabOrder(self.width_edit, self.height_edit)
        QWidget.setTabOrder(self.height_edit, self.declared_edit)
        QWidget.setTabOrder(self.declared_edit, self.cod_edit)
        QWidget.setTabOrder(self.cod_edit, self.packaging_combo)
        QWidget.setTabOrder(self.packaging_combo, self.packaging_spin)
        QWidget.setTabOrder(self.packaging_spin, self.waybill_edit)
        QWidget.setTabOrder(self.waybill_edit, self.received_edit)
        QWidget.setTabOrder(self.received_edit, self.override_edit)
        QWidget.setTabOrder(self.override_edit, self.override_reason_edit)
        QWidget.setTabOrder(self.override_reason_edit, self.inspected_check)
        QWidget.setTabOrder(self.inspected_check, self.accept_button)
        QWidget.setTabOrder(self.accept_button, self.refuse_button)
        QWidget.setTabOrder(self.refuse_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.reprint_button)
        QWidget.setTabOrder(self.reprint_button, self.recent_table)

        self.retranslateUi(IntakeWorkspace)

        QMetaObject.connectSlotsByName(IntakeWorkspace)
    # setupUi

    def retranslateUi(self, IntakeWorkspace):
        self.contents_group.setTitle(QCoreApplication.translate("IntakeWorkspace", u"1 \u00b7 Contents \u2014 can it be sent?", None))
        self.contents_label.setText(QCoreApplication.translate("IntakeWorkspace", u"&Contents", None))
        self.contents_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"what is inside, as the customer says (\u8863\u670d, \u8336\u53f6, \u624b\u673a\u2026)", None))
        self.quantity_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Pieces", None))
        self.liquid_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Liquid (ml)", None))
        self.verdict_label.setText("")
        self.sender_group.setTitle(QCoreApplication.translate("IntakeWorkspace", u"Sender \u2014 real-name registration", None))
        self.sender_phone_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Sender &phone", None))
        self.sender_phone_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"Enter recalls a known sender", None))
        self.sender_name_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Sender name", None))
        self.doc_kind_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Document", None))
        self.doc_number_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Document no.", None))
        self.sender_address_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Sender address", None))
        self.sender_hint_label.setText("")
        self.recipient_group.setTitle(QCoreApplication.translate("IntakeWorkspace", u"2 \u00b7 Recipient \u2014 can the destination be served?", None))
        self.recipient_name_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Recipient name", None))
        self.recipient_phone_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Recipient phone", None))
        self.recipient_address_label.setText(QCoreApplication.translate("IntakeWorkspace", u"&Address", None))
        self.recipient_address_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"province, city, district, street and number", None))
        self.destination_label.setText("")
        self.payment_group.setTitle(QCoreApplication.translate("IntakeWorkspace", u"3 \u00b7 Payment and service", None))
        self.pay_mode_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Pa&yment", None))
        self.account_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Account", None))
        self.transport_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Service", None))
        self.transport_hint_label.setText("")
        self.weight_label.setText(QCoreApplication.translate("IntakeWorkspace", u"&Weight (kg)", None))
        self.weight_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"e.g. 1.2", None))
        self.dimensions_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Size (cm)", None))
        self.length_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"L", None))
        self.times1_label.setText(QCoreApplication.translate("IntakeWorkspace", u"\u00d7", None))
        self.width_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"W", None))
        self.times2_label.setText(QCoreApplication.translate("IntakeWorkspace", u"\u00d7", None))
        self.height_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"H", None))
        self.declared_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Declared value (\u5143)", None))
        self.declared_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"insure (\u4fdd\u4ef7)", None))
        self.cod_label.setText(QCoreApplication.translate("IntakeWorkspace", u"COD amount (\u5143)", None))
        self.cod_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"\u4ee3\u6536\u8d27\u6b3e", None))
        self.packaging_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Packaging sold", None))
        self.waybill_group.setTitle(QCoreApplication.translate("IntakeWorkspace", u"4 \u00b7 Waybill", None))
        self.waybill_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Waybill &no.", None))
        self.waybill_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"scan the waybill form", None))
        self.fee_group.setTitle(QCoreApplication.translate("IntakeWorkspace", u"5 \u00b7 Fee", None))
        self.total_label.setText("")
        self.received_label.setText(QCoreApplication.translate("IntakeWorkspace", u"&Received (\u5143)", None))
        self.received_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"cash handed over", None))
        self.change_label.setText("")
        self.override_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Charge instead (\u5143)", None))
        self.override_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"supervisor only", None))
        self.override_reason_edit.setPlaceholderText(QCoreApplication.translate("IntakeWorkspace", u"reason for the other price", None))
        self.inspected_check.setText(QCoreApplication.translate("IntakeWorkspace", u"I have &inspected the contents (\u9a8c\u89c6)", None))
        self.message_label.setText("")
        self.accept_button.setText(QCoreApplication.translate("IntakeWorkspace", u"Accept (Ctrl+Enter)", None))
        self.refuse_button.setText(QCoreApplication.translate("IntakeWorkspace", u"Re&fuse\u2026", None))
        self.new_button.setText(QCoreApplication.translate("IntakeWorkspace", u"New parcel (Ctrl+N)", None))
        self.reprint_button.setText(QCoreApplication.translate("IntakeWorkspace", u"Reprint slip (Ctrl+P)", None))
        self.recent_label.setText(QCoreApplication.translate("IntakeWorkspace", u"Today at the counter", None))
        self.intake_tabs.setTabText(self.intake_tabs.indexOf(self.accept_tab), QCoreApplication.translate("IntakeWorkspace", u"Accept a parcel", None))
        pass
    # retranslateUi

