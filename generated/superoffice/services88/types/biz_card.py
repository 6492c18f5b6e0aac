"""Services88 types: BizCard.

Used by the AI agent.
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
    take_nillable,
    take_str_nillable,
    write_str,
)
from .contact_entity import (
    ContactEntity,
    decode_json_contact_entity,
    decode_xml_contact_entity,
    encode_json_contact_entity,
    encode_xml_contact_entity,
)
from .person_entity import (
    PersonEntity,
    decode_json_person_entity,
    decode_xml_person_entity,
    encode_json_person_entity,
    encode_xml_person_entity,
)

_BIZ_CARD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BizCard"
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_LOGO_IMAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LogoImage"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PHOTO_IMAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhotoImage"


@dataclasses.dataclass(kw_only=True, repr=False)
class BizCard(Record):
    """Contains a ContactEntity and a PersonEntity filled with information from a business card.

    Carrier object for BizCard. Services for the BizCard Carrier is available from the AI Agent.
    """

    contact: ContactEntity | None | Unset = UNSET
    """The contact information."""
    person: PersonEntity | None | Unset = UNSET
    """The person information."""
    logo_image: str | None | Unset = UNSET
    """Base64 encoded company logo image, if available."""
    photo_image: str | None | Unset = UNSET
    """Base64 encoded person photo image, if available."""

    def to_xml(self) -> Element:
        return encode_xml_biz_card(None, _BIZ_CARD, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> BizCard:
        return record_from_xml(decode_xml_biz_card, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_biz_card(self)

    @classmethod
    def from_json(cls, data: Any) -> BizCard:
        return record_from_json(decode_json_biz_card, data)


_BIZ_CARD_KEYS = frozenset(
    (
        "Contact",
        "Person",
        "LogoImage",
        "PhotoImage",
    )
)


def decode_xml_biz_card(element: Element) -> BizCard:
    value = BizCard()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CONTACT:
            value.contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact_entity(child)
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person_entity(child)
        elif tag == _LOGO_IMAGE:
            value.logo_image = child.text or empty_or_nil(child)
        elif tag == _PHOTO_IMAGE:
            value.photo_image = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_biz_card(parent: Element | None, tag: str, value: BizCard) -> Element:
    element = new_child(parent, tag)
    put(element, _CONTACT, value.contact, encode_xml_contact_entity)
    put(element, _PERSON, value.person, encode_xml_person_entity)
    put(element, _LOGO_IMAGE, value.logo_image, write_str)
    put(element, _PHOTO_IMAGE, value.photo_image, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_biz_card(data: Any, path: str) -> BizCard:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(BizCard)
    value.contact = take_nillable(data, "Contact", path, decode_json_contact_entity)
    value.person = take_nillable(data, "Person", path, decode_json_person_entity)
    value.logo_image = take_str_nillable(data, "LogoImage", path)
    value.photo_image = take_str_nillable(data, "PhotoImage", path)
    value.extra = None if _BIZ_CARD_KEYS.issuperset(data) else json_extra(data, _BIZ_CARD_KEYS)
    return value


def encode_json_biz_card(value: BizCard) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Contact", value.contact, encode_json_contact_entity)
    put_json(result, "Person", value.person, encode_json_person_entity)
    put_json(result, "LogoImage", value.logo_image, json_write_str)
    put_json(result, "PhotoImage", value.photo_image, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


BIZ_CARD_CODEC = Codec(
    decode_xml_biz_card, encode_xml_biz_card, decode_json_biz_card, encode_json_biz_card
)
