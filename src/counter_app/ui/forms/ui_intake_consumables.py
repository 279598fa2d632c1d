# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConsumablesPage(object):
    def setupUi(self, ConsumablesPage):
        if not ConsumablesPage.objectName():
            ConsumablesPage.setObjectName(u"ConsumablesPage")
        ConsumablesPage.resize(1200, 700)
        self.consumables_layout = QVBoxLayout(ConsumablesPage)
        self.consumables_layout.setObjectName(u"consumables_layout")
        self.low_warning_label = QLabel(ConsumablesPage)
        self.low_warning_label.setObjectName(u"low_warning_label")
        self.low_warning_label.setText(u"")
        self.low_warning_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.low_warning_label.setFont(font)

        self.consumables_layout.addWidget(self.low_warning_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.stock_group = QGroupBox(ConsumablesPage)
        self.stock_group.setObjectName(u"stock_group")
        self.stock_layout = QVBoxLayout(self.stock_group)
        self.stock_layout.setObjectName(u"stock_layout")
        self.consumables_table = QTableWidget(self.stock_group)
        self.consumables_table.setObjectName(u"consumables_table")
        self.consumables_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consumables_table.setAlternatingRowColors(True)
        self.consumables_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consumables_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consumables_table.verticalHeader().setVisible(False)

        self.stock_layout.addWidget(self.consumables_table)


        self.body_layout.addWidget(self.stock_group)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.move_group = QGroupBox(ConsumablesPage)
        self.move_group.setObjectName(u"move_group")
        self.move_layout = QGridLayout(self.move_group)
        self.move_layout.setObjectName(u"move_layout")
        self.selected_label = QLabel(self.move_group)
        self.selected_label.setObjectName(u"selected_label")
        self.selected_label.setText(u"")
        self.selected_label.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(12)
        font1.setBold(True)
        self.selected_label.setFont(font1)

        self.move_layout.addWidget(self.selected_label, 0, 0, 1, 2)

        self.quantity_label = QLabel(self.move_group)
        self.quantity_label.setObjectName(u"quantity_label")

        self.move_layout.addWidget(self.quantity_label, 1, 0, 1, 1)

        self.quantity_edit = QLineEdit(self.move_group)
        self.quantity_edit.setObjectName(u"quantity_edit")
        self.quantity_edit.setMaxLength(6)

        self.move_layout.addWidget(self.quantity_edit, 1, 1, 1, 1)

        self.move_note_label = QLabel(self.move_group)
        self.move_note_label.setObjectName(u"move_note_label")

        self.move_layout.addWidget(self.move_note_label, 2, 0, 1, 1)

        self.move_note_edit = QLineEdit(self.move_group)
        self.move_note_edit.setObjectName(u"move_note_edit")
        self.move_note_edit.setMaxLength(100)

        self.move_layout.addWidget(self.move_note_edit, 2, 1, 1, 1)

        self.move_bar_layout = QHBoxLayout()
        self.move_bar_layout.setObjectName(u"move_bar_layout")
        self.count_in_button = QPushButton(self.move_group)
        self.count_in_button.setObjectName(u"count_in_button")

        self.move_bar_layout.addWidget(self.count_in_button)

        self.take_out_button = QPushButton(self.move_group)
        self.take_out_button.setObjectName(u"take_out_button")

        self.move_bar_layout.addWidget(self.take_out_button)

        self.recount_button = QPushButton(self.move_group)
        self.recount_button.setObjectName(u"recount_button")

        self.move_bar_layout.addWidget(self.recount_button)


        self.move_layout.addLayout(self.move_bar_layout, 3, 0, 1, 2)

        self.move_help_label = QLabel(self.move_group)
        self.move_help_label.setObjectName(u"move_help_label")
        self.move_help_label.setWordWrap(True)

        self.move_layout.addWidget(self.move_help_label, 4, 0, 1, 2)

        self.move_layout.setColumnStretch(1, 1)

        self.right_layout.addWidget(self.move_group)

        self.low_mark_group = QGroupBox(ConsumablesPage)
        self.low_mark_group.setObjectName(u"low_mark_group")
        self.low_mark_layout = QGridLayout(self.low_mark_group)
        self.low_mark_layout.setObjectName(u"low_mark_layout")
        self.low_mark_label = QLabel(self.low_mark_group)
        self.low_mark_label.setObjectName(u"low_mark_label")

        self.low_mark_layout.addWidget(self.low_mark_label, 0, 0, 1, 1)

        self.low_mark_edit = QLineEdit(self.low_mark_group)
        self.low_mark_edit.setObjectName(u"low_mark_edit")
        self.low_mark_edit.setMaxLength(6)

        self.low_mark_layout.addWidget(self.low_mark_edit, 0, 1, 1, 1)

        self.set_low_mark_button = QPushButton(self.low_mark_group)
        self.set_low_mark_button.setObjectName(u"set_low_mark_button")

        self.low_mark_layout.addWidget(self.set_low_mark_button, 0, 2, 1, 1)

        self.low_mark_layout.setColumnStretch(1, 1)

        self.right_layout.addWidget(self.low_mark_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)

        self.right_layout.setStretch(2, 1)

        self.body_layout.addLayout(self.right_layout)

        self.body_layout.setStretch(0, 3)
        self.body_layout.setStretch(1, 2)

        self.consumables_layout.addLayout(self.body_layout)

        self.message_label = QLabel(ConsumablesPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.consumables_layout.addWidget(self.message_label)

        self.consumables_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.quantity_label.setBuddy(self.quantity_edit)
        self.move_note_label.setBuddy(self.move_note_edit)
        self.low_mark_label.setBuddy(self.low_mark_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consumables_table, self.quantity_edit)
        QWidget.setTabOrder(self.quantity_edit, self.move_note_edit)
        QWidget.setTabOrder(self.move_note_edit, self.count_in_button)
        QWidget.setTabOrder(self.count_in_button, self.take_out_button)
        QWidget.setTabOrder(self.take_out_button, self.recount_button)
        QWidget.setTabOrder(self.recount_button, self.low_mark_edit)
        QWidget.setTabOrder(self.low_mark_edit, self.set_low_mark_button)

        self.retranslateUi(ConsumablesPage)

        QMetaObject.connectSlotsByName(ConsumablesPage)
    # setupUi

    def retranslateUi(self, ConsumablesPage):
        self.stock_group.setTitle(QCoreApplication.translate("ConsumablesPage", u"Counter consumables (\u7269\u6599)", None))
        self.move_group.setTitle(QCoreApplication.translate("ConsumablesPage", u"Count in, take out, recount", None))
        self.quantity_label.setText(QCoreApplication.translate("ConsumablesPage", u"&Quantity", None))
        self.quantity_edit.setPlaceholderText(QCoreApplication.translate("ConsumablesPage", u"how many", None))
        self.move_note_label.setText(QCoreApplication.translate("ConsumablesPage", u"N&ote", None))
        self.move_note_edit.setPlaceholderText(QCoreApplication.translate("ConsumablesPage", u"e.g. delivered by head office, spoilt", None))
        self.count_in_button.setText(QCoreApplication.translate("ConsumablesPage", u"Count &in", None))
        self.take_out_button.setText(QCoreApplication.translate("ConsumablesPage", u"&Take out", None))
        self.recount_button.setText(QCoreApplication.translate("ConsumablesPage", u"&Recount", None))
        self.move_help_label.setText(QCoreApplication.translate("ConsumablesPage", u"Count in: stock delivered. Take out: used or spoilt. Recount: the quantity is what you counted; the stock is set to it.", None))
        self.low_mark_group.setTitle(QCoreApplication.translate("ConsumablesPage", u"Low-stock mark (supervisor)", None))
        self.low_mark_label.setText(QCoreApplication.translate("ConsumablesPage", u"Warn at or &below", None))
        self.set_low_mark_button.setText(QCoreApplication.translate("ConsumablesPage", u"Set &low mark", None))
        pass
    # retranslateUi

