// planparse review: link each funding row to its box on the page, and filter both.
"use strict";
(function () {
  const rows = Array.from(document.querySelectorAll("#fundings tbody tr"));
  const boxes = Array.from(document.querySelectorAll(".box.funding"));
  const boxOf = new Map(boxes.map((b) => [b.dataset.fundingId, b]));
  const rowOf = new Map(rows.map((r) => [r.dataset.fundingId, r]));

  function select(id, from) {
    document.querySelectorAll(".selected").forEach((e) => e.classList.remove("selected"));
    const row = rowOf.get(id);
    const box = boxOf.get(id);
    if (row) row.classList.add("selected");
    if (box) box.classList.add("selected");
    if (from !== "box" && box) box.scrollIntoView({ block: "center" });
    else if (from !== "box" && row) document.getElementById("page-" + row.dataset.page).scrollIntoView();
    if (from !== "row" && row) row.scrollIntoView({ block: "nearest" });
  }

  rows.forEach((r) => r.addEventListener("click", () => select(r.dataset.fundingId, "row")));
  boxes.forEach((b) => b.addEventListener("click", () => select(b.dataset.fundingId, "box")));

  const onlyIssues = document.getElementById("only-issues");
  const onlyMismatch = document.getElementById("only-mismatch");
  const kind = document.getElementById("kind");
  function filter() {
    let shown = 0;
    rows.forEach((r) => {
      const keep =
        (!onlyIssues.checked || r.dataset.issue === "1") &&
        (!onlyMismatch.checked || r.dataset.sumCheck === "mismatch") &&
        (!kind.value || r.dataset.kind === kind.value);
      r.classList.toggle("hidden", !keep);
      const box = boxOf.get(r.dataset.fundingId);
      if (box) box.classList.toggle("hidden", !keep);
      shown += keep ? 1 : 0;
    });
    document.getElementById("shown").textContent = shown + " of " + rows.length + " records";
  }
  [onlyIssues, onlyMismatch, kind].forEach((e) => e.addEventListener("change", filter));
  filter();

  const wanted = /^#funding=(.+)$/.exec(location.hash);
  if (wanted) select(decodeURIComponent(wanted[1]), "hash");
})();
