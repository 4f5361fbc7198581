/* Coursesmith's preview: a simulated LMS in the player's own window.

   The app injects this script (after Qt's qwebchannel.js and a line that sets
   window.CoursesmithPreview = {values, passMark, standard}) before the page's own scripts
   run. It is not part of any package.

   - SCORM 2004: `API_1484_11` on the window, where the player's adapter looks first. It
     keeps the run-time data model as the strings the course set (plus the values an LMS
     gives: mode, entry, scaled passing score) and answers with SCORM's error codes, so
     the preview sees the same calls, in the same order, as a real LMS. The app restarts
     an attempt by loading the page with no values, and resumes one (after an edit) with
     the values it was told.
   - Every call that changes something goes to the app through QWebChannel (the object
     `lms`, method `report(json)`), in order; calls made before the channel is up wait.
   - `CoursesmithPreview.show(pageId)`: the player's `go`, by page id (the app follows the
     page selected in the editor).
   - Edits come in through the channel (`lms.patch`, JSON): new page templates, the
     HTML of blocks being typed, new rules of questions (the player's `questions`). They replace the templates, and on the page on screen
     only the blocks that changed, in place: no reload, so the attempt (the LMS session,
     the answers, the suspend data) and the scroll position stay. A page whose blocks were
     added, removed or reordered is shown again (the
     player's `go`, the scroll position kept). Each patch is acknowledged ("patched"). */
(function () {
  'use strict';
  var W = window;
  var setup = W.CoursesmithPreview || {};
  var values = {};
  var outbox = [], bridge = null;

  function report(kind, data) {
    var message = JSON.stringify({ kind: kind, data: data });
    if (bridge) bridge.report(message); else outbox.push(message);
  }

  if (W.QWebChannel && W.qt && W.qt.webChannelTransport) {
    new W.QWebChannel(W.qt.webChannelTransport, function (channel) {
      bridge = channel.objects.lms;
      bridge.patch.connect(function (message) {
        var reshown = false;
        try { reshown = patch(JSON.parse(message)); } catch (e) { report('error', { message: 'patch: ' + e }); }
        report('patched', { reshown: reshown });
      });
      outbox.splice(0).forEach(function (m) { bridge.report(m); });
    });
  }

  // ---------------------------------------------------------------- SCORM 2004

  if (setup.fresh) {  // a new attempt: nothing the player kept in this browser either
    try { W.localStorage.clear(); W.sessionStorage.clear(); } catch (e) { /* no storage */ }
  }
  var given = setup.values || {};
  Object.keys(given).forEach(function (k) { values[k] = String(given[k]); });
  var resuming = values['cmi.suspend_data'] !== undefined || values['cmi.location'] !== undefined;
  var fixed = {  // what the LMS says, never the course
    'cmi.mode': 'normal',
    'cmi.credit': 'credit',
    'cmi.entry': resuming ? 'resume' : 'ab-initio',
    'cmi.learner_id': 'preview',
    'cmi.learner_name': 'Preview, Designer',
    'cmi.launch_data': '',
    'cmi.completion_threshold': '',
    'cmi.time_limit_action': 'continue,no message',
    'cmi.scaled_passing_score': typeof setup.passMark === 'number' ? String(setup.passMark / 100) : ''
  };
  var WRITE_ONLY = /^cmi\.(exit|session_time)$/;
  var READ_ONLY = /^cmi\.(mode|credit|entry|learner_id|learner_name|launch_data|completion_threshold|time_limit_action|scaled_passing_score|total_time|interactions\._count|interactions\._children)$/;
  var phase = 'new', lastError = '0';
  var MESSAGES = {
    '0': 'No error', '101': 'General exception', '103': 'Already initialized',
    '104': 'Content instance terminated', '112': 'Termination before initialization',
    '113': 'Termination after termination', '122': 'Retrieve data before initialization',
    '123': 'Retrieve data after termination', '132': 'Store data before initialization',
    '133': 'Store data after termination', '142': 'Commit before initialization',
    '143': 'Commit after termination', '351': 'General set failure', '401': 'Undefined data model element',
    '403': 'Data model element value not initialized', '404': 'Data model element is read only',
    '405': 'Data model element is write only'
  };

  function fail(code, result) { lastError = code; return result; }
  function ok(result) { lastError = '0'; return result; }

  function count() {
    var n = 0;
    while (values['cmi.interactions.' + n + '.id'] !== undefined) n++;
    return n;
  }

  function running(before, after) {
    if (phase === 'new') return fail(before, false);
    if (phase === 'done') return fail(after, false);
    return true;
  }

  var api = {
    Initialize: function () {
      if (phase === 'running') return fail('103', 'false');
      if (phase === 'done') return fail('104', 'false');
      phase = 'running';
      report('initialize', { entry: fixed['cmi.entry'] });
      return ok('true');
    },
    Terminate: function () {
      if (phase === 'new') return fail('112', 'false');
      if (phase === 'done') return fail('113', 'false');
      phase = 'done';
      report('terminate', {});
      return ok('true');
    },
    GetValue: function (name) {
      if (!running('122', '123')) return '';
      name = String(name);
      if (name === 'cmi.interactions._count') return ok(String(count()));
      if (name in fixed) return fixed[name] === '' ? fail('403', '') : ok(fixed[name]);
      if (WRITE_ONLY.test(name)) return fail('405', '');
      if (name === 'cmi.completion_status' && values[name] === undefined) return ok('unknown');
      if (name === 'cmi.success_status' && values[name] === undefined) return ok('unknown');
      if (values[name] === undefined) return fail(/^cmi\./.test(name) ? '403' : '401', '');
      return ok(values[name]);
    },
    SetValue: function (name, value) {
      if (!running('132', '133')) return 'false';
      name = String(name);
      value = String(value);
      if (!/^cmi\./.test(name)) return fail('401', 'false');
      if (READ_ONLY.test(name)) return fail('404', 'false');
      values[name] = value;
      report('set', { name: name, value: value });
      return ok('true');
    },
    Commit: function () {
      if (!running('142', '143')) return 'false';
      report('commit', {});
      return ok('true');
    },
    GetLastError: function () { return lastError; },
    GetErrorString: function (code) { return MESSAGES[String(code)] || ''; },
    GetDiagnostic: function (code) { return MESSAGES[String(code || lastError)] || ''; }
  };
  if (setup.standard !== 'xapi') W.API_1484_11 = api;

  // ---------------------------------------------------------------- the app's handles

  function pageKey(pageId) {
    var node = document.getElementById('cs-config');
    if (!node) return null;
    var pages = JSON.parse(node.textContent).pages;
    for (var i = 0; i < pages.length; i++) { if (pages[i].id === pageId) return pages[i].key; }
    return null;
  }

  // ---------------------------------------------------------------- edits, in place

  function onScreen() {
    return W.Coursesmith && W.Coursesmith.state() ? W.Coursesmith.state().page : null;
  }

  function element(html) {
    var holder = document.createElement('template');
    holder.innerHTML = html;
    return holder.content.firstElementChild;
  }

  function blocksOf(id, root) {
    return Array.prototype.slice.call(root.querySelectorAll('[data-block="' + CSS.escape(id) + '"]'));
  }

  function shape(nodes) {
    return nodes.map(function (n) { return n.tagName + '#' + (n.getAttribute('data-block') || ''); }).join();
  }

  /* A table or code block wider than the page scrolls sideways and takes keyboard focus,
     as the player marks them when it shows a page. */
  function scrollable(root) {
    Array.prototype.slice.call(root.querySelectorAll('table, pre')).forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1) el.setAttribute('tabindex', '0');
    });
  }

  function replace(live, fresh) {
    var copy = document.importNode(fresh, true);
    live.replaceWith(copy);
    scrollable(copy);
    return copy;
  }

  /* The page on screen shows template `key`, which went from `before` to `after`
     (their top-level nodes): replace what changed; true when the page must be shown
     again instead. */
  function patchScreen(before, after) {
    var host = document.getElementById('cs-page');
    var live = Array.prototype.slice.call(host.children);
    if (shape(before) !== shape(after) || shape(live) !== shape(after)) return true;
    for (var i = 0; i < after.length; i++) {
      if (before[i].outerHTML === after[i].outerHTML) continue;
      var question = live[i].matches('form.cs-question');
      if (question && !W.Coursesmith.bind) return true;
      var copy = replace(live[i], after[i]);
      if (question) W.Coursesmith.bind(copy);  // the player's own handlers, the answer restored
    }
    return false;
  }

  /* {pages: {key: template HTML}, blocks: {block id: HTML}, questions: {key: rules}}:
     true when the page on
     screen was shown again (its structure changed). */
  function patch(change) {
    var current = onScreen(), again = false;
    if (change.questions && W.Coursesmith && W.Coursesmith.questions) W.Coursesmith.questions(change.questions);
    Object.keys(change.pages || {}).forEach(function (key) {
      var tpl = document.getElementById('cs-page-' + key);
      if (!tpl) return;
      var before = Array.prototype.slice.call(tpl.content.children);
      tpl.innerHTML = change.pages[key];
      if (key === current) again = patchScreen(before, Array.prototype.slice.call(tpl.content.children)) || again;
    });
    var host = document.getElementById('cs-page');
    Object.keys(change.blocks || {}).forEach(function (id) {
      var fresh = element(change.blocks[id]);
      if (!fresh) return;
      Array.prototype.slice.call(document.querySelectorAll('template[id^="cs-page-"]')).forEach(function (tpl) {
        blocksOf(id, tpl.content).forEach(function (old) { old.replaceWith(fresh.cloneNode(true)); });
      });
      if (host) blocksOf(id, host).forEach(function (old) { replace(old, fresh); });
    });
    if (again && current) {
      var y = W.scrollY;
      W.Coursesmith.go(current);
      W.scrollTo(0, y);
    }
    return again;
  }

  W.CoursesmithPreview = {
    setup: setup,
    /* Show a page by id; true when it is on screen (false: not in the course, or not
       reachable yet with linear navigation). */
    show: function (pageId) {
      var key = pageKey(pageId), player = W.Coursesmith;
      if (!key || !player || !player.state()) return false;
      if (player.state().page !== key) player.go(key);
      return player.state().page === key;
    },
    page: function () { return W.Coursesmith && W.Coursesmith.state() ? W.Coursesmith.state().page : null; }
  };
  W.addEventListener('error', function (e) { report('error', { message: String(e.message || e) }); });
})();
