"""Services86 types: ArrayOfstring.

Used by the ErpSync agent.
"""

from __future__ import annotations

from typing import Any

from ...runtime import (
    Codec,
    Element,
    empty_or_nil,
    json_plain_items_nillable,
    json_str,
    json_write_str,
    new_child,
    put,
    write_str,
)

_STRING = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}string"


def decode_xml_list_of_str(element: Element) -> list[str | None]:
    """``ArrayOfstring``: a list of ``string`` elements."""
    return [(child.text or empty_or_nil(child)) for child in element if child.tag == _STRING]


def encode_xml_list_of_str(parent: Element | None, tag: str, value: list[str | None]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _STRING, item, write_str)
    return element


def decode_json_list_of_str(data: Any, path: str) -> list[str | None]:
    return json_plain_items_nillable(data, path, str, json_str)


def encode_json_list_of_str(value: list[str | None]) -> list[Any]:
    return [(None if item is None else json_write_str(item)) for item in value]


LIST_OF_STR_CODEC = Codec(
    decode_xml_list_of_str,
    encode_xml_list_of_str,
    decode_json_list_of_str,
    encode_json_list_of_str,
)
