// The report's only script, inlined. It is an enhancement: without it every tooltip still shows
// on hover and focus (CSS). It keeps a tooltip inside the viewport, lets Escape dismiss it
// (WCAG 1.4.13), and highlights the sentence a link jumps to.
export const SCRIPT = `
(function(){
  function host(el){return el&&el.closest?el.closest(".s,.reuse"):null}
  function fit(el){
    var tip=el&&el.querySelector(":scope>.tip");if(!tip)return;
    tip.style.left="0px";tip.style.top="";tip.style.bottom="";
    var r=tip.getBoundingClientRect(),w=document.documentElement.clientWidth;
    if(r.right>w-8)tip.style.left=(w-8-r.right)+"px";
    r=tip.getBoundingClientRect();if(r.left<8)tip.style.left=(parseFloat(tip.style.left)+8-r.left)+"px";
    if(r.top<0){tip.style.bottom="auto";tip.style.top="calc(100% + 4px)"}
  }
  document.addEventListener("focusin",function(e){var h=host(e.target);if(h===e.target)fit(h)});
  document.addEventListener("mouseover",function(e){var h=host(e.target);if(h)fit(h)});
  document.addEventListener("keydown",function(e){
    if(e.key==="Escape"&&document.activeElement){document.activeElement.classList.add("tip-off")}
  });
  document.addEventListener("focusout",function(e){if(e.target.classList)e.target.classList.remove("tip-off")});
  function flash(){
    var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
    var el=document.getElementById(id);if(!el)return;
    var s=el.classList.contains("s")||el.classList.contains("cite")?el:el.closest(".s");
    if(s){s.classList.add("flash");setTimeout(function(){s.classList.remove("flash")},2500);if(s!==el)s.focus({preventScroll:true})}
  }
  window.addEventListener("hashchange",flash);
})();
`;
