"""Services88 types: ArrayOfAutomatedCategoryUpdate, AutomatedCategoryUpdate.

Used by the List agent.
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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    write_bool,
    write_int,
)
from .carrier import Carrier
from .category_update_trigger import (
    CategoryUpdateTrigger,
    decode_json_category_update_trigger,
    decode_xml_category_update_trigger,
    encode_json_category_update_trigger,
    encode_xml_category_update_trigger,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_AUTOMATED_CATEGORY_UPDATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutomatedCategoryUpdate"
)
_DEFAULT_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultCategory"
_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Enabled"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LEADSTATUS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LeadstatusId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TRIGGER_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TriggerType"
_USER_CONFIRMATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserConfirmation"


@dataclasses.dataclass(kw_only=True, repr=False)
class AutomatedCategoryUpdate(Carrier):
    """The ``AutomatedCategoryUpdate`` record."""

    enabled: bool | Unset = UNSET
    trigger_type: CategoryUpdateTrigger | str | Unset = UNSET
    user_confirmation: bool | Unset = UNSET
    default_category: int | Unset = UNSET
    leadstatus_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_automated_category_update(None, _AUTOMATED_CATEGORY_UPDATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AutomatedCategoryUpdate:
        return record_from_xml(decode_xml_automated_category_update, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_automated_category_update(self)

    @classmethod
    def from_json(cls, data: Any) -> AutomatedCategoryUpdate:
        return record_from_json(decode_json_automated_category_update, data)


_AUTOMATED_CATEGORY_UPDATE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Enabled",
        "TriggerType",
        "UserConfirmation",
        "DefaultCategory",
        "LeadstatusId",
    )
)


def decode_xml_automated_category_update(element: Element) -> AutomatedCategoryUpdate:
    value = AutomatedCategoryUpdate()
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
        elif tag == _ENABLED:
            value.enabled = read_bool(child)
        elif tag == _TRIGGER_TYPE:
            value.trigger_type = decode_xml_category_update_trigger(child)
        elif tag == _USER_CONFIRMATION:
            value.user_confirmation = read_bool(child)
        elif tag == _DEFAULT_CATEGORY:
            value.default_category = read_int(child)
        elif tag == _LEADSTATUS_ID:
            value.leadstatus_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_automated_category_update(
    parent: Element | None, tag: str, value: AutomatedCategoryUpdate
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ENABLED, value.enabled, write_bool)
    put(element, _TRIGGER_TYPE, value.trigger_type, encode_xml_category_update_trigger)
    put(element, _USER_CONFIRMATION, value.user_confirmation, write_bool)
    put(element, _DEFAULT_CATEGORY, value.default_category, write_int)
    put(element, _LEADSTATUS_ID, value.leadstatus_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_automated_category_update(data: Any, path: str) -> AutomatedCategoryUpdate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AutomatedCategoryUpdate)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.enabled = take_bool(data, "Enabled", path)
    value.trigger_type = take(data, "TriggerType", path, decode_json_category_update_trigger)
    value.user_confirmation = take_bool(data, "UserConfirmation", path)
    value.default_category = take_int(data, "DefaultCategory", path)
    value.leadstatus_id = take_int(data, "LeadstatusId", path)
    value.extra = (
        None
        if _AUTOMATED_CATEGORY_UPDATE_KEYS.issuperset(data)
        else json_extra(data, _AUTOMATED_CATEGORY_UPDATE_KEYS)
    )
    return value


def encode_json_automated_category_update(value: AutomatedCategoryUpdate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Enabled", value.enabled, json_write_bool)
    put_json(result, "TriggerType", value.trigger_type, encode_json_category_update_trigger)
    put_json(result, "UserConfirmation", value.user_confirmation, json_write_bool)
    put_json(result, "DefaultCategory", value.default_category, json_write_int)
    put_json(result, "LeadstatusId", value.leadstatus_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


AUTOMATED_CATEGORY_UPDATE_CODEC = Codec(
    decode_xml_automated_category_update,
    encode_xml_automated_category_update,
    decode_json_automated_category_update,
    encode_json_automated_category_update,
)


def decode_xml_list_of_automated_category_update(
    element: Element,
) -> list[AutomatedCategoryUpdate | None]:
    """``ArrayOfAutomatedCategoryUpdate``: a list of ``AutomatedCategoryUpdate`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_automated_category_update(child))
        for child in element
        if child.tag == _AUTOMATED_CATEGORY_UPDATE
    ]


def encode_xml_list_of_automated_category_update(
    parent: Element | None, tag: str, value: list[AutomatedCategoryUpdate | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _AUTOMATED_CATEGORY_UPDATE, item, encode_xml_automated_category_update)
    return element


def decode_json_list_of_automated_category_update(
    data: Any, path: str
) -> list[AutomatedCategoryUpdate | None]:
    return json_items_nillable(data, path, decode_json_automated_category_update)


def encode_json_list_of_automated_category_update(
    value: list[AutomatedCategoryUpdate | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_automated_category_update(item)) for item in value
    ]


LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC = Codec(
    decode_xml_list_of_automated_category_update,
    encode_xml_list_of_automated_category_update,
    decode_json_list_of_automated_category_update,
    encode_json_list_of_automated_category_update,
)
