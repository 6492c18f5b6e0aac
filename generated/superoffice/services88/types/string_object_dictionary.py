"""Services88 types: StringObjectDictionary.

Used by the AI, Webhook agents.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ...runtime import (
    NIL,
    XSI_NIL,
    Codec,
    Element,
    json_any,
    json_key_text,
    json_values_nillable,
    json_write_any,
    json_write_str,
    new_child,
    pair_elements,
    put,
    read_any,
    write_any,
    write_str,
)

_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_STRING_OBJECT_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}StringObjectKeyValuePair"
)
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


def decode_xml_string_object_dictionary(element: Element) -> dict[str, object | None]:
    """``StringObjectDictionary``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[str, object | None] = {}
    for pair in element:
        if pair.tag == _STRING_OBJECT_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[key_element.text or ""] = (
                None if value_element.get(XSI_NIL) in NIL else read_any(value_element)
            )
    return result


def encode_xml_string_object_dictionary(
    parent: Element | None, tag: str, value: dict[str, object | None]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _STRING_OBJECT_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_str)
        put(pair, _VALUE, item, write_any)
    return element


def decode_json_string_object_dictionary(data: Any, path: str) -> dict[str, object | None]:
    return json_values_nillable(data, path, json_any)


def encode_json_string_object_dictionary(value: dict[str, object | None]) -> dict[str, Any]:
    return {
        json_key_text(json_write_str(key)): (None if item is None else json_write_any(item))
        for key, item in value.items()
    }


STRING_OBJECT_DICTIONARY_CODEC = Codec(
    decode_xml_string_object_dictionary,
    encode_xml_string_object_dictionary,
    decode_json_string_object_dictionary,
    encode_json_string_object_dictionary,
)
