"""Services88 types: TemplateInfo.

Used by the Document, List agents.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
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

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EXTERNAL_REFERENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExternalReference"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PLUGIN_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PluginId"
_TEMPLATE_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TemplateInfo"


@dataclasses.dataclass(kw_only=True, repr=False)
class TemplateInfo(Record):
    """The ``TemplateInfo`` record."""

    name: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    external_reference: str | None | Unset = UNSET
    plugin_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_template_info(None, _TEMPLATE_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TemplateInfo:
        return record_from_xml(decode_xml_template_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_template_info(self)

    @classmethod
    def from_json(cls, data: Any) -> TemplateInfo:
        return record_from_json(decode_json_template_info, data)


_TEMPLATE_INFO_KEYS = frozenset(
    (
        "Name",
        "Description",
        "ExternalReference",
        "PluginId",
    )
)


def decode_xml_template_info(element: Element) -> TemplateInfo:
    value = TemplateInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _EXTERNAL_REFERENCE:
            value.external_reference = child.text or empty_or_nil(child)
        elif tag == _PLUGIN_ID:
            value.plugin_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_template_info(parent: Element | None, tag: str, value: TemplateInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _EXTERNAL_REFERENCE, value.external_reference, write_str)
    put(element, _PLUGIN_ID, value.plugin_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_template_info(data: Any, path: str) -> TemplateInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TemplateInfo)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.external_reference = take_str_nillable(data, "ExternalReference", path)
    value.plugin_id = take_int(data, "PluginId", path)
    value.extra = (
        None if _TEMPLATE_INFO_KEYS.issuperset(data) else json_extra(data, _TEMPLATE_INFO_KEYS)
    )
    return value


def encode_json_template_info(value: TemplateInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "ExternalReference", value.external_reference, json_write_str)
    put_json(result, "PluginId", value.plugin_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TEMPLATE_INFO_CODEC = Codec(
    decode_xml_template_info,
    encode_xml_template_info,
    decode_json_template_info,
    encode_json_template_info,
)
