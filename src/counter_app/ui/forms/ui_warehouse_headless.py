# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HeadlessPage(object):
    def setupUi(self, HeadlessPage):
        if not HeadlessPage.objectName():
            HeadlessPage.setObjectName(u"HeadlessPage")
        HeadlessPage.resize(1200, 700)
        self.headless_layout = QVBoxLayout(HeadlessPage)
        self.headless_layout.setObjectName(u"headless_layout")
        self.add_group = QGroupBox(HeadlessPage)
        self.add_group.setObjectName(u"add_group")
        self.add_layout = QGridLayout(self.add_group)
        self.add_layout.setObjectName(u"add_layout")
        self.description_label = QLabel(self.add_group)
        self.description_label.setObjectName(u"description_label")

        self.add_layout.addWidget(self.description_label, 0, 0, 1, 1)

        self.description_edit = QLineEdit(self.add_group)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaxLength(200)
        font = QFont()
        font.setPointSize(14)
        self.description_edit.setFont(font)

        self.add_layout.addWidget(self.description_edit, 0, 1, 1, 5)

        self.location_label = QLabel(self.add_group)
        self.location_label.setObjectName(u"location_label")

        self.add_layout.addWidget(self.location_label, 1, 0, 1, 1)

        self.location_combo = QComboBox(self.add_group)
        self.location_combo.setObjectName(u"location_combo")
        self.location_combo.setMinimumSize(QSize(120, 0))

        self.add_layout.addWidget(self.location_combo, 1, 1, 1, 1)

        self.photo_label = QLabel(self.add_group)
        self.photo_label.setObjectName(u"photo_label")

        self.add_layout.addWidget(self.photo_label, 1, 2, 1, 1)

        self.photo_edit = QLineEdit(self.add_group)
        self.photo_edit.setObjectName(u"photo_edit")
        self.photo_edit.setReadOnly(True)

        self.add_layout.addWidget(self.photo_edit, 1, 3, 1, 1)

        self.choose_photo_button = QPushButton(self.add_group)
        self.choose_photo_button.setObjectName(u"choose_photo_button")

        self.add_layout.addWidget(self.choose_photo_button, 1, 4, 1, 1)

        self.clear_photo_button = QPushButton(self.add_group)
        self.clear_photo_button.setObjectName(u"clear_photo_button")

        self.add_layout.addWidget(self.clear_photo_button, 1, 5, 1, 1)

        self.add_bar_layout = QHBoxLayout()
        self.add_bar_layout.setObjectName(u"add_bar_layout")
        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")

        self.add_bar_layout.addWidget(self.add_button)

        self.add_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_bar_layout.addItem(self.add_bar_spacer)


        self.add_layout.addLayout(self.add_bar_layout, 2, 0, 1, 6)

        self.add_layout.setColumnStretch(1, 1)
        self.add_layout.setColumnStretch(3, 3)

        self.headless_layout.addWidget(self.add_group)

        self.message_label = QLabel(HeadlessPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headless_layout.addWidget(self.message_label)

        self.list_layout = QHBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.open_group = QGroupBox(HeadlessPage)
        self.open_group.setObjectName(u"open_group")
        self.open_layout = QVBoxLayout(self.open_group)
        self.open_layout.setObjectName(u"open_layout")
        self.headless_table = QTableWidget(self.open_group)
        self.headless_table.setObjectName(u"headless_table")
        self.headless_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.headless_table.setAlternatingRowColors(True)
        self.headless_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.headless_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.headless_table.verticalHeader().setVisible(False)

        self.open_layout.addWidget(self.headless_table)

        self.open_bar_layout = QHBoxLayout()
        self.open_bar_layout.setObjectName(u"open_bar_layout")
        self.match_button = QPushButton(self.open_group)
        self.match_button.setObjectName(u"match_button")

        self.open_bar_layout.addWidget(self.match_button)

        self.refresh_button = QPushButton(self.open_group)
        self.refresh_button.setObjectName(u"refresh_button")

        self.open_bar_layout.addWidget(self.refresh_button)

        self.open_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.open_bar_layout.addItem(self.open_bar_spacer)

        self.count_label = QLabel(self.open_group)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.open_bar_layout.addWidget(self.count_label)


        self.open_layout.addLayout(self.open_bar_layout)


        self.list_layout.addWidget(self.open_group)

        self.photo_group = QGroupBox(HeadlessPage)
        self.photo_group.setObjectName(u"photo_group")
        self.photo_layout = QVBoxLayout(self.photo_group)
        self.photo_layout.setObjectName(u"photo_layout")
        self.photo_preview_label = QLabel(self.photo_group)
        self.photo_preview_label.setObjectName(u"photo_preview_label")
        self.photo_preview_label.setText(u"")
        self.photo_preview_label.setMinimumSize(QSize(260, 260))
        self.photo_preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview_label.setWordWrap(True)

        self.photo_layout.addWidget(self.photo_preview_label)


        self.list_layout.addWidget(self.photo_group)

        self.list_layout.setStretch(0, 3)
        self.list_layout.setStretch(1, 1)

        self.headless_layout.addLayout(self.list_layout)

#if QT_CONFIG(shortcut)
        self.description_label.setBuddy(self.description_edit)
        self.location_label.setBuddy(self.location_combo)
        self.photo_label.setBuddy(self.choose_photo_button)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HeadlessPage)

        QMetaObject.connectSlotsByName(HeadlessPage)
    # setupUi

    def retranslateUi(self, HeadlessPage):
        self.add_group.setTitle(QCoreApplication.translate("HeadlessPage", u"New headless parcel (no readable waybill)", None))
        self.description_label.setText(QCoreApplication.translate("HeadlessPage", u"&Description", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("HeadlessPage", u"What it looks like, its contents, the sender's marks; Enter adds it", None))
        self.location_label.setText(QCoreApplication.translate("HeadlessPage", u"&Location", None))
        self.photo_label.setText(QCoreApplication.translate("HeadlessPage", u"Photo", None))
        self.photo_edit.setPlaceholderText(QCoreApplication.translate("HeadlessPage", u"optional", None))
        self.choose_photo_button.setText(QCoreApplication.translate("HeadlessPage", u"C&hoose\u2026", None))
        self.clear_photo_button.setText(QCoreApplication.translate("HeadlessPage", u"No photo", None))
        self.add_button.setText(QCoreApplication.translate("HeadlessPage", u"&Add to the headless list", None))
        self.open_group.setTitle(QCoreApplication.translate("HeadlessPage", u"Open headless parcels", None))
        self.match_button.setText(QCoreApplication.translate("HeadlessPage", u"&Found its number", None))
        self.refresh_button.setText(QCoreApplication.translate("HeadlessPage", u"&Refresh", None))
        self.photo_group.setTitle(QCoreApplication.translate("HeadlessPage", u"Photo", None))
        pass
    # retranslateUi

