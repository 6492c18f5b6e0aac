"""Services88 types: TemplateVariablesParameters.

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
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_str,
)
from .carrier import Carrier
from .document_entity import (
    DocumentEntity,
    decode_json_document_entity,
    decode_xml_document_entity,
    encode_json_document_entity,
    encode_xml_document_entity,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .generator_encoding import (
    GeneratorEncoding,
    decode_json_generator_encoding,
    decode_xml_generator_encoding,
    encode_json_generator_encoding,
    encode_xml_generator_encoding,
)
from .list_of_str import (
    decode_json_list_of_list_of_str,
    decode_xml_list_of_list_of_str,
    encode_json_list_of_list_of_str,
    encode_xml_list_of_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CULTURE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CultureName"
_CUSTOM_TAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomTags"
_DOCUMENT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentEntity"
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_ENCODING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Encoding"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PRODUCT_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductKey"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_QUOTE_ALTERNATIVE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteAlternativeId"
)
_QUOTE_LINE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteLineId"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionId"
_SOURCE_INPUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourceInput"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TEMPLATE_VARIABLES_PARAMETERS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TemplateVariablesParameters"
)
_TICKET_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketId"


@dataclasses.dataclass(kw_only=True, repr=False)
class TemplateVariablesParameters(Carrier):
    """Parameters specifying source and properties for template variable substitution.

    Carrier object for TemplateVariablesParameters. Services for the TemplateVariablesParameters
    Carrier is available from the Document Agent.
    """

    source_input: str | None | Unset = UNSET
    """Source string to parse for template variables. Such variables must have delimiters
    corresponding to the standard for the given generator encoding.Non-text source data (such as
    the binary content of a .doc file) should be passed in as Base64.
    """
    encoding: GeneratorEncoding | str | Unset = UNSET
    """Encoding of source string. Non-text formats such as MsWord or Excel should be Base64 encoded
    in the source string.
    """
    culture_name: str | None | Unset = UNSET
    """Name of culture to be used for culture-sensitive data, such as dates or multi-language
    texts. Use a blank string to accept current culture that is set on the server.
    """
    contact_id: int | Unset = UNSET
    """Identifier for a contact"""
    person_id: int | Unset = UNSET
    """Identifier for a person"""
    project_id: int | Unset = UNSET
    """Identifier for a project"""
    selection_id: int | Unset = UNSET
    """Identifier for a selection"""
    appointment_id: int | Unset = UNSET
    """Identifier for an appointment"""
    document_id: int | Unset = UNSET
    """Identifier for a document"""
    sale_id: int | Unset = UNSET
    """Identifier for a sale"""
    quote_line_id: int | Unset = UNSET
    """Quote line id"""
    quote_alternative_id: int | Unset = UNSET
    """Quote alternative id"""
    product_key: str | None | Unset = UNSET
    """Product key"""
    custom_tags: list[list[str | None] | None] | None | Unset = UNSET
    """Array with custom tags and values. Array may be of unlimited height, but need to be exactly
    2 in width.
    """
    ticket_id: int | Unset = UNSET
    """Identifier for ticket"""
    document_entity: DocumentEntity | None | Unset = UNSET
    """Custom document entity to use for data retrieval. Useful for unsaved data.
    DocumentEntity.DocumentId need to match the DocumentId specified in separate property.
    """

    def to_xml(self) -> Element:
        return encode_xml_template_variables_parameters(None, _TEMPLATE_VARIABLES_PARAMETERS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TemplateVariablesParameters:
        return record_from_xml(decode_xml_template_variables_parameters, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_template_variables_parameters(self)

    @classmethod
    def from_json(cls, data: Any) -> TemplateVariablesParameters:
        return record_from_json(decode_json_template_variables_parameters, data)


_TEMPLATE_VARIABLES_PARAMETERS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SourceInput",
        "Encoding",
        "CultureName",
        "ContactId",
        "PersonId",
        "ProjectId",
        "SelectionId",
        "AppointmentId",
        "DocumentId",
        "SaleId",
        "QuoteLineId",
        "QuoteAlternativeId",
        "ProductKey",
        "CustomTags",
        "TicketId",
        "DocumentEntity",
    )
)


def decode_xml_template_variables_parameters(element: Element) -> TemplateVariablesParameters:
    value = TemplateVariablesParameters()
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
        elif tag == _SOURCE_INPUT:
            value.source_input = child.text or empty_or_nil(child)
        elif tag == _ENCODING:
            value.encoding = decode_xml_generator_encoding(child)
        elif tag == _CULTURE_NAME:
            value.culture_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _SELECTION_ID:
            value.selection_id = read_int(child)
        elif tag == _APPOINTMENT_ID:
            value.appointment_id = read_int(child)
        elif tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _QUOTE_LINE_ID:
            value.quote_line_id = read_int(child)
        elif tag == _QUOTE_ALTERNATIVE_ID:
            value.quote_alternative_id = read_int(child)
        elif tag == _PRODUCT_KEY:
            value.product_key = child.text or empty_or_nil(child)
        elif tag == _CUSTOM_TAGS:
            value.custom_tags = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_list_of_str(child)
            )
        elif tag == _TICKET_ID:
            value.ticket_id = read_int(child)
        elif tag == _DOCUMENT_ENTITY:
            value.document_entity = (
                None if child.get(XSI_NIL) in NIL else decode_xml_document_entity(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_template_variables_parameters(
    parent: Element | None, tag: str, value: TemplateVariablesParameters
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SOURCE_INPUT, value.source_input, write_str)
    put(element, _ENCODING, value.encoding, encode_xml_generator_encoding)
    put(element, _CULTURE_NAME, value.culture_name, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _SELECTION_ID, value.selection_id, write_int)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _QUOTE_LINE_ID, value.quote_line_id, write_int)
    put(element, _QUOTE_ALTERNATIVE_ID, value.quote_alternative_id, write_int)
    put(element, _PRODUCT_KEY, value.product_key, write_str)
    put(element, _CUSTOM_TAGS, value.custom_tags, encode_xml_list_of_list_of_str)
    put(element, _TICKET_ID, value.ticket_id, write_int)
    put(element, _DOCUMENT_ENTITY, value.document_entity, encode_xml_document_entity)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_template_variables_parameters(data: Any, path: str) -> TemplateVariablesParameters:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TemplateVariablesParameters)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.source_input = take_str_nillable(data, "SourceInput", path)
    value.encoding = take(data, "Encoding", path, decode_json_generator_encoding)
    value.culture_name = take_str_nillable(data, "CultureName", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.selection_id = take_int(data, "SelectionId", path)
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.document_id = take_int(data, "DocumentId", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.quote_line_id = take_int(data, "QuoteLineId", path)
    value.quote_alternative_id = take_int(data, "QuoteAlternativeId", path)
    value.product_key = take_str_nillable(data, "ProductKey", path)
    value.custom_tags = take_nillable(data, "CustomTags", path, decode_json_list_of_list_of_str)
    value.ticket_id = take_int(data, "TicketId", path)
    value.document_entity = take_nillable(
        data, "DocumentEntity", path, decode_json_document_entity
    )
    value.extra = (
        None
        if _TEMPLATE_VARIABLES_PARAMETERS_KEYS.issuperset(data)
        else json_extra(data, _TEMPLATE_VARIABLES_PARAMETERS_KEYS)
    )
    return value


def encode_json_template_variables_parameters(
    value: TemplateVariablesParameters,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SourceInput", value.source_input, json_write_str)
    put_json(result, "Encoding", value.encoding, encode_json_generator_encoding)
    put_json(result, "CultureName", value.culture_name, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "SelectionId", value.selection_id, json_write_int)
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "QuoteLineId", value.quote_line_id, json_write_int)
    put_json(result, "QuoteAlternativeId", value.quote_alternative_id, json_write_int)
    put_json(result, "ProductKey", value.product_key, json_write_str)
    put_json(result, "CustomTags", value.custom_tags, encode_json_list_of_list_of_str)
    put_json(result, "TicketId", value.ticket_id, json_write_int)
    put_json(result, "DocumentEntity", value.document_entity, encode_json_document_entity)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TEMPLATE_VARIABLES_PARAMETERS_CODEC = Codec(
    decode_xml_template_variables_parameters,
    encode_xml_template_variables_parameters,
    decode_json_template_variables_parameters,
    encode_json_template_variables_parameters,
)
