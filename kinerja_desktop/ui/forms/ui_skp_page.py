# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'skp_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QTabWidget, QTreeView, QVBoxLayout, QWidget

class Ui_SkpPage(object):
    def setupUi(self, SkpPage):
        if not SkpPage.objectName():
            SkpPage.setObjectName(u"SkpPage")
        self.mainLayout = QVBoxLayout(SkpPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(SkpPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"SKP")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.yearLabel = QLabel(SkpPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.headerLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(SkpPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2022)
        self.yearSpin.setMaximum(2100)

        self.headerLayout.addWidget(self.yearSpin)

        self.statusLabel = QLabel(SkpPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"\u2014")

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.peopleLabel = QLabel(SkpPage)
        self.peopleLabel.setObjectName(u"peopleLabel")
        self.peopleLabel.setText(u"")
        self.peopleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.peopleLabel)

        self.noteLabel = QLabel(SkpPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b64a; padding: 6px;")

        self.mainLayout.addWidget(self.noteLabel)

        self.stack = QStackedWidget(SkpPage)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.planLayout = QHBoxLayout()
        self.planLayout.setObjectName(u"planLayout")
        self.approachLabel = QLabel(self.emptyPage)
        self.approachLabel.setObjectName(u"approachLabel")

        self.planLayout.addWidget(self.approachLabel)

        self.approachCombo = QComboBox(self.emptyPage)
        self.approachCombo.setObjectName(u"approachCombo")

        self.planLayout.addWidget(self.approachCombo)

        self.planButton = QPushButton(self.emptyPage)
        self.planButton.setObjectName(u"planButton")

        self.planLayout.addWidget(self.planButton)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planLayout.addItem(self.planSpacer)


        self.emptyLayout.addLayout(self.planLayout)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.stack.addWidget(self.emptyPage)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(u"tabs")
        self.hasilTab = QWidget()
        self.hasilTab.setObjectName(u"hasilTab")
        self.hasilLayout = QVBoxLayout(self.hasilTab)
        self.hasilLayout.setObjectName(u"hasilLayout")
        self.rhkTree = QTreeView(self.hasilTab)
        self.rhkTree.setObjectName(u"rhkTree")
        self.rhkTree.setAlternatingRowColors(True)
        self.rhkTree.setWordWrap(True)
        self.rhkTree.setUniformRowHeights(False)

        self.hasilLayout.addWidget(self.rhkTree)

        self.rhkButtons = QHBoxLayout()
        self.rhkButtons.setObjectName(u"rhkButtons")
        self.addRhkButton = QPushButton(self.hasilTab)
        self.addRhkButton.setObjectName(u"addRhkButton")

        self.rhkButtons.addWidget(self.addRhkButton)

        self.addIndicatorButton = QPushButton(self.hasilTab)
        self.addIndicatorButton.setObjectName(u"addIndicatorButton")

        self.rhkButtons.addWidget(self.addIndicatorButton)

        self.rhkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rhkButtons.addItem(self.rhkSpacer)


        self.hasilLayout.addLayout(self.rhkButtons)

        self.tabs.addTab(self.hasilTab, "")
        self.perilakuTab = QWidget()
        self.perilakuTab.setObjectName(u"perilakuTab")
        self.perilakuLayout = QVBoxLayout(self.perilakuTab)
        self.perilakuLayout.setObjectName(u"perilakuLayout")
        self.perilakuArea = QScrollArea(self.perilakuTab)
        self.perilakuArea.setObjectName(u"perilakuArea")
        self.perilakuArea.setWidgetResizable(True)
        self.perilakuContents = QWidget()
        self.perilakuContents.setObjectName(u"perilakuContents")
        self.perilakuArea.setWidget(self.perilakuContents)

        self.perilakuLayout.addWidget(self.perilakuArea)

        self.perilakuButtons = QHBoxLayout()
        self.perilakuButtons.setObjectName(u"perilakuButtons")
        self.perilakuSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.perilakuButtons.addItem(self.perilakuSpacer)

        self.saveExpectationsButton = QPushButton(self.perilakuTab)
        self.saveExpectationsButton.setObjectName(u"saveExpectationsButton")

        self.perilakuButtons.addWidget(self.saveExpectationsButton)


        self.perilakuLayout.addLayout(self.perilakuButtons)

        self.tabs.addTab(self.perilakuTab, "")
        self.lampiranTab = QWidget()
        self.lampiranTab.setObjectName(u"lampiranTab")
        self.lampiranLayout = QVBoxLayout(self.lampiranTab)
        self.lampiranLayout.setObjectName(u"lampiranLayout")
        self.lampiranArea = QScrollArea(self.lampiranTab)
        self.lampiranArea.setObjectName(u"lampiranArea")
        self.lampiranArea.setWidgetResizable(True)
        self.lampiranContents = QWidget()
        self.lampiranContents.setObjectName(u"lampiranContents")
        self.lampiranArea.setWidget(self.lampiranContents)

        self.lampiranLayout.addWidget(self.lampiranArea)

        self.tabs.addTab(self.lampiranTab, "")
        self.stack.addWidget(self.tabs)

        self.mainLayout.addWidget(self.stack)

        self.workflowButtons = QHBoxLayout()
        self.workflowButtons.setObjectName(u"workflowButtons")
        self.printButton = QPushButton(SkpPage)
        self.printButton.setObjectName(u"printButton")

        self.workflowButtons.addWidget(self.printButton)

        self.workflowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workflowButtons.addItem(self.workflowSpacer)

        self.outsidePenilaiButton = QPushButton(SkpPage)
        self.outsidePenilaiButton.setObjectName(u"outsidePenilaiButton")

        self.workflowButtons.addWidget(self.outsidePenilaiButton)

        self.returnButton = QPushButton(SkpPage)
        self.returnButton.setObjectName(u"returnButton")

        self.workflowButtons.addWidget(self.returnButton)

        self.approveButton = QPushButton(SkpPage)
        self.approveButton.setObjectName(u"approveButton")

        self.workflowButtons.addWidget(self.approveButton)

        self.submitButton = QPushButton(SkpPage)
        self.submitButton.setObjectName(u"submitButton")

        self.workflowButtons.addWidget(self.submitButton)


        self.mainLayout.addLayout(self.workflowButtons)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.approachLabel.setBuddy(self.approachCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SkpPage)

        QMetaObject.connectSlotsByName(SkpPage)
    # setupUi

    def retranslateUi(self, SkpPage):
        self.yearLabel.setText(QCoreApplication.translate("SkpPage", u"&Tahun", None))
        self.approachLabel.setText(QCoreApplication.translate("SkpPage", u"&Pendekatan", None))
        self.planButton.setText(QCoreApplication.translate("SkpPage", u"&Susun SKP", None))
        self.addRhkButton.setText(QCoreApplication.translate("SkpPage", u"Tambah &RHK\u2026", None))
        self.addIndicatorButton.setText(QCoreApplication.translate("SkpPage", u"Tambah &indikator\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.hasilTab), QCoreApplication.translate("SkpPage", u"&Hasil Kerja", None))
        self.saveExpectationsButton.setText(QCoreApplication.translate("SkpPage", u"Simpan &ekspektasi", None))
        self.tabs.setTabText(self.tabs.indexOf(self.perilakuTab), QCoreApplication.translate("SkpPage", u"&Perilaku Kerja", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lampiranTab), QCoreApplication.translate("SkpPage", u"&Lampiran", None))
        self.printButton.setText(QCoreApplication.translate("SkpPage", u"&Cetak", None))
        self.outsidePenilaiButton.setText(QCoreApplication.translate("SkpPage", u"Penilai &non-ASN\u2026", None))
#if QT_CONFIG(tooltip)
        self.outsidePenilaiButton.setToolTip(QCoreApplication.translate("SkpPage", u"Catat pejabat penilai JPT yang bukan ASN (Bupati/Wali Kota) dengan nama dan jabatannya", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("SkpPage", u"&Kembalikan\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("SkpPage", u"Se&tujui", None))
        self.submitButton.setText(QCoreApplication.translate("SkpPage", u"&Ajukan ke atasan", None))
        pass
    # retranslateUi

