"""Services88 types: CRMScriptEntity.

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
    json_short,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_short,
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
    write_short,
    write_str,
)
from .carrier import Carrier
from .crm_script_result import (
    CRMScriptResult,
    decode_json_crm_script_result,
    decode_xml_crm_script_result,
    encode_json_crm_script_result,
    encode_xml_crm_script_result,
)
from .crm_script_source_map import (
    CRMScriptSourceMap,
    decode_json_list_of_crm_script_source_map,
    decode_xml_list_of_crm_script_source_map,
    encode_json_list_of_crm_script_source_map,
    encode_xml_list_of_crm_script_source_map,
)
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
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .script_type import (
    ScriptType,
    decode_json_script_type,
    decode_xml_script_type,
    encode_json_script_type,
    encode_xml_script_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACCESS_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccessKey"
_BLOCKED_VERBS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BlockedVerbs"
_CRM_SCRIPT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CRMScriptEntity"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EJSCRIPT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjscriptId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HIERARCHY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HierarchyId"
_HTML_OUTPUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HtmlOutput"
_INCLUDES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Includes"
_INCLUDE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludeId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_SCRIPT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ScriptType"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_SOURCE_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourceCode"
_SOURCE_MAPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourceMaps"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UNIQUE_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UniqueIdentifier"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)
_VALIDATION_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidationResult"


@dataclasses.dataclass(kw_only=True, repr=False)
class CRMScriptEntity(Carrier):
    """CRM Scripts - stored in the ejScript table, including source code.

    Carrier object for CRMScriptEntity. Services for the CRMScriptEntity Carrier is available
    from the CRMScript Agent.
    """

    ejscript_id: int | Unset = UNSET
    """Primary key"""
    unique_identifier: str | None | Unset = UNSET
    """Global unique identifier, accross customers/tenants"""
    name: str | None | Unset = UNSET
    """A description of this script"""
    description: str | None | Unset = UNSET
    """Optional description of what this script is used for."""
    include_id: str | None | Unset = UNSET
    """A unique name used for including this script in another"""
    access_key: str | None | Unset = UNSET
    """Access key used to run this script on the customer pages"""
    hierarchy_id: int | Unset = UNSET
    """The script is inside this hierarchy folder"""
    source: str | None | Unset = UNSET
    """The script"""
    source_code: str | None | Unset = UNSET
    """Contains the source code of the script"""
    script_type: ScriptType | str | Unset = UNSET
    """The type/language of this script"""
    html_output: int | Unset = UNSET
    """True if this script will return HTML output"""
    includes: list[int] | None | Unset = UNSET
    """The unique ids of all depencies of this script (all resolved includes)"""
    source_maps: list[CRMScriptSourceMap | None] | None | Unset = UNSET
    """The source maps for this script"""
    validation_result: CRMScriptResult | None | Unset = UNSET
    """The result of a validation of a TypeScript when saving"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Last updated by whom"""
    blocked_verbs: EjScriptVerb | str | Unset = UNSET
    """The verbs that are blocked when calling a ejscript over HTTP"""

    def to_xml(self) -> Element:
        return encode_xml_crm_script_entity(None, _CRM_SCRIPT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CRMScriptEntity:
        return record_from_xml(decode_xml_crm_script_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_crm_script_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> CRMScriptEntity:
        return record_from_json(decode_json_crm_script_entity, data)


_CRM_SCRIPT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EjscriptId",
        "UniqueIdentifier",
        "Name",
        "Description",
        "IncludeId",
        "AccessKey",
        "HierarchyId",
        "Source",
        "SourceCode",
        "ScriptType",
        "HtmlOutput",
        "Includes",
        "SourceMaps",
        "ValidationResult",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
        "BlockedVerbs",
    )
)


def decode_xml_crm_script_entity(element: Element) -> CRMScriptEntity:
    value = CRMScriptEntity()
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
        elif tag == _EJSCRIPT_ID:
            value.ejscript_id = read_int(child)
        elif tag == _UNIQUE_IDENTIFIER:
            value.unique_identifier = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _INCLUDE_ID:
            value.include_id = child.text or empty_or_nil(child)
        elif tag == _ACCESS_KEY:
            value.access_key = child.text or empty_or_nil(child)
        elif tag == _HIERARCHY_ID:
            value.hierarchy_id = read_int(child)
        elif tag == _SOURCE:
            value.source = child.text or empty_or_nil(child)
        elif tag == _SOURCE_CODE:
            value.source_code = child.text or empty_or_nil(child)
        elif tag == _SCRIPT_TYPE:
            value.script_type = decode_xml_script_type(child)
        elif tag == _HTML_OUTPUT:
            value.html_output = read_short(child)
        elif tag == _INCLUDES:
            value.includes = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
        elif tag == _SOURCE_MAPS:
            value.source_maps = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_crm_script_source_map(child)
            )
        elif tag == _VALIDATION_RESULT:
            value.validation_result = (
                None if child.get(XSI_NIL) in NIL else decode_xml_crm_script_result(child)
            )
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        elif tag == _BLOCKED_VERBS:
            value.blocked_verbs = decode_xml_ej_script_verb(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_crm_script_entity(
    parent: Element | None, tag: str, value: CRMScriptEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _EJSCRIPT_ID, value.ejscript_id, write_int)
    put(element, _UNIQUE_IDENTIFIER, value.unique_identifier, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _INCLUDE_ID, value.include_id, write_str)
    put(element, _ACCESS_KEY, value.access_key, write_str)
    put(element, _HIERARCHY_ID, value.hierarchy_id, write_int)
    put(element, _SOURCE, value.source, write_str)
    put(element, _SOURCE_CODE, value.source_code, write_str)
    put(element, _SCRIPT_TYPE, value.script_type, encode_xml_script_type)
    put(element, _HTML_OUTPUT, value.html_output, write_short)
    put(element, _INCLUDES, value.includes, encode_xml_list_of_int)
    put(element, _SOURCE_MAPS, value.source_maps, encode_xml_list_of_crm_script_source_map)
    put(element, _VALIDATION_RESULT, value.validation_result, encode_xml_crm_script_result)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    put(element, _BLOCKED_VERBS, value.blocked_verbs, encode_xml_ej_script_verb)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_crm_script_entity(data: Any, path: str) -> CRMScriptEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CRMScriptEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ejscript_id = take_int(data, "EjscriptId", path)
    value.unique_identifier = take_str_nillable(data, "UniqueIdentifier", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.include_id = take_str_nillable(data, "IncludeId", path)
    value.access_key = take_str_nillable(data, "AccessKey", path)
    value.hierarchy_id = take_int(data, "HierarchyId", path)
    value.source = take_str_nillable(data, "Source", path)
    value.source_code = take_str_nillable(data, "SourceCode", path)
    value.script_type = take(data, "ScriptType", path, decode_json_script_type)
    value.html_output = take(data, "HtmlOutput", path, json_short)
    value.includes = take_nillable(data, "Includes", path, decode_json_list_of_int)
    value.source_maps = take_nillable(
        data, "SourceMaps", path, decode_json_list_of_crm_script_source_map
    )
    value.validation_result = take_nillable(
        data, "ValidationResult", path, decode_json_crm_script_result
    )
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.blocked_verbs = take(data, "BlockedVerbs", path, decode_json_ej_script_verb)
    value.extra = (
        None
        if _CRM_SCRIPT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _CRM_SCRIPT_ENTITY_KEYS)
    )
    return value


def encode_json_crm_script_entity(value: CRMScriptEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EjscriptId", value.ejscript_id, json_write_int)
    put_json(result, "UniqueIdentifier", value.unique_identifier, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "IncludeId", value.include_id, json_write_str)
    put_json(result, "AccessKey", value.access_key, json_write_str)
    put_json(result, "HierarchyId", value.hierarchy_id, json_write_int)
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "SourceCode", value.source_code, json_write_str)
    put_json(result, "ScriptType", value.script_type, encode_json_script_type)
    put_json(result, "HtmlOutput", value.html_output, json_write_short)
    put_json(result, "Includes", value.includes, encode_json_list_of_int)
    put_json(result, "SourceMaps", value.source_maps, encode_json_list_of_crm_script_source_map)
    put_json(result, "ValidationResult", value.validation_result, encode_json_crm_script_result)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    put_json(result, "BlockedVerbs", value.blocked_verbs, encode_json_ej_script_verb)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRM_SCRIPT_ENTITY_CODEC = Codec(
    decode_xml_crm_script_entity,
    encode_xml_crm_script_entity,
    decode_json_crm_script_entity,
    encode_json_crm_script_entity,
)
