import { L as _e, j as de, M as D, u as H, N as ve, O as he, P as re, e as y, Q as ge, R as me, S as be, T as Ee, U as we, V as Te, W as ye, X as B, Y as Se, Z as se, _ as Re, c as R, $ as pe, a0 as x, a1 as Ae, a2 as Ce, a3 as U, a4 as Oe, a5 as O, a6 as Ne, a7 as Pe, a8 as Me, a9 as Ie, aa as g, ab as h, ac as N, ad as Le, ae as ne, af as De, ag as M, s as k, ah as Y, ai as Fe, aj as He, o as ie, ak as Be, al as xe, am as j, an as Ue, ao as ke, aq as Ye, ar as q, k as V, m as je, A as G, C as K, as as W, n as qe, at as Ve, g as Q, au as Ge, f as Ke, E as We, av as Z, aw as Qe, ax as fe, ay as Ze, az as ze, aA as Je, aB as Xe, aC as ue, aD as $e, aE as et, y as tt, aF as at, aG as z, aH as J, aI as le, aJ as rt, aK as ce, aL as st, aM as nt, aN as it, D as ft, aO as ut, aP as lt, aQ as ct, aR as ot, aS as _t, aT as dt, aU as vt, aV as X, I as ht, F as gt, aW as mt } from "./runtime-J__SldBd.js";
function bt(e, a) {
  var t = {
    f: 0,
    v: e,
    reactions: null,
    equals: Ee,
    rv: 0,
    wv: 0
  };
  return t;
}
// @__NO_SIDE_EFFECTS__
function E(e, a) {
  const t = bt(e);
  return Te(t), t;
}
function P(e) {
  R !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!pe || (R.f & x) !== 0) && re() && (R.f & (D | Ae | Ce | x)) !== 0 && (U === null || !U.has(e)) && Oe();
}
function Et(e, a, t = !1) {
  return P(e), w(e, a, t);
}
function w(e, a, t = !1) {
  let r = t ? T(a) : a;
  return wt(e, r, ye);
}
function wt(e, a, t = null) {
  var r = e.equals(a) && (e.f & _e) === 0, n = we?.get(e);
  if (!r || n !== void 0 && (n.e || !e.equals.call(n, a))) {
    var u = de.ensure();
    (e.f & (D | H | ve)) === (D | H) && he(
      /** @type {Derived} */
      e
    ), u.capture(e, a, r, !1, t), re() && y !== null && (y.f & ge) !== 0 && (y.f & (me | be)) === 0 && (B === null ? Se([e]) : B.push(e));
  } else se && Re(e);
  return a;
}
function I(e) {
  w(e, e.v + 1);
}
function T(e) {
  if (typeof e != "object" || e === null || O in e || Ne in e)
    return e;
  const a = ne(e);
  if (a !== Pe && a !== Me)
    return e;
  var t = /* @__PURE__ */ new Map(), r = De(e), n = /* @__PURE__ */ E(0), u = M, l = (i) => {
    if (M === u)
      return i();
    var f = R, s = M;
    k(null), Y(u);
    var c = i();
    return k(f), Y(s), c;
  };
  return r && t.set("length", /* @__PURE__ */ E(
    /** @type {any[]} */
    e.length
  )), new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(i, f, s) {
        (!("value" in s) || s.configurable === !1 || s.enumerable === !1 || s.writable === !1) && Le(), P(n);
        var c = t.get(f);
        return c === void 0 ? l(() => {
          var o = /* @__PURE__ */ E(s.value);
          return t.set(f, o), o;
        }) : w(c, s.value, !0), !0;
      },
      deleteProperty(i, f) {
        P(n);
        var s = t.get(f);
        if (s === void 0) {
          if (f in i) {
            const c = l(() => /* @__PURE__ */ E(h));
            t.set(f, c), I(n);
          }
        } else
          w(s, h), I(n);
        return !0;
      },
      get(i, f, s) {
        if (f === O)
          return e;
        var c = t.get(f), o = f in i;
        if (c === void 0 && (!o || N(i, f)?.writable) && (c = l(() => {
          var d = T(o ? i[f] : h), m = /* @__PURE__ */ E(d);
          return m;
        }), t.set(f, c)), c !== void 0) {
          var v = g(c);
          return v === h ? void 0 : v;
        }
        return Reflect.get(i, f, s);
      },
      getOwnPropertyDescriptor(i, f) {
        this.has?.(i, f);
        var s = Reflect.getOwnPropertyDescriptor(i, f), c = t.get(f);
        if (c !== void 0) {
          var o = g(c);
          if (o === h)
            return;
          if (s && "value" in s)
            s.value = o;
          else
            return {
              enumerable: !0,
              configurable: !0,
              value: o,
              writable: !0
            };
        }
        return s;
      },
      has(i, f) {
        if (f === O)
          return !0;
        var s = t.get(f), c = s !== void 0 && s.v !== h || Reflect.has(i, f);
        if (s !== void 0 || (y !== null || R !== null) && (!c || N(i, f)?.writable)) {
          s === void 0 && (s = l(() => {
            var v = c ? T(i[f]) : h, d = /* @__PURE__ */ E(v);
            return d;
          }), t.set(f, s));
          var o = g(s);
          if (o === h)
            return !1;
        }
        return c;
      },
      set(i, f, s, c) {
        P(n);
        var o = t.get(f), v = f in i;
        if (r && f === "length")
          for (var d = s; d < /** @type {Source<number>} */
          o.v; d += 1) {
            var m = t.get(d + "");
            m !== void 0 ? w(m, h) : d in i && (m = l(() => /* @__PURE__ */ E(h)), t.set(d + "", m));
          }
        if (o === void 0)
          (!v || N(i, f)?.writable) && (o = l(() => /* @__PURE__ */ E(void 0)), w(o, T(s)), t.set(f, o));
        else {
          v = o.v !== h;
          var S = l(() => T(s));
          w(o, S);
        }
        var b = Reflect.getOwnPropertyDescriptor(i, f);
        if (b?.set && b.set.call(c, s), !v) {
          if (r && typeof f == "string") {
            var p = (
              /** @type {Source<number>} */
              t.get("length")
            ), _ = Number(f);
            Number.isInteger(_) && _ >= p.v && w(p, _ + 1);
          }
          I(n);
        }
        return !0;
      },
      ownKeys(i) {
        g(n);
        var f = Reflect.ownKeys(i).filter((o) => {
          var v = t.get(o);
          return v === void 0 || v.v !== h;
        });
        for (var [s, c] of t)
          c.v !== h && !(s in i) && f.push(s);
        return f;
      },
      setPrototypeOf() {
        Ie();
      }
    }
  );
}
const Tt = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (e) => e
  })
);
function yt(e) {
  return (
    /** @type {string} */
    Tt?.createHTML(e) ?? e
  );
}
function St(e) {
  var a = Fe("template");
  return He(a, yt(e.replaceAll("<!>", "<!---->"))), a.content;
}
function Rt(e, a) {
  var t = (
    /** @type {Effect} */
    y
  );
  t.nodes === null && (t.nodes = { start: e, end: a, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function oe(e, a) {
  var t, r = !e.startsWith("<!>");
  return () => {
    t === void 0 && (t = St(r ? e : "<!>" + e), t = /** @type {TemplateNode} */
    Be(t));
    var n = (
      /** @type {TemplateNode} */
      document.importNode(t, !0)
    );
    return Rt(n, n), n;
  };
}
function $(e, a) {
  e !== null && ie(
    e,
    /** @type {Node} */
    a
  );
}
class pt {
  /** @type {TemplateNode} */
  anchor;
  /** @type {Map<Batch, Key>} */
  #t = /* @__PURE__ */ new Map();
  /**
   * Map of keys to effects that are currently rendered in the DOM.
   * These effects are visible and actively part of the document tree.
   * Example:
   * ```
   * {#if condition}
   * 	foo
   * {:else}
   * 	bar
   * {/if}
   * ```
   * Can result in the entries `true->Effect` and `false->Effect`
   * @type {Map<Key, Effect>}
   */
  #a = /* @__PURE__ */ new Map();
  /**
   * Similar to #onscreen with respect to the keys, but contains branches that are not yet
   * in the DOM, because their insertion is deferred.
   * @type {Map<Key, Branch>}
   */
  #e = /* @__PURE__ */ new Map();
  /**
   * Keys of effects that are currently outroing
   * @type {Set<Key>}
   */
  #r = /* @__PURE__ */ new Set();
  /**
   * Whether to pause (i.e. outro) on change, or destroy immediately.
   * This is necessary for `<svelte:element>`
   */
  #s = !0;
  /**
   * The renderer that was active when this BranchManager was created.
   * Needed so that #commit can push the correct renderer when doing DOM operations
   * outside of an effect context (e.g. as a batch commit callback).
   * @type {Renderer | null}
   */
  #f = null;
  /**
   * @param {TemplateNode} anchor
   * @param {boolean} transition
   */
  constructor(a, t = !0) {
    this.anchor = a, this.#s = t, this.#f = xe;
  }
  /**
   * @param {Batch} batch
   */
  #n = (a) => {
    if (this.#t.has(a)) {
      var t = (
        /** @type {Key} */
        this.#t.get(a)
      ), r = this.#a.get(t);
      if (r)
        j(r), this.#r.delete(t);
      else {
        var n = this.#e.get(t);
        n && (j(n.effect), this.#a.set(t, n.effect), this.#e.delete(t), Ye(
          /** @type {ChildNode} */
          ke(n.fragment)
        ), ie(this.anchor, n.fragment), r = n.effect, r.f &= ~q);
      }
      this.#i(a);
      for (const [u, l] of this.#a) {
        if (u === t || this.#r.has(u)) continue;
        const i = () => {
          if (Array.from(this.#t.values()).includes(u)) {
            var s = V();
            je(l, s), G(s, K()), this.#e.set(u, { effect: l, fragment: s });
          } else
            W(l);
          this.#r.delete(u), this.#a.delete(u);
        };
        this.#s || !r ? (this.#r.add(u), qe(l, i, !1)) : i();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #i = (a) => {
    for (const r of this.#t.keys())
      (r === a || !r.linked) && this.#t.delete(r);
    const t = Array.from(this.#t.values());
    for (const [r, n] of this.#e)
      t.includes(r) || (W(n.effect), this.#e.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(a, t) {
    var r = (
      /** @type {Batch} */
      Ge
    ), n = Ve();
    if (t && !this.#a.has(a) && !this.#e.has(a))
      if (n) {
        var u = V(), l = K();
        G(u, l);
        var i = Q(() => t(l));
        i.f |= q, r.unskip_new_effect(i), this.#e.set(a, { effect: i, fragment: u });
      } else
        this.#a.set(
          a,
          Q(() => t(this.anchor))
        );
    if (this.#t.set(r, a), n) {
      for (const [f, s] of this.#a)
        f === a ? r.unskip_effect(s) : r.skip_effect(s);
      for (const [f, s] of this.#e)
        f === a ? r.unskip_effect(s.effect) : r.skip_effect(s.effect);
      r.oncommit(this.#n), r.ondiscard(this.#i);
    } else
      this.#n(r);
  }
}
function At(e, a, t = !1) {
  var r = new pt(e), n = t ? We : 0;
  function u(l, i) {
    r.ensure(l, i);
  }
  Ke(() => {
    var l = !1;
    a((i, f = 0) => {
      l = !0, u(f, i);
    }), l || u(-1, null);
  }, n);
}
const ee = [...` 	
\r\f \v\uFEFF`];
function Ct(e, a, t) {
  var r = "" + e;
  if (t) {
    for (var n of Object.keys(t))
      if (t[n])
        r = r ? r + " " + n : n;
      else if (r.length)
        for (var u = n.length, l = 0; (l = r.indexOf(n, l)) >= 0; ) {
          var i = l + u;
          (l === 0 || ee.includes(r[l - 1])) && (i === r.length || ee.includes(r[i])) ? r = (l === 0 ? "" : r.substring(0, l)) + r.substring(i + 1) : l = i;
        }
  }
  return r === "" ? null : r;
}
function Ot(e, a, t, r, n, u) {
  var l = (
    /** @type {any} */
    e[Z]
  );
  if (l !== t || l === void 0 || // for edge case of `class={undefined}`
  // custom renderers only deal in attributes, so rather than toggling individual classes
  // (which would mean editing the `class` attribute), always set the whole thing
  Qe) {
    var i = Ct(t, r, u);
    i == null ? fe(e, "class") : e.className = i, e[Z] = t;
  } else if (u && n !== u)
    for (var f in u) {
      var s = !!u[f];
      (n == null || s !== !!n[f]) && Ze(
        /** @type {HTMLElement} */
        e,
        f,
        s
      );
    }
  return u;
}
const Nt = /* @__PURE__ */ Symbol("is custom element"), Pt = /* @__PURE__ */ Symbol("is html");
function Mt(e, a, t, r) {
  var n = It(e), u = n[a];
  u !== (n[a] = t) && (t == null ? fe(e, a) : typeof t != "string" && Lt(e).has(a) ? e[a] = t : ze(e, a, t));
}
function It(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    e[Je] ??= {
      [Nt]: ue(e).includes("-"),
      [Pt]: e.namespaceURI === Xe
    }
  );
}
var te = /* @__PURE__ */ new Map();
function Lt(e) {
  var a = $e(e, "is"), t = a || ue(e), r = te.get(t);
  if (r) return r;
  r = /* @__PURE__ */ new Set(), (!customElements || !(a || t.includes("-")) || customElements.get(a || t.toLowerCase())) && te.set(t, r);
  for (var n, u = e, l = Element.prototype; l !== u; ) {
    n = et(u);
    for (var i in n)
      n[i].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      i !== "innerHTML" && i !== "textContent" && i !== "innerText" && r.add(i);
    u = ne(u);
  }
  return r;
}
function Dt(e = !1) {
  const a = (
    /** @type {ComponentContextLegacy} */
    tt
  ), t = a.l.u;
  if (!t) return;
  let r = () => ce(a.s);
  if (e) {
    let n = 0, u = (
      /** @type {Record<string, any>} */
      {}
    );
    const l = st(() => {
      let i = !1;
      const f = a.s;
      for (const s in f)
        f[s] !== u[s] && (u[s] = f[s], i = !0);
      return i && n++, n;
    });
    r = () => g(l);
  }
  t.b.length && at(() => {
    ae(a, r), J(t.b);
  }), z(() => {
    const n = le(() => t.m.map(rt));
    return () => {
      for (const u of n)
        typeof u == "function" && u();
    };
  }), t.a.length && z(() => {
    ae(a, r), J(t.a);
  });
}
function ae(e, a) {
  if (e.l.s)
    for (const t of e.l.s) g(t);
  a();
}
let C = !1;
function Ft(e) {
  var a = C;
  try {
    return C = !1, [e(), C];
  } finally {
    C = a;
  }
}
function L(e, a, t, r) {
  var n = !ut || (t & lt) !== 0, u = (t & ct) !== 0, l = (
    /** @type {V} */
    r
  ), i = !0, f = () => (i && (i = !1, l = /** @type {V} */
  r), l);
  let s;
  {
    var c = O in e || _t in e;
    s = N(e, a)?.set ?? (c && a in e ? (_) => e[a] = _ : void 0);
  }
  var o, v = !1;
  [o, v] = Ft(() => (
    /** @type {V} */
    e[a]
  )), o === void 0 && r !== void 0 && (o = f(), s && (n && nt(), s(o)));
  var d;
  if (n ? d = () => {
    var _ = (
      /** @type {V} */
      e[a]
    );
    return _ === void 0 ? f() : (i = !0, _);
  } : d = () => {
    var _ = (
      /** @type {V} */
      e[a]
    );
    return _ !== void 0 && (l = /** @type {V} */
    void 0), _ === void 0 ? l : _;
  }, n && (t & it) === 0)
    return d;
  if (s) {
    var m = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(_, A) {
        return arguments.length > 0 ? ((!n || !A || m || v) && s(A ? d() : _), _) : d();
      })
    );
  }
  var S = !1, b = ot(() => (S = !1, d()));
  g(b);
  var p = (
    /** @type {Effect} */
    y
  );
  return (
    /** @type {() => V} */
    (function(_, A) {
      if (arguments.length > 0) {
        const F = A ? g(b) : n && u ? T(_) : _;
        return Et(b, F), S = !0, l !== void 0 && (l = F), _;
      }
      return se && S || (p.f & ft) !== 0 ? b.v : g(b);
    })
  );
}
dt();
vt();
var Ht = /* @__PURE__ */ oe('<img alt=""/>'), Bt = /* @__PURE__ */ oe("<div><!></div>");
function kt(e, a) {
  gt(a, !1);
  let t = L(a, "value", 8), r = L(a, "type", 8), n = L(a, "selected", 8, !1);
  Dt();
  var u = Bt();
  let l;
  var i = mt(u);
  {
    var f = (s) => {
      var c = Ht();
      X(() => Mt(c, "src", (ce(t()), le(() => t().url)))), $(s, c);
    };
    At(i, (s) => {
      t() && s(f);
    });
  }
  X(() => l = Ot(u, 1, "container svelte-1uec0xe", null, l, {
    table: r() === "table",
    gallery: r() === "gallery",
    selected: n(),
    border: t()
  })), $(e, u), ht();
}
export {
  kt as default
};
