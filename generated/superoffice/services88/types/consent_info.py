"""Services88 types: ArrayOfConsentInfo, ConsentInfo.

Used by 4 agents.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
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

_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Comment"
_CONSENT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentInfo"
_CONSENT_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPersonId"
_CONSENT_PURPOSE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPurposeId"
_CONSENT_PURPOSE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPurposeKey"
_CONSENT_PURPOSE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPurposeName"
)
_CONSENT_SOURCE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentSourceId"
_CONSENT_SOURCE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentSourceKey"
_CONSENT_SOURCE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentSourceName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LEGAL_BASE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LegalBaseId"
_LEGAL_BASE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LegalBaseKey"
_LEGAL_BASE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LegalBaseName"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class ConsentInfo(Carrier):
    """Consent information for a give person. Consents are for a particular Purpose, and may be
    withdrawn (see LegalBase).

    Carrier object for ConsentInfo. Services for the ConsentInfo Carrier is available from the
    Person Agent.
    """

    consent_person_id: int | Unset = UNSET
    """Primary key"""
    comment: str | None | Unset = UNSET
    """Comment regarding this specific consent"""
    registered: datetime.datetime | Unset = UNSET
    """When this consent record was created in UTC."""
    registered_associate_id: int | Unset = UNSET
    """The ID of the associate who created this record"""
    updated: datetime.datetime | Unset = UNSET
    """When this consent record was last updated in UTC."""
    updated_associate_id: int | Unset = UNSET
    """The ID of the associate who last updated this record"""
    legal_base_id: int | Unset = UNSET
    """Primary key for the LegalBase associated with this consent"""
    legal_base_key: str | None | Unset = UNSET
    """Key for the LegalBase associated with this consent"""
    legal_base_name: str | None | Unset = UNSET
    """Name of the LegalBase associated with this consent"""
    consent_purpose_id: int | Unset = UNSET
    """Primary key for the ConsentPurpose associated with this consent"""
    consent_purpose_key: str | None | Unset = UNSET
    """Key of the ConsentPurpose associated with this consent"""
    consent_purpose_name: str | None | Unset = UNSET
    """Name of the ConsentPurpose associated with this consent"""
    consent_source_id: int | Unset = UNSET
    """Primary key for the ConsentSource associated with this consent"""
    consent_source_key: str | None | Unset = UNSET
    """Key of the ConsentSource associated with this consent"""
    consent_source_name: str | None | Unset = UNSET
    """Name of the ConsentSource associated with this consent"""

    def to_xml(self) -> Element:
        return encode_xml_consent_info(None, _CONSENT_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ConsentInfo:
        return record_from_xml(decode_xml_consent_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_consent_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ConsentInfo:
        return record_from_json(decode_json_consent_info, data)


_CONSENT_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ConsentPersonId",
        "Comment",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
        "LegalBaseId",
        "LegalBaseKey",
        "LegalBaseName",
        "ConsentPurposeId",
        "ConsentPurposeKey",
        "ConsentPurposeName",
        "ConsentSourceId",
        "ConsentSourceKey",
        "ConsentSourceName",
    )
)


def decode_xml_consent_info(element: Element) -> ConsentInfo:
    value = ConsentInfo()
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
        elif tag == _COMMENT:
            value.comment = child.text or empty_or_nil(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        elif tag == _LEGAL_BASE_ID:
            value.legal_base_id = read_int(child)
        elif tag == _LEGAL_BASE_KEY:
            value.legal_base_key = child.text or empty_or_nil(child)
        elif tag == _LEGAL_BASE_NAME:
            value.legal_base_name = child.text or empty_or_nil(child)
        elif tag == _CONSENT_PURPOSE_ID:
            value.consent_purpose_id = read_int(child)
        elif tag == _CONSENT_PURPOSE_KEY:
            value.consent_purpose_key = child.text or empty_or_nil(child)
        elif tag == _CONSENT_PURPOSE_NAME:
            value.consent_purpose_name = child.text or empty_or_nil(child)
        elif tag == _CONSENT_SOURCE_ID:
            value.consent_source_id = read_int(child)
        elif tag == _CONSENT_SOURCE_KEY:
            value.consent_source_key = child.text or empty_or_nil(child)
        elif tag == _CONSENT_SOURCE_NAME:
            value.consent_source_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_consent_info(parent: Element | None, tag: str, value: ConsentInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONSENT_PERSON_ID, value.consent_person_id, write_int)
    put(element, _COMMENT, value.comment, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    put(element, _LEGAL_BASE_ID, value.legal_base_id, write_int)
    put(element, _LEGAL_BASE_KEY, value.legal_base_key, write_str)
    put(element, _LEGAL_BASE_NAME, value.legal_base_name, write_str)
    put(element, _CONSENT_PURPOSE_ID, value.consent_purpose_id, write_int)
    put(element, _CONSENT_PURPOSE_KEY, value.consent_purpose_key, write_str)
    put(element, _CONSENT_PURPOSE_NAME, value.consent_purpose_name, write_str)
    put(element, _CONSENT_SOURCE_ID, value.consent_source_id, write_int)
    put(element, _CONSENT_SOURCE_KEY, value.consent_source_key, write_str)
    put(element, _CONSENT_SOURCE_NAME, value.consent_source_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_consent_info(data: Any, path: str) -> ConsentInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ConsentInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.consent_person_id = take_int(data, "ConsentPersonId", path)
    value.comment = take_str_nillable(data, "Comment", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.legal_base_id = take_int(data, "LegalBaseId", path)
    value.legal_base_key = take_str_nillable(data, "LegalBaseKey", path)
    value.legal_base_name = take_str_nillable(data, "LegalBaseName", path)
    value.consent_purpose_id = take_int(data, "ConsentPurposeId", path)
    value.consent_purpose_key = take_str_nillable(data, "ConsentPurposeKey", path)
    value.consent_purpose_name = take_str_nillable(data, "ConsentPurposeName", path)
    value.consent_source_id = take_int(data, "ConsentSourceId", path)
    value.consent_source_key = take_str_nillable(data, "ConsentSourceKey", path)
    value.consent_source_name = take_str_nillable(data, "ConsentSourceName", path)
    value.extra = (
        None if _CONSENT_INFO_KEYS.issuperset(data) else json_extra(data, _CONSENT_INFO_KEYS)
    )
    return value


def encode_json_consent_info(value: ConsentInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ConsentPersonId", value.consent_person_id, json_write_int)
    put_json(result, "Comment", value.comment, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    put_json(result, "LegalBaseId", value.legal_base_id, json_write_int)
    put_json(result, "LegalBaseKey", value.legal_base_key, json_write_str)
    put_json(result, "LegalBaseName", value.legal_base_name, json_write_str)
    put_json(result, "ConsentPurposeId", value.consent_purpose_id, json_write_int)
    put_json(result, "ConsentPurposeKey", value.consent_purpose_key, json_write_str)
    put_json(result, "ConsentPurposeName", value.consent_purpose_name, json_write_str)
    put_json(result, "ConsentSourceId", value.consent_source_id, json_write_int)
    put_json(result, "ConsentSourceKey", value.consent_source_key, json_write_str)
    put_json(result, "ConsentSourceName", value.consent_source_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONSENT_INFO_CODEC = Codec(
    decode_xml_consent_info,
    encode_xml_consent_info,
    decode_json_consent_info,
    encode_json_consent_info,
)


def decode_xml_list_of_consent_info(element: Element) -> list[ConsentInfo | None]:
    """``ArrayOfConsentInfo``: a list of ``ConsentInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_consent_info(child))
        for child in element
        if child.tag == _CONSENT_INFO
    ]


def encode_xml_list_of_consent_info(
    parent: Element | None, tag: str, value: list[ConsentInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONSENT_INFO, item, encode_xml_consent_info)
    return element


def decode_json_list_of_consent_info(data: Any, path: str) -> list[ConsentInfo | None]:
    return json_items_nillable(data, path, decode_json_consent_info)


def encode_json_list_of_consent_info(value: list[ConsentInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_consent_info(item)) for item in value]


LIST_OF_CONSENT_INFO_CODEC = Codec(
    decode_xml_list_of_consent_info,
    encode_xml_list_of_consent_info,
    decode_json_list_of_consent_info,
    encode_json_list_of_consent_info,
)
