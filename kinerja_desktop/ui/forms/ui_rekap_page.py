# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rekap_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_RekapPage(object):
    def setupUi(self, RekapPage):
        if not RekapPage.objectName():
            RekapPage.setObjectName(u"RekapPage")
        self.mainLayout = QVBoxLayout(RekapPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(RekapPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.periodLabel = QLabel(RekapPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(RekapPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumContentsLength(18)

        self.headerLayout.addWidget(self.periodCombo)


        self.mainLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(RekapPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QHBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.chartHolder = QWidget(self.detail)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartHolder.setMinimumSize(QSize(460, 240))
        self.chartLayout = QVBoxLayout(self.chartHolder)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.detailLayout.addWidget(self.chartHolder)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.unitLabel = QLabel(self.detail)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.unitLabel)

        self.warningsLabel = QLabel(self.detail)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.sideLayout.addWidget(self.warningsLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgCombo = QComboBox(self.detail)
        self.orgCombo.setObjectName(u"orgCombo")

        self.orgLayout.addWidget(self.orgCombo)

        self.orgButton = QPushButton(self.detail)
        self.orgButton.setObjectName(u"orgButton")

        self.orgLayout.addWidget(self.orgButton)

        self.orgSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orgLayout.addItem(self.orgSpacer)


        self.sideLayout.addLayout(self.orgLayout)

        self.batchLayout = QHBoxLayout()
        self.batchLayout.setObjectName(u"batchLayout")
        self.rekapPrintButton = QPushButton(self.detail)
        self.rekapPrintButton.setObjectName(u"rekapPrintButton")

        self.batchLayout.addWidget(self.rekapPrintButton)

        self.batchButton = QPushButton(self.detail)
        self.batchButton.setObjectName(u"batchButton")

        self.batchLayout.addWidget(self.batchButton)

        self.skmButton = QPushButton(self.detail)
        self.skmButton.setObjectName(u"skmButton")

        self.batchLayout.addWidget(self.skmButton)

        self.deskButton = QPushButton(self.detail)
        self.deskButton.setObjectName(u"deskButton")

        self.batchLayout.addWidget(self.deskButton)

        self.publishButton = QPushButton(self.detail)
        self.publishButton.setObjectName(u"publishButton")

        self.batchLayout.addWidget(self.publishButton)

        self.batchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.batchLayout.addItem(self.batchSpacer)


        self.sideLayout.addLayout(self.batchLayout)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)


        self.detailLayout.addLayout(self.sideLayout)

        self.splitter.addWidget(self.detail)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RekapPage)

        QMetaObject.connectSlotsByName(RekapPage)
    # setupUi

    def retranslateUi(self, RekapPage):
        self.titleLabel.setText(QCoreApplication.translate("RekapPage", u"<h2>Rekap</h2>", None))
        self.periodLabel.setText(QCoreApplication.translate("RekapPage", u"P&eriode", None))
        self.orgButton.setText(QCoreApplication.translate("RekapPage", u"&Tetapkan capaian organisasi", None))
        self.rekapPrintButton.setText(QCoreApplication.translate("RekapPage", u"Cetak &rekap unit\u2026", None))
        self.batchButton.setText(QCoreApplication.translate("RekapPage", u"Cetak &massal unit ini\u2026", None))
        self.skmButton.setText(QCoreApplication.translate("RekapPage", u"Laporan &SKM\u2026", None))
        self.deskButton.setText(QCoreApplication.translate("RekapPage", u"&Kartu kode petugas\u2026", None))
#if QT_CONFIG(tooltip)
        self.deskButton.setToolTip(QCoreApplication.translate("RekapPage", u"Kartu di meja petugas: kodenya diketik masyarakat di kios survei untuk menilai petugas yang melayani", None))
#endif // QT_CONFIG(tooltip)
        self.publishButton.setText(QCoreApplication.translate("RekapPage", u"&Publikasi\u2026", None))
        pass
    # retranslateUi

