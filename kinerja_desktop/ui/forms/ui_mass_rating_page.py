# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mass_rating_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_MassRatingPage(object):
    def setupUi(self, MassRatingPage):
        if not MassRatingPage.objectName():
            MassRatingPage.setObjectName(u"MassRatingPage")
        self.mainLayout = QVBoxLayout(MassRatingPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(MassRatingPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.penilaiLabel = QLabel(MassRatingPage)
        self.penilaiLabel.setObjectName(u"penilaiLabel")

        self.headerLayout.addWidget(self.penilaiLabel)

        self.penilaiCombo = QComboBox(MassRatingPage)
        self.penilaiCombo.setObjectName(u"penilaiCombo")
        self.penilaiCombo.setMinimumContentsLength(36)
        self.penilaiCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.headerLayout.addWidget(self.penilaiCombo)

        self.periodLabel = QLabel(MassRatingPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(MassRatingPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumContentsLength(18)

        self.headerLayout.addWidget(self.periodCombo)


        self.mainLayout.addLayout(self.headerLayout)

        self.helpLabel = QLabel(MassRatingPage)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)
        self.helpLabel.setStyleSheet(u"color: #444;")

        self.mainLayout.addWidget(self.helpLabel)

        self.table = QTableView(MassRatingPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.summaryLabel = QLabel(MassRatingPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.footerLayout.addWidget(self.summaryLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.finalizeButton = QPushButton(MassRatingPage)
        self.finalizeButton.setObjectName(u"finalizeButton")

        self.footerLayout.addWidget(self.finalizeButton)


        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.penilaiLabel.setBuddy(self.penilaiCombo)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MassRatingPage)

        QMetaObject.connectSlotsByName(MassRatingPage)
    # setupUi

    def retranslateUi(self, MassRatingPage):
        self.titleLabel.setText(QCoreApplication.translate("MassRatingPage", u"<h2>Penilaian Massal</h2>", None))
        self.penilaiLabel.setText(QCoreApplication.translate("MassRatingPage", u"Pe&nilai", None))
        self.periodLabel.setText(QCoreApplication.translate("MassRatingPage", u"P&eriode", None))
        self.finalizeButton.setText(QCoreApplication.translate("MassRatingPage", u"&Finalkan semua yang lengkap\u2026", None))
        pass
    # retranslateUi

