/* Coursesmith tracking adapter for SCORM 2004 (4th edition). Finds API_1484_11,
   initializes once, writes only values in the standard's vocabulary and formats, checks
   every call with GetLastError and warns (never throws) about problems. With no LMS it
   keeps the bookmark in localStorage like the "none" adapter. */
(function () {
  'use strict';
  var api = null, live = false, done = false, began = Date.now(), count = 0, localKey = null;

  function warn(text) { try { console.warn('Coursesmith SCORM 2004: ' + text); } catch (e) { /* no console */ } }

  function has(win) {
    try { return win.API_1484_11 && typeof win.API_1484_11.Initialize !== 'undefined' ? win.API_1484_11 : null; } catch (e) { return null; }
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
    var found = walk(window, 500);
    try { if (!found && window.opener) found = walk(window.opener, 500); } catch (e) { /* closed opener */ }
    try { if (!found && window.top && window.top.opener) found = walk(window.top.opener, 500); } catch (e) { /* cross-origin */ }
    return found;
  }

  // 403: "value not initialized", the normal answer for an element nobody has set yet.
  function check(what, quiet) {
    var code = '0';
    try { code = String(api.GetLastError()); } catch (e) { return; }
    if (code !== '0' && code !== '' && !(quiet && code === '403')) {
      var text = '';
      try { text = api.GetErrorString(code); } catch (e) { /* none */ }
      warn(what + ' failed: error ' + code + ' ' + text);
    }
  }

  function call(fn, a, b) {
    if (!api || (!live && fn !== 'Initialize')) return '';
    var result = '';
    try { result = b === undefined ? api[fn](a) : api[fn](a, b); } catch (e) { warn(fn + ' threw ' + e); return ''; }
    check(fn + (a ? '(' + a + (b !== undefined ? ', ' + String(b).slice(0, 40) : '') + ')' : ''), fn === 'GetValue');
    return result === null || result === undefined ? '' : String(result);
  }

  function get(name) { return call('GetValue', name); }
  function set(name, value) { return call('SetValue', name, String(value)); }
  function commit() { return call('Commit', ''); }

  function duration(seconds) {  // ISO 8601, e.g. PT1H2M3.5S
    seconds = Math.max(0, seconds);
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60);
    var s = Math.round((seconds % 60) * 100) / 100;
    if (s >= 60) s = 59.99;
    return 'PT' + (h ? h + 'H' : '') + (m ? m + 'M' : '') + s + 'S';
  }

  function decimal(value, places) {
    return String(Math.round(Number(value) * Math.pow(10, places)) / Math.pow(10, places));
  }

  // fill-in: no "[", "]" (the delimiters) and no leading "{" (a language tag)
  function plain(value, max) {
    return String(value).replace(/[\r\n\t]+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')')
      .replace(/^\{/, '(').slice(0, max);
  }

  function format(type, value) {
    switch (type) {
      case 'true-false': return value[0] === 'true' ? 'true' : 'false';
      case 'fill-in': return plain(value[0] === undefined ? '' : value[0], 250);
      case 'matching': return value.map(function (p) { return p[0] + '[.]' + p[1]; }).join('[,]');
      default: return value.join('[,]');
    }
  }

  function local() { try { return window.localStorage; } catch (e) { return null; } }

  window.CoursesmithAdapter = {
    name: 'scorm2004',
    maxState: 64000,
    start: function (config) {
      localKey = 'coursesmith:' + config.course.id + ':' + config.unit.id;
      began = Date.now();
      api = discover();
      if (api) {
        live = true;
        var ok = call('Initialize', '');
        if (String(ok) !== 'true') { warn('Initialize did not succeed; running untracked'); live = false; api = null; }
      }
      if (!api) {
        var saved = null;
        try { saved = local() ? local().getItem(localKey) : null; } catch (e) { saved = null; }
        return { resumeState: saved, mastery: null, mode: 'normal' };
      }
      var mode = get('cmi.mode') || 'normal';
      var status = get('cmi.completion_status');
      if ((status === 'not attempted' || status === 'unknown' || status === '') && mode === 'normal') {
        set('cmi.completion_status', 'incomplete');
      }
      count = parseInt(get('cmi.interactions._count'), 10) || 0;
      var mastery = get('cmi.scaled_passing_score');
      var entry = get('cmi.entry');
      var fresh = entry === 'ab-initio';  // a new attempt: nothing saved to read
      return {
        resumeState: fresh ? null : get('cmi.suspend_data') || null,
        location: fresh ? null : get('cmi.location') || null,
        mastery: mastery === '' || isNaN(parseFloat(mastery)) ? null : Math.round(parseFloat(mastery) * 10000) / 100,
        mode: mode, entry: entry
      };
    },
    saveState: function (text) {
      if (!api) {
        try { if (local() && localKey) local().setItem(localKey, text); } catch (e) { warn('could not keep the bookmark'); }
        return;
      }
      if (text.length > 64000) { warn('suspend data longer than 64000 characters was not saved'); return; }
      set('cmi.suspend_data', text);
    },
    location: function (key) {  // a page change: commit, so a crash loses little
      if (!api) return;
      set('cmi.location', String(key).slice(0, 1000));
      commit();
    },
    progress: function (fraction) {
      if (api) set('cmi.progress_measure', decimal(Math.max(0, Math.min(1, Number(fraction) || 0)), 4));
    },
    interaction: function (i) {
      if (!api) return;
      var n = 'cmi.interactions.' + count++ + '.';
      set(n + 'id', String(i.id).slice(0, 4000));
      set(n + 'type', i.type);
      // every accepted fill-in answer is a correct pattern of its own
      var patterns = i.type === 'fill-in' ? (i.correctResponse || []).slice(0, 10).map(function (a) { return [a]; }) : [i.correctResponse];
      patterns.forEach(function (p, k) { set(n + 'correct_responses.' + k + '.pattern', format(i.type, p)); });
      set(n + 'learner_response', format(i.type, i.learnerResponse));
      set(n + 'result', i.result === 'correct' ? 'correct' : 'incorrect');
      set(n + 'latency', duration(i.latencySeconds || 0));
      set(n + 'timestamp', String(i.timestamp || new Date().toISOString()).replace(/(\.\d{2})\d*Z$/, '$1Z'));
      if (i.description) set(n + 'description', plain(i.description, 250));
      commit();
    },
    score: function (s) {
      if (!api) return;
      var scaled = Math.max(0, Math.min(1, Number(s.scaled)));
      set('cmi.score.scaled', decimal(scaled, 4));
      set('cmi.score.raw', decimal(s.raw, 2));
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
    },
    complete: function (c) {
      if (!api) return;
      if (c.completed !== false) set('cmi.completion_status', 'completed');
      set('cmi.success_status', c.passed === true ? 'passed' : c.passed === false ? 'failed' : 'unknown');
      commit();
    },
    finish: function (f) {
      if (!api || done) return;
      done = true;
      set('cmi.session_time', duration((Date.now() - began) / 1000));
      set('cmi.exit', f && f.suspend ? 'suspend' : 'normal');
      commit();
      call('Terminate', '');
      live = false;
    }
  };
})();
