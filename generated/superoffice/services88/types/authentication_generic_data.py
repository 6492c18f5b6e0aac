"""Services88 types: AuthenticationGenericData.

Used by the SoPrincipal agent.
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

_AUTHENTICATION_GENERIC_DATA_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AuthenticationGenericDataKeyValuePair"
)
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


def decode_xml_authentication_generic_data(element: Element) -> dict[str, str | None]:
    """``AuthenticationGenericData``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[str, str | None] = {}
    for pair in element:
        if pair.tag == _AUTHENTICATION_GENERIC_DATA_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[key_element.text or ""] = value_element.text or empty_or_nil(value_element)
    return result


def encode_xml_authentication_generic_data(
    parent: Element | None, tag: str, value: dict[str, str | None]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _AUTHENTICATION_GENERIC_DATA_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_str)
        put(pair, _VALUE, item, write_str)
    return element


def decode_json_authentication_generic_data(data: Any, path: str) -> dict[str, str | None]:
    return json_plain_values_nillable(data, path, str, json_str)


def encode_json_authentication_generic_data(value: dict[str, str | None]) -> dict[str, Any]:
    return {
        json_key_text(json_write_str(key)): (None if item is None else json_write_str(item))
        for key, item in value.items()
    }


AUTHENTICATION_GENERIC_DATA_CODEC = Codec(
    decode_xml_authentication_generic_data,
    encode_xml_authentication_generic_data,
    decode_json_authentication_generic_data,
    encode_json_authentication_generic_data,
)
