// @ts-check
// 明账 table enhancements: a table marked data-sortable sorts by any column it heads; one marked
// data-filter gets a box that shows only the rows holding what is typed. Without this script the
// tables read as printed, in the order the page explains; nothing is lost. A classic script, not a
// module, so that it runs from disk too. Text is only ever read and set as text.
(function () {
  "use strict";

  /** @typedef {{ number?: number, text?: string }} Value */

  /**
   * A cell's value for sorting: the exact figure of a <data value>, else its number, else its text.
   * @param {HTMLTableCellElement | undefined} cell
   * @returns {Value}
   */
  function valueOf(cell) {
    if (!cell) return { text: "" };
    var data = cell.querySelector("data[value]");
    var text = ((data ? data.getAttribute("value") : cell.textContent) || "").trim();
    var number = text.replace(/[,\s]/g, "").replace(/^\+/, "").replace(/(%|条|个|项)$/, "");
    if (/^-?\d+(\.\d+)?$/.test(number)) return { number: Number(number) };
    return { text: text };
  }

  /**
   * Numbers before words, words in Chinese order; blanks and dashes last either way.
   * @param {Value} a
   * @param {Value} b
   * @param {boolean} descending
   */
  function compare(a, b, descending) {
    var blankA = a.number === undefined && (a.text === "" || a.text === "—");
    var blankB = b.number === undefined && (b.text === "" || b.text === "—");
    if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
    var order;
    if (a.number !== undefined && b.number !== undefined) order = a.number - b.number;
    else if (a.number !== undefined) order = -1;
    else if (b.number !== undefined) order = 1;
    else order = (a.text ?? "").localeCompare(b.text ?? "", "zh-CN");
    return descending ? -order : order;
  }

  /** @param {HTMLTableElement} table */
  function sortable(table) {
    const head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    const body = table.tBodies[0];
    if (!head || !body) return;
    var original = Array.prototype.slice.call(body.rows);
    var status = document.createElement("p");
    status.className = "sort-status";
    status.setAttribute("aria-live", "polite");
    table.before(status);
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var current = th.getAttribute("aria-sort");
        var numeric = original.some(function (row) { return valueOf(row.cells[column]).number !== undefined; });
        // first click: amounts largest first, words in order; then the other way; then as printed
        var next = !current ? (numeric ? "descending" : "ascending") : current === (numeric ? "descending" : "ascending") ? (numeric ? "ascending" : "descending") : null;
        Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute("aria-sort"); });
        var rows = original.slice();
        if (next) {
          th.setAttribute("aria-sort", next);
          var keyed = rows.map(function (row, index) { return { row: row, index: index, value: valueOf(row.cells[column]) }; });
          keyed.sort(function (a, b) { return compare(a.value, b.value, next === "descending") || a.index - b.index; });
          rows = keyed.map(function (k) { return k.row; });
        }
        rows.forEach(function (row) { body.appendChild(row); });
        status.textContent = next ? "已按“" + (button.textContent || "").trim() + "”" + (next === "descending" ? "从大到小" : "从小到大") + "排列" : "已恢复原表顺序";
      });
    });
  }

  /** @param {HTMLTableElement} table */
  function filterable(table) {
    /** @type {HTMLTableRowElement[]} */
    var rows = [];
    Array.prototype.forEach.call(table.tBodies, function (body) { rows = rows.concat(Array.prototype.slice.call(body.rows)); });
    var label = document.createElement("label");
    label.className = "table-filter";
    label.textContent = "筛选本表 ";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "名称、编码或数字";
    label.appendChild(input);
    var count = document.createElement("span");
    count.setAttribute("aria-live", "polite");
    label.appendChild(count);
    var wrap = table.closest(".table-wrap") || table;
    wrap.before(label);
    /** @param {string | null} text */
    var norm = function (text) { return String(text || "").toLowerCase().replace(/[\s,]+/g, ""); };
    // rows under one merged cell (a project and its indicators) are shown or hidden together: a row
    // never stands without the cell that names it. Elsewhere a row is its own unit.
    /** @type {HTMLTableRowElement[][]} */
    var units = [];
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var merged = body.querySelector("td[rowspan], th[rowspan]");
      if (merged) units.push(Array.prototype.slice.call(body.rows));
      else Array.prototype.forEach.call(body.rows, function (row) { units.push([row]); });
    });
    var texts = units.map(function (unit) { return norm(unit.map(function (row) { return row.textContent; }).join("\u0001")); });
    input.addEventListener("input", function () {
      var query = norm(input.value);
      var shown = 0;
      units.forEach(function (unit, n) {
        var hit = !query || (texts[n] || "").indexOf(query) >= 0;
        unit.forEach(function (row) { row.hidden = !hit; });
        if (hit) shown += unit.length;
      });
      count.textContent = query ? " 显示 " + shown + " 行，共 " + rows.length + " 行" : "";
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), sortable);
  Array.prototype.forEach.call(document.querySelectorAll("table[data-filter]"), filterable);
})();
