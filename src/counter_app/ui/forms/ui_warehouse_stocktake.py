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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_StocktakePage(object):
    def setupUi(self, StocktakePage):
        if not StocktakePage.objectName():
            StocktakePage.setObjectName(u"StocktakePage")
        StocktakePage.resize(1200, 700)
        self.stocktake_layout = QVBoxLayout(StocktakePage)
        self.stocktake_layout.setObjectName(u"stocktake_layout")
        self.start_bar_layout = QHBoxLayout()
        self.start_bar_layout.setObjectName(u"start_bar_layout")
        self.scope_label = QLabel(StocktakePage)
        self.scope_label.setObjectName(u"scope_label")

        self.start_bar_layout.addWidget(self.scope_label)

        self.scope_combo = QComboBox(StocktakePage)
        self.scope_combo.setObjectName(u"scope_combo")
        self.scope_combo.setMinimumSize(QSize(200, 0))

        self.start_bar_layout.addWidget(self.scope_combo)

        self.start_button = QPushButton(StocktakePage)
        self.start_button.setObjectName(u"start_button")

        self.start_bar_layout.addWidget(self.start_button)

        self.start_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_bar_layout.addItem(self.start_bar_spacer)

        self.recount_button = QPushButton(StocktakePage)
        self.recount_button.setObjectName(u"recount_button")

        self.start_bar_layout.addWidget(self.recount_button)

        self.post_button = QPushButton(StocktakePage)
        self.post_button.setObjectName(u"post_button")

        self.start_bar_layout.addWidget(self.post_button)


        self.stocktake_layout.addLayout(self.start_bar_layout)

        self.status_label = QLabel(StocktakePage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)

        self.stocktake_layout.addWidget(self.status_label)

        self.count_bar_layout = QHBoxLayout()
        self.count_bar_layout.setObjectName(u"count_bar_layout")
        self.count_label = QLabel(StocktakePage)
        self.count_label.setObjectName(u"count_label")

        self.count_bar_layout.addWidget(self.count_label)

        self.count_edit = QLineEdit(StocktakePage)
        self.count_edit.setObjectName(u"count_edit")
        self.count_edit.setMaxLength(40)
        font1 = QFont()
        font1.setPointSize(16)
        self.count_edit.setFont(font1)

        self.count_bar_layout.addWidget(self.count_edit)

        self.counted_label = QLabel(StocktakePage)
        self.counted_label.setObjectName(u"counted_label")
        self.counted_label.setText(u"")
        font2 = QFont()
        font2.setPointSize(28)
        font2.setBold(True)
        self.counted_label.setFont(font2)
        self.counted_label.setMinimumSize(QSize(180, 0))
        self.counted_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.count_bar_layout.addWidget(self.counted_label)

        self.counted_caption_label = QLabel(StocktakePage)
        self.counted_caption_label.setObjectName(u"counted_caption_label")
        font3 = QFont()
        font3.setPointSize(11)
        self.counted_caption_label.setFont(font3)

        self.count_bar_layout.addWidget(self.counted_caption_label)

        self.count_bar_layout.setStretch(1, 2)
        self.count_bar_layout.setStretch(2, 1)

        self.stocktake_layout.addLayout(self.count_bar_layout)

        self.message_label = QLabel(StocktakePage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stocktake_layout.addWidget(self.message_label)

        self.results_layout = QHBoxLayout()
        self.results_layout.setObjectName(u"results_layout")
        self.missing_group = QGroupBox(StocktakePage)
        self.missing_group.setObjectName(u"missing_group")
        self.missing_layout = QVBoxLayout(self.missing_group)
        self.missing_layout.setObjectName(u"missing_layout")
        self.missing_table = QTableWidget(self.missing_group)
        self.missing_table.setObjectName(u"missing_table")
        self.missing_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing_table.setAlternatingRowColors(True)
        self.missing_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missing_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.missing_table.verticalHeader().setVisible(False)

        self.missing_layout.addWidget(self.missing_table)


        self.results_layout.addWidget(self.missing_group)

        self.elsewhere_group = QGroupBox(StocktakePage)
        self.elsewhere_group.setObjectName(u"elsewhere_group")
        self.elsewhere_layout = QVBoxLayout(self.elsewhere_group)
        self.elsewhere_layout.setObjectName(u"elsewhere_layout")
        self.elsewhere_table = QTableWidget(self.elsewhere_group)
        self.elsewhere_table.setObjectName(u"elsewhere_table")
        self.elsewhere_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.elsewhere_table.setAlternatingRowColors(True)
        self.elsewhere_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.elsewhere_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.elsewhere_table.verticalHeader().setVisible(False)

        self.elsewhere_layout.addWidget(self.elsewhere_table)


        self.results_layout.addWidget(self.elsewhere_group)

        self.absent_group = QGroupBox(StocktakePage)
        self.absent_group.setObjectName(u"absent_group")
        self.absent_layout = QVBoxLayout(self.absent_group)
        self.absent_layout.setObjectName(u"absent_layout")
        self.absent_table = QTableWidget(self.absent_group)
        self.absent_table.setObjectName(u"absent_table")
        self.absent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absent_table.setAlternatingRowColors(True)
        self.absent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absent_table.verticalHeader().setVisible(False)

        self.absent_layout.addWidget(self.absent_table)


        self.results_layout.addWidget(self.absent_group)

        self.results_layout.setStretch(0, 3)
        self.results_layout.setStretch(1, 2)
        self.results_layout.setStretch(2, 2)

        self.stocktake_layout.addLayout(self.results_layout)

        self.posted_group = QGroupBox(StocktakePage)
        self.posted_group.setObjectName(u"posted_group")
        self.posted_layout = QVBoxLayout(self.posted_group)
        self.posted_layout.setObjectName(u"posted_layout")
        self.posted_text = QPlainTextEdit(self.posted_group)
        self.posted_text.setObjectName(u"posted_text")
        self.posted_text.setReadOnly(True)
        self.posted_text.setMaximumSize(QSize(16777215, 110))

        self.posted_layout.addWidget(self.posted_text)


        self.stocktake_layout.addWidget(self.posted_group)

        self.stocktake_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope_combo)
        self.count_label.setBuddy(self.count_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StocktakePage)

        QMetaObject.connectSlotsByName(StocktakePage)
    # setupUi

    def retranslateUi(self, StocktakePage):
        self.scope_label.setText(QCoreApplication.translate("StocktakePage", u"Stocktake &of", None))
        self.start_button.setText(QCoreApplication.translate("StocktakePage", u"&Start stocktake", None))
        self.recount_button.setText(QCoreApplication.translate("StocktakePage", u"&Recount", None))
        self.post_button.setText(QCoreApplication.translate("StocktakePage", u"&Post adjustments\u2026", None))
        self.count_label.setText(QCoreApplication.translate("StocktakePage", u"&Waybill", None))
        self.count_edit.setPlaceholderText(QCoreApplication.translate("StocktakePage", u"scan, or type the number and press Enter", None))
        self.counted_caption_label.setText(QCoreApplication.translate("StocktakePage", u"counted /\n"
"expected", None))
        self.missing_group.setTitle(QCoreApplication.translate("StocktakePage", u"Expected, not counted", None))
        self.elsewhere_group.setTitle(QCoreApplication.translate("StocktakePage", u"Counted here, recorded elsewhere", None))
        self.absent_group.setTitle(QCoreApplication.translate("StocktakePage", u"Counted, not in stock", None))
        self.posted_group.setTitle(QCoreApplication.translate("StocktakePage", u"Posted", None))
        pass
    # retranslateUi

