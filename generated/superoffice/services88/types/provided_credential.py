"""Services88 types: ArrayOfProvidedCredential, ProvidedCredential.

Used by the SoPrincipal agent.
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
    json_items_nillable,
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
    take_int,
    take_str_nillable,
    write_int,
    write_str,
)

_CREDENTIAL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CredentialId"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_PROVIDED_CREDENTIAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProvidedCredential"
_SEARCH_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchName"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProvidedCredential(Record):
    """The ``ProvidedCredential`` record."""

    type: str | None | Unset = UNSET
    search_name: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    credential_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_provided_credential(None, _PROVIDED_CREDENTIAL, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProvidedCredential:
        return record_from_xml(decode_xml_provided_credential, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_provided_credential(self)

    @classmethod
    def from_json(cls, data: Any) -> ProvidedCredential:
        return record_from_json(decode_json_provided_credential, data)


_PROVIDED_CREDENTIAL_KEYS = frozenset(
    (
        "Type",
        "SearchName",
        "DisplayName",
        "CredentialId",
    )
)


def decode_xml_provided_credential(element: Element) -> ProvidedCredential:
    value = ProvidedCredential()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _SEARCH_NAME:
            value.search_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _CREDENTIAL_ID:
            value.credential_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_provided_credential(
    parent: Element | None, tag: str, value: ProvidedCredential
) -> Element:
    element = new_child(parent, tag)
    put(element, _TYPE, value.type, write_str)
    put(element, _SEARCH_NAME, value.search_name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _CREDENTIAL_ID, value.credential_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_provided_credential(data: Any, path: str) -> ProvidedCredential:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProvidedCredential)
    value.type = take_str_nillable(data, "Type", path)
    value.search_name = take_str_nillable(data, "SearchName", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.credential_id = take_int(data, "CredentialId", path)
    value.extra = (
        None
        if _PROVIDED_CREDENTIAL_KEYS.issuperset(data)
        else json_extra(data, _PROVIDED_CREDENTIAL_KEYS)
    )
    return value


def encode_json_provided_credential(value: ProvidedCredential) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "SearchName", value.search_name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "CredentialId", value.credential_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROVIDED_CREDENTIAL_CODEC = Codec(
    decode_xml_provided_credential,
    encode_xml_provided_credential,
    decode_json_provided_credential,
    encode_json_provided_credential,
)


def decode_xml_list_of_provided_credential(element: Element) -> list[ProvidedCredential | None]:
    """``ArrayOfProvidedCredential``: a list of ``ProvidedCredential`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_provided_credential(child))
        for child in element
        if child.tag == _PROVIDED_CREDENTIAL
    ]


def encode_xml_list_of_provided_credential(
    parent: Element | None, tag: str, value: list[ProvidedCredential | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PROVIDED_CREDENTIAL, item, encode_xml_provided_credential)
    return element


def decode_json_list_of_provided_credential(
    data: Any, path: str
) -> list[ProvidedCredential | None]:
    return json_items_nillable(data, path, decode_json_provided_credential)


def encode_json_list_of_provided_credential(value: list[ProvidedCredential | None]) -> list[Any]:
    return [(None if item is None else encode_json_provided_credential(item)) for item in value]


LIST_OF_PROVIDED_CREDENTIAL_CODEC = Codec(
    decode_xml_list_of_provided_credential,
    encode_xml_list_of_provided_credential,
    decode_json_list_of_provided_credential,
    encode_json_list_of_provided_credential,
)
