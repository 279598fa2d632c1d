# Generated from resources/ui by counter_app.devtools.build_forms. Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_WarehouseWorkspace(object):
    def setupUi(self, WarehouseWorkspace):
        if not WarehouseWorkspace.objectName():
            WarehouseWorkspace.setObjectName(u"WarehouseWorkspace")
        WarehouseWorkspace.resize(1300, 620)
        self.warehouse_layout = QVBoxLayout(WarehouseWorkspace)
        self.warehouse_layout.setObjectName(u"warehouse_layout")
        self.warehouse_tabs = QTabWidget(WarehouseWorkspace)
        self.warehouse_tabs.setObjectName(u"warehouse_tabs")
        self.scan_in_tab = QWidget()
        self.scan_in_tab.setObjectName(u"scan_in_tab")
        self.scan_in_layout = QVBoxLayout(self.scan_in_tab)
        self.scan_in_layout.setObjectName(u"scan_in_layout")
        self.in_bar_layout = QHBoxLayout()
        self.in_bar_layout.setObjectName(u"in_bar_layout")
        self.in_waybill_label = QLabel(self.scan_in_tab)
        self.in_waybill_label.setObjectName(u"in_waybill_label")

        self.in_bar_layout.addWidget(self.in_waybill_label)

        self.in_waybill_edit = QLineEdit(self.scan_in_tab)
        self.in_waybill_edit.setObjectName(u"in_waybill_edit")
        self.in_waybill_edit.setMaxLength(40)
        font = QFont()
        font.setPointSize(16)
        self.in_waybill_edit.setFont(font)
        self.in_waybill_edit.setMinimumSize(QSize(280, 0))

        self.in_bar_layout.addWidget(self.in_waybill_edit)

        self.in_mode_label = QLabel(self.scan_in_tab)
        self.in_mode_label.setObjectName(u"in_mode_label")
        self.in_mode_label.setText(u"")
        font1 = QFont()
        font1.setBold(True)
        self.in_mode_label.setFont(font1)
        self.in_mode_label.setWordWrap(True)
        self.in_mode_label.setStyleSheet(u"color: #9a6700;")

        self.in_bar_layout.addWidget(self.in_mode_label)

        self.in_cancel_button = QPushButton(self.scan_in_tab)
        self.in_cancel_button.setObjectName(u"in_cancel_button")

        self.in_bar_layout.addWidget(self.in_cancel_button)

        self.in_bar_layout.setStretch(2, 1)

        self.scan_in_layout.addLayout(self.in_bar_layout)

        self.in_status_label = QLabel(self.scan_in_tab)
        self.in_status_label.setObjectName(u"in_status_label")
        self.in_status_label.setText(u"")
        font2 = QFont()
        font2.setPointSize(13)
        self.in_status_label.setFont(font2)
        self.in_status_label.setWordWrap(True)

        self.scan_in_layout.addWidget(self.in_status_label)

        self.in_form = QWidget(self.scan_in_tab)
        self.in_form.setObjectName(u"in_form")
        self.in_form_layout = QHBoxLayout(self.in_form)
        self.in_form_layout.setObjectName(u"in_form_layout")
        self.in_form_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_box = QGroupBox(self.in_form)
        self.reason_box.setObjectName(u"reason_box")
        self.reason_box_layout = QVBoxLayout(self.reason_box)
        self.reason_box_layout.setObjectName(u"reason_box_layout")
        self.reason_row = QHBoxLayout()
        self.reason_row.setObjectName(u"reason_row")
        self.reason_label = QLabel(self.reason_box)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_row.addWidget(self.reason_label)

        self.reason_combo = QComboBox(self.reason_box)
        self.reason_combo.setObjectName(u"reason_combo")
        self.reason_combo.setMinimumSize(QSize(260, 0))

        self.reason_row.addWidget(self.reason_combo)

        self.reason_keys_label = QLabel(self.reason_box)
        self.reason_keys_label.setObjectName(u"reason_keys_label")
        self.reason_keys_label.setWordWrap(True)
        self.reason_keys_label.setStyleSheet(u"color: #555555;")

        self.reason_row.addWidget(self.reason_keys_label)

        self.reason_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reason_row.addItem(self.reason_row_spacer)


        self.reason_box_layout.addLayout(self.reason_row)

        self.details_stack = QStackedWidget(self.reason_box)
        self.details_stack.setObjectName(u"details_stack")
        self.choose_page = QWidget()
        self.choose_page.setObjectName(u"choose_page")
        self.choose_page_layout = QVBoxLayout(self.choose_page)
        self.choose_page_layout.setObjectName(u"choose_page_layout")
        self.choose_hint_label = QLabel(self.choose_page)
        self.choose_hint_label.setObjectName(u"choose_hint_label")
        self.choose_hint_label.setWordWrap(True)
        self.choose_hint_label.setStyleSheet(u"color: #555555;")

        self.choose_page_layout.addWidget(self.choose_hint_label)

        self.choose_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choose_page_layout.addItem(self.choose_page_spacer)

        self.details_stack.addWidget(self.choose_page)
        self.unclear_page = QWidget()
        self.unclear_page.setObjectName(u"unclear_page")
        self.unclear_page_layout = QVBoxLayout(self.unclear_page)
        self.unclear_page_layout.setObjectName(u"unclear_page_layout")
        self.unclear_page_layout.setContentsMargins(0, 0, -1, -1)
        self.unclear_page_form = QFormLayout()
        self.unclear_page_form.setObjectName(u"unclear_page_form")
        self.unclear_reached_label = QLabel(self.unclear_page)
        self.unclear_reached_label.setObjectName(u"unclear_reached_label")

        self.unclear_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unclear_reached_label)

        self.unclear_reached_combo = QComboBox(self.unclear_page)
        self.unclear_reached_combo.setObjectName(u"unclear_reached_combo")

        self.unclear_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unclear_reached_combo)

        self.unclear_address_label = QLabel(self.unclear_page)
        self.unclear_address_label.setObjectName(u"unclear_address_label")

        self.unclear_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unclear_address_label)

        self.unclear_address_edit = QLineEdit(self.unclear_page)
        self.unclear_address_edit.setObjectName(u"unclear_address_edit")
        self.unclear_address_edit.setMaxLength(200)

        self.unclear_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unclear_address_edit)

        self.unclear_wanted_label = QLabel(self.unclear_page)
        self.unclear_wanted_label.setObjectName(u"unclear_wanted_label")

        self.unclear_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unclear_wanted_label)

        self.unclear_wanted_edit = QLineEdit(self.unclear_page)
        self.unclear_wanted_edit.setObjectName(u"unclear_wanted_edit")
        self.unclear_wanted_edit.setMaxLength(60)

        self.unclear_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unclear_wanted_edit)

        self.unclear_call_at_label = QLabel(self.unclear_page)
        self.unclear_call_at_label.setObjectName(u"unclear_call_at_label")

        self.unclear_page_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unclear_call_at_label)

        self.unclear_call_at_edit = QDateTimeEdit(self.unclear_page)
        self.unclear_call_at_edit.setObjectName(u"unclear_call_at_edit")
        self.unclear_call_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.unclear_call_at_edit.setCalendarPopup(True)

        self.unclear_page_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unclear_call_at_edit)

        self.unclear_outcome_label = QLabel(self.unclear_page)
        self.unclear_outcome_label.setObjectName(u"unclear_outcome_label")

        self.unclear_page_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unclear_outcome_label)

        self.unclear_outcome_combo = QComboBox(self.unclear_page)
        self.unclear_outcome_combo.setObjectName(u"unclear_outcome_combo")

        self.unclear_page_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unclear_outcome_combo)

        self.unclear_detail_label = QLabel(self.unclear_page)
        self.unclear_detail_label.setObjectName(u"unclear_detail_label")

        self.unclear_page_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unclear_detail_label)

        self.unclear_detail_edit = QLineEdit(self.unclear_page)
        self.unclear_detail_edit.setObjectName(u"unclear_detail_edit")
        self.unclear_detail_edit.setMaxLength(200)

        self.unclear_page_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unclear_detail_edit)


        self.unclear_page_layout.addLayout(self.unclear_page_form)

        self.unclear_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unclear_page_layout.addItem(self.unclear_page_spacer)

        self.details_stack.addWidget(self.unclear_page)
        self.moved_page = QWidget()
        self.moved_page.setObjectName(u"moved_page")
        self.moved_page_layout = QVBoxLayout(self.moved_page)
        self.moved_page_layout.setObjectName(u"moved_page_layout")
        self.moved_page_layout.setContentsMargins(0, 0, -1, -1)
        self.moved_page_form = QFormLayout()
        self.moved_page_form.setObjectName(u"moved_page_form")
        self.moved_reached_label = QLabel(self.moved_page)
        self.moved_reached_label.setObjectName(u"moved_reached_label")

        self.moved_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.moved_reached_label)

        self.moved_reached_combo = QComboBox(self.moved_page)
        self.moved_reached_combo.setObjectName(u"moved_reached_combo")

        self.moved_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.moved_reached_combo)

        self.moved_address_label = QLabel(self.moved_page)
        self.moved_address_label.setObjectName(u"moved_address_label")

        self.moved_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.moved_address_label)

        self.moved_address_edit = QLineEdit(self.moved_page)
        self.moved_address_edit.setObjectName(u"moved_address_edit")
        self.moved_address_edit.setMaxLength(200)

        self.moved_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.moved_address_edit)

        self.moved_call_at_label = QLabel(self.moved_page)
        self.moved_call_at_label.setObjectName(u"moved_call_at_label")

        self.moved_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.moved_call_at_label)

        self.moved_call_at_edit = QDateTimeEdit(self.moved_page)
        self.moved_call_at_edit.setObjectName(u"moved_call_at_edit")
        self.moved_call_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.moved_call_at_edit.setCalendarPopup(True)

        self.moved_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.moved_call_at_edit)

        self.moved_outcome_label = QLabel(self.moved_page)
        self.moved_outcome_label.setObjectName(u"moved_outcome_label")

        self.moved_page_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.moved_outcome_label)

        self.moved_outcome_combo = QComboBox(self.moved_page)
        self.moved_outcome_combo.setObjectName(u"moved_outcome_combo")

        self.moved_page_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moved_outcome_combo)

        self.moved_detail_label = QLabel(self.moved_page)
        self.moved_detail_label.setObjectName(u"moved_detail_label")

        self.moved_page_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.moved_detail_label)

        self.moved_detail_edit = QLineEdit(self.moved_page)
        self.moved_detail_edit.setObjectName(u"moved_detail_edit")
        self.moved_detail_edit.setMaxLength(200)

        self.moved_page_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.moved_detail_edit)


        self.moved_page_layout.addLayout(self.moved_page_form)

        self.moved_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moved_page_layout.addItem(self.moved_page_spacer)

        self.details_stack.addWidget(self.moved_page)
        self.change_page = QWidget()
        self.change_page.setObjectName(u"change_page")
        self.change_page_layout = QVBoxLayout(self.change_page)
        self.change_page_layout.setObjectName(u"change_page_layout")
        self.change_page_layout.setContentsMargins(0, 0, -1, -1)
        self.change_page_form = QFormLayout()
        self.change_page_form.setObjectName(u"change_page_form")
        self.change_address_label = QLabel(self.change_page)
        self.change_address_label.setObjectName(u"change_address_label")

        self.change_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.change_address_label)

        self.change_address_edit = QLineEdit(self.change_page)
        self.change_address_edit.setObjectName(u"change_address_edit")
        self.change_address_edit.setMaxLength(200)

        self.change_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.change_address_edit)

        self.change_name_label = QLabel(self.change_page)
        self.change_name_label.setObjectName(u"change_name_label")

        self.change_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.change_name_label)

        self.change_name_edit = QLineEdit(self.change_page)
        self.change_name_edit.setObjectName(u"change_name_edit")
        self.change_name_edit.setMaxLength(40)

        self.change_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.change_name_edit)

        self.change_phone_label = QLabel(self.change_page)
        self.change_phone_label.setObjectName(u"change_phone_label")

        self.change_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.change_phone_label)

        self.change_phone_edit = QLineEdit(self.change_page)
        self.change_phone_edit.setObjectName(u"change_phone_edit")
        self.change_phone_edit.setMaxLength(20)

        self.change_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.change_phone_edit)

        self.change_detail_label = QLabel(self.change_page)
        self.change_detail_label.setObjectName(u"change_detail_label")

        self.change_page_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.change_detail_label)

        self.change_detail_edit = QLineEdit(self.change_page)
        self.change_detail_edit.setObjectName(u"change_detail_edit")
        self.change_detail_edit.setMaxLength(200)

        self.change_page_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.change_detail_edit)


        self.change_page_layout.addLayout(self.change_page_form)

        self.change_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.change_page_layout.addItem(self.change_page_spacer)

        self.details_stack.addWidget(self.change_page)
        self.nobody_page = QWidget()
        self.nobody_page.setObjectName(u"nobody_page")
        self.nobody_page_layout = QVBoxLayout(self.nobody_page)
        self.nobody_page_layout.setObjectName(u"nobody_page_layout")
        self.nobody_page_layout.setContentsMargins(0, 0, -1, -1)
        self.nobody_page_form = QFormLayout()
        self.nobody_page_form.setObjectName(u"nobody_page_form")
        self.nobody_kind_label = QLabel(self.nobody_page)
        self.nobody_kind_label.setObjectName(u"nobody_kind_label")

        self.nobody_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nobody_kind_label)

        self.nobody_kind_combo = QComboBox(self.nobody_page)
        self.nobody_kind_combo.setObjectName(u"nobody_kind_combo")

        self.nobody_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nobody_kind_combo)

        self.nobody_at_label = QLabel(self.nobody_page)
        self.nobody_at_label.setObjectName(u"nobody_at_label")

        self.nobody_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nobody_at_label)

        self.nobody_at_edit = QDateTimeEdit(self.nobody_page)
        self.nobody_at_edit.setObjectName(u"nobody_at_edit")
        self.nobody_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.nobody_at_edit.setCalendarPopup(True)

        self.nobody_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nobody_at_edit)

        self.nobody_detail_label = QLabel(self.nobody_page)
        self.nobody_detail_label.setObjectName(u"nobody_detail_label")

        self.nobody_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nobody_detail_label)

        self.nobody_detail_edit = QLineEdit(self.nobody_page)
        self.nobody_detail_edit.setObjectName(u"nobody_detail_edit")
        self.nobody_detail_edit.setMaxLength(200)

        self.nobody_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nobody_detail_edit)


        self.nobody_page_layout.addLayout(self.nobody_page_form)

        self.nobody_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.nobody_page_layout.addItem(self.nobody_page_spacer)

        self.details_stack.addWidget(self.nobody_page)
        self.cod_page = QWidget()
        self.cod_page.setObjectName(u"cod_page")
        self.cod_page_layout = QVBoxLayout(self.cod_page)
        self.cod_page_layout.setObjectName(u"cod_page_layout")
        self.cod_page_layout.setContentsMargins(0, 0, -1, -1)
        self.cod_page_note_label = QLabel(self.cod_page)
        self.cod_page_note_label.setObjectName(u"cod_page_note_label")
        self.cod_page_note_label.setWordWrap(True)
        self.cod_page_note_label.setStyleSheet(u"color: #555555;")

        self.cod_page_layout.addWidget(self.cod_page_note_label)

        self.cod_page_form = QFormLayout()
        self.cod_page_form.setObjectName(u"cod_page_form")
        self.cod_kind_label = QLabel(self.cod_page)
        self.cod_kind_label.setObjectName(u"cod_kind_label")

        self.cod_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cod_kind_label)

        self.cod_kind_combo = QComboBox(self.cod_page)
        self.cod_kind_combo.setObjectName(u"cod_kind_combo")

        self.cod_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cod_kind_combo)

        self.cod_detail_label = QLabel(self.cod_page)
        self.cod_detail_label.setObjectName(u"cod_detail_label")

        self.cod_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cod_detail_label)

        self.cod_detail_edit = QLineEdit(self.cod_page)
        self.cod_detail_edit.setObjectName(u"cod_detail_edit")
        self.cod_detail_edit.setMaxLength(200)

        self.cod_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cod_detail_edit)


        self.cod_page_layout.addLayout(self.cod_page_form)

        self.cod_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cod_page_layout.addItem(self.cod_page_spacer)

        self.details_stack.addWidget(self.cod_page)
        self.area_page = QWidget()
        self.area_page.setObjectName(u"area_page")
        self.area_page_layout = QVBoxLayout(self.area_page)
        self.area_page_layout.setObjectName(u"area_page_layout")
        self.area_page_layout.setContentsMargins(0, 0, -1, -1)
        self.area_page_form = QFormLayout()
        self.area_page_form.setObjectName(u"area_page_form")
        self.area_answer_label = QLabel(self.area_page)
        self.area_answer_label.setObjectName(u"area_answer_label")

        self.area_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.area_answer_label)

        self.area_answer_combo = QComboBox(self.area_page)
        self.area_answer_combo.setObjectName(u"area_answer_combo")

        self.area_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area_answer_combo)

        self.area_date_label = QLabel(self.area_page)
        self.area_date_label.setObjectName(u"area_date_label")

        self.area_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.area_date_label)

        self.area_date_edit = QDateEdit(self.area_page)
        self.area_date_edit.setObjectName(u"area_date_edit")
        self.area_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.area_date_edit.setCalendarPopup(True)

        self.area_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.area_date_edit)

        self.area_detail_label = QLabel(self.area_page)
        self.area_detail_label.setObjectName(u"area_detail_label")

        self.area_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.area_detail_label)

        self.area_detail_edit = QLineEdit(self.area_page)
        self.area_detail_edit.setObjectName(u"area_detail_edit")
        self.area_detail_edit.setMaxLength(200)

        self.area_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.area_detail_edit)


        self.area_page_layout.addLayout(self.area_page_form)

        self.area_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.area_page_layout.addItem(self.area_page_spacer)

        self.details_stack.addWidget(self.area_page)
        self.opened_page = QWidget()
        self.opened_page.setObjectName(u"opened_page")
        self.opened_page_layout = QVBoxLayout(self.opened_page)
        self.opened_page_layout.setObjectName(u"opened_page_layout")
        self.opened_page_layout.setContentsMargins(0, 0, -1, -1)
        self.opened_page_form = QFormLayout()
        self.opened_page_form.setObjectName(u"opened_page_form")
        self.opened_detail_label = QLabel(self.opened_page)
        self.opened_detail_label.setObjectName(u"opened_detail_label")

        self.opened_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.opened_detail_label)

        self.opened_detail_edit = QLineEdit(self.opened_page)
        self.opened_detail_edit.setObjectName(u"opened_detail_edit")
        self.opened_detail_edit.setMaxLength(200)

        self.opened_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.opened_detail_edit)


        self.opened_page_layout.addLayout(self.opened_page_form)

        self.opened_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.opened_page_layout.addItem(self.opened_page_spacer)

        self.details_stack.addWidget(self.opened_page)
        self.pickup_page = QWidget()
        self.pickup_page.setObjectName(u"pickup_page")
        self.pickup_page_layout = QVBoxLayout(self.pickup_page)
        self.pickup_page_layout.setObjectName(u"pickup_page_layout")
        self.pickup_page_layout.setContentsMargins(0, 0, -1, -1)
        self.pickup_page_form = QFormLayout()
        self.pickup_page_form.setObjectName(u"pickup_page_form")
        self.pickup_at_label = QLabel(self.pickup_page)
        self.pickup_at_label.setObjectName(u"pickup_at_label")

        self.pickup_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pickup_at_label)

        self.pickup_at_edit = QDateTimeEdit(self.pickup_page)
        self.pickup_at_edit.setObjectName(u"pickup_at_edit")
        self.pickup_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.pickup_at_edit.setCalendarPopup(True)

        self.pickup_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pickup_at_edit)

        self.pickup_place_label = QLabel(self.pickup_page)
        self.pickup_place_label.setObjectName(u"pickup_place_label")

        self.pickup_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pickup_place_label)

        self.pickup_place_combo = QComboBox(self.pickup_page)
        self.pickup_place_combo.setObjectName(u"pickup_place_combo")

        self.pickup_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pickup_place_combo)

        self.pickup_detail_label = QLabel(self.pickup_page)
        self.pickup_detail_label.setObjectName(u"pickup_detail_label")

        self.pickup_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pickup_detail_label)

        self.pickup_detail_edit = QLineEdit(self.pickup_page)
        self.pickup_detail_edit.setObjectName(u"pickup_detail_edit")
        self.pickup_detail_edit.setMaxLength(200)

        self.pickup_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pickup_detail_edit)


        self.pickup_page_layout.addLayout(self.pickup_page_form)

        self.pickup_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pickup_page_layout.addItem(self.pickup_page_spacer)

        self.details_stack.addWidget(self.pickup_page)
        self.missorted_page = QWidget()
        self.missorted_page.setObjectName(u"missorted_page")
        self.missorted_page_layout = QVBoxLayout(self.missorted_page)
        self.missorted_page_layout.setObjectName(u"missorted_page_layout")
        self.missorted_page_layout.setContentsMargins(0, 0, -1, -1)
        self.missorted_page_note_label = QLabel(self.missorted_page)
        self.missorted_page_note_label.setObjectName(u"missorted_page_note_label")
        self.missorted_page_note_label.setWordWrap(True)
        self.missorted_page_note_label.setStyleSheet(u"color: #555555;")

        self.missorted_page_layout.addWidget(self.missorted_page_note_label)

        self.missorted_page_form = QFormLayout()
        self.missorted_page_form.setObjectName(u"missorted_page_form")
        self.missorted_detail_label = QLabel(self.missorted_page)
        self.missorted_detail_label.setObjectName(u"missorted_detail_label")

        self.missorted_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.missorted_detail_label)

        self.missorted_detail_edit = QLineEdit(self.missorted_page)
        self.missorted_detail_edit.setObjectName(u"missorted_detail_edit")
        self.missorted_detail_edit.setMaxLength(200)

        self.missorted_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.missorted_detail_edit)


        self.missorted_page_layout.addLayout(self.missorted_page_form)

        self.missorted_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.missorted_page_layout.addItem(self.missorted_page_spacer)

        self.details_stack.addWidget(self.missorted_page)
        self.return_page = QWidget()
        self.return_page.setObjectName(u"return_page")
        self.return_page_layout = QVBoxLayout(self.return_page)
        self.return_page_layout.setObjectName(u"return_page_layout")
        self.return_page_layout.setContentsMargins(0, 0, -1, -1)
        self.return_page_form = QFormLayout()
        self.return_page_form.setObjectName(u"return_page_form")
        self.return_by_label = QLabel(self.return_page)
        self.return_by_label.setObjectName(u"return_by_label")

        self.return_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.return_by_label)

        self.return_by_combo = QComboBox(self.return_page)
        self.return_by_combo.setObjectName(u"return_by_combo")

        self.return_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.return_by_combo)

        self.return_detail_label = QLabel(self.return_page)
        self.return_detail_label.setObjectName(u"return_detail_label")

        self.return_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.return_detail_label)

        self.return_detail_edit = QLineEdit(self.return_page)
        self.return_detail_edit.setObjectName(u"return_detail_edit")
        self.return_detail_edit.setMaxLength(200)

        self.return_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.return_detail_edit)


        self.return_page_layout.addLayout(self.return_page_form)

        self.return_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.return_page_layout.addItem(self.return_page_spacer)

        self.details_stack.addWidget(self.return_page)
        self.refused_page = QWidget()
        self.refused_page.setObjectName(u"refused_page")
        self.refused_page_layout = QVBoxLayout(self.refused_page)
        self.refused_page_layout.setObjectName(u"refused_page_layout")
        self.refused_page_layout.setContentsMargins(0, 0, -1, -1)
        self.refused_page_note_label = QLabel(self.refused_page)
        self.refused_page_note_label.setObjectName(u"refused_page_note_label")
        self.refused_page_note_label.setWordWrap(True)
        self.refused_page_note_label.setStyleSheet(u"color: #555555;")

        self.refused_page_layout.addWidget(self.refused_page_note_label)

        self.refused_page_form = QFormLayout()
        self.refused_page_form.setObjectName(u"refused_page_form")
        self.refused_kind_label = QLabel(self.refused_page)
        self.refused_kind_label.setObjectName(u"refused_kind_label")

        self.refused_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.refused_kind_label)

        self.refused_kind_combo = QComboBox(self.refused_page)
        self.refused_kind_combo.setObjectName(u"refused_kind_combo")

        self.refused_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.refused_kind_combo)

        self.refused_detail_label = QLabel(self.refused_page)
        self.refused_detail_label.setObjectName(u"refused_detail_label")

        self.refused_page_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.refused_detail_label)

        self.refused_detail_edit = QLineEdit(self.refused_page)
        self.refused_detail_edit.setObjectName(u"refused_detail_edit")
        self.refused_detail_edit.setMaxLength(200)

        self.refused_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.refused_detail_edit)


        self.refused_page_layout.addLayout(self.refused_page_form)

        self.refused_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.refused_page_layout.addItem(self.refused_page_spacer)

        self.details_stack.addWidget(self.refused_page)
        self.damaged_page = QWidget()
        self.damaged_page.setObjectName(u"damaged_page")
        self.damaged_page_layout = QVBoxLayout(self.damaged_page)
        self.damaged_page_layout.setObjectName(u"damaged_page_layout")
        self.damaged_page_layout.setContentsMargins(0, 0, -1, -1)
        self.damaged_page_note_label = QLabel(self.damaged_page)
        self.damaged_page_note_label.setObjectName(u"damaged_page_note_label")
        self.damaged_page_note_label.setWordWrap(True)
        self.damaged_page_note_label.setStyleSheet(u"color: #555555;")

        self.damaged_page_layout.addWidget(self.damaged_page_note_label)

        self.damaged_page_form = QFormLayout()
        self.damaged_page_form.setObjectName(u"damaged_page_form")
        self.damaged_detail_label = QLabel(self.damaged_page)
        self.damaged_detail_label.setObjectName(u"damaged_detail_label")

        self.damaged_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.damaged_detail_label)

        self.damaged_detail_edit = QLineEdit(self.damaged_page)
        self.damaged_detail_edit.setObjectName(u"damaged_detail_edit")
        self.damaged_detail_edit.setMaxLength(200)

        self.damaged_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.damaged_detail_edit)


        self.damaged_page_layout.addLayout(self.damaged_page_form)

        self.damaged_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.damaged_page_layout.addItem(self.damaged_page_spacer)

        self.details_stack.addWidget(self.damaged_page)
        self.misroute_page = QWidget()
        self.misroute_page.setObjectName(u"misroute_page")
        self.misroute_page_layout = QVBoxLayout(self.misroute_page)
        self.misroute_page_layout.setObjectName(u"misroute_page_layout")
        self.misroute_page_layout.setContentsMargins(0, 0, -1, -1)
        self.misroute_page_note_label = QLabel(self.misroute_page)
        self.misroute_page_note_label.setObjectName(u"misroute_page_note_label")
        self.misroute_page_note_label.setWordWrap(True)
        self.misroute_page_note_label.setStyleSheet(u"color: #555555;")

        self.misroute_page_layout.addWidget(self.misroute_page_note_label)

        self.misroute_page_form = QFormLayout()
        self.misroute_page_form.setObjectName(u"misroute_page_form")
        self.misroute_detail_label = QLabel(self.misroute_page)
        self.misroute_detail_label.setObjectName(u"misroute_detail_label")

        self.misroute_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.misroute_detail_label)

        self.misroute_detail_edit = QLineEdit(self.misroute_page)
        self.misroute_detail_edit.setObjectName(u"misroute_detail_edit")
        self.misroute_detail_edit.setMaxLength(200)

        self.misroute_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.misroute_detail_edit)


        self.misroute_page_layout.addLayout(self.misroute_page_form)

        self.misroute_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.misroute_page_layout.addItem(self.misroute_page_spacer)

        self.details_stack.addWidget(self.misroute_page)

        self.reason_box_layout.addWidget(self.details_stack)


        self.in_form_layout.addWidget(self.reason_box)

        self.parcel_box = QGroupBox(self.in_form)
        self.parcel_box.setObjectName(u"parcel_box")
        self.parcel_form = QFormLayout(self.parcel_box)
        self.parcel_form.setObjectName(u"parcel_form")
        self.recipient_label = QLabel(self.parcel_box)
        self.recipient_label.setObjectName(u"recipient_label")

        self.parcel_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient_edit = QLineEdit(self.parcel_box)
        self.recipient_edit.setObjectName(u"recipient_edit")
        self.recipient_edit.setMaxLength(40)

        self.parcel_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient_edit)

        self.phone_label = QLabel(self.parcel_box)
        self.phone_label.setObjectName(u"phone_label")

        self.parcel_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.parcel_box)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(20)

        self.parcel_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.bulky_check = QCheckBox(self.parcel_box)
        self.bulky_check.setObjectName(u"bulky_check")

        self.parcel_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.bulky_check)

        self.province_label = QLabel(self.parcel_box)
        self.province_label.setObjectName(u"province_label")

        self.parcel_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_combo = QComboBox(self.parcel_box)
        self.province_combo.setObjectName(u"province_combo")

        self.parcel_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.province_combo)

        self.location_label = QLabel(self.parcel_box)
        self.location_label.setObjectName(u"location_label")

        self.parcel_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(self.parcel_box)
        self.location_edit.setObjectName(u"location_edit")
        self.location_edit.setMaxLength(8)

        self.parcel_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.location_hint_label = QLabel(self.parcel_box)
        self.location_hint_label.setObjectName(u"location_hint_label")
        self.location_hint_label.setWordWrap(True)
        self.location_hint_label.setStyleSheet(u"color: #555555;")

        self.parcel_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.location_hint_label)

        self.note_label = QLabel(self.parcel_box)
        self.note_label.setObjectName(u"note_label")

        self.parcel_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(self.parcel_box)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(40)

        self.parcel_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.in_form_layout.addWidget(self.parcel_box)

        self.in_form_layout.setStretch(0, 3)
        self.in_form_layout.setStretch(1, 2)

        self.scan_in_layout.addWidget(self.in_form)

        self.in_message_label = QLabel(self.scan_in_tab)
        self.in_message_label.setObjectName(u"in_message_label")
        self.in_message_label.setText(u"")
        self.in_message_label.setWordWrap(True)
        self.in_message_label.setStyleSheet(u"color: #b00020;")

        self.scan_in_layout.addWidget(self.in_message_label)

        self.in_result_layout = QHBoxLayout()
        self.in_result_layout.setObjectName(u"in_result_layout")
        self.pickup_code_label = QLabel(self.scan_in_tab)
        self.pickup_code_label.setObjectName(u"pickup_code_label")
        self.pickup_code_label.setText(u"")
        font3 = QFont()
        font3.setPointSize(36)
        font3.setBold(True)
        self.pickup_code_label.setFont(font3)
        self.pickup_code_label.setStyleSheet(u"color: #1b5e20;")

        self.in_result_layout.addWidget(self.pickup_code_label)

        self.in_result_label = QLabel(self.scan_in_tab)
        self.in_result_label.setObjectName(u"in_result_label")
        self.in_result_label.setText(u"")
        self.in_result_label.setFont(font2)
        self.in_result_label.setWordWrap(True)

        self.in_result_layout.addWidget(self.in_result_label)

        self.in_result_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.in_result_layout.addItem(self.in_result_spacer)

        self.print_label_button = QPushButton(self.scan_in_tab)
        self.print_label_button.setObjectName(u"print_label_button")

        self.in_result_layout.addWidget(self.print_label_button)

        self.save_in_button = QPushButton(self.scan_in_tab)
        self.save_in_button.setObjectName(u"save_in_button")

        self.in_result_layout.addWidget(self.save_in_button)


        self.scan_in_layout.addLayout(self.in_result_layout)

        self.warehouse_tabs.addTab(self.scan_in_tab, "")
        self.scan_out_tab = QWidget()
        self.scan_out_tab.setObjectName(u"scan_out_tab")
        self.scan_out_layout = QHBoxLayout(self.scan_out_tab)
        self.scan_out_layout.setObjectName(u"scan_out_layout")
        self.disposition_box = QGroupBox(self.scan_out_tab)
        self.disposition_box.setObjectName(u"disposition_box")
        self.disposition_box_layout = QVBoxLayout(self.disposition_box)
        self.disposition_box_layout.setObjectName(u"disposition_box_layout")
        self.disposition_row = QHBoxLayout()
        self.disposition_row.setObjectName(u"disposition_row")
        self.disposition_label = QLabel(self.disposition_box)
        self.disposition_label.setObjectName(u"disposition_label")

        self.disposition_row.addWidget(self.disposition_label)

        self.disposition_combo = QComboBox(self.disposition_box)
        self.disposition_combo.setObjectName(u"disposition_combo")
        self.disposition_combo.setMinimumSize(QSize(220, 0))

        self.disposition_row.addWidget(self.disposition_combo)


        self.disposition_box_layout.addLayout(self.disposition_row)

        self.disposition_keys_label = QLabel(self.disposition_box)
        self.disposition_keys_label.setObjectName(u"disposition_keys_label")
        self.disposition_keys_label.setWordWrap(True)
        self.disposition_keys_label.setStyleSheet(u"color: #555555;")

        self.disposition_box_layout.addWidget(self.disposition_keys_label)

        self.out_form = QFormLayout()
        self.out_form.setObjectName(u"out_form")
        self.out_courier_label = QLabel(self.disposition_box)
        self.out_courier_label.setObjectName(u"out_courier_label")

        self.out_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.out_courier_label)

        self.out_courier_combo = QComboBox(self.disposition_box)
        self.out_courier_combo.setObjectName(u"out_courier_combo")

        self.out_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.out_courier_combo)

        self.out_check_label = QLabel(self.disposition_box)
        self.out_check_label.setObjectName(u"out_check_label")

        self.out_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.out_check_label)

        self.out_check_edit = QLineEdit(self.disposition_box)
        self.out_check_edit.setObjectName(u"out_check_edit")
        self.out_check_edit.setMaxLength(20)

        self.out_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.out_check_edit)

        self.out_company_label = QLabel(self.disposition_box)
        self.out_company_label.setObjectName(u"out_company_label")

        self.out_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.out_company_label)

        self.out_company_edit = QLineEdit(self.disposition_box)
        self.out_company_edit.setObjectName(u"out_company_edit")
        self.out_company_edit.setMaxLength(40)

        self.out_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.out_company_edit)

        self.out_air_check = QCheckBox(self.disposition_box)
        self.out_air_check.setObjectName(u"out_air_check")

        self.out_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.out_air_check)

        self.out_province_label = QLabel(self.disposition_box)
        self.out_province_label.setObjectName(u"out_province_label")

        self.out_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.out_province_label)

        self.out_province_combo = QComboBox(self.disposition_box)
        self.out_province_combo.setObjectName(u"out_province_combo")

        self.out_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.out_province_combo)

        self.out_weight_label = QLabel(self.disposition_box)
        self.out_weight_label.setObjectName(u"out_weight_label")

        self.out_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.out_weight_label)

        self.out_weight_edit = QLineEdit(self.disposition_box)
        self.out_weight_edit.setObjectName(u"out_weight_edit")
        self.out_weight_edit.setMaxLength(8)

        self.out_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.out_weight_edit)

        self.out_ems_fee_label = QLabel(self.disposition_box)
        self.out_ems_fee_label.setObjectName(u"out_ems_fee_label")

        self.out_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.out_ems_fee_label)

        self.out_ems_fee_edit = QLineEdit(self.disposition_box)
        self.out_ems_fee_edit.setObjectName(u"out_ems_fee_edit")
        self.out_ems_fee_edit.setMaxLength(10)

        self.out_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.out_ems_fee_edit)

        self.out_paid_label = QLabel(self.disposition_box)
        self.out_paid_label.setObjectName(u"out_paid_label")

        self.out_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.out_paid_label)

        self.out_paid_edit = QLineEdit(self.disposition_box)
        self.out_paid_edit.setObjectName(u"out_paid_edit")
        self.out_paid_edit.setMaxLength(10)

        self.out_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.out_paid_edit)

        self.out_payment_label = QLabel(self.disposition_box)
        self.out_payment_label.setObjectName(u"out_payment_label")

        self.out_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.out_payment_label)

        self.out_payment_combo = QComboBox(self.disposition_box)
        self.out_payment_combo.setObjectName(u"out_payment_combo")

        self.out_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.out_payment_combo)

        self.out_fee_label = QLabel(self.disposition_box)
        self.out_fee_label.setObjectName(u"out_fee_label")
        self.out_fee_label.setText(u"")
        font4 = QFont()
        font4.setPointSize(13)
        font4.setBold(True)
        self.out_fee_label.setFont(font4)
        self.out_fee_label.setWordWrap(True)

        self.out_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.out_fee_label)


        self.disposition_box_layout.addLayout(self.out_form)

        self.disposition_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.disposition_box_layout.addItem(self.disposition_spacer)


        self.scan_out_layout.addWidget(self.disposition_box)

        self.out_right_layout = QVBoxLayout()
        self.out_right_layout.setObjectName(u"out_right_layout")
        self.out_bar_layout = QHBoxLayout()
        self.out_bar_layout.setObjectName(u"out_bar_layout")
        self.out_waybill_label = QLabel(self.scan_out_tab)
        self.out_waybill_label.setObjectName(u"out_waybill_label")

        self.out_bar_layout.addWidget(self.out_waybill_label)

        self.out_waybill_edit = QLineEdit(self.scan_out_tab)
        self.out_waybill_edit.setObjectName(u"out_waybill_edit")
        self.out_waybill_edit.setMaxLength(40)
        self.out_waybill_edit.setFont(font)
        self.out_waybill_edit.setMinimumSize(QSize(260, 0))

        self.out_bar_layout.addWidget(self.out_waybill_edit)

        self.out_button = QPushButton(self.scan_out_tab)
        self.out_button.setObjectName(u"out_button")

        self.out_bar_layout.addWidget(self.out_button)


        self.out_right_layout.addLayout(self.out_bar_layout)

        self.out_result_label = QLabel(self.scan_out_tab)
        self.out_result_label.setObjectName(u"out_result_label")
        self.out_result_label.setText(u"")
        font5 = QFont()
        font5.setPointSize(28)
        font5.setBold(True)
        self.out_result_label.setFont(font5)
        self.out_result_label.setWordWrap(True)

        self.out_right_layout.addWidget(self.out_result_label)

        self.out_message_label = QLabel(self.scan_out_tab)
        self.out_message_label.setObjectName(u"out_message_label")
        self.out_message_label.setText(u"")
        self.out_message_label.setFont(font2)
        self.out_message_label.setWordWrap(True)

        self.out_right_layout.addWidget(self.out_message_label)

        self.no_scan_frame = QFrame(self.scan_out_tab)
        self.no_scan_frame.setObjectName(u"no_scan_frame")
        self.no_scan_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.no_scan_layout = QHBoxLayout(self.no_scan_frame)
        self.no_scan_layout.setObjectName(u"no_scan_layout")
        self.area_courier_label = QLabel(self.no_scan_frame)
        self.area_courier_label.setObjectName(u"area_courier_label")

        self.no_scan_layout.addWidget(self.area_courier_label)

        self.area_courier_combo = QComboBox(self.no_scan_frame)
        self.area_courier_combo.setObjectName(u"area_courier_combo")
        self.area_courier_combo.setMinimumSize(QSize(140, 0))

        self.no_scan_layout.addWidget(self.area_courier_combo)

        self.delivery_scan_button = QPushButton(self.no_scan_frame)
        self.delivery_scan_button.setObjectName(u"delivery_scan_button")

        self.no_scan_layout.addWidget(self.delivery_scan_button)

        self.no_scan_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.no_scan_layout.addItem(self.no_scan_spacer)


        self.out_right_layout.addWidget(self.no_scan_frame)

        self.out_session_label = QLabel(self.scan_out_tab)
        self.out_session_label.setObjectName(u"out_session_label")
        self.out_session_label.setFont(font1)

        self.out_right_layout.addWidget(self.out_session_label)

        self.out_table = QTableWidget(self.scan_out_tab)
        self.out_table.setObjectName(u"out_table")
        self.out_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.out_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.out_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.out_table.setAlternatingRowColors(True)

        self.out_right_layout.addWidget(self.out_table)


        self.scan_out_layout.addLayout(self.out_right_layout)

        self.scan_out_layout.setStretch(0, 2)
        self.scan_out_layout.setStretch(1, 3)
        self.warehouse_tabs.addTab(self.scan_out_tab, "")
        self.search_tab = QWidget()
        self.search_tab.setObjectName(u"search_tab")
        self.search_layout = QVBoxLayout(self.search_tab)
        self.search_layout.setObjectName(u"search_layout")
        self.search_bar_layout = QHBoxLayout()
        self.search_bar_layout.setObjectName(u"search_bar_layout")
        self.search_label = QLabel(self.search_tab)
        self.search_label.setObjectName(u"search_label")

        self.search_bar_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.search_tab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMaxLength(40)
        font6 = QFont()
        font6.setPointSize(14)
        self.search_edit.setFont(font6)
        self.search_edit.setMinimumSize(QSize(420, 0))

        self.search_bar_layout.addWidget(self.search_edit)

        self.search_button = QPushButton(self.search_tab)
        self.search_button.setObjectName(u"search_button")

        self.search_bar_layout.addWidget(self.search_button)

        self.search_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_bar_layout.addItem(self.search_bar_spacer)


        self.search_layout.addLayout(self.search_bar_layout)

        self.search_table = QTableWidget(self.search_tab)
        self.search_table.setObjectName(u"search_table")
        self.search_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.search_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.search_table.setAlternatingRowColors(True)

        self.search_layout.addWidget(self.search_table)

        self.search_message_label = QLabel(self.search_tab)
        self.search_message_label.setObjectName(u"search_message_label")
        self.search_message_label.setText(u"")
        self.search_message_label.setWordWrap(True)
        self.search_message_label.setStyleSheet(u"color: #b00020;")

        self.search_layout.addWidget(self.search_message_label)

        self.search_lower_layout = QHBoxLayout()
        self.search_lower_layout.setObjectName(u"search_lower_layout")
        self.timeline_layout = QVBoxLayout()
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_label = QLabel(self.search_tab)
        self.timeline_label.setObjectName(u"timeline_label")
        self.timeline_label.setFont(font1)

        self.timeline_layout.addWidget(self.timeline_label)

        self.timeline_table = QTableWidget(self.search_tab)
        self.timeline_table.setObjectName(u"timeline_table")
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_table.setAlternatingRowColors(True)

        self.timeline_layout.addWidget(self.timeline_table)


        self.search_lower_layout.addLayout(self.timeline_layout)

        self.actions_box = QGroupBox(self.search_tab)
        self.actions_box.setObjectName(u"actions_box")
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_form = QFormLayout()
        self.actions_form.setObjectName(u"actions_form")
        self.action_text_label = QLabel(self.actions_box)
        self.action_text_label.setObjectName(u"action_text_label")

        self.actions_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.action_text_label)

        self.action_text_edit = QLineEdit(self.actions_box)
        self.action_text_edit.setObjectName(u"action_text_edit")
        self.action_text_edit.setMaxLength(500)

        self.actions_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.action_text_edit)

        self.msg_company_label = QLabel(self.actions_box)
        self.msg_company_label.setObjectName(u"msg_company_label")

        self.actions_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.msg_company_label)

        self.msg_company_edit = QLineEdit(self.actions_box)
        self.msg_company_edit.setObjectName(u"msg_company_edit")
        self.msg_company_edit.setMaxLength(40)

        self.actions_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.msg_company_edit)

        self.msg_direction_label = QLabel(self.actions_box)
        self.msg_direction_label.setObjectName(u"msg_direction_label")

        self.actions_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.msg_direction_label)

        self.msg_direction_combo = QComboBox(self.actions_box)
        self.msg_direction_combo.setObjectName(u"msg_direction_combo")

        self.actions_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.msg_direction_combo)

        self.msg_return_check = QCheckBox(self.actions_box)
        self.msg_return_check.setObjectName(u"msg_return_check")

        self.actions_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.msg_return_check)

        self.action_courier_label = QLabel(self.actions_box)
        self.action_courier_label.setObjectName(u"action_courier_label")

        self.actions_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.action_courier_label)

        self.action_courier_combo = QComboBox(self.actions_box)
        self.action_courier_combo.setObjectName(u"action_courier_combo")

        self.actions_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.action_courier_combo)

        self.relocate_label = QLabel(self.actions_box)
        self.relocate_label.setObjectName(u"relocate_label")

        self.actions_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relocate_label)

        self.relocate_edit = QLineEdit(self.actions_box)
        self.relocate_edit.setObjectName(u"relocate_edit")
        self.relocate_edit.setMaxLength(8)

        self.actions_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relocate_edit)


        self.actions_layout.addLayout(self.actions_form)

        self.actions_buttons = QGridLayout()
        self.actions_buttons.setObjectName(u"actions_buttons")
        self.notify_button = QPushButton(self.actions_box)
        self.notify_button.setObjectName(u"notify_button")

        self.actions_buttons.addWidget(self.notify_button, 0, 0, 1, 1)

        self.message_button = QPushButton(self.actions_box)
        self.message_button.setObjectName(u"message_button")

        self.actions_buttons.addWidget(self.message_button, 0, 1, 1, 1)

        self.note_button = QPushButton(self.actions_box)
        self.note_button.setObjectName(u"note_button")

        self.actions_buttons.addWidget(self.note_button, 0, 2, 1, 1)

        self.search_delivery_scan_button = QPushButton(self.actions_box)
        self.search_delivery_scan_button.setObjectName(u"search_delivery_scan_button")

        self.actions_buttons.addWidget(self.search_delivery_scan_button, 1, 0, 1, 1)

        self.relocate_button = QPushButton(self.actions_box)
        self.relocate_button.setObjectName(u"relocate_button")

        self.actions_buttons.addWidget(self.relocate_button, 1, 1, 1, 1)

        self.update_details_button = QPushButton(self.actions_box)
        self.update_details_button.setObjectName(u"update_details_button")

        self.actions_buttons.addWidget(self.update_details_button, 1, 2, 1, 1)


        self.actions_layout.addLayout(self.actions_buttons)


        self.search_lower_layout.addWidget(self.actions_box)

        self.search_lower_layout.setStretch(0, 3)
        self.search_lower_layout.setStretch(1, 2)

        self.search_layout.addLayout(self.search_lower_layout)

        self.warehouse_tabs.addTab(self.search_tab, "")
        self.board_tab = QWidget()
        self.board_tab.setObjectName(u"board_tab")
        self.board_layout = QVBoxLayout(self.board_tab)
        self.board_layout.setObjectName(u"board_layout")
        self.board_bar_layout = QHBoxLayout()
        self.board_bar_layout.setObjectName(u"board_bar_layout")
        self.board_title_label = QLabel(self.board_tab)
        self.board_title_label.setObjectName(u"board_title_label")
        self.board_title_label.setText(u"")
        font7 = QFont()
        font7.setPointSize(14)
        font7.setBold(True)
        self.board_title_label.setFont(font7)
        self.board_title_label.setWordWrap(True)

        self.board_bar_layout.addWidget(self.board_title_label)

        self.refresh_board_button = QPushButton(self.board_tab)
        self.refresh_board_button.setObjectName(u"refresh_board_button")

        self.board_bar_layout.addWidget(self.refresh_board_button)

        self.board_bar_layout.setStretch(0, 1)

        self.board_layout.addLayout(self.board_bar_layout)

        self.board_splitter = QSplitter(self.board_tab)
        self.board_splitter.setObjectName(u"board_splitter")
        self.board_splitter.setOrientation(Qt.Orientation.Vertical)
        self.board_splitter.setChildrenCollapsible(False)
        self.overdue_box = QWidget(self.board_splitter)
        self.overdue_box.setObjectName(u"overdue_box")
        self.overdue_box_layout = QVBoxLayout(self.overdue_box)
        self.overdue_box_layout.setObjectName(u"overdue_box_layout")
        self.overdue_box_layout.setContentsMargins(0, 0, 0, 0)
        self.overdue_label = QLabel(self.overdue_box)
        self.overdue_label.setObjectName(u"overdue_label")
        self.overdue_label.setFont(font1)

        self.overdue_box_layout.addWidget(self.overdue_label)

        self.overdue_table = QTableWidget(self.overdue_box)
        self.overdue_table.setObjectName(u"overdue_table")
        self.overdue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdue_table.setAlternatingRowColors(True)

        self.overdue_box_layout.addWidget(self.overdue_table)

        self.board_splitter.addWidget(self.overdue_box)
        self.due_today_box = QWidget(self.board_splitter)
        self.due_today_box.setObjectName(u"due_today_box")
        self.due_today_box_layout = QVBoxLayout(self.due_today_box)
        self.due_today_box_layout.setObjectName(u"due_today_box_layout")
        self.due_today_box_layout.setContentsMargins(0, 0, 0, 0)
        self.due_today_label = QLabel(self.due_today_box)
        self.due_today_label.setObjectName(u"due_today_label")
        self.due_today_label.setFont(font1)

        self.due_today_box_layout.addWidget(self.due_today_label)

        self.due_today_table = QTableWidget(self.due_today_box)
        self.due_today_table.setObjectName(u"due_today_table")
        self.due_today_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_today_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_today_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_today_table.setAlternatingRowColors(True)

        self.due_today_box_layout.addWidget(self.due_today_table)

        self.board_splitter.addWidget(self.due_today_box)
        self.problems_box = QWidget(self.board_splitter)
        self.problems_box.setObjectName(u"problems_box")
        self.problems_box_layout = QVBoxLayout(self.problems_box)
        self.problems_box_layout.setObjectName(u"problems_box_layout")
        self.problems_box_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_label = QLabel(self.problems_box)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setFont(font1)

        self.problems_box_layout.addWidget(self.problems_label)

        self.problems_table = QTableWidget(self.problems_box)
        self.problems_table.setObjectName(u"problems_table")
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems_table.setAlternatingRowColors(True)

        self.problems_box_layout.addWidget(self.problems_table)

        self.board_splitter.addWidget(self.problems_box)

        self.board_layout.addWidget(self.board_splitter)

        self.warehouse_tabs.addTab(self.board_tab, "")

        self.warehouse_layout.addWidget(self.warehouse_tabs)

#if QT_CONFIG(shortcut)
        self.in_waybill_label.setBuddy(self.in_waybill_edit)
        self.reason_label.setBuddy(self.reason_combo)
        self.unclear_reached_label.setBuddy(self.unclear_reached_combo)
        self.unclear_address_label.setBuddy(self.unclear_address_edit)
        self.unclear_wanted_label.setBuddy(self.unclear_wanted_edit)
        self.unclear_call_at_label.setBuddy(self.unclear_call_at_edit)
        self.unclear_outcome_label.setBuddy(self.unclear_outcome_combo)
        self.unclear_detail_label.setBuddy(self.unclear_detail_edit)
        self.moved_reached_label.setBuddy(self.moved_reached_combo)
        self.moved_address_label.setBuddy(self.moved_address_edit)
        self.moved_call_at_label.setBuddy(self.moved_call_at_edit)
        self.moved_outcome_label.setBuddy(self.moved_outcome_combo)
        self.moved_detail_label.setBuddy(self.moved_detail_edit)
        self.change_address_label.setBuddy(self.change_address_edit)
        self.change_name_label.setBuddy(self.change_name_edit)
        self.change_phone_label.setBuddy(self.change_phone_edit)
        self.change_detail_label.setBuddy(self.change_detail_edit)
        self.nobody_kind_label.setBuddy(self.nobody_kind_combo)
        self.nobody_at_label.setBuddy(self.nobody_at_edit)
        self.nobody_detail_label.setBuddy(self.nobody_detail_edit)
        self.cod_kind_label.setBuddy(self.cod_kind_combo)
        self.cod_detail_label.setBuddy(self.cod_detail_edit)
        self.area_answer_label.setBuddy(self.area_answer_combo)
        self.area_date_label.setBuddy(self.area_date_edit)
        self.area_detail_label.setBuddy(self.area_detail_edit)
        self.opened_detail_label.setBuddy(self.opened_detail_edit)
        self.pickup_at_label.setBuddy(self.pickup_at_edit)
        self.pickup_place_label.setBuddy(self.pickup_place_combo)
        self.pickup_detail_label.setBuddy(self.pickup_detail_edit)
        self.missorted_detail_label.setBuddy(self.missorted_detail_edit)
        self.return_by_label.setBuddy(self.return_by_combo)
        self.return_detail_label.setBuddy(self.return_detail_edit)
        self.refused_kind_label.setBuddy(self.refused_kind_combo)
        self.refused_detail_label.setBuddy(self.refused_detail_edit)
        self.damaged_detail_label.setBuddy(self.damaged_detail_edit)
        self.misroute_detail_label.setBuddy(self.misroute_detail_edit)
        self.recipient_label.setBuddy(self.recipient_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.province_label.setBuddy(self.province_combo)
        self.location_label.setBuddy(self.location_edit)
        self.note_label.setBuddy(self.note_edit)
        self.disposition_label.setBuddy(self.disposition_combo)
        self.out_courier_label.setBuddy(self.out_courier_combo)
        self.out_check_label.setBuddy(self.out_check_edit)
        self.out_company_label.setBuddy(self.out_company_edit)
        self.out_province_label.setBuddy(self.out_province_combo)
        self.out_weight_label.setBuddy(self.out_weight_edit)
        self.out_ems_fee_label.setBuddy(self.out_ems_fee_edit)
        self.out_paid_label.setBuddy(self.out_paid_edit)
        self.out_payment_label.setBuddy(self.out_payment_combo)
        self.out_waybill_label.setBuddy(self.out_waybill_edit)
        self.area_courier_label.setBuddy(self.area_courier_combo)
        self.search_label.setBuddy(self.search_edit)
        self.action_text_label.setBuddy(self.action_text_edit)
        self.msg_company_label.setBuddy(self.msg_company_edit)
        self.msg_direction_label.setBuddy(self.msg_direction_combo)
        self.action_courier_label.setBuddy(self.action_courier_combo)
        self.relocate_label.setBuddy(self.relocate_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WarehouseWorkspace)

        self.save_in_button.setDefault(True)


        QMetaObject.connectSlotsByName(WarehouseWorkspace)
    # setupUi

    def retranslateUi(self, WarehouseWorkspace):
        self.in_waybill_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Waybill", None))
        self.in_waybill_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"scan or type, Enter", None))
        self.in_cancel_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Clear (Esc)", None))
        self.reason_box.setTitle(QCoreApplication.translate("WarehouseWorkspace", u"Reason and what it must record (WH-6)", None))
        self.reason_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Reason", None))
        self.reason_keys_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Alt+1\u20269, Alt+0", None))
        self.choose_hint_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Choose the reason first: the form then asks for exactly what that reason must record.", None))
        self.unclear_reached_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Re&ached the customer?", None))
        self.unclear_address_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Correct full addr&ess", None))
        self.unclear_address_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"street, building, unit, room", None))
        self.unclear_wanted_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Time they want it", None))
        self.unclear_wanted_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"e.g. tomorrow after 14:00", None))
        self.unclear_call_at_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Call time", None))
        self.unclear_outcome_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Call o&utcome", None))
        self.unclear_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.moved_reached_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Re&ached the customer?", None))
        self.moved_address_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"New full addr&ess", None))
        self.moved_address_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"street, building, unit, room", None))
        self.moved_call_at_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Call time", None))
        self.moved_outcome_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Call o&utcome", None))
        self.moved_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.change_address_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"New full addr&ess", None))
        self.change_address_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"street, building, unit, room", None))
        self.change_name_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"New recipient &name", None))
        self.change_name_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"only if it changed", None))
        self.change_phone_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"New recipient phone (if &changed)", None))
        self.change_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.nobody_kind_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Category", None))
        self.nobody_at_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Time of the failed delivery", None))
        self.nobody_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.cod_page_note_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Refused for want of an invoice is no valid reason: the delay still counts against the station.", None))
        self.cod_kind_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Kind of refusal", None))
        self.cod_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.area_answer_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Customer's &answer", None))
        self.area_date_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Coming on", None))
        self.area_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.opened_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Detailed reaso&n", None))
        self.opened_detail_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"what was checked and why", None))
        self.pickup_at_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Pickup &time", None))
        self.pickup_place_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Pickup pla&ce", None))
        self.pickup_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.missorted_page_note_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Nothing more to record: it goes with the returns and mis-sent parcels.", None))
        self.missorted_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.return_by_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Who &asked", None))
        self.return_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Wh&y", None))
        self.return_detail_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"the reason they gave", None))
        self.refused_page_note_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Refused because the courier would not carry it upstairs or was rude: not a problem parcel, no message is left.", None))
        self.refused_kind_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Kind of refusal", None))
        self.refused_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail (required for Other)", None))
        self.damaged_page_note_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"The recipient signs and writes \u300c\u62d2\u6536\u300d after the name; message the origin company (WH-15).", None))
        self.damaged_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Detailed reaso&n", None))
        self.damaged_detail_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"what is damaged", None))
        self.misroute_page_note_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Wrong big characters (\u5927\u5b57), destination unknown: kept with the returns until it is cleared.", None))
        self.misroute_detail_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&More detail", None))
        self.parcel_box.setTitle(QCoreApplication.translate("WarehouseWorkspace", u"Parcel", None))
        self.recipient_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Reci&pient", None))
        self.phone_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"P&hone", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"mobile or landline", None))
        self.bulky_check.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Bulky goods (\u5927\u8d27)", None))
        self.province_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Destination province", None))
        self.location_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Location", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"code", None))
        self.location_hint_label.setText("")
        self.note_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"N&ote", None))
        self.print_label_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Print label (Ctrl+P)", None))
        self.save_in_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Save (Enter)", None))
        self.warehouse_tabs.setTabText(self.warehouse_tabs.indexOf(self.scan_in_tab), QCoreApplication.translate("WarehouseWorkspace", u"Scan in", None))
        self.disposition_box.setTitle(QCoreApplication.translate("WarehouseWorkspace", u"How it leaves (stays set between scans)", None))
        self.disposition_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Disposition", None))
        self.disposition_keys_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Alt+1 delivery \u00b7 Alt+2 collected \u00b7 Alt+3 back to courier \u00b7 Alt+4 back to company \u00b7 Alt+5 EMS", None))
        self.out_courier_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Courier", None))
        self.out_check_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Pickup code or phone &tail", None))
        self.out_check_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"type before the scan", None))
        self.out_company_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Co&mpany", None))
        self.out_company_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"company it goes back to", None))
        self.out_air_check.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Air parcel: return fee (WH-11)", None))
        self.out_province_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Pro&vince", None))
        self.out_weight_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Weight (kg)", None))
        self.out_weight_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"e.g. 6.5", None))
        self.out_ems_fee_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"EMS &fee (\u5143)", None))
        self.out_paid_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Paid fr&eight (\u5143)", None))
        self.out_payment_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Pa&yment", None))
        self.out_waybill_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Scan or type the waybill", None))
        self.out_waybill_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"scan or type, Enter", None))
        self.out_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Scan &out (Enter)", None))
        self.area_courier_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"A&rea courier", None))
        self.delivery_scan_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Delivery scan, then scan out (Ctrl+D)", None))
        self.out_session_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Scanned out this session", None))
        self.warehouse_tabs.setTabText(self.warehouse_tabs.indexOf(self.scan_out_tab), QCoreApplication.translate("WarehouseWorkspace", u"Scan out", None))
        self.search_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Find", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"waybill or part of it \u00b7 last 4 digits of the phone \u00b7 name", None))
        self.search_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Search (Enter)", None))
        self.timeline_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Timeline", None))
        self.actions_box.setTitle(QCoreApplication.translate("WarehouseWorkspace", u"Parcel in stock: record what was done", None))
        self.action_text_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Text", None))
        self.action_text_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"message, note, or what the customer said", None))
        self.msg_company_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Com&pany", None))
        self.msg_company_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"the other company (\u7559\u8a00)", None))
        self.msg_direction_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Direction", None))
        self.msg_return_check.setText(QCoreApplication.translate("WarehouseWorkspace", u"Reply asks for a return (leaves toda&y)", None))
        self.action_courier_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Cour&ier", None))
        self.relocate_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Move to &location", None))
        self.relocate_edit.setPlaceholderText(QCoreApplication.translate("WarehouseWorkspace", u"location code", None))
        self.notify_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Notified customer", None))
        self.message_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Log &message", None))
        self.note_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Add n&ote", None))
        self.search_delivery_scan_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Delivery scan", None))
        self.relocate_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Mo&ve", None))
        self.update_details_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"Change &reason\u2026", None))
        self.warehouse_tabs.setTabText(self.warehouse_tabs.indexOf(self.search_tab), QCoreApplication.translate("WarehouseWorkspace", u"Search", None))
        self.refresh_board_button.setText(QCoreApplication.translate("WarehouseWorkspace", u"&Refresh (Ctrl+R)", None))
        self.overdue_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Overdue", None))
        self.due_today_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Due today", None))
        self.problems_label.setText(QCoreApplication.translate("WarehouseWorkspace", u"Open problem parcels: handled? scan them out (WH-4)", None))
        self.warehouse_tabs.setTabText(self.warehouse_tabs.indexOf(self.board_tab), QCoreApplication.translate("WarehouseWorkspace", u"Deadlines", None))
        pass
    # retranslateUi

