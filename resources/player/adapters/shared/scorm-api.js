/* The SCORM run-time API as both editions reach it: find the LMS's API object on this
   window, then up each window.parent (at most `depth` steps), then the same walk from the
   opener; initialize once; make every call through one function that checks it with the
   last-error call and warns (never throws) about a failure. Without an LMS the bookmark
   stays in localStorage. A plain script the page loads before scorm12.js or
   scorm2004.js; it only defines CoursesmithScorm(names), which each adapter calls with
   its edition's names:

     label        how console warnings name the edition ("SCORM 1.2")
     object       the API object's name on a window ("API", "API_1484_11")
     depth        how many parents to climb (7 for 1.2, 500 for 2004)
     initialize, terminate, getValue, setValue, commit, lastError, errorString
                  the API's function names
     quietGet     an error code that is the normal answer of getValue for an element
                  nobody has set yet ("403" in 2004), not worth a warning */
window.CoursesmithScorm = function (names) {
  'use strict';
  var api = null, live = false, localKey = null;

  function warn(text) { try { console.warn('Coursesmith ' + names.label + ': ' + text); } catch (e) { /* no console */ } }

  function has(win) {
    try {
      var found = win[names.object];
      return found && typeof found[names.initialize] !== 'undefined' ? found : null;
    } catch (e) { return null; }
  }

  function walk(win) {
    for (var i = 0; win && i <= names.depth; i++) {
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
    var found = walk(window);
    try { if (!found && window.opener) found = walk(window.opener); } catch (e) { /* closed opener */ }
    try { if (!found && window.top && window.top.opener) found = walk(window.top.opener); } catch (e) { /* cross-origin */ }
    return found;
  }

  function check(what, quiet) {
    var code = '0';
    try { code = String(api[names.lastError]()); } catch (e) { return; }
    if (code !== '0' && code !== '' && !(quiet && code === names.quietGet)) {
      var text = '';
      try { text = api[names.errorString](code); } catch (e) { /* none */ }
      warn(what + ' failed: error ' + code + ' ' + text);
    }
  }

  function call(fn, a, b) {
    if (!api || (!live && fn !== names.initialize)) return '';
    var result = '';
    try { result = b === undefined ? api[fn](a) : api[fn](a, b); } catch (e) { warn(fn + ' threw ' + e); return ''; }
    check(fn + (a ? '(' + a + (b !== undefined ? ', ' + String(b).slice(0, 40) : '') + ')' : ''), fn === names.getValue);
    return result === null || result === undefined ? '' : String(result);
  }

  function local() { try { return window.localStorage; } catch (e) { return null; } }

  return {
    warn: warn,
    /* Find the LMS and initialize; false when there is none (the course runs untracked). */
    connect: function (config) {
      localKey = 'coursesmith:' + config.course.id + ':' + config.unit.id;
      api = discover();
      if (api) {
        live = true;
        var ok = call(names.initialize, '');
        if (String(ok) !== 'true') { warn(names.initialize + ' did not succeed; running untracked'); live = false; api = null; }
      }
      return !!api;
    },
    connected: function () { return !!api; },
    /* What an untracked run starts from: the bookmark kept in this browser. */
    untracked: function () {
      var saved = null;
      try { saved = local() ? local().getItem(localKey) : null; } catch (e) { saved = null; }
      return { resumeState: saved, mastery: null, mode: 'normal' };
    },
    get: function (name) { return call(names.getValue, name); },
    set: function (name, value) { return call(names.setValue, name, String(value)); },
    commit: function () { return call(names.commit, ''); },
    /* The suspend data: to the LMS when it fits in `max` characters, else a warning; to
       localStorage when the course runs untracked. */
    saveState: function (text, max) {
      if (!api) {
        try { if (local() && localKey) local().setItem(localKey, text); } catch (e) { warn('could not keep the bookmark'); }
        return;
      }
      if (text.length > max) { warn('suspend data longer than ' + max + ' characters was not saved'); return; }
      call(names.setValue, 'cmi.suspend_data', text);
    },
    /* The last call of a session; nothing is sent after it. */
    terminate: function () { call(names.terminate, ''); live = false; }
  };
};
