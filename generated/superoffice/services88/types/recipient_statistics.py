"""Services88 types: RecipientStatistics.

Used by the Selection agent.
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
    json_extra,
    json_object,
    json_write_int,
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
    write_int,
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NO_ADDRESSES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NoAddresses"
_NO_FAX_OR_EMAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NoFaxOrEmails"
_RECIPIENT_STATISTICS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecipientStatistics"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOTAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Total"
_VALID_EMAIL_ADDRESSES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidEmailAddresses"
)
_VALID_FAX_NUMBERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidFaxNumbers"
_VALID_POSTAL_ADDRESSES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidPostalAddresses"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class RecipientStatistics(Carrier):
    """Class representing a RecipientStatistics carrier used for counting attributes on selection
    members.

    Carrier object for RecipientStatistics.
    """

    total: int | Unset = UNSET
    """Total number of members."""
    valid_postal_addresses: int | Unset = UNSET
    """Number of members with a valid postal address."""
    valid_email_addresses: int | Unset = UNSET
    """Number of members with a valid email address."""
    valid_fax_numbers: int | Unset = UNSET
    """Number of members with a valid fax number."""
    no_addresses: int | Unset = UNSET
    """Number of members with an invalid address."""
    no_fax_or_emails: int | Unset = UNSET
    """Number of members with no fax or email address."""

    def to_xml(self) -> Element:
        return encode_xml_recipient_statistics(None, _RECIPIENT_STATISTICS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RecipientStatistics:
        return record_from_xml(decode_xml_recipient_statistics, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_recipient_statistics(self)

    @classmethod
    def from_json(cls, data: Any) -> RecipientStatistics:
        return record_from_json(decode_json_recipient_statistics, data)


_RECIPIENT_STATISTICS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Total",
        "ValidPostalAddresses",
        "ValidEmailAddresses",
        "ValidFaxNumbers",
        "NoAddresses",
        "NoFaxOrEmails",
    )
)


def decode_xml_recipient_statistics(element: Element) -> RecipientStatistics:
    value = RecipientStatistics()
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
        elif tag == _TOTAL:
            value.total = read_int(child)
        elif tag == _VALID_POSTAL_ADDRESSES:
            value.valid_postal_addresses = read_int(child)
        elif tag == _VALID_EMAIL_ADDRESSES:
            value.valid_email_addresses = read_int(child)
        elif tag == _VALID_FAX_NUMBERS:
            value.valid_fax_numbers = read_int(child)
        elif tag == _NO_ADDRESSES:
            value.no_addresses = read_int(child)
        elif tag == _NO_FAX_OR_EMAILS:
            value.no_fax_or_emails = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_recipient_statistics(
    parent: Element | None, tag: str, value: RecipientStatistics
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TOTAL, value.total, write_int)
    put(element, _VALID_POSTAL_ADDRESSES, value.valid_postal_addresses, write_int)
    put(element, _VALID_EMAIL_ADDRESSES, value.valid_email_addresses, write_int)
    put(element, _VALID_FAX_NUMBERS, value.valid_fax_numbers, write_int)
    put(element, _NO_ADDRESSES, value.no_addresses, write_int)
    put(element, _NO_FAX_OR_EMAILS, value.no_fax_or_emails, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_recipient_statistics(data: Any, path: str) -> RecipientStatistics:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RecipientStatistics)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.total = take_int(data, "Total", path)
    value.valid_postal_addresses = take_int(data, "ValidPostalAddresses", path)
    value.valid_email_addresses = take_int(data, "ValidEmailAddresses", path)
    value.valid_fax_numbers = take_int(data, "ValidFaxNumbers", path)
    value.no_addresses = take_int(data, "NoAddresses", path)
    value.no_fax_or_emails = take_int(data, "NoFaxOrEmails", path)
    value.extra = (
        None
        if _RECIPIENT_STATISTICS_KEYS.issuperset(data)
        else json_extra(data, _RECIPIENT_STATISTICS_KEYS)
    )
    return value


def encode_json_recipient_statistics(value: RecipientStatistics) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Total", value.total, json_write_int)
    put_json(result, "ValidPostalAddresses", value.valid_postal_addresses, json_write_int)
    put_json(result, "ValidEmailAddresses", value.valid_email_addresses, json_write_int)
    put_json(result, "ValidFaxNumbers", value.valid_fax_numbers, json_write_int)
    put_json(result, "NoAddresses", value.no_addresses, json_write_int)
    put_json(result, "NoFaxOrEmails", value.no_fax_or_emails, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RECIPIENT_STATISTICS_CODEC = Codec(
    decode_xml_recipient_statistics,
    encode_xml_recipient_statistics,
    decode_json_recipient_statistics,
    encode_json_recipient_statistics,
)
