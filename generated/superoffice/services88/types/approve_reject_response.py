"""Services88 types: ApproveRejectResponse.

Used by the Quote agent.
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
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    write_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .plugin_response import (
    PluginResponse,
    decode_json_plugin_response,
    decode_xml_plugin_response,
    encode_json_plugin_response,
    encode_xml_plugin_response,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_APPROVE_REJECT_RESPONSE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ApproveRejectResponse"
)
_CREATED_APPOINTMENT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedAppointmentId"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PLUGIN_RESPONSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PluginResponse"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ApproveRejectResponse(Carrier):
    """ApproveRejectResponse contains a PluginResponse and an appointmentId if the operation
    created one.

    Carrier object for ApproveRejectResponse. Services for the ApproveRejectResponse Carrier is
    available from the Quote Agent.
    """

    plugin_response: PluginResponse | None | Unset = UNSET
    """The response from the operation."""
    created_appointment_id: int | Unset = UNSET
    """Id of the created follow up."""

    def to_xml(self) -> Element:
        return encode_xml_approve_reject_response(None, _APPROVE_REJECT_RESPONSE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ApproveRejectResponse:
        return record_from_xml(decode_xml_approve_reject_response, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_approve_reject_response(self)

    @classmethod
    def from_json(cls, data: Any) -> ApproveRejectResponse:
        return record_from_json(decode_json_approve_reject_response, data)


_APPROVE_REJECT_RESPONSE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PluginResponse",
        "CreatedAppointmentId",
    )
)


def decode_xml_approve_reject_response(element: Element) -> ApproveRejectResponse:
    value = ApproveRejectResponse()
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
        elif tag == _PLUGIN_RESPONSE:
            value.plugin_response = (
                None if child.get(XSI_NIL) in NIL else decode_xml_plugin_response(child)
            )
        elif tag == _CREATED_APPOINTMENT_ID:
            value.created_appointment_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_approve_reject_response(
    parent: Element | None, tag: str, value: ApproveRejectResponse
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PLUGIN_RESPONSE, value.plugin_response, encode_xml_plugin_response)
    put(element, _CREATED_APPOINTMENT_ID, value.created_appointment_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_approve_reject_response(data: Any, path: str) -> ApproveRejectResponse:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ApproveRejectResponse)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.plugin_response = take_nillable(
        data, "PluginResponse", path, decode_json_plugin_response
    )
    value.created_appointment_id = take_int(data, "CreatedAppointmentId", path)
    value.extra = (
        None
        if _APPROVE_REJECT_RESPONSE_KEYS.issuperset(data)
        else json_extra(data, _APPROVE_REJECT_RESPONSE_KEYS)
    )
    return value


def encode_json_approve_reject_response(value: ApproveRejectResponse) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PluginResponse", value.plugin_response, encode_json_plugin_response)
    put_json(result, "CreatedAppointmentId", value.created_appointment_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


APPROVE_REJECT_RESPONSE_CODEC = Codec(
    decode_xml_approve_reject_response,
    encode_xml_approve_reject_response,
    decode_json_approve_reject_response,
    encode_json_approve_reject_response,
)
