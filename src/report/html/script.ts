// The report's only script, inlined. It is an enhancement: without it every section and toggle
// still works. It opens the collapsed sections a link points into (a finding in "All findings",
// an omitted passage), and briefly highlights the target.
export const SCRIPT = `
(function(){
  function show(){
    var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
    var el=document.getElementById(id);if(!el)return;
    for(var d=el;d;d=d.parentElement){if(d.tagName==="DETAILS")d.open=true}
    el.scrollIntoView({block:"center"});
    el.classList.add("flash");setTimeout(function(){el.classList.remove("flash")},2500);
  }
  window.addEventListener("hashchange",show);
  if(location.hash)show();
})();
`;
