"""Services88 types: ArrayOfTargetAssignment, TargetAssignment.

Used by the Targets agent.
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
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .contact import (
    Contact,
    decode_json_contact,
    decode_xml_contact,
    encode_json_contact,
    encode_xml_contact,
)
from .currency import (
    Currency,
    decode_json_currency,
    decode_xml_currency,
    encode_json_currency,
    encode_xml_currency,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_float import (
    decode_json_list_of_float,
    decode_xml_list_of_float,
    encode_json_list_of_float,
    encode_xml_list_of_float,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .user_group import (
    UserGroup,
    decode_json_user_group,
    decode_xml_user_group,
    encode_json_user_group,
    encode_xml_user_group,
)

_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Currency"
_DIMENSION_LIST_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DimensionListItem"
_DIMENSION_LIST_ITEM_DISPLAY_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DimensionListItemDisplayName"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LOCKED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Locked"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_ASSIGNMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetAssignment"
_TARGET_ASSIGNMENT_INFO_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetAssignmentInfoId"
)
_TARGET_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetAssociate"
_TARGET_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetContact"
_TARGET_USER_GROUP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetUserGroup"
_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Values"


@dataclasses.dataclass(kw_only=True, repr=False)
class TargetAssignment(Carrier):
    """Target Period Assignment carrier

    Carrier object for TargetAssignment. Services for the TargetAssignment Carrier is available
    from the Targets Agent.
    """

    target_assignment_info_id: int | Unset = UNSET
    """Primary key"""
    values: list[float] | None | Unset = UNSET
    """Values of the target; all periods; in ascending order."""
    locked: bool | Unset = UNSET
    """Locked, should not be editable"""
    target_associate: Associate | None | Unset = UNSET
    """The associate this target is set for. Only one of TargetAssociate, TargetContact and
    TargetUserGroup will be set for a target.
    """
    target_contact: Contact | None | Unset = UNSET
    """The contact this target is set for. Only one of TargetAssociate, TargetContact and
    TargetUserGroup will be set for a target.
    """
    target_user_group: UserGroup | None | Unset = UNSET
    """The usergroup this target is set for. Only one of TargetAssociate, TargetContact and
    TargetUserGroup will be set for a target.
    """
    currency: Currency | None | Unset = UNSET
    """The currency of the target.

    Use MDO List name "currency" to get list items.
    """
    dimension_list_item: int | Unset = UNSET
    """Id of the dimension list item this assignement is for"""
    dimension_list_item_display_name: str | None | Unset = UNSET
    """Display name of the dimension list item this assignement is for."""

    def to_xml(self) -> Element:
        return encode_xml_target_assignment(None, _TARGET_ASSIGNMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TargetAssignment:
        return record_from_xml(decode_xml_target_assignment, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_target_assignment(self)

    @classmethod
    def from_json(cls, data: Any) -> TargetAssignment:
        return record_from_json(decode_json_target_assignment, data)


_TARGET_ASSIGNMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TargetAssignmentInfoId",
        "Values",
        "Locked",
        "TargetAssociate",
        "TargetContact",
        "TargetUserGroup",
        "Currency",
        "DimensionListItem",
        "DimensionListItemDisplayName",
    )
)


def decode_xml_target_assignment(element: Element) -> TargetAssignment:
    value = TargetAssignment()
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
        elif tag == _TARGET_ASSIGNMENT_INFO_ID:
            value.target_assignment_info_id = read_int(child)
        elif tag == _VALUES:
            value.values = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_float(child)
        elif tag == _LOCKED:
            value.locked = read_bool(child)
        elif tag == _TARGET_ASSOCIATE:
            value.target_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _TARGET_CONTACT:
            value.target_contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact(child)
        elif tag == _TARGET_USER_GROUP:
            value.target_user_group = (
                None if child.get(XSI_NIL) in NIL else decode_xml_user_group(child)
            )
        elif tag == _CURRENCY:
            value.currency = None if child.get(XSI_NIL) in NIL else decode_xml_currency(child)
        elif tag == _DIMENSION_LIST_ITEM:
            value.dimension_list_item = read_int(child)
        elif tag == _DIMENSION_LIST_ITEM_DISPLAY_NAME:
            value.dimension_list_item_display_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_target_assignment(
    parent: Element | None, tag: str, value: TargetAssignment
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TARGET_ASSIGNMENT_INFO_ID, value.target_assignment_info_id, write_int)
    put(element, _VALUES, value.values, encode_xml_list_of_float)
    put(element, _LOCKED, value.locked, write_bool)
    put(element, _TARGET_ASSOCIATE, value.target_associate, encode_xml_associate)
    put(element, _TARGET_CONTACT, value.target_contact, encode_xml_contact)
    put(element, _TARGET_USER_GROUP, value.target_user_group, encode_xml_user_group)
    put(element, _CURRENCY, value.currency, encode_xml_currency)
    put(element, _DIMENSION_LIST_ITEM, value.dimension_list_item, write_int)
    put(
        element,
        _DIMENSION_LIST_ITEM_DISPLAY_NAME,
        value.dimension_list_item_display_name,
        write_str,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_target_assignment(data: Any, path: str) -> TargetAssignment:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TargetAssignment)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.target_assignment_info_id = take_int(data, "TargetAssignmentInfoId", path)
    value.values = take_nillable(data, "Values", path, decode_json_list_of_float)
    value.locked = take_bool(data, "Locked", path)
    value.target_associate = take_nillable(data, "TargetAssociate", path, decode_json_associate)
    value.target_contact = take_nillable(data, "TargetContact", path, decode_json_contact)
    value.target_user_group = take_nillable(data, "TargetUserGroup", path, decode_json_user_group)
    value.currency = take_nillable(data, "Currency", path, decode_json_currency)
    value.dimension_list_item = take_int(data, "DimensionListItem", path)
    value.dimension_list_item_display_name = take_str_nillable(
        data, "DimensionListItemDisplayName", path
    )
    value.extra = (
        None
        if _TARGET_ASSIGNMENT_KEYS.issuperset(data)
        else json_extra(data, _TARGET_ASSIGNMENT_KEYS)
    )
    return value


def encode_json_target_assignment(value: TargetAssignment) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TargetAssignmentInfoId", value.target_assignment_info_id, json_write_int)
    put_json(result, "Values", value.values, encode_json_list_of_float)
    put_json(result, "Locked", value.locked, json_write_bool)
    put_json(result, "TargetAssociate", value.target_associate, encode_json_associate)
    put_json(result, "TargetContact", value.target_contact, encode_json_contact)
    put_json(result, "TargetUserGroup", value.target_user_group, encode_json_user_group)
    put_json(result, "Currency", value.currency, encode_json_currency)
    put_json(result, "DimensionListItem", value.dimension_list_item, json_write_int)
    put_json(
        result,
        "DimensionListItemDisplayName",
        value.dimension_list_item_display_name,
        json_write_str,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TARGET_ASSIGNMENT_CODEC = Codec(
    decode_xml_target_assignment,
    encode_xml_target_assignment,
    decode_json_target_assignment,
    encode_json_target_assignment,
)


def decode_xml_list_of_target_assignment(element: Element) -> list[TargetAssignment | None]:
    """``ArrayOfTargetAssignment``: a list of ``TargetAssignment`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_target_assignment(child))
        for child in element
        if child.tag == _TARGET_ASSIGNMENT
    ]


def encode_xml_list_of_target_assignment(
    parent: Element | None, tag: str, value: list[TargetAssignment | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TARGET_ASSIGNMENT, item, encode_xml_target_assignment)
    return element


def decode_json_list_of_target_assignment(data: Any, path: str) -> list[TargetAssignment | None]:
    return json_items_nillable(data, path, decode_json_target_assignment)


def encode_json_list_of_target_assignment(value: list[TargetAssignment | None]) -> list[Any]:
    return [(None if item is None else encode_json_target_assignment(item)) for item in value]


LIST_OF_TARGET_ASSIGNMENT_CODEC = Codec(
    decode_xml_list_of_target_assignment,
    encode_xml_list_of_target_assignment,
    decode_json_list_of_target_assignment,
    encode_json_list_of_target_assignment,
)
