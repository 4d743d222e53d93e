# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_EvaluationPage(object):
    def setupUi(self, EvaluationPage):
        if not EvaluationPage.objectName():
            EvaluationPage.setObjectName(u"EvaluationPage")
        self.mainLayout = QVBoxLayout(EvaluationPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(EvaluationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Evaluasi")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.periodLabel = QLabel(EvaluationPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(EvaluationPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumContentsLength(18)

        self.headerLayout.addWidget(self.periodCombo)

        self.statusLabel = QLabel(EvaluationPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.orgLabel = QLabel(EvaluationPage)
        self.orgLabel.setObjectName(u"orgLabel")
        self.orgLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.orgLabel)

        self.stack = QStackedWidget(EvaluationPage)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.openLayout = QHBoxLayout()
        self.openLayout.setObjectName(u"openLayout")
        self.openButton = QPushButton(self.emptyPage)
        self.openButton.setObjectName(u"openButton")

        self.openLayout.addWidget(self.openButton)

        self.openSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openLayout.addItem(self.openSpacer)


        self.emptyLayout.addLayout(self.openLayout)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.stack.addWidget(self.emptyPage)
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QVBoxLayout(self.contentPage)
        self.contentLayout.setObjectName(u"contentLayout")
        self.tabs = QTabWidget(self.contentPage)
        self.tabs.setObjectName(u"tabs")
        self.hasilTab = QWidget()
        self.hasilTab.setObjectName(u"hasilTab")
        self.hasilLayout = QVBoxLayout(self.hasilTab)
        self.hasilLayout.setObjectName(u"hasilLayout")
        self.realisasiTable = QTableView(self.hasilTab)
        self.realisasiTable.setObjectName(u"realisasiTable")
        self.realisasiTable.setAlternatingRowColors(True)
        self.realisasiTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.realisasiTable.horizontalHeader().setStretchLastSection(True)
        self.realisasiTable.verticalHeader().setVisible(False)

        self.hasilLayout.addWidget(self.realisasiTable)

        self.evidenceLayout = QHBoxLayout()
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.attachButton = QPushButton(self.hasilTab)
        self.attachButton.setObjectName(u"attachButton")

        self.evidenceLayout.addWidget(self.attachButton)

        self.linkButton = QPushButton(self.hasilTab)
        self.linkButton.setObjectName(u"linkButton")

        self.evidenceLayout.addWidget(self.linkButton)

        self.attendanceButton = QPushButton(self.hasilTab)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.evidenceLayout.addWidget(self.attendanceButton)

        self.evidenceLabel = QLabel(self.hasilTab)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceLabel)

        self.evidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceLayout.addItem(self.evidenceSpacer)


        self.hasilLayout.addLayout(self.evidenceLayout)

        self.rhkFeedbackLabel = QLabel(self.hasilTab)
        self.rhkFeedbackLabel.setObjectName(u"rhkFeedbackLabel")

        self.hasilLayout.addWidget(self.rhkFeedbackLabel)

        self.rhkFeedbackTable = QTableView(self.hasilTab)
        self.rhkFeedbackTable.setObjectName(u"rhkFeedbackTable")
        self.rhkFeedbackTable.setMaximumSize(QSize(16777215, 170))
        self.rhkFeedbackTable.horizontalHeader().setStretchLastSection(True)
        self.rhkFeedbackTable.verticalHeader().setVisible(False)

        self.hasilLayout.addWidget(self.rhkFeedbackTable)

        self.tabs.addTab(self.hasilTab, "")
        self.perilakuTab = QWidget()
        self.perilakuTab.setObjectName(u"perilakuTab")
        self.perilakuLayout = QVBoxLayout(self.perilakuTab)
        self.perilakuLayout.setObjectName(u"perilakuLayout")
        self.valueFeedbackTable = QTableView(self.perilakuTab)
        self.valueFeedbackTable.setObjectName(u"valueFeedbackTable")
        self.valueFeedbackTable.setWordWrap(True)
        self.valueFeedbackTable.horizontalHeader().setStretchLastSection(True)
        self.valueFeedbackTable.verticalHeader().setVisible(False)

        self.perilakuLayout.addWidget(self.valueFeedbackTable)

        self.objectiveLabel = QLabel(self.perilakuTab)
        self.objectiveLabel.setObjectName(u"objectiveLabel")
        self.objectiveLabel.setText(u"")
        self.objectiveLabel.setWordWrap(True)
        self.objectiveLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.perilakuLayout.addWidget(self.objectiveLabel)

        self.tabs.addTab(self.perilakuTab, "")
        self.inputsTab = QWidget()
        self.inputsTab.setObjectName(u"inputsTab")
        self.inputsLayout = QVBoxLayout(self.inputsTab)
        self.inputsLayout.setObjectName(u"inputsLayout")
        self.masukanLabel = QLabel(self.inputsTab)
        self.masukanLabel.setObjectName(u"masukanLabel")
        self.masukanLabel.setText(u"")
        self.masukanLabel.setWordWrap(True)
        self.masukanLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.inputsLayout.addWidget(self.masukanLabel)

        self.inputsTable = QTableView(self.inputsTab)
        self.inputsTable.setObjectName(u"inputsTable")
        self.inputsTable.setWordWrap(True)
        self.inputsTable.horizontalHeader().setStretchLastSection(True)
        self.inputsTable.verticalHeader().setVisible(False)

        self.inputsLayout.addWidget(self.inputsTable)

        self.inputButtons = QHBoxLayout()
        self.inputButtons.setObjectName(u"inputButtons")
        self.addInputButton = QPushButton(self.inputsTab)
        self.addInputButton.setObjectName(u"addInputButton")

        self.inputButtons.addWidget(self.addInputButton)

        self.formsButton = QPushButton(self.inputsTab)
        self.formsButton.setObjectName(u"formsButton")

        self.inputButtons.addWidget(self.formsButton)

        self.inputSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inputButtons.addItem(self.inputSpacer)


        self.inputsLayout.addLayout(self.inputButtons)

        self.tabs.addTab(self.inputsTab, "")

        self.contentLayout.addWidget(self.tabs)

        self.ratingGroup = QGroupBox(self.contentPage)
        self.ratingGroup.setObjectName(u"ratingGroup")
        self.ratingLayout = QGridLayout(self.ratingGroup)
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.hasilLabel = QLabel(self.ratingGroup)
        self.hasilLabel.setObjectName(u"hasilLabel")

        self.ratingLayout.addWidget(self.hasilLabel, 0, 0, 1, 1)

        self.hasilCombo = QComboBox(self.ratingGroup)
        self.hasilCombo.setObjectName(u"hasilCombo")

        self.ratingLayout.addWidget(self.hasilCombo, 0, 1, 1, 1)

        self.perilakuLabel = QLabel(self.ratingGroup)
        self.perilakuLabel.setObjectName(u"perilakuLabel")

        self.ratingLayout.addWidget(self.perilakuLabel, 0, 2, 1, 1)

        self.perilakuCombo = QComboBox(self.ratingGroup)
        self.perilakuCombo.setObjectName(u"perilakuCombo")

        self.ratingLayout.addWidget(self.perilakuCombo, 0, 3, 1, 1)

        self.predikatLabel = QLabel(self.ratingGroup)
        self.predikatLabel.setObjectName(u"predikatLabel")
        self.predikatLabel.setText(u"")

        self.ratingLayout.addWidget(self.predikatLabel, 0, 4, 1, 1)

        self.catatanLabel = QLabel(self.ratingGroup)
        self.catatanLabel.setObjectName(u"catatanLabel")

        self.ratingLayout.addWidget(self.catatanLabel, 1, 0, 1, 1)

        self.catatanEdit = QLineEdit(self.ratingGroup)
        self.catatanEdit.setObjectName(u"catatanEdit")

        self.ratingLayout.addWidget(self.catatanEdit, 1, 1, 1, 4)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.unlockButton = QPushButton(self.ratingGroup)
        self.unlockButton.setObjectName(u"unlockButton")

        self.actionLayout.addWidget(self.unlockButton)

        self.printButton = QPushButton(self.ratingGroup)
        self.printButton.setObjectName(u"printButton")

        self.actionLayout.addWidget(self.printButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.saveRatingsButton = QPushButton(self.ratingGroup)
        self.saveRatingsButton.setObjectName(u"saveRatingsButton")

        self.actionLayout.addWidget(self.saveRatingsButton)

        self.finalizeButton = QPushButton(self.ratingGroup)
        self.finalizeButton.setObjectName(u"finalizeButton")

        self.actionLayout.addWidget(self.finalizeButton)


        self.ratingLayout.addLayout(self.actionLayout, 2, 0, 1, 5)


        self.contentLayout.addWidget(self.ratingGroup)

        self.stack.addWidget(self.contentPage)

        self.mainLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.hasilLabel.setBuddy(self.hasilCombo)
        self.perilakuLabel.setBuddy(self.perilakuCombo)
        self.catatanLabel.setBuddy(self.catatanEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationPage)

        QMetaObject.connectSlotsByName(EvaluationPage)
    # setupUi

    def retranslateUi(self, EvaluationPage):
        self.periodLabel.setText(QCoreApplication.translate("EvaluationPage", u"P&eriode", None))
        self.openButton.setText(QCoreApplication.translate("EvaluationPage", u"&Mulai evaluasi periode ini", None))
        self.attachButton.setText(QCoreApplication.translate("EvaluationPage", u"Lampirkan &bukti dukung\u2026", None))
        self.linkButton.setText(QCoreApplication.translate("EvaluationPage", u"Tambah &tautan bukti\u2026", None))
        self.attendanceButton.setText(QCoreApplication.translate("EvaluationPage", u"Isi dari &presensi", None))
#if QT_CONFIG(tooltip)
        self.attendanceButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"Usulkan realisasi indikator yang terikat presensi dari rekap presensi periode ini", None))
#endif // QT_CONFIG(tooltip)
        self.rhkFeedbackLabel.setText(QCoreApplication.translate("EvaluationPage", u"<b>Umpan balik berkelanjutan per RHK</b> (klik dua kali untuk memilih frasa atau menulis sendiri)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.hasilTab), QCoreApplication.translate("EvaluationPage", u"&Hasil Kerja", None))
        self.tabs.setTabText(self.tabs.indexOf(self.perilakuTab), QCoreApplication.translate("EvaluationPage", u"&Perilaku Kerja", None))
        self.addInputButton.setText(QCoreApplication.translate("EvaluationPage", u"Tambah &masukan\u2026", None))
        self.formsButton.setText(QCoreApplication.translate("EvaluationPage", u"Cetak &kuesioner\u2026", None))
#if QT_CONFIG(tooltip)
        self.formsButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"Kuesioner masukan dengan kode sekali pakai untuk pegawai ini", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.inputsTab), QCoreApplication.translate("EvaluationPage", u"&Masukan lain", None))
        self.ratingGroup.setTitle(QCoreApplication.translate("EvaluationPage", u"Penilaian", None))
        self.hasilLabel.setText(QCoreApplication.translate("EvaluationPage", u"Rating &hasil kerja", None))
        self.perilakuLabel.setText(QCoreApplication.translate("EvaluationPage", u"Rating pe&rilaku kerja", None))
        self.catatanLabel.setText(QCoreApplication.translate("EvaluationPage", u"&Catatan/rekomendasi", None))
        self.unlockButton.setText(QCoreApplication.translate("EvaluationPage", u"B&uka kunci\u2026", None))
        self.printButton.setText(QCoreApplication.translate("EvaluationPage", u"Ceta&k", None))
        self.saveRatingsButton.setText(QCoreApplication.translate("EvaluationPage", u"&Simpan penilaian", None))
        self.finalizeButton.setText(QCoreApplication.translate("EvaluationPage", u"&Finalkan\u2026", None))
        pass
    # retranslateUi

