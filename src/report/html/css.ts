// The report's whole stylesheet, inlined so the file makes no request. Colours: the Okabe–Ito
// palette (Okabe & Ito 2008, "Color Universal Design") as light tints behind near-black text, so
// text contrast stays above 12:1 (WCAG AA needs 4.5:1); marks and borders use the darker palette
// members (#0072B2 5.1:1, #D55E00 4.0:1, #007A5A 5.4:1 on white), above the 3:1 WCAG asks of
// non-text contrast. Every colour cue is doubled by a pattern, a line style or words.
export const CSS = `
:root{--ink:#1b1b1b;--muted:#555;--paper:#fff;--rule:#d0d0d0;--blue:#0072B2;--sky:#dcecf7;--orange:#fbe7c6;--verm:#D55E00;--green:#007A5A;--yellow:#fbf4b8;--pink:#f6dde9;--grey:#6b6b6b;--focus:#000}
*{box-sizing:border-box}
html{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper)}
body{margin:0 auto;max-width:76rem;padding:.75rem 1.25rem 3rem}
h1{font:700 1.75rem/1.2 Georgia,"Times New Roman",serif;margin:.1rem 0 .2rem}
h2{font-size:1.2rem;margin:.9rem 0 .35rem;padding-bottom:.2rem;border-bottom:2px solid var(--rule)}
h3{font-size:1rem;margin:.9rem 0 .3rem}
p{margin:.3rem 0}
a{color:#004f80}
a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.kicker{color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.06em}
.byline{margin:0;font-weight:600}
.meta,.note{color:var(--muted);font-size:.9rem;font-weight:normal}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
nav.toc{font-size:.85rem;margin:.2rem 0 0}nav.toc a{margin-right:.8rem;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
summary{cursor:pointer;color:#004f80;font-size:.92rem;margin:.3rem 0}
details[open]>summary{margin-bottom:.4rem}
#more>details:not([open]){display:inline-block;margin-right:1.5rem}
.flash{outline:3px solid var(--verm);outline-offset:2px}
/* first screen */
.facts{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.5rem 1.25rem;margin:.75rem 0 0;border-top:1px solid var(--rule);border-bottom:1px solid var(--rule);padding:.5rem 0}
.fact h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border:0;margin:0;padding:0}
.fact .fig{font-size:1.25rem;font-weight:700;margin:.1rem 0}
.fact .note{font-size:.82rem;margin:.15rem 0 0}
.bar{display:flex;height:.7rem;border:1px solid var(--ink);border-radius:2px;overflow:hidden;margin:.2rem 0}
.bar span{display:block;height:100%;min-width:2px}
.bar .v-author,.bar .rest{background:#fff}
.bar .v-document,.band .v-document,.swatch.v-document{background:var(--blue)}
.bar .v-speaker,.band .v-speaker,.swatch.v-speaker{background:repeating-linear-gradient(45deg,var(--verm) 0 3px,#f3c9a8 3px 6px)}
.bar .v-nested,.band .v-nested,.swatch.v-nested{background:repeating-linear-gradient(-45deg,var(--verm) 0 3px,var(--blue) 3px 6px)}
.bar .v-unknown,.band .v-unknown,.swatch.v-unknown{background:repeating-linear-gradient(0deg,#bbb 0 2px,#fff 2px 4px)}
.bar .v-credit,.band .v-credit,.swatch.v-credit{background:#bbb}
.band .v-author,.swatch.v-author{background:#e6e6e6}
.bar .credited{background:var(--green)}
.bar .uncredited{background:repeating-linear-gradient(135deg,var(--verm) 0 3px,#fff 3px 6px)}
#key h2{margin-top:1rem}
ol.key{margin:.25rem 0;padding-left:1.6rem}
ol.key>li{margin:0 0 .25rem}
ol.key .title{margin:0;font-weight:600}
ol.key .edit{font-weight:normal;font-family:Georgia,"Times New Roman",serif}
ol.key .why{margin:0;color:var(--muted);font-size:.88rem;font-weight:normal}
ol.key details{font-size:.9rem}
/* edits: strong marks */
ins{background:var(--yellow);text-decoration:underline 3px var(--ink);text-underline-offset:.18em;font-weight:700;padding:0 .1em}
del{background:var(--pink);text-decoration:line-through 2px var(--verm);padding:0 .1em}
.legend-edits{font-size:.88rem;color:var(--muted)}
.ctx{color:var(--muted)}
/* passages */
.match{position:relative;border-top:1px solid var(--rule);padding:.2rem 0 .3rem}
.match>details>summary{position:absolute;right:0;top:.35rem;margin:0}
.match h3{margin:.25rem 0 .1rem;font-size:.95rem}
.match .back{font-weight:normal;font-size:.85rem;margin-left:.5rem}
ul.edits{list-style:none;margin:0;padding:0;font-family:Georgia,"Times New Roman",serif}
ul.edits li{margin:.15rem 0}
.what{display:inline-block;min-width:5.5rem;font:600 .75rem system-ui,sans-serif;text-transform:uppercase;color:var(--muted)}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.sbs>div{min-width:0;font-family:Georgia,"Times New Roman",serif;line-height:1.6;background:#fafafa;border:1px solid var(--rule);border-radius:4px;padding:.5rem .75rem}
.sbs h4{margin:0 0 .25rem;font:600 .85rem system-ui,sans-serif;color:var(--muted)}
.omitted-src{display:block;margin:.4rem 0;padding:.2rem .5rem;border:2px dashed var(--verm);border-radius:4px;font:.9rem system-ui,sans-serif;color:var(--ink)}
.omitted-src b{color:#8f3a00}
.omitted-src del{background:none;text-decoration:none;font-style:italic}
/* the article: voice as a band in the margin */
.legend{list-style:none;padding:0;margin:0 0 .5rem;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;font-size:.85rem}
.legend li{display:flex;gap:.35rem;align-items:center}
.swatch{display:inline-block;width:.5rem;height:1rem;border:1px solid var(--ink)}
.article{font-family:Georgia,"Iowan Old Style","Times New Roman",serif;font-size:1rem;line-height:1.5;max-width:68rem}
.para{position:relative;padding-left:1rem;margin:0 0 .3rem}
.band{position:absolute;left:0;top:.2rem;bottom:.2rem;width:.4rem;display:flex;flex-direction:column}
.band i{display:block;min-height:2px}
.who{display:block;font:600 .72rem system-ui,sans-serif;color:#004f80;text-transform:uppercase;letter-spacing:.03em}
.para .body{margin:0}
.para.k-heading .body{font-size:1.1rem}
.para.k-blockquote .body{margin:0;padding-left:.75rem;border-left:2px solid var(--rule)}
.para.k-elision .body{text-align:center;color:var(--muted)}
.cite{border-bottom:2px dotted #7a3d63}
.reuse{color:inherit;text-decoration:underline 2px var(--green);text-underline-offset:.25em}
.reuse.unattributed{text-decoration-style:dashed}
.reuse sup{font:bold .68rem system-ui,sans-serif;color:var(--green);margin-right:.1rem}
details.omitted{display:inline;font:.85rem system-ui,sans-serif}
details.omitted>summary{display:inline;color:#8f3a00;border:1px dashed var(--verm);border-radius:3px;padding:0 .3rem;margin:0 .2rem}
details.omitted[open]{display:block;border:2px dashed var(--verm);border-radius:4px;padding:.2rem .5rem;margin:.3rem 0}
details.omitted del{background:none;text-decoration:none;font-style:italic}
.fn{font:bold .68rem system-ui,sans-serif;line-height:1}
.fn a{text-decoration:none;padding:0 .15rem;border-radius:2px;border:1px solid currentColor}
/* severities: label text plus shape, never colour alone */
.sev{display:inline-block;min-width:4.6rem;text-align:center;font:bold .72rem system-ui,sans-serif;text-transform:uppercase;border-radius:3px;padding:0 .3rem;border:2px solid}
.sev-error{color:#fff;background:#8f3a00;border-color:#8f3a00}
.sev-warning{color:#5c3d00;background:#fbe7c6;border-color:#a86a00;border-style:dashed}
.sev-info{color:#003e66;background:#eaf3fa;border-color:#0072B2;border-style:dotted}
.fn .sev-error,.fn a.sev-error{color:#8f3a00;background:none}
/* claims and tables */
ol.claims{margin:.25rem 0;padding-left:1.6rem;font-size:.92rem}ol.claims li{margin:.15rem 0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--rule)}
th{background:#f2f2f2}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.status{font-weight:600;white-space:nowrap}
.status-supported::before{content:"✓ "}.status-contradicted::before{content:"✗ "}.status-not-found::before{content:"? "}
.status-overreach::before{content:"↑ "}.status-overreach{color:#7a2e5c}
.status-tentative{font-weight:400;color:#444}.status-tentative::before{content:"⌕ "}
.cards{list-style:none;padding:0;margin:.3rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:.6rem}.card{border:1px solid #c9c2b8;border-left:6px solid #8f3a00;border-radius:4px;padding:.35rem .7rem;background:#fff;font-size:.92rem}.card p{margin:.1rem 0}
.card-gap{border-left-color:#5c3d00}.card-overreach{border-left-color:#7a2e5c}.card-kind{font-weight:700;margin:0}.card-claim{font-size:.98rem;margin:.15rem 0}
.units{list-style:none;margin:.15rem 0;padding-left:.8rem;font-size:.9rem}
.evidence{margin:.25rem 0 0;padding:.2rem .6rem;border-left:3px solid #8a8378;background:#f6f3ee}.evidence p{margin:0}.evidence footer{font-size:.85rem;color:#4a4a4a}
.status-contradicted{color:#8f3a00}.status-supported{color:#005c44}.status-not-found{color:#5c3d00}
.disagree{color:#8f3a00;font-weight:600}.agree{color:#005c44;font-weight:600}
.findings{padding-left:1.8rem}.findings li{margin:.35rem 0}
.findings q{font-style:italic}
code{font-size:.85em;background:#f2f2f2;padding:0 .25rem;border-radius:3px}
footer{margin-top:1.25rem;font-size:.82rem;color:var(--muted)}
@media (max-width:48rem){
  .facts{grid-template-columns:repeat(2,minmax(0,1fr))}
}
@media (max-width:40rem){
  body{padding:.6rem .6rem 2rem}
  h1{font-size:1.35rem}
  .sbs{grid-template-columns:1fr}
  .what{min-width:0;margin-right:.3rem}
  table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack th{display:block;width:100%}
  table.stack tr{border:1px solid var(--rule);border-radius:4px;margin:0 0 .6rem;padding:.25rem .5rem}
  table.stack td,table.stack th{border:0;padding:.2rem 0;text-align:left;background:none;white-space:normal}
  table.stack td::before,table.stack th::before{content:attr(data-label);display:block;font:600 .75rem system-ui,sans-serif;color:var(--muted);text-transform:uppercase}
}
@media print{
  body{max-width:none;padding:0}
  nav.toc,.skip{display:none!important}
  a{color:inherit;text-decoration:none}
  .match,table,blockquote{break-inside:avoid}
  h2{break-after:avoid}
  .band i,.bar span,ins,del,.swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
