"""Services88 types: SelectionEntity.

Used by the Selection agent.
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
    json_unsigned_int,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    json_write_unsigned_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    read_short,
    read_unsigned_int,
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
    write_datetime,
    write_int,
    write_short,
    write_str,
    write_unsigned_int,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .selection_category import (
    SelectionCategory,
    decode_json_selection_category,
    decode_xml_selection_category,
    encode_json_selection_category,
    encode_xml_selection_category,
)
from .selection_type import (
    SelectionType,
    decode_json_selection_type,
    decode_xml_selection_type,
    encode_json_selection_type,
    encode_xml_selection_type,
)
from .selection_union_type import (
    SelectionUnionType,
    decode_json_selection_union_type,
    decode_xml_selection_union_type,
    encode_json_selection_union_type,
    encode_xml_selection_union_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .visible_for import (
    VisibleFor,
    decode_json_list_of_visible_for,
    decode_xml_list_of_visible_for,
    encode_json_list_of_visible_for,
    encode_xml_list_of_visible_for,
)

_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_CHART_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChartKey"
_COMPANY_UNIQUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyUnique"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DASHBOARD_TILE_DEFINITION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardTileDefinitionId"
)
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GROUP_IDX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupIdx"
_INCLUDE_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludePerson"
_LAST_LOADED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastLoaded"
_LAST_LOADED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastLoadedBy"
_LAST_LOADED_BY_ASSOCIATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastLoadedByAssociate"
)
_LAST_MEMBERSHIP_CHANGE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastMembershipChange"
)
_LAST_MEMBERSHIP_CHANGE_BY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastMembershipChangeBy"
)
_LAST_MEMBERSHIP_CHANGE_BY_ASSOCIATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastMembershipChangeByAssociate"
)
_LEFT_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LeftSelectionId"
_MAILINGS_PROVIDER_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailingsProviderName"
)
_MAIN_HEADING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MainHeading"
_MAIN_PROVIDER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MainProviderName"
_MEMBER_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MemberCount"
_MEMBER_TAB_HEADING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MemberTabHeading"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_POSTIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Postit"
_POSTIT_TEXT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PostitTextId"
_RIGHT_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RightSelectionId"
_SELECTION_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionCategory"
_SELECTION_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionEntity"
_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionId"
_SELECTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionType"
_SELECTION_UNION_TYPE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionUnionType"
)
_SHADOW_PROVIDER_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShadowProviderName"
)
_SOUND_EX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoundEx"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_TABLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetTableName"
_TARGET_TABLE_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetTableNumber"
_TEXT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TextId"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedCount"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_VISIBILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Visibility"
_VISIBLE_FOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleFor"


@dataclasses.dataclass(kw_only=True, repr=False)
class SelectionEntity(Carrier):
    """Carrier object for SelectionEntity. Services for the SelectionEntity Carrier is available
    from the Selection Agent.
    """

    description: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    postit: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    associate: Associate | None | Unset = UNSET
    """Owner of the selection"""
    created_by: Associate | None | Unset = UNSET
    """Who created the selection"""
    updated_by: Associate | None | Unset = UNSET
    """Who last modified the selection"""
    selection_category: SelectionCategory | None | Unset = UNSET
    """Selection category type (list item)

    Use MDO List name "searchCat" to get list items.
    """
    group_idx: int | Unset = UNSET
    """Original primary user group of associate"""
    include_person: int | Unset = UNSET
    """0 = Include first person, 1 = Include all persons, 2 = Include no persons"""
    member_count: int | Unset = UNSET
    """How many selectionmembers (for progress bar calculations) - estimate, -1 (or 4294967295)
    means we don't know
    """
    name: str | None | Unset = UNSET
    """Name of selection, freetext indexed"""
    postit_text_id: int | Unset = UNSET
    """Postit text record id."""
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    selection_id: int | Unset = UNSET
    """Primary key"""
    sound_ex: str | None | Unset = UNSET
    """What the name sounds like, for duplicate detection"""
    source: int | Unset = UNSET
    """How did we get this selection? For future integration needs"""
    text_id: int | Unset = UNSET
    """Description text record id"""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_count: int | Unset = UNSET
    """Number of updates made to this record"""
    visibility: int | Unset = UNSET
    """Obsolete, but still maintained denormalization of visiblefor"""
    selection_type: SelectionType | str | Unset = UNSET
    """Static/Dynamic/Combined?"""
    company_unique: bool | Unset = UNSET
    """Filter out duplicate members based on company?"""
    target_table_number: int | Unset = UNSET
    """TargetTableNumber defines the type of selection members this selection contains. e.g. the
    table number for 'contact', or 'project' or 'sale'
    """
    target_table_name: str | None | Unset = UNSET
    """TargetTableName contains the name of the table in lowercase. defines the type of selection
    members this selection contains. e.g. 'contact', or 'project' or 'sale'
    """
    completed: bool | Unset = UNSET
    """The Completed state."""
    left_selection_id: int | Unset = UNSET
    """LeftSelectionId is used in combination with RightSelectionId and CombinationType to define
    an union of two selections when SelectionType=Combined.
    """
    right_selection_id: int | Unset = UNSET
    """RightSelectionId is used in combination with LeftSelectionId and CombinationType to define
    an union of two selections when SelectionType=Combined.
    """
    selection_union_type: SelectionUnionType | str | Unset = UNSET
    """How to combine the two selections when SelectionType = Combined."""
    main_provider_name: str | None | Unset = UNSET
    """The name of the Archive Provider that will deliver the content of the archive - the actual
    entity rows
    """
    shadow_provider_name: str | None | Unset = UNSET
    """The name, if relevant, of the Archive Provider that will deliver the Shadow rows:
    contact/person rows related to the actual entity. Can be blank, indicating that there is no
    shadow archive
    """
    chart_key: str | None | Unset = UNSET
    """ID/key of the last-used chart tile on this selection"""
    last_loaded: datetime.datetime | Unset = UNSET
    """The date/time this selection was last loaded (selectionentity fetched)"""
    last_loaded_by: int | Unset = UNSET
    """Who last loaded this selection"""
    last_loaded_by_associate: Associate | None | Unset = UNSET
    """Associate that last looked at the selection members; only date (not time) is valid"""
    last_membership_change: datetime.datetime | Unset = UNSET
    """The date/time the membership the selection last changed. Dynamic: change of criteria;
    Static: add/remove members; Combined: change of algorithm
    """
    last_membership_change_by: int | Unset = UNSET
    """Who last changed the membership"""
    last_membership_change_by_associate: Associate | None | Unset = UNSET
    """Associate that last changed the selection membership (static members, dynamic criteria,
    combined parameters); only date (not time) is valid
    """
    main_heading: str | None | Unset = UNSET
    """'Static selection of Companies', or whatever else is appropriate, made by combining text
    resources for the type and the entity (plural form); this string will contain resource
    references
    """
    member_tab_heading: str | None | Unset = UNSET
    """'Companies', or whatever else is appropriate - the plural form of the entity name; this
    string will contain resource references
    """
    mailings_provider_name: str | None | Unset = UNSET
    """The name of the provider for the Mailings tab, if relevant; this string will contain
    resource references
    """
    dashboard_tile_definition_id: int | Unset = UNSET
    """The associated tile definition"""
    visible_for: list[VisibleFor | None] | None | Unset = UNSET
    """The set of users or groups the record is visible for"""

    def to_xml(self) -> Element:
        return encode_xml_selection_entity(None, _SELECTION_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SelectionEntity:
        return record_from_xml(decode_xml_selection_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_selection_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> SelectionEntity:
        return record_from_json(decode_json_selection_entity, data)


_SELECTION_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Description",
        "Postit",
        "Associate",
        "CreatedBy",
        "UpdatedBy",
        "SelectionCategory",
        "GroupIdx",
        "IncludePerson",
        "MemberCount",
        "Name",
        "PostitTextId",
        "CreatedDate",
        "SelectionId",
        "SoundEx",
        "Source",
        "TextId",
        "UpdatedDate",
        "UpdatedCount",
        "Visibility",
        "SelectionType",
        "CompanyUnique",
        "TargetTableNumber",
        "TargetTableName",
        "Completed",
        "LeftSelectionId",
        "RightSelectionId",
        "SelectionUnionType",
        "MainProviderName",
        "ShadowProviderName",
        "ChartKey",
        "LastLoaded",
        "LastLoadedBy",
        "LastLoadedByAssociate",
        "LastMembershipChange",
        "LastMembershipChangeBy",
        "LastMembershipChangeByAssociate",
        "MainHeading",
        "MemberTabHeading",
        "MailingsProviderName",
        "DashboardTileDefinitionId",
        "VisibleFor",
    )
)


def decode_xml_selection_entity(element: Element) -> SelectionEntity:
    value = SelectionEntity()
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
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _POSTIT:
            value.postit = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _SELECTION_CATEGORY:
            value.selection_category = (
                None if child.get(XSI_NIL) in NIL else decode_xml_selection_category(child)
            )
        elif tag == _GROUP_IDX:
            value.group_idx = read_int(child)
        elif tag == _INCLUDE_PERSON:
            value.include_person = read_int(child)
        elif tag == _MEMBER_COUNT:
            value.member_count = read_unsigned_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _POSTIT_TEXT_ID:
            value.postit_text_id = read_int(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _SELECTION_ID:
            value.selection_id = read_int(child)
        elif tag == _SOUND_EX:
            value.sound_ex = child.text or empty_or_nil(child)
        elif tag == _SOURCE:
            value.source = read_short(child)
        elif tag == _TEXT_ID:
            value.text_id = read_int(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _UPDATED_COUNT:
            value.updated_count = read_short(child)
        elif tag == _VISIBILITY:
            value.visibility = read_short(child)
        elif tag == _SELECTION_TYPE:
            value.selection_type = decode_xml_selection_type(child)
        elif tag == _COMPANY_UNIQUE:
            value.company_unique = read_bool(child)
        elif tag == _TARGET_TABLE_NUMBER:
            value.target_table_number = read_int(child)
        elif tag == _TARGET_TABLE_NAME:
            value.target_table_name = child.text or empty_or_nil(child)
        elif tag == _COMPLETED:
            value.completed = read_bool(child)
        elif tag == _LEFT_SELECTION_ID:
            value.left_selection_id = read_int(child)
        elif tag == _RIGHT_SELECTION_ID:
            value.right_selection_id = read_int(child)
        elif tag == _SELECTION_UNION_TYPE:
            value.selection_union_type = decode_xml_selection_union_type(child)
        elif tag == _MAIN_PROVIDER_NAME:
            value.main_provider_name = child.text or empty_or_nil(child)
        elif tag == _SHADOW_PROVIDER_NAME:
            value.shadow_provider_name = child.text or empty_or_nil(child)
        elif tag == _CHART_KEY:
            value.chart_key = child.text or empty_or_nil(child)
        elif tag == _LAST_LOADED:
            value.last_loaded = read_datetime(child)
        elif tag == _LAST_LOADED_BY:
            value.last_loaded_by = read_int(child)
        elif tag == _LAST_LOADED_BY_ASSOCIATE:
            value.last_loaded_by_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _LAST_MEMBERSHIP_CHANGE:
            value.last_membership_change = read_datetime(child)
        elif tag == _LAST_MEMBERSHIP_CHANGE_BY:
            value.last_membership_change_by = read_int(child)
        elif tag == _LAST_MEMBERSHIP_CHANGE_BY_ASSOCIATE:
            value.last_membership_change_by_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _MAIN_HEADING:
            value.main_heading = child.text or empty_or_nil(child)
        elif tag == _MEMBER_TAB_HEADING:
            value.member_tab_heading = child.text or empty_or_nil(child)
        elif tag == _MAILINGS_PROVIDER_NAME:
            value.mailings_provider_name = child.text or empty_or_nil(child)
        elif tag == _DASHBOARD_TILE_DEFINITION_ID:
            value.dashboard_tile_definition_id = read_int(child)
        elif tag == _VISIBLE_FOR:
            value.visible_for = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_visible_for(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_selection_entity(
    parent: Element | None, tag: str, value: SelectionEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _POSTIT, value.postit, write_str)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _SELECTION_CATEGORY, value.selection_category, encode_xml_selection_category)
    put(element, _GROUP_IDX, value.group_idx, write_int)
    put(element, _INCLUDE_PERSON, value.include_person, write_int)
    put(element, _MEMBER_COUNT, value.member_count, write_unsigned_int)
    put(element, _NAME, value.name, write_str)
    put(element, _POSTIT_TEXT_ID, value.postit_text_id, write_int)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _SELECTION_ID, value.selection_id, write_int)
    put(element, _SOUND_EX, value.sound_ex, write_str)
    put(element, _SOURCE, value.source, write_short)
    put(element, _TEXT_ID, value.text_id, write_int)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _UPDATED_COUNT, value.updated_count, write_short)
    put(element, _VISIBILITY, value.visibility, write_short)
    put(element, _SELECTION_TYPE, value.selection_type, encode_xml_selection_type)
    put(element, _COMPANY_UNIQUE, value.company_unique, write_bool)
    put(element, _TARGET_TABLE_NUMBER, value.target_table_number, write_int)
    put(element, _TARGET_TABLE_NAME, value.target_table_name, write_str)
    put(element, _COMPLETED, value.completed, write_bool)
    put(element, _LEFT_SELECTION_ID, value.left_selection_id, write_int)
    put(element, _RIGHT_SELECTION_ID, value.right_selection_id, write_int)
    put(
        element, _SELECTION_UNION_TYPE, value.selection_union_type, encode_xml_selection_union_type
    )
    put(element, _MAIN_PROVIDER_NAME, value.main_provider_name, write_str)
    put(element, _SHADOW_PROVIDER_NAME, value.shadow_provider_name, write_str)
    put(element, _CHART_KEY, value.chart_key, write_str)
    put(element, _LAST_LOADED, value.last_loaded, write_datetime)
    put(element, _LAST_LOADED_BY, value.last_loaded_by, write_int)
    put(element, _LAST_LOADED_BY_ASSOCIATE, value.last_loaded_by_associate, encode_xml_associate)
    put(element, _LAST_MEMBERSHIP_CHANGE, value.last_membership_change, write_datetime)
    put(element, _LAST_MEMBERSHIP_CHANGE_BY, value.last_membership_change_by, write_int)
    put(
        element,
        _LAST_MEMBERSHIP_CHANGE_BY_ASSOCIATE,
        value.last_membership_change_by_associate,
        encode_xml_associate,
    )
    put(element, _MAIN_HEADING, value.main_heading, write_str)
    put(element, _MEMBER_TAB_HEADING, value.member_tab_heading, write_str)
    put(element, _MAILINGS_PROVIDER_NAME, value.mailings_provider_name, write_str)
    put(element, _DASHBOARD_TILE_DEFINITION_ID, value.dashboard_tile_definition_id, write_int)
    put(element, _VISIBLE_FOR, value.visible_for, encode_xml_list_of_visible_for)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_selection_entity(data: Any, path: str) -> SelectionEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SelectionEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.description = take_str_nillable(data, "Description", path)
    value.postit = take_str_nillable(data, "Postit", path)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.selection_category = take_nillable(
        data, "SelectionCategory", path, decode_json_selection_category
    )
    value.group_idx = take_int(data, "GroupIdx", path)
    value.include_person = take_int(data, "IncludePerson", path)
    value.member_count = take(data, "MemberCount", path, json_unsigned_int)
    value.name = take_str_nillable(data, "Name", path)
    value.postit_text_id = take_int(data, "PostitTextId", path)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.selection_id = take_int(data, "SelectionId", path)
    value.sound_ex = take_str_nillable(data, "SoundEx", path)
    value.source = take(data, "Source", path, json_short)
    value.text_id = take_int(data, "TextId", path)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.updated_count = take(data, "UpdatedCount", path, json_short)
    value.visibility = take(data, "Visibility", path, json_short)
    value.selection_type = take(data, "SelectionType", path, decode_json_selection_type)
    value.company_unique = take_bool(data, "CompanyUnique", path)
    value.target_table_number = take_int(data, "TargetTableNumber", path)
    value.target_table_name = take_str_nillable(data, "TargetTableName", path)
    value.completed = take_bool(data, "Completed", path)
    value.left_selection_id = take_int(data, "LeftSelectionId", path)
    value.right_selection_id = take_int(data, "RightSelectionId", path)
    value.selection_union_type = take(
        data, "SelectionUnionType", path, decode_json_selection_union_type
    )
    value.main_provider_name = take_str_nillable(data, "MainProviderName", path)
    value.shadow_provider_name = take_str_nillable(data, "ShadowProviderName", path)
    value.chart_key = take_str_nillable(data, "ChartKey", path)
    value.last_loaded = take(data, "LastLoaded", path, json_datetime)
    value.last_loaded_by = take_int(data, "LastLoadedBy", path)
    value.last_loaded_by_associate = take_nillable(
        data, "LastLoadedByAssociate", path, decode_json_associate
    )
    value.last_membership_change = take(data, "LastMembershipChange", path, json_datetime)
    value.last_membership_change_by = take_int(data, "LastMembershipChangeBy", path)
    value.last_membership_change_by_associate = take_nillable(
        data, "LastMembershipChangeByAssociate", path, decode_json_associate
    )
    value.main_heading = take_str_nillable(data, "MainHeading", path)
    value.member_tab_heading = take_str_nillable(data, "MemberTabHeading", path)
    value.mailings_provider_name = take_str_nillable(data, "MailingsProviderName", path)
    value.dashboard_tile_definition_id = take_int(data, "DashboardTileDefinitionId", path)
    value.visible_for = take_nillable(data, "VisibleFor", path, decode_json_list_of_visible_for)
    value.extra = (
        None
        if _SELECTION_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SELECTION_ENTITY_KEYS)
    )
    return value


def encode_json_selection_entity(value: SelectionEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Postit", value.postit, json_write_str)
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "SelectionCategory", value.selection_category, encode_json_selection_category)
    put_json(result, "GroupIdx", value.group_idx, json_write_int)
    put_json(result, "IncludePerson", value.include_person, json_write_int)
    put_json(result, "MemberCount", value.member_count, json_write_unsigned_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "PostitTextId", value.postit_text_id, json_write_int)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "SelectionId", value.selection_id, json_write_int)
    put_json(result, "SoundEx", value.sound_ex, json_write_str)
    put_json(result, "Source", value.source, json_write_short)
    put_json(result, "TextId", value.text_id, json_write_int)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "UpdatedCount", value.updated_count, json_write_short)
    put_json(result, "Visibility", value.visibility, json_write_short)
    put_json(result, "SelectionType", value.selection_type, encode_json_selection_type)
    put_json(result, "CompanyUnique", value.company_unique, json_write_bool)
    put_json(result, "TargetTableNumber", value.target_table_number, json_write_int)
    put_json(result, "TargetTableName", value.target_table_name, json_write_str)
    put_json(result, "Completed", value.completed, json_write_bool)
    put_json(result, "LeftSelectionId", value.left_selection_id, json_write_int)
    put_json(result, "RightSelectionId", value.right_selection_id, json_write_int)
    put_json(
        result, "SelectionUnionType", value.selection_union_type, encode_json_selection_union_type
    )
    put_json(result, "MainProviderName", value.main_provider_name, json_write_str)
    put_json(result, "ShadowProviderName", value.shadow_provider_name, json_write_str)
    put_json(result, "ChartKey", value.chart_key, json_write_str)
    put_json(result, "LastLoaded", value.last_loaded, json_write_datetime)
    put_json(result, "LastLoadedBy", value.last_loaded_by, json_write_int)
    put_json(
        result, "LastLoadedByAssociate", value.last_loaded_by_associate, encode_json_associate
    )
    put_json(result, "LastMembershipChange", value.last_membership_change, json_write_datetime)
    put_json(result, "LastMembershipChangeBy", value.last_membership_change_by, json_write_int)
    put_json(
        result,
        "LastMembershipChangeByAssociate",
        value.last_membership_change_by_associate,
        encode_json_associate,
    )
    put_json(result, "MainHeading", value.main_heading, json_write_str)
    put_json(result, "MemberTabHeading", value.member_tab_heading, json_write_str)
    put_json(result, "MailingsProviderName", value.mailings_provider_name, json_write_str)
    put_json(
        result, "DashboardTileDefinitionId", value.dashboard_tile_definition_id, json_write_int
    )
    put_json(result, "VisibleFor", value.visible_for, encode_json_list_of_visible_for)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SELECTION_ENTITY_CODEC = Codec(
    decode_xml_selection_entity,
    encode_xml_selection_entity,
    decode_json_selection_entity,
    encode_json_selection_entity,
)
