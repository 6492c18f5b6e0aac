"""Services88 types: Address, ArrayOfAddress.

Used by 10 agents.
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
    json_float,
    json_items_nillable,
    json_object,
    json_write_float,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_float,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_float,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .localized_field import (
    LocalizedField,
    decode_json_list_of_list_of_localized_field,
    decode_xml_list_of_list_of_localized_field,
    encode_json_list_of_list_of_localized_field,
    encode_xml_list_of_list_of_localized_field,
)
from .structured_address import (
    StructuredAddress,
    decode_json_structured_address,
    decode_xml_structured_address,
    encode_json_structured_address,
    encode_xml_structured_address,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORMATTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Formatted"
_LOCALIZED_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LocalizedAddress"
_POSTAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Postal"
_STREET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Street"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WGS_84_LATITUDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Wgs84Latitude"
_WGS_84_LONGITUDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Wgs84Longitude"


@dataclasses.dataclass(kw_only=True, repr=False)
class Address(Carrier):
    """Street and/or Postal address, in both formatted and structured forms. You only need to
    modify one of the two for the change to be registered.

    Carrier object for Address.
    """

    wgs_84_latitude: float | Unset = UNSET
    """Latitude (that's north/south), decimal degrees, relative to WGS 84 ellipsoid. SuperOffice
    ASA is at 59.91892. This value needs no further grid reference or other qualifying
    information.
    """
    wgs_84_longitude: float | Unset = UNSET
    """Longitude (that's East/west), decimal degrees, relative to WGS 84 ellipsoid. SuperOffice ASA
    is at 10.73159. This value needs no further grid reference or other qualifying information.
    """
    localized_address: list[list[LocalizedField | None] | None] | None | Unset = UNSET
    """LocalizedFieldArray is a list of LocalizedFieldList objects. Used to store localized
    information such as formatted address data.
    """
    street: StructuredAddress | None | Unset = UNSET
    """Street address (company street, person address, delivery address). LocalizedAddress changes
    override this property, so you do not have to change both Localized and this.
    """
    postal: StructuredAddress | None | Unset = UNSET
    """Postal address (company postal, billing address). LocalizedAddress changes override this
    property, so you do not have to change both Localized and this.
    """
    formatted: str | None | Unset = UNSET
    """Read-only formatted address multi-line string. Combines street and postal into one string.
    e.g.: &lt;c&gt;"Postboks 123,\\nBrugata 123,\\n1234 OSLO\\n"&lt;/c&gt; or &lt;c&gt;"Postbox
    123,\\nBridgelane 123,\\nWest Tooting,\\nEast Shire ES2 W31\\n"&lt;/c&gt;.
    """

    def to_xml(self) -> Element:
        return encode_xml_address(None, _ADDRESS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Address:
        return record_from_xml(decode_xml_address, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_address(self)

    @classmethod
    def from_json(cls, data: Any) -> Address:
        return record_from_json(decode_json_address, data)


_ADDRESS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Wgs84Latitude",
        "Wgs84Longitude",
        "LocalizedAddress",
        "Street",
        "Postal",
        "Formatted",
    )
)


def decode_xml_address(element: Element) -> Address:
    value = Address()
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
        elif tag == _WGS_84_LATITUDE:
            value.wgs_84_latitude = read_float(child)
        elif tag == _WGS_84_LONGITUDE:
            value.wgs_84_longitude = read_float(child)
        elif tag == _LOCALIZED_ADDRESS:
            value.localized_address = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_list_of_localized_field(child)
            )
        elif tag == _STREET:
            value.street = (
                None if child.get(XSI_NIL) in NIL else decode_xml_structured_address(child)
            )
        elif tag == _POSTAL:
            value.postal = (
                None if child.get(XSI_NIL) in NIL else decode_xml_structured_address(child)
            )
        elif tag == _FORMATTED:
            value.formatted = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_address(parent: Element | None, tag: str, value: Address) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _WGS_84_LATITUDE, value.wgs_84_latitude, write_float)
    put(element, _WGS_84_LONGITUDE, value.wgs_84_longitude, write_float)
    put(
        element,
        _LOCALIZED_ADDRESS,
        value.localized_address,
        encode_xml_list_of_list_of_localized_field,
    )
    put(element, _STREET, value.street, encode_xml_structured_address)
    put(element, _POSTAL, value.postal, encode_xml_structured_address)
    put(element, _FORMATTED, value.formatted, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_address(data: Any, path: str) -> Address:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Address)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.wgs_84_latitude = take(data, "Wgs84Latitude", path, json_float)
    value.wgs_84_longitude = take(data, "Wgs84Longitude", path, json_float)
    value.localized_address = take_nillable(
        data, "LocalizedAddress", path, decode_json_list_of_list_of_localized_field
    )
    value.street = take_nillable(data, "Street", path, decode_json_structured_address)
    value.postal = take_nillable(data, "Postal", path, decode_json_structured_address)
    value.formatted = take_str_nillable(data, "Formatted", path)
    value.extra = None if _ADDRESS_KEYS.issuperset(data) else json_extra(data, _ADDRESS_KEYS)
    return value


def encode_json_address(value: Address) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Wgs84Latitude", value.wgs_84_latitude, json_write_float)
    put_json(result, "Wgs84Longitude", value.wgs_84_longitude, json_write_float)
    put_json(
        result,
        "LocalizedAddress",
        value.localized_address,
        encode_json_list_of_list_of_localized_field,
    )
    put_json(result, "Street", value.street, encode_json_structured_address)
    put_json(result, "Postal", value.postal, encode_json_structured_address)
    put_json(result, "Formatted", value.formatted, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ADDRESS_CODEC = Codec(
    decode_xml_address, encode_xml_address, decode_json_address, encode_json_address
)


def decode_xml_list_of_address(element: Element) -> list[Address | None]:
    """``ArrayOfAddress``: a list of ``Address`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_address(child))
        for child in element
        if child.tag == _ADDRESS
    ]


def encode_xml_list_of_address(
    parent: Element | None, tag: str, value: list[Address | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ADDRESS, item, encode_xml_address)
    return element


def decode_json_list_of_address(data: Any, path: str) -> list[Address | None]:
    return json_items_nillable(data, path, decode_json_address)


def encode_json_list_of_address(value: list[Address | None]) -> list[Any]:
    return [(None if item is None else encode_json_address(item)) for item in value]


LIST_OF_ADDRESS_CODEC = Codec(
    decode_xml_list_of_address,
    encode_xml_list_of_address,
    decode_json_list_of_address,
    encode_json_list_of_address,
)
