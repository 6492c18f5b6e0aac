"""Services88 types: ArrayOfPhoneListItem, PhoneListItem.

Used by the PhoneList agent.
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
    json_items_nillable,
    json_object,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    take_str_nillable,
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PERSON_CELL_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonCellPhone"
_PERSON_DIRECT_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonDirectPhone"
_PERSON_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonEmail"
_PERSON_FAX_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFaxNumber"
_PERSON_PAGER_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonPagerNumber"
_PERSON_PRIVATE_PHONE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonPrivatePhone"
)
_PHONE_LIST_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneListItem"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_UNIQUE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UniqueId"


@dataclasses.dataclass(kw_only=True, repr=False)
class PhoneListItem(Carrier):
    """Carrier object for PhoneListItem. Services for the PhoneListItem Carrier is available from
    the PhoneList Agent.
    """

    person_direct_phone: str | None | Unset = UNSET
    """Person Direct Phone"""
    person_cell_phone: str | None | Unset = UNSET
    """Person Cell Phone"""
    person_private_phone: str | None | Unset = UNSET
    """Person Private Phone"""
    person_fax_number: str | None | Unset = UNSET
    """Actual phone number as eneterd by the user"""
    person_pager_number: str | None | Unset = UNSET
    """Actual phone number as eneterd by the user"""
    person_email: str | None | Unset = UNSET
    """The address itself"""
    id: int | Unset = UNSET
    """The contact or person's id"""
    name: str | None | Unset = UNSET
    """The contact or person's name"""
    tooltip: str | None | Unset = UNSET
    unique_id: str | None | Unset = UNSET
    """Property setting a unique id indicating if this is a person or contact"""

    def to_xml(self) -> Element:
        return encode_xml_phone_list_item(None, _PHONE_LIST_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PhoneListItem:
        return record_from_xml(decode_xml_phone_list_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_phone_list_item(self)

    @classmethod
    def from_json(cls, data: Any) -> PhoneListItem:
        return record_from_json(decode_json_phone_list_item, data)


_PHONE_LIST_ITEM_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PersonDirectPhone",
        "PersonCellPhone",
        "PersonPrivatePhone",
        "PersonFaxNumber",
        "PersonPagerNumber",
        "PersonEmail",
        "Id",
        "Name",
        "Tooltip",
        "UniqueId",
    )
)


def decode_xml_phone_list_item(element: Element) -> PhoneListItem:
    value = PhoneListItem()
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
        elif tag == _PERSON_DIRECT_PHONE:
            value.person_direct_phone = child.text or empty_or_nil(child)
        elif tag == _PERSON_CELL_PHONE:
            value.person_cell_phone = child.text or empty_or_nil(child)
        elif tag == _PERSON_PRIVATE_PHONE:
            value.person_private_phone = child.text or empty_or_nil(child)
        elif tag == _PERSON_FAX_NUMBER:
            value.person_fax_number = child.text or empty_or_nil(child)
        elif tag == _PERSON_PAGER_NUMBER:
            value.person_pager_number = child.text or empty_or_nil(child)
        elif tag == _PERSON_EMAIL:
            value.person_email = child.text or empty_or_nil(child)
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _UNIQUE_ID:
            value.unique_id = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_phone_list_item(parent: Element | None, tag: str, value: PhoneListItem) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PERSON_DIRECT_PHONE, value.person_direct_phone, write_str)
    put(element, _PERSON_CELL_PHONE, value.person_cell_phone, write_str)
    put(element, _PERSON_PRIVATE_PHONE, value.person_private_phone, write_str)
    put(element, _PERSON_FAX_NUMBER, value.person_fax_number, write_str)
    put(element, _PERSON_PAGER_NUMBER, value.person_pager_number, write_str)
    put(element, _PERSON_EMAIL, value.person_email, write_str)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _UNIQUE_ID, value.unique_id, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_phone_list_item(data: Any, path: str) -> PhoneListItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PhoneListItem)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.person_direct_phone = take_str_nillable(data, "PersonDirectPhone", path)
    value.person_cell_phone = take_str_nillable(data, "PersonCellPhone", path)
    value.person_private_phone = take_str_nillable(data, "PersonPrivatePhone", path)
    value.person_fax_number = take_str_nillable(data, "PersonFaxNumber", path)
    value.person_pager_number = take_str_nillable(data, "PersonPagerNumber", path)
    value.person_email = take_str_nillable(data, "PersonEmail", path)
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.unique_id = take_str_nillable(data, "UniqueId", path)
    value.extra = (
        None if _PHONE_LIST_ITEM_KEYS.issuperset(data) else json_extra(data, _PHONE_LIST_ITEM_KEYS)
    )
    return value


def encode_json_phone_list_item(value: PhoneListItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PersonDirectPhone", value.person_direct_phone, json_write_str)
    put_json(result, "PersonCellPhone", value.person_cell_phone, json_write_str)
    put_json(result, "PersonPrivatePhone", value.person_private_phone, json_write_str)
    put_json(result, "PersonFaxNumber", value.person_fax_number, json_write_str)
    put_json(result, "PersonPagerNumber", value.person_pager_number, json_write_str)
    put_json(result, "PersonEmail", value.person_email, json_write_str)
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "UniqueId", value.unique_id, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PHONE_LIST_ITEM_CODEC = Codec(
    decode_xml_phone_list_item,
    encode_xml_phone_list_item,
    decode_json_phone_list_item,
    encode_json_phone_list_item,
)


def decode_xml_list_of_phone_list_item(element: Element) -> list[PhoneListItem | None]:
    """``ArrayOfPhoneListItem``: a list of ``PhoneListItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_phone_list_item(child))
        for child in element
        if child.tag == _PHONE_LIST_ITEM
    ]


def encode_xml_list_of_phone_list_item(
    parent: Element | None, tag: str, value: list[PhoneListItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PHONE_LIST_ITEM, item, encode_xml_phone_list_item)
    return element


def decode_json_list_of_phone_list_item(data: Any, path: str) -> list[PhoneListItem | None]:
    return json_items_nillable(data, path, decode_json_phone_list_item)


def encode_json_list_of_phone_list_item(value: list[PhoneListItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_phone_list_item(item)) for item in value]


LIST_OF_PHONE_LIST_ITEM_CODEC = Codec(
    decode_xml_list_of_phone_list_item,
    encode_xml_list_of_phone_list_item,
    decode_json_list_of_phone_list_item,
    encode_json_list_of_phone_list_item,
)
