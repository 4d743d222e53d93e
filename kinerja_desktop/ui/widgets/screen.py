"""Windows that fit the screen they open on (the common office laptop is 1366x768)."""

from PySide6.QtWidgets import QApplication, QWidget

TITLE_BAR = 32  # what the window manager adds above a window, which geometry() does not include
MARGIN = 8      # and its frame around it


def available(widget: QWidget):
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def usable_size(widget: QWidget) -> tuple[int, int]:
    """The largest window, frame and title bar included, that the screen shows whole."""
    area = available(widget)
    return area.width() - MARGIN, area.height() - TITLE_BAR - MARGIN


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or less where the screen is smaller, and
    centre it there."""
    area = available(window)
    most_width, most_height = usable_size(window)
    width, height = min(width, most_width), min(height, most_height)
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2,
                area.y() + TITLE_BAR + MARGIN // 2 + (most_height - height) // 2)


def centre_on_screen(window: QWidget) -> None:
    """A window with no parent to open over (the start-up dialogs) opens in the screen's centre."""
    area = available(window)
    window.move(area.x() + (area.width() - window.width()) // 2,
                area.y() + max(TITLE_BAR, (area.height() - window.height()) // 2))


def keep_on_screen(window: QWidget) -> None:
    """Move (and if need be shrink) a window so all of it, title bar and frame included, is on the
    screen: a size remembered from a larger monitor, or a form wider than this screen."""
    area = available(window)
    most_width, most_height = usable_size(window)
    width, height = min(window.width(), most_width), min(window.height(), most_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.x() + MARGIN // 2), area.right() + 1 - MARGIN // 2 - width)
    y = min(max(window.y(), area.y() + TITLE_BAR + MARGIN // 2), area.bottom() + 1 - MARGIN // 2 - height)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
