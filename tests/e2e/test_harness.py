"""The harness itself, proven on SCOs nobody here wrote (Rustici's golf samples) and on tiny
hand-written SCOs: a SCORM package runs in scorm-again as in an LMS."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from .harness import SAMPLES, first_sco_href, manifest_cmi

pytestmark = pytest.mark.e2e

GOLF_12 = SAMPLES / "scorm12_golf_RuntimeBasicCalls_singleSCO.zip"
GOLF_2004 = SAMPLES / "scorm2004_3rd_golf_RuntimeBasicCalls_multiSCO.zip"


def _sample(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is missing (the shared conformance samples)")
    return path


def _set_calls(session) -> dict[str, str]:
    method = "LMSSetValue" if session.standard == "scorm12" else "SetValue"
    return {c["element"]: c["value"] for c in session.calls(method)}


def test_golf_scorm12_runs_in_scorm_again(lms):
    package = _sample(GOLF_12)
    href = first_sco_href(package)
    assert href == "shared/launchpage.html"

    session = lms.launch(package, standard="scorm12", sco_href=href)

    assert session.calls()[0]["method"] == "LMSInitialize"
    assert session.calls("LMSInitialize")[0]["result"] == "true"
    written = _set_calls(session)
    assert written.get("cmi.core.lesson_status") == "incomplete"
    assert written.get("cmi.core.lesson_location") == "0"
    assert session.value("cmi.core.lesson_status") == "incomplete"
    assert session.value("cmi.core.lesson_location") == "0"
    assert any(e["event"] == "LMSSetValue.cmi.*" for e in session.events())

    # The learner moves on with the SCO's own "Next ->" button.
    session.frame.get_by_role("button", name="Next").click()
    session.page.wait_for_function(
        "() => window.__lms.calls.filter(c => c.element === 'cmi.core.lesson_location').length >= 2"
    )
    assert session.value("cmi.core.lesson_location") == "1"

    finish = session.unload()
    assert finish["result"] == "true"
    assert session.finished
    assert session.value("cmi.core.exit") == "suspend"
    assert [e["event"] for e in session.events()][-1] == "LMSFinish"
    assert session.commits()[-1]["event"] == "LMSFinish"
    assert session.api_errors() == []


def test_golf_scorm2004_first_sco_runs_in_scorm_again(lms):
    package = _sample(GOLF_2004)
    session = lms.launch(package, standard="scorm2004", sco_href=None)  # first SCO in the manifest

    assert session.calls()[0]["method"] == "Initialize"
    assert [e["event"] for e in session.events()][0] == "Initialize"
    written = _set_calls(session)
    assert written.get("cmi.completion_status") == "incomplete"
    assert written.get("cmi.location") == "0"
    assert session.value("cmi.completion_status") == "incomplete"
    assert session.value("cmi.location") == "0"

    session.unload()
    assert session.finished
    assert any(c["method"] == "Terminate" for c in session.calls())
    assert session.value("cmi.exit") == "suspend"
    # Golf reads cmi.location before anything set it: SCORM 2004 answers 403 (not initialized),
    # and the harness reports it like any other failed call.
    assert [(c["method"], c["element"], c["error"]) for c in session.api_errors()] == [
        ("GetValue", "cmi.location", "403")
    ]


def test_golf_relaunch_resumes_from_the_saved_cmi(lms):
    package = _sample(GOLF_12)
    first = lms.launch(package, standard="scorm12", sco_href=None)
    first.frame.get_by_role("button", name="Next").click()
    first.wait_for_call("LMSSetValue", "cmi.core.lesson_location")
    first.unload()
    saved = first.saved_cmi()
    assert saved["core"]["entry"] == "resume"
    assert saved["core"]["lesson_location"] == "1"

    second = lms.launch(package, standard="scorm12", sco_href=None, cmi=saved)
    # Golf asks "resume?" with confirm(); the harness dismisses dialogs and records them.
    second.page.wait_for_function("() => window.__lms.calls.some(c => c.element === 'cmi.core.lesson_location')")
    assert any("resume" in d for d in second.dialogs())
    assert second.cmi()["core"]["entry"] == "resume"


# ----------------------------------------------------------------- hand-written SCOs


SCO_12 = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Tiny SCO</title></head>
<body>
<main>
  <h1 id="title">Tiny SCO</h1>
  <section id="page1">
    <p>Welcome.</p>
    <button type="button" id="next">Next</button>
  </section>
  <section id="page2" hidden>
    <fieldset>
      <legend>Which colour is the sky?</legend>
      <label><input type="radio" name="q1" value="0"> Green</label>
      <label><input type="radio" name="q1" value="1"> Blue</label>
    </fieldset>
    <button type="button" id="submit">Submit</button>
    <p id="feedback" role="status" aria-live="polite"></p>
  </section>
</main>
<script>
  var api = null, done = false;
  for (var w = window, i = 0; w && i < 7 && !api; i++, w = w.parent === w ? null : w.parent) {
    api = w.API || null;
  }
  api.LMSInitialize("");
  var saved = api.LMSGetValue("cmi.suspend_data");
  document.getElementById("title").textContent = saved ? "Welcome back (" + saved + ")" : "Tiny SCO";
  api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  document.getElementById("next").onclick = function () {
    document.getElementById("page1").hidden = true;
    document.getElementById("page2").hidden = false;
    api.LMSSetValue("cmi.core.lesson_location", "page2");
  };
  document.getElementById("submit").onclick = function () {
    var blue = document.querySelector("input[value='1']").checked;
    api.LMSSetValue("cmi.core.score.raw", blue ? "80" : "0");
    api.LMSSetValue("cmi.core.score.min", "0");
    api.LMSSetValue("cmi.core.score.max", "100");
    api.LMSSetValue("cmi.core.lesson_status", blue ? "passed" : "failed");
    api.LMSCommit("");
    document.getElementById("feedback").textContent = "Your score: " + (blue ? 80 : 0) + "%";
  };
  function leave() {
    if (done) return;
    done = true;
    api.LMSSetValue("cmi.suspend_data", "seen-page2");
    api.LMSSetValue("cmi.core.exit", "suspend");
    api.LMSSetValue("cmi.core.session_time", "0000:00:05.00");
    api.LMSCommit("");
    api.LMSFinish("");
  }
  window.addEventListener("pagehide", leave);
  window.addEventListener("beforeunload", leave);
</script>
</body>
</html>
"""

SCO_2004 = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tiny SCO 2004</title></head>
<body><main><h1>Tiny SCO 2004</h1></main>
<script>
  var api = window.parent.API_1484_11;
  api.Initialize("");
  api.SetValue("cmi.score.raw", "80");
  api.SetValue("cmi.score.min", "0");
  api.SetValue("cmi.score.max", "100");
  api.SetValue("cmi.score.scaled", "0.8");
  api.SetValue("cmi.success_status", "passed");
  api.SetValue("cmi.completion_status", "completed");
  api.Commit("");
  window.addEventListener("pagehide", function () {
    api.SetValue("cmi.exit", "normal");
    api.SetValue("cmi.session_time", "PT5S");
    api.Terminate("");
  });
</script>
</body></html>
"""


def _sco(tmp_path: Path, html: str, name: str = "sco") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "index.html").write_text(textwrap.dedent(html), encoding="utf-8")
    return folder


def test_hand_written_scorm12_sco_scores_80_and_passes(lms, tmp_path):
    session = lms.launch(_sco(tmp_path, SCO_12), standard="scorm12")
    frame = session.frame

    frame.get_by_role("button", name="Next").click()
    frame.get_by_role("group", name="Which colour is the sky?").get_by_label("Blue").check()
    frame.get_by_role("button", name="Submit").click()

    assert session.cmi()["core"]["score"]["raw"] == "80"
    assert session.value("cmi.core.score.raw") == "80"
    assert session.value("cmi.core.lesson_status") == "passed"
    assert session.value("cmi.core.lesson_location") == "page2"
    assert frame.get_by_role("status").inner_text() == "Your score: 80%"
    assert session.commits()[-1]["cmi"]["core"]["score"]["raw"] == "80"

    session.unload()
    assert session.finished
    assert set(session.last_error_codes()) == {"0"}
    assert session.console_errors() == []
    assert session.lms_log("ERROR") == []
    assert [c["method"] for c in session.calls()][-2:] == ["LMSCommit", "LMSFinish"]


def test_relaunch_with_the_saved_cmi(lms, tmp_path):
    package = _sco(tmp_path, SCO_12)
    first = lms.launch(package, standard="scorm12")
    first.frame.get_by_role("button", name="Next").click()
    first.unload(how="remove")
    saved = first.saved_cmi()
    assert saved["core"]["entry"] == "resume" and "exit" not in saved["core"]

    second = lms.launch(package, standard="scorm12", cmi=saved)
    assert second.frame.get_by_role("heading", level=1).inner_text() == "Welcome back (seen-page2)"
    assert second.value("cmi.core.entry") == "resume"
    assert second.value("cmi.core.lesson_location") == "page2"
    assert second.value("cmi.core.student_id") == "learner-1"


def test_a_bad_call_is_recorded_with_its_error_code(lms, tmp_path):
    sco = _sco(tmp_path, """\
        <!DOCTYPE html><html lang="en"><head><title>Bad</title></head><body><script>
          var api = window.parent.API;
          api.LMSInitialize("");
          api.LMSSetValue("cmi.core.lesson_status", "not attempted");  // 405 in SCORM 1.2
          api.LMSGetValue("cmi.core.exit");                             // write-only: 404
          console.error("oops");
          setTimeout(function () { throw new Error("boom"); }, 0);
        </script><img src="missing.png" alt="missing"></body></html>
        """)
    session = lms.launch(sco, standard="scorm12")
    session.page.wait_for_timeout(100)
    assert session.last_error_codes() == ["0", "405", "404"]
    bad = session.api_errors()
    assert [(c["element"], c["error"]) for c in bad] == [
        ("cmi.core.lesson_status", "405"),
        ("cmi.core.exit", "404"),
    ]
    assert bad[0]["result"] == "false" and bad[0]["errorString"]
    assert any("oops" in e for e in session.console_errors())
    assert any("boom" in e and e.startswith("pageerror") for e in session.console_errors())
    assert any(e.endswith("/sco/missing.png: HTTP 404") for e in session.http_errors())
    assert session.lms_log("ERROR"), "scorm-again logs each failed call"


MANIFEST_12 = """<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <organizations default="o"><organization identifier="o"><title>T</title>
    <item identifier="i1" identifierref="r1"><title>T</title>
      <adlcp:masteryscore>60</adlcp:masteryscore><adlcp:datafromlms>hello</adlcp:datafromlms>
    </item></organization></organizations>
  <resources><resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="index.html"/></resources>
</manifest>
"""

MANIFEST_2004 = """<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <organizations default="o"><organization identifier="o"><title>T</title>
    <item identifier="i0"><title>Lesson</title>
      <item identifier="i1" identifierref="r1" parameters="?lesson=1"><title>T</title>
        <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.9"/>
        <imsss:sequencing><imsss:objectives>
          <imsss:primaryObjective objectiveID="p" satisfiedByMeasure="true">
            <imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>
          </imsss:primaryObjective>
        </imsss:objectives></imsss:sequencing>
      </item>
    </item></organization></organizations>
  <resources><resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="sco/index.html"/></resources>
</manifest>
"""


def test_manifest_values_for_the_lms(tmp_path):
    (tmp_path / "imsmanifest.xml").write_text(MANIFEST_12, encoding="utf-8")
    assert first_sco_href(tmp_path) == "index.html"
    assert manifest_cmi(tmp_path, "index.html", "scorm12") == {
        "student_data": {"mastery_score": "60"}, "launch_data": "hello"}
    (tmp_path / "imsmanifest.xml").write_text(MANIFEST_2004, encoding="utf-8")
    assert first_sco_href(tmp_path) == "sco/index.html?lesson=1"
    assert manifest_cmi(tmp_path, "sco/index.html?lesson=1", "scorm2004") == {
        "scaled_passing_score": "0.75", "completion_threshold": "0.9"}


def test_the_lms_values_reach_the_sco(lms, tmp_path):
    sco = _sco(tmp_path, """\
        <!DOCTYPE html><html lang="en"><head><title>Values</title></head><body><p id="out"></p><script>
          var api = window.parent.API;
          api.LMSInitialize("");
          document.getElementById("out").textContent = [
            api.LMSGetValue("cmi.student_data.mastery_score"),
            api.LMSGetValue("cmi.core.student_name"),
            api.LMSGetValue("cmi.core.entry"),
            api.LMSGetValue("cmi.core.credit"),
          ].join("|");
        </script></body></html>
        """)
    (sco / "imsmanifest.xml").write_text(MANIFEST_12, encoding="utf-8")
    session = lms.launch(sco, standard="scorm12")
    assert session.frame.locator("#out").inner_text() == "60|Learner, Test|ab-initio|credit"
    assert set(session.last_error_codes()) == {"0"}

    # The LMS's own value wins over the package's.
    session = lms.launch(sco, standard="scorm12", cmi={"student_data": {"mastery_score": "70"}})
    assert session.frame.locator("#out").inner_text() == "70|Learner, Test|ab-initio|credit"
    assert set(session.last_error_codes()) == {"0"}
    assert session.requests() == [session.base_url + p for p in (
        "lms/host.html", "lms/scorm-again.js", "lms/host.js", "sco/index.html")]


def test_hand_written_scorm2004_sco(lms, tmp_path):
    session = lms.launch(_sco(tmp_path, SCO_2004), standard="scorm2004")
    assert session.value("cmi.score.scaled") == "0.8"
    assert session.value("cmi.success_status") == "passed"
    assert session.cmi()["completion_status"] == "completed"
    session.unload()
    assert session.finished
    assert session.value("cmi.exit") == "normal"
    assert session.saved_cmi()["entry"] == ""
    assert set(session.last_error_codes()) == {"0"}
    assert session.console_errors() == []


def test_screenshot(lms, tmp_path):
    session = lms.launch(_sco(tmp_path, SCO_2004), standard="scorm2004")
    shot = session.screenshot(tmp_path / "shot.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
