"""Services88 types: StringBoolDictionary.

Used by the Configuration agent.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    json_bool,
    json_key_text,
    json_plain_values,
    json_write_bool,
    json_write_str,
    new_child,
    pair_elements,
    put,
    read_bool,
    write_bool,
    write_str,
)

_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_STRING_BOOL_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}StringBoolKeyValuePair"
)
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


def decode_xml_string_bool_dictionary(element: Element) -> dict[str, bool]:
    """``StringBoolDictionary``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[str, bool] = {}
    for pair in element:
        if pair.tag == _STRING_BOOL_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[key_element.text or ""] = read_bool(value_element)
    return result


def encode_xml_string_bool_dictionary(
    parent: Element | None, tag: str, value: dict[str, bool]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _STRING_BOOL_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_str)
        put(pair, _VALUE, item, write_bool)
    return element


def decode_json_string_bool_dictionary(data: Any, path: str) -> dict[str, bool]:
    return json_plain_values(data, path, bool, json_bool)


def encode_json_string_bool_dictionary(value: dict[str, bool]) -> dict[str, Any]:
    return {
        json_key_text(json_write_str(key)): json_write_bool(item) for key, item in value.items()
    }


STRING_BOOL_DICTIONARY_CODEC = Codec(
    decode_xml_string_bool_dictionary,
    encode_xml_string_bool_dictionary,
    decode_json_string_bool_dictionary,
    encode_json_string_bool_dictionary,
)
