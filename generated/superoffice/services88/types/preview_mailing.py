"""Services88 types: PreviewMailing.

Used by the Marketing agent.
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
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .shipment_addr_status import (
    ShipmentAddrStatus,
    decode_json_shipment_addr_status,
    decode_xml_shipment_addr_status,
    encode_json_shipment_addr_status,
    encode_xml_shipment_addr_status,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CONFIGURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Configuration"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_DOCUMENT_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentMessageId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FROM_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FromAddress"
_LINK_CLICKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LinkClicks"
_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageId"
_MESSAGE_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageSubject"
_OPENED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Opened"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PREVIEW_MAILING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviewMailing"
_SENDING_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SendingTime"
_SHIPMENT_DESCRIPTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentDescription"
)
_SHIPMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentId"
_SHIPMENT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentType"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreviewMailing(Carrier):
    """A shipment message with information about the recipient it was sent to.

    Carrier object for PreviewMailing. Services for the PreviewMailing Carrier is available from
    the Marketing Agent.
    """

    sending_time: datetime.datetime | Unset = UNSET
    """Estimated or actual sent time (depends on status)"""
    status: ShipmentAddrStatus | str | Unset = UNSET
    """Status for sending to this particular recipient"""
    shipment_id: int | Unset = UNSET
    """Primary key"""
    shipment_description: str | None | Unset = UNSET
    """Describes the shipment"""
    from_address: str | None | Unset = UNSET
    """Email address to put in the From header of the messages"""
    configuration: int | Unset = UNSET
    """This field indicates what kind of shipment this is."""
    contact_id: int | Unset = UNSET
    """Owning contact ID"""
    contact_name: str | None | Unset = UNSET
    """Contact name"""
    person_id: int | Unset = UNSET
    """Primary key"""
    person_full_name: str | None | Unset = UNSET
    """Get the persons full name (internal name used in clients for employees)."""
    shipment_type: str | None | Unset = UNSET
    """The list item"""
    message_id: int | Unset = UNSET
    """Primary key"""
    message_subject: str | None | Unset = UNSET
    """The mail subject field of the message"""
    document_message_id: int | Unset = UNSET
    """If a document was used as the message this is the document ID."""
    opened: datetime.datetime | Unset = UNSET
    """Date/time the customer read the mailing."""
    link_clicks: int | Unset = UNSET
    """The number of links clicked in the mailing."""

    def to_xml(self) -> Element:
        return encode_xml_preview_mailing(None, _PREVIEW_MAILING, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreviewMailing:
        return record_from_xml(decode_xml_preview_mailing, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preview_mailing(self)

    @classmethod
    def from_json(cls, data: Any) -> PreviewMailing:
        return record_from_json(decode_json_preview_mailing, data)


_PREVIEW_MAILING_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SendingTime",
        "Status",
        "ShipmentId",
        "ShipmentDescription",
        "FromAddress",
        "Configuration",
        "ContactId",
        "ContactName",
        "PersonId",
        "PersonFullName",
        "ShipmentType",
        "MessageId",
        "MessageSubject",
        "DocumentMessageId",
        "Opened",
        "LinkClicks",
    )
)


def decode_xml_preview_mailing(element: Element) -> PreviewMailing:
    value = PreviewMailing()
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
        elif tag == _SENDING_TIME:
            value.sending_time = read_datetime(child)
        elif tag == _STATUS:
            value.status = decode_xml_shipment_addr_status(child)
        elif tag == _SHIPMENT_ID:
            value.shipment_id = read_int(child)
        elif tag == _SHIPMENT_DESCRIPTION:
            value.shipment_description = child.text or empty_or_nil(child)
        elif tag == _FROM_ADDRESS:
            value.from_address = child.text or empty_or_nil(child)
        elif tag == _CONFIGURATION:
            value.configuration = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _SHIPMENT_TYPE:
            value.shipment_type = child.text or empty_or_nil(child)
        elif tag == _MESSAGE_ID:
            value.message_id = read_int(child)
        elif tag == _MESSAGE_SUBJECT:
            value.message_subject = child.text or empty_or_nil(child)
        elif tag == _DOCUMENT_MESSAGE_ID:
            value.document_message_id = read_int(child)
        elif tag == _OPENED:
            value.opened = read_datetime(child)
        elif tag == _LINK_CLICKS:
            value.link_clicks = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preview_mailing(parent: Element | None, tag: str, value: PreviewMailing) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SENDING_TIME, value.sending_time, write_datetime)
    put(element, _STATUS, value.status, encode_xml_shipment_addr_status)
    put(element, _SHIPMENT_ID, value.shipment_id, write_int)
    put(element, _SHIPMENT_DESCRIPTION, value.shipment_description, write_str)
    put(element, _FROM_ADDRESS, value.from_address, write_str)
    put(element, _CONFIGURATION, value.configuration, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _SHIPMENT_TYPE, value.shipment_type, write_str)
    put(element, _MESSAGE_ID, value.message_id, write_int)
    put(element, _MESSAGE_SUBJECT, value.message_subject, write_str)
    put(element, _DOCUMENT_MESSAGE_ID, value.document_message_id, write_int)
    put(element, _OPENED, value.opened, write_datetime)
    put(element, _LINK_CLICKS, value.link_clicks, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preview_mailing(data: Any, path: str) -> PreviewMailing:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreviewMailing)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.sending_time = take(data, "SendingTime", path, json_datetime)
    value.status = take(data, "Status", path, decode_json_shipment_addr_status)
    value.shipment_id = take_int(data, "ShipmentId", path)
    value.shipment_description = take_str_nillable(data, "ShipmentDescription", path)
    value.from_address = take_str_nillable(data, "FromAddress", path)
    value.configuration = take_int(data, "Configuration", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.person_id = take_int(data, "PersonId", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.shipment_type = take_str_nillable(data, "ShipmentType", path)
    value.message_id = take_int(data, "MessageId", path)
    value.message_subject = take_str_nillable(data, "MessageSubject", path)
    value.document_message_id = take_int(data, "DocumentMessageId", path)
    value.opened = take(data, "Opened", path, json_datetime)
    value.link_clicks = take_int(data, "LinkClicks", path)
    value.extra = (
        None if _PREVIEW_MAILING_KEYS.issuperset(data) else json_extra(data, _PREVIEW_MAILING_KEYS)
    )
    return value


def encode_json_preview_mailing(value: PreviewMailing) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SendingTime", value.sending_time, json_write_datetime)
    put_json(result, "Status", value.status, encode_json_shipment_addr_status)
    put_json(result, "ShipmentId", value.shipment_id, json_write_int)
    put_json(result, "ShipmentDescription", value.shipment_description, json_write_str)
    put_json(result, "FromAddress", value.from_address, json_write_str)
    put_json(result, "Configuration", value.configuration, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "ShipmentType", value.shipment_type, json_write_str)
    put_json(result, "MessageId", value.message_id, json_write_int)
    put_json(result, "MessageSubject", value.message_subject, json_write_str)
    put_json(result, "DocumentMessageId", value.document_message_id, json_write_int)
    put_json(result, "Opened", value.opened, json_write_datetime)
    put_json(result, "LinkClicks", value.link_clicks, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREVIEW_MAILING_CODEC = Codec(
    decode_xml_preview_mailing,
    encode_xml_preview_mailing,
    decode_json_preview_mailing,
    encode_json_preview_mailing,
)
