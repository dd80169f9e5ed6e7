"""A report credited to partners (`an Emerson College/PIX11/The Hill poll`, `the Siena/NYT poll`): its producer.

The partners are written together with slashes before the report's noun, the last one right before it. The
producer wins over the outlet that commissioned or published the data, so the source is the first partner
that is no outlet (`Reuters/Ipsos poll` → Ipsos), else the first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.extract.credits import is_outlet_name
from app.extract.quotes import Speaker

if TYPE_CHECKING:
    from app.extract.source_context import SourceContext

__all__ = ["producer_among_partners"]

_PARTNER_BEFORE = re.compile(r"(?:\bThe\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*/\s*$")


def producer_among_partners(context: SourceContext, named: Speaker) -> Speaker:
    """`named`, or the partner written before it with a slash that produced the report."""
    partners = [named]
    at = named.start
    while (before := _PARTNER_BEFORE.search(context.text, max(0, at - 60), at)) is not None:
        partner = context.named_at(*before.span("name")) or context.unlisted_source(
            *before.span("name"), body=True, opening=True
        )
        if partner is None:
            break
        partners.insert(0, partner)
        at = before.start()
    return next((partner for partner in partners if not is_outlet_name(partner.name)), partners[0])
