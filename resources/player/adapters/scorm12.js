/* Coursesmith tracking adapter for SCORM 1.2. Finds the LMS's API object, initializes
   once, writes only values in the standard's vocabulary and formats, checks every call
   with LMSGetLastError and warns (never throws) about problems. With no LMS it keeps the
   bookmark in localStorage like the "none" adapter. */
(function () {
  'use strict';
  var api = null, live = false, done = false, began = Date.now(), count = 0, localKey = null;

  function warn(text) { try { console.warn('Coursesmith SCORM 1.2: ' + text); } catch (e) { /* no console */ } }

  function has(win) {
    try { return win.API && typeof win.API.LMSInitialize !== 'undefined' ? win.API : null; } catch (e) { return null; }
  }

  function walk(win, steps) {
    for (var i = 0; win && i <= steps; i++) {
      var found = has(win);
      if (found) return found;
      var up;
      try { up = win.parent; } catch (e) { return null; }
      if (!up || up === win) return null;
      win = up;
    }
    return null;
  }

  function discover() {
    var found = walk(window, 7);
    try { if (!found && window.opener) found = walk(window.opener, 7); } catch (e) { /* closed opener */ }
    try { if (!found && window.top && window.top.opener) found = walk(window.top.opener, 7); } catch (e) { /* cross-origin */ }
    return found;
  }

  function check(what) {
    var code = '0';
    try { code = String(api.LMSGetLastError()); } catch (e) { return; }
    if (code !== '0' && code !== '') {
      var text = '';
      try { text = api.LMSGetErrorString(code); } catch (e) { /* none */ }
      warn(what + ' failed: error ' + code + ' ' + text);
    }
  }

  function call(fn, a, b) {
    if (!api || (!live && fn !== 'LMSInitialize')) return '';
    var result = '';
    try { result = b === undefined ? api[fn](a) : api[fn](a, b); } catch (e) { warn(fn + ' threw ' + e); return ''; }
    check(fn + (a ? '(' + a + (b !== undefined ? ', ' + String(b).slice(0, 40) : '') + ')' : ''));
    return result === null || result === undefined ? '' : String(result);
  }

  function get(name) { return call('LMSGetValue', name); }
  function set(name, value) { return call('LMSSetValue', name, String(value)); }
  function commit() { return call('LMSCommit', ''); }

  function pad(n, width) { n = String(n); while (n.length < width) n = '0' + n; return n; }

  function timespan(seconds) {  // HHHH:MM:SS.SS
    seconds = Math.max(0, seconds);
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    if (h > 9999) { h = 9999; m = 59; s = 59.99; }
    var whole = Math.floor(s), cents = Math.min(99, Math.round((s - whole) * 100));
    return pad(h, 4) + ':' + pad(m, 2) + ':' + pad(whole, 2) + '.' + pad(cents, 2);
  }

  function clock(iso) {  // HH:MM:SS, the learner's local time
    var d = iso ? new Date(iso) : new Date();
    return pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2);
  }

  function text255(value) { return String(value).replace(/[\r\n\t]+/g, ' ').slice(0, 255); }

  function format(type, value) {
    switch (type) {
      case 'true-false': return value[0] === 'true' ? 't' : 'f';
      case 'fill-in': return text255(value[0] === undefined ? '' : value[0]);
      case 'matching': return value.map(function (p) { return p[0] + '.' + p[1]; }).join(',');
      default: return value.join(',');
    }
  }

  function local() { try { return window.localStorage; } catch (e) { return null; } }

  window.CoursesmithAdapter = {
    name: 'scorm12',
    maxState: 4096,
    start: function (config) {
      localKey = 'coursesmith:' + config.course.id + ':' + config.unit.id;
      began = Date.now();
      api = discover();
      if (api) {
        live = true;
        var ok = call('LMSInitialize', '');
        if (String(ok) !== 'true') { warn('LMSInitialize did not succeed; running untracked'); live = false; api = null; }
      }
      if (!api) {
        var saved = null;
        try { saved = local() ? local().getItem(localKey) : null; } catch (e) { saved = null; }
        return { resumeState: saved, mastery: null, mode: 'normal' };
      }
      var status = get('cmi.core.lesson_status');
      var mode = get('cmi.core.lesson_mode') || 'normal';
      if ((status === 'not attempted' || status === '') && mode === 'normal') set('cmi.core.lesson_status', 'incomplete');
      count = parseInt(get('cmi.interactions._count'), 10) || 0;
      var mastery = get('cmi.student_data.mastery_score');
      var entry = get('cmi.core.entry');
      return {
        resumeState: get('cmi.suspend_data') || null,
        location: get('cmi.core.lesson_location') || null,
        mastery: mastery === '' || isNaN(parseFloat(mastery)) ? null : parseFloat(mastery),
        mode: mode, entry: entry
      };
    },
    saveState: function (text) {
      if (!api) {
        try { if (local() && localKey) local().setItem(localKey, text); } catch (e) { warn('could not keep the bookmark'); }
        return;
      }
      if (text.length > 4096) { warn('suspend data longer than 4096 characters was not saved'); return; }
      set('cmi.suspend_data', text);
    },
    location: function (key) {  // a page change: commit, so a crash loses little
      if (!api) return;
      set('cmi.core.lesson_location', String(key).slice(0, 255));
      commit();
    },
    progress: function () {},
    interaction: function (i) {
      if (!api) return;
      var n = 'cmi.interactions.' + count++ + '.';
      set(n + 'id', String(i.id).replace(/[^A-Za-z0-9_]/g, '_').slice(0, 255));
      set(n + 'type', i.type);
      set(n + 'time', clock(i.timestamp));
      set(n + 'student_response', format(i.type, i.learnerResponse));
      // every accepted fill-in answer is a correct pattern of its own
      var patterns = i.type === 'fill-in' ? (i.correctResponse || []).slice(0, 10).map(function (a) { return [a]; }) : [i.correctResponse];
      patterns.forEach(function (p, k) { set(n + 'correct_responses.' + k + '.pattern', format(i.type, p)); });
      set(n + 'result', i.result === 'correct' ? 'correct' : 'wrong');
      set(n + 'latency', timespan(i.latencySeconds || 0));
      commit();
    },
    score: function (s) {
      if (!api) return;
      var raw = Math.max(0, Math.min(100, Math.round(Number(s.raw) * 100) / 100));
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(raw));
    },
    complete: function (c) {
      if (!api) return;
      set('cmi.core.lesson_status', c.passed === true ? 'passed' : c.passed === false ? 'failed' : 'completed');
      commit();
    },
    finish: function (f) {
      if (!api || done) return;
      done = true;
      set('cmi.core.session_time', timespan((Date.now() - began) / 1000));
      set('cmi.core.exit', f && f.suspend ? 'suspend' : '');
      commit();
      call('LMSFinish', '');
      live = false;
    }
  };
})();
