"""Services88 types: EventData.

Used by the CRMScript, CustomerService agents.
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
from .event_handler_type import (
    EventHandlerType,
    decode_json_event_handler_type,
    decode_xml_event_handler_type,
    encode_json_event_handler_type,
    encode_xml_event_handler_type,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_BLOCK_EXECUTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BlockExecution"
_CGI_CONTENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CgiContent"
_CGI_VARIABLES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CgiVariables"
_EVENT_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventData"
_EXCEPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Exception"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEADERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Headers"
_INPUT_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InputValues"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_NAVIGATE_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NavigateTo"
_OUTPUT_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OutputValues"
_PARSER_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParserValues"
_SHOW_DIALOG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowDialog"
_STATE_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StateValues"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TRACE_EXECUTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TraceExecution"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class EventData(Carrier):
    """EventData containing data related to event handlers

    Carrier object for EventData. Services for the EventData Carrier is available from the
    CustomerService Agent.
    """

    type: EventHandlerType | str | Unset = UNSET
    """The type of event we are triggered by"""
    input_values: dict[str, str | None] | None | Unset = UNSET
    """Environment values sent to the event handler"""
    block_execution: bool | Unset = UNSET
    """Whether the context should stop what it is doing, e.g. saving a sale"""
    navigate_to: str | None | Unset = UNSET
    """Where the context should naviate afterwards"""
    message: str | None | Unset = UNSET
    """A message to be presented to the user"""
    show_dialog: str | None | Unset = UNSET
    """JSON structure of dialog to show"""
    output_values: dict[str, str | None] | None | Unset = UNSET
    """Values sent back to the environment from the event handler"""
    state_values: dict[str, str | None] | None | Unset = UNSET
    """Values kept between event handlers"""
    exception: str | None | Unset = UNSET
    """String containing error message from handler system if it failed"""
    parser_values: dict[str, str | None] | None | Unset = UNSET
    """Parser values sent to the event handler"""
    cgi_variables: dict[str, str | None] | None | Unset = UNSET
    """Cgi variables sent by some events"""
    cgi_content: str | None | Unset = UNSET
    """The Cgi content/body, sent by some events"""
    headers: dict[str, str | None] | None | Unset = UNSET
    """Incoming headers if sent by the context which the script is executed from"""
    trace_execution: bool | Unset = UNSET
    """If true, then the execution will be traced"""

    def to_xml(self) -> Element:
        return encode_xml_event_data(None, _EVENT_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EventData:
        return record_from_xml(decode_xml_event_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_event_data(self)

    @classmethod
    def from_json(cls, data: Any) -> EventData:
        return record_from_json(decode_json_event_data, data)


_EVENT_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Type",
        "InputValues",
        "BlockExecution",
        "NavigateTo",
        "Message",
        "ShowDialog",
        "OutputValues",
        "StateValues",
        "Exception",
        "ParserValues",
        "CgiVariables",
        "CgiContent",
        "Headers",
        "TraceExecution",
    )
)


def decode_xml_event_data(element: Element) -> EventData:
    value = EventData()
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
        elif tag == _TYPE:
            value.type = decode_xml_event_handler_type(child)
        elif tag == _INPUT_VALUES:
            value.input_values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _BLOCK_EXECUTION:
            value.block_execution = read_bool(child)
        elif tag == _NAVIGATE_TO:
            value.navigate_to = child.text or empty_or_nil(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        elif tag == _SHOW_DIALOG:
            value.show_dialog = child.text or empty_or_nil(child)
        elif tag == _OUTPUT_VALUES:
            value.output_values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _STATE_VALUES:
            value.state_values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _EXCEPTION:
            value.exception = child.text or empty_or_nil(child)
        elif tag == _PARSER_VALUES:
            value.parser_values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CGI_VARIABLES:
            value.cgi_variables = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CGI_CONTENT:
            value.cgi_content = child.text or empty_or_nil(child)
        elif tag == _HEADERS:
            value.headers = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _TRACE_EXECUTION:
            value.trace_execution = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_event_data(parent: Element | None, tag: str, value: EventData) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TYPE, value.type, encode_xml_event_handler_type)
    put(element, _INPUT_VALUES, value.input_values, encode_xml_string_dictionary)
    put(element, _BLOCK_EXECUTION, value.block_execution, write_bool)
    put(element, _NAVIGATE_TO, value.navigate_to, write_str)
    put(element, _MESSAGE, value.message, write_str)
    put(element, _SHOW_DIALOG, value.show_dialog, write_str)
    put(element, _OUTPUT_VALUES, value.output_values, encode_xml_string_dictionary)
    put(element, _STATE_VALUES, value.state_values, encode_xml_string_dictionary)
    put(element, _EXCEPTION, value.exception, write_str)
    put(element, _PARSER_VALUES, value.parser_values, encode_xml_string_dictionary)
    put(element, _CGI_VARIABLES, value.cgi_variables, encode_xml_string_dictionary)
    put(element, _CGI_CONTENT, value.cgi_content, write_str)
    put(element, _HEADERS, value.headers, encode_xml_string_dictionary)
    put(element, _TRACE_EXECUTION, value.trace_execution, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_event_data(data: Any, path: str) -> EventData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EventData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.type = take(data, "Type", path, decode_json_event_handler_type)
    value.input_values = take_nillable(data, "InputValues", path, decode_json_string_dictionary)
    value.block_execution = take_bool(data, "BlockExecution", path)
    value.navigate_to = take_str_nillable(data, "NavigateTo", path)
    value.message = take_str_nillable(data, "Message", path)
    value.show_dialog = take_str_nillable(data, "ShowDialog", path)
    value.output_values = take_nillable(data, "OutputValues", path, decode_json_string_dictionary)
    value.state_values = take_nillable(data, "StateValues", path, decode_json_string_dictionary)
    value.exception = take_str_nillable(data, "Exception", path)
    value.parser_values = take_nillable(data, "ParserValues", path, decode_json_string_dictionary)
    value.cgi_variables = take_nillable(data, "CgiVariables", path, decode_json_string_dictionary)
    value.cgi_content = take_str_nillable(data, "CgiContent", path)
    value.headers = take_nillable(data, "Headers", path, decode_json_string_dictionary)
    value.trace_execution = take_bool(data, "TraceExecution", path)
    value.extra = None if _EVENT_DATA_KEYS.issuperset(data) else json_extra(data, _EVENT_DATA_KEYS)
    return value


def encode_json_event_data(value: EventData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Type", value.type, encode_json_event_handler_type)
    put_json(result, "InputValues", value.input_values, encode_json_string_dictionary)
    put_json(result, "BlockExecution", value.block_execution, json_write_bool)
    put_json(result, "NavigateTo", value.navigate_to, json_write_str)
    put_json(result, "Message", value.message, json_write_str)
    put_json(result, "ShowDialog", value.show_dialog, json_write_str)
    put_json(result, "OutputValues", value.output_values, encode_json_string_dictionary)
    put_json(result, "StateValues", value.state_values, encode_json_string_dictionary)
    put_json(result, "Exception", value.exception, json_write_str)
    put_json(result, "ParserValues", value.parser_values, encode_json_string_dictionary)
    put_json(result, "CgiVariables", value.cgi_variables, encode_json_string_dictionary)
    put_json(result, "CgiContent", value.cgi_content, json_write_str)
    put_json(result, "Headers", value.headers, encode_json_string_dictionary)
    put_json(result, "TraceExecution", value.trace_execution, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


EVENT_DATA_CODEC = Codec(
    decode_xml_event_data, encode_xml_event_data, decode_json_event_data, encode_json_event_data
)
