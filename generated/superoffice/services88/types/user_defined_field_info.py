"""Services88 types: ArrayOfUserDefinedFieldInfo, UserDefinedFieldInfo.

Used by the UserDefinedFieldInfo agent.
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
from .u_def_field_type import (
    UDefFieldType,
    decode_json_u_def_field_type,
    decode_xml_u_def_field_type,
    encode_json_u_def_field_type,
    encode_xml_u_def_field_type,
)
from .u_def_type import (
    UDefType,
    decode_json_u_def_type,
    decode_xml_u_def_type,
    encode_json_u_def_type,
    encode_xml_u_def_type,
)
from .udef_justification import (
    UdefJustification,
    decode_json_udef_justification,
    decode_xml_udef_justification,
    encode_json_udef_justification,
    encode_xml_udef_justification,
)

_COLUMN_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColumnId"
_FIELD_DEFAULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldDefault"
_FIELD_HEIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldHeight"
_FIELD_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldLabel"
_FIELD_LEFT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldLeft"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIELD_TOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldTop"
_FIELD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldType"
_FIELD_WIDTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldWidth"
_FORMAT_MASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormatMask"
_HAS_BEEN_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasBeenPublished"
_HIDE_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HideLabel"
_IS_INDEXED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsIndexed"
_IS_MANDATORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsMandatory"
_IS_READ_ONLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsReadOnly"
_JUSTIFICATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Justification"
_LABEL_HEIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LabelHeight"
_LABEL_LEFT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LabelLeft"
_LABEL_TOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LabelTop"
_LABEL_WIDTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LabelWidth"
_LAST_VERSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastVersionId"
_LIST_TABLE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListTableId"
_MDO_LIST_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MdoListName"
_PAGE_1_LINE_NO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Page1LineNo"
_PROG_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProgId"
_SHORT_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShortLabel"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TAB_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TabOrder"
_TEMPLATE_VARIABLE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TemplateVariableName"
)
_TEXT_LENGTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TextLength"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_UDEF_IDENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UdefIdentity"
_UD_LIST_DEFINITION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UDListDefinitionId"
)
_USER_DEFINED_FIELD_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedFieldInfo"
)
_U_DEF_FIELD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UDefFieldId"
_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Version"


@dataclasses.dataclass(kw_only=True, repr=False)
class UserDefinedFieldInfo(Carrier):
    """Return information about the user defined fields. The information can be used to mirror the
    layout of the user-defined fields in the user interface.

    Carrier object for UserDefinedFieldInfo. Services for the UserDefinedFieldInfo Carrier is
    available from the UserDefinedFieldInfo Agent.
    """

    u_def_field_id: int | Unset = UNSET
    """Primary key"""
    column_id: int | Unset = UNSET
    """The ID of the database column this field corresponds to"""
    field_default: str | None | Unset = UNSET
    """Optional default value for String fields"""
    field_height: int | Unset = UNSET
    """field height in pixels, 0 = 'enough' (from font)"""
    field_label: str | None | Unset = UNSET
    """The label (lead text)"""
    field_left: int | Unset = UNSET
    """X pixel coordinate of field"""
    field_top: int | Unset = UNSET
    """Y pixel coordinate of field"""
    field_type: UDefFieldType | str | Unset = UNSET
    """Field type: 0 = leadtext only, 1 = Edit, 2 = CheckBox, 3 = dropdown, 4 = listbox"""
    field_width: int | Unset = UNSET
    """field width in pixels, 0 = 'enough' (from font)"""
    format_mask: str | None | Unset = UNSET
    """Formatting mask, can be whatever the controls understand (currently nothing :-))"""
    hide_label: bool | Unset = UNSET
    """Hide the label if 1"""
    is_indexed: bool | Unset = UNSET
    """Is this field indexed? 0 if no, index no. if yes"""
    label_height: int | Unset = UNSET
    """label height in pixels, 0 = 'enough' (from font)"""
    label_left: int | Unset = UNSET
    """X pixel coordinate of label"""
    label_top: int | Unset = UNSET
    """Y pixel coordinate of label"""
    label_width: int | Unset = UNSET
    """label width in pixels, 0 = 'enough' (from font)"""
    last_version_id: int | Unset = UNSET
    """UDefFieldId this field had in the previous version, 0 = field is new in this version"""
    list_table_id: int | Unset = UNSET
    """The table ID of the source table for lists: kTableAssoc, kTableContInt or whatever"""
    is_mandatory: bool | Unset = UNSET
    """0 = no, 1 = yes (field must be filled out)"""
    type: UDefType | str | Unset = UNSET
    """ID of owning table (contact, person, project) - this is not the actual tableNumber, rather
    it's an enum
    """
    page_1_line_no: int | Unset = UNSET
    """Line no on View Page 1, used if MDO flags are OFF. 0 = this field is not visible on page 1"""
    prog_id: str | None | Unset = UNSET
    """Programmatic ID, for use by software that needs to find a particular field. Carried over
    like udefIdentity across generations. Use a Company.Product.Field format to avoid naming
    conflicts; the Company name SuperOffice is reserved.
    """
    is_read_only: bool | Unset = UNSET
    """0 = read/write, 1 = readonly (don't combine with mandatory 8-) )"""
    short_label: str | None | Unset = UNSET
    """Short name to be used in Archive headings and on page 1. If blank, the fieldLabel will be
    used everywhere.
    """
    tab_order: int | Unset = UNSET
    """Tab order value, sets the field processing sequence"""
    text_length: int | Unset = UNSET
    """Length (in characters) of a text field, 0 for other types"""
    tooltip: str | None | Unset = UNSET
    """Optional tooltip text for this field"""
    udef_identity: int | Unset = UNSET
    """Unique number used to track field identity across layout changes"""
    ud_list_definition_id: int | Unset = UNSET
    """List to use for populating dropdown or listbox"""
    justification: UdefJustification | str | Unset = UNSET
    """Justification - 0 = default, left, right, center"""
    version: int | Unset = UNSET
    """Definition version number; ALL fields get new version whenever layout is updated."""
    template_variable_name: str | None | Unset = UNSET
    """Template variable name"""
    has_been_published: bool | Unset = UNSET
    """Has the udef field been published?"""
    mdo_list_name: str | None | Unset = UNSET
    """MDO list name used to populate this list. Derived from UDListDefinitionId and ListTableId.
    (Read-only)
    """

    def to_xml(self) -> Element:
        return encode_xml_user_defined_field_info(None, _USER_DEFINED_FIELD_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserDefinedFieldInfo:
        return record_from_xml(decode_xml_user_defined_field_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_defined_field_info(self)

    @classmethod
    def from_json(cls, data: Any) -> UserDefinedFieldInfo:
        return record_from_json(decode_json_user_defined_field_info, data)


_USER_DEFINED_FIELD_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "UDefFieldId",
        "ColumnId",
        "FieldDefault",
        "FieldHeight",
        "FieldLabel",
        "FieldLeft",
        "FieldTop",
        "FieldType",
        "FieldWidth",
        "FormatMask",
        "HideLabel",
        "IsIndexed",
        "LabelHeight",
        "LabelLeft",
        "LabelTop",
        "LabelWidth",
        "LastVersionId",
        "ListTableId",
        "IsMandatory",
        "Type",
        "Page1LineNo",
        "ProgId",
        "IsReadOnly",
        "ShortLabel",
        "TabOrder",
        "TextLength",
        "Tooltip",
        "UdefIdentity",
        "UDListDefinitionId",
        "Justification",
        "Version",
        "TemplateVariableName",
        "HasBeenPublished",
        "MdoListName",
    )
)


def decode_xml_user_defined_field_info(element: Element) -> UserDefinedFieldInfo:
    value = UserDefinedFieldInfo()
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
        elif tag == _U_DEF_FIELD_ID:
            value.u_def_field_id = read_int(child)
        elif tag == _COLUMN_ID:
            value.column_id = read_int(child)
        elif tag == _FIELD_DEFAULT:
            value.field_default = child.text or empty_or_nil(child)
        elif tag == _FIELD_HEIGHT:
            value.field_height = read_short(child)
        elif tag == _FIELD_LABEL:
            value.field_label = child.text or empty_or_nil(child)
        elif tag == _FIELD_LEFT:
            value.field_left = read_short(child)
        elif tag == _FIELD_TOP:
            value.field_top = read_short(child)
        elif tag == _FIELD_TYPE:
            value.field_type = decode_xml_u_def_field_type(child)
        elif tag == _FIELD_WIDTH:
            value.field_width = read_short(child)
        elif tag == _FORMAT_MASK:
            value.format_mask = child.text or empty_or_nil(child)
        elif tag == _HIDE_LABEL:
            value.hide_label = read_bool(child)
        elif tag == _IS_INDEXED:
            value.is_indexed = read_bool(child)
        elif tag == _LABEL_HEIGHT:
            value.label_height = read_short(child)
        elif tag == _LABEL_LEFT:
            value.label_left = read_short(child)
        elif tag == _LABEL_TOP:
            value.label_top = read_short(child)
        elif tag == _LABEL_WIDTH:
            value.label_width = read_short(child)
        elif tag == _LAST_VERSION_ID:
            value.last_version_id = read_int(child)
        elif tag == _LIST_TABLE_ID:
            value.list_table_id = read_short(child)
        elif tag == _IS_MANDATORY:
            value.is_mandatory = read_bool(child)
        elif tag == _TYPE:
            value.type = decode_xml_u_def_type(child)
        elif tag == _PAGE_1_LINE_NO:
            value.page_1_line_no = read_short(child)
        elif tag == _PROG_ID:
            value.prog_id = child.text or empty_or_nil(child)
        elif tag == _IS_READ_ONLY:
            value.is_read_only = read_bool(child)
        elif tag == _SHORT_LABEL:
            value.short_label = child.text or empty_or_nil(child)
        elif tag == _TAB_ORDER:
            value.tab_order = read_short(child)
        elif tag == _TEXT_LENGTH:
            value.text_length = read_short(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _UDEF_IDENTITY:
            value.udef_identity = read_int(child)
        elif tag == _UD_LIST_DEFINITION_ID:
            value.ud_list_definition_id = read_int(child)
        elif tag == _JUSTIFICATION:
            value.justification = decode_xml_udef_justification(child)
        elif tag == _VERSION:
            value.version = read_short(child)
        elif tag == _TEMPLATE_VARIABLE_NAME:
            value.template_variable_name = child.text or empty_or_nil(child)
        elif tag == _HAS_BEEN_PUBLISHED:
            value.has_been_published = read_bool(child)
        elif tag == _MDO_LIST_NAME:
            value.mdo_list_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_defined_field_info(
    parent: Element | None, tag: str, value: UserDefinedFieldInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _U_DEF_FIELD_ID, value.u_def_field_id, write_int)
    put(element, _COLUMN_ID, value.column_id, write_int)
    put(element, _FIELD_DEFAULT, value.field_default, write_str)
    put(element, _FIELD_HEIGHT, value.field_height, write_short)
    put(element, _FIELD_LABEL, value.field_label, write_str)
    put(element, _FIELD_LEFT, value.field_left, write_short)
    put(element, _FIELD_TOP, value.field_top, write_short)
    put(element, _FIELD_TYPE, value.field_type, encode_xml_u_def_field_type)
    put(element, _FIELD_WIDTH, value.field_width, write_short)
    put(element, _FORMAT_MASK, value.format_mask, write_str)
    put(element, _HIDE_LABEL, value.hide_label, write_bool)
    put(element, _IS_INDEXED, value.is_indexed, write_bool)
    put(element, _LABEL_HEIGHT, value.label_height, write_short)
    put(element, _LABEL_LEFT, value.label_left, write_short)
    put(element, _LABEL_TOP, value.label_top, write_short)
    put(element, _LABEL_WIDTH, value.label_width, write_short)
    put(element, _LAST_VERSION_ID, value.last_version_id, write_int)
    put(element, _LIST_TABLE_ID, value.list_table_id, write_short)
    put(element, _IS_MANDATORY, value.is_mandatory, write_bool)
    put(element, _TYPE, value.type, encode_xml_u_def_type)
    put(element, _PAGE_1_LINE_NO, value.page_1_line_no, write_short)
    put(element, _PROG_ID, value.prog_id, write_str)
    put(element, _IS_READ_ONLY, value.is_read_only, write_bool)
    put(element, _SHORT_LABEL, value.short_label, write_str)
    put(element, _TAB_ORDER, value.tab_order, write_short)
    put(element, _TEXT_LENGTH, value.text_length, write_short)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _UDEF_IDENTITY, value.udef_identity, write_int)
    put(element, _UD_LIST_DEFINITION_ID, value.ud_list_definition_id, write_int)
    put(element, _JUSTIFICATION, value.justification, encode_xml_udef_justification)
    put(element, _VERSION, value.version, write_short)
    put(element, _TEMPLATE_VARIABLE_NAME, value.template_variable_name, write_str)
    put(element, _HAS_BEEN_PUBLISHED, value.has_been_published, write_bool)
    put(element, _MDO_LIST_NAME, value.mdo_list_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_defined_field_info(data: Any, path: str) -> UserDefinedFieldInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserDefinedFieldInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.u_def_field_id = take_int(data, "UDefFieldId", path)
    value.column_id = take_int(data, "ColumnId", path)
    value.field_default = take_str_nillable(data, "FieldDefault", path)
    value.field_height = take(data, "FieldHeight", path, json_short)
    value.field_label = take_str_nillable(data, "FieldLabel", path)
    value.field_left = take(data, "FieldLeft", path, json_short)
    value.field_top = take(data, "FieldTop", path, json_short)
    value.field_type = take(data, "FieldType", path, decode_json_u_def_field_type)
    value.field_width = take(data, "FieldWidth", path, json_short)
    value.format_mask = take_str_nillable(data, "FormatMask", path)
    value.hide_label = take_bool(data, "HideLabel", path)
    value.is_indexed = take_bool(data, "IsIndexed", path)
    value.label_height = take(data, "LabelHeight", path, json_short)
    value.label_left = take(data, "LabelLeft", path, json_short)
    value.label_top = take(data, "LabelTop", path, json_short)
    value.label_width = take(data, "LabelWidth", path, json_short)
    value.last_version_id = take_int(data, "LastVersionId", path)
    value.list_table_id = take(data, "ListTableId", path, json_short)
    value.is_mandatory = take_bool(data, "IsMandatory", path)
    value.type = take(data, "Type", path, decode_json_u_def_type)
    value.page_1_line_no = take(data, "Page1LineNo", path, json_short)
    value.prog_id = take_str_nillable(data, "ProgId", path)
    value.is_read_only = take_bool(data, "IsReadOnly", path)
    value.short_label = take_str_nillable(data, "ShortLabel", path)
    value.tab_order = take(data, "TabOrder", path, json_short)
    value.text_length = take(data, "TextLength", path, json_short)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.udef_identity = take_int(data, "UdefIdentity", path)
    value.ud_list_definition_id = take_int(data, "UDListDefinitionId", path)
    value.justification = take(data, "Justification", path, decode_json_udef_justification)
    value.version = take(data, "Version", path, json_short)
    value.template_variable_name = take_str_nillable(data, "TemplateVariableName", path)
    value.has_been_published = take_bool(data, "HasBeenPublished", path)
    value.mdo_list_name = take_str_nillable(data, "MdoListName", path)
    value.extra = (
        None
        if _USER_DEFINED_FIELD_INFO_KEYS.issuperset(data)
        else json_extra(data, _USER_DEFINED_FIELD_INFO_KEYS)
    )
    return value


def encode_json_user_defined_field_info(value: UserDefinedFieldInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "UDefFieldId", value.u_def_field_id, json_write_int)
    put_json(result, "ColumnId", value.column_id, json_write_int)
    put_json(result, "FieldDefault", value.field_default, json_write_str)
    put_json(result, "FieldHeight", value.field_height, json_write_short)
    put_json(result, "FieldLabel", value.field_label, json_write_str)
    put_json(result, "FieldLeft", value.field_left, json_write_short)
    put_json(result, "FieldTop", value.field_top, json_write_short)
    put_json(result, "FieldType", value.field_type, encode_json_u_def_field_type)
    put_json(result, "FieldWidth", value.field_width, json_write_short)
    put_json(result, "FormatMask", value.format_mask, json_write_str)
    put_json(result, "HideLabel", value.hide_label, json_write_bool)
    put_json(result, "IsIndexed", value.is_indexed, json_write_bool)
    put_json(result, "LabelHeight", value.label_height, json_write_short)
    put_json(result, "LabelLeft", value.label_left, json_write_short)
    put_json(result, "LabelTop", value.label_top, json_write_short)
    put_json(result, "LabelWidth", value.label_width, json_write_short)
    put_json(result, "LastVersionId", value.last_version_id, json_write_int)
    put_json(result, "ListTableId", value.list_table_id, json_write_short)
    put_json(result, "IsMandatory", value.is_mandatory, json_write_bool)
    put_json(result, "Type", value.type, encode_json_u_def_type)
    put_json(result, "Page1LineNo", value.page_1_line_no, json_write_short)
    put_json(result, "ProgId", value.prog_id, json_write_str)
    put_json(result, "IsReadOnly", value.is_read_only, json_write_bool)
    put_json(result, "ShortLabel", value.short_label, json_write_str)
    put_json(result, "TabOrder", value.tab_order, json_write_short)
    put_json(result, "TextLength", value.text_length, json_write_short)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "UdefIdentity", value.udef_identity, json_write_int)
    put_json(result, "UDListDefinitionId", value.ud_list_definition_id, json_write_int)
    put_json(result, "Justification", value.justification, encode_json_udef_justification)
    put_json(result, "Version", value.version, json_write_short)
    put_json(result, "TemplateVariableName", value.template_variable_name, json_write_str)
    put_json(result, "HasBeenPublished", value.has_been_published, json_write_bool)
    put_json(result, "MdoListName", value.mdo_list_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_DEFINED_FIELD_INFO_CODEC = Codec(
    decode_xml_user_defined_field_info,
    encode_xml_user_defined_field_info,
    decode_json_user_defined_field_info,
    encode_json_user_defined_field_info,
)


def decode_xml_list_of_user_defined_field_info(
    element: Element,
) -> list[UserDefinedFieldInfo | None]:
    """``ArrayOfUserDefinedFieldInfo``: a list of ``UserDefinedFieldInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_user_defined_field_info(child))
        for child in element
        if child.tag == _USER_DEFINED_FIELD_INFO
    ]


def encode_xml_list_of_user_defined_field_info(
    parent: Element | None, tag: str, value: list[UserDefinedFieldInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _USER_DEFINED_FIELD_INFO, item, encode_xml_user_defined_field_info)
    return element


def decode_json_list_of_user_defined_field_info(
    data: Any, path: str
) -> list[UserDefinedFieldInfo | None]:
    return json_items_nillable(data, path, decode_json_user_defined_field_info)


def encode_json_list_of_user_defined_field_info(
    value: list[UserDefinedFieldInfo | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_user_defined_field_info(item)) for item in value
    ]


LIST_OF_USER_DEFINED_FIELD_INFO_CODEC = Codec(
    decode_xml_list_of_user_defined_field_info,
    encode_xml_list_of_user_defined_field_info,
    decode_json_list_of_user_defined_field_info,
    encode_json_list_of_user_defined_field_info,
)
