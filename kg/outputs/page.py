"""The parts of the viewer page that are not the graph: user data as JSON that is safe inside a
``<script>`` block, and the inlined assets (vis-network's JS and CSS, the viewer's own script,
style and page template), checked so that none of them can end the block it is put in."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib.resources import files
from string import Template
from typing import Any

_VIS_DIR = ("templates", "lib", "vis-9.0.4")

_SOURCE_MAP = re.compile(r"^\s*(//|/\*)# sourceMappingURL=.*$", re.MULTILINE)

_JSON_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` block: no ``</script>``, ``<!--`` or raw U+2028.

    >>> script_json({"label": "</script><b>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    return "".join(script_json_pieces(value))


def script_json_pieces(value: Any, depth: int = 2) -> Iterator[str]:
    """:func:`script_json` a piece at a time: the outer ``depth`` levels of dicts and lists an
    item at a time, each item by the (C) JSON encoder, so the pieces join into exactly what one
    ``json.dumps`` gives. Escaping works per character, so it works per piece too."""
    if depth and isinstance(value, list):
        yield "["
        for index, item in enumerate(value):
            if index:
                yield ","
            yield from script_json_pieces(item, depth - 1)
        yield "]"
    elif depth and isinstance(value, dict) and all(isinstance(key, str) for key in value):
        yield "{"
        for index, key in enumerate(sorted(value)):
            yield ("," if index else "") + _JSON_UNSAFE.sub(_escape_character, _dumps(key)) + ":"
            yield from script_json_pieces(value[key], depth - 1)
        yield "}"
    else:
        yield _JSON_UNSAFE.sub(_escape_character, _dumps(value))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def _escape_character(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def vis_asset(name: str, forbidden: str) -> str:
    """Read a vis-network file shipped with pyvis, refusing one that would end its own tag early.

    The source-map comment goes: the map is not shipped, and devtools would try to fetch it.
    """
    resource = files("pyvis").joinpath(*_VIS_DIR, name)
    return _inlinable(resource.read_text(encoding="utf-8"), f"pyvis's {name}", forbidden)


def viewer_asset(name: str, forbidden: str) -> str:
    """The viewer's own script or style from ``kg/viewer/``."""
    text = files("kg").joinpath("viewer", name).read_text(encoding="utf-8")
    return _inlinable(text, f"kg/viewer/{name}", forbidden)


def _inlinable(text: str, name: str, forbidden: str) -> str:
    text = _SOURCE_MAP.sub("", text)
    lowered = text.lower()
    if forbidden in lowered or "<!--" in lowered:
        raise RuntimeError(f"{name} contains {forbidden!r} or '<!--' and cannot be inlined")
    return text


def page_template() -> Template:
    return Template(files("kg").joinpath("viewer", "page.html").read_text(encoding="utf-8"))
