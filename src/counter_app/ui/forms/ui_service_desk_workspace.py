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
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

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
        self.problems_tab = QWidget()
        self.problems_tab.setObjectName(u"problems_tab")
        self.problems_layout = QVBoxLayout(self.problems_tab)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problem_group = QGroupBox(self.problems_tab)
        self.problem_group.setObjectName(u"problem_group")
        self.problem_form_layout = QGridLayout(self.problem_group)
        self.problem_form_layout.setObjectName(u"problem_form_layout")
        self.problem_waybill_label = QLabel(self.problem_group)
        self.problem_waybill_label.setObjectName(u"problem_waybill_label")

        self.problem_form_layout.addWidget(self.problem_waybill_label, 0, 0, 1, 1)

        self.problem_waybill_edit = QLineEdit(self.problem_group)
        self.problem_waybill_edit.setObjectName(u"problem_waybill_edit")
        self.problem_waybill_edit.setMaxLength(40)

        self.problem_form_layout.addWidget(self.problem_waybill_edit, 0, 1, 1, 1)

        self.from_point_label = QLabel(self.problem_group)
        self.from_point_label.setObjectName(u"from_point_label")

        self.problem_form_layout.addWidget(self.from_point_label, 0, 2, 1, 1)

        self.from_point_edit = QLineEdit(self.problem_group)
        self.from_point_edit.setObjectName(u"from_point_edit")
        self.from_point_edit.setMaxLength(60)

        self.problem_form_layout.addWidget(self.from_point_edit, 0, 3, 1, 1)

        self.problem_deadline_label = QLabel(self.problem_group)
        self.problem_deadline_label.setObjectName(u"problem_deadline_label")

        self.problem_form_layout.addWidget(self.problem_deadline_label, 0, 4, 1, 1)

        self.problem_deadline_edit = QLineEdit(self.problem_group)
        self.problem_deadline_edit.setObjectName(u"problem_deadline_edit")
        self.problem_deadline_edit.setMaxLength(16)

        self.problem_form_layout.addWidget(self.problem_deadline_edit, 0, 5, 1, 1)

        self.problem_text_label = QLabel(self.problem_group)
        self.problem_text_label.setObjectName(u"problem_text_label")

        self.problem_form_layout.addWidget(self.problem_text_label, 1, 0, 1, 1)

        self.problem_message_edit = QLineEdit(self.problem_group)
        self.problem_message_edit.setObjectName(u"problem_message_edit")
        self.problem_message_edit.setMaxLength(500)

        self.problem_form_layout.addWidget(self.problem_message_edit, 1, 1, 1, 5)

        self.problem_form_message_label = QLabel(self.problem_group)
        self.problem_form_message_label.setObjectName(u"problem_form_message_label")
        self.problem_form_message_label.setWordWrap(True)

        self.problem_form_layout.addWidget(self.problem_form_message_label, 2, 0, 1, 5)

        self.log_problem_button = QPushButton(self.problem_group)
        self.log_problem_button.setObjectName(u"log_problem_button")

        self.problem_form_layout.addWidget(self.log_problem_button, 2, 5, 1, 1)

        self.problem_form_layout.setColumnStretch(1, 1)
        self.problem_form_layout.setColumnStretch(3, 1)
        self.problem_form_layout.setColumnStretch(5, 1)

        self.problems_layout.addWidget(self.problem_group)

        self.problems_table = QTableWidget(self.problems_tab)
        self.problems_table.setObjectName(u"problems_table")
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.problems_layout.addWidget(self.problems_table)

        self.problem_record_label = QLabel(self.problems_tab)
        self.problem_record_label.setObjectName(u"problem_record_label")
        self.problem_record_label.setWordWrap(True)

        self.problems_layout.addWidget(self.problem_record_label)

        self.problem_actions_layout = QGridLayout()
        self.problem_actions_layout.setObjectName(u"problem_actions_layout")
        self.action_label = QLabel(self.problems_tab)
        self.action_label.setObjectName(u"action_label")

        self.problem_actions_layout.addWidget(self.action_label, 0, 0, 1, 1)

        self.action_edit = QLineEdit(self.problems_tab)
        self.action_edit.setObjectName(u"action_edit")
        self.action_edit.setMaxLength(200)

        self.problem_actions_layout.addWidget(self.action_edit, 0, 1, 1, 1)

        self.add_action_button = QPushButton(self.problems_tab)
        self.add_action_button.setObjectName(u"add_action_button")

        self.problem_actions_layout.addWidget(self.add_action_button, 0, 2, 1, 1)

        self.outcome_label = QLabel(self.problems_tab)
        self.outcome_label.setObjectName(u"outcome_label")

        self.problem_actions_layout.addWidget(self.outcome_label, 1, 0, 1, 1)

        self.outcome_edit = QLineEdit(self.problems_tab)
        self.outcome_edit.setObjectName(u"outcome_edit")
        self.outcome_edit.setMaxLength(500)

        self.problem_actions_layout.addWidget(self.outcome_edit, 1, 1, 1, 1)

        self.close_problem_button = QPushButton(self.problems_tab)
        self.close_problem_button.setObjectName(u"close_problem_button")

        self.problem_actions_layout.addWidget(self.close_problem_button, 1, 2, 1, 1)

        self.problem_message_label = QLabel(self.problems_tab)
        self.problem_message_label.setObjectName(u"problem_message_label")
        self.problem_message_label.setWordWrap(True)

        self.problem_actions_layout.addWidget(self.problem_message_label, 2, 0, 1, 3)

        self.problem_actions_layout.setColumnStretch(1, 1)

        self.problems_layout.addLayout(self.problem_actions_layout)

        self.pages.addTab(self.problems_tab, "")
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
        self.claims_tab = QWidget()
        self.claims_tab.setObjectName(u"claims_tab")
        self.claims_layout = QVBoxLayout(self.claims_tab)
        self.claims_layout.setObjectName(u"claims_layout")
        self.claim_group = QGroupBox(self.claims_tab)
        self.claim_group.setObjectName(u"claim_group")
        self.claim_form_layout = QGridLayout(self.claim_group)
        self.claim_form_layout.setObjectName(u"claim_form_layout")
        self.claim_waybill_label = QLabel(self.claim_group)
        self.claim_waybill_label.setObjectName(u"claim_waybill_label")

        self.claim_form_layout.addWidget(self.claim_waybill_label, 0, 0, 1, 1)

        self.claim_waybill_edit = QLineEdit(self.claim_group)
        self.claim_waybill_edit.setObjectName(u"claim_waybill_edit")
        self.claim_waybill_edit.setMaxLength(40)

        self.claim_form_layout.addWidget(self.claim_waybill_edit, 0, 1, 1, 1)

        self.claim_kind_label = QLabel(self.claim_group)
        self.claim_kind_label.setObjectName(u"claim_kind_label")

        self.claim_form_layout.addWidget(self.claim_kind_label, 0, 2, 1, 1)

        self.claim_kind_combo = QComboBox(self.claim_group)
        self.claim_kind_combo.setObjectName(u"claim_kind_combo")

        self.claim_form_layout.addWidget(self.claim_kind_combo, 0, 3, 1, 1)

        self.claim_sent_label = QLabel(self.claim_group)
        self.claim_sent_label.setObjectName(u"claim_sent_label")

        self.claim_form_layout.addWidget(self.claim_sent_label, 0, 4, 1, 1)

        self.claim_sent_edit = QLineEdit(self.claim_group)
        self.claim_sent_edit.setObjectName(u"claim_sent_edit")
        self.claim_sent_edit.setMaxLength(10)

        self.claim_form_layout.addWidget(self.claim_sent_edit, 0, 5, 1, 1)

        self.claimant_name_label = QLabel(self.claim_group)
        self.claimant_name_label.setObjectName(u"claimant_name_label")

        self.claim_form_layout.addWidget(self.claimant_name_label, 1, 0, 1, 1)

        self.claimant_name_edit = QLineEdit(self.claim_group)
        self.claimant_name_edit.setObjectName(u"claimant_name_edit")
        self.claimant_name_edit.setMaxLength(40)

        self.claim_form_layout.addWidget(self.claimant_name_edit, 1, 1, 1, 1)

        self.claimant_phone_label = QLabel(self.claim_group)
        self.claimant_phone_label.setObjectName(u"claimant_phone_label")

        self.claim_form_layout.addWidget(self.claimant_phone_label, 1, 2, 1, 1)

        self.claimant_phone_edit = QLineEdit(self.claim_group)
        self.claimant_phone_edit.setObjectName(u"claimant_phone_edit")
        self.claimant_phone_edit.setMaxLength(20)

        self.claim_form_layout.addWidget(self.claimant_phone_edit, 1, 3, 1, 1)

        self.claim_description_label = QLabel(self.claim_group)
        self.claim_description_label.setObjectName(u"claim_description_label")

        self.claim_form_layout.addWidget(self.claim_description_label, 1, 4, 1, 1)

        self.claim_description_edit = QLineEdit(self.claim_group)
        self.claim_description_edit.setObjectName(u"claim_description_edit")
        self.claim_description_edit.setMaxLength(200)

        self.claim_form_layout.addWidget(self.claim_description_edit, 1, 5, 1, 1)

        self.claim_form_message_label = QLabel(self.claim_group)
        self.claim_form_message_label.setObjectName(u"claim_form_message_label")
        self.claim_form_message_label.setWordWrap(True)

        self.claim_form_layout.addWidget(self.claim_form_message_label, 2, 0, 1, 5)

        self.open_claim_button = QPushButton(self.claim_group)
        self.open_claim_button.setObjectName(u"open_claim_button")

        self.claim_form_layout.addWidget(self.open_claim_button, 2, 5, 1, 1)

        self.claim_form_layout.setColumnStretch(1, 1)
        self.claim_form_layout.setColumnStretch(3, 1)
        self.claim_form_layout.setColumnStretch(5, 2)

        self.claims_layout.addWidget(self.claim_group)

        self.claims_table = QTableWidget(self.claims_tab)
        self.claims_table.setObjectName(u"claims_table")
        self.claims_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.claims_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.claims_layout.addWidget(self.claims_table)

        self.claim_actions_layout = QGridLayout()
        self.claim_actions_layout.setObjectName(u"claim_actions_layout")
        self.offer_label = QLabel(self.claims_tab)
        self.offer_label.setObjectName(u"offer_label")

        self.claim_actions_layout.addWidget(self.offer_label, 0, 0, 1, 1)

        self.offer_combo = QComboBox(self.claims_tab)
        self.offer_combo.setObjectName(u"offer_combo")

        self.claim_actions_layout.addWidget(self.offer_combo, 0, 1, 1, 1)

        self.amount_label = QLabel(self.claims_tab)
        self.amount_label.setObjectName(u"amount_label")

        self.claim_actions_layout.addWidget(self.amount_label, 0, 2, 1, 1)

        self.amount_edit = QLineEdit(self.claims_tab)
        self.amount_edit.setObjectName(u"amount_edit")
        self.amount_edit.setMaxLength(12)

        self.claim_actions_layout.addWidget(self.amount_edit, 0, 3, 1, 1)

        self.offer_button = QPushButton(self.claims_tab)
        self.offer_button.setObjectName(u"offer_button")

        self.claim_actions_layout.addWidget(self.offer_button, 0, 4, 1, 1)

        self.agree_button = QPushButton(self.claims_tab)
        self.agree_button.setObjectName(u"agree_button")

        self.claim_actions_layout.addWidget(self.agree_button, 0, 5, 1, 1)

        self.finance_button = QPushButton(self.claims_tab)
        self.finance_button.setObjectName(u"finance_button")

        self.claim_actions_layout.addWidget(self.finance_button, 0, 6, 1, 1)

        self.notice_button = QPushButton(self.claims_tab)
        self.notice_button.setObjectName(u"notice_button")

        self.claim_actions_layout.addWidget(self.notice_button, 0, 7, 1, 1)

        self.result_button = QPushButton(self.claims_tab)
        self.result_button.setObjectName(u"result_button")

        self.claim_actions_layout.addWidget(self.result_button, 0, 8, 1, 1)

        self.claim_message_label = QLabel(self.claims_tab)
        self.claim_message_label.setObjectName(u"claim_message_label")
        self.claim_message_label.setWordWrap(True)

        self.claim_actions_layout.addWidget(self.claim_message_label, 1, 0, 1, 9)

        self.claim_actions_layout.setColumnStretch(1, 1)
        self.claim_actions_layout.setColumnStretch(3, 1)

        self.claims_layout.addLayout(self.claim_actions_layout)

        self.pages.addTab(self.claims_tab, "")
        self.complaints_tab = QWidget()
        self.complaints_tab.setObjectName(u"complaints_tab")
        self.complaints_layout = QVBoxLayout(self.complaints_tab)
        self.complaints_layout.setObjectName(u"complaints_layout")
        self.complaint_group = QGroupBox(self.complaints_tab)
        self.complaint_group.setObjectName(u"complaint_group")
        self.complaint_form_layout = QGridLayout(self.complaint_group)
        self.complaint_form_layout.setObjectName(u"complaint_form_layout")
        self.complaint_waybill_label = QLabel(self.complaint_group)
        self.complaint_waybill_label.setObjectName(u"complaint_waybill_label")

        self.complaint_form_layout.addWidget(self.complaint_waybill_label, 0, 0, 1, 1)

        self.complaint_waybill_edit = QLineEdit(self.complaint_group)
        self.complaint_waybill_edit.setObjectName(u"complaint_waybill_edit")
        self.complaint_waybill_edit.setMaxLength(40)

        self.complaint_form_layout.addWidget(self.complaint_waybill_edit, 0, 1, 1, 1)

        self.complaint_caller_label = QLabel(self.complaint_group)
        self.complaint_caller_label.setObjectName(u"complaint_caller_label")

        self.complaint_form_layout.addWidget(self.complaint_caller_label, 0, 2, 1, 1)

        self.complaint_caller_edit = QLineEdit(self.complaint_group)
        self.complaint_caller_edit.setObjectName(u"complaint_caller_edit")
        self.complaint_caller_edit.setMaxLength(40)

        self.complaint_form_layout.addWidget(self.complaint_caller_edit, 0, 3, 1, 1)

        self.complaint_phone_label = QLabel(self.complaint_group)
        self.complaint_phone_label.setObjectName(u"complaint_phone_label")

        self.complaint_form_layout.addWidget(self.complaint_phone_label, 0, 4, 1, 1)

        self.complaint_phone_edit = QLineEdit(self.complaint_group)
        self.complaint_phone_edit.setObjectName(u"complaint_phone_edit")
        self.complaint_phone_edit.setMaxLength(20)

        self.complaint_form_layout.addWidget(self.complaint_phone_edit, 0, 5, 1, 1)

        self.complaint_content_label = QLabel(self.complaint_group)
        self.complaint_content_label.setObjectName(u"complaint_content_label")

        self.complaint_form_layout.addWidget(self.complaint_content_label, 1, 0, 1, 1)

        self.complaint_content_edit = QLineEdit(self.complaint_group)
        self.complaint_content_edit.setObjectName(u"complaint_content_edit")
        self.complaint_content_edit.setMaxLength(500)

        self.complaint_form_layout.addWidget(self.complaint_content_edit, 1, 1, 1, 3)

        self.customer_evidence_label = QLabel(self.complaint_group)
        self.customer_evidence_label.setObjectName(u"customer_evidence_label")

        self.complaint_form_layout.addWidget(self.customer_evidence_label, 1, 4, 1, 1)

        self.customer_evidence_edit = QLineEdit(self.complaint_group)
        self.customer_evidence_edit.setObjectName(u"customer_evidence_edit")
        self.customer_evidence_edit.setMaxLength(500)

        self.complaint_form_layout.addWidget(self.customer_evidence_edit, 1, 5, 1, 1)

        self.complaint_message_label = QLabel(self.complaint_group)
        self.complaint_message_label.setObjectName(u"complaint_message_label")
        self.complaint_message_label.setWordWrap(True)

        self.complaint_form_layout.addWidget(self.complaint_message_label, 2, 0, 1, 5)

        self.log_complaint_button = QPushButton(self.complaint_group)
        self.log_complaint_button.setObjectName(u"log_complaint_button")

        self.complaint_form_layout.addWidget(self.log_complaint_button, 2, 5, 1, 1)

        self.complaint_form_layout.setColumnStretch(1, 1)
        self.complaint_form_layout.setColumnStretch(3, 1)
        self.complaint_form_layout.setColumnStretch(5, 1)

        self.complaints_layout.addWidget(self.complaint_group)

        self.complaints_table = QTableWidget(self.complaints_tab)
        self.complaints_table.setObjectName(u"complaints_table")
        self.complaints_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaints_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaints_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.complaints_layout.addWidget(self.complaints_table)

        self.ruling_group = QGroupBox(self.complaints_tab)
        self.ruling_group.setObjectName(u"ruling_group")
        self.ruling_layout = QGridLayout(self.ruling_group)
        self.ruling_layout.setObjectName(u"ruling_layout")
        self.ruling_label = QLabel(self.ruling_group)
        self.ruling_label.setObjectName(u"ruling_label")

        self.ruling_layout.addWidget(self.ruling_label, 0, 0, 1, 1)

        self.ruling_combo = QComboBox(self.ruling_group)
        self.ruling_combo.setObjectName(u"ruling_combo")

        self.ruling_layout.addWidget(self.ruling_combo, 0, 1, 1, 1)

        self.staff_member_label = QLabel(self.ruling_group)
        self.staff_member_label.setObjectName(u"staff_member_label")

        self.ruling_layout.addWidget(self.staff_member_label, 0, 2, 1, 1)

        self.staff_member_edit = QLineEdit(self.ruling_group)
        self.staff_member_edit.setObjectName(u"staff_member_edit")
        self.staff_member_edit.setMaxLength(40)

        self.ruling_layout.addWidget(self.staff_member_edit, 0, 3, 1, 1)

        self.fine_label = QLabel(self.ruling_group)
        self.fine_label.setObjectName(u"fine_label")

        self.ruling_layout.addWidget(self.fine_label, 0, 4, 1, 1)

        self.fine_edit = QLineEdit(self.ruling_group)
        self.fine_edit.setObjectName(u"fine_edit")
        self.fine_edit.setMaxLength(12)

        self.ruling_layout.addWidget(self.fine_edit, 0, 5, 1, 1)

        self.staff_evidence_label = QLabel(self.ruling_group)
        self.staff_evidence_label.setObjectName(u"staff_evidence_label")

        self.ruling_layout.addWidget(self.staff_evidence_label, 1, 0, 1, 1)

        self.staff_evidence_edit = QLineEdit(self.ruling_group)
        self.staff_evidence_edit.setObjectName(u"staff_evidence_edit")
        self.staff_evidence_edit.setMaxLength(500)

        self.ruling_layout.addWidget(self.staff_evidence_edit, 1, 1, 1, 1)

        self.solution_label = QLabel(self.ruling_group)
        self.solution_label.setObjectName(u"solution_label")

        self.ruling_layout.addWidget(self.solution_label, 1, 2, 1, 1)

        self.solution_edit = QLineEdit(self.ruling_group)
        self.solution_edit.setObjectName(u"solution_edit")
        self.solution_edit.setMaxLength(500)

        self.ruling_layout.addWidget(self.solution_edit, 1, 3, 1, 2)

        self.rule_button = QPushButton(self.ruling_group)
        self.rule_button.setObjectName(u"rule_button")

        self.ruling_layout.addWidget(self.rule_button, 1, 5, 1, 1)

        self.complaints_pdf_button = QPushButton(self.ruling_group)
        self.complaints_pdf_button.setObjectName(u"complaints_pdf_button")

        self.ruling_layout.addWidget(self.complaints_pdf_button, 3, 5, 1, 1)

        self.complaints_export_button = QPushButton(self.ruling_group)
        self.complaints_export_button.setObjectName(u"complaints_export_button")

        self.ruling_layout.addWidget(self.complaints_export_button, 2, 5, 1, 1)

        self.ruling_message_label = QLabel(self.ruling_group)
        self.ruling_message_label.setObjectName(u"ruling_message_label")
        self.ruling_message_label.setWordWrap(True)

        self.ruling_layout.addWidget(self.ruling_message_label, 2, 0, 1, 5)

        self.ruling_layout.setColumnStretch(1, 1)
        self.ruling_layout.setColumnStretch(3, 2)
        self.ruling_layout.setColumnStretch(5, 1)

        self.complaints_layout.addWidget(self.ruling_group)

        self.pages.addTab(self.complaints_tab, "")
        self.pickups_tab = QWidget()
        self.pickups_tab.setObjectName(u"pickups_tab")
        self.pickups_layout = QVBoxLayout(self.pickups_tab)
        self.pickups_layout.setObjectName(u"pickups_layout")
        self.pickup_group = QGroupBox(self.pickups_tab)
        self.pickup_group.setObjectName(u"pickup_group")
        self.pickup_form_layout = QGridLayout(self.pickup_group)
        self.pickup_form_layout.setObjectName(u"pickup_form_layout")
        self.pickup_caller_label = QLabel(self.pickup_group)
        self.pickup_caller_label.setObjectName(u"pickup_caller_label")

        self.pickup_form_layout.addWidget(self.pickup_caller_label, 0, 0, 1, 1)

        self.pickup_caller_edit = QLineEdit(self.pickup_group)
        self.pickup_caller_edit.setObjectName(u"pickup_caller_edit")
        self.pickup_caller_edit.setMaxLength(40)

        self.pickup_form_layout.addWidget(self.pickup_caller_edit, 0, 1, 1, 1)

        self.pickup_phone_label = QLabel(self.pickup_group)
        self.pickup_phone_label.setObjectName(u"pickup_phone_label")

        self.pickup_form_layout.addWidget(self.pickup_phone_label, 0, 2, 1, 1)

        self.pickup_phone_edit = QLineEdit(self.pickup_group)
        self.pickup_phone_edit.setObjectName(u"pickup_phone_edit")
        self.pickup_phone_edit.setMaxLength(20)

        self.pickup_form_layout.addWidget(self.pickup_phone_edit, 0, 3, 1, 1)

        self.pickup_address_label = QLabel(self.pickup_group)
        self.pickup_address_label.setObjectName(u"pickup_address_label")

        self.pickup_form_layout.addWidget(self.pickup_address_label, 1, 0, 1, 1)

        self.pickup_address_edit = QLineEdit(self.pickup_group)
        self.pickup_address_edit.setObjectName(u"pickup_address_edit")
        self.pickup_address_edit.setMaxLength(200)

        self.pickup_form_layout.addWidget(self.pickup_address_edit, 1, 1, 1, 3)

        self.pickup_note_label = QLabel(self.pickup_group)
        self.pickup_note_label.setObjectName(u"pickup_note_label")

        self.pickup_form_layout.addWidget(self.pickup_note_label, 2, 0, 1, 1)

        self.pickup_note_edit = QLineEdit(self.pickup_group)
        self.pickup_note_edit.setObjectName(u"pickup_note_edit")
        self.pickup_note_edit.setMaxLength(200)

        self.pickup_form_layout.addWidget(self.pickup_note_edit, 2, 1, 1, 2)

        self.pickup_button = QPushButton(self.pickup_group)
        self.pickup_button.setObjectName(u"pickup_button")

        self.pickup_form_layout.addWidget(self.pickup_button, 2, 3, 1, 1)

        self.pickup_message_label = QLabel(self.pickup_group)
        self.pickup_message_label.setObjectName(u"pickup_message_label")
        self.pickup_message_label.setWordWrap(True)

        self.pickup_form_layout.addWidget(self.pickup_message_label, 3, 0, 1, 4)

        self.pickup_form_layout.setColumnStretch(1, 1)
        self.pickup_form_layout.setColumnStretch(3, 1)

        self.pickups_layout.addWidget(self.pickup_group)

        self.pickup_day_layout = QHBoxLayout()
        self.pickup_day_layout.setObjectName(u"pickup_day_layout")
        self.pickup_day_label = QLabel(self.pickups_tab)
        self.pickup_day_label.setObjectName(u"pickup_day_label")

        self.pickup_day_layout.addWidget(self.pickup_day_label)

        self.pickup_day_edit = QDateEdit(self.pickups_tab)
        self.pickup_day_edit.setObjectName(u"pickup_day_edit")
        self.pickup_day_edit.setCalendarPopup(True)

        self.pickup_day_layout.addWidget(self.pickup_day_edit)

        self.pickups_button = QPushButton(self.pickups_tab)
        self.pickups_button.setObjectName(u"pickups_button")

        self.pickup_day_layout.addWidget(self.pickups_button)

        self.pickups_print_button = QPushButton(self.pickups_tab)
        self.pickups_print_button.setObjectName(u"pickups_print_button")

        self.pickup_day_layout.addWidget(self.pickups_print_button)

        self.pickup_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickup_day_layout.addItem(self.pickup_spacer)


        self.pickups_layout.addLayout(self.pickup_day_layout)

        self.pickups_table = QTableWidget(self.pickups_tab)
        self.pickups_table.setObjectName(u"pickups_table")
        self.pickups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pickups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pickups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pickups_layout.addWidget(self.pickups_table)

        self.driver_group = QGroupBox(self.pickups_tab)
        self.driver_group.setObjectName(u"driver_group")
        self.driver_layout = QGridLayout(self.driver_group)
        self.driver_layout.setObjectName(u"driver_layout")
        self.driver_courier_label = QLabel(self.driver_group)
        self.driver_courier_label.setObjectName(u"driver_courier_label")

        self.driver_layout.addWidget(self.driver_courier_label, 0, 0, 1, 1)

        self.driver_courier_combo = QComboBox(self.driver_group)
        self.driver_courier_combo.setObjectName(u"driver_courier_combo")

        self.driver_layout.addWidget(self.driver_courier_combo, 0, 1, 1, 1)

        self.driver_place_label = QLabel(self.driver_group)
        self.driver_place_label.setObjectName(u"driver_place_label")

        self.driver_layout.addWidget(self.driver_place_label, 0, 2, 1, 1)

        self.driver_place_edit = QLineEdit(self.driver_group)
        self.driver_place_edit.setObjectName(u"driver_place_edit")
        self.driver_place_edit.setMaxLength(200)

        self.driver_layout.addWidget(self.driver_place_edit, 0, 3, 1, 1)

        self.driver_goods_label = QLabel(self.driver_group)
        self.driver_goods_label.setObjectName(u"driver_goods_label")

        self.driver_layout.addWidget(self.driver_goods_label, 0, 4, 1, 1)

        self.driver_goods_edit = QLineEdit(self.driver_group)
        self.driver_goods_edit.setObjectName(u"driver_goods_edit")
        self.driver_goods_edit.setMaxLength(200)

        self.driver_layout.addWidget(self.driver_goods_edit, 0, 5, 1, 1)

        self.driver_label = QLabel(self.driver_group)
        self.driver_label.setObjectName(u"driver_label")

        self.driver_layout.addWidget(self.driver_label, 1, 0, 1, 1)

        self.driver_combo = QComboBox(self.driver_group)
        self.driver_combo.setObjectName(u"driver_combo")

        self.driver_layout.addWidget(self.driver_combo, 1, 1, 1, 1)

        self.driver_message_label = QLabel(self.driver_group)
        self.driver_message_label.setObjectName(u"driver_message_label")
        self.driver_message_label.setWordWrap(True)

        self.driver_layout.addWidget(self.driver_message_label, 1, 2, 1, 3)

        self.tell_driver_button = QPushButton(self.driver_group)
        self.tell_driver_button.setObjectName(u"tell_driver_button")

        self.driver_layout.addWidget(self.tell_driver_button, 1, 5, 1, 1)

        self.driver_layout.setColumnStretch(1, 1)
        self.driver_layout.setColumnStretch(3, 2)
        self.driver_layout.setColumnStretch(5, 1)

        self.pickups_layout.addWidget(self.driver_group)

        self.driver_runs_table = QTableWidget(self.pickups_tab)
        self.driver_runs_table.setObjectName(u"driver_runs_table")
        self.driver_runs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.driver_runs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.driver_runs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pickups_layout.addWidget(self.driver_runs_table)

        self.pages.addTab(self.pickups_tab, "")
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

        self.week_export_button = QPushButton(self.week_tab)
        self.week_export_button.setObjectName(u"week_export_button")

        self.week_form_layout.addWidget(self.week_export_button)

        self.week_pdf_button = QPushButton(self.week_tab)
        self.week_pdf_button.setObjectName(u"week_pdf_button")

        self.week_form_layout.addWidget(self.week_pdf_button)

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
        self.desk_settings_tab = QWidget()
        self.desk_settings_tab.setObjectName(u"desk_settings_tab")
        self.desk_settings_layout = QVBoxLayout(self.desk_settings_tab)
        self.desk_settings_layout.setObjectName(u"desk_settings_layout")
        self.clock_group = QGroupBox(self.desk_settings_tab)
        self.clock_group.setObjectName(u"clock_group")
        self.clock_layout = QGridLayout(self.clock_group)
        self.clock_layout.setObjectName(u"clock_layout")
        self.customer_minutes_label = QLabel(self.clock_group)
        self.customer_minutes_label.setObjectName(u"customer_minutes_label")

        self.clock_layout.addWidget(self.customer_minutes_label, 0, 0, 1, 1)

        self.customer_minutes_spin = QSpinBox(self.clock_group)
        self.customer_minutes_spin.setObjectName(u"customer_minutes_spin")
        self.customer_minutes_spin.setMinimum(1)
        self.customer_minutes_spin.setMaximum(1440)

        self.clock_layout.addWidget(self.customer_minutes_spin, 0, 1, 1, 1)

        self.network_minutes_label = QLabel(self.clock_group)
        self.network_minutes_label.setObjectName(u"network_minutes_label")

        self.clock_layout.addWidget(self.network_minutes_label, 0, 2, 1, 1)

        self.network_minutes_spin = QSpinBox(self.clock_group)
        self.network_minutes_spin.setObjectName(u"network_minutes_spin")
        self.network_minutes_spin.setMinimum(1)
        self.network_minutes_spin.setMaximum(1440)

        self.clock_layout.addWidget(self.network_minutes_spin, 0, 3, 1, 1)

        self.warn_minutes_label = QLabel(self.clock_group)
        self.warn_minutes_label.setObjectName(u"warn_minutes_label")

        self.clock_layout.addWidget(self.warn_minutes_label, 0, 4, 1, 1)

        self.warn_minutes_spin = QSpinBox(self.clock_group)
        self.warn_minutes_spin.setObjectName(u"warn_minutes_spin")
        self.warn_minutes_spin.setMinimum(0)
        self.warn_minutes_spin.setMaximum(240)

        self.clock_layout.addWidget(self.warn_minutes_spin, 0, 5, 1, 1)

        self.opens_label = QLabel(self.clock_group)
        self.opens_label.setObjectName(u"opens_label")

        self.clock_layout.addWidget(self.opens_label, 1, 0, 1, 1)

        self.opens_edit = QTimeEdit(self.clock_group)
        self.opens_edit.setObjectName(u"opens_edit")

        self.clock_layout.addWidget(self.opens_edit, 1, 1, 1, 1)

        self.closes_label = QLabel(self.clock_group)
        self.closes_label.setObjectName(u"closes_label")

        self.clock_layout.addWidget(self.closes_label, 1, 2, 1, 1)

        self.closes_edit = QTimeEdit(self.clock_group)
        self.closes_edit.setObjectName(u"closes_edit")

        self.clock_layout.addWidget(self.closes_edit, 1, 3, 1, 1)

        self.morning_label = QLabel(self.clock_group)
        self.morning_label.setObjectName(u"morning_label")

        self.clock_layout.addWidget(self.morning_label, 1, 4, 1, 1)

        self.morning_edit = QTimeEdit(self.clock_group)
        self.morning_edit.setObjectName(u"morning_edit")

        self.clock_layout.addWidget(self.morning_edit, 1, 5, 1, 1)

        self.clock_message_label = QLabel(self.clock_group)
        self.clock_message_label.setObjectName(u"clock_message_label")
        self.clock_message_label.setWordWrap(True)

        self.clock_layout.addWidget(self.clock_message_label, 3, 0, 1, 5)

        self.open_days_label = QLabel(self.clock_group)
        self.open_days_label.setObjectName(u"open_days_label")

        self.clock_layout.addWidget(self.open_days_label, 2, 0, 1, 1)

        self.open_days_layout = QHBoxLayout()
        self.open_days_layout.setObjectName(u"open_days_layout")
        self.day0_check = QCheckBox(self.clock_group)
        self.day0_check.setObjectName(u"day0_check")

        self.open_days_layout.addWidget(self.day0_check)

        self.day1_check = QCheckBox(self.clock_group)
        self.day1_check.setObjectName(u"day1_check")

        self.open_days_layout.addWidget(self.day1_check)

        self.day2_check = QCheckBox(self.clock_group)
        self.day2_check.setObjectName(u"day2_check")

        self.open_days_layout.addWidget(self.day2_check)

        self.day3_check = QCheckBox(self.clock_group)
        self.day3_check.setObjectName(u"day3_check")

        self.open_days_layout.addWidget(self.day3_check)

        self.day4_check = QCheckBox(self.clock_group)
        self.day4_check.setObjectName(u"day4_check")

        self.open_days_layout.addWidget(self.day4_check)

        self.day5_check = QCheckBox(self.clock_group)
        self.day5_check.setObjectName(u"day5_check")

        self.open_days_layout.addWidget(self.day5_check)

        self.day6_check = QCheckBox(self.clock_group)
        self.day6_check.setObjectName(u"day6_check")

        self.open_days_layout.addWidget(self.day6_check)

        self.open_days_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.open_days_layout.addItem(self.open_days_spacer)


        self.clock_layout.addLayout(self.open_days_layout, 2, 1, 1, 5)

        self.save_clock_button = QPushButton(self.clock_group)
        self.save_clock_button.setObjectName(u"save_clock_button")

        self.clock_layout.addWidget(self.save_clock_button, 3, 5, 1, 1)

        self.clock_layout.setColumnStretch(1, 1)
        self.clock_layout.setColumnStretch(3, 1)
        self.clock_layout.setColumnStretch(5, 1)

        self.desk_settings_layout.addWidget(self.clock_group)

        self.pickup_rules_group = QGroupBox(self.desk_settings_tab)
        self.pickup_rules_group.setObjectName(u"pickup_rules_group")
        self.pickup_rules_layout = QGridLayout(self.pickup_rules_group)
        self.pickup_rules_layout.setObjectName(u"pickup_rules_layout")
        self.pickup_from_label = QLabel(self.pickup_rules_group)
        self.pickup_from_label.setObjectName(u"pickup_from_label")

        self.pickup_rules_layout.addWidget(self.pickup_from_label, 0, 0, 1, 1)

        self.pickup_from_edit = QTimeEdit(self.pickup_rules_group)
        self.pickup_from_edit.setObjectName(u"pickup_from_edit")

        self.pickup_rules_layout.addWidget(self.pickup_from_edit, 0, 1, 1, 1)

        self.pickup_closes_label = QLabel(self.pickup_rules_group)
        self.pickup_closes_label.setObjectName(u"pickup_closes_label")

        self.pickup_rules_layout.addWidget(self.pickup_closes_label, 0, 2, 1, 1)

        self.pickup_closes_edit = QTimeEdit(self.pickup_rules_group)
        self.pickup_closes_edit.setObjectName(u"pickup_closes_edit")

        self.pickup_rules_layout.addWidget(self.pickup_closes_edit, 0, 3, 1, 1)

        self.morning_until_label = QLabel(self.pickup_rules_group)
        self.morning_until_label.setObjectName(u"morning_until_label")

        self.pickup_rules_layout.addWidget(self.morning_until_label, 0, 4, 1, 1)

        self.morning_until_edit = QTimeEdit(self.pickup_rules_group)
        self.morning_until_edit.setObjectName(u"morning_until_edit")

        self.pickup_rules_layout.addWidget(self.morning_until_edit, 0, 5, 1, 1)

        self.pickup_rules_message_label = QLabel(self.pickup_rules_group)
        self.pickup_rules_message_label.setObjectName(u"pickup_rules_message_label")
        self.pickup_rules_message_label.setWordWrap(True)

        self.pickup_rules_layout.addWidget(self.pickup_rules_message_label, 1, 0, 1, 5)

        self.save_pickup_rules_button = QPushButton(self.pickup_rules_group)
        self.save_pickup_rules_button.setObjectName(u"save_pickup_rules_button")

        self.pickup_rules_layout.addWidget(self.save_pickup_rules_button, 1, 5, 1, 1)

        self.pickup_rules_layout.setColumnStretch(1, 1)
        self.pickup_rules_layout.setColumnStretch(3, 1)
        self.pickup_rules_layout.setColumnStretch(5, 1)

        self.desk_settings_layout.addWidget(self.pickup_rules_group)

        self.branches_group = QGroupBox(self.desk_settings_tab)
        self.branches_group.setObjectName(u"branches_group")
        self.branches_layout = QVBoxLayout(self.branches_group)
        self.branches_layout.setObjectName(u"branches_layout")
        self.branches_edit = QPlainTextEdit(self.branches_group)
        self.branches_edit.setObjectName(u"branches_edit")

        self.branches_layout.addWidget(self.branches_edit)

        self.branches_buttons_layout = QHBoxLayout()
        self.branches_buttons_layout.setObjectName(u"branches_buttons_layout")
        self.branches_message_label = QLabel(self.branches_group)
        self.branches_message_label.setObjectName(u"branches_message_label")
        self.branches_message_label.setWordWrap(True)

        self.branches_buttons_layout.addWidget(self.branches_message_label)

        self.save_branches_button = QPushButton(self.branches_group)
        self.save_branches_button.setObjectName(u"save_branches_button")

        self.branches_buttons_layout.addWidget(self.save_branches_button)


        self.branches_layout.addLayout(self.branches_buttons_layout)


        self.desk_settings_layout.addWidget(self.branches_group)

        self.pages.addTab(self.desk_settings_tab, "")

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
        self.problem_waybill_label.setBuddy(self.problem_waybill_edit)
        self.from_point_label.setBuddy(self.from_point_edit)
        self.problem_deadline_label.setBuddy(self.problem_deadline_edit)
        self.problem_text_label.setBuddy(self.problem_message_edit)
        self.action_label.setBuddy(self.action_edit)
        self.outcome_label.setBuddy(self.outcome_edit)
        self.note_waybill_label.setBuddy(self.note_waybill_edit)
        self.note_label.setBuddy(self.note_edit)
        self.note_search_label.setBuddy(self.note_search_edit)
        self.claim_waybill_label.setBuddy(self.claim_waybill_edit)
        self.claim_kind_label.setBuddy(self.claim_kind_combo)
        self.claim_sent_label.setBuddy(self.claim_sent_edit)
        self.claimant_name_label.setBuddy(self.claimant_name_edit)
        self.claimant_phone_label.setBuddy(self.claimant_phone_edit)
        self.claim_description_label.setBuddy(self.claim_description_edit)
        self.offer_label.setBuddy(self.offer_combo)
        self.amount_label.setBuddy(self.amount_edit)
        self.complaint_waybill_label.setBuddy(self.complaint_waybill_edit)
        self.complaint_caller_label.setBuddy(self.complaint_caller_edit)
        self.complaint_phone_label.setBuddy(self.complaint_phone_edit)
        self.complaint_content_label.setBuddy(self.complaint_content_edit)
        self.customer_evidence_label.setBuddy(self.customer_evidence_edit)
        self.ruling_label.setBuddy(self.ruling_combo)
        self.staff_member_label.setBuddy(self.staff_member_edit)
        self.fine_label.setBuddy(self.fine_edit)
        self.staff_evidence_label.setBuddy(self.staff_evidence_edit)
        self.solution_label.setBuddy(self.solution_edit)
        self.pickup_caller_label.setBuddy(self.pickup_caller_edit)
        self.pickup_phone_label.setBuddy(self.pickup_phone_edit)
        self.pickup_address_label.setBuddy(self.pickup_address_edit)
        self.pickup_note_label.setBuddy(self.pickup_note_edit)
        self.pickup_day_label.setBuddy(self.pickup_day_edit)
        self.driver_courier_label.setBuddy(self.driver_courier_combo)
        self.driver_place_label.setBuddy(self.driver_place_edit)
        self.driver_goods_label.setBuddy(self.driver_goods_edit)
        self.driver_label.setBuddy(self.driver_combo)
        self.week_start_label.setBuddy(self.week_start_edit)
        self.customer_minutes_label.setBuddy(self.customer_minutes_spin)
        self.network_minutes_label.setBuddy(self.network_minutes_spin)
        self.warn_minutes_label.setBuddy(self.warn_minutes_spin)
        self.opens_label.setBuddy(self.opens_edit)
        self.closes_label.setBuddy(self.closes_edit)
        self.morning_label.setBuddy(self.morning_edit)
        self.open_days_label.setBuddy(self.day0_check)
        self.pickup_from_label.setBuddy(self.pickup_from_edit)
        self.pickup_closes_label.setBuddy(self.pickup_closes_edit)
        self.morning_until_label.setBuddy(self.morning_until_edit)
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
        self.problem_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"Another point's message on a parcel we sent (CS-4)", None))
        self.problem_waybill_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Waybill", None))
        self.from_point_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"From &point", None))
        self.problem_deadline_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Deadline", None))
        self.problem_deadline_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"yyyy-mm-dd hh:mm; empty: in 3 days", None))
        self.problem_text_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Message", None))
        self.problem_message_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"what their message says", None))
        self.problem_form_message_label.setText("")
        self.log_problem_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Log problem", None))
        self.problem_record_label.setText("")
        self.action_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Action", None))
        self.action_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"what was done: sender called, address asked, message left", None))
        self.add_action_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Add &step", None))
        self.outcome_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Outcome", None))
        self.outcome_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"how it was settled", None))
        self.close_problem_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Close", None))
        self.problem_message_label.setText("")
        self.pages.setTabText(self.pages.indexOf(self.problems_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Outgoing problems", None))
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
        self.claim_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"Written claim (CS-7: within 15 days of sending)", None))
        self.claim_waybill_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Waybill", None))
        self.claim_kind_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Kind", None))
        self.claim_sent_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Sent on", None))
        self.claim_sent_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"yyyy-mm-dd; empty: from our \u5e95\u5355", None))
        self.claimant_name_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Clai&mant", None))
        self.claimant_phone_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Phone", None))
        self.claim_description_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Description", None))
        self.claim_form_message_label.setText("")
        self.open_claim_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Open claim", None))
        self.offer_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"O&ffer", None))
        self.amount_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Amount (\u5143)", None))
        self.offer_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Record offer", None))
        self.agree_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"A&greed", None))
        self.finance_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&To finance", None))
        self.notice_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Notice letter (PDF)", None))
        self.result_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Res&ult letter (PDF)", None))
        self.claim_message_label.setText("")
        self.pages.setTabText(self.pages.indexOf(self.claims_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Claims", None))
        self.complaint_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"New complaint (CS-6)", None))
        self.complaint_waybill_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Waybill", None))
        self.complaint_caller_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Caller", None))
        self.complaint_phone_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Phone", None))
        self.complaint_content_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"C&ontent", None))
        self.customer_evidence_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Evidence", None))
        self.customer_evidence_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"the customer's evidence", None))
        self.complaint_message_label.setText("")
        self.log_complaint_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Log complaint", None))
        self.ruling_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"Ruling (supervisor)", None))
        self.ruling_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"R&uling", None))
        self.staff_member_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Staff member", None))
        self.staff_member_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"who is responsible", None))
        self.fine_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Fine (\u5143)", None))
        self.fine_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"50\u2013200 per case (002 \u7b2c\u4e94\u8282)", None))
        self.staff_evidence_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Staff e&vidence", None))
        self.solution_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Solu&tion", None))
        self.rule_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Rule", None))
        self.complaints_pdf_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Month report (P&DF)", None))
        self.complaints_export_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Month report (XLSX)", None))
        self.ruling_message_label.setText("")
        self.pages.setTabText(self.pages.indexOf(self.complaints_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Complaints", None))
        self.pickup_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"Pickup order (CS-8: from 15:00; after the desk's hours, tomorrow)", None))
        self.pickup_caller_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Caller", None))
        self.pickup_phone_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Phone", None))
        self.pickup_address_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Address", None))
        self.pickup_address_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"ask for the whole address, not half of it", None))
        self.pickup_note_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Note", None))
        self.pickup_note_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"goods, size, anything the courier should know", None))
        self.pickup_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Take order", None))
        self.pickup_message_label.setText("")
        self.pickup_day_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Day", None))
        self.pickup_day_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"yyyy-MM-dd", None))
        self.pickups_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Sho&w", None))
        self.pickups_print_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Courier &lists (PDF)", None))
        self.driver_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"A courier reports goods to collect: tell the driver (CS-8)", None))
        self.driver_courier_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Reported &by", None))
        self.driver_place_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Wh&ere", None))
        self.driver_place_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"customer and address", None))
        self.driver_goods_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Goods", None))
        self.driver_goods_edit.setPlaceholderText(QCoreApplication.translate("ServiceDeskWorkspace", u"what and how many", None))
        self.driver_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Dri&ver", None))
        self.driver_message_label.setText("")
        self.tell_driver_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Tell the d&river", None))
        self.pages.setTabText(self.pages.indexOf(self.pickups_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Pickups", None))
        self.week_start_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Week &starting", None))
        self.week_start_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"yyyy-MM-dd", None))
        self.week_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Sho&w", None))
        self.week_export_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"E&xport XLSX", None))
        self.week_pdf_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Export &PDF", None))
        self.week_summary_label.setText("")
        self.pages.setTabText(self.pages.indexOf(self.week_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Week", None))
        self.clock_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"Reply clocks (CS-2, supervisor)", None))
        self.customer_minutes_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Customer", None))
        self.customer_minutes_spin.setSuffix(QCoreApplication.translate("ServiceDeskWorkspace", u" min", None))
        self.network_minutes_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Network point", None))
        self.network_minutes_spin.setSuffix(QCoreApplication.translate("ServiceDeskWorkspace", u" min", None))
        self.warn_minutes_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Nearly due &before", None))
        self.warn_minutes_spin.setSuffix(QCoreApplication.translate("ServiceDeskWorkspace", u" min", None))
        self.opens_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Desk &opens", None))
        self.opens_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"HH:mm", None))
        self.closes_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Desk c&loses", None))
        self.closes_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"HH:mm", None))
        self.morning_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&After hours: due next day at", None))
        self.morning_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"HH:mm", None))
        self.clock_message_label.setText("")
        self.open_days_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Open &days", None))
        self.day0_check.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Mon", None))
        self.day1_check.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Tue", None))
        self.day2_check.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Wed", None))
        self.day3_check.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Thu", None))
        self.day4_check.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Fri", None))
        self.day5_check.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Sat", None))
        self.day6_check.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Sun", None))
        self.save_clock_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"&Save clocks", None))
        self.pickup_rules_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"Pickup times (CS-8, supervisor)", None))
        self.pickup_from_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Pickups &from", None))
        self.pickup_from_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"HH:mm", None))
        self.pickup_closes_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Orders &taken until", None))
        self.pickup_closes_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"HH:mm", None))
        self.morning_until_label.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Morning senders &until", None))
        self.morning_until_edit.setDisplayFormat(QCoreApplication.translate("ServiceDeskWorkspace", u"HH:mm", None))
        self.pickup_rules_message_label.setText("")
        self.save_pickup_rules_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Save &pickup times", None))
        self.branches_group.setTitle(QCoreApplication.translate("ServiceDeskWorkspace", u"Branches (\u5206\u70b9, CS-8): one a line, name | address | phone | district", None))
        self.branches_message_label.setText("")
        self.save_branches_button.setText(QCoreApplication.translate("ServiceDeskWorkspace", u"Save b&ranches", None))
        self.pages.setTabText(self.pages.indexOf(self.desk_settings_tab), QCoreApplication.translate("ServiceDeskWorkspace", u"Desk settings", None))
        pass
    # retranslateUi

