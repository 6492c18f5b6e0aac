"""Services88 Workflow agent (``Remote/Services88/Workflow.svc``): its operations."""

from __future__ import annotations

from ..runtime import DATETIME, INT, Operation, Param, STR
from .types.email_flow import EMAIL_FLOW_CODEC
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.workflow_definition_status import WORKFLOW_DEFINITION_STATUS_CODEC
from .types.workflow_event import WORKFLOW_EVENT_CODEC
from .types.workflow_event_result import WORKFLOW_EVENT_RESULT_CODEC
from .types.workflow_filter import WORKFLOW_FILTER_CODEC
from .types.workflow_goal import WORKFLOW_GOAL_CODEC
from .types.workflow_split_option_type import WORKFLOW_SPLIT_OPTION_TYPE_CODEC
from .types.workflow_step_base import WORKFLOW_STEP_BASE_CODEC
from .types.workflow_step_option_base import WORKFLOW_STEP_OPTION_BASE_CODEC
from .types.workflow_step_type import WORKFLOW_STEP_TYPE_CODEC
from .types.workflow_trigger import WORKFLOW_TRIGGER_CODEC
from .types.workflow_wait_for_action import WORKFLOW_WAIT_FOR_ACTION_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_EMAIL_FLOW = Operation(
    "CreateDefaultEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultEmailFlow",
    results=(Param("response", "Response", EMAIL_FLOW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultEmailFlow",
)
"""Loading default values into a new EmailFlow."""

SAVE_EMAIL_FLOW = Operation(
    "SaveEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SaveEmailFlow",
    params=(Param("email_flow", "EmailFlow", EMAIL_FLOW_CODEC, nillable=True),),
    results=(Param("response", "Response", EMAIL_FLOW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SaveEmailFlow",
    rest_body="email_flow",
)
"""Updates the existing EmailFlow or creates a new EmailFlow if the id parameter is 0."""

DELETE_EMAIL_FLOW = Operation(
    "DeleteEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteEmailFlow",
    params=(Param("email_flow_id", "EmailFlowId", INT),),
    rest_path="/api/v1/Agents/Workflow/DeleteEmailFlow",
)
"""Deletes the EmailFlow"""

CREATE_DEFAULT_WORKFLOW_EVENT = Operation(
    "CreateDefaultWorkflowEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowEvent",
    results=(Param("response", "Response", WORKFLOW_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowEvent",
)
"""Loading default values into a new WorkflowEvent."""

CREATE_DEFAULT_WORKFLOW_EVENT_RESULT = Operation(
    "CreateDefaultWorkflowEventResult",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowEventResult",
    results=(Param("response", "Response", WORKFLOW_EVENT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowEventResult",
)
"""Loading default values into a new WorkflowEventResult."""

CREATE_DEFAULT_WORKFLOW_FILTER = Operation(
    "CreateDefaultWorkflowFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowFilter",
    results=(Param("response", "Response", WORKFLOW_FILTER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowFilter",
)
"""Loading default values into a new WorkflowFilter."""

CREATE_DEFAULT_WORKFLOW_GOAL = Operation(
    "CreateDefaultWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowGoal",
    results=(Param("response", "Response", WORKFLOW_GOAL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowGoal",
)
"""Loading default values into a new WorkflowGoal."""

SAVE_WORKFLOW_GOAL = Operation(
    "SaveWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SaveWorkflowGoal",
    params=(Param("workflow_goal", "WorkflowGoal", WORKFLOW_GOAL_CODEC, nillable=True),),
    results=(Param("response", "Response", WORKFLOW_GOAL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SaveWorkflowGoal",
    rest_body="workflow_goal",
)
"""Updates the existing WorkflowGoal or creates a new WorkflowGoal if the id parameter is 0."""

DELETE_WORKFLOW_GOAL = Operation(
    "DeleteWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteWorkflowGoal",
    params=(Param("workflow_goal_id", "WorkflowGoalId", INT),),
    rest_path="/api/v1/Agents/Workflow/DeleteWorkflowGoal",
)
"""Deletes the WorkflowGoal"""

CREATE_DEFAULT_WORKFLOW_TRIGGER = Operation(
    "CreateDefaultWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowTrigger",
    results=(Param("response", "Response", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowTrigger",
)
"""Loading default values into a new WorkflowTrigger."""

SAVE_WORKFLOW_TRIGGER = Operation(
    "SaveWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SaveWorkflowTrigger",
    params=(Param("workflow_trigger", "WorkflowTrigger", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    results=(Param("response", "Response", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SaveWorkflowTrigger",
    rest_body="workflow_trigger",
)
"""Updates the existing WorkflowTrigger or creates a new WorkflowTrigger if the id parameter is
0."""

DELETE_WORKFLOW_TRIGGER = Operation(
    "DeleteWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteWorkflowTrigger",
    params=(Param("workflow_trigger_id", "WorkflowTriggerId", INT),),
    rest_path="/api/v1/Agents/Workflow/DeleteWorkflowTrigger",
)
"""Deletes the WorkflowTrigger"""

CREATE_DEFAULT_WORKFLOW_WAIT_FOR_ACTION = Operation(
    "CreateDefaultWorkflowWaitForAction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowWaitForAction",
    results=(Param("response", "Response", WORKFLOW_WAIT_FOR_ACTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowWaitForAction",
)
"""Loading default values into a new WorkflowWaitForAction."""

SAVE_WORKFLOW_WAIT_FOR_ACTION = Operation(
    "SaveWorkflowWaitForAction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SaveWorkflowWaitForAction",
    params=(
        Param(
            "workflow_wait_for_action",
            "WorkflowWaitForAction",
            WORKFLOW_WAIT_FOR_ACTION_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", WORKFLOW_WAIT_FOR_ACTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SaveWorkflowWaitForAction",
    rest_body="workflow_wait_for_action",
)
"""Updates the existing WorkflowWaitForAction or creates a new WorkflowWaitForAction if the id
parameter is 0."""

DELETE_WORKFLOW_WAIT_FOR_ACTION = Operation(
    "DeleteWorkflowWaitForAction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteWorkflowWaitForAction",
    params=(Param("workflow_wait_for_action_id", "WorkflowWaitForActionId", INT),),
    rest_path="/api/v1/Agents/Workflow/DeleteWorkflowWaitForAction",
)
"""Deletes the WorkflowWaitForAction"""

GET_EMAIL_FLOW = Operation(
    "GetEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetEmailFlow",
    params=(Param("email_flow_id", "EmailFlowId", INT),),
    results=(Param("response", "Response", EMAIL_FLOW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetEmailFlow",
)
"""Gets a EmailFlow object."""

TRY_ADD_PERSONS_TO_EMAIL_FLOW = Operation(
    "TryAddPersonsToEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/TryAddPersonsToEmailFlow",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("person_ids", "PersonIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/TryAddPersonsToEmailFlow",
)
"""Try to add a participant to the EmailFlow."""

REMOVE_PARTICIPANTS_FROM_EMAIL_FLOW = Operation(
    "RemoveParticipantsFromEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/RemoveParticipantsFromEmailFlow",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("workflow_instance_ids", "WorkflowInstanceIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Workflow/RemoveParticipantsFromEmailFlow",
)
"""Remove participants (actually workflow instances) from the workflow"""

CREATE_EMAIL_FLOW_CONTENT = Operation(
    "CreateEmailFlowContent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateEmailFlowContent",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("content_name", "ContentName", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Workflow/CreateEmailFlowContent",
)
"""Create content to an email flow"""

CONNECT_EMAIL_FLOW_CONTENT = Operation(
    "ConnectEmailFlowContent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/ConnectEmailFlowContent",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("message_id", "MessageId", INT),
    ),
    rest_path="/api/v1/Agents/Workflow/ConnectEmailFlowContent",
)
"""Link any SMessage to the email flow."""

COPY_EMAIL_FLOW_CONTENT = Operation(
    "CopyEmailFlowContent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CopyEmailFlowContent",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("shipment_id", "ShipmentId", INT),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Workflow/CopyEmailFlowContent",
)
"""Copy smessage and connected shipment to the email flow."""

UPDATE_FORM_SUBMISSIONS = Operation(
    "UpdateFormSubmissions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/UpdateFormSubmissions",
    params=(Param("max_count", "MaxCount", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Workflow/UpdateFormSubmissions",
)
"""Attempt to update stored field values for up to the given number of form submissions"""

SET_STATUS_ON_WORKFLOW = Operation(
    "SetStatusOnWorkflow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SetStatusOnWorkflow",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("status", "Status", WORKFLOW_DEFINITION_STATUS_CODEC),
    ),
    results=(Param("response", "Response", WORKFLOW_DEFINITION_STATUS_CODEC),),
    rest_path="/api/v1/Agents/Workflow/SetStatusOnWorkflow",
)
"""Set status on workflow, Run or pause flow"""

COPY_EMAIL_FLOW = Operation(
    "CopyEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CopyEmailFlow",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("new_name", "NewName", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Workflow/CopyEmailFlow",
)
"""Copy an email flow."""

RUN = Operation(
    "Run",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/Run",
    results=(Param("response", "Response", DATETIME),),
    rest_path="/api/v1/Agents/Workflow/Run",
)
"""Run the workflow engine right now"""

SEND_EVENT = Operation(
    "SendEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SendEvent",
    params=(Param("workflow_event", "WorkflowEvent", WORKFLOW_EVENT_CODEC, nillable=True),),
    results=(Param("response", "Response", WORKFLOW_EVENT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SendEvent",
)
"""Send a workflow event."""

GET_WORKFLOW_GOAL = Operation(
    "GetWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowGoal",
    params=(Param("workflow_goal_id", "WorkflowGoalId", INT),),
    results=(Param("response", "Response", WORKFLOW_GOAL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowGoal",
)
"""Gets a WorkflowGoal object."""

GET_WORKFLOW_STEP = Operation(
    "GetWorkflowStep",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowStep",
    params=(Param("workflow_step_id", "WorkflowStepId", INT),),
    results=(Param("response", "Response", WORKFLOW_STEP_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowStep",
)
"""Get Workflowstep by ID"""

ADD_AFTER_WORKFLOW_STEP = Operation(
    "AddAfterWorkflowStep",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/AddAfterWorkflowStep",
    params=(
        Param("workflow_step_id", "WorkflowStepId", INT),
        Param("sub_step", "SubStep", WORKFLOW_STEP_BASE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", WORKFLOW_STEP_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/AddAfterWorkflowStep",
)
"""Add another step (and any of its substeps) after the given step id (which must exist), and
move any following steps in the workflow further down the line."""

CREATE_DEFAULT_WORKFLOW_STEP_FROM_TYPE = Operation(
    "CreateDefaultWorkflowStepFromType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowStepFromType",
    params=(Param("step_type", "StepType", WORKFLOW_STEP_TYPE_CODEC),),
    results=(Param("response", "Response", WORKFLOW_STEP_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowStepFromType",
)
"""Creates a new carrier from the step type given, with the right kind of properties, defaults
set."""

CREATE_DEFAULT_WORKFLOW_STEP_OPTION_FROM_TYPE = Operation(
    "CreateDefaultWorkflowStepOptionFromType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowStepOptionFromType",
    params=(Param("option_type", "OptionType", WORKFLOW_SPLIT_OPTION_TYPE_CODEC),),
    results=(Param("response", "Response", WORKFLOW_STEP_OPTION_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowStepOptionFromType",
)
"""Creates a new carrier from the option type given, with the right kind of properties,
defaults set."""

GET_WORKFLOW_STEP_OPTION = Operation(
    "GetWorkflowStepOption",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowStepOption",
    params=(Param("workflow_step_option_id", "WorkflowStepOptionId", INT),),
    results=(Param("response", "Response", WORKFLOW_STEP_OPTION_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowStepOption",
)
"""Get WorkflowStepOption by ID"""

GET_WORKFLOW_TRIGGER = Operation(
    "GetWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowTrigger",
    params=(Param("workflow_trigger_id", "WorkflowTriggerId", INT),),
    results=(Param("response", "Response", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowTrigger",
)
"""Gets a WorkflowTrigger object."""

GET_WORKFLOW_WAIT_FOR_ACTION = Operation(
    "GetWorkflowWaitForAction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowWaitForAction",
    params=(Param("workflow_wait_for_action_id", "WorkflowWaitForActionId", INT),),
    results=(Param("response", "Response", WORKFLOW_WAIT_FOR_ACTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowWaitForAction",
)
"""Gets a WorkflowWaitForAction object."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultEmailFlow": CREATE_DEFAULT_EMAIL_FLOW,
    "SaveEmailFlow": SAVE_EMAIL_FLOW,
    "DeleteEmailFlow": DELETE_EMAIL_FLOW,
    "CreateDefaultWorkflowEvent": CREATE_DEFAULT_WORKFLOW_EVENT,
    "CreateDefaultWorkflowEventResult": CREATE_DEFAULT_WORKFLOW_EVENT_RESULT,
    "CreateDefaultWorkflowFilter": CREATE_DEFAULT_WORKFLOW_FILTER,
    "CreateDefaultWorkflowGoal": CREATE_DEFAULT_WORKFLOW_GOAL,
    "SaveWorkflowGoal": SAVE_WORKFLOW_GOAL,
    "DeleteWorkflowGoal": DELETE_WORKFLOW_GOAL,
    "CreateDefaultWorkflowTrigger": CREATE_DEFAULT_WORKFLOW_TRIGGER,
    "SaveWorkflowTrigger": SAVE_WORKFLOW_TRIGGER,
    "DeleteWorkflowTrigger": DELETE_WORKFLOW_TRIGGER,
    "CreateDefaultWorkflowWaitForAction": CREATE_DEFAULT_WORKFLOW_WAIT_FOR_ACTION,
    "SaveWorkflowWaitForAction": SAVE_WORKFLOW_WAIT_FOR_ACTION,
    "DeleteWorkflowWaitForAction": DELETE_WORKFLOW_WAIT_FOR_ACTION,
    "GetEmailFlow": GET_EMAIL_FLOW,
    "TryAddPersonsToEmailFlow": TRY_ADD_PERSONS_TO_EMAIL_FLOW,
    "RemoveParticipantsFromEmailFlow": REMOVE_PARTICIPANTS_FROM_EMAIL_FLOW,
    "CreateEmailFlowContent": CREATE_EMAIL_FLOW_CONTENT,
    "ConnectEmailFlowContent": CONNECT_EMAIL_FLOW_CONTENT,
    "CopyEmailFlowContent": COPY_EMAIL_FLOW_CONTENT,
    "UpdateFormSubmissions": UPDATE_FORM_SUBMISSIONS,
    "SetStatusOnWorkflow": SET_STATUS_ON_WORKFLOW,
    "CopyEmailFlow": COPY_EMAIL_FLOW,
    "Run": RUN,
    "SendEvent": SEND_EVENT,
    "GetWorkflowGoal": GET_WORKFLOW_GOAL,
    "GetWorkflowStep": GET_WORKFLOW_STEP,
    "AddAfterWorkflowStep": ADD_AFTER_WORKFLOW_STEP,
    "CreateDefaultWorkflowStepFromType": CREATE_DEFAULT_WORKFLOW_STEP_FROM_TYPE,
    "CreateDefaultWorkflowStepOptionFromType": CREATE_DEFAULT_WORKFLOW_STEP_OPTION_FROM_TYPE,
    "GetWorkflowStepOption": GET_WORKFLOW_STEP_OPTION,
    "GetWorkflowTrigger": GET_WORKFLOW_TRIGGER,
    "GetWorkflowWaitForAction": GET_WORKFLOW_WAIT_FOR_ACTION,
}
