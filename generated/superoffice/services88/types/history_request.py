"""Services88 types: ArrayOfHistoryRequest, HistoryRequest.

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
    empty_or_nil,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
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
    take_str_nillable,
    write_bool,
    write_int,
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

_ENTITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityName"
_ENTITY_OR_PARENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityOrParentId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HISTORY_REQUEST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HistoryRequest"
_REQUEST_FOR_NEW_RECORD = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequestForNewRecord"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class HistoryRequest(Carrier):
    """Specification for a request for history information, by id. It is possible to ask for rights
    for a new record (insert), but then you need to supply the parent ID for entities that have
    parents (projectmember, selectionmember, person)

    Carrier object for HistoryRequest. Services for the HistoryRequest Carrier is available from
    the ViewState Agent.
    """

    entity_name: str | None | Unset = UNSET
    """Name of entity to get history for"""
    entity_or_parent_id: int | Unset = UNSET
    """ID of entity to get history for, or parent entity id if requesting insert rights for an
    entity that has a parent
    """
    request_for_new_record: bool | Unset = UNSET
    """Are we requesting insert rights? If true, then EntityorParentId is taken to mean parent id"""

    def to_xml(self) -> Element:
        return encode_xml_history_request(None, _HISTORY_REQUEST, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> HistoryRequest:
        return record_from_xml(decode_xml_history_request, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_history_request(self)

    @classmethod
    def from_json(cls, data: Any) -> HistoryRequest:
        return record_from_json(decode_json_history_request, data)


_HISTORY_REQUEST_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EntityName",
        "EntityOrParentId",
        "RequestForNewRecord",
    )
)


def decode_xml_history_request(element: Element) -> HistoryRequest:
    value = HistoryRequest()
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
        elif tag == _ENTITY_NAME:
            value.entity_name = child.text or empty_or_nil(child)
        elif tag == _ENTITY_OR_PARENT_ID:
            value.entity_or_parent_id = read_int(child)
        elif tag == _REQUEST_FOR_NEW_RECORD:
            value.request_for_new_record = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_history_request(parent: Element | None, tag: str, value: HistoryRequest) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ENTITY_NAME, value.entity_name, write_str)
    put(element, _ENTITY_OR_PARENT_ID, value.entity_or_parent_id, write_int)
    put(element, _REQUEST_FOR_NEW_RECORD, value.request_for_new_record, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_history_request(data: Any, path: str) -> HistoryRequest:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(HistoryRequest)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.entity_name = take_str_nillable(data, "EntityName", path)
    value.entity_or_parent_id = take_int(data, "EntityOrParentId", path)
    value.request_for_new_record = take_bool(data, "RequestForNewRecord", path)
    value.extra = (
        None if _HISTORY_REQUEST_KEYS.issuperset(data) else json_extra(data, _HISTORY_REQUEST_KEYS)
    )
    return value


def encode_json_history_request(value: HistoryRequest) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EntityName", value.entity_name, json_write_str)
    put_json(result, "EntityOrParentId", value.entity_or_parent_id, json_write_int)
    put_json(result, "RequestForNewRecord", value.request_for_new_record, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


HISTORY_REQUEST_CODEC = Codec(
    decode_xml_history_request,
    encode_xml_history_request,
    decode_json_history_request,
    encode_json_history_request,
)


def decode_xml_list_of_history_request(element: Element) -> list[HistoryRequest | None]:
    """``ArrayOfHistoryRequest``: a list of ``HistoryRequest`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_history_request(child))
        for child in element
        if child.tag == _HISTORY_REQUEST
    ]


def encode_xml_list_of_history_request(
    parent: Element | None, tag: str, value: list[HistoryRequest | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _HISTORY_REQUEST, item, encode_xml_history_request)
    return element


def decode_json_list_of_history_request(data: Any, path: str) -> list[HistoryRequest | None]:
    return json_items_nillable(data, path, decode_json_history_request)


def encode_json_list_of_history_request(value: list[HistoryRequest | None]) -> list[Any]:
    return [(None if item is None else encode_json_history_request(item)) for item in value]


LIST_OF_HISTORY_REQUEST_CODEC = Codec(
    decode_xml_list_of_history_request,
    encode_xml_list_of_history_request,
    decode_json_list_of_history_request,
    encode_json_list_of_history_request,
)
