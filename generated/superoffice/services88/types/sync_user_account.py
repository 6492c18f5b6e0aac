"""Services88 types: ArrayOfSyncUserAccount, SyncUserAccount.

Used by the EMail agent.
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

_ACCOUNT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccountId"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_ASSOCIATE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_SYNC_USER_ACCOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SyncUserAccount"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SyncUserAccount(Carrier):
    """Details for syncing email user accounts

    Carrier object for SyncUserAccount. Services for the SyncUserAccount Carrier is available
    from the EMail Agent.
    """

    account_id: int | Unset = UNSET
    """The account primary key"""
    associate_name: str | None | Unset = UNSET
    """The username of the associate owning the account"""
    associate_id: int | Unset = UNSET
    """Id of the associate who owns this account"""

    def to_xml(self) -> Element:
        return encode_xml_sync_user_account(None, _SYNC_USER_ACCOUNT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SyncUserAccount:
        return record_from_xml(decode_xml_sync_user_account, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sync_user_account(self)

    @classmethod
    def from_json(cls, data: Any) -> SyncUserAccount:
        return record_from_json(decode_json_sync_user_account, data)


_SYNC_USER_ACCOUNT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AccountId",
        "AssociateName",
        "AssociateId",
    )
)


def decode_xml_sync_user_account(element: Element) -> SyncUserAccount:
    value = SyncUserAccount()
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
        elif tag == _ACCOUNT_ID:
            value.account_id = read_int(child)
        elif tag == _ASSOCIATE_NAME:
            value.associate_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sync_user_account(
    parent: Element | None, tag: str, value: SyncUserAccount
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ACCOUNT_ID, value.account_id, write_int)
    put(element, _ASSOCIATE_NAME, value.associate_name, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sync_user_account(data: Any, path: str) -> SyncUserAccount:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SyncUserAccount)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.account_id = take_int(data, "AccountId", path)
    value.associate_name = take_str_nillable(data, "AssociateName", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.extra = (
        None
        if _SYNC_USER_ACCOUNT_KEYS.issuperset(data)
        else json_extra(data, _SYNC_USER_ACCOUNT_KEYS)
    )
    return value


def encode_json_sync_user_account(value: SyncUserAccount) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AccountId", value.account_id, json_write_int)
    put_json(result, "AssociateName", value.associate_name, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SYNC_USER_ACCOUNT_CODEC = Codec(
    decode_xml_sync_user_account,
    encode_xml_sync_user_account,
    decode_json_sync_user_account,
    encode_json_sync_user_account,
)


def decode_xml_list_of_sync_user_account(element: Element) -> list[SyncUserAccount | None]:
    """``ArrayOfSyncUserAccount``: a list of ``SyncUserAccount`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_sync_user_account(child))
        for child in element
        if child.tag == _SYNC_USER_ACCOUNT
    ]


def encode_xml_list_of_sync_user_account(
    parent: Element | None, tag: str, value: list[SyncUserAccount | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SYNC_USER_ACCOUNT, item, encode_xml_sync_user_account)
    return element


def decode_json_list_of_sync_user_account(data: Any, path: str) -> list[SyncUserAccount | None]:
    return json_items_nillable(data, path, decode_json_sync_user_account)


def encode_json_list_of_sync_user_account(value: list[SyncUserAccount | None]) -> list[Any]:
    return [(None if item is None else encode_json_sync_user_account(item)) for item in value]


LIST_OF_SYNC_USER_ACCOUNT_CODEC = Codec(
    decode_xml_list_of_sync_user_account,
    encode_xml_list_of_sync_user_account,
    decode_json_list_of_sync_user_account,
    encode_json_list_of_sync_user_account,
)
