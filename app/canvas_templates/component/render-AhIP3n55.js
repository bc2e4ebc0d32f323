const jr = !1;
var Vr = Array.isArray, wn = Array.prototype.indexOf, _e = Array.prototype.includes, gn = Array.from, Mt = Object.defineProperty, pt = Object.getOwnPropertyDescriptor, yn = Object.getOwnPropertyDescriptors, Yr = Object.prototype, zr = Array.prototype, mn = Object.getPrototypeOf, wt = Object.isExtensible;
function Ur(e) {
  return typeof e == "function";
}
const bn = () => {
};
function Gr(e) {
  return e();
}
function En(e) {
  for (var t = 0; t < e.length; t++)
    e[t]();
}
function kn() {
  var e, t, n = new Promise((r, s) => {
    e = r, t = s;
  });
  return { promise: n, resolve: e, reject: t };
}
function $r(e, t) {
  if (Array.isArray(e))
    return e;
  if (!(Symbol.iterator in Object(e))) {
    const r = Math.min(
      t,
      /** @type {ArrayLike<T>} */
      e.length
    );
    return Array.from({ length: r }, (s, l) => (
      /** @type {ArrayLike<T>} */
      e[l]
    ));
  }
  const n = [];
  for (
    const r of
    /** @type {Iterable<T>} */
    e
  )
    if (n.push(r), n.length === t) break;
  return n;
}
const v = 2, ne = 4, Le = 8, Rt = 1 << 24, j = 16, H = 32, G = 64, Ot = 128, st = 256, T = 512, A = 1024, C = 2048, x = 4096, I = 8192, R = 16384, K = 32768, Ce = 1 << 25, pe = 65536, gt = 1 << 17, Tn = 1 << 18, me = 1 << 19, Nt = 1 << 20, yt = 1 << 25, oe = 1 << 21, ue = 1 << 22, L = 1 << 23, Sn = 1 << 27, F = 1 << 26, mt = /* @__PURE__ */ Symbol("$state"), An = /* @__PURE__ */ Symbol("component"), Wr = /* @__PURE__ */ Symbol("legacy props"), Kr = /* @__PURE__ */ Symbol(""), xn = /* @__PURE__ */ Symbol("attributes"), Cn = /* @__PURE__ */ Symbol("class"), Mn = /* @__PURE__ */ Symbol("style"), $e = /* @__PURE__ */ Symbol("text"), Se = /* @__PURE__ */ Symbol("form reset"), Xr = /* @__PURE__ */ Symbol("hmr anchor"), Zr = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  !!globalThis.document?.contentType && /* @__PURE__ */ globalThis.document.contentType.includes("xml")
), Jr = 1, Qr = 2, es = 16, ts = 1, ns = 2, rs = 4, ss = 8, ls = 16, is = 4, us = 1, It = {}, Pe = /* @__PURE__ */ Symbol("uninitialized"), Rn = "http://www.w3.org/1999/xhtml", as = "http://www.w3.org/2000/svg", fs = "@attach";
function On() {
  console.warn("https://svelte.dev/e/derived_inert");
}
function os() {
  console.warn("https://svelte.dev/e/select_multiple_invalid_value");
}
function Nn() {
  console.warn("https://svelte.dev/e/svelte_boundary_reset_noop");
}
function In(e) {
  return e === this.v;
}
function Ln(e, t) {
  return e != e ? t == t : e !== t || e !== null && typeof e == "object" || typeof e == "function";
}
function Pn(e) {
  return !Ln(e, this.v);
}
function cs(e, t, n) {
  throw new Error("https://svelte.dev/e/each_key_duplicate");
}
function Dn(e) {
  throw new Error("https://svelte.dev/e/effect_in_teardown");
}
function Fn() {
  throw new Error("https://svelte.dev/e/effect_in_unowned_derived");
}
function qn(e) {
  throw new Error("https://svelte.dev/e/effect_orphan");
}
function Hn() {
  throw new Error("https://svelte.dev/e/effect_update_depth_exceeded");
}
function Lt() {
  throw new Error("https://svelte.dev/e/invalid_bundler_config");
}
function _s(e) {
  throw new Error("https://svelte.dev/e/lifecycle_legacy_only");
}
function ds(e) {
  throw new Error("https://svelte.dev/e/props_invalid_value");
}
function vs() {
  throw new Error("https://svelte.dev/e/state_descriptors_fixed");
}
function hs() {
  throw new Error("https://svelte.dev/e/state_prototype_fixed");
}
function ps() {
  throw new Error("https://svelte.dev/e/state_unsafe_mutation");
}
function Bn() {
  throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror");
}
let Pt = !1, lt = !1;
let jn = !1;
function ws() {
  lt = !0;
}
let Q = [];
function Dt() {
  var e = Q;
  Q = [], En(e);
}
function De(e) {
  if (Q.length === 0 && !ve) {
    var t = Q;
    queueMicrotask(() => {
      t === Q && Dt();
    });
  }
  Q.push(e);
}
function Vn() {
  for (; Q.length > 0; )
    Dt();
}
const Yn = -7169;
function O(e, t) {
  e.f = e.f & Yn | t;
}
function be(e) {
  (e.f & T) !== 0 || e.edges === null ? O(e, A) : O(e, x);
}
let S = null;
function Me(e) {
  S = e;
}
function zn(e, t = !1, n) {
  S = {
    p: S,
    i: !1,
    c: null,
    e: null,
    s: e,
    x: null,
    r: (
      /** @type {Effect} */
      y
    ),
    l: lt && !t ? { s: null, u: null, $: [] } : null
  };
}
function Un(e) {
  var t = (
    /** @type {ComponentContext} */
    S
  ), n = t.e;
  if (n !== null) {
    t.e = null;
    for (var r of n)
      Gt(r);
  }
  return t.i = !0, S = t.p, Ft(e);
}
function Ft(e = {}) {
  return Mt(e, An, { value: !0 }), e;
}
function it() {
  return !lt || S !== null && S.l === null;
}
let Gn = null;
function $n(e, t, n, r) {
  var s = t.map(it() ? qt : Kn);
  {
    r(s);
    return;
  }
}
function Wn(e) {
  for (; e.merged !== null; ) e = e.merged;
  return e;
}
// @__NO_SIDE_EFFECTS__
function qt(e) {
  var t = v | C;
  return y !== null && (y.f |= me), {
    ctx: S,
    deps: null,
    dv: null,
    edges: null,
    effects: null,
    equals: In,
    f: t,
    fn: e,
    reactions: null,
    rv: 0,
    v: (
      /** @type {V} */
      Pe
    ),
    wv: 0,
    parent: y,
    ac: null
  };
}
const bt = /* @__PURE__ */ Symbol("obsolete");
// @__NO_SIDE_EFFECTS__
function Kn(e) {
  const t = /* @__PURE__ */ qt(e);
  return t.equals = Pn, t;
}
function Xn(e) {
  var t = e.effects;
  if (t !== null) {
    e.effects = null;
    for (var n = 0; n < t.length; n += 1)
      re(
        /** @type {Effect} */
        t[n]
      );
  }
}
function ut(e) {
  var t = y, n = e.parent;
  if (!se && n !== null && e.v !== Pe && // if it was never evaluated before, it's guaranteed to fail downstream, so we try to execute instead
  (n.f & (R | I)) !== 0)
    return On(), be(e), e.v;
  V(n);
  try {
    return Xn(e), rn(e);
  } finally {
    V(t);
  }
}
function we(e) {
  var t = (
    /** @type {Derived} */
    e
  );
  if (He(t)) {
    var n = M?.records, r = n?.get(t);
    r !== void 0 && Ne(r.deps, r.dv) ? (n.delete(t), un(t, r)) : ut(t);
  }
}
function Re(e) {
  var t = (
    /** @type {Map<Derived, Derived | DerivedRecord | BatchValue>} */
    ee
  ), n = t.get(e);
  if (n !== void 0 || P !== null && (e.f & T) === 0 && (n = kr(e), n !== void 0))
    return n;
  var r = ye, s = (
    /** @type {Batch} */
    M
  ), l = (
    /** @type {Map<Value, BatchValue>} */
    g.get(e)
  ), i = l ?? e, a = l === void 0 ? (e.f & F) !== 0 : l.assigned, u = (
    /** @type {DerivedRecord | undefined} */
    s.get_record(e)
  );
  return a && !dt((u ?? e).deps, i.wv) ? n = i : u !== void 0 && Ne(u.deps, u.dv) ? n = u : l === void 0 && !a && e.dv !== null && Ne(e.deps, e.dv) ? n = e : (ut(e), n = /** @type {DerivedRecord | undefined} */
  s.records?.get(e) ?? e), (e.f & T) !== 0 ? t.set(e, n) : P !== null && Tr(e, n, r), n;
}
function Zn(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      (t.teardown || (t.f & Sn) !== 0) && (t.teardown?.(), t.fn !== null && (t.teardown = bn), vt(t), ft(t));
}
function Ht(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      t.teardown && t.fn !== null && ce(t);
}
let $ = null, le = null, k = null, Ee = null, E = null;
function We(e) {
  E = e;
}
function Oe(e) {
  var t = E = {
    reverted_values: new Map(E?.reverted_values),
    derived_cache: /* @__PURE__ */ new Map(),
    parent: E
  };
  for (const [n, r] of e ?? []) t.reverted_values.set(n, r);
  return t;
}
function Jn(e) {
  for (var t = E; t !== null; t = t.parent)
    t.reverted_values.delete(e), t.derived_cache.clear();
}
let g = null, ee = null, M = null, Ke = null;
var Be = /* @__PURE__ */ new Set();
let ve = !1, he = null, je = null;
var Et = 0, J = null, Ve = 0;
let Qn = 1, Ye = null;
class X {
  id = Qn++;
  /** True as soon as `#process` was called */
  started = !1;
  linked = !0;
  /** @type {Batch | null} */
  prev = null;
  /** @type {Batch | null} */
  next = null;
  /** @type {Map<Effect, ReturnType<typeof deferred<any>>>} */
  async_deriveds = /* @__PURE__ */ new Map();
  /**
   * The current values (and their versions) of any sources that are updated in this batch,
   * including deriveds that were overridden via assignment — until it commits them (see `#commit`).
   * Its keys are those of `this.previous`, plus the sources this batch gave their first value. `e` says whether
   * the value is an error
   * @type {Map<Value, BatchValue>}
   */
  current = /* @__PURE__ */ new Map();
  /**
   * The values (and their versions) of any sources that are updated in this batch _before_ those updates took place.
   * For a derived, `assigned` says whether its value before was assigned, too (otherwise it was computed).
   * A source that this batch gave its first value (e.g. an async expression that resolved for the first time) has
   * no entry: there's no value from before it, so other views can't undo the write, and teardowns don't revert it.
   * @type {Map<Value, BatchValue>}
   */
  previous = /* @__PURE__ */ new Map();
  /**
   * Results of reactions that belong to this batch rather than to the real world:
   * deriveds evaluated in this batch's view of the world with values that are not the
   * latest ones, and block/async effects that ran while this batch was processed.
   * Effect records become global state when the batch commits (see `promote_record`)
   * @type {Map<Reaction, BatchRecord> | null}
   */
  records = null;
  /**
   * Earlier batches whose changes are part of this batch's view of the world, because
   * they intersect with it (this batch will be merged into them, see `#merge`)
   * @type {Batch[]}
   */
  folded = [];
  /**
   * When the batch is committed (and the DOM is updated), we need to remove old branches
   * and append new ones by calling the functions added inside (if/each/key/etc) blocks.
   * Each callback maps to the writes that apply in the teardowns it causes, if it was added
   * while block effects re-ran eagerly (see `eager_block_writes`)
   * @type {Map<(batch: Batch) => void, Map<Value, BatchValue> | null>}
   */
  #u = /* @__PURE__ */ new Map();
  /**
   * If a fork is discarded, we need to destroy any effects that are no longer needed
   * (see `#commit_callbacks`)
   * @type {Map<(batch: Batch) => void, Map<Value, BatchValue> | null>}
   */
  #v = /* @__PURE__ */ new Map();
  /**
   * Async effects that are currently in flight
   * @type {Map<Effect, number>}
   */
  #e = /* @__PURE__ */ new Map();
  /**
   * Effects whose async work settled, waiting to be removed from `#pending`
   * when this batch starts processing (so another batch flushing first doesn't
   * treat this batch's boundary work as rendered before it flushes)
   * @type {Effect[]}
   */
  #r = [];
  /**
   * A deferred that resolves when the batch is committed, used with `settled()`
   * TODO replace with Promise.withResolvers once supported widely enough
   * @type {{ promise: Promise<void>, resolve: (value?: any) => void, reject: (reason: unknown) => void } | null}
   */
  #s = null;
  /**
   * Effects to (re-)validate when this batch is processed next, and their status (DIRTY or MAYBE_DIRTY):
   * those that were scheduled while it wasn't being processed (see {@link schedule}), and those whose run
   * was deferred because it has pending work (see `#defer_effects`)
   * @type {Map<Effect, number>}
   */
  #t = /* @__PURE__ */ new Map();
  /**
   * Effects that were scheduled in this batch but not yet 'resolved' into the
   * root effects that need to be flushed. Resolving — the upwards traversal that
   * marks the path to each effect on the shared effect tree (see #resolve) — is
   * deferred until the batch is processed, so that the markers are created and
   * consumed within a single traversal. Scheduling into other batches (which can
   * happen concurrently, e.g. while a batch is committed) can therefore never
   * observe (and be confused by) this batch's markers.
   * May contain duplicates — deduplication happens during resolving
   * @type {Effect[]}
   */
  #n = [];
  /**
   * Branches that still exist, but will be destroyed when this batch
   * is committed — we skip over these during `#process`
   * @type {Set<Effect>}
   */
  #l = /* @__PURE__ */ new Set();
  /**
   * Branches that this batch selected (see `unskip_effect`). A branch that is offscreen until
   * it is committed (see `EFFECT_OFFSCREEN`) only exists in the views of the batches that selected it
   * @type {Set<Effect>}
   */
  #i = /* @__PURE__ */ new Set();
  is_fork = !1;
  /**
   * The batch that this one was merged into, if any (see `#merge`). Its async work that is still in flight
   * continues as part of that one
   * @type {Batch | null}
   */
  merged = null;
  /**
   * Batches whose runs this batch aborted. Merge into them before waiting for pending work.
   * Requests belong to this batch because a synchronous derived can abort outside traversal,
   * before an unrelated batch is processed (e.g. a fork being committed).
   * @type {Set<Batch>}
   */
  merge_requests = /* @__PURE__ */ new Set();
  #S = !1;
  #f = !1;
  constructor() {
    le === null ? $ = le = this : (le.next = this, this.prev = le), le = this;
  }
  #h() {
    return !1;
  }
  /**
   * Whether `effect` is a branch that this batch skips, or that only exists offscreen for other batches
   * @param {Effect} effect
   */
  #c(t) {
    return this.#l.has(t) || (t.f & yt) !== 0 && !this.#i.has(t);
  }
  /**
   * Whether `effect` is inside a branch that this batch skips, i.e. doesn't exist in its view of the world
   * @param {Effect} effect
   */
  is_skipped(t) {
    for (var n = (
      /** @type {Effect | null} */
      t
    ); n !== null; n = n.parent)
      if (this.#c(n)) return !0;
    return !1;
  }
  /**
   * Whether async work in `effect` holds up this batch — or, with `root`, the boundary whose content `root` is.
   * It doesn't if the effect is inside a branch that this batch skips (the branch is going to be destroyed),
   * or inside a boundary that is pending (which shows its pending snippet in the meantime).
   * Unlike a skipped branch, the content of a pending boundary does exist in the view of the batch: its
   * effects are still re-validated (see `#revalidate`), they just don't keep the batch from committing
   * @param {Effect} effect
   * @param {Effect | null} [root]
   */
  is_blocked_by(t, n = null) {
    return !1;
  }
  /**
   * Whether `root` (a boundary's `#main_effect`) exists and has no blocking pending async work in this batch's view
   * @param {Effect} root
   */
  is_boundary_ready(t) {
    return !0;
  }
  /**
   * @param {Effect} effect
   */
  skip_effect(t) {
    this.#l.add(t), this.#i.delete(t);
  }
  /**
   * @param {Effect} effect
   */
  unskip_effect(t) {
    (this.#l.delete(t) || !this.#i.has(t) && ((t.f & yt) !== 0 || this.folded.some((n) => n.#l.has(t)))) && this.revalidate_branch(t), this.#i.add(t);
  }
  /**
   * Like `unskip_effect`, for a branch that was just created offscreen while this batch is processed.
   * Its effects ran in this batch's view of the world when they were created, so there's nothing to re-validate
   * TODO can we skip revalidation in `unskip_effect` in more cases, by detecting whether things changed
   * inside a branch while it was skipped?
   * @param {Effect} effect
   */
  unskip_new_effect(t) {
    this.#i.add(t);
  }
  /**
   * @param {Effect} effect
   */
  revalidate_branch(t) {
    for (var n = t.first; n !== null; n = n.next) {
      var r = n.f;
      (r & (R | I)) === 0 && !this.#c(n) && ((r & (H | G | gt)) === 0 && n.fn !== null && this.schedule(n, x), this.revalidate_branch(n));
    }
  }
  /**
   * Convert the effects that were scheduled in this batch into the root effects
   * that need to be traversed, marking the path to each effect (by clearing the
   * `CLEAN` flag on ancestor branches) so that the traversal can find them.
   * This happens right before traversal rather than at scheduling time, so that
   * the markers left on the (shared) effect tree are created and consumed within
   * a single traversal — scheduling into other batches can never observe them
   * @returns {Effect[]}
   */
  #p() {
    var t = [];
    for (const l of this.#n)
      if (!((l.f & R) !== 0 || (l.f & (C | x)) === 0)) {
        for (var n = l, r = !1; n.parent !== null; ) {
          n = n.parent;
          var s = n.f;
          if ((s & (G | H)) !== 0) {
            if ((s & A) === 0) {
              r = !0;
              break;
            }
            n.f ^= A;
          }
        }
        r || t.push(n);
      }
    return this.#n = [], t;
  }
  #o() {
    for (var t = this; t !== null; )
      t = t.#y();
  }
  /**
   * Processes this batch and returns the batch that needs to be processed next, if any
   * @returns {Batch | null}
   */
  #y() {
    if (k = Ee = this, this.#r.length > 0) {
      for (const c of this.#r) {
        var t = this.#e.get(c) ?? 0;
        t <= 1 ? this.#e.delete(c) : this.#e.set(c, t - 1);
      }
      this.#r.length = 0;
    }
    if (E?.derived_cache.clear(), this.started = !0, Ye = this.id, this.#t.size > 0) {
      for (const [c, w] of this.#t) this.#k(c, w);
      this.#t.clear();
    }
    this.activate();
    for (var n = he = [], r = [], s = je = []; this.#n.length > 0; ) {
      Et++ > 1e3 && (this.#d(), nr());
      for (const c of this.#p())
        try {
          this.#g(c, n, r);
        } catch (w) {
          throw Xe(c, !0), this.#h() || this.discard(), w;
        }
      if (this.#n.length > 0) {
        for (const c of r) this.#n.push(c);
        for (const c of n) this.#n.push(c);
        r.length = 0, n.length = 0;
      }
    }
    if (k = null, s.length > 0) {
      var l = X.ensure();
      for (const c of s)
        (c.f & A) === 0 && l.schedule(c, x);
    }
    if (he = null, je = null, this.merge_requests.size > 0) {
      const c = Array.from(this.merge_requests, Wn).filter((w) => w !== this && w.linked && !w.is_fork).sort((w, m) => w.id - m.id);
      if (this.merge_requests.clear(), c.length > 0) {
        this.#a(r), this.#a(n);
        for (var i = this, a = c.length; a--; ) {
          var u = c[a];
          u !== i && (u.#b(i), i = u);
        }
        return i;
      }
    }
    if (this.#h()) {
      this.#a(r), this.#a(n);
      for (const c of this.#l)
        Xe(c);
      return s.length > 0 ? (
        /** @type {Batch} */
        /** @type {unknown} */
        k
      ) : null;
    }
    const f = this.#m();
    if (f)
      return this.#a(r), this.#a(n), f.#b(this), f;
    this.#T(!0), this.#E(this.#u);
    var _ = ke, o = ae;
    try {
      ke = !0;
      var h = kt(r);
      kt(n, h);
    } finally {
      ke = _, ae = o;
    }
    this.#s?.resolve();
    var p = (
      /** @type {Batch | null} */
      /** @type {unknown} */
      k
    );
    if (this.#e.size === 0 && (this.#n.length === 0 || p !== null) && this.#d(), p !== null && E !== null)
      for (const [c, w] of E.reverted_values)
        p.previous.get(c)?.wv !== w.wv && E.reverted_values.delete(c);
    return p;
  }
  /**
   * Schedule the reactions that (transitively) depend on `sources` for re-validation in this batch.
   * They are marked MAYBE_DIRTY, which means that they are only re-run if the exact versions
   * of their dependencies differ from the ones they last saw (in this batch's view of the world)
   * @param {Iterable<Source>} sources
   */
  #w(t) {
  }
  /**
   * Traverse the effect tree, executing effects or stashing
   * them for later execution as appropriate
   * @param {Effect} root
   * @param {Effect[]} effects
   * @param {Effect[]} render_effects
   */
  #g(t, n, r) {
    t.f ^= A;
    for (var s = t.first; s !== null; ) {
      var l = s.f, i = (l & (H | G)) !== 0, a = i && (l & A) !== 0, u = a || (l & (I | gt)) !== 0 || this.#c(s);
      if (!u && s.fn !== null) {
        i ? s.f ^= A : (l & ne) !== 0 ? n.push(s) : He(s) && ce(s);
        var f = s.first;
        if (f !== null) {
          s = f;
          continue;
        }
      }
      for (; s !== null; ) {
        var _ = s.next;
        if (_ !== null) {
          s = _;
          break;
        }
        s = s.parent;
      }
    }
  }
  #m() {
    for (var t = this.prev; t !== null; t = t.prev)
      if (!t.is_fork && this.#A(t)) return t;
    return null;
  }
  /** @param {Batch} batch */
  #A(t) {
    for (const n of this.current.keys())
      if (t.current.has(n)) return !0;
    return !1;
  }
  /**
   * Take over the writes of a later batch that depends on this one, because it finished first
   * or aborted one of this batch's runs.
   * Values it produced (async results, deriveds) remain valid; block effects select their
   * branches again for this batch, if needed (their selections are keyed by batch)
   * @param {Batch} batch
   */
  #b(t) {
    for (const r of t.merge_requests) this.merge_requests.add(r);
    t.merge_requests.clear();
    for (const [r, s] of t.current) {
      if (!this.previous.has(r)) {
        const l = t.previous.get(r);
        l && this.previous.set(r, l);
      }
      this.current.set(r, s);
    }
    for (const [r, s] of t.async_deriveds) {
      const l = this.async_deriveds.get(r);
      l && l !== s && s.promise.then(l.resolve, l.reject), this.async_deriveds.set(r, s);
    }
    for (const [r, s] of t.records ?? [])
      (r.f & j) === 0 && (this.records?.get(r), (this.records ??= /* @__PURE__ */ new Map()).set(r, s), t.records?.delete(r));
    if (t.async_deriveds.clear(), t.#e.size > 0) {
      for (const [r, s] of t.#e)
        this.#e.set(r, (this.#e.get(r) ?? 0) + s);
      t.#e.clear();
    }
    if (t.#r.length > 0) {
      for (const r of t.#r)
        this.#r.push(r);
      t.#r.length = 0;
    }
    if (t.#t.size > 0) {
      for (const [r, s] of t.#t)
        this.#_(r, s);
      t.#t.clear();
    }
    const n = () => t.discard();
    this.oncommit(n), this.ondiscard(n), t.merged = this, t.#d();
  }
  /**
   * Note that `effect` needs to be (re-)validated, without downgrading a DIRTY effect to MAYBE_DIRTY
   * @param {Effect} effect
   * @param {number} status DIRTY or MAYBE_DIRTY
   */
  #_(t, n) {
    (n === C || this.#t.get(t) !== C) && this.#t.set(t, n);
  }
  /**
   * @param {Effect[]} effects
   */
  #a(t) {
    for (var n = 0; n < t.length; n += 1) {
      var r = t[n], s = r.f & (C | x);
      s !== 0 && (this.#_(r, r.dv === null ? x : s), O(r, A));
    }
  }
  /**
   * Associate a change to a given source with the current
   * batch, noting its previous and current values (and versions).
   * The source itself is only updated if this is its latest value, i.e. unless this
   * is a fork (whose writes only exist in its own view of the world) or a later batch
   * already wrote to it (e.g. because an async expression resolved in an earlier batch).
   * @param {Value} source
   * @param {any} value
   * @param {boolean} same whether the value equals the real one (it can, if this batch sees another one, see
   * `internal_set`) — in which case the source isn't updated, and the value gets the same version
   * @param {boolean} [error] whether the value is an error (thrown when read, see `runtime.js#get`)
   * @param {Effect[] | null} [updated_during_traversal]
   */
  capture(t, n, r, s = !1, l = null) {
    var i = this.previous.get(t), a = sr(this, t);
    i === void 0 && (i = a?.previous.get(t), i === void 0 && t.v !== Pe && (i = {
      v: t.v,
      wv: t.wv,
      e: (t.f & L) !== 0,
      assigned: (t.f & F) !== 0
    }), i !== void 0 && this.previous.set(t, i)), se ? Jn(t) : i !== void 0 && (E?.reverted_values.set(t, i), E?.derived_cache.clear());
    var u = {
      v: n,
      wv: r ? t.wv : _t(),
      e: s,
      // a write to a derived is an assignment
      assigned: (t.f & v) !== 0,
      async: (t.f & ue) !== 0
    };
    this.current.set(t, u), ke && (ae ??= /* @__PURE__ */ new Set()).add(t), g?.set(t, u), r && ct(), ee?.delete(
      /** @type {Derived} */
      t
    ), !this.is_fork && a !== null && a.previous.set(t, u), !this.is_fork && !r && a === null && lr(t, u), r || (J = null, Ve = 0, this.mark(t, C, l), J = null);
  }
  deactivate() {
    k = Ee = g = ee = M = null;
  }
  flush() {
    var t = Oe(this.previous);
    try {
      if (this.#o(), Be.size > 0)
        for (const n of Be)
          Be.delete(n), n.linked && !n.#f && n.#o();
    } finally {
      Et = 0, Ke = null, he = null, je = null, E = t.parent, this.deactivate();
    }
  }
  discard() {
    this.#E(this.#v);
    for (const t of this.async_deriveds.values())
      t.reject(bt);
    this.#d(), this.#s?.resolve();
  }
  #x() {
  }
  /**
   * Make this batch's writes the real world, part of every other batch's view (see `#commit`).
   * If it has pending work it stays linked, coming first from now on (see `#move_to_front`)
   */
  commit_writes() {
  }
  /**
   * @param {Effect} effect
   */
  increment(t) {
  }
  /**
   * @param {Effect} effect
   */
  decrement(t) {
  }
  /** @param {(batch: Batch) => void} fn */
  oncommit(t) {
    this.#u.set(t, U?.size ? U : null);
  }
  /** @param {(batch: Batch) => void} fn */
  ondiscard(t) {
    this.#v.set(t, U?.size ? U : null);
  }
  /**
   * Runs the commit/discard callbacks.
   * A callback that was added while block effects re-ran eagerly detaches the branches that such a run
   * deselected (see `flush_queued_effects`). The teardowns it causes see the writes that applied in the
   * run's view, like they would have during the run: of the values that the current teardown context
   * reverts, the writes of the effects that ran before the one whose writes caused the run are restored.
   * Callbacks run untracked, because a batch can commit while an effect runs (e.g. one that calls `flushSync`)
   * @param {Map<(batch: Batch) => void, Map<Value, BatchValue> | null>} callbacks
   */
  #E(t) {
    vn(() => {
      for (const [r, s] of t) {
        if (s === null) {
          r(this);
          continue;
        }
        var n = Oe();
        for (const [l, i] of s)
          n.reverted_values.has(l) && n.reverted_values.set(l, i);
        try {
          r(this);
        } finally {
          E = n.parent;
        }
      }
    }), t.clear();
  }
  settled() {
    return (this.#s ??= kn()).promise;
  }
  static ensure() {
    if (k === null) {
      const t = k = new X();
      Ee === null && !ve && De(() => {
        t.started || t.flush();
      });
    }
    return k;
  }
  /**
   * Make this the current batch, and its view of the world the active one
   */
  activate() {
    k = this, M = this, Ye !== this.id && (Ye = null);
    {
      g = ee = null;
      return;
    }
  }
  /**
   * The record of `reaction` in this batch's view of the world, i.e. that of this batch
   * or of the (earlier) batches whose changes it includes, if any
   * @param {Reaction} reaction
   * @returns {BatchRecord | undefined}
   */
  get_record(t) {
    for (var n = this.records?.get(t), r = this.folded.length; n === void 0 && r--; )
      n = this.folded[r].records?.get(t);
    return n;
  }
  /**
   * @param {Value} signal
   * @param {number} status should be DIRTY or MAYBE_DIRTY
   * @param {Effect[] | null} [updated_during_traversal]
   * @returns {void}
   */
  mark(t, n, r = null) {
    var s = t.reactions;
    if (s !== null) {
      var l = it(), i = s.length;
      if (Ve += i, Ve > 1e5 && J === null && (J = /* @__PURE__ */ new Set()), J !== null) {
        if (J.has(t)) return;
        J.add(t);
      }
      for (var a = 0; a < i; a++) {
        var u = s[a], f = u.f;
        if (!(!l && u === y)) {
          var _ = (f & C) === 0;
          if ((f & v) !== 0) {
            _ && O(u, n);
            var o = (
              /** @type {Derived} */
              u
            );
            ee?.delete(o), this.mark(o, x, r);
          } else if (_) {
            var h = (
              /** @type {Effect} */
              u
            );
            (f & j) !== 0 && z !== null && (O(h, n), z.add(h)), r !== null ? (O(h, n), r.push(h)) : this.schedule(h, n);
          }
        }
      }
    }
  }
  /**
   * Schedule `effect` to be (re-)validated when this batch is processed. Its status only applies right
   * away if this is the batch that the current flush processes (next), or if a reaction is running (which
   * may have read what changed). Otherwise, whether an effect is dirty depends on this batch's view of the
   * world, so other batches (which may be processed first) mustn't see it: it is kept with this batch until
   * it is processed, and then checked against the exact versions of its dependencies (i.e. MAYBE_DIRTY)
   * @param {Effect} effect
   * @param {number} status DIRTY or MAYBE_DIRTY
   */
  schedule(t, n) {
    if (Ke = t, M !== null && M !== this && t !== d) {
      this.#_(
        t,
        (t.f & oe) !== 0 ? n : x
      );
      return;
    }
    if (Ee !== this && d === null) {
      if (this.prev !== null || this.next !== null || this.is_fork) {
        this.#_(t, x);
        return;
      }
      n = x;
    }
    this.#k(t, n);
  }
  /**
   * @param {Effect} effect
   * @param {number} status
   */
  #k(t, n) {
    (t.f & C) === 0 && O(t, n), this.#n.push(t);
  }
  /** @param {boolean} commit whether the effects' runs become global state */
  #T(t = !1) {
    var n = this.records;
    if (n !== null) {
      this.records = null;
      for (const [s, l] of n)
        if ((s.f & (v | R)) === 0) {
          var r = (s.f & ue) !== 0 && xt(l) && !xt(s);
          if (t && !r && (un(s, l), (s.f & ue) !== 0))
            for (let i = $; i !== null; i = i.next)
              i !== this && !i.records?.has(s) && i.async_deriveds.get(
                /** @type {Effect} */
                s
              )?.reject(bt);
          Mr(s);
        }
    }
  }
  /**
   * A batch that committed while work inside a pending boundary was in flight stays linked, so that the results
   * arrive in it. Its writes are the real world now, part of every other batch's view, so it comes first from now
   * on: This ensures logic about who sees what values in intersects/merge/etc work correctly.
   */
  #C() {
  }
  #d() {
    if (this.linked) {
      var t = this.prev, n = this.next;
      t === null ? $ = n : t.next = n, n === null ? le = t : n.prev = t, this.linked = !1, this.#T();
    }
  }
}
let er = null;
function tr(e) {
  var t = ve, n = M !== k ? M : null;
  ve = !0;
  try {
    for (var r; ; ) {
      if (Vn(), k === null)
        return (
          /** @type {T} */
          r
        );
      k.flush();
    }
  } finally {
    ve = t, M = n;
  }
}
function nr() {
  try {
    Hn();
  } catch (e) {
    qe(e, Ke);
  }
}
var ke = !1, ae = null;
let z = null, U = null;
function rr(e) {
  if ((e.f & (ne | K)) !== ne) return !1;
  for (var t = e.b; t !== null; t = t.parent)
    if (t.is_pending)
      return t.defer_effect(e), !0;
  return !1;
}
function kt(e, t = null) {
  var n = e.length;
  if (n === 0) return t;
  for (var r = 0; r < n; ) {
    var s = e[r++];
    if ((s.f & (R | I)) === 0 && // don't run if already marked for destruction in the next batch
    // (this can happen if an effect writes a value which e.g. makes an if block falsy)
    !k?.is_skipped(s) && !rr(s) && He(s)) {
      z = /* @__PURE__ */ new Set();
      var l = ge;
      if (ce(s), s.edges === null && s.first === null && s.nodes === null && s.teardown === null && s.ac === null && Kt(s), z?.size > 0) {
        var i = E;
        t !== null && Oe(t);
        var a = U;
        U = new Map(t);
        try {
          for (const f of z) {
            if ((f.f & (R | I)) !== 0 || k?.is_skipped(f)) continue;
            const _ = [f];
            let o = f.parent;
            for (; o !== null; )
              z.has(o) && (z.delete(o), _.push(o)), o = o.parent;
            for (let h = _.length - 1; h >= 0; h--) {
              const p = _[h];
              (p.f & (R | I)) !== 0 || k?.is_skipped(p) || ce(p);
            }
          }
        } finally {
          U = a, z?.clear(), E = i;
        }
      }
      if (ge !== l && k !== null && ae !== null)
        for (const f of ae) {
          var u = k.current.get(f);
          u !== void 0 && u.wv > l && (t ??= /* @__PURE__ */ new Map()).set(f, u);
        }
    }
    ae?.clear();
  }
  return z = null, t;
}
function sr(e, t) {
  for (var n = e.next; n !== null && (n.is_fork || !n.current.has(t)); )
    n = n.next;
  return n;
}
function lr(e, t) {
  ct(), e.v = t.v, e.wv = t.wv, e.f = t.e ? e.f | L : e.f & ~L, (e.f & v) !== 0 && (e.f |= F, be(
    /** @type {Derived} */
    e
  ));
}
function Xe(e, t = !1) {
  if (!(!t && (e.f & H) !== 0 && (e.f & A) !== 0)) {
    O(e, A);
    for (var n = e.first; n !== null; )
      Xe(n, t), n = n.next;
  }
}
var Tt, Bt = Lt, jt = Lt;
function gs() {
  if (Tt === void 0) {
    Tt = window;
    var e = Element.prototype, t = Node.prototype, n = Text.prototype;
    Bt = pt(t, "firstChild").get, jt = pt(t, "nextSibling").get, wt(e) && (e[Cn] = void 0, e[xn] = null, e[Mn] = void 0, e.__e = void 0), wt(n) && (n[$e] = void 0);
  }
}
function ys(e) {
  return document.createTextNode(e);
}
function ir() {
  return document.createTextNode("");
}
// @__NO_SIDE_EFFECTS__
function at(e) {
  return (
    /** @type {TemplateNode | null} */
    Bt.call(e)
  );
}
// @__NO_SIDE_EFFECTS__
function Fe(e) {
  return (
    /** @type {TemplateNode | null} */
    jt.call(e)
  );
}
function ms(e, t) {
  return /* @__PURE__ */ at(e);
}
function bs(e, t = !1) {
  {
    var n = /* @__PURE__ */ at(e);
    return ur(n) && Yt(n) === "" ? /* @__PURE__ */ Fe(n) : n;
  }
}
function Es(e, t = !1) {
  return /* @__PURE__ */ at(e);
}
function ks(e, t = 1, n = !1) {
  let r = e;
  for (; t--; )
    r = /** @type {TemplateNode} */
    /* @__PURE__ */ Fe(r);
  return r;
}
function Ts(e) {
  e.textContent = "";
}
function Ss() {
  if (U === null) return !1;
  var e = (
    /** @type {Effect} */
    y.f
  );
  return (e & K) !== 0;
}
function As(e, t, n) {
  return t == null || t === Rn ? (
    /** @type {T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : Element} */
    n ? document.createElement(e, { is: n }) : document.createElement(e)
  ) : (
    /** @type {T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : Element} */
    n ? document.createElementNS(t, e, { is: n }) : document.createElementNS(t, e)
  );
}
function xs() {
  return document.createDocumentFragment();
}
function Cs(e = "") {
  return document.createComment(e);
}
function Ms(e, t, n = "") {
  if (t.startsWith("xlink:")) {
    e.setAttributeNS("http://www.w3.org/1999/xlink", t, n);
    return;
  }
  return e.setAttribute(t, n);
}
function ur(e) {
  return e instanceof Comment;
}
function Rs(e) {
  return e.nodeName;
}
function Os(e) {
  return (
    /** @type {TemplateNode | null} */
    e.lastChild
  );
}
function ar(e) {
  return (
    /** @type {TemplateNode | null} */
    e.parentNode
  );
}
function Vt(e, t) {
  return e.appendChild(t);
}
function fr(e, t) {
  e.before(t);
}
function or(e) {
  e.remove();
}
function cr(e, t) {
  return (
    /** @type {ChildNode} */
    e.removeChild(t)
  );
}
function _r(e, t) {
  e.nodeValue = t;
}
function Yt(e) {
  return e.nodeValue;
}
function Ns(e, t) {
  e.value = t ?? "";
}
function Is(e, t) {
  e.checked = t;
}
function Ls(e, t) {
  const n = e.value;
  e.defaultValue = t, e.value = n;
}
function Ps(e, t) {
  const n = e.checked;
  e.defaultChecked = t, e.checked = n;
}
function Ds(e, t) {
  return e.getAttribute(t);
}
function Fs(e, t) {
  e.removeAttribute(t);
}
function qs(e, t) {
  return e.hasAttribute(t);
}
function Hs(e, t) {
  e.innerHTML = t;
}
function Bs(e, t) {
  return e.cloneNode(t);
}
function Ze(e, t, n, r) {
  e.addEventListener(t, n, r);
}
function dr(e, t, n, r) {
  e.removeEventListener(t, n, r);
}
function js(e, t, n, r) {
  e.style.setProperty(t, n, r);
}
function Vs(e, t) {
  e.style.removeProperty(t);
}
function Ys(e, t) {
  e.style.cssText = t;
}
function zs(e, t, n) {
  e.classList.toggle(t, n);
}
function vr(e) {
  var t = y;
  if (t === null)
    return e;
  if ((t.f & K) === 0 && (t.f & ne) === 0)
    throw e;
  qe(e, t);
}
function qe(e, t) {
  if (e === It)
    throw e;
  if (!(t !== null && (t.f & R) !== 0)) {
    for (; t !== null; ) {
      if ((t.f & Ot) !== 0 && (t.f & (R | Ce)) === 0) {
        if ((t.f & K) === 0)
          throw e;
        try {
          t.b.error(e);
          return;
        } catch (n) {
          e = n;
        }
      }
      t = t.parent;
    }
    throw e;
  }
}
function zt(e) {
  y === null && (d === null && qn(), Fn()), se && Dn();
}
function hr(e, t) {
  var n = t.last;
  n === null ? t.last = t.first = e : (n.next = e, e.prev = n, t.last = e);
}
function Y(e, t) {
  var n = y;
  n !== null && (n.f & I) !== 0 && (e |= I);
  var r = {
    ctx: S,
    deps: null,
    dv: null,
    edges: null,
    nodes: null,
    f: e | C | T,
    first: null,
    fn: t,
    last: null,
    next: null,
    parent: n,
    b: n && n.b,
    prev: null,
    teardown: null,
    wv: 0,
    ac: null,
    r: Gn
  }, s = r;
  if ((e & ne) !== 0)
    he !== null ? he.push(r) : X.ensure().schedule(r, C);
  else if (t !== null) {
    try {
      ce(r);
    } catch (i) {
      throw re(r), i;
    }
    s.edges === null && s.teardown === null && s.nodes === null && s.first === s.last && // either `null`, or a singular child
    (s.f & me) === 0 && (s = s.first, (e & j) !== 0 && (e & pe) !== 0 && s !== null && (s.f |= pe));
  }
  if (s !== null && (s.parent = n, n !== null && hr(s, n), d !== null && (d.f & v) !== 0 && (e & G) === 0)) {
    var l = (
      /** @type {Derived} */
      d
    );
    (l.effects ??= []).push(s);
  }
  return r;
}
function pr() {
  return d !== null && !D;
}
function Ut(e) {
  const t = Y(Le, null);
  return O(t, A), t.teardown = e, t;
}
function Us(e) {
  zt();
  var t = (
    /** @type {Effect} */
    y.f
  ), n = !d && (t & H) !== 0 && S !== null && !S.i;
  if (n) {
    var r = (
      /** @type {ComponentContext} */
      S
    );
    (r.e ??= []).push(e);
  } else
    return Gt(e);
}
function Gt(e) {
  return Y(ne | Nt, e);
}
function Gs(e) {
  return zt(), Y(Le | Nt, e);
}
function wr(e) {
  X.ensure();
  const t = Y(G | me, e);
  return (n = {}) => new Promise((r) => {
    n.outro ? Je(t, () => {
      re(t), r(void 0);
    }) : (re(t), r(void 0));
  });
}
function $s(e) {
  return Y(ne, e);
}
function Ws(e, t) {
  var n = (
    /** @type {ComponentContextLegacy} */
    S
  ), r = { effect: null, ran: !1, deps: e };
  n.l.$.push(r), r.effect = $t(() => {
    if (e(), !r.ran) {
      r.ran = !0;
      var s = (
        /** @type {Effect} */
        y
      );
      try {
        V(s.parent), vn(t);
      } finally {
        V(s);
      }
    }
  });
}
function Ks() {
  var e = (
    /** @type {ComponentContextLegacy} */
    S
  );
  $t(() => {
    for (var t of e.l.$) {
      t.deps();
      var n = t.effect;
      (n.f & A) !== 0 && n.edges !== null && O(n, x), He(n) && ce(n), t.ran = !1;
    }
  });
}
function $t(e, t = 0) {
  return Y(Le | t, e);
}
function Xs(e, t = [], n = [], r = []) {
  $n(r, t, n, (s) => {
    Y(Le, () => {
      e(...s.map(on));
    });
  });
}
function gr(e, t = 0) {
  var n = Y(j | t, e);
  return n;
}
function Zs(e, t = 0) {
  var n = Y(Rt | t, e);
  return n;
}
function ze(e) {
  return Y(H | me, e);
}
function Wt(e) {
  var t = e.teardown;
  if (t !== null) {
    const n = se, r = ot, s = E, l = d;
    At(!0), Z(null);
    try {
      t.call(null);
    } catch (i) {
      qe(i, e.parent);
    } finally {
      At(n, r), We(s), Z(l);
    }
  }
}
function ft(e, t = !1) {
  var n = e.first;
  for (e.first = e.last = null; n !== null; ) {
    var r = n.next;
    (n.f & G) !== 0 ? n.parent = null : re(n, t), n = r;
  }
}
function yr(e) {
  for (var t = e.first; t !== null; ) {
    var n = t.next;
    (t.f & H) === 0 && re(t), t = n;
  }
}
function re(e, t = !0) {
  var n = !1;
  (t || (e.f & Tn) !== 0) && e.nodes !== null && e.nodes.end !== null && (mr(
    e.nodes.start,
    /** @type {TemplateNode} */
    e.nodes.end
  ), n = !0), e.f |= Ce, ft(e, t && !n), vt(e);
  var r = e.nodes && e.nodes.t;
  if (r !== null)
    for (const l of r)
      l.stop();
  Wt(e), e.f ^= Ce, e.f |= R;
  var s = e.parent;
  s !== null && s.first !== null && Kt(e), e.next = e.prev = e.teardown = e.ctx = e.deps = e.dv = e.edges = e.fn = e.nodes = e.ac = e.b = e.r = null;
}
function mr(e, t) {
  for (; e !== null; ) {
    var n = e === t ? null : /* @__PURE__ */ Fe(e);
    or(
      /** @type {ChildNode} */
      e
    ), e = n;
  }
}
function Kt(e) {
  var t = e.parent, n = e.prev, r = e.next;
  n !== null && (n.next = r), r !== null && (r.prev = n), t !== null && (t.first === e && (t.first = r), t.last === e && (t.last = n));
}
function Je(e, t, n = !0) {
  var r = [];
  e.f |= st, Xt(e, r, !0);
  var s = () => {
    n && re(e), t && t();
  }, l = r.length;
  if (l > 0) {
    var i = E, a = () => {
      if (!--l) {
        var f = E;
        try {
          i && (i.derived_cache.clear(), We(i)), s();
        } finally {
          i && We(f);
        }
      }
    };
    for (var u of r)
      u.out(a);
  } else
    s();
}
function Xt(e, t, n) {
  if ((e.f & I) === 0) {
    e.f ^= I;
    var r = e.nodes && e.nodes.t;
    if (r !== null)
      for (const a of r)
        (a.is_global || n) && t.push(a);
    for (var s = e.first; s !== null; ) {
      var l = s.next;
      if ((s.f & G) === 0) {
        var i = (s.f & pe) !== 0 || // If this is a branch effect without a block effect parent,
        // it means the parent block effect was pruned. In that case,
        // transparency information was transferred to the branch effect.
        (s.f & H) !== 0 && (e.f & j) !== 0;
        Xt(s, t, i ? n : !1);
      }
      s = l;
    }
  }
}
function Js(e) {
  e.f &= ~st, Zt(e, !0);
}
function Zt(e, t) {
  if ((e.f & st) === 0 && (e.f & I) !== 0) {
    e.f ^= I;
    var n = Pt;
    ((e.f & A) === 0 || n) && X.ensure().schedule(e, x);
    for (var r = e.first; r !== null; ) {
      var s = r.next, l = (r.f & pe) !== 0 || (r.f & H) !== 0;
      Zt(r, l ? t : !1), r = s;
    }
    var i = e.nodes && e.nodes.t;
    if (i !== null)
      for (const a of i)
        (a.is_global || t) && a.in();
  }
}
function Qs(e, t) {
  if (e.nodes)
    for (var n = e.nodes.start, r = e.nodes.end; n !== null; ) {
      var s = n === r ? null : /* @__PURE__ */ Fe(n);
      Vt(t, n), n = s;
    }
}
function el(e, t) {
  if (t) {
    const n = document.body;
    e.autofocus = !0, De(() => {
      document.activeElement === n && e.focus();
    });
  }
}
let St = !1;
function br() {
  St || (St = !0, Ze(
    document,
    "reset",
    (e) => {
      Promise.resolve().then(() => {
        if (!e.defaultPrevented)
          for (
            const t of
            /**@type {HTMLFormElement} */
            e.target.elements
          )
            t[Se]?.();
      });
    },
    // In the capture phase to guarantee we get noticed of it (no possibility of stopPropagation)
    { capture: !0 }
  ));
}
function tl(e, t, n, r = !0) {
  r && n();
  for (var s of t)
    e.addEventListener(s, n);
  Ut(() => {
    for (var l of t)
      e.removeEventListener(l, n);
  });
}
function Jt(e) {
  var t = d, n = y;
  Z(null), V(null);
  try {
    return e();
  } finally {
    Z(t), V(n);
  }
}
function nl(e, t, n, r = n) {
  e.addEventListener(t, () => Jt(n));
  const s = (
    /** @type {any} */
    e[Se]
  );
  s ? e[Se] = () => {
    s(), r(!0);
  } : e[Se] = () => r(!0), br();
}
let se = !1, ot = 0;
function At(e, t = ge) {
  se = e, ot = t;
}
let Qt = { v: void 0, wv: 0, e: !1, assigned: !1 }, d = null, D = !1;
function Z(e) {
  d = e;
}
let y = null;
function V(e) {
  y = e;
}
let W = null;
function rl(e) {
  d !== null && ((d.f & oe) !== 0 || (d.f & v) !== 0) && (W ??= /* @__PURE__ */ new Set()).add(e);
}
let b = null, N = 0, fe = null, q = null;
function sl(e) {
  q = e;
}
let ge = 1, te = 0, Ae = te;
function ll(e) {
  Ae = e;
}
let B = 0, P = null, ye = 0;
function ct() {
  B !== 0 && (P?.clear(), ye++);
}
function Er() {
  B = 0, P = null;
}
function kr(e) {
  if (P !== null) {
    var t = P.get(e);
    if (t && t.entry.wv === t.wv) return t.entry;
  }
}
function Tr(e, t, n) {
  P !== null && n === ye && P.set(e, { entry: t, wv: t.wv });
}
function _t(e = !1) {
  return e || ct(), ++ge;
}
function en(e) {
  return g === null ? (we(e), e.wv) : (e.f & v) !== 0 ? Re(
    /** @type {Derived} */
    e
  ).wv : (g.get(e) ?? e).wv;
}
function Ne(e, t) {
  if (e !== null) {
    B !== 0 && g !== null && (B += t.length, B > 1e5 && (P ??= /* @__PURE__ */ new Map()));
    for (var n = 0; n < t.length; n++)
      if (en(e[n]) !== t[n]) return !1;
  }
  return !0;
}
function dt(e, t, n = null) {
  if (e !== null)
    for (var r = 0; r < e.length; r++) {
      var s = e[r];
      if ((s.f & v) === 0) {
        if (en(s) > t) return !0;
        continue;
      }
      var l = (
        /** @type {Derived} */
        s
      );
      if (g === null ? we(
        /** @type {Derived} */
        s
      ) : l = Re(
        /** @type {Derived} */
        s
      ), l.wv > t) {
        var i = l === s ? (s.f & F) !== 0 : !("dv" in l);
        if (i) return !0;
        if (n === null)
          n = /* @__PURE__ */ new Set();
        else if (n.has(l))
          continue;
        if (dt(
          /** @type {DerivedRecord} */
          l.deps,
          t,
          n
        ))
          return !0;
        n.add(l);
      }
    }
  return !1;
}
function tn(e) {
  return (e.f & (j | ue)) !== 0 && M?.get_record(e) || e;
}
function He(e) {
  var t = e.f;
  if ((t & (C | x)) === 0)
    return !1;
  if ((t & F) !== 0) {
    if (dt(e.deps, e.wv)) return !0;
  } else {
    if ((t & C) !== 0)
      return !0;
    var n = tn(e), r = n.deps, s = n.dv;
    if (s === null) return !0;
    if (g === null) {
      var l = B !== 0, i = ye;
      if (l && (B += s.length, B > 1e5 && (P ??= /* @__PURE__ */ new Map(), (t & T) === 0 && P.get(
        /** @type {Derived} */
        e
      ) === null)))
        return !1;
      for (var a = 0, u = s.length; a < u; a++) {
        var f = (
          /** @type {Value[]} */
          r[a]
        );
        if (we(f), f.wv !== s[a]) return !0;
      }
      l && (t & (T | v)) === v && i === ye && P?.set(
        /** @type {Derived} */
        e,
        null
      );
    } else if (!Ne(r, s))
      return !0;
  }
  return (t & T) !== 0 && O(e, A), !1;
}
function nn(e, t, n = !0) {
  var r = e.reactions;
  if (r !== null && !(W !== null && W.has(e)))
    for (var s = 0; s < r.length; s++) {
      var l = r[s];
      (l.f & v) !== 0 ? nn(
        /** @type {Derived} */
        l,
        t,
        !1
      ) : t === l && k.schedule(
        /** @type {Effect} */
        l,
        n ? C : x
      );
    }
}
let ie = null;
function xt({ deps: e, dv: t }) {
  return t === null || t.some((n, r) => (
    /** @type {Value[]} */
    e[r].wv !== n
  ));
}
function Sr(e) {
  return (e & ue) === 0 && (e & (j | K)) !== (j | K) ? !1 : M !== null && M === k;
}
function rn(e) {
  var t = b, n = N, r = fe, s = q, l = d, i = W, a = S, u = D, f = Ae, _ = e.f;
  b = /** @type {null | Value[]} */
  null, N = 0, fe = null, q = null, d = (_ & (H | G)) === 0 ? e : null, W = null, Me(e.ctx), D = !1, Ae = ++te;
  var o = ie;
  ie = null;
  try {
    e.f |= oe;
    var h = (
      /** @type {Function} */
      e.fn
    ), p = h();
    if (e.f |= K, Ct(e, _, p, !1), it() && q !== null && !D && // bail out if the effect didn't read anything
    (b !== null || N > 0) && (e.f & (v | x | C)) === 0)
      for (var c = 0; c < /** @type {Source[]} */
      q.length; c++)
        nn(
          q[c],
          /** @type {Effect} */
          e
        );
    if (l !== null && l !== e) {
      if (te++, l.deps !== null)
        for (let m = 0; m < n; m += 1)
          l.deps[m].rv = te;
      if (t !== null)
        for (const m of t)
          m.rv = te;
      q !== null && (s === null ? s = q : s.push(.../** @type {Source[]} */
      q));
    }
    return p;
  } catch (m) {
    var w = m;
    try {
      w = vr(m);
    } finally {
      Ct(e, _, w, w === m);
    }
    return w;
  } finally {
    ie?.signal, e.f ^= oe, b = t, N = n, fe = r, q = s, d = l, W = i, Me(a), D = u, Ae = f, ie = o;
  }
}
function Ct(e, t, n, r) {
  var s = e.deps, l = N + (b === null ? 0 : b.length), i = e.dv;
  if ((e.f & R) === 0) {
    if ((t & v) !== 0 && se) {
      for (var a = 0, u = 0; u < l; u++) {
        var f = u < N ? (
          /** @type {Value[]} */
          s[u]
        ) : (
          /** @type {Value[]} */
          b[u - N]
        );
        a = Math.max(a, dn(f));
      }
      Qt = {
        v: n,
        wv: a,
        e: r,
        assigned: (t & F) !== 0
      };
      return;
    }
    if ((t & v) !== 0 && g === null && $ !== null && $.next !== null && ln(
      /** @type {Derived} */
      e,
      t
    ), b === null && g === null && i !== null && l === s?.length && e.edges === s && (t & (j | ue)) === 0) {
      for (var _ = 0; _ < l; _++) i[_] = s[_].wv;
      i.length !== l && (i.length = l), (t & v) !== 0 && sn(
        /** @type {Derived} */
        e,
        n,
        r
      );
      return;
    }
    Ar(e, t, l, n, r);
  }
}
function sn(e, t, n) {
  var r = e.f & ~F;
  (n || (r & L) !== 0 || !e.equals(t)) && (e.v = t, e.wv = _t(!0), r = n ? r | L : r & ~L), e.f = r, be(e);
}
function Ar(e, t, n, r, s) {
  var l = Sr(t);
  if (g !== null && (t & v) !== 0) {
    var i = g.get(
      /** @type {Derived} */
      e
    );
    i !== void 0 && i.wv !== /** @type {Derived} */
    e.wv && (l = !0);
  }
  var a = e.deps, u = a;
  (b !== null || N !== a?.length) && (u = N === 0 ? b : (
    /** @type {Value[]} */
    a.slice(0, N).concat(b ?? [])
  ));
  for (var f = !l && g === null && e.dv !== null ? e.dv : [], _ = 0; _ < n; _++) {
    var o = (
      /** @type {Value[]} */
      u[_]
    );
    f[_] = xr(o), g !== null && (t & v) !== 0 && (f[_] !== o.wv || (o.f & (v | A)) === v) && (l = !0);
  }
  f.length !== n && (f.length = n), !l && g !== null && (t & v) !== 0 && ln(
    /** @type {Derived} */
    e,
    t
  );
  var h = l || an(e), p = pr() && (e.f & T) !== 0, c = e.edges;
  if (l && c !== null) {
    if (b !== null) {
      e.edges = c = c.slice();
      for (o of b)
        _e.call(c, o) || (c.push(o), p && (o.reactions ??= []).push(e));
    }
  } else if (!h && c === a) {
    if (c !== null)
      for (_ = N; _ < c.length; _++) Ie(e, c[_]);
    if (p && b !== null)
      for (o of b) (o.reactions ??= []).push(e);
    e.edges = u;
  } else {
    var w = new Set(u);
    if (h)
      for (var m = $; m !== null; m = m.next)
        for (o of m.records?.get(e)?.deps ?? []) w.add(o);
    var pn = h ? Array.from(w) : u;
    for (o of c ?? [])
      w.delete(o) || Ie(e, o);
    if (p)
      for (o of w) (o.reactions ??= []).push(e);
    e.edges = pn;
  }
  if (l) {
    var ht = (
      /** @type {Batch} */
      M
    );
    (ht.records ??= /* @__PURE__ */ new Map()).set(
      e,
      (t & v) !== 0 ? {
        deps: u,
        dv: f,
        v: r,
        e: s,
        wv: Cr(
          /** @type {Derived} */
          e,
          ht,
          r,
          s
        ),
        ac: ie
      } : { deps: u, dv: f, ac: ie }
    );
  } else
    e.deps = u, e.dv = f, (t & v) !== 0 && (sn(
      /** @type {Derived} */
      e,
      r,
      s
    ), M?.records?.delete(e));
}
function ln(e, t) {
  var n = e.dv;
  if (
    // no valid run, or one that doesn't depend on anything — which is only run again if it was invalidated
    !(n === null || n.length === 0 || // an assigned value isn't a run, see `get_view`
    (t & F) !== 0)
  )
    for (var r, s = $; s !== null; s = s.next)
      s !== M && !s.records?.has(e) && (r ??= {
        deps: e.deps,
        dv: n.slice(),
        v: e.v,
        wv: e.wv,
        e: (t & L) !== 0
      }, (s.records ??= /* @__PURE__ */ new Map()).set(e, r));
}
function xr(e) {
  if (g === null) return e.wv;
  if ((e.f & v) !== 0) {
    var t = (
      /** @type {Map<Derived, Derived | DerivedRecord | BatchValue>} */
      ee
    ), n = t.get(
      /** @type {Derived} */
      e
    );
    return n !== void 0 ? n.wv : fe?.get(
      /** @type {Derived} */
      e
    ) ?? -1;
  }
  return (g.get(e) ?? e).wv;
}
function Cr(e, t, n, r) {
  if (!r) {
    var s = (
      /** @type {DerivedRecord | undefined} */
      t.get_record(e)
    );
    if (s !== void 0 && !s.e && e.equals.call(s, n))
      return s.wv;
    if ((e.f & L) === 0 && e.equals(n)) return e.wv;
  }
  return _t(!0);
}
function un(e, t) {
  if (e.deps = t.deps, e.dv = (e.f & v) !== 0 ? t.dv.slice() : t.dv, (e.f & v) !== 0) {
    var n = (
      /** @type {Derived} */
      e
    );
    n.v = t.v, n.wv = /** @type {number} */
    t.wv, n.f = (t.e ? n.f | L : n.f & ~L) & ~F, be(n);
  }
  e.ac = t.ac ?? null, t.ac = null;
}
function an(e) {
  for (var t = $; t !== null; t = t.next)
    if (t.records?.has(e)) return !0;
  return !1;
}
function Mr(e) {
  var t = e.edges, n = e.deps;
  if (!(t === n || an(e))) {
    for (
      var r of
      /** @type {Value[]} */
      t
    )
      (n === null || !_e.call(n, r)) && Ie(e, r);
    e.edges = n;
  }
}
function fn(e, t) {
  var n = e.reactions ??= [];
  _e.call(n, t) || n.push(t);
}
function Ie(e, t) {
  let n = t.reactions;
  if (n !== null) {
    var r = wn.call(n, e);
    if (r !== -1) {
      var s = n.length - 1;
      s === 0 ? n = t.reactions = null : (n[r] = n[s], n.pop());
    }
  }
  if (n === null && (t.f & v) !== 0 && // Destroying a child effect while updating a parent effect can cause a dependency to appear
  // to be unused, when in fact it is used by the currently-updating parent. Checking `new_deps`
  // allows us to skip the expensive work of disconnecting and immediately reconnecting it
  (b === null || !_e.call(b, t))) {
    var l = (
      /** @type {Derived} */
      t
    );
    (l.f & T) !== 0 && (l.f ^= T, ee?.delete(l)), l.v !== Pe && be(l), Zn(l), vt(l);
  }
}
function vt(e) {
  var t = e.edges;
  if (t !== null)
    for (var n = 0; n < t.length; n++)
      Ie(e, t[n]);
}
function ce(e) {
  var t = e.f;
  if ((t & R) === 0) {
    O(e, A);
    var n = y;
    y = e;
    try {
      (t & (j | Rt)) !== 0 ? yr(e) : ft(e), Wt(e);
      var r = rn(e);
      e.teardown = typeof r == "function" ? r : null, e.wv = ge;
      var s;
    } finally {
      y = n;
    }
  }
}
async function il() {
  await Promise.resolve(), tr();
}
function on(e) {
  var t = e.f, n = (t & v) !== 0, r = null;
  if (d !== null && !D) {
    var s = y !== null && (y.f & R) !== 0;
    if (!s && (W === null || !W.has(e))) {
      var l = d.deps;
      if ((d.f & oe) !== 0)
        e.rv < te && (e.rv = te, b === null && l !== null && l[N] === e ? N++ : b === null ? b = [e] : b.push(e));
      else {
        r = d;
        var i = d.edges;
        (i === null || !_e.call(i, e)) && (d.edges = i === null ? [e] : [...i, e]), fn(e, d);
      }
    }
  }
  if (se) {
    var a = _n(e);
    if (a !== void 0) {
      if (a.e) throw a.v;
      return a.v;
    }
  }
  var u;
  if (n) {
    var f = (
      /** @type {Derived} */
      e
    ), _ = (f.f & T) === 0 && !D && d !== null && (d.f & T) !== 0, o = (f.f & K) === 0;
    if (_ && (f.f |= T), (t & T) === 0 && !o && B === 0) {
      B = 1;
      try {
        g === null ? we(f) : u = Re(f);
      } finally {
        Er();
      }
    } else g === null ? we(f) : u = Re(f);
    if (u !== void 0 && (f.f & T) === 0 && d !== null && !D && (d.f & oe) !== 0) {
      var h = (fe ??= /* @__PURE__ */ new Map()).get(f);
      fe.set(f, h === void 0 || h === u.wv ? u.wv : -1);
    }
    _ && !o && (Ht(f), cn(f));
  } else g !== null && (u = g.get(e));
  if (r !== null && Rr(r, e, u === void 0 ? e.wv : u.wv), u !== void 0 && u !== e) {
    if (u.e) throw u.v;
    return u.v;
  }
  if ((e.f & L) !== 0)
    throw e.v;
  return e.v;
}
function Rr(e, t, n) {
  var r = tn(e), s = r.deps;
  r.dv !== null && (s === null || !_e.call(s, t)) && (r.deps = s === null ? [t] : [...s, t], r.dv.push(n));
}
function cn(e) {
  if (e.f |= T, e.edges !== null)
    for (const t of e.edges)
      fn(t, e), (t.f & v) !== 0 && (t.f & T) === 0 && (Ht(
        /** @type {Derived} */
        t
      ), cn(
        /** @type {Derived} */
        t
      ));
}
function _n(e) {
  var t = e.wv > ot ? void 0 : E?.reverted_values.get(e);
  if ((e.f & v) === 0) return t;
  var n = (
    /** @type {Derived} */
    e
  ), r = (E ?? Oe()).derived_cache, s = r.get(n);
  if (s !== void 0) return s;
  var l = t ?? g?.get(n), i = l === void 0 ? (n.f & F) !== 0 : l.assigned, a = l === void 0 && !i ? n.dv : null, u = n.deps ?? [], f = i || a !== null, _ = a?.length ?? u.length;
  l ??= {
    v: n.v,
    wv: n.wv,
    e: (n.f & L) !== 0,
    assigned: (n.f & F) !== 0
  };
  for (var o = 0; f && o < _; o++) {
    var h = dn(u[o]);
    f = a === null ? h <= l.wv : h === a[o];
  }
  return f ? s = l : (ut(n), s = Qt, l.wv < s.wv && !l.e && !s.e && n.equals.call(l, s.v) && (s.wv = l.wv)), r.set(n, s), s;
}
function dn(e) {
  return (_n(e) ?? g?.get(e) ?? e).wv;
}
function ul(e) {
  return e && on(e);
}
function vn(e) {
  var t = D;
  try {
    return D = !0, e();
  } finally {
    D = t;
  }
}
function al(e) {
  if (!(typeof e != "object" || !e || e instanceof EventTarget)) {
    if (mt in e)
      Qe(e);
    else if (!Array.isArray(e))
      for (let t in e) {
        const n = e[t];
        typeof n == "object" && n && mt in n && Qe(n);
      }
  }
}
function Qe(e, t = /* @__PURE__ */ new Set()) {
  if (typeof e == "object" && e !== null && // We don't want to traverse DOM elements
  !(e instanceof EventTarget) && !t.has(e)) {
    t.add(e), e instanceof Date && e.getTime();
    for (let r in e)
      try {
        Qe(e[r], t);
      } catch {
      }
    const n = mn(e);
    if (n !== Object.prototype && n !== Array.prototype && n !== Map.prototype && n !== Set.prototype && n !== Date.prototype) {
      const r = yn(n);
      for (let s in r) {
        const l = r[s].get;
        if (l)
          try {
            l.call(e);
          } catch {
          }
      }
    }
  }
}
function fl(e) {
  return e.endsWith("capture") && e !== "gotpointercapture" && e !== "lostpointercapture";
}
const Or = [
  "beforeinput",
  "click",
  "change",
  "dblclick",
  "contextmenu",
  "focusin",
  "focusout",
  "input",
  "keydown",
  "keyup",
  "mousedown",
  "mousemove",
  "mouseout",
  "mouseover",
  "mouseup",
  "pointerdown",
  "pointermove",
  "pointerout",
  "pointerover",
  "pointerup",
  "touchend",
  "touchmove",
  "touchstart"
];
function ol(e) {
  return Or.includes(e);
}
const Nr = {
  // no `class: 'className'` because we handle that separately
  formnovalidate: "formNoValidate",
  ismap: "isMap",
  nomodule: "noModule",
  playsinline: "playsInline",
  readonly: "readOnly",
  defaultvalue: "defaultValue",
  defaultchecked: "defaultChecked",
  srcobject: "srcObject",
  novalidate: "noValidate",
  allowfullscreen: "allowFullscreen",
  disablepictureinpicture: "disablePictureInPicture",
  disableremoteplayback: "disableRemotePlayback"
};
function cl(e) {
  return e = e.toLowerCase(), Nr[e] ?? e;
}
const Ir = ["touchstart", "touchmove"];
function Lr(e) {
  return Ir.includes(e);
}
const de = /* @__PURE__ */ Symbol("events"), xe = /* @__PURE__ */ Symbol("propagation stopped at"), hn = /* @__PURE__ */ new Set(), et = /* @__PURE__ */ new Set();
function Pr(e, t, n, r = {}) {
  function s(...l) {
    var i = (
      /** @type {Event} */
      l[0]
    );
    if (r.capture || tt.call(t, i), r.capture || i[xe] !== t)
      return Jt(() => n?.call(this, i));
  }
  return e.startsWith("pointer") || e.startsWith("touch") || e === "wheel" ? (s.__removed = !1, De(() => {
    s.__removed || Ze(t, e, s, r);
  })) : Ze(t, e, s, r), s;
}
function _l(e, t, n, r, s) {
  var l = { capture: r, passive: s }, i = Pr(e, t, n, l);
  // if there's a renderer we will never add to body, window or document.
  (t === document.body || // @ts-ignore
  t === window || // @ts-ignore
  t === document || // Firefox has quirky behavior, it can happen that we still get "canplay" events when the element is already removed
  t instanceof HTMLMediaElement) && Ut(() => {
    i.__removed = !0, dr(t, e, i, l);
  });
}
function dl(e, t, n) {
  (t[de] ??= {})[e] = n;
}
function vl(e) {
  for (var t = 0; t < e.length; t++)
    hn.add(e[t]);
  for (var n of et)
    n(e);
}
const Te = /* @__PURE__ */ new Map();
function Dr(e) {
  var t = /* @__PURE__ */ new Set(), n = (r) => {
    for (var s = 0; s < r.length; s++) {
      var l = r[s];
      if (!t.has(l)) {
        t.add(l);
        var i = Lr(l);
        for (const f of [e, document]) {
          var a = Te.get(f);
          a === void 0 && (a = /* @__PURE__ */ new Map(), Te.set(f, a));
          var u = a.get(l);
          u === void 0 ? (f.addEventListener(l, tt, { passive: i }), a.set(l, 1)) : a.set(l, u + 1);
        }
      }
    }
  };
  return n(gn(hn)), et.add(n), () => {
    for (var r of t)
      for (const i of [e, document]) {
        var s = (
          /** @type {Map<string, number>} */
          Te.get(i)
        ), l = (
          /** @type {number} */
          s.get(r)
        );
        --l == 0 ? (i.removeEventListener(r, tt), s.delete(r), s.size === 0 && Te.delete(i)) : s.set(r, l);
      }
    et.delete(n);
  };
}
let Ue = null, Ge = !1;
function tt(e) {
  var t = this, n = e.cancelBubble;
  if (!(n && e[xe] === t)) {
    n || delete e[xe];
    var r = (
      /** @type {Node} */
      t.ownerDocument
    ), s = e.type, l = e.composedPath?.() || [], i = (
      /** @type {null | Element} */
      l[0] || e.target
    );
    Ue = e, Ge || (Ge = !0, setTimeout(() => {
      Ge = !1, Ue = null;
    }));
    var a = 0, u = Ue === e && e[de];
    if (u) {
      var f = l.indexOf(u);
      if (f !== -1 && (t === document || t === /** @type {any} */
      window)) {
        e[de] = t;
        return;
      }
      var _ = l.indexOf(t);
      if (_ === -1)
        return;
      f <= _ && (a = f);
    }
    if (i = /** @type {Element} */
    l[a] || e.target, i !== t) {
      Mt(e, "currentTarget", {
        configurable: !0,
        get() {
          return i || r;
        }
      });
      var o = d, h = y;
      Z(null), V(null);
      try {
        for (var p, c = []; i !== null && i !== t; ) {
          try {
            var w = i[de]?.[s];
            w != null && (!/** @type {any} */
            i.disabled || // DOM could've been updated already by the time this is reached, so we check this as well
            // -> the target could not have been disabled because it emits the event in the first place
            e.target === i) && w.call(i, e);
          } catch (m) {
            p ? c.push(m) : p = m;
          }
          if (e.cancelBubble) {
            n || (e[xe] = t);
            break;
          }
          a++, i = a < l.length ? (
            /** @type {Element} */
            l[a]
          ) : null;
        }
        if (p) {
          for (let m of c)
            queueMicrotask(() => {
              throw m;
            });
          throw p;
        }
      } finally {
        i = null, e[de] = t, delete e.currentTarget, Z(o), V(h);
      }
    }
  }
}
var Fr = pe | me;
class qr {
  /** @type {Boundary | null} */
  parent;
  is_pending = !1;
  /**
   * API-level transformError transform function. Transforms errors before they reach the `failed` snippet.
   * Inherited from parent boundary, or defaults to identity.
   * @type {(error: unknown) => unknown}
   */
  transform_error;
  /** @type {TemplateNode} */
  #u;
  /** @type {TemplateNode | null} */
  #v = null;
  /** @type {BoundaryProps} */
  #e;
  /** @type {((anchor: Node) => void)} */
  #r;
  /** @type {Effect} */
  #s;
  /** @type {Effect | null} */
  #t = null;
  /** @type {Effect | null} */
  #n = null;
  /** @type {Effect | null} */
  #l = null;
  /** @type {DocumentFragment | null} */
  #i = null;
  /**
   * The number of pending async deriveds/expressions. Public so that `pending()` can
   * create the `effect_pending` source with the current count
   */
  local_pending_count = 0;
  #S = !1;
  /**
   * User effects created inside this boundary. They will run when the boundary is revealed
   * @type {Effect[]}
   */
  #f = [];
  /**
   * A source containing the number of pending async deriveds/expressions.
   * Only created if `$effect.pending()` is used inside the boundary,
   * otherwise updating the source results in needless `Batch.ensure()`
   * calls followed by no-op flushes. Created and cleared by `pending()` (outside the class, so
   * that `createSubscriber` is tree-shaken when `$effect.pending()` is unused)
   * @type {Source<number> | null}
   */
  effect_pending = null;
  /**
   * Subscribes the current reaction to `effect_pending`. Created by `pending()` on first use
   * @type {(() => void) | null}
   */
  effect_pending_subscriber = null;
  /**
   * @param {TemplateNode} node
   * @param {BoundaryProps} props
   * @param {((anchor: Node) => void)} children
   * @param {((error: unknown) => unknown) | undefined} [transform_error]
   */
  constructor(t, n, r, s) {
    this.#u = t, this.#e = n, this.#r = (l) => {
      var i = (
        /** @type {Effect} */
        y
      );
      i.b = this, i.f |= Ot, r(l);
    }, this.parent = /** @type {Effect} */
    y.b, this.transform_error = s ?? this.parent?.transform_error ?? ((l) => l), this.#s = gr(() => {
      this.#w();
    }, Fr);
  }
  #h() {
    try {
      this.#t = ze(() => this.#r(this.#u));
    } catch (t) {
      this.error(t);
    }
  }
  /**
   * @param {unknown} error The deserialized error from the server's hydration comment
   */
  #c(t) {
    const n = this.#e.failed, { reset: r, invoke_onerror: s } = this.#p(t);
    De(s), n && (this.#l = ze(() => {
      n(
        this.#u,
        () => t,
        () => r
      );
    }));
  }
  /**
   * Creates the `reset` function for a failed boundary, along with a function
   * that invokes `onerror` with it (if provided)
   * @param {unknown} error
   * @returns {{ reset: () => void, invoke_onerror: () => void }}
   */
  #p(t) {
    var n = !1, r = !1;
    const s = () => {
      if (!this.#o()) {
        if (n) {
          Nn();
          return;
        }
        n = !0, r && Bn(), this.#l !== null && Je(this.#l, () => {
          this.#l = null;
        }), this.#g(() => {
          this.#w();
        });
      }
    };
    return { reset: s, invoke_onerror: () => {
      if (!this.#o())
        try {
          r = !0, this.#e.onerror?.(t, s), r = !1;
        } catch (i) {
          qe(i, this.#s && this.#s.parent);
        }
    } };
  }
  #o() {
    return (this.#s.f & (R | Ce)) !== 0;
  }
  #y() {
    this.#e.pending;
  }
  #w() {
    try {
      this.local_pending_count = 0, this.#t = ze(() => {
        this.#r(this.#u);
      });
      const r = Pt ? this.#e.pending : void 0;
      var t = X.ensure(), n;
      r && this.is_ready(t);
    } catch (r) {
      this.error(r);
    }
  }
  /**
   * Defer an effect inside a pending boundary until the boundary resolves
   * @param {Effect} effect
   */
  defer_effect(t) {
    this.#f.push(t);
  }
  /**
   * @template T
   * @param {() => T} fn
   */
  #g(t) {
    var n = y, r = d, s = S;
    V(this.#s), Z(this.#s), Me(this.#s.ctx);
    try {
      return X.ensure(), t();
    } finally {
      V(n), Z(r), Me(s);
    }
  }
  /**
   * @param {Batch} batch
   */
  is_ready(t) {
    return t.is_boundary_ready(
      /** @type {Effect} */
      this.#t
    );
  }
  reveal() {
    this.is_pending = !1, this.#n && Je(this.#n, () => {
      this.#n = null;
    }), this.#i && (fr(this.#u, this.#i), this.#i = null);
  }
  /**
   * @param {Effect[]} queue
   */
  queue_effects(t) {
    for (const n of this.#f)
      O(n, C), t.push(n);
    this.#f.length = 0;
  }
  /**
   * Update the source that powers `$effect.pending()` inside this boundary.
   * Do not call from inside the class
   * @param {1 | -1} d
   */
  update_effect_pending(t) {
  }
  /** @param {unknown} error */
  error(t) {
    throw t;
  }
  /**
   * @param {unknown} error
   */
  #m(t) {
  }
}
let nt = !0;
function hl(e) {
  nt = e;
}
function pl(e, t) {
  var n = t == null ? "" : typeof t == "object" ? `${t}` : t;
  n !== /** @type {any} */
  (e[$e] ??= Yt(e)) && (e[$e] = n, _r(e, `${n}`));
}
function wl(e, t) {
  return Hr(e, t);
}
function Hr(e, t) {
  return Br(e, t);
}
function Br(e, { target: t, anchor: n, props: r = {}, events: s, context: l, intro: i = !0, transformError: a, renderer: u }) {
  var f = void 0, _ = wr(() => {
    var o = n ?? /** @type {Text} */
    Vt(
      /** @type {Node} */
      t,
      ir()
    );
    new qr(
      /** @type {TemplateNode} */
      o,
      {
        pending: () => {
        }
      },
      (p) => {
        zn({});
        var c = (
          /** @type {ComponentContext} */
          S
        );
        l && (c.c = l), s && (r.$$events = s), nt = i, f = e(p, r) || Ft(), nt = !0, Un();
      },
      a
    );
    var h = u ? null : Dr(
      /** @type {EventTarget} */
      t
    );
    return () => {
      if (h?.(), o !== n) {
        var p = ar(
          /** @type {Node} */
          o
        );
        p && cr(
          p,
          /** @type {ChildNode} */
          o
        );
      }
    };
  });
  return rt.set(f, _), f;
}
let rt = /* @__PURE__ */ new WeakMap();
function gl(e, t) {
  const n = rt.get(e);
  return n ? (rt.delete(e), n(t)) : Promise.resolve();
}
export {
  at as $,
  F as A,
  X as B,
  A as C,
  v as D,
  L as E,
  W as F,
  ps as G,
  vn as H,
  on as I,
  An as J,
  zr as K,
  hs as L,
  pt as M,
  vs as N,
  Ae as O,
  Z as P,
  ll as Q,
  G as R,
  mt as S,
  As as T,
  Pe as U,
  Hs as V,
  fr as W,
  xs as X,
  Cs as Y,
  ir as Z,
  Vt as _,
  C as a,
  fl as a$,
  Os as a0,
  us as a1,
  Bs as a2,
  ys as a3,
  Gn as a4,
  Js as a5,
  jr as a6,
  Xr as a7,
  or as a8,
  yt as a9,
  Jt as aA,
  cr as aB,
  Ut as aC,
  hl as aD,
  as as aE,
  Zs as aF,
  Cn as aG,
  jn as aH,
  Fs as aI,
  zs as aJ,
  Ms as aK,
  Mn as aL,
  Ys as aM,
  Vs as aN,
  js as aO,
  qs as aP,
  os as aQ,
  xn as aR,
  Rn as aS,
  Rs as aT,
  Ds as aU,
  $n as aV,
  Zr as aW,
  Kr as aX,
  fs as aY,
  yn as aZ,
  ol as a_,
  Qs as aa,
  re as ab,
  Je as ac,
  Ss as ad,
  ze as ae,
  k as af,
  gr as ag,
  pe as ah,
  cs as ai,
  Kn as aj,
  gn as ak,
  Qr as al,
  Jr as am,
  es as an,
  R as ao,
  I as ap,
  ar as aq,
  Ts as ar,
  Fe as as,
  nt as at,
  K as au,
  $s as av,
  is as aw,
  Ur as ax,
  De as ay,
  bn as az,
  ut as b,
  dr as b0,
  dl as b1,
  vl as b2,
  Pr as b3,
  el as b4,
  Ns as b5,
  cl as b6,
  Ls as b7,
  Ps as b8,
  Is as b9,
  Ks as bA,
  bs as bB,
  Un as bC,
  zn as bD,
  ks as bE,
  _l as bF,
  Xs as bG,
  ms as bH,
  pl as bI,
  Es as bJ,
  ul as bK,
  Tt as bL,
  $r as bM,
  nl as ba,
  il as bb,
  $t as bc,
  M as bd,
  Ft as be,
  Ce as bf,
  tl as bg,
  Gs as bh,
  Us as bi,
  En as bj,
  Gr as bk,
  al as bl,
  qt as bm,
  Ln as bn,
  ds as bo,
  rs as bp,
  ss as bq,
  ns as br,
  ts as bs,
  ls as bt,
  Wr as bu,
  V as bv,
  _s as bw,
  gs as bx,
  ws as by,
  Ws as bz,
  S as c,
  it as d,
  In as e,
  y as f,
  mn as g,
  H as h,
  Vr as i,
  g as j,
  je as k,
  lt as l,
  wl as m,
  q as n,
  Yr as o,
  rl as p,
  sl as q,
  se as r,
  Pn as s,
  Jn as t,
  gl as u,
  d as v,
  D as w,
  gt as x,
  j as y,
  ue as z
};
