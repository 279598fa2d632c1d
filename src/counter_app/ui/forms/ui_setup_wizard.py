# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(640, 480)
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.station_page = QWizardPage()
        self.station_page.setObjectName(u"station_page")
        self.station_page_layout = QVBoxLayout(self.station_page)
        self.station_page_layout.setObjectName(u"station_page_layout")
        self.station_form = QFormLayout()
        self.station_form.setObjectName(u"station_form")
        self.station_name_label = QLabel(self.station_page)
        self.station_name_label.setObjectName(u"station_name_label")

        self.station_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.station_name_label)

        self.station_name_edit = QLineEdit(self.station_page)
        self.station_name_edit.setObjectName(u"station_name_edit")
        self.station_name_edit.setMaxLength(100)

        self.station_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.station_name_edit)

        self.station_code_label = QLabel(self.station_page)
        self.station_code_label.setObjectName(u"station_code_label")

        self.station_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.station_code_label)

        self.station_code_edit = QLineEdit(self.station_page)
        self.station_code_edit.setObjectName(u"station_code_edit")
        self.station_code_edit.setMaxLength(12)

        self.station_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.station_code_edit)

        self.province_label = QLabel(self.station_page)
        self.province_label.setObjectName(u"province_label")

        self.station_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_combo = QComboBox(self.station_page)
        self.province_combo.setObjectName(u"province_combo")

        self.station_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.province_combo)

        self.city_label = QLabel(self.station_page)
        self.city_label.setObjectName(u"city_label")

        self.station_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.station_page)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(40)

        self.station_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.contact_person_label = QLabel(self.station_page)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.station_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person_edit = QLineEdit(self.station_page)
        self.contact_person_edit.setObjectName(u"contact_person_edit")
        self.contact_person_edit.setMaxLength(40)

        self.station_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_person_edit)

        self.station_phone_label = QLabel(self.station_page)
        self.station_phone_label.setObjectName(u"station_phone_label")

        self.station_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.station_phone_label)

        self.station_phone_edit = QLineEdit(self.station_page)
        self.station_phone_edit.setObjectName(u"station_phone_edit")
        self.station_phone_edit.setMaxLength(20)

        self.station_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.station_phone_edit)

        self.qq_label = QLabel(self.station_page)
        self.qq_label.setObjectName(u"qq_label")

        self.station_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.qq_label)

        self.qq_edit = QLineEdit(self.station_page)
        self.qq_edit.setObjectName(u"qq_edit")
        self.qq_edit.setMaxLength(12)

        self.station_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.qq_edit)

        self.carriers_label = QLabel(self.station_page)
        self.carriers_label.setObjectName(u"carriers_label")

        self.station_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.carriers_label)

        self.carriers_list = QListWidget(self.station_page)
        self.carriers_list.setObjectName(u"carriers_list")
        self.carriers_list.setMaximumSize(QSize(16777215, 110))

        self.station_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.carriers_list)


        self.station_page_layout.addLayout(self.station_form)

        self.station_message_label = QLabel(self.station_page)
        self.station_message_label.setObjectName(u"station_message_label")
        self.station_message_label.setText(u"")
        self.station_message_label.setWordWrap(True)
        self.station_message_label.setStyleSheet(u"color: #b00020;")

        self.station_page_layout.addWidget(self.station_message_label)

        SetupWizard.addPage(self.station_page)
        self.supervisor_page = QWizardPage()
        self.supervisor_page.setObjectName(u"supervisor_page")
        self.supervisor_page_layout = QVBoxLayout(self.supervisor_page)
        self.supervisor_page_layout.setObjectName(u"supervisor_page_layout")
        self.supervisor_form = QFormLayout()
        self.supervisor_form.setObjectName(u"supervisor_form")
        self.sup_job_number_label = QLabel(self.supervisor_page)
        self.sup_job_number_label.setObjectName(u"sup_job_number_label")

        self.supervisor_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sup_job_number_label)

        self.sup_job_number_edit = QLineEdit(self.supervisor_page)
        self.sup_job_number_edit.setObjectName(u"sup_job_number_edit")
        self.sup_job_number_edit.setMaxLength(16)

        self.supervisor_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sup_job_number_edit)

        self.sup_name_label = QLabel(self.supervisor_page)
        self.sup_name_label.setObjectName(u"sup_name_label")

        self.supervisor_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sup_name_label)

        self.sup_name_edit = QLineEdit(self.supervisor_page)
        self.sup_name_edit.setObjectName(u"sup_name_edit")
        self.sup_name_edit.setMaxLength(40)

        self.supervisor_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sup_name_edit)

        self.sup_password_label = QLabel(self.supervisor_page)
        self.sup_password_label.setObjectName(u"sup_password_label")

        self.supervisor_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sup_password_label)

        self.sup_password_edit = QLineEdit(self.supervisor_page)
        self.sup_password_edit.setObjectName(u"sup_password_edit")
        self.sup_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisor_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sup_password_edit)

        self.sup_password_repeat_label = QLabel(self.supervisor_page)
        self.sup_password_repeat_label.setObjectName(u"sup_password_repeat_label")

        self.supervisor_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sup_password_repeat_label)

        self.sup_password_repeat_edit = QLineEdit(self.supervisor_page)
        self.sup_password_repeat_edit.setObjectName(u"sup_password_repeat_edit")
        self.sup_password_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisor_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sup_password_repeat_edit)


        self.supervisor_page_layout.addLayout(self.supervisor_form)

        self.supervisor_message_label = QLabel(self.supervisor_page)
        self.supervisor_message_label.setObjectName(u"supervisor_message_label")
        self.supervisor_message_label.setText(u"")
        self.supervisor_message_label.setWordWrap(True)
        self.supervisor_message_label.setStyleSheet(u"color: #b00020;")

        self.supervisor_page_layout.addWidget(self.supervisor_message_label)

        SetupWizard.addPage(self.supervisor_page)
#if QT_CONFIG(shortcut)
        self.station_name_label.setBuddy(self.station_name_edit)
        self.station_code_label.setBuddy(self.station_code_edit)
        self.province_label.setBuddy(self.province_combo)
        self.city_label.setBuddy(self.city_edit)
        self.contact_person_label.setBuddy(self.contact_person_edit)
        self.station_phone_label.setBuddy(self.station_phone_edit)
        self.qq_label.setBuddy(self.qq_edit)
        self.carriers_label.setBuddy(self.carriers_list)
        self.sup_job_number_label.setBuddy(self.sup_job_number_edit)
        self.sup_name_label.setBuddy(self.sup_name_edit)
        self.sup_password_label.setBuddy(self.sup_password_edit)
        self.sup_password_repeat_label.setBuddy(self.sup_password_repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up this station", None))
        self.station_page.setTitle(QCoreApplication.translate("SetupWizard", u"Station profile", None))
        self.station_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The monthly misroute report carries these details (MR-5). All fields are required.", None))
        self.station_name_label.setText(QCoreApplication.translate("SetupWizard", u"Station &name", None))
        self.station_name_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. \u676d\u5dde\u4e94\u4ead\u9f99\u8425\u4e1a\u90e8", None))
        self.station_code_label.setText(QCoreApplication.translate("SetupWizard", u"Station &code", None))
        self.station_code_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"3\u201312 letters or digits", None))
        self.province_label.setText(QCoreApplication.translate("SetupWizard", u"Pro&vince", None))
        self.city_label.setText(QCoreApplication.translate("SetupWizard", u"C&ity", None))
        self.contact_person_label.setText(QCoreApplication.translate("SetupWizard", u"Con&tact person", None))
        self.station_phone_label.setText(QCoreApplication.translate("SetupWizard", u"P&hone", None))
        self.station_phone_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"mobile or 0571-88886666", None))
        self.qq_label.setText(QCoreApplication.translate("SetupWizard", u"&QQ", None))
        self.qq_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"digits only", None))
        self.carriers_label.setText(QCoreApplication.translate("SetupWizard", u"Own ca&rrier(s)", None))
        self.supervisor_page.setTitle(QCoreApplication.translate("SetupWizard", u"First supervisor", None))
        self.supervisor_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The supervisor adds the other staff, couriers and drivers after logging in.", None))
        self.sup_job_number_label.setText(QCoreApplication.translate("SetupWizard", u"&Job number (\u5de5\u53f7)", None))
        self.sup_job_number_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. 1001", None))
        self.sup_name_label.setText(QCoreApplication.translate("SetupWizard", u"&Name", None))
        self.sup_password_label.setText(QCoreApplication.translate("SetupWizard", u"&Password", None))
        self.sup_password_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"at least 6 characters", None))
        self.sup_password_repeat_label.setText(QCoreApplication.translate("SetupWizard", u"&Repeat password", None))
    # retranslateUi

