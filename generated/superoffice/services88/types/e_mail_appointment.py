"""Services88 types: EMailAppointment.

Used by the EMail agent.
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
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_int,
    write_str,
)
from .appointment import (
    Appointment,
    decode_json_appointment,
    decode_xml_appointment,
    encode_json_appointment,
    encode_xml_appointment,
)
from .cal_method import (
    CalMethod,
    decode_json_cal_method,
    decode_xml_cal_method,
    encode_json_cal_method,
    encode_xml_cal_method,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_APPOINTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Appointment"
_CAL_METHOD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CalMethod"
_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Comment"
_DT_END = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DtEnd"
_DT_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DtStart"
_E_MAIL_APPOINTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailAppointment"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PARTICIPANTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Participants"
_SEQUENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sequence"
_SUPERSEDED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Superseded"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailAppointment(Carrier):
    """Information about an email appointment received as iCal data

    Carrier object for EMailAppointment. Services for the EMailAppointment Carrier is available
    from the EMail Agent.
    """

    appointment: Appointment | None | Unset = UNSET
    """Appointment information"""
    cal_method: CalMethod | str | Unset = UNSET
    """Method field stored in ICS file."""
    participants: list[str | None] | None | Unset = UNSET
    """List of participants in the iCal file - first one being the organizer"""
    comment: str | None | Unset = UNSET
    """Comment attached to the calendar event (accept / reject reason etc.)"""
    sequence: int | Unset = UNSET
    """Sequence number in ICS file."""
    dt_start: datetime.datetime | Unset = UNSET
    """Start date/time in ICS file."""
    dt_end: datetime.datetime | Unset = UNSET
    """End date/time in ICS file."""
    superseded: bool | Unset = UNSET
    """A newer invitation exists"""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_appointment(None, _E_MAIL_APPOINTMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailAppointment:
        return record_from_xml(decode_xml_e_mail_appointment, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_appointment(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailAppointment:
        return record_from_json(decode_json_e_mail_appointment, data)


_E_MAIL_APPOINTMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Appointment",
        "CalMethod",
        "Participants",
        "Comment",
        "Sequence",
        "DtStart",
        "DtEnd",
        "Superseded",
    )
)


def decode_xml_e_mail_appointment(element: Element) -> EMailAppointment:
    value = EMailAppointment()
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
        elif tag == _APPOINTMENT:
            value.appointment = (
                None if child.get(XSI_NIL) in NIL else decode_xml_appointment(child)
            )
        elif tag == _CAL_METHOD:
            value.cal_method = decode_xml_cal_method(child)
        elif tag == _PARTICIPANTS:
            value.participants = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _COMMENT:
            value.comment = child.text or empty_or_nil(child)
        elif tag == _SEQUENCE:
            value.sequence = read_int(child)
        elif tag == _DT_START:
            value.dt_start = read_datetime(child)
        elif tag == _DT_END:
            value.dt_end = read_datetime(child)
        elif tag == _SUPERSEDED:
            value.superseded = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_appointment(
    parent: Element | None, tag: str, value: EMailAppointment
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _APPOINTMENT, value.appointment, encode_xml_appointment)
    put(element, _CAL_METHOD, value.cal_method, encode_xml_cal_method)
    put(element, _PARTICIPANTS, value.participants, encode_xml_list_of_str)
    put(element, _COMMENT, value.comment, write_str)
    put(element, _SEQUENCE, value.sequence, write_int)
    put(element, _DT_START, value.dt_start, write_datetime)
    put(element, _DT_END, value.dt_end, write_datetime)
    put(element, _SUPERSEDED, value.superseded, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_appointment(data: Any, path: str) -> EMailAppointment:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailAppointment)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.appointment = take_nillable(data, "Appointment", path, decode_json_appointment)
    value.cal_method = take(data, "CalMethod", path, decode_json_cal_method)
    value.participants = take_nillable(data, "Participants", path, decode_json_list_of_str)
    value.comment = take_str_nillable(data, "Comment", path)
    value.sequence = take_int(data, "Sequence", path)
    value.dt_start = take(data, "DtStart", path, json_datetime)
    value.dt_end = take(data, "DtEnd", path, json_datetime)
    value.superseded = take_bool(data, "Superseded", path)
    value.extra = (
        None
        if _E_MAIL_APPOINTMENT_KEYS.issuperset(data)
        else json_extra(data, _E_MAIL_APPOINTMENT_KEYS)
    )
    return value


def encode_json_e_mail_appointment(value: EMailAppointment) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Appointment", value.appointment, encode_json_appointment)
    put_json(result, "CalMethod", value.cal_method, encode_json_cal_method)
    put_json(result, "Participants", value.participants, encode_json_list_of_str)
    put_json(result, "Comment", value.comment, json_write_str)
    put_json(result, "Sequence", value.sequence, json_write_int)
    put_json(result, "DtStart", value.dt_start, json_write_datetime)
    put_json(result, "DtEnd", value.dt_end, json_write_datetime)
    put_json(result, "Superseded", value.superseded, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_APPOINTMENT_CODEC = Codec(
    decode_xml_e_mail_appointment,
    encode_xml_e_mail_appointment,
    decode_json_e_mail_appointment,
    encode_json_e_mail_appointment,
)
