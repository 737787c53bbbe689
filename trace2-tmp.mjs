import fs from 'node:fs';
const t = JSON.parse(fs.readFileSync('/tmp/trace.json','utf8'));
const ev = t.traceEvents || t;
const tid = Object.entries(ev.filter(e=>e.name==='ParseHTML').reduce((m,e)=>(m[e.pid+':'+e.tid]=(m[e.pid+':'+e.tid]||0)+1,m),{})).sort((a,b)=>b[1]-a[1])[0][0];
const main = ev.filter(e=>e.pid+':'+e.tid===tid);
const t0 = Math.min(...main.filter(e=>e.ts>0).map(e=>e.ts));
const show = main.filter(e => (e.ph==='X' && e.dur>8000 && ['ParseHTML','UpdateLayoutTree','Layout','Paint','EvaluateScript','FunctionCall','TimerFire','RunMicrotasks','v8.callFunction'].includes(e.name)) || ['firstPaint','firstContentfulPaint','MarkDOMContent','MarkLoad','largestContentfulPaint::Candidate'].includes(e.name));
for (const e of show.sort((a,b)=>a.ts-b.ts)) {
  const d = e.args?.data || e.args?.beginData || {};
  console.log(((e.ts-t0)/1000).toFixed(0).padStart(6), e.name.padEnd(18), e.dur? (e.dur/1000).toFixed(0).padStart(4):'    ', (d.url||'').split('/').pop().slice(0,40), d.functionName||'', d.stackTrace? 'forced by '+d.stackTrace.map(s=>s.functionName+'@'+s.url.split('/').pop()+':'+s.columnNumber).slice(0,3).join(' < '):'' , d.elementCount? 'elements '+d.elementCount:'', d.dirtyObjects? 'dirty '+d.dirtyObjects+'/'+d.totalObjects:'');
}
