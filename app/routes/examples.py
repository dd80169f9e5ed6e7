"""Response examples for the OpenAPI document, captured from the corpus/ articles and trimmed.

Regenerate by hand when the extractors change; tests/test_openapi_contract.py validates each one against
its response model, so an example that drifts from the schema fails the suite.
"""

from __future__ import annotations

from typing import Any

from app.ingest_schemas import DocumentIn

__all__ = ["BULK_EXAMPLE", "EXAMPLES", "EXPORT_EXAMPLE", "document_body_examples", "example_response"]

SEARCH: Any = {
    "query": '"sanctuary city"',
    "escaped": False,
    "total": 4,
    "page": 1,
    "per_page": 1,
    "items": [
        {
            "id": "000_e84a06c073667f2f",
            "title": None,
            "published": "2018-03-09",
            "outlet": "Breitbart News",
            "url": None,
            "score": 2.722,
            "snippets": [
                {
                    "start": 0,
                    "end": 230,
                    "text": "The state of California and the sanctuary city laws that make it a safe-haven for criminal illegal aliens is likely responsible for at least 5,000 crimes that were committed by criminal illegal aliens released by local authorities",
                    "highlighted": "The state of California and the <em>sanctuary</em> <em>city</em> laws that make it a safe-haven for criminal illegal aliens is likely responsible for at least 5,000 crimes that were committed by criminal illegal aliens released by local authorities",
                    "matches": [{"start": 32, "end": 41}, {"start": 42, "end": 46}],
                }
            ],
        },
        {
            "id": "004_40ce4932bcea4cb2",
            "title": None,
            "published": None,
            "outlet": "LifeZette",
            "url": None,
            "score": 2.707726212407657,
            "snippets": [
                {
                    "start": 332,
                    "end": 562,
                    "text": "Angeles, has resisted President Donald Trump’s administrative crackdown on “sanctuary cities,” shielding illegal immigrants from deportation. The county proved to be the highest offender, ignoring 188 ICE requests to hold criminal",
                    "highlighted": "Angeles, has resisted President Donald Trump’s administrative crackdown on “<em>sanctuary</em> <em>cities</em>,” shielding illegal immigrants from deportation. The county proved to be the highest offender, ignoring 188 ICE requests to hold criminal",
                    "matches": [{"start": 408, "end": 417}, {"start": 418, "end": 424}],
                }
            ],
        },
        {
            "id": "002_c27e403ad76bbf3b",
            "title": "ICE: L.A. Releases Up to 100 Criminal Illegal Aliens EVERY DAY",
            "published": None,
            "outlet": "Liberty Headlines",
            "url": None,
            "score": 2.697674708108393,
            "snippets": [
                {
                    "start": 139,
                    "end": 368,
                    "text": "(Claire Russel, Liberty Headlines) Los Angeles, which has declared itself a “sanctuary city” for illegal immigrants, releases as many as 100 criminals residing in the U.S. illegally every single day, a top Immigration and Customs",
                    "highlighted": "(Claire Russel, Liberty Headlines) Los Angeles, which has declared itself a “<em>sanctuary</em> <em>city</em>” for illegal immigrants, releases as many as 100 criminals residing in the U.S. illegally every single day, a top Immigration and Customs",
                    "matches": [{"start": 216, "end": 225}, {"start": 226, "end": 230}],
                }
            ],
        },
        {
            "id": "001_b4f21b5015c76ffb",
            "title": "Los Angeles Jails Have Refused to Hand Over 25,000 Criminal Illegal Aliens to ICE",
            "published": None,
            "outlet": None,
            "url": None,
            "score": 2.4172061066849553,
            "snippets": [
                {
                    "start": 298,
                    "end": 535,
                    "text": "releasing more criminal illegal aliens onto the streets than any other so-called sanctuary city.\n\nThe data has been released as Los Angeles County Sheriff Alex Villanueva is changing policy to deny immigration transfers of new categories",
                    "highlighted": "releasing more criminal illegal aliens onto the streets than any other so-called <em>sanctuary</em> <em>city</em>.\n\nThe data has been released as Los Angeles County Sheriff Alex Villanueva is changing policy to deny immigration transfers of new categories",
                    "matches": [{"start": 379, "end": 388}, {"start": 389, "end": 393}],
                }
            ],
        },
    ],
    "next": "eyJvIjoxLCJmIjoiNGNjYjBlZGMyZjk2Nzg2ZiJ9",
    "timed_out": False,
    "took_ms": 3.2,
    "facets": {
        "outlet": {
            "buckets": [
                {"value": "breitbart news", "label": "Breitbart News", "count": 1},
                {"value": "liberty headlines", "label": "Liberty Headlines", "count": 1},
                {"value": "lifezette", "label": "LifeZette", "count": 1},
            ],
            "missing": 1,
        }
    },
    "did_you_mean": None,
}

DOCUMENT_LIST: Any = {
    "total": 5,
    "page": 1,
    "per_page": 2,
    "items": [
        {
            "id": "000_e84a06c073667f2f",
            "title": None,
            "published": "2018-03-09",
            "outlet": "Breitbart News",
            "url": None,
        },
        {
            "id": "001_b4f21b5015c76ffb",
            "title": "Los Angeles Jails Have Refused to Hand Over 25,000 Criminal Illegal Aliens to ICE",
            "published": None,
            "outlet": None,
            "url": None,
        },
    ],
    "next": "eyJvIjoyLCJmIjoiMzc2YTllNjdhMzQzYmVmZiJ9",
}

DOCUMENT_RECORD: Any = {
    "id": "000_e84a06c073667f2f",
    "title": None,
    "published": {
        "value": "2018-03-09",
        "source": "text",
        "evidence": {"start": 6, "end": 16, "text": "2018-03-09"},
        "evidence_in": "raw_text",
    },
    "outlet": {
        "value": "Breitbart News",
        "source": "text",
        "evidence": {"start": 328, "end": 342, "text": "Breitbart News"},
        "evidence_in": "text",
    },
    "url": None,
    "authors": [],
    "outlets_cited": [],
    "text": "The state of California and the sanctuary city laws that make it a safe-haven for criminal illegal aliens is likely responsible for at least 5,000 crimes that were committed by criminal illegal aliens released by local authorities rather than being handed over to federal immigration officials.",
    "raw_text": " date 2018-03-09 The state of California and the sanctuary city laws that make it a safe-haven for criminal illegal aliens is likely responsible for at least 5,000 crimes that were committed by criminal illegal aliens released by local authorities rather than being handed over to federal immig…",
    "people": [],
    "organizations": [],
    "places": [
        {
            "entity_id": "california",
            "name": "California",
            "place_type": "state",
            "mentions": [{"start": 13, "end": 23, "text": "California"}],
        }
    ],
    "quotes": [],
    "statistics": [
        {
            "start": 132,
            "end": 146,
            "text": "at least 5,000",
            "value": 5000.0,
            "value_high": None,
            "qualifier": "at least",
            "kind": "count",
            "approximate": False,
            "unit": None,
            "counts": "crimes",
            "sentence": {
                "start": 0,
                "end": 294,
                "text": "The state of California and the sanctuary city laws that make it a safe-haven for criminal illegal aliens is likely responsible for at least 5,000 crimes that were committed by criminal illegal aliens released by local authorities rather than being handed over to federal immigration officials.",
            },
            "attributed_to": None,
            "place": "California",
            "period": None,
        }
    ],
    "dates_mentioned": [],
    "syndication": None,
    "cluster": {"id": "000_e84a06c073667f2f", "size": 1, "original": "000_e84a06c073667f2f"},
    "extractor_version": "0.2.0",
    "content_hash": "59eb3aca274440bd6194703f81a24ecf3e7d3954e75304106f90d149dfcbc2ce",
}

SIMILAR: Any = {
    "items": [
        {
            "id": "004_40ce4932bcea4cb2",
            "title": None,
            "published": None,
            "outlet": "LifeZette",
            "url": None,
            "score": 19.6,
            "snippets": [],
        }
    ],
    "total": 4,
    "page": 1,
    "per_page": 1,
    "next": "eyJvIjoxLCJmIjoiZjA2MTkxMGIzZDkzZGQyMSJ9",
}

COPIES: Any = {
    "total": 1,
    "page": 1,
    "per_page": 10,
    "next": None,
    "items": [
        {
            "id": "wire-2026-11-20-haryana",
            "title": "Ruling party keeps Haryana",
            "published": "2026-11-20",
            "outlet": "Reuters",
            "url": None,
        }
    ],
}

ENTITY_LIST: Any = {
    "total": 16,
    "page": 1,
    "per_page": 2,
    "next": "eyJvIjoyLCJmIjoiMzc2YTllNjdhMzQzYmVmZiJ9",
    "items": [
        {
            "entity_id": "jeffrey-sessions",
            "name": "Jeff Sessions",
            "kind": "official",
            "aliases": [],
            "documents": 3,
            "mentions": 4,
        },
        {
            "entity_id": "thomas-homan",
            "name": "Thomas Homan",
            "kind": "official",
            "aliases": ["Tom Homan"],
            "documents": 3,
            "mentions": 5,
        },
    ],
}

HOMAN_QUOTES: Any = [
    {
        "document_id": "002_c27e403ad76bbf3b",
        "published": None,
        "text": "He forgot the oath he’s taken",
        "start": 2092,
        "end": 2121,
        "speaker": {
            "name": "Tom Homan",
            "entity_id": "thomas-homan",
            "evidence": {"start": 2124, "end": 2129, "text": "Homan"},
        },
    },
    {
        "document_id": "002_c27e403ad76bbf3b",
        "published": None,
        "text": "He stopped being a cop and became a politician.",
        "start": 2189,
        "end": 2236,
        "speaker": {
            "name": "Tom Homan",
            "entity_id": "thomas-homan",
            "evidence": {"start": 2124, "end": 2129, "text": "Homan"},
        },
    },
]

ENTITY_DETAIL: Any = {
    "entity_id": "thomas-homan",
    "name": "Thomas Homan",
    "kind": "official",
    "aliases": ["Tom Homan"],
    "documents": 3,
    "mentions": 5,
    "roles": [
        {
            "title": "ICE Director",
            "organization": "ICE",
            "document_id": "000_e84a06c073667f2f",
            "published": "2018-03-09",
            "start": 877,
            "end": 889,
            "evidence_document_id": "000_e84a06c073667f2f",
        },
        {
            "title": "Former head of ICE",
            "organization": "ICE",
            "document_id": "002_c27e403ad76bbf3b",
            "published": None,
            "start": 1993,
            "end": 2011,
            "evidence_document_id": "002_c27e403ad76bbf3b",
        },
    ],
    "organizations": ["ICE", "Homeland Security"],
    "places": ["United States", "California"],
    "related": [
        {
            "entity_id": "ice",
            "name": "U.S. Immigration and Customs Enforcement",
            "kind": "organization",
            "documents": 3,
        },
        {"entity_id": "united-states", "name": "United States", "kind": "place", "documents": 3},
    ],
    "quotes": HOMAN_QUOTES,
}

ENTITY_DOCUMENTS: Any = {
    "total": 3,
    "page": 1,
    "per_page": 1,
    "next": "eyJvIjoxLCJmIjoiNDNiZmFjMThjMTAwOGRiMCJ9",
    "items": [
        {
            "id": "000_e84a06c073667f2f",
            "title": None,
            "published": "2018-03-09",
            "outlet": "Breitbart News",
            "url": None,
            "mentions": 1,
            "snippets": [
                {
                    "start": 864,
                    "end": 1022,
                    "text": "In mid-2017, ICE Director Thomas Homan revealed that about 10,000 criminal illegal aliens had been released by sanctuary cities across the U.S. and went on to",
                    "mention": {"start": 890, "end": 902},
                }
            ],
        }
    ],
}

QUOTES: Any = {
    "items": HOMAN_QUOTES,
    "total": 4,
    "page": 1,
    "per_page": 2,
    "next": "eyJvIjoyLCJmIjoiMzc2YTllNjdhMzQzYmVmZiJ9",
}

STATISTICS: Any = {
    "items": [
        {
            "start": 261,
            "end": 267,
            "text": "33,179",
            "value": 33179.0,
            "value_high": None,
            "qualifier": None,
            "kind": "count",
            "approximate": False,
            "unit": None,
            "counts": "illegal aliens",
            "change": None,
            "sentence": {
                "start": 200,
                "end": 352,
                "text": "The Department of Homeland Security said there are currently 33,179 illegal aliens in the "
                "custody of California jurisdictions with active ICE detainers.",
            },
            "attributed_to": {
                "name": "Department of Homeland Security",
                "entity_id": "dhs",
                "evidence": {"start": 204, "end": 235, "text": "Department of Homeland Security"},
            },
            "attribution": "reporting_verb",
            "place": "California",
            "period": None,
            "document_id": "003_3042ad3957543e6f",
            "published": None,
        }
    ],
    "total": 9,
    "page": 1,
    "per_page": 1,
    "next": "eyJvIjoxLCJmIjoiODNhYTA2MGEwZWM3MjNkNSJ9",
}

STATISTIC_GROUPS: Any = {
    "total": 1,
    "page": 1,
    "per_page": 1,
    "next": None,
    "items": [
        {
            "label": "drivers · Texas · 2023",
            "how": {"counts": "driver", "measure": "share", "place": "texas", "period": "2023"},
            "members": [
                {
                    "document_id": "gazette-road-deaths",
                    "published": "2024-02-05",
                    "text": "About 52 percent",
                    "start": 145,
                    "end": 161,
                    "value": 52.0,
                    "value_high": None,
                    "qualifier": "about",
                    "kind": "percent",
                    "approximate": False,
                    "unit": None,
                    "counts": "drivers",
                    "change": None,
                    "sentence": {
                        "start": 145,
                        "end": 250,
                        "text": "About 52 percent of the drivers killed in Texas in 2023 were not "
                        "wearing seat belts, the department said.",
                    },
                    "attributed_to": None,
                    "attribution": None,
                    "place": "Texas",
                    "period": "in 2023",
                },
                {
                    "document_id": "ledger-road-deaths",
                    "published": "2024-02-06",
                    "text": "Roughly half",
                    "start": 186,
                    "end": 198,
                    "value": 0.5,
                    "value_high": None,
                    "qualifier": "roughly",
                    "kind": "fraction",
                    "approximate": False,
                    "unit": None,
                    "counts": "drivers",
                    "change": None,
                    "sentence": {
                        "start": 186,
                        "end": 282,
                        "text": "Roughly half of the drivers killed in Texas in 2023 were not wearing "
                        "seat belts, officials said.",
                    },
                    "attributed_to": None,
                    "attribution": None,
                    "place": "Texas",
                    "period": "in 2023",
                },
            ],
            "documents": 2,
            "first_seen": {"document_id": "gazette-road-deaths", "published": "2024-02-05"},
            "sources": [],
            "independent_sources": 2,
            "agree": True,
            "disagree": False,
        }
    ],
}

TIMELINE: Any = {
    "query": "ICE",
    "interval": "year",
    "buckets": [{"period": "2018", "count": 1}],
    "total": 5,
    "undated": 4,
}

READINESS: Any = {
    "ready": True,
    "documents": 5,
    "build_id": "20261121T145647322447Z-0cfa7e",
    "built_at": "2026-11-21T14:56:47.991172Z",
    "engine": "whoosh",
    "detail": None,
}

HEALTH: Any = {"status": "ok"}

# Two lines of /v1/export: one DocumentSummary per line.
EXPORT_EXAMPLE = (
    '{"id": "000_e84a06c073667f2f", "title": null, "published": "2018-03-09", "outlet": "Breitbart News", "url": null}\n'
    '{"id": "001_b4f21b5015c76ffb", "title": "Los Angeles Jails Have Refused to Hand Over 25,000 Criminal Illegal '
    'Aliens to ICE", "published": null, "outlet": null, "url": null}\n'
)

# Request bodies: a document as a wire service would send it, and the least a client must send.
# The schema's own example, so the body example and the model's cannot drift apart.
DOCUMENT_FULL: Any = DocumentIn.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]
DOCUMENT_MINIMAL: Any = {
    "text": "Unemployment fell to 4.1 percent in March, the Labor Department said on Friday.",
}

# Two lines of /v1/documents/bulk: one DocumentIn per line.
BULK_EXAMPLE = (
    '{"id": "wire-2019-05-02-council", "text": "The county council voted 7-2 on Tuesday to approve a $12 '
    'million jail budget.", "published": "2019-05-02", "outlet": "Example Gazette"}\n'
    '{"text": "Unemployment fell to 4.1 percent in March, the Labor Department said on Friday."}\n'
)

EXAMPLES: dict[str, Any] = {
    "search": SEARCH,
    "document_list": DOCUMENT_LIST,
    "document_record": DOCUMENT_RECORD,
    "similar": SIMILAR,
    "copies": COPIES,
    "entity_list": ENTITY_LIST,
    "entity_detail": ENTITY_DETAIL,
    "entity_documents": ENTITY_DOCUMENTS,
    "quotes": QUOTES,
    "statistics": STATISTICS,
    "statistic_groups": STATISTIC_GROUPS,
    "timeline": TIMELINE,
    "readiness": READINESS,
    "health": HEALTH,
}


def example_response(name: str) -> dict[int | str, dict[str, Any]]:
    """A 200 response entry carrying the named example, merged by FastAPI with the response model's schema."""
    return {200: {"content": {"application/json": {"example": EXAMPLES[name]}}}}


def document_body_examples() -> dict[str, Any]:
    """`openapi_extra` giving a JSON DocumentIn body its named examples (FastAPI merges it into the operation)."""
    examples = {
        "full": {"summary": "With metadata", "value": DOCUMENT_FULL},
        "minimal": {"summary": "Text only: the id comes from the content hash", "value": DOCUMENT_MINIMAL},
    }
    return {"requestBody": {"content": {"application/json": {"examples": examples}}}}
