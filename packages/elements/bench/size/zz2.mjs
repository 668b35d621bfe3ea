import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
const components = readdirSync('src/components', { withFileTypes: true }).filter((e) => e.isDirectory());
const entryPoints = Object.fromEntries(components.map(({ name }) => [name, `src/components/${name}/define.ts`]));
const result = await build({ entryPoints, bundle: true, splitting: true, format: 'esm', platform: 'browser', minify: true, write: false, outdir: 'out', metafile: true,
  conditions: ['@integrakit/source', 'browser', 'import', 'default'],
  external: ['node:*', 'crypto', 'url', 'util', 'events', 'stream', 'buffer', 'zlib'], logLevel: 'error', alias: process.env.MINI ? { zod: '/work/wt-wizard/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/index.js' } : {} });
const { outputs, inputs } = result.metafile;
const entries = new Set(Object.values(entryPoints));
const starts = Object.keys(outputs).filter(p => entries.has(outputs[p].entryPoint));
const seen = new Set(); const q=[...starts];
while(q.length){const p=q.pop(); if(seen.has(p))continue; seen.add(p); for(const i of outputs[p].imports) if(!i.external && i.kind==='import-statement') q.push(i.path);}
const initial = new Set(); for (const p of seen) for (const [i, info] of Object.entries(outputs[p].inputs)) if (info.bytesInOutput > 0) initial.add(i);
for (const i of [...initial].sort()) { if (i.includes('node_modules')) continue; const z = inputs[i]?.imports.filter(x => /zod/.test(x.original ?? '')).map(x => x.original); if (z?.length) console.log(i, z.join(',')); }
const rows = []; for (const p of seen) for (const [i, info] of Object.entries(outputs[p].inputs)) if (info.bytesInOutput > 0) rows.push([info.bytesInOutput, i.replace(/^.*node_modules\/\.pnpm\//,'')]);
rows.sort((a,b)=>b[0]-a[0]); for (const r of rows.slice(0,400)) console.log(r[0], r[1]);
const target = process.env.WHY;
if (target) for (const i of initial) for (const imp of inputs[i]?.imports ?? []) if (imp.path.includes(target)) console.log('WHY', i, '->', imp.path, imp.kind);
if (process.env.CHUNK) {
  for (const [p, o] of Object.entries(outputs)) if (Object.entries(o.inputs).some(([i, info]) => i.includes(process.env.CHUNK) && info.bytesInOutput > 0)) {
    console.log('CHUNK', p, Object.keys(o.inputs).length, 'inputs', o.entryPoint ?? '');
    for (const [q, o2] of Object.entries(outputs)) for (const im of o2.imports) if (im.path === p) console.log('   imported by', q, im.kind, o2.entryPoint ?? '', seen.has(q) ? 'INITIAL' : '');
    console.log('   inputs:', Object.entries(o.inputs).filter(([, x]) => x.bytesInOutput > 0).map(([i]) => i.replace(/^.*\//, '')).join(' '));
  }
}
if (process.env.ZIMP) for (const i of initial) for (const imp of inputs[i]?.imports ?? []) if (/zod/.test(imp.path) && !/zod@/.test(i)) console.log('ZIMP', i, '->', imp.original, imp.path.replace(/.*zod\//,''));
