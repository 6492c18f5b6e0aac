"""Services88 types: ConsentPerson.

Used by the Person agent.
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
from .consent_purpose import (
    ConsentPurpose,
    decode_json_consent_purpose,
    decode_xml_consent_purpose,
    encode_json_consent_purpose,
    encode_xml_consent_purpose,
)
from .consent_source import (
    ConsentSource,
    decode_json_consent_source,
    decode_xml_consent_source,
    encode_json_consent_source,
    encode_xml_consent_source,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .legal_base import (
    LegalBase,
    decode_json_legal_base,
    decode_xml_legal_base,
    encode_json_legal_base,
    encode_xml_legal_base,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Comment"
_CONSENT_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPerson"
_CONSENT_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPersonId"
_CONSENT_PURPOSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPurpose"
_CONSENT_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentSource"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LEGAL_BASE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LegalBase"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ConsentPerson(Carrier):
    """Carrier object for ConsentPerson. Services for the ConsentPerson Carrier is available from
    the Person Agent.
    """

    consent_person_id: int | Unset = UNSET
    """ConsentPerson ID"""
    consent_source: ConsentSource | None | Unset = UNSET
    """The consent source"""
    legal_base: LegalBase | None | Unset = UNSET
    """The legal base"""
    person_id: int | Unset = UNSET
    """Person ID"""
    consent_purpose: ConsentPurpose | None | Unset = UNSET
    """The consent purpose"""
    comment: str | None | Unset = UNSET
    """Comment regarding this specific consent"""

    def to_xml(self) -> Element:
        return encode_xml_consent_person(None, _CONSENT_PERSON, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ConsentPerson:
        return record_from_xml(decode_xml_consent_person, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_consent_person(self)

    @classmethod
    def from_json(cls, data: Any) -> ConsentPerson:
        return record_from_json(decode_json_consent_person, data)


_CONSENT_PERSON_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ConsentPersonId",
        "ConsentSource",
        "LegalBase",
        "PersonId",
        "ConsentPurpose",
        "Comment",
    )
)


def decode_xml_consent_person(element: Element) -> ConsentPerson:
    value = ConsentPerson()
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
        elif tag == _CONSENT_PERSON_ID:
            value.consent_person_id = read_int(child)
        elif tag == _CONSENT_SOURCE:
            value.consent_source = (
                None if child.get(XSI_NIL) in NIL else decode_xml_consent_source(child)
            )
        elif tag == _LEGAL_BASE:
            value.legal_base = None if child.get(XSI_NIL) in NIL else decode_xml_legal_base(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _CONSENT_PURPOSE:
            value.consent_purpose = (
                None if child.get(XSI_NIL) in NIL else decode_xml_consent_purpose(child)
            )
        elif tag == _COMMENT:
            value.comment = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_consent_person(parent: Element | None, tag: str, value: ConsentPerson) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONSENT_PERSON_ID, value.consent_person_id, write_int)
    put(element, _CONSENT_SOURCE, value.consent_source, encode_xml_consent_source)
    put(element, _LEGAL_BASE, value.legal_base, encode_xml_legal_base)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _CONSENT_PURPOSE, value.consent_purpose, encode_xml_consent_purpose)
    put(element, _COMMENT, value.comment, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_consent_person(data: Any, path: str) -> ConsentPerson:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ConsentPerson)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.consent_person_id = take_int(data, "ConsentPersonId", path)
    value.consent_source = take_nillable(data, "ConsentSource", path, decode_json_consent_source)
    value.legal_base = take_nillable(data, "LegalBase", path, decode_json_legal_base)
    value.person_id = take_int(data, "PersonId", path)
    value.consent_purpose = take_nillable(
        data, "ConsentPurpose", path, decode_json_consent_purpose
    )
    value.comment = take_str_nillable(data, "Comment", path)
    value.extra = (
        None if _CONSENT_PERSON_KEYS.issuperset(data) else json_extra(data, _CONSENT_PERSON_KEYS)
    )
    return value


def encode_json_consent_person(value: ConsentPerson) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ConsentPersonId", value.consent_person_id, json_write_int)
    put_json(result, "ConsentSource", value.consent_source, encode_json_consent_source)
    put_json(result, "LegalBase", value.legal_base, encode_json_legal_base)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ConsentPurpose", value.consent_purpose, encode_json_consent_purpose)
    put_json(result, "Comment", value.comment, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONSENT_PERSON_CODEC = Codec(
    decode_xml_consent_person,
    encode_xml_consent_person,
    decode_json_consent_person,
    encode_json_consent_person,
)
