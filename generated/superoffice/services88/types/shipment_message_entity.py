"""Services88 types: ShipmentMessageEntity.

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
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    read_short,
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
    write_short,
    write_str,
)
from .carrier import Carrier
from .design_type import (
    DesignType,
    decode_json_design_type,
    decode_xml_design_type,
    encode_json_design_type,
    encode_xml_design_type,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .shipment_message_type import (
    ShipmentMessageType,
    decode_json_shipment_message_type,
    decode_xml_shipment_message_type,
    encode_json_shipment_message_type,
    encode_xml_shipment_message_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACCESS_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccessKey"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DESIGN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Design"
_DESIGNTYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Designtype"
_DOCUMENT_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentMessage"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Flags"
_FOLDER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FolderId"
_HEADER_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HeaderField"
_HTML_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HtmlMessage"
_INLINE_IMAGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InlineImages"
_LONG_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LongDescription"
_PLAIN_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PlainMessage"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_REGISTER_VIEWS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisterViews"
_SHIPMENT_MESSAGE_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentMessageEntity"
)
_SHIPMENT_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentMessageId"
_SMS_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SmsMessage"
_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Subject"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)
_UPDATED_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedCount"


@dataclasses.dataclass(kw_only=True, repr=False)
class ShipmentMessageEntity(Carrier):
    """A shipment message, that contains the actual message being sent out in a mailing

    Carrier object for ShipmentMessageEntity. Services for the ShipmentMessageEntity Carrier is
    available from the Marketing Agent.
    """

    shipment_message_id: int | Unset = UNSET
    """Primary key"""
    plain_message: str | None | Unset = UNSET
    """Plain message text of this message"""
    html_message: str | None | Unset = UNSET
    """HTML formatted text of this message"""
    sms_message: str | None | Unset = UNSET
    """SMS version of this message"""
    description: str | None | Unset = UNSET
    """Describes this message"""
    subject: str | None | Unset = UNSET
    """The mail subject field of the message"""
    folder_id: int | Unset = UNSET
    """The folder which this message belongs to. -1 indicates that the message is on the root"""
    header_field: str | None | Unset = UNSET
    """Extra header fields added to mail. Must be formatted correctly"""
    design: str | None | Unset = UNSET
    """Will contain the design part of a message. The format will vary based on the type of
    designer used to create the message
    """
    designtype: DesignType | str | Unset = UNSET
    """Enum containing the type of the design"""
    flags: ShipmentMessageType | str | Unset = UNSET
    """Identifies if HTML or plain message is included in message."""
    register_views: bool | Unset = UNSET
    """Register message views?"""
    inline_images: bool | Unset = UNSET
    """Should images be included inline?"""
    long_description: str | None | Unset = UNSET
    """A field for a long description of this template"""
    access_key: str | None | Unset = UNSET
    """Key used for access verification"""
    document_message: int | Unset = UNSET
    """The SM document used as template for this mailing"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Last updated by whom"""
    updated_count: int | Unset = UNSET
    """Number of updates made to this record"""

    def to_xml(self) -> Element:
        return encode_xml_shipment_message_entity(None, _SHIPMENT_MESSAGE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ShipmentMessageEntity:
        return record_from_xml(decode_xml_shipment_message_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_shipment_message_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ShipmentMessageEntity:
        return record_from_json(decode_json_shipment_message_entity, data)


_SHIPMENT_MESSAGE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ShipmentMessageId",
        "PlainMessage",
        "HtmlMessage",
        "SmsMessage",
        "Description",
        "Subject",
        "FolderId",
        "HeaderField",
        "Design",
        "Designtype",
        "Flags",
        "RegisterViews",
        "InlineImages",
        "LongDescription",
        "AccessKey",
        "DocumentMessage",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
        "UpdatedCount",
    )
)


def decode_xml_shipment_message_entity(element: Element) -> ShipmentMessageEntity:
    value = ShipmentMessageEntity()
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
        elif tag == _SHIPMENT_MESSAGE_ID:
            value.shipment_message_id = read_int(child)
        elif tag == _PLAIN_MESSAGE:
            value.plain_message = child.text or empty_or_nil(child)
        elif tag == _HTML_MESSAGE:
            value.html_message = child.text or empty_or_nil(child)
        elif tag == _SMS_MESSAGE:
            value.sms_message = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _SUBJECT:
            value.subject = child.text or empty_or_nil(child)
        elif tag == _FOLDER_ID:
            value.folder_id = read_int(child)
        elif tag == _HEADER_FIELD:
            value.header_field = child.text or empty_or_nil(child)
        elif tag == _DESIGN:
            value.design = child.text or empty_or_nil(child)
        elif tag == _DESIGNTYPE:
            value.designtype = decode_xml_design_type(child)
        elif tag == _FLAGS:
            value.flags = decode_xml_shipment_message_type(child)
        elif tag == _REGISTER_VIEWS:
            value.register_views = read_bool(child)
        elif tag == _INLINE_IMAGES:
            value.inline_images = read_bool(child)
        elif tag == _LONG_DESCRIPTION:
            value.long_description = child.text or empty_or_nil(child)
        elif tag == _ACCESS_KEY:
            value.access_key = child.text or empty_or_nil(child)
        elif tag == _DOCUMENT_MESSAGE:
            value.document_message = read_int(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        elif tag == _UPDATED_COUNT:
            value.updated_count = read_short(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_shipment_message_entity(
    parent: Element | None, tag: str, value: ShipmentMessageEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SHIPMENT_MESSAGE_ID, value.shipment_message_id, write_int)
    put(element, _PLAIN_MESSAGE, value.plain_message, write_str)
    put(element, _HTML_MESSAGE, value.html_message, write_str)
    put(element, _SMS_MESSAGE, value.sms_message, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _SUBJECT, value.subject, write_str)
    put(element, _FOLDER_ID, value.folder_id, write_int)
    put(element, _HEADER_FIELD, value.header_field, write_str)
    put(element, _DESIGN, value.design, write_str)
    put(element, _DESIGNTYPE, value.designtype, encode_xml_design_type)
    put(element, _FLAGS, value.flags, encode_xml_shipment_message_type)
    put(element, _REGISTER_VIEWS, value.register_views, write_bool)
    put(element, _INLINE_IMAGES, value.inline_images, write_bool)
    put(element, _LONG_DESCRIPTION, value.long_description, write_str)
    put(element, _ACCESS_KEY, value.access_key, write_str)
    put(element, _DOCUMENT_MESSAGE, value.document_message, write_int)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    put(element, _UPDATED_COUNT, value.updated_count, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_shipment_message_entity(data: Any, path: str) -> ShipmentMessageEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ShipmentMessageEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.shipment_message_id = take_int(data, "ShipmentMessageId", path)
    value.plain_message = take_str_nillable(data, "PlainMessage", path)
    value.html_message = take_str_nillable(data, "HtmlMessage", path)
    value.sms_message = take_str_nillable(data, "SmsMessage", path)
    value.description = take_str_nillable(data, "Description", path)
    value.subject = take_str_nillable(data, "Subject", path)
    value.folder_id = take_int(data, "FolderId", path)
    value.header_field = take_str_nillable(data, "HeaderField", path)
    value.design = take_str_nillable(data, "Design", path)
    value.designtype = take(data, "Designtype", path, decode_json_design_type)
    value.flags = take(data, "Flags", path, decode_json_shipment_message_type)
    value.register_views = take_bool(data, "RegisterViews", path)
    value.inline_images = take_bool(data, "InlineImages", path)
    value.long_description = take_str_nillable(data, "LongDescription", path)
    value.access_key = take_str_nillable(data, "AccessKey", path)
    value.document_message = take_int(data, "DocumentMessage", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.updated_count = take(data, "UpdatedCount", path, json_short)
    value.extra = (
        None
        if _SHIPMENT_MESSAGE_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SHIPMENT_MESSAGE_ENTITY_KEYS)
    )
    return value


def encode_json_shipment_message_entity(value: ShipmentMessageEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ShipmentMessageId", value.shipment_message_id, json_write_int)
    put_json(result, "PlainMessage", value.plain_message, json_write_str)
    put_json(result, "HtmlMessage", value.html_message, json_write_str)
    put_json(result, "SmsMessage", value.sms_message, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Subject", value.subject, json_write_str)
    put_json(result, "FolderId", value.folder_id, json_write_int)
    put_json(result, "HeaderField", value.header_field, json_write_str)
    put_json(result, "Design", value.design, json_write_str)
    put_json(result, "Designtype", value.designtype, encode_json_design_type)
    put_json(result, "Flags", value.flags, encode_json_shipment_message_type)
    put_json(result, "RegisterViews", value.register_views, json_write_bool)
    put_json(result, "InlineImages", value.inline_images, json_write_bool)
    put_json(result, "LongDescription", value.long_description, json_write_str)
    put_json(result, "AccessKey", value.access_key, json_write_str)
    put_json(result, "DocumentMessage", value.document_message, json_write_int)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    put_json(result, "UpdatedCount", value.updated_count, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SHIPMENT_MESSAGE_ENTITY_CODEC = Codec(
    decode_xml_shipment_message_entity,
    encode_xml_shipment_message_entity,
    decode_json_shipment_message_entity,
    encode_json_shipment_message_entity,
)
