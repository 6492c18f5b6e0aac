"""Services88 types: ArrayOfdouble.

Used by the Targets agent.
"""

from __future__ import annotations

from typing import Any

from ...runtime import (
    Codec,
    Element,
    json_float,
    json_items,
    json_write_float,
    new_child,
    put,
    read_float,
    write_float,
)

_DOUBLE = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}double"


def decode_xml_list_of_float(element: Element) -> list[float]:
    """``ArrayOfdouble``: a list of ``double`` elements."""
    return [read_float(child) for child in element if child.tag == _DOUBLE]


def encode_xml_list_of_float(parent: Element | None, tag: str, value: list[float]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DOUBLE, item, write_float)
    return element


def decode_json_list_of_float(data: Any, path: str) -> list[float]:
    return json_items(data, path, json_float)


def encode_json_list_of_float(value: list[float]) -> list[Any]:
    return [json_write_float(item) for item in value]


LIST_OF_FLOAT_CODEC = Codec(
    decode_xml_list_of_float,
    encode_xml_list_of_float,
    decode_json_list_of_float,
    encode_json_list_of_float,
)
