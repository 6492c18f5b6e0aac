"""Services88 types: SuggestedDocumentEntity.

Used by the Document agent.
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
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .document_template import (
    DocumentTemplate,
    decode_json_document_template,
    decode_xml_document_template,
    encode_json_document_template,
    encode_xml_document_template,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .project_type_status_link import (
    ProjectTypeStatusLink,
    decode_json_project_type_status_link,
    decode_xml_project_type_status_link,
    encode_json_project_type_status_link,
    encode_xml_project_type_status_link,
)
from .sale_type_stage_link import (
    SaleTypeStageLink,
    decode_json_sale_type_stage_link,
    decode_xml_sale_type_stage_link,
    encode_json_sale_type_stage_link,
    encode_xml_sale_type_stage_link,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DOCTMPL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DoctmplId"
_DOC_TMPL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocTmpl"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Header"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OUR_REF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OurRef"
_PROJECT_TYPE_STATUS_LINK = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectTypeStatusLink"
)
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SALE_TYPE_STAGE_LINK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeStageLink"
_SUGGESTED_DOCUMENT_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedDocumentEntity"
)
_SUGGESTED_DOCUMENT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedDocumentId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class SuggestedDocumentEntity(Carrier):
    """Carrier object for SuggestedDocumentEntity. Services for the SuggestedDocumentEntity Carrier
    is available from the Document Agent.
    """

    suggested_document_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Item name, visible in Guide"""
    tooltip: str | None | Unset = UNSET
    """Tooltip / description"""
    rank: int | Unset = UNSET
    """Rank, controls rank of non-instantiated items in Guide"""
    doctmpl_id: int | Unset = UNSET
    """Type of the suggested document"""
    header: str | None | Unset = UNSET
    """Suggested 'header'"""
    our_ref: str | None | Unset = UNSET
    """Suggested 'our reference'"""
    deleted: bool | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""
    doc_tmpl: DocumentTemplate | None | Unset = UNSET
    """Document template"""
    project_type_status_link: ProjectTypeStatusLink | None | Unset = UNSET
    """Project type and project status link info"""
    sale_type_stage_link: SaleTypeStageLink | None | Unset = UNSET
    """Sale type and stage link info."""

    def to_xml(self) -> Element:
        return encode_xml_suggested_document_entity(None, _SUGGESTED_DOCUMENT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SuggestedDocumentEntity:
        return record_from_xml(decode_xml_suggested_document_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_suggested_document_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> SuggestedDocumentEntity:
        return record_from_json(decode_json_suggested_document_entity, data)


_SUGGESTED_DOCUMENT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SuggestedDocumentId",
        "Name",
        "Tooltip",
        "Rank",
        "DoctmplId",
        "Header",
        "OurRef",
        "Deleted",
        "DocTmpl",
        "ProjectTypeStatusLink",
        "SaleTypeStageLink",
    )
)


def decode_xml_suggested_document_entity(element: Element) -> SuggestedDocumentEntity:
    value = SuggestedDocumentEntity()
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
        elif tag == _SUGGESTED_DOCUMENT_ID:
            value.suggested_document_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _DOCTMPL_ID:
            value.doctmpl_id = read_int(child)
        elif tag == _HEADER:
            value.header = child.text or empty_or_nil(child)
        elif tag == _OUR_REF:
            value.our_ref = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _DOC_TMPL:
            value.doc_tmpl = (
                None if child.get(XSI_NIL) in NIL else decode_xml_document_template(child)
            )
        elif tag == _PROJECT_TYPE_STATUS_LINK:
            value.project_type_status_link = (
                None if child.get(XSI_NIL) in NIL else decode_xml_project_type_status_link(child)
            )
        elif tag == _SALE_TYPE_STAGE_LINK:
            value.sale_type_stage_link = (
                None if child.get(XSI_NIL) in NIL else decode_xml_sale_type_stage_link(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_suggested_document_entity(
    parent: Element | None, tag: str, value: SuggestedDocumentEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SUGGESTED_DOCUMENT_ID, value.suggested_document_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _DOCTMPL_ID, value.doctmpl_id, write_int)
    put(element, _HEADER, value.header, write_str)
    put(element, _OUR_REF, value.our_ref, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _DOC_TMPL, value.doc_tmpl, encode_xml_document_template)
    put(
        element,
        _PROJECT_TYPE_STATUS_LINK,
        value.project_type_status_link,
        encode_xml_project_type_status_link,
    )
    put(
        element, _SALE_TYPE_STAGE_LINK, value.sale_type_stage_link, encode_xml_sale_type_stage_link
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_suggested_document_entity(data: Any, path: str) -> SuggestedDocumentEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SuggestedDocumentEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.suggested_document_id = take_int(data, "SuggestedDocumentId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.doctmpl_id = take_int(data, "DoctmplId", path)
    value.header = take_str_nillable(data, "Header", path)
    value.our_ref = take_str_nillable(data, "OurRef", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.doc_tmpl = take_nillable(data, "DocTmpl", path, decode_json_document_template)
    value.project_type_status_link = take_nillable(
        data, "ProjectTypeStatusLink", path, decode_json_project_type_status_link
    )
    value.sale_type_stage_link = take_nillable(
        data, "SaleTypeStageLink", path, decode_json_sale_type_stage_link
    )
    value.extra = (
        None
        if _SUGGESTED_DOCUMENT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SUGGESTED_DOCUMENT_ENTITY_KEYS)
    )
    return value


def encode_json_suggested_document_entity(value: SuggestedDocumentEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SuggestedDocumentId", value.suggested_document_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "DoctmplId", value.doctmpl_id, json_write_int)
    put_json(result, "Header", value.header, json_write_str)
    put_json(result, "OurRef", value.our_ref, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "DocTmpl", value.doc_tmpl, encode_json_document_template)
    put_json(
        result,
        "ProjectTypeStatusLink",
        value.project_type_status_link,
        encode_json_project_type_status_link,
    )
    put_json(
        result, "SaleTypeStageLink", value.sale_type_stage_link, encode_json_sale_type_stage_link
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SUGGESTED_DOCUMENT_ENTITY_CODEC = Codec(
    decode_xml_suggested_document_entity,
    encode_xml_suggested_document_entity,
    decode_json_suggested_document_entity,
    encode_json_suggested_document_entity,
)
