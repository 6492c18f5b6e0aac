"""Services88 types: ArrayOfTicketCategoryMembershipEntity, TicketCategoryMembershipEntity.

Used by the List agent.
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
    json_items_nillable,
    json_object,
    json_short,
    json_write_short,
    keep_element,
    new_child,
    put,
    put_json,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    write_short,
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_CATEGORY_MEMBERSHIP_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketCategoryMembershipEntity"
)
_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}User"
_WEIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Weight"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketCategoryMembershipEntity(Carrier):
    """This entity describes ticket category membership.

    Carrier object for TicketCategoryMembershipEntity. Services for the
    TicketCategoryMembershipEntity Carrier is available from the List Agent.
    """

    user: Associate | None | Unset = UNSET
    """User"""
    weight: int | Unset = UNSET
    """Weight"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_category_membership_entity(
            None, _TICKET_CATEGORY_MEMBERSHIP_ENTITY, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketCategoryMembershipEntity:
        return record_from_xml(decode_xml_ticket_category_membership_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_category_membership_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketCategoryMembershipEntity:
        return record_from_json(decode_json_ticket_category_membership_entity, data)


_TICKET_CATEGORY_MEMBERSHIP_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "User",
        "Weight",
    )
)


def decode_xml_ticket_category_membership_entity(
    element: Element,
) -> TicketCategoryMembershipEntity:
    value = TicketCategoryMembershipEntity()
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
        elif tag == _USER:
            value.user = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _WEIGHT:
            value.weight = read_short(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_category_membership_entity(
    parent: Element | None, tag: str, value: TicketCategoryMembershipEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _USER, value.user, encode_xml_associate)
    put(element, _WEIGHT, value.weight, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_category_membership_entity(
    data: Any, path: str
) -> TicketCategoryMembershipEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketCategoryMembershipEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.user = take_nillable(data, "User", path, decode_json_associate)
    value.weight = take(data, "Weight", path, json_short)
    value.extra = (
        None
        if _TICKET_CATEGORY_MEMBERSHIP_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _TICKET_CATEGORY_MEMBERSHIP_ENTITY_KEYS)
    )
    return value


def encode_json_ticket_category_membership_entity(
    value: TicketCategoryMembershipEntity,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "User", value.user, encode_json_associate)
    put_json(result, "Weight", value.weight, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC = Codec(
    decode_xml_ticket_category_membership_entity,
    encode_xml_ticket_category_membership_entity,
    decode_json_ticket_category_membership_entity,
    encode_json_ticket_category_membership_entity,
)


def decode_xml_list_of_ticket_category_membership_entity(
    element: Element,
) -> list[TicketCategoryMembershipEntity | None]:
    """``ArrayOfTicketCategoryMembershipEntity``: a list of ``TicketCategoryMembershipEntity`` elements."""
    return [
        (
            None
            if child.get(XSI_NIL) in NIL
            else decode_xml_ticket_category_membership_entity(child)
        )
        for child in element
        if child.tag == _TICKET_CATEGORY_MEMBERSHIP_ENTITY
    ]


def encode_xml_list_of_ticket_category_membership_entity(
    parent: Element | None, tag: str, value: list[TicketCategoryMembershipEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(
            element,
            _TICKET_CATEGORY_MEMBERSHIP_ENTITY,
            item,
            encode_xml_ticket_category_membership_entity,
        )
    return element


def decode_json_list_of_ticket_category_membership_entity(
    data: Any, path: str
) -> list[TicketCategoryMembershipEntity | None]:
    return json_items_nillable(data, path, decode_json_ticket_category_membership_entity)


def encode_json_list_of_ticket_category_membership_entity(
    value: list[TicketCategoryMembershipEntity | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_ticket_category_membership_entity(item))
        for item in value
    ]


LIST_OF_TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC = Codec(
    decode_xml_list_of_ticket_category_membership_entity,
    encode_xml_list_of_ticket_category_membership_entity,
    decode_json_list_of_ticket_category_membership_entity,
    encode_json_list_of_ticket_category_membership_entity,
)
