"""Services88 types: DocumentTemplateMigrationList.

Used by the DocumentMigration agent.
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
    json_extra,
    json_object,
    json_write_int,
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
    take_nillable,
    write_int,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)

_DOCUMENT_TEMPLATE_MIGRATION_LIST = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTemplateMigrationList"
)
_NUM_TEMPLATES_ALREADY_MIGRATED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumTemplatesAlreadyMigrated"
)
_NUM_TEMPLATES_OMITTED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumTemplatesOmitted"
)
_TEMPLATE_IDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TemplateIds"


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentTemplateMigrationList(Record):
    """Carrier object for DocumentTemplateMigrationList. Services for the
    DocumentTemplateMigrationList Carrier is available from the DocumentMigration Agent.
    """

    num_templates_omitted: int | Unset = UNSET
    """Total amount of templates which has been omitted from the migration."""
    num_templates_already_migrated: int | Unset = UNSET
    """Total amount of templates already migrated to the requested documentplugin."""
    template_ids: list[int] | None | Unset = UNSET
    """List of IDs for templates to be migrated."""

    def to_xml(self) -> Element:
        return encode_xml_document_template_migration_list(
            None, _DOCUMENT_TEMPLATE_MIGRATION_LIST, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentTemplateMigrationList:
        return record_from_xml(decode_xml_document_template_migration_list, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_template_migration_list(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentTemplateMigrationList:
        return record_from_json(decode_json_document_template_migration_list, data)


_DOCUMENT_TEMPLATE_MIGRATION_LIST_KEYS = frozenset(
    (
        "NumTemplatesOmitted",
        "NumTemplatesAlreadyMigrated",
        "TemplateIds",
    )
)


def decode_xml_document_template_migration_list(element: Element) -> DocumentTemplateMigrationList:
    value = DocumentTemplateMigrationList()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NUM_TEMPLATES_OMITTED:
            value.num_templates_omitted = read_int(child)
        elif tag == _NUM_TEMPLATES_ALREADY_MIGRATED:
            value.num_templates_already_migrated = read_int(child)
        elif tag == _TEMPLATE_IDS:
            value.template_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_template_migration_list(
    parent: Element | None, tag: str, value: DocumentTemplateMigrationList
) -> Element:
    element = new_child(parent, tag)
    put(element, _NUM_TEMPLATES_OMITTED, value.num_templates_omitted, write_int)
    put(element, _NUM_TEMPLATES_ALREADY_MIGRATED, value.num_templates_already_migrated, write_int)
    put(element, _TEMPLATE_IDS, value.template_ids, encode_xml_list_of_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_template_migration_list(
    data: Any, path: str
) -> DocumentTemplateMigrationList:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentTemplateMigrationList)
    value.num_templates_omitted = take_int(data, "NumTemplatesOmitted", path)
    value.num_templates_already_migrated = take_int(data, "NumTemplatesAlreadyMigrated", path)
    value.template_ids = take_nillable(data, "TemplateIds", path, decode_json_list_of_int)
    value.extra = (
        None
        if _DOCUMENT_TEMPLATE_MIGRATION_LIST_KEYS.issuperset(data)
        else json_extra(data, _DOCUMENT_TEMPLATE_MIGRATION_LIST_KEYS)
    )
    return value


def encode_json_document_template_migration_list(
    value: DocumentTemplateMigrationList,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "NumTemplatesOmitted", value.num_templates_omitted, json_write_int)
    put_json(
        result, "NumTemplatesAlreadyMigrated", value.num_templates_already_migrated, json_write_int
    )
    put_json(result, "TemplateIds", value.template_ids, encode_json_list_of_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_TEMPLATE_MIGRATION_LIST_CODEC = Codec(
    decode_xml_document_template_migration_list,
    encode_xml_document_template_migration_list,
    decode_json_document_template_migration_list,
    encode_json_document_template_migration_list,
)
