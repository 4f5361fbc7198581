/* Coursesmith tracking adapter for SCORM 2004 (4th edition): finding API_1484_11,
   calling it and checking each call are shared/scorm-api.js's (loaded first); this file
   writes only values in the 2004 vocabulary and formats. With no LMS it keeps the bookmark
   in localStorage like the "none" adapter. */
(function () {
  'use strict';
  var scorm = window.CoursesmithScorm({
    label: 'SCORM 2004', object: 'API_1484_11', depth: 500, initialize: 'Initialize', terminate: 'Terminate',
    getValue: 'GetValue', setValue: 'SetValue', commit: 'Commit',
    lastError: 'GetLastError', errorString: 'GetErrorString',
    quietGet: '403'  // "value not initialized": the normal answer for an element nobody has set yet
  });
  var get = scorm.get, set = scorm.set, commit = scorm.commit;
  var done = false, began = Date.now(), count = 0;

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

  window.CoursesmithAdapter = {
    name: 'scorm2004',
    maxState: 64000,
    start: function (config) {
      began = Date.now();
      if (!scorm.connect(config)) return scorm.untracked();
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
    saveState: function (text) { scorm.saveState(text, 64000); },
    location: function (key) {  // a page change: commit, so a crash loses little
      if (!scorm.connected()) return;
      set('cmi.location', String(key).slice(0, 1000));
      commit();
    },
    progress: function (fraction) {
      if (scorm.connected()) set('cmi.progress_measure', decimal(Math.max(0, Math.min(1, Number(fraction) || 0)), 4));
    },
    interaction: function (i) {
      if (!scorm.connected()) return;
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
      if (!scorm.connected()) return;
      var scaled = Math.max(0, Math.min(1, Number(s.scaled)));
      set('cmi.score.scaled', decimal(scaled, 4));
      set('cmi.score.raw', decimal(s.raw, 2));
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
    },
    complete: function (c) {
      if (!scorm.connected()) return;
      if (c.completed !== false) set('cmi.completion_status', 'completed');
      set('cmi.success_status', c.passed === true ? 'passed' : c.passed === false ? 'failed' : 'unknown');
      commit();
    },
    finish: function (f) {
      if (!scorm.connected() || done) return;
      done = true;
      set('cmi.session_time', duration((Date.now() - began) / 1000));
      set('cmi.exit', f && f.suspend ? 'suspend' : 'normal');
      commit();
      scorm.terminate();
    }
  };
})();
