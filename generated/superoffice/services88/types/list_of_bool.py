"""Services88 types: ArrayOfboolean.

Used by 5 agents.
"""

from __future__ import annotations

from typing import Any

from ...runtime import (
    Codec,
    Element,
    json_bool,
    json_plain_items,
    json_write_bool,
    new_child,
    put,
    read_bool,
    write_bool,
)

_BOOLEAN = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}boolean"


def decode_xml_list_of_bool(element: Element) -> list[bool]:
    """``ArrayOfboolean``: a list of ``boolean`` elements."""
    return [read_bool(child) for child in element if child.tag == _BOOLEAN]


def encode_xml_list_of_bool(parent: Element | None, tag: str, value: list[bool]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _BOOLEAN, item, write_bool)
    return element


def decode_json_list_of_bool(data: Any, path: str) -> list[bool]:
    return json_plain_items(data, path, bool, json_bool)


def encode_json_list_of_bool(value: list[bool]) -> list[Any]:
    return [json_write_bool(item) for item in value]


LIST_OF_BOOL_CODEC = Codec(
    decode_xml_list_of_bool,
    encode_xml_list_of_bool,
    decode_json_list_of_bool,
    encode_json_list_of_bool,
)
