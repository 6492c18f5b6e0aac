"""Services88 types: ArrayOfEMailFolder, EMailFolder.

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

_DELIMITER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Delimiter"
_EMAIL_FOLDER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailFolderId"
_E_MAIL_FOLDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailFolder"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Flags"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_SUBSCRIBED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Subscribed"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOTAL_ITEMS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TotalItems"
_UNREAD_ITEMS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnreadItems"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailFolder(Carrier):
    """Properties for a mail folder

    Carrier object for EMailFolder. Services for the EMailFolder Carrier is available from the
    EMail Agent.
    """

    name: str | None | Unset = UNSET
    """Name of folder"""
    delimiter: str | None | Unset = UNSET
    """The character which is used to delimit folder levels on the server"""
    flags: str | None | Unset = UNSET
    """Flags associated with the folder"""
    total_items: int | Unset = UNSET
    """Total number of messages in the folder"""
    unread_items: int | Unset = UNSET
    """Number of unread messages in the folder"""
    subscribed: bool | Unset = UNSET
    """Indicates if the folder is subscribed to"""
    email_folder_id: int | Unset = UNSET
    """Primary key"""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_folder(None, _E_MAIL_FOLDER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailFolder:
        return record_from_xml(decode_xml_e_mail_folder, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_folder(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailFolder:
        return record_from_json(decode_json_e_mail_folder, data)


_E_MAIL_FOLDER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "Delimiter",
        "Flags",
        "TotalItems",
        "UnreadItems",
        "Subscribed",
        "EmailFolderId",
    )
)


def decode_xml_e_mail_folder(element: Element) -> EMailFolder:
    value = EMailFolder()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DELIMITER:
            value.delimiter = child.text or empty_or_nil(child)
        elif tag == _FLAGS:
            value.flags = child.text or empty_or_nil(child)
        elif tag == _TOTAL_ITEMS:
            value.total_items = read_int(child)
        elif tag == _UNREAD_ITEMS:
            value.unread_items = read_int(child)
        elif tag == _SUBSCRIBED:
            value.subscribed = read_bool(child)
        elif tag == _EMAIL_FOLDER_ID:
            value.email_folder_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_folder(parent: Element | None, tag: str, value: EMailFolder) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _DELIMITER, value.delimiter, write_str)
    put(element, _FLAGS, value.flags, write_str)
    put(element, _TOTAL_ITEMS, value.total_items, write_int)
    put(element, _UNREAD_ITEMS, value.unread_items, write_int)
    put(element, _SUBSCRIBED, value.subscribed, write_bool)
    put(element, _EMAIL_FOLDER_ID, value.email_folder_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_folder(data: Any, path: str) -> EMailFolder:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailFolder)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.delimiter = take_str_nillable(data, "Delimiter", path)
    value.flags = take_str_nillable(data, "Flags", path)
    value.total_items = take_int(data, "TotalItems", path)
    value.unread_items = take_int(data, "UnreadItems", path)
    value.subscribed = take_bool(data, "Subscribed", path)
    value.email_folder_id = take_int(data, "EmailFolderId", path)
    value.extra = (
        None if _E_MAIL_FOLDER_KEYS.issuperset(data) else json_extra(data, _E_MAIL_FOLDER_KEYS)
    )
    return value


def encode_json_e_mail_folder(value: EMailFolder) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Delimiter", value.delimiter, json_write_str)
    put_json(result, "Flags", value.flags, json_write_str)
    put_json(result, "TotalItems", value.total_items, json_write_int)
    put_json(result, "UnreadItems", value.unread_items, json_write_int)
    put_json(result, "Subscribed", value.subscribed, json_write_bool)
    put_json(result, "EmailFolderId", value.email_folder_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_FOLDER_CODEC = Codec(
    decode_xml_e_mail_folder,
    encode_xml_e_mail_folder,
    decode_json_e_mail_folder,
    encode_json_e_mail_folder,
)


def decode_xml_list_of_e_mail_folder(element: Element) -> list[EMailFolder | None]:
    """``ArrayOfEMailFolder``: a list of ``EMailFolder`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_folder(child))
        for child in element
        if child.tag == _E_MAIL_FOLDER
    ]


def encode_xml_list_of_e_mail_folder(
    parent: Element | None, tag: str, value: list[EMailFolder | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _E_MAIL_FOLDER, item, encode_xml_e_mail_folder)
    return element


def decode_json_list_of_e_mail_folder(data: Any, path: str) -> list[EMailFolder | None]:
    return json_items_nillable(data, path, decode_json_e_mail_folder)


def encode_json_list_of_e_mail_folder(value: list[EMailFolder | None]) -> list[Any]:
    return [(None if item is None else encode_json_e_mail_folder(item)) for item in value]


LIST_OF_E_MAIL_FOLDER_CODEC = Codec(
    decode_xml_list_of_e_mail_folder,
    encode_xml_list_of_e_mail_folder,
    decode_json_list_of_e_mail_folder,
    encode_json_list_of_e_mail_folder,
)
