"""Services88 types: ArrayOfShipmentMessageBlockEntity, ShipmentMessageBlockEntity.

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
    json_items_nillable,
    json_object,
    json_short,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_short,
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
    write_short,
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

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_BLOCK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Block"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_SHIPMENT_MESSAGE_BLOCK_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentMessageBlockEntity"
)
_SHIPMENT_MESSAGE_BLOCK_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentMessageBlockId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)
_UPDATED_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedCount"


@dataclasses.dataclass(kw_only=True, repr=False)
class ShipmentMessageBlockEntity(Carrier):
    """This entity contains information about design blocks that can be used in a shipment/mailing
    message

    Carrier object for ShipmentMessageBlockEntity. Services for the ShipmentMessageBlockEntity
    Carrier is available from the Marketing Agent.
    """

    shipment_message_block_id: int | Unset = UNSET
    """Primary key"""
    associate_id: int | Unset = UNSET
    """The associate that owns this block"""
    block: str | None | Unset = UNSET
    """The block definition. Normally this will be a json structure"""
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
        return encode_xml_shipment_message_block_entity(None, _SHIPMENT_MESSAGE_BLOCK_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ShipmentMessageBlockEntity:
        return record_from_xml(decode_xml_shipment_message_block_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_shipment_message_block_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ShipmentMessageBlockEntity:
        return record_from_json(decode_json_shipment_message_block_entity, data)


_SHIPMENT_MESSAGE_BLOCK_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ShipmentMessageBlockId",
        "AssociateId",
        "Block",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
        "UpdatedCount",
    )
)


def decode_xml_shipment_message_block_entity(element: Element) -> ShipmentMessageBlockEntity:
    value = ShipmentMessageBlockEntity()
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
        elif tag == _SHIPMENT_MESSAGE_BLOCK_ID:
            value.shipment_message_block_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _BLOCK:
            value.block = child.text or empty_or_nil(child)
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


def encode_xml_shipment_message_block_entity(
    parent: Element | None, tag: str, value: ShipmentMessageBlockEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SHIPMENT_MESSAGE_BLOCK_ID, value.shipment_message_block_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _BLOCK, value.block, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    put(element, _UPDATED_COUNT, value.updated_count, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_shipment_message_block_entity(data: Any, path: str) -> ShipmentMessageBlockEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ShipmentMessageBlockEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.shipment_message_block_id = take_int(data, "ShipmentMessageBlockId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.block = take_str_nillable(data, "Block", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.updated_count = take(data, "UpdatedCount", path, json_short)
    value.extra = (
        None
        if _SHIPMENT_MESSAGE_BLOCK_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SHIPMENT_MESSAGE_BLOCK_ENTITY_KEYS)
    )
    return value


def encode_json_shipment_message_block_entity(value: ShipmentMessageBlockEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ShipmentMessageBlockId", value.shipment_message_block_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Block", value.block, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    put_json(result, "UpdatedCount", value.updated_count, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC = Codec(
    decode_xml_shipment_message_block_entity,
    encode_xml_shipment_message_block_entity,
    decode_json_shipment_message_block_entity,
    encode_json_shipment_message_block_entity,
)


def decode_xml_list_of_shipment_message_block_entity(
    element: Element,
) -> list[ShipmentMessageBlockEntity | None]:
    """``ArrayOfShipmentMessageBlockEntity``: a list of ``ShipmentMessageBlockEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_shipment_message_block_entity(child))
        for child in element
        if child.tag == _SHIPMENT_MESSAGE_BLOCK_ENTITY
    ]


def encode_xml_list_of_shipment_message_block_entity(
    parent: Element | None, tag: str, value: list[ShipmentMessageBlockEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(
            element, _SHIPMENT_MESSAGE_BLOCK_ENTITY, item, encode_xml_shipment_message_block_entity
        )
    return element


def decode_json_list_of_shipment_message_block_entity(
    data: Any, path: str
) -> list[ShipmentMessageBlockEntity | None]:
    return json_items_nillable(data, path, decode_json_shipment_message_block_entity)


def encode_json_list_of_shipment_message_block_entity(
    value: list[ShipmentMessageBlockEntity | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_shipment_message_block_entity(item))
        for item in value
    ]


LIST_OF_SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC = Codec(
    decode_xml_list_of_shipment_message_block_entity,
    encode_xml_list_of_shipment_message_block_entity,
    decode_json_list_of_shipment_message_block_entity,
    encode_json_list_of_shipment_message_block_entity,
)
