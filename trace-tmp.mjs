import { chromium } from 'playwright';
import fs from 'node:fs';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline','disabled-by-default-devtools.timeline','blink','v8.execute'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(2500);
await browser.stopTracing();
await browser.close();
const t = JSON.parse(fs.readFileSync('/tmp/trace.json','utf8'));
const ev = t.traceEvents || t;
// find renderer main thread: thread with most ParseHTML
const tid = Object.entries(ev.filter(e=>e.name==='ParseHTML').reduce((m,e)=>(m[e.pid+':'+e.tid]=(m[e.pid+':'+e.tid]||0)+1,m),{})).sort((a,b)=>b[1]-a[1])[0][0];
const main = ev.filter(e=>e.pid+':'+e.tid===tid && e.ph==='X' && e.dur);
const names = ['ParseHTML','UpdateLayoutTree','Layout','Paint','EvaluateScript','FunctionCall','ParseAuthorStyleSheet','RunTask','v8.compile','TimerFire','EventDispatch','HitTest','PrePaint','Layerize','RecalculateStyles','ScheduleStyleRecalculation','Decode Image','ImageDecodeTask'];
const agg = {};
for (const e of main) { if (!names.includes(e.name)) continue; const a = agg[e.name] ??= {n:0,ms:0,max:0}; a.n++; a.ms+=e.dur/1000; a.max=Math.max(a.max,e.dur/1000); }
for (const [k,v] of Object.entries(agg)) console.log(k.padEnd(22), String(v.n).padStart(5), v.ms.toFixed(0).padStart(7), 'max', v.max.toFixed(0));
const tasks = main.filter(e=>e.name==='RunTask' && e.dur>50000).map(e=>(e.dur/1000).toFixed(0));
console.log('long tasks', tasks.join(' '));
const lays = main.filter(e=>(e.name==='Layout'||e.name==='UpdateLayoutTree') && e.dur>5000).map(e=>`${e.name}:${(e.dur/1000).toFixed(0)}${e.args?.beginData?.stackTrace? ' forced@'+e.args.beginData.stackTrace[0]?.functionName : ''}`);
console.log(lays.join('\n'));
