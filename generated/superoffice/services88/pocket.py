"""Services88 Pocket agent (``Remote/Services88/Pocket.svc``).

``PocketAgent`` and ``AsyncPocketAgent`` call it over SOAP, ``PocketRestAgent`` and
``AsyncPocketRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.caller_id_collection import CALLER_ID_COLLECTION_CODEC, CallerIDCollection
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.notification_event import LIST_OF_NOTIFICATION_EVENT_CODEC, NotificationEvent
from .types.notification_event_type import NOTIFICATION_EVENT_TYPE_CODEC, NotificationEventType
from .types.pocket_device_info import (
    LIST_OF_POCKET_DEVICE_INFO_CODEC,
    POCKET_DEVICE_INFO_CODEC,
    PocketDeviceInfo,
)
from .types.pocket_notification_message import (
    POCKET_NOTIFICATION_MESSAGE_CODEC,
    PocketNotificationMessage,
)
from .types.pocket_startup_data import POCKET_STARTUP_DATA_CODEC, PocketStartupData

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_MY_CALLER_I_DS: Operation[CallerIDCollection | None] = Operation(
    "GetMyCallerIDs",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/GetMyCallerIDs",
    params=(
        Param("last_hash", "LastHash", STR, nillable=True),
        Param("min_date", "MinDate", DATETIME),
        Param("max_date", "MaxDate", DATETIME),
    ),
    results=(Param("response", "Response", CALLER_ID_COLLECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/GetMyCallerIDs",
)

GET_CALLER_I_DS_FROM_SELECTION: Operation[CallerIDCollection | None] = Operation(
    "GetCallerIDsFromSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/GetCallerIDsFromSelection",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("last_hash", "LastHash", STR, nillable=True),
    ),
    results=(Param("response", "Response", CALLER_ID_COLLECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/GetCallerIDsFromSelection",
)

GET_POCKET_STARTUP_DATA: Operation[PocketStartupData | None] = Operation(
    "GetPocketStartupData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/GetPocketStartupData",
    params=(
        Param("tables", "Tables", LIST_OF_STR_CODEC, nillable=True),
        Param("current_client_time", "CurrentClientTime", DATETIME),
    ),
    results=(Param("response", "Response", POCKET_STARTUP_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/GetPocketStartupData",
)

REGISTER_DEVICE_FOR_PUSH_NOTIFICATION: Operation[None] = Operation(
    "RegisterDeviceForPushNotification",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/RegisterDeviceForPushNotification",
    params=(Param("device_info", "DeviceInfo", POCKET_DEVICE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/RegisterDeviceForPushNotification",
)

GET_REGISTERED_DEVICES: Operation[list[PocketDeviceInfo | None] | None] = Operation(
    "GetRegisteredDevices",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/GetRegisteredDevices",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_POCKET_DEVICE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/GetRegisteredDevices",
)

SET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE: Operation[None] = Operation(
    "SetPushNotificationTagsForDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/SetPushNotificationTagsForDevice",
    params=(
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("tags", "Tags", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Pocket/SetPushNotificationTagsForDevice",
)

SET_PUSH_NOTIFICATION_TAGS_FOR_USER: Operation[None] = Operation(
    "SetPushNotificationTagsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/SetPushNotificationTagsForUser",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("tags", "Tags", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Pocket/SetPushNotificationTagsForUser",
)

GET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE: Operation[str | None] = Operation(
    "GetPushNotificationTagsForDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/GetPushNotificationTagsForDevice",
    params=(Param("device_identifier", "DeviceIdentifier", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/GetPushNotificationTagsForDevice",
)

SEND_PUSH_NOTIFICATION: Operation[None] = Operation(
    "SendPushNotification",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/SendPushNotification",
    params=(
        Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),
        Param("message", "Message", POCKET_NOTIFICATION_MESSAGE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Pocket/SendPushNotification",
)

RUN_APPOINTMENT_ALARM_BROKER: Operation[None] = Operation(
    "RunAppointmentAlarmBroker",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/RunAppointmentAlarmBroker",
    rest_path="/api/v1/Agents/Pocket/RunAppointmentAlarmBroker",
)

NOTIFY_USERS: Operation[None] = Operation(
    "NotifyUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/NotifyUsers",
    params=(
        Param("notification_event_type", "NotificationEventType", NOTIFICATION_EVENT_TYPE_CODEC),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/Pocket/NotifyUsers",
)

NOTIFICATION_HANDLED: Operation[None] = Operation(
    "NotificationHandled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/NotificationHandled",
    params=(
        Param("notification_event_type", "NotificationEventType", NOTIFICATION_EVENT_TYPE_CODEC),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/Pocket/NotificationHandled",
)

NOTIFICATIONS_HANDLED: Operation[None] = Operation(
    "NotificationsHandled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/NotificationsHandled",
    params=(
        Param(
            "notification_events",
            "NotificationEvents",
            LIST_OF_NOTIFICATION_EVENT_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/Pocket/NotificationsHandled",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetMyCallerIDs": GET_MY_CALLER_I_DS,
    "GetCallerIDsFromSelection": GET_CALLER_I_DS_FROM_SELECTION,
    "GetPocketStartupData": GET_POCKET_STARTUP_DATA,
    "RegisterDeviceForPushNotification": REGISTER_DEVICE_FOR_PUSH_NOTIFICATION,
    "GetRegisteredDevices": GET_REGISTERED_DEVICES,
    "SetPushNotificationTagsForDevice": SET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE,
    "SetPushNotificationTagsForUser": SET_PUSH_NOTIFICATION_TAGS_FOR_USER,
    "GetPushNotificationTagsForDevice": GET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE,
    "SendPushNotification": SEND_PUSH_NOTIFICATION,
    "RunAppointmentAlarmBroker": RUN_APPOINTMENT_ALARM_BROKER,
    "NotifyUsers": NOTIFY_USERS,
    "NotificationHandled": NOTIFICATION_HANDLED,
    "NotificationsHandled": NOTIFICATIONS_HANDLED,
}


class PocketMethods(SyncCalls):
    """The Pocket operations, called synchronously (SOAP or REST)."""

    def get_my_caller_i_ds(
        self,
        *,
        last_hash: str | None | Unset = UNSET,
        min_date: datetime.datetime | Unset = UNSET,
        max_date: datetime.datetime | Unset = UNSET,
    ) -> CallerIDCollection | None:
        """Get caller ids that the current principal might be interested in (phone numbers of
        related persons in sales and appointments created/owned/touched by ourselves or
        colleagues in our primary group

        Returns:
            The result.
        """
        return self._call(GET_MY_CALLER_I_DS, (last_hash, min_date, max_date))

    def get_caller_i_ds_from_selection(
        self, *, selection_id: int | Unset = UNSET, last_hash: str | None | Unset = UNSET
    ) -> CallerIDCollection | None:
        """Get caller ids from a selection.

        Returns:
            The result.
        """
        return self._call(GET_CALLER_I_DS_FROM_SELECTION, (selection_id, last_hash))

    def get_pocket_startup_data(
        self,
        *,
        tables: list[str | None] | None | Unset = UNSET,
        current_client_time: datetime.datetime | Unset = UNSET,
    ) -> PocketStartupData | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_POCKET_STARTUP_DATA, (tables, current_client_time))

    def register_device_for_push_notification(
        self, *, device_info: PocketDeviceInfo | None | Unset = UNSET
    ) -> None:
        """Register a device that should receive push notifications when notable events occour"""
        return self._call(REGISTER_DEVICE_FOR_PUSH_NOTIFICATION, (device_info,))

    def get_registered_devices(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[PocketDeviceInfo | None] | None:
        """Retrieve all registered devices for an associate

        Returns:
            The result.
        """
        return self._call(GET_REGISTERED_DEVICES, (associate_id,))

    def set_push_notification_tags_for_device(
        self, *, device_identifier: str | None | Unset = UNSET, tags: str | None | Unset = UNSET
    ) -> None:
        """Specify what kind of notification events a device should receive push notifications
        for
        """
        return self._call(SET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE, (device_identifier, tags))

    def set_push_notification_tags_for_user(
        self, *, associate_id: int | Unset = UNSET, tags: str | None | Unset = UNSET
    ) -> None:
        """Specify what kind of notification events a user should receive push notifications
        for.
        """
        return self._call(SET_PUSH_NOTIFICATION_TAGS_FOR_USER, (associate_id, tags))

    def get_push_notification_tags_for_device(
        self, *, device_identifier: str | None | Unset = UNSET
    ) -> str | None:
        """Retrieve current tag value for a device

        Returns:
            The result.
        """
        return self._call(GET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE, (device_identifier,))

    def send_push_notification(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        message: PocketNotificationMessage | None | Unset = UNSET,
    ) -> None:
        """Send a push notification to one or more associates"""
        return self._call(SEND_PUSH_NOTIFICATION, (associate_ids, message))

    def run_appointment_alarm_broker(self) -> None:
        """Execute the AppointmentAlarmBroker once"""
        return self._call(RUN_APPOINTMENT_ALARM_BROKER, ())

    def notify_users(
        self,
        *,
        notification_event_type: NotificationEventType | str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> None:
        """Notify users about a new or changed entity"""
        return self._call(NOTIFY_USERS, (notification_event_type, id))

    def notification_handled(
        self,
        *,
        notification_event_type: NotificationEventType | str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> None:
        """Mark a notification as handled, so it can be cleaned up on other clients that have
        received the notification
        """
        return self._call(NOTIFICATION_HANDLED, (notification_event_type, id))

    def notifications_handled(
        self, *, notification_events: list[NotificationEvent | None] | None | Unset = UNSET
    ) -> None:
        """Mark a set of notifications as handled, so they can be cleaned up on other clients
        that have received the notification
        """
        return self._call(NOTIFICATIONS_HANDLED, (notification_events,))


class AsyncPocketMethods(AsyncCalls):
    """The Pocket operations, called asynchronously (SOAP or REST)."""

    async def get_my_caller_i_ds(
        self,
        *,
        last_hash: str | None | Unset = UNSET,
        min_date: datetime.datetime | Unset = UNSET,
        max_date: datetime.datetime | Unset = UNSET,
    ) -> CallerIDCollection | None:
        """Get caller ids that the current principal might be interested in (phone numbers of
        related persons in sales and appointments created/owned/touched by ourselves or
        colleagues in our primary group

        Returns:
            The result.
        """
        return await self._call(GET_MY_CALLER_I_DS, (last_hash, min_date, max_date))

    async def get_caller_i_ds_from_selection(
        self, *, selection_id: int | Unset = UNSET, last_hash: str | None | Unset = UNSET
    ) -> CallerIDCollection | None:
        """Get caller ids from a selection.

        Returns:
            The result.
        """
        return await self._call(GET_CALLER_I_DS_FROM_SELECTION, (selection_id, last_hash))

    async def get_pocket_startup_data(
        self,
        *,
        tables: list[str | None] | None | Unset = UNSET,
        current_client_time: datetime.datetime | Unset = UNSET,
    ) -> PocketStartupData | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_POCKET_STARTUP_DATA, (tables, current_client_time))

    async def register_device_for_push_notification(
        self, *, device_info: PocketDeviceInfo | None | Unset = UNSET
    ) -> None:
        """Register a device that should receive push notifications when notable events occour"""
        return await self._call(REGISTER_DEVICE_FOR_PUSH_NOTIFICATION, (device_info,))

    async def get_registered_devices(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[PocketDeviceInfo | None] | None:
        """Retrieve all registered devices for an associate

        Returns:
            The result.
        """
        return await self._call(GET_REGISTERED_DEVICES, (associate_id,))

    async def set_push_notification_tags_for_device(
        self, *, device_identifier: str | None | Unset = UNSET, tags: str | None | Unset = UNSET
    ) -> None:
        """Specify what kind of notification events a device should receive push notifications
        for
        """
        return await self._call(SET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE, (device_identifier, tags))

    async def set_push_notification_tags_for_user(
        self, *, associate_id: int | Unset = UNSET, tags: str | None | Unset = UNSET
    ) -> None:
        """Specify what kind of notification events a user should receive push notifications
        for.
        """
        return await self._call(SET_PUSH_NOTIFICATION_TAGS_FOR_USER, (associate_id, tags))

    async def get_push_notification_tags_for_device(
        self, *, device_identifier: str | None | Unset = UNSET
    ) -> str | None:
        """Retrieve current tag value for a device

        Returns:
            The result.
        """
        return await self._call(GET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE, (device_identifier,))

    async def send_push_notification(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        message: PocketNotificationMessage | None | Unset = UNSET,
    ) -> None:
        """Send a push notification to one or more associates"""
        return await self._call(SEND_PUSH_NOTIFICATION, (associate_ids, message))

    async def run_appointment_alarm_broker(self) -> None:
        """Execute the AppointmentAlarmBroker once"""
        return await self._call(RUN_APPOINTMENT_ALARM_BROKER, ())

    async def notify_users(
        self,
        *,
        notification_event_type: NotificationEventType | str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> None:
        """Notify users about a new or changed entity"""
        return await self._call(NOTIFY_USERS, (notification_event_type, id))

    async def notification_handled(
        self,
        *,
        notification_event_type: NotificationEventType | str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> None:
        """Mark a notification as handled, so it can be cleaned up on other clients that have
        received the notification
        """
        return await self._call(NOTIFICATION_HANDLED, (notification_event_type, id))

    async def notifications_handled(
        self, *, notification_events: list[NotificationEvent | None] | None | Unset = UNSET
    ) -> None:
        """Mark a set of notifications as handled, so they can be cleaned up on other clients
        that have received the notification
        """
        return await self._call(NOTIFICATIONS_HANDLED, (notification_events,))


class PocketAgent(PocketMethods, SoapCaller):
    """Pocket over SOAP 1.1 (``Remote/Services88/Pocket.svc``), synchronous."""

    _PATH = "Remote/Services88/Pocket.svc"
    _HEADERS = HEADERS


class AsyncPocketAgent(AsyncPocketMethods, AsyncSoapCaller):
    """Pocket over SOAP 1.1 (``Remote/Services88/Pocket.svc``), asynchronous."""

    _PATH = "Remote/Services88/Pocket.svc"
    _HEADERS = HEADERS


class PocketRestAgent(PocketMethods, RestCaller):
    """Pocket over REST (``/api/v1/Agents/Pocket/...``), synchronous."""


class AsyncPocketRestAgent(AsyncPocketMethods, AsyncRestCaller):
    """Pocket over REST (``/api/v1/Agents/Pocket/...``), asynchronous."""
