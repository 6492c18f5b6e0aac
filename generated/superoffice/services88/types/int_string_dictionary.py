"""Services88 types: IntStringDictionary.

Used by the List agent.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    empty_or_nil,
    json_int,
    json_key_text,
    json_key_value,
    json_object,
    json_str,
    json_write_int,
    json_write_str,
    new_child,
    pair_elements,
    put,
    read_int,
    write_int,
    write_str,
)

_INT_STRING_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IntStringKeyValuePair"
)
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


def decode_xml_int_string_dictionary(element: Element) -> dict[int, str | None]:
    """``IntStringDictionary``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[int, str | None] = {}
    for pair in element:
        if pair.tag == _INT_STRING_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[read_int(key_element)] = value_element.text or empty_or_nil(value_element)
    return result


def encode_xml_int_string_dictionary(
    parent: Element | None, tag: str, value: dict[int, str | None]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _INT_STRING_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_int)
        put(pair, _VALUE, item, write_str)
    return element


def decode_json_int_string_dictionary(data: Any, path: str) -> dict[int, str | None]:
    return {
        json_int(json_key_value(key), path): (
            item if item is None or type(item) is str else json_str(item, f"{path}.{key}")
        )
        for key, item in json_object(data, path).items()
    }


def encode_json_int_string_dictionary(value: dict[int, str | None]) -> dict[str, Any]:
    return {
        json_key_text(json_write_int(key)): (None if item is None else json_write_str(item))
        for key, item in value.items()
    }


INT_STRING_DICTIONARY_CODEC = Codec(
    decode_xml_int_string_dictionary,
    encode_xml_int_string_dictionary,
    decode_json_int_string_dictionary,
    encode_json_int_string_dictionary,
)
