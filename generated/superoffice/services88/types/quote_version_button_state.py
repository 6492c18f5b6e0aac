"""Services88 types: ArrayOfQuoteVersionButtonState, QuoteVersionButtonState.

Used by the Quote agent.
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
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .quote_version_button_action import (
    QuoteVersionButtonAction,
    decode_json_quote_version_button_action,
    decode_xml_quote_version_button_action,
    encode_json_quote_version_button_action,
    encode_xml_quote_version_button_action,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Action"
_DISPLAY_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayText"
_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Enabled"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IMAGE_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImageHint"
_QUOTE_VERSION_BUTTON_STATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersionButtonState"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TooltipText"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteVersionButtonState(Carrier):
    """Information about possible button actions for the quote version dialog.

    Carrier object for QuoteVersionButtonState. Services for the QuoteVersionButtonState Carrier
    is available from the Quote Agent.
    """

    action: QuoteVersionButtonAction | str | Unset = UNSET
    """Action for the button"""
    image_hint: str | None | Unset = UNSET
    """Image to be shown"""
    display_text: str | None | Unset = UNSET
    """Text to be displayed on the button"""
    tooltip_text: str | None | Unset = UNSET
    """The tooltip for the button"""
    enabled: bool | Unset = UNSET
    """Indicate if the button should be enabled or disabled"""

    def to_xml(self) -> Element:
        return encode_xml_quote_version_button_state(None, _QUOTE_VERSION_BUTTON_STATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteVersionButtonState:
        return record_from_xml(decode_xml_quote_version_button_state, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_version_button_state(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteVersionButtonState:
        return record_from_json(decode_json_quote_version_button_state, data)


_QUOTE_VERSION_BUTTON_STATE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Action",
        "ImageHint",
        "DisplayText",
        "TooltipText",
        "Enabled",
    )
)


def decode_xml_quote_version_button_state(element: Element) -> QuoteVersionButtonState:
    value = QuoteVersionButtonState()
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
        elif tag == _ACTION:
            value.action = decode_xml_quote_version_button_action(child)
        elif tag == _IMAGE_HINT:
            value.image_hint = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TEXT:
            value.display_text = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP_TEXT:
            value.tooltip_text = child.text or empty_or_nil(child)
        elif tag == _ENABLED:
            value.enabled = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_version_button_state(
    parent: Element | None, tag: str, value: QuoteVersionButtonState
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ACTION, value.action, encode_xml_quote_version_button_action)
    put(element, _IMAGE_HINT, value.image_hint, write_str)
    put(element, _DISPLAY_TEXT, value.display_text, write_str)
    put(element, _TOOLTIP_TEXT, value.tooltip_text, write_str)
    put(element, _ENABLED, value.enabled, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_version_button_state(data: Any, path: str) -> QuoteVersionButtonState:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteVersionButtonState)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.action = take(data, "Action", path, decode_json_quote_version_button_action)
    value.image_hint = take_str_nillable(data, "ImageHint", path)
    value.display_text = take_str_nillable(data, "DisplayText", path)
    value.tooltip_text = take_str_nillable(data, "TooltipText", path)
    value.enabled = take_bool(data, "Enabled", path)
    value.extra = (
        None
        if _QUOTE_VERSION_BUTTON_STATE_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_VERSION_BUTTON_STATE_KEYS)
    )
    return value


def encode_json_quote_version_button_state(value: QuoteVersionButtonState) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Action", value.action, encode_json_quote_version_button_action)
    put_json(result, "ImageHint", value.image_hint, json_write_str)
    put_json(result, "DisplayText", value.display_text, json_write_str)
    put_json(result, "TooltipText", value.tooltip_text, json_write_str)
    put_json(result, "Enabled", value.enabled, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_VERSION_BUTTON_STATE_CODEC = Codec(
    decode_xml_quote_version_button_state,
    encode_xml_quote_version_button_state,
    decode_json_quote_version_button_state,
    encode_json_quote_version_button_state,
)


def decode_xml_list_of_quote_version_button_state(
    element: Element,
) -> list[QuoteVersionButtonState | None]:
    """``ArrayOfQuoteVersionButtonState``: a list of ``QuoteVersionButtonState`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_version_button_state(child))
        for child in element
        if child.tag == _QUOTE_VERSION_BUTTON_STATE
    ]


def encode_xml_list_of_quote_version_button_state(
    parent: Element | None, tag: str, value: list[QuoteVersionButtonState | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUOTE_VERSION_BUTTON_STATE, item, encode_xml_quote_version_button_state)
    return element


def decode_json_list_of_quote_version_button_state(
    data: Any, path: str
) -> list[QuoteVersionButtonState | None]:
    return json_items_nillable(data, path, decode_json_quote_version_button_state)


def encode_json_list_of_quote_version_button_state(
    value: list[QuoteVersionButtonState | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_quote_version_button_state(item)) for item in value
    ]


LIST_OF_QUOTE_VERSION_BUTTON_STATE_CODEC = Codec(
    decode_xml_list_of_quote_version_button_state,
    encode_xml_list_of_quote_version_button_state,
    decode_json_list_of_quote_version_button_state,
    encode_json_list_of_quote_version_button_state,
)
