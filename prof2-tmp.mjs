import { chromium } from 'playwright';
const urls = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const url of urls) {
 const tot = new Map();
 for (let run=0; run<3; run++) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2500);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    const cf = byId.get(profile.samples[i]).callFrame;
    let key = cf.url ? cf.url.split('/').pop().slice(0,30) : cf.functionName;
    tot.set(key, (tot.get(key) || 0) + (profile.timeDeltas[i+1] ?? 0) / 3000);
  }
  await page.close();
 }
 console.log('==', url, [...tot.entries()].filter(([k])=>k!=='(idle)').sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v])=>`${k}=${v.toFixed(0)}`).join(' '), 'total', [...tot.entries()].filter(([k])=>k!=='(idle)').reduce((s,[,v])=>s+v,0).toFixed(0));
}
await browser.close();
