# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage):
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        AccountsPage.resize(1200, 700)
        self.accounts_layout = QVBoxLayout(AccountsPage)
        self.accounts_layout.setObjectName(u"accounts_layout")
        self.note_label = QLabel(AccountsPage)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setText(u"")
        self.note_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.note_label.setFont(font)

        self.accounts_layout.addWidget(self.note_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.accounts_group = QGroupBox(AccountsPage)
        self.accounts_group.setObjectName(u"accounts_group")
        self.accounts_list_layout = QVBoxLayout(self.accounts_group)
        self.accounts_list_layout.setObjectName(u"accounts_list_layout")
        self.accounts_table = QTableWidget(self.accounts_group)
        self.accounts_table.setObjectName(u"accounts_table")
        self.accounts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts_table.setAlternatingRowColors(True)
        self.accounts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts_table.verticalHeader().setVisible(False)

        self.accounts_list_layout.addWidget(self.accounts_table)


        self.body_layout.addWidget(self.accounts_group)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.form_group = QGroupBox(AccountsPage)
        self.form_group.setObjectName(u"form_group")
        self.form_layout = QGridLayout(self.form_group)
        self.form_layout.setObjectName(u"form_layout")
        self.code_label = QLabel(self.form_group)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.addWidget(self.code_label, 0, 0, 1, 1)

        self.code_edit = QLineEdit(self.form_group)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(16)

        self.form_layout.addWidget(self.code_edit, 0, 1, 1, 1)

        self.name_label = QLabel(self.form_group)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.addWidget(self.name_label, 1, 0, 1, 1)

        self.name_edit = QLineEdit(self.form_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.form_layout.addWidget(self.name_edit, 1, 1, 1, 1)

        self.contact_label = QLabel(self.form_group)
        self.contact_label.setObjectName(u"contact_label")

        self.form_layout.addWidget(self.contact_label, 2, 0, 1, 1)

        self.contact_edit = QLineEdit(self.form_group)
        self.contact_edit.setObjectName(u"contact_edit")
        self.contact_edit.setMaxLength(40)

        self.form_layout.addWidget(self.contact_edit, 2, 1, 1, 1)

        self.phone_label = QLabel(self.form_group)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.addWidget(self.phone_label, 3, 0, 1, 1)

        self.phone_edit = QLineEdit(self.form_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(20)

        self.form_layout.addWidget(self.phone_edit, 3, 1, 1, 1)

        self.credit_code_label = QLabel(self.form_group)
        self.credit_code_label.setObjectName(u"credit_code_label")

        self.form_layout.addWidget(self.credit_code_label, 4, 0, 1, 1)

        self.credit_code_edit = QLineEdit(self.form_group)
        self.credit_code_edit.setObjectName(u"credit_code_edit")
        self.credit_code_edit.setMaxLength(18)

        self.form_layout.addWidget(self.credit_code_edit, 4, 1, 1, 1)

        self.account_note_label = QLabel(self.form_group)
        self.account_note_label.setObjectName(u"account_note_label")

        self.form_layout.addWidget(self.account_note_label, 5, 0, 1, 1)

        self.account_note_edit = QLineEdit(self.form_group)
        self.account_note_edit.setObjectName(u"account_note_edit")
        self.account_note_edit.setMaxLength(200)

        self.form_layout.addWidget(self.account_note_edit, 5, 1, 1, 1)

        self.active_check = QCheckBox(self.form_group)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.form_layout.addWidget(self.active_check, 6, 1, 1, 1)

        self.form_bar_layout = QHBoxLayout()
        self.form_bar_layout.setObjectName(u"form_bar_layout")
        self.new_button = QPushButton(self.form_group)
        self.new_button.setObjectName(u"new_button")

        self.form_bar_layout.addWidget(self.new_button)

        self.form_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.form_bar_layout.addItem(self.form_bar_spacer)

        self.save_button = QPushButton(self.form_group)
        self.save_button.setObjectName(u"save_button")

        self.form_bar_layout.addWidget(self.save_button)


        self.form_layout.addLayout(self.form_bar_layout, 7, 0, 1, 2)

        self.form_layout.setColumnStretch(1, 1)

        self.right_layout.addWidget(self.form_group)

        self.statement_group = QGroupBox(AccountsPage)
        self.statement_group.setObjectName(u"statement_group")
        self.statement_layout = QGridLayout(self.statement_group)
        self.statement_layout.setObjectName(u"statement_layout")
        self.statement_account_label = QLabel(self.statement_group)
        self.statement_account_label.setObjectName(u"statement_account_label")

        self.statement_layout.addWidget(self.statement_account_label, 0, 0, 1, 1)

        self.statement_account_combo = QComboBox(self.statement_group)
        self.statement_account_combo.setObjectName(u"statement_account_combo")

        self.statement_layout.addWidget(self.statement_account_combo, 0, 1, 1, 1)

        self.month_label = QLabel(self.statement_group)
        self.month_label.setObjectName(u"month_label")

        self.statement_layout.addWidget(self.month_label, 1, 0, 1, 1)

        self.month_edit = QDateEdit(self.statement_group)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")

        self.statement_layout.addWidget(self.month_edit, 1, 1, 1, 1)

        self.statement_bar_layout = QHBoxLayout()
        self.statement_bar_layout.setObjectName(u"statement_bar_layout")
        self.print_statement_button = QPushButton(self.statement_group)
        self.print_statement_button.setObjectName(u"print_statement_button")

        self.statement_bar_layout.addWidget(self.print_statement_button)

        self.export_xlsx_button = QPushButton(self.statement_group)
        self.export_xlsx_button.setObjectName(u"export_xlsx_button")

        self.statement_bar_layout.addWidget(self.export_xlsx_button)

        self.export_csv_button = QPushButton(self.statement_group)
        self.export_csv_button.setObjectName(u"export_csv_button")

        self.statement_bar_layout.addWidget(self.export_csv_button)


        self.statement_layout.addLayout(self.statement_bar_layout, 2, 0, 1, 2)

        self.statement_label = QLabel(self.statement_group)
        self.statement_label.setObjectName(u"statement_label")
        self.statement_label.setText(u"")
        self.statement_label.setWordWrap(True)
        self.statement_label.setFont(font)

        self.statement_layout.addWidget(self.statement_label, 3, 0, 1, 2)

        self.statement_layout.setColumnStretch(1, 1)

        self.right_layout.addWidget(self.statement_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)

        self.right_layout.setStretch(2, 1)

        self.body_layout.addLayout(self.right_layout)

        self.body_layout.setStretch(0, 3)
        self.body_layout.setStretch(1, 2)

        self.accounts_layout.addLayout(self.body_layout)

        self.message_label = QLabel(AccountsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accounts_layout.addWidget(self.message_label)

        self.accounts_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.contact_label.setBuddy(self.contact_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.credit_code_label.setBuddy(self.credit_code_edit)
        self.account_note_label.setBuddy(self.account_note_edit)
        self.statement_account_label.setBuddy(self.statement_account_combo)
        self.month_label.setBuddy(self.month_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accounts_table, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.contact_edit)
        QWidget.setTabOrder(self.contact_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.credit_code_edit)
        QWidget.setTabOrder(self.credit_code_edit, self.account_note_edit)
        QWidget.setTabOrder(self.account_note_edit, self.active_check)
        QWidget.setTabOrder(self.active_check, self.new_button)
        QWidget.setTabOrder(self.new_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.statement_account_combo)
        QWidget.setTabOrder(self.statement_account_combo, self.month_edit)
        QWidget.setTabOrder(self.month_edit, self.print_statement_button)
        QWidget.setTabOrder(self.print_statement_button, self.export_xlsx_button)
        QWidget.setTabOrder(self.export_xlsx_button, self.export_csv_button)

        self.retranslateUi(AccountsPage)

        QMetaObject.connectSlotsByName(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage):
        self.accounts_group.setTitle(QCoreApplication.translate("AccountsPage", u"Account customers (\u534f\u8bae\u7ed3\u7b97)", None))
        self.form_group.setTitle(QCoreApplication.translate("AccountsPage", u"Account", None))
        self.code_label.setText(QCoreApplication.translate("AccountsPage", u"Account &code", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"letters and digits, e.g. A01", None))
        self.name_label.setText(QCoreApplication.translate("AccountsPage", u"&Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"company or person", None))
        self.contact_label.setText(QCoreApplication.translate("AccountsPage", u"C&ontact", None))
        self.phone_label.setText(QCoreApplication.translate("AccountsPage", u"&Phone", None))
        self.credit_code_label.setText(QCoreApplication.translate("AccountsPage", u"C&redit code", None))
        self.credit_code_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801, 18 characters", None))
        self.account_note_label.setText(QCoreApplication.translate("AccountsPage", u"No&te", None))
        self.active_check.setText(QCoreApplication.translate("AccountsPage", u"Acti&ve (can be chosen at the counter)", None))
        self.new_button.setText(QCoreApplication.translate("AccountsPage", u"Ne&w", None))
        self.save_button.setText(QCoreApplication.translate("AccountsPage", u"&Save account", None))
        self.statement_group.setTitle(QCoreApplication.translate("AccountsPage", u"Monthly statement", None))
        self.statement_account_label.setText(QCoreApplication.translate("AccountsPage", u"&Account", None))
        self.month_label.setText(QCoreApplication.translate("AccountsPage", u"&Month", None))
        self.print_statement_button.setText(QCoreApplication.translate("AccountsPage", u"Pr&int statement\u2026", None))
        self.export_xlsx_button.setText(QCoreApplication.translate("AccountsPage", u"Export &XLSX\u2026", None))
        self.export_csv_button.setText(QCoreApplication.translate("AccountsPage", u"&Export CSV\u2026", None))
        pass
    # retranslateUi

