// 6. Designer: frame times while dragging one node of a generated 300-node flow, in headless Chromium.
// The flow is saved as a draft through the API (POST /api/definitions, as admin) and opened at
// /designer/<key> (apps/web/src/designer/DesignerPage.tsx: "/designer/<key> → that flow's latest version").
// A requestAnimationFrame loop in the page records frame-to-frame deltas while page.mouse drags a node in small
// steps. When the designer cannot be measured (no web build, no Chromium, the page does not show the flow),
// the result is { frameMs: null, note } and the rest of the bench goes on.
//
// TODO(designer): if the designer's route or markup changes, adapt openFlow() below; it is the only place that
// knows how the designer loads a flow and what a node looks like (.react-flow__node[data-id]).
/* global document, window, sessionStorage, requestAnimationFrame, CSS -- page functions run in Chromium */
import fs from 'node:fs';
import path from 'node:path';
import { apiRequire, browserUnavailable, log, percentile, root, round, sleep } from './lib/env.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../test/utils/chromium-flags.mjs';

const CHROMIUM = chromiumPath();
export const NODES = 300;
const DRAG_STEPS = 120;

/**
 * A valid, block-structured 300-node flow: start → acceptance → 59 × (parallel → 3 reviews → join) → 2 reviews → end,
 * laid out on a 20-column grid so the whole flow fits the canvas.
 */
export function generateFlow(key = `bench-designer-${NODES}`) {
  const nodes = [
    { id: 'start', type: 'start', name: '申请' },
    {
      id: 'accept',
      type: 'acceptance',
      name: '窗口受理',
      department: 'center',
      assignees: { roles: ['officer'], users: [] },
      materials: [{ code: 'M01', name: '申请表', required: true }],
      timeLimit: { days: 1 },
    },
  ];
  const edges = [{ id: 'e-start-accept', source: 'start', target: 'accept' }];
  let previous = 'accept';
  // The outcome an edge leaving `source` carries: accept from the acceptance, approve from a review, none else.
  const outcomeOf = (source) =>
    source === 'accept' ? { on: 'accept' } : /^(r|tail)/.test(source) ? { on: 'approve' } : {};
  const link = (source, target, extra = {}) => edges.push({ id: `e-${source}-${target}`, source, target, ...extra });
  const departments = ['planning', 'fire', 'environment'];
  const review = (id, i) => ({
    id,
    type: 'review',
    name: `审查 ${id}`,
    department: departments[i % 3],
    assignees: { roles: ['reviewer'], users: [] },
    mode: 'any',
    timeLimit: { days: 3 },
  });
  const blocks = Math.floor((NODES - 5) / 5);
  for (let b = 0; b < blocks; b++) {
    const fork = `p${b}`;
    const join = `j${b}`;
    nodes.push({ id: fork, type: 'parallel', name: `并联 ${b + 1}` });
    link(previous, fork, outcomeOf(previous));
    for (let r = 0; r < 3; r++) {
      const id = `r${b}-${r}`;
      nodes.push(review(id, r));
      link(fork, id);
      link(id, join, { on: 'approve' });
    }
    nodes.push({ id: join, type: 'join', name: `汇总 ${b + 1}`, policy: 'all' });
    previous = join;
  }
  for (let r = 0; nodes.length < NODES - 1; r++) {
    const id = `tail${r}`;
    nodes.push(review(id, r));
    link(previous, id, outcomeOf(previous));
    previous = id;
  }
  nodes.push({ id: 'ok', type: 'end', name: '办结', outcome: 'approved' });
  link(previous, 'ok', outcomeOf(previous));
  const layout = Object.fromEntries(
    nodes.map((node, i) => [node.id, { x: (i % 20) * 260, y: Math.floor(i / 20) * 160 }]),
  );
  return {
    key,
    name: `性能测试 ${NODES} 节点`,
    timeLimit: { statutoryDays: 20, promisedDays: 10 },
    nodes,
    edges,
    layout,
  };
}

/** Why the designer cannot be measured here, or null. */
function unavailable() {
  if (!fs.existsSync(path.join(root, 'apps/web/src/designer/DesignerPage.tsx'))) return 'no designer page yet';
  return browserUnavailable(CHROMIUM);
}

/** Opens the flow in the designer; returns the node to drag. The one place that knows the designer's markup. */
async function openFlow(page, baseUrl, key) {
  await page.goto(`${baseUrl}/designer/${encodeURIComponent(key)}`);
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, NODES, {
    timeout: 30_000,
  });
  // Let the initial fitView animation and layout settle.
  await sleep(1500);
  // A node near the middle of the viewport.
  return page.evaluate(() => {
    const { innerWidth: w, innerHeight: h } = window;
    let best = null;
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      if (r.width < 8 || r.height < 8) continue;
      const d = Math.hypot(r.x + r.width / 2 - w / 2, r.y + r.height / 2 - h / 2);
      if (!best || d < best.d)
        best = {
          d,
          id: el.getAttribute('data-id'),
          x: r.x + r.width / 2,
          y: r.y + r.height / 2,
          w: r.width,
          h: r.height,
        };
    }
    return best;
  });
}

/**
 * Measures; `api` is { baseUrl, token } of a running API that serves the web app.
 * Returns { frameMs, ... } or { frameMs: null, note }.
 */
export async function measureDesignerFrame({ baseUrl, token, request }) {
  const why = unavailable();
  if (why) return { frameMs: null, note: why };
  const flow = generateFlow();
  const { validateFlow } = apiRequire('@tongban/flow-model');
  const validity = validateFlow(flow);
  if (!validity.valid) return { frameMs: null, note: `generated flow is invalid: ${validity.errors[0]?.message}` };
  await request('POST', '/api/definitions', { token, body: flow });

  const { chromium } = apiRequire('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript((value) => sessionStorage.setItem('tongban.token', value), token);
    let target;
    try {
      target = await openFlow(page, baseUrl, flow.key);
    } catch (error) {
      return {
        frameMs: null,
        note: `the designer did not show the ${NODES}-node flow: ${error.message.split('\n')[0]}${errors.length ? `; page error: ${errors[0]}` : ''}`,
      };
    }
    if (!target) return { frameMs: null, note: 'no draggable node found on the canvas' };
    const rendered = await page.evaluate(() => ({
      nodes: document.querySelectorAll('.react-flow__node').length,
      edges: document.querySelectorAll('.react-flow__edge').length,
    }));
    const before = await nodeTransform(page, target.id);

    // Frame recorder: rAF deltas while recording; a frame counts when a pointer move arrived since the last one.
    await page.evaluate(() => {
      const w = window;
      w.__bench = { frames: [], idle: 0, moved: false, recording: true };
      document.addEventListener('pointermove', () => (w.__bench.moved = true), { capture: true, passive: true });
      let last = performance.now();
      const tick = (now) => {
        const b = w.__bench;
        if (!b.recording) return;
        if (b.moved) b.frames.push(now - last);
        else b.idle++;
        b.moved = false;
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    const dragStarted = performance.now();
    for (let i = 1; i <= DRAG_STEPS; i++) {
      // Small steps, sent as fast as the page takes them (each waits for the renderer to accept the event).
      await page.mouse.move(target.x + i * 3, target.y + Math.round(Math.sin(i / 10) * 40));
    }
    await page.mouse.up();
    const dragMs = performance.now() - dragStarted;
    await sleep(100);
    const { frames, idle } = await page.evaluate(() => {
      window.__bench.recording = false;
      return window.__bench;
    });
    const after = await nodeTransform(page, target.id);
    if (before === after) return { frameMs: null, note: `the node ${target.id} did not move when dragged` };
    const sorted = Float64Array.from(frames.slice(1)).sort();
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    log(`designer: ${rendered.nodes} nodes, ${sorted.length} frames with pointer moves while dragging ${target.id}`);
    return {
      frameMs: round(percentile(sorted, 95), 1),
      meanFrameMs: round(mean, 1),
      p50FrameMs: round(percentile(sorted, 50), 1),
      p95FrameMs: round(percentile(sorted, 95), 1),
      maxFrameMs: round(sorted[sorted.length - 1], 1),
      framesOver33ms: sorted.filter((d) => d > 33.4).length,
      frames: sorted.length,
      idleFrames: idle,
      moves: DRAG_STEPS,
      dragMs: round(dragMs, 0),
      nodes: rendered.nodes,
      edges: rendered.edges,
      dragged: target.id,
      note: 'requestAnimationFrame deltas of frames that handled a pointer move while dragging (60 Hz → 16.7 ms); frameMs is their 95th percentile',
      ...(errors.length ? { pageErrors: errors.slice(0, 3) } : {}),
    };
  } finally {
    await browser.close();
  }
}

function nodeTransform(page, id) {
  return page.evaluate(
    (nodeId) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)?.style.transform ?? null,
    id,
  );
}
