"""Services88 types: AddressSyncData.

Used by the Appointment agent.
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
    json_float,
    json_object,
    json_write_float,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_float,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_float,
    write_int,
    write_str,
)
from .address_type import (
    AddressType,
    decode_json_address_type,
    decode_xml_address_type,
    encode_json_address_type,
    encode_xml_address_type,
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

_ADDRESS_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address1"
_ADDRESS_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address2"
_ADDRESS_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address3"
_ADDRESS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AddressId"
_ADDRESS_SYNC_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AddressSyncData"
_ADDRESS_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AddressType"
_CITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}City"
_COUNTY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}County"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORMATTED_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormattedAddress"
_LATITUDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Latitude"
_LONGITUDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Longitude"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_ZIP_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ZipCode"


@dataclasses.dataclass(kw_only=True, repr=False)
class AddressSyncData(Carrier):
    """Carrier object for AddressSyncData. Services for the AddressSyncData Carrier is available
    from the Appointment Agent.
    """

    address_id: int | Unset = UNSET
    """Primary key"""
    address_type: AddressType | str | Unset = UNSET
    address_1: str | None | Unset = UNSET
    address_2: str | None | Unset = UNSET
    address_3: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    county: str | None | Unset = UNSET
    zip_code: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    formatted_address: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_address_sync_data(None, _ADDRESS_SYNC_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AddressSyncData:
        return record_from_xml(decode_xml_address_sync_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_address_sync_data(self)

    @classmethod
    def from_json(cls, data: Any) -> AddressSyncData:
        return record_from_json(decode_json_address_sync_data, data)


_ADDRESS_SYNC_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AddressId",
        "AddressType",
        "Address1",
        "Address2",
        "Address3",
        "City",
        "County",
        "ZipCode",
        "State",
        "Latitude",
        "Longitude",
        "FormattedAddress",
    )
)


def decode_xml_address_sync_data(element: Element) -> AddressSyncData:
    value = AddressSyncData()
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
        elif tag == _ADDRESS_ID:
            value.address_id = read_int(child)
        elif tag == _ADDRESS_TYPE:
            value.address_type = decode_xml_address_type(child)
        elif tag == _ADDRESS_1:
            value.address_1 = child.text or empty_or_nil(child)
        elif tag == _ADDRESS_2:
            value.address_2 = child.text or empty_or_nil(child)
        elif tag == _ADDRESS_3:
            value.address_3 = child.text or empty_or_nil(child)
        elif tag == _CITY:
            value.city = child.text or empty_or_nil(child)
        elif tag == _COUNTY:
            value.county = child.text or empty_or_nil(child)
        elif tag == _ZIP_CODE:
            value.zip_code = child.text or empty_or_nil(child)
        elif tag == _STATE:
            value.state = child.text or empty_or_nil(child)
        elif tag == _LATITUDE:
            value.latitude = read_float(child)
        elif tag == _LONGITUDE:
            value.longitude = read_float(child)
        elif tag == _FORMATTED_ADDRESS:
            value.formatted_address = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_address_sync_data(
    parent: Element | None, tag: str, value: AddressSyncData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ADDRESS_ID, value.address_id, write_int)
    put(element, _ADDRESS_TYPE, value.address_type, encode_xml_address_type)
    put(element, _ADDRESS_1, value.address_1, write_str)
    put(element, _ADDRESS_2, value.address_2, write_str)
    put(element, _ADDRESS_3, value.address_3, write_str)
    put(element, _CITY, value.city, write_str)
    put(element, _COUNTY, value.county, write_str)
    put(element, _ZIP_CODE, value.zip_code, write_str)
    put(element, _STATE, value.state, write_str)
    put(element, _LATITUDE, value.latitude, write_float)
    put(element, _LONGITUDE, value.longitude, write_float)
    put(element, _FORMATTED_ADDRESS, value.formatted_address, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_address_sync_data(data: Any, path: str) -> AddressSyncData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AddressSyncData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.address_id = take_int(data, "AddressId", path)
    value.address_type = take(data, "AddressType", path, decode_json_address_type)
    value.address_1 = take_str_nillable(data, "Address1", path)
    value.address_2 = take_str_nillable(data, "Address2", path)
    value.address_3 = take_str_nillable(data, "Address3", path)
    value.city = take_str_nillable(data, "City", path)
    value.county = take_str_nillable(data, "County", path)
    value.zip_code = take_str_nillable(data, "ZipCode", path)
    value.state = take_str_nillable(data, "State", path)
    value.latitude = take(data, "Latitude", path, json_float)
    value.longitude = take(data, "Longitude", path, json_float)
    value.formatted_address = take_str_nillable(data, "FormattedAddress", path)
    value.extra = (
        None
        if _ADDRESS_SYNC_DATA_KEYS.issuperset(data)
        else json_extra(data, _ADDRESS_SYNC_DATA_KEYS)
    )
    return value


def encode_json_address_sync_data(value: AddressSyncData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AddressId", value.address_id, json_write_int)
    put_json(result, "AddressType", value.address_type, encode_json_address_type)
    put_json(result, "Address1", value.address_1, json_write_str)
    put_json(result, "Address2", value.address_2, json_write_str)
    put_json(result, "Address3", value.address_3, json_write_str)
    put_json(result, "City", value.city, json_write_str)
    put_json(result, "County", value.county, json_write_str)
    put_json(result, "ZipCode", value.zip_code, json_write_str)
    put_json(result, "State", value.state, json_write_str)
    put_json(result, "Latitude", value.latitude, json_write_float)
    put_json(result, "Longitude", value.longitude, json_write_float)
    put_json(result, "FormattedAddress", value.formatted_address, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ADDRESS_SYNC_DATA_CODEC = Codec(
    decode_xml_address_sync_data,
    encode_xml_address_sync_data,
    decode_json_address_sync_data,
    encode_json_address_sync_data,
)
