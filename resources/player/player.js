/* Coursesmith player: shows one unit's pages, scores its questions, and reports to one
   tracking interface (window.CoursesmithAdapter) that an adapter per standard implements.
   No dependencies; works from file:// and inside any LMS frame. */
(function () {
  'use strict';

  var W = window;
  var D = W.document;

  function warn() {
    try { console.warn.apply(console, ['Coursesmith:'].concat([].slice.call(arguments))); } catch (e) { /* no console */ }
  }

  function fmt(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  // ------------------------------------------------------------------ suspend data
  // "1;<fingerprint>;<page>;<seen>;<answers>;<flags>", every field short:
  //   page      index of the bookmarked page, base 36 (the results page is the one after the last)
  //   seen      bitset of seen pages, base64url
  //   answers   one entry per question in unit order, "|"-separated, "" when not submitted:
  //             <attempts, decimal><c|w><answer>; answers are indices (see encodeAnswer),
  //             never text except fill-in (trimmed, at most 80 characters, %-escaped)
  //   flags     "c" once the unit has been completed
  var VERSION = '1';
  var FILL_MAX = 80;

  function fingerprint(cfg) {
    var text = cfg.pages.map(function (p) { return p.id + ':' + p.questions.join(','); }).join('/');
    Object.keys(cfg.questions).sort().forEach(function (k) {
      var q = cfg.questions[k];
      text += '/' + q.id + q.type + (q.choices || q.pairs || q.items || []).join(',');
    });
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return (h % 1679616).toString(36);  // four characters at most
  }

  function questionKeys(cfg) {
    var keys = [];
    cfg.pages.forEach(function (p) { keys = keys.concat(p.questions); });
    return keys;
  }

  function b64(bits) {
    var bytes = '';
    for (var i = 0; i < bits.length; i += 8) {
      var byte = 0;
      for (var j = 0; j < 8; j++) { if (bits[i + j]) byte |= 1 << j; }
      bytes += String.fromCharCode(byte);
    }
    return W.btoa(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function unb64(text, length) {
    var bytes = W.atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bits = [];
    for (var i = 0; i < length; i++) {
      bits.push(i >> 3 < bytes.length && (bytes.charCodeAt(i >> 3) >> (i & 7)) & 1 ? true : false);
    }
    return bits;
  }

  function seq(numbers, range) {
    var parts = numbers.map(function (n) { return n.toString(36); });
    return parts.join(range <= 36 ? '' : '.');
  }

  function unseq(text, range) {
    return (range <= 36 ? text.split('') : text.split('.')).map(function (c) { return parseInt(c, 36); });
  }

  function escapeText(text) {
    return text.replace(/[%|;]/g, function (c) { return '%' + c.charCodeAt(0).toString(16).toUpperCase(); });
  }

  function unescapeText(text) {
    return text.replace(/%(25|7C|3B)/gi, function (m, hex) { return String.fromCharCode(parseInt(hex, 16)); });
  }

  function encodeAnswer(q, v) {
    switch (q.type) {
      case 'single': return q.choices.indexOf(v).toString(36);
      case 'multiple':
        return v.reduce(function (m, id) { return m + Math.pow(2, q.choices.indexOf(id)); }, 0).toString(36);
      case 'true_false': return v === 'true' ? 't' : 'f';
      case 'fill_in': return escapeText(v.slice(0, FILL_MAX));
      case 'matching':
        return seq(v.map(function (id) { return id ? q.pairs.indexOf(id) + 1 : 0; }), q.pairs.length + 1);
      default: return seq(v.map(function (id) { return q.items.indexOf(id); }), q.items.length);
    }
  }

  function decodeAnswer(q, text) {
    switch (q.type) {
      case 'single': return q.choices[parseInt(text, 36)];
      case 'multiple':
        var mask = parseInt(text, 36);
        return q.choices.filter(function (id, i) { return Math.floor(mask / Math.pow(2, i)) % 2 === 1; });
      case 'true_false': return text === 't' ? 'true' : 'false';
      case 'fill_in': return unescapeText(text);
      case 'matching':
        return unseq(text, q.pairs.length + 1).map(function (n) { return n ? q.pairs[n - 1] : ''; });
      default:
        var order = unseq(text, q.items.length).map(function (n) { return q.items[n]; });
        return order.length === q.items.length && order.every(Boolean) ? order : undefined;
    }
  }

  /* The state as a string of at most `max` characters: when it does not fit, the answers
     of the earliest questions are dropped (their attempts and results stay, so the score
     does not change); on resume those questions show as submitted, without the choices. */
  function encodeState(cfg, state, max) {
    var keys = questionKeys(cfg);
    var entries = keys.map(function (k) {
      var a = state.answers[k];
      if (!a || !a.n) return '';
      var answer = a.v === undefined || a.v === null ? '' : encodeAnswer(cfg.questions[k], a.v);
      return a.n + (a.ok ? 'c' : 'w') + answer;
    });
    while (entries.length && entries[entries.length - 1] === '') entries.pop();
    var head = [VERSION, fingerprint(cfg), state.page.toString(36), b64(state.seen)].join(';');
    var tail = ';' + (state.done ? 'c' : '');
    var build = function () { return head + ';' + entries.join('|') + tail; };
    var text = build();
    var dropped = 0;
    for (var i = 0; max && text.length > max && i < entries.length; i++) {
      var m = /^(\d+[cw])(.+)$/.exec(entries[i]);
      if (m) { entries[i] = m[1]; dropped++; text = build(); }
    }
    if (dropped) warn('suspend data over ' + max + ' characters: the answers of ' + dropped + ' questions were left out (attempts and results kept)');
    return text;
  }

  function decodeState(cfg, text) {
    var f = String(text || '').split(';');
    if (f.length < 6 || f[0] !== VERSION) return null;
    if (f[1] !== fingerprint(cfg)) { warn('the saved progress is from another version of this course; starting afresh'); return null; }
    var keys = questionKeys(cfg);
    var state = { page: parseInt(f[2], 36) || 0, seen: unb64(f[3], cfg.pages.length), answers: {}, done: f[5].indexOf('c') >= 0 };
    f[4].split('|').forEach(function (entry, i) {
      var m = /^(\d+)([cw])(.*)$/.exec(entry);
      if (!m || i >= keys.length) return;
      var q = cfg.questions[keys[i]];
      var v;
      try { v = m[3] ? decodeAnswer(q, m[3]) : undefined; } catch (e) { v = undefined; }
      state.answers[keys[i]] = { n: parseInt(m[1], 10), ok: m[2] === 'c', v: v };
    });
    return state;
  }

  // ------------------------------------------------------------------ scoring

  function norm(text, cased) {
    text = String(text).trim().replace(/\s+/g, ' ');
    return cased ? text : text.toLowerCase();
  }

  function sameSet(a, b) {
    return a.length === b.length && a.every(function (x) { return b.indexOf(x) >= 0; });
  }

  /* [correct, partly] for an answer */
  function evaluate(q, v) {
    var c = q.interaction.correct;
    switch (q.type) {
      case 'single': return [v === c[0], false];
      case 'multiple':
        var ok = sameSet(v, c);
        return [ok, !ok && v.some(function (id) { return c.indexOf(id) >= 0; })];
      case 'true_false': return [v === c[0], false];
      case 'fill_in':
        return [c.some(function (a) { return norm(a, q.caseSensitive) === norm(v, q.caseSensitive); }), false];
      case 'matching':
        var right = v.filter(function (id, i) { return id === q.pairs[i]; }).length;
        return [right === q.pairs.length, right > 0 && right < q.pairs.length];
      default:
        var placed = v.filter(function (id, i) { return id === q.items[i]; }).length;
        return [placed === q.items.length, placed > 0 && placed < q.items.length];
    }
  }

  /* The learner's and the correct response in a neutral shape that each adapter formats
     for its standard: arrays of ids; matching as [source, target] pairs. */
  function neutral(q, v) {
    switch (q.type) {
      case 'single': case 'true_false': case 'fill_in': return [v];
      case 'matching':
        return v.map(function (t, i) { return [q.pairs[i], t]; }).filter(function (p) { return p[1]; });
      default: return v.slice();
    }
  }

  // ------------------------------------------------------------------ the player

  var cfg, S, adapter, pages, qkeys, state, mastery = null, tracking = true, mode = 'normal';
  var current = -1, shownAt = {}, finished = false, reported = null;

  function track(method, arg) {
    if (!adapter || typeof adapter[method] !== 'function') return undefined;
    try { return adapter[method](arg); } catch (e) { warn('tracking (' + method + ') failed', e); }
    return undefined;
  }

  function $(sel, root) { return (root || D).querySelector(sel); }
  function $$(sel, root) { return [].slice.call((root || D).querySelectorAll(sel)); }

  function answered(k) { var a = state.answers[k]; return !!(a && a.n > 0); }
  function isFinal(k) { var a = state.answers[k]; return !!(a && (a.ok || a.n >= cfg.questions[k].attempts)); }
  function contentCount() { return cfg.pages.length; }
  function pageDone(i) {
    if (i >= contentCount()) return true;
    return state.seen[i] && cfg.pages[i].questions.every(answered);
  }
  function reachable(i) {
    if (cfg.course.navigation !== 'linear') return true;
    for (var j = 0; j < i; j++) { if (!pageDone(j)) return false; }
    return true;
  }

  function score() {
    var earned = 0, possible = 0, missing = 0;
    qkeys.forEach(function (k) {
      var q = cfg.questions[k];
      if (!(q.points > 0)) return;
      possible += q.points;
      if (state.answers[k] && state.answers[k].ok) earned += q.points;
      if (!answered(k)) missing++;
    });
    if (!possible) return null;
    var pct = Math.round(earned / possible * 100);
    var mark = mastery !== null ? mastery : cfg.course.passMark;
    return { pct: pct, earned: earned, possible: possible, mark: mark, passed: pct >= mark - 1e-9, missing: missing };
  }

  function save() {
    if (!tracking) return;
    try {
      track('saveState', encodeState(cfg, state, adapter && adapter.maxState));
    } catch (e) { warn('could not save progress', e); }
  }

  /* Completion per the course's rule, at once, with no further click; reported again
     only when the outcome changes (a later retry that raises the score). */
  function checkCompletion() {
    var sc = score();
    var allSeen = state.seen.every(Boolean);
    var allSubmitted = qkeys.every(answered);
    var outcome = null;
    if (cfg.course.completion === 'quiz_passed' && sc) {
      if (sc.passed) outcome = { passed: true, completed: true };
      else if (qkeys.every(isFinal)) outcome = { passed: false, completed: false };
    } else if (allSeen && allSubmitted) {
      outcome = { passed: sc ? sc.passed : null, completed: true };
    }
    if (!outcome) return;
    if (outcome.completed) state.done = true;
    var signature = [sc ? sc.pct : '', outcome.passed, outcome.completed].join('/');
    if (signature === reported) return;
    reported = signature;
    if (!tracking) return;
    save();
    if (sc) track('score', { raw: sc.pct, min: 0, max: 100, scaled: sc.pct / 100, points: sc.earned, maxPoints: sc.possible });
    track('complete', outcome);
  }

  // ------------------------------------------------------------------ questions

  function response(form, q) {
    var key = form.getAttribute('data-q');
    switch (q.type) {
      case 'single': case 'true_false':
        var on = $('input:checked', form);
        return on ? on.value : null;
      case 'multiple':
        var ids = $$('input:checked', form).map(function (i) { return i.value; });
        return ids.length ? ids : null;
      case 'fill_in':
        var text = $('#' + key + '-0', form).value.trim();
        return text ? text : null;
      case 'matching':
        var picks = $$('select', form).map(function (s) { return s.value; });
        return picks.some(Boolean) ? picks : null;
      default:
        return $$('.cs-item', form).map(function (li) { return li.getAttribute('data-item'); });
    }
  }

  function restore(form, q, v) {
    if (v === undefined || v === null) return;
    var key = form.getAttribute('data-q');
    if (q.type === 'fill_in') { $('#' + key + '-0', form).value = v; return; }
    if (q.type === 'matching') { $$('select', form).forEach(function (s, i) { s.value = v[i] || ''; }); return; }
    if (q.type === 'ordering') {
      var list = $('.cs-order', form);
      v.forEach(function (id) {
        var li = $$('.cs-item', list).filter(function (x) { return x.getAttribute('data-item') === id; })[0];
        if (li) list.appendChild(li);
      });
      updateMoves(list);
      return;
    }
    var chosen = [].concat(v);
    $$('input', form).forEach(function (i) { i.checked = chosen.indexOf(i.value) >= 0; });
  }

  function feedback(form, q, a, partly) {
    var box = $('.cs-feedback', form);
    box.textContent = '';
    form.classList.remove('cs-is-correct', 'cs-is-incorrect');
    if (!a || !a.n) return;
    form.classList.add(a.ok ? 'cs-is-correct' : 'cs-is-incorrect');
    var lines = [a.ok ? S.correct : partly ? S.partlyCorrect : S.incorrect];
    var extra = a.ok ? q.feedback.correct : q.feedback.incorrect;
    if (extra) lines.push(extra);
    var choiceText = q.feedback.choices || {};
    [].concat(a.v || []).forEach(function (id) { if (choiceText[id]) lines.push(choiceText[id]); });
    if (!a.ok) {
      var left = q.attempts - a.n;
      lines.push(left > 0 ? fmt(S.attemptsLeft, { n: left }) : S.noAttemptsLeft);
    }
    lines.forEach(function (line, i) {
      var p = D.createElement('p');
      p.dir = 'auto';  // the author's feedback may still be in the source language
      if (i === 0) { var b = D.createElement('strong'); b.textContent = line; p.appendChild(b); } else p.textContent = line;
      box.appendChild(p);
    });
  }

  function lock(form, k) {
    var done = isFinal(k);
    $('fieldset', form).disabled = done;
    $('.cs-submit', form).disabled = done;
  }

  function updateMoves(list) {
    var items = $$('.cs-item', list);
    items.forEach(function (li, i) {
      $('.cs-up', li).disabled = i === 0;
      $('.cs-down', li).disabled = i === items.length - 1;
    });
  }

  function move(button) {
    var li = button.closest('.cs-item');
    var list = li.parentNode;
    var up = button.classList.contains('cs-up');
    var sibling = up ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) return;
    // Move the neighbour rather than the item, so the focused button is never detached.
    if (up) list.insertBefore(sibling, li.nextElementSibling); else list.insertBefore(sibling, li);
    updateMoves(list);
    var target = button.disabled ? $(up ? '.cs-down' : '.cs-up', li) : button;
    target.focus();
    var items = $$('.cs-item', list);
    var form = list.closest('form');
    $('.cs-feedback', form).textContent = fmt(S.moved, {
      // isolated (FSI ... PDI), so an item in the other direction does not reorder the sentence
      item: '\u2068' + $('.cs-item-text', li).textContent + '\u2069', n: items.indexOf(li) + 1, total: items.length
    });
  }

  function submit(form) {
    var k = form.getAttribute('data-q');
    var q = cfg.questions[k];
    if (isFinal(k)) return;
    var v = response(form, q);
    var box = $('.cs-feedback', form);
    if (v === null) { box.textContent = S.chooseFirst; return; }
    var result = evaluate(q, v);
    var a = state.answers[k] || { n: 0 };
    a = { n: a.n + 1, ok: result[0], v: v };
    state.answers[k] = a;
    var now = Date.now();
    if (tracking) {
      track('interaction', {
        id: 'q_' + q.id, type: q.interaction.type, learnerResponse: neutral(q, v),
        correctResponse: q.interaction.correct, result: a.ok ? 'correct' : 'incorrect',
        latencySeconds: Math.max(0, (now - (shownAt[k] || now)) / 1000),
        timestamp: new Date(now).toISOString(), description: q.prompt, points: q.points, attempt: a.n,
        caseSensitive: !!q.caseSensitive
      });
    }
    shownAt[k] = now;
    feedback(form, q, a, result[1]);
    lock(form, k);
    if (isFinal(k)) box.focus();
    save();
    checkCompletion();
    chrome();
  }

  function bindQuestion(form) {
    var k = form.getAttribute('data-q');
    var q = cfg.questions[k];
    if (!q) return;
    shownAt[k] = Date.now();
    var list = $('.cs-order', form);
    if (list) updateMoves(list);
    var a = state.answers[k];
    if (a) {
      restore(form, q, a.v);
      feedback(form, q, a, a.v !== undefined && a.v !== null && !a.ok && evaluate(q, a.v)[1]);
    }
    lock(form, k);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      try { submit(form); } catch (err) { warn('could not score the question', err); }
    });
    form.addEventListener('click', function (e) {
      var button = e.target.closest && e.target.closest('.cs-up, .cs-down');
      if (button && !button.disabled) {
        try { move(button); } catch (err) { warn(err); }
      }
    });
  }

  // ------------------------------------------------------------------ pages

  function results(host) {
    var sc = score();
    if (!sc) return;
    var set = function (name, text) { var el = $('[data-r="' + name + '"]', host); if (el) el.textContent = text; };
    set('score', fmt(S.yourScore, { score: sc.pct }));
    var decided = state.done || sc.missing === 0;
    set('outcome', decided ? (sc.passed ? S.passed : S.failed) : '');
    set('mark', fmt(S.passMark, { mark: Math.round(sc.mark * 100) / 100 }));
    set('pending', sc.missing ? fmt(S.notAnswered, { n: sc.missing }) : state.done ? S.completed : '');
    var box = $('.cs-results', host);
    if (box) box.className = 'cs-results' + (decided ? sc.passed ? ' cs-passed' : ' cs-failed' : '');
  }

  function chrome() {
    var total = contentCount();
    var onResults = current >= total;
    $('#cs-progress-text').textContent = onResults ? S.results : fmt(S.progress, { n: current + 1, total: total });
    var fill = $('.cs-bar-fill');
    if (fill) fill.style.width = Math.round(Math.min(current + 1, total) / total * 100) + '%';
    var prev = $('#cs-prev'), next = $('#cs-next');
    prev.disabled = current <= 0;
    var last = current >= pages.length - 1;
    var blocked = !last && cfg.course.navigation === 'linear' && !pageDone(current);
    next.disabled = last || blocked;
    next.hidden = last;
    var hint = $('#cs-hint');
    if (hint) hint.textContent = blocked ? S.answerAll : '';
    $$('.cs-menu-page').forEach(function (b) {
      var i = indexOf(b.getAttribute('data-page'));
      if (i === current) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
      b.disabled = !reachable(i);
      b.classList.toggle('cs-seen', i < total ? !!state.seen[i] : false);
    });
  }

  /* A table or code block wider than the screen scrolls sideways: make it focusable
     then, so keyboard users can scroll it too (and only then: no useless tab stop). */
  function scrollables() {
    $$('#cs-page table, #cs-page pre').forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1) el.setAttribute('tabindex', '0');
      else if (el.getAttribute('tabindex') === '0') el.removeAttribute('tabindex');
    });
  }

  function indexOf(key) {
    for (var i = 0; i < pages.length; i++) { if (pages[i].key === key) return i; }
    return -1;
  }

  function show(i, focus) {
    i = Math.max(0, Math.min(pages.length - 1, i | 0));
    var page = pages[i];
    var tpl = D.getElementById('cs-page-' + page.key);
    var host = $('#cs-page');
    host.textContent = '';
    if (tpl) host.appendChild(D.importNode(tpl.content, true));
    current = i;
    state.page = i;
    if (i < contentCount()) state.seen[i] = true;
    $$('form.cs-question', host).forEach(bindQuestion);
    scrollables();
    if (page.key === 'results') results(host);
    checkCompletion();
    if (page.key === 'results') results(host);
    chrome();
    closeMenu();
    if (focus) {
      var h1 = $('h1', host);
      if (h1) h1.focus();
      try { W.scrollTo(0, 0); } catch (e) { /* not scrollable */ }
    }
    save();
    if (tracking) {
      track('progress', state.seen.filter(Boolean).length / contentCount());
      track('location', page.key);
    }
  }

  function go(i) {
    if (i < 0 || i >= pages.length || !reachable(i)) return;
    show(i, true);
  }

  function closeMenu() {
    var nav = $('#cs-nav');
    if (!nav) return;
    nav.classList.remove('cs-open');
    $('.cs-menu-toggle', nav).setAttribute('aria-expanded', 'false');
  }

  function bindChrome() {
    $('#cs-prev').addEventListener('click', function () { go(current - 1); });
    $('#cs-next').addEventListener('click', function () { go(current + 1); });
    var hint = D.createElement('p');
    hint.id = 'cs-hint';
    hint.className = 'cs-hint';
    $('.cs-pager').appendChild(hint);
    var nav = $('#cs-nav');
    var toggle = $('.cs-menu-toggle', nav);
    toggle.addEventListener('click', function () {
      var open = !nav.classList.contains('cs-open');
      nav.classList.toggle('cs-open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    nav.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && nav.classList.contains('cs-open')) { closeMenu(); toggle.focus(); }
    });
    $$('.cs-menu-page', nav).forEach(function (b) {
      b.addEventListener('click', function () { go(indexOf(b.getAttribute('data-page'))); });
    });
    if (adapter && typeof adapter.exit === 'function') {  // cmi5: back to the LMS's returnURL
      var exit = D.createElement('button');
      exit.type = 'button';
      exit.className = 'cs-exit';
      exit.textContent = S.exit || 'Exit';
      exit.addEventListener('click', function () { leave(); adapter.exit(); });
      $('.cs-header').appendChild(exit);
    }
  }

  // ------------------------------------------------------------------ start and leave

  function leave() {
    if (finished) return;
    finished = true;
    save();
    track('finish', { suspend: !state.done });
  }

  function begin(info) {
    info = info || {};
    mode = info.mode || 'normal';
    tracking = mode === 'normal';
    mastery = typeof info.mastery === 'number' && isFinite(info.mastery) ? info.mastery : null;
    var saved = null;
    try { saved = info.resumeState ? decodeState(cfg, info.resumeState) : null; } catch (e) { warn('could not read the saved progress', e); }
    if (saved) {
      state = saved;
      if (state.done) {
        var sc = score();
        reported = [sc ? sc.pct : '', sc ? sc.passed : null, true].join('/');
      }
    } else if (info.location && indexOf(info.location) >= 0) {
      state.page = indexOf(info.location);
    }
    show(state.page, false);
  }

  function init() {
    var node = D.getElementById('cs-config');
    if (!node) return;
    cfg = JSON.parse(node.textContent);
    S = cfg.strings || {};
    pages = cfg.pages.slice();
    qkeys = questionKeys(cfg);
    if (qkeys.some(function (k) { return cfg.questions[k].points > 0; })) pages.push({ key: 'results', questions: [] });
    state = { page: 0, seen: cfg.pages.map(function () { return false; }), answers: {}, done: false };
    adapter = W.CoursesmithAdapter || null;
    if (!adapter) warn('no tracking adapter loaded; running untracked');
    api.tracker = adapter;
    bindChrome();
    ['pagehide', 'beforeunload', 'unload'].forEach(function (type) {
      W.addEventListener(type, function () { try { leave(); } catch (e) { warn(e); } });
    });
    var resizing = 0;
    W.addEventListener('resize', function () { W.clearTimeout(resizing); resizing = W.setTimeout(scrollables, 150); });
    D.addEventListener('visibilitychange', function () { if (D.visibilityState === 'hidden') save(); });
    var started = false;
    var once = function (info) {
      if (started) return;
      started = true;
      try { begin(info); } catch (e) { warn('could not start', e); }
    };
    var info;
    try { info = adapter ? adapter.start(cfg) : null; } catch (e) { warn('the tracking adapter failed to start', e); }
    if (info && typeof info.then === 'function') {
      info.then(once, function (e) { warn('the tracking adapter failed to start', e); once(null); });
      W.setTimeout(function () { if (!started) warn('the tracking adapter is slow to start; going on'); once(null); }, 10000);
    } else {
      once(info);
    }
  }

  var api = W.Coursesmith = {
    version: 1,
    tracker: null,
    state: function () {
      if (!state) return null;
      var sc = score();
      return {
        page: pages[current] ? pages[current].key : null, index: current, mode: mode,
        seen: state.seen.slice(), answers: JSON.parse(JSON.stringify(state.answers)),
        completed: state.done, score: sc ? sc.pct : null, passed: sc ? sc.passed : null,
        suspendData: encodeState(cfg, state, adapter && adapter.maxState)
      };
    },
    go: function (key) { go(indexOf(key)); },
    leave: leave,
    /* For an authoring tool's live preview: new rules for questions the course already
       has (same keys, same types: a prompt, a choice, an answer edited), used from the next
       answer on; and a question's form, put anew into the page, bound as a shown page's
       forms are (its answer restored). */
    questions: function (changed) {
      Object.keys(changed || {}).forEach(function (k) { if (cfg.questions[k]) cfg.questions[k] = changed[k]; });
    },
    bind: function (form) { if (form && form.matches && form.matches('form.cs-question')) bindQuestion(form); },
    codec: { encode: encodeState, decode: decodeState, evaluate: evaluate }
  };

  if (D && D.getElementById) {
    var run = function () { try { init(); } catch (e) { warn('could not start the player', e); } };
    if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', run); else run();
  }
})();
