# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(460, 300)
        self.login_layout = QVBoxLayout(LoginDialog)
        self.login_layout.setObjectName(u"login_layout")
        self.title_label = QLabel(LoginDialog)
        self.title_label.setObjectName(u"title_label")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.title_label.setFont(font)

        self.login_layout.addWidget(self.title_label)

        self.station_label = QLabel(LoginDialog)
        self.station_label.setObjectName(u"station_label")
        self.station_label.setText(u"")

        self.login_layout.addWidget(self.station_label)

        self.login_form = QFormLayout()
        self.login_form.setObjectName(u"login_form")
        self.job_number_label = QLabel(LoginDialog)
        self.job_number_label.setObjectName(u"job_number_label")

        self.login_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.job_number_label)

        self.job_number_edit = QLineEdit(LoginDialog)
        self.job_number_edit.setObjectName(u"job_number_edit")
        self.job_number_edit.setMaxLength(16)

        self.login_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.job_number_edit)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.login_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(LoginDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.login_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.language_label = QLabel(LoginDialog)
        self.language_label.setObjectName(u"language_label")

        self.login_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(LoginDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.login_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language_combo)


        self.login_layout.addLayout(self.login_form)

        self.message_label = QLabel(LoginDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.login_layout.addWidget(self.message_label)

        self.login_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.login_layout.addItem(self.login_spacer)

        self.login_buttons = QHBoxLayout()
        self.login_buttons.setObjectName(u"login_buttons")
        self.login_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.login_buttons.addItem(self.login_button_spacer)

        self.quit_button = QPushButton(LoginDialog)
        self.quit_button.setObjectName(u"quit_button")

        self.login_buttons.addWidget(self.quit_button)

        self.login_button = QPushButton(LoginDialog)
        self.login_button.setObjectName(u"login_button")

        self.login_buttons.addWidget(self.login_button)


        self.login_layout.addLayout(self.login_buttons)

#if QT_CONFIG(shortcut)
        self.job_number_label.setBuddy(self.job_number_edit)
        self.password_label.setBuddy(self.password_edit)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.job_number_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.login_button)
        QWidget.setTabOrder(self.login_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.quit_button)

        self.retranslateUi(LoginDialog)

        self.login_button.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in", None))
        self.title_label.setText(QCoreApplication.translate("LoginDialog", u"Station desk \u2014 log in", None))
        self.job_number_label.setText(QCoreApplication.translate("LoginDialog", u"&Job number (\u5de5\u53f7)", None))
        self.job_number_edit.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"e.g. 1001", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
        self.language_label.setText(QCoreApplication.translate("LoginDialog", u"&Language", None))
        self.quit_button.setText(QCoreApplication.translate("LoginDialog", u"&Quit", None))
        self.login_button.setText(QCoreApplication.translate("LoginDialog", u"Log &in", None))
    # retranslateUi

