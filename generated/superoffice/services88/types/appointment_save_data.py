"""Services88 types: AppointmentSaveData.

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
    json_extra,
    json_object,
    json_write_bool,
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
    write_bool,
)
from .appointment_entity import (
    AppointmentEntity,
    decode_json_appointment_entity,
    decode_xml_appointment_entity,
    encode_json_appointment_entity,
    encode_xml_appointment_entity,
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

_APPOINTMENT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentEntity"
_APPOINTMENT_SAVE_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentSaveData"
)
_EMAIL_CREATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailCreated"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class AppointmentSaveData(Carrier):
    """This class contains the updated appointment entity and a flag for if any emails were queued
    when saving

    Carrier object for AppointmentSaveData. Services for the AppointmentSaveData Carrier is
    available from the Appointment Agent.
    """

    appointment_entity: AppointmentEntity | None | Unset = UNSET
    """Updated AppointmentEntity"""
    email_created: bool | Unset = UNSET
    """Flag for if an email was created for webtools, or if an email is queued on an smtp server"""

    def to_xml(self) -> Element:
        return encode_xml_appointment_save_data(None, _APPOINTMENT_SAVE_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AppointmentSaveData:
        return record_from_xml(decode_xml_appointment_save_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_appointment_save_data(self)

    @classmethod
    def from_json(cls, data: Any) -> AppointmentSaveData:
        return record_from_json(decode_json_appointment_save_data, data)


_APPOINTMENT_SAVE_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AppointmentEntity",
        "EmailCreated",
    )
)


def decode_xml_appointment_save_data(element: Element) -> AppointmentSaveData:
    value = AppointmentSaveData()
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
        elif tag == _APPOINTMENT_ENTITY:
            value.appointment_entity = (
                None if child.get(XSI_NIL) in NIL else decode_xml_appointment_entity(child)
            )
        elif tag == _EMAIL_CREATED:
            value.email_created = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_appointment_save_data(
    parent: Element | None, tag: str, value: AppointmentSaveData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _APPOINTMENT_ENTITY, value.appointment_entity, encode_xml_appointment_entity)
    put(element, _EMAIL_CREATED, value.email_created, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_appointment_save_data(data: Any, path: str) -> AppointmentSaveData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AppointmentSaveData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.appointment_entity = take_nillable(
        data, "AppointmentEntity", path, decode_json_appointment_entity
    )
    value.email_created = take_bool(data, "EmailCreated", path)
    value.extra = (
        None
        if _APPOINTMENT_SAVE_DATA_KEYS.issuperset(data)
        else json_extra(data, _APPOINTMENT_SAVE_DATA_KEYS)
    )
    return value


def encode_json_appointment_save_data(value: AppointmentSaveData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AppointmentEntity", value.appointment_entity, encode_json_appointment_entity)
    put_json(result, "EmailCreated", value.email_created, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


APPOINTMENT_SAVE_DATA_CODEC = Codec(
    decode_xml_appointment_save_data,
    encode_xml_appointment_save_data,
    decode_json_appointment_save_data,
    encode_json_appointment_save_data,
)
