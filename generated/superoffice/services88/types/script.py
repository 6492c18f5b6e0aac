"""Services88 types: Script.

Used by the CRMScript agent.
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
    json_object,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_str,
)
from .carrier import Carrier
from .ej_script_verb import (
    EjScriptVerb,
    decode_json_ej_script_verb,
    decode_xml_ej_script_verb,
    encode_json_ej_script_verb,
    encode_xml_ej_script_verb,
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

_BLOCKED_VERBS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BlockedVerbs"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INCLUDE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludeId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PATH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Path"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredBy"
_SCRIPT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Script"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UNIQUE_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UniqueIdentifier"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"


@dataclasses.dataclass(kw_only=True, repr=False)
class Script(Carrier):
    """The Script Service. The service implements all services working with the CRMScript object
    without reference to primary keys. Primarily used by VSCode integration.

    Carrier object for Script. Services for the Script Carrier is available from the CRMScript
    Agent.
    """

    unique_identifier: str | None | Unset = UNSET
    """Global unique identifier, accross customers/tenants"""
    name: str | None | Unset = UNSET
    """A description of this script"""
    description: str | None | Unset = UNSET
    """Optional description of what this script is used for."""
    include_id: str | None | Unset = UNSET
    """A unique name used for including this script in another"""
    source: str | None | Unset = UNSET
    """The script"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_by: str | None | Unset = UNSET
    """Who created this script"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_by: str | None | Unset = UNSET
    """Who updated this script"""
    path: str | None | Unset = UNSET
    """Path to script in the hierarchy."""
    blocked_verbs: EjScriptVerb | str | Unset = UNSET
    """The verbs that are blocked when calling a ejscript over HTTP"""

    def to_xml(self) -> Element:
        return encode_xml_script(None, _SCRIPT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Script:
        return record_from_xml(decode_xml_script, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_script(self)

    @classmethod
    def from_json(cls, data: Any) -> Script:
        return record_from_json(decode_json_script, data)


_SCRIPT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "UniqueIdentifier",
        "Name",
        "Description",
        "IncludeId",
        "Source",
        "Registered",
        "RegisteredBy",
        "Updated",
        "UpdatedBy",
        "Path",
        "BlockedVerbs",
    )
)


def decode_xml_script(element: Element) -> Script:
    value = Script()
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
        elif tag == _UNIQUE_IDENTIFIER:
            value.unique_identifier = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _INCLUDE_ID:
            value.include_id = child.text or empty_or_nil(child)
        elif tag == _SOURCE:
            value.source = child.text or empty_or_nil(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_BY:
            value.registered_by = child.text or empty_or_nil(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_BY:
            value.updated_by = child.text or empty_or_nil(child)
        elif tag == _PATH:
            value.path = child.text or empty_or_nil(child)
        elif tag == _BLOCKED_VERBS:
            value.blocked_verbs = decode_xml_ej_script_verb(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_script(parent: Element | None, tag: str, value: Script) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _UNIQUE_IDENTIFIER, value.unique_identifier, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _INCLUDE_ID, value.include_id, write_str)
    put(element, _SOURCE, value.source, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_BY, value.registered_by, write_str)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_BY, value.updated_by, write_str)
    put(element, _PATH, value.path, write_str)
    put(element, _BLOCKED_VERBS, value.blocked_verbs, encode_xml_ej_script_verb)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_script(data: Any, path: str) -> Script:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Script)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.unique_identifier = take_str_nillable(data, "UniqueIdentifier", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.include_id = take_str_nillable(data, "IncludeId", path)
    value.source = take_str_nillable(data, "Source", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_by = take_str_nillable(data, "RegisteredBy", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_by = take_str_nillable(data, "UpdatedBy", path)
    value.path = take_str_nillable(data, "Path", path)
    value.blocked_verbs = take(data, "BlockedVerbs", path, decode_json_ej_script_verb)
    value.extra = None if _SCRIPT_KEYS.issuperset(data) else json_extra(data, _SCRIPT_KEYS)
    return value


def encode_json_script(value: Script) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "UniqueIdentifier", value.unique_identifier, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "IncludeId", value.include_id, json_write_str)
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredBy", value.registered_by, json_write_str)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedBy", value.updated_by, json_write_str)
    put_json(result, "Path", value.path, json_write_str)
    put_json(result, "BlockedVerbs", value.blocked_verbs, encode_json_ej_script_verb)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SCRIPT_CODEC = Codec(decode_xml_script, encode_xml_script, decode_json_script, encode_json_script)
