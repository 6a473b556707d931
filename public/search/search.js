// @ts-check
// 明账 search: exact, in Chinese, online and opened from disk (src/lib/search/index.ts builds what it reads).
// A page matches when its text holds every word of the query, whatever the spacing, quotes or case.
// Results come in one order everywhere: pages whose title holds the query first, then shorter pages
// before longer ones, then the order of the site; or by 金额 when asked.
// - Served by a web server, it reads search/index/<bundle>/: the shards of the inverted index that
//   hold the query's characters and character pairs, then the records of the results it shows.
// - Opened from disk (file://), where browsers refuse fetch, it loads search/offline/parts.js and
//   then, with <script> tags, the parts (one per disclosure) that a search needs, and scans them.
// A classic script, not a module, so that it runs from disk too. Page text is only ever set as text.
(function () {
  "use strict";

  // The shapes it reads are the build's (src/lib/search/index.ts); `// @ts-check` holds this file to them.
  /** @typedef {import("../../src/lib/search/index.ts").SearchPage & { _h?: string, _t?: string }} Page a record, with its normalised texts once computed (haystack) */
  /** @typedef {import("../../src/lib/search/index.ts").BundleMeta & { filterOf: Record<string, (string | undefined)[]> }} Meta */
  /** @typedef {import("../../src/lib/search/index.ts").Shard} Shard */
  /** @typedef {import("../../src/lib/search/index.ts").SortFile} SortFile */
  /** @typedef {import("../../src/lib/search/index.ts").PartEntry & { order: number, first: number }} Entry an offline part, numbered in the order of the results */
  /** @typedef {number[]} Key a result's place in the order, compared element by element */
  /** @typedef {{ page: Page, key: Key }} Result */
  /** @typedef {{ bundle: Bundle, meta: Meta, page: number, rank: number, key: Key }} Candidate */
  /** @typedef {Record<string, string>} Filters the filters a reader chose: 类型, 部门 */

  // ---------------------------------------------------------------- the engine, shared by both ways

  /** The same text, whatever its spacing, quotes or case: 京通 APP matches “京通”APP. @param {unknown} text */
  function norm(text) {
    return String(text || "").toLowerCase().replace(/[\s“”"'‘’]+/g, "");
  }
  /** @param {string} query */
  function terms(query) {
    return query.replace(/["“”]/g, " ").split(/\s+/).map(norm).filter(Boolean);
  }
  /** @param {string} haystack @param {string[]} words */
  function contains(haystack, words) {
    return words.every(function (word) { return haystack.indexOf(word) >= 0; });
  }
  /** FNV-1a over UTF-16 code units, as the build's hashToken(). @param {string} token */
  function hashToken(token) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      hash ^= token.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
  }
  /**
   * The tokens that find a word, as the index has them (TokenTable in src/lib/search/index.ts): for
   * each run of four or more Latin letters or digits, fours that cover it; for the rest, pairs of
   * UTF-16 code units that cover it, or the one unit. At most twelve, spread over the word.
   * @param {string} word
   * @returns {string[]}
   */
  function tokensOf(word) {
    /** @type {string[]} */
    var tokens = [];
    /** @param {string} part @param {number} size */
    function cover(part, size) {
      if (part.length <= size) return tokens.push(part);
      for (var i = 0; i + size < part.length; i += size) tokens.push(part.slice(i, i + size));
      tokens.push(part.slice(part.length - size));
    }
    var runs = /[0-9a-z]{4,}/g;
    var at = 0;
    var match;
    while ((match = runs.exec(word))) {
      if (match.index > at) cover(word.slice(at, match.index), 2);
      cover(match[0], 4);
      at = match.index + match[0].length;
    }
    if (at < word.length) cover(word.slice(at), 2);
    tokens = tokens.filter(function (t, n, all) { return all.indexOf(t) === n; });
    if (tokens.length <= 12) return tokens;
    var spread = [];
    for (var k = 0; k < 12; k++) spread.push(tokens[Math.round((k * (tokens.length - 1)) / 11)] || "");
    return spread;
  }
  /** A list of page numbers from the build's encodePostings(): "v" + gaps as varints, or "b" + a bitmap; base64url. @param {string} encoded */
  function decodePostings(encoded) {
    var text = atob(encoded.slice(1).replace(/-/g, "+").replace(/_/g, "/"));
    /** @type {number[]} */
    var pages = [];
    var i;
    if (encoded.charAt(0) === "b") {
      for (i = 0; i < text.length; i++) {
        var byte = text.charCodeAt(i);
        for (var bit = 0; bit < 8; bit++) if (byte & (1 << bit)) pages.push(i * 8 + bit);
      }
      return pages;
    }
    var previous = -1;
    for (i = 0; i < text.length; ) {
      var gap = 0;
      var scale = 1;
      var b;
      do {
        b = text.charCodeAt(i++);
        gap += (b & 0x7f) * scale;
        scale *= 128;
      } while (b & 0x80);
      previous += gap + 1;
      pages.push(previous);
    }
    return pages;
  }
  /** The pages in both sorted lists. @param {number[]} a @param {number[]} b */
  function intersect(a, b) {
    /** @type {number[]} */
    var out = [];
    for (var i = 0, j = 0; i < a.length && j < b.length; ) {
      var x = /** @type {number} */ (a[i]);
      var y = /** @type {number} */ (b[j]);
      if (x < y) i++;
      else if (x > y) j++;
      else { out.push(x); i++; j++; }
    }
    return out;
  }
  /** Order of results: [title lacks the query, bundle (the newest year first), rank class, page] by relevance; [-金额, bundle, page] by amount. @param {Key} a @param {Key} b */
  function compareKeys(a, b) {
    for (var i = 0; i < a.length; i++) {
      var x = /** @type {number} */ (a[i]);
      var y = /** @type {number} */ (b[i]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }
  /**
   * @param {string} sort "amount", or "" for relevance
   * @param {boolean} titleHit @param {number} rank @param {number | null | undefined} amount @param {number} bundle @param {number} page
   * @returns {Key}
   */
  function keyOf(sort, titleHit, rank, amount, bundle, page) {
    if (sort === "amount") return [amount === null || amount === undefined ? Infinity : -amount, bundle, page];
    // every year is searched: a year's results come before an older year's, as readers expect
    return [titleHit ? 0 : 1, bundle, rank, page];
  }
  /** A record's normalised texts, computed once. @param {Page} page @returns {string} */
  function haystack(page) {
    if (page._h === undefined) {
      page._h = norm(page.t + " " + page.x);
      page._t = norm(page.t);
    }
    return page._h;
  }
  /** @param {Page} page @param {string[]} words */
  function matches(page, words) {
    return contains(haystack(page), words);
  }
  /** @param {Page} page @param {string[]} words */
  function titleHolds(page, words) {
    haystack(page);
    return contains(page._t || "", words);
  }
  /** The address of a search: the form's values, empty ones left out (?q=三公, not ?q=三公&year=&sort=). @param {[string, unknown][]} entries */
  function queryString(entries) {
    var params = new URLSearchParams();
    entries.forEach(function (entry) { if (entry[1]) params.append(entry[0], String(entry[1])); });
    return params.toString();
  }
  /** @param {Page} page @param {Filters} filters */
  function passes(page, filters) {
    for (var name in filters) if (page.f[name] !== filters[name]) return false;
    return true;
  }

  /**
   * A result list, given a page at a time in its final order. `pending` are candidates in the order
   * of their estimated keys, which are never later than their true ones; `check(batch)` fetches
   * their records and returns, for each, its true key or null when it does not match. A result is
   * given once no pending candidate could come before it.
   * @constructor
   * @param {Candidate[]} pending
   * @param {((batch: Candidate[]) => Promise<(Result | null)[]>) | null} check null when nothing is pending
   */
  function Cursor(pending, check) {
    this.pending = pending;
    this.check = check;
    this.next = 0;
    /** @type {Result[]} */
    this.ready = [];
  }
  Cursor.prototype.more = function () {
    return this.next < this.pending.length || this.ready.length > 0;
  };
  /** The next `want` results, in order (fewer at the end). @param {number} want @returns {Promise<Page[]>} */
  Cursor.prototype.take = function (want) {
    var self = this;
    /** @type {Page[]} */
    var out = [];
    /** @returns {Promise<Page[]>} */
    function step() {
      for (var first = self.ready[0]; first && out.length < want; first = self.ready[0]) {
        var next = self.pending[self.next];
        if (next && compareKeys(first.key, next.key) > 0) break;
        out.push(first.page);
        self.ready.shift();
      }
      if (out.length >= want || !self.check || (self.next >= self.pending.length && !self.ready.length)) return Promise.resolve(out);
      var batch = self.pending.slice(self.next, self.next + 10);
      self.next += batch.length;
      return self.check(batch).then(function (checked) {
        checked.forEach(function (c) { if (c) self.ready.push(c); });
        self.ready.sort(function (a, b) { return compareKeys(a.key, b.key); });
        return step();
      });
    }
    return step();
  };

  // ------------------------------------------------------------------- online: the inverted index

  /** @param {string} url @returns {Promise<any>} what the build wrote there */
  function getJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }
  /**
   * One request per file, forgotten if it failed.
   * @template T @param {Record<string, Promise<any>>} cache @param {string} key @param {() => Promise<T>} make @returns {Promise<T>}
   */
  function memo(cache, key, make) {
    var made = cache[key];
    if (!made) made = cache[key] = make().catch(function (error) { delete cache[key]; throw error; });
    return made;
  }
  /** Each filter's runs unpacked: the value of every page. @param {Meta["filters"]} filters */
  function unpack(filters) {
    /** @type {Meta["filterOf"]} */
    var out = {};
    Object.keys(filters).forEach(function (name) {
      var filter = filters[name] || { runs: [], values: [] };
      /** @type {(string | undefined)[]} */
      var each = [];
      for (var i = 0; i + 1 < filter.runs.length; i += 2) {
        var value = /** @type {number} */ (filter.runs[i]);
        for (var n = 0; n < /** @type {number} */ (filter.runs[i + 1]); n++) each.push(value < 0 ? undefined : filter.values[value]);
      }
      out[name] = each;
    });
    return out;
  }

  /**
   * A year's index online (or the guides'), fetched a file at a time as queries need them.
   * @constructor @param {string} url its folder @param {number} order its place among the bundles searched
   */
  function Bundle(url, order) {
    this.url = url;
    this.order = order;
    /** @type {Record<string, Promise<any>>} */
    this.cache = {};
    /** @type {string} the year, "" for the guides */
    this.year = "";
    /** @type {string | undefined} bundles are not a department's */
    this.department = undefined;
  }
  /** @returns {Promise<Meta>} */
  Bundle.prototype.meta = function () {
    var self = this;
    return memo(this.cache, "meta", function () {
      return getJson(self.url + "pages.json").then(/** @param {Meta} meta */ function (meta) {
        meta.filterOf = unpack(meta.filters);
        return meta;
      });
    });
  };
  /** @param {number} n @returns {Promise<Shard>} */
  Bundle.prototype.shard = function (n) {
    var self = this;
    return memo(this.cache, "w" + n, function () { return getJson(self.url + "w/" + n + ".json"); });
  };
  /** @returns {Promise<SortFile>} */
  Bundle.prototype.sorts = function () {
    var self = this;
    return memo(this.cache, "sort", function () { return getJson(self.url + "sort.json"); });
  };
  /** A page's record, from the folder of its group. @param {Meta} meta @param {number} page @returns {Promise<Page>} */
  Bundle.prototype.record = function (meta, page) {
    var self = this;
    var group = meta.groups[0] || [0, ""];
    for (var g = 1; g < meta.groups.length; g++) {
      var next = /** @type {[number, string]} */ (meta.groups[g]);
      if (next[0] > page) break;
      group = next;
    }
    var path = "p/" + group[1] + "/" + (page - group[0]) + ".json";
    return memo(this.cache, path, function () { return getJson(self.url + path); });
  };
  /**
   * The bundle's candidates for `words` with `filters`, each with its estimated key.
   * @param {string[]} words @param {Filters} filters @param {string} sort @returns {Promise<Candidate[]>}
   */
  Bundle.prototype.candidates = function (words, filters, sort) {
    var self = this;
    return this.meta().then(function (meta) {
      var perWord = words.map(tokensOf);
      var tokens = perWord.reduce(function (all, each) { return all.concat(each); }, /** @type {string[]} */ ([]));
      /** @type {Record<number, boolean>} */
      var shards = {};
      tokens.forEach(function (t) { shards[hashToken(t) % meta.shards] = true; });
      var wanted = Object.keys(shards).map(Number);
      return Promise.all(wanted.map(function (n) { return self.shard(n); })).then(function (loaded) {
        /** @type {Record<number, Shard>} */
        var byNumber = {};
        wanted.forEach(function (n, i) { byNumber[n] = /** @type {Shard} */ (loaded[i]); });
        /** @param {"w" | "t"} map @param {string} token */
        function list(map, token) {
          var shard = byNumber[hashToken(token) % meta.shards];
          var encoded = shard && shard[map][token];
          return encoded ? decodePostings(encoded) : [];
        }
        /** The pages that hold every token of every word, in the text (w) or the title (t). @param {"w" | "t"} map */
        function all(map) {
          var found = tokens.reduce(function (pages, t) { return pages === null ? list(map, t) : intersect(pages, list(map, t)); }, /** @type {number[] | null} */ (null));
          return found || [];
        }
        var pages = all("w");
        /** @type {Record<number, boolean>} */
        var titled = {};
        all("t").forEach(function (p) { titled[p] = true; });
        pages = pages.filter(function (p) {
          for (var name in filters) if ((meta.filterOf[name] || [])[p] !== filters[name]) return false;
          return true;
        });
        return (sort === "amount" ? self.sorts() : Promise.resolve(null)).then(/** @param {SortFile | null} sorts */ function (sorts) {
          var amounts = sorts && sorts["金额"];
          return pages.map(function (p) {
            var rank = parseInt(meta.rank.charAt(p), 36);
            return { bundle: self, meta: meta, page: p, rank: rank, key: keyOf(sort, !!titled[p], rank, amounts ? amounts[p] : null, self.order, p) };
          });
        });
      });
    });
  };

  /** @param {Bundle[]} bundles @param {string[]} words @param {Filters} filters @param {string} sort @returns {Promise<Cursor>} */
  function onlineSearch(bundles, words, filters, sort) {
    return Promise.all(bundles.map(function (b) { return b.candidates(words, filters, sort); })).then(function (lists) {
      /** @type {Candidate[]} */
      var pending = [];
      pending = pending.concat.apply(pending, lists).sort(function (a, b) { return compareKeys(a.key, b.key); });
      return new Cursor(pending, function (batch) {
        return Promise.all(batch.map(function (c) {
          return c.bundle.record(c.meta, c.page).then(function (page) {
            if (!matches(page, words)) return null;
            return { page: page, key: keyOf(sort, titleHolds(page, words), c.rank, page.s["金额"], c.bundle.order, c.page) };
          });
        }));
      });
    });
  }

  // ------------------------------------------------------------ offline: parts loaded by <script>

  /**
   * What the offline scripts call, and what the tests run in Node.
   * @type {{ parts?: (list: Entry[]) => void, part?: (id: string, pages: Page[]) => void, engine?: object }}
   */
  var api = (/** @type {any} */ (window).mingzhangSearch = /** @type {any} */ (window).mingzhangSearch || {});
  /** @type {Entry[] | null} */
  var manifest = null;
  /** @type {((list: Entry[]) => void)[]} */
  var manifestWaiters = [];
  /** @typedef {{ promise: Promise<Page[]>, resolve: ((pages: Page[]) => void) | null }} PartLoad a part's script, loading or loaded; resolve is called by the script */
  /** @type {Record<string, PartLoad>} */
  var parts = {};
  api.parts = function (list) {
    manifest = list;
    manifestWaiters.forEach(function (w) { w(list); });
    manifestWaiters = [];
  };
  api.part = function (id, pages) {
    var entry = parts[id];
    if (entry && entry.resolve) entry.resolve(pages);
  };
  api.engine = { norm: norm, terms: terms, tokensOf: tokensOf, hashToken: hashToken, decodePostings: decodePostings, intersect: intersect, Cursor: Cursor, compareKeys: compareKeys, queryString: queryString };

  /** @param {string} src @param {() => void} onerror */
  function script(src, onerror) {
    var tag = document.createElement("script");
    tag.src = src;
    tag.onerror = onerror;
    document.head.appendChild(tag);
  }
  /** @returns {Promise<Entry[]>} */
  function loadManifest() {
    if (manifest) return Promise.resolve(manifest);
    return new Promise(function (resolve, reject) {
      manifestWaiters.push(resolve);
      if (manifestWaiters.length === 1) script("offline/parts.js", function () { reject(new Error("offline/parts.js")); });
    });
  }
  /** @param {string} id @returns {Promise<Page[]>} */
  function loadPart(id) {
    var entry = parts[id];
    if (!entry) {
      /** @type {(pages: Page[]) => void} */
      var resolved = function () {};
      /** @type {PartLoad} */
      var made = {
        promise: new Promise(function (resolve, reject) {
          resolved = resolve;
          script("offline/" + id + ".js", function () {
            delete parts[id];
            reject(new Error("offline/" + id + ".js"));
          });
        }),
        resolve: function (pages) {
          made.resolve = null;
          resolved(pages);
        },
      };
      entry = parts[id] = made;
    }
    return entry.promise;
  }

  /** @param {Entry[]} entries @param {string[]} words @param {Filters} filters @param {string} sort @returns {Promise<Cursor>} */
  function offlineSearch(entries, words, filters, sort) {
    return Promise.all(entries.map(function (e) { return loadPart(e.id); })).then(function (loaded) {
      /** @type {Result[]} */
      var found = [];
      loaded.forEach(function (pages, n) {
        var entry = /** @type {Entry} */ (entries[n]);
        pages.forEach(function (page, i) {
          if (!passes(page, filters) || !matches(page, words)) return;
          found.push({ page: page, key: keyOf(sort, titleHolds(page, words), page.r, page.s["金额"], entry.order, entry.first + i) });
        });
      });
      found.sort(function (a, b) { return compareKeys(a.key, b.key); });
      // everything is known already: the cursor only hands it out a page at a time
      var cursor = new Cursor([], null);
      cursor.ready = found;
      return cursor;
    });
  }

  // ----------------------------------------------------------------------------------- the page

  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (form && input && status && list) searchPage(/** @type {HTMLFormElement} */ (form), /** @type {HTMLInputElement} */ (input), status, list);

  /**
   * The search page: its form, the results as the address asks for them, and every change after.
   * @param {HTMLFormElement} form @param {HTMLInputElement} input @param {HTMLElement} status @param {HTMLElement} list
   */
  function searchPage(form, input, status, list) {
    var root = list.getAttribute("data-root") || "";
    var offline = location.protocol === "file:";
    var PAGE = 20;

    // What there is to search: online, the bundles the page lists (each year, newest first, and the
    // guides); offline, the parts parts.js lists. Both become "sources" with a year ("" for guides).
    /** @type {Promise<{ years: string[], entries: (Entry | Bundle)[] }>} */
    var sources;
    if (offline) {
      sources = loadManifest().then(function (entries) {
        /** @type {string[]} */
        var years = [];
        entries.forEach(function (e) { if (e.year && years.indexOf(e.year) < 0) years.push(e.year); });
        years.sort().reverse();
        /** @type {Record<string, number>} */
        var counters = {};
        entries.forEach(function (e) {
          var bundle = e.year || "guides";
          // the guides first, then the years, newest first: the order results are given in
          e.order = e.year ? years.indexOf(e.year) + 1 : 0;
          e.first = counters[bundle] || 0;
          // parts of one bundle are numbered on, page after page, in the order parts.js lists them
          counters[bundle] = e.first + 1e6;
        });
        narrowMenus(entries, years);
        return { years: years, entries: entries };
      });
    } else {
      /** @type {{ dir: string, year: string }[]} */
      var listed = JSON.parse(list.getAttribute("data-bundles") || "[]");
      var bundles = listed.map(function (b, n) {
        var bundle = new Bundle(new URL(b.dir, location.href).href, n);
        bundle.year = b.year;
        return bundle;
      });
      sources = Promise.resolve({ years: listed.map(function (b) { return b.year; }).filter(Boolean), entries: bundles });
    }

    /** A field of the form, by name. @param {string} name */
    function field(name) {
      return /** @type {HTMLInputElement | HTMLSelectElement} */ (form.elements.namedItem(name));
    }

    /** Offline, the menus offer only what this copy holds: an archive of one year has no other. @param {Entry[]} entries @param {string[]} years */
    function narrowMenus(entries, years) {
      var year = /** @type {HTMLSelectElement} */ (field("year"));
      var dept = /** @type {HTMLSelectElement} */ (field("dept"));
      var chosen = year.value;
      year.textContent = "";
      /** @type {[string, string][]} [value, label] */
      var options = years.length > 1 ? [["", "全部年度（新的在前）"]] : [["", "全部"]];
      if (years.length > 1) options = options.concat(years.map(function (y) { return /** @type {[string, string]} */ ([y, y]); }));
      options.forEach(function (o) {
        var option = document.createElement("option");
        option.value = o[0];
        option.textContent = o[1];
        year.appendChild(option);
      });
      year.value = options.some(function (o) { return o[0] === chosen; }) ? chosen : "";
      var held = entries.map(function (e) { return e.department; });
      Array.prototype.slice.call(dept.options).forEach(function (option) {
        if (option.value && held.indexOf(option.value) < 0) option.remove();
      });
    }

    /**
     * A result's text around the first word found, the word marked; where the words are the page's
     * title, what it does (its summary: a project's goal, a disclosure's opening), rather than the
     * facts its text begins with.
     * @param {Page} page @param {string[]} words
     */
    function excerpt(page, words) {
      var summary = page.m["摘要"];
      var content = summary && contains(norm(page.t || ""), words) ? summary : page.x;
      var lower = content.toLowerCase();
      var word = words[0] || "";
      var at = lower.indexOf(word);
      var p = document.createElement("p");
      if (at < 0) {
        p.textContent = content.slice(0, 80) + (content.length > 80 ? "…" : "");
        return p;
      }
      // from the start of the word's cell where the text is a table's (its cells apart by spaces), not
      // from the figures of the cells before; in running text, thirty characters before it
      var start = Math.max(0, at - 30, lower.lastIndexOf(" ", at) + 1);
      var end = Math.min(content.length, at + word.length + 50);
      p.appendChild(document.createTextNode((start > 0 ? "…" : "") + content.slice(start, at)));
      var mark = document.createElement("mark");
      mark.textContent = content.slice(at, at + word.length);
      p.appendChild(mark);
      p.appendChild(document.createTextNode(content.slice(at + word.length, end) + (end < content.length ? "…" : "")));
      return p;
    }

    /**
     * Shows results, after those shown already when `append`.
     * @param {string} query @param {string[]} words @param {Page[]} pages @param {Cursor} cursor @param {boolean} append @param {string} scope what was searched, when not everything
     */
    function render(query, words, pages, cursor, append, scope) {
      if (!append) list.textContent = "";
      var shown = list.children.length + pages.length;
      var more = cursor.more();
      status.textContent = (shown
        ? (more ? "已显示前 " + shown + " 个结果：“" + query + "”" : "找到 " + shown + " 个结果：“" + query + "”")
        : "没有找到含有“" + query + "”的内容。") + (scope || "");
      pages.forEach(function (page) {
        var href = root + page.u;
        var item = document.createElement("li");
        var heading = document.createElement("a");
        heading.href = href;
        heading.className = "result-title";
        heading.textContent = page.t || page.u;
        item.appendChild(heading);
        // which year's, so that a department's pages of several years are told apart
        var facts = [page.f["类型"], page.f["年度"] ? page.f["年度"] + "年" : "", page.m["部门"], page.m["金额"]].filter(Boolean);
        if (facts.length) {
          var small = document.createElement("span");
          small.className = "result-meta";
          small.textContent = " " + facts.join(" · ");
          item.appendChild(small);
        }
        item.appendChild(excerpt(page, words));
        var hits = page.a.filter(function (a) { return a[0] && a[1] && contains(norm(a[1]), words); });
        if (hits.length) {
          var sub = document.createElement("ul");
          sub.className = "result-anchors";
          hits.slice(0, 8).forEach(function (a) {
            var li = document.createElement("li");
            var anchor = document.createElement("a");
            anchor.href = href + "#" + a[0];
            anchor.textContent = a[1];
            li.appendChild(anchor);
            sub.appendChild(li);
          });
          if (hits.length > 8) {
            var rest = document.createElement("li");
            rest.textContent = "另有 " + (hits.length - 8) + " 条";
            sub.appendChild(rest);
          }
          item.appendChild(sub);
        }
        list.appendChild(item);
      });
      var old = document.getElementById("search-more");
      if (old) old.remove();
      if (more && shown) {
        var button = document.createElement("button");
        button.id = "search-more";
        button.type = "button";
        button.textContent = "显示更多结果";
        button.addEventListener("click", function () {
          button.disabled = true;
          cursor.take(PAGE).then(function (next) { render(query, words, next, cursor, true, scope); });
        });
        list.after(button);
      }
    }

    /** @typedef {{ q: string, type: string, year: string, dept: string, sort: string }} State a search as its address gives it */
    /** @returns {State} */
    function current() {
      var params = new URLSearchParams(location.search);
      return { q: params.get("q") || "", type: params.get("type") || "", year: params.get("year") || "", dept: params.get("dept") || "", sort: params.get("sort") || "" };
    }

    var latest = 0;
    /** @param {State} state */
    function run(state) {
      var query = state.q.trim();
      var ticket = ++latest;
      var words = terms(query);
      if (!words.length) {
        list.textContent = "";
        status.textContent = "";
        return Promise.resolve();
      }
      /** @type {Filters} */
      var filters = {};
      if (state.type) filters["类型"] = state.type;
      if (state.dept) filters["部门"] = state.dept;
      status.textContent = "正在搜索…";
      return sources.then(function (found) {
        // "" is every year, newest first ("all", as older addresses say it, too); otherwise one year. The
        // guides are of no year: always searched, as a year's archive holds them too
        /** @param {string} year */
        var inScope = function (year) {
          if (state.year && state.year !== "all") return !year || year === state.year;
          return true;
        };
        var note = state.year && state.year !== "all" ? "（只查了 " + state.year + " 年度和指南；在“年度”中选“全部年度”可查其他年度）" : "";
        var chosen = found.entries.filter(function (e) {
          if (!inScope(e.year)) return false;
          if (state.type === "指南") return !e.year;
          if (state.dept && e.department !== undefined) return e.department === state.dept;
          return true;
        });
        var search = offline ? offlineSearch(/** @type {Entry[]} */ (chosen), words, filters, state.sort) : onlineSearch(/** @type {Bundle[]} */ (chosen), words, filters, state.sort);
        return search.then(function (cursor) {
          return cursor.take(PAGE).then(function (pages) {
            if (ticket === latest) render(query, words, pages, cursor, false, note);
          });
        });
      }).catch(function () {
        if (ticket === latest) status.textContent = "搜索索引未能加载。";
      });
    }

    function update() {
      try {
        history.replaceState(null, "", "?" + queryString(Array.from(new FormData(form).entries())));
      } catch (error) {
        // some browsers refuse to change the address of a file:// page; the search still runs
      }
      return run(current());
    }

    var state = current();
    input.value = state.q;
    /** @type {("type" | "year" | "dept" | "sort")[]} */ (["type", "year", "dept", "sort"]).forEach(function (name) { field(name).value = state[name]; });
    run(state);
    /** @type {ReturnType<typeof setTimeout> | undefined} */
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
  }
})();
