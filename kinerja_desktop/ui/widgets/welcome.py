"""What an empty database shows instead of a blank grid: the ways to fill it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout


class WelcomePanel(QFrame):
    """Buttons for the main window's actions (the same ones as in the Berkas menu): import a
    roster, load the demo district (``can_load_demo``: an operator, while the database is
    empty), open another database."""

    def __init__(self, *, import_action, demo_action, open_action, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setStyleSheet("#welcomePanel { background: #f4f7fb; border: 1px solid #d5dee9; border-radius: 6px; }"
                           "QPushButton { padding: 10px 18px; font-size: 11pt; text-align: left; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        self.heading = QLabel(self.tr(
            "<h2>Selamat datang di Kinerja Desktop</h2>Basis data ini belum berisi pegawai. Mulailah dengan "
            "salah satu langkah berikut:"), wordWrap=True)
        layout.addWidget(self.heading)
        self.buttons = {}
        for key, action, text in (
                ("import", import_action, self.tr("Impor daftar pegawai… (XLSX atau CSV dari SIASN/SIMPEG)")),
                ("demo", demo_action, self.tr("Muat kabupaten contoh (300 pegawai) untuk mencoba program")),
                ("open", open_action, self.tr("Buka basis data lain…"))):
            button = QPushButton(text)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setVisible(a.isVisible()))
            button.setVisible(action.isVisible())
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons[key] = button
        layout.addStretch(1)
