# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlaceholderWorkspace(object):
    def setupUi(self, PlaceholderWorkspace):
        if not PlaceholderWorkspace.objectName():
            PlaceholderWorkspace.setObjectName(u"PlaceholderWorkspace")
        PlaceholderWorkspace.resize(800, 500)
        self.placeholder_layout = QVBoxLayout(PlaceholderWorkspace)
        self.placeholder_layout.setObjectName(u"placeholder_layout")
        self.title_label = QLabel(PlaceholderWorkspace)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.title_label.setFont(font)

        self.placeholder_layout.addWidget(self.title_label)

        self.hint_label = QLabel(PlaceholderWorkspace)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.placeholder_layout.addWidget(self.hint_label)

        self.due_label = QLabel(PlaceholderWorkspace)
        self.due_label.setObjectName(u"due_label")

        self.placeholder_layout.addWidget(self.due_label)

        self.due_list = QListWidget(PlaceholderWorkspace)
        self.due_list.setObjectName(u"due_list")

        self.placeholder_layout.addWidget(self.due_list)


        self.retranslateUi(PlaceholderWorkspace)

        QMetaObject.connectSlotsByName(PlaceholderWorkspace)
    # setupUi

    def retranslateUi(self, PlaceholderWorkspace):
        self.due_label.setText(QCoreApplication.translate("PlaceholderWorkspace", u"Due now", None))
        pass
    # retranslateUi

