"""Services86 types: StringDictionary.

Used by the ErpSync agent.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    empty_or_nil,
    json_key_text,
    json_plain_values_nillable,
    json_str,
    json_write_str,
    new_child,
    pair_elements,
    put,
    write_str,
)

_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Key"
_STRING_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services86}StringKeyValuePair"
)
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Value"


def decode_xml_string_dictionary(element: Element) -> dict[str, str | None]:
    """``StringDictionary``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[str, str | None] = {}
    for pair in element:
        if pair.tag == _STRING_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[key_element.text or ""] = value_element.text or empty_or_nil(value_element)
    return result


def encode_xml_string_dictionary(
    parent: Element | None, tag: str, value: dict[str, str | None]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _STRING_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_str)
        put(pair, _VALUE, item, write_str)
    return element


def decode_json_string_dictionary(data: Any, path: str) -> dict[str, str | None]:
    return json_plain_values_nillable(data, path, str, json_str)


def encode_json_string_dictionary(value: dict[str, str | None]) -> dict[str, Any]:
    return {
        json_key_text(json_write_str(key)): (None if item is None else json_write_str(item))
        for key, item in value.items()
    }


STRING_DICTIONARY_CODEC = Codec(
    decode_xml_string_dictionary,
    encode_xml_string_dictionary,
    decode_json_string_dictionary,
    encode_json_string_dictionary,
)
