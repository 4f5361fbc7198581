// The real player's progress codec (player.js `Coursesmith.codec`) run under Node: reads a
// unit's player configuration on stdin, answers every question with its longest answer
// on its last attempt, saves the progress within SCORM 1.2's 4,096 characters, resumes
// from it, and prints what came back: {"length", "answered", "restored"}.
'use strict';
const fs = require('fs');
const path = require('path');
globalThis.window = { btoa, atob, console };
require(path.resolve(process.argv[2]));  // player.js
const codec = window.Coursesmith.codec;
const cfg = JSON.parse(fs.readFileSync(0, 'utf8'));

function longestAnswer(q) {
  switch (q.type) {
    case 'single': return q.choices[q.choices.length - 1];
    case 'multiple': return q.choices.slice();
    case 'true_false': return 'true';
    case 'fill_in': return 'x'.repeat(80);
    case 'matching': return q.pairs.slice().reverse();
    default: return q.items.slice().reverse();
  }
}

const answers = {};
for (const [key, q] of Object.entries(cfg.questions)) {
  answers[key] = { n: q.attempts || 1, ok: true, v: longestAnswer(q) };
}
const state = { page: cfg.pages.length, seen: cfg.pages.map(() => true), answers, done: true };
const text = codec.encode(cfg, state, Number(process.argv[3] || 4096));
const back = codec.decode(cfg, text) || { answers: {} };
const restored = Object.keys(answers).filter(
  (k) => back.answers[k] && JSON.stringify(back.answers[k].v) === JSON.stringify(answers[k].v)).length;
process.stdout.write(JSON.stringify({ length: text.length, answered: Object.keys(answers).length, restored }));
