"""Draw the pictures of the bundled sample course (Workplace Fire Safety) with Pillow.

Run once from the repository root; the PNGs it writes under resources/sample/images/ are
committed, so the application never runs this script:

    .venv/bin/python resources/sample/make_images.py [OUTPUT_FOLDER]

Deterministic: nothing random, the font is Pillow's bundled default font. Every picture
is drawn at twice its size, scaled down (smooth edges), then saved as a palette PNG.
The pictures carry no words, only symbols and fire-class letters, so they suit every
locale; the alt text and captions of the course say what they show.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

S = 2  # drawing scale
W, H = 800, 450
OUT = Path(__file__).resolve().parent / "images"

RED = (200, 32, 38)
DARK_RED = (140, 20, 24)
ORANGE = (245, 130, 32)
YELLOW = (255, 205, 40)
GREEN = (0, 135, 80)
LIGHT_GREEN = (120, 200, 150)
BLUE = (30, 90, 190)
BROWN = (130, 80, 40)
INK = (35, 35, 40)
GREY = (150, 150, 155)
LIGHT = (236, 236, 232)
PAPER = (252, 250, 245)
WHITE = (255, 255, 255)


def sc(*values: float) -> list[float]:
    return [v * S for v in values]


def pts(points) -> list[tuple[float, float]]:
    return [(x * S, y * S) for x, y in points]


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size * S)


def canvas(background=PAPER) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (W * S, H * S), background)
    return image, ImageDraw.Draw(image)


def label(draw, xy, text, size, fill=INK, anchor="mm", bold=True):
    draw.text(sc(*xy), text, font=font(size), fill=fill, anchor=anchor,
              stroke_width=S if bold else 0, stroke_fill=fill)


def line(draw, points, fill, width, round_ends=True):
    draw.line(pts(points), fill=fill, width=int(width * S), joint="curve")
    if round_ends:
        r = width / 2
        for x, y in (points[0], points[-1]):
            draw.ellipse(sc(x - r, y - r, x + r, y + r), fill=fill)


def limb(draw, points, fill, width):
    """A thick polyline with rounded joints (arms and legs of pictograms)."""
    line(draw, points, fill, width)
    r = width / 2
    for x, y in points[1:-1]:
        draw.ellipse(sc(x - r, y - r, x + r, y + r), fill=fill)


def flame(draw, cx, base, width, height, outer=ORANGE, inner=YELLOW, core=True):
    """A teardrop flame standing on (cx, base)."""

    def shape(w, h, lean):
        left, right = [], []
        steps = 40
        for i in range(steps + 1):
            t = i / steps  # 0 at the tip, 1 at the bottom
            half = (w / 2) * math.sin(math.pi * t ** 1.8) if t < 1 else 0
            if t > 0.85:  # round the bottom
                half = max(half, (w / 2) * math.sqrt(max(0.0, 1 - ((t - 0.85) / 0.15) ** 2)) * 0.55)
            sway = lean * w * (1 - t) ** 2
            y = base - h * (1 - t)
            left.append((cx + sway - half, y))
            right.append((cx + sway + half, y))
        return left + right[::-1]

    draw.polygon(pts(shape(width, height, 0.18)), fill=outer)
    if core:
        draw.polygon(pts(shape(width * 0.55, height * 0.6, -0.12)), fill=inner)


def arrow(draw, start, end, fill, width, head=None):
    head = head or width * 2.6
    (x1, y1), (x2, y2) = start, end
    angle = math.atan2(y2 - y1, x2 - x1)
    bx, by = x2 - head * math.cos(angle), y2 - head * math.sin(angle)
    line(draw, [start, (bx, by)], fill, width, round_ends=False)
    left = (bx + head * 0.6 * math.sin(angle), by - head * 0.6 * math.cos(angle))
    right = (bx - head * 0.6 * math.sin(angle), by + head * 0.6 * math.cos(angle))
    draw.polygon(pts([end, left, right]), fill=fill)


def bolt(draw, x, y, size, fill=YELLOW, outline=INK):
    """An electrical lightning bolt whose top-left corner is (x, y)."""
    s = size
    shape = [(x + 0.55 * s, y), (x + 0.15 * s, y + 0.55 * s), (x + 0.45 * s, y + 0.55 * s),
             (x + 0.3 * s, y + s), (x + 0.85 * s, y + 0.4 * s), (x + 0.55 * s, y + 0.4 * s),
             (x + 0.75 * s, y)]
    draw.polygon(pts(shape), fill=fill, outline=outline, width=S * 2)


def save(image: Image.Image, name: str, out: Path, colors: int = 48) -> Path:
    small = image.resize((W, H), Image.Resampling.LANCZOS)
    palette = small.quantize(colors=colors, method=Image.Quantize.MEDIANCUT,
                             dither=Image.Dither.NONE)
    target = out / name
    palette.save(target, optimize=True)
    return target


# ------------------------------------------------------------------ pictures


def fire_triangle(out: Path) -> Path:
    image, d = canvas()
    top, left, right = (400, 45), (150, 395), (650, 395)
    line(d, [left, top], RED, 26)
    line(d, [top, right], BLUE, 26)
    line(d, [left, right], BROWN, 26)
    flame(d, 400, 345, 130, 190, outer=ORANGE, inner=YELLOW)
    # heat: a thermometer beside the left side
    d.rounded_rectangle(sc(112, 150, 132, 250), radius=10 * S, outline=RED, width=4 * S, fill=WHITE)
    d.rectangle(sc(118, 190, 126, 250), fill=RED)
    d.ellipse(sc(104, 238, 140, 274), fill=RED)
    # oxygen: O2 beside the right side
    label(d, (660, 195), "O", 64, fill=BLUE)
    label(d, (700, 222), "2", 32, fill=BLUE)
    # fuel: logs under the base
    for x in (330, 400, 470):
        d.rounded_rectangle(sc(x - 32, 415, x + 32, 440), radius=12 * S, fill=BROWN)
        d.ellipse(sc(x + 18, 415, x + 38, 440), fill=(190, 140, 90), outline=BROWN, width=2 * S)
    return save(image, "fire_triangle.png", out)


def fire_exit_sign(out: Path) -> Path:
    image, d = canvas(WHITE)
    d.rounded_rectangle(sc(40, 55, 760, 395), radius=18 * S, fill=GREEN)
    # arrow pointing towards the door
    d.rectangle(sc(80, 205, 185, 255), fill=WHITE)
    d.polygon(pts([(180, 160), (265, 230), (180, 300)]), fill=WHITE)
    # door frame with the doorway open
    d.rectangle(sc(560, 95, 710, 360), outline=WHITE, width=16 * S)
    d.polygon(pts([(568, 103), (620, 125), (620, 338), (568, 352)]), fill=WHITE)
    # running figure heading for the door
    head = (460, 125)
    d.ellipse(sc(head[0] - 30, head[1] - 30, head[0] + 30, head[1] + 30), fill=WHITE)
    limb(d, [(440, 175), (395, 265)], WHITE, 40)  # torso
    limb(d, [(435, 185), (485, 215), (525, 180)], WHITE, 24)  # front arm
    limb(d, [(430, 190), (380, 210), (345, 250)], WHITE, 24)  # back arm
    limb(d, [(400, 265), (460, 300), (475, 365)], WHITE, 28)  # front leg
    limb(d, [(395, 270), (350, 320), (290, 325)], WHITE, 28)  # back leg
    return save(image, "fire_exit_sign.png", out, colors=24)


def smoke_alarm(out: Path) -> Path:
    image = Image.new("RGBA", (W * S, H * S), PAPER + (255,))
    d = ImageDraw.Draw(image)
    # ceiling
    d.rectangle(sc(0, 0, 800, 70), fill=(225, 218, 205))
    for x in range(-40, 800, 28):
        d.line(sc(x, 70, x + 40, 0), fill=(205, 196, 180), width=2 * S)
    d.line(sc(0, 70, 800, 70), fill=INK, width=3 * S)
    # smoke rising from a waste bin
    smoke = Image.new("RGBA", image.size, (0, 0, 0, 0))
    sd = ImageDraw.Draw(smoke)
    puffs = [(400, 330, 38), (385, 290, 44), (420, 255, 48), (395, 220, 52), (430, 200, 46),
             (370, 205, 40), (410, 240, 40), (360, 250, 30), (445, 280, 30)]
    for x, y, r in puffs:
        sd.ellipse(sc(x - r, y - r, x + r, y + r), fill=(120, 120, 125, 95))
    image = Image.alpha_composite(image, smoke)
    d = ImageDraw.Draw(image)
    d.polygon(pts([(355, 370), (445, 370), (435, 440), (365, 440)]), fill=GREY, outline=INK,
              width=2 * S)
    flame(d, 400, 372, 60, 70)
    # the detector
    d.rectangle(sc(300, 70, 500, 88), fill=WHITE, outline=INK, width=2 * S)
    d.chord(sc(305, 0, 495, 170), 0, 180, fill=WHITE, outline=INK, width=3 * S)
    for x in range(325, 480, 16):
        d.line(sc(x, 100, x, 128), fill=GREY, width=4 * S)
    d.ellipse(sc(392, 140, 408, 156), fill=RED)
    # the alarm sounding
    for r in (60, 95, 130):
        d.arc(sc(250 - r, 110 - r, 250 + r, 110 + r), 120, 240, fill=RED, width=7 * S)
        d.arc(sc(550 - r, 110 - r, 550 + r, 110 + r), -60, 60, fill=RED, width=7 * S)
    return save(image.convert("RGB"), "smoke_alarm.png", out)


def call_point(out: Path) -> Path:
    image, d = canvas()
    d.rectangle(sc(0, 0, 800, 450), fill=(232, 228, 220))
    d.rounded_rectangle(sc(270, 55, 530, 315), radius=22 * S, fill=RED, outline=DARK_RED,
                        width=4 * S)
    d.rectangle(sc(320, 105, 480, 265), fill=WHITE, outline=(110, 110, 110), width=4 * S)
    # house with a fire inside: the call point symbol
    d.polygon(pts([(345, 185), (400, 135), (455, 185)]), outline=INK, width=5 * S)
    d.line(sc(360, 172, 360, 245, 440, 245, 440, 172), fill=INK, width=5 * S)
    flame(d, 400, 242, 44, 70, outer=RED, inner=ORANGE)
    # a hand pressing it
    d.rounded_rectangle(sc(455, 330, 560, 410), radius=30 * S, fill=(235, 190, 160),
                        outline=(150, 100, 75), width=3 * S)
    d.rounded_rectangle(sc(415, 205, 450, 350), radius=17 * S, fill=(235, 190, 160),
                        outline=(150, 100, 75), width=3 * S)
    d.rectangle(sc(425, 340, 470, 400), fill=(235, 190, 160))
    # the alarm sounding
    for r in (50, 85, 120):
        d.arc(sc(240 - r, 185 - r, 240 + r, 185 + r), 130, 230, fill=RED, width=7 * S)
        d.arc(sc(560 - r, 185 - r, 560 + r, 185 + r), -50, 20, fill=RED, width=7 * S)
    return save(image, "call_point.png", out)


def evacuation_plan(out: Path) -> Path:
    image, d = canvas(WHITE)
    wall = 6
    # outside ground and assembly point
    d.rectangle(sc(620, 0, 800, 450), fill=(226, 240, 226))
    d.rectangle(sc(40, 40, 620, 410), fill=(250, 248, 240), outline=INK, width=wall * S)
    # corridor and rooms
    for x in (230, 430):
        d.line(sc(x, 40, x, 200), fill=INK, width=wall * S)
    for x in (200, 300):
        d.line(sc(x, 260, x, 410), fill=INK, width=wall * S)
    d.line(sc(40, 200, 620, 200), fill=INK, width=wall * S)
    d.line(sc(40, 260, 620, 260), fill=INK, width=wall * S)
    d.rectangle(sc(43, 203, 617, 257), fill=(255, 255, 255))
    # stairs
    for y in range(272, 405, 14):
        d.line(sc(208, y, 292, y), fill=GREY, width=3 * S)
    # doors into the corridor (gaps in the walls)
    for x in (110, 310, 520):
        d.rectangle(sc(x, 196, x + 40, 204), fill=WHITE)
    for x in (100, 230, 440):
        d.rectangle(sc(x, 256, x + 40, 264), fill=WHITE)
    # exits at both ends of the corridor
    for x in (36, 616):
        d.rectangle(sc(x - 4, 205, x + 12, 255), fill=GREEN)
    # fire equipment: extinguishers (red) and call points (red with a white dot)
    for x, y in ((60, 222), (590, 222)):
        d.rounded_rectangle(sc(x, y, x + 12, y + 24), radius=4 * S, fill=RED)
    for x, y in ((80, 215), (560, 215)):
        d.rectangle(sc(x, y, x + 14, y + 14), fill=RED)
        d.ellipse(sc(x + 4, y + 4, x + 10, y + 10), fill=WHITE)
    # main route: from "you are here" to the east exit and the assembly point
    arrow(d, (330, 120), (330, 215), GREEN, 9)
    arrow(d, (340, 230), (600, 230), GREEN, 9)
    for x in range(640, 690, 16):
        line(d, [(x, 230), (x + 8, 230)], GREEN, 6)
    line(d, [(700, 230), (715, 290)], GREEN, 6)
    # second route: to the west exit
    arrow(d, (320, 240), (60, 240), LIGHT_GREEN, 7)
    # you are here
    d.ellipse(sc(312, 98, 348, 134), fill=WHITE, outline=RED, width=5 * S)
    d.ellipse(sc(322, 108, 338, 124), fill=RED)
    # assembly point sign: four arrows towards people
    d.rectangle(sc(660, 300, 770, 410), fill=GREEN)
    cx, cy = 715, 355
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        arrow(d, (cx + dx * 46, cy + dy * 46), (cx + dx * 20, cy + dy * 20), WHITE, 6, head=14)
    for dx in (-9, 9):
        d.ellipse(sc(cx + dx - 6, cy - 16, cx + dx + 6, cy - 4), fill=WHITE)
        d.rectangle(sc(cx + dx - 6, cy - 2, cx + dx + 6, cy + 18), fill=WHITE)
    # north arrow
    arrow(d, (760, 90), (760, 30), INK, 5, head=16)
    label(d, (760, 110), "N", 20)
    return save(image, "evacuation_plan.png", out)


def extinguisher(d, cx, band, horn=False):
    d.rounded_rectangle(sc(cx - 40, 120, cx + 40, 365), radius=28 * S, fill=RED, outline=DARK_RED,
                        width=3 * S)
    d.rectangle(sc(cx - 40, 190, cx + 40, 240), fill=band, outline=WHITE, width=3 * S)
    d.rectangle(sc(cx - 16, 90, cx + 16, 122), fill=(90, 90, 95))
    line(d, [(cx - 12, 88), (cx + 48, 70)], INK, 8)  # squeeze lever
    line(d, [(cx - 10, 100), (cx - 48, 112)], INK, 7)  # carry handle
    line(d, [(cx + 14, 105), (cx + 58, 140), (cx + 60, 240)], INK, 7)  # hose
    if horn:
        d.polygon(pts([(cx + 52, 240), (cx + 68, 240), (cx + 78, 300), (cx + 42, 300)]), fill=INK)
    else:
        d.rectangle(sc(cx + 55, 238, cx + 65, 262), fill=INK)


def extinguisher_types(out: Path) -> Path:
    image, d = canvas()
    types = [  # band colour, CO2 horn, fire classes (E = electrical)
        (RED, False, "A"),
        ((240, 226, 170), False, "AB"),
        (INK, True, "BE"),
        (BLUE, False, "ABCE"),
        (YELLOW, False, "AF"),
    ]
    for index, (band, horn, classes) in enumerate(types):
        cx = 90 + index * 155
        extinguisher(d, cx, band, horn)
        boxes = len(classes)
        x0 = cx - (boxes * 34 - 4) / 2
        for i, letter in enumerate(classes):
            x = x0 + i * 34
            d.rounded_rectangle(sc(x, 385, x + 30, 421), radius=5 * S, fill=WHITE, outline=INK,
                                width=2 * S)
            if letter == "E":
                bolt(d, x + 3, 389, 26)
            else:
                label(d, (x + 15, 404), letter, 22)
    return save(image, "extinguisher_types.png", out)


def pass_technique(out: Path) -> Path:
    image, d = canvas(WHITE)
    for i, letter in enumerate("PASS"):
        x0 = i * 200
        d.rounded_rectangle(sc(x0 + 8, 10, x0 + 192, 440), radius=16 * S, fill=PAPER,
                            outline=(210, 205, 195), width=3 * S)
        d.ellipse(sc(x0 + 20, 22, x0 + 56, 58), fill=RED)
        label(d, (x0 + 38, 40), str(i + 1), 22, fill=WHITE)
        label(d, (x0 + 100, 80), letter, 64, fill=RED)
    # 1 pull the pin
    x0 = 0
    d.rounded_rectangle(sc(x0 + 55, 300, x0 + 135, 460), radius=26 * S, fill=RED)
    d.rectangle(sc(x0 + 80, 255, x0 + 110, 302), fill=(90, 90, 95))
    line(d, [(x0 + 85, 252), (x0 + 165, 225)], INK, 9)
    line(d, [(x0 + 85, 272), (x0 + 160, 272)], INK, 9)
    line(d, [(x0 + 110, 262), (x0 + 140, 262)], YELLOW, 5)
    d.ellipse(sc(x0 + 138, 243, x0 + 174, 279), outline=YELLOW, width=6 * S)
    arrow(d, (x0 + 150, 220), (x0 + 185, 160), INK, 7)
    # 2 aim at the base of the fire
    x0 = 200
    flame(d, x0 + 140, 405, 70, 120)
    line(d, [(x0 + 20, 230), (x0 + 55, 300)], INK, 12)
    d.polygon(pts([(x0 + 50, 295), (x0 + 66, 290), (x0 + 80, 330), (x0 + 64, 336)]), fill=INK)
    for k in range(6):
        t0, t1 = k / 6, (k + 0.5) / 6
        line(d, [(x0 + 74 + 66 * t0, 336 + 62 * t0), (x0 + 74 + 66 * t1, 336 + 62 * t1)], RED, 5)
    d.ellipse(sc(x0 + 122, 385, x0 + 158, 421), outline=RED, width=4 * S)
    # 3 squeeze the handle
    x0 = 400
    d.rounded_rectangle(sc(x0 + 55, 330, x0 + 135, 460), radius=26 * S, fill=RED)
    d.rectangle(sc(x0 + 80, 285, x0 + 110, 332), fill=(90, 90, 95))
    line(d, [(x0 + 85, 282), (x0 + 170, 245)], INK, 10)
    line(d, [(x0 + 85, 300), (x0 + 170, 300)], INK, 10)
    arrow(d, (x0 + 150, 170), (x0 + 150, 238), INK, 8)
    arrow(d, (x0 + 165, 375), (x0 + 165, 312), INK, 8)
    # 4 sweep from side to side
    x0 = 600
    flame(d, x0 + 100, 400, 80, 130)
    line(d, [(x0 + 40, 170), (x0 + 80, 235)], INK, 12)
    d.polygon(pts([(x0 + 74, 230), (x0 + 90, 224), (x0 + 105, 262), (x0 + 89, 268)]), fill=INK)
    d.arc(sc(x0 + 30, 330, x0 + 170, 440), 20, 160, fill=INK, width=7 * S)
    arrow(d, (x0 + 48, 410), (x0 + 30, 385), INK, 7, head=20)
    arrow(d, (x0 + 152, 410), (x0 + 170, 385), INK, 7, head=20)
    return save(image, "pass_technique.png", out)


PICTURES = (fire_triangle, fire_exit_sign, smoke_alarm, call_point, evacuation_plan,
            extinguisher_types, pass_technique)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for draw_picture in PICTURES:
        path = draw_picture(out)
        total += path.stat().st_size
        print(f"{path.name:24} {path.stat().st_size:7,d} bytes")
    print(f"{'total':24} {total:7,d} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
