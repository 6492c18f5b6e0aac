"""Services88 types: LiveUiConfig.

Used by the ViewState agent.
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
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    write_bool,
    write_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsEnabled"
_LIVE_UI_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LiveUiConfig"
_POLLING_INTERVAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PollingInterval"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class LiveUiConfig(Carrier):
    """A config containing parameters for live UI

    Carrier object for LiveUiConfig. Services for the LiveUiConfig Carrier is available from the
    ViewState Agent.
    """

    is_enabled: bool | Unset = UNSET
    """Indicates whether live UI is enabled"""
    polling_interval: int | Unset = UNSET
    """Interval (in seconds) defining how often UI events should be polled."""

    def to_xml(self) -> Element:
        return encode_xml_live_ui_config(None, _LIVE_UI_CONFIG, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LiveUiConfig:
        return record_from_xml(decode_xml_live_ui_config, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_live_ui_config(self)

    @classmethod
    def from_json(cls, data: Any) -> LiveUiConfig:
        return record_from_json(decode_json_live_ui_config, data)


_LIVE_UI_CONFIG_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "IsEnabled",
        "PollingInterval",
    )
)


def decode_xml_live_ui_config(element: Element) -> LiveUiConfig:
    value = LiveUiConfig()
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
        elif tag == _IS_ENABLED:
            value.is_enabled = read_bool(child)
        elif tag == _POLLING_INTERVAL:
            value.polling_interval = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_live_ui_config(parent: Element | None, tag: str, value: LiveUiConfig) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _IS_ENABLED, value.is_enabled, write_bool)
    put(element, _POLLING_INTERVAL, value.polling_interval, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_live_ui_config(data: Any, path: str) -> LiveUiConfig:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LiveUiConfig)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.is_enabled = take_bool(data, "IsEnabled", path)
    value.polling_interval = take_int(data, "PollingInterval", path)
    value.extra = (
        None if _LIVE_UI_CONFIG_KEYS.issuperset(data) else json_extra(data, _LIVE_UI_CONFIG_KEYS)
    )
    return value


def encode_json_live_ui_config(value: LiveUiConfig) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "IsEnabled", value.is_enabled, json_write_bool)
    put_json(result, "PollingInterval", value.polling_interval, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LIVE_UI_CONFIG_CODEC = Codec(
    decode_xml_live_ui_config,
    encode_xml_live_ui_config,
    decode_json_live_ui_config,
    encode_json_live_ui_config,
)
