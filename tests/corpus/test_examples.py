"""Every example in the documentation corpus decodes with the generated packages and
re-encodes to an equivalent document.

Examples that cannot be decoded must fail for a reason listed in ``KNOWN_DOC_QUIRKS`` (each a
flaw of the example itself, checked by its exact symptom); the test prints the count and the
list, and fails on anything else.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .committed import SNAPSHOTS
from .examples import Outcome, check_example, corpus_examples

# Every example that does not decode, with its symptom: a change in either direction fails.
EXPECTED_FAILURES = Path(__file__).with_name("expected_example_failures.txt")

KNOWN_DOC_QUIRKS = {
    "empty element where a typed value belongs (the example generator leaves nested leaves "
    "empty)": re.compile(r"^DecodeError: /\S+: (None|'') is not (an? xs:\w+|a duration)$"),
    "placeholder word in a REST sample where a duration belongs": re.compile(
        r"^DecodeError: \$\.\w+: '[a-z]+' is not a duration$"
    ),
    "xsi:nil on an element the schema does not declare nillable": re.compile(
        r"^re-encoded document differs in structure \(xsi:nil on non-nillable \w+\)$"
    ),
}


def classify(outcome: Outcome) -> str | None:
    for reason, pattern in KNOWN_DOC_QUIRKS.items():
        if pattern.match(outcome.problem):
            return reason
    return None


def test_every_corpus_example_decodes_and_re_encodes(corpus: Path) -> None:
    services = SNAPSHOTS
    cited = {
        (e.source, e.kind)
        for s in services
        for a in s.agents
        for o in a.operations
        for e in o.examples
    }
    found = corpus_examples(corpus)
    assert cited == found, f"examples the model does not cite: {sorted(found - cited)[:5]}"

    outcomes = [
        check_example([corpus], service, agent.name, op.name, example.source, example.kind)
        for service in services
        for agent in service.agents
        for op in agent.operations
        for example in op.examples
    ]
    failed = [o for o in outcomes if o.problem]
    reasons = Counter(classify(o) for o in failed)
    print(
        f"\n{len(found)} examples in the corpus, {len(outcomes)} decodings (REST examples count "
        f"once per Services version); {len(outcomes) - len(failed)} decoded and re-encoded"
    )
    for reason, count in reasons.most_common():
        print(f"  {count:4d} not decodable: {reason}")
    for o in failed:
        print(f"       {o.source} [{o.kind}]: {o.problem}")
    unexplained = [o for o in failed if classify(o) is None]
    assert not unexplained, "\n".join(f"{o.source}: {o.problem}" for o in unexplained[:20])
    got = {f"{o.source} [{o.kind}]: {o.problem}" for o in failed}
    expected = set(EXPECTED_FAILURES.read_text(encoding="utf-8").splitlines())
    assert not got - expected, "newly failing:\n" + "\n".join(sorted(got - expected)[:20])
    assert not expected - got, "now decoding (update the list):\n" + "\n".join(
        sorted(expected - got)[:20]
    )
