"""Services88 types: ArrayOfCountry, Country.

Used by 5 agents.
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

_ADDRESS_LAYOUT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AddressLayoutId"
_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Country"
_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryId"
_CURRENCY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrencyId"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DIAL_IN_PREFIX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DialInPrefix"
_DOMAIN_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DomainName"
_DOMESTIC_ADDRESS_LAYOUT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DomesticAddressLayoutId"
)
_ENGLISH_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EnglishName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOREIGN_ADDRESS_LAYOUT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForeignAddressLayoutId"
)
_IMAGE_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImageDescription"
_INTER_AREA_PREFIX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InterAreaPrefix"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_ORG_NR_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OrgNrText"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_THREE_LETTER_ISO_COUNTRY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ThreeLetterISOCountry"
)
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TWO_LETTER_ISO_COUNTRY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TwoLetterISOCountry"
)
_ZIP_PREFIX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ZipPrefix"


@dataclasses.dataclass(kw_only=True, repr=False)
class Country(Carrier):
    """Carrier object for Country. Services for the Country Carrier is available from the List
    Agent.
    """

    country_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of country in installed language"""
    currency_id: int | Unset = UNSET
    """Default currency for this country"""
    english_name: str | None | Unset = UNSET
    """Name of country in english"""
    two_letter_iso_country: str | None | Unset = UNSET
    """Two-letter country-code according to ISO3166"""
    three_letter_iso_country: str | None | Unset = UNSET
    """Three-letter country-code according to ISO3166"""
    image_description: str | None | Unset = UNSET
    """Description of the country's flag image. (This is the country flag that is displayed in the
    CRM client)
    """
    org_nr_text: str | None | Unset = UNSET
    """Lead text for organisation field"""
    inter_area_prefix: str | None | Unset = UNSET
    """International prefix"""
    dial_in_prefix: str | None | Unset = UNSET
    """Dial in prefix"""
    zip_prefix: str | None | Unset = UNSET
    """Post prefix"""
    domain_name: str | None | Unset = UNSET
    """Domain name of the country"""
    address_layout_id: int | Unset = UNSET
    """Address layout of the country"""
    domestic_address_layout_id: int | Unset = UNSET
    """Domestic address layout of the country"""
    foreign_address_layout_id: int | Unset = UNSET
    """Foreign address layout of the country"""
    rank: int | Unset = UNSET
    """The rank of the country"""
    tooltip: str | None | Unset = UNSET
    """The tooltip of the country"""
    deleted: bool | Unset = UNSET
    """true if the country is deleted"""

    def to_xml(self) -> Element:
        return encode_xml_country(None, _COUNTRY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Country:
        return record_from_xml(decode_xml_country, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_country(self)

    @classmethod
    def from_json(cls, data: Any) -> Country:
        return record_from_json(decode_json_country, data)


_COUNTRY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CountryId",
        "Name",
        "CurrencyId",
        "EnglishName",
        "TwoLetterISOCountry",
        "ThreeLetterISOCountry",
        "ImageDescription",
        "OrgNrText",
        "InterAreaPrefix",
        "DialInPrefix",
        "ZipPrefix",
        "DomainName",
        "AddressLayoutId",
        "DomesticAddressLayoutId",
        "ForeignAddressLayoutId",
        "Rank",
        "Tooltip",
        "Deleted",
    )
)


def decode_xml_country(element: Element) -> Country:
    value = Country()
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
        elif tag == _COUNTRY_ID:
            value.country_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CURRENCY_ID:
            value.currency_id = read_int(child)
        elif tag == _ENGLISH_NAME:
            value.english_name = child.text or empty_or_nil(child)
        elif tag == _TWO_LETTER_ISO_COUNTRY:
            value.two_letter_iso_country = child.text or empty_or_nil(child)
        elif tag == _THREE_LETTER_ISO_COUNTRY:
            value.three_letter_iso_country = child.text or empty_or_nil(child)
        elif tag == _IMAGE_DESCRIPTION:
            value.image_description = child.text or empty_or_nil(child)
        elif tag == _ORG_NR_TEXT:
            value.org_nr_text = child.text or empty_or_nil(child)
        elif tag == _INTER_AREA_PREFIX:
            value.inter_area_prefix = child.text or empty_or_nil(child)
        elif tag == _DIAL_IN_PREFIX:
            value.dial_in_prefix = child.text or empty_or_nil(child)
        elif tag == _ZIP_PREFIX:
            value.zip_prefix = child.text or empty_or_nil(child)
        elif tag == _DOMAIN_NAME:
            value.domain_name = child.text or empty_or_nil(child)
        elif tag == _ADDRESS_LAYOUT_ID:
            value.address_layout_id = read_int(child)
        elif tag == _DOMESTIC_ADDRESS_LAYOUT_ID:
            value.domestic_address_layout_id = read_int(child)
        elif tag == _FOREIGN_ADDRESS_LAYOUT_ID:
            value.foreign_address_layout_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_country(parent: Element | None, tag: str, value: Country) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _COUNTRY_ID, value.country_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _CURRENCY_ID, value.currency_id, write_int)
    put(element, _ENGLISH_NAME, value.english_name, write_str)
    put(element, _TWO_LETTER_ISO_COUNTRY, value.two_letter_iso_country, write_str)
    put(element, _THREE_LETTER_ISO_COUNTRY, value.three_letter_iso_country, write_str)
    put(element, _IMAGE_DESCRIPTION, value.image_description, write_str)
    put(element, _ORG_NR_TEXT, value.org_nr_text, write_str)
    put(element, _INTER_AREA_PREFIX, value.inter_area_prefix, write_str)
    put(element, _DIAL_IN_PREFIX, value.dial_in_prefix, write_str)
    put(element, _ZIP_PREFIX, value.zip_prefix, write_str)
    put(element, _DOMAIN_NAME, value.domain_name, write_str)
    put(element, _ADDRESS_LAYOUT_ID, value.address_layout_id, write_int)
    put(element, _DOMESTIC_ADDRESS_LAYOUT_ID, value.domestic_address_layout_id, write_int)
    put(element, _FOREIGN_ADDRESS_LAYOUT_ID, value.foreign_address_layout_id, write_int)
    put(element, _RANK, value.rank, write_short)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_country(data: Any, path: str) -> Country:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Country)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.country_id = take_int(data, "CountryId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.currency_id = take_int(data, "CurrencyId", path)
    value.english_name = take_str_nillable(data, "EnglishName", path)
    value.two_letter_iso_country = take_str_nillable(data, "TwoLetterISOCountry", path)
    value.three_letter_iso_country = take_str_nillable(data, "ThreeLetterISOCountry", path)
    value.image_description = take_str_nillable(data, "ImageDescription", path)
    value.org_nr_text = take_str_nillable(data, "OrgNrText", path)
    value.inter_area_prefix = take_str_nillable(data, "InterAreaPrefix", path)
    value.dial_in_prefix = take_str_nillable(data, "DialInPrefix", path)
    value.zip_prefix = take_str_nillable(data, "ZipPrefix", path)
    value.domain_name = take_str_nillable(data, "DomainName", path)
    value.address_layout_id = take_int(data, "AddressLayoutId", path)
    value.domestic_address_layout_id = take_int(data, "DomesticAddressLayoutId", path)
    value.foreign_address_layout_id = take_int(data, "ForeignAddressLayoutId", path)
    value.rank = take(data, "Rank", path, json_short)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = None if _COUNTRY_KEYS.issuperset(data) else json_extra(data, _COUNTRY_KEYS)
    return value


def encode_json_country(value: Country) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CountryId", value.country_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "CurrencyId", value.currency_id, json_write_int)
    put_json(result, "EnglishName", value.english_name, json_write_str)
    put_json(result, "TwoLetterISOCountry", value.two_letter_iso_country, json_write_str)
    put_json(result, "ThreeLetterISOCountry", value.three_letter_iso_country, json_write_str)
    put_json(result, "ImageDescription", value.image_description, json_write_str)
    put_json(result, "OrgNrText", value.org_nr_text, json_write_str)
    put_json(result, "InterAreaPrefix", value.inter_area_prefix, json_write_str)
    put_json(result, "DialInPrefix", value.dial_in_prefix, json_write_str)
    put_json(result, "ZipPrefix", value.zip_prefix, json_write_str)
    put_json(result, "DomainName", value.domain_name, json_write_str)
    put_json(result, "AddressLayoutId", value.address_layout_id, json_write_int)
    put_json(result, "DomesticAddressLayoutId", value.domestic_address_layout_id, json_write_int)
    put_json(result, "ForeignAddressLayoutId", value.foreign_address_layout_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


COUNTRY_CODEC = Codec(
    decode_xml_country, encode_xml_country, decode_json_country, encode_json_country
)


def decode_xml_list_of_country(element: Element) -> list[Country | None]:
    """``ArrayOfCountry``: a list of ``Country`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_country(child))
        for child in element
        if child.tag == _COUNTRY
    ]


def encode_xml_list_of_country(
    parent: Element | None, tag: str, value: list[Country | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _COUNTRY, item, encode_xml_country)
    return element


def decode_json_list_of_country(data: Any, path: str) -> list[Country | None]:
    return json_items_nillable(data, path, decode_json_country)


def encode_json_list_of_country(value: list[Country | None]) -> list[Any]:
    return [(None if item is None else encode_json_country(item)) for item in value]


LIST_OF_COUNTRY_CODEC = Codec(
    decode_xml_list_of_country,
    encode_xml_list_of_country,
    decode_json_list_of_country,
    encode_json_list_of_country,
)
