"""The seven BerAKHLAK core values and their 21 behaviour guides, shipped as data."""

import json
from functools import cache
from importlib import resources
from typing import NamedTuple


class CoreValue(NamedTuple):
    number: int  # 1..7
    name: str
    guides: tuple[str, str, str]


@cache
def core_values() -> tuple[CoreValue, ...]:
    """The values in official order, read once from ``kinerja_desktop/data/berakhlak.json``."""
    text = resources.files("kinerja_desktop").joinpath("data/berakhlak.json").read_text("utf-8")
    return tuple(CoreValue(v["number"], v["name"], tuple(v["guides"])) for v in json.loads(text)["values"])


def core_value(number: int) -> CoreValue:
    return core_values()[number - 1]
