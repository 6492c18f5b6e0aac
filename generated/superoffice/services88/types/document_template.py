"""Services88 types: ArrayOfDocumentTemplate, DocumentTemplate.

Used by the Document, EMail, List agents.
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
    json_short,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
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
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .doc_tmpl_direction import (
    DocTmplDirection,
    decode_json_doc_tmpl_direction,
    decode_xml_doc_tmpl_direction,
    encode_json_doc_tmpl_direction,
    encode_xml_doc_tmpl_direction,
)
from .doc_tmpl_quote_type import (
    DocTmplQuoteType,
    decode_json_doc_tmpl_quote_type,
    decode_xml_doc_tmpl_quote_type,
    encode_json_doc_tmpl_quote_type,
    encode_xml_doc_tmpl_quote_type,
)
from .doc_tmpl_type import (
    DocTmplType,
    decode_json_doc_tmpl_type,
    decode_xml_doc_tmpl_type,
    encode_json_doc_tmpl_type,
    encode_xml_doc_tmpl_type,
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

_AUTOEVENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutoeventId"
_DEFAULT_OREF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultOref"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DIRECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Direction"
_DOCUMENT_TEMPLATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTemplate"
_DOCUMENT_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTemplateId"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILENAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Filename"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_QUOTE_DOC_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteDocType"
_RECORD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecordType"
_SAVE_IN_DB = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaveInDb"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentTemplate(Carrier):
    """The template a document is based on is stored in the SO_arc\\template folder on the server.
    This will return the name as displayed in the GUI, and not the physical document name, of
    the template the document object is based on.

    Carrier object for DocumentTemplate. Services for the DocumentTemplate Carrier is available
    from the List Agent.
    """

    document_template_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The list item"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    save_in_db: int | Unset = UNSET
    """1 = save document records in DB; otherwise not."""
    filename: str | None | Unset = UNSET
    """Relative to TemplatePath"""
    default_oref: str | None | Unset = UNSET
    """Processed via tag substitution to give document reference"""
    record_type: DocTmplType | str | Unset = UNSET
    """1 = app, 2 = doc, 3 = email, 4 = fax, 5 = phone, 6 = todo - see EAppntRecordTypes"""
    deleted: int | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""
    direction: DocTmplDirection | str | Unset = UNSET
    """1 = incoming, 2 = outgoing, see EAppntDirection"""
    autoevent_id: int | Unset = UNSET
    """Which document plugin is responsible for the documents generated from this template"""
    quote_doc_type: DocTmplQuoteType | str | Unset = UNSET
    """What type of quote document is this."""

    def to_xml(self) -> Element:
        return encode_xml_document_template(None, _DOCUMENT_TEMPLATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentTemplate:
        return record_from_xml(decode_xml_document_template, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_template(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentTemplate:
        return record_from_json(decode_json_document_template, data)


_DOCUMENT_TEMPLATE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DocumentTemplateId",
        "Name",
        "Tooltip",
        "SaveInDb",
        "Filename",
        "DefaultOref",
        "RecordType",
        "Deleted",
        "Direction",
        "AutoeventId",
        "QuoteDocType",
    )
)


def decode_xml_document_template(element: Element) -> DocumentTemplate:
    value = DocumentTemplate()
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
        elif tag == _DOCUMENT_TEMPLATE_ID:
            value.document_template_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _SAVE_IN_DB:
            value.save_in_db = read_short(child)
        elif tag == _FILENAME:
            value.filename = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_OREF:
            value.default_oref = child.text or empty_or_nil(child)
        elif tag == _RECORD_TYPE:
            value.record_type = decode_xml_doc_tmpl_type(child)
        elif tag == _DELETED:
            value.deleted = read_short(child)
        elif tag == _DIRECTION:
            value.direction = decode_xml_doc_tmpl_direction(child)
        elif tag == _AUTOEVENT_ID:
            value.autoevent_id = read_int(child)
        elif tag == _QUOTE_DOC_TYPE:
            value.quote_doc_type = decode_xml_doc_tmpl_quote_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_template(
    parent: Element | None, tag: str, value: DocumentTemplate
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DOCUMENT_TEMPLATE_ID, value.document_template_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _SAVE_IN_DB, value.save_in_db, write_short)
    put(element, _FILENAME, value.filename, write_str)
    put(element, _DEFAULT_OREF, value.default_oref, write_str)
    put(element, _RECORD_TYPE, value.record_type, encode_xml_doc_tmpl_type)
    put(element, _DELETED, value.deleted, write_short)
    put(element, _DIRECTION, value.direction, encode_xml_doc_tmpl_direction)
    put(element, _AUTOEVENT_ID, value.autoevent_id, write_int)
    put(element, _QUOTE_DOC_TYPE, value.quote_doc_type, encode_xml_doc_tmpl_quote_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_template(data: Any, path: str) -> DocumentTemplate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentTemplate)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.document_template_id = take_int(data, "DocumentTemplateId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.save_in_db = take(data, "SaveInDb", path, json_short)
    value.filename = take_str_nillable(data, "Filename", path)
    value.default_oref = take_str_nillable(data, "DefaultOref", path)
    value.record_type = take(data, "RecordType", path, decode_json_doc_tmpl_type)
    value.deleted = take(data, "Deleted", path, json_short)
    value.direction = take(data, "Direction", path, decode_json_doc_tmpl_direction)
    value.autoevent_id = take_int(data, "AutoeventId", path)
    value.quote_doc_type = take(data, "QuoteDocType", path, decode_json_doc_tmpl_quote_type)
    value.extra = (
        None
        if _DOCUMENT_TEMPLATE_KEYS.issuperset(data)
        else json_extra(data, _DOCUMENT_TEMPLATE_KEYS)
    )
    return value


def encode_json_document_template(value: DocumentTemplate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DocumentTemplateId", value.document_template_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "SaveInDb", value.save_in_db, json_write_short)
    put_json(result, "Filename", value.filename, json_write_str)
    put_json(result, "DefaultOref", value.default_oref, json_write_str)
    put_json(result, "RecordType", value.record_type, encode_json_doc_tmpl_type)
    put_json(result, "Deleted", value.deleted, json_write_short)
    put_json(result, "Direction", value.direction, encode_json_doc_tmpl_direction)
    put_json(result, "AutoeventId", value.autoevent_id, json_write_int)
    put_json(result, "QuoteDocType", value.quote_doc_type, encode_json_doc_tmpl_quote_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_TEMPLATE_CODEC = Codec(
    decode_xml_document_template,
    encode_xml_document_template,
    decode_json_document_template,
    encode_json_document_template,
)


def decode_xml_list_of_document_template(element: Element) -> list[DocumentTemplate | None]:
    """``ArrayOfDocumentTemplate``: a list of ``DocumentTemplate`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_document_template(child))
        for child in element
        if child.tag == _DOCUMENT_TEMPLATE
    ]


def encode_xml_list_of_document_template(
    parent: Element | None, tag: str, value: list[DocumentTemplate | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DOCUMENT_TEMPLATE, item, encode_xml_document_template)
    return element


def decode_json_list_of_document_template(data: Any, path: str) -> list[DocumentTemplate | None]:
    return json_items_nillable(data, path, decode_json_document_template)


def encode_json_list_of_document_template(value: list[DocumentTemplate | None]) -> list[Any]:
    return [(None if item is None else encode_json_document_template(item)) for item in value]


LIST_OF_DOCUMENT_TEMPLATE_CODEC = Codec(
    decode_xml_list_of_document_template,
    encode_xml_list_of_document_template,
    decode_json_list_of_document_template,
    encode_json_list_of_document_template,
)
