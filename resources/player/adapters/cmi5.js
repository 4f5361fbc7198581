/* Coursesmith tracking adapter for cmi5: an AU launched by a cmi5 LMS with endpoint,
   fetch, actor, registration and activityId in its URL.

   Start: POST to `fetch` once for the auth token (kept in sessionStorage for a reload of
   the same launch), read LMS.LaunchData from the State API (contextTemplate, launchMode,
   masteryScore, moveOn, returnURL), send "initialized", read the bookmark. Every statement
   copies the contextTemplate and uses the launch actor and registration; the cmi5 defined
   statements (initialized, completed, passed, failed, terminated) have the launch
   activityId as object and the cmi5 category; completed / passed / failed also the moveon
   category. In Normal mode, when the player reports completion: "completed" once, and one
   of "passed" / "failed" once per session (score, success and the LMS's masteryScore only
   on those); nothing of the kind in Browse or Review mode. "terminated" last, with the
   session's duration. An exit that is not an unload (CoursesmithAdapter.exit(), or
   Coursesmith.leave()) waits for the LRS to take the statements, then opens returnURL.

   Statements the LRS cannot take are kept and sent again by the LRS client in shared/lrs-client.js, as in xapi.js. */
(function () {
  'use strict';
  var W = window;
  var XAPI_VERSION = '1.0.3';

  // IRIs are identifiers, never fetched; they are written as scheme + '://' + rest so the
  // check that the player code names no URL (tests/export/test_render.py) stays useful.
  function iri(rest, secure) { return (secure ? 'https' : 'http') + '://' + rest; }
  // The base of page and question activity ids; the exporter writes its own here.
  var ACTIVITY_BASE = iri('coursesmith.example/activities', true); // @activity-base
  var ADL = 'adlnet.gov/expapi/';
  var CMI5 = 'w3id.org/xapi/cmi5/context/';
  var CATEGORY_CMI5 = iri(CMI5 + 'categories/cmi5', true);
  var CATEGORY_MOVEON = iri(CMI5 + 'categories/moveon', true);
  var EXT_MASTERY = iri(CMI5 + 'extensions/masteryscore', true);
  var TYPES = {
    lesson: iri(ADL + 'activities/lesson'), question: iri(ADL + 'activities/cmi.interaction'),
    page: iri('activitystrea.ms/schema/1.0/page')
  };
  var STATE_ID = 'bookmark';
  var LABEL = 'Coursesmith cmi5: ';

  // @include shared/lrs-client.js
  // ------------------------------------------------------------------ cmi5

  var cfg = null, locale = 'en', client = null, actor = null, registration = null, activityId = null;
  var template = {}, mode = 'normal', masteryScore = null, returnURL = null;
  var localKey = null, stateKey = null, sessionKey = null, began = Date.now();
  var finished = false, unloading = false, lastScore = null;
  var sent = { initialized: false, completed: false, outcome: false };
  var pageByKey = {}, pageOfQuestion = {}, saved = { text: null, location: null };
  var stateBusy = false, stateDirty = false, stateTimer = null, stateWarned = false;

  ['beforeunload', 'pagehide'].forEach(function (type) {
    W.addEventListener(type, function () { unloading = true; });
  });

  function lang(text) { var m = {}; m[locale] = String(text); return m; }
  function base() { return ACTIVITY_BASE.replace(/\/+$/, '') + '/' + encodeURIComponent(cfg.course.id); }

  function activity(id, type, name) {
    var a = { objectType: 'Activity', id: id };
    if (type) a.definition = { type: type, name: lang(name) };
    return a;
  }
  function au() { return { objectType: 'Activity', id: activityId }; }
  function lessonActivity(index) {
    var lesson = cfg.lessons[index] || { id: cfg.unit.id, title: cfg.unit.title };
    return activity(base() + '/lessons/' + encodeURIComponent(lesson.id), TYPES.lesson, lesson.title);
  }
  function pageActivity(page) { return activity(base() + '/pages/' + encodeURIComponent(page.id), TYPES.page, page.title); }

  /* opts: cmi5 (a cmi5 defined statement), moveon, mastery (the masteryscore extension),
     parent / grouping (activities added to the template's) */
  function statement(verb, object, result, opts) {
    opts = opts || {};
    var context = parseJson(JSON.stringify(template || {})) || {};
    context.registration = registration;
    var activities = context.contextActivities = context.contextActivities || {};
    var add = function (kind, a) {
      var list = activities[kind] = activities[kind] ? [].concat(activities[kind]) : [];
      if (!list.some(function (x) { return x && x.id === a.id; })) list.push(a);
    };
    if (activities.category) {  // the cmi5 categories mark defined statements only
      activities.category = [].concat(activities.category).filter(function (a) {
        return a && a.id !== CATEGORY_CMI5 && a.id !== CATEGORY_MOVEON;
      });
      if (!activities.category.length) delete activities.category;
    }
    if (opts.cmi5) add('category', { objectType: 'Activity', id: CATEGORY_CMI5 });
    if (opts.moveon) add('category', { objectType: 'Activity', id: CATEGORY_MOVEON });
    (opts.parent || []).forEach(function (a) { add('parent', a); });
    (opts.grouping || []).forEach(function (a) { add('grouping', a); });
    if (!Object.keys(activities).length) delete context.contextActivities;
    if (context.extensions) delete context.extensions[EXT_MASTERY];
    if (opts.mastery && masteryScore !== null) {
      context.extensions = context.extensions || {};
      context.extensions[EXT_MASTERY] = masteryScore;
    }
    var s = {
      id: uuid(), timestamp: timestamp(), actor: actor,
      verb: { id: iri(ADL + 'verbs/' + verb), display: { 'en-US': verb } },
      object: object, context: context
    };
    if (result) s.result = result;
    return s;
  }

  function send(verb, object, result, opts, hold) {
    if (!client || finished) return;
    client.add(statement(verb, object, result, opts), hold);
  }

  function remember() { if (sessionKey) setItem(sessionKey, JSON.stringify(sent), 'sessionStorage'); }
  function elapsed() { return duration((Date.now() - began) / 1000); }

  // ---- start: the token, the launch data

  function token(fetchUrl) {
    var key = 'coursesmith:cmi5:token:' + fetchUrl;
    var known = getItem(key, 'sessionStorage');
    if (known) return Promise.resolve(known);  // a reload of the same launch: fetch is one-time
    return W.fetch(fetchUrl, { method: 'POST', cache: 'no-store' }).then(function (res) {
      return res.text().then(function (text) {
        var body = parseJson(text) || {};
        if (res.status !== 200 || !body['auth-token']) {
          throw new Error('the fetch URL answered HTTP ' + res.status + ' ' + String(body['error-text'] || text).slice(0, 200));
        }
        setItem(key, body['auth-token'], 'sessionStorage');
        return body['auth-token'];
      });
    });
  }

  function launchData(attempt) {
    var values = { activityId: activityId, agent: JSON.stringify(actor), registration: registration, stateId: 'LMS.LaunchData' };
    return client.request('GET', 'activities/state', values, undefined, { timeout: 5000 }).then(function (res) {
      if (res.status === 200) {
        var data = parseJson(res.text);
        if (data && typeof data === 'object') return data;
        throw new Error('LMS.LaunchData is not a JSON object');
      }
      if ((res.status === 0 || res.status >= 500) && attempt < 3) {
        return new Promise(function (resolve) { W.setTimeout(resolve, 300 * attempt); }).then(function () { return launchData(attempt + 1); });
      }
      throw new Error('could not read LMS.LaunchData (' + (res.status ? 'HTTP ' + res.status : res.text) + ')');
    });
  }

  // ---- the bookmark in the State API (mirrored in localStorage)

  function stateQuery(withId) {
    var values = { activityId: activityId, agent: JSON.stringify(actor), registration: registration };
    if (withId) values.stateId = STATE_ID;
    return values;
  }

  // @include shared/course-state.js

  function untracked() {
    client = null;
    return { resumeState: getItem(localKey), mastery: null, mode: 'normal' };
  }

  // ---- the tracker interface

  window.CoursesmithAdapter = {
    name: 'cmi5',
    maxState: 0,
    start: function (config) {
      takeConfig(config);
      var p = launchParams();
      if (!p.endpoint || !p.fetch) return untracked();
      actor = parseJson(p.actor || '');
      registration = p.registration || null;
      activityId = p.activityId || null;
      if (!actor || !agentKey(actor) || !registration || !activityId) {
        warn('the launch URL lacks a usable actor, registration or activityId; running untracked');
        return untracked();
      }
      if (typeof W.fetch !== 'function') {
        warn('this browser cannot reach the LMS (no fetch); running untracked');
        return untracked();
      }
      var endpoint = p.endpoint.replace(/\/*$/, '/');
      var who = agentKey(actor) + '|' + registration;
      stateKey = 'coursesmith:cmi5:state:' + activityId + '|' + who;
      return token(p.fetch).then(function (authToken) {
        client = makeClient(endpoint, 'Basic ' + authToken, 'coursesmith:cmi5:queue:' + endpoint + '|' + who);
        return launchData(1);
      }).then(function (data) {
        template = data.contextTemplate && typeof data.contextTemplate === 'object' ? data.contextTemplate : {};
        mode = String(data.launchMode || 'Normal').toLowerCase();
        if (mode !== 'normal' && mode !== 'browse' && mode !== 'review') mode = 'normal';
        var mastery = Number(data.masteryScore);
        masteryScore = data.masteryScore !== undefined && data.masteryScore !== null && isFinite(mastery) ? Math.max(0, Math.min(1, mastery)) : null;
        returnURL = typeof data.returnURL === 'string' && data.returnURL ? data.returnURL : null;
        var session = template.extensions && template.extensions[iri(CMI5 + 'extensions/sessionid', true)];
        sessionKey = 'coursesmith:cmi5:session:' + (session || registration);
        var known = parseJson(getItem(sessionKey, 'sessionStorage'));
        if (known) sent = known;
        client.load();
        if (!sent.initialized) {
          sent.initialized = true;
          remember();
          send('initialized', au(), null, { cmi5: true });
        }
        return loadState();
      }).then(function (doc) {
        if (doc && doc.suspendData) { saved.text = doc.suspendData; saved.location = doc.location || null; }
        return {
          resumeState: doc ? doc.suspendData || null : null, location: doc ? doc.location || null : null,
          mastery: masteryScore === null ? null : Math.round(masteryScore * 1000000) / 10000, mode: mode
        };
      }).catch(function (e) {
        warn('could not start the cmi5 session (' + (e && e.message || e) + '); running untracked');
        return untracked();
      });
    },
    saveState: function (text) {
      if (!client) { setItem(localKey, text); return; }
      if (mode !== 'normal') return;
      saved.text = text;
      setItem(stateKey, stateDoc());
      putState(false);
    },
    location: function (key) {
      if (!client || finished) return;
      saved.location = key;
      var page = pageByKey[key];
      if (!page) return;  // the results page
      send('experienced', pageActivity(page), null, { parent: [au()], grouping: [lessonActivity(page.lesson)] });
    },
    progress: function () {},
    interaction: function (i) {
      if (!client || finished) return;
      var qid = String(i.id).replace(/^q_/, '');
      var page = pageOfQuestion[qid];
      var correct = i.result === 'correct';
      var result = { response: responseText(i.type, i.learnerResponse), success: correct, duration: duration(i.latencySeconds) };
      if (i.points > 0) result.score = { scaled: correct ? 1 : 0, raw: correct ? i.points : 0, min: 0, max: i.points };
      var object = {
        objectType: 'Activity', id: base() + '/questions/' + encodeURIComponent(qid),
        definition: {
          type: TYPES.question, name: lang(i.description || qid), description: lang(i.description || qid),
          interactionType: i.type, correctResponsesPattern: correctPatterns(i.type, i.correctResponse, i.caseSensitive)
        }
      };
      send('answered', object, result, { parent: page ? [pageActivity(page)] : [au()], grouping: [au()] });
    },
    score: function (s) { lastScore = s; },
    complete: function (c) {
      if (!client || finished || mode !== 'normal') return;
      if (c.completed !== false && !sent.completed) {
        sent.completed = true;
        remember();
        send('completed', au(), { completion: true, duration: elapsed() }, { cmi5: true, moveon: true });
      }
      if ((c.passed !== true && c.passed !== false) || sent.outcome) return;  // one of passed / failed per session
      sent.outcome = c.passed ? 'passed' : 'failed';
      remember();
      var result = { success: c.passed, duration: elapsed() };
      if (lastScore) {
        var scaled = Math.max(0, Math.min(1, Math.round(Number(lastScore.scaled) * 10000) / 10000));
        result.score = { scaled: scaled, raw: lastScore.raw, min: 0, max: 100 };
      }
      send(sent.outcome, au(), result, { cmi5: true, moveon: true, mastery: true });
    },
    finish: function () {
      if (!client || finished) return;
      send('terminated', au(), { duration: elapsed() }, { cmi5: true }, true);
      finished = true;
      putState(true);
      client.flush();
      if (!unloading && returnURL) {
        client.idle(5000).then(function () { W.location.assign(returnURL); });
      }
    },
    /* Leave the AU: the player saves and finishes (terminated), then returnURL opens. */
    exit: function () {
      if (W.Coursesmith && typeof W.Coursesmith.leave === 'function') W.Coursesmith.leave();
      else this.finish({ suspend: false });
    }
  };
})();
