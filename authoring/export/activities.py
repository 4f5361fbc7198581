"""xAPI activities: what the xAPI and cmi5 formats share.

Activity ids are IRIs derived from object ids, so they stay the same across re-exports:

    ACTIVITY_BASE/<course id>                       the course
    ACTIVITY_BASE/<course id>/lessons/<lesson id>
    ACTIVITY_BASE/<course id>/pages/<page id>
    ACTIVITY_BASE/<course id>/questions/<question id>

The adapters build the same ids at run time from the base the player's config gives them
(`lrs_adapter`: the config's "tracking" → "activityBase"), so changing the constant here
changes both; the adapter scripts themselves are the same in every package.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from lxml import etree

from authoring.export.render import Adapter

# The base of every activity id (an IRI the publisher controls; never fetched).
ACTIVITY_BASE = "https://coursesmith.example/activities"

_ADL = "http://adlnet.gov/expapi/activities/"
TYPE_COURSE = _ADL + "course"
TYPE_LESSON = _ADL + "lesson"
TYPE_QUESTION = _ADL + "cmi.interaction"
TYPE_PAGE = "http://activitystrea.ms/schema/1.0/page"

# The scripts both xAPI-based adapters build on: the LRS client and statement queue, and
# the course with the learner's bookmark in the State API.
LRS_SCRIPTS = ("shared/lrs-client", "shared/course-state")


def lrs_adapter(name: str, base: str = ACTIVITY_BASE) -> Adapter:
    """The player adapter `name` ("xapi", "cmi5") with the shared LRS scripts and `base`."""
    return Adapter(name, requires=LRS_SCRIPTS, settings={"activityBase": base})


def iri_segment(object_id: str) -> str:
    return quote(object_id, safe="-._~")


def course_iri(course_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{base.rstrip('/')}/{iri_segment(course_id)}"


def lesson_iri(course_id: str, lesson_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{course_iri(course_id, base)}/lessons/{iri_segment(lesson_id)}"


def page_iri(course_id: str, page_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{course_iri(course_id, base)}/pages/{iri_segment(page_id)}"


def question_iri(course_id: str, question_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{course_iri(course_id, base)}/questions/{iri_segment(question_id)}"


def id_problems(name: str, elements: list[etree._Element]) -> list[str]:
    """Ids (of activities, AUs, blocks) must be absolute IRIs, each used once."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for element in elements:
        ident = (element.get("id") or "").strip()
        where = f"{name} line {element.sourceline}"
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$", ident):
            problems.append(f"{where}: the id '{ident}' is not an absolute IRI (e.g. https://example.com/course)")
        elif ident in seen:
            problems.append(f"{where}: the id '{ident}' is already used on line {seen[ident]}; ids must be unique")
        else:
            seen[ident] = element.sourceline
    return problems
