/* The course config and the bookmark in the xAPI State API, shared by the xAPI and cmi5
   adapters: put into each adapter at export in place of its include line for this file.
   It uses the adapter's cfg, locale, began, localKey, pageByKey, pageOfQuestion, client,
   saved, stateKey, stateQuery, STATE_ID and state* variables. */
  // the course as the adapter needs it: pages by key, the page of each question
  function takeConfig(config) {
    cfg = config;
    locale = (cfg.course && cfg.course.locale) || 'en';
    began = Date.now();
    localKey = 'coursesmith:' + cfg.course.id + ':' + cfg.unit.id;
    cfg.pages.forEach(function (p) {
      pageByKey[p.key] = p;
      p.questions.forEach(function (k) { if (cfg.questions[k]) pageOfQuestion[cfg.questions[k].id] = p; });
    });
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
