"""Services88 types: ReportLabelLayoutEntity.

Used by the Report agent.
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
    json_unsigned_int,
    json_write_int,
    json_write_short,
    json_write_str,
    json_write_unsigned_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    read_short,
    read_unsigned_int,
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
    write_unsigned_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .report_paper_orientation import (
    ReportPaperOrientation,
    decode_json_report_paper_orientation,
    decode_xml_report_paper_orientation,
    encode_json_report_paper_orientation,
    encode_xml_report_paper_orientation,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_BOTTOM_MARGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BottomMargin"
_COUNT_COLUMNS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountColumns"
_COUNT_ROWS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountRows"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LEFT_MARGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LeftMargin"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_ORIENTATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Orientation"
_PAPER_HEIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PaperHeight"
_PAPER_WIDTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PaperWidth"
_REPORT_LABEL_LAYOUT_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReportLabelLayoutEntity"
)
_REPORT_LABEL_LAYOUT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReportLabelLayoutId"
)
_RIGHT_MARGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RightMargin"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOP_MARGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TopMargin"


@dataclasses.dataclass(kw_only=True, repr=False)
class ReportLabelLayoutEntity(Carrier):
    """Carrier object for ReportLabelLayoutEntity. Services for the ReportLabelLayoutEntity Carrier
    is available from the Report Agent.
    """

    report_label_layout_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of the label layout"""
    description: str | None | Unset = UNSET
    """Description"""
    orientation: ReportPaperOrientation | str | Unset = UNSET
    """Paper orientation: 1=portrait, 2=landscape"""
    paper_width: int | Unset = UNSET
    """Paper width in twips"""
    paper_height: int | Unset = UNSET
    """Paper height in twips"""
    left_margin: int | Unset = UNSET
    """Left margin in twips"""
    right_margin: int | Unset = UNSET
    """Right margin in twips"""
    top_margin: int | Unset = UNSET
    """Top margin in twips"""
    bottom_margin: int | Unset = UNSET
    """Bottom margin in twips"""
    count_columns: int | Unset = UNSET
    """Number og columns"""
    count_rows: int | Unset = UNSET
    """Number of rows"""

    def to_xml(self) -> Element:
        return encode_xml_report_label_layout_entity(None, _REPORT_LABEL_LAYOUT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ReportLabelLayoutEntity:
        return record_from_xml(decode_xml_report_label_layout_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_report_label_layout_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ReportLabelLayoutEntity:
        return record_from_json(decode_json_report_label_layout_entity, data)


_REPORT_LABEL_LAYOUT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ReportLabelLayoutId",
        "Name",
        "Description",
        "Orientation",
        "PaperWidth",
        "PaperHeight",
        "LeftMargin",
        "RightMargin",
        "TopMargin",
        "BottomMargin",
        "CountColumns",
        "CountRows",
    )
)


def decode_xml_report_label_layout_entity(element: Element) -> ReportLabelLayoutEntity:
    value = ReportLabelLayoutEntity()
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
        elif tag == _REPORT_LABEL_LAYOUT_ID:
            value.report_label_layout_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _ORIENTATION:
            value.orientation = decode_xml_report_paper_orientation(child)
        elif tag == _PAPER_WIDTH:
            value.paper_width = read_unsigned_int(child)
        elif tag == _PAPER_HEIGHT:
            value.paper_height = read_unsigned_int(child)
        elif tag == _LEFT_MARGIN:
            value.left_margin = read_unsigned_int(child)
        elif tag == _RIGHT_MARGIN:
            value.right_margin = read_unsigned_int(child)
        elif tag == _TOP_MARGIN:
            value.top_margin = read_unsigned_int(child)
        elif tag == _BOTTOM_MARGIN:
            value.bottom_margin = read_unsigned_int(child)
        elif tag == _COUNT_COLUMNS:
            value.count_columns = read_short(child)
        elif tag == _COUNT_ROWS:
            value.count_rows = read_short(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_report_label_layout_entity(
    parent: Element | None, tag: str, value: ReportLabelLayoutEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _REPORT_LABEL_LAYOUT_ID, value.report_label_layout_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _ORIENTATION, value.orientation, encode_xml_report_paper_orientation)
    put(element, _PAPER_WIDTH, value.paper_width, write_unsigned_int)
    put(element, _PAPER_HEIGHT, value.paper_height, write_unsigned_int)
    put(element, _LEFT_MARGIN, value.left_margin, write_unsigned_int)
    put(element, _RIGHT_MARGIN, value.right_margin, write_unsigned_int)
    put(element, _TOP_MARGIN, value.top_margin, write_unsigned_int)
    put(element, _BOTTOM_MARGIN, value.bottom_margin, write_unsigned_int)
    put(element, _COUNT_COLUMNS, value.count_columns, write_short)
    put(element, _COUNT_ROWS, value.count_rows, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_report_label_layout_entity(data: Any, path: str) -> ReportLabelLayoutEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ReportLabelLayoutEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.report_label_layout_id = take_int(data, "ReportLabelLayoutId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.orientation = take(data, "Orientation", path, decode_json_report_paper_orientation)
    value.paper_width = take(data, "PaperWidth", path, json_unsigned_int)
    value.paper_height = take(data, "PaperHeight", path, json_unsigned_int)
    value.left_margin = take(data, "LeftMargin", path, json_unsigned_int)
    value.right_margin = take(data, "RightMargin", path, json_unsigned_int)
    value.top_margin = take(data, "TopMargin", path, json_unsigned_int)
    value.bottom_margin = take(data, "BottomMargin", path, json_unsigned_int)
    value.count_columns = take(data, "CountColumns", path, json_short)
    value.count_rows = take(data, "CountRows", path, json_short)
    value.extra = (
        None
        if _REPORT_LABEL_LAYOUT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _REPORT_LABEL_LAYOUT_ENTITY_KEYS)
    )
    return value


def encode_json_report_label_layout_entity(value: ReportLabelLayoutEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ReportLabelLayoutId", value.report_label_layout_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Orientation", value.orientation, encode_json_report_paper_orientation)
    put_json(result, "PaperWidth", value.paper_width, json_write_unsigned_int)
    put_json(result, "PaperHeight", value.paper_height, json_write_unsigned_int)
    put_json(result, "LeftMargin", value.left_margin, json_write_unsigned_int)
    put_json(result, "RightMargin", value.right_margin, json_write_unsigned_int)
    put_json(result, "TopMargin", value.top_margin, json_write_unsigned_int)
    put_json(result, "BottomMargin", value.bottom_margin, json_write_unsigned_int)
    put_json(result, "CountColumns", value.count_columns, json_write_short)
    put_json(result, "CountRows", value.count_rows, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


REPORT_LABEL_LAYOUT_ENTITY_CODEC = Codec(
    decode_xml_report_label_layout_entity,
    encode_xml_report_label_layout_entity,
    decode_json_report_label_layout_entity,
    encode_json_report_label_layout_entity,
)
