# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit

from kinerja_desktop.ui.widgets.number_edit import NumberEdit

class Ui_IndicatorDialog(object):
    def setupUi(self, IndicatorDialog):
        if not IndicatorDialog.objectName():
            IndicatorDialog.setObjectName(u"IndicatorDialog")
        IndicatorDialog.resize(600, 380)
        self.formLayout = QFormLayout(IndicatorDialog)
        self.formLayout.setObjectName(u"formLayout")
        self.rhkLabel = QLabel(IndicatorDialog)
        self.rhkLabel.setObjectName(u"rhkLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rhkLabel)

        self.rhkText = QLabel(IndicatorDialog)
        self.rhkText.setObjectName(u"rhkText")
        self.rhkText.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rhkText)

        self.kindLabel = QLabel(IndicatorDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(IndicatorDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.textLabel = QLabel(IndicatorDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(IndicatorDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.targetLabel = QLabel(IndicatorDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetLayout = QHBoxLayout()
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetMin = NumberEdit(IndicatorDialog)
        self.targetMin.setObjectName(u"targetMin")

        self.targetLayout.addWidget(self.targetMin)

        self.toLabel = QLabel(IndicatorDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.targetLayout.addWidget(self.toLabel)

        self.targetMax = NumberEdit(IndicatorDialog)
        self.targetMax.setObjectName(u"targetMax")

        self.targetLayout.addWidget(self.targetMax)

        self.satuanEdit = QLineEdit(IndicatorDialog)
        self.satuanEdit.setObjectName(u"satuanEdit")

        self.targetLayout.addWidget(self.satuanEdit)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.targetLayout)

        self.narrativeLabel = QLabel(IndicatorDialog)
        self.narrativeLabel.setObjectName(u"narrativeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.narrativeLabel)

        self.narrativeEdit = QLineEdit(IndicatorDialog)
        self.narrativeEdit.setObjectName(u"narrativeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.narrativeEdit)

        self.errorLabel = QLabel(IndicatorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.errorLabel)

        self.buttonBox = QDialogButtonBox(parent=IndicatorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.targetLabel.setBuddy(self.targetMin)
        self.narrativeLabel.setBuddy(self.narrativeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IndicatorDialog)

        QMetaObject.connectSlotsByName(IndicatorDialog)
    # setupUi

    def retranslateUi(self, IndicatorDialog):
        IndicatorDialog.setWindowTitle(QCoreApplication.translate("IndicatorDialog", u"Indikator Kinerja Individu", None))
        self.rhkLabel.setText(QCoreApplication.translate("IndicatorDialog", u"RHK", None))
        self.kindLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Aspek", None))
        self.textLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Indikator", None))
        self.targetLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Target", None))
        self.toLabel.setText(QCoreApplication.translate("IndicatorDialog", u"sampai", None))
        self.narrativeLabel.setText(QCoreApplication.translate("IndicatorDialog", u"Target &uraian", None))
    # retranslateUi

