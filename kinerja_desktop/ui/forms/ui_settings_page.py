# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.officeGroup = QGroupBox(SettingsPage)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeLayout = QFormLayout(self.officeGroup)
        self.officeLayout.setObjectName(u"officeLayout")
        self.nameLabel = QLabel(self.officeGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.officeGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeLabel = QLabel(self.officeGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.officeGroup)
        self.codeEdit.setObjectName(u"codeEdit")

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.kabupatenLabel = QLabel(self.officeGroup)
        self.kabupatenLabel.setObjectName(u"kabupatenLabel")

        self.officeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kabupatenLabel)

        self.kabupatenEdit = QLineEdit(self.officeGroup)
        self.kabupatenEdit.setObjectName(u"kabupatenEdit")

        self.officeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kabupatenEdit)

        self.placeLabel = QLabel(self.officeGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.officeLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.officeGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.officeLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.periodLabel = QLabel(self.officeGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.officeLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(self.officeGroup)
        self.periodCombo.setObjectName(u"periodCombo")

        self.officeLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.paperLabel = QLabel(self.officeGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.officeLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.officeGroup)
        self.paperCombo.setObjectName(u"paperCombo")

        self.officeLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.masukanMinLabel = QLabel(self.officeGroup)
        self.masukanMinLabel.setObjectName(u"masukanMinLabel")

        self.officeLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.masukanMinLabel)

        self.masukanMinSpin = QSpinBox(self.officeGroup)
        self.masukanMinSpin.setObjectName(u"masukanMinSpin")
        self.masukanMinSpin.setMinimum(3)
        self.masukanMinSpin.setMaximum(50)

        self.officeLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.masukanMinSpin)

        self.deadlineLabel = QLabel(self.officeGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.officeLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineSpin = QSpinBox(self.officeGroup)
        self.deadlineSpin.setObjectName(u"deadlineSpin")
        self.deadlineSpin.setMinimum(0)
        self.deadlineSpin.setMaximum(120)

        self.officeLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.deadlineSpin)

        self.emblemLabel = QLabel(self.officeGroup)
        self.emblemLabel.setObjectName(u"emblemLabel")

        self.officeLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emblemLabel)

        self.emblemLayout = QHBoxLayout()
        self.emblemLayout.setObjectName(u"emblemLayout")
        self.emblemPreview = QLabel(self.officeGroup)
        self.emblemPreview.setObjectName(u"emblemPreview")
        self.emblemPreview.setMinimumSize(QSize(48, 48))
        self.emblemPreview.setMaximumSize(QSize(48, 48))
        self.emblemPreview.setScaledContents(True)

        self.emblemLayout.addWidget(self.emblemPreview)

        self.emblemPath = QLabel(self.officeGroup)
        self.emblemPath.setObjectName(u"emblemPath")
        self.emblemPath.setWordWrap(True)

        self.emblemLayout.addWidget(self.emblemPath)

        self.emblemButton = QPushButton(self.officeGroup)
        self.emblemButton.setObjectName(u"emblemButton")

        self.emblemLayout.addWidget(self.emblemButton)

        self.emblemResetButton = QPushButton(self.officeGroup)
        self.emblemResetButton.setObjectName(u"emblemResetButton")

        self.emblemLayout.addWidget(self.emblemResetButton)


        self.officeLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.emblemLayout)


        self.mainLayout.addWidget(self.officeGroup)

        self.programGroup = QGroupBox(SettingsPage)
        self.programGroup.setObjectName(u"programGroup")
        self.programLayout = QFormLayout(self.programGroup)
        self.programLayout.setObjectName(u"programLayout")
        self.languageLabel = QLabel(self.programGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.programLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.programGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.programLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.backupLabel = QLabel(self.programGroup)
        self.backupLabel.setObjectName(u"backupLabel")

        self.programLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupLayout = QHBoxLayout()
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupEdit = QLineEdit(self.programGroup)
        self.backupEdit.setObjectName(u"backupEdit")

        self.backupLayout.addWidget(self.backupEdit)

        self.backupButton = QPushButton(self.programGroup)
        self.backupButton.setObjectName(u"backupButton")

        self.backupLayout.addWidget(self.backupButton)


        self.programLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.backupLayout)


        self.mainLayout.addWidget(self.programGroup)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.spacer)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.kabupatenLabel.setBuddy(self.kabupatenEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.masukanMinLabel.setBuddy(self.masukanMinSpin)
        self.deadlineLabel.setBuddy(self.deadlineSpin)
        self.emblemLabel.setBuddy(self.emblemButton)
        self.languageLabel.setBuddy(self.languageCombo)
        self.backupLabel.setBuddy(self.backupEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"<h2>Pengaturan</h2>", None))
        self.officeGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Instansi", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsPage", u"&Nama instansi", None))
        self.codeLabel.setText(QCoreApplication.translate("SettingsPage", u"&Kode instansi", None))
        self.kabupatenLabel.setText(QCoreApplication.translate("SettingsPage", u"Ka&bupaten/kota", None))
        self.placeLabel.setText(QCoreApplication.translate("SettingsPage", u"&Tempat penandatanganan", None))
        self.periodLabel.setText(QCoreApplication.translate("SettingsPage", u"&Periode evaluasi", None))
        self.paperLabel.setText(QCoreApplication.translate("SettingsPage", u"&Ukuran kertas", None))
        self.masukanMinLabel.setText(QCoreApplication.translate("SettingsPage", u"Ambang &anonimitas masukan", None))
        self.masukanMinSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" responden", None))
#if QT_CONFIG(tooltip)
        self.masukanMinSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Hasil masukan rekan, bawahan dan masyarakat ditampilkan bila sedikitnya sekian orang mengisi (paling sedikit 3)", None))
#endif // QT_CONFIG(tooltip)
        self.deadlineLabel.setText(QCoreApplication.translate("SettingsPage", u"&Tenggat evaluasi", None))
        self.deadlineSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" hari setelah periode berakhir", None))
#if QT_CONFIG(tooltip)
        self.deadlineSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Batas waktu evaluasi di daftar kepatuhan dan pengingat per pejabat penilai", None))
#endif // QT_CONFIG(tooltip)
        self.emblemLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lambang/logo", None))
        self.emblemButton.setText(QCoreApplication.translate("SettingsPage", u"Pilih &gambar\u2026", None))
        self.emblemResetButton.setText(QCoreApplication.translate("SettingsPage", u"Pakai bawaan", None))
        self.programGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Program", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Bahasa", None))
        self.backupLabel.setText(QCoreApplication.translate("SettingsPage", u"Folder &cadangan", None))
        self.backupButton.setText(QCoreApplication.translate("SettingsPage", u"Pilih\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Simpan", None))
        pass
    # retranslateUi

