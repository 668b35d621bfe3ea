import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2] ?? 'create-integration';
const result = await build({
  entryPoints: { e: `src/components/${entry}/define.ts` },
  bundle: true, splitting: true, format: 'esm', platform: 'browser', minify: true, write: false, outdir: 'out', metafile: true,
  conditions: ['@integrakit/source', 'browser', 'import', 'default'],
  external: ['node:*', 'crypto', 'url', 'util', 'events', 'stream', 'buffer', 'zlib'], logLevel: 'error',
});
const outputs = result.metafile.outputs;
const starts = Object.keys(outputs).filter(p => outputs[p].entryPoint === `src/components/${entry}/define.ts`);
const seen = new Set(); const q=[...starts];
while(q.length){const p=q.pop(); if(seen.has(p))continue; seen.add(p); for(const i of outputs[p].imports) if(!i.external && i.kind==='import-statement') q.push(i.path);}
const rows=[];
for (const p of seen) for (const [i, info] of Object.entries(outputs[p].inputs)) if (info.bytesInOutput > 0) rows.push([info.bytesInOutput, i]);
rows.sort((a,b)=>b[0]-a[0]); for (const r of rows.slice(0, +(process.argv[3] ?? 40))) console.log(r[0], r[1]);
const gz = [...seen].reduce((t,p)=>t+gzipSync(result.outputFiles.find(f=>f.path.endsWith(p.replace(/^out/,'')))?.contents ?? new Uint8Array()).length,0);
console.log('initial gzip', gz);
