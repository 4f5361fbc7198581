/* Coursesmith tracking adapter for SCORM 1.2: finding the LMS, calling it and checking
   each call are shared/scorm-api.js's (loaded first); this file writes only values in the
   1.2 vocabulary and formats. With no LMS it keeps the bookmark in localStorage like the
   "none" adapter. */
(function () {
  'use strict';
  var scorm = window.CoursesmithScorm({
    label: 'SCORM 1.2', object: 'API', depth: 7, initialize: 'LMSInitialize', terminate: 'LMSFinish',
    getValue: 'LMSGetValue', setValue: 'LMSSetValue', commit: 'LMSCommit',
    lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString'
  });
  var get = scorm.get, set = scorm.set, commit = scorm.commit;
  var done = false, began = Date.now(), count = 0;

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

  window.CoursesmithAdapter = {
    name: 'scorm12',
    maxState: 4096,
    start: function (config) {
      began = Date.now();
      if (!scorm.connect(config)) return scorm.untracked();
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
    saveState: function (text) { scorm.saveState(text, 4096); },
    location: function (key) {  // a page change: commit, so a crash loses little
      if (!scorm.connected()) return;
      set('cmi.core.lesson_location', String(key).slice(0, 255));
      commit();
    },
    progress: function () {},
    interaction: function (i) {
      if (!scorm.connected()) return;
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
      if (!scorm.connected()) return;
      var raw = Math.max(0, Math.min(100, Math.round(Number(s.raw) * 100) / 100));
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(raw));
    },
    complete: function (c) {
      if (!scorm.connected()) return;
      set('cmi.core.lesson_status', c.passed === true ? 'passed' : c.passed === false ? 'failed' : 'completed');
      commit();
    },
    finish: function (f) {
      if (!scorm.connected() || done) return;
      done = true;
      set('cmi.core.session_time', timespan((Date.now() - began) / 1000));
      set('cmi.core.exit', f && f.suspend ? 'suspend' : '');
      commit();
      scorm.terminate();
    }
  };
})();
