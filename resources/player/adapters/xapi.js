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

   The same LRS client and queue are in cmi5.js (kept in step by hand). */
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

  // ------------------------------------------------------------------ shared helpers
  // (the same in cmi5.js, byte for byte, down to the next rule; a test checks it)

  var BATCH = 25;                 // statements per POST
  var FIRST_RETRY = 500;          // ms; then doubling up to MAX_RETRY
  var MAX_RETRY = 5000;
  var KEEPALIVE_BUDGET = 56000;   // bytes of statements sent with keepalive on leaving (the limit is 64 KB)

  function warn(text, detail) {
    try { if (detail === undefined) console.warn(LABEL + text); else console.warn(LABEL + text, detail); } catch (e) { /* no console */ }
  }

  function store(kind) { try { return W[kind]; } catch (e) { return null; } }
  function getItem(key, kind) { try { var s = store(kind || 'localStorage'); return s ? s.getItem(key) : null; } catch (e) { return null; } }
  function setItem(key, value, kind) {
    try {
      var s = store(kind || 'localStorage');
      if (!s) return;
      if (value === null) s.removeItem(key); else s.setItem(key, value);
    } catch (e) { warn('could not keep data in this browser (' + e + ')'); }
  }

  function decode(text) { try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch (e) { return text; } }

  function launchParams() {
    var out = {};
    String(W.location.search || '').replace(/^\?/, '').split('&').forEach(function (part) {
      if (!part) return;
      var i = part.indexOf('=');
      var key = decode(i < 0 ? part : part.slice(0, i));
      if (!(key in out)) out[key] = i < 0 ? '' : decode(part.slice(i + 1));
    });
    return out;
  }

  function query(values) {
    return Object.keys(values).filter(function (k) { return values[k] !== undefined && values[k] !== null && values[k] !== ''; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(values[k]); }).join('&');
  }

  function uuid() {
    var c = W.crypto;
    if (c && typeof c.randomUUID === 'function') { try { return c.randomUUID(); } catch (e) { /* not a secure context */ } }
    var b = [];
    var bytes = null;
    if (c && typeof c.getRandomValues === 'function') { bytes = new Uint8Array(16); c.getRandomValues(bytes); }
    for (var i = 0; i < 16; i++) b.push(bytes ? bytes[i] : Math.floor(Math.random() * 256));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var hex = b.map(function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  var lastTime = 0;
  function timestamp() {  // UTC, strictly increasing within the session (cmi5 orders by it)
    var t = Date.now();
    if (t <= lastTime) t = lastTime + 1;
    lastTime = t;
    return new Date(t).toISOString();
  }

  function duration(seconds) {  // ISO 8601, e.g. PT1H2M3.5S
    seconds = Math.max(0, Number(seconds) || 0);
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60);
    var s = Math.round((seconds % 60) * 100) / 100;
    if (s >= 60) s = 59.99;
    return 'PT' + (h ? h + 'H' : '') + (m ? m + 'M' : '') + s + 'S';
  }

  function parseJson(text) { try { return JSON.parse(text); } catch (e) { return null; } }

  function agentKey(agent) {  // an agent's identifier, whatever the JSON formatting
    if (!agent) return '';
    if (agent.mbox) return 'mbox:' + String(agent.mbox).toLowerCase();
    if (agent.mbox_sha1sum) return 'sha1:' + agent.mbox_sha1sum;
    if (agent.openid) return 'openid:' + agent.openid;
    if (agent.account) return 'account:' + agent.account.homePage + '|' + agent.account.name;
    return '';
  }

  // The learner's and the correct response in the xAPI (SCORM 2004) formats.
  function plain(value) {
    return String(value === undefined || value === null ? '' : value).replace(/[\r\n\t]+/g, ' ')
      .replace(/\[([,.:])\]/g, '($1)').replace(/^\{/, '(').slice(0, 4000);
  }
  function responseText(type, value) {
    switch (type) {
      case 'true-false': return value[0] === 'true' ? 'true' : 'false';
      case 'fill-in': return plain(value[0]);
      case 'matching': return value.map(function (p) { return p[0] + '[.]' + p[1]; }).join('[,]');
      default: return value.join('[,]');
    }
  }
  function correctPatterns(type, correct, caseSensitive) {
    if (type === 'fill-in') return correct.map(function (a) { return (caseSensitive ? '{case_matters=true}' : '') + plain(a); });
    return [responseText(type, correct)];
  }

  /* The LRS client: requests with the xAPI headers, and the statement queue. */
  function makeClient(endpoint, authorization, queueKey) {
    var c = { queue: [], inflight: false, timer: null, delay: 0, singles: 0, stopped: false, outage: false };

    function headers(json) {
      var h = { 'X-Experience-API-Version': XAPI_VERSION };
      if (authorization) h.Authorization = authorization;
      if (json) h['Content-Type'] = 'application/json';
      return h;
    }

    c.request = function (method, path, values, body, opts) {
      opts = opts || {};
      var q = values ? query(values) : '';
      var init = { method: method, headers: headers(body !== undefined), cache: 'no-store' };
      if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
      if (opts.keepalive) init.keepalive = true;
      var timer = null;
      if (!opts.keepalive && typeof W.AbortController === 'function') {
        var abort = new W.AbortController();
        init.signal = abort.signal;
        timer = W.setTimeout(function () { abort.abort(); }, opts.timeout || 10000);
      }
      var done = function (result) { if (timer) W.clearTimeout(timer); return result; };
      var pending;
      try { pending = W.fetch(endpoint + path + (q ? '?' + q : ''), init); } catch (e) { return Promise.resolve(done({ status: 0, text: String(e) })); }
      return pending.then(function (res) {
        return res.text().then(function (text) { return done({ status: res.status, text: text }); },
                               function () { return done({ status: res.status, text: '' }); });
      }, function (e) { return done({ status: 0, text: String(e && e.message || e) }); });
    };

    function persist() { setItem(queueKey, c.queue.length ? JSON.stringify(c.queue) : null); }

    function remove(batch) {
      var ids = {};
      batch.forEach(function (s) { ids[s.id] = true; });
      c.queue = c.queue.filter(function (s) { return !ids[s.id]; });
      persist();
    }

    function retryLater() {
      if (c.timer) return;
      c.delay = c.delay ? Math.min(c.delay * 2, MAX_RETRY) : FIRST_RETRY;
      c.timer = W.setTimeout(function () { c.timer = null; pump(); }, c.delay);
    }

    function settle(batch, res) {
      var s = res.status;
      if ((s >= 200 && s < 300) || (s === 409 && batch.length === 1)) {  // 409: the LRS has it already
        remove(batch);
        if (c.singles > 0) c.singles--;
        c.delay = 0;
        c.outage = false;
        return;
      }
      if (s === 401 || s === 403) {
        if (!c.stopped) warn('the LRS refused the credentials (HTTP ' + s + '); ' + c.queue.length + ' statements are kept in this browser');
        c.stopped = true;
        return;
      }
      if (s >= 400 && s < 500 && s !== 408 && s !== 429) {
        if (batch.length > 1) { c.singles = batch.length; return; }  // one at a time, to find the bad one
        remove(batch);
        if (c.singles > 0) c.singles--;
        warn('the LRS refused a statement (HTTP ' + s + '); it was dropped: ' + String(res.text).slice(0, 300), batch[0]);
        return;
      }
      if (!c.outage) warn('the LRS did not take ' + batch.length + ' statement(s) (' + (s ? 'HTTP ' + s : res.text) + '); they are kept and sent again');
      c.outage = true;
      retryLater();
    }

    function pump() {
      if (c.stopped || c.inflight || c.timer || !c.queue.length) return;
      var batch = c.queue.slice(0, c.singles > 0 ? 1 : BATCH);
      c.inflight = true;
      c.request('POST', 'statements', null, batch).then(function (res) {
        c.inflight = false;
        settle(batch, res);
        pump();
      });
    }

    c.load = function () {  // statements a previous page left behind
      var saved = parseJson(getItem(queueKey));
      if (!saved || !saved.length) return;
      var have = {};
      c.queue.forEach(function (s) { have[s.id] = true; });
      c.queue = saved.filter(function (s) { return s && s.id && !have[s.id]; }).concat(c.queue);
      pump();
    };

    c.add = function (statement, hold) {
      c.queue.push(statement);
      persist();
      if (!hold) pump();
    };

    c.pump = function () { if (c.timer) { W.clearTimeout(c.timer); c.timer = null; } pump(); };

    /* Leaving: everything not yet accepted (in flight included: a page that goes away
       cancels its fetches) goes out with keepalive; it also stays in localStorage. */
    c.flush = function () {
      persist();
      if (c.stopped || !c.queue.length) return;
      var batches = [], batch = [], total = 0;
      c.queue.forEach(function (s) {
        var size = JSON.stringify(s).length + 1;
        if (total + size > KEEPALIVE_BUDGET) return;  // kept for the next launch
        if (batch.length >= BATCH) { batches.push(batch); batch = []; }
        batch.push(s);
        total += size;
      });
      if (batch.length) batches.push(batch);
      batches.forEach(function (b) {
        c.request('POST', 'statements', null, b, { keepalive: true }).then(function (res) {
          settle(b, res);  // only seen when the page stays (an exit without unloading)
          pump();
        });
      });
    };

    c.idle = function (ms) {  // resolves when every statement is accepted, or after ms
      var until = Date.now() + ms;
      return new Promise(function (resolve) {
        (function check() {
          if (!c.queue.length || c.stopped || Date.now() > until) resolve(!c.queue.length);
          else W.setTimeout(check, 100);
        })();
      });
    };

    W.addEventListener('online', function () { c.pump(); });
    return c;
  }

  // ------------------------------------------------------------------ end of shared helpers
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

  function stateDoc() { return JSON.stringify({ v: 1, suspendData: saved.text, location: saved.location, t: Date.now() }); }

  function putState(keepalive) {
    if (!client || client.stopped || saved.text === null) return;
    if (!keepalive && (stateBusy || stateTimer)) { stateDirty = true; return; }
    stateDirty = false;
    if (!keepalive) stateBusy = true;
    client.request('PUT', 'activities/state', stateQuery(true), stateDoc(), { keepalive: !!keepalive }).then(function (res) {
      if (keepalive) return;
      stateBusy = false;
      if (res.status < 200 || res.status >= 300) {
        if (!stateWarned) warn('could not save the bookmark in the LRS (' + (res.status ? 'HTTP ' + res.status : res.text) + '); trying again');
        stateWarned = true;
        stateDirty = true;
        stateTimer = W.setTimeout(function () { stateTimer = null; if (stateDirty) putState(false); }, 2000);
        return;
      }
      stateWarned = false;
      if (stateDirty) putState(false);
    });
  }

  function loadState() {
    var local = parseJson(getItem(stateKey));
    function newer(doc) {
      if (local && (!doc || (local.t || 0) > (doc.t || 0))) return local;
      return doc;
    }
    return client.request('GET', 'activities/state', stateQuery(false), undefined, { timeout: 4000 }).then(function (res) {
      if (res.status !== 200) throw new Error(res.status ? 'HTTP ' + res.status : res.text);
      var ids = parseJson(res.text);
      if (!ids || typeof ids.indexOf !== 'function' || ids.indexOf(STATE_ID) < 0) return newer(null);
      return client.request('GET', 'activities/state', stateQuery(true), undefined, { timeout: 4000 }).then(function (doc) {
        if (doc.status !== 200) throw new Error(doc.status ? 'HTTP ' + doc.status : doc.text);
        return newer(parseJson(doc.text));
      });
    }).catch(function (e) {
      warn('could not read the bookmark from the LRS (' + (e && e.message || e) + '); using the copy kept in this browser');
      return local;
    });
  }

  // ---- the tracker interface

  window.CoursesmithAdapter = {
    name: 'xapi',
    maxState: 0,
    start: function (config) {
      cfg = config;
      locale = (cfg.course && cfg.course.locale) || 'en';
      began = Date.now();
      localKey = 'coursesmith:' + cfg.course.id + ':' + cfg.unit.id;
      cfg.pages.forEach(function (p) {
        pageByKey[p.key] = p;
        p.questions.forEach(function (k) { if (cfg.questions[k]) pageOfQuestion[cfg.questions[k].id] = p; });
      });
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
