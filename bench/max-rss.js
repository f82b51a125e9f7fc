// Preload for the peak-memory runs only (`node -r bench/max-rss.js …`): on exit, writes the process's
// max RSS in KB to the file named by BENCH_MAX_RSS_FILE. Timed runs never load it.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => writeFileSync(process.env.BENCH_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));
