#!/usr/bin/env node
// The bench's table (Markdown, so the README can take it as is). `node bench/report.mjs` prints the table of
// bench/results.json again; run.mjs calls printReport after a run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fmt = (v, digits = 0) =>
  v === null || v === undefined
    ? '—'
    : Number(v).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** How a section's ratio was taken: the median of its rounds, each against the ceiling rounds on either side. */
function roundsNote(section) {
  const rounds = section.rounds;
  if (!rounds) return '';
  const ratios = [...rounds.ratio].sort((a, b) => a - b);
  return ` (median of ${ratios.length} rounds, ratios ${fmt(ratios[0], 2)}–${fmt(ratios[ratios.length - 1], 2)}; ceiling around them ${fmt(section.ceilingTps)} tx/s)`;
}
const mark = (ok) => (ok === null ? '' : ok ? '✅' : '❌');

/** The spread of the short ceiling rounds taken between the rounds of 2 and 3. */
function ceilingRange(r) {
  const rounds = [r.details.service, r.details.http].flatMap((section) => section?.rounds?.ceilingTps ?? []);
  return rounds.length ? `${rounds.length} rounds ${fmt(Math.min(...rounds))}–${fmt(Math.max(...rounds))}; ` : '';
}

/** CPU ms (server + pgbench) per ceiling transaction, averaged over the runs that measured it. */
function ceilCpu(runs) {
  const values = runs.map((c) => c.cpu?.cpuMsPerTransaction).filter((v) => v !== undefined && v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function reportRows(r) {
  const d = r.details;
  const t = r.targets;
  const rows = [];
  const ceil = d.ceiling ?? [];
  if (ceil.length) {
    rows.push([
      '1',
      `Ceiling: UPDATE instance + INSERT event per transaction, ${ceil[0].clients} clients (${ceil[0].tool?.split(' ')[0] ?? '—'})`,
      `**${fmt(r.ceilingTps)} tx/s** (median of every run and round; ${ceilingRange(r)}full run ${ceil.map((c) => fmt(c.tps)).join(' / ')}, same from 8 node-postgres clients ${ceil.map((c) => fmt(c.nodeTps)).join(' / ')})`,
      '',
      '',
    ]);
  }
  if (d.service) {
    const s = d.service;
    const p = s.profile;
    rows.push([
      '2',
      `Service layer, no HTTP (submit → accept → 3 approvals), ${s.workers} workers`,
      `**${fmt(s.commandsPerSecond)} commands/s = ${fmt(r.serviceRatio, 2)} × ceiling**${roundsNote(s)} (p50 ${fmt(s.latency.p50Ms, 1)} ms, p99 ${fmt(s.latency.p99Ms, 1)} ms; ${fmt(s.commandsPerCommit, 1)} commands per commit, ${fmt(s.queriesPerCommand, 1)} SQL round trips per command)`,
      `≥ ${t.serviceRatio}`,
      mark(r.serviceRatio === null ? null : r.serviceRatio >= t.serviceRatio),
    ]);
    rows.push([
      '',
      '… CommandExecutor.execute alone (no authorisation reads, no view)',
      `${fmt(s.executorOnly.commandsPerSecond)} commands/s = ${fmt(r.executorRatio, 2)} × ceiling`,
      '',
      '',
    ]);
    rows.push([
      '',
      '… one command, 1 worker: where the time goes',
      `${fmt(p.msPerCommand, 2)} ms = SQL ${fmt(p.sqlMsPerCommand, 2)} ms (${fmt(p.queriesPerCommand, 1)} round trips) + engine ${fmt(p.engineMsPerCommand, 3)} ms + Nest/TypeORM/JSON ${fmt(p.otherMsPerCommand, 2)} ms`,
      '',
      '',
    ]);
    if (s.cpu?.serverCores !== null && s.cpu?.serverCores !== undefined) {
      rows.push([
        '',
        '… CPU under load (cores busy)',
        `Node ${fmt(s.cpu.benchProcessCores, 2)} + PostgreSQL ${fmt(s.cpu.serverCores, 2)} of ${r.machine.cores} → ${fmt(s.cpu.cpuMsPerCommand, 2)} CPU ms per command (ceiling: ${fmt(ceilCpu(ceil), 2)} per transaction)`,
        '',
        '',
      ]);
    }
  }
  if (d.http) {
    const h = d.http;
    rows.push([
      '3',
      `HTTP with auth + validation, ${h.connections} keep-alive connections`,
      `**${fmt(h.requestsPerSecond)} req/s = ${fmt(r.httpRatio, 2)} × ceiling**${roundsNote(h)}, p50 ${fmt(h.latency.p50Ms, 1)} / p95 ${fmt(h.latency.p95Ms, 1)} / **p99 ${fmt(h.latency.p99Ms, 1)} ms**`,
      `≥ ${t.httpRatio}, p99 < ${t.httpP99Ms} ms`,
      mark(r.httpRatio === null ? null : r.httpRatio >= t.httpRatio && r.httpP99Ms < t.httpP99Ms),
    ]);
    if (h.cpu?.apiProcessCores !== null && h.cpu?.apiProcessCores !== undefined) {
      rows.push([
        '',
        '… CPU under load (cores busy)',
        `API ${fmt(h.cpu.apiProcessCores, 2)} + PostgreSQL ${fmt(h.cpu.serverCores, 2)} (+ load generator ${fmt(h.cpu.loadGeneratorCores, 2)}) → ${fmt(h.cpu.cpuMsPerRequest, 2)} CPU ms per request`,
        '',
        '',
      ]);
    }
  }
  if (d.engine) {
    const e = d.engine;
    rows.push([
      '4',
      `In-memory engine vs bpmn-engine ${e.bpmnEngine.version}, N = ${fmt(e.n)} (restore → command → store JSON)`,
      `**${fmt(e.ours.instancesPerSecond)} vs ${fmt(e.bpmnEngine.durable.instancesPerSecond, 1)} instances/s = ${fmt(e.ratio.durable, 0)}×**; snapshot ${fmt(e.ours.snapshotBytes)} B vs ${fmt(e.bpmnEngine.durable.snapshotBytes)} B (${fmt(e.snapshotBytesRatio, 1)}× smaller)`,
      `≥ ${t.bpmnEngineRatio}×`,
      mark(r.bpmnEngineRatio === null ? null : r.bpmnEngineRatio >= t.bpmnEngineRatio),
    ]);
    rows.push([
      '',
      '… bpmn-engine kept live in memory (nothing durable)',
      `with getState() per command ${fmt(e.bpmnEngine.snapshot.instancesPerSecond, 1)}/s = ${fmt(e.ratio.snapshot, 0)}×; no state ${fmt(e.bpmnEngine.live.instancesPerSecond, 1)}/s = ${fmt(e.ratio.live, 0)}×`,
      '',
      '',
    ]);
  }
  if (d.engine?.stepCost) rows.push(...stepCostRows(d.engine.stepCost));
  if (d.timers) {
    const m = d.timers;
    rows.push([
      '5',
      `Timers: find and fire ${fmt(m.due)} due (real steps) among pending`,
      `**100 k: ${fmt(m.at100k.ms)} ms, 1 M: ${fmt(m.at1M.ms)} ms** (×${fmt(m.growth, 2)}; ${fmt(m.at1M.msPerTimer, 2)} ms per timer, in batches; claim: ${m.at1M.claimPlan}, ${fmt(m.at1M.claimQueryMs, 2)} ms)` +
        (m.at1M.followUpMs !== undefined ? `; then delivering the notifications they caused: ${fmt(m.at1M.followUpMs)} ms` : ''),
      `1 M: < ${fmt(t.timerDueMsMax)} ms, flat (≤ ×${t.timerGrowthMax})`,
      mark(m.growth <= t.timerGrowthMax && m.at1M.ms < t.timerDueMsMax),
    ]);
  }
  if (d.designer) {
    const g = d.designer;
    rows.push([
      '6',
      'Designer: drag a node in a 300-node flow, headless Chromium',
      g.frameMs === null
        ? `— (${g.note})`
        : `**p95 frame ${fmt(g.frameMs, 1)} ms** (p50 ${fmt(g.p50FrameMs, 1)}, max ${fmt(g.maxFrameMs, 1)}; ${g.frames} frames, ${g.nodes} nodes, ${g.edges} edges)`,
      `≤ ${t.designerFrameMs} ms (60 fps)`,
      mark(g.frameMs === null ? null : g.frameMs <= t.designerFrameMs + 0.5),
    ]);
  }
  if (d.web) rows.push(...webRows(r));
  return rows;
}

const kB = (bytes) => `${fmt(bytes / 1024, 0)} kB`;

/** 7 and 7b: the portal's first screen, and each face's first load over the wire. */
function webRows(r) {
  const w = r.details.web;
  const when =
    w.commit && w.commit !== r.machine.gitCommit
      ? ` (measured ${w.measuredAt.slice(0, 16).replace('T', ' ')} UTC, commit ${w.commit}, load average ${w.loadAverage?.join(' ') ?? '?'})`
      : '';
  if (w.portalInteractiveMs === null)
    return [['7', 'Portal first screen interactive, headless Chromium', `— (${w.note})`, '', '']];
  const rows = [
    [
      '7',
      'Portal first screen interactive: navigation start → first 在线办理 usable, 390×844 phone, empty cache, headless Chromium',
      `**${fmt(w.portalInteractiveMs)} ms** (median of ${w.runs}: ${w.portalInteractiveRunsMs.join(' / ')} ms)${when}`,
      `≤ ${fmt(r.targets.portalInteractiveMs)} ms`,
      mark(w.portalInteractiveMs <= r.targets.portalInteractiveMs),
    ],
  ];
  const label = {
    home: 'home page',
    portal: 'portal catalog',
    workbench: 'workbench sign-in',
    supervision: 'supervision sign-in',
    designer: 'designer sign-in',
  };
  w.faces.forEach((f, i) =>
    rows.push([
      i === 0 ? '7b' : '',
      `First load over the wire: ${label[f.face] ?? f.face} (${f.path}${f.device ? `, ${f.device}` : ''})`,
      f.bytes === null
        ? `— (${f.note})`
        : `**${kB(f.bytes)}** in ${f.requests} requests (static files ${kB(f.staticBytes)}, ${f.encodings.join(' + ') || '—'}); ready at ${fmt(f.readyMs)} ms`,
      '',
      '',
    ]),
  );
  return rows;
}

/** 4b: one accept against the flow's size, with how the cost grows (1 = linear). */
export function stepCostRows(cost) {
  const describe = { chain: 'nodes in a chain', parallel: 'parallel branches' };
  const targetSize = { chain: 1_000, parallel: 200 };
  return Object.entries(describe).map(([shape, what], i) => {
    const rows = cost[shape] ?? [];
    const target = rows.find((row) => row.size === targetSize[shape]);
    const steps = rows
      .map(
        (row) =>
          `${fmt(row.size)}: ${fmt(row.stepMs, 2)} ms${row.linearity === null ? '' : ` (×${fmt(row.linearity, 2)})`}`,
      )
      .join(', ');
    const compiles = rows.map((row) => fmt(row.compileMs)).join(' / ');
    return [
      i === 0 ? '4b' : '',
      `One accept that passes every node: ${what} (compiled once per definition)`,
      `${steps}; linearity = cost ratio ÷ size ratio, 1 is linear; compile ${compiles} ms`,
      `${fmt(targetSize[shape])} ${what.split(' ')[0]}: < ${cost.targetMs} ms`,
      mark(target ? target.stepMs < cost.targetMs : null),
    ];
  });
}

export function machineLine(r) {
  const m = r.machine;
  const pg = m.postgres;
  return (
    `${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB, ${m.os}; Node ${m.node}; PostgreSQL ${pg.version}` +
    `${pg.embedded ? ' (embedded)' : ''}, synchronous_commit=${pg.synchronousCommit}, fsync=${pg.fsync}, ` +
    `shared_buffers=${pg.sharedBuffers}; load average at start ${m.loadAverage.join(' ')}; ` +
    `${r.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.gitCommit ?? '?'}${m.gitDirty ? ' (+ uncommitted changes)' : ''}` +
    `${r.quick ? '; QUICK RUN (short measurements)' : ''}; whole run ${r.runSeconds} s`
  );
}

export function toMarkdown(r) {
  const lines = ['| # | measurement | result | target | |', '|---|---|---|---|---|'];
  for (const row of reportRows(r))
    lines.push(`| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`);
  return `${lines.join('\n')}\n\nMachine: ${machineLine(r)}.`;
}

export function printReport(r) {
  process.stdout.write(`\n${toMarkdown(r)}\n\n`);
  const fields = [
    'ceilingTps',
    'serviceRatio',
    'httpRatio',
    'httpP99Ms',
    'bpmnEngineRatio',
    'timerDueMs100k',
    'timerDueMs1M',
    'designerFrameMs',
    'portalInteractiveMs',
  ];
  process.stdout.write(`${fields.map((f) => `${f}=${r[f] ?? 'null'}`).join('  ')}\n`);
  const profile = r.details.http?.apiProfile;
  if (profile) {
    process.stdout.write(`\nAPI process CPU profile (${profile.file}), self time:\n`);
    for (const { name, percent } of profile.byPackage)
      process.stdout.write(`  ${String(percent).padStart(5)}%  ${name}\n`);
    process.stdout.write('  top functions:\n');
    for (const { name, percent } of profile.byFunction)
      process.stdout.write(`  ${String(percent).padStart(5)}%  ${name}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
  printReport(JSON.parse(fs.readFileSync(file, 'utf8')));
}
