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

   Statements the LRS cannot take are kept and sent again as in xapi.js (same client). */
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

  function untracked() {
    client = null;
    return { resumeState: getItem(localKey), mastery: null, mode: 'normal' };
  }

  // ---- the tracker interface

  window.CoursesmithAdapter = {
    name: 'cmi5',
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
