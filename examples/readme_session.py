"""The README's ErpSync session, run against the loopback test server instead of SuperOffice.

    python3 examples/readme_session.py [--docs ../shared/corpus]   # or $CODEGEN_DOCS

The server answers with envelopes zeep renders from the Services88 ErpSync WSDL in the docs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from superoffice.services88.erpsync import (  # noqa: E402
    FORCE_RESYNC,
    FORCE_RESYNC_EXTERNAL,
    AsyncErpSyncAgent,
    ErpSyncAgent,
    ErpSyncRestAgent,
)
from superoffice.services88.types import ErpActorType  # noqa: E402
from superoffice.transport import ServiceError  # noqa: E402

from tests.corpus.loopback import json_reply, serve, soap_responder, wsdl_peers  # noqa: E402

WSDL = (
    "mintlify-docs/en/api/web-services/endpoints/soap/reference/Services88/Services88-ErpSync.md"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    default = os.environ.get("CODEGEN_DOCS") or str(ROOT.parent / "shared" / "corpus")
    parser.add_argument("--docs", default=default, help="the docs corpus (default: $CODEGEN_DOCS)")
    docs = Path(parser.parse_args().docs)
    schema, zclient = wsdl_peers(docs, WSDL)
    for server in serve():
        base_url = server.url  # stands in for https://sod.superoffice.com/Cust12345
        server.respond = soap_responder(
            server,
            schema,
            zclient,
            "ForceResyncExternal",
            FORCE_RESYNC_EXTERNAL.action,
            {"Response": {"IsOk": False, "UserExplanation": "The connection is not active"}},
            {"Succeeded": True},
        )
        print(">>> agent = ErpSyncAgent(base_url, ticket='7T:...', app_token='...')")
        agent = ErpSyncAgent(base_url, ticket="7T:secret", app_token="app-token")
        print(
            ">>> resp = agent.force_resync_external(erp_connection_id=3, erp_actor_type=ErpActorType.CUSTOMER, external_keys=['A1', 'A2'])"
        )
        resp = agent.force_resync_external(
            erp_connection_id=3, erp_actor_type=ErpActorType.CUSTOMER, external_keys=["A1", "A2"]
        )
        print(repr(resp))
        if resp is not None and not resp.is_ok:
            print(resp.user_explanation)
        print(">>> agent.last_response.headers.succeeded ->", agent.last_response.headers.succeeded)  # type: ignore[union-attr]
        print(">>> repr(agent) ->", repr(agent))

        server.respond = lambda r: json_reply(
            {"IsOk": True, "UserExplanation": "Sync started", "Status": "Ok"}
        )
        rest = ErpSyncRestAgent(
            base_url, ticket="7T:secret", app_token="app-token", language="en", time_zone="UTC"
        )
        print(">>> rest.force_sync_all()")
        print(repr(rest.force_sync_all()))
        request = server.received[-1]
        print(
            "    sent:",
            request.method,
            request.path,
            {
                k: v
                for k, v in request.headers.items()
                if k.startswith("SO-") or k == "Authorization"
            }
            | {"Authorization": "SOTicket <ticket>"},
        )

        server.respond = soap_responder(
            server,
            schema,
            zclient,
            "ForceResync",
            FORCE_RESYNC.action,
            {"Response": {"IsOk": True}},
            {"Succeeded": True},
        )

        async def run_async(base_url: str) -> None:
            agent = AsyncErpSyncAgent(base_url, ticket="7T:secret")
            print(">>> await agent.force_resync(erp_connection_id=1, internal_key_ids=[10, 11])")
            print(repr(await agent.force_resync(erp_connection_id=1, internal_key_ids=[10, 11])))
            await agent.aclose()

        asyncio.run(run_async(base_url))

        server.respond = soap_responder(
            server,
            schema,
            zclient,
            "ForceResync",
            FORCE_RESYNC.action,
            {},
            {
                "Succeeded": False,
                "ExceptionInfo": {
                    "Message": "Connection 1 is locked",
                    "ExceptionType": "SoException",
                    "InnerException": {
                        "Message": "Timeout waiting for lock",
                        "ExceptionType": "SqlException",
                    },
                },
            },
        )
        print(">>> agent.force_resync(erp_connection_id=1)")
        try:
            agent.force_resync(erp_connection_id=1)
        except ServiceError as exc:
            print(f"{type(exc).__module__}.{type(exc).__name__}: {exc}")
            for info in exc.chain:
                print(f"    {info.exception_type}: {info.message}")
        agent.close()
        print(
            "server saw no problems:",
            server.problems == [],
            json.dumps(len(server.received)),
            "requests",
        )


if __name__ == "__main__":
    main()
