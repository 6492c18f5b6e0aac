"""Services88 types: DeltaQuery.

Used by the Configuration agent.
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
from .carrier import Carrier
from .delta_state import (
    DeltaState,
    decode_json_list_of_delta_state,
    decode_xml_list_of_delta_state,
    encode_json_list_of_delta_state,
    encode_xml_list_of_delta_state,
)
from .delta_type import (
    DeltaType,
    decode_json_list_of_delta_type,
    decode_xml_list_of_delta_type,
    encode_json_list_of_delta_type,
    encode_xml_list_of_delta_type,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_APPLIES_TO_IDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppliesToIds"
_DELTA_QUERY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaQuery"
_DELTA_STATES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaStates"
_DELTA_TYPES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaTypes"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RECIPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecipeId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DeltaQuery(Carrier):
    """The ``DeltaQuery`` record."""

    recipe_id: str | None | Unset = UNSET
    delta_states: list[DeltaState | str] | None | Unset = UNSET
    delta_types: list[DeltaType | str] | None | Unset = UNSET
    applies_to_ids: list[int] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_delta_query(None, _DELTA_QUERY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DeltaQuery:
        return record_from_xml(decode_xml_delta_query, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_delta_query(self)

    @classmethod
    def from_json(cls, data: Any) -> DeltaQuery:
        return record_from_json(decode_json_delta_query, data)


_DELTA_QUERY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "RecipeId",
        "DeltaStates",
        "DeltaTypes",
        "AppliesToIds",
    )
)


def decode_xml_delta_query(element: Element) -> DeltaQuery:
    value = DeltaQuery()
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
        elif tag == _RECIPE_ID:
            value.recipe_id = child.text or empty_or_nil(child)
        elif tag == _DELTA_STATES:
            value.delta_states = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_delta_state(child)
            )
        elif tag == _DELTA_TYPES:
            value.delta_types = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_delta_type(child)
            )
        elif tag == _APPLIES_TO_IDS:
            value.applies_to_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_delta_query(parent: Element | None, tag: str, value: DeltaQuery) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _RECIPE_ID, value.recipe_id, write_str)
    put(element, _DELTA_STATES, value.delta_states, encode_xml_list_of_delta_state)
    put(element, _DELTA_TYPES, value.delta_types, encode_xml_list_of_delta_type)
    put(element, _APPLIES_TO_IDS, value.applies_to_ids, encode_xml_list_of_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_delta_query(data: Any, path: str) -> DeltaQuery:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DeltaQuery)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.recipe_id = take_str_nillable(data, "RecipeId", path)
    value.delta_states = take_nillable(data, "DeltaStates", path, decode_json_list_of_delta_state)
    value.delta_types = take_nillable(data, "DeltaTypes", path, decode_json_list_of_delta_type)
    value.applies_to_ids = take_nillable(data, "AppliesToIds", path, decode_json_list_of_int)
    value.extra = (
        None if _DELTA_QUERY_KEYS.issuperset(data) else json_extra(data, _DELTA_QUERY_KEYS)
    )
    return value


def encode_json_delta_query(value: DeltaQuery) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "RecipeId", value.recipe_id, json_write_str)
    put_json(result, "DeltaStates", value.delta_states, encode_json_list_of_delta_state)
    put_json(result, "DeltaTypes", value.delta_types, encode_json_list_of_delta_type)
    put_json(result, "AppliesToIds", value.applies_to_ids, encode_json_list_of_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DELTA_QUERY_CODEC = Codec(
    decode_xml_delta_query,
    encode_xml_delta_query,
    decode_json_delta_query,
    encode_json_delta_query,
)
