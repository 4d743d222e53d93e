# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QMenu, QMenuBar, QStackedWidget, QStatusBar, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setWindowTitle(u"Kinerja Desktop")
        self.importAction = QAction(MainWindow)
        self.importAction.setObjectName(u"importAction")
        self.demoAction = QAction(MainWindow)
        self.demoAction.setObjectName(u"demoAction")
        self.openAction = QAction(MainWindow)
        self.openAction.setObjectName(u"openAction")
        self.switchUserAction = QAction(MainWindow)
        self.switchUserAction.setObjectName(u"switchUserAction")
#if QT_CONFIG(shortcut)
        self.switchUserAction.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.restoreAction = QAction(MainWindow)
        self.restoreAction.setObjectName(u"restoreAction")
        self.backupAction = QAction(MainWindow)
        self.backupAction.setObjectName(u"backupAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.verifyAction = QAction(MainWindow)
        self.verifyAction.setObjectName(u"verifyAction")
        self.entryAction = QAction(MainWindow)
        self.entryAction.setObjectName(u"entryAction")
        self.signAction = QAction(MainWindow)
        self.signAction.setObjectName(u"signAction")
        self.logAction = QAction(MainWindow)
        self.logAction.setObjectName(u"logAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setMaximumSize(QSize(190, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setStyleSheet(u"QListWidget { background: #1f3b57; color: #e8eef5; font-size: 11pt; padding-top: 8px; outline: 0; }\n"
"QListWidget::item { padding: 10px 14px; }\n"
"QListWidget::item:selected { background: #2f5d8a; color: white; border-left: 4px solid #f2b632; }")

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.importAction)
        self.fileMenu.addAction(self.demoAction)
        self.fileMenu.addAction(self.entryAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.openAction)
        self.fileMenu.addAction(self.backupAction)
        self.fileMenu.addAction(self.restoreAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.switchUserAction)
        self.fileMenu.addAction(self.quitAction)
        self.helpMenu.addAction(self.verifyAction)
        self.helpMenu.addAction(self.signAction)
        self.helpMenu.addAction(self.logAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.importAction.setText(QCoreApplication.translate("MainWindow", u"&Impor daftar pegawai\u2026", None))
        self.demoAction.setText(QCoreApplication.translate("MainWindow", u"Muat kabupaten &contoh", None))
        self.openAction.setText(QCoreApplication.translate("MainWindow", u"&Buka basis data lain\u2026", None))
        self.switchUserAction.setText(QCoreApplication.translate("MainWindow", u"&Ganti pengguna", None))
        self.restoreAction.setText(QCoreApplication.translate("MainWindow", u"&Pulihkan\u2026", None))
        self.backupAction.setText(QCoreApplication.translate("MainWindow", u"&Cadangkan basis data\u2026", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
        self.verifyAction.setText(QCoreApplication.translate("MainWindow", u"&Verifikasi dokumen\u2026", None))
        self.entryAction.setText(QCoreApplication.translate("MainWindow", u"&Ketik jawaban kuesioner masukan\u2026", None))
        self.signAction.setText(QCoreApplication.translate("MainWindow", u"&Tandatangani kode QR dokumen\u2026", None))
        self.logAction.setText(QCoreApplication.translate("MainWindow", u"Buka folder &log", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&Tentang Kinerja Desktop", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"Ban&tuan", None))
        pass
    # retranslateUi

