/*
 * A minimal LMS around scorm-again for the end-to-end tests.
 *
 * Reads window.__LMS_CONFIG (set by the Python harness before the page loads):
 *   { standard: "scorm12" | "scorm2004", scoUrl: "...", cmi: {...} | null, settings: {...} }
 * makes window.API (1.2) or window.API_1484_11 (2004), seeds a relaunch with loadFromJSON,
 * records every call the SCO makes and every scorm-again event and log line in window.__lms,
 * then loads the SCO in an iframe named "sco", as an LMS does.
 */
(function () {
  "use strict";

  var config = window.__LMS_CONFIG || {};
  var standard = config.standard === "scorm2004" ? "scorm2004" : "scorm12";
  var record = {
    standard: standard,
    calls: [],    // every API call made by the SCO: method, element, value, result, error
    events: [],   // what scorm-again's on(...) hooks saw
    commits: [],  // the CMI as stored at each Commit / Finish (what an LMS would persist)
    log: [],      // scorm-again's own log lines: {level, message}
    finished: false,
    setupError: null
  };
  window.__lms = record;

  var LEVEL_NAMES = { 1: "DEBUG", 2: "INFO", 3: "WARN", 4: "ERROR", 5: "NONE" };

  function levelName(level) {
    return LEVEL_NAMES[level] || String(level).toUpperCase();
  }

  function now() {
    return Math.round(performance.now());
  }

  var settings = {
    autocommit: false,
    lmsCommitUrl: false,         // no HTTP: the harness reads the CMI from the page
    logLevel: 3,                 // WARN: SCORM errors (ERROR) and warnings reach onLogMessage
    autoCompleteLessonStatus: false,
    mastery_override: false,
    score_overrides_status: false,
    selfReportSessionTime: false,
    sendFullCommit: true,
    strict_errors: true,
    onLogMessage: function (level, message) {
      record.log.push({ level: levelName(level), message: String(message), t: now() });
      // Visible when debugging, but never as console.error: console errors belong to the SCO.
      console.info("[scorm-again " + levelName(level) + "] " + message);
    }
  };
  var extra = config.settings || {};
  Object.keys(extra).forEach(function (key) { settings[key] = extra[key]; });

  var api;
  var names;
  try {
    if (standard === "scorm2004") {
      api = new window.Scorm2004API(settings);
      names = {
        init: "Initialize", finish: "Terminate", get: "GetValue", set: "SetValue",
        commit: "Commit", lastError: "GetLastError", errorString: "GetErrorString",
        diagnostic: "GetDiagnostic"
      };
    } else {
      api = new window.Scorm12API(settings);
      names = {
        init: "LMSInitialize", finish: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue",
        commit: "LMSCommit", lastError: "LMSGetLastError", errorString: "LMSGetErrorString",
        diagnostic: "LMSGetDiagnostic"
      };
    }
    if (config.cmi) {
      api.loadFromJSON(config.cmi);
    }
  } catch (e) {
    record.setupError = String(e && e.stack || e);
    throw e;
  }

  function snapshot() {
    try {
      return api.renderCMIToJSONObject();
    } catch (e) {
      return { error: String(e) };
    }
  }

  // scorm-again's own hooks (they fire inside the call, also when the call fails).
  function hook(eventName) {
    api.on(eventName, function (element, value) {
      var entry = { event: eventName, t: now() };
      if (element !== undefined) { entry.element = element; }
      if (value !== undefined) { entry.value = value; }
      record.events.push(entry);
    });
  }
  var setPrefix = names.set + ".";
  [names.init, setPrefix + "cmi.*", setPrefix + "adl.*", names.commit, names.finish].forEach(hook);
  api.on(names.commit, function () { record.commits.push({ event: names.commit, cmi: snapshot() }); });
  api.on(names.finish, function () {
    record.finished = true;
    record.commits.push({ event: names.finish, cmi: snapshot() });
  });

  // Wrap the public functions so that each call is recorded with its result and the error
  // code GetLastError would give right after it.
  var original = {};
  Object.keys(names).forEach(function (key) {
    var name = names[key];
    var fn = api[name];
    original[name] = fn;
    var isErrorQuery = key === "lastError" || key === "errorString" || key === "diagnostic";
    api[name] = function () {
      var args = Array.prototype.slice.call(arguments);
      var result = fn.apply(api, args);
      var entry = { method: name, args: args, result: result, t: now() };
      if (key === "get" || key === "set") { entry.element = args[0]; }
      if (key === "set") { entry.value = args[1] === undefined ? undefined : String(args[1]); }  // as stored; `args` keeps the raw value
      if (!isErrorQuery) {
        var code = String(original[names.lastError].call(api));
        entry.error = code;
        if (code !== "0") {
          entry.errorString = String(original[names.errorString].call(api, code));
          entry.diagnostic = String(original[names.diagnostic].call(api, code));
        }
      }
      record.calls.push(entry);
      return result;
    };
  });

  if (standard === "scorm2004") {
    window.API_1484_11 = api;
  } else {
    window.API = api;
  }
  record.snapshot = snapshot;

  function loadSco() {
    var frame = document.createElement("iframe");
    frame.id = "sco";
    frame.name = "sco";
    frame.title = "Course";
    frame.src = config.scoUrl || "about:blank";
    document.body.appendChild(frame);
  }

  // How an LMS takes the SCO away: navigate its frame elsewhere (pagehide, beforeunload and
  // unload run), or remove the frame entirely.
  record.unloadSco = function (how) {
    var frame = document.getElementById("sco");
    if (!frame) { return false; }
    if (how === "remove") {
      frame.parentNode.removeChild(frame);
    } else {
      frame.src = "about:blank";
    }
    return true;
  };

  if (document.body) {
    loadSco();
  } else {
    document.addEventListener("DOMContentLoaded", loadSco);
  }
})();
