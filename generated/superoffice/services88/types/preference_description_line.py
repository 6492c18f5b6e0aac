"""Services88 types: ArrayOfPreferenceDescriptionLine, PreferenceDescriptionLine.

Used by the Preference agent.
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

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_BUILTIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBuiltin"
_PREFERENCE_DESCRIPTION_LINE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferenceDescriptionLine"
)
_PREF_DESC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrefDescId"
_PREF_DESC_LINE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrefDescLineId"
_PREF_SHOW_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrefShowValue"
_PREF_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrefValue"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreferenceDescriptionLine(Carrier):
    """Preference description line, contains information about a single item in a preference
    description list.

    Carrier object for PreferenceDescriptionLine. Services for the PreferenceDescriptionLine
    Carrier is available from the Preference Agent.
    """

    pref_desc_line_id: int | Unset = UNSET
    """Primary key"""
    pref_desc_id: int | Unset = UNSET
    """Preference description (parent)"""
    pref_value: str | None | Unset = UNSET
    """Possible value"""
    pref_show_value: str | None | Unset = UNSET
    """Descriptive value, multilang-parsed, to put in list"""
    description: str | None | Unset = UNSET
    """Description of preference value, multi-language parsed"""
    is_builtin: bool | Unset = UNSET
    """1 = This row populated and maintained by SuperOffice"""

    def to_xml(self) -> Element:
        return encode_xml_preference_description_line(None, _PREFERENCE_DESCRIPTION_LINE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreferenceDescriptionLine:
        return record_from_xml(decode_xml_preference_description_line, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preference_description_line(self)

    @classmethod
    def from_json(cls, data: Any) -> PreferenceDescriptionLine:
        return record_from_json(decode_json_preference_description_line, data)


_PREFERENCE_DESCRIPTION_LINE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PrefDescLineId",
        "PrefDescId",
        "PrefValue",
        "PrefShowValue",
        "Description",
        "IsBuiltin",
    )
)


def decode_xml_preference_description_line(element: Element) -> PreferenceDescriptionLine:
    value = PreferenceDescriptionLine()
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
        elif tag == _PREF_DESC_LINE_ID:
            value.pref_desc_line_id = read_int(child)
        elif tag == _PREF_DESC_ID:
            value.pref_desc_id = read_int(child)
        elif tag == _PREF_VALUE:
            value.pref_value = child.text or empty_or_nil(child)
        elif tag == _PREF_SHOW_VALUE:
            value.pref_show_value = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _IS_BUILTIN:
            value.is_builtin = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preference_description_line(
    parent: Element | None, tag: str, value: PreferenceDescriptionLine
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PREF_DESC_LINE_ID, value.pref_desc_line_id, write_int)
    put(element, _PREF_DESC_ID, value.pref_desc_id, write_int)
    put(element, _PREF_VALUE, value.pref_value, write_str)
    put(element, _PREF_SHOW_VALUE, value.pref_show_value, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _IS_BUILTIN, value.is_builtin, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preference_description_line(data: Any, path: str) -> PreferenceDescriptionLine:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreferenceDescriptionLine)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.pref_desc_line_id = take_int(data, "PrefDescLineId", path)
    value.pref_desc_id = take_int(data, "PrefDescId", path)
    value.pref_value = take_str_nillable(data, "PrefValue", path)
    value.pref_show_value = take_str_nillable(data, "PrefShowValue", path)
    value.description = take_str_nillable(data, "Description", path)
    value.is_builtin = take_bool(data, "IsBuiltin", path)
    value.extra = (
        None
        if _PREFERENCE_DESCRIPTION_LINE_KEYS.issuperset(data)
        else json_extra(data, _PREFERENCE_DESCRIPTION_LINE_KEYS)
    )
    return value


def encode_json_preference_description_line(value: PreferenceDescriptionLine) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PrefDescLineId", value.pref_desc_line_id, json_write_int)
    put_json(result, "PrefDescId", value.pref_desc_id, json_write_int)
    put_json(result, "PrefValue", value.pref_value, json_write_str)
    put_json(result, "PrefShowValue", value.pref_show_value, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "IsBuiltin", value.is_builtin, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREFERENCE_DESCRIPTION_LINE_CODEC = Codec(
    decode_xml_preference_description_line,
    encode_xml_preference_description_line,
    decode_json_preference_description_line,
    encode_json_preference_description_line,
)


def decode_xml_list_of_preference_description_line(
    element: Element,
) -> list[PreferenceDescriptionLine | None]:
    """``ArrayOfPreferenceDescriptionLine``: a list of ``PreferenceDescriptionLine`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_preference_description_line(child))
        for child in element
        if child.tag == _PREFERENCE_DESCRIPTION_LINE
    ]


def encode_xml_list_of_preference_description_line(
    parent: Element | None, tag: str, value: list[PreferenceDescriptionLine | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PREFERENCE_DESCRIPTION_LINE, item, encode_xml_preference_description_line)
    return element


def decode_json_list_of_preference_description_line(
    data: Any, path: str
) -> list[PreferenceDescriptionLine | None]:
    return json_items_nillable(data, path, decode_json_preference_description_line)


def encode_json_list_of_preference_description_line(
    value: list[PreferenceDescriptionLine | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_preference_description_line(item)) for item in value
    ]


LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC = Codec(
    decode_xml_list_of_preference_description_line,
    encode_xml_list_of_preference_description_line,
    decode_json_list_of_preference_description_line,
    encode_json_list_of_preference_description_line,
)
