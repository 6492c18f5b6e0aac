"""Services88 types: ArrayOfConsentPurpose, ConsentPurpose.

Used by the List, Person agents.
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
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
    write_int,
    write_short,
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

_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Active"
_CONSENT_PURPOSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPurpose"
_CONSENT_PURPOSE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentPurposeId"
_CONSENT_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConsentText"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORM_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormText"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PRIVACY_STATEMENT_DESC = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrivacyStatementDesc"
)
_PRIVACY_STATEMENT_URL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrivacyStatementUrl"
)
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class ConsentPurpose(Carrier):
    """Carrier object for ConsentPurpose. Services for the ConsentPurpose Carrier is available from
    the List Agent.
    """

    consent_purpose_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of consent purpose"""
    consent_text: str | None | Unset = UNSET
    """Form text used for the actual checkbox"""
    form_text: str | None | Unset = UNSET
    """Text for the consent form, the long text to be shown when asking the end-user for this kind
    of consent
    """
    key: str | None | Unset = UNSET
    """The key used to refer to this purpose, like #Process, #Emarketing etc."""
    tooltip: str | None | Unset = UNSET
    """List item tooltip"""
    active: int | Unset = UNSET
    """Is the consent purpose active or not"""
    updated_date: datetime.datetime | Unset = UNSET
    """The date the consent purpose was last updated in UTC."""
    updated_by: Associate | None | Unset = UNSET
    """The associate that last updated the consent purpose"""
    deleted: bool | Unset = UNSET
    """true if the ConsentPurpose is deleted"""
    rank: int | Unset = UNSET
    """Rank of this consent source"""
    privacy_statement_desc: str | None | Unset = UNSET
    """Name or description for the privacy statement"""
    privacy_statement_url: str | None | Unset = UNSET
    """Url referencing the actual privacy statement"""

    def to_xml(self) -> Element:
        return encode_xml_consent_purpose(None, _CONSENT_PURPOSE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ConsentPurpose:
        return record_from_xml(decode_xml_consent_purpose, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_consent_purpose(self)

    @classmethod
    def from_json(cls, data: Any) -> ConsentPurpose:
        return record_from_json(decode_json_consent_purpose, data)


_CONSENT_PURPOSE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ConsentPurposeId",
        "Name",
        "ConsentText",
        "FormText",
        "Key",
        "Tooltip",
        "Active",
        "UpdatedDate",
        "UpdatedBy",
        "Deleted",
        "Rank",
        "PrivacyStatementDesc",
        "PrivacyStatementUrl",
    )
)


def decode_xml_consent_purpose(element: Element) -> ConsentPurpose:
    value = ConsentPurpose()
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
        elif tag == _CONSENT_PURPOSE_ID:
            value.consent_purpose_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CONSENT_TEXT:
            value.consent_text = child.text or empty_or_nil(child)
        elif tag == _FORM_TEXT:
            value.form_text = child.text or empty_or_nil(child)
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _ACTIVE:
            value.active = read_short(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _PRIVACY_STATEMENT_DESC:
            value.privacy_statement_desc = child.text or empty_or_nil(child)
        elif tag == _PRIVACY_STATEMENT_URL:
            value.privacy_statement_url = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_consent_purpose(parent: Element | None, tag: str, value: ConsentPurpose) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONSENT_PURPOSE_ID, value.consent_purpose_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _CONSENT_TEXT, value.consent_text, write_str)
    put(element, _FORM_TEXT, value.form_text, write_str)
    put(element, _KEY, value.key, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _ACTIVE, value.active, write_short)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_short)
    put(element, _PRIVACY_STATEMENT_DESC, value.privacy_statement_desc, write_str)
    put(element, _PRIVACY_STATEMENT_URL, value.privacy_statement_url, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_consent_purpose(data: Any, path: str) -> ConsentPurpose:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ConsentPurpose)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.consent_purpose_id = take_int(data, "ConsentPurposeId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.consent_text = take_str_nillable(data, "ConsentText", path)
    value.form_text = take_str_nillable(data, "FormText", path)
    value.key = take_str_nillable(data, "Key", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.active = take(data, "Active", path, json_short)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take(data, "Rank", path, json_short)
    value.privacy_statement_desc = take_str_nillable(data, "PrivacyStatementDesc", path)
    value.privacy_statement_url = take_str_nillable(data, "PrivacyStatementUrl", path)
    value.extra = (
        None if _CONSENT_PURPOSE_KEYS.issuperset(data) else json_extra(data, _CONSENT_PURPOSE_KEYS)
    )
    return value


def encode_json_consent_purpose(value: ConsentPurpose) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ConsentPurposeId", value.consent_purpose_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ConsentText", value.consent_text, json_write_str)
    put_json(result, "FormText", value.form_text, json_write_str)
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Active", value.active, json_write_short)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "PrivacyStatementDesc", value.privacy_statement_desc, json_write_str)
    put_json(result, "PrivacyStatementUrl", value.privacy_statement_url, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONSENT_PURPOSE_CODEC = Codec(
    decode_xml_consent_purpose,
    encode_xml_consent_purpose,
    decode_json_consent_purpose,
    encode_json_consent_purpose,
)


def decode_xml_list_of_consent_purpose(element: Element) -> list[ConsentPurpose | None]:
    """``ArrayOfConsentPurpose``: a list of ``ConsentPurpose`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_consent_purpose(child))
        for child in element
        if child.tag == _CONSENT_PURPOSE
    ]


def encode_xml_list_of_consent_purpose(
    parent: Element | None, tag: str, value: list[ConsentPurpose | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONSENT_PURPOSE, item, encode_xml_consent_purpose)
    return element


def decode_json_list_of_consent_purpose(data: Any, path: str) -> list[ConsentPurpose | None]:
    return json_items_nillable(data, path, decode_json_consent_purpose)


def encode_json_list_of_consent_purpose(value: list[ConsentPurpose | None]) -> list[Any]:
    return [(None if item is None else encode_json_consent_purpose(item)) for item in value]


LIST_OF_CONSENT_PURPOSE_CODEC = Codec(
    decode_xml_list_of_consent_purpose,
    encode_xml_list_of_consent_purpose,
    decode_json_list_of_consent_purpose,
    encode_json_list_of_consent_purpose,
)
