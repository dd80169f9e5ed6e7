"""Quote speakers, round 12: a pronoun subject between a body and the verb that introduces a quote, and the
verb of an inverted attribution before the name (`Said Anderson: "…"`).

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of

OPENING = (
    "Crime figures out\n\n"
    "The Marlow Police Service (MPS) released its figures on Tuesday.\n\n"
    "The update was given by the Commissioner of Police, Antony Tindall.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The pronoun before the verb is its subject; the body named before it is not.
        (
            "Tindall sang the praises of the MPS and its investigators, as he revealed that “murders are down "
            "12 per cent”.",
            "antony-tindall",
        ),
        # The inverted verb opens no name.
        ("Said Tindall: “We remain resolute in our drive to save lives.”", "antony-tindall"),
        # With no pronoun, the body that reveals is the subject.
        ("The MPS revealed that “murders are down 12 per cent”.", "marlow-police-service"),
    ],
)
def test_the_speaker_of_the_last_quote(paragraph: str, speaker: str) -> None:
    quote = record_of(OPENING + paragraph + "\n").quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker
