/* Coursesmith tracking adapter for cmi5: an AU launched by a cmi5 LMS with endpoint,
   fetch, actor, registration and activityId in its URL.

   Start: POST to `fetch` once for the auth token (kept in sessionStorage for a reload of
   the same launch), read LMS.LaunchData from the State API (contextTemplate, launchMode,
   masteryScore, moveOn, returnURL), send "initialized", read the bookmark. Every statement
   copies the contextTemplate and uses the launch actor and registration; the cmi5 defined
   statements (initialized, completed, passed, failed, terminated) have the launch
   activityId as object and the cmi5 category; completed / passed / failed also the moveon
   category. In Normal mode, when the player reports completion: "completed" once, and one
   of "passed" / "failed" once per session (score, success and the LMS's masteryScore only
   on those); nothing of the kind in Browse or Review mode. "terminated" last, with the
   session's duration. An exit that is not an unload (CoursesmithAdapter.exit(), or
   Coursesmith.leave()) waits for the LRS to take the statements, then opens returnURL.

   Statements the LRS cannot take are kept and sent again by the LRS client. Built on
   shared/lrs-client.js and shared/course-state.js, which the page loads first, as for
   xapi.js. */
(function () {
  'use strict';
  var W = window;
  var lrs = window.CoursesmithLrs('Coursesmith cmi5: ');
  var course = window.CoursesmithCourse(lrs, stateQuery);
  var CMI5 = 'w3id.org/xapi/cmi5/context/';
  var CATEGORY_CMI5 = lrs.iri(CMI5 + 'categories/cmi5', true);
  var CATEGORY_MOVEON = lrs.iri(CMI5 + 'categories/moveon', true);
  var EXT_MASTERY = lrs.iri(CMI5 + 'extensions/masteryscore', true);

  var actor = null, registration = null, activityId = null;
  var template = {}, mode = 'normal', masteryScore = null, returnURL = null, sessionKey = null;
  var finished = false, unloading = false, lastScore = null;
  var sent = { initialized: false, completed: false, outcome: false };

  ['beforeunload', 'pagehide'].forEach(function (type) {
    W.addEventListener(type, function () { unloading = true; });
  });

  function au() { return { objectType: 'Activity', id: activityId }; }

  /* opts: cmi5 (a cmi5 defined statement), moveon, mastery (the masteryscore extension),
     parent / grouping (activities added to the template's) */
  function statement(verb, object, result, opts) {
    opts = opts || {};
    var context = lrs.parseJson(JSON.stringify(template || {})) || {};
    context.registration = registration;
    var activities = context.contextActivities = context.contextActivities || {};
    var add = function (kind, a) {
      var list = activities[kind] = activities[kind] ? [].concat(activities[kind]) : [];
      if (!list.some(function (x) { return x && x.id === a.id; })) list.push(a);
    };
    if (activities.category) {  // the cmi5 categories mark defined statements only
      activities.category = [].concat(activities.category).filter(function (a) {
        return a && a.id !== CATEGORY_CMI5 && a.id !== CATEGORY_MOVEON;
      });
      if (!activities.category.length) delete activities.category;
    }
    if (opts.cmi5) add('category', { objectType: 'Activity', id: CATEGORY_CMI5 });
    if (opts.moveon) add('category', { objectType: 'Activity', id: CATEGORY_MOVEON });
    (opts.parent || []).forEach(function (a) { add('parent', a); });
    (opts.grouping || []).forEach(function (a) { add('grouping', a); });
    if (!Object.keys(activities).length) delete context.contextActivities;
    if (context.extensions) delete context.extensions[EXT_MASTERY];
    if (opts.mastery && masteryScore !== null) {
      context.extensions = context.extensions || {};
      context.extensions[EXT_MASTERY] = masteryScore;
    }
    var s = {
      id: lrs.uuid(), timestamp: lrs.timestamp(), actor: actor, verb: course.verb(verb),
      object: object, context: context
    };
    if (result) s.result = result;
    return s;
  }

  function send(verb, object, result, opts, hold) {
    if (!course.client || finished) return;
    course.client.add(statement(verb, object, result, opts), hold);
  }

  function remember() { if (sessionKey) lrs.setItem(sessionKey, JSON.stringify(sent), 'sessionStorage'); }

  // ---- start: the token, the launch data

  function token(fetchUrl) {
    var key = 'coursesmith:cmi5:token:' + fetchUrl;
    var known = lrs.getItem(key, 'sessionStorage');
    if (known) return Promise.resolve(known);  // a reload of the same launch: fetch is one-time
    return W.fetch(fetchUrl, { method: 'POST', cache: 'no-store' }).then(function (res) {
      return res.text().then(function (text) {
        var body = lrs.parseJson(text) || {};
        if (res.status !== 200 || !body['auth-token']) {
          throw new Error('the fetch URL answered HTTP ' + res.status + ' ' + String(body['error-text'] || text).slice(0, 200));
        }
        lrs.setItem(key, body['auth-token'], 'sessionStorage');
        return body['auth-token'];
      });
    });
  }

  function launchData(attempt) {
    var values = { activityId: activityId, agent: JSON.stringify(actor), registration: registration, stateId: 'LMS.LaunchData' };
    return course.client.request('GET', 'activities/state', values, undefined, { timeout: 5000 }).then(function (res) {
      if (res.status === 200) {
        var data = lrs.parseJson(res.text);
        if (data && typeof data === 'object') return data;
        throw new Error('LMS.LaunchData is not a JSON object');
      }
      if ((res.status === 0 || res.status >= 500) && attempt < 3) {
        return new Promise(function (resolve) { W.setTimeout(resolve, 300 * attempt); }).then(function () { return launchData(attempt + 1); });
      }
      throw new Error('could not read LMS.LaunchData (' + (res.status ? 'HTTP ' + res.status : res.text) + ')');
    });
  }

  function stateQuery() {
    return { activityId: activityId, agent: JSON.stringify(actor), registration: registration };
  }

  // ---- the tracker interface

  window.CoursesmithAdapter = {
    name: 'cmi5',
    maxState: 0,
    start: function (config) {
      course.take(config);
      var p = lrs.launchParams();
      if (!p.endpoint || !p.fetch) return course.untracked();
      actor = lrs.parseJson(p.actor || '');
      registration = p.registration || null;
      activityId = p.activityId || null;
      if (!actor || !lrs.agentKey(actor) || !registration || !activityId) {
        return course.untracked('the launch URL lacks a usable actor, registration or activityId');
      }
      if (typeof W.fetch !== 'function') return course.untracked('this browser cannot reach the LMS (no fetch)');
      if (!course.base) return course.untracked('the player config has no activity base');
      var endpoint = p.endpoint.replace(/\/*$/, '/');
      var who = lrs.agentKey(actor) + '|' + registration;
      course.stateKey = 'coursesmith:cmi5:state:' + activityId + '|' + who;
      return token(p.fetch).then(function (authToken) {
        course.client = lrs.makeClient(endpoint, 'Basic ' + authToken, 'coursesmith:cmi5:queue:' + endpoint + '|' + who);
        return launchData(1);
      }).then(function (data) {
        template = data.contextTemplate && typeof data.contextTemplate === 'object' ? data.contextTemplate : {};
        mode = String(data.launchMode || 'Normal').toLowerCase();
        if (mode !== 'normal' && mode !== 'browse' && mode !== 'review') mode = 'normal';
        var mastery = Number(data.masteryScore);
        masteryScore = data.masteryScore !== undefined && data.masteryScore !== null && isFinite(mastery) ? Math.max(0, Math.min(1, mastery)) : null;
        returnURL = typeof data.returnURL === 'string' && data.returnURL ? data.returnURL : null;
        var session = template.extensions && template.extensions[lrs.iri(CMI5 + 'extensions/sessionid', true)];
        sessionKey = 'coursesmith:cmi5:session:' + (session || registration);
        var known = lrs.parseJson(lrs.getItem(sessionKey, 'sessionStorage'));
        if (known) sent = known;
        course.client.load();
        if (!sent.initialized) {
          sent.initialized = true;
          remember();
          send('initialized', au(), null, { cmi5: true });
        }
        return course.load();
      }).then(function (doc) {
        if (doc && doc.suspendData) { course.saved.text = doc.suspendData; course.saved.location = doc.location || null; }
        return {
          resumeState: doc ? doc.suspendData || null : null, location: doc ? doc.location || null : null,
          mastery: masteryScore === null ? null : Math.round(masteryScore * 1000000) / 10000, mode: mode
        };
      }).catch(function (e) {
        return course.untracked('could not start the cmi5 session (' + (e && e.message || e) + ')');
      });
    },
    saveState: function (text) {
      if (course.client && mode !== 'normal') return;  // Browse and Review keep nothing
      course.save(text);
    },
    location: function (key) {
      if (!course.client || finished) return;
      var page = course.visit(key);
      if (page) send('experienced', course.page(page), null, { parent: [au()], grouping: [course.lesson(page.lesson)] });
    },
    progress: function () {},
    interaction: function (i) {
      if (!course.client || finished) return;
      var answered = course.answered(i);
      send('answered', answered.object, answered.result,
           { parent: answered.page ? [course.page(answered.page)] : [au()], grouping: [au()] });
    },
    score: function (s) { lastScore = s; },
    complete: function (c) {
      if (!course.client || finished || mode !== 'normal') return;
      if (c.completed !== false && !sent.completed) {
        sent.completed = true;
        remember();
        send('completed', au(), { completion: true, duration: course.elapsed() }, { cmi5: true, moveon: true });
      }
      if ((c.passed !== true && c.passed !== false) || sent.outcome) return;  // one of passed / failed per session
      sent.outcome = c.passed ? 'passed' : 'failed';
      remember();
      var result = { success: c.passed, duration: course.elapsed() };
      if (lastScore) {
        var scaled = Math.max(0, Math.min(1, Math.round(Number(lastScore.scaled) * 10000) / 10000));
        result.score = { scaled: scaled, raw: lastScore.raw, min: 0, max: 100 };
      }
      send(sent.outcome, au(), result, { cmi5: true, moveon: true, mastery: true });
    },
    finish: function () {
      if (!course.client || finished) return;
      send('terminated', au(), { duration: course.elapsed() }, { cmi5: true }, true);
      finished = true;
      course.put(true);
      course.client.flush();
      if (!unloading && returnURL) {
        course.client.idle(5000).then(function () { W.location.assign(returnURL); });
      }
    },
    /* Leave the AU: the player saves and finishes (terminated), then returnURL opens. */
    exit: function () {
      if (W.Coursesmith && typeof W.Coursesmith.leave === 'function') W.Coursesmith.leave();
      else this.finish({ suspend: false });
    }
  };
})();
