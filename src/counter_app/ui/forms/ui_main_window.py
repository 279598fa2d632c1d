# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QSizePolicy, QStatusBar, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(4, 4, 4, 0)
        self.workspace_tabs = QTabWidget(self.central_widget)
        self.workspace_tabs.setObjectName(u"workspace_tabs")
        self.workspace_tabs.setDocumentMode(True)

        self.central_layout.addWidget(self.workspace_tabs)

        self.scan_feedback_frame = QFrame(self.central_widget)
        self.scan_feedback_frame.setObjectName(u"scan_feedback_frame")
        self.scan_feedback_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.scan_feedback_layout = QHBoxLayout(self.scan_feedback_frame)
        self.scan_feedback_layout.setObjectName(u"scan_feedback_layout")
        self.scan_result_label = QLabel(self.scan_feedback_frame)
        self.scan_result_label.setObjectName(u"scan_result_label")
        self.scan_result_label.setText(u"")
        font = QFont()
        font.setPointSize(22)
        font.setBold(True)
        self.scan_result_label.setFont(font)
        self.scan_result_label.setMinimumSize(QSize(200, 0))

        self.scan_feedback_layout.addWidget(self.scan_result_label)

        self.scan_detail_label = QLabel(self.scan_feedback_frame)
        self.scan_detail_label.setObjectName(u"scan_detail_label")
        self.scan_detail_label.setText(u"")
        self.scan_detail_label.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(14)
        self.scan_detail_label.setFont(font1)

        self.scan_feedback_layout.addWidget(self.scan_detail_label)

        self.scan_feedback_layout.setStretch(1, 1)

        self.central_layout.addWidget(self.scan_feedback_frame)

        MainWindow.setCentralWidget(self.central_widget)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Station desk", None))
    # retranslateUi

