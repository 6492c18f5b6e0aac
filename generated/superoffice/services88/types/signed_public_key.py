"""Services88 types: SignedPublicKey.

Used by the License, SoPrincipal agents.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_object,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_str_nillable,
    write_datetime,
    write_str,
)
from .cryptography_dsa_parameters import (
    CryptographyDSAParameters,
    decode_json_cryptography_dsa_parameters,
    decode_xml_cryptography_dsa_parameters,
    encode_json_cryptography_dsa_parameters,
    encode_xml_cryptography_dsa_parameters,
)

_EXPIRY_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExpiryDate"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_OWNER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerName"
_SIGNATURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Signature"
_SIGNED_PUBLIC_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignedPublicKey"
_SIGN_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class SignedPublicKey(Record):
    """The ``SignedPublicKey`` record."""

    owner_name: str | None | Unset = UNSET
    sign_date: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    key: CryptographyDSAParameters | Unset = UNSET
    signature: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_signed_public_key(None, _SIGNED_PUBLIC_KEY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SignedPublicKey:
        return record_from_xml(decode_xml_signed_public_key, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_signed_public_key(self)

    @classmethod
    def from_json(cls, data: Any) -> SignedPublicKey:
        return record_from_json(decode_json_signed_public_key, data)


_SIGNED_PUBLIC_KEY_KEYS = frozenset(
    (
        "OwnerName",
        "SignDate",
        "ExpiryDate",
        "Key",
        "Signature",
    )
)


def decode_xml_signed_public_key(element: Element) -> SignedPublicKey:
    value = SignedPublicKey()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _OWNER_NAME:
            value.owner_name = child.text or empty_or_nil(child)
        elif tag == _SIGN_DATE:
            value.sign_date = read_datetime(child)
        elif tag == _EXPIRY_DATE:
            value.expiry_date = read_datetime(child)
        elif tag == _KEY:
            value.key = decode_xml_cryptography_dsa_parameters(child)
        elif tag == _SIGNATURE:
            value.signature = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_signed_public_key(
    parent: Element | None, tag: str, value: SignedPublicKey
) -> Element:
    element = new_child(parent, tag)
    put(element, _OWNER_NAME, value.owner_name, write_str)
    put(element, _SIGN_DATE, value.sign_date, write_datetime)
    put(element, _EXPIRY_DATE, value.expiry_date, write_datetime)
    put(element, _KEY, value.key, encode_xml_cryptography_dsa_parameters)
    put(element, _SIGNATURE, value.signature, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_signed_public_key(data: Any, path: str) -> SignedPublicKey:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SignedPublicKey)
    value.owner_name = take_str_nillable(data, "OwnerName", path)
    value.sign_date = take(data, "SignDate", path, json_datetime)
    value.expiry_date = take(data, "ExpiryDate", path, json_datetime)
    value.key = take(data, "Key", path, decode_json_cryptography_dsa_parameters)
    value.signature = take_str_nillable(data, "Signature", path)
    value.extra = (
        None
        if _SIGNED_PUBLIC_KEY_KEYS.issuperset(data)
        else json_extra(data, _SIGNED_PUBLIC_KEY_KEYS)
    )
    return value


def encode_json_signed_public_key(value: SignedPublicKey) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "OwnerName", value.owner_name, json_write_str)
    put_json(result, "SignDate", value.sign_date, json_write_datetime)
    put_json(result, "ExpiryDate", value.expiry_date, json_write_datetime)
    put_json(result, "Key", value.key, encode_json_cryptography_dsa_parameters)
    put_json(result, "Signature", value.signature, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SIGNED_PUBLIC_KEY_CODEC = Codec(
    decode_xml_signed_public_key,
    encode_xml_signed_public_key,
    decode_json_signed_public_key,
    encode_json_signed_public_key,
)
