"""Draw resources/emblem-placeholder.png: a neutral shield with a star, shown on the forms until the
operator sets the office's own emblem or logo in Pengaturan. (No official emblem is shipped.)

    python tools/make_emblem.py
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 480
GOLD, DARK, RED = (196, 150, 40, 255), (60, 50, 30, 255), (160, 30, 30, 255)


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for n in range(10):
        radius = outer if n % 2 == 0 else inner
        angle = math.pi / 2 + n * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    return points


def main() -> None:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    top, bottom, left, right = 30, SIZE - 20, 50, SIZE - 50
    shield = [(left, top), (right, top), (right, SIZE * 0.64), (SIZE / 2, bottom), (left, SIZE * 0.64)]
    draw.polygon(shield, fill=(250, 244, 225, 255), outline=DARK, width=10)
    inset = [(left + 26, top + 26), (right - 26, top + 26), (right - 26, SIZE * 0.63), (SIZE / 2, bottom - 40),
             (left + 26, SIZE * 0.63)]
    draw.polygon(inset, outline=GOLD, width=8)
    draw.polygon(star(SIZE / 2, SIZE * 0.33, 88, 36), fill=GOLD, outline=DARK)
    draw.rectangle((left + 60, SIZE * 0.53, right - 60, SIZE * 0.53 + 12), fill=RED)
    font = ImageFont.truetype(str(Path(__file__).resolve().parents[1] / "resources/fonts/DejaVuSansCondensed-Bold.ttf"), 30)
    draw.text((SIZE / 2, SIZE * 0.62), "LOGO", font=font, fill=DARK, anchor="mm")
    draw.text((SIZE / 2, SIZE * 0.69), "INSTANSI", font=font, fill=DARK, anchor="mm")
    out = Path(__file__).resolve().parents[1] / "resources" / "emblem-placeholder.png"
    image.save(out, optimize=True)
    print(out)


if __name__ == "__main__":
    main()
