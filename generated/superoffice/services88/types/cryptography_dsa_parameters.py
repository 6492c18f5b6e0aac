"""Services88 types: DSAParameters.

Used by the License, SoPrincipal agents.
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
    Extra,
    Record,
    Unset,
    blank,
    json_bytes,
    json_extra,
    json_int,
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
    take_required,
    take_required_nillable,
    write_bytes,
    write_int,
    xml_missing,
)

_COUNTER = "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}Counter"
_DSA_PARAMETERS = (
    "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}DSAParameters"
)
_G = "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}G"
_J = "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}J"
_P = "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}P"
_Q = "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}Q"
_SEED = "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}Seed"
_Y = "{http://schemas.datacontract.org/2004/07/System.Security.Cryptography}Y"


@dataclasses.dataclass(kw_only=True, repr=False)
class CryptographyDSAParameters(Record):
    """The ``DSAParameters`` record."""

    counter: int
    g: bytes | None
    j: bytes | None
    p: bytes | None
    q: bytes | None
    seed: bytes | None
    y: bytes | None

    def to_xml(self) -> Element:
        return encode_xml_cryptography_dsa_parameters(None, _DSA_PARAMETERS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CryptographyDSAParameters:
        return record_from_xml(decode_xml_cryptography_dsa_parameters, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_cryptography_dsa_parameters(self)

    @classmethod
    def from_json(cls, data: Any) -> CryptographyDSAParameters:
        return record_from_json(decode_json_cryptography_dsa_parameters, data)


_CRYPTOGRAPHY_DSA_PARAMETERS_KEYS = frozenset(
    (
        "Counter",
        "G",
        "J",
        "P",
        "Q",
        "Seed",
        "Y",
    )
)


def decode_xml_cryptography_dsa_parameters(element: Element) -> CryptographyDSAParameters:
    counter: int | Unset = UNSET
    g: bytes | None | Unset = UNSET
    j: bytes | None | Unset = UNSET
    p: bytes | None | Unset = UNSET
    q: bytes | None | Unset = UNSET
    seed: bytes | None | Unset = UNSET
    y: bytes | None | Unset = UNSET
    extra: Extra | None = None
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _COUNTER:
            counter = read_int(child)
        elif tag == _G:
            g = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        elif tag == _J:
            j = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        elif tag == _P:
            p = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        elif tag == _Q:
            q = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        elif tag == _SEED:
            seed = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        elif tag == _Y:
            y = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        else:
            extra = keep_element(extra, child, index)
    if isinstance(counter, Unset):
        raise xml_missing(element, "Counter")
    if isinstance(g, Unset):
        raise xml_missing(element, "G")
    if isinstance(j, Unset):
        raise xml_missing(element, "J")
    if isinstance(p, Unset):
        raise xml_missing(element, "P")
    if isinstance(q, Unset):
        raise xml_missing(element, "Q")
    if isinstance(seed, Unset):
        raise xml_missing(element, "Seed")
    if isinstance(y, Unset):
        raise xml_missing(element, "Y")
    return CryptographyDSAParameters(
        counter=counter,
        g=g,
        j=j,
        p=p,
        q=q,
        seed=seed,
        y=y,
        extra=extra,
    )


def encode_xml_cryptography_dsa_parameters(
    parent: Element | None, tag: str, value: CryptographyDSAParameters
) -> Element:
    element = new_child(parent, tag)
    put(element, _COUNTER, value.counter, write_int)
    put(element, _G, value.g, write_bytes)
    put(element, _J, value.j, write_bytes)
    put(element, _P, value.p, write_bytes)
    put(element, _Q, value.q, write_bytes)
    put(element, _SEED, value.seed, write_bytes)
    put(element, _Y, value.y, write_bytes)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_cryptography_dsa_parameters(data: Any, path: str) -> CryptographyDSAParameters:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CryptographyDSAParameters)
    value.counter = take_required(data, "Counter", path, json_int)
    value.g = take_required_nillable(data, "G", path, json_bytes)
    value.j = take_required_nillable(data, "J", path, json_bytes)
    value.p = take_required_nillable(data, "P", path, json_bytes)
    value.q = take_required_nillable(data, "Q", path, json_bytes)
    value.seed = take_required_nillable(data, "Seed", path, json_bytes)
    value.y = take_required_nillable(data, "Y", path, json_bytes)
    value.extra = (
        None
        if _CRYPTOGRAPHY_DSA_PARAMETERS_KEYS.issuperset(data)
        else json_extra(data, _CRYPTOGRAPHY_DSA_PARAMETERS_KEYS)
    )
    return value


def encode_json_cryptography_dsa_parameters(value: CryptographyDSAParameters) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Counter", value.counter, json_write_int)
    put_json(result, "G", value.g, json_write_bytes)
    put_json(result, "J", value.j, json_write_bytes)
    put_json(result, "P", value.p, json_write_bytes)
    put_json(result, "Q", value.q, json_write_bytes)
    put_json(result, "Seed", value.seed, json_write_bytes)
    put_json(result, "Y", value.y, json_write_bytes)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRYPTOGRAPHY_DSA_PARAMETERS_CODEC = Codec(
    decode_xml_cryptography_dsa_parameters,
    encode_xml_cryptography_dsa_parameters,
    decode_json_cryptography_dsa_parameters,
    encode_json_cryptography_dsa_parameters,
)
