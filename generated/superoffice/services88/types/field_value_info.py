"""Services88 types: ArrayOfFieldValueInfo, FieldValueInfo.

Used by the BulkUpdate, Workflow agents.
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
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_str,
)
from .control_info import (
    ControlInfo,
    decode_json_list_of_control_info,
    decode_xml_list_of_control_info,
    encode_json_list_of_control_info,
    encode_xml_list_of_control_info,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .operation_info import (
    OperationInfo,
    decode_json_list_of_operation_info,
    decode_xml_list_of_operation_info,
    encode_json_list_of_operation_info,
    encode_xml_list_of_operation_info,
)

_CAN_SUPPORT_MULTI_USE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanSupportMultiUse"
)
_CONTROL_INFOS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ControlInfos"
_CURRENT_OPERATION_TYPE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentOperationType"
)
_DEFAULT_SHOW_IN_GUI = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultShowInGui"
_DEFAULT_SHOW_IN_SELECTOR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultShowInSelector"
)
_DISPLAY_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValues"
_ENCODED_DATA_CAPTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EncodedDataCaption"
)
_ENCODED_DATA_CAPTION_DESCRIPTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EncodedDataCaptionDescription"
)
_ENCODED_DISPLAY_DESCRIPTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EncodedDisplayDescription"
)
_ENCODED_DISPLAY_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EncodedDisplayName"
)
_FIELD_VALUE_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldValueInfo"
_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IconHint"
_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsActive"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_MANDATORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mandatory"
_OPERATION_INFOS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OperationInfos"
_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Values"
_VALUE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValueType"


@dataclasses.dataclass(kw_only=True, repr=False)
class FieldValueInfo(Record):
    """This class carries information about the definition and properties of an field used in bulk
    update system. The class is serializable and used on both the application and Web server
    sides.

    Carrier object for FieldValueInfo. Services for the FieldValueInfo Carrier is available from
    the BulkUpdate Agent.
    """

    can_support_multi_use: bool | Unset = UNSET
    """Can the field support multi use?"""
    default_show_in_gui: bool | Unset = UNSET
    """Default show in Gui?"""
    default_show_in_selector: bool | Unset = UNSET
    """Default show in selector?"""
    is_active: bool | Unset = UNSET
    """True if the field and operations will be used in the bulk update"""
    key: str | None | Unset = UNSET
    """The unique key on the field"""
    value_type: str | None | Unset = UNSET
    """Describes the expected value array"""
    mandatory: bool | Unset = UNSET
    """True if this is a mandatory field"""
    encoded_display_name: str | None | Unset = UNSET
    """The displayname of the field"""
    encoded_display_description: str | None | Unset = UNSET
    """The description of the field"""
    icon_hint: str | None | Unset = UNSET
    """The iconhint of the field"""
    control_infos: list[ControlInfo | None] | None | Unset = UNSET
    """Array of the controlinfos"""
    encoded_data_caption: str | None | Unset = UNSET
    encoded_data_caption_description: str | None | Unset = UNSET
    current_operation_type: str | None | Unset = UNSET
    """The selected operation to execute on this field"""
    values: list[str | None] | None | Unset = UNSET
    """The values to be set on this field on this bulkupdate"""
    display_values: list[str | None] | None | Unset = UNSET
    """The displayvalues to be set on this field on this bulkupdate, used to resolve when values
    array contains ids
    """
    operation_infos: list[OperationInfo | None] | None | Unset = UNSET
    """Array of the available operations for this field"""

    def to_xml(self) -> Element:
        return encode_xml_field_value_info(None, _FIELD_VALUE_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FieldValueInfo:
        return record_from_xml(decode_xml_field_value_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_field_value_info(self)

    @classmethod
    def from_json(cls, data: Any) -> FieldValueInfo:
        return record_from_json(decode_json_field_value_info, data)


_FIELD_VALUE_INFO_KEYS = frozenset(
    (
        "CanSupportMultiUse",
        "DefaultShowInGui",
        "DefaultShowInSelector",
        "IsActive",
        "Key",
        "ValueType",
        "Mandatory",
        "EncodedDisplayName",
        "EncodedDisplayDescription",
        "IconHint",
        "ControlInfos",
        "EncodedDataCaption",
        "EncodedDataCaptionDescription",
        "CurrentOperationType",
        "Values",
        "DisplayValues",
        "OperationInfos",
    )
)


def decode_xml_field_value_info(element: Element) -> FieldValueInfo:
    value = FieldValueInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CAN_SUPPORT_MULTI_USE:
            value.can_support_multi_use = read_bool(child)
        elif tag == _DEFAULT_SHOW_IN_GUI:
            value.default_show_in_gui = read_bool(child)
        elif tag == _DEFAULT_SHOW_IN_SELECTOR:
            value.default_show_in_selector = read_bool(child)
        elif tag == _IS_ACTIVE:
            value.is_active = read_bool(child)
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _VALUE_TYPE:
            value.value_type = child.text or empty_or_nil(child)
        elif tag == _MANDATORY:
            value.mandatory = read_bool(child)
        elif tag == _ENCODED_DISPLAY_NAME:
            value.encoded_display_name = child.text or empty_or_nil(child)
        elif tag == _ENCODED_DISPLAY_DESCRIPTION:
            value.encoded_display_description = child.text or empty_or_nil(child)
        elif tag == _ICON_HINT:
            value.icon_hint = child.text or empty_or_nil(child)
        elif tag == _CONTROL_INFOS:
            value.control_infos = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_control_info(child)
            )
        elif tag == _ENCODED_DATA_CAPTION:
            value.encoded_data_caption = child.text or empty_or_nil(child)
        elif tag == _ENCODED_DATA_CAPTION_DESCRIPTION:
            value.encoded_data_caption_description = child.text or empty_or_nil(child)
        elif tag == _CURRENT_OPERATION_TYPE:
            value.current_operation_type = child.text or empty_or_nil(child)
        elif tag == _VALUES:
            value.values = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _DISPLAY_VALUES:
            value.display_values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _OPERATION_INFOS:
            value.operation_infos = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_operation_info(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_field_value_info(
    parent: Element | None, tag: str, value: FieldValueInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _CAN_SUPPORT_MULTI_USE, value.can_support_multi_use, write_bool)
    put(element, _DEFAULT_SHOW_IN_GUI, value.default_show_in_gui, write_bool)
    put(element, _DEFAULT_SHOW_IN_SELECTOR, value.default_show_in_selector, write_bool)
    put(element, _IS_ACTIVE, value.is_active, write_bool)
    put(element, _KEY, value.key, write_str)
    put(element, _VALUE_TYPE, value.value_type, write_str)
    put(element, _MANDATORY, value.mandatory, write_bool)
    put(element, _ENCODED_DISPLAY_NAME, value.encoded_display_name, write_str)
    put(element, _ENCODED_DISPLAY_DESCRIPTION, value.encoded_display_description, write_str)
    put(element, _ICON_HINT, value.icon_hint, write_str)
    put(element, _CONTROL_INFOS, value.control_infos, encode_xml_list_of_control_info)
    put(element, _ENCODED_DATA_CAPTION, value.encoded_data_caption, write_str)
    put(
        element,
        _ENCODED_DATA_CAPTION_DESCRIPTION,
        value.encoded_data_caption_description,
        write_str,
    )
    put(element, _CURRENT_OPERATION_TYPE, value.current_operation_type, write_str)
    put(element, _VALUES, value.values, encode_xml_list_of_str)
    put(element, _DISPLAY_VALUES, value.display_values, encode_xml_list_of_str)
    put(element, _OPERATION_INFOS, value.operation_infos, encode_xml_list_of_operation_info)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_field_value_info(data: Any, path: str) -> FieldValueInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FieldValueInfo)
    value.can_support_multi_use = take_bool(data, "CanSupportMultiUse", path)
    value.default_show_in_gui = take_bool(data, "DefaultShowInGui", path)
    value.default_show_in_selector = take_bool(data, "DefaultShowInSelector", path)
    value.is_active = take_bool(data, "IsActive", path)
    value.key = take_str_nillable(data, "Key", path)
    value.value_type = take_str_nillable(data, "ValueType", path)
    value.mandatory = take_bool(data, "Mandatory", path)
    value.encoded_display_name = take_str_nillable(data, "EncodedDisplayName", path)
    value.encoded_display_description = take_str_nillable(data, "EncodedDisplayDescription", path)
    value.icon_hint = take_str_nillable(data, "IconHint", path)
    value.control_infos = take_nillable(
        data, "ControlInfos", path, decode_json_list_of_control_info
    )
    value.encoded_data_caption = take_str_nillable(data, "EncodedDataCaption", path)
    value.encoded_data_caption_description = take_str_nillable(
        data, "EncodedDataCaptionDescription", path
    )
    value.current_operation_type = take_str_nillable(data, "CurrentOperationType", path)
    value.values = take_nillable(data, "Values", path, decode_json_list_of_str)
    value.display_values = take_nillable(data, "DisplayValues", path, decode_json_list_of_str)
    value.operation_infos = take_nillable(
        data, "OperationInfos", path, decode_json_list_of_operation_info
    )
    value.extra = (
        None
        if _FIELD_VALUE_INFO_KEYS.issuperset(data)
        else json_extra(data, _FIELD_VALUE_INFO_KEYS)
    )
    return value


def encode_json_field_value_info(value: FieldValueInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "CanSupportMultiUse", value.can_support_multi_use, json_write_bool)
    put_json(result, "DefaultShowInGui", value.default_show_in_gui, json_write_bool)
    put_json(result, "DefaultShowInSelector", value.default_show_in_selector, json_write_bool)
    put_json(result, "IsActive", value.is_active, json_write_bool)
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "ValueType", value.value_type, json_write_str)
    put_json(result, "Mandatory", value.mandatory, json_write_bool)
    put_json(result, "EncodedDisplayName", value.encoded_display_name, json_write_str)
    put_json(
        result, "EncodedDisplayDescription", value.encoded_display_description, json_write_str
    )
    put_json(result, "IconHint", value.icon_hint, json_write_str)
    put_json(result, "ControlInfos", value.control_infos, encode_json_list_of_control_info)
    put_json(result, "EncodedDataCaption", value.encoded_data_caption, json_write_str)
    put_json(
        result,
        "EncodedDataCaptionDescription",
        value.encoded_data_caption_description,
        json_write_str,
    )
    put_json(result, "CurrentOperationType", value.current_operation_type, json_write_str)
    put_json(result, "Values", value.values, encode_json_list_of_str)
    put_json(result, "DisplayValues", value.display_values, encode_json_list_of_str)
    put_json(result, "OperationInfos", value.operation_infos, encode_json_list_of_operation_info)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FIELD_VALUE_INFO_CODEC = Codec(
    decode_xml_field_value_info,
    encode_xml_field_value_info,
    decode_json_field_value_info,
    encode_json_field_value_info,
)


def decode_xml_list_of_field_value_info(element: Element) -> list[FieldValueInfo | None]:
    """``ArrayOfFieldValueInfo``: a list of ``FieldValueInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_field_value_info(child))
        for child in element
        if child.tag == _FIELD_VALUE_INFO
    ]


def encode_xml_list_of_field_value_info(
    parent: Element | None, tag: str, value: list[FieldValueInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _FIELD_VALUE_INFO, item, encode_xml_field_value_info)
    return element


def decode_json_list_of_field_value_info(data: Any, path: str) -> list[FieldValueInfo | None]:
    return json_items_nillable(data, path, decode_json_field_value_info)


def encode_json_list_of_field_value_info(value: list[FieldValueInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_field_value_info(item)) for item in value]


LIST_OF_FIELD_VALUE_INFO_CODEC = Codec(
    decode_xml_list_of_field_value_info,
    encode_xml_list_of_field_value_info,
    decode_json_list_of_field_value_info,
    encode_json_list_of_field_value_info,
)
