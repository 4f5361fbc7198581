/* Coursesmith tracking adapter for xAPI 1.0.3 with a TinCan launch: reads endpoint, auth,
   actor, registration and activity_id from the launch URL (only endpoint and actor are
   needed to track; without them the course runs untracked with a local bookmark).

   Statements: initialized first, experienced per page, answered per submitted question,
   completed, passed / failed, suspended when leaving early, terminated last. The bookmark
   and answers live in the State API (stateId "bookmark"), so a relaunch with the same
   registration opens where the learner left. A statement the LRS cannot take (5xx, network
   error, timeout) is kept — in localStorage too — and sent again with a short backoff; on
   leaving, whatever is left goes out with fetch keepalive. A statement the LRS refuses
   (4xx) is dropped with a console warning. The learner never waits for the LRS.

   Built on shared/lrs-client.js (the LRS client and queue) and shared/course-state.js
   (activities, the bookmark), which the page loads first, as for cmi5.js. */
(function () {
  'use strict';
  var lrs = window.CoursesmithLrs('Coursesmith xAPI: ');
  var course = window.CoursesmithCourse(lrs, stateQuery);
  var TYPES = course.types;

  var actor = null, registration = null, courseId = '';
  var finished = false, lastScore = null, sent = { completed: false, outcome: null };

  function courseActivity() { return course.activity(courseId, TYPES.course, course.cfg.course.title); }

  function statement(verb, object, result, contextActivities) {
    var s = {
      id: lrs.uuid(), timestamp: lrs.timestamp(), actor: actor, verb: course.verb(verb), object: object,
      context: { language: course.locale, platform: 'Coursesmith' }
    };
    if (result) s.result = result;
    if (registration) s.context.registration = registration;
    if (contextActivities) s.context.contextActivities = contextActivities;
    return s;
  }

  function send(verb, object, result, contextActivities, hold) {
    if (!course.client || (finished && verb !== 'suspended' && verb !== 'terminated')) return;
    course.client.add(statement(verb, object, result, contextActivities), hold);
  }

  function courseLevel() {  // statements about the course itself
    var cfg = course.cfg;
    return cfg.unit.id !== cfg.course.id ? { parent: [course.activity(courseId, TYPES.course)] } : undefined;
  }

  function stateQuery() {
    var values = { activityId: courseId, agent: JSON.stringify(actor) };
    if (registration) values.registration = registration;
    return values;
  }

  // ---- the tracker interface

  window.CoursesmithAdapter = {
    name: 'xapi',
    maxState: 0,
    start: function (config) {
      course.take(config);
      var p = lrs.launchParams();
      if (!p.endpoint) return course.untracked();
      actor = lrs.parseJson(p.actor || '');
      if (!actor || !lrs.agentKey(actor)) return course.untracked('the launch URL has no usable actor');
      if (typeof window.fetch !== 'function') return course.untracked('this browser cannot reach the LRS (no fetch)');
      if (!course.base) return course.untracked('the player config has no activity base');
      registration = p.registration || null;
      var endpoint = p.endpoint.replace(/\/*$/, '/');
      courseId = p.activity_id || course.base;
      var who = lrs.agentKey(actor) + '|' + (registration || '');
      course.stateKey = 'coursesmith:xapi:state:' + courseId + '|' + who;
      course.client = lrs.makeClient(endpoint, p.auth || '', 'coursesmith:xapi:queue:' + endpoint + '|' + who);
      course.client.load();
      send('initialized', courseActivity(), null, courseLevel());
      return course.load().then(function (doc) {
        if (doc && doc.suspendData) {
          course.saved.text = doc.suspendData;
          course.saved.location = doc.location || null;
          send('resumed', courseActivity(), null, courseLevel());
        }
        return { resumeState: doc ? doc.suspendData || null : null, location: doc ? doc.location || null : null, mastery: null, mode: 'normal' };
      });
    },
    saveState: function (text) { course.save(text); },
    location: function (key) {
      if (!course.client || finished) return;
      var page = course.visit(key);
      if (page) {
        send('experienced', course.page(page), null, {
          parent: [course.lesson(page.lesson)], grouping: [course.activity(courseId, TYPES.course)]
        });
      }
    },
    progress: function () {},
    interaction: function (i) {
      if (!course.client || finished) return;
      var answered = course.answered(i);
      var context = { grouping: [course.activity(courseId, TYPES.course)] };
      if (answered.page) {
        context.parent = [course.page(answered.page)];
        context.grouping.unshift(course.lesson(answered.page.lesson));
      }
      send('answered', answered.object, answered.result, context);
    },
    score: function (s) { lastScore = s; },
    complete: function (c) {
      if (!course.client || finished) return;
      if (c.completed !== false && !sent.completed) {
        sent.completed = true;
        send('completed', courseActivity(), { completion: true, duration: course.elapsed() }, courseLevel());
      }
      if (c.passed !== true && c.passed !== false) return;
      var verb = c.passed ? 'passed' : 'failed';
      var scaled = lastScore ? Math.max(0, Math.min(1, Math.round(Number(lastScore.scaled) * 10000) / 10000)) : null;
      if (sent.outcome === verb + scaled) return;  // reported again only when it changes
      sent.outcome = verb + scaled;
      var result = { success: c.passed, duration: course.elapsed() };
      if (scaled !== null) result.score = { scaled: scaled, raw: lastScore.raw, min: 0, max: 100 };
      send(verb, courseActivity(), result, courseLevel());
    },
    finish: function (f) {
      if (!course.client || finished) return;
      if (f && f.suspend) send('suspended', courseActivity(), { duration: course.elapsed() }, courseLevel(), true);
      send('terminated', courseActivity(), { duration: course.elapsed() }, courseLevel(), true);
      finished = true;
      course.put(true);
      course.client.flush();
    }
  };
})();
