"""Services88 types: ArrayOfCacheInvalidation, CacheInvalidation.

Used by the Diagnostics agent.
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

_CACHE_INVALIDATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CacheInvalidation"
_GENERATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Generation"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"


@dataclasses.dataclass(kw_only=True, repr=False)
class CacheInvalidation(Record):
    """Carrier object for CacheInvalidation. Services for the CacheInvalidation Carrier is
    available from the Diagnostics Agent.
    """

    name: str | None | Unset = UNSET
    """The (unique!) name of the cache, which is often, but not always, the same as a physical
    table name
    """
    generation: int | Unset = UNSET
    """The 'generation number', starts at 1 and goes up for every registered change"""

    def to_xml(self) -> Element:
        return encode_xml_cache_invalidation(None, _CACHE_INVALIDATION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CacheInvalidation:
        return record_from_xml(decode_xml_cache_invalidation, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_cache_invalidation(self)

    @classmethod
    def from_json(cls, data: Any) -> CacheInvalidation:
        return record_from_json(decode_json_cache_invalidation, data)


_CACHE_INVALIDATION_KEYS = frozenset(
    (
        "Name",
        "Generation",
    )
)


def decode_xml_cache_invalidation(element: Element) -> CacheInvalidation:
    value = CacheInvalidation()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _GENERATION:
            value.generation = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_cache_invalidation(
    parent: Element | None, tag: str, value: CacheInvalidation
) -> Element:
    element = new_child(parent, tag)
    put(element, _NAME, value.name, write_str)
    put(element, _GENERATION, value.generation, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_cache_invalidation(data: Any, path: str) -> CacheInvalidation:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CacheInvalidation)
    value.name = take_str_nillable(data, "Name", path)
    value.generation = take_int(data, "Generation", path)
    value.extra = (
        None
        if _CACHE_INVALIDATION_KEYS.issuperset(data)
        else json_extra(data, _CACHE_INVALIDATION_KEYS)
    )
    return value


def encode_json_cache_invalidation(value: CacheInvalidation) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Generation", value.generation, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CACHE_INVALIDATION_CODEC = Codec(
    decode_xml_cache_invalidation,
    encode_xml_cache_invalidation,
    decode_json_cache_invalidation,
    encode_json_cache_invalidation,
)


def decode_xml_list_of_cache_invalidation(element: Element) -> list[CacheInvalidation | None]:
    """``ArrayOfCacheInvalidation``: a list of ``CacheInvalidation`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_cache_invalidation(child))
        for child in element
        if child.tag == _CACHE_INVALIDATION
    ]


def encode_xml_list_of_cache_invalidation(
    parent: Element | None, tag: str, value: list[CacheInvalidation | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CACHE_INVALIDATION, item, encode_xml_cache_invalidation)
    return element


def decode_json_list_of_cache_invalidation(data: Any, path: str) -> list[CacheInvalidation | None]:
    return json_items_nillable(data, path, decode_json_cache_invalidation)


def encode_json_list_of_cache_invalidation(value: list[CacheInvalidation | None]) -> list[Any]:
    return [(None if item is None else encode_json_cache_invalidation(item)) for item in value]


LIST_OF_CACHE_INVALIDATION_CODEC = Codec(
    decode_xml_list_of_cache_invalidation,
    encode_xml_list_of_cache_invalidation,
    decode_json_list_of_cache_invalidation,
    encode_json_list_of_cache_invalidation,
)
