"""Services88 types: StructuredAddress.

Used by 10 agents.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_str_nillable,
    write_str,
)
from .address_type import (
    AddressType,
    decode_json_address_type,
    decode_xml_address_type,
    encode_json_address_type,
    encode_xml_address_type,
)

_ADDRESS_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address1"
_ADDRESS_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address2"
_ADDRESS_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address3"
_ATYPE_IDX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AtypeIdx"
_CITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}City"
_COUNTY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}County"
_FORMATTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Formatted"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"
_STRUCTURED_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StructuredAddress"
_ZIPCODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Zipcode"


@dataclasses.dataclass(kw_only=True, repr=False)
class StructuredAddress(Record):
    """Address with structured fields (Address1, City, Zip) - does not vary its layout by country,
    unliked the formatted address.

    Carrier object for StructuredAddress.
    """

    atype_idx: AddressType | str | Unset = UNSET
    """Bit mask, combines address type (EAddressType) and owner type (EOwnerType)"""
    address_1: str | None | Unset = UNSET
    """Address line 1"""
    address_2: str | None | Unset = UNSET
    """Address line 2"""
    address_3: str | None | Unset = UNSET
    """Address line 3"""
    city: str | None | Unset = UNSET
    """City corresponding to zip code"""
    county: str | None | Unset = UNSET
    """County (not country)"""
    state: str | None | Unset = UNSET
    """State"""
    zipcode: str | None | Unset = UNSET
    """Zip code, alphanumeric"""
    formatted: str | None | Unset = UNSET
    """Read-only formatted address multi-line string. e.g.: &lt;c&gt;"Brugata 123,\\n1234
    OSLO\\n"&lt;/c&gt; or &lt;c&gt;"Bridgelane 123,\\nWest Tooting,\\nThe Shire ES2
    W31\\n"&lt;/c&gt;.
    """

    def to_xml(self) -> Element:
        return encode_xml_structured_address(None, _STRUCTURED_ADDRESS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> StructuredAddress:
        return record_from_xml(decode_xml_structured_address, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_structured_address(self)

    @classmethod
    def from_json(cls, data: Any) -> StructuredAddress:
        return record_from_json(decode_json_structured_address, data)


_STRUCTURED_ADDRESS_KEYS = frozenset(
    (
        "AtypeIdx",
        "Address1",
        "Address2",
        "Address3",
        "City",
        "County",
        "State",
        "Zipcode",
        "Formatted",
    )
)


def decode_xml_structured_address(element: Element) -> StructuredAddress:
    value = StructuredAddress()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _ATYPE_IDX:
            value.atype_idx = decode_xml_address_type(child)
        elif tag == _ADDRESS_1:
            value.address_1 = child.text or empty_or_nil(child)
        elif tag == _ADDRESS_2:
            value.address_2 = child.text or empty_or_nil(child)
        elif tag == _ADDRESS_3:
            value.address_3 = child.text or empty_or_nil(child)
        elif tag == _CITY:
            value.city = child.text or empty_or_nil(child)
        elif tag == _COUNTY:
            value.county = child.text or empty_or_nil(child)
        elif tag == _STATE:
            value.state = child.text or empty_or_nil(child)
        elif tag == _ZIPCODE:
            value.zipcode = child.text or empty_or_nil(child)
        elif tag == _FORMATTED:
            value.formatted = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_structured_address(
    parent: Element | None, tag: str, value: StructuredAddress
) -> Element:
    element = new_child(parent, tag)
    put(element, _ATYPE_IDX, value.atype_idx, encode_xml_address_type)
    put(element, _ADDRESS_1, value.address_1, write_str)
    put(element, _ADDRESS_2, value.address_2, write_str)
    put(element, _ADDRESS_3, value.address_3, write_str)
    put(element, _CITY, value.city, write_str)
    put(element, _COUNTY, value.county, write_str)
    put(element, _STATE, value.state, write_str)
    put(element, _ZIPCODE, value.zipcode, write_str)
    put(element, _FORMATTED, value.formatted, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_structured_address(data: Any, path: str) -> StructuredAddress:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(StructuredAddress)
    value.atype_idx = take(data, "AtypeIdx", path, decode_json_address_type)
    value.address_1 = take_str_nillable(data, "Address1", path)
    value.address_2 = take_str_nillable(data, "Address2", path)
    value.address_3 = take_str_nillable(data, "Address3", path)
    value.city = take_str_nillable(data, "City", path)
    value.county = take_str_nillable(data, "County", path)
    value.state = take_str_nillable(data, "State", path)
    value.zipcode = take_str_nillable(data, "Zipcode", path)
    value.formatted = take_str_nillable(data, "Formatted", path)
    value.extra = (
        None
        if _STRUCTURED_ADDRESS_KEYS.issuperset(data)
        else json_extra(data, _STRUCTURED_ADDRESS_KEYS)
    )
    return value


def encode_json_structured_address(value: StructuredAddress) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "AtypeIdx", value.atype_idx, encode_json_address_type)
    put_json(result, "Address1", value.address_1, json_write_str)
    put_json(result, "Address2", value.address_2, json_write_str)
    put_json(result, "Address3", value.address_3, json_write_str)
    put_json(result, "City", value.city, json_write_str)
    put_json(result, "County", value.county, json_write_str)
    put_json(result, "State", value.state, json_write_str)
    put_json(result, "Zipcode", value.zipcode, json_write_str)
    put_json(result, "Formatted", value.formatted, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


STRUCTURED_ADDRESS_CODEC = Codec(
    decode_xml_structured_address,
    encode_xml_structured_address,
    decode_json_structured_address,
    encode_json_structured_address,
)
