"""One palette for every chart: colours for quad classes and event types, shapes for statuses.

Colours are the Okabe–Ito set (distinguishable with the common colour-vision deficiencies):
cooperation is blue, conflict orange/vermillion, verbal lighter than material. Each event type is
a shade of its quad class's hue, so "colour by type" still reads as cooperation vs conflict.
Nothing relies on colour alone: statuses are marker shapes, quad classes also have bar patterns,
relationship types have mid-edge symbols, and dyad series have dash styles, so a chart printed
in greyscale keeps its meaning. Text colours keep a contrast of at least 4.5:1 on white.
"""
from __future__ import annotations

import colorsys
from functools import lru_cache

from .scope import QUAD_CLASSES, STATUSES, event_types

BACKGROUND = "#FFFFFF"
TEXT = "#1F1F1F"         # 16:1 on white
MUTED_TEXT = "#595959"   # 7:1 on white: subtitles, source lines, axis titles
GRID = "#E3E3E3"
EMPTY_TEXT = "#4D4D4D"

QUAD_COLOURS: dict[str, str] = {
    "verbal cooperation": "#56B4E9",    # sky blue
    "material cooperation": "#0072B2",  # blue
    "verbal conflict": "#E69F00",       # orange
    "material conflict": "#D55E00",     # vermillion
}
#: Bar fill patterns, so stacked quad classes stay apart in greyscale.
QUAD_PATTERNS: dict[str, str] = {
    "verbal cooperation": "",
    "material cooperation": "/",
    "verbal conflict": ".",
    "material conflict": "x",
}
COOPERATION = QUAD_COLOURS["material cooperation"]
CONFLICT = QUAD_COLOURS["material conflict"]

#: Marker shapes by event status: planned and hypothetical are hollow, negated a cross.
STATUS_SYMBOLS: dict[str, str] = {
    "asserted": "circle",
    "planned": "circle-open",
    "hypothetical": "diamond-open",
    "negated": "x",
}
STATUS_LABELS: dict[str, str] = {
    "asserted": "asserted (happened)",
    "planned": "planned",
    "hypothetical": "hypothetical (possible)",
    "negated": "negated (denied)",
}

#: Relationship types (Paul Tol's muted scheme), each with a mid-edge symbol for greyscale.
RELATIONSHIP_COLOURS: dict[str, str] = {
    "ALLY": "#117733",
    "PARTNER": "#44AA99",
    "TRADE": "#999933",
    "PATRON": "#332288",
    "SUPPLIER": "#AA4499",
    "ADVERSARY": "#882255",
    "MEMBER": "#6B6B6B",
}
RELATIONSHIP_SYMBOLS: dict[str, str] = {
    "ALLY": "star",
    "PARTNER": "square",
    "TRADE": "triangle-up",
    "PATRON": "pentagon",
    "SUPPLIER": "triangle-right",
    "ADVERSARY": "x",
    "MEMBER": "circle",
}
OTHER = "#6B6B6B"

#: Series (dyads, counterparts) that are not types: colour and dash style together.
SERIES_COLOURS: tuple[str, ...] = ("#332288", "#117733", "#882255", "#999933", "#AA4499", "#44AA99", "#000000", "#6B6B6B")
SERIES_DASHES: tuple[str, ...] = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot", "solid", "dash")
SERIES_SYMBOLS: tuple[str, ...] = ("circle", "square", "diamond", "triangle-up", "triangle-down", "star", "cross", "hexagon")

#: Diverging scale for mean cooperation weight (-10 conflict .. +10 cooperation), white at 0.
COOPERATION_SCALE: list[list[object]] = [[0.0, CONFLICT], [0.5, "#F7F7F7"], [1.0, COOPERATION]]


def _hex_to_rgb(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #RRGGBB colour."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in _hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str = BACKGROUND) -> float:
    """WCAG contrast ratio between two #RRGGBB colours (1..21)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_colour_on(background: str) -> str:
    """Dark or white text, whichever reads better on `background`."""
    return TEXT if contrast_ratio(TEXT, background) >= contrast_ratio("#FFFFFF", background) else "#FFFFFF"


def interpolate(scale: list[list[object]], value: float) -> str:
    """The colour at `value` (0..1) of a two-or-more-stop colour scale."""
    value = max(0.0, min(1.0, value))
    for (p0, c0), (p1, c1) in zip(scale, scale[1:]):
        if value <= float(p1):  # type: ignore[arg-type]
            t = 0.0 if float(p1) == float(p0) else (value - float(p0)) / (float(p1) - float(p0))  # type: ignore[arg-type]
            a, b = _hex_to_rgb(str(c0)), _hex_to_rgb(str(c1))
            return _rgb_to_hex(tuple(x + (y - x) * t for x, y in zip(a, b)))  # type: ignore[arg-type]
    return str(scale[-1][1])


@lru_cache(maxsize=1)
def type_colours() -> dict[str, str]:
    """A colour per event type: shades (lighter to darker) of its quad class's colour."""
    by_class: dict[str, list[str]] = {q: [] for q in QUAD_CLASSES}
    for name, info in event_types().items():
        by_class.setdefault(str(info["quad_class"]), []).append(name)
    colours: dict[str, str] = {}
    for quad, names in by_class.items():
        h, lightness, s = colorsys.rgb_to_hls(*_hex_to_rgb(QUAD_COLOURS.get(quad, OTHER)))
        for i, name in enumerate(names):
            # spread the class's types over ±0.14 lightness around the class colour
            shift = 0.0 if len(names) == 1 else 0.14 - 0.28 * i / (len(names) - 1)
            colours[name] = _rgb_to_hex(colorsys.hls_to_rgb(h, max(0.15, min(0.8, lightness + shift)), s))
    return colours


def quad_colour(quad_class: str) -> str:
    return QUAD_COLOURS.get(quad_class, OTHER)


def type_colour(event_type: str) -> str:
    return type_colours().get(event_type, OTHER)


def status_symbol(status: str) -> str:
    return STATUS_SYMBOLS.get(status, "circle")


def ordered_statuses() -> tuple[str, ...]:
    return STATUSES
