"""Services88 types: AppointmentMoveData.

Used by the Appointment agent.
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
    json_datetime,
    json_extra,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
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
    write_bool,
    write_datetime,
    write_int,
)
from .carrier import Carrier
from .e_mail_connection_info import (
    EMailConnectionInfo,
    decode_json_e_mail_connection_info,
    decode_xml_e_mail_connection_info,
    encode_json_e_mail_connection_info,
    encode_xml_e_mail_connection_info,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .recurrence_update_mode import (
    RecurrenceUpdateMode,
    decode_json_recurrence_update_mode,
    decode_xml_recurrence_update_mode,
    encode_json_recurrence_update_mode,
    encode_xml_recurrence_update_mode,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_APPOINTMENT_MOVE_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentMoveData"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IMAP_E_MAIL_CONNECTION_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImapEMailConnectionInfo"
)
_IS_ALLDAY_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAlldayEvent"
_IS_FREE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsFree"
_NEW_START_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NewStartTime"
_SEND_EMAIL_TO_PARTICIPANTS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SendEmailToParticipants"
)
_SMTP_E_MAIL_CONNECTION_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SmtpEMailConnectionInfo"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATE_MODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdateMode"


@dataclasses.dataclass(kw_only=True, repr=False)
class AppointmentMoveData(Carrier):
    """Parameter data for moving an appointment.

    Carrier object for AppointmentMoveData. Services for the AppointmentMoveData Carrier is
    available from the Appointment Agent.
    """

    appointment_id: int | Unset = UNSET
    """The appointmentId. Both master and child record ids are accepted."""
    new_start_time: datetime.datetime | Unset = UNSET
    """The new start time for the moved booking."""
    update_mode: RecurrenceUpdateMode | str | Unset = UNSET
    """Update mode for a recurring appointment."""
    send_email_to_participants: bool | Unset = UNSET
    """If true, emails will be sent to all participants that is marked with send email flag if
    deemed necessary. If false no mails will be sent even if the send email flag is true.
    """
    smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET
    """Login information for outgoing smtp email server. Will be null if no login information is
    relevant.
    """
    imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET
    """Login information for imap server. Will be null if no login information is relevant."""
    is_allday_event: bool | Unset = UNSET
    """If true, the appointment should be set to all day"""
    is_free: bool | Unset = UNSET
    """If true, the time is free (not busy)."""

    def to_xml(self) -> Element:
        return encode_xml_appointment_move_data(None, _APPOINTMENT_MOVE_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AppointmentMoveData:
        return record_from_xml(decode_xml_appointment_move_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_appointment_move_data(self)

    @classmethod
    def from_json(cls, data: Any) -> AppointmentMoveData:
        return record_from_json(decode_json_appointment_move_data, data)


_APPOINTMENT_MOVE_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AppointmentId",
        "NewStartTime",
        "UpdateMode",
        "SendEmailToParticipants",
        "SmtpEMailConnectionInfo",
        "ImapEMailConnectionInfo",
        "IsAlldayEvent",
        "IsFree",
    )
)


def decode_xml_appointment_move_data(element: Element) -> AppointmentMoveData:
    value = AppointmentMoveData()
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
        elif tag == _APPOINTMENT_ID:
            value.appointment_id = read_int(child)
        elif tag == _NEW_START_TIME:
            value.new_start_time = read_datetime(child)
        elif tag == _UPDATE_MODE:
            value.update_mode = decode_xml_recurrence_update_mode(child)
        elif tag == _SEND_EMAIL_TO_PARTICIPANTS:
            value.send_email_to_participants = read_bool(child)
        elif tag == _SMTP_E_MAIL_CONNECTION_INFO:
            value.smtp_e_mail_connection_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_connection_info(child)
            )
        elif tag == _IMAP_E_MAIL_CONNECTION_INFO:
            value.imap_e_mail_connection_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_connection_info(child)
            )
        elif tag == _IS_ALLDAY_EVENT:
            value.is_allday_event = read_bool(child)
        elif tag == _IS_FREE:
            value.is_free = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_appointment_move_data(
    parent: Element | None, tag: str, value: AppointmentMoveData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _NEW_START_TIME, value.new_start_time, write_datetime)
    put(element, _UPDATE_MODE, value.update_mode, encode_xml_recurrence_update_mode)
    put(element, _SEND_EMAIL_TO_PARTICIPANTS, value.send_email_to_participants, write_bool)
    put(
        element,
        _SMTP_E_MAIL_CONNECTION_INFO,
        value.smtp_e_mail_connection_info,
        encode_xml_e_mail_connection_info,
    )
    put(
        element,
        _IMAP_E_MAIL_CONNECTION_INFO,
        value.imap_e_mail_connection_info,
        encode_xml_e_mail_connection_info,
    )
    put(element, _IS_ALLDAY_EVENT, value.is_allday_event, write_bool)
    put(element, _IS_FREE, value.is_free, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_appointment_move_data(data: Any, path: str) -> AppointmentMoveData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AppointmentMoveData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.new_start_time = take(data, "NewStartTime", path, json_datetime)
    value.update_mode = take(data, "UpdateMode", path, decode_json_recurrence_update_mode)
    value.send_email_to_participants = take_bool(data, "SendEmailToParticipants", path)
    value.smtp_e_mail_connection_info = take_nillable(
        data, "SmtpEMailConnectionInfo", path, decode_json_e_mail_connection_info
    )
    value.imap_e_mail_connection_info = take_nillable(
        data, "ImapEMailConnectionInfo", path, decode_json_e_mail_connection_info
    )
    value.is_allday_event = take_bool(data, "IsAlldayEvent", path)
    value.is_free = take_bool(data, "IsFree", path)
    value.extra = (
        None
        if _APPOINTMENT_MOVE_DATA_KEYS.issuperset(data)
        else json_extra(data, _APPOINTMENT_MOVE_DATA_KEYS)
    )
    return value


def encode_json_appointment_move_data(value: AppointmentMoveData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "NewStartTime", value.new_start_time, json_write_datetime)
    put_json(result, "UpdateMode", value.update_mode, encode_json_recurrence_update_mode)
    put_json(result, "SendEmailToParticipants", value.send_email_to_participants, json_write_bool)
    put_json(
        result,
        "SmtpEMailConnectionInfo",
        value.smtp_e_mail_connection_info,
        encode_json_e_mail_connection_info,
    )
    put_json(
        result,
        "ImapEMailConnectionInfo",
        value.imap_e_mail_connection_info,
        encode_json_e_mail_connection_info,
    )
    put_json(result, "IsAlldayEvent", value.is_allday_event, json_write_bool)
    put_json(result, "IsFree", value.is_free, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


APPOINTMENT_MOVE_DATA_CODEC = Codec(
    decode_xml_appointment_move_data,
    encode_xml_appointment_move_data,
    decode_json_appointment_move_data,
    encode_json_appointment_move_data,
)
