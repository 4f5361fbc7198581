"""The player's HTML: structure, accessibility hooks, config, determinism, size budget.

A hand-built course with every block kind and every question type is rendered and read
back with lxml; the runtime's suspend-data codec is run in Node for a big course.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
from dataclasses import replace

import pytest
from lxml import html as lhtml

from authoring.export import formats
from authoring.export import resolved as r
from authoring.export.render import (
    PLAYER_DIR, Adapter, MediaFile, player_files, player_strings, render_unit,
)
from authoring.export.units import units_of

# Every format's adapter by name, as its packages load it: "none", "scorm12", "xapi", ...
ADAPTERS = {fmt.adapter: fmt.builder.adapter for fmt in formats.all_formats() if fmt.is_package}

PHOTO = r.AssetRef("oasset0photo0001", "a" * 64, "photo.jpg", "image/jpeg", 120_000, 1600, 1200)
INLINE = r.AssetRef("oasset0inline001", "b" * 64, "diagram.png", "image/png", 9_000, 400, 300)
CLIP = r.AssetRef("oasset0video0001", "c" * 64, "clip.mp4", "video/mp4", 2_000_000)
VTT = r.AssetRef("oasset0captions1", "d" * 64, "clip.vtt", "text/vtt", 500)
SOUND = r.AssetRef("oasset0audio0001", "e" * 64, "talk.mp3", "audio/mpeg", 300_000)
PDF = r.AssetRef("oasset0pdf000001", "f" * 64, "rules.pdf", "application/pdf", 1_500_000)

MEDIA = {
    PHOTO.id: MediaFile("assets/photo-1600.jpg", (("assets/photo-480.jpg", 480),
                                                  ("assets/photo-960.jpg", 960),
                                                  ("assets/photo-1600.jpg", 1600)), 1600, 1200),
    INLINE.id: MediaFile("assets/diagram.png", (), 400, 300),
    CLIP.id: MediaFile("assets/clip.mp4"),
    VTT.id: MediaFile("assets/clip.vtt"),
    SOUND.id: MediaFile("assets/talk.mp3"),
    PDF.id: MediaFile("assets/rules.pdf"),
}


def question(qid: str, qtype: str, **fields) -> r.Question:
    return r.Question(id=qid, version=1, type=qtype, prompt=fields.pop("prompt", f"Question {qid}?"),
                      points=fields.pop("points", 1), attempts=fields.pop("attempts", 2), **fields)


QUESTIONS = (
    question("oq00000single001", "single", choices=(
        r.Choice("a", "Red", True, "Right, red."), r.Choice("b", "Blue", False, "Not blue."))),
    question("oq0000multiple01", "multiple", choices=(
        r.Choice("a", "Water"), r.Choice("b", "Foam", True), r.Choice("c", "CO2", True))),
    question("oq0000truefalse1", "true_false", answer=False, prompt="Lifts are safe in a fire."),
    question("oq00000fillin001", "fill_in", answers=("Assembly point", "muster point")),
    question("oq0000matching01", "matching", pairs=(
        r.Pair("a", "Class A", "Wood"), r.Pair("b", "Class B", "Liquids"),
        r.Pair("c", "Class C", "Gas"))),
    question("oq0000ordering01", "ordering", points=2, items=(
        r.Item("a", "Raise the alarm"), r.Item("b", "Leave the building"),
        r.Item("c", "Go to the assembly point"))),
)


def make_course(locale: str = "en", rtl: bool = False, navigation: str = "free") -> r.Course:
    intro = r.Page("opage00000000001", 1, "Welcome <& welcome>", (
        r.TextBlock("otext00000000001", 1,
                    f'<p>Read this <strong>first</strong>.</p><h2>Why</h2>'
                    f'<p><img src="asset:{INLINE.id}" alt="A diagram" width="400" height="300"></p>'),
        r.Callout("ocallout00000001", 1, "tip", "<p>Keep exits clear.</p>"),
        r.Callout("ocallout00000002", 1, "warning", "<p>Never use lifts.</p>"),
        r.MediaBlock("omedia0000000001", 1, PHOTO, "A fire exit sign", "The exit", ""),
    ))
    media = r.Page("opage00000000002", 1, "Watch and listen", (
        r.MediaBlock("omedia0000000002", 1, CLIP, "", "A drill", "Line one.\n\nLine two.", VTT),
        r.MediaBlock("omedia0000000003", 1, SOUND, "", "", "Someone talks."),
        r.MediaBlock("omedia0000000004", 1, PDF, "", "The rules", ""),
        r.Callout("ocallout00000003", 1, "note", "<p>See the rules.</p>"),
    ))
    quiz1 = r.Page("opage00000000003", 1, "Check 1", QUESTIONS[:3])
    quiz2 = r.Page("opage00000000004", 1, "Check 2", QUESTIONS[3:])
    return r.Course(
        id="ocourse000000001", version=3, title="Fire Safety", description="", pass_mark=80,
        completion="all_pages", navigation=navigation, locale=locale, rtl=rtl,
        lessons=(r.Lesson("olesson000000001", 1, "Basics", "", (intro, media)),
                 r.Lesson("olesson000000002", 1, "Quiz", "", (quiz1, quiz2))),
    )


def render(course: r.Course | None = None, adapter: str = "none") -> str:
    course = course or make_course()
    unit = units_of(course)[0]
    return render_unit(course, unit, adapter=ADAPTERS[adapter], media=MEDIA,
                       strings=player_strings(course.locale))


@pytest.fixture(scope="module")
def page():
    return lhtml.document_fromstring(render())


def templates(doc):
    return {t.get("id"): lhtml.fragment_fromstring(
        "".join(lhtml.tostring(child, encoding="unicode") for child in t), create_parent="div")
        for t in doc.iter("template")}


def config(doc) -> dict:
    return json.loads(doc.get_element_by_id("cs-config").text)


# ------------------------------------------------------------------ document


def test_language_direction_and_links(page):
    root = page.getroottree().getroot()
    assert root.get("lang") == "en" and root.get("dir") == "ltr"
    assert page.findtext(".//title") == "Fire Safety"
    assert page.find(".//meta[@name='viewport']") is not None
    assert [link.get("href") for link in page.iter("link")] == ["data:,", "player/player.css"]
    scripts = [s.get("src") for s in page.iter("script") if s.get("src")]
    assert scripts == ["player/adapters/none.js", "player/player.js"]
    assert all(s.get("defer") is not None for s in page.iter("script") if s.get("src"))
    assert "http" not in " ".join(scripts)


def test_rtl_locale():
    doc = lhtml.document_fromstring(render(make_course("ar", rtl=True)))
    root = doc.getroottree().getroot()
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    assert doc.get_element_by_id("cs-prev").text == "السابق"
    assert config(doc)["strings"]["next"] == "التالي"


def test_landmarks_and_chrome(page):
    body = page.body
    skip = body[0]
    assert skip.tag == "a" and skip.get("href") == "#main"
    header, nav, main = body.find("header"), body.find(".//nav"), body.find(".//main")
    assert header is not None and nav is not None and main is not None
    assert main.get("id") == "main"
    assert header.find("p").text == "Fire Safety"
    assert header.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4]") == []
    assert nav.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4]") == []
    assert nav.get("aria-label")
    assert page.get_element_by_id("cs-progress-text").text == "Page 1 of 4"
    assert page.get_element_by_id("cs-prev").text_content() == "Previous"
    assert page.get_element_by_id("cs-next").text_content() == "Next"
    assert page.get_element_by_id("cs-prev").getparent().getparent() is main
    menu = [b.get("data-page") for b in nav.iter("button") if b.get("data-page")]
    assert menu == ["p0", "p1", "p2", "p3", "results"]
    toggle = nav.find(".//button[@aria-controls='cs-menu']")
    assert toggle.get("aria-expanded") == "false"


def test_each_page_template_has_one_h1_first(page):
    found = templates(page)
    assert set(found) == {"cs-page-p0", "cs-page-p1", "cs-page-p2", "cs-page-p3", "cs-page-results"}
    for frag in found.values():
        assert len(frag.xpath(".//h1")) == 1
        headings = frag.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4]")
        assert headings[0].tag == "h1"
    assert found["cs-page-p0"].find(".//h1").text == "Welcome <& welcome>"
    assert page.xpath("//h1[not(ancestor::template)]") == []  # the shown page brings its own


def test_blocks(page):
    p0, p1 = templates(page)["cs-page-p0"], templates(page)["cs-page-p1"]
    text = p0.find(".//div[@class='cs-text']")
    assert text.find("h2").text == "Why"
    inline = text.find(".//img")
    assert inline.get("src") == "assets/diagram.png"
    callouts = p0.find_class("cs-callout")
    assert [c.get("role") for c in callouts] == ["note", "note"]
    assert [c.find_class("cs-callout-label")[0].text for c in callouts] == ["Tip", "Warning"]
    img = p0.find(".//figure/img")
    assert img.get("src") == "assets/photo-1600.jpg"
    assert "assets/photo-480.jpg 480w" in img.get("srcset") and img.get("sizes")
    assert (img.get("alt"), img.get("width"), img.get("height"), img.get("loading")) == (
        "A fire exit sign", "1600", "1200", "lazy")
    assert p0.find(".//figure/figcaption").text == "The exit"
    video = p1.find(".//video")
    assert video.get("controls") is not None and video.get("src") == "assets/clip.mp4"
    track = video.find("track")
    assert (track.get("kind"), track.get("src"), track.get("srclang")) == ("captions", "assets/clip.vtt", "en")
    assert track.get("label") and track.get("default") is not None
    details = p1.find_class("cs-transcript")
    assert [d.find("summary").text for d in details] == ["Transcript", "Transcript"]
    assert [p.text for p in details[0].findall("p")] == ["Line one.", "Line two."]
    assert p1.find(".//audio").get("src") == "assets/talk.mp3"
    link = p1.find(".//div[@class='cs-file']/a")
    assert link.get("href") == "assets/rules.pdf" and link.text == "Download rules.pdf"
    assert "asset:" not in render()


def test_questions(page):
    found = templates(page)
    forms = found["cs-page-p2"].findall(".//form") + found["cs-page-p3"].findall(".//form")
    assert [f.get("data-q") for f in forms] == ["q0", "q1", "q2", "q3", "q4", "q5"]
    for form in forms:
        legend = form.find("fieldset/legend")
        assert legend is not None and legend.text
        submit = form.xpath(".//button[@type='submit']")
        assert [b.text_content() for b in submit] == ["Submit"]
        live = form.find_class("cs-feedback")[0]
        assert live.get("role") == "status" and live.get("aria-live") == "polite"
        for control in form.xpath(".//input | .//select"):
            labels = form.xpath(".//label[@for=$id]", id=control.get("id"))
            assert len(labels) == 1 and labels[0].text_content().strip()
    single, multiple, true_false, fill_in, matching, ordering = forms
    assert [i.get("type") for i in single.iter("input")] == ["radio", "radio"]
    assert [i.get("type") for i in multiple.iter("input")] == ["checkbox"] * 3
    assert [lbl.text for lbl in true_false.iter("label")] == ["True", "False"]
    assert [i.get("type") for i in fill_in.iter("input")] == ["text"]
    selects = matching.findall(".//select")
    assert len(selects) == 3
    for select in selects:
        options = select.findall("option")
        assert options[0].get("value") == "" and options[0].text == "Choose…"
        assert [o.text for o in options[1:]] == ["Gas", "Liquids", "Wood"]
    items = ordering.find_class("cs-item")
    assert [li.get("data-item") for li in items] != ["a", "b", "c"]
    assert sorted(li.get("data-item") for li in items) == ["a", "b", "c"]
    for li in items:
        buttons = li.findall(".//button")
        assert [b.text for b in buttons] == ["Move up", "Move down"]
        described = li.find(".//span[@class='cs-item-text']").get("id")
        assert all(b.get("aria-describedby") == described for b in buttons)


def test_ids_are_unique_across_templates(page):
    ids = [el.get("id") for el in page.iter() if el.get("id")]
    assert len(ids) == len(set(ids))


def test_config(page):
    cfg = config(page)
    assert cfg["course"] == {"id": "ocourse000000001", "title": "Fire Safety", "locale": "en",
                             "passMark": 80, "completion": "all_pages", "navigation": "free"}
    assert cfg["unit"] == {"id": "ocourse000000001", "title": "Fire Safety"}
    assert [p["key"] for p in cfg["pages"]] == ["p0", "p1", "p2", "p3"]
    assert [p["lesson"] for p in cfg["pages"]] == [0, 0, 1, 1]
    assert cfg["pages"][2]["questions"] == ["q0", "q1", "q2"]
    assert set(cfg["questions"]) == {"q0", "q1", "q2", "q3", "q4", "q5"}
    types = {k: q["interaction"]["type"] for k, q in cfg["questions"].items()}
    assert types == {"q0": "choice", "q1": "choice", "q2": "true-false", "q3": "fill-in",
                     "q4": "matching", "q5": "sequencing"}
    assert cfg["questions"]["q1"]["interaction"]["correct"] == ["b", "c"]
    assert cfg["questions"]["q2"]["interaction"]["correct"] == ["false"]
    assert cfg["questions"]["q4"]["interaction"]["correct"] == [["a", "a"], ["b", "b"], ["c", "c"]]
    assert cfg["questions"]["q5"]["points"] == 2
    assert cfg["questions"]["q0"]["feedback"]["choices"] == {"a": "Right, red.", "b": "Not blue."}
    assert cfg["strings"]["yourScore"] == "Your score: {score}%"


def test_config_cannot_close_its_script():
    course = make_course()
    evil = replace(course, title="</script><script>alert(1)</script>")
    text = render(evil)
    start = text.index('id="cs-config">')
    block = text[start:text.index("</script>", start)]
    assert "<" not in block[len('id="cs-config">'):]
    assert json.loads(lhtml.document_fromstring(text).get_element_by_id("cs-config").text)[
        "course"]["title"] == "</script><script>alert(1)</script>"


def test_deterministic():
    assert render() == render()
    assert render(adapter="scorm12") != render(adapter="scorm2004")


def test_per_lesson_units_and_unscored():
    course = make_course()
    first, second = units_of(course, per_lesson=True)
    doc = lhtml.document_fromstring(render_unit(course, first, adapter=ADAPTERS["scorm12"], media=MEDIA,
                                                strings=player_strings("en")))
    assert "cs-page-results" not in {t.get("id") for t in doc.iter("template")}
    assert config(doc)["unit"]["id"] == "olesson000000001"
    assert doc.findtext(".//title") == "Basics – Fire Safety"
    doc = lhtml.document_fromstring(render_unit(course, second, adapter=ADAPTERS["scorm12"], media=MEDIA,
                                                strings=player_strings("en")))
    assert [p["key"] for p in config(doc)["pages"]] == ["p0", "p1"]
    assert "cs-page-results" in {t.get("id") for t in doc.iter("template")}


def test_unknown_adapter_and_missing_media():
    with pytest.raises(ValueError):
        render_unit(make_course(), units_of(make_course())[0], adapter=Adapter("../x"), media=MEDIA,
                    strings=player_strings("en"))
    with pytest.raises(ValueError):
        render_unit(make_course(), units_of(make_course())[0], adapter=Adapter("none", ("shared/nothing",)),
                    media=MEDIA, strings=player_strings("en"))
    course = make_course()
    with pytest.raises(ValueError, match=PHOTO.id):
        render_unit(course, units_of(course)[0], adapter=ADAPTERS["none"],
                    media={k: v for k, v in MEDIA.items() if k != PHOTO.id},
                    strings=player_strings("en"))


# ------------------------------------------------------------------ strings and files


def test_strings_fallback():
    en, fr, ar = player_strings("en"), player_strings("fr-CA"), player_strings("ar")
    assert en["previous"] == "Previous" and en["moveUp"] == "Move up"
    assert fr["previous"] == "Précédent" and ar["next"] == "التالي"
    assert player_strings("xx") == en
    for name in ("fr", "ar"):
        translated = json.loads((PLAYER_DIR / "strings" / f"{name}.json").read_text("utf-8"))
        assert set(translated) == set(en), name
        assert all(translated[key] != en[key] for key in ("previous", "next", "submit", "results"))
    assert "{score}" in en["yourScore"] and "{n}" in en["progress"] and "{total}" in en["progress"]


@pytest.mark.parametrize("adapter", sorted(ADAPTERS))
def test_player_files_exist_and_fit_the_budget(adapter):
    files = player_files(ADAPTERS[adapter])
    assert files[:2] == ["player.css", "player.js"] and files[-1] == f"adapters/{adapter}.js"
    assert all((PLAYER_DIR / f).is_file() for f in files)
    total = sum(len(gzip.compress((PLAYER_DIR / f).read_bytes(), 9)) for f in files)
    assert total <= 40 * 1024


def test_the_page_loads_the_adapter_scripts_in_order_then_the_player():
    doc = lhtml.document_fromstring(render(adapter="cmi5"))
    scripts = [s.get("src") for s in doc.iter("script") if s.get("src")]
    assert scripts == ["player/adapters/shared/lrs-client.js", "player/adapters/shared/course-state.js",
                       "player/adapters/cmi5.js", "player/player.js"]
    assert config(doc)["tracking"] == {"activityBase": "https://coursesmith.example/activities"}
    assert "tracking" not in config(lhtml.document_fromstring(render(adapter="none")))


def test_player_code_uses_no_network_or_console_error():
    for path in [PLAYER_DIR / "player.js", *(PLAYER_DIR / "adapters").rglob("*.js")]:
        code = path.read_text("utf-8")
        assert "console.error" not in code, path.name
        assert "http://" not in code and "https://" not in code, path.name


# ------------------------------------------------------------------ the runtime, in Node

NODE = shutil.which("node")


def run_node(script: str, **env: str) -> dict:
    result = subprocess.run([NODE, "-e", script], capture_output=True, text=True, timeout=60,
                            cwd=PLAYER_DIR, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


BIG_COURSE_JS = r"""
global.window = { btoa: s => Buffer.from(s, 'binary').toString('base64'),
                  atob: s => Buffer.from(s, 'base64').toString('binary'), document: {} };
window.window = window;
require('./player.js');
const codec = window.Coursesmith.codec;
const types = process.env.CS_ALL_FILL_IN ? ['fill_in']
  : ['single', 'multiple', 'true_false', 'fill_in', 'matching', 'ordering'];
const ids = n => Array.from({length: n}, (_, i) => String.fromCharCode(97 + i));
const cfg = { pages: [], questions: {} };
for (let i = 0; i < 300; i++) {
  const key = 'q' + i, type = types[i % 6];
  const q = { id: 'o' + String(i).padStart(15, '0'), type, points: 1, attempts: 3,
              interaction: { correct: [] } };
  if (type === 'single' || type === 'multiple') q.choices = ids(5);
  if (type === 'matching') q.pairs = ids(5);
  if (type === 'ordering') q.items = ids(6);
  cfg.questions[key] = q;
  cfg.pages.push({ id: 'opage' + String(i).padStart(11, '0'), key: 'p' + i, questions: [key] });
}
const answers = {};
Object.keys(cfg.questions).forEach((k, i) => {
  const q = cfg.questions[k];
  const v = { single: 'c', multiple: ['a', 'c', 'e'], true_false: 'false',
              fill_in: (process.env.CS_ALL_FILL_IN ? 'x|%;é'.repeat(30) : 'the assembly point by the gate ') + i,
              matching: ['b', 'a', 'c', 'e', 'd'],
              ordering: ['f', 'e', 'd', 'c', 'b', 'a'] }[q.type];
  answers[k] = { n: 3, ok: i % 2 === 0, v };
});
const state = { page: 299, seen: cfg.pages.map(() => true), answers, done: false };
const warnings = [];
console.warn = (...a) => warnings.push(a.join(' '));
const full = codec.encode(cfg, state, 0);
const fitted = codec.encode(cfg, state, 4096);
const back = codec.decode(cfg, fitted);
const whole = codec.decode(cfg, full);
const keys = Object.keys(answers);
console.log(JSON.stringify({
  full: full.length, fitted: fitted.length, warnings,
  page: back.page, seen: back.seen.every(Boolean) && back.seen.length === 300,
  results: keys.every(k => back.answers[k].n === 3 && back.answers[k].ok === answers[k].ok),
  kept: keys.filter(k => back.answers[k].v !== undefined).length,
  roundtrip: keys.every(k => JSON.stringify(whole.answers[k].v) === JSON.stringify(
    typeof answers[k].v === 'string' && answers[k].v.length > 80 ? answers[k].v.slice(0, 80) : answers[k].v)),
  small: codec.encode(cfg, { page: 0, seen: cfg.pages.map(() => false), answers: {}, done: false }, 4096),
}));
"""


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_suspend_data_fits_scorm12_for_a_300_question_course():
    out = run_node(BIG_COURSE_JS)
    assert out["roundtrip"], "every answer survives an unbounded encode/decode"
    assert out["fitted"] <= 4096
    assert out["page"] == 299 and out["seen"] and out["results"]
    assert out["full"] <= 4096 and out["kept"] == 300 and not out["warnings"], "nothing dropped"
    assert len(out["small"]) < 80


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_suspend_data_drops_the_oldest_answers_when_it_cannot_fit():
    out = run_node(BIG_COURSE_JS, CS_ALL_FILL_IN="1")
    assert out["roundtrip"], "fill-in text survives escaping (cut at 80 characters)"
    assert out["full"] > 4096 >= out["fitted"]
    assert out["page"] == 299 and out["seen"] and out["results"], "attempts and results are kept"
    assert out["warnings"] and 0 < out["kept"] < 300


EVAL_JS = r"""
global.window = { document: {} };
require('./player.js');
const ev = window.Coursesmith.codec.evaluate;
const fill = { type: 'fill_in', caseSensitive: false, interaction: { correct: ['Assembly  point'] } };
const order = { type: 'ordering', items: ['a', 'b', 'c'], interaction: { correct: ['a', 'b', 'c'] } };
const match = { type: 'matching', pairs: ['a', 'b'], interaction: { correct: [['a', 'a'], ['b', 'b']] } };
const multi = { type: 'multiple', interaction: { correct: ['b', 'c'] } };
console.log(JSON.stringify([
  ev(fill, ' assembly point ')[0], ev(Object.assign({}, fill, { caseSensitive: true }), 'assembly point')[0],
  ev(order, ['a', 'b', 'c'])[0], ev(order, ['b', 'a', 'c']), ev(match, ['a', 'b'])[0], ev(match, ['b', 'a'])[0],
  ev(multi, ['c', 'b'])[0], ev(multi, ['b'])
]));
"""


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_scoring_rules():
    assert run_node(EVAL_JS) == [True, False, True, [False, True], True, False, True, [False, True]]


ADAPTER_JS = r"""
const kind = process.env.CS_ADAPTER;
const calls = [];
const store = { 'cmi.core.lesson_status': 'not attempted', 'cmi.completion_status': 'unknown',
                'cmi.core.lesson_mode': 'normal', 'cmi.mode': 'normal', 'cmi.core.entry': 'ab-initio',
                'cmi.entry': 'ab-initio', 'cmi.interactions._count': '2',
                'cmi.student_data.mastery_score': '', 'cmi.scaled_passing_score': '0.7' };
const api = {};
const record = (fn) => (a, b) => { calls.push([fn, a, b]); if (/Get(Value)?$/.test(fn)) return store[a] || '';
                                   if (b !== undefined) store[a] = b; return 'true'; };
for (const fn of ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish',
                  'Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate']) api[fn] = record(fn);
api.LMSGetLastError = api.GetLastError = () => '0';
api.LMSGetErrorString = api.GetErrorString = () => '';
global.window = { document: {}, localStorage: null };
window.parent = window;
if (kind === 'scorm12') window.API = api; else window.API_1484_11 = api;
for (const script of JSON.parse(process.env.CS_SCRIPTS)) require('./' + script);  // as the page loads them
const a = window.CoursesmithAdapter;
const start = a.start({ course: { id: 'c' }, unit: { id: 'u' } });
const when = '2024-05-01T10:20:30.123Z';
const send = (type, learner, correct, result) => a.interaction({ id: 'q_oabc', type, learnerResponse: learner,
  correctResponse: correct, result, latencySeconds: 3725.5, timestamp: when, description: '{Why} [x]?' });
send('choice', ['a', 'c'], ['a', 'c'], 'correct');
send('true-false', ['false'], ['true'], 'incorrect');
send('fill-in', ['[a,b]'], ['Paris'], 'incorrect');
send('matching', [['a', 'b'], ['b', 'a']], [['a', 'a'], ['b', 'b']], 'incorrect');
send('sequencing', ['b', 'a'], ['a', 'b'], 'incorrect');
a.score({ raw: 80, min: 0, max: 100, scaled: 0.8 });
a.complete({ passed: true, completed: true });
a.finish({ suspend: false });
a.finish({ suspend: true });
a.saveState('late');
console.log(JSON.stringify({ start, calls, store }));
"""


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_scorm12_adapter_writes_the_standard_formats():
    out = run_node(ADAPTER_JS, CS_ADAPTER="scorm12", CS_SCRIPTS=json.dumps(ADAPTERS["scorm12"].scripts))
    store, names = out["store"], [c[0] for c in out["calls"]]
    assert out["start"]["mastery"] is None and out["start"]["mode"] == "normal"
    assert [c[1] for c in out["calls"] if c[0] == "LMSSetValue"][0] == "cmi.core.lesson_status"
    pre = "cmi.interactions."
    assert [store[f"{pre}{n}.student_response"] for n in range(2, 7)] == [
        "a,c", "f", "[a,b]", "a.b,b.a", "b,a"]
    assert [store[f"{pre}{n}.correct_responses.0.pattern"] for n in range(2, 7)] == [
        "a,c", "t", "Paris", "a.a,b.b", "a,b"]
    assert store[pre + "2.result"] == "correct" and store[pre + "3.result"] == "wrong"
    assert store[pre + "2.latency"] == "0001:02:05.50"
    assert len(store[pre + "2.time"]) == 8 and store[pre + "2.id"] == "q_oabc"
    assert (store["cmi.core.score.raw"], store["cmi.core.score.min"], store["cmi.core.score.max"]) == (
        "80", "0", "100")
    assert store["cmi.core.lesson_status"] == "passed" and store["cmi.core.exit"] == ""
    assert names.count("LMSInitialize") == 1 and names.count("LMSFinish") == 1
    assert names[-1] == "LMSFinish", "nothing after LMSFinish"
    assert not any(c[0] == "LMSGetValue" and c[1] in ("cmi.core.exit", "cmi.core.session_time")
                   for c in out["calls"])


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_scorm2004_adapter_writes_the_standard_formats():
    out = run_node(ADAPTER_JS, CS_ADAPTER="scorm2004", CS_SCRIPTS=json.dumps(ADAPTERS["scorm2004"].scripts))
    store, names = out["store"], [c[0] for c in out["calls"]]
    assert out["start"]["mastery"] == 70 and out["start"]["resumeState"] is None
    assert not any(c[1] in ("cmi.suspend_data", "cmi.location") for c in out["calls"]
                   if c[0] == "GetValue"), "a new attempt (ab-initio) has nothing to read"
    pre = "cmi.interactions."
    assert [store[f"{pre}{n}.learner_response"] for n in range(2, 7)] == [
        "a[,]c", "false", "(a,b)", "a[.]b[,]b[.]a", "b[,]a"]
    assert [store[f"{pre}{n}.correct_responses.0.pattern"] for n in range(2, 7)] == [
        "a[,]c", "true", "Paris", "a[.]a[,]b[.]b", "a[,]b"]
    assert store[pre + "3.result"] == "incorrect"
    assert store[pre + "2.latency"] == "PT1H2M5.5S"
    assert store[pre + "2.timestamp"] == "2024-05-01T10:20:30.12Z"
    assert store[pre + "2.description"] == "(Why} (x)?"
    assert (store["cmi.score.scaled"], store["cmi.score.raw"]) == ("0.8", "80")
    assert (store["cmi.completion_status"], store["cmi.success_status"]) == ("completed", "passed")
    assert store["cmi.exit"] == "normal" and store["cmi.session_time"].startswith("PT")
    assert names.count("Initialize") == 1 and names.count("Terminate") == 1
    assert names[-1] == "Terminate", "nothing after Terminate"
    types = [c for c in out["calls"] if c[0] == "SetValue" and c[1].startswith(pre + "2.")]
    assert [c[1] for c in types][:2] == [pre + "2.id", pre + "2.type"], "type before responses"


def test_a_file_link_states_its_size_as_the_rest_of_coursesmith_does(page):
    from authoring.model.sizes import human_size

    infos = [el.text_content() for el in page.iter() if el.get("class") == "cs-file-info"]
    assert "(PDF, 1.4 MB)" in " ".join(infos)
    assert [human_size(n) for n in (500, 1_500_000, 192_205, 3 * 1024 ** 3)] == [
        "500 bytes", "1.4 MB", "187.7 KB", "3.0 GB"]
