import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/odoo/graph/render-graph-text.ts
function renderGraphText(v) {
  const node = new Map(v.nodes.map((n) => [n.name, n]));
  const label = (name) => {
    const n = node.get(name);
    const where = n?.repo ?? (n?.kind === "core" ? "core" : n?.kind === "unknown" ? "NOT FOUND" : n?.path);
    return `${name}${where ? ` [${where}]` : ""}`;
  };
  const out = [label(v.center)];
  const needs = v.edges.filter((e) => e.from === v.center);
  const needed = v.edges.filter((e) => e.to === v.center);
  out.push(`  depends on (${needs.length}):`, ...needs.map((e) => `    -> ${label(e.to)}  (${e.file}:${e.line})`));
  out.push(`  needed by (${needed.length}):`, ...needed.map((e) => `    <- ${label(e.from)}  (${e.file}:${e.line})`));
  out.push(
    `  all dependencies: ${v.dependencies.join(", ") || "-"}`,
    `  all dependents: ${v.dependents.join(", ") || "-"}`
  );
  if (v.related.length > 0) out.push(`  related: ${v.related.map((r) => `${r.name} (${r.score})`).join(", ")}`);
  if (v.path)
    out.push(
      v.path.edges ? `  path to ${v.path.to}: ${[v.path.edges[0]?.from ?? v.center, ...v.path.edges.map((e) => e.to)].join(" -> ")}` : `  path to ${v.path.to}: none (neither depends on the other)`
    );
  return out.join("\n");
}

// src/odoo/graph/find-path.ts
function findPath(g, from, to) {
  return shortest(g, from, to) ?? shortest(g, to, from);
}
function shortest(g, from, to) {
  if (!g.addons.has(from) || !g.addons.has(to)) return void 0;
  if (from === to) return [];
  const via = /* @__PURE__ */ new Map();
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] ?? "";
    for (const e of g.out.get(n) ?? []) {
      if (e.to === from || via.has(e.to)) continue;
      via.set(e.to, e);
      if (e.to === to) {
        const path = [];
        for (let cur = to; cur !== from; ) {
          const edge = via.get(cur);
          if (!edge) break;
          path.unshift(edge);
          cur = edge.from;
        }
        return path;
      }
      queue.push(e.to);
    }
  }
  return void 0;
}

// src/odoo/graph/neighborhood.ts
function neighborhood(g, center, depth) {
  if (!g.addons.has(center)) return void 0;
  const distance = { [center]: 0 };
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next = [];
    for (const name of frontier) {
      for (const e of [...g.out.get(name) ?? [], ...g.in.get(name) ?? []]) {
        const other = e.from === name ? e.to : e.from;
        if (distance[other] === void 0) {
          distance[other] = d;
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const edges = g.edges.filter((e) => distance[e.from] !== void 0 && distance[e.to] !== void 0);
  return { center, distance, edges };
}

// src/odoo/graph/top-related.ts
function topRelated(g, name, limit = 10) {
  const self = g.addons.get(name);
  if (!self) return [];
  const scores = /* @__PURE__ */ new Map();
  const add = (other, score, reason) => {
    if (other === name) return;
    const r = scores.get(other) ?? { name: other, score: 0, reasons: [] };
    r.score += score;
    r.reasons.push(reason);
    scores.set(other, r);
  };
  const deps = (g.out.get(name) ?? []).map((e) => e.to);
  const dependents = (g.in.get(name) ?? []).map((e) => e.from);
  for (const d of deps) add(d, 3, `${name} depends on it`);
  for (const d of dependents) add(d, 3, `depends on ${name}`);
  for (const d of deps) {
    const sharers = (g.in.get(d) ?? []).map((e) => e.from);
    for (const s of sharers) add(s, 1 / Math.log2(1 + sharers.length), `also depends on ${d}`);
  }
  for (const d of dependents) for (const e of g.out.get(d) ?? []) add(e.to, 0.5, `also needed by ${d}`);
  if (self.repo) {
    for (const a of g.addons.values()) if (a.repo === self.repo) add(a.name, 0.25, `same repo ${self.repo}`);
  }
  return [...scores.values()].map((r) => ({ ...r, score: Math.round(r.score * 1e3) / 1e3 })).sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}

// src/odoo/graph/transitive.ts
function transitiveDependents(g, name) {
  return walk(name, (n) => (g.in.get(n) ?? []).map((e) => e.from));
}
function transitiveDependencies(g, name) {
  return walk(name, (n) => (g.out.get(n) ?? []).map((e) => e.to));
}
function walk(start, next) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [start];
  while (stack.length > 0) {
    for (const n of next(stack.pop() ?? "")) {
      if (n !== start && !seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
}

// src/odoo/graph/describe-neighborhood.ts
function describeNeighborhood(args) {
  const g = args.graph;
  const near = neighborhood(g, args.center, args.depth);
  if (!near) return void 0;
  const edge = (e) => ({ from: e.from, to: e.to, file: e.evidence.file, line: e.evidence.line });
  const nodes = Object.entries(near.distance).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([name, distance]) => {
    const a = g.addons.get(name);
    return {
      name,
      repo: a?.repo ?? null,
      path: a?.path ?? "",
      kind: a?.kind ?? "unknown",
      version: a?.version ?? null,
      license: a?.license ?? null,
      summary: a?.summary ?? "",
      distance
    };
  });
  const path = args.to ? { to: args.to, edges: findPath(g, args.center, args.to)?.map(edge) ?? null } : null;
  return {
    center: args.center,
    depth: args.depth,
    nodes,
    edges: near.edges.map(edge),
    dependencies: [...transitiveDependencies(g, args.center)].sort(),
    dependents: [...transitiveDependents(g, args.center)].sort(),
    related: topRelated(g, args.center, 5),
    path
  };
}
function isGraphView(x) {
  return typeof x === "object" && x !== null && "center" in x && "nodes" in x && "edges" in x && Array.isArray(x.nodes) && Array.isArray(x.edges);
}

export {
  renderGraphText,
  describeNeighborhood,
  isGraphView
};
