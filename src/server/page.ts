import { esc } from "../report/html/escape.js";
import { VERSION } from "../version.js";

/** Options of the form page. */
export interface FormPageOptions {
  /** The response's Content-Security-Policy nonce. */
  nonce: string;
  /** The body limit, told to the user before they hit it. */
  maxBodyBytes: number;
}

// One document's controls; the article's are fixed, a source's are cloned from a <template>
// whose `data-id` names get a number per source.
function documentFields(prefix: string, legend: string, removable: boolean): string {
  const id = (name: string) => (removable ? `data-id="${name}"` : `id="${prefix}-${name}"`);
  const forAttr = (name: string) => (removable ? `data-for="${name}"` : `for="${prefix}-${name}"`);
  return `<fieldset class="doc">
<legend>${esc(legend)}</legend>
<label ${forAttr("text")}>Paste the text or HTML</label>
<textarea ${id("text")} rows="${removable ? 6 : 10}" spellcheck="false"></textarea>
<div class="row">
<div class="drop"><label ${forAttr("file")}>or upload a file</label> <input type="file" ${id("file")} accept=".txt,.text,.md,.html,.htm,text/plain,text/html"> <span class="note">(or drop it on this box)</span> <span class="file-note" role="status"></span></div>
</div>
<div class="row two">
<div><label ${forAttr("url")}>or its URL</label><input type="url" ${id("url")} inputmode="url" placeholder="https://…" autocomplete="off"></div>
<div><label ${forAttr("id")}>Name in the report <span class="note">(optional)</span></label><input type="text" ${id("id")} maxlength="200" autocomplete="off"></div>
</div>
${removable ? `<button type="button" class="remove">Remove this source</button>` : ""}
</fieldset>`;
}

const CSS = `
:root{--ink:#1b1b1b;--muted:#555;--line:#8a8a8a;--accent:#0b5cad;--bg:#fff;--soft:#f3f6f9;--err:#a4000f}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.6rem;margin:.4rem 0}
.lead{margin:0 0 1rem;color:var(--muted)}
fieldset.doc{border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem 1rem;margin:0 0 1rem;background:var(--bg)}
fieldset.doc.over{outline:3px dashed var(--accent);background:var(--soft)}
legend{font-weight:600;padding:0 .3rem}
label{display:block;font-weight:500;margin:.4rem 0 .2rem}
.drop label,.option label{display:inline}
textarea,input[type=url],input[type=text]{width:100%;font:inherit;padding:.5rem;border:1px solid var(--line);border-radius:4px;background:#fff;color:var(--ink)}
textarea{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9rem;resize:vertical}
.row{margin-top:.4rem}
.two{display:grid;grid-template-columns:2fr 1fr;gap:.8rem}
@media (max-width:40rem){.two{grid-template-columns:1fr}}
.note{color:var(--muted);font-weight:400}
.file-note{display:block;color:var(--ink)}
button{font:inherit;padding:.5rem 1rem;border-radius:4px;border:1px solid var(--accent);background:#fff;color:var(--accent);cursor:pointer;min-height:2.75rem}
button[type=submit]{background:var(--accent);color:#fff;font-weight:600}
button:disabled{opacity:.6;cursor:progress}
button.remove{margin-top:.6rem;border-color:var(--line);color:var(--ink)}
:focus-visible{outline:3px solid #e69f00;outline-offset:2px}
.actions{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;margin:1rem 0}
#status{display:flex;gap:.6rem;align-items:center;min-height:1.5rem}
#error{color:var(--err);font-weight:600}
#error:empty{display:none}
footer{color:var(--muted);font-size:.85rem;padding-bottom:2rem}
`;

// The page's script: sources added and removed, files read as bytes (sent base64, so the server
// decodes them exactly as the CLI decodes a file), drag and drop, and the request with its
// progress. Everything from the user or the server is set as text, never as HTML.
const SCRIPT = `
(function(){
  var form=document.getElementById("analyze"),list=document.getElementById("sources"),tpl=document.getElementById("source-template");
  var add=document.getElementById("add-source"),submit=document.getElementById("submit"),progress=document.getElementById("progress");
  var statusText=document.getElementById("status-text"),errorBox=document.getElementById("error");
  var uploads=new WeakMap(),count=0;
  function renumber(){Array.prototype.forEach.call(list.children,function(fs,i){fs.querySelector("legend").textContent="Source "+(i+1)})}
  function addSource(focus){
    count++;
    var fs=tpl.content.firstElementChild.cloneNode(true);
    fs.querySelectorAll("[data-id]").forEach(function(el){el.id="source-"+count+"-"+el.getAttribute("data-id")});
    fs.querySelectorAll("[data-for]").forEach(function(el){el.htmlFor="source-"+count+"-"+el.getAttribute("data-for")});
    fs.querySelector(".remove").addEventListener("click",function(){fs.remove();renumber();add.focus()});
    wire(fs);list.appendChild(fs);renumber();
    if(focus)fs.querySelector("textarea").focus();
    return fs;
  }
  function toBase64(bytes){
    var s="",step=0x8000;
    for(var i=0;i<bytes.length;i+=step)s+=String.fromCharCode.apply(null,bytes.subarray(i,i+step));
    return btoa(s);
  }
  function attach(fs,file){
    file.arrayBuffer().then(function(buf){
      uploads.set(fs,{name:file.name,base64:toBase64(new Uint8Array(buf))});
      fs.querySelector(".file-note").textContent="Attached: "+file.name+" ("+Math.ceil(file.size/1024)+" KB). Typing in the box above replaces it.";
      var name=fs.querySelector("input[type=text]");if(!name.value)name.value=file.name;
    });
  }
  function wire(fs){
    var file=fs.querySelector("input[type=file]");
    file.addEventListener("change",function(){if(file.files&&file.files[0])attach(fs,file.files[0])});
    fs.querySelector("textarea").addEventListener("input",function(){
      if(uploads.has(fs)){uploads.delete(fs);file.value="";fs.querySelector(".file-note").textContent=""}
    });
    fs.addEventListener("dragover",function(e){e.preventDefault();fs.classList.add("over")});
    fs.addEventListener("dragleave",function(){fs.classList.remove("over")});
    fs.addEventListener("drop",function(e){
      e.preventDefault();fs.classList.remove("over");
      var files=Array.prototype.slice.call(e.dataTransfer&&e.dataTransfer.files||[]);
      if(!files.length)return;
      attach(fs,files[0]);
      files.slice(1).forEach(function(f){attach(addSource(false),f)});
    });
  }
  function doc(fs){
    var url=fs.querySelector("input[type=url]").value.trim(),text=fs.querySelector("textarea").value;
    var id=fs.querySelector("input[type=text]").value.trim(),up=uploads.get(fs),d={};
    if(url)d.url=url;else if(up)d.base64=up.base64;else if(text.trim())d.text=text;else return null;
    if(id)d.id=id;
    return d;
  }
  function busy(on){submit.disabled=on;add.disabled=on;form.setAttribute("aria-busy",on?"true":"false");progress.hidden=!on}
  function fail(message){errorBox.textContent=message;statusText.textContent="";errorBox.focus()}
  add.addEventListener("click",function(){addSource(true)});
  wire(document.getElementById("article"));
  form.addEventListener("submit",function(e){
    e.preventDefault();errorBox.textContent="";
    var article=doc(document.getElementById("article"));
    if(!article){fail("Paste the article, upload it or give its URL.");return}
    var body={article:article,sources:Array.prototype.map.call(list.children,doc).filter(Boolean)};
    if(document.getElementById("experimental-rhetoric").checked)body.options={experimentalRhetoric:true};
    var started=Date.now();busy(true);statusText.textContent="Analysing…";
    var timer=setInterval(function(){statusText.textContent="Analysing… "+Math.round((Date.now()-started)/1000)+" s"},1000);
    fetch("/api/analyze",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify(body)})
      .then(function(res){return res.json().catch(function(){return {}}).then(function(data){return {res:res,data:data}})})
      .then(function(r){
        clearInterval(timer);
        if(r.res.status===201&&r.data.id){statusText.textContent="Done. Opening the report…";location.assign("/reports/"+encodeURIComponent(r.data.id));return}
        busy(false);
        var retry=r.res.headers.get("retry-after");
        fail((r.data.error||("The server answered "+r.res.status))+(retry?" (try again in "+retry+" s)":""));
      },function(){clearInterval(timer);busy(false);fail("The server could not be reached.")});
  });
})();
`;

/**
 * The page at `/`: an article and any number of sources, each pasted, uploaded (or dropped) or
 * given by URL; the analysis runs through `POST /api/analyze` and the browser then opens the
 * report's permalink. Inline style and script only, under the response's nonce.
 */
export function renderFormPage(options: FormPageOptions): string {
  const nonce = esc(options.nonce);
  const mib = (options.maxBodyBytes / 1024 / 1024).toFixed(0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sourcetrace</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<header>
<h1>sourcetrace</h1>
<p class="lead">Trace every sentence of a news article to its source: whose voice it is, what was reused from the sources and how it was changed, what was left out, and the claims it makes.</p>
</header>
<main>
<form id="analyze" novalidate aria-describedby="limits">
${documentFields("article", "Article", false).replace('<fieldset class="doc">', '<fieldset class="doc" id="article">')}
<div id="sources" aria-live="polite"></div>
<template id="source-template">${documentFields("source", "Source", true)}</template>
<p class="option"><input type="checkbox" id="experimental-rhetoric"> <label for="experimental-rhetoric">Also flag the persuasion techniques below the precision bar <span class="note">(experimental, less reliable)</span></label></p>
<div class="actions">
<button type="button" id="add-source">Add a source</button>
<button type="submit" id="submit">Analyse</button>
<div id="status" role="status"><progress id="progress" hidden aria-label="Analysing"></progress><span id="status-text"></span></div>
</div>
<p id="error" role="alert" tabindex="-1"></p>
<p class="note" id="limits">Up to ${mib} MiB in all. Nothing you send leaves this server except the pages it fetches for the URLs you give; the report is kept so its link can be shared.</p>
</form>
</main>
<footer>sourcetrace ${esc(VERSION)} · <a href="/api/openapi.json">HTTP API</a></footer>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
