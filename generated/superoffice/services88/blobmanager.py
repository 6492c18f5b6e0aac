"""Services88 BlobManager agent (``Remote/Services88/BlobManager.svc``).

``BlobManagerAgent`` and ``AsyncBlobManagerAgent`` call it over SOAP,
``BlobManagerRestAgent`` and ``AsyncBlobManagerRestAgent`` over REST; all four share the
same typed methods and dataclasses.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..runtime import INT, LONG, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"


@dataclasses.dataclass(kw_only=True)
class ReadBlobResult:
    """What ``ReadBlob`` returns: its 2 result elements."""

    length: int | Unset = UNSET
    response: str | None | Unset = UNSET


@dataclasses.dataclass(kw_only=True)
class ReadBlobPartResult:
    """What ``ReadBlobPart`` returns: its 2 result elements."""

    response: str | None | Unset = UNSET
    length: int | Unset = UNSET


READ_BLOB: Operation[ReadBlobResult] = Operation(
    "ReadBlob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/ReadBlob",
    params=(Param("blob_id", "BlobId", INT),),
    results=(
        Param("length", "Length", INT),
        Param("response", "Response", STR, nillable=True),
    ),
    result=ReadBlobResult,
)

WRITE_BLOB: Operation[None] = Operation(
    "WriteBlob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/WriteBlob",
    params=(
        Param("blob_id", "BlobId", INT),
        Param("blob", "Blob", STR, nillable=True),
    ),
)

BEGIN_READ_BLOB_PART: Operation[int | None] = Operation(
    "BeginReadBlobPart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/BeginReadBlobPart",
    params=(Param("blob_id", "BlobId", INT),),
    results=(Param("response", "Response", LONG),),
)

READ_BLOB_PART: Operation[ReadBlobPartResult] = Operation(
    "ReadBlobPart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/ReadBlobPart",
    params=(
        Param("blob_id", "BlobId", INT),
        Param("blob_position", "BlobPosition", LONG),
        Param("length", "Length", INT),
    ),
    results=(
        Param("response", "Response", STR, nillable=True),
        Param("length", "Length", INT),
    ),
    result=ReadBlobPartResult,
)

END_READ_BLOB_PART: Operation[None] = Operation(
    "EndReadBlobPart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/EndReadBlobPart",
    params=(Param("blob_id", "BlobId", INT),),
)

OPERATIONS: dict[str, Operation[Any]] = {
    "ReadBlob": READ_BLOB,
    "WriteBlob": WRITE_BLOB,
    "BeginReadBlobPart": BEGIN_READ_BLOB_PART,
    "ReadBlobPart": READ_BLOB_PART,
    "EndReadBlobPart": END_READ_BLOB_PART,
}


class BlobManagerMethods(SyncCalls):
    """The BlobManager operations, called synchronously (SOAP or REST)."""

    def read_blob(self, *, blob_id: int | Unset = UNSET) -> ReadBlobResult:
        """Call ``ReadBlob``.

        Returns:
            Every result element, as fields.
        """
        return self._call(READ_BLOB, (blob_id,))

    def write_blob(
        self, *, blob_id: int | Unset = UNSET, blob: str | None | Unset = UNSET
    ) -> None:
        """Call ``WriteBlob``."""
        return self._call(WRITE_BLOB, (blob_id, blob))

    def begin_read_blob_part(self, *, blob_id: int | Unset = UNSET) -> int | None:
        """Call ``BeginReadBlobPart``.

        Returns:
            The result.
        """
        return self._call(BEGIN_READ_BLOB_PART, (blob_id,))

    def read_blob_part(
        self,
        *,
        blob_id: int | Unset = UNSET,
        blob_position: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> ReadBlobPartResult:
        """Call ``ReadBlobPart``.

        Returns:
            Every result element, as fields.
        """
        return self._call(READ_BLOB_PART, (blob_id, blob_position, length))

    def end_read_blob_part(self, *, blob_id: int | Unset = UNSET) -> None:
        """Call ``EndReadBlobPart``."""
        return self._call(END_READ_BLOB_PART, (blob_id,))


class AsyncBlobManagerMethods(AsyncCalls):
    """The BlobManager operations, called asynchronously (SOAP or REST)."""

    async def read_blob(self, *, blob_id: int | Unset = UNSET) -> ReadBlobResult:
        """Call ``ReadBlob``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(READ_BLOB, (blob_id,))

    async def write_blob(
        self, *, blob_id: int | Unset = UNSET, blob: str | None | Unset = UNSET
    ) -> None:
        """Call ``WriteBlob``."""
        return await self._call(WRITE_BLOB, (blob_id, blob))

    async def begin_read_blob_part(self, *, blob_id: int | Unset = UNSET) -> int | None:
        """Call ``BeginReadBlobPart``.

        Returns:
            The result.
        """
        return await self._call(BEGIN_READ_BLOB_PART, (blob_id,))

    async def read_blob_part(
        self,
        *,
        blob_id: int | Unset = UNSET,
        blob_position: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> ReadBlobPartResult:
        """Call ``ReadBlobPart``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(READ_BLOB_PART, (blob_id, blob_position, length))

    async def end_read_blob_part(self, *, blob_id: int | Unset = UNSET) -> None:
        """Call ``EndReadBlobPart``."""
        return await self._call(END_READ_BLOB_PART, (blob_id,))


class BlobManagerAgent(BlobManagerMethods, SoapCaller):
    """BlobManager over SOAP 1.1 (``Remote/Services88/BlobManager.svc``), synchronous."""

    _PATH = "Remote/Services88/BlobManager.svc"
    _HEADERS = HEADERS


class AsyncBlobManagerAgent(AsyncBlobManagerMethods, AsyncSoapCaller):
    """BlobManager over SOAP 1.1 (``Remote/Services88/BlobManager.svc``), asynchronous."""

    _PATH = "Remote/Services88/BlobManager.svc"
    _HEADERS = HEADERS


class BlobManagerRestAgent(BlobManagerMethods, RestCaller):
    """BlobManager over REST (``/api/v1/Agents/BlobManager/...``), synchronous."""


class AsyncBlobManagerRestAgent(AsyncBlobManagerMethods, AsyncRestCaller):
    """BlobManager over REST (``/api/v1/Agents/BlobManager/...``), asynchronous."""
