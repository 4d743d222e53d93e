# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'employees_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout

class Ui_EmployeesPage(object):
    def setupUi(self, EmployeesPage):
        if not EmployeesPage.objectName():
            EmployeesPage.setObjectName(u"EmployeesPage")
        self.mainLayout = QVBoxLayout(EmployeesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(EmployeesPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(EmployeesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.unitCombo = QComboBox(EmployeesPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumSize(QSize(260, 0))
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(28)

        self.filterLayout.addWidget(self.unitCombo)

        self.statusCombo = QComboBox(EmployeesPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.importButton = QPushButton(EmployeesPage)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.table = QTableView(EmployeesPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)


        self.retranslateUi(EmployeesPage)

        QMetaObject.connectSlotsByName(EmployeesPage)
    # setupUi

    def retranslateUi(self, EmployeesPage):
        self.titleLabel.setText(QCoreApplication.translate("EmployeesPage", u"<h2>Pegawai</h2>", None))
        self.importButton.setText(QCoreApplication.translate("EmployeesPage", u"&Impor daftar\u2026", None))
        pass
    # retranslateUi

