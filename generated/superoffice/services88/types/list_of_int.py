"""Services88 types: ArrayOfint.

Used by 38 agents.
"""

from __future__ import annotations

from typing import Any

from ...runtime import (
    Codec,
    Element,
    json_int,
    json_plain_items,
    json_write_int,
    new_child,
    put,
    read_int,
    write_int,
)

_INT = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}int"


def decode_xml_list_of_int(element: Element) -> list[int]:
    """``ArrayOfint``: a list of ``int`` elements."""
    return [read_int(child) for child in element if child.tag == _INT]


def encode_xml_list_of_int(parent: Element | None, tag: str, value: list[int]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _INT, item, write_int)
    return element


def decode_json_list_of_int(data: Any, path: str) -> list[int]:
    return json_plain_items(data, path, int, json_int)


def encode_json_list_of_int(value: list[int]) -> list[Any]:
    return [json_write_int(item) for item in value]


LIST_OF_INT_CODEC = Codec(
    decode_xml_list_of_int,
    encode_xml_list_of_int,
    decode_json_list_of_int,
    encode_json_list_of_int,
)
