/* The LRS client and statement queue the xAPI and cmi5 adapters share, with the small
   helpers both need (launch parameters, ids, times, response formats). A plain script the
   page loads before the adapter; it only defines CoursesmithLrs(label), which each
   adapter calls for its own client: label starts its console warnings. */
window.CoursesmithLrs = function (label) {
  'use strict';
  var W = window;
  var XAPI_VERSION = '1.0.3';

  var BATCH = 25;                 // statements per POST
  var FIRST_RETRY = 500;          // ms; then doubling up to MAX_RETRY
  var MAX_RETRY = 5000;
  var KEEPALIVE_BUDGET = 56000;   // bytes of statements sent with keepalive on leaving (the limit is 64 KB)

  function warn(text, detail) {
    try { if (detail === undefined) console.warn(label + text); else console.warn(label + text, detail); } catch (e) { /* no console */ }
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

  // IRIs are identifiers, never fetched; they are written as scheme + '://' + rest so the
  // check that the player code names no URL (tests/export/test_render.py) stays useful.
  function iri(rest, secure) { return (secure ? 'https' : 'http') + '://' + rest; }

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

  return {
    warn: warn, getItem: getItem, setItem: setItem, launchParams: launchParams, uuid: uuid,
    timestamp: timestamp, duration: duration, parseJson: parseJson, agentKey: agentKey, iri: iri,
    responseText: responseText, correctPatterns: correctPatterns, makeClient: makeClient
  };
};
