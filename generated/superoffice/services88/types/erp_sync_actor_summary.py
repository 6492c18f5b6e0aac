"""Services88 types: ArrayOfErpSyncActorSummary, ErpSyncActorSummary.

Used by the ErpSync agent.
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
from .erp_actor_type import (
    ErpActorType,
    decode_json_erp_actor_type,
    decode_xml_erp_actor_type,
    encode_json_erp_actor_type,
    encode_xml_erp_actor_type,
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

_ACTOR_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActorType"
_DEFAULTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Defaults"
_ERP_SYNC_ACTOR_SUMMARY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpSyncActorSummary"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HAS_MAPPINGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasMappings"
_MAPPINGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mappings"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncActorSummary(Carrier):
    """Summary of the current setup of the ERP Integration, for one ERP actor

    Carrier object for ErpSyncActorSummary. Services for the ErpSyncActorSummary Carrier is
    available from the ErpSync Agent.
    """

    actor_type: ErpActorType | str | Unset = UNSET
    """Actor type"""
    has_mappings: bool | Unset = UNSET
    """Does this actor type have field mappings"""
    defaults: str | None | Unset = UNSET
    """A summary of fields that have defaults/rules for link creation"""
    mappings: str | None | Unset = UNSET
    """A summary of fields that have mappings to or from the ERP system"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_actor_summary(None, _ERP_SYNC_ACTOR_SUMMARY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncActorSummary:
        return record_from_xml(decode_xml_erp_sync_actor_summary, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_actor_summary(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncActorSummary:
        return record_from_json(decode_json_erp_sync_actor_summary, data)


_ERP_SYNC_ACTOR_SUMMARY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ActorType",
        "HasMappings",
        "Defaults",
        "Mappings",
    )
)


def decode_xml_erp_sync_actor_summary(element: Element) -> ErpSyncActorSummary:
    value = ErpSyncActorSummary()
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
        elif tag == _ACTOR_TYPE:
            value.actor_type = decode_xml_erp_actor_type(child)
        elif tag == _HAS_MAPPINGS:
            value.has_mappings = read_bool(child)
        elif tag == _DEFAULTS:
            value.defaults = child.text or empty_or_nil(child)
        elif tag == _MAPPINGS:
            value.mappings = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_actor_summary(
    parent: Element | None, tag: str, value: ErpSyncActorSummary
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ACTOR_TYPE, value.actor_type, encode_xml_erp_actor_type)
    put(element, _HAS_MAPPINGS, value.has_mappings, write_bool)
    put(element, _DEFAULTS, value.defaults, write_str)
    put(element, _MAPPINGS, value.mappings, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_actor_summary(data: Any, path: str) -> ErpSyncActorSummary:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncActorSummary)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.actor_type = take(data, "ActorType", path, decode_json_erp_actor_type)
    value.has_mappings = take_bool(data, "HasMappings", path)
    value.defaults = take_str_nillable(data, "Defaults", path)
    value.mappings = take_str_nillable(data, "Mappings", path)
    value.extra = (
        None
        if _ERP_SYNC_ACTOR_SUMMARY_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_ACTOR_SUMMARY_KEYS)
    )
    return value


def encode_json_erp_sync_actor_summary(value: ErpSyncActorSummary) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ActorType", value.actor_type, encode_json_erp_actor_type)
    put_json(result, "HasMappings", value.has_mappings, json_write_bool)
    put_json(result, "Defaults", value.defaults, json_write_str)
    put_json(result, "Mappings", value.mappings, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_ACTOR_SUMMARY_CODEC = Codec(
    decode_xml_erp_sync_actor_summary,
    encode_xml_erp_sync_actor_summary,
    decode_json_erp_sync_actor_summary,
    encode_json_erp_sync_actor_summary,
)


def decode_xml_list_of_erp_sync_actor_summary(
    element: Element,
) -> list[ErpSyncActorSummary | None]:
    """``ArrayOfErpSyncActorSummary``: a list of ``ErpSyncActorSummary`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_erp_sync_actor_summary(child))
        for child in element
        if child.tag == _ERP_SYNC_ACTOR_SUMMARY
    ]


def encode_xml_list_of_erp_sync_actor_summary(
    parent: Element | None, tag: str, value: list[ErpSyncActorSummary | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_SYNC_ACTOR_SUMMARY, item, encode_xml_erp_sync_actor_summary)
    return element


def decode_json_list_of_erp_sync_actor_summary(
    data: Any, path: str
) -> list[ErpSyncActorSummary | None]:
    return json_items_nillable(data, path, decode_json_erp_sync_actor_summary)


def encode_json_list_of_erp_sync_actor_summary(
    value: list[ErpSyncActorSummary | None],
) -> list[Any]:
    return [(None if item is None else encode_json_erp_sync_actor_summary(item)) for item in value]


LIST_OF_ERP_SYNC_ACTOR_SUMMARY_CODEC = Codec(
    decode_xml_list_of_erp_sync_actor_summary,
    encode_xml_list_of_erp_sync_actor_summary,
    decode_json_list_of_erp_sync_actor_summary,
    encode_json_list_of_erp_sync_actor_summary,
)
