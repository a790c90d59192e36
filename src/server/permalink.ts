import { esc } from "../report/html/escape.js";
import { VOICE_STYLES } from "../report/html/voices.js";
import { renderHtml } from "../report/render-html.js";
import type { Report } from "../report/types.js";

/** Options of the report page. */
export interface ReportPageOptions {
  /** The report's id. */
  id: string;
  /** The response's Content-Security-Policy nonce. */
  nonce: string;
  /** The page's absolute URL, shown as the permalink. */
  url: string;
}

const EXPORT_LINKS: [string, string][] = [
  ["json", "JSON"],
  ["markdown", "Markdown"],
  ["webannotation", "Web Annotation"],
  ["claimreview", "ClaimReview"],
  ["html", "HTML file"],
];

const CSS = `
.st-tools{background:#f3f6f9;border-bottom:1px solid #8a8a8a;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;font-size:.95rem}
.st-tools a,.st-tools button{min-height:2.75rem;display:inline-flex;align-items:center}
.st-tools .st-link{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;flex:1 1 22rem}
.st-tools input{font:inherit;flex:1 1 14rem;min-width:0;padding:.4rem;border:1px solid #8a8a8a;border-radius:4px}
.st-tools button{font:inherit;padding:.3rem .8rem;border:1px solid #0b5cad;border-radius:4px;background:#fff;color:#0b5cad;cursor:pointer}
.st-tools nav{display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
.st-tools fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
.st-tools legend{float:left;font-weight:600;margin-right:.4rem}
.st-tools label{display:inline-flex;gap:.3rem;align-items:center;min-height:2.75rem;white-space:nowrap}
${VOICE_STYLES.map((v) => `.st-hide-${v.className} .article .s.${v.className}{opacity:.3;background:none}`).join("\n")}
`;

// The toolbar's script: copy the permalink, and dim the sentences of the voices unticked.
const SCRIPT = `
(function(){
  var link=document.getElementById("st-link"),copy=document.getElementById("st-copy"),done=document.getElementById("st-copied");
  copy.addEventListener("click",function(){
    function ok(){done.textContent="Link copied."}
    if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(link.value).then(ok,function(){link.select()})}
    else{link.select();try{document.execCommand("copy");ok()}catch(e){}}
  });
  document.querySelectorAll(".st-voice").forEach(function(box){
    box.addEventListener("change",function(){document.body.classList.toggle("st-hide-"+box.value,!box.checked)});
  });
})();
`;

/**
 * The permalink page: the HTML report (the same renderer as `--format html`) under a toolbar with
 * the link to copy, the export downloads and a voice filter.
 */
export function renderReportPage(report: Report, options: ReportPageOptions): string {
  const nonce = esc(options.nonce);
  const api = `/api/reports/${encodeURIComponent(options.id)}`;
  const exports = EXPORT_LINKS.map(
    ([format, label]) => `<a href="${esc(`${api}?format=${format}&download`)}" download>${esc(label)}</a>`,
  ).join(" ");
  const voices = VOICE_STYLES.map(
    (v) =>
      `<label><input type="checkbox" class="st-voice" value="${esc(v.className)}" checked> ${esc(v.label)}</label>`,
  ).join("");
  const toolbar = `<style nonce="${nonce}">${CSS}</style>
<div class="st-tools" role="region" aria-label="Report tools">
<a href="/">New analysis</a>
<div class="st-link"><label for="st-link">Permalink</label><input id="st-link" type="url" readonly value="${esc(options.url)}"><button type="button" id="st-copy">Copy link</button><span id="st-copied" role="status"></span></div>
<nav aria-label="Export">Export: ${exports}</nav>
<fieldset><legend>Voices shown</legend>${voices}</fieldset>
</div>
<script nonce="${nonce}">${SCRIPT}</script>
`;
  return renderHtml(report, { nonce: options.nonce, prepend: toolbar });
}
