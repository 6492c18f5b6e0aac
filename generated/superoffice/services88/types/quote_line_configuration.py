"""Services88 types: ArrayOfQuoteLineConfiguration, QuoteLineConfiguration.

Used by the Quote agent.
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

_EDITABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Editable"
_FIELD_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IN_USE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InUse"
_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Label"
_MANDATORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mandatory"
_QUOTE_LINE_CONFIGURATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteLineConfiguration"
)
_QUOTE_LINE_CONFIGURATION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteLineConfigurationId"
)
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RESTRICT_EDIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictEdit"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteLineConfiguration(Carrier):
    """QuoteLineConfiguration contains information about which configuration fields that is visible
    in the GUI. Read only and mandatory fields are also specified.

    Carrier object for QuoteLineConfiguration. Services for the QuoteLineConfiguration Carrier
    is available from the Quote Agent.
    """

    quote_line_configuration_id: int | Unset = UNSET
    """Primary key"""
    field_name: str | None | Unset = UNSET
    """The name of the field being configured, from data dictionary"""
    label: str | None | Unset = UNSET
    """Label resource string."""
    tooltip: str | None | Unset = UNSET
    """Tooltip resource string."""
    editable: bool | Unset = UNSET
    """Is this a read only field?"""
    in_use: bool | Unset = UNSET
    """Should this field be displayed in the GUI?"""
    mandatory: bool | Unset = UNSET
    """Is this a mandatory field?"""
    rank: int | Unset = UNSET
    """Rank of the field"""
    restrict_edit: bool | Unset = UNSET
    """If true, then this field cannot be set readwrite or mandatory: It's bound to be readonly"""

    def to_xml(self) -> Element:
        return encode_xml_quote_line_configuration(None, _QUOTE_LINE_CONFIGURATION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteLineConfiguration:
        return record_from_xml(decode_xml_quote_line_configuration, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_line_configuration(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteLineConfiguration:
        return record_from_json(decode_json_quote_line_configuration, data)


_QUOTE_LINE_CONFIGURATION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteLineConfigurationId",
        "FieldName",
        "Label",
        "Tooltip",
        "Editable",
        "InUse",
        "Mandatory",
        "Rank",
        "RestrictEdit",
    )
)


def decode_xml_quote_line_configuration(element: Element) -> QuoteLineConfiguration:
    value = QuoteLineConfiguration()
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
        elif tag == _QUOTE_LINE_CONFIGURATION_ID:
            value.quote_line_configuration_id = read_int(child)
        elif tag == _FIELD_NAME:
            value.field_name = child.text or empty_or_nil(child)
        elif tag == _LABEL:
            value.label = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _EDITABLE:
            value.editable = read_bool(child)
        elif tag == _IN_USE:
            value.in_use = read_bool(child)
        elif tag == _MANDATORY:
            value.mandatory = read_bool(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _RESTRICT_EDIT:
            value.restrict_edit = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_line_configuration(
    parent: Element | None, tag: str, value: QuoteLineConfiguration
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_LINE_CONFIGURATION_ID, value.quote_line_configuration_id, write_int)
    put(element, _FIELD_NAME, value.field_name, write_str)
    put(element, _LABEL, value.label, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _EDITABLE, value.editable, write_bool)
    put(element, _IN_USE, value.in_use, write_bool)
    put(element, _MANDATORY, value.mandatory, write_bool)
    put(element, _RANK, value.rank, write_int)
    put(element, _RESTRICT_EDIT, value.restrict_edit, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_line_configuration(data: Any, path: str) -> QuoteLineConfiguration:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteLineConfiguration)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_line_configuration_id = take_int(data, "QuoteLineConfigurationId", path)
    value.field_name = take_str_nillable(data, "FieldName", path)
    value.label = take_str_nillable(data, "Label", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.editable = take_bool(data, "Editable", path)
    value.in_use = take_bool(data, "InUse", path)
    value.mandatory = take_bool(data, "Mandatory", path)
    value.rank = take_int(data, "Rank", path)
    value.restrict_edit = take_bool(data, "RestrictEdit", path)
    value.extra = (
        None
        if _QUOTE_LINE_CONFIGURATION_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_LINE_CONFIGURATION_KEYS)
    )
    return value


def encode_json_quote_line_configuration(value: QuoteLineConfiguration) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteLineConfigurationId", value.quote_line_configuration_id, json_write_int)
    put_json(result, "FieldName", value.field_name, json_write_str)
    put_json(result, "Label", value.label, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Editable", value.editable, json_write_bool)
    put_json(result, "InUse", value.in_use, json_write_bool)
    put_json(result, "Mandatory", value.mandatory, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "RestrictEdit", value.restrict_edit, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_LINE_CONFIGURATION_CODEC = Codec(
    decode_xml_quote_line_configuration,
    encode_xml_quote_line_configuration,
    decode_json_quote_line_configuration,
    encode_json_quote_line_configuration,
)


def decode_xml_list_of_quote_line_configuration(
    element: Element,
) -> list[QuoteLineConfiguration | None]:
    """``ArrayOfQuoteLineConfiguration``: a list of ``QuoteLineConfiguration`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_line_configuration(child))
        for child in element
        if child.tag == _QUOTE_LINE_CONFIGURATION
    ]


def encode_xml_list_of_quote_line_configuration(
    parent: Element | None, tag: str, value: list[QuoteLineConfiguration | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUOTE_LINE_CONFIGURATION, item, encode_xml_quote_line_configuration)
    return element


def decode_json_list_of_quote_line_configuration(
    data: Any, path: str
) -> list[QuoteLineConfiguration | None]:
    return json_items_nillable(data, path, decode_json_quote_line_configuration)


def encode_json_list_of_quote_line_configuration(
    value: list[QuoteLineConfiguration | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_quote_line_configuration(item)) for item in value
    ]


LIST_OF_QUOTE_LINE_CONFIGURATION_CODEC = Codec(
    decode_xml_list_of_quote_line_configuration,
    encode_xml_list_of_quote_line_configuration,
    decode_json_list_of_quote_line_configuration,
    encode_json_list_of_quote_line_configuration,
)
