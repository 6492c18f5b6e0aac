"""Services88 types: CategorizationStatusResponse.

Used by the AI agent.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .categorization_model_details import (
    CategorizationModelDetails,
    decode_json_categorization_model_details,
    decode_xml_categorization_model_details,
    encode_json_categorization_model_details,
    encode_xml_categorization_model_details,
)
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

_CATEGORIZATION_STATUS_RESPONSE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategorizationStatusResponse"
)
_CONTEXT_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContextIdentifier"
_CURRENT_MODEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentModel"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PREVIOUS_MODEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviousModel"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CategorizationStatusResponse(Carrier):
    """Carrier to describe the current categorization training status for a tenant in HugoAI

    Carrier object for CategorizationStatusResponse. Services for the
    CategorizationStatusResponse Carrier is available from the AI Agent.
    """

    context_identifier: str | None | Unset = UNSET
    """Contextidentifier to identify customer"""
    status: str | None | Unset = UNSET
    """Determines if a training is running, finished or unavailable"""
    current_model: CategorizationModelDetails | None | Unset = UNSET
    """Current model information"""
    previous_model: CategorizationModelDetails | None | Unset = UNSET
    """Previous model information"""

    def to_xml(self) -> Element:
        return encode_xml_categorization_status_response(
            None, _CATEGORIZATION_STATUS_RESPONSE, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CategorizationStatusResponse:
        return record_from_xml(decode_xml_categorization_status_response, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_categorization_status_response(self)

    @classmethod
    def from_json(cls, data: Any) -> CategorizationStatusResponse:
        return record_from_json(decode_json_categorization_status_response, data)


_CATEGORIZATION_STATUS_RESPONSE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ContextIdentifier",
        "Status",
        "CurrentModel",
        "PreviousModel",
    )
)


def decode_xml_categorization_status_response(element: Element) -> CategorizationStatusResponse:
    value = CategorizationStatusResponse()
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
        elif tag == _CONTEXT_IDENTIFIER:
            value.context_identifier = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = child.text or empty_or_nil(child)
        elif tag == _CURRENT_MODEL:
            value.current_model = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_categorization_model_details(child)
            )
        elif tag == _PREVIOUS_MODEL:
            value.previous_model = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_categorization_model_details(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_categorization_status_response(
    parent: Element | None, tag: str, value: CategorizationStatusResponse
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONTEXT_IDENTIFIER, value.context_identifier, write_str)
    put(element, _STATUS, value.status, write_str)
    put(element, _CURRENT_MODEL, value.current_model, encode_xml_categorization_model_details)
    put(element, _PREVIOUS_MODEL, value.previous_model, encode_xml_categorization_model_details)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_categorization_status_response(
    data: Any, path: str
) -> CategorizationStatusResponse:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CategorizationStatusResponse)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.context_identifier = take_str_nillable(data, "ContextIdentifier", path)
    value.status = take_str_nillable(data, "Status", path)
    value.current_model = take_nillable(
        data, "CurrentModel", path, decode_json_categorization_model_details
    )
    value.previous_model = take_nillable(
        data, "PreviousModel", path, decode_json_categorization_model_details
    )
    value.extra = (
        None
        if _CATEGORIZATION_STATUS_RESPONSE_KEYS.issuperset(data)
        else json_extra(data, _CATEGORIZATION_STATUS_RESPONSE_KEYS)
    )
    return value


def encode_json_categorization_status_response(
    value: CategorizationStatusResponse,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ContextIdentifier", value.context_identifier, json_write_str)
    put_json(result, "Status", value.status, json_write_str)
    put_json(result, "CurrentModel", value.current_model, encode_json_categorization_model_details)
    put_json(
        result, "PreviousModel", value.previous_model, encode_json_categorization_model_details
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CATEGORIZATION_STATUS_RESPONSE_CODEC = Codec(
    decode_xml_categorization_status_response,
    encode_xml_categorization_status_response,
    decode_json_categorization_status_response,
    encode_json_categorization_status_response,
)
