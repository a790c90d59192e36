// The report's whole stylesheet, inlined so the file makes no request. Colours: the Okabe–Ito
// palette (Okabe & Ito 2008, "Color Universal Design") as light tints behind near-black text, so
// text contrast stays above 12:1 (WCAG AA needs 4.5:1); marks and borders use the darker palette
// members (#0072B2 5.1:1, #D55E00 4.0:1, #007A5A 5.4:1 on white), above the 3:1 WCAG asks of
// non-text contrast. Every colour cue is doubled by a line style or a text label.
export const CSS = `
:root{--ink:#1b1b1b;--muted:#555;--paper:#fff;--rule:#d0d0d0;--blue:#0072B2;--sky:#dcecf7;--orange:#fbe7c6;--verm:#D55E00;--green:#007A5A;--yellow:#fbf4b8;--pink:#f6dde9;--grey:#6b6b6b;--focus:#000}
*{box-sizing:border-box}
html{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper)}
body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 4rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 .25rem}
h2{font-size:1.25rem;margin:2.25rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--rule)}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
a{color:#004f80}
a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.meta,.note{color:var(--muted);font-size:.92rem;font-weight:normal}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
nav.toc{font-size:.92rem;margin:.5rem 0 1rem}nav.toc a{margin-right:.9rem;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
/* summary */
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem 2rem;margin:1rem 0}
.summary section{min-width:0}
.bar{display:flex;height:1.6rem;border:1px solid var(--ink);border-radius:3px;overflow:hidden;margin:.4rem 0}
.bar span{display:block;height:100%;min-width:2px}
.bar .v-author{background:#fff}
.bar .v-document{background:repeating-linear-gradient(0deg,var(--sky) 0 4px,#a9cfe9 4px 6px)}
.bar .v-speaker{background:repeating-linear-gradient(45deg,var(--orange) 0 4px,#efc27e 4px 6px)}
.bar .v-nested{background:repeating-linear-gradient(-45deg,var(--orange) 0 4px,#7fb2d6 4px 6px)}
.bar .v-unknown{background:repeating-linear-gradient(90deg,#eee 0 3px,#bbb 3px 5px)}
.bar .reused{background:repeating-linear-gradient(135deg,#d4efe6 0 4px,#7cc4ad 4px 6px)}
.bar .rest{background:#fff}
.shares{list-style:none;padding:0;margin:.25rem 0;font-size:.92rem}.shares li{display:inline-block;margin-right:1rem}
.top{margin:.25rem 0;padding-left:1.2rem}
/* legend */
.legend{list-style:none;padding:.5rem .75rem;margin:0 0 1rem;border:1px solid var(--rule);border-radius:4px;display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;font-size:.92rem}
.legend li{display:flex;gap:.4rem;align-items:baseline}
.legend li>.s,.legend li>.reuse{white-space:nowrap;flex:none}
/* voices: tint + line style */
.s{border-radius:2px;text-underline-offset:.22em;text-decoration-thickness:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.v-document{background:var(--sky);text-decoration-line:underline;text-decoration-style:solid;text-decoration-color:var(--blue)}
.v-speaker{background:var(--orange);text-decoration-line:underline;text-decoration-style:dashed;text-decoration-color:var(--verm)}
.v-nested{background:var(--orange);text-decoration-line:underline;text-decoration-style:double;text-decoration-color:var(--blue)}
.v-unknown{text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:var(--grey)}
.s:hover{filter:brightness(.95)}
.s:focus{outline:2px solid var(--focus);outline-offset:1px}
.s:target,.s.flash{outline:3px solid var(--verm);outline-offset:2px}
/* tooltips: shown on hover and on keyboard focus, described to screen readers via aria-describedby */
.s,.reuse{position:relative}
.tip{display:none;position:absolute;left:0;bottom:calc(100% + 4px);z-index:5;width:max-content;max-width:min(22rem,80vw);padding:.3rem .55rem;background:#111;color:#fff;font-size:.82rem;line-height:1.35;font-weight:normal;font-style:normal;border-radius:4px;text-decoration:none;white-space:normal;pointer-events:none;box-shadow:0 2px 6px rgba(0,0,0,.3)}
.s:focus>.tip,.s:hover:not(:has(.reuse:hover))>.tip,.reuse:focus>.tip,.reuse:hover>.tip{display:block}
.tip-off>.tip{display:none!important}
/* the article */
.article{font-family:Georgia,"Iowan Old Style","Times New Roman",serif;font-size:1.08rem;line-height:1.75;max-width:44rem}
.article h3{font-family:inherit;font-size:1.3rem}
.article blockquote{margin:1rem 0;padding:.1rem 0 .1rem 1rem;border-left:4px solid var(--blue)}
.article p{margin:0 0 1rem}
.article .elision{text-align:center;color:var(--muted)}
.cite{border-bottom:2px dotted #7a3d63;padding-bottom:1px}
.cite:target,.cite.flash{outline:3px solid var(--verm);outline-offset:2px}
.reuse{color:inherit;text-decoration:none;border:2px solid var(--green);border-radius:3px;padding:0 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.reuse.unattributed{border-style:dashed}
.reuse sup{font:bold .7rem system-ui,sans-serif;color:var(--green)}
ins,.ins{background:var(--yellow);text-decoration:underline 2px var(--ink);text-underline-offset:.2em}
del,.del{background:var(--pink);text-decoration:line-through 2px var(--verm)}
.omitted{display:inline;font-family:system-ui,sans-serif;font-size:.9rem;background:#f4f4f4;border:2px dashed var(--verm);border-radius:4px;padding:0 .35rem;margin:0 .2rem;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.omitted b{color:#8f3a00}
.omitted del{background:none;text-decoration:none;font-style:italic}
.sbs .omitted{display:block;margin:.4rem 0;padding:.2rem .5rem}
.fn{font:bold .7rem system-ui,sans-serif;line-height:1}
.fn a{text-decoration:none;padding:0 .15rem;border-radius:2px;border:1px solid currentColor}
/* severities: label text plus shape, never colour alone */
.sev{display:inline-block;min-width:4.6rem;text-align:center;font:bold .75rem system-ui,sans-serif;text-transform:uppercase;border-radius:3px;padding:.05rem .3rem;border:2px solid}
.sev-error{color:#fff;background:#8f3a00;border-color:#8f3a00}
.sev-warning{color:#5c3d00;background:#fbe7c6;border-color:#a86a00;border-style:dashed}
.sev-info{color:#003e66;background:#eaf3fa;border-color:#0072B2;border-style:dotted}
.fn .sev-error,.fn a.sev-error{color:#8f3a00;background:none}
/* side by side */
.match{border:1px solid var(--rule);border-radius:6px;padding:.5rem 1rem 1rem;margin:1rem 0}
.match h3{margin-top:.5rem}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.sbs>div{min-width:0;font-family:Georgia,"Times New Roman",serif;line-height:1.65;background:#fafafa;border:1px solid var(--rule);border-radius:4px;padding:.5rem .75rem}
.sbs h4{margin:0 0 .25rem;font:600 .85rem system-ui,sans-serif;color:var(--muted)}
.ctx{color:var(--muted)}
.edits{font-size:.92rem;margin:.75rem 0 0;padding-left:1.4rem}
.badge{display:inline-block;font:600 .78rem system-ui,sans-serif;border:1px solid var(--ink);border-radius:999px;padding:0 .5rem;margin-left:.35rem;vertical-align:middle}
/* tables */
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--rule)}
th{background:#f2f2f2}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.status{font-weight:600;white-space:nowrap}
.status-supported::before{content:"✓ "}.status-contradicted::before{content:"✗ "}.status-not-found::before{content:"? "}
.status-overreach::before{content:"↑ "}.status-overreach{color:#7a2e5c}
.cards{list-style:none;padding:0;display:grid;gap:.8rem}.card{border:1px solid #c9c2b8;border-left:6px solid #8f3a00;border-radius:4px;padding:.6rem .9rem;background:#fff}
.card-gap{border-left-color:#5c3d00}.card-overreach{border-left-color:#7a2e5c}.card-kind{font-weight:700;margin:0}.card-claim{font-size:1.05rem;margin:.3rem 0}
.evidence{margin:.4rem 0 0;padding:.3rem .7rem;border-left:3px solid #8a8378;background:#f6f3ee}.evidence p{margin:0}.evidence footer{font-size:.85rem;color:#4a4a4a}
.status-contradicted{color:#8f3a00}.status-supported{color:#005c44}.status-not-found{color:#5c3d00}
.disagree{color:#8f3a00;font-weight:600}.agree{color:#005c44;font-weight:600}
.findings{padding-left:1.6rem}.findings li{margin:.45rem 0}
.findings q{font-style:italic}
code{font-size:.85em;background:#f2f2f2;padding:0 .25rem;border-radius:3px}
footer{margin-top:3rem;font-size:.85rem;color:var(--muted)}
@media (max-width:40rem){
  body{padding:.75rem .75rem 3rem}
  h1{font-size:1.3rem}
  .sbs{grid-template-columns:1fr}
  .article{font-size:1rem}
  table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack th{display:block;width:100%}
  table.stack tr{border:1px solid var(--rule);border-radius:4px;margin:0 0 .6rem;padding:.25rem .5rem}
  table.stack td,table.stack th{border:0;padding:.2rem 0;text-align:left;background:none;white-space:normal}
  table.stack td::before,table.stack th::before{content:attr(data-label);display:block;font:600 .75rem system-ui,sans-serif;color:var(--muted);text-transform:uppercase}
  .legend li{display:block}
}
@media print{
  body{max-width:none;padding:0}
  nav.toc,.skip,.tip{display:none!important}
  a{color:inherit;text-decoration:none}
  .match,table,blockquote{break-inside:avoid}
  h2{break-after:avoid}
  .s,.reuse,ins,del,.omitted,.bar span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
