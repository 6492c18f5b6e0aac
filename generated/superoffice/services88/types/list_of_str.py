"""Services88 types: ArrayOfArrayOfstring, ArrayOfstring.

Used by 34 agents.
"""

from __future__ import annotations

from typing import Any

from ...runtime import (
    NIL,
    XSI_NIL,
    Codec,
    Element,
    empty_or_nil,
    json_items_nillable,
    json_plain_items_nillable,
    json_str,
    json_write_str,
    new_child,
    put,
    write_str,
)

_ARRAY_OFSTRING = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}ArrayOfstring"
_STRING = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}string"


def decode_xml_list_of_list_of_str(element: Element) -> list[list[str | None] | None]:
    """``ArrayOfArrayOfstring``: a list of ``ArrayOfstring`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child))
        for child in element
        if child.tag == _ARRAY_OFSTRING
    ]


def encode_xml_list_of_list_of_str(
    parent: Element | None, tag: str, value: list[list[str | None] | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARRAY_OFSTRING, item, encode_xml_list_of_str)
    return element


def decode_json_list_of_list_of_str(data: Any, path: str) -> list[list[str | None] | None]:
    return json_items_nillable(data, path, decode_json_list_of_str)


def encode_json_list_of_list_of_str(value: list[list[str | None] | None]) -> list[Any]:
    return [(None if item is None else encode_json_list_of_str(item)) for item in value]


LIST_OF_LIST_OF_STR_CODEC = Codec(
    decode_xml_list_of_list_of_str,
    encode_xml_list_of_list_of_str,
    decode_json_list_of_list_of_str,
    encode_json_list_of_list_of_str,
)


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
