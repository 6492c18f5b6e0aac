"""Services86 types: ArrayOfFieldMetadata, FieldMetadata.

Used by the ErpSync agent.
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
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_access import (
    FieldAccess,
    decode_json_field_access,
    decode_xml_field_access,
    encode_json_field_access,
    encode_xml_field_access,
)
from .field_metadata_type import (
    FieldMetadataType,
    decode_json_field_metadata_type,
    decode_xml_field_metadata_type,
    encode_json_field_metadata_type,
    encode_xml_field_metadata_type,
)
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

_ACCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Access"
_DEFAULT_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DefaultValue"
_DISPLAY_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DisplayDescription"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DisplayName"
_FIELD_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldKey"
_FIELD_METADATA = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldMetadata"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_FIELD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldType"
_LIST_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ListName"
_MAX_LENGTH = "{http://www.superoffice.net/ws/crm/NetServer/Services86}MaxLength"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Rank"
_SHOW_IN_SEARCH = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ShowInSearch"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class FieldMetadata(Carrier):
    """This is used to populate the Admin configuration dialog for a connection. The call to the
    ERP Connector’s GetConfigurationFields method returns a list of fields and field types. The
    Admin client builds a dialog with these fields

    Carrier object for FieldMetadata. Services for the FieldMetadata Carrier is available from
    the Quote Agent.
    """

    field_key: str | None | Unset = UNSET
    """Internal key/name of the field. Used as the key in the ConnectionConfigField values when
    TestConnection is called.
    """
    rank: int | Unset = UNSET
    """A way to set the order of the fields. Lowest value will be displayed first/over the fields
    with other values.
    """
    display_name: str | None | Unset = UNSET
    """Localized field name – shown in the GUI"""
    display_description: str | None | Unset = UNSET
    """Tooltip for the field name."""
    field_type: FieldMetadataType | str | Unset = UNSET
    """String, int, decimal, etc."""
    list_name: str | None | Unset = UNSET
    """MDO List provider name for list fields"""
    default_value: str | None | Unset = UNSET
    """A default value for the field."""
    max_length: int | Unset = UNSET
    """Maximum length for strings, if set. 0 means no restriction. (Though sooner or later
    something will no doubt overflow if you pile on the gigabytes.)
    """
    access: FieldAccess | str | Unset = UNSET
    """Access restrictions on the field"""
    show_in_search: bool | Unset = UNSET
    """True if this field is displayed in search result"""

    def to_xml(self) -> Element:
        return encode_xml_field_metadata(None, _FIELD_METADATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FieldMetadata:
        return record_from_xml(decode_xml_field_metadata, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_field_metadata(self)

    @classmethod
    def from_json(cls, data: Any) -> FieldMetadata:
        return record_from_json(decode_json_field_metadata, data)


_FIELD_METADATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "FieldKey",
        "Rank",
        "DisplayName",
        "DisplayDescription",
        "FieldType",
        "ListName",
        "DefaultValue",
        "MaxLength",
        "Access",
        "ShowInSearch",
    )
)


def decode_xml_field_metadata(element: Element) -> FieldMetadata:
    value = FieldMetadata()
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
        elif tag == _FIELD_KEY:
            value.field_key = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_DESCRIPTION:
            value.display_description = child.text or empty_or_nil(child)
        elif tag == _FIELD_TYPE:
            value.field_type = decode_xml_field_metadata_type(child)
        elif tag == _LIST_NAME:
            value.list_name = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_VALUE:
            value.default_value = child.text or empty_or_nil(child)
        elif tag == _MAX_LENGTH:
            value.max_length = read_int(child)
        elif tag == _ACCESS:
            value.access = decode_xml_field_access(child)
        elif tag == _SHOW_IN_SEARCH:
            value.show_in_search = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_field_metadata(parent: Element | None, tag: str, value: FieldMetadata) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FIELD_KEY, value.field_key, write_str)
    put(element, _RANK, value.rank, write_int)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DISPLAY_DESCRIPTION, value.display_description, write_str)
    put(element, _FIELD_TYPE, value.field_type, encode_xml_field_metadata_type)
    put(element, _LIST_NAME, value.list_name, write_str)
    put(element, _DEFAULT_VALUE, value.default_value, write_str)
    put(element, _MAX_LENGTH, value.max_length, write_int)
    put(element, _ACCESS, value.access, encode_xml_field_access)
    put(element, _SHOW_IN_SEARCH, value.show_in_search, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_field_metadata(data: Any, path: str) -> FieldMetadata:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FieldMetadata)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.field_key = take_str_nillable(data, "FieldKey", path)
    value.rank = take_int(data, "Rank", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.display_description = take_str_nillable(data, "DisplayDescription", path)
    value.field_type = take(data, "FieldType", path, decode_json_field_metadata_type)
    value.list_name = take_str_nillable(data, "ListName", path)
    value.default_value = take_str_nillable(data, "DefaultValue", path)
    value.max_length = take_int(data, "MaxLength", path)
    value.access = take(data, "Access", path, decode_json_field_access)
    value.show_in_search = take_bool(data, "ShowInSearch", path)
    value.extra = (
        None if _FIELD_METADATA_KEYS.issuperset(data) else json_extra(data, _FIELD_METADATA_KEYS)
    )
    return value


def encode_json_field_metadata(value: FieldMetadata) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "FieldKey", value.field_key, json_write_str)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "DisplayDescription", value.display_description, json_write_str)
    put_json(result, "FieldType", value.field_type, encode_json_field_metadata_type)
    put_json(result, "ListName", value.list_name, json_write_str)
    put_json(result, "DefaultValue", value.default_value, json_write_str)
    put_json(result, "MaxLength", value.max_length, json_write_int)
    put_json(result, "Access", value.access, encode_json_field_access)
    put_json(result, "ShowInSearch", value.show_in_search, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FIELD_METADATA_CODEC = Codec(
    decode_xml_field_metadata,
    encode_xml_field_metadata,
    decode_json_field_metadata,
    encode_json_field_metadata,
)


def decode_xml_list_of_field_metadata(element: Element) -> list[FieldMetadata | None]:
    """``ArrayOfFieldMetadata``: a list of ``FieldMetadata`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_field_metadata(child))
        for child in element
        if child.tag == _FIELD_METADATA
    ]


def encode_xml_list_of_field_metadata(
    parent: Element | None, tag: str, value: list[FieldMetadata | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _FIELD_METADATA, item, encode_xml_field_metadata)
    return element


def decode_json_list_of_field_metadata(data: Any, path: str) -> list[FieldMetadata | None]:
    return json_items_nillable(data, path, decode_json_field_metadata)


def encode_json_list_of_field_metadata(value: list[FieldMetadata | None]) -> list[Any]:
    return [(None if item is None else encode_json_field_metadata(item)) for item in value]


LIST_OF_FIELD_METADATA_CODEC = Codec(
    decode_xml_list_of_field_metadata,
    encode_xml_list_of_field_metadata,
    decode_json_list_of_field_metadata,
    encode_json_list_of_field_metadata,
)
