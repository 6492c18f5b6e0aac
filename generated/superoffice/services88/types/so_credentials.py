"""Services88 types: SoCredentials.

Used by 58 agents.
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
    take_str_nillable,
    write_str,
)

_SO_CREDENTIALS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoCredentials"
_TICKET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Ticket"


@dataclasses.dataclass(kw_only=True, repr=False)
class SoCredentials(Record):
    """The ``SoCredentials`` record."""

    ticket: str | None | Unset = dataclasses.field(default=UNSET, repr=False)

    def to_xml(self) -> Element:
        return encode_xml_so_credentials(None, _SO_CREDENTIALS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SoCredentials:
        return record_from_xml(decode_xml_so_credentials, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_so_credentials(self)

    @classmethod
    def from_json(cls, data: Any) -> SoCredentials:
        return record_from_json(decode_json_so_credentials, data)


_SO_CREDENTIALS_KEYS = frozenset(("Ticket",))


def decode_xml_so_credentials(element: Element) -> SoCredentials:
    value = SoCredentials()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TICKET:
            value.ticket = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_so_credentials(parent: Element | None, tag: str, value: SoCredentials) -> Element:
    element = new_child(parent, tag)
    put(element, _TICKET, value.ticket, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_so_credentials(data: Any, path: str) -> SoCredentials:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SoCredentials)
    value.ticket = take_str_nillable(data, "Ticket", path)
    value.extra = (
        None if _SO_CREDENTIALS_KEYS.issuperset(data) else json_extra(data, _SO_CREDENTIALS_KEYS)
    )
    return value


def encode_json_so_credentials(value: SoCredentials) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Ticket", value.ticket, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SO_CREDENTIALS_CODEC = Codec(
    decode_xml_so_credentials,
    encode_xml_so_credentials,
    decode_json_so_credentials,
    encode_json_so_credentials,
)
