// 明账 search: Pagefind finds the candidate pages; this layer keeps only those that really contain
// every word of the query, and points indicator hits at their anchors. Pagefind's Chinese
// segmentation differs between index and query, so an unspaced query such as 京通 comes back as
// 京 OR 通; checking the text itself makes results exact, whatever the segmenter did.
// A classic script, not a module: opened from disk it must still run, to say why search cannot.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var offline = document.getElementById("search-offline");
  if (!form || !input || !status || !list) return;
  if (location.protocol === "file:") {
    offline.hidden = false;
    form.hidden = true;
    return;
  }
  var root = list.getAttribute("data-root");
  // The index comes in bundles: each year's disclosures in batches, and the guides. Pagefind is
  // loaded from the guides' bundle, the smallest; a year's bundles are merged in only when a
  // search reaches that year, so a first query pays for the newest year alone.
  var bundles = JSON.parse(list.getAttribute("data-bundles")).map(function (b) {
    return { url: new URL(b.dir, location.href).href, year: b.year };
  });
  var years = bundles.map(function (b) { return b.year; }).filter(function (y, i, all) { return y && all.indexOf(y) === i; });
  var newest = years[0];
  var primary = bundles.filter(function (b) { return !b.year; })[0] || bundles[0];
  var pagefind = import(primary.url + "pagefind.js").then(function (pf) {
    return pf.options({ excerptLength: 30 }).then(function () { return pf.init(); }).then(function () { return pf; });
  });
  var merged = {};
  merged[primary.url] = pagefind;
  /** Pagefind with the bundles of `scope` (a year, or "all") merged in. */
  function loaded(scope) {
    return pagefind.then(function (pf) {
      var wanted = bundles.filter(function (b) { return b.year && (scope === "all" || b.year === scope); });
      return Promise.all(wanted.map(function (b) {
        // baseUrl "/" as in the primary bundle: otherwise merged results come back with the origin
        return merged[b.url] || (merged[b.url] = pf.mergeIndex(b.url, { baseUrl: "/" }));
      })).then(function () { return pf; });
    });
  }
  /** Whether any year other than the newest has been merged in, so the default scope needs a filter. */
  function olderMerged() {
    return bundles.some(function (b) { return b.year && b.year !== newest && merged[b.url]; });
  }

  /** The same text, whatever its spacing or case: 京通 APP matches “京通”APP. */
  function norm(text) {
    return String(text || "").toLowerCase().replace(/[\s“”"'‘’]+/g, "");
  }
  function terms(query) {
    return query.split(/\s+/).map(norm).filter(Boolean);
  }
  function contains(text, words) {
    var haystack = norm(text);
    return words.every(function (word) { return haystack.indexOf(word) >= 0; });
  }

  var PAGE = 20;

  /**
   * The candidates of a query, verified a batch at a time: only as many fragments are fetched as
   * it takes to show a page of results, so a common word does not download the whole index.
   */
  function candidates(pf, query, options) {
    return pf.search(query, options).then(function (found) {
      return { results: found.results, next: 0 };
    });
  }
  function verified(cursor, words, want) {
    var kept = [];
    function step() {
      if (kept.length >= want || cursor.next >= cursor.results.length) return Promise.resolve(kept);
      var batch = cursor.results.slice(cursor.next, cursor.next + 10);
      cursor.next += batch.length;
      return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
        pages.forEach(function (page) {
          if (contains(page.meta.title + " " + page.content, words)) kept.push(page);
        });
        return step();
      });
    }
    return step();
  }

  /** Pagefind's URLs are from the site root; the site may live under any path, so make them relative. */
  function link(url) {
    return root + url.replace(/^\//, "");
  }

  function excerpt(content, words) {
    var lower = content.toLowerCase();
    var word = words[0];
    var at = lower.indexOf(word);
    var p = document.createElement("p");
    if (at < 0) {
      p.textContent = content.slice(0, 80) + (content.length > 80 ? "…" : "");
      return p;
    }
    var start = Math.max(0, at - 30);
    var end = Math.min(content.length, at + word.length + 50);
    p.appendChild(document.createTextNode((start > 0 ? "…" : "") + content.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = content.slice(at, at + word.length);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(content.slice(at + word.length, end) + (end < content.length ? "…" : "")));
    return p;
  }

  function render(query, words, pages, cursor, append, scope) {
    if (!append) list.textContent = "";
    var shown = list.children.length + pages.length;
    var more = cursor.next < cursor.results.length;
    status.textContent = (shown
      ? (more ? "已显示前 " + shown + " 个结果：“" + query + "”" : "找到 " + shown + " 个结果：“" + query + "”")
      : "没有找到含有“" + query + "”的内容。") + (scope || "");
    pages.forEach(function (page) {
      var item = document.createElement("li");
      var heading = document.createElement("a");
      heading.href = link(page.url);
      heading.className = "result-title";
      heading.textContent = page.meta.title || page.url;
      item.appendChild(heading);
      var facts = [(page.filters["类型"] || [])[0], page.meta["部门"], page.meta["金额"]].filter(Boolean);
      if (facts.length) {
        var small = document.createElement("span");
        small.className = "result-meta";
        small.textContent = " " + facts.join(" · ");
        item.appendChild(small);
      }
      item.appendChild(excerpt(page.content, words));
      var hits = page.anchors.filter(function (a) { return a.id && a.text && contains(a.text, words); });
      if (hits.length) {
        var sub = document.createElement("ul");
        sub.className = "result-anchors";
        hits.slice(0, 8).forEach(function (a) {
          var li = document.createElement("li");
          var anchor = document.createElement("a");
          anchor.href = link(page.url) + "#" + a.id;
          anchor.textContent = a.text;
          li.appendChild(anchor);
          sub.appendChild(li);
        });
        if (hits.length > 8) {
          var more = document.createElement("li");
          more.textContent = "另有 " + (hits.length - 8) + " 条";
          sub.appendChild(more);
        }
        item.appendChild(sub);
      }
      list.appendChild(item);
    });
    var button = document.getElementById("search-more");
    if (button) button.remove();
    if (more && shown) {
      button = document.createElement("button");
      button.id = "search-more";
      button.type = "button";
      button.textContent = "显示更多结果";
      button.addEventListener("click", function () {
        button.disabled = true;
        verified(cursor, words, PAGE).then(function (next) { render(query, words, next, cursor, true, scope); });
      });
      list.after(button);
    }
  }

  function current() {
    var params = new URLSearchParams(location.search);
    return { q: params.get("q") || "", type: params.get("type") || "", year: params.get("year") || "", dept: params.get("dept") || "", sort: params.get("sort") || "" };
  }

  var latest = 0;
  function run(state) {
    var query = state.q.trim();
    var ticket = ++latest;
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      return Promise.resolve();
    }
    var words = terms(query.replace(/["“”]/g, " "));
    var filters = {};
    if (state.type) filters["类型"] = state.type;
    if (state.dept) filters["部门"] = state.dept;
    // "" is the newest year with the guides; "all" every year; otherwise one year
    var scope = state.year === "all" ? "all" : state.year || newest;
    if (state.year && state.year !== "all") filters["年度"] = state.year;
    var options = { filters: filters };
    if (state.sort === "amount") options.sort = { "金额": "desc" };
    status.textContent = "正在搜索…";
    return loaded(scope).then(function (pf) {
      if (!state.year && olderMerged()) filters.any = [{ "年度": newest }, { "类型": "指南" }];
      return candidates(pf, query, options).then(function (cursor) {
        return verified(cursor, words, PAGE).then(function (pages) {
          // Where index and query were segmented differently, ask again character by character.
          if (pages.length > 0 || !/[\u3400-\u9fff]/.test(query)) return { cursor: cursor, pages: pages };
          return candidates(pf, Array.from(words.join("")).join(" "), options).then(function (wide) {
            return verified(wide, words, PAGE).then(function (found) { return { cursor: wide, pages: found }; });
          });
        });
      });
    }).then(function (result) {
      // the default scope leaves older years out: say so, or a reader may think they have no match
      var note = !state.year && years.length > 1 ? "（只查了 " + newest + " 年度和指南；在“年度”中选“全部年度”可查其他年度）" : "";
      if (ticket === latest) render(query, words, result.pages, result.cursor, false, note);
    }, function () {
      status.textContent = "搜索索引未能加载。";
    });
  }

  function update() {
    var params = new URLSearchParams(new FormData(form));
    params.forEach(function (value, key) { if (!value) params.delete(key); });
    history.replaceState(null, "", "?" + params.toString());
    return run(current());
  }

  var state = current();
  input.value = state.q;
  ["type", "year", "dept", "sort"].forEach(function (name) { form.elements[name].value = state[name]; });
  run(state);
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
})();
