# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DriverPage(object):
    def setupUi(self, DriverPage):
        if not DriverPage.objectName():
            DriverPage.setObjectName(u"DriverPage")
        DriverPage.resize(1200, 700)
        self.driver_layout = QVBoxLayout(DriverPage)
        self.driver_layout.setObjectName(u"driver_layout")
        self.driver_bar_layout = QHBoxLayout()
        self.driver_bar_layout.setObjectName(u"driver_bar_layout")
        self.driver_label = QLabel(DriverPage)
        self.driver_label.setObjectName(u"driver_label")

        self.driver_bar_layout.addWidget(self.driver_label)

        self.driver_combo = QComboBox(DriverPage)
        self.driver_combo.setObjectName(u"driver_combo")
        self.driver_combo.setMinimumSize(QSize(200, 0))

        self.driver_bar_layout.addWidget(self.driver_combo)

        self.plan_radio = QRadioButton(DriverPage)
        self.plan_radio.setObjectName(u"plan_radio")
        self.plan_radio.setChecked(True)

        self.driver_bar_layout.addWidget(self.plan_radio)

        self.check_radio = QRadioButton(DriverPage)
        self.check_radio.setObjectName(u"check_radio")

        self.driver_bar_layout.addWidget(self.check_radio)

        self.driver_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.driver_bar_layout.addItem(self.driver_bar_spacer)

        self.refresh_button = QPushButton(DriverPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.driver_bar_layout.addWidget(self.refresh_button)


        self.driver_layout.addLayout(self.driver_bar_layout)

        self.number_bar_layout = QHBoxLayout()
        self.number_bar_layout.setObjectName(u"number_bar_layout")
        self.number_label = QLabel(DriverPage)
        self.number_label.setObjectName(u"number_label")

        self.number_bar_layout.addWidget(self.number_label)

        self.number_edit = QLineEdit(DriverPage)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(40)
        font = QFont()
        font.setPointSize(16)
        self.number_edit.setFont(font)

        self.number_bar_layout.addWidget(self.number_edit)

        self.summary_label = QLabel(DriverPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        font1 = QFont()
        font1.setPointSize(16)
        font1.setBold(True)
        self.summary_label.setFont(font1)
        self.summary_label.setWordWrap(True)

        self.number_bar_layout.addWidget(self.summary_label)

        self.number_bar_layout.setStretch(1, 2)
        self.number_bar_layout.setStretch(2, 3)

        self.driver_layout.addLayout(self.number_bar_layout)

        self.message_label = QLabel(DriverPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.driver_layout.addWidget(self.message_label)

        self.lists_layout = QHBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.stock_group = QGroupBox(DriverPage)
        self.stock_group.setObjectName(u"stock_group")
        self.stock_layout = QVBoxLayout(self.stock_group)
        self.stock_layout.setObjectName(u"stock_layout")
        self.stock_table = QTableWidget(self.stock_group)
        self.stock_table.setObjectName(u"stock_table")
        self.stock_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stock_table.setAlternatingRowColors(True)
        self.stock_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stock_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.stock_table.verticalHeader().setVisible(False)

        self.stock_layout.addWidget(self.stock_table)

        self.stock_bar_layout = QHBoxLayout()
        self.stock_bar_layout.setObjectName(u"stock_bar_layout")
        self.add_selected_button = QPushButton(self.stock_group)
        self.add_selected_button.setObjectName(u"add_selected_button")

        self.stock_bar_layout.addWidget(self.add_selected_button)

        self.stock_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stock_bar_layout.addItem(self.stock_bar_spacer)


        self.stock_layout.addLayout(self.stock_bar_layout)


        self.lists_layout.addWidget(self.stock_group)

        self.list_group = QGroupBox(DriverPage)
        self.list_group.setObjectName(u"list_group")
        self.list_layout = QVBoxLayout(self.list_group)
        self.list_layout.setObjectName(u"list_layout")
        self.pickup_table = QTableWidget(self.list_group)
        self.pickup_table.setObjectName(u"pickup_table")
        self.pickup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pickup_table.setAlternatingRowColors(True)
        self.pickup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pickup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pickup_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.pickup_table)


        self.lists_layout.addWidget(self.list_group)

        self.wrong_group = QGroupBox(DriverPage)
        self.wrong_group.setObjectName(u"wrong_group")
        self.wrong_layout = QVBoxLayout(self.wrong_group)
        self.wrong_layout.setObjectName(u"wrong_layout")
        self.wrong_list = QListWidget(self.wrong_group)
        self.wrong_list.setObjectName(u"wrong_list")
        font2 = QFont()
        font2.setPointSize(14)
        self.wrong_list.setFont(font2)

        self.wrong_layout.addWidget(self.wrong_list)


        self.lists_layout.addWidget(self.wrong_group)

        self.lists_layout.setStretch(0, 3)
        self.lists_layout.setStretch(1, 3)
        self.lists_layout.setStretch(2, 2)

        self.driver_layout.addLayout(self.lists_layout)

        self.handover_bar_layout = QHBoxLayout()
        self.handover_bar_layout.setObjectName(u"handover_bar_layout")
        self.clear_scans_button = QPushButton(DriverPage)
        self.clear_scans_button.setObjectName(u"clear_scans_button")

        self.handover_bar_layout.addWidget(self.clear_scans_button)

        self.handover_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handover_bar_layout.addItem(self.handover_bar_spacer)

        self.hand_over_button = QPushButton(DriverPage)
        self.hand_over_button.setObjectName(u"hand_over_button")
        font3 = QFont()
        font3.setPointSize(14)
        font3.setBold(True)
        self.hand_over_button.setFont(font3)

        self.handover_bar_layout.addWidget(self.hand_over_button)


        self.driver_layout.addLayout(self.handover_bar_layout)

        self.driver_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.driver_label.setBuddy(self.driver_combo)
        self.number_label.setBuddy(self.number_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DriverPage)

        QMetaObject.connectSlotsByName(DriverPage)
    # setupUi

    def retranslateUi(self, DriverPage):
        self.driver_label.setText(QCoreApplication.translate("DriverPage", u"&Driver", None))
        self.plan_radio.setText(QCoreApplication.translate("DriverPage", u"&Plan the list", None))
        self.check_radio.setText(QCoreApplication.translate("DriverPage", u"C&heck the pickup", None))
        self.refresh_button.setText(QCoreApplication.translate("DriverPage", u"&Refresh", None))
        self.number_label.setText(QCoreApplication.translate("DriverPage", u"&Waybill", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("DriverPage", u"scan, or type the number and press Enter", None))
        self.stock_group.setTitle(QCoreApplication.translate("DriverPage", u"In stock", None))
        self.add_selected_button.setText(QCoreApplication.translate("DriverPage", u"&Add selected to the list", None))
        self.list_group.setTitle(QCoreApplication.translate("DriverPage", u"Pickup list", None))
        self.wrong_group.setTitle(QCoreApplication.translate("DriverPage", u"Wrong: not on the list, keep them here", None))
        self.clear_scans_button.setText(QCoreApplication.translate("DriverPage", u"Check a&gain", None))
        self.hand_over_button.setText(QCoreApplication.translate("DriverPage", u"Hand &over to the driver", None))
        pass
    # retranslateUi

