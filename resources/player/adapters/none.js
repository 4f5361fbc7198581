/* Coursesmith tracking adapter "none": no LMS; the bookmark and answers stay in
   localStorage, keyed by course and unit, so a learner who comes back resumes. */
(function () {
  'use strict';
  var key = null;

  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  window.CoursesmithAdapter = {
    name: 'none',
    maxState: 0,
    start: function (config) {
      key = 'coursesmith:' + config.course.id + ':' + config.unit.id;
      var saved = null;
      try { saved = store() ? store().getItem(key) : null; } catch (e) { saved = null; }
      return { resumeState: saved || null, mastery: null, mode: 'normal' };
    },
    saveState: function (text) {
      try { if (store() && key) store().setItem(key, text); } catch (e) { console.warn('Coursesmith: could not keep the bookmark', e); }
    },
    location: function () {},
    progress: function () {},
    interaction: function () {},
    score: function () {},
    complete: function () {},
    finish: function () {}
  };
})();
