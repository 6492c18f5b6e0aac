"""Services88 Workflow agent (``Remote/Services88/Workflow.svc``).

``WorkflowAgent`` and ``AsyncWorkflowAgent`` call it over SOAP, ``WorkflowRestAgent`` and
``AsyncWorkflowRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import DATETIME, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.email_flow import EMAIL_FLOW_CODEC, EmailFlow
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.workflow_definition_status import (
    WORKFLOW_DEFINITION_STATUS_CODEC,
    WorkflowDefinitionStatus,
)
from .types.workflow_event import WORKFLOW_EVENT_CODEC, WorkflowEvent
from .types.workflow_event_result import WORKFLOW_EVENT_RESULT_CODEC, WorkflowEventResult
from .types.workflow_filter import WORKFLOW_FILTER_CODEC, WorkflowFilter
from .types.workflow_goal import WORKFLOW_GOAL_CODEC, WorkflowGoal
from .types.workflow_split_option_type import (
    WORKFLOW_SPLIT_OPTION_TYPE_CODEC,
    WorkflowSplitOptionType,
)
from .types.workflow_step_base import WORKFLOW_STEP_BASE_CODEC, WorkflowStepBase
from .types.workflow_step_option_base import (
    WORKFLOW_STEP_OPTION_BASE_CODEC,
    WorkflowStepOptionBase,
)
from .types.workflow_step_type import WORKFLOW_STEP_TYPE_CODEC, WorkflowStepType
from .types.workflow_trigger import WORKFLOW_TRIGGER_CODEC, WorkflowTrigger
from .types.workflow_wait_for_action import WORKFLOW_WAIT_FOR_ACTION_CODEC, WorkflowWaitForAction

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_EMAIL_FLOW: Operation[EmailFlow | None] = Operation(
    "CreateDefaultEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultEmailFlow",
    results=(Param("response", "Response", EMAIL_FLOW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultEmailFlow",
    rest_select=False,
)

SAVE_EMAIL_FLOW: Operation[EmailFlow | None] = Operation(
    "SaveEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SaveEmailFlow",
    params=(Param("email_flow", "EmailFlow", EMAIL_FLOW_CODEC, nillable=True),),
    results=(Param("response", "Response", EMAIL_FLOW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SaveEmailFlow",
    rest_body="email_flow",
    rest_select=False,
)

DELETE_EMAIL_FLOW: Operation[None] = Operation(
    "DeleteEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteEmailFlow",
    params=(Param("email_flow_id", "EmailFlowId", INT, query="emailFlowId"),),
    rest_path="/api/v1/Agents/Workflow/DeleteEmailFlow",
    rest_select=False,
)

CREATE_DEFAULT_WORKFLOW_EVENT: Operation[WorkflowEvent | None] = Operation(
    "CreateDefaultWorkflowEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowEvent",
    results=(Param("response", "Response", WORKFLOW_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowEvent",
    rest_select=False,
)

CREATE_DEFAULT_WORKFLOW_EVENT_RESULT: Operation[WorkflowEventResult | None] = Operation(
    "CreateDefaultWorkflowEventResult",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowEventResult",
    results=(Param("response", "Response", WORKFLOW_EVENT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowEventResult",
    rest_select=False,
)

CREATE_DEFAULT_WORKFLOW_FILTER: Operation[WorkflowFilter | None] = Operation(
    "CreateDefaultWorkflowFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowFilter",
    results=(Param("response", "Response", WORKFLOW_FILTER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowFilter",
    rest_select=False,
)

CREATE_DEFAULT_WORKFLOW_GOAL: Operation[WorkflowGoal | None] = Operation(
    "CreateDefaultWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowGoal",
    results=(Param("response", "Response", WORKFLOW_GOAL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowGoal",
    rest_select=False,
)

SAVE_WORKFLOW_GOAL: Operation[WorkflowGoal | None] = Operation(
    "SaveWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SaveWorkflowGoal",
    params=(Param("workflow_goal", "WorkflowGoal", WORKFLOW_GOAL_CODEC, nillable=True),),
    results=(Param("response", "Response", WORKFLOW_GOAL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SaveWorkflowGoal",
    rest_body="workflow_goal",
    rest_select=False,
)

DELETE_WORKFLOW_GOAL: Operation[None] = Operation(
    "DeleteWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteWorkflowGoal",
    params=(Param("workflow_goal_id", "WorkflowGoalId", INT, query="workflowGoalId"),),
    rest_path="/api/v1/Agents/Workflow/DeleteWorkflowGoal",
    rest_select=False,
)

CREATE_DEFAULT_WORKFLOW_TRIGGER: Operation[WorkflowTrigger | None] = Operation(
    "CreateDefaultWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowTrigger",
    results=(Param("response", "Response", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowTrigger",
    rest_select=False,
)

SAVE_WORKFLOW_TRIGGER: Operation[WorkflowTrigger | None] = Operation(
    "SaveWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SaveWorkflowTrigger",
    params=(Param("workflow_trigger", "WorkflowTrigger", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    results=(Param("response", "Response", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SaveWorkflowTrigger",
    rest_body="workflow_trigger",
    rest_select=False,
)

DELETE_WORKFLOW_TRIGGER: Operation[None] = Operation(
    "DeleteWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteWorkflowTrigger",
    params=(Param("workflow_trigger_id", "WorkflowTriggerId", INT, query="workflowTriggerId"),),
    rest_path="/api/v1/Agents/Workflow/DeleteWorkflowTrigger",
    rest_select=False,
)

CREATE_DEFAULT_WORKFLOW_WAIT_FOR_ACTION: Operation[WorkflowWaitForAction | None] = Operation(
    "CreateDefaultWorkflowWaitForAction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowWaitForAction",
    results=(Param("response", "Response", WORKFLOW_WAIT_FOR_ACTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowWaitForAction",
    rest_select=False,
)

SAVE_WORKFLOW_WAIT_FOR_ACTION: Operation[WorkflowWaitForAction | None] = Operation(
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
    rest_select=False,
)

DELETE_WORKFLOW_WAIT_FOR_ACTION: Operation[None] = Operation(
    "DeleteWorkflowWaitForAction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/DeleteWorkflowWaitForAction",
    params=(
        Param(
            "workflow_wait_for_action_id",
            "WorkflowWaitForActionId",
            INT,
            query="workflowWaitForActionId",
        ),
    ),
    rest_path="/api/v1/Agents/Workflow/DeleteWorkflowWaitForAction",
    rest_select=False,
)

GET_EMAIL_FLOW: Operation[EmailFlow | None] = Operation(
    "GetEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetEmailFlow",
    params=(Param("email_flow_id", "EmailFlowId", INT, query="emailFlowId"),),
    results=(Param("response", "Response", EMAIL_FLOW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetEmailFlow",
)

TRY_ADD_PERSONS_TO_EMAIL_FLOW: Operation[list[bool] | None] = Operation(
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

REMOVE_PARTICIPANTS_FROM_EMAIL_FLOW: Operation[None] = Operation(
    "RemoveParticipantsFromEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/RemoveParticipantsFromEmailFlow",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("workflow_instance_ids", "WorkflowInstanceIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Workflow/RemoveParticipantsFromEmailFlow",
)

CREATE_EMAIL_FLOW_CONTENT: Operation[int | None] = Operation(
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

CONNECT_EMAIL_FLOW_CONTENT: Operation[None] = Operation(
    "ConnectEmailFlowContent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/ConnectEmailFlowContent",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("message_id", "MessageId", INT),
    ),
    rest_path="/api/v1/Agents/Workflow/ConnectEmailFlowContent",
)

COPY_EMAIL_FLOW_CONTENT: Operation[int | None] = Operation(
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

UPDATE_FORM_SUBMISSIONS: Operation[int | None] = Operation(
    "UpdateFormSubmissions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/UpdateFormSubmissions",
    params=(Param("max_count", "MaxCount", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Workflow/UpdateFormSubmissions",
)

SET_STATUS_ON_WORKFLOW: Operation[WorkflowDefinitionStatus | str | None] = Operation(
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

COPY_EMAIL_FLOW: Operation[int | None] = Operation(
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

RUN: Operation[datetime.datetime | None] = Operation(
    "Run",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/Run",
    results=(Param("response", "Response", DATETIME),),
    rest_path="/api/v1/Agents/Workflow/Run",
)

SEND_EVENT: Operation[WorkflowEventResult | None] = Operation(
    "SendEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/SendEvent",
    params=(Param("workflow_event", "WorkflowEvent", WORKFLOW_EVENT_CODEC, nillable=True),),
    results=(Param("response", "Response", WORKFLOW_EVENT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/SendEvent",
)

GET_WORKFLOW_GOAL: Operation[WorkflowGoal | None] = Operation(
    "GetWorkflowGoal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowGoal",
    params=(Param("workflow_goal_id", "WorkflowGoalId", INT, query="workflowGoalId"),),
    results=(Param("response", "Response", WORKFLOW_GOAL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowGoal",
)

GET_WORKFLOW_STEP: Operation[WorkflowStepBase | None] = Operation(
    "GetWorkflowStep",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowStep",
    params=(Param("workflow_step_id", "WorkflowStepId", INT),),
    results=(Param("response", "Response", WORKFLOW_STEP_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowStep",
)

ADD_AFTER_WORKFLOW_STEP: Operation[WorkflowStepBase | None] = Operation(
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

CREATE_DEFAULT_WORKFLOW_STEP_FROM_TYPE: Operation[WorkflowStepBase | None] = Operation(
    "CreateDefaultWorkflowStepFromType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowStepFromType",
    params=(Param("step_type", "StepType", WORKFLOW_STEP_TYPE_CODEC),),
    results=(Param("response", "Response", WORKFLOW_STEP_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowStepFromType",
)

CREATE_DEFAULT_WORKFLOW_STEP_OPTION_FROM_TYPE: Operation[WorkflowStepOptionBase | None] = (
    Operation(
        "CreateDefaultWorkflowStepOptionFromType",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/CreateDefaultWorkflowStepOptionFromType",
        params=(Param("option_type", "OptionType", WORKFLOW_SPLIT_OPTION_TYPE_CODEC),),
        results=(Param("response", "Response", WORKFLOW_STEP_OPTION_BASE_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Workflow/CreateDefaultWorkflowStepOptionFromType",
    )
)

GET_WORKFLOW_STEP_OPTION: Operation[WorkflowStepOptionBase | None] = Operation(
    "GetWorkflowStepOption",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowStepOption",
    params=(Param("workflow_step_option_id", "WorkflowStepOptionId", INT),),
    results=(Param("response", "Response", WORKFLOW_STEP_OPTION_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowStepOption",
)

GET_WORKFLOW_TRIGGER: Operation[WorkflowTrigger | None] = Operation(
    "GetWorkflowTrigger",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowTrigger",
    params=(Param("workflow_trigger_id", "WorkflowTriggerId", INT, query="workflowTriggerId"),),
    results=(Param("response", "Response", WORKFLOW_TRIGGER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowTrigger",
)

GET_WORKFLOW_WAIT_FOR_ACTION: Operation[WorkflowWaitForAction | None] = Operation(
    "GetWorkflowWaitForAction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Workflow/GetWorkflowWaitForAction",
    params=(
        Param(
            "workflow_wait_for_action_id",
            "WorkflowWaitForActionId",
            INT,
            query="workflowWaitForActionId",
        ),
    ),
    results=(Param("response", "Response", WORKFLOW_WAIT_FOR_ACTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Workflow/GetWorkflowWaitForAction",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class WorkflowMethods(SyncCalls):
    """The Workflow operations, called synchronously (SOAP or REST)."""

    def create_default_email_flow(self) -> EmailFlow | None:
        """Loading default values into a new EmailFlow.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_EMAIL_FLOW, ())

    def save_email_flow(self, *, email_flow: EmailFlow | None | Unset = UNSET) -> EmailFlow | None:
        """Updates the existing EmailFlow or creates a new EmailFlow if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_EMAIL_FLOW, (email_flow,))

    def delete_email_flow(self, *, email_flow_id: int | Unset = UNSET) -> None:
        """Deletes the EmailFlow"""
        return self._call(DELETE_EMAIL_FLOW, (email_flow_id,))

    def create_default_workflow_event(self) -> WorkflowEvent | None:
        """Loading default values into a new WorkflowEvent.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_EVENT, ())

    def create_default_workflow_event_result(self) -> WorkflowEventResult | None:
        """Loading default values into a new WorkflowEventResult.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_EVENT_RESULT, ())

    def create_default_workflow_filter(self) -> WorkflowFilter | None:
        """Loading default values into a new WorkflowFilter.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_FILTER, ())

    def create_default_workflow_goal(self) -> WorkflowGoal | None:
        """Loading default values into a new WorkflowGoal.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_GOAL, ())

    def save_workflow_goal(
        self, *, workflow_goal: WorkflowGoal | None | Unset = UNSET
    ) -> WorkflowGoal | None:
        """Updates the existing WorkflowGoal or creates a new WorkflowGoal if the id parameter
        is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_WORKFLOW_GOAL, (workflow_goal,))

    def delete_workflow_goal(self, *, workflow_goal_id: int | Unset = UNSET) -> None:
        """Deletes the WorkflowGoal"""
        return self._call(DELETE_WORKFLOW_GOAL, (workflow_goal_id,))

    def create_default_workflow_trigger(self) -> WorkflowTrigger | None:
        """Loading default values into a new WorkflowTrigger.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_TRIGGER, ())

    def save_workflow_trigger(
        self, *, workflow_trigger: WorkflowTrigger | None | Unset = UNSET
    ) -> WorkflowTrigger | None:
        """Updates the existing WorkflowTrigger or creates a new WorkflowTrigger if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_WORKFLOW_TRIGGER, (workflow_trigger,))

    def delete_workflow_trigger(self, *, workflow_trigger_id: int | Unset = UNSET) -> None:
        """Deletes the WorkflowTrigger"""
        return self._call(DELETE_WORKFLOW_TRIGGER, (workflow_trigger_id,))

    def create_default_workflow_wait_for_action(self) -> WorkflowWaitForAction | None:
        """Loading default values into a new WorkflowWaitForAction.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_WAIT_FOR_ACTION, ())

    def save_workflow_wait_for_action(
        self, *, workflow_wait_for_action: WorkflowWaitForAction | None | Unset = UNSET
    ) -> WorkflowWaitForAction | None:
        """Updates the existing WorkflowWaitForAction or creates a new WorkflowWaitForAction if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_WORKFLOW_WAIT_FOR_ACTION, (workflow_wait_for_action,))

    def delete_workflow_wait_for_action(
        self, *, workflow_wait_for_action_id: int | Unset = UNSET
    ) -> None:
        """Deletes the WorkflowWaitForAction"""
        return self._call(DELETE_WORKFLOW_WAIT_FOR_ACTION, (workflow_wait_for_action_id,))

    def get_email_flow(self, *, email_flow_id: int | Unset = UNSET) -> EmailFlow | None:
        """Gets a EmailFlow object.

        Returns:
            The result.
        """
        return self._call(GET_EMAIL_FLOW, (email_flow_id,))

    def try_add_persons_to_email_flow(
        self, *, email_flow_id: int | Unset = UNSET, person_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """Try to add a participant to the EmailFlow.

        Returns:
            The result.
        """
        return self._call(TRY_ADD_PERSONS_TO_EMAIL_FLOW, (email_flow_id, person_ids))

    def remove_participants_from_email_flow(
        self,
        *,
        email_flow_id: int | Unset = UNSET,
        workflow_instance_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Remove participants (actually workflow instances) from the workflow"""
        return self._call(
            REMOVE_PARTICIPANTS_FROM_EMAIL_FLOW, (email_flow_id, workflow_instance_ids)
        )

    def create_email_flow_content(
        self, *, email_flow_id: int | Unset = UNSET, content_name: str | None | Unset = UNSET
    ) -> int | None:
        """Create content to an email flow

        Returns:
            The result.
        """
        return self._call(CREATE_EMAIL_FLOW_CONTENT, (email_flow_id, content_name))

    def connect_email_flow_content(
        self, *, email_flow_id: int | Unset = UNSET, message_id: int | Unset = UNSET
    ) -> None:
        """Link any SMessage to the email flow."""
        return self._call(CONNECT_EMAIL_FLOW_CONTENT, (email_flow_id, message_id))

    def copy_email_flow_content(
        self, *, email_flow_id: int | Unset = UNSET, shipment_id: int | Unset = UNSET
    ) -> int | None:
        """Copy smessage and connected shipment to the email flow.

        Returns:
            The result.
        """
        return self._call(COPY_EMAIL_FLOW_CONTENT, (email_flow_id, shipment_id))

    def update_form_submissions(self, *, max_count: int | Unset = UNSET) -> int | None:
        """Attempt to update stored field values for up to the given number of form submissions

        Returns:
            The result.
        """
        return self._call(UPDATE_FORM_SUBMISSIONS, (max_count,))

    def set_status_on_workflow(
        self,
        *,
        email_flow_id: int | Unset = UNSET,
        status: WorkflowDefinitionStatus | str | Unset = UNSET,
    ) -> WorkflowDefinitionStatus | str | None:
        """Set status on workflow, Run or pause flow

        Returns:
            The result.
        """
        return self._call(SET_STATUS_ON_WORKFLOW, (email_flow_id, status))

    def copy_email_flow(
        self, *, email_flow_id: int | Unset = UNSET, new_name: str | None | Unset = UNSET
    ) -> int | None:
        """Copy an email flow.

        Returns:
            The result.
        """
        return self._call(COPY_EMAIL_FLOW, (email_flow_id, new_name))

    def run(self) -> datetime.datetime | None:
        """Run the workflow engine right now

        Returns:
            The result.
        """
        return self._call(RUN, ())

    def send_event(
        self, *, workflow_event: WorkflowEvent | None | Unset = UNSET
    ) -> WorkflowEventResult | None:
        """Send a workflow event.

        Returns:
            The result.
        """
        return self._call(SEND_EVENT, (workflow_event,))

    def get_workflow_goal(self, *, workflow_goal_id: int | Unset = UNSET) -> WorkflowGoal | None:
        """Gets a WorkflowGoal object.

        Returns:
            The result.
        """
        return self._call(GET_WORKFLOW_GOAL, (workflow_goal_id,))

    def get_workflow_step(
        self, *, workflow_step_id: int | Unset = UNSET
    ) -> WorkflowStepBase | None:
        """Get Workflowstep by ID

        Returns:
            The result.
        """
        return self._call(GET_WORKFLOW_STEP, (workflow_step_id,))

    def add_after_workflow_step(
        self,
        *,
        workflow_step_id: int | Unset = UNSET,
        sub_step: WorkflowStepBase | None | Unset = UNSET,
    ) -> WorkflowStepBase | None:
        """Add another step (and any of its substeps) after the given step id (which must
        exist), and move any following steps in the workflow further down the line.

        Returns:
            The result.
        """
        return self._call(ADD_AFTER_WORKFLOW_STEP, (workflow_step_id, sub_step))

    def create_default_workflow_step_from_type(
        self, *, step_type: WorkflowStepType | str | Unset = UNSET
    ) -> WorkflowStepBase | None:
        """Creates a new carrier from the step type given, with the right kind of properties,
        defaults set.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_STEP_FROM_TYPE, (step_type,))

    def create_default_workflow_step_option_from_type(
        self, *, option_type: WorkflowSplitOptionType | str | Unset = UNSET
    ) -> WorkflowStepOptionBase | None:
        """Creates a new carrier from the option type given, with the right kind of properties,
        defaults set.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WORKFLOW_STEP_OPTION_FROM_TYPE, (option_type,))

    def get_workflow_step_option(
        self, *, workflow_step_option_id: int | Unset = UNSET
    ) -> WorkflowStepOptionBase | None:
        """Get WorkflowStepOption by ID

        Returns:
            The result.
        """
        return self._call(GET_WORKFLOW_STEP_OPTION, (workflow_step_option_id,))

    def get_workflow_trigger(
        self, *, workflow_trigger_id: int | Unset = UNSET
    ) -> WorkflowTrigger | None:
        """Gets a WorkflowTrigger object.

        Returns:
            The result.
        """
        return self._call(GET_WORKFLOW_TRIGGER, (workflow_trigger_id,))

    def get_workflow_wait_for_action(
        self, *, workflow_wait_for_action_id: int | Unset = UNSET
    ) -> WorkflowWaitForAction | None:
        """Gets a WorkflowWaitForAction object.

        Returns:
            The result.
        """
        return self._call(GET_WORKFLOW_WAIT_FOR_ACTION, (workflow_wait_for_action_id,))


class AsyncWorkflowMethods(AsyncCalls):
    """The Workflow operations, called asynchronously (SOAP or REST)."""

    async def create_default_email_flow(self) -> EmailFlow | None:
        """Loading default values into a new EmailFlow.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_EMAIL_FLOW, ())

    async def save_email_flow(
        self, *, email_flow: EmailFlow | None | Unset = UNSET
    ) -> EmailFlow | None:
        """Updates the existing EmailFlow or creates a new EmailFlow if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_EMAIL_FLOW, (email_flow,))

    async def delete_email_flow(self, *, email_flow_id: int | Unset = UNSET) -> None:
        """Deletes the EmailFlow"""
        return await self._call(DELETE_EMAIL_FLOW, (email_flow_id,))

    async def create_default_workflow_event(self) -> WorkflowEvent | None:
        """Loading default values into a new WorkflowEvent.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_EVENT, ())

    async def create_default_workflow_event_result(self) -> WorkflowEventResult | None:
        """Loading default values into a new WorkflowEventResult.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_EVENT_RESULT, ())

    async def create_default_workflow_filter(self) -> WorkflowFilter | None:
        """Loading default values into a new WorkflowFilter.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_FILTER, ())

    async def create_default_workflow_goal(self) -> WorkflowGoal | None:
        """Loading default values into a new WorkflowGoal.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_GOAL, ())

    async def save_workflow_goal(
        self, *, workflow_goal: WorkflowGoal | None | Unset = UNSET
    ) -> WorkflowGoal | None:
        """Updates the existing WorkflowGoal or creates a new WorkflowGoal if the id parameter
        is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_WORKFLOW_GOAL, (workflow_goal,))

    async def delete_workflow_goal(self, *, workflow_goal_id: int | Unset = UNSET) -> None:
        """Deletes the WorkflowGoal"""
        return await self._call(DELETE_WORKFLOW_GOAL, (workflow_goal_id,))

    async def create_default_workflow_trigger(self) -> WorkflowTrigger | None:
        """Loading default values into a new WorkflowTrigger.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_TRIGGER, ())

    async def save_workflow_trigger(
        self, *, workflow_trigger: WorkflowTrigger | None | Unset = UNSET
    ) -> WorkflowTrigger | None:
        """Updates the existing WorkflowTrigger or creates a new WorkflowTrigger if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_WORKFLOW_TRIGGER, (workflow_trigger,))

    async def delete_workflow_trigger(self, *, workflow_trigger_id: int | Unset = UNSET) -> None:
        """Deletes the WorkflowTrigger"""
        return await self._call(DELETE_WORKFLOW_TRIGGER, (workflow_trigger_id,))

    async def create_default_workflow_wait_for_action(self) -> WorkflowWaitForAction | None:
        """Loading default values into a new WorkflowWaitForAction.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_WAIT_FOR_ACTION, ())

    async def save_workflow_wait_for_action(
        self, *, workflow_wait_for_action: WorkflowWaitForAction | None | Unset = UNSET
    ) -> WorkflowWaitForAction | None:
        """Updates the existing WorkflowWaitForAction or creates a new WorkflowWaitForAction if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_WORKFLOW_WAIT_FOR_ACTION, (workflow_wait_for_action,))

    async def delete_workflow_wait_for_action(
        self, *, workflow_wait_for_action_id: int | Unset = UNSET
    ) -> None:
        """Deletes the WorkflowWaitForAction"""
        return await self._call(DELETE_WORKFLOW_WAIT_FOR_ACTION, (workflow_wait_for_action_id,))

    async def get_email_flow(self, *, email_flow_id: int | Unset = UNSET) -> EmailFlow | None:
        """Gets a EmailFlow object.

        Returns:
            The result.
        """
        return await self._call(GET_EMAIL_FLOW, (email_flow_id,))

    async def try_add_persons_to_email_flow(
        self, *, email_flow_id: int | Unset = UNSET, person_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """Try to add a participant to the EmailFlow.

        Returns:
            The result.
        """
        return await self._call(TRY_ADD_PERSONS_TO_EMAIL_FLOW, (email_flow_id, person_ids))

    async def remove_participants_from_email_flow(
        self,
        *,
        email_flow_id: int | Unset = UNSET,
        workflow_instance_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Remove participants (actually workflow instances) from the workflow"""
        return await self._call(
            REMOVE_PARTICIPANTS_FROM_EMAIL_FLOW, (email_flow_id, workflow_instance_ids)
        )

    async def create_email_flow_content(
        self, *, email_flow_id: int | Unset = UNSET, content_name: str | None | Unset = UNSET
    ) -> int | None:
        """Create content to an email flow

        Returns:
            The result.
        """
        return await self._call(CREATE_EMAIL_FLOW_CONTENT, (email_flow_id, content_name))

    async def connect_email_flow_content(
        self, *, email_flow_id: int | Unset = UNSET, message_id: int | Unset = UNSET
    ) -> None:
        """Link any SMessage to the email flow."""
        return await self._call(CONNECT_EMAIL_FLOW_CONTENT, (email_flow_id, message_id))

    async def copy_email_flow_content(
        self, *, email_flow_id: int | Unset = UNSET, shipment_id: int | Unset = UNSET
    ) -> int | None:
        """Copy smessage and connected shipment to the email flow.

        Returns:
            The result.
        """
        return await self._call(COPY_EMAIL_FLOW_CONTENT, (email_flow_id, shipment_id))

    async def update_form_submissions(self, *, max_count: int | Unset = UNSET) -> int | None:
        """Attempt to update stored field values for up to the given number of form submissions

        Returns:
            The result.
        """
        return await self._call(UPDATE_FORM_SUBMISSIONS, (max_count,))

    async def set_status_on_workflow(
        self,
        *,
        email_flow_id: int | Unset = UNSET,
        status: WorkflowDefinitionStatus | str | Unset = UNSET,
    ) -> WorkflowDefinitionStatus | str | None:
        """Set status on workflow, Run or pause flow

        Returns:
            The result.
        """
        return await self._call(SET_STATUS_ON_WORKFLOW, (email_flow_id, status))

    async def copy_email_flow(
        self, *, email_flow_id: int | Unset = UNSET, new_name: str | None | Unset = UNSET
    ) -> int | None:
        """Copy an email flow.

        Returns:
            The result.
        """
        return await self._call(COPY_EMAIL_FLOW, (email_flow_id, new_name))

    async def run(self) -> datetime.datetime | None:
        """Run the workflow engine right now

        Returns:
            The result.
        """
        return await self._call(RUN, ())

    async def send_event(
        self, *, workflow_event: WorkflowEvent | None | Unset = UNSET
    ) -> WorkflowEventResult | None:
        """Send a workflow event.

        Returns:
            The result.
        """
        return await self._call(SEND_EVENT, (workflow_event,))

    async def get_workflow_goal(
        self, *, workflow_goal_id: int | Unset = UNSET
    ) -> WorkflowGoal | None:
        """Gets a WorkflowGoal object.

        Returns:
            The result.
        """
        return await self._call(GET_WORKFLOW_GOAL, (workflow_goal_id,))

    async def get_workflow_step(
        self, *, workflow_step_id: int | Unset = UNSET
    ) -> WorkflowStepBase | None:
        """Get Workflowstep by ID

        Returns:
            The result.
        """
        return await self._call(GET_WORKFLOW_STEP, (workflow_step_id,))

    async def add_after_workflow_step(
        self,
        *,
        workflow_step_id: int | Unset = UNSET,
        sub_step: WorkflowStepBase | None | Unset = UNSET,
    ) -> WorkflowStepBase | None:
        """Add another step (and any of its substeps) after the given step id (which must
        exist), and move any following steps in the workflow further down the line.

        Returns:
            The result.
        """
        return await self._call(ADD_AFTER_WORKFLOW_STEP, (workflow_step_id, sub_step))

    async def create_default_workflow_step_from_type(
        self, *, step_type: WorkflowStepType | str | Unset = UNSET
    ) -> WorkflowStepBase | None:
        """Creates a new carrier from the step type given, with the right kind of properties,
        defaults set.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_STEP_FROM_TYPE, (step_type,))

    async def create_default_workflow_step_option_from_type(
        self, *, option_type: WorkflowSplitOptionType | str | Unset = UNSET
    ) -> WorkflowStepOptionBase | None:
        """Creates a new carrier from the option type given, with the right kind of properties,
        defaults set.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WORKFLOW_STEP_OPTION_FROM_TYPE, (option_type,))

    async def get_workflow_step_option(
        self, *, workflow_step_option_id: int | Unset = UNSET
    ) -> WorkflowStepOptionBase | None:
        """Get WorkflowStepOption by ID

        Returns:
            The result.
        """
        return await self._call(GET_WORKFLOW_STEP_OPTION, (workflow_step_option_id,))

    async def get_workflow_trigger(
        self, *, workflow_trigger_id: int | Unset = UNSET
    ) -> WorkflowTrigger | None:
        """Gets a WorkflowTrigger object.

        Returns:
            The result.
        """
        return await self._call(GET_WORKFLOW_TRIGGER, (workflow_trigger_id,))

    async def get_workflow_wait_for_action(
        self, *, workflow_wait_for_action_id: int | Unset = UNSET
    ) -> WorkflowWaitForAction | None:
        """Gets a WorkflowWaitForAction object.

        Returns:
            The result.
        """
        return await self._call(GET_WORKFLOW_WAIT_FOR_ACTION, (workflow_wait_for_action_id,))


class WorkflowAgent(WorkflowMethods, SoapCaller):
    """Workflow over SOAP 1.1 (``Remote/Services88/Workflow.svc``), synchronous."""

    _PATH = "Remote/Services88/Workflow.svc"
    _HEADERS = HEADERS


class AsyncWorkflowAgent(AsyncWorkflowMethods, AsyncSoapCaller):
    """Workflow over SOAP 1.1 (``Remote/Services88/Workflow.svc``), asynchronous."""

    _PATH = "Remote/Services88/Workflow.svc"
    _HEADERS = HEADERS


class WorkflowRestAgent(WorkflowMethods, RestCaller):
    """Workflow over REST (``/api/v1/Agents/Workflow/...``), synchronous."""


class AsyncWorkflowRestAgent(AsyncWorkflowMethods, AsyncRestCaller):
    """Workflow over REST (``/api/v1/Agents/Workflow/...``), asynchronous."""
