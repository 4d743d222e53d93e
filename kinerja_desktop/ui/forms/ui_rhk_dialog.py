# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rhk_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

class Ui_RhkDialog(object):
    def setupUi(self, RhkDialog):
        if not RhkDialog.objectName():
            RhkDialog.setObjectName(u"RhkDialog")
        RhkDialog.resize(620, 360)
        self.formLayout = QFormLayout(RhkDialog)
        self.formLayout.setObjectName(u"formLayout")
        self.jenisLabel = QLabel(RhkDialog)
        self.jenisLabel.setObjectName(u"jenisLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jenisLabel)

        self.jenisCombo = QComboBox(RhkDialog)
        self.jenisCombo.setObjectName(u"jenisCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jenisCombo)

        self.parentLabel = QLabel(RhkDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(RhkDialog)
        self.parentCombo.setObjectName(u"parentCombo")
        self.parentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.parentCombo.setMinimumContentsLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.intervensiLabel = QLabel(RhkDialog)
        self.intervensiLabel.setObjectName(u"intervensiLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.intervensiLabel)

        self.intervensiEdit = QLineEdit(RhkDialog)
        self.intervensiEdit.setObjectName(u"intervensiEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.intervensiEdit)

        self.textLabel = QLabel(RhkDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(RhkDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.hintLabel = QLabel(RhkDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hintLabel)

        self.errorLabel = QLabel(RhkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.errorLabel)

        self.buttonBox = QDialogButtonBox(parent=RhkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.jenisLabel.setBuddy(self.jenisCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.intervensiLabel.setBuddy(self.intervensiEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RhkDialog)

        QMetaObject.connectSlotsByName(RhkDialog)
    # setupUi

    def retranslateUi(self, RhkDialog):
        RhkDialog.setWindowTitle(QCoreApplication.translate("RhkDialog", u"Rencana Hasil Kerja", None))
        self.jenisLabel.setText(QCoreApplication.translate("RhkDialog", u"&Jenis", None))
        self.parentLabel.setText(QCoreApplication.translate("RhkDialog", u"RHK atasan yang &diintervensi", None))
        self.intervensiLabel.setText(QCoreApplication.translate("RhkDialog", u"Sasaran &organisasi", None))
        self.textLabel.setText(QCoreApplication.translate("RhkDialog", u"&Rencana hasil kerja", None))
        self.hintLabel.setText(QCoreApplication.translate("RhkDialog", u"Tulis sebagai hasil, misalnya \"Tersusunnya laporan \u2026\", bukan \"Menyusun \u2026\".", None))
    # retranslateUi

