/* Coursesmith tracking adapter for xAPI 1.0.3 with a TinCan launch: reads endpoint, auth,
   actor, registration and activity_id from the launch URL (only endpoint and actor are
   needed to track; without them the course runs untracked with a local bookmark).

   Statements: initialized first, experienced per page, answered per submitted question,
   completed, passed / failed, suspended when leaving early, terminated last. The bookmark
   and answers live in the State API (stateId "bookmark"), so a relaunch with the same
   registration opens where the learner left. A statement the LRS cannot take (5xx, network
   error, timeout) is kept — in localStorage too — and sent again with a short backoff; on
   leaving, whatever is left goes out with fetch keepalive. A statement the LRS refuses
   (4xx) is dropped with a console warning. The learner never waits for the LRS.

   The LRS client and queue are in shared/lrs-client.js, shared with cmi5.js. */
(function () {
  'use strict';
  var W = window;
  var XAPI_VERSION = '1.0.3';

  // IRIs are identifiers, never fetched; they are written as scheme + '://' + rest so the
  // check that the player code names no URL (tests/export/test_render.py) stays useful.
  function iri(rest, secure) { return (secure ? 'https' : 'http') + '://' + rest; }
  // The base of activity ids; the exporter (authoring/export/xapi.py) writes its own here.
  var ACTIVITY_BASE = iri('coursesmith.example/activities', true); // @activity-base
  var ADL = 'adlnet.gov/expapi/';
  var TYPES = {
    course: iri(ADL + 'activities/course'), lesson: iri(ADL + 'activities/lesson'),
    question: iri(ADL + 'activities/cmi.interaction'), page: iri('activitystrea.ms/schema/1.0/page')
  };
  var STATE_ID = 'bookmark';
  var LABEL = 'Coursesmith xAPI: ';

  // @include shared/lrs-client.js
  // ------------------------------------------------------------------ xAPI

  var cfg = null, locale = 'en', client = null, actor = null, registration = null;
  var courseId = '', localKey = null, stateKey = null, began = Date.now();
  var finished = false, lastScore = null, sent = { completed: false, outcome: null };
  var pageByKey = {}, pageOfQuestion = {}, saved = { text: null, location: null };
  var stateBusy = false, stateDirty = false, stateTimer = null, stateWarned = false;

  function lang(text) { var m = {}; m[locale] = String(text); return m; }
  function base() { return ACTIVITY_BASE.replace(/\/+$/, '') + '/' + encodeURIComponent(cfg.course.id); }

  function activity(id, type, name, description) {
    var definition = { type: type };
    if (name) definition.name = lang(name);
    if (description) definition.description = lang(description);
    return { objectType: 'Activity', id: id, definition: definition };
  }
  function courseActivity() { return activity(courseId, TYPES.course, cfg.course.title); }
  function lessonActivity(index) {
    var lesson = cfg.lessons[index] || { id: cfg.unit.id, title: cfg.unit.title };
    return activity(base() + '/lessons/' + encodeURIComponent(lesson.id), TYPES.lesson, lesson.title);
  }
  function pageActivity(page) { return activity(base() + '/pages/' + encodeURIComponent(page.id), TYPES.page, page.title); }

  function statement(verb, object, result, contextActivities) {
    var s = {
      id: uuid(), timestamp: timestamp(), actor: actor,
      verb: { id: iri(ADL + 'verbs/' + verb), display: { 'en-US': verb } },
      object: object,
      context: { language: locale, platform: 'Coursesmith' }
    };
    if (result) s.result = result;
    if (registration) s.context.registration = registration;
    if (contextActivities) s.context.contextActivities = contextActivities;
    return s;
  }

  function send(verb, object, result, contextActivities, hold) {
    if (!client || (finished && verb !== 'suspended' && verb !== 'terminated')) return;
    client.add(statement(verb, object, result, contextActivities), hold);
  }

  function courseLevel() {  // statements about the course itself
    return cfg.unit.id !== cfg.course.id ? { parent: [activity(courseId, TYPES.course)] } : undefined;
  }

  function elapsed() { return duration((Date.now() - began) / 1000); }

  // ---- the bookmark in the State API (mirrored in localStorage)

  function stateQuery(withId) {
    var values = { activityId: courseId, agent: JSON.stringify(actor) };
    if (registration) values.registration = registration;
    if (withId) values.stateId = STATE_ID;
    return values;
  }

  // @include shared/course-state.js

  // ---- the tracker interface

  window.CoursesmithAdapter = {
    name: 'xapi',
    maxState: 0,
    start: function (config) {
      takeConfig(config);
      var p = launchParams();
      if (!p.endpoint) return { resumeState: getItem(localKey), mastery: null, mode: 'normal' };
      actor = parseJson(p.actor || '');
      if (!actor || !agentKey(actor)) {
        warn('the launch URL has no usable actor; running untracked');
        return { resumeState: getItem(localKey), mastery: null, mode: 'normal' };
      }
      if (typeof W.fetch !== 'function') {
        warn('this browser cannot reach the LRS (no fetch); running untracked');
        return { resumeState: getItem(localKey), mastery: null, mode: 'normal' };
      }
      registration = p.registration || null;
      var endpoint = p.endpoint.replace(/\/*$/, '/');
      courseId = p.activity_id || base();
      var who = agentKey(actor) + '|' + (registration || '');
      stateKey = 'coursesmith:xapi:state:' + courseId + '|' + who;
      client = makeClient(endpoint, p.auth || '', 'coursesmith:xapi:queue:' + endpoint + '|' + who);
      client.load();
      send('initialized', courseActivity(), null, courseLevel());
      return loadState().then(function (doc) {
        if (doc && doc.suspendData) {
          saved.text = doc.suspendData;
          saved.location = doc.location || null;
          send('resumed', courseActivity(), null, courseLevel());
        }
        return { resumeState: doc ? doc.suspendData || null : null, location: doc ? doc.location || null : null, mastery: null, mode: 'normal' };
      });
    },
    saveState: function (text) {
      if (!client) { setItem(localKey, text); return; }
      saved.text = text;
      setItem(stateKey, stateDoc());
      putState(false);
    },
    location: function (key) {
      if (!client || finished) return;
      saved.location = key;
      var page = pageByKey[key];
      if (!page) return;  // the results page
      send('experienced', pageActivity(page), null, {
        parent: [lessonActivity(page.lesson)], grouping: [activity(courseId, TYPES.course)]
      });
    },
    progress: function () {},
    interaction: function (i) {
      if (!client || finished) return;
      var qid = String(i.id).replace(/^q_/, '');
      var page = pageOfQuestion[qid];
      var definition = {
        type: TYPES.question, name: lang(i.description || qid), description: lang(i.description || qid),
        interactionType: i.type, correctResponsesPattern: correctPatterns(i.type, i.correctResponse, i.caseSensitive)
      };
      var correct = i.result === 'correct';
      var result = { response: responseText(i.type, i.learnerResponse), success: correct, duration: duration(i.latencySeconds) };
      if (i.points > 0) result.score = { scaled: correct ? 1 : 0, raw: correct ? i.points : 0, min: 0, max: i.points };
      var context = { grouping: [activity(courseId, TYPES.course)] };
      if (page) {
        context.parent = [pageActivity(page)];
        context.grouping.unshift(lessonActivity(page.lesson));
      }
      send('answered', { objectType: 'Activity', id: base() + '/questions/' + encodeURIComponent(qid), definition: definition },
           result, context);
    },
    score: function (s) { lastScore = s; },
    complete: function (c) {
      if (!client || finished) return;
      if (c.completed !== false && !sent.completed) {
        sent.completed = true;
        send('completed', courseActivity(), { completion: true, duration: elapsed() }, courseLevel());
      }
      if (c.passed !== true && c.passed !== false) return;
      var verb = c.passed ? 'passed' : 'failed';
      var scaled = lastScore ? Math.max(0, Math.min(1, Math.round(Number(lastScore.scaled) * 10000) / 10000)) : null;
      if (sent.outcome === verb + scaled) return;  // reported again only when it changes
      sent.outcome = verb + scaled;
      var result = { success: c.passed, duration: elapsed() };
      if (scaled !== null) result.score = { scaled: scaled, raw: lastScore.raw, min: 0, max: 100 };
      send(verb, courseActivity(), result, courseLevel());
    },
    finish: function (f) {
      if (!client || finished) return;
      if (f && f.suspend) send('suspended', courseActivity(), { duration: elapsed() }, courseLevel(), true);
      send('terminated', courseActivity(), { duration: elapsed() }, courseLevel(), true);
      finished = true;
      putState(true);
      client.flush();
    }
  };
})();
