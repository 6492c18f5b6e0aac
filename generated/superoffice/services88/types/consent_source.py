"""Services88 types: ArrayOfConsentSource, ConsentSource.

Used by the List, Person agents.
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
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
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

_CONSENT_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentSource"
_CONSENT_SOURCE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentSourceId"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_MAIL_TEMPLATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailTemplateId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class ConsentSource(Carrier):
    """Carrier object for ConsentSource. Services for the ConsentSource Carrier is available from
    the List Agent.
    """

    consent_source_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of consent source"""
    tooltip: str | None | Unset = UNSET
    """Tooltip for this consent source"""
    rank: int | Unset = UNSET
    """Rank of this consent source"""
    key: str | None | Unset = UNSET
    """The key used to uniquely identify this consent source"""
    mail_template_id: int | Unset = UNSET
    """The mail template to use when automatically sending emails to new persons created with this
    consent source.
    """
    deleted: bool | Unset = UNSET
    """true if the ConsentSource is deleted"""

    def to_xml(self) -> Element:
        return encode_xml_consent_source(None, _CONSENT_SOURCE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ConsentSource:
        return record_from_xml(decode_xml_consent_source, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_consent_source(self)

    @classmethod
    def from_json(cls, data: Any) -> ConsentSource:
        return record_from_json(decode_json_consent_source, data)


_CONSENT_SOURCE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ConsentSourceId",
        "Name",
        "Tooltip",
        "Rank",
        "Key",
        "MailTemplateId",
        "Deleted",
    )
)


def decode_xml_consent_source(element: Element) -> ConsentSource:
    value = ConsentSource()
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
        elif tag == _CONSENT_SOURCE_ID:
            value.consent_source_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _MAIL_TEMPLATE_ID:
            value.mail_template_id = read_int(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_consent_source(parent: Element | None, tag: str, value: ConsentSource) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONSENT_SOURCE_ID, value.consent_source_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _KEY, value.key, write_str)
    put(element, _MAIL_TEMPLATE_ID, value.mail_template_id, write_int)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_consent_source(data: Any, path: str) -> ConsentSource:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ConsentSource)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.consent_source_id = take_int(data, "ConsentSourceId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.key = take_str_nillable(data, "Key", path)
    value.mail_template_id = take_int(data, "MailTemplateId", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = (
        None if _CONSENT_SOURCE_KEYS.issuperset(data) else json_extra(data, _CONSENT_SOURCE_KEYS)
    )
    return value


def encode_json_consent_source(value: ConsentSource) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ConsentSourceId", value.consent_source_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "MailTemplateId", value.mail_template_id, json_write_int)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONSENT_SOURCE_CODEC = Codec(
    decode_xml_consent_source,
    encode_xml_consent_source,
    decode_json_consent_source,
    encode_json_consent_source,
)


def decode_xml_list_of_consent_source(element: Element) -> list[ConsentSource | None]:
    """``ArrayOfConsentSource``: a list of ``ConsentSource`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_consent_source(child))
        for child in element
        if child.tag == _CONSENT_SOURCE
    ]


def encode_xml_list_of_consent_source(
    parent: Element | None, tag: str, value: list[ConsentSource | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONSENT_SOURCE, item, encode_xml_consent_source)
    return element


def decode_json_list_of_consent_source(data: Any, path: str) -> list[ConsentSource | None]:
    return json_items_nillable(data, path, decode_json_consent_source)


def encode_json_list_of_consent_source(value: list[ConsentSource | None]) -> list[Any]:
    return [(None if item is None else encode_json_consent_source(item)) for item in value]


LIST_OF_CONSENT_SOURCE_CODEC = Codec(
    decode_xml_list_of_consent_source,
    encode_xml_list_of_consent_source,
    decode_json_list_of_consent_source,
    encode_json_list_of_consent_source,
)
