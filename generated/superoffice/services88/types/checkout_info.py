"""Services88 types: CheckoutInfo.

Used by the Document agent.
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
    take,
    take_int,
    take_str_nillable,
    write_int,
    write_str,
)
from .checkout_state import (
    CheckoutState,
    decode_json_checkout_state,
    decode_xml_checkout_state,
    encode_json_checkout_state,
    encode_xml_checkout_state,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CHECKOUT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CheckoutInfo"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"


@dataclasses.dataclass(kw_only=True, repr=False)
class CheckoutInfo(Record):
    """The ``CheckoutInfo`` record."""

    state: CheckoutState | str | Unset = UNSET
    associate_id: int | Unset = UNSET
    name: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_checkout_info(None, _CHECKOUT_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CheckoutInfo:
        return record_from_xml(decode_xml_checkout_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_checkout_info(self)

    @classmethod
    def from_json(cls, data: Any) -> CheckoutInfo:
        return record_from_json(decode_json_checkout_info, data)


_CHECKOUT_INFO_KEYS = frozenset(
    (
        "State",
        "AssociateId",
        "Name",
    )
)


def decode_xml_checkout_info(element: Element) -> CheckoutInfo:
    value = CheckoutInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _STATE:
            value.state = decode_xml_checkout_state(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_checkout_info(parent: Element | None, tag: str, value: CheckoutInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _STATE, value.state, encode_xml_checkout_state)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _NAME, value.name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_checkout_info(data: Any, path: str) -> CheckoutInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CheckoutInfo)
    value.state = take(data, "State", path, decode_json_checkout_state)
    value.associate_id = take_int(data, "AssociateId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.extra = (
        None if _CHECKOUT_INFO_KEYS.issuperset(data) else json_extra(data, _CHECKOUT_INFO_KEYS)
    )
    return value


def encode_json_checkout_info(value: CheckoutInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "State", value.state, encode_json_checkout_state)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHECKOUT_INFO_CODEC = Codec(
    decode_xml_checkout_info,
    encode_xml_checkout_info,
    decode_json_checkout_info,
    encode_json_checkout_info,
)
