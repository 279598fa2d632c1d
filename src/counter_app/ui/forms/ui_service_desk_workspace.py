# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ServiceDeskWorkspace(object):
    def setupUi(self, ServiceDeskWorkspace):
        if not ServiceDeskWorkspace.objectName():
            ServiceDeskWorkspace.setObjectName(u"ServiceDeskWorkspace")
        ServiceDeskWorkspace.resize(1200, 660)
        self.workspace_layout = QVBoxLayout(ServiceDeskWorkspace)
        self.workspace_layout.setObjectName(u"workspace_layout")
        self.pages = QTabWidget(ServiceDeskWorkspace)
        self.pages.setObjectName(u"pages")
        self.enquiries_tab = QWidget()
        self.enquiries_tab.setObjectName(u"enquiries_tab")
        self.enquiries_layout = QHBoxLayout(self.enquiries_tab)
        self.enquiries_layout.setObjectName(u"enquiries_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.new_group = QGroupBox(self.enquiries_tab)
        self.new_group.setObjectName(u"new_group")
        self.new_layout = QGridLayout(self.new_group)
        self.new_layout.setObjectName(u"new_layout")
        self.waybill_label = QLabel(self.new_group)
        self.waybill_label.setObjectName(u"waybill_label")

        self.new_layout.addWidget(self.waybill_label, 0, 0, 1, 1)

        self.waybill_edit = QLineEdit(self.new_group)
        self.waybill_edit.setObjectName(u"waybill_edit")
        self.waybill_edit.setMaxLength(40)

        self.new_layout.addWidget(self.waybill_edit, 0, 1, 1, 1)

        self.kind_label = QLabel(self.new_group)
        self.kind_label.setObjectName(u"kind_label")

        self.new_layout.addWidget(self.kind_label, 0, 2, 1, 1)

        self.kind_combo = QComboBox(self.new_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.new_layout.addWidget(self.kind_combo, 0, 3, 1, 1)

        self.caller_kind_label = QLabel(self.new_group)
        self.caller_kind_label.setObjectName(u"caller_kind_label")

        self.new_layout.addWidget(self.caller_kind_label, 1, 0, 1, 1)

        self.caller_kind_combo = QComboBox(self.new_group)
        self.caller_kind_combo.setObjectName(u"caller_kind_combo")

        self.new_layout.addWidget(self.caller_kind_combo, 1, 1, 1, 1)

        self.channel_label = QLabel(self.new_group)
        self.channel_label.setObjectName(u"channel_label")

        self.new_layout.addWidget(self.channel_label, 1, 2, 1, 1)

        self.channel_combo = QComboBox(self.new_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.new_layout.addWidget(self.channel_combo, 1, 3, 1, 1)

        self.caller_name_label = QLabel(self.new_group)
        self.caller_name_label.setObjectName(u"caller_name_label")

        self.new_layout.addWidget(self.caller_name_label, 2, 0, 1, 1)

        self.caller_name_edit = QLineEdit(self.new_group)
        self.caller_name_edit.setObjectName(u"caller_name_edit")
        self.caller_name_edit.setMaxLength(40)

        self.new_layout.addWidget(self.caller_name_edit, 2, 1, 1, 1)

        self.caller_phone_label = QLabel(self.new_group)
        self.caller_phone_label.setObjectName(u"caller_phone_label")

        self.new_layout.addWidget(self.caller_phone_label, 2, 2, 1, 1)

        self.caller_phone_edit = QLineEdit(self.new_group)
        self.caller_phone_edit.setObjectName(u"caller_phone_edit")
        self.caller_phone_edit.setMaxLength(20)

        self.new_layout.addWidget(self.caller_phone_edit, 2, 3, 1, 1)

        self.caller_point_label = QLabel(self.new_group)
        self.caller_point_label.setObjectName(u"caller_point_label")

        self.new_layout.addWidget(self.caller_point_label, 3, 0, 1, 1)

        self.caller_point_edit = QLineEdit(self.new_group)
        self.caller_point_edit.setObjectName(u"caller_point_edit")
        self.caller_point_edit.setMaxLength(60)

        self.new_layout.addWidget(self.caller_point_edit, 3, 1, 1, 3)

        self.sender_phone_label = QLabel(self.new_group)
        self.sender_phone_label.setObjectName(u"sender_phone_label")

        self.new_layout.addWidget(self.sender_phone_label, 4, 0, 1, 1)

        self.sender_phone_edit = QLineEdit(self.new_group)
        self.sender_phone_edit.setObjectName(u"sender_phone_edit")
        self.sender_phone_edit.setMaxLength(20)

        self.new_layout.addWidget(self.sender_phone_edit, 4, 1, 1, 1)

        self.recipient_phone_label = QLabel(self.new_group)
        self.recipient_phone_label.setObjectName(u"recipient_phone_label")

        self.new_layout.addWidget(self.recipient_phone_label, 4, 2, 1, 1)

        self.recipient_phone_edit = QLineEdit(self.new_group)
        self.recipient_phone_edit.setObjectName(u"recipient_phone_edit")
        self.recipient_phone_edit.setMaxLength(20)

        self.new_layout.addWidget(self.recipient_phone_edit, 4, 3, 1, 1)

        self.sender_address_label = QLabel(self.new_group)
        self.sender_address_label.setObjectName(u"sender_address_label")

        self.new_layout.addWidget(self.sender_address_label, 5, 0, 1, 1)

        self.sender_address_edit = QLineEdit(self.new_group)
        self.sender_address_edit.setObjectName(u"sender_address_edit")
        self.sender_address_edit.setMaxLength(200)

        self.new_layout.addWidget(self.sender_address_edit, 5, 1, 1, 3)

        self.recipient_address_label = QLabel(self.new_group)
        self.recipient_address_label.setObjectName(u"recipient_address_label")

        self.new_layout.addWidget(self.recipient_address_label, 6, 0, 1, 1)

        self.recipient_address_edit = QLineEdit(self.new_group)
        self.recipient_address_edit.setObjectName(u"recipient_address_edit")
        self.recipient_address_edit.setMaxLength(200)

        self.new_layout.addWidget(self.recipient_address_edit, 6, 1, 1, 3)

        self.question_label = QLabel(self.new_group)
        self.question_label.setObjectName(u"question_label")

        self.new_layout.addWidget(self.question_label, 7, 0, 1, 1)

        self.question_edit = QPlainTextEdit(self.new_group)
        self.question_edit.setObjectName(u"question_edit")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMaximumSize(QSize(16777215, 52))

        self.new_layout.addWidget(self.question_edit, 7, 1, 1, 3)

        self.log_message_label = QLabel(self.new_group)
        self.log_message_label.setObjectName(u"log_message_label")
        self.log_message_label.setWordWrap(True)

        self.new_layout.addWidget(self.log_message_label, 8, 0, 1, 3)

        self.log_button = QPushButton(self.new_group)
        self.log_button.setObjectName(u"log_button")

        self.new_layout.addWidget(self.log_button, 8, 3, 1, 1)

        self.new_layout.setColumnStretch(1, 1)
        self.new_layout.setColumnStretch(3, 1)

        self.left_layout.addWidget(self.new_group)

        self.open_count_label = QLabel(self.enquiries_tab)
        self.open_count_label.setObjectName(u"open_count_label")
        self.open_count_label.setWordWrap(True)

        self.left_layout.addWidget(self.open_count_label)

        self.open_table = QTableWidget(self.enquiries_tab)
        self.open_table.setObjectName(u"open_table")
        self.open_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.open_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.left_layout.addWidget(self.open_table)


        self.enquiries_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.parcel_holder = QWidget(self.enquiries_tab)
        self.parcel_holder.setObjectName(u"parcel_holder")
        self.parcel_holder_layout = QVBoxLayout(self.parcel_holder)
        self.parcel_holder_layout.setObjectName(u"parcel_holder_layout")
        self.parcel_holder_layout.setContentsMargins(0, 0, 0, 0)

        self.right_layout.addWidget(self.parcel_holder)

        self.answer_group = QGroupBox(self.enquiries_tab)
        self.answer_group.setObjectName(u"answer_group")
        self.answer_layout = QGridLayout(self.answer_group)
        self.answer_layout.setObjectName(u"answer_layout")
        self.selected_label = QLabel(self.answer_group)
        self.selected_label.setObjectName(u"selected_label")
        self.selected_label.setWordWrap(True)

        self.answer_layout.addWidget(self.selected_label, 0, 0, 1, 4)

        self.case_label = QLabel(self.answer_group)
        self.case_label.setObjectName(u"case_label")

        self.answer_layout.addWidget(self.case_label, 1, 0, 1, 1)

        self.case_combo = QComboBox(self.answer_group)
        self.case_combo.setObjectName(u"case_combo")

        self.answer_layout.addWidget(self.case_combo, 1, 1, 1, 3)

        self.checklist_list = QListWidget(self.answer_group)
        self.checklist_list.setObjectName(u"checklist_list")
        self.checklist_list.setMaximumSize(QSize(16777215, 84))

        self.answer_layout.addWidget(self.checklist_list, 2, 0, 1, 4)

        self.reply_label = QLabel(self.answer_group)
        self.reply_label.setObjectName(u"reply_label")

        self.answer_layout.addWidget(self.reply_label, 3, 0, 1, 1)

        self.reply_edit = QPlainTextEdit(self.answer_group)
        self.reply_edit.setObjectName(u"reply_edit")
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setMaximumSize(QSize(16777215, 52))

        self.answer_layout.addWidget(self.reply_edit, 3, 1, 1, 3)

        self.answer_message_label = QLabel(self.answer_group)
        self.answer_message_label.setObjectName(u"answer_message_label")
        self.answer_message_label.setWordWrap(True)

        self.answer_layout.addWidget(self.answer_message_label, 4, 0, 1, 2)

        self.save_progress_button = QPushButton(self.answer_group)
        self.save_progress_button.setObjectName(u"save_progress_button")

        self.answer_layout.addWidget(self.save_progress_button, 4, 2, 1, 1)

        self.answer_button = QPushButton(self.answer_group)
        self.answer_button.setObjectName(u"answer_button")

        self.answer_layout.addWidget(self.answer_button, 4, 3, 1, 1)

        self.answer_layout.setColumnStretch(1, 1)

        self.right_layout.addWidget(self.answer_group)

        self.right_layout.setStretch(0, 3)

        self.enquiries_layout.addLayout(self.right_layout)

        self.enquiries_layout.setStretch(0, 1)
        self.enquiries_layout.setStretch(1, 1)
        self.pages.addTab(self.enquiries_tab, "")
        self.notebook_tab = QWidget()
        self.notebook_tab.setObjectName(u"notebook_tab")
        self.notebook_layout = QVBoxLayout(self.notebook_tab)
        self.notebook_layout.setObjectName(u"notebook_layout")
        self.note_form_layout = QGridLayout()
        self.note_form_layout.setObjectName(u"note_form_layout")
        self.note_waybill_label = QLabel(self.notebook_tab)
        self.note_waybill_label.setObjectName(u"note_waybill_label")

        self.note_form_layout.addWidget(self.note_waybill_label, 0, 0, 1, 1)

        self.note_waybill_edit = QLineEdit(self.notebook_tab)
        self.note_waybill_edit.setObjectName(u"note_waybill_edit")
        self.note_waybill_edit.setMaxLength(40)

        self.note_form_layout.addWidget(self.note_waybill_edit, 0, 1, 1, 1)

        self.note_label = QLabel(self.notebook_tab)
        self.note_label.setObjectName(u"note_label")

        self.note_form_layout.addWidget(self.note_label, 0, 2, 1, 1)

        self.note_edit = QLineEdit(self.notebook_tab)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.note_form_layout.addWidget(self.note_edit, 0, 3, 1, 1)

        self.add_note_button = QPushButton(self.notebook_tab)
        self.add_note_button.setObjectName(u"add_note_button")

        self.note_form_layout.addWidget(self.add_note_button, 0, 4, 1, 1)

        self.note_search_label = QLabel(self.notebook_tab)
        self.note_search_label.setObjectName(u"note_search_label")

        self.note_form_layout.addWidget(self.note_search_label, 1, 0, 1, 1)

        self.note_search_edit = QLineEdit(self.notebook_tab)
        self.note_search_edit.setObjectName(u"note_search_edit")
        self.note_search_edit.setMaxLength(40)

        self.note_form_layout.addWidget(self.note_search_edit, 1, 1, 1, 3)

        self.note_search_button = QPushButton(self.notebook_tab)
        self.note_search_button.setObjectName(u"note_search_button")

        self.note_form_layout.addWidget(self.note_search_button, 1, 4, 1, 1)

        self.note_message_label = QLabel(self.notebook_tab)
        self.note_message_label.setObjectName(u"note_message_label")
        self.note_message_label.setWordWrap(True)

        self.note_form_layout.addWidget(self.note_message_label, 2, 0, 1, 5)

        self.note_form_layout.setColumnStretch(1, 1)
        self.note_form_layout.setColumnStretch(3, 3)

        self.notebook_layout.addLayout(self.note_form_layout)

        self.notes_table = QTableWidget(self.notebook_tab)
        self.notes_table.setObjectName(u"notes_table")
        self.notes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.notebook_layout.addWidget(self.notes_table)

        self.pages.addTab(self.notebook_tab, "")
        self.week_tab = QWidget()
        self.week_tab.setObjectName(u"week_tab")
        self.week_layout = QVBoxLayout(self.week_tab)
        self.week_layout.setObjectName(u"week_layout")
        self.week_form_layout = QHBoxLayout()
        self.week_form_layout.setObjectName(u"week_form_layout")
        self.week_start_label = QLabel(self.week_tab)
        self.week_start_label.setObjectName(u"week_start_label")

        self.week_form_layout.addWidget(self.week_start_label)

        self.week_start_edit = QDateEdit(self.week_tab)
        self.week_start_edit.setObjectName(u"week_start_edit")
        self.week_start_edit.setCalendarPopup(True)

        self.week_form_layout.addWidget(self.week_start_edit)

        self.week_button = QPushButton(self.week_tab)
        self.week_button.setObjectName(u"week_button")

        self.week_form_layout.addWidget(self.week_button)

        self.week_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.week_form_layout.addItem(self.week_spacer)


        self.week_layout.addLayout(self.week_form_layout)

        self.week_summary_label = QLabel(self.week_tab)
        self.week_summary_label.setObjectName(u"week_summary_label")
        self.week_summary_label.setWordWrap(True)

        self.week_layout.addWidget(self.week_summary_label)

        self.week_table = QTableWidget(self.week_tab)
        self.week_table.setObjectName(u"week_table")
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.week_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.week_layout.addWidget(self.week_table)

        self.pages.addTab(self.week_tab, "")

        self.workspace_layout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.waybill_label.setBuddy(self.waybill_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.caller_kind_label.setBuddy(self.caller_kind_combo)
        self.channel_label.setBuddy(self.channel_combo)
        self.caller_name_label.setBuddy(self.caller_name_edit)
        self.caller_phone_label.setBuddy(self.caller_phone_edit)
        self.caller_point_label.setBuddy(self.caller_point_edit)
        self.sender_phone_label.setBuddy(self.sender_phone_edit)
        self.recipient_phone_label.setBuddy(self.recipient_phone_edit)
        self.sender_address_label.setBuddy(self.sender_address_edit)
        self.recipient_address_label.setBuddy(self.recipient_address_edit)
        self.question_label.setBuddy(self.question_edit)
        self.case_label.setBuddy(self.case_combo)
        self.reply_label.setBuddy(self.reply_edit)
        self.note_waybill_label.setBuddy(self.note_waybill_edit)
        self.note_label.setBuddy(self.note_edit)
        self.note_search_label.setBuddy(self.note_search_edit)
        self.week_start_label.setBuddy(self.week_start_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceDeskWorkspace)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ServiceDeskWorkspace)
    # setupUi

    def retranslateUi(self, ServiceDeskWorkspace):
        self.new_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"New enquiry (CS-1)", None))
        self.waybill_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Waybill", None))
        self.waybill_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"scan or type", None))
        self.kind_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Kind", None))
        self.caller_kind_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Caller &is", None))
        self.channel_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"C&hannel", None))
        self.caller_name_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Caller", None))
        self.caller_name_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"surname is enough", None))
        self.caller_phone_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Phone", None))
        self.caller_point_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Network p&oint", None))
        self.caller_point_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"which point is asking (network point callers)", None))
        self.sender_phone_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Sender phone", None))
        self.recipient_phone_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Recipient phone", None))
        self.sender_address_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Sender address", None))
        self.recipient_address_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Recipient address", None))
        self.question_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Question", None))
        self.question_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"what the caller asks; Ctrl+Enter logs it", None))
        self.log_message_label.setText("")
        self.log_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Log enquiry", None))
        self.open_count_label.setText("")
        self.answer_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"The selected enquiry", None))
        self.selected_label.setText("")
        self.case_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Ca&se", None))
        self.reply_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Reply", None))
        self.reply_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"what the caller was told", None))
        self.answer_message_label.setText("")
        self.save_progress_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Save checklis&t", None))
        self.answer_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Answer", None))
        self.pages.setTabText(self.pages.indexOf(self.enquiries_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Enquiries", None))
        self.note_waybill_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Wa&ybill", None))
        self.note_waybill_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"optional", None))
        self.note_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Note", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"what happened, what was agreed; Enter adds it", None))
        self.add_note_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"A&dd", None))
        self.note_search_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Search", None))
        self.note_search_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"words or a waybill", None))
        self.note_search_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Find", None))
        self.note_message_label.setText("")
        self.pages.setTabText(self.pages.indexOf(self.notebook_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Notebook", None))
        self.week_start_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Week &starting", None))
        self.week_start_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"yyyy-MM-dd", None))
        self.week_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Sho&w", None))
        self.week_summary_label.setText("")
        self.pages.setTabText(self.pages.indexOf(self.week_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Week", None))
        pass
    # retranslateUi

