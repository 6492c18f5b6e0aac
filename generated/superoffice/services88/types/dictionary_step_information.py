"""Services88 types: ArrayOfDictionaryStepInformation, DictionaryStepInformation.

Used by the Database agent.
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

_DICTIONARY_STEP_INFORMATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DictionaryStepInformation"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_STEP_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepNumber"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DictionaryStepInformation(Carrier):
    """Information about a dictionary step

    Carrier object for DictionaryStepInformation. Services for the DictionaryStepInformation
    Carrier is available from the Database Agent.
    """

    name: str | None | Unset = UNSET
    """The name of the dictionary step (from attribute, not class name)"""
    step_number: int | Unset = UNSET
    """Generation number of step"""

    def to_xml(self) -> Element:
        return encode_xml_dictionary_step_information(None, _DICTIONARY_STEP_INFORMATION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DictionaryStepInformation:
        return record_from_xml(decode_xml_dictionary_step_information, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_dictionary_step_information(self)

    @classmethod
    def from_json(cls, data: Any) -> DictionaryStepInformation:
        return record_from_json(decode_json_dictionary_step_information, data)


_DICTIONARY_STEP_INFORMATION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "StepNumber",
    )
)


def decode_xml_dictionary_step_information(element: Element) -> DictionaryStepInformation:
    value = DictionaryStepInformation()
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
        elif tag == _STEP_NUMBER:
            value.step_number = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_dictionary_step_information(
    parent: Element | None, tag: str, value: DictionaryStepInformation
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _STEP_NUMBER, value.step_number, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_dictionary_step_information(data: Any, path: str) -> DictionaryStepInformation:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DictionaryStepInformation)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.step_number = take_int(data, "StepNumber", path)
    value.extra = (
        None
        if _DICTIONARY_STEP_INFORMATION_KEYS.issuperset(data)
        else json_extra(data, _DICTIONARY_STEP_INFORMATION_KEYS)
    )
    return value


def encode_json_dictionary_step_information(value: DictionaryStepInformation) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "StepNumber", value.step_number, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DICTIONARY_STEP_INFORMATION_CODEC = Codec(
    decode_xml_dictionary_step_information,
    encode_xml_dictionary_step_information,
    decode_json_dictionary_step_information,
    encode_json_dictionary_step_information,
)


def decode_xml_list_of_dictionary_step_information(
    element: Element,
) -> list[DictionaryStepInformation | None]:
    """``ArrayOfDictionaryStepInformation``: a list of ``DictionaryStepInformation`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_dictionary_step_information(child))
        for child in element
        if child.tag == _DICTIONARY_STEP_INFORMATION
    ]


def encode_xml_list_of_dictionary_step_information(
    parent: Element | None, tag: str, value: list[DictionaryStepInformation | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DICTIONARY_STEP_INFORMATION, item, encode_xml_dictionary_step_information)
    return element


def decode_json_list_of_dictionary_step_information(
    data: Any, path: str
) -> list[DictionaryStepInformation | None]:
    return json_items_nillable(data, path, decode_json_dictionary_step_information)


def encode_json_list_of_dictionary_step_information(
    value: list[DictionaryStepInformation | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_dictionary_step_information(item)) for item in value
    ]


LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC = Codec(
    decode_xml_list_of_dictionary_step_information,
    encode_xml_list_of_dictionary_step_information,
    decode_json_list_of_dictionary_step_information,
    encode_json_list_of_dictionary_step_information,
)
