"""Services88 types: ArrayOfProviderInfo, ProviderInfo.

Used by the Messaging agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROVIDER_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProviderInfo"
_SUPPORTED_MESSAGING_FORMATS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupportedMessagingFormats"
)
_SUPPORTS_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupportsConfig"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProviderInfo(Carrier):
    """The ``ProviderInfo`` record."""

    name: str | None | Unset = UNSET
    supported_messaging_formats: list[str | None] | None | Unset = UNSET
    supports_config: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_provider_info(None, _PROVIDER_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProviderInfo:
        return record_from_xml(decode_xml_provider_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_provider_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ProviderInfo:
        return record_from_json(decode_json_provider_info, data)


_PROVIDER_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "SupportedMessagingFormats",
        "SupportsConfig",
    )
)


def decode_xml_provider_info(element: Element) -> ProviderInfo:
    value = ProviderInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _SUPPORTED_MESSAGING_FORMATS:
            value.supported_messaging_formats = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _SUPPORTS_CONFIG:
            value.supports_config = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_provider_info(parent: Element | None, tag: str, value: ProviderInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(
        element,
        _SUPPORTED_MESSAGING_FORMATS,
        value.supported_messaging_formats,
        encode_xml_list_of_str,
    )
    put(element, _SUPPORTS_CONFIG, value.supports_config, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_provider_info(data: Any, path: str) -> ProviderInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProviderInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.supported_messaging_formats = take_nillable(
        data, "SupportedMessagingFormats", path, decode_json_list_of_str
    )
    value.supports_config = take_bool(data, "SupportsConfig", path)
    value.extra = (
        None if _PROVIDER_INFO_KEYS.issuperset(data) else json_extra(data, _PROVIDER_INFO_KEYS)
    )
    return value


def encode_json_provider_info(value: ProviderInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(
        result,
        "SupportedMessagingFormats",
        value.supported_messaging_formats,
        encode_json_list_of_str,
    )
    put_json(result, "SupportsConfig", value.supports_config, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROVIDER_INFO_CODEC = Codec(
    decode_xml_provider_info,
    encode_xml_provider_info,
    decode_json_provider_info,
    encode_json_provider_info,
)


def decode_xml_list_of_provider_info(element: Element) -> list[ProviderInfo | None]:
    """``ArrayOfProviderInfo``: a list of ``ProviderInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_provider_info(child))
        for child in element
        if child.tag == _PROVIDER_INFO
    ]


def encode_xml_list_of_provider_info(
    parent: Element | None, tag: str, value: list[ProviderInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PROVIDER_INFO, item, encode_xml_provider_info)
    return element


def decode_json_list_of_provider_info(data: Any, path: str) -> list[ProviderInfo | None]:
    return json_items_nillable(data, path, decode_json_provider_info)


def encode_json_list_of_provider_info(value: list[ProviderInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_provider_info(item)) for item in value]


LIST_OF_PROVIDER_INFO_CODEC = Codec(
    decode_xml_list_of_provider_info,
    encode_xml_list_of_provider_info,
    decode_json_list_of_provider_info,
    encode_json_list_of_provider_info,
)
