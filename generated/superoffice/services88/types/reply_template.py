"""Services88 types: ReplyTemplate.

Used by the Chat agent.
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
_FOLDER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FolderId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_REPLY_TEMPLATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplate"
_REPLY_TEMPLATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateId"


@dataclasses.dataclass(kw_only=True, repr=False)
class ReplyTemplate(Record):
    """Reply template item

    Carrier object for ReplyTemplate. Services for the ReplyTemplate Carrier is available from
    the CustomerService Agent.
    """

    reply_template_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    name: str | None | Unset = UNSET
    """The name for this reply template."""
    description: str | None | Unset = UNSET
    """The description for this reply template."""
    folder_id: int | Unset = UNSET
    """The id of the folder in which this reply template is located. NULL or -1 if this is a
    toplevel reply template.
    """

    def to_xml(self) -> Element:
        return encode_xml_reply_template(None, _REPLY_TEMPLATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ReplyTemplate:
        return record_from_xml(decode_xml_reply_template, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_reply_template(self)

    @classmethod
    def from_json(cls, data: Any) -> ReplyTemplate:
        return record_from_json(decode_json_reply_template, data)


_REPLY_TEMPLATE_KEYS = frozenset(
    (
        "ReplyTemplateId",
        "Name",
        "Description",
        "FolderId",
    )
)


def decode_xml_reply_template(element: Element) -> ReplyTemplate:
    value = ReplyTemplate()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _REPLY_TEMPLATE_ID:
            value.reply_template_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _FOLDER_ID:
            value.folder_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_reply_template(parent: Element | None, tag: str, value: ReplyTemplate) -> Element:
    element = new_child(parent, tag)
    put(element, _REPLY_TEMPLATE_ID, value.reply_template_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _FOLDER_ID, value.folder_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_reply_template(data: Any, path: str) -> ReplyTemplate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ReplyTemplate)
    value.reply_template_id = take_int(data, "ReplyTemplateId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.folder_id = take_int(data, "FolderId", path)
    value.extra = (
        None if _REPLY_TEMPLATE_KEYS.issuperset(data) else json_extra(data, _REPLY_TEMPLATE_KEYS)
    )
    return value


def encode_json_reply_template(value: ReplyTemplate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "ReplyTemplateId", value.reply_template_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "FolderId", value.folder_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


REPLY_TEMPLATE_CODEC = Codec(
    decode_xml_reply_template,
    encode_xml_reply_template,
    decode_json_reply_template,
    encode_json_reply_template,
)
