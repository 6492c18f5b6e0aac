"""Services88 types: ArrayOfConfigurableScreenDelta, ConfigurableScreenDelta.

Used by the Configuration agent.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .delta_state import (
    DeltaState,
    decode_json_delta_state,
    decode_xml_delta_state,
    encode_json_delta_state,
    encode_xml_delta_state,
)
from .delta_type import (
    DeltaType,
    decode_json_delta_type,
    decode_xml_delta_type,
    encode_json_delta_type,
    encode_xml_delta_type,
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
_APPLIES_TO_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppliesToKey"
_CONFIGURABLE_SCREEN_DELTA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConfigurableScreenDelta"
)
_CONFIGURABLE_SCREEN_DELTA_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConfigurableScreenDeltaId"
)
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DELTA_JSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaJson"
_DELTA_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaState"
_DELTA_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaType"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RECIPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecipeId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class ConfigurableScreenDelta(Carrier):
    """The ``ConfigurableScreenDelta`` record."""

    configurable_screen_delta_id: int | Unset = UNSET
    name: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    delta_json: str | None | Unset = UNSET
    delta_type: DeltaType | str | Unset = UNSET
    delta_state: DeltaState | str | Unset = UNSET
    recipe_id: str | None | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    updated_by: Associate | None | Unset = UNSET
    created_by: Associate | None | Unset = UNSET
    applies_to_ids: list[int] | None | Unset = UNSET
    applies_to_key: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_configurable_screen_delta(None, _CONFIGURABLE_SCREEN_DELTA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ConfigurableScreenDelta:
        return record_from_xml(decode_xml_configurable_screen_delta, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_configurable_screen_delta(self)

    @classmethod
    def from_json(cls, data: Any) -> ConfigurableScreenDelta:
        return record_from_json(decode_json_configurable_screen_delta, data)


_CONFIGURABLE_SCREEN_DELTA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ConfigurableScreenDeltaId",
        "Name",
        "Description",
        "DeltaJson",
        "DeltaType",
        "DeltaState",
        "RecipeId",
        "UpdatedDate",
        "CreatedDate",
        "UpdatedBy",
        "CreatedBy",
        "AppliesToIds",
        "AppliesToKey",
    )
)


def decode_xml_configurable_screen_delta(element: Element) -> ConfigurableScreenDelta:
    value = ConfigurableScreenDelta()
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
        elif tag == _CONFIGURABLE_SCREEN_DELTA_ID:
            value.configurable_screen_delta_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _DELTA_JSON:
            value.delta_json = child.text or empty_or_nil(child)
        elif tag == _DELTA_TYPE:
            value.delta_type = decode_xml_delta_type(child)
        elif tag == _DELTA_STATE:
            value.delta_state = decode_xml_delta_state(child)
        elif tag == _RECIPE_ID:
            value.recipe_id = child.text or empty_or_nil(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _APPLIES_TO_IDS:
            value.applies_to_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _APPLIES_TO_KEY:
            value.applies_to_key = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_configurable_screen_delta(
    parent: Element | None, tag: str, value: ConfigurableScreenDelta
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONFIGURABLE_SCREEN_DELTA_ID, value.configurable_screen_delta_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _DELTA_JSON, value.delta_json, write_str)
    put(element, _DELTA_TYPE, value.delta_type, encode_xml_delta_type)
    put(element, _DELTA_STATE, value.delta_state, encode_xml_delta_state)
    put(element, _RECIPE_ID, value.recipe_id, write_str)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _APPLIES_TO_IDS, value.applies_to_ids, encode_xml_list_of_int)
    put(element, _APPLIES_TO_KEY, value.applies_to_key, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_configurable_screen_delta(data: Any, path: str) -> ConfigurableScreenDelta:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ConfigurableScreenDelta)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.configurable_screen_delta_id = take_int(data, "ConfigurableScreenDeltaId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.delta_json = take_str_nillable(data, "DeltaJson", path)
    value.delta_type = take(data, "DeltaType", path, decode_json_delta_type)
    value.delta_state = take(data, "DeltaState", path, decode_json_delta_state)
    value.recipe_id = take_str_nillable(data, "RecipeId", path)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.applies_to_ids = take_nillable(data, "AppliesToIds", path, decode_json_list_of_int)
    value.applies_to_key = take_str_nillable(data, "AppliesToKey", path)
    value.extra = (
        None
        if _CONFIGURABLE_SCREEN_DELTA_KEYS.issuperset(data)
        else json_extra(data, _CONFIGURABLE_SCREEN_DELTA_KEYS)
    )
    return value


def encode_json_configurable_screen_delta(value: ConfigurableScreenDelta) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result, "ConfigurableScreenDeltaId", value.configurable_screen_delta_id, json_write_int
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "DeltaJson", value.delta_json, json_write_str)
    put_json(result, "DeltaType", value.delta_type, encode_json_delta_type)
    put_json(result, "DeltaState", value.delta_state, encode_json_delta_state)
    put_json(result, "RecipeId", value.recipe_id, json_write_str)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "AppliesToIds", value.applies_to_ids, encode_json_list_of_int)
    put_json(result, "AppliesToKey", value.applies_to_key, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONFIGURABLE_SCREEN_DELTA_CODEC = Codec(
    decode_xml_configurable_screen_delta,
    encode_xml_configurable_screen_delta,
    decode_json_configurable_screen_delta,
    encode_json_configurable_screen_delta,
)


def decode_xml_list_of_configurable_screen_delta(
    element: Element,
) -> list[ConfigurableScreenDelta | None]:
    """``ArrayOfConfigurableScreenDelta``: a list of ``ConfigurableScreenDelta`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_configurable_screen_delta(child))
        for child in element
        if child.tag == _CONFIGURABLE_SCREEN_DELTA
    ]


def encode_xml_list_of_configurable_screen_delta(
    parent: Element | None, tag: str, value: list[ConfigurableScreenDelta | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONFIGURABLE_SCREEN_DELTA, item, encode_xml_configurable_screen_delta)
    return element


def decode_json_list_of_configurable_screen_delta(
    data: Any, path: str
) -> list[ConfigurableScreenDelta | None]:
    return json_items_nillable(data, path, decode_json_configurable_screen_delta)


def encode_json_list_of_configurable_screen_delta(
    value: list[ConfigurableScreenDelta | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_configurable_screen_delta(item)) for item in value
    ]


LIST_OF_CONFIGURABLE_SCREEN_DELTA_CODEC = Codec(
    decode_xml_list_of_configurable_screen_delta,
    encode_xml_list_of_configurable_screen_delta,
    decode_json_list_of_configurable_screen_delta,
    encode_json_list_of_configurable_screen_delta,
)
