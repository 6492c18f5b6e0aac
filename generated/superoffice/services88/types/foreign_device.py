"""Services88 types: ArrayOfForeignDevice, ForeignDevice.

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
    json_items_nillable,
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

_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DEVICE_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeviceIdentifier"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOREIGN_APP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForeignAppId"
_FOREIGN_DEVICE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForeignDevice"
_FOREIGN_DEVICE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForeignDeviceId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class ForeignDevice(Carrier):
    """Saves a foreign device belonging to the ForeignDevice and application name specified.

    Carrier object for ForeignDevice. Services for the ForeignDevice Carrier is available from
    the ForeignSystem Agent.
    """

    foreign_device_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of device"""
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    associate_full_name: str | None | Unset = UNSET
    """The person owning the Foreign Device"""
    created_by: str | None | Unset = UNSET
    """The person that created the device."""
    updated_by: str | None | Unset = UNSET
    """The person that last updated this device."""
    device_identifier: str | None | Unset = UNSET
    """Optional unique id of device (Palm pilot device ID, etc)"""
    foreign_app_id: int | Unset = UNSET
    """Reference to foregin application (device type)"""

    def to_xml(self) -> Element:
        return encode_xml_foreign_device(None, _FOREIGN_DEVICE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ForeignDevice:
        return record_from_xml(decode_xml_foreign_device, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_foreign_device(self)

    @classmethod
    def from_json(cls, data: Any) -> ForeignDevice:
        return record_from_json(decode_json_foreign_device, data)


_FOREIGN_DEVICE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ForeignDeviceId",
        "Name",
        "CreatedDate",
        "UpdatedDate",
        "AssociateFullName",
        "CreatedBy",
        "UpdatedBy",
        "DeviceIdentifier",
        "ForeignAppId",
    )
)


def decode_xml_foreign_device(element: Element) -> ForeignDevice:
    value = ForeignDevice()
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
        elif tag == _FOREIGN_DEVICE_ID:
            value.foreign_device_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _CREATED_BY:
            value.created_by = child.text or empty_or_nil(child)
        elif tag == _UPDATED_BY:
            value.updated_by = child.text or empty_or_nil(child)
        elif tag == _DEVICE_IDENTIFIER:
            value.device_identifier = child.text or empty_or_nil(child)
        elif tag == _FOREIGN_APP_ID:
            value.foreign_app_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_foreign_device(parent: Element | None, tag: str, value: ForeignDevice) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FOREIGN_DEVICE_ID, value.foreign_device_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _CREATED_BY, value.created_by, write_str)
    put(element, _UPDATED_BY, value.updated_by, write_str)
    put(element, _DEVICE_IDENTIFIER, value.device_identifier, write_str)
    put(element, _FOREIGN_APP_ID, value.foreign_app_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_foreign_device(data: Any, path: str) -> ForeignDevice:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ForeignDevice)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.foreign_device_id = take_int(data, "ForeignDeviceId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.created_by = take_str_nillable(data, "CreatedBy", path)
    value.updated_by = take_str_nillable(data, "UpdatedBy", path)
    value.device_identifier = take_str_nillable(data, "DeviceIdentifier", path)
    value.foreign_app_id = take_int(data, "ForeignAppId", path)
    value.extra = (
        None if _FOREIGN_DEVICE_KEYS.issuperset(data) else json_extra(data, _FOREIGN_DEVICE_KEYS)
    )
    return value


def encode_json_foreign_device(value: ForeignDevice) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ForeignDeviceId", value.foreign_device_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "CreatedBy", value.created_by, json_write_str)
    put_json(result, "UpdatedBy", value.updated_by, json_write_str)
    put_json(result, "DeviceIdentifier", value.device_identifier, json_write_str)
    put_json(result, "ForeignAppId", value.foreign_app_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FOREIGN_DEVICE_CODEC = Codec(
    decode_xml_foreign_device,
    encode_xml_foreign_device,
    decode_json_foreign_device,
    encode_json_foreign_device,
)


def decode_xml_list_of_foreign_device(element: Element) -> list[ForeignDevice | None]:
    """``ArrayOfForeignDevice``: a list of ``ForeignDevice`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_foreign_device(child))
        for child in element
        if child.tag == _FOREIGN_DEVICE
    ]


def encode_xml_list_of_foreign_device(
    parent: Element | None, tag: str, value: list[ForeignDevice | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _FOREIGN_DEVICE, item, encode_xml_foreign_device)
    return element


def decode_json_list_of_foreign_device(data: Any, path: str) -> list[ForeignDevice | None]:
    return json_items_nillable(data, path, decode_json_foreign_device)


def encode_json_list_of_foreign_device(value: list[ForeignDevice | None]) -> list[Any]:
    return [(None if item is None else encode_json_foreign_device(item)) for item in value]


LIST_OF_FOREIGN_DEVICE_CODEC = Codec(
    decode_xml_list_of_foreign_device,
    encode_xml_list_of_foreign_device,
    decode_json_list_of_foreign_device,
    encode_json_list_of_foreign_device,
)
