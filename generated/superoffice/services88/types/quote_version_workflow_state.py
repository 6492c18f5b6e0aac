"""Services88 types: QuoteVersionWorkflowState.

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
    json_extra,
    json_object,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .quote_version_button_state import (
    QuoteVersionButtonState,
    decode_json_list_of_quote_version_button_state,
    decode_json_quote_version_button_state,
    decode_xml_list_of_quote_version_button_state,
    decode_xml_quote_version_button_state,
    encode_json_list_of_quote_version_button_state,
    encode_json_quote_version_button_state,
    encode_xml_list_of_quote_version_button_state,
    encode_xml_quote_version_button_state,
)
from .quote_version_status_information import (
    QuoteVersionStatusInformation,
    decode_json_quote_version_status_information,
    decode_xml_quote_version_status_information,
    encode_json_quote_version_status_information,
    encode_xml_quote_version_status_information,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTION_BUTTONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionButtons"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_QUOTE_VERSION_WORKFLOW_STATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersionWorkflowState"
)
_STATE_IMAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StateImage"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATE_PRICES_BUTTON = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatePricesButton"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteVersionWorkflowState(Carrier):
    """Information about possible button actions for the quote version dialog.

    Carrier object for QuoteVersionWorkflowState. Services for the QuoteVersionWorkflowState
    Carrier is available from the Quote Agent.
    """

    action_buttons: list[QuoteVersionButtonState | None] | None | Unset = UNSET
    """Array of visible buttons with defined actions in the quote verson dialog."""
    state_image: QuoteVersionButtonState | None | Unset = UNSET
    """Information about the state image for the current quote version."""
    update_prices_button: QuoteVersionButtonState | None | Unset = UNSET
    """Information about the action for the update prices button."""
    status: QuoteVersionStatusInformation | None | Unset = UNSET
    """Status information for the Quote Version."""

    def to_xml(self) -> Element:
        return encode_xml_quote_version_workflow_state(None, _QUOTE_VERSION_WORKFLOW_STATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteVersionWorkflowState:
        return record_from_xml(decode_xml_quote_version_workflow_state, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_version_workflow_state(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteVersionWorkflowState:
        return record_from_json(decode_json_quote_version_workflow_state, data)


_QUOTE_VERSION_WORKFLOW_STATE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ActionButtons",
        "StateImage",
        "UpdatePricesButton",
        "Status",
    )
)


def decode_xml_quote_version_workflow_state(element: Element) -> QuoteVersionWorkflowState:
    value = QuoteVersionWorkflowState()
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
        elif tag == _ACTION_BUTTONS:
            value.action_buttons = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_quote_version_button_state(child)
            )
        elif tag == _STATE_IMAGE:
            value.state_image = (
                None if child.get(XSI_NIL) in NIL else decode_xml_quote_version_button_state(child)
            )
        elif tag == _UPDATE_PRICES_BUTTON:
            value.update_prices_button = (
                None if child.get(XSI_NIL) in NIL else decode_xml_quote_version_button_state(child)
            )
        elif tag == _STATUS:
            value.status = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_quote_version_status_information(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_version_workflow_state(
    parent: Element | None, tag: str, value: QuoteVersionWorkflowState
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(
        element,
        _ACTION_BUTTONS,
        value.action_buttons,
        encode_xml_list_of_quote_version_button_state,
    )
    put(element, _STATE_IMAGE, value.state_image, encode_xml_quote_version_button_state)
    put(
        element,
        _UPDATE_PRICES_BUTTON,
        value.update_prices_button,
        encode_xml_quote_version_button_state,
    )
    put(element, _STATUS, value.status, encode_xml_quote_version_status_information)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_version_workflow_state(data: Any, path: str) -> QuoteVersionWorkflowState:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteVersionWorkflowState)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.action_buttons = take_nillable(
        data, "ActionButtons", path, decode_json_list_of_quote_version_button_state
    )
    value.state_image = take_nillable(
        data, "StateImage", path, decode_json_quote_version_button_state
    )
    value.update_prices_button = take_nillable(
        data, "UpdatePricesButton", path, decode_json_quote_version_button_state
    )
    value.status = take_nillable(
        data, "Status", path, decode_json_quote_version_status_information
    )
    value.extra = (
        None
        if _QUOTE_VERSION_WORKFLOW_STATE_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_VERSION_WORKFLOW_STATE_KEYS)
    )
    return value


def encode_json_quote_version_workflow_state(value: QuoteVersionWorkflowState) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result,
        "ActionButtons",
        value.action_buttons,
        encode_json_list_of_quote_version_button_state,
    )
    put_json(result, "StateImage", value.state_image, encode_json_quote_version_button_state)
    put_json(
        result,
        "UpdatePricesButton",
        value.update_prices_button,
        encode_json_quote_version_button_state,
    )
    put_json(result, "Status", value.status, encode_json_quote_version_status_information)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_VERSION_WORKFLOW_STATE_CODEC = Codec(
    decode_xml_quote_version_workflow_state,
    encode_xml_quote_version_workflow_state,
    decode_json_quote_version_workflow_state,
    encode_json_quote_version_workflow_state,
)
