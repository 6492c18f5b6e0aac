"""Services88 types: ForeignAppEntity.

Used by the ForeignSystem agent.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    json_datetime,
    json_extra,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .foreign_device import (
    ForeignDevice,
    decode_json_list_of_foreign_device,
    decode_xml_list_of_foreign_device,
    encode_json_list_of_foreign_device,
    encode_xml_list_of_foreign_device,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DEVICES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Devices"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOREIGN_APP_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForeignAppEntity"
_FOREIGN_APP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForeignAppId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class ForeignAppEntity(Carrier):
    """Carrier object for ForeignAppEntity. Services for the ForeignAppEntity Carrier is available
    from the ForeignSystem Agent.
    """

    foreign_app_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of foreign application"""
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    created_by: Associate | None | Unset = UNSET
    """The person that created the foreign application."""
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated this foreign application."""
    devices: list[ForeignDevice | None] | None | Unset = UNSET
    """The devices that belong to this foreign app."""

    def to_xml(self) -> Element:
        return encode_xml_foreign_app_entity(None, _FOREIGN_APP_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ForeignAppEntity:
        return record_from_xml(decode_xml_foreign_app_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_foreign_app_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ForeignAppEntity:
        return record_from_json(decode_json_foreign_app_entity, data)


_FOREIGN_APP_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ForeignAppId",
        "Name",
        "CreatedDate",
        "UpdatedDate",
        "CreatedBy",
        "UpdatedBy",
        "Devices",
    )
)


def decode_xml_foreign_app_entity(element: Element) -> ForeignAppEntity:
    value = ForeignAppEntity()
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
        elif tag == _FOREIGN_APP_ID:
            value.foreign_app_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _DEVICES:
            value.devices = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_foreign_device(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_foreign_app_entity(
    parent: Element | None, tag: str, value: ForeignAppEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FOREIGN_APP_ID, value.foreign_app_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _DEVICES, value.devices, encode_xml_list_of_foreign_device)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_foreign_app_entity(data: Any, path: str) -> ForeignAppEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ForeignAppEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.foreign_app_id = take_int(data, "ForeignAppId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.devices = take_nillable(data, "Devices", path, decode_json_list_of_foreign_device)
    value.extra = (
        None
        if _FOREIGN_APP_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _FOREIGN_APP_ENTITY_KEYS)
    )
    return value


def encode_json_foreign_app_entity(value: ForeignAppEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ForeignAppId", value.foreign_app_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "Devices", value.devices, encode_json_list_of_foreign_device)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FOREIGN_APP_ENTITY_CODEC = Codec(
    decode_xml_foreign_app_entity,
    encode_xml_foreign_app_entity,
    decode_json_foreign_app_entity,
    encode_json_foreign_app_entity,
)
