import { chromium } from 'playwright';
import fs from 'node:fs';
const url = process.argv[2];
const subs = process.argv.slice(3); // regex strings to delete from CSS
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
async function once(mod) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  if (mod) await page.route(/\.css$/, async (route) => { const r = await route.fetch(); let body = await r.text(); for (const s of subs) body = s.startsWith('+') ? body + s.slice(1) : body.replace(new RegExp(s,'g'), ''); await route.fulfill({ response: r, body }); });
  else await page.route(/\.css$/, async (route) => { const r = await route.fetch(); await route.fulfill({ response: r, body: await r.text() }); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: '/tmp/trace-ab.json', categories: ['devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2500);
  await browser.stopTracing();
  await page.close();
  const t = JSON.parse(fs.readFileSync('/tmp/trace-ab.json','utf8')); const ev = t.traceEvents || t;
  const tid = Object.entries(ev.filter(e=>e.name==='ParseHTML').reduce((m,e)=>(m[e.pid+':'+e.tid]=(m[e.pid+':'+e.tid]||0)+1,m),{})).sort((a,b)=>b[1]-a[1])[0][0];
  const main = ev.filter(e=>e.pid+':'+e.tid===tid && e.ph==='X');
  const sum = (n) => main.filter(e=>e.name===n).reduce((s,e)=>s+e.dur/1000,0); const maxl = Math.max(...main.filter(e=>e.name==='Layout').map(e=>e.dur/1000));
  return { layout: sum('Layout'), style: sum('UpdateLayoutTree'), paint: sum('Paint'), maxLayout: maxl, task: main.filter(e=>e.name==='RunTask').reduce((s,e)=>s+e.dur/1000,0) };
}
const res={base:[],mod:[]}; for (let i=0;i<Number(process.env.N??8);i++) for (const mod of [false,true]) { const r = await once(mod); res[mod?'mod':'base'].push(r); }
const med=(a)=>{const s=[...a].sort((x,y)=>x-y); return s[Math.floor(s.length/2)];};
for (const k of ['base','mod']) console.log(k, ['layout','style','paint','maxLayout'].map(m=>`${m}=${med(res[k].map(r=>r[m])).toFixed(0)}`).join(' '), 'sum', med(res[k].map(r=>r.layout+r.style+r.paint)).toFixed(0));
await browser.close();
