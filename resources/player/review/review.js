/* Coursesmith review tools: on top of the player in a review build (one HTML file).
   A `Comment` button on every page and block; comments shown beside their block, kept in
   localStorage (keyed by the build), editable and deletable; a verdict; `Save comments`
   downloads the .csreview file (CONTRACTS "Review builds and comments"). No network.
   A browser that keeps nothing for a file:// page (storage blocked, or full) is said so in
   the bar, and the page asks before it closes on comments not saved. */
(function () {
  'use strict';
  var D = document, W = window;
  var R = JSON.parse(D.getElementById('cs-review').textContent);
  var CFG = JSON.parse(D.getElementById('cs-config').textContent);
  var KEY = 'coursesmith-review:' + R.build, NAME_KEY = 'coursesmith-review:name';
  var KINDS = { 'cs-question': 'Question', 'cs-media': 'media', 'cs-callout': 'Callout', 'cs-file': 'File' };
  var S = R.strings || {};
  function t(key, values) {
    return String(S[key] || key).replace(/\{(\w+)\}/g, function (m, k) { return values && k in values ? values[k] : m; });
  }
  var data = load();
  var kept = storageWorks();  // false: comments live only as long as the page
  var unsaved = false;        // changed since the last Save comments
  var selection = null;  // {object, text}: the last text selected inside a block
  var status, counter, note, verdictButtons = {}, observer, seq = 0;

  // ------------------------------------------------------------------ storage

  function store() { try { return W.localStorage; } catch (e) { return null; } }

  /* Firefox with cookies blocked throws on localStorage, with storage turned off has none. */
  function storageWorks() {
    try {
      store().setItem(KEY + ':probe', '1');
      store().removeItem(KEY + ':probe');
      return true;
    } catch (e) { return false; }
  }

  function load() {
    var saved = null;
    try { saved = JSON.parse((store() && store().getItem(KEY)) || 'null'); } catch (e) { saved = null; }
    saved = saved && typeof saved === 'object' ? saved : {};
    return {
      reviewer: saved.reviewer || readName(), verdict: saved.verdict || null,
      comments: Array.isArray(saved.comments) ? saved.comments : []
    };
  }

  function readName() { try { return (store() && store().getItem(NAME_KEY)) || ''; } catch (e) { return ''; } }

  function persist() {
    unsaved = true;
    try {
      store().setItem(KEY, JSON.stringify(data));
      if (data.reviewer) store().setItem(NAME_KEY, data.reviewer);
    } catch (e) { notKept(); }
    refreshBar();
  }

  /* The browser keeps nothing: a lasting note in the bar (said once), and a question before
     the page closes on comments not saved (the browser words it). */
  function notKept() {
    if (kept) announce(t('notKept'));
    kept = false;
    if (note) note.hidden = false;
  }

  function askBeforeLeaving(e) {
    if (kept || !unsaved || !data.comments.length) return;
    e.preventDefault();
    e.returnValue = '';
  }

  function uuid() {
    if (W.crypto && typeof W.crypto.randomUUID === 'function') return W.crypto.randomUUID();
    var b = new Uint8Array(16);
    W.crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = [].map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ------------------------------------------------------------------ small helpers

  function el(tag, attrs, text) {
    var node = D.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'className') node.className = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    if (text != null) node.textContent = text;
    return node;
  }

  function button(label, onClick, attrs) {
    var b = el('button', Object.assign({ type: 'button' }, attrs || {}), label);
    b.addEventListener('click', onClick);
    return b;
  }

  function announce(text) {
    if (!status) return;
    status.textContent = '';
    W.setTimeout(function () { status.textContent = text; }, 30);
  }

  function when(iso) {
    try { return new Date(iso).toLocaleString(R.locale || undefined, { dateStyle: 'medium', timeStyle: 'short' }); }
    catch (e) { return iso; }
  }

  function commentsOn(object) { return data.comments.filter(function (c) { return c.object === object; }); }

  // ------------------------------------------------------------------ the review bar

  function bar() {
    var box = el('section', { className: 'csr-bar', 'aria-labelledby': 'csr-bar-title' });
    // Not a heading: the page's title stays the document's first heading (CONTRACTS).
    box.appendChild(el('p', { id: 'csr-bar-title', className: 'csr-bar-title' }, t('review')));
    counter = el('p', { className: 'csr-count' });
    box.appendChild(counter);
    var group = el('div', { className: 'csr-verdict', role: 'group', 'aria-label': t('verdict') });
    verdictButtons.approved = button(t('approve'), function () { setVerdict('approved'); }, { 'aria-pressed': 'false' });
    verdictButtons.changes = button(t('requestChanges'), function () { setVerdict('changes'); }, { 'aria-pressed': 'false' });
    group.appendChild(verdictButtons.approved);
    group.appendChild(verdictButtons.changes);
    box.appendChild(group);
    box.appendChild(button(t('save'), function () { withName(box, save); }, { className: 'csr-save' }));
    note = el('p', { className: 'csr-note' }, t('notKept'));
    note.hidden = kept;
    box.appendChild(note);
    status = el('p', { className: 'csr-status', role: 'status', 'aria-live': 'polite' });
    box.appendChild(status);
    var header = D.querySelector('.cs-header');
    header.parentNode.insertBefore(box, header.nextSibling);
    refreshBar();
  }

  function refreshBar() {
    if (!counter) return;
    var n = data.comments.length;
    var state = data.verdict === 'approved' ? t('stateApproved') : data.verdict === 'changes' ? t('stateChanges') : '';
    counter.textContent = (data.reviewer ? data.reviewer + ': ' : '') + (n === 1 ? t('oneComment') : t('comments', { n: n })) +
      (state ? ', ' + state : '');
    Object.keys(verdictButtons).forEach(function (v) {
      verdictButtons[v].setAttribute('aria-pressed', data.verdict === v ? 'true' : 'false');
    });
  }

  function setVerdict(verdict) {
    data.verdict = data.verdict === verdict ? null : verdict;
    persist();
    announce(data.verdict === 'approved' ? t('verdictApproved') : data.verdict === 'changes'
      ? t('verdictChanges') : t('noVerdict'));
  }

  /* Saving needs the reviewer's name: ask for it in the bar when it is not known yet. */
  function withName(box, then) {
    if (data.reviewer) { then(); return; }
    var old = box.querySelector('.csr-name-form');
    if (old) { old.querySelector('input').focus(); return; }
    var form = el('form', { className: 'csr-name-form', 'aria-label': t('yourName') });
    var id = 'csr-name-' + (++seq);
    form.appendChild(el('label', { 'for': id }, t('yourName')));
    var input = el('input', { id: id, type: 'text', autocomplete: 'name' });
    form.appendChild(input);
    form.appendChild(el('button', { type: 'submit' }, t('continue')));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!input.value.trim()) { announce(t('typeName')); input.focus(); return; }
      data.reviewer = input.value.trim();
      persist();
      form.remove();
      then();
    });
    box.appendChild(form);
    input.focus();
  }

  function save() {
    var file = {
      format: 'coursesmith-review', version: 1, library: R.library, build: R.build, course: R.course,
      locale: R.locale, reviewer: data.reviewer, verdict: data.verdict,
      comments: data.comments.map(function (c) {
        return { id: c.id, object: c.object, version: c.version, hash: c.hash, quote: c.quote || null,
                 text: c.text, created: c.created };
      })
    };
    var blob = new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
    var a = el('a', { href: URL.createObjectURL(blob), download: fileName() });
    a.hidden = true;
    D.body.appendChild(a);
    a.click();
    W.setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    unsaved = false;
    announce(t(data.comments.length === 1 ? 'savedOne' : 'saved', { n: data.comments.length, file: fileName() }));
  }

  function fileName() {
    var slug = function (t) { return String(t).normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40); };
    return (slug(R.title) || 'course') + '-review-' + (slug(data.reviewer) || 'reviewer') + '.csreview';
  }

  // ------------------------------------------------------------------ comments on the page

  function currentPage() {
    var state = W.Coursesmith && W.Coursesmith.state ? W.Coursesmith.state() : null;
    var key = state ? state.page : null;
    for (var i = 0; i < CFG.pages.length; i++) if (CFG.pages[i].key === key) return CFG.pages[i];
    return null;
  }

  function decorate() {
    var host = D.getElementById('cs-page');
    if (!host || host.querySelector('.csr-notes')) return;
    var page = currentPage();
    if (!page) return;
    observer.disconnect();
    var h1 = host.querySelector('h1');
    if (h1) before(h1, notes(page.id, t('commentOnPage'), page.title));
    [].slice.call(host.children).forEach(function (node) {
      var id = node.getAttribute('data-block');
      if (!id || !R.objects[id]) return;
      var kind = 'Text';
      Object.keys(KINDS).forEach(function (cls) { if (node.classList.contains(cls)) kind = KINDS[cls]; });
      if (kind === 'media') kind = node.querySelector('video') ? 'Video' : node.querySelector('audio') ? 'Audio' : 'Image';
      before(node, notes(id, t('commentOn' + kind), null));
    });
    observe();
  }

  /* Notes come just before their block: on a wide screen they float beside its top (a
     side note in the margin), on a narrow one they sit above it. */
  function before(node, added) { node.parentNode.insertBefore(added, node); }

  function after(node, added) { node.parentNode.insertBefore(added, node.nextSibling); }

  function notes(object, label, title) {
    var box = el('div', { className: 'csr-notes', 'data-object': object });
    box.appendChild(button(label, function () { openForm(box, object); }, { className: 'csr-add' }));
    box.appendChild(el('ul', { className: 'csr-list', 'aria-label': title ? t('commentsOnPage') : t('commentsHere') }));
    renderList(box);
    return box;
  }

  function renderList(box) {
    var list = box.querySelector('.csr-list');
    list.textContent = '';
    commentsOn(box.getAttribute('data-object')).forEach(function (c) { list.appendChild(item(box, c)); });
    list.hidden = !list.children.length;
  }

  function item(box, c) {
    var li = el('li', { className: 'csr-comment', id: 'csr-c-' + c.id, tabindex: '-1' });
    li.appendChild(el('p', { className: 'csr-meta' }, (c.author || data.reviewer) + ' · ' + when(c.created)));
    if (c.quote) li.appendChild(el('blockquote', { className: 'csr-quote' }, c.quote));
    var text = el('p', { className: 'csr-text', id: 'csr-t-' + c.id }, c.text);
    li.appendChild(text);
    var actions = el('div', { className: 'csr-actions' });
    actions.appendChild(button(t('edit'), function () { editForm(box, li, c); }, { 'aria-describedby': text.id }));
    actions.appendChild(button(t('delete'), function () { remove(box, c); }, { 'aria-describedby': text.id }));
    li.appendChild(actions);
    return li;
  }

  function remove(box, c) {
    data.comments = data.comments.filter(function (x) { return x.id !== c.id; });
    persist();
    renderList(box);
    box.querySelector('.csr-add').focus();
    announce(t('deleted'));
  }

  function field(form, label, tag, value) {
    var id = 'csr-f-' + (++seq);
    var wrap = el('div', { className: 'csr-field' });
    wrap.appendChild(el('label', { 'for': id }, label));
    var input = el(tag, tag === 'textarea' ? { id: id, rows: '3' } : { id: id, type: 'text', autocomplete: 'name' });
    input.value = value || '';
    wrap.appendChild(input);
    form.appendChild(wrap);
    return input;
  }

  function formShell(label, submitLabel, onCancel) {
    var form = el('form', { className: 'csr-form', 'aria-label': label, novalidate: '' });
    var error = el('p', { className: 'csr-error', role: 'alert' });
    var actions = el('div', { className: 'csr-actions' });
    actions.appendChild(el('button', { type: 'submit', className: 'csr-primary' }, submitLabel));
    actions.appendChild(button(t('cancel'), onCancel));
    form.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } });
    return { form: form, error: error, actions: actions };
  }

  function openForm(box, object) {
    var open = box.querySelector('.csr-form');
    if (open) { open.querySelector('input, textarea').focus(); return; }
    var quote = selection && selection.object === object ? selection.text : null;
    var addButton = box.querySelector('.csr-add');
    var close = function () { shell.form.remove(); addButton.hidden = false; addButton.focus(); };
    var shell = formShell(t('newComment'), t('addComment'), close);
    var name = data.reviewer ? null : field(shell.form, t('yourName'), 'input', '');
    if (quote) shell.form.appendChild(el('blockquote', { className: 'csr-quote' }, quote));
    var text = field(shell.form, t('comment'), 'textarea', '');
    shell.form.appendChild(shell.error);
    shell.form.appendChild(shell.actions);
    shell.form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (name && !name.value.trim()) { shell.error.textContent = t('nameNeeded'); name.focus(); return; }
      if (!text.value.trim()) { shell.error.textContent = t('textNeeded'); text.focus(); return; }
      if (name) data.reviewer = name.value.trim();
      var anchor = R.objects[object];
      var c = { id: uuid(), object: object, version: anchor.version, hash: anchor.hash, quote: quote,
                text: text.value.trim(), created: new Date().toISOString(), author: data.reviewer };
      data.comments.push(c);
      selection = null;
      persist();
      shell.form.remove();
      addButton.hidden = false;
      renderList(box);
      D.getElementById('csr-c-' + c.id).focus();
      announce(t('added'));
    });
    addButton.hidden = true;
    after(addButton, shell.form);
    (name || text).focus();
  }

  function editForm(box, li, c) {
    var close = function () { renderList(box); var again = D.getElementById('csr-c-' + c.id); if (again) again.focus(); };
    var shell = formShell(t('editComment'), t('saveEdit'), close);
    var text = field(shell.form, t('comment'), 'textarea', c.text);
    shell.form.appendChild(shell.error);
    shell.form.appendChild(shell.actions);
    shell.form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!text.value.trim()) { shell.error.textContent = t('emptyEdit'); text.focus(); return; }
      c.text = text.value.trim();
      persist();
      close();
      announce(t('changed'));
    });
    li.textContent = '';
    li.appendChild(shell.form);
    text.focus();
  }

  /* The text a reviewer selected inside one block, kept when focus moves to its button. */
  function trackSelection() {
    D.addEventListener('selectionchange', function () {
      var s = W.getSelection ? W.getSelection() : null;
      var text = s ? String(s).trim() : '';
      if (!text || !s.rangeCount) return;
      var node = s.getRangeAt(0).commonAncestorContainer;
      var block = node && (node.nodeType === 1 ? node : node.parentElement);
      block = block && block.closest ? block.closest('[data-block], #cs-page > h1') : null;
      if (!block) return;
      var page = currentPage();
      var object = block.getAttribute('data-block') || (page && page.id);
      if (object) selection = { object: object, text: text.slice(0, 1000) };
    });
  }

  function observe() {
    observer.observe(D.getElementById('cs-page'), { childList: true });
  }

  function start() {
    D.documentElement.classList.add('csr');
    bar();
    W.addEventListener('beforeunload', askBeforeLeaving);
    trackSelection();
    observer = new MutationObserver(function () { W.setTimeout(decorate, 0); });
    observe();
    decorate();
  }

  if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', start); else start();
})();
