"""Services88 types: ArrayOfPersonImage, PersonImage.

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
    Record,
    Unset,
    blank,
    json_bytes,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bytes,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bytes,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    write_bytes,
    write_int,
)

_IMAGE_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImageData"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PERSON_IMAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonImage"


@dataclasses.dataclass(kw_only=True, repr=False)
class PersonImage(Record):
    """Scaled person image

    Carrier object for PersonImage. Services for the PersonImage Carrier is available from the
    Person Agent.
    """

    person_id: int | Unset = UNSET
    """Primary key"""
    image_data: bytes | None | Unset = UNSET
    """Image data in PNG format."""

    def to_xml(self) -> Element:
        return encode_xml_person_image(None, _PERSON_IMAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PersonImage:
        return record_from_xml(decode_xml_person_image, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_person_image(self)

    @classmethod
    def from_json(cls, data: Any) -> PersonImage:
        return record_from_json(decode_json_person_image, data)


_PERSON_IMAGE_KEYS = frozenset(
    (
        "PersonId",
        "ImageData",
    )
)


def decode_xml_person_image(element: Element) -> PersonImage:
    value = PersonImage()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _IMAGE_DATA:
            value.image_data = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_person_image(parent: Element | None, tag: str, value: PersonImage) -> Element:
    element = new_child(parent, tag)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _IMAGE_DATA, value.image_data, write_bytes)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_person_image(data: Any, path: str) -> PersonImage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PersonImage)
    value.person_id = take_int(data, "PersonId", path)
    value.image_data = take_nillable(data, "ImageData", path, json_bytes)
    value.extra = (
        None if _PERSON_IMAGE_KEYS.issuperset(data) else json_extra(data, _PERSON_IMAGE_KEYS)
    )
    return value


def encode_json_person_image(value: PersonImage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ImageData", value.image_data, json_write_bytes)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PERSON_IMAGE_CODEC = Codec(
    decode_xml_person_image,
    encode_xml_person_image,
    decode_json_person_image,
    encode_json_person_image,
)


def decode_xml_list_of_person_image(element: Element) -> list[PersonImage | None]:
    """``ArrayOfPersonImage``: a list of ``PersonImage`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_person_image(child))
        for child in element
        if child.tag == _PERSON_IMAGE
    ]


def encode_xml_list_of_person_image(
    parent: Element | None, tag: str, value: list[PersonImage | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PERSON_IMAGE, item, encode_xml_person_image)
    return element


def decode_json_list_of_person_image(data: Any, path: str) -> list[PersonImage | None]:
    return json_items_nillable(data, path, decode_json_person_image)


def encode_json_list_of_person_image(value: list[PersonImage | None]) -> list[Any]:
    return [(None if item is None else encode_json_person_image(item)) for item in value]


LIST_OF_PERSON_IMAGE_CODEC = Codec(
    decode_xml_list_of_person_image,
    encode_xml_list_of_person_image,
    decode_json_list_of_person_image,
    encode_json_list_of_person_image,
)
