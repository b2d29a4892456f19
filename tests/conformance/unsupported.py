"""Operations the conformance walk cannot exercise on the test servers, each with the reason.

``test_coverage`` fails for an operation that is neither exercised nor listed here; the reasons
are also printed in the coverage report and copied into docs/conformance.md.
"""

from __future__ import annotations

UNSUPPORTED: dict[str, dict[str, str]] = {
    "v1": {},
    "v2": {},
}
