"""Services88 Pocket agent (``Remote/Services88/Pocket.svc``): its operations."""

from __future__ import annotations

from ..runtime import DATETIME, INT, Operation, Param, STR
from .types.caller_id_collection import CALLER_ID_COLLECTION_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.notification_event import LIST_OF_NOTIFICATION_EVENT_CODEC
from .types.notification_event_type import NOTIFICATION_EVENT_TYPE_CODEC
from .types.pocket_device_info import LIST_OF_POCKET_DEVICE_INFO_CODEC, POCKET_DEVICE_INFO_CODEC
from .types.pocket_notification_message import POCKET_NOTIFICATION_MESSAGE_CODEC
from .types.pocket_startup_data import POCKET_STARTUP_DATA_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_MY_CALLER_I_DS = Operation(
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
"""Get caller ids that the current principal might be interested in (phone numbers of related
persons in sales and appointments created/owned/touched by ourselves or colleagues in our
primary group"""

GET_CALLER_I_DS_FROM_SELECTION = Operation(
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
"""Get caller ids from a selection."""

GET_POCKET_STARTUP_DATA = Operation(
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
"""NsApiSlow threshold: 5000 ms."""

REGISTER_DEVICE_FOR_PUSH_NOTIFICATION = Operation(
    "RegisterDeviceForPushNotification",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/RegisterDeviceForPushNotification",
    params=(Param("device_info", "DeviceInfo", POCKET_DEVICE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/RegisterDeviceForPushNotification",
)
"""Register a device that should receive push notifications when notable events occour"""

GET_REGISTERED_DEVICES = Operation(
    "GetRegisteredDevices",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/GetRegisteredDevices",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_POCKET_DEVICE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/GetRegisteredDevices",
)
"""Retrieve all registered devices for an associate"""

SET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE = Operation(
    "SetPushNotificationTagsForDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/SetPushNotificationTagsForDevice",
    params=(
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("tags", "Tags", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Pocket/SetPushNotificationTagsForDevice",
)
"""Specify what kind of notification events a device should receive push notifications for"""

SET_PUSH_NOTIFICATION_TAGS_FOR_USER = Operation(
    "SetPushNotificationTagsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/SetPushNotificationTagsForUser",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("tags", "Tags", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Pocket/SetPushNotificationTagsForUser",
)
"""Specify what kind of notification events a user should receive push notifications for."""

GET_PUSH_NOTIFICATION_TAGS_FOR_DEVICE = Operation(
    "GetPushNotificationTagsForDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/GetPushNotificationTagsForDevice",
    params=(Param("device_identifier", "DeviceIdentifier", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Pocket/GetPushNotificationTagsForDevice",
)
"""Retrieve current tag value for a device"""

SEND_PUSH_NOTIFICATION = Operation(
    "SendPushNotification",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/SendPushNotification",
    params=(
        Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),
        Param("message", "Message", POCKET_NOTIFICATION_MESSAGE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Pocket/SendPushNotification",
)
"""Send a push notification to one or more associates"""

RUN_APPOINTMENT_ALARM_BROKER = Operation(
    "RunAppointmentAlarmBroker",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/RunAppointmentAlarmBroker",
    rest_path="/api/v1/Agents/Pocket/RunAppointmentAlarmBroker",
)
"""Execute the AppointmentAlarmBroker once"""

NOTIFY_USERS = Operation(
    "NotifyUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/NotifyUsers",
    params=(
        Param("notification_event_type", "NotificationEventType", NOTIFICATION_EVENT_TYPE_CODEC),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/Pocket/NotifyUsers",
)
"""Notify users about a new or changed entity"""

NOTIFICATION_HANDLED = Operation(
    "NotificationHandled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Pocket/NotificationHandled",
    params=(
        Param("notification_event_type", "NotificationEventType", NOTIFICATION_EVENT_TYPE_CODEC),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/Pocket/NotificationHandled",
)
"""Mark a notification as handled, so it can be cleaned up on other clients that have received
the notification"""

NOTIFICATIONS_HANDLED = Operation(
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
"""Mark a set of notifications as handled, so they can be cleaned up on other clients that have
received the notification"""

OPERATIONS: dict[str, Operation] = {
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
