# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objection_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_ObjectionPage(object):
    def setupUi(self, ObjectionPage):
        if not ObjectionPage.objectName():
            ObjectionPage.setObjectName(u"ObjectionPage")
        self.mainLayout = QVBoxLayout(ObjectionPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ObjectionPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.helpLabel = QLabel(ObjectionPage)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.helpLabel)

        self.table = QTableView(ObjectionPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.decisionGroup = QGroupBox(ObjectionPage)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QFormLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.reasonTitle = QLabel(self.decisionGroup)
        self.reasonTitle.setObjectName(u"reasonTitle")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonTitle)

        self.reasonLabel = QLabel(self.decisionGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonLabel)

        self.hasilLabel = QLabel(self.decisionGroup)
        self.hasilLabel.setObjectName(u"hasilLabel")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hasilLabel)

        self.hasilCombo = QComboBox(self.decisionGroup)
        self.hasilCombo.setObjectName(u"hasilCombo")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hasilCombo)

        self.perilakuLabel = QLabel(self.decisionGroup)
        self.perilakuLabel.setObjectName(u"perilakuLabel")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.perilakuLabel)

        self.perilakuCombo = QComboBox(self.decisionGroup)
        self.perilakuCombo.setObjectName(u"perilakuCombo")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perilakuCombo)

        self.decisionLabel = QLabel(self.decisionGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(self.decisionGroup)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.decisionLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.decideLayout = QHBoxLayout()
        self.decideLayout.setObjectName(u"decideLayout")
        self.decideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decideLayout.addItem(self.decideSpacer)

        self.decideButton = QPushButton(self.decisionGroup)
        self.decideButton.setObjectName(u"decideButton")

        self.decideLayout.addWidget(self.decideButton)


        self.decisionLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.decideLayout)


        self.mainLayout.addWidget(self.decisionGroup)

#if QT_CONFIG(shortcut)
        self.hasilLabel.setBuddy(self.hasilCombo)
        self.perilakuLabel.setBuddy(self.perilakuCombo)
        self.decisionLabel.setBuddy(self.decisionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectionPage)

        QMetaObject.connectSlotsByName(ObjectionPage)
    # setupUi

    def retranslateUi(self, ObjectionPage):
        self.titleLabel.setText(QCoreApplication.translate("ObjectionPage", u"<h2>Keberatan</h2>", None))
        self.helpLabel.setText(QCoreApplication.translate("ObjectionPage", u"Keberatan diajukan paling lambat 14 hari setelah hasil evaluasi diterima (PP 30/2019 pasal 59), dari halaman Evaluasi pada evaluasi yang sudah final. Atasan pejabat penilai memutuskannya di sini; keputusannya final.", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("ObjectionPage", u"Keputusan atasan pejabat penilai", None))
        self.reasonTitle.setText(QCoreApplication.translate("ObjectionPage", u"Alasan keberatan", None))
        self.hasilLabel.setText(QCoreApplication.translate("ObjectionPage", u"Rating &hasil kerja baru", None))
        self.perilakuLabel.setText(QCoreApplication.translate("ObjectionPage", u"Rating &perilaku kerja baru", None))
        self.decisionLabel.setText(QCoreApplication.translate("ObjectionPage", u"&Keputusan", None))
        self.decideButton.setText(QCoreApplication.translate("ObjectionPage", u"&Putuskan\u2026", None))
        pass
    # retranslateUi

