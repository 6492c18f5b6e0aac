"""Services88 types: ArrayOfPluginResponse, PluginResponse.

Used by the ErpSync, Quote agents.
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
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_str,
)
from .carrier import Carrier
from .changed_data import (
    ChangedData,
    decode_json_changed_data,
    decode_xml_changed_data,
    encode_json_changed_data,
    encode_xml_changed_data,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .quote_status import (
    QuoteStatus,
    decode_json_quote_status,
    decode_xml_quote_status,
    encode_json_quote_status,
    encode_xml_quote_status,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CHANGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Changes"
_ERROR_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorCode"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_OK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsOk"
_PLUGIN_RESPONSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PluginResponse"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TECH_EXPLANATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TechExplanation"
_USER_EXPLANATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserExplanation"


@dataclasses.dataclass(kw_only=True, repr=False)
class PluginResponse(Carrier):
    """PluginResponse exists to be able to respond with more than just a true/false, but also an
    explanation. Such an explanation can be displayed on for instance a disabled “Place Order”
    button.

    Carrier object for PluginResponse. Services for the PluginResponse Carrier is available from
    the Quote Agent.
    """

    is_ok: bool | Unset = UNSET
    """Answer to the question / An indication if the operation went well. Equivalent to Status !=
    Error
    """
    user_explanation: str | None | Unset = UNSET
    """A localized explanation to the answer. Text here is displayed to the user."""
    tech_explanation: str | None | Unset = UNSET
    """Always in English"""
    error_code: str | None | Unset = UNSET
    """An error code, if available."""
    changes: ChangedData | None | Unset = UNSET
    """Tablename/recordid of data changed by this method, that the client may need to reload"""
    status: QuoteStatus | str | Unset = UNSET
    """QuoteStatus = Ok / OkWithInfo / Warn / Error. Error implies IsOk = false."""

    def to_xml(self) -> Element:
        return encode_xml_plugin_response(None, _PLUGIN_RESPONSE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PluginResponse:
        return record_from_xml(decode_xml_plugin_response, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_plugin_response(self)

    @classmethod
    def from_json(cls, data: Any) -> PluginResponse:
        return record_from_json(decode_json_plugin_response, data)


_PLUGIN_RESPONSE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "IsOk",
        "UserExplanation",
        "TechExplanation",
        "ErrorCode",
        "Changes",
        "Status",
    )
)


def decode_xml_plugin_response(element: Element) -> PluginResponse:
    value = PluginResponse()
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
        elif tag == _IS_OK:
            value.is_ok = read_bool(child)
        elif tag == _USER_EXPLANATION:
            value.user_explanation = child.text or empty_or_nil(child)
        elif tag == _TECH_EXPLANATION:
            value.tech_explanation = child.text or empty_or_nil(child)
        elif tag == _ERROR_CODE:
            value.error_code = child.text or empty_or_nil(child)
        elif tag == _CHANGES:
            value.changes = None if child.get(XSI_NIL) in NIL else decode_xml_changed_data(child)
        elif tag == _STATUS:
            value.status = decode_xml_quote_status(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_plugin_response(parent: Element | None, tag: str, value: PluginResponse) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _IS_OK, value.is_ok, write_bool)
    put(element, _USER_EXPLANATION, value.user_explanation, write_str)
    put(element, _TECH_EXPLANATION, value.tech_explanation, write_str)
    put(element, _ERROR_CODE, value.error_code, write_str)
    put(element, _CHANGES, value.changes, encode_xml_changed_data)
    put(element, _STATUS, value.status, encode_xml_quote_status)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_plugin_response(data: Any, path: str) -> PluginResponse:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PluginResponse)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.is_ok = take_bool(data, "IsOk", path)
    value.user_explanation = take_str_nillable(data, "UserExplanation", path)
    value.tech_explanation = take_str_nillable(data, "TechExplanation", path)
    value.error_code = take_str_nillable(data, "ErrorCode", path)
    value.changes = take_nillable(data, "Changes", path, decode_json_changed_data)
    value.status = take(data, "Status", path, decode_json_quote_status)
    value.extra = (
        None if _PLUGIN_RESPONSE_KEYS.issuperset(data) else json_extra(data, _PLUGIN_RESPONSE_KEYS)
    )
    return value


def encode_json_plugin_response(value: PluginResponse) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "IsOk", value.is_ok, json_write_bool)
    put_json(result, "UserExplanation", value.user_explanation, json_write_str)
    put_json(result, "TechExplanation", value.tech_explanation, json_write_str)
    put_json(result, "ErrorCode", value.error_code, json_write_str)
    put_json(result, "Changes", value.changes, encode_json_changed_data)
    put_json(result, "Status", value.status, encode_json_quote_status)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PLUGIN_RESPONSE_CODEC = Codec(
    decode_xml_plugin_response,
    encode_xml_plugin_response,
    decode_json_plugin_response,
    encode_json_plugin_response,
)


def decode_xml_list_of_plugin_response(element: Element) -> list[PluginResponse | None]:
    """``ArrayOfPluginResponse``: a list of ``PluginResponse`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_plugin_response(child))
        for child in element
        if child.tag == _PLUGIN_RESPONSE
    ]


def encode_xml_list_of_plugin_response(
    parent: Element | None, tag: str, value: list[PluginResponse | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PLUGIN_RESPONSE, item, encode_xml_plugin_response)
    return element


def decode_json_list_of_plugin_response(data: Any, path: str) -> list[PluginResponse | None]:
    return json_items_nillable(data, path, decode_json_plugin_response)


def encode_json_list_of_plugin_response(value: list[PluginResponse | None]) -> list[Any]:
    return [(None if item is None else encode_json_plugin_response(item)) for item in value]


LIST_OF_PLUGIN_RESPONSE_CODEC = Codec(
    decode_xml_list_of_plugin_response,
    encode_xml_list_of_plugin_response,
    decode_json_list_of_plugin_response,
    encode_json_list_of_plugin_response,
)
