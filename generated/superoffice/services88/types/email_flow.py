"""Services88 types: EmailFlow.

Used by the Workflow agent.
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
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
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
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .email_from_type import (
    EmailFromType,
    decode_json_email_from_type,
    decode_xml_email_from_type,
    encode_json_email_from_type,
    encode_xml_email_from_type,
)
from .email_reply_to_type import (
    EmailReplyToType,
    decode_json_email_reply_to_type,
    decode_xml_email_reply_to_type,
    encode_json_email_reply_to_type,
    encode_xml_email_reply_to_type,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .hierarchy_entity import (
    HierarchyEntity,
    decode_json_hierarchy_entity,
    decode_xml_hierarchy_entity,
    encode_json_hierarchy_entity,
    encode_xml_hierarchy_entity,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .list_of_mdo_list_item import (
    MDOListItem,
    decode_json_mdo_list_item,
    decode_xml_mdo_list_item,
    encode_json_mdo_list_item,
    encode_xml_mdo_list_item,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .time_zone_data import (
    TimeZoneData,
    decode_json_time_zone_data,
    decode_xml_time_zone_data,
    encode_json_time_zone_data,
    encode_xml_time_zone_data,
)
from .visible_for import (
    VisibleFor,
    decode_json_list_of_visible_for,
    decode_xml_list_of_visible_for,
    encode_json_list_of_visible_for,
    encode_xml_list_of_visible_for,
)
from .weekday import (
    Weekday,
    decode_json_weekday,
    decode_xml_weekday,
    encode_json_weekday,
    encode_xml_weekday,
)
from .workflow_content_info import (
    WorkflowContentInfo,
    decode_json_list_of_workflow_content_info,
    decode_xml_list_of_workflow_content_info,
    encode_json_list_of_workflow_content_info,
    encode_xml_list_of_workflow_content_info,
)
from .workflow_definition_status import (
    WorkflowDefinitionStatus,
    decode_json_workflow_definition_status,
    decode_xml_workflow_definition_status,
    encode_json_workflow_definition_status,
    encode_xml_workflow_definition_status,
)
from .workflow_filter import (
    WorkflowFilter,
    decode_json_workflow_filter,
    decode_xml_workflow_filter,
    encode_json_workflow_filter,
    encode_xml_workflow_filter,
)
from .workflow_goal import (
    WorkflowGoal,
    decode_json_list_of_workflow_goal,
    decode_xml_list_of_workflow_goal,
    encode_json_list_of_workflow_goal,
    encode_xml_list_of_workflow_goal,
)
from .workflow_step_base import (
    WorkflowStepBase,
    decode_json_list_of_workflow_step_base,
    decode_xml_list_of_workflow_step_base,
    encode_json_list_of_workflow_step_base,
    encode_xml_list_of_workflow_step_base,
)
from .workflow_trigger import (
    WorkflowTrigger,
    decode_json_list_of_workflow_trigger,
    decode_xml_list_of_workflow_trigger,
    encode_json_list_of_workflow_trigger,
    encode_xml_list_of_workflow_trigger,
)

_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_BLOCK_LISTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BlockLists"
_CONTENT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContentInfo"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EMAIL_FLOW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailFlow"
_EMAIL_FLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailFlowId"
_ENROLLMENT_END = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EnrollmentEnd"
_EXIT_FLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitFlowId"
_EXIT_SUCCESS_FLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitSuccessFlowId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Filter"
_FOLDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Folder"
_FROM_ADDR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FromAddr"
_FROM_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FromName"
_FROM_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FromType"
_GA_CAMPAIGN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GaCampaign"
_GA_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GaSource"
_GOALS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Goals"
_JUMP_TO_FINISH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}JumpToFinish"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OVERRIDE_CONSENT_SUBSCRIPTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OverrideConsentSubscription"
)
_REMOVE_FROM_FLOWS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RemoveFromFlows"
_REPLY_TO_ADDR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyToAddr"
_REPLY_TO_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyToName"
_REPLY_TO_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyToType"
_SELECTED_DAYS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectedDays"
_SHIPMENT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentType"
_SMS_SENDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SmsSender"
_START_ONLY_ONCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartOnlyOnce"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_STEPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Steps"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TIMEFRAME_END = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeframeEnd"
_TIMEFRAME_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeframeStart"
_TRIGGERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Triggers"
_TZ_LOCATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TzLocation"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_USE_ENROLLMENT_END = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseEnrollmentEnd"
_USE_GOOGLE_ANALYTICS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseGoogleAnalytics"
)
_USE_TIMEFRAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseTimeframe"
_USE_WORKFLOW_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseWorkflowStart"
_VISIBLE_FOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleFor"
_WORKFLOW_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStart"


@dataclasses.dataclass(kw_only=True, repr=False)
class EmailFlow(Carrier):
    """Email flow carrier

    Carrier object for EmailFlow. Services for the EmailFlow Carrier is available from the
    Workflow Agent.
    """

    email_flow_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of the workflow"""
    description: str | None | Unset = UNSET
    """Description of the workflow"""
    status: WorkflowDefinitionStatus | str | Unset = UNSET
    """Status of the workflow definition"""
    jump_to_finish: bool | Unset = UNSET
    """When a goal is reached, contact jumps directly to finished"""
    start_only_once: bool | Unset = UNSET
    """A contact can start this flow only once"""
    override_consent_subscription: bool | Unset = UNSET
    """Override consent and subscription"""
    from_type: EmailFromType | str | Unset = UNSET
    """Email/Mailing From field address algorithm"""
    from_name: str | None | Unset = UNSET
    """Email From name"""
    from_addr: str | None | Unset = UNSET
    """Email From address: name@domain.com"""
    reply_to_type: EmailReplyToType | str | Unset = UNSET
    """Email/Mailing Reply-To field address algorithm"""
    reply_to_addr: str | None | Unset = UNSET
    """Reply to address, if different from From-address"""
    reply_to_name: str | None | Unset = UNSET
    """Email Reply-To name"""
    sms_sender: str | None | Unset = UNSET
    """SMS sender (number or name)"""
    use_google_analytics: bool | Unset = UNSET
    """Use Google Analytics"""
    ga_source: str | None | Unset = UNSET
    """GA Source"""
    ga_campaign: str | None | Unset = UNSET
    """GA Campaign"""
    use_timeframe: bool | Unset = UNSET
    """Use sender timeframe settings, only send email/sms within the timeframe"""
    selected_days: Weekday | str | Unset = UNSET
    """Selected days (flags, so several days can be selected) for time frame"""
    timeframe_start: str | None | Unset = UNSET
    """Start of email/sms sending timeframe in [DT: ] format, interpreted in workflow time zone"""
    timeframe_end: str | None | Unset = UNSET
    """End of email/sms sending timeframe in [DT: ] format, interpreted in workflow time zone"""
    use_workflow_start: bool | Unset = UNSET
    """Start the flow running with enrolled participants at the given time"""
    workflow_start: str | None | Unset = UNSET
    """When to start running the workflow. Until start, any enrolled members are not running
    through the flow, just waiting. In [DT: ] format, interpreted in workflow time zone
    """
    use_enrollment_end: bool | Unset = UNSET
    """End enrollment into the workflow at the given time"""
    enrollment_end: str | None | Unset = UNSET
    """Do not enroll more participant after given time. In [DT: ] format, interpreted in workflow
    time zone
    """
    remove_from_flows: list[int] | None | Unset = UNSET
    """Workflows to remove the participants from when they are enrolled in this workflow"""
    tz_location: TimeZoneData | None | Unset = UNSET
    """The workflow timezone setting"""
    folder: HierarchyEntity | None | Unset = UNSET
    """The folder/hierarchy the email flow is in.

    Use MDO List name "hierarchy" to get list items.
    """
    associate: Associate | None | Unset = UNSET
    """The owner of the workflow.

    Use MDO List name "associate" to get list items.
    """
    shipment_type: MDOListItem | None | Unset = UNSET
    """The Shipment type (mailing type)"""
    steps: list[WorkflowStepBase | None] | None | Unset = UNSET
    """The steps in the workflow, mainline steps - forking steps are indicated by its
    WorkflowStepType.
    """
    triggers: list[WorkflowTrigger | None] | None | Unset = UNSET
    """The triggers for the workflow."""
    goals: list[WorkflowGoal | None] | None | Unset = UNSET
    """The goals for the workflow."""
    filter: WorkflowFilter | None | Unset = UNSET
    """The filter for the workflow."""
    block_lists: list[int] | None | Unset = UNSET
    """Persons in the given selections are not allowed to enter this workflow"""
    content_info: list[WorkflowContentInfo | None] | None | Unset = UNSET
    """Info about workflow content like messages, links and forms (read-only)"""
    exit_flow_id: int | Unset = UNSET
    """On exit with no success criteria met, we attempt to add the participant to the given flow"""
    exit_success_flow_id: int | Unset = UNSET
    """On exit with success criteria met, we attempt to add the participant to the given flow"""
    created_by: Associate | None | Unset = UNSET
    """The associate that first created the flow. The property is read-only."""
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated the flow."""
    created_date: datetime.datetime | Unset = UNSET
    """Registered date in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Updated date in UTC."""
    visible_for: list[VisibleFor | None] | None | Unset = UNSET
    """The set of users or groups the record is visible for"""

    def to_xml(self) -> Element:
        return encode_xml_email_flow(None, _EMAIL_FLOW, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EmailFlow:
        return record_from_xml(decode_xml_email_flow, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_email_flow(self)

    @classmethod
    def from_json(cls, data: Any) -> EmailFlow:
        return record_from_json(decode_json_email_flow, data)


_EMAIL_FLOW_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EmailFlowId",
        "Name",
        "Description",
        "Status",
        "JumpToFinish",
        "StartOnlyOnce",
        "OverrideConsentSubscription",
        "FromType",
        "FromName",
        "FromAddr",
        "ReplyToType",
        "ReplyToAddr",
        "ReplyToName",
        "SmsSender",
        "UseGoogleAnalytics",
        "GaSource",
        "GaCampaign",
        "UseTimeframe",
        "SelectedDays",
        "TimeframeStart",
        "TimeframeEnd",
        "UseWorkflowStart",
        "WorkflowStart",
        "UseEnrollmentEnd",
        "EnrollmentEnd",
        "RemoveFromFlows",
        "TzLocation",
        "Folder",
        "Associate",
        "ShipmentType",
        "Steps",
        "Triggers",
        "Goals",
        "Filter",
        "BlockLists",
        "ContentInfo",
        "ExitFlowId",
        "ExitSuccessFlowId",
        "CreatedBy",
        "UpdatedBy",
        "CreatedDate",
        "UpdatedDate",
        "VisibleFor",
    )
)


def decode_xml_email_flow(element: Element) -> EmailFlow:
    value = EmailFlow()
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
        elif tag == _EMAIL_FLOW_ID:
            value.email_flow_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_workflow_definition_status(child)
        elif tag == _JUMP_TO_FINISH:
            value.jump_to_finish = read_bool(child)
        elif tag == _START_ONLY_ONCE:
            value.start_only_once = read_bool(child)
        elif tag == _OVERRIDE_CONSENT_SUBSCRIPTION:
            value.override_consent_subscription = read_bool(child)
        elif tag == _FROM_TYPE:
            value.from_type = decode_xml_email_from_type(child)
        elif tag == _FROM_NAME:
            value.from_name = child.text or empty_or_nil(child)
        elif tag == _FROM_ADDR:
            value.from_addr = child.text or empty_or_nil(child)
        elif tag == _REPLY_TO_TYPE:
            value.reply_to_type = decode_xml_email_reply_to_type(child)
        elif tag == _REPLY_TO_ADDR:
            value.reply_to_addr = child.text or empty_or_nil(child)
        elif tag == _REPLY_TO_NAME:
            value.reply_to_name = child.text or empty_or_nil(child)
        elif tag == _SMS_SENDER:
            value.sms_sender = child.text or empty_or_nil(child)
        elif tag == _USE_GOOGLE_ANALYTICS:
            value.use_google_analytics = read_bool(child)
        elif tag == _GA_SOURCE:
            value.ga_source = child.text or empty_or_nil(child)
        elif tag == _GA_CAMPAIGN:
            value.ga_campaign = child.text or empty_or_nil(child)
        elif tag == _USE_TIMEFRAME:
            value.use_timeframe = read_bool(child)
        elif tag == _SELECTED_DAYS:
            value.selected_days = decode_xml_weekday(child)
        elif tag == _TIMEFRAME_START:
            value.timeframe_start = child.text or empty_or_nil(child)
        elif tag == _TIMEFRAME_END:
            value.timeframe_end = child.text or empty_or_nil(child)
        elif tag == _USE_WORKFLOW_START:
            value.use_workflow_start = read_bool(child)
        elif tag == _WORKFLOW_START:
            value.workflow_start = child.text or empty_or_nil(child)
        elif tag == _USE_ENROLLMENT_END:
            value.use_enrollment_end = read_bool(child)
        elif tag == _ENROLLMENT_END:
            value.enrollment_end = child.text or empty_or_nil(child)
        elif tag == _REMOVE_FROM_FLOWS:
            value.remove_from_flows = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _TZ_LOCATION:
            value.tz_location = (
                None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_data(child)
            )
        elif tag == _FOLDER:
            value.folder = (
                None if child.get(XSI_NIL) in NIL else decode_xml_hierarchy_entity(child)
            )
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _SHIPMENT_TYPE:
            value.shipment_type = (
                None if child.get(XSI_NIL) in NIL else decode_xml_mdo_list_item(child)
            )
        elif tag == _STEPS:
            value.steps = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_workflow_step_base(child)
            )
        elif tag == _TRIGGERS:
            value.triggers = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_workflow_trigger(child)
            )
        elif tag == _GOALS:
            value.goals = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_workflow_goal(child)
            )
        elif tag == _FILTER:
            value.filter = None if child.get(XSI_NIL) in NIL else decode_xml_workflow_filter(child)
        elif tag == _BLOCK_LISTS:
            value.block_lists = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _CONTENT_INFO:
            value.content_info = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_workflow_content_info(child)
            )
        elif tag == _EXIT_FLOW_ID:
            value.exit_flow_id = read_int(child)
        elif tag == _EXIT_SUCCESS_FLOW_ID:
            value.exit_success_flow_id = read_int(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _VISIBLE_FOR:
            value.visible_for = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_visible_for(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_email_flow(parent: Element | None, tag: str, value: EmailFlow) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _EMAIL_FLOW_ID, value.email_flow_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _STATUS, value.status, encode_xml_workflow_definition_status)
    put(element, _JUMP_TO_FINISH, value.jump_to_finish, write_bool)
    put(element, _START_ONLY_ONCE, value.start_only_once, write_bool)
    put(element, _OVERRIDE_CONSENT_SUBSCRIPTION, value.override_consent_subscription, write_bool)
    put(element, _FROM_TYPE, value.from_type, encode_xml_email_from_type)
    put(element, _FROM_NAME, value.from_name, write_str)
    put(element, _FROM_ADDR, value.from_addr, write_str)
    put(element, _REPLY_TO_TYPE, value.reply_to_type, encode_xml_email_reply_to_type)
    put(element, _REPLY_TO_ADDR, value.reply_to_addr, write_str)
    put(element, _REPLY_TO_NAME, value.reply_to_name, write_str)
    put(element, _SMS_SENDER, value.sms_sender, write_str)
    put(element, _USE_GOOGLE_ANALYTICS, value.use_google_analytics, write_bool)
    put(element, _GA_SOURCE, value.ga_source, write_str)
    put(element, _GA_CAMPAIGN, value.ga_campaign, write_str)
    put(element, _USE_TIMEFRAME, value.use_timeframe, write_bool)
    put(element, _SELECTED_DAYS, value.selected_days, encode_xml_weekday)
    put(element, _TIMEFRAME_START, value.timeframe_start, write_str)
    put(element, _TIMEFRAME_END, value.timeframe_end, write_str)
    put(element, _USE_WORKFLOW_START, value.use_workflow_start, write_bool)
    put(element, _WORKFLOW_START, value.workflow_start, write_str)
    put(element, _USE_ENROLLMENT_END, value.use_enrollment_end, write_bool)
    put(element, _ENROLLMENT_END, value.enrollment_end, write_str)
    put(element, _REMOVE_FROM_FLOWS, value.remove_from_flows, encode_xml_list_of_int)
    put(element, _TZ_LOCATION, value.tz_location, encode_xml_time_zone_data)
    put(element, _FOLDER, value.folder, encode_xml_hierarchy_entity)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _SHIPMENT_TYPE, value.shipment_type, encode_xml_mdo_list_item)
    put(element, _STEPS, value.steps, encode_xml_list_of_workflow_step_base)
    put(element, _TRIGGERS, value.triggers, encode_xml_list_of_workflow_trigger)
    put(element, _GOALS, value.goals, encode_xml_list_of_workflow_goal)
    put(element, _FILTER, value.filter, encode_xml_workflow_filter)
    put(element, _BLOCK_LISTS, value.block_lists, encode_xml_list_of_int)
    put(element, _CONTENT_INFO, value.content_info, encode_xml_list_of_workflow_content_info)
    put(element, _EXIT_FLOW_ID, value.exit_flow_id, write_int)
    put(element, _EXIT_SUCCESS_FLOW_ID, value.exit_success_flow_id, write_int)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _VISIBLE_FOR, value.visible_for, encode_xml_list_of_visible_for)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_email_flow(data: Any, path: str) -> EmailFlow:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EmailFlow)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.email_flow_id = take_int(data, "EmailFlowId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.status = take(data, "Status", path, decode_json_workflow_definition_status)
    value.jump_to_finish = take_bool(data, "JumpToFinish", path)
    value.start_only_once = take_bool(data, "StartOnlyOnce", path)
    value.override_consent_subscription = take_bool(data, "OverrideConsentSubscription", path)
    value.from_type = take(data, "FromType", path, decode_json_email_from_type)
    value.from_name = take_str_nillable(data, "FromName", path)
    value.from_addr = take_str_nillable(data, "FromAddr", path)
    value.reply_to_type = take(data, "ReplyToType", path, decode_json_email_reply_to_type)
    value.reply_to_addr = take_str_nillable(data, "ReplyToAddr", path)
    value.reply_to_name = take_str_nillable(data, "ReplyToName", path)
    value.sms_sender = take_str_nillable(data, "SmsSender", path)
    value.use_google_analytics = take_bool(data, "UseGoogleAnalytics", path)
    value.ga_source = take_str_nillable(data, "GaSource", path)
    value.ga_campaign = take_str_nillable(data, "GaCampaign", path)
    value.use_timeframe = take_bool(data, "UseTimeframe", path)
    value.selected_days = take(data, "SelectedDays", path, decode_json_weekday)
    value.timeframe_start = take_str_nillable(data, "TimeframeStart", path)
    value.timeframe_end = take_str_nillable(data, "TimeframeEnd", path)
    value.use_workflow_start = take_bool(data, "UseWorkflowStart", path)
    value.workflow_start = take_str_nillable(data, "WorkflowStart", path)
    value.use_enrollment_end = take_bool(data, "UseEnrollmentEnd", path)
    value.enrollment_end = take_str_nillable(data, "EnrollmentEnd", path)
    value.remove_from_flows = take_nillable(data, "RemoveFromFlows", path, decode_json_list_of_int)
    value.tz_location = take_nillable(data, "TzLocation", path, decode_json_time_zone_data)
    value.folder = take_nillable(data, "Folder", path, decode_json_hierarchy_entity)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.shipment_type = take_nillable(data, "ShipmentType", path, decode_json_mdo_list_item)
    value.steps = take_nillable(data, "Steps", path, decode_json_list_of_workflow_step_base)
    value.triggers = take_nillable(data, "Triggers", path, decode_json_list_of_workflow_trigger)
    value.goals = take_nillable(data, "Goals", path, decode_json_list_of_workflow_goal)
    value.filter = take_nillable(data, "Filter", path, decode_json_workflow_filter)
    value.block_lists = take_nillable(data, "BlockLists", path, decode_json_list_of_int)
    value.content_info = take_nillable(
        data, "ContentInfo", path, decode_json_list_of_workflow_content_info
    )
    value.exit_flow_id = take_int(data, "ExitFlowId", path)
    value.exit_success_flow_id = take_int(data, "ExitSuccessFlowId", path)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.visible_for = take_nillable(data, "VisibleFor", path, decode_json_list_of_visible_for)
    value.extra = None if _EMAIL_FLOW_KEYS.issuperset(data) else json_extra(data, _EMAIL_FLOW_KEYS)
    return value


def encode_json_email_flow(value: EmailFlow) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EmailFlowId", value.email_flow_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Status", value.status, encode_json_workflow_definition_status)
    put_json(result, "JumpToFinish", value.jump_to_finish, json_write_bool)
    put_json(result, "StartOnlyOnce", value.start_only_once, json_write_bool)
    put_json(
        result, "OverrideConsentSubscription", value.override_consent_subscription, json_write_bool
    )
    put_json(result, "FromType", value.from_type, encode_json_email_from_type)
    put_json(result, "FromName", value.from_name, json_write_str)
    put_json(result, "FromAddr", value.from_addr, json_write_str)
    put_json(result, "ReplyToType", value.reply_to_type, encode_json_email_reply_to_type)
    put_json(result, "ReplyToAddr", value.reply_to_addr, json_write_str)
    put_json(result, "ReplyToName", value.reply_to_name, json_write_str)
    put_json(result, "SmsSender", value.sms_sender, json_write_str)
    put_json(result, "UseGoogleAnalytics", value.use_google_analytics, json_write_bool)
    put_json(result, "GaSource", value.ga_source, json_write_str)
    put_json(result, "GaCampaign", value.ga_campaign, json_write_str)
    put_json(result, "UseTimeframe", value.use_timeframe, json_write_bool)
    put_json(result, "SelectedDays", value.selected_days, encode_json_weekday)
    put_json(result, "TimeframeStart", value.timeframe_start, json_write_str)
    put_json(result, "TimeframeEnd", value.timeframe_end, json_write_str)
    put_json(result, "UseWorkflowStart", value.use_workflow_start, json_write_bool)
    put_json(result, "WorkflowStart", value.workflow_start, json_write_str)
    put_json(result, "UseEnrollmentEnd", value.use_enrollment_end, json_write_bool)
    put_json(result, "EnrollmentEnd", value.enrollment_end, json_write_str)
    put_json(result, "RemoveFromFlows", value.remove_from_flows, encode_json_list_of_int)
    put_json(result, "TzLocation", value.tz_location, encode_json_time_zone_data)
    put_json(result, "Folder", value.folder, encode_json_hierarchy_entity)
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "ShipmentType", value.shipment_type, encode_json_mdo_list_item)
    put_json(result, "Steps", value.steps, encode_json_list_of_workflow_step_base)
    put_json(result, "Triggers", value.triggers, encode_json_list_of_workflow_trigger)
    put_json(result, "Goals", value.goals, encode_json_list_of_workflow_goal)
    put_json(result, "Filter", value.filter, encode_json_workflow_filter)
    put_json(result, "BlockLists", value.block_lists, encode_json_list_of_int)
    put_json(result, "ContentInfo", value.content_info, encode_json_list_of_workflow_content_info)
    put_json(result, "ExitFlowId", value.exit_flow_id, json_write_int)
    put_json(result, "ExitSuccessFlowId", value.exit_success_flow_id, json_write_int)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "VisibleFor", value.visible_for, encode_json_list_of_visible_for)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


EMAIL_FLOW_CODEC = Codec(
    decode_xml_email_flow, encode_xml_email_flow, decode_json_email_flow, encode_json_email_flow
)
