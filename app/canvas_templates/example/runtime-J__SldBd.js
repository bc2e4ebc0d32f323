const $n = !1;
var Wn = Array.isArray, qt = Array.prototype.indexOf, ue = Array.prototype.includes, Jn = Array.from, Lt = Object.defineProperty, $e = Object.getOwnPropertyDescriptor, jt = Object.getOwnPropertyDescriptors, Qn = Object.prototype, Xn = Array.prototype, zt = Object.getPrototypeOf, We = Object.isExtensible;
const Ht = () => {
};
function Zn(e) {
  return e();
}
function Yt(e) {
  for (var t = 0; t < e.length; t++)
    e[t]();
}
function Bt() {
  var e, t, n = new Promise((s, r) => {
    e = s, t = r;
  });
  return { promise: n, resolve: e, reject: t };
}
const _ = 2, le = 4, at = 8, Ut = 1 << 24, H = 16, j = 32, U = 64, Gt = 128, Ie = 256, m = 512, T = 1024, b = 2048, A = 4096, M = 8192, R = 16384, K = 32768, Oe = 1 << 25, ye = 65536, Je = 1 << 17, Vt = 1 << 18, xe = 1 << 19, ot = 1 << 20, Qe = 1 << 25, ie = 1 << 21, ne = 1 << 22, D = 1 << 23, Kt = 1 << 27, P = 1 << 26, Xe = /* @__PURE__ */ Symbol("$state"), $t = /* @__PURE__ */ Symbol("component"), er = /* @__PURE__ */ Symbol("legacy props"), Wt = /* @__PURE__ */ Symbol("attributes"), Jt = /* @__PURE__ */ Symbol("class"), Qt = /* @__PURE__ */ Symbol("style"), Xt = /* @__PURE__ */ Symbol("text"), tr = /* @__PURE__ */ Symbol("hmr anchor"), nr = 2, rr = 4, sr = 8, Zt = {}, Ae = /* @__PURE__ */ Symbol("uninitialized"), lr = "http://www.w3.org/1999/xhtml";
function en() {
  console.warn("https://svelte.dev/e/derived_inert");
}
function ir() {
  console.warn("https://svelte.dev/e/svelte_boundary_reset_noop");
}
function tn(e) {
  return e === this.v;
}
function nn(e, t) {
  return e != e ? t == t : e !== t || e !== null && typeof e == "object" || typeof e == "function";
}
function rn(e) {
  return !nn(e, this.v);
}
function sn(e) {
  throw new Error("https://svelte.dev/e/effect_in_teardown");
}
function ln() {
  throw new Error("https://svelte.dev/e/effect_in_unowned_derived");
}
function fn(e) {
  throw new Error("https://svelte.dev/e/effect_orphan");
}
function un() {
  throw new Error("https://svelte.dev/e/effect_update_depth_exceeded");
}
function vt() {
  throw new Error("https://svelte.dev/e/invalid_bundler_config");
}
function fr(e) {
  throw new Error("https://svelte.dev/e/props_invalid_value");
}
function ur() {
  throw new Error("https://svelte.dev/e/state_descriptors_fixed");
}
function ar() {
  throw new Error("https://svelte.dev/e/state_prototype_fixed");
}
function or() {
  throw new Error("https://svelte.dev/e/state_unsafe_mutation");
}
function vr() {
  throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror");
}
let an = !1, Pe = !1;
let on = !1;
function cr() {
  Pe = !0;
}
let ee = [];
function vn() {
  var e = ee;
  ee = [], Yt(e);
}
function cn(e) {
  if (ee.length === 0) {
    var t = ee;
    queueMicrotask(() => {
      t === ee && vn();
    });
  }
  ee.push(e);
}
const _n = -7169;
function L(e, t) {
  e.f = e.f & _n | t;
}
function he(e) {
  (e.f & m) !== 0 || e.edges === null ? L(e, T) : L(e, A);
}
let O = null;
function Ze(e) {
  O = e;
}
function _r(e, t = !1, n) {
  O = {
    p: O,
    i: !1,
    c: null,
    e: null,
    s: e,
    x: null,
    r: (
      /** @type {Effect} */
      E
    ),
    l: Pe && !t ? { s: null, u: null, $: [] } : null
  };
}
function dr(e) {
  var t = (
    /** @type {ComponentContext} */
    O
  ), n = t.e;
  if (n !== null) {
    t.e = null;
    for (var s of n)
      gt(s);
  }
  return t.i = !0, O = t.p, dn(e);
}
function dn(e = {}) {
  return Lt(e, $t, { value: !0 }), e;
}
function qe() {
  return !Pe || O !== null && O.l === null;
}
let hn = null;
function pn(e, t, n, s) {
  var r = t.map(qe() ? ct : gn);
  {
    s(r);
    return;
  }
}
function wn(e) {
  for (; e.merged !== null; ) e = e.merged;
  return e;
}
// @__NO_SIDE_EFFECTS__
function ct(e) {
  var t = _ | b;
  return E !== null && (E.f |= xe), {
    ctx: O,
    deps: null,
    dv: null,
    edges: null,
    effects: null,
    equals: tn,
    f: t,
    fn: e,
    reactions: null,
    rv: 0,
    v: (
      /** @type {V} */
      Ae
    ),
    wv: 0,
    parent: E,
    ac: null
  };
}
const et = /* @__PURE__ */ Symbol("obsolete");
// @__NO_SIDE_EFFECTS__
function gn(e) {
  const t = /* @__PURE__ */ ct(e);
  return t.equals = rn, t;
}
function yn(e) {
  var t = e.effects;
  if (t !== null) {
    e.effects = null;
    for (var n = 0; n < t.length; n += 1)
      Q(
        /** @type {Effect} */
        t[n]
      );
  }
}
function Le(e) {
  var t = E, n = e.parent;
  if (!X && n !== null && e.v !== Ae && // if it was never evaluated before, it's guaranteed to fail downstream, so we try to execute instead
  (n.f & (R | M)) !== 0)
    return en(), he(e), e.v;
  it(n);
  try {
    return yn(e), bt(e);
  } finally {
    it(t);
  }
}
function ve(e) {
  var t = (
    /** @type {Derived} */
    e
  );
  if (Ge(t)) {
    var n = N?.records, s = n?.get(t);
    s !== void 0 && ke(s.deps, s.dv) ? (n.delete(t), Ot(t, s)) : Le(t);
  }
}
function me(e) {
  var t = (
    /** @type {Map<Derived, Derived | DerivedRecord | BatchValue>} */
    W
  ), n = t.get(e);
  if (n !== void 0 || F !== null && (e.f & m) === 0 && (n = Ln(e), n !== void 0))
    return n;
  var s = _e, r = (
    /** @type {Batch} */
    N
  ), l = (
    /** @type {Map<Value, BatchValue>} */
    h.get(e)
  ), i = l ?? e, u = l === void 0 ? (e.f & P) !== 0 : l.assigned, f = (
    /** @type {DerivedRecord | undefined} */
    r.get_record(e)
  );
  return u && !Ue((f ?? e).deps, i.wv) ? n = i : f !== void 0 && ke(f.deps, f.dv) ? n = f : l === void 0 && !u && e.dv !== null && ke(e.deps, e.dv) ? n = e : (Le(e), n = /** @type {DerivedRecord | undefined} */
  r.records?.get(e) ?? e), (e.f & m) !== 0 ? t.set(e, n) : F !== null && jn(e, n, s), n;
}
function mn(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      (t.teardown || (t.f & Kt) !== 0) && (t.teardown?.(), t.fn !== null && (t.teardown = Ht), Ve(t), ze(t));
}
function _t(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      t.teardown && t.fn !== null && de(t);
}
let G = null, Z = null, S = null, pe = null, y = null;
function Ne(e) {
  y = e;
}
function Ee(e) {
  var t = y = {
    reverted_values: new Map(y?.reverted_values),
    derived_cache: /* @__PURE__ */ new Map(),
    parent: y
  };
  for (const [n, s] of e ?? []) t.reverted_values.set(n, s);
  return t;
}
function En(e) {
  for (var t = y; t !== null; t = t.parent)
    t.reverted_values.delete(e), t.derived_cache.clear();
}
let h = null, W = null, N = null, Me = null;
var Te = /* @__PURE__ */ new Set();
const hr = /* @__PURE__ */ new Set();
let oe = null, be = null;
var tt = 0, $ = null, Ce = 0;
let kn = 1, Re = null;
class fe {
  id = kn++;
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
  #v = /* @__PURE__ */ new Map();
  /**
   * If a fork is discarded, we need to destroy any effects that are no longer needed
   * (see `#commit_callbacks`)
   * @type {Map<(batch: Batch) => void, Map<Value, BatchValue> | null>}
   */
  #c = /* @__PURE__ */ new Map();
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
  #a = null;
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
  #A = !1;
  #y = !1;
  constructor() {
    Z === null ? G = Z = this : (Z.next = this, this.prev = Z), Z = this;
  }
  #_() {
    return !1;
  }
  /**
   * Whether `effect` is a branch that this batch skips, or that only exists offscreen for other batches
   * @param {Effect} effect
   */
  #o(t) {
    return this.#l.has(t) || (t.f & Qe) !== 0 && !this.#i.has(t);
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
      if (this.#o(n)) return !0;
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
    (this.#l.delete(t) || !this.#i.has(t) && ((t.f & Qe) !== 0 || this.folded.some((n) => n.#l.has(t)))) && this.revalidate_branch(t), this.#i.add(t);
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
      var s = n.f;
      (s & (R | M)) === 0 && !this.#o(n) && ((s & (j | U | Je)) === 0 && n.fn !== null && this.schedule(n, A), this.revalidate_branch(n));
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
  #m() {
    var t = [];
    for (const l of this.#n)
      if (!((l.f & R) !== 0 || (l.f & (b | A)) === 0)) {
        for (var n = l, s = !1; n.parent !== null; ) {
          n = n.parent;
          var r = n.f;
          if ((r & (U | j)) !== 0) {
            if ((r & T) === 0) {
              s = !0;
              break;
            }
            n.f ^= T;
          }
        }
        s || t.push(n);
      }
    return this.#n = [], t;
  }
  #d() {
    for (var t = this; t !== null; )
      t = t.#E();
  }
  /**
   * Processes this batch and returns the batch that needs to be processed next, if any
   * @returns {Batch | null}
   */
  #E() {
    if (S = pe = this, this.#r.length > 0) {
      for (const o of this.#r) {
        var t = this.#e.get(o) ?? 0;
        t <= 1 ? this.#e.delete(o) : this.#e.set(o, t - 1);
      }
      this.#r.length = 0;
    }
    if (y?.derived_cache.clear(), this.started = !0, Re = this.id, this.#t.size > 0) {
      for (const [o, w] of this.#t) this.#w(o, w);
      this.#t.clear();
    }
    this.activate();
    for (var n = oe = [], s = [], r = be = []; this.#n.length > 0; ) {
      tt++ > 1e3 && (this.#u(), xn());
      for (const o of this.#m())
        try {
          this.#k(o, n, s);
        } catch (w) {
          throw De(o, !0), this.#_() || this.discard(), w;
        }
      if (this.#n.length > 0) {
        for (const o of s) this.#n.push(o);
        for (const o of n) this.#n.push(o);
        s.length = 0, n.length = 0;
      }
    }
    if (S = null, r.length > 0) {
      var l = fe.ensure();
      for (const o of r)
        (o.f & T) === 0 && l.schedule(o, A);
    }
    if (oe = null, be = null, this.merge_requests.size > 0) {
      const o = Array.from(this.merge_requests, wn).filter((w) => w !== this && w.linked && !w.is_fork).sort((w, k) => w.id - k.id);
      if (this.merge_requests.clear(), o.length > 0) {
        this.#s(s), this.#s(n);
        for (var i = this, u = o.length; u--; ) {
          var f = o[u];
          f !== i && (f.#h(i), i = f);
        }
        return i;
      }
    }
    if (this.#_()) {
      this.#s(s), this.#s(n);
      for (const o of this.#l)
        De(o);
      return r.length > 0 ? (
        /** @type {Batch} */
        /** @type {unknown} */
        S
      ) : null;
    }
    const a = this.#S();
    if (a)
      return this.#s(s), this.#s(n), a.#h(this), a;
    this.#g(!0), this.#p(this.#v);
    var c = we, v = re;
    try {
      we = !0;
      var p = nt(s);
      nt(n, p);
    } finally {
      we = c, re = v;
    }
    this.#a?.resolve();
    var x = (
      /** @type {Batch | null} */
      /** @type {unknown} */
      S
    );
    if (this.#e.size === 0 && (this.#n.length === 0 || x !== null) && this.#u(), x !== null && y !== null)
      for (const [o, w] of y.reverted_values)
        x.previous.get(o)?.wv !== w.wv && y.reverted_values.delete(o);
    return x;
  }
  /**
   * Schedule the reactions that (transitively) depend on `sources` for re-validation in this batch.
   * They are marked MAYBE_DIRTY, which means that they are only re-run if the exact versions
   * of their dependencies differ from the ones they last saw (in this batch's view of the world)
   * @param {Iterable<Source>} sources
   */
  #T(t) {
  }
  /**
   * Traverse the effect tree, executing effects or stashing
   * them for later execution as appropriate
   * @param {Effect} root
   * @param {Effect[]} effects
   * @param {Effect[]} render_effects
   */
  #k(t, n, s) {
    t.f ^= T;
    for (var r = t.first; r !== null; ) {
      var l = r.f, i = (l & (j | U)) !== 0, u = i && (l & T) !== 0, f = u || (l & (M | Je)) !== 0 || this.#o(r);
      if (!f && r.fn !== null) {
        i ? r.f ^= T : (l & le) !== 0 ? n.push(r) : Ge(r) && de(r);
        var a = r.first;
        if (a !== null) {
          r = a;
          continue;
        }
      }
      for (; r !== null; ) {
        var c = r.next;
        if (c !== null) {
          r = c;
          break;
        }
        r = r.parent;
      }
    }
  }
  #S() {
    for (var t = this.prev; t !== null; t = t.prev)
      if (!t.is_fork && this.#x(t)) return t;
    return null;
  }
  /** @param {Batch} batch */
  #x(t) {
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
  #h(t) {
    for (const s of t.merge_requests) this.merge_requests.add(s);
    t.merge_requests.clear();
    for (const [s, r] of t.current) {
      if (!this.previous.has(s)) {
        const l = t.previous.get(s);
        l && this.previous.set(s, l);
      }
      this.current.set(s, r);
    }
    for (const [s, r] of t.async_deriveds) {
      const l = this.async_deriveds.get(s);
      l && l !== r && r.promise.then(l.resolve, l.reject), this.async_deriveds.set(s, r);
    }
    for (const [s, r] of t.records ?? [])
      (s.f & H) === 0 && (this.records?.get(s), (this.records ??= /* @__PURE__ */ new Map()).set(s, r), t.records?.delete(s));
    if (t.async_deriveds.clear(), t.#e.size > 0) {
      for (const [s, r] of t.#e)
        this.#e.set(s, (this.#e.get(s) ?? 0) + r);
      t.#e.clear();
    }
    if (t.#r.length > 0) {
      for (const s of t.#r)
        this.#r.push(s);
      t.#r.length = 0;
    }
    if (t.#t.size > 0) {
      for (const [s, r] of t.#t)
        this.#f(s, r);
      t.#t.clear();
    }
    const n = () => t.discard();
    this.oncommit(n), this.ondiscard(n), t.merged = this, t.#u();
  }
  /**
   * Note that `effect` needs to be (re-)validated, without downgrading a DIRTY effect to MAYBE_DIRTY
   * @param {Effect} effect
   * @param {number} status DIRTY or MAYBE_DIRTY
   */
  #f(t, n) {
    (n === b || this.#t.get(t) !== b) && this.#t.set(t, n);
  }
  /**
   * @param {Effect[]} effects
   */
  #s(t) {
    for (var n = 0; n < t.length; n += 1) {
      var s = t[n], r = s.f & (b | A);
      r !== 0 && (this.#f(s, s.dv === null ? A : r), L(s, T));
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
  capture(t, n, s, r = !1, l = null) {
    var i = this.previous.get(t), u = Tn(this, t);
    i === void 0 && (i = u?.previous.get(t), i === void 0 && t.v !== Ae && (i = {
      v: t.v,
      wv: t.wv,
      e: (t.f & D) !== 0,
      assigned: (t.f & P) !== 0
    }), i !== void 0 && this.previous.set(t, i)), X ? En(t) : i !== void 0 && (y?.reverted_values.set(t, i), y?.derived_cache.clear());
    var f = {
      v: n,
      wv: s ? t.wv : Be(),
      e: r,
      // a write to a derived is an assignment
      assigned: (t.f & _) !== 0,
      async: (t.f & ne) !== 0
    };
    this.current.set(t, f), we && (re ??= /* @__PURE__ */ new Set()).add(t), h?.set(t, f), s && Ye(), W?.delete(
      /** @type {Derived} */
      t
    ), !this.is_fork && u !== null && u.previous.set(t, f), !this.is_fork && !s && u === null && bn(t, f), s || ($ = null, Ce = 0, this.mark(t, b, l), $ = null);
  }
  deactivate() {
    S = pe = h = W = N = null;
  }
  flush() {
    var t = Ee(this.previous);
    try {
      if (this.#d(), Te.size > 0)
        for (const n of Te)
          Te.delete(n), n.linked && !n.#y && n.#d();
    } finally {
      tt = 0, Me = null, oe = null, be = null, y = t.parent, this.deactivate();
    }
  }
  discard() {
    this.#p(this.#c);
    for (const t of this.async_deriveds.values())
      t.reject(et);
    this.#u(), this.#a?.resolve();
  }
  #b() {
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
    this.#v.set(t, B?.size ? B : null);
  }
  /** @param {(batch: Batch) => void} fn */
  ondiscard(t) {
    this.#c.set(t, B?.size ? B : null);
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
  #p(t) {
    Kn(() => {
      for (const [s, r] of t) {
        if (r === null) {
          s(this);
          continue;
        }
        var n = Ee();
        for (const [l, i] of r)
          n.reverted_values.has(l) && n.reverted_values.set(l, i);
        try {
          s(this);
        } finally {
          y = n.parent;
        }
      }
    }), t.clear();
  }
  settled() {
    return (this.#a ??= Bt()).promise;
  }
  static ensure() {
    if (S === null) {
      const t = S = new fe();
      pe === null && cn(() => {
        t.started || t.flush();
      });
    }
    return S;
  }
  /**
   * Make this the current batch, and its view of the world the active one
   */
  activate() {
    S = this, N = this, Re !== this.id && (Re = null);
    {
      h = W = null;
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
    for (var n = this.records?.get(t), s = this.folded.length; n === void 0 && s--; )
      n = this.folded[s].records?.get(t);
    return n;
  }
  /**
   * @param {Value} signal
   * @param {number} status should be DIRTY or MAYBE_DIRTY
   * @param {Effect[] | null} [updated_during_traversal]
   * @returns {void}
   */
  mark(t, n, s = null) {
    var r = t.reactions;
    if (r !== null) {
      var l = qe(), i = r.length;
      if (Ce += i, Ce > 1e5 && $ === null && ($ = /* @__PURE__ */ new Set()), $ !== null) {
        if ($.has(t)) return;
        $.add(t);
      }
      for (var u = 0; u < i; u++) {
        var f = r[u], a = f.f;
        if (!(!l && f === E)) {
          var c = (a & b) === 0;
          if ((a & _) !== 0) {
            c && L(f, n);
            var v = (
              /** @type {Derived} */
              f
            );
            W?.delete(v), this.mark(v, A, s);
          } else if (c) {
            var p = (
              /** @type {Effect} */
              f
            );
            (a & H) !== 0 && Y !== null && (L(p, n), Y.add(p)), s !== null ? (L(p, n), s.push(p)) : this.schedule(p, n);
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
    if (Me = t, N !== null && N !== this && t !== d) {
      this.#f(
        t,
        (t.f & ie) !== 0 ? n : A
      );
      return;
    }
    if (pe !== this && d === null) {
      if (this.prev !== null || this.next !== null || this.is_fork) {
        this.#f(t, A);
        return;
      }
      n = A;
    }
    this.#w(t, n);
  }
  /**
   * @param {Effect} effect
   * @param {number} status
   */
  #w(t, n) {
    (t.f & b) === 0 && L(t, n), this.#n.push(t);
  }
  /** @param {boolean} commit whether the effects' runs become global state */
  #g(t = !1) {
    var n = this.records;
    if (n !== null) {
      this.records = null;
      for (const [r, l] of n)
        if ((r.f & (_ | R)) === 0) {
          var s = (r.f & ne) !== 0 && ft(l) && !ft(r);
          if (t && !s && (Ot(r, l), (r.f & ne) !== 0))
            for (let i = G; i !== null; i = i.next)
              i !== this && !i.records?.has(r) && i.async_deriveds.get(
                /** @type {Effect} */
                r
              )?.reject(et);
          Un(r);
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
  #u() {
    if (this.linked) {
      var t = this.prev, n = this.next;
      t === null ? G = n : t.next = n, n === null ? Z = t : n.prev = t, this.linked = !1, this.#g();
    }
  }
}
let Sn = null;
function xn() {
  try {
    un();
  } catch (e) {
    je(e, Me);
  }
}
var we = !1, re = null;
let Y = null, B = null;
function An(e) {
  if ((e.f & (le | K)) !== le) return !1;
  for (var t = e.b; t !== null; t = t.parent)
    if (t.is_pending)
      return t.defer_effect(e), !0;
  return !1;
}
function nt(e, t = null) {
  var n = e.length;
  if (n === 0) return t;
  for (var s = 0; s < n; ) {
    var r = e[s++];
    if ((r.f & (R | M)) === 0 && // don't run if already marked for destruction in the next batch
    // (this can happen if an effect writes a value which e.g. makes an if block falsy)
    !S?.is_skipped(r) && !An(r) && Ge(r)) {
      Y = /* @__PURE__ */ new Set();
      var l = ce;
      if (de(r), r.edges === null && r.first === null && r.nodes === null && r.teardown === null && r.ac === null && mt(r), Y?.size > 0) {
        var i = y;
        t !== null && Ee(t);
        var u = B;
        B = new Map(t);
        try {
          for (const a of Y) {
            if ((a.f & (R | M)) !== 0 || S?.is_skipped(a)) continue;
            const c = [a];
            let v = a.parent;
            for (; v !== null; )
              Y.has(v) && (Y.delete(v), c.push(v)), v = v.parent;
            for (let p = c.length - 1; p >= 0; p--) {
              const x = c[p];
              (x.f & (R | M)) !== 0 || S?.is_skipped(x) || de(x);
            }
          }
        } finally {
          B = u, Y?.clear(), y = i;
        }
      }
      if (ce !== l && S !== null && re !== null)
        for (const a of re) {
          var f = S.current.get(a);
          f !== void 0 && f.wv > l && (t ??= /* @__PURE__ */ new Map()).set(a, f);
        }
    }
    re?.clear();
  }
  return Y = null, t;
}
function Tn(e, t) {
  for (var n = e.next; n !== null && (n.is_fork || !n.current.has(t)); )
    n = n.next;
  return n;
}
function bn(e, t) {
  Ye(), e.v = t.v, e.wv = t.wv, e.f = t.e ? e.f | D : e.f & ~D, (e.f & _) !== 0 && (e.f |= P, he(
    /** @type {Derived} */
    e
  ));
}
function De(e, t = !1) {
  if (!(!t && (e.f & j) !== 0 && (e.f & T) !== 0)) {
    L(e, T);
    for (var n = e.first; n !== null; )
      De(n, t), n = n.next;
  }
}
var rt, dt = vt, ht = vt;
function pr() {
  if (rt === void 0) {
    rt = window;
    var e = Element.prototype, t = Node.prototype, n = Text.prototype;
    dt = $e(t, "firstChild").get, ht = $e(t, "nextSibling").get, We(e) && (e[Jt] = void 0, e[Wt] = null, e[Qt] = void 0, e.__e = void 0), We(n) && (n[Xt] = void 0);
  }
}
function wr() {
  return document.createTextNode("");
}
// @__NO_SIDE_EFFECTS__
function Cn(e) {
  return (
    /** @type {TemplateNode | null} */
    dt.call(e)
  );
}
// @__NO_SIDE_EFFECTS__
function pt(e) {
  return (
    /** @type {TemplateNode | null} */
    ht.call(e)
  );
}
function gr(e, t) {
  return /* @__PURE__ */ Cn(e);
}
function yr() {
  if (B === null) return !1;
  var e = (
    /** @type {Effect} */
    E.f
  );
  return (e & K) !== 0;
}
function mr(e, t, n) {
  return (
    /** @type {T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : Element} */
    n ? document.createElement(e, { is: n }) : document.createElement(e)
  );
}
function Er() {
  return document.createDocumentFragment();
}
function kr(e, t, n = "") {
  if (t.startsWith("xlink:")) {
    e.setAttributeNS("http://www.w3.org/1999/xlink", t, n);
    return;
  }
  return e.setAttribute(t, n);
}
function Sr(e) {
  return e.nodeName;
}
function xr(e) {
  return (
    /** @type {TemplateNode | null} */
    e.lastChild
  );
}
function Ar(e) {
  return (
    /** @type {TemplateNode | null} */
    e.parentNode
  );
}
function Rn(e, t) {
  return e.appendChild(t);
}
function Tr(e, t) {
  e.before(t);
}
function On(e) {
  e.remove();
}
function br(e, t) {
  return (
    /** @type {ChildNode} */
    e.removeChild(t)
  );
}
function Cr(e, t) {
  return e.getAttribute(t);
}
function Rr(e, t) {
  e.removeAttribute(t);
}
function Or(e, t) {
  e.innerHTML = t;
}
function Nr(e, t, n) {
  e.classList.toggle(t, n);
}
function Nn(e) {
  var t = E;
  if (t === null)
    return e;
  if ((t.f & K) === 0 && (t.f & le) === 0)
    throw e;
  je(e, t);
}
function je(e, t) {
  if (e === Zt)
    throw e;
  if (!(t !== null && (t.f & R) !== 0)) {
    for (; t !== null; ) {
      if ((t.f & Gt) !== 0 && (t.f & (R | Oe)) === 0) {
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
function wt(e) {
  E === null && (d === null && fn(), ln()), X && sn();
}
function Mn(e, t) {
  var n = t.last;
  n === null ? t.last = t.first = e : (n.next = e, e.prev = n, t.last = e);
}
function ae(e, t) {
  var n = E;
  n !== null && (n.f & M) !== 0 && (e |= M);
  var s = {
    ctx: O,
    deps: null,
    dv: null,
    edges: null,
    nodes: null,
    f: e | b | m,
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
    r: hn
  }, r = s;
  if ((e & le) !== 0)
    oe !== null ? oe.push(s) : fe.ensure().schedule(s, b);
  else if (t !== null) {
    try {
      de(s);
    } catch (i) {
      throw Q(s), i;
    }
    r.edges === null && r.teardown === null && r.nodes === null && r.first === r.last && // either `null`, or a singular child
    (r.f & xe) === 0 && (r = r.first, (e & H) !== 0 && (e & ye) !== 0 && r !== null && (r.f |= ye));
  }
  if (r !== null && (r.parent = n, n !== null && Mn(r, n), d !== null && (d.f & _) !== 0 && (e & U) === 0)) {
    var l = (
      /** @type {Derived} */
      d
    );
    (l.effects ??= []).push(r);
  }
  return s;
}
function Dn() {
  return d !== null && !I;
}
function Mr(e) {
  wt();
  var t = (
    /** @type {Effect} */
    E.f
  ), n = !d && (t & j) !== 0 && O !== null && !O.i;
  if (n) {
    var s = (
      /** @type {ComponentContext} */
      O
    );
    (s.e ??= []).push(e);
  } else
    return gt(e);
}
function gt(e) {
  return ae(le | ot, e);
}
function Dr(e) {
  return wt(), ae(at | ot, e);
}
function Fr(e) {
  fe.ensure();
  const t = ae(U | xe, e);
  return (n = {}) => new Promise((s) => {
    n.outro ? Pn(t, () => {
      Q(t), s(void 0);
    }) : (Q(t), s(void 0));
  });
}
function Ir(e, t = [], n = [], s = []) {
  pn(s, t, n, (r) => {
    ae(at, () => {
      e(...r.map(Gn));
    });
  });
}
function Pr(e, t = 0) {
  var n = ae(H | t, e);
  return n;
}
function qr(e) {
  return ae(j | xe, e);
}
function yt(e) {
  var t = e.teardown;
  if (t !== null) {
    const n = X, s = He, r = y, l = d;
    st(!0), lt(null);
    try {
      t.call(null);
    } catch (i) {
      je(i, e.parent);
    } finally {
      st(n, s), Ne(r), lt(l);
    }
  }
}
function ze(e, t = !1) {
  var n = e.first;
  for (e.first = e.last = null; n !== null; ) {
    var s = n.next;
    (n.f & U) !== 0 ? n.parent = null : Q(n, t), n = s;
  }
}
function Fn(e) {
  for (var t = e.first; t !== null; ) {
    var n = t.next;
    (t.f & j) === 0 && Q(t), t = n;
  }
}
function Q(e, t = !0) {
  var n = !1;
  (t || (e.f & Vt) !== 0) && e.nodes !== null && e.nodes.end !== null && (In(
    e.nodes.start,
    /** @type {TemplateNode} */
    e.nodes.end
  ), n = !0), e.f |= Oe, ze(e, t && !n), Ve(e);
  var s = e.nodes && e.nodes.t;
  if (s !== null)
    for (const l of s)
      l.stop();
  yt(e), e.f ^= Oe, e.f |= R;
  var r = e.parent;
  r !== null && r.first !== null && mt(e), e.next = e.prev = e.teardown = e.ctx = e.deps = e.dv = e.edges = e.fn = e.nodes = e.ac = e.b = e.r = null;
}
function In(e, t) {
  for (; e !== null; ) {
    var n = e === t ? null : /* @__PURE__ */ pt(e);
    On(
      /** @type {ChildNode} */
      e
    ), e = n;
  }
}
function mt(e) {
  var t = e.parent, n = e.prev, s = e.next;
  n !== null && (n.next = s), s !== null && (s.prev = n), t !== null && (t.first === e && (t.first = s), t.last === e && (t.last = n));
}
function Pn(e, t, n = !0) {
  var s = [];
  e.f |= Ie, Et(e, s, !0);
  var r = () => {
    n && Q(e), t && t();
  }, l = s.length;
  if (l > 0) {
    var i = y, u = () => {
      if (!--l) {
        var a = y;
        try {
          i && (i.derived_cache.clear(), Ne(i)), r();
        } finally {
          i && Ne(a);
        }
      }
    };
    for (var f of s)
      f.out(u);
  } else
    r();
}
function Et(e, t, n) {
  if ((e.f & M) === 0) {
    e.f ^= M;
    var s = e.nodes && e.nodes.t;
    if (s !== null)
      for (const u of s)
        (u.is_global || n) && t.push(u);
    for (var r = e.first; r !== null; ) {
      var l = r.next;
      if ((r.f & U) === 0) {
        var i = (r.f & ye) !== 0 || // If this is a branch effect without a block effect parent,
        // it means the parent block effect was pruned. In that case,
        // transparency information was transferred to the branch effect.
        (r.f & j) !== 0 && (e.f & H) !== 0;
        Et(r, t, i ? n : !1);
      }
      r = l;
    }
  }
}
function Lr(e) {
  e.f &= ~Ie, kt(e, !0);
}
function kt(e, t) {
  if ((e.f & Ie) === 0 && (e.f & M) !== 0) {
    e.f ^= M;
    var n = an;
    ((e.f & T) === 0 || n) && fe.ensure().schedule(e, A);
    for (var s = e.first; s !== null; ) {
      var r = s.next, l = (s.f & ye) !== 0 || (s.f & j) !== 0;
      kt(s, l ? t : !1), s = r;
    }
    var i = e.nodes && e.nodes.t;
    if (i !== null)
      for (const u of i)
        (u.is_global || t) && u.in();
  }
}
function jr(e, t) {
  if (e.nodes)
    for (var n = e.nodes.start, s = e.nodes.end; n !== null; ) {
      var r = n === s ? null : /* @__PURE__ */ pt(n);
      Rn(t, n), n = r;
    }
}
let X = !1, He = 0;
function st(e, t = ce) {
  X = e, He = t;
}
let St = { v: void 0, wv: 0, e: !1, assigned: !1 }, d = null, I = !1;
function lt(e) {
  d = e;
}
let E = null;
function it(e) {
  E = e;
}
let V = null;
function zr(e) {
  d !== null && ((d.f & ie) !== 0 || (d.f & _) !== 0) && (V ??= /* @__PURE__ */ new Set()).add(e);
}
let g = null, C = 0, se = null, q = null;
function Hr(e) {
  q = e;
}
let ce = 1, J = 0, ge = J;
function Yr(e) {
  ge = e;
}
let z = 0, F = null, _e = 0;
function Ye() {
  z !== 0 && (F?.clear(), _e++);
}
function qn() {
  z = 0, F = null;
}
function Ln(e) {
  if (F !== null) {
    var t = F.get(e);
    if (t && t.entry.wv === t.wv) return t.entry;
  }
}
function jn(e, t, n) {
  F !== null && n === _e && F.set(e, { entry: t, wv: t.wv });
}
function Be(e = !1) {
  return e || Ye(), ++ce;
}
function xt(e) {
  return h === null ? (ve(e), e.wv) : (e.f & _) !== 0 ? me(
    /** @type {Derived} */
    e
  ).wv : (h.get(e) ?? e).wv;
}
function ke(e, t) {
  if (e !== null) {
    z !== 0 && h !== null && (z += t.length, z > 1e5 && (F ??= /* @__PURE__ */ new Map()));
    for (var n = 0; n < t.length; n++)
      if (xt(e[n]) !== t[n]) return !1;
  }
  return !0;
}
function Ue(e, t, n = null) {
  if (e !== null)
    for (var s = 0; s < e.length; s++) {
      var r = e[s];
      if ((r.f & _) === 0) {
        if (xt(r) > t) return !0;
        continue;
      }
      var l = (
        /** @type {Derived} */
        r
      );
      if (h === null ? ve(
        /** @type {Derived} */
        r
      ) : l = me(
        /** @type {Derived} */
        r
      ), l.wv > t) {
        var i = l === r ? (r.f & P) !== 0 : !("dv" in l);
        if (i) return !0;
        if (n === null)
          n = /* @__PURE__ */ new Set();
        else if (n.has(l))
          continue;
        if (Ue(
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
function At(e) {
  return (e.f & (H | ne)) !== 0 && N?.get_record(e) || e;
}
function Ge(e) {
  var t = e.f;
  if ((t & (b | A)) === 0)
    return !1;
  if ((t & P) !== 0) {
    if (Ue(e.deps, e.wv)) return !0;
  } else {
    if ((t & b) !== 0)
      return !0;
    var n = At(e), s = n.deps, r = n.dv;
    if (r === null) return !0;
    if (h === null) {
      var l = z !== 0, i = _e;
      if (l && (z += r.length, z > 1e5 && (F ??= /* @__PURE__ */ new Map(), (t & m) === 0 && F.get(
        /** @type {Derived} */
        e
      ) === null)))
        return !1;
      for (var u = 0, f = r.length; u < f; u++) {
        var a = (
          /** @type {Value[]} */
          s[u]
        );
        if (ve(a), a.wv !== r[u]) return !0;
      }
      l && (t & (m | _)) === _ && i === _e && F?.set(
        /** @type {Derived} */
        e,
        null
      );
    } else if (!ke(s, r))
      return !0;
  }
  return (t & m) !== 0 && L(e, T), !1;
}
function Tt(e, t, n = !0) {
  var s = e.reactions;
  if (s !== null && !(V !== null && V.has(e)))
    for (var r = 0; r < s.length; r++) {
      var l = s[r];
      (l.f & _) !== 0 ? Tt(
        /** @type {Derived} */
        l,
        t,
        !1
      ) : t === l && S.schedule(
        /** @type {Effect} */
        l,
        n ? b : A
      );
    }
}
let te = null;
function ft({ deps: e, dv: t }) {
  return t === null || t.some((n, s) => (
    /** @type {Value[]} */
    e[s].wv !== n
  ));
}
function zn(e) {
  return (e & ne) === 0 && (e & (H | K)) !== (H | K) ? !1 : N !== null && N === S;
}
function bt(e) {
  var t = g, n = C, s = se, r = q, l = d, i = V, u = O, f = I, a = ge, c = e.f;
  g = /** @type {null | Value[]} */
  null, C = 0, se = null, q = null, d = (c & (j | U)) === 0 ? e : null, V = null, Ze(e.ctx), I = !1, ge = ++J;
  var v = te;
  te = null;
  try {
    e.f |= ie;
    var p = (
      /** @type {Function} */
      e.fn
    ), x = p();
    if (e.f |= K, ut(e, c, x, !1), qe() && q !== null && !I && // bail out if the effect didn't read anything
    (g !== null || C > 0) && (e.f & (_ | A | b)) === 0)
      for (var o = 0; o < /** @type {Source[]} */
      q.length; o++)
        Tt(
          q[o],
          /** @type {Effect} */
          e
        );
    if (l !== null && l !== e) {
      if (J++, l.deps !== null)
        for (let k = 0; k < n; k += 1)
          l.deps[k].rv = J;
      if (t !== null)
        for (const k of t)
          k.rv = J;
      q !== null && (r === null ? r = q : r.push(.../** @type {Source[]} */
      q));
    }
    return x;
  } catch (k) {
    var w = k;
    try {
      w = Nn(k);
    } finally {
      ut(e, c, w, w === k);
    }
    return w;
  } finally {
    te?.signal, e.f ^= ie, g = t, C = n, se = s, q = r, d = l, V = i, Ze(u), I = f, ge = a, te = v;
  }
}
function ut(e, t, n, s) {
  var r = e.deps, l = C + (g === null ? 0 : g.length), i = e.dv;
  if ((e.f & R) === 0) {
    if ((t & _) !== 0 && X) {
      for (var u = 0, f = 0; f < l; f++) {
        var a = f < C ? (
          /** @type {Value[]} */
          r[f]
        ) : (
          /** @type {Value[]} */
          g[f - C]
        );
        u = Math.max(u, It(a));
      }
      St = {
        v: n,
        wv: u,
        e: s,
        assigned: (t & P) !== 0
      };
      return;
    }
    if ((t & _) !== 0 && h === null && G !== null && G.next !== null && Rt(
      /** @type {Derived} */
      e,
      t
    ), g === null && h === null && i !== null && l === r?.length && e.edges === r && (t & (H | ne)) === 0) {
      for (var c = 0; c < l; c++) i[c] = r[c].wv;
      i.length !== l && (i.length = l), (t & _) !== 0 && Ct(
        /** @type {Derived} */
        e,
        n,
        s
      );
      return;
    }
    Hn(e, t, l, n, s);
  }
}
function Ct(e, t, n) {
  var s = e.f & ~P;
  (n || (s & D) !== 0 || !e.equals(t)) && (e.v = t, e.wv = Be(!0), s = n ? s | D : s & ~D), e.f = s, he(e);
}
function Hn(e, t, n, s, r) {
  var l = zn(t);
  if (h !== null && (t & _) !== 0) {
    var i = h.get(
      /** @type {Derived} */
      e
    );
    i !== void 0 && i.wv !== /** @type {Derived} */
    e.wv && (l = !0);
  }
  var u = e.deps, f = u;
  (g !== null || C !== u?.length) && (f = C === 0 ? g : (
    /** @type {Value[]} */
    u.slice(0, C).concat(g ?? [])
  ));
  for (var a = !l && h === null && e.dv !== null ? e.dv : [], c = 0; c < n; c++) {
    var v = (
      /** @type {Value[]} */
      f[c]
    );
    a[c] = Yn(v), h !== null && (t & _) !== 0 && (a[c] !== v.wv || (v.f & (_ | T)) === _) && (l = !0);
  }
  a.length !== n && (a.length = n), !l && h !== null && (t & _) !== 0 && Rt(
    /** @type {Derived} */
    e,
    t
  );
  var p = l || Nt(e), x = Dn() && (e.f & m) !== 0, o = e.edges;
  if (l && o !== null) {
    if (g !== null) {
      e.edges = o = o.slice();
      for (v of g)
        ue.call(o, v) || (o.push(v), x && (v.reactions ??= []).push(e));
    }
  } else if (!p && o === u) {
    if (o !== null)
      for (c = C; c < o.length; c++) Se(e, o[c]);
    if (x && g !== null)
      for (v of g) (v.reactions ??= []).push(e);
    e.edges = f;
  } else {
    var w = new Set(f);
    if (p)
      for (var k = G; k !== null; k = k.next)
        for (v of k.records?.get(e)?.deps ?? []) w.add(v);
    var Pt = p ? Array.from(w) : f;
    for (v of o ?? [])
      w.delete(v) || Se(e, v);
    if (x)
      for (v of w) (v.reactions ??= []).push(e);
    e.edges = Pt;
  }
  if (l) {
    var Ke = (
      /** @type {Batch} */
      N
    );
    (Ke.records ??= /* @__PURE__ */ new Map()).set(
      e,
      (t & _) !== 0 ? {
        deps: f,
        dv: a,
        v: s,
        e: r,
        wv: Bn(
          /** @type {Derived} */
          e,
          Ke,
          s,
          r
        ),
        ac: te
      } : { deps: f, dv: a, ac: te }
    );
  } else
    e.deps = f, e.dv = a, (t & _) !== 0 && (Ct(
      /** @type {Derived} */
      e,
      s,
      r
    ), N?.records?.delete(e));
}
function Rt(e, t) {
  var n = e.dv;
  if (
    // no valid run, or one that doesn't depend on anything — which is only run again if it was invalidated
    !(n === null || n.length === 0 || // an assigned value isn't a run, see `get_view`
    (t & P) !== 0)
  )
    for (var s, r = G; r !== null; r = r.next)
      r !== N && !r.records?.has(e) && (s ??= {
        deps: e.deps,
        dv: n.slice(),
        v: e.v,
        wv: e.wv,
        e: (t & D) !== 0
      }, (r.records ??= /* @__PURE__ */ new Map()).set(e, s));
}
function Yn(e) {
  if (h === null) return e.wv;
  if ((e.f & _) !== 0) {
    var t = (
      /** @type {Map<Derived, Derived | DerivedRecord | BatchValue>} */
      W
    ), n = t.get(
      /** @type {Derived} */
      e
    );
    return n !== void 0 ? n.wv : se?.get(
      /** @type {Derived} */
      e
    ) ?? -1;
  }
  return (h.get(e) ?? e).wv;
}
function Bn(e, t, n, s) {
  if (!s) {
    var r = (
      /** @type {DerivedRecord | undefined} */
      t.get_record(e)
    );
    if (r !== void 0 && !r.e && e.equals.call(r, n))
      return r.wv;
    if ((e.f & D) === 0 && e.equals(n)) return e.wv;
  }
  return Be(!0);
}
function Ot(e, t) {
  if (e.deps = t.deps, e.dv = (e.f & _) !== 0 ? t.dv.slice() : t.dv, (e.f & _) !== 0) {
    var n = (
      /** @type {Derived} */
      e
    );
    n.v = t.v, n.wv = /** @type {number} */
    t.wv, n.f = (t.e ? n.f | D : n.f & ~D) & ~P, he(n);
  }
  e.ac = t.ac ?? null, t.ac = null;
}
function Nt(e) {
  for (var t = G; t !== null; t = t.next)
    if (t.records?.has(e)) return !0;
  return !1;
}
function Un(e) {
  var t = e.edges, n = e.deps;
  if (!(t === n || Nt(e))) {
    for (
      var s of
      /** @type {Value[]} */
      t
    )
      (n === null || !ue.call(n, s)) && Se(e, s);
    e.edges = n;
  }
}
function Mt(e, t) {
  var n = e.reactions ??= [];
  ue.call(n, t) || n.push(t);
}
function Se(e, t) {
  let n = t.reactions;
  if (n !== null) {
    var s = qt.call(n, e);
    if (s !== -1) {
      var r = n.length - 1;
      r === 0 ? n = t.reactions = null : (n[s] = n[r], n.pop());
    }
  }
  if (n === null && (t.f & _) !== 0 && // Destroying a child effect while updating a parent effect can cause a dependency to appear
  // to be unused, when in fact it is used by the currently-updating parent. Checking `new_deps`
  // allows us to skip the expensive work of disconnecting and immediately reconnecting it
  (g === null || !ue.call(g, t))) {
    var l = (
      /** @type {Derived} */
      t
    );
    (l.f & m) !== 0 && (l.f ^= m, W?.delete(l)), l.v !== Ae && he(l), mn(l), Ve(l);
  }
}
function Ve(e) {
  var t = e.edges;
  if (t !== null)
    for (var n = 0; n < t.length; n++)
      Se(e, t[n]);
}
function de(e) {
  var t = e.f;
  if ((t & R) === 0) {
    L(e, T);
    var n = E;
    E = e;
    try {
      (t & (H | Ut)) !== 0 ? Fn(e) : ze(e), yt(e);
      var s = bt(e);
      e.teardown = typeof s == "function" ? s : null, e.wv = ce;
      var r;
    } finally {
      E = n;
    }
  }
}
function Gn(e) {
  var t = e.f, n = (t & _) !== 0, s = null;
  if (d !== null && !I) {
    var r = E !== null && (E.f & R) !== 0;
    if (!r && (V === null || !V.has(e))) {
      var l = d.deps;
      if ((d.f & ie) !== 0)
        e.rv < J && (e.rv = J, g === null && l !== null && l[C] === e ? C++ : g === null ? g = [e] : g.push(e));
      else {
        s = d;
        var i = d.edges;
        (i === null || !ue.call(i, e)) && (d.edges = i === null ? [e] : [...i, e]), Mt(e, d);
      }
    }
  }
  if (X) {
    var u = Ft(e);
    if (u !== void 0) {
      if (u.e) throw u.v;
      return u.v;
    }
  }
  var f;
  if (n) {
    var a = (
      /** @type {Derived} */
      e
    ), c = (a.f & m) === 0 && !I && d !== null && (d.f & m) !== 0, v = (a.f & K) === 0;
    if (c && (a.f |= m), (t & m) === 0 && !v && z === 0) {
      z = 1;
      try {
        h === null ? ve(a) : f = me(a);
      } finally {
        qn();
      }
    } else h === null ? ve(a) : f = me(a);
    if (f !== void 0 && (a.f & m) === 0 && d !== null && !I && (d.f & ie) !== 0) {
      var p = (se ??= /* @__PURE__ */ new Map()).get(a);
      se.set(a, p === void 0 || p === f.wv ? f.wv : -1);
    }
    c && !v && (_t(a), Dt(a));
  } else h !== null && (f = h.get(e));
  if (s !== null && Vn(s, e, f === void 0 ? e.wv : f.wv), f !== void 0 && f !== e) {
    if (f.e) throw f.v;
    return f.v;
  }
  if ((e.f & D) !== 0)
    throw e.v;
  return e.v;
}
function Vn(e, t, n) {
  var s = At(e), r = s.deps;
  s.dv !== null && (r === null || !ue.call(r, t)) && (s.deps = r === null ? [t] : [...r, t], s.dv.push(n));
}
function Dt(e) {
  if (e.f |= m, e.edges !== null)
    for (const t of e.edges)
      Mt(t, e), (t.f & _) !== 0 && (t.f & m) === 0 && (_t(
        /** @type {Derived} */
        t
      ), Dt(
        /** @type {Derived} */
        t
      ));
}
function Ft(e) {
  var t = e.wv > He ? void 0 : y?.reverted_values.get(e);
  if ((e.f & _) === 0) return t;
  var n = (
    /** @type {Derived} */
    e
  ), s = (y ?? Ee()).derived_cache, r = s.get(n);
  if (r !== void 0) return r;
  var l = t ?? h?.get(n), i = l === void 0 ? (n.f & P) !== 0 : l.assigned, u = l === void 0 && !i ? n.dv : null, f = n.deps ?? [], a = i || u !== null, c = u?.length ?? f.length;
  l ??= {
    v: n.v,
    wv: n.wv,
    e: (n.f & D) !== 0,
    assigned: (n.f & P) !== 0
  };
  for (var v = 0; a && v < c; v++) {
    var p = It(f[v]);
    a = u === null ? p <= l.wv : p === u[v];
  }
  return a ? r = l : (Le(n), r = St, l.wv < r.wv && !l.e && !r.e && n.equals.call(l, r.v) && (r.wv = l.wv)), s.set(n, r), r;
}
function It(e) {
  return (Ft(e) ?? h?.get(e) ?? e).wv;
}
function Kn(e) {
  var t = I;
  try {
    return I = !0, e();
  } finally {
    I = t;
  }
}
function Br(e) {
  if (!(typeof e != "object" || !e || e instanceof EventTarget)) {
    if (Xe in e)
      Fe(e);
    else if (!Array.isArray(e))
      for (let t in e) {
        const n = e[t];
        typeof n == "object" && n && Xe in n && Fe(n);
      }
  }
}
function Fe(e, t = /* @__PURE__ */ new Set()) {
  if (typeof e == "object" && e !== null && // We don't want to traverse DOM elements
  !(e instanceof EventTarget) && !t.has(e)) {
    t.add(e), e instanceof Date && e.getTime();
    for (let s in e)
      try {
        Fe(e[s], t);
      } catch {
      }
    const n = zt(e);
    if (n !== Object.prototype && n !== Array.prototype && n !== Map.prototype && n !== Set.prototype && n !== Date.prototype) {
      const s = jt(n);
      for (let r in s) {
        const l = s[r].get;
        if (l)
          try {
            l.call(e);
          } catch {
          }
      }
    }
  }
}
export {
  I as $,
  Rn as A,
  Gt as B,
  wr as C,
  R as D,
  ye as E,
  _r as F,
  dn as G,
  Zt as H,
  dr as I,
  Ar as J,
  br as K,
  D as L,
  _ as M,
  P as N,
  Le as O,
  qe as P,
  T as Q,
  j as R,
  U as S,
  tn as T,
  h as U,
  zr as V,
  be as W,
  q as X,
  Hr as Y,
  X as Z,
  En as _,
  Jn as a,
  Je as a0,
  H as a1,
  ne as a2,
  V as a3,
  or as a4,
  Xe as a5,
  $t as a6,
  Qn as a7,
  Xn as a8,
  ar as a9,
  Wt as aA,
  lr as aB,
  Sr as aC,
  Cr as aD,
  jt as aE,
  Dr as aF,
  Mr as aG,
  Yt as aH,
  Kn as aI,
  Zn as aJ,
  Br as aK,
  ct as aL,
  fr as aM,
  rr as aN,
  Pe as aO,
  nr as aP,
  sr as aQ,
  gn as aR,
  er as aS,
  pr as aT,
  cr as aU,
  Ir as aV,
  gr as aW,
  Gn as aa,
  Ae as ab,
  $e as ac,
  ur as ad,
  zt as ae,
  Wn as af,
  ge as ag,
  Yr as ah,
  mr as ai,
  Or as aj,
  Cn as ak,
  hn as al,
  Lr as am,
  $n as an,
  xr as ao,
  tr as ap,
  On as aq,
  Qe as ar,
  Q as as,
  yr as at,
  S as au,
  Jt as av,
  on as aw,
  Rr as ax,
  Nr as ay,
  kr as az,
  it as b,
  d as c,
  Lt as d,
  E as e,
  Pr as f,
  qr as g,
  Oe as h,
  an as i,
  fe as j,
  Er as k,
  Ze as l,
  jr as m,
  Pn as n,
  Tr as o,
  hr as p,
  cn as q,
  L as r,
  lt as s,
  je as t,
  b as u,
  xe as v,
  ir as w,
  vr as x,
  O as y,
  Fr as z
};
