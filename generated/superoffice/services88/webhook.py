"""Services88 Webhook agent (``Remote/Services88/Webhook.svc``).

``WebhookAgent`` and ``AsyncWebhookAgent`` call it over SOAP, ``WebhookRestAgent`` and
``AsyncWebhookRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.string_object_dictionary import STRING_OBJECT_DICTIONARY_CODEC
from .types.webhook import LIST_OF_WEBHOOK_CODEC, WEBHOOK_CODEC, Webhook
from .types.webhook_result import WEBHOOK_RESULT_CODEC, WebhookResult
from .types.webhook_state import WEBHOOK_STATE_CODEC, WebhookState

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_WEBHOOK: Operation[Webhook | None] = Operation(
    "CreateDefaultWebhook",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/CreateDefaultWebhook",
    results=(Param("response", "Response", WEBHOOK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Webhook/CreateDefaultWebhook",
    rest_select=False,
)

SAVE_WEBHOOK: Operation[Webhook | None] = Operation(
    "SaveWebhook",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/SaveWebhook",
    params=(Param("webhook", "Webhook", WEBHOOK_CODEC, nillable=True),),
    results=(Param("response", "Response", WEBHOOK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Webhook/SaveWebhook",
    rest_body="webhook",
    rest_select=False,
)

DELETE_WEBHOOK: Operation[None] = Operation(
    "DeleteWebhook",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/DeleteWebhook",
    params=(Param("webhook_id", "WebhookId", INT, query="webhookId"),),
    rest_path="/api/v1/Agents/Webhook/DeleteWebhook",
    rest_select=False,
)

GET_WEBHOOK: Operation[Webhook | None] = Operation(
    "GetWebhook",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/GetWebhook",
    params=(Param("webhook_id", "WebhookId", INT, query="webhookId"),),
    results=(Param("response", "Response", WEBHOOK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Webhook/GetWebhook",
)

GET_ALL_WEBHOOKS: Operation[list[Webhook | None] | None] = Operation(
    "GetAllWebhooks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/GetAllWebhooks",
    params=(
        Param("name_filter", "NameFilter", STR, nillable=True),
        Param("event_filter", "EventFilter", STR, nillable=True),
        Param("status_filter", "StatusFilter", WEBHOOK_STATE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_WEBHOOK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Webhook/GetAllWebhooks",
)

TEST_WEBHOOK: Operation[WebhookResult | None] = Operation(
    "TestWebhook",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/TestWebhook",
    params=(Param("webhook", "Webhook", WEBHOOK_CODEC, nillable=True),),
    results=(Param("response", "Response", WEBHOOK_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Webhook/TestWebhook",
)

SIGNAL_EVENT: Operation[None] = Operation(
    "SignalEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/SignalEvent",
    params=(
        Param("event_name", "EventName", STR, nillable=True),
        Param("primary_key", "PrimaryKey", INT),
        Param("data", "Data", STRING_OBJECT_DICTIONARY_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Webhook/SignalEvent",
)

GET_LAST_ERROR: Operation[str | None] = Operation(
    "GetLastError",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Webhook/GetLastError",
    params=(Param("webhook_id", "WebhookId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Webhook/GetLastError",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultWebhook": CREATE_DEFAULT_WEBHOOK,
    "SaveWebhook": SAVE_WEBHOOK,
    "DeleteWebhook": DELETE_WEBHOOK,
    "GetWebhook": GET_WEBHOOK,
    "GetAllWebhooks": GET_ALL_WEBHOOKS,
    "TestWebhook": TEST_WEBHOOK,
    "SignalEvent": SIGNAL_EVENT,
    "GetLastError": GET_LAST_ERROR,
}


class WebhookMethods(SyncCalls):
    """The Webhook operations, called synchronously (SOAP or REST)."""

    def create_default_webhook(self) -> Webhook | None:
        """Loading default values into a new Webhook.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WEBHOOK, ())

    def save_webhook(self, *, webhook: Webhook | None | Unset = UNSET) -> Webhook | None:
        """Updates the existing Webhook or creates a new Webhook if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_WEBHOOK, (webhook,))

    def delete_webhook(self, *, webhook_id: int | Unset = UNSET) -> None:
        """Deletes the Webhook"""
        return self._call(DELETE_WEBHOOK, (webhook_id,))

    def get_webhook(self, *, webhook_id: int | Unset = UNSET) -> Webhook | None:
        """Gets a Webhook object.

        Returns:
            The result.
        """
        return self._call(GET_WEBHOOK, (webhook_id,))

    def get_all_webhooks(
        self,
        *,
        name_filter: str | None | Unset = UNSET,
        event_filter: str | None | Unset = UNSET,
        status_filter: WebhookState | str | Unset = UNSET,
    ) -> list[Webhook | None] | None:
        """Returns all webhooks, according to filter criteria

        Returns:
            The result.
        """
        return self._call(GET_ALL_WEBHOOKS, (name_filter, event_filter, status_filter))

    def test_webhook(self, *, webhook: Webhook | None | Unset = UNSET) -> WebhookResult | None:
        """Pings a webhook with a 'test' event, returns SUCCESS(true) or FAILURE(false) + the
        response from the webhook target.

        Returns:
            The result.
        """
        return self._call(TEST_WEBHOOK, (webhook,))

    def signal_event(
        self,
        *,
        event_name: str | None | Unset = UNSET,
        primary_key: int | Unset = UNSET,
        data: dict[str, object | None] | None | Unset = UNSET,
    ) -> None:
        """Signal webhooks that an event has occurred."""
        return self._call(SIGNAL_EVENT, (event_name, primary_key, data))

    def get_last_error(self, *, webhook_id: int | Unset = UNSET) -> str | None:
        """Return the most recent error message received when calling this webhook.

        Returns:
            The result.
        """
        return self._call(GET_LAST_ERROR, (webhook_id,))


class AsyncWebhookMethods(AsyncCalls):
    """The Webhook operations, called asynchronously (SOAP or REST)."""

    async def create_default_webhook(self) -> Webhook | None:
        """Loading default values into a new Webhook.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WEBHOOK, ())

    async def save_webhook(self, *, webhook: Webhook | None | Unset = UNSET) -> Webhook | None:
        """Updates the existing Webhook or creates a new Webhook if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_WEBHOOK, (webhook,))

    async def delete_webhook(self, *, webhook_id: int | Unset = UNSET) -> None:
        """Deletes the Webhook"""
        return await self._call(DELETE_WEBHOOK, (webhook_id,))

    async def get_webhook(self, *, webhook_id: int | Unset = UNSET) -> Webhook | None:
        """Gets a Webhook object.

        Returns:
            The result.
        """
        return await self._call(GET_WEBHOOK, (webhook_id,))

    async def get_all_webhooks(
        self,
        *,
        name_filter: str | None | Unset = UNSET,
        event_filter: str | None | Unset = UNSET,
        status_filter: WebhookState | str | Unset = UNSET,
    ) -> list[Webhook | None] | None:
        """Returns all webhooks, according to filter criteria

        Returns:
            The result.
        """
        return await self._call(GET_ALL_WEBHOOKS, (name_filter, event_filter, status_filter))

    async def test_webhook(
        self, *, webhook: Webhook | None | Unset = UNSET
    ) -> WebhookResult | None:
        """Pings a webhook with a 'test' event, returns SUCCESS(true) or FAILURE(false) + the
        response from the webhook target.

        Returns:
            The result.
        """
        return await self._call(TEST_WEBHOOK, (webhook,))

    async def signal_event(
        self,
        *,
        event_name: str | None | Unset = UNSET,
        primary_key: int | Unset = UNSET,
        data: dict[str, object | None] | None | Unset = UNSET,
    ) -> None:
        """Signal webhooks that an event has occurred."""
        return await self._call(SIGNAL_EVENT, (event_name, primary_key, data))

    async def get_last_error(self, *, webhook_id: int | Unset = UNSET) -> str | None:
        """Return the most recent error message received when calling this webhook.

        Returns:
            The result.
        """
        return await self._call(GET_LAST_ERROR, (webhook_id,))


class WebhookAgent(WebhookMethods, SoapCaller):
    """Webhook over SOAP 1.1 (``Remote/Services88/Webhook.svc``), synchronous."""

    _PATH = "Remote/Services88/Webhook.svc"
    _HEADERS = HEADERS


class AsyncWebhookAgent(AsyncWebhookMethods, AsyncSoapCaller):
    """Webhook over SOAP 1.1 (``Remote/Services88/Webhook.svc``), asynchronous."""

    _PATH = "Remote/Services88/Webhook.svc"
    _HEADERS = HEADERS


class WebhookRestAgent(WebhookMethods, RestCaller):
    """Webhook over REST (``/api/v1/Agents/Webhook/...``), synchronous."""


class AsyncWebhookRestAgent(AsyncWebhookMethods, AsyncRestCaller):
    """Webhook over REST (``/api/v1/Agents/Webhook/...``), asynchronous."""
