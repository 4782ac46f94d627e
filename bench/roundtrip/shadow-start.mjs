#!/usr/bin/env node
// shadow-start.mjs RUNS SERVER_URL — how long a shadow takes to answer its first query: PGlite from the
// cached template, and a scratch database on the server. JSON on stdout: { pglite: [ms...], server: [ms...] }.
import { openShadow } from '../../dist/shadow/index.js';

const runs = Number(process.argv[2] ?? 5);
const server = process.argv[3];
const out = { pglite: [], server: [], pgliteFirstFromTemplate: null };
// One start first, so the template exists (the very first start on a machine runs initdb and writes it).
const warm = await openShadow();
out.pgliteFirstFromTemplate = warm.fromTemplate;
await warm.dispose();
for (let i = 0; i < runs; i++) {
  const p = await openShadow();
  out.pglite.push(Math.round(p.startMs));
  await p.dispose();
  if (server) {
    const s = await openShadow({ shadowUrl: server });
    out.server.push(Math.round(s.startMs));
    await s.dispose();
  }
}
console.log(JSON.stringify(out));
