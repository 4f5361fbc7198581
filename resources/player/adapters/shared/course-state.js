/* What the xAPI and cmi5 adapters share about the course: its activities (ids from the
   activity base in the player's config, "tracking" → "activityBase", so the same script
   serves every package), the "answered" statement's object and result, and the learner's
   bookmark in the State API, mirrored in localStorage. A plain script the page loads
   after shared/lrs-client.js and before the adapter; it only defines
   CoursesmithCourse(lrs, query): `lrs` is the adapter's CoursesmithLrs, `query()` the
   State API parameters of the learner's documents (the adapter knows its activity, agent
   and registration).
   The adapter sets `client` and `stateKey` once it has them. */
window.CoursesmithCourse = function (lrs, query) {
  'use strict';
  var W = window;
  var STATE_ID = 'bookmark';
  var ADL = 'adlnet.gov/expapi/';
  var TYPES = {
    course: lrs.iri(ADL + 'activities/course'), lesson: lrs.iri(ADL + 'activities/lesson'),
    question: lrs.iri(ADL + 'activities/cmi.interaction'), page: lrs.iri('activitystrea.ms/schema/1.0/page')
  };
  var c = {
    cfg: null, locale: 'en', began: Date.now(), localKey: null, stateKey: null, client: null,
    base: null, pageByKey: {}, pageOfQuestion: {}, saved: { text: null, location: null }, types: TYPES
  };
  var busy = false, dirty = false, timer = null, warned = false;

  function state(withId) {
    var values = query();
    if (withId) values.stateId = STATE_ID;
    return values;
  }

  // the course as the adapter needs it: pages by key, the page of each question
  c.take = function (config) {
    c.cfg = config;
    c.locale = (config.course && config.course.locale) || 'en';
    c.began = Date.now();
    c.localKey = 'coursesmith:' + config.course.id + ':' + config.unit.id;
    var base = (config.tracking || {}).activityBase;
    c.base = base ? String(base).replace(/\/+$/, '') + '/' + encodeURIComponent(config.course.id) : null;
    config.pages.forEach(function (p) {
      c.pageByKey[p.key] = p;
      p.questions.forEach(function (k) { if (config.questions[k]) c.pageOfQuestion[config.questions[k].id] = p; });
    });
  };

  /* A course that runs without an LRS: the bookmark kept in this browser. */
  c.untracked = function (why) {
    if (why) lrs.warn(why + '; running untracked');
    c.client = null;
    return { resumeState: lrs.getItem(c.localKey), mastery: null, mode: 'normal' };
  };

  // ---- activities and statements

  c.lang = function (text) { var m = {}; m[c.locale] = String(text); return m; };
  c.verb = function (verb) { return { id: lrs.iri(ADL + 'verbs/' + verb), display: { 'en-US': verb } }; };
  c.elapsed = function () { return lrs.duration((Date.now() - c.began) / 1000); };

  c.activity = function (id, type, name, description) {
    var definition = { type: type };
    if (name) definition.name = c.lang(name);
    if (description) definition.description = c.lang(description);
    return { objectType: 'Activity', id: id, definition: definition };
  };
  c.lesson = function (index) {
    var lesson = c.cfg.lessons[index] || { id: c.cfg.unit.id, title: c.cfg.unit.title };
    return c.activity(c.base + '/lessons/' + encodeURIComponent(lesson.id), TYPES.lesson, lesson.title);
  };
  c.page = function (page) { return c.activity(c.base + '/pages/' + encodeURIComponent(page.id), TYPES.page, page.title); };

  /* An interaction the player reported, as the object and result of "answered", with the
     page it was on (undefined for a question the config does not place). */
  c.answered = function (i) {
    var qid = String(i.id).replace(/^q_/, '');
    var correct = i.result === 'correct';
    var result = { response: lrs.responseText(i.type, i.learnerResponse), success: correct, duration: lrs.duration(i.latencySeconds) };
    if (i.points > 0) result.score = { scaled: correct ? 1 : 0, raw: correct ? i.points : 0, min: 0, max: i.points };
    var object = {
      objectType: 'Activity', id: c.base + '/questions/' + encodeURIComponent(qid),
      definition: {
        type: TYPES.question, name: c.lang(i.description || qid), description: c.lang(i.description || qid),
        interactionType: i.type, correctResponsesPattern: lrs.correctPatterns(i.type, i.correctResponse, i.caseSensitive)
      }
    };
    return { page: c.pageOfQuestion[qid], object: object, result: result };
  };

  // ---- the bookmark in the State API (mirrored in localStorage)

  /* The suspend data: to the State API and this browser's copy of it; to this browser
     alone when the course runs untracked. */
  c.save = function (text) {
    if (!c.client) { lrs.setItem(c.localKey, text); return; }
    c.saved.text = text;
    lrs.setItem(c.stateKey, c.doc());
    c.put(false);
  };

  /* A page change: the bookmark's location; the page (null for the results page). */
  c.visit = function (key) {
    c.saved.location = key;
    return c.pageByKey[key] || null;
  };

  c.doc = function () { return JSON.stringify({ v: 1, suspendData: c.saved.text, location: c.saved.location, t: Date.now() }); };

  c.put = function (keepalive) {
    if (!c.client || c.client.stopped || c.saved.text === null) return;
    if (!keepalive && (busy || timer)) { dirty = true; return; }
    dirty = false;
    if (!keepalive) busy = true;
    c.client.request('PUT', 'activities/state', state(true), c.doc(), { keepalive: !!keepalive }).then(function (res) {
      if (keepalive) return;
      busy = false;
      if (res.status < 200 || res.status >= 300) {
        if (!warned) lrs.warn('could not save the bookmark in the LRS (' + (res.status ? 'HTTP ' + res.status : res.text) + '); trying again');
        warned = true;
        dirty = true;
        timer = W.setTimeout(function () { timer = null; if (dirty) c.put(false); }, 2000);
        return;
      }
      warned = false;
      if (dirty) c.put(false);
    });
  };

  c.load = function () {
    var local = lrs.parseJson(lrs.getItem(c.stateKey));
    function newer(doc) {
      if (local && (!doc || (local.t || 0) > (doc.t || 0))) return local;
      return doc;
    }
    return c.client.request('GET', 'activities/state', state(false), undefined, { timeout: 4000 }).then(function (res) {
      if (res.status !== 200) throw new Error(res.status ? 'HTTP ' + res.status : res.text);
      var ids = lrs.parseJson(res.text);
      if (!ids || typeof ids.indexOf !== 'function' || ids.indexOf(STATE_ID) < 0) return newer(null);
      return c.client.request('GET', 'activities/state', state(true), undefined, { timeout: 4000 }).then(function (doc) {
        if (doc.status !== 200) throw new Error(doc.status ? 'HTTP ' + doc.status : doc.text);
        return newer(lrs.parseJson(doc.text));
      });
    }).catch(function (e) {
      lrs.warn('could not read the bookmark from the LRS (' + (e && e.message || e) + '); using the copy kept in this browser');
      return local;
    });
  };

  return c;
};
