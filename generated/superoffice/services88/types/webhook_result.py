"""Services88 types: WebhookResult.

Used by the Webhook agent.
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_SUCCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Success"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WEBHOOK_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WebhookResult"


@dataclasses.dataclass(kw_only=True, repr=False)
class WebhookResult(Carrier):
    """Result of calling a webhook

    Carrier object for WebhookResult. Services for the WebhookResult Carrier is available from
    the Webhook Agent.
    """

    success: bool | Unset = UNSET
    """Was call to webhook successful? (200 OK)"""
    message: str | None | Unset = UNSET
    """Headers and body of response from webhook"""

    def to_xml(self) -> Element:
        return encode_xml_webhook_result(None, _WEBHOOK_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WebhookResult:
        return record_from_xml(decode_xml_webhook_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_webhook_result(self)

    @classmethod
    def from_json(cls, data: Any) -> WebhookResult:
        return record_from_json(decode_json_webhook_result, data)


_WEBHOOK_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Success",
        "Message",
    )
)


def decode_xml_webhook_result(element: Element) -> WebhookResult:
    value = WebhookResult()
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
        elif tag == _SUCCESS:
            value.success = read_bool(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_webhook_result(parent: Element | None, tag: str, value: WebhookResult) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SUCCESS, value.success, write_bool)
    put(element, _MESSAGE, value.message, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_webhook_result(data: Any, path: str) -> WebhookResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WebhookResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.success = take_bool(data, "Success", path)
    value.message = take_str_nillable(data, "Message", path)
    value.extra = (
        None if _WEBHOOK_RESULT_KEYS.issuperset(data) else json_extra(data, _WEBHOOK_RESULT_KEYS)
    )
    return value


def encode_json_webhook_result(value: WebhookResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Success", value.success, json_write_bool)
    put_json(result, "Message", value.message, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WEBHOOK_RESULT_CODEC = Codec(
    decode_xml_webhook_result,
    encode_xml_webhook_result,
    decode_json_webhook_result,
    encode_json_webhook_result,
)
