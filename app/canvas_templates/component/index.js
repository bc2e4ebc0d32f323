import { i as nt, g as on, o as Ui, s as ns, l as ln, c as Te, e as is, E as as, B as ss, D as Xr, a as qn, A as os, b as ls, d as un, f as Le, C as us, h as fn, R as fs, j as hs, p as cs, k as Gi, n as Jn, q as ds, r as Fi, t as vs, v as At, w as gs, x as Kn, y as zi, z as bs, F as Qn, G as ms, H as J, I as s, S as Qe, J as _s, K as ps, L as xs, U as pe, M as qt, N as ys, O as Sr, P as $n, Q as ei, T as hn, V as ws, W as sr, X as er, Y as Es, Z as ft, _ as et, $ as tr, a0 as Xi, a1 as Ss, a2 as Cs, a3 as Hs, a4 as Ge, a5 as rr, a6 as Ts, a8 as As, a9 as He, aa as Wi, ab as tt, ac as cn, ad as Yi, ae as rt, af as lt, ag as or, ah as dn, ai as Bs, aj as Ee, ak as vn, al as Ps, am as Is, an as Os, ao as Wr, ap as Cr, aq as Ls, ar as Ms, as as Rs, at as Ns, au as Ds, av as lr, aw as ks, ax as Us, ay as ti, az as Ye, aA as gn, aB as Gs, aC as ji, aD as Xt, aE as Fs, aF as Vi, aG as ri, aH as Zi, aI as $e, aJ as zs, aK as bn, aL as ni, aM as Xs, aN as Ws, aO as Ys, aP as qi, aQ as js, aR as Vs, aS as Ji, aT as ut, aU as Zs, aV as qs, aW as ur, aX as Js, aY as Ks, aZ as Qs, a_ as $s, a$ as eo, b0 as to, b1 as Jt, b2 as fr, b3 as ro, b4 as no, b5 as ii, b6 as io, b7 as ao, b8 as so, b9 as oo, ba as lo, bb as uo, bc as Ki, bd as fo, be as ho, bf as co, bg as vo, bh as go, bi as ht, bj as Yr, bk as bo, bl as j, bm as jr, bn as mo, bo as _o, bp as Qi, bq as po, br as xo, bs as yo, bt as wo, bu as Eo, bv as ai, bw as So, bx as Co, by as Ho, bz as Se, bA as bt, bB as Re, bC as Ne, bD as De, bE as $, bF as le, bG as ye, bH as re, bI as hr, bJ as $i, bK as ue, bL as To, bM as Ct } from "./render-AhIP3n55.js";
let Ao = !1;
function mn(e) {
  throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
const Bo = [];
function Po(e, t = !1, r = !1) {
  return Kt(e, /* @__PURE__ */ new Map(), "", Bo, null, r);
}
function Kt(e, t, r, n, i = null, a = !1) {
  if (typeof e == "object" && e !== null) {
    var u = t.get(e);
    if (u !== void 0) return u;
    if (e instanceof Map) return (
      /** @type {Snapshot<T>} */
      new Map(e)
    );
    if (e instanceof Set) return (
      /** @type {Snapshot<T>} */
      new Set(e)
    );
    if (nt(e)) {
      var o = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, o), i !== null && t.set(i, o);
      for (var f = 0; f < e.length; f += 1) {
        var l = e[f];
        f in e && (o[f] = Kt(l, t, r, n, null, a));
      }
      return o;
    }
    if (on(e) === Ui) {
      o = {}, t.set(e, o), i !== null && t.set(i, o);
      for (var c of Object.keys(e))
        o[c] = Kt(
          // @ts-expect-error
          e[c],
          t,
          r,
          n,
          null,
          a
        );
      return o;
    }
    if (e instanceof Date)
      return e.getTime(), /** @type {Snapshot<T>} */
      structuredClone(e);
    if (typeof /** @type {T & { toJSON?: any } } */
    e.toJSON == "function" && !a)
      return Kt(
        /** @type {T & { toJSON(): any } } */
        e.toJSON(),
        t,
        r,
        n,
        // Associate the instance with the toJSON clone
        e
      );
  }
  if (e instanceof EventTarget)
    return (
      /** @type {Snapshot<T>} */
      e
    );
  try {
    return (
      /** @type {Snapshot<T>} */
      structuredClone(e)
    );
  } catch {
    return (
      /** @type {Snapshot<T>} */
      e
    );
  }
}
function Pt(e, t) {
  var r = {
    f: 0,
    v: e,
    reactions: null,
    equals: is,
    rv: 0,
    wv: 0
  };
  return r;
}
// @__NO_SIDE_EFFECTS__
function Ie(e, t) {
  const r = Pt(e);
  return cs(r), r;
}
// @__NO_SIDE_EFFECTS__
function k(e, t = !1, r = !0) {
  const n = Pt(e);
  return t || (n.equals = ns), ln && r && Te !== null && Te.l !== null && (Te.l.s ??= []).push(n), n;
}
function ae(e, t) {
  return E(
    e,
    J(() => s(e))
  ), t;
}
function Bt(e) {
  At !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!gs || (At.f & Kn) !== 0) && un() && (At.f & (Xr | zi | bs | Kn)) !== 0 && (Qn === null || !Qn.has(e)) && ms();
}
function E(e, t, r = !1) {
  return Bt(e), Fe(e, t, r);
}
function Fe(e, t, r = !1) {
  let n = r ? Xe(t) : t;
  return nr(e, n, Gi);
}
function Io(e, t) {
  return Bt(e), nr(e, t, Gi);
}
function nr(e, t, r = null) {
  var n = e.equals(t) && (e.f & as) === 0, i = hs?.get(e);
  if (!n || i !== void 0 && (i.e || !e.equals.call(i, t))) {
    var a = ss.ensure();
    (e.f & (Xr | qn | os)) === (Xr | qn) && ls(
      /** @type {Derived} */
      e
    ), a.capture(e, t, n, !1, r), un() && Le !== null && (Le.f & us) !== 0 && (Le.f & (fn | fs)) === 0 && (Jn === null ? ds([e]) : Jn.push(e));
  } else Fi && vs(e);
  return t;
}
function si(e, t = 1) {
  var r = s(e), n = t === 1 ? r++ : r--;
  return Io(e, r), n;
}
function Hr(e) {
  Fe(e, e.v + 1);
}
function Xe(e) {
  if (typeof e != "object" || e === null || Qe in e || _s in e)
    return e;
  const t = on(e);
  if (t !== Ui && t !== ps)
    return e;
  var r = /* @__PURE__ */ new Map(), n = nt(e), i = /* @__PURE__ */ Ie(0), a = Sr, u = (o) => {
    if (Sr === a)
      return o();
    var f = At, l = Sr;
    $n(null), ei(a);
    var c = o();
    return $n(f), ei(l), c;
  };
  return n && r.set("length", /* @__PURE__ */ Ie(
    /** @type {any[]} */
    e.length
  )), new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(o, f, l) {
        (!("value" in l) || l.configurable === !1 || l.enumerable === !1 || l.writable === !1) && ys(), Bt(i);
        var c = r.get(f);
        return c === void 0 ? u(() => {
          var h = /* @__PURE__ */ Ie(l.value);
          return r.set(f, h), h;
        }) : Fe(c, l.value, !0), !0;
      },
      deleteProperty(o, f) {
        Bt(i);
        var l = r.get(f);
        if (l === void 0) {
          if (f in o) {
            const c = u(() => /* @__PURE__ */ Ie(pe));
            r.set(f, c), Hr(i);
          }
        } else
          Fe(l, pe), Hr(i);
        return !0;
      },
      get(o, f, l) {
        if (f === Qe)
          return e;
        var c = r.get(f), h = f in o;
        if (c === void 0 && (!h || qt(o, f)?.writable) && (c = u(() => {
          var C = Xe(h ? o[f] : pe), g = /* @__PURE__ */ Ie(C);
          return g;
        }), r.set(f, c)), c !== void 0) {
          var d = s(c);
          return d === pe ? void 0 : d;
        }
        return Reflect.get(o, f, l);
      },
      getOwnPropertyDescriptor(o, f) {
        this.has?.(o, f);
        var l = Reflect.getOwnPropertyDescriptor(o, f), c = r.get(f);
        if (c !== void 0) {
          var h = s(c);
          if (h === pe)
            return;
          if (l && "value" in l)
            l.value = h;
          else
            return {
              enumerable: !0,
              configurable: !0,
              value: h,
              writable: !0
            };
        }
        return l;
      },
      has(o, f) {
        if (f === Qe)
          return !0;
        var l = r.get(f), c = l !== void 0 && l.v !== pe || Reflect.has(o, f);
        if (l !== void 0 || (Le !== null || At !== null) && (!c || qt(o, f)?.writable)) {
          l === void 0 && (l = u(() => {
            var d = c ? Xe(o[f]) : pe, C = /* @__PURE__ */ Ie(d);
            return C;
          }), r.set(f, l));
          var h = s(l);
          if (h === pe)
            return !1;
        }
        return c;
      },
      set(o, f, l, c) {
        Bt(i);
        var h = r.get(f), d = f in o;
        if (n && f === "length")
          for (var C = l; C < /** @type {Source<number>} */
          h.v; C += 1) {
            var g = r.get(C + "");
            g !== void 0 ? Fe(g, pe) : C in o && (g = u(() => /* @__PURE__ */ Ie(pe)), r.set(C + "", g));
          }
        if (h === void 0)
          (!d || qt(o, f)?.writable) && (h = u(() => /* @__PURE__ */ Ie(void 0)), Fe(h, Xe(l)), r.set(f, h));
        else {
          d = h.v !== pe;
          var w = u(() => Xe(l));
          Fe(h, w);
        }
        var O = Reflect.getOwnPropertyDescriptor(o, f);
        if (O?.set && O.set.call(c, l), !d) {
          if (n && typeof f == "string") {
            var p = (
              /** @type {Source<number>} */
              r.get("length")
            ), b = Number(f);
            Number.isInteger(b) && b >= p.v && Fe(p, b + 1);
          }
          Hr(i);
        }
        return !0;
      },
      ownKeys(o) {
        s(i);
        var f = Reflect.ownKeys(o).filter((h) => {
          var d = r.get(h);
          return d === void 0 || d.v !== pe;
        });
        for (var [l, c] of r)
          c.v !== pe && !(l in o) && f.push(l);
        return f;
      },
      setPrototypeOf() {
        xs();
      }
    }
  );
}
function oi(e) {
  try {
    if (e !== null && typeof e == "object" && Qe in e)
      return e[Qe];
  } catch {
  }
  return e;
}
function ea(e, t) {
  return Object.is(oi(e), oi(t));
}
const Oo = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (e) => e
  })
);
function Lo(e) {
  return (
    /** @type {string} */
    Oo?.createHTML(e) ?? e
  );
}
function ta(e) {
  var t = hn("template");
  return ws(t, Lo(e.replaceAll("<!>", "<!---->"))), t.content;
}
function ct(e, t) {
  var r = (
    /** @type {Effect} */
    Le
  );
  r.nodes === null && (r.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function se(e, t) {
  var r = (t & Ss) !== 0, n, i = !e.startsWith("<!>");
  return () => {
    n === void 0 && (n = ta(i ? e : "<!>" + e), r || (n = /** @type {TemplateNode} */
    tr(n)));
    var a = (
      /** @type {TemplateNode} */
      document.importNode(n, !0)
    );
    if (r) {
      var u = (
        /** @type {TemplateNode} */
        tr(a)
      ), o = (
        /** @type {TemplateNode} */
        Xi(a)
      );
      ct(u, o);
    } else
      ct(a, a);
    return a;
  };
}
// @__NO_SIDE_EFFECTS__
function Mo(e, t, r = "svg") {
  var n = !e.startsWith("<!>"), i = `<${r}>${n ? e : "<!>" + e}</${r}>`, a;
  return () => {
    if (!a) {
      var u = (
        /** @type {DocumentFragment} */
        ta(i)
      ), o = (
        /** @type {Element} */
        tr(u)
      );
      a = /** @type {Element} */
      tr(o);
    }
    var f = (
      /** @type {TemplateNode} */
      Cs(a, !0)
    );
    return ct(f, f), f;
  };
}
// @__NO_SIDE_EFFECTS__
function mt(e, t) {
  return /* @__PURE__ */ Mo(e, t, "svg");
}
function Ro(e = "") {
  {
    var t = Hs(e + "");
    return ct(t, t), t;
  }
}
function _n() {
  var e = er(), t = Es(""), r = ft();
  return et(e, t), et(e, r), ct(t, r), e;
}
function V(e, t) {
  e !== null && sr(
    e,
    /** @type {Node} */
    t
  );
}
class pn {
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
  #r = /* @__PURE__ */ new Map();
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
  #n = /* @__PURE__ */ new Set();
  /**
   * Whether to pause (i.e. outro) on change, or destroy immediately.
   * This is necessary for `<svelte:element>`
   */
  #i = !0;
  /**
   * The renderer that was active when this BranchManager was created.
   * Needed so that #commit can push the correct renderer when doing DOM operations
   * outside of an effect context (e.g. as a batch commit callback).
   * @type {Renderer | null}
   */
  #o = null;
  /**
   * @param {TemplateNode} anchor
   * @param {boolean} transition
   */
  constructor(t, r = !0) {
    this.anchor = t, this.#i = r, this.#o = Ge;
  }
  /**
   * @param {Batch} batch
   */
  #a = (t) => {
    if (this.#t.has(t)) {
      var r = (
        /** @type {Key} */
        this.#t.get(t)
      ), n = this.#r.get(r);
      if (n)
        rr(n), this.#n.delete(r);
      else {
        var i = this.#e.get(r);
        i && (rr(i.effect), this.#r.set(r, i.effect), this.#e.delete(r), As(
          /** @type {ChildNode} */
          Xi(i.fragment)
        ), sr(this.anchor, i.fragment), n = i.effect, n.f &= ~He);
      }
      this.#s(t);
      for (const [a, u] of this.#r) {
        if (a === r || this.#n.has(a)) continue;
        const o = () => {
          if (Array.from(this.#t.values()).includes(a)) {
            var l = er();
            Wi(u, l), et(l, ft()), this.#e.set(a, { effect: u, fragment: l });
          } else
            tt(u);
          this.#n.delete(a), this.#r.delete(a);
        };
        this.#i || !n ? (this.#n.add(a), cn(u, o, !1)) : o();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (t) => {
    for (const n of this.#t.keys())
      (n === t || !n.linked) && this.#t.delete(n);
    const r = Array.from(this.#t.values());
    for (const [n, i] of this.#e)
      r.includes(n) || (tt(i.effect), this.#e.delete(n));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, r) {
    var n = (
      /** @type {Batch} */
      lt
    ), i = Yi();
    if (r && !this.#r.has(t) && !this.#e.has(t))
      if (i) {
        var a = er(), u = ft();
        et(a, u);
        var o = rt(() => r(u));
        o.f |= He, n.unskip_new_effect(o), this.#e.set(t, { effect: o, fragment: a });
      } else
        this.#r.set(
          t,
          rt(() => r(this.anchor))
        );
    if (this.#t.set(n, t), i) {
      for (const [f, l] of this.#r)
        f === t ? n.unskip_effect(l) : n.skip_effect(l);
      for (const [f, l] of this.#e)
        f === t ? n.unskip_effect(l.effect) : n.skip_effect(l.effect);
      n.oncommit(this.#a), n.ondiscard(this.#s);
    } else
      this.#a(n);
  }
}
function xe(e, t, r = !1) {
  var n = new pn(e), i = r ? dn : 0;
  function a(u, o) {
    n.ensure(u, o);
  }
  or(() => {
    var u = !1;
    t((o, f = 0) => {
      u = !0, a(f, o);
    }), u || a(-1, null);
  }, i);
}
const No = /* @__PURE__ */ Symbol("NaN");
function Do(e, t, r) {
  var n = new pn(e), i = !un();
  or(() => {
    var a = t();
    a !== a && (a = /** @type {any} */
    No), i && a !== null && typeof a == "object" && (a = /** @type {V} */
    {}), n.ensure(a, r);
  });
}
function ra(e) {
  var t, r, n = "";
  if (typeof e == "string" || typeof e == "number") n += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var i = e.length;
    for (t = 0; t < i; t++) e[t] && (r = ra(e[t])) && (n && (n += " "), n += r);
  } else for (r in e) e[r] && (n && (n += " "), n += r);
  return n;
}
function ko() {
  for (var e, t, r = 0, n = "", i = arguments.length; r < i; r++) (e = arguments[r]) && (t = ra(e)) && (n && (n += " "), n += t);
  return n;
}
function Uo(e) {
  return typeof e == "object" ? ko(e) : e ?? "";
}
const li = [...` 	
\r\f \v\uFEFF`];
function Go(e, t, r) {
  var n = e == null ? "" : "" + e;
  if (t && (n = n ? n + " " + t : t), r) {
    for (var i of Object.keys(r))
      if (r[i])
        n = n ? n + " " + i : i;
      else if (n.length)
        for (var a = i.length, u = 0; (u = n.indexOf(i, u)) >= 0; ) {
          var o = u + a;
          (u === 0 || li.includes(n[u - 1])) && (o === n.length || li.includes(n[o])) ? n = (u === 0 ? "" : n.substring(0, u)) + n.substring(o + 1) : u = o;
        }
  }
  return n === "" ? null : n;
}
function ui(e, t = !1) {
  var r = t ? " !important;" : ";", n = "";
  for (var i of Object.keys(e)) {
    var a = e[i];
    a != null && a !== "" && (n += " " + i + ": " + a + r);
  }
  return n;
}
function Tr(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Fo(e, t) {
  if (t) {
    var r = "", n, i;
    if (Array.isArray(t) ? (n = t[0], i = t[1]) : n = t, e) {
      e = String(e).replaceAll(/\/\*.*?\*\//g, "").trim();
      var a = !1, u = 0, o = !1, f = [];
      n && f.push(...Object.keys(n).map(Tr)), i && f.push(...Object.keys(i).map(Tr));
      var l = 0, c = -1;
      const w = e.length;
      for (var h = 0; h < w; h++) {
        var d = e[h];
        if (o ? d === "/" && e[h - 1] === "*" && (o = !1) : a ? a === d && (a = !1) : d === "/" && e[h + 1] === "*" ? o = !0 : d === '"' || d === "'" ? a = d : d === "(" ? u++ : d === ")" && u--, !o && a === !1 && u === 0) {
          if (d === ":" && c === -1)
            c = h;
          else if (d === ";" || h === w - 1) {
            if (c !== -1) {
              var C = Tr(e.substring(l, c).trim());
              if (!f.includes(C)) {
                d !== ";" && h++;
                var g = e.substring(l, h).trim();
                r += " " + g + ";";
              }
            }
            l = h + 1, c = -1;
          }
        }
      }
    }
    return n && (r += ui(n)), i && (r += ui(i, !0)), r = r.trim(), r === "" ? null : r;
  }
  return e == null ? null : String(e);
}
function zo(e, t) {
  return t;
}
function Xo(e, t, r) {
  for (var n = [], i = t.length, a, u = 0; u < i; u++) {
    let c = t[u];
    cn(
      c,
      () => {
        if (a) {
          if (a.pending.delete(c), a.done.add(c), a.pending.size === 0) {
            var h = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            Vr(e, vn(a.done)), h.delete(a), h.size === 0 && (e.outrogroups = null);
          }
        } else
          n.push(c);
      },
      !1
    );
  }
  if (n.length === i) {
    var o = r !== null && e.pending.size === 0;
    if (o) {
      var f = (
        /** @type {Element} */
        r
      ), l = (
        /** @type {Element} */
        Ls(f)
      );
      Ms(l), et(l, f), e.items.clear();
    }
    Vr(e, t, !o);
  } else {
    a = {
      pending: new Set(t),
      done: new Set(n)
    };
    for (const c of n)
      a.pending.delete(c);
    (e.outrogroups ??= /* @__PURE__ */ new Set()).add(a);
  }
}
function na(e) {
  var t = /* @__PURE__ */ new Set();
  for (const r of e.pending.values())
    for (const n of r)
      t.add(
        /** @type {EachItem} */
        e.items.get(n).e
      );
  return t;
}
function Vr(e, t, r = !0) {
  for (var n = e.pending.size > 0 ? na(e) : void 0, i = 0; i < t.length; i++) {
    var a = t[i];
    if (n?.has(a)) {
      a.f |= He;
      const u = er();
      Wi(a, u), a !== e.effect.last && (Oe(e, a.prev, a.next), Oe(e, e.effect.last, a), Oe(e, a, null));
    } else
      tt(t[i], r);
  }
}
function Wo(e, t) {
  if (e.outrogroups !== null) {
    for (const r of e.outrogroups)
      if (r.pending.has(t) || r.done.has(t)) return !0;
  }
  return !1;
}
var fi = /* @__PURE__ */ new WeakMap(), hi = {};
function ci() {
  var e = fi.get(hi);
  if (e) return e;
  var t = ft();
  return fi.set(hi, t), t;
}
function Yo(e, t, r, n, i, a = null) {
  var u = e, o = /* @__PURE__ */ new Map();
  {
    var f = (
      /** @type {Element} */
      e
    );
    u = /** @type {Text} */
    et(f, ft());
  }
  var l = null, c = Ee(() => {
    var b = r();
    return (
      /** @type {V[]} */
      nt(b) ? b : b == null ? [] : vn(b)
    );
  }), h = /* @__PURE__ */ new Map(), d = !0;
  function C(b) {
    if ((p.effect.f & Wr) === 0) {
      p.pending.delete(b);
      var y = s(c);
      p.fallback = l, jo(p, y, u, t, n), l !== null && (y.length === 0 ? (l.f & He) === 0 ? rr(l) : (l.f ^= He, Ht(l, null, u)) : cn(l, () => {
        l = null;
      })), w();
    }
  }
  function g(b) {
    p.pending.delete(b), (p.effect.f & Wr) === 0 && w();
  }
  function w() {
    for (var b, y = p.effect.last; y !== null; ) {
      var B = y.prev;
      if ((y.f & fn) !== 0 && y !== l) {
        if ((y.f & He) === 0) break;
        b ??= na(p), !b.has(y) && !Wo(p, y) && tt(y);
      }
      y = B;
    }
  }
  var O = or(() => {
    for (var b = (
      /** @type {V[]} */
      s(c)
    ), y = b.length, B = /* @__PURE__ */ new Set(), x = (
      /** @type {Batch} */
      lt
    ), m = Yi(), H = 0; H < y; H += 1) {
      var I = b[H], P = n(I, H), N = d ? null : o.get(P);
      N ? (N.v && nr(N.v, I), N.i && nr(N.i, H), m && x.unskip_effect(N.e)) : (N = Vo(
        o,
        d ? u : ci(),
        I,
        P,
        H,
        i,
        t,
        r
      ), d || (N.e.f |= He, m && x.unskip_new_effect(N.e)), o.set(P, N)), B.add(P);
    }
    if (y === 0 && a && !l && (d ? l = rt(() => a(u)) : (l = rt(() => a(ci())), l.f |= He, m && x.unskip_new_effect(l))), m && l !== null && (y === 0 ? x.unskip_effect(l) : x.skip_effect(l)), y > B.size && Bs(), !d)
      if (h.set(x, B), m) {
        for (const [L, R] of o)
          B.has(L) || x.skip_effect(R.e);
        x.oncommit(C), x.ondiscard(g);
      } else
        C(x);
    s(c);
  }), p = { effect: O, flags: t, items: o, pending: h, outrogroups: null, fallback: l };
  d = !1;
}
function Et(e) {
  for (; e !== null && (e.f & fn) === 0; )
    e = e.next;
  return e;
}
function jo(e, t, r, n, i) {
  var a = t.length, u = e.items, o = Et(e.effect.first), f, l = null, c = [], h = [], d, C, g, w;
  for (w = 0; w < a; w += 1) {
    if (d = t[w], C = i(d, w), g = /** @type {EachItem} */
    u.get(C).e, e.outrogroups !== null)
      for (const I of e.outrogroups)
        I.pending.delete(g), I.done.delete(g);
    if ((g.f & Cr) !== 0 && rr(g), (g.f & He) !== 0)
      if (g.f ^= He, g === o)
        Ht(g, null, r);
      else {
        var O = l ? l.next : o;
        g === e.effect.last && (e.effect.last = g.prev), g.prev && (g.prev.next = g.next), g.next && (g.next.prev = g.prev), Oe(e, l, g), Oe(e, g, O), Ht(g, O, r), l = g, c = [], h = [], o = Et(l.next);
        continue;
      }
    if (g !== o) {
      if (f !== void 0 && f.has(g)) {
        if (c.length < h.length) {
          var p = h[0], b;
          l = p.prev;
          var y = c[0], B = c[c.length - 1];
          for (b = 0; b < c.length; b += 1)
            Ht(c[b], p, r);
          for (b = 0; b < h.length; b += 1)
            f.delete(h[b]);
          Oe(e, y.prev, B.next), Oe(e, l, y), Oe(e, B, p), o = p, l = B, w -= 1, c = [], h = [];
        } else
          f.delete(g), Ht(g, o, r), Oe(e, g.prev, g.next), Oe(e, g, l === null ? e.effect.first : l.next), Oe(e, l, g), l = g;
        continue;
      }
      for (c = [], h = []; o !== null && o !== g; )
        (f ??= /* @__PURE__ */ new Set()).add(o), h.push(o), o = Et(o.next);
      if (o === null)
        continue;
    }
    (g.f & He) === 0 && c.push(g), l = g, o = Et(g.next);
  }
  if (e.outrogroups !== null) {
    for (const I of e.outrogroups)
      I.pending.size === 0 && (Vr(e, vn(I.done)), e.outrogroups?.delete(I));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (o !== null || f !== void 0) {
    var x = [];
    if (f !== void 0)
      for (g of f)
        (g.f & Cr) === 0 && x.push(g);
    for (; o !== null; )
      (o.f & Cr) === 0 && o !== e.fallback && x.push(o), o = Et(o.next);
    var m = x.length;
    if (m > 0) {
      var H = a === 0 ? r : null;
      Xo(e, x, H);
    }
  }
}
function Vo(e, t, r, n, i, a, u, o) {
  var f = (u & Is) !== 0 ? (u & Os) === 0 ? /* @__PURE__ */ k(r, !1, !1) : Pt(r) : null, l = (u & Ps) !== 0 ? Pt(i) : null;
  return {
    v: f,
    i: l,
    e: rt(() => (a(t, f ?? r, l ?? i, o), () => {
      e.delete(n);
    }))
  };
}
function Ht(e, t, r) {
  if (e.nodes)
    for (var n = e.nodes.start, i = e.nodes.end, a = t && (t.f & He) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : r; n !== null; ) {
      var u = (
        /** @type {TemplateNode} */
        Rs(n)
      );
      if (sr(a, n), n === i)
        return;
      n = u;
    }
}
function Oe(e, t, r) {
  t === null ? e.effect.first = r : t.next = r, r === null ? e.effect.last = t : r.prev = t;
}
function Ot(e, t, r, n, i, a) {
  if (t.$$host?.$$shadowRoot) {
    const f = hn("slot");
    V(e, f);
    return;
  }
  var u = t.$$slots?.[r], o = !1;
  u === !0 && (u = t.children, o = !0), u === void 0 || u(e, o ? () => n : n);
}
const Zo = () => performance.now(), ke = {
  // don't access requestAnimationFrame eagerly outside method
  // this allows basic testing of user code without JSDOM
  // bunder will eval and remove ternary when the user's app is built
  tick: (
    /** @param {any} _ */
    (e) => requestAnimationFrame(e)
  ),
  now: () => Zo(),
  tasks: /* @__PURE__ */ new Set()
};
function ia() {
  const e = ke.now();
  ke.tasks.forEach((t) => {
    t.c(e) || (ke.tasks.delete(t), t.f());
  }), ke.tasks.size !== 0 && ke.tick(ia);
}
function qo(e) {
  let t;
  return ke.tasks.size === 0 && ke.tick(ia), {
    promise: new Promise((r) => {
      ke.tasks.add(t = { c: e, f: r });
    }),
    abort() {
      ke.tasks.delete(t);
    }
  };
}
function Wt(e, t) {
  gn(() => {
    e.dispatchEvent(new CustomEvent(t));
  });
}
function Jo(e) {
  if (e === "float") return "cssFloat";
  if (e === "offset") return "cssOffset";
  if (e.startsWith("--")) return e;
  const t = e.split("-");
  return t.length === 1 ? t[0] : t[0] + t.slice(1).map(
    /** @param {any} word */
    (r) => r[0].toUpperCase() + r.slice(1)
  ).join("");
}
function Ar(e) {
  const t = {}, r = e.split(";");
  for (const n of r) {
    const [i, a] = n.split(":");
    if (!i || a === void 0) break;
    const u = Jo(i.trim());
    t[u] = a.trim();
  }
  return t;
}
const Ko = (e) => e;
function Qo(e, t, r, n) {
  var i = (e & ks) !== 0, a = "both", u, o = t.inert, f = t.style.overflow, l, c;
  function h() {
    return gn(() => u ??= r()(t, n?.() ?? /** @type {P} */
    {}, {
      direction: a
    }));
  }
  var d = {
    is_global: i,
    in() {
      t.inert = o, l = Zr(
        t,
        h(),
        c,
        1,
        () => {
          Wt(t, "introstart");
        },
        () => {
          Wt(t, "introend"), l?.abort(), l = u = void 0, t.style.overflow = f;
        }
      );
    },
    out(O) {
      t.inert = !0, c = Zr(
        t,
        h(),
        l,
        0,
        () => {
          Wt(t, "outrostart");
        },
        () => {
          Wt(t, "outroend"), O?.();
        }
      );
    },
    stop: () => {
      l?.abort(), c?.abort();
    }
  }, C = (
    /** @type {Effect & { nodes: EffectNodes }} */
    Le
  );
  if ((C.nodes.t ??= []).push(d), Ns) {
    var g = i;
    if (!g) {
      for (var w = (
        /** @type {Effect | null} */
        C.parent
      ); w && (w.f & dn) !== 0; )
        for (; (w = w.parent) && (w.f & zi) === 0; )
          ;
      g = !w || (w.f & Ds) !== 0;
    }
    g && lr(() => {
      J(() => d.in());
    });
  }
}
function Zr(e, t, r, n, i, a) {
  var u = n === 1, o = !1;
  if (Us(t)) {
    var f;
    return ti(() => {
      if (!o) {
        var b = t({ direction: u ? "in" : "out" });
        f = Zr(e, b, r, n, i, a);
      }
    }), {
      abort: () => {
        o = !0, f?.abort();
      },
      deactivate: () => f?.deactivate(),
      reset: () => f?.reset(),
      t: () => f?.t() ?? 1 - n
    };
  }
  r?.deactivate();
  const { delay: l = 0, duration: c = 0, css: h, tick: d, easing: C = Ko } = t ?? {};
  var g, w = () => 1 - n;
  function O() {
    w = () => n, d?.(n, 1 - n), a();
  }
  function p() {
    i();
    var b = r?.t() ?? 1 - n;
    r?.abort();
    var y = n - b, B = c * Math.abs(y);
    if (!B) {
      if (h && !u) {
        var x = Ar(h(n, 1 - n));
        g = e.animate([x], { duration: 0, fill: "forwards" });
      }
      O();
      return;
    }
    var m = [], H = !1;
    if (h)
      for (var I = Math.ceil(B / 16.666666666666668), P = 0; P <= I; P += 1) {
        var N = b + y * C(P / I), L = Ar(h(N, 1 - N));
        m.push(L), H ||= L.overflow === "hidden";
      }
    H && (e.style.overflow = "hidden"), w = () => {
      var R = (
        /** @type {number} */
        /** @type {globalThis.Animation} */
        g.currentTime
      );
      return b + y * C(R / B);
    }, d && qo(() => {
      if (g.playState !== "running") return !1;
      var R = w();
      return d(R, 1 - R), !0;
    }), g = e.animate(m, { duration: B, fill: "forwards" }), g.onfinish = O;
  }
  return !c && !l ? p() : ti(() => {
    if (!o) {
      var b = [];
      if (u && r === void 0 && (d && d(0, 1), h)) {
        var y = Ar(h(0, 1));
        b.push(y, y);
      }
      g = e.animate(b, { duration: l, fill: "forwards" }), g.onfinish = () => {
        g.cancel(), p();
      };
    }
  }), {
    abort: () => {
      o = !0, g && (g.cancel(), g.effect = null, g.onfinish = Ye);
    },
    deactivate: () => {
      a = Ye;
    },
    reset: () => {
      n === 0 && d?.(1, 0);
    },
    t: () => w()
  };
}
function $o(e, t, r, n, i, a) {
  var u = null, o = (
    /** @type {TemplateNode} */
    e
  ), f = new pn(o, !1);
  or(() => {
    const l = t() || null;
    var c = l === "svg" ? Fs : void 0;
    if (l === null) {
      f.ensure(null, null), Xt(!0);
      return;
    }
    return f.ensure(l, (h) => {
      if (l) {
        var d = Ao;
        if (u = hn(l, c), ct(u, u), n) {
          var C = null, g = (
            /** @type {Text} */
            et(u, ft())
          );
          n(u, g), C && Gs(u, C);
        }
        Le.nodes.end = u, d || sr(h, u);
      }
    }), Xt(!0), () => {
      l && Xt(!1);
    };
  }, dn), ji(() => {
    Xt(!0);
  });
}
function el(e, t) {
  var r = void 0, n;
  Vi(() => {
    r !== (r = t()) && (n && (tt(n), n = null), r && (n = rt(() => {
      lr(() => (
        /** @type {(node: Element) => void} */
        r(e)
      ));
    })));
  });
}
function Me(e, t, r, n, i, a) {
  var u = (
    /** @type {any} */
    e[ri]
  );
  if (u !== r || u === void 0 || // for edge case of `class={undefined}`
  // custom renderers only deal in attributes, so rather than toggling individual classes
  // (which would mean editing the `class` attribute), always set the whole thing
  Zi) {
    var o = Go(r, n, a);
    o == null ? $e(e, "class") : t ? e.className = o : bn(e, "class", o), e[ri] = r;
  } else if (a && i !== a)
    for (var f in a) {
      var l = !!a[f];
      (i == null || l !== !!i[f]) && zs(
        /** @type {HTMLElement} */
        e,
        f,
        l
      );
    }
  return a;
}
function Br(e, t = {}, r, n) {
  for (var i in r) {
    var a = r[i];
    t[i] !== a && (r[i] == null ? Ws(
      /** @type {HTMLElement} */
      e,
      i
    ) : Ys(
      /** @type {HTMLElement} */
      e,
      i,
      a,
      n
    ));
  }
}
function cr(e, t, r, n) {
  var i = (
    /** @type {any} */
    e[ni]
  );
  if (i !== t || Zi) {
    var a = Fo(t, n);
    a == null ? $e(e, "style") : Xs(
      /** @type {HTMLElement} */
      e,
      a
    ), e[ni] = t;
  } else n && (Array.isArray(n) ? (Br(e, r?.[0], n[0]), Br(e, r?.[1], n[1], "important")) : Br(e, r, n));
  return n;
}
function aa(e, t) {
  t ? qi(e, "selected") || bn(e, "selected", "") : $e(e, "selected");
}
function di(e, t) {
  var r = !("__defaultValue" in e);
  !r && e.__defaultValue === t || (e.__defaultValue = t, sa(e, !r || "__value" in e));
}
function sa(e, t) {
  var r = e.__defaultValue, n = e.multiple, i = n ? r ?? [] : null;
  if (!(n && !nt(i))) {
    var a = e.selectedIndex, u = t && n ? new Set(e.selectedOptions) : null;
    for (var o of e.options) {
      var f = Jr(o);
      aa(
        o,
        n ? (
          /** @type {any[]} */
          i.includes(f)
        ) : ea(f, r)
      );
    }
    if (t)
      if (u !== null)
        for (o of e.options) {
          var l = u.has(o);
          o.selected !== l && (o.selected = l);
        }
      else e.selectedIndex !== a && (e.selectedIndex = a);
  }
}
function qr(e, t, r = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!nt(t))
      return js();
    for (var n of e.options)
      n.selected = t.includes(Jr(n));
    return;
  }
  for (n of e.options) {
    var i = Jr(n);
    if (ea(i, t)) {
      n.selected = !0;
      return;
    }
  }
  (!r || t !== void 0) && (e.selectedIndex = -1);
}
function tl(e) {
  var t = new MutationObserver((r) => {
    r.every(rl) || ("__defaultValue" in e && sa(e, !1), "__value" in e && qr(e, e.__value));
  });
  t.observe(e, {
    // Listen to option element changes
    childList: !0,
    subtree: !0,
    // because of <optgroup>
    // Listen to option element value attribute changes
    // (doesn't get notified of select value changes,
    // because that property is not reflected as an attribute)
    attributes: !0,
    attributeFilter: ["value"]
  }), ji(() => {
    t.disconnect();
  });
}
function Jr(e) {
  return "__value" in e ? e.__value : e.value;
}
function rl(e) {
  if (
    /** @type {Element} */
    e.target.closest("selectedcontent") !== null
  )
    return !0;
  if (e.type === "childList") {
    var t = [...e.addedNodes, ...e.removedNodes];
    return t.length > 0 && t.every((r) => r.nodeName === "SELECTEDCONTENT");
  }
  return !1;
}
const Ke = /* @__PURE__ */ Symbol("class"), ot = /* @__PURE__ */ Symbol("style"), oa = /* @__PURE__ */ Symbol("is custom element"), la = /* @__PURE__ */ Symbol("is html"), nl = ur ? "input" : "INPUT", il = ur ? "option" : "OPTION", ua = ur ? "select" : "SELECT", al = ur ? "progress" : "PROGRESS";
function Ae(e, t, r, n) {
  var i = ha(e), a = i[t];
  a !== (i[t] = r) && (t === "loading" && (e[Js] = r), r == null ? $e(e, t) : typeof r != "string" && ca(e).has(t) ? e[t] = r : bn(e, t, r));
}
function sl(e, t, r, n, i = !1, a = !1) {
  var u = ha(e), o = u[oa], f = !u[la], l = t || {}, c = ut(e) === il, h = ut(e) === ua;
  for (var d in t)
    !(d in r) && d[0] + d[1] !== "$$" && (r[d] = null);
  r.class ? r.class = Uo(r.class) : (n || r[Ke]) && (r.class = null), r[ot] && (r.style ??= null);
  var C = ca(e);
  if (
    // the following logic only makes sense in a DOM environment
    Ge == null && ut(e) === nl && "type" in r && ("value" in r || "__value" in r)
  ) {
    var g = r.type;
    (g !== l.type || g === void 0 && e.hasAttribute("type")) && (l.type = g, Ae(e, "type", g, a));
  }
  for (const x in r) {
    let m = r[x];
    if (c && x === "value" && m == null) {
      e.value = e.__value = "", l[x] = m;
      continue;
    }
    if (x === "class") {
      var w = Ge == null && e.namespaceURI === Ji;
      Me(e, w, m, n, t?.[Ke], r[Ke]), l[x] = m, l[Ke] = r[Ke];
      continue;
    }
    if (x === "style") {
      cr(e, m, t?.[ot], r[ot]), l[x] = m, l[ot] = r[ot];
      continue;
    }
    var O = l[x];
    if (!(m === O && !(m === void 0 && qi(e, x)))) {
      l[x] = m;
      var p = x[0] + x[1];
      if (p !== "$$" && !(p !== "on" && x.length > 2 && p.toLowerCase() === "on"))
        if (p === "on") {
          const H = {}, I = "$$" + x;
          let P = x.slice(2);
          var b = Ge == null && $s(P);
          if (eo(P) && (P = P.slice(0, -7), H.capture = !0), !b && O) {
            if (m != null) continue;
            to(e, P, l[I], H), l[I] = null;
          }
          if (b)
            Jt(P, e, m), fr([P]);
          else if (m != null) {
            let N = function(...L) {
              l[x].apply(this, L);
            };
            l[I] = ro(P, e, N, H);
          }
        } else if (x === "style")
          Ae(e, x, m);
        else if (x === "autofocus")
          Ge == null && no(
            /** @type {HTMLElement} */
            e,
            !!m
          );
        else if (!o && (x === "__value" || x === "value" && m != null))
          e.__value = m, (O == null || // @ts-ignore
          e.value !== m || m === 0 && e.nodeName === al) && ii(e, m);
        else if (x === "selected" && c)
          aa(
            /** @type {HTMLOptionElement} */
            e,
            m
          );
        else {
          var y = x;
          f || (y = io(y));
          var B = y === "defaultValue" || y === "defaultChecked";
          if (h && y === "defaultValue") continue;
          if (m == null && !o && !B)
            if (u[x] = null, (y === "value" || y === "checked") && Ge == null) {
              let H = (
                /** @type {HTMLInputElement} */
                e
              );
              const I = t === void 0;
              if (y === "value") {
                let P = H.defaultValue;
                $e(H, y), ao(H, P), ii(H, H.__value = I ? P : null);
              } else {
                let P = H.defaultChecked;
                $e(H, y), so(H, P), oo(H, I ? P : !1);
              }
            } else
              $e(e, x), y === "value" && (e.__value = null);
          else B && Ge != null || (B || (o || typeof m != "string") && C.has(y) ? (e[y] = m, y in u && (u[y] = pe)) : (Ge != null || typeof m != "function") && Ae(e, y, m, a));
        }
    }
  }
  return l;
}
function fa(e, t, r = [], n = [], i = [], a, u = !1, o = !1) {
  qs(i, r, n, (f) => {
    var l = void 0, c = {}, h = ut(e) === ua, d = !1;
    if (Vi(() => {
      var g = t(...f.map(s)), w = sl(
        e,
        l,
        g,
        a,
        u,
        o
      );
      if (d && h) {
        var O = (
          /** @type {HTMLSelectElement} */
          e
        );
        "defaultValue" in g && di(O, g.defaultValue), "value" in g && qr(O, g.value);
      }
      for (let b of Object.getOwnPropertySymbols(c))
        g[b] || tt(c[b]);
      for (let b of Object.getOwnPropertySymbols(g)) {
        var p = g[b];
        b.description === Ks && (!l || p !== l[b]) && (c[b] && tt(c[b]), c[b] = rt(() => el(e, () => p))), w[b] = p;
      }
      l = w;
    }), h) {
      var C = (
        /** @type {HTMLSelectElement} */
        e
      );
      lr(() => {
        var g = (
          /** @type {Record<string | symbol, any>} */
          l
        );
        "defaultValue" in g && di(C, g.defaultValue), qr(C, g.value, !0), tl(C);
      });
    }
    d = !0;
  });
}
function ha(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    e[Vs] ??= {
      [oa]: ut(e).includes("-"),
      [la]: e.namespaceURI === Ji
    }
  );
}
var vi = /* @__PURE__ */ new Map();
function ca(e) {
  var t = Zs(e, "is"), r = t || ut(e), n = vi.get(r);
  if (n) return n;
  n = /* @__PURE__ */ new Set(), (!customElements || !(t || r.includes("-")) || customElements.get(t || r.toLowerCase())) && vi.set(r, n);
  for (var i, a = e, u = Element.prototype; u !== a; ) {
    i = Qs(a);
    for (var o in i)
      i[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && n.add(o);
    a = on(a);
  }
  return n;
}
function ol(e, t, r = t) {
  var n = /* @__PURE__ */ new WeakSet();
  lo(e, "input", async (i) => {
    var a = i ? e.defaultValue : e.value;
    if (a = Pr(e) ? Ir(a) : a, r(a), lt !== null && n.add(lt), await uo(), a !== (a = t())) {
      var u = e.selectionStart, o = e.selectionEnd, f = e.value.length;
      if (e.value = a ?? "", o !== null) {
        var l = e.value.length;
        u === o && o === f && l > f ? (e.selectionStart = l, e.selectionEnd = l) : (e.selectionStart = u, e.selectionEnd = Math.min(o, l));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  J(t) == null && e.value && (r(Pr(e) ? Ir(e.value) : e.value), lt !== null && n.add(lt)), Ki(() => {
    var i = t();
    e === document.activeElement && n.has(
      /** @type {Batch} */
      fo
    ) || Pr(e) && i === Ir(e.value) || e.type === "date" && !i && !e.value || i !== e.value && (e.value = i ?? "");
  });
}
function Pr(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function Ir(e) {
  return e === "" ? null : +e;
}
function Or(e, t) {
  return e === t || e?.[Qe] === t;
}
function je(e = ho(), t, r, n) {
  var i = (
    /** @type {ComponentContext} */
    Te.r
  ), a = (
    /** @type {Effect} */
    Le
  );
  return lr(() => {
    var u, o;
    return Ki(() => {
      u = o, o = [], J(() => {
        Or(r(...o), e) || (t(e, ...o), u && Or(r(...u), e) && t(null, ...u));
      });
    }), () => {
      let f = a;
      for (; f !== i && f.parent !== null && f.parent.f & co; )
        f = f.parent;
      const l = () => {
        o && Or(r(...o), e) && t(null, ...o);
      }, c = f.teardown;
      f.teardown = () => {
        l(), c?.();
      };
    };
  }), e;
}
function ll(e, t) {
  vo(window, ["resize"], () => gn(() => t(window[e])));
}
function ul(e) {
  return function(...t) {
    var r = (
      /** @type {Event} */
      t[0]
    );
    return r.preventDefault(), e?.apply(this, t);
  };
}
function Ve(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    Te
  ), r = t.l.u;
  if (!r) return;
  let n = () => j(t.s);
  if (e) {
    let i = 0, a = (
      /** @type {Record<string, any>} */
      {}
    );
    const u = jr(() => {
      let o = !1;
      const f = t.s;
      for (const l in f)
        f[l] !== a[l] && (a[l] = f[l], o = !0);
      return o && i++, i;
    });
    n = () => s(u);
  }
  r.b.length && go(() => {
    gi(t, n), Yr(r.b);
  }), ht(() => {
    const i = J(() => r.m.map(bo));
    return () => {
      for (const a of i)
        typeof a == "function" && a();
    };
  }), r.a.length && ht(() => {
    gi(t, n), Yr(r.a);
  });
}
function gi(e, t) {
  if (e.l.s)
    for (const r of e.l.s) s(r);
  t();
}
function fl(e, t) {
  var r = (
    /** @type {Record<string, Function[] | Function>} */
    e.$$events?.[t.type]
  ), n = nt(r) ? r.slice() : r == null ? [] : [r];
  for (var i of n)
    i.call(this, t);
}
function hl(e, t, r) {
  if (e == null)
    return t(void 0), r && r(void 0), Ye;
  const n = J(
    () => e.subscribe(
      t,
      // @ts-expect-error
      r
    )
  );
  return n.unsubscribe ? () => n.unsubscribe() : n;
}
const st = [];
function cl(e, t) {
  return {
    subscribe: dr(e, t).subscribe
  };
}
function dr(e, t = Ye) {
  let r = null;
  const n = /* @__PURE__ */ new Set();
  function i(o) {
    if (mo(e, o) && (e = o, r)) {
      const f = !st.length;
      for (const l of n)
        l[1](), st.push(l, e);
      if (f) {
        for (let l = 0; l < st.length; l += 2)
          st[l][0](st[l + 1]);
        st.length = 0;
      }
    }
  }
  function a(o) {
    i(o(
      /** @type {T} */
      e
    ));
  }
  function u(o, f = Ye) {
    const l = [o, f];
    return n.add(l), n.size === 1 && (r = t(i, a) || Ye), o(
      /** @type {T} */
      e
    ), () => {
      n.delete(l), n.size === 0 && r && (r(), r = null);
    };
  }
  return { set: i, update: a, subscribe: u };
}
function _t(e, t, r) {
  const n = !Array.isArray(e), i = n ? [e] : e;
  if (!i.every(Boolean))
    throw new Error("derived() expects stores as input, got a falsy value");
  const a = t.length < 2;
  return cl(r, (u, o) => {
    let f = !1;
    const l = [];
    let c = 0, h = Ye;
    const d = () => {
      if (c)
        return;
      h();
      const g = t(n ? l[0] : l, u, o);
      a ? u(g) : h = typeof g == "function" ? g : Ye;
    }, C = i.map(
      (g, w) => hl(
        g,
        (O) => {
          l[w] = O, c &= ~(1 << w), f && d();
        },
        () => {
          c |= 1 << w;
        }
      )
    );
    return f = !0, d(), function() {
      Yr(C), h(), f = !1;
    };
  });
}
let Yt = !1;
function dl(e) {
  var t = Yt;
  try {
    return Yt = !1, [e(), Yt];
  } finally {
    Yt = t;
  }
}
const vl = {
  get(e, t) {
    if (!e.exclude.has(t))
      return e.props[t];
  },
  set(e, t) {
    return !1;
  },
  getOwnPropertyDescriptor(e, t) {
    if (!e.exclude.has(t) && t in e.props)
      return {
        enumerable: !0,
        configurable: !0,
        value: e.props[t]
      };
  },
  has(e, t) {
    return e.exclude.has(t) ? !1 : t in e.props;
  },
  ownKeys(e) {
    return Reflect.ownKeys(e.props).filter((t) => !e.exclude.has(t));
  }
};
// @__NO_SIDE_EFFECTS__
function gl(e, t, r) {
  return new Proxy({ props: e, exclude: t }, vl);
}
const bl = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return s(e.version), t in e.special ? e.special[t]() : e.props[t];
  },
  set(e, t, r) {
    if (!(t in e.special)) {
      var n = Le;
      try {
        ai(e.parent_effect), e.special[t] = _(
          {
            get [t]() {
              return e.props[t];
            }
          },
          /** @type {string} */
          t,
          Qi
        );
      } finally {
        ai(n);
      }
    }
    return e.special[t](r), si(e.version), !0;
  },
  getOwnPropertyDescriptor(e, t) {
    if (!e.exclude.includes(t) && t in e.props)
      return {
        enumerable: !0,
        configurable: !0,
        value: e.props[t]
      };
  },
  deleteProperty(e, t) {
    return e.exclude.includes(t) || (e.exclude.push(t), si(e.version)), !0;
  },
  has(e, t) {
    return e.exclude.includes(t) ? !1 : t in e.props;
  },
  ownKeys(e) {
    return Reflect.ownKeys(e.props).filter((t) => !e.exclude.includes(t));
  }
};
function bi(e, t) {
  return new Proxy(
    {
      props: e,
      exclude: t,
      special: {},
      version: Pt(0),
      // TODO this is only necessary because we need to track component
      // destruction inside `prop`, because of `bind:this`, but it
      // seems likely that we can simplify `bind:this` instead
      parent_effect: (
        /** @type {Effect} */
        Le
      )
    },
    bl
  );
}
function _(e, t, r, n) {
  var i = !ln || (r & xo) !== 0, a = (r & po) !== 0, u = (r & wo) !== 0, o = (
    /** @type {V} */
    n
  ), f = !0, l = (
    /** @type {Derived<V> | undefined} */
    void 0
  ), c = () => u && i ? (l ??= jr(
    /** @type {() => V} */
    n
  ), s(l)) : (f && (f = !1, o = u ? J(
    /** @type {() => V} */
    n
  ) : (
    /** @type {V} */
    n
  )), o);
  let h;
  if (a) {
    var d = Qe in e || Eo in e;
    h = qt(e, t)?.set ?? (d && t in e ? (B) => e[t] = B : void 0);
  }
  var C, g = !1;
  a ? [C, g] = dl(() => (
    /** @type {V} */
    e[t]
  )) : C = /** @type {V} */
  e[t], C === void 0 && n !== void 0 && (C = c(), h && (i && _o(), h(C)));
  var w;
  if (i ? w = () => {
    var B = (
      /** @type {V} */
      e[t]
    );
    return B === void 0 ? c() : (f = !0, B);
  } : w = () => {
    var B = (
      /** @type {V} */
      e[t]
    );
    return B !== void 0 && (o = /** @type {V} */
    void 0), B === void 0 ? o : B;
  }, i && (r & Qi) === 0)
    return w;
  if (h) {
    var O = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(B, x) {
        return arguments.length > 0 ? ((!i || !x || O || g) && h(x ? w() : B), B) : w();
      })
    );
  }
  var p = !1, b = ((r & yo) !== 0 ? jr : Ee)(() => (p = !1, w()));
  a && s(b);
  var y = (
    /** @type {Effect} */
    Le
  );
  return (
    /** @type {() => V} */
    (function(B, x) {
      if (arguments.length > 0) {
        const m = x ? s(b) : i && a ? Xe(B) : B;
        return E(b, m), p = !0, o !== void 0 && (o = m), B;
      }
      return Fi && p || (y.f & Wr) !== 0 ? b.v : s(b);
    })
  );
}
function xn(e) {
  Te === null && mn(), ln && Te.l !== null ? da(Te).m.push(e) : ht(() => {
    const t = J(e);
    if (typeof t == "function") return (
      /** @type {() => void} */
      t
    );
  });
}
function ml(e, t, { bubbles: r = !1, cancelable: n = !1 } = {}) {
  return new CustomEvent(e, { detail: t, bubbles: r, cancelable: n });
}
function pt() {
  const e = Te;
  return e === null && mn(), (t, r, n) => {
    const i = (
      /** @type {Record<string, Function | Function[]>} */
      e.s.$$events?.[
        /** @type {string} */
        t
      ]
    );
    if (i) {
      const a = nt(i) ? i.slice() : [i], u = ml(
        /** @type {string} */
        t,
        r,
        n
      );
      for (const o of a)
        o.call(e.x, u);
      return !u.defaultPrevented;
    }
    return !0;
  };
}
function _l(e) {
  Te === null && mn(), Te.l === null && So(), da(Te).a.push(e);
}
function da(e) {
  var t = (
    /** @type {ComponentContextLegacy} */
    e.l
  );
  return t.u ??= { a: [], b: [], m: [] };
}
Co();
const pl = [
  { color: "red", primary: 600, secondary: 100 },
  { color: "green", primary: 600, secondary: 100 },
  { color: "blue", primary: 600, secondary: 100 },
  { color: "yellow", primary: 500, secondary: 100 },
  { color: "purple", primary: 600, secondary: 100 },
  { color: "teal", primary: 600, secondary: 100 },
  { color: "orange", primary: 600, secondary: 100 },
  { color: "cyan", primary: 600, secondary: 100 },
  { color: "lime", primary: 500, secondary: 100 },
  { color: "pink", primary: 600, secondary: 100 }
], mi = {
  inherit: "inherit",
  current: "currentColor",
  transparent: "transparent",
  black: "#000",
  white: "#fff",
  slate: {
    50: "#f8fafc",
    100: "#f1f5f9",
    200: "#e2e8f0",
    300: "#cbd5e1",
    400: "#94a3b8",
    500: "#64748b",
    600: "#475569",
    700: "#334155",
    800: "#1e293b",
    900: "#0f172a",
    950: "#020617"
  },
  gray: {
    50: "#f9fafb",
    100: "#f3f4f6",
    200: "#e5e7eb",
    300: "#d1d5db",
    400: "#9ca3af",
    500: "#6b7280",
    600: "#4b5563",
    700: "#374151",
    800: "#1f2937",
    900: "#111827",
    950: "#030712"
  },
  zinc: {
    50: "#fafafa",
    100: "#f4f4f5",
    200: "#e4e4e7",
    300: "#d4d4d8",
    400: "#a1a1aa",
    500: "#71717a",
    600: "#52525b",
    700: "#3f3f46",
    800: "#27272a",
    900: "#18181b",
    950: "#09090b"
  },
  neutral: {
    50: "#fafafa",
    100: "#f5f5f5",
    200: "#e5e5e5",
    300: "#d4d4d4",
    400: "#a3a3a3",
    500: "#737373",
    600: "#525252",
    700: "#404040",
    800: "#262626",
    900: "#171717",
    950: "#0a0a0a"
  },
  stone: {
    50: "#fafaf9",
    100: "#f5f5f4",
    200: "#e7e5e4",
    300: "#d6d3d1",
    400: "#a8a29e",
    500: "#78716c",
    600: "#57534e",
    700: "#44403c",
    800: "#292524",
    900: "#1c1917",
    950: "#0c0a09"
  },
  red: {
    50: "#fef2f2",
    100: "#fee2e2",
    200: "#fecaca",
    300: "#fca5a5",
    400: "#f87171",
    500: "#ef4444",
    600: "#dc2626",
    700: "#b91c1c",
    800: "#991b1b",
    900: "#7f1d1d",
    950: "#450a0a"
  },
  orange: {
    50: "#fff7ed",
    100: "#ffedd5",
    200: "#fed7aa",
    300: "#fdba74",
    400: "#fb923c",
    500: "#f97316",
    600: "#ea580c",
    700: "#c2410c",
    800: "#9a3412",
    900: "#7c2d12",
    950: "#431407"
  },
  amber: {
    50: "#fffbeb",
    100: "#fef3c7",
    200: "#fde68a",
    300: "#fcd34d",
    400: "#fbbf24",
    500: "#f59e0b",
    600: "#d97706",
    700: "#b45309",
    800: "#92400e",
    900: "#78350f",
    950: "#451a03"
  },
  yellow: {
    50: "#fefce8",
    100: "#fef9c3",
    200: "#fef08a",
    300: "#fde047",
    400: "#facc15",
    500: "#eab308",
    600: "#ca8a04",
    700: "#a16207",
    800: "#854d0e",
    900: "#713f12",
    950: "#422006"
  },
  lime: {
    50: "#f7fee7",
    100: "#ecfccb",
    200: "#d9f99d",
    300: "#bef264",
    400: "#a3e635",
    500: "#84cc16",
    600: "#65a30d",
    700: "#4d7c0f",
    800: "#3f6212",
    900: "#365314",
    950: "#1a2e05"
  },
  green: {
    50: "#f0fdf4",
    100: "#dcfce7",
    200: "#bbf7d0",
    300: "#86efac",
    400: "#4ade80",
    500: "#22c55e",
    600: "#16a34a",
    700: "#15803d",
    800: "#166534",
    900: "#14532d",
    950: "#052e16"
  },
  emerald: {
    50: "#ecfdf5",
    100: "#d1fae5",
    200: "#a7f3d0",
    300: "#6ee7b7",
    400: "#34d399",
    500: "#10b981",
    600: "#059669",
    700: "#047857",
    800: "#065f46",
    900: "#064e3b",
    950: "#022c22"
  },
  teal: {
    50: "#f0fdfa",
    100: "#ccfbf1",
    200: "#99f6e4",
    300: "#5eead4",
    400: "#2dd4bf",
    500: "#14b8a6",
    600: "#0d9488",
    700: "#0f766e",
    800: "#115e59",
    900: "#134e4a",
    950: "#042f2e"
  },
  cyan: {
    50: "#ecfeff",
    100: "#cffafe",
    200: "#a5f3fc",
    300: "#67e8f9",
    400: "#22d3ee",
    500: "#06b6d4",
    600: "#0891b2",
    700: "#0e7490",
    800: "#155e75",
    900: "#164e63",
    950: "#083344"
  },
  sky: {
    50: "#f0f9ff",
    100: "#e0f2fe",
    200: "#bae6fd",
    300: "#7dd3fc",
    400: "#38bdf8",
    500: "#0ea5e9",
    600: "#0284c7",
    700: "#0369a1",
    800: "#075985",
    900: "#0c4a6e",
    950: "#082f49"
  },
  blue: {
    50: "#eff6ff",
    100: "#dbeafe",
    200: "#bfdbfe",
    300: "#93c5fd",
    400: "#60a5fa",
    500: "#3b82f6",
    600: "#2563eb",
    700: "#1d4ed8",
    800: "#1e40af",
    900: "#1e3a8a",
    950: "#172554"
  },
  indigo: {
    50: "#eef2ff",
    100: "#e0e7ff",
    200: "#c7d2fe",
    300: "#a5b4fc",
    400: "#818cf8",
    500: "#6366f1",
    600: "#4f46e5",
    700: "#4338ca",
    800: "#3730a3",
    900: "#312e81",
    950: "#1e1b4b"
  },
  violet: {
    50: "#f5f3ff",
    100: "#ede9fe",
    200: "#ddd6fe",
    300: "#c4b5fd",
    400: "#a78bfa",
    500: "#8b5cf6",
    600: "#7c3aed",
    700: "#6d28d9",
    800: "#5b21b6",
    900: "#4c1d95",
    950: "#2e1065"
  },
  purple: {
    50: "#faf5ff",
    100: "#f3e8ff",
    200: "#e9d5ff",
    300: "#d8b4fe",
    400: "#c084fc",
    500: "#a855f7",
    600: "#9333ea",
    700: "#7e22ce",
    800: "#6b21a8",
    900: "#581c87",
    950: "#3b0764"
  },
  fuchsia: {
    50: "#fdf4ff",
    100: "#fae8ff",
    200: "#f5d0fe",
    300: "#f0abfc",
    400: "#e879f9",
    500: "#d946ef",
    600: "#c026d3",
    700: "#a21caf",
    800: "#86198f",
    900: "#701a75",
    950: "#4a044e"
  },
  pink: {
    50: "#fdf2f8",
    100: "#fce7f3",
    200: "#fbcfe8",
    300: "#f9a8d4",
    400: "#f472b6",
    500: "#ec4899",
    600: "#db2777",
    700: "#be185d",
    800: "#9d174d",
    900: "#831843",
    950: "#500724"
  },
  rose: {
    50: "#fff1f2",
    100: "#ffe4e6",
    200: "#fecdd3",
    300: "#fda4af",
    400: "#fb7185",
    500: "#f43f5e",
    600: "#e11d48",
    700: "#be123c",
    800: "#9f1239",
    900: "#881337",
    950: "#4c0519"
  }
};
pl.reduce((e, { color: t, primary: r, secondary: n }) => ({
  ...e,
  [t]: {
    primary: mi[t][r],
    secondary: mi[t][n]
  }
}), {});
function xl(e) {
  return e && e.__esModule && Object.prototype.hasOwnProperty.call(e, "default") ? e.default : e;
}
var Lr, _i;
function yl() {
  if (_i) return Lr;
  _i = 1;
  var e = function(b) {
    return t(b) && !r(b);
  };
  function t(p) {
    return !!p && typeof p == "object";
  }
  function r(p) {
    var b = Object.prototype.toString.call(p);
    return b === "[object RegExp]" || b === "[object Date]" || a(p);
  }
  var n = typeof Symbol == "function" && Symbol.for, i = n ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
  function a(p) {
    return p.$$typeof === i;
  }
  function u(p) {
    return Array.isArray(p) ? [] : {};
  }
  function o(p, b) {
    return b.clone !== !1 && b.isMergeableObject(p) ? w(u(p), p, b) : p;
  }
  function f(p, b, y) {
    return p.concat(b).map(function(B) {
      return o(B, y);
    });
  }
  function l(p, b) {
    if (!b.customMerge)
      return w;
    var y = b.customMerge(p);
    return typeof y == "function" ? y : w;
  }
  function c(p) {
    return Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(p).filter(function(b) {
      return Object.propertyIsEnumerable.call(p, b);
    }) : [];
  }
  function h(p) {
    return Object.keys(p).concat(c(p));
  }
  function d(p, b) {
    try {
      return b in p;
    } catch {
      return !1;
    }
  }
  function C(p, b) {
    return d(p, b) && !(Object.hasOwnProperty.call(p, b) && Object.propertyIsEnumerable.call(p, b));
  }
  function g(p, b, y) {
    var B = {};
    return y.isMergeableObject(p) && h(p).forEach(function(x) {
      B[x] = o(p[x], y);
    }), h(b).forEach(function(x) {
      C(p, x) || (d(p, x) && y.isMergeableObject(b[x]) ? B[x] = l(x, y)(p[x], b[x], y) : B[x] = o(b[x], y));
    }), B;
  }
  function w(p, b, y) {
    y = y || {}, y.arrayMerge = y.arrayMerge || f, y.isMergeableObject = y.isMergeableObject || e, y.cloneUnlessOtherwiseSpecified = o;
    var B = Array.isArray(b), x = Array.isArray(p), m = B === x;
    return m ? B ? y.arrayMerge(p, b, y) : g(p, b, y) : o(b, y);
  }
  w.all = function(b, y) {
    if (!Array.isArray(b))
      throw new Error("first argument should be an array");
    return b.reduce(function(B, x) {
      return w(B, x, y);
    }, {});
  };
  var O = w;
  return Lr = O, Lr;
}
var wl = yl();
const El = /* @__PURE__ */ xl(wl);
var Kr = function(e, t) {
  return Kr = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(r, n) {
    r.__proto__ = n;
  } || function(r, n) {
    for (var i in n) Object.prototype.hasOwnProperty.call(n, i) && (r[i] = n[i]);
  }, Kr(e, t);
};
function vr(e, t) {
  if (typeof t != "function" && t !== null)
    throw new TypeError("Class extends value " + String(t) + " is not a constructor or null");
  Kr(e, t);
  function r() {
    this.constructor = e;
  }
  e.prototype = t === null ? Object.create(t) : (r.prototype = t.prototype, new r());
}
var Y = function() {
  return Y = Object.assign || function(t) {
    for (var r, n = 1, i = arguments.length; n < i; n++) {
      r = arguments[n];
      for (var a in r) Object.prototype.hasOwnProperty.call(r, a) && (t[a] = r[a]);
    }
    return t;
  }, Y.apply(this, arguments);
};
function Sl(e, t) {
  var r = {};
  for (var n in e) Object.prototype.hasOwnProperty.call(e, n) && t.indexOf(n) < 0 && (r[n] = e[n]);
  if (e != null && typeof Object.getOwnPropertySymbols == "function")
    for (var i = 0, n = Object.getOwnPropertySymbols(e); i < n.length; i++)
      t.indexOf(n[i]) < 0 && Object.prototype.propertyIsEnumerable.call(e, n[i]) && (r[n[i]] = e[n[i]]);
  return r;
}
function Mr(e, t, r) {
  if (r || arguments.length === 2) for (var n = 0, i = t.length, a; n < i; n++)
    (a || !(n in t)) && (a || (a = Array.prototype.slice.call(t, 0, n)), a[n] = t[n]);
  return e.concat(a || Array.prototype.slice.call(t));
}
function Rr(e, t) {
  var r = t && t.cache ? t.cache : Il, n = t && t.serializer ? t.serializer : Bl, i = t && t.strategy ? t.strategy : Tl;
  return i(e, {
    cache: r,
    serializer: n
  });
}
function Cl(e) {
  return e == null || typeof e == "number" || typeof e == "boolean";
}
function Hl(e, t, r, n) {
  var i = Cl(n) ? n : r(n), a = t.get(i);
  return typeof a > "u" && (a = e.call(this, n), t.set(i, a)), a;
}
function va(e, t, r) {
  var n = Array.prototype.slice.call(arguments, 3), i = r(n), a = t.get(i);
  return typeof a > "u" && (a = e.apply(this, n), t.set(i, a)), a;
}
function ga(e, t, r, n, i) {
  return r.bind(t, e, n, i);
}
function Tl(e, t) {
  var r = e.length === 1 ? Hl : va;
  return ga(e, this, r, t.cache.create(), t.serializer);
}
function Al(e, t) {
  return ga(e, this, va, t.cache.create(), t.serializer);
}
var Bl = function() {
  return JSON.stringify(arguments);
}, Pl = (
  /** @class */
  (function() {
    function e() {
      this.cache = /* @__PURE__ */ Object.create(null);
    }
    return e.prototype.get = function(t) {
      return this.cache[t];
    }, e.prototype.set = function(t, r) {
      this.cache[t] = r;
    }, e;
  })()
), Il = {
  create: function() {
    return new Pl();
  }
}, Nr = {
  variadic: Al
}, z;
(function(e) {
  e[e.EXPECT_ARGUMENT_CLOSING_BRACE = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE", e[e.EMPTY_ARGUMENT = 2] = "EMPTY_ARGUMENT", e[e.MALFORMED_ARGUMENT = 3] = "MALFORMED_ARGUMENT", e[e.EXPECT_ARGUMENT_TYPE = 4] = "EXPECT_ARGUMENT_TYPE", e[e.INVALID_ARGUMENT_TYPE = 5] = "INVALID_ARGUMENT_TYPE", e[e.EXPECT_ARGUMENT_STYLE = 6] = "EXPECT_ARGUMENT_STYLE", e[e.INVALID_NUMBER_SKELETON = 7] = "INVALID_NUMBER_SKELETON", e[e.INVALID_DATE_TIME_SKELETON = 8] = "INVALID_DATE_TIME_SKELETON", e[e.EXPECT_NUMBER_SKELETON = 9] = "EXPECT_NUMBER_SKELETON", e[e.EXPECT_DATE_TIME_SKELETON = 10] = "EXPECT_DATE_TIME_SKELETON", e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE", e[e.EXPECT_SELECT_ARGUMENT_OPTIONS = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS", e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT", e[e.INVALID_PLURAL_ARGUMENT_SELECTOR = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR", e[e.MISSING_OTHER_CLAUSE = 22] = "MISSING_OTHER_CLAUSE", e[e.INVALID_TAG = 23] = "INVALID_TAG", e[e.INVALID_TAG_NAME = 25] = "INVALID_TAG_NAME", e[e.UNMATCHED_CLOSING_TAG = 26] = "UNMATCHED_CLOSING_TAG", e[e.UNCLOSED_TAG = 27] = "UNCLOSED_TAG";
})(z || (z = {}));
var te;
(function(e) {
  e[e.literal = 0] = "literal", e[e.argument = 1] = "argument", e[e.number = 2] = "number", e[e.date = 3] = "date", e[e.time = 4] = "time", e[e.select = 5] = "select", e[e.plural = 6] = "plural", e[e.pound = 7] = "pound", e[e.tag = 8] = "tag";
})(te || (te = {}));
var dt;
(function(e) {
  e[e.number = 0] = "number", e[e.dateTime = 1] = "dateTime";
})(dt || (dt = {}));
function pi(e) {
  return e.type === te.literal;
}
function Ol(e) {
  return e.type === te.argument;
}
function ba(e) {
  return e.type === te.number;
}
function ma(e) {
  return e.type === te.date;
}
function _a(e) {
  return e.type === te.time;
}
function pa(e) {
  return e.type === te.select;
}
function xa(e) {
  return e.type === te.plural;
}
function Ll(e) {
  return e.type === te.pound;
}
function ya(e) {
  return e.type === te.tag;
}
function wa(e) {
  return !!(e && typeof e == "object" && e.type === dt.number);
}
function Qr(e) {
  return !!(e && typeof e == "object" && e.type === dt.dateTime);
}
var Ea = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/, Ml = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
function Rl(e) {
  var t = {};
  return e.replace(Ml, function(r) {
    var n = r.length;
    switch (r[0]) {
      // Era
      case "G":
        t.era = n === 4 ? "long" : n === 5 ? "narrow" : "short";
        break;
      // Year
      case "y":
        t.year = n === 2 ? "2-digit" : "numeric";
        break;
      case "Y":
      case "u":
      case "U":
      case "r":
        throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");
      // Quarter
      case "q":
      case "Q":
        throw new RangeError("`q/Q` (quarter) patterns are not supported");
      // Month
      case "M":
      case "L":
        t.month = ["numeric", "2-digit", "short", "long", "narrow"][n - 1];
        break;
      // Week
      case "w":
      case "W":
        throw new RangeError("`w/W` (week) patterns are not supported");
      case "d":
        t.day = ["numeric", "2-digit"][n - 1];
        break;
      case "D":
      case "F":
      case "g":
        throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");
      // Weekday
      case "E":
        t.weekday = n === 4 ? "long" : n === 5 ? "narrow" : "short";
        break;
      case "e":
        if (n < 4)
          throw new RangeError("`e..eee` (weekday) patterns are not supported");
        t.weekday = ["short", "long", "narrow", "short"][n - 4];
        break;
      case "c":
        if (n < 4)
          throw new RangeError("`c..ccc` (weekday) patterns are not supported");
        t.weekday = ["short", "long", "narrow", "short"][n - 4];
        break;
      // Period
      case "a":
        t.hour12 = !0;
        break;
      case "b":
      // am, pm, noon, midnight
      case "B":
        throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");
      // Hour
      case "h":
        t.hourCycle = "h12", t.hour = ["numeric", "2-digit"][n - 1];
        break;
      case "H":
        t.hourCycle = "h23", t.hour = ["numeric", "2-digit"][n - 1];
        break;
      case "K":
        t.hourCycle = "h11", t.hour = ["numeric", "2-digit"][n - 1];
        break;
      case "k":
        t.hourCycle = "h24", t.hour = ["numeric", "2-digit"][n - 1];
        break;
      case "j":
      case "J":
      case "C":
        throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");
      // Minute
      case "m":
        t.minute = ["numeric", "2-digit"][n - 1];
        break;
      // Second
      case "s":
        t.second = ["numeric", "2-digit"][n - 1];
        break;
      case "S":
      case "A":
        throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");
      // Zone
      case "z":
        t.timeZoneName = n < 4 ? "short" : "long";
        break;
      case "Z":
      // 1..3, 4, 5: The ISO8601 varios formats
      case "O":
      // 1, 4: milliseconds in day short, long
      case "v":
      // 1, 4: generic non-location format
      case "V":
      // 1, 2, 3, 4: time zone ID or city
      case "X":
      // 1, 2, 3, 4: The ISO8601 varios formats
      case "x":
        throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead");
    }
    return "";
  }), t;
}
var Nl = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
function Dl(e) {
  if (e.length === 0)
    throw new Error("Number skeleton cannot be empty");
  for (var t = e.split(Nl).filter(function(d) {
    return d.length > 0;
  }), r = [], n = 0, i = t; n < i.length; n++) {
    var a = i[n], u = a.split("/");
    if (u.length === 0)
      throw new Error("Invalid number skeleton");
    for (var o = u[0], f = u.slice(1), l = 0, c = f; l < c.length; l++) {
      var h = c[l];
      if (h.length === 0)
        throw new Error("Invalid number skeleton");
    }
    r.push({ stem: o, options: f });
  }
  return r;
}
function kl(e) {
  return e.replace(/^(.*?)-/, "");
}
var xi = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g, Sa = /^(@+)?(\+|#+)?[rs]?$/g, Ul = /(\*)(0+)|(#+)(0+)|(0+)/g, Ca = /^(0+)$/;
function yi(e) {
  var t = {};
  return e[e.length - 1] === "r" ? t.roundingPriority = "morePrecision" : e[e.length - 1] === "s" && (t.roundingPriority = "lessPrecision"), e.replace(Sa, function(r, n, i) {
    return typeof i != "string" ? (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length) : i === "+" ? t.minimumSignificantDigits = n.length : n[0] === "#" ? t.maximumSignificantDigits = n.length : (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length + (typeof i == "string" ? i.length : 0)), "";
  }), t;
}
function Ha(e) {
  switch (e) {
    case "sign-auto":
      return {
        signDisplay: "auto"
      };
    case "sign-accounting":
    case "()":
      return {
        currencySign: "accounting"
      };
    case "sign-always":
    case "+!":
      return {
        signDisplay: "always"
      };
    case "sign-accounting-always":
    case "()!":
      return {
        signDisplay: "always",
        currencySign: "accounting"
      };
    case "sign-except-zero":
    case "+?":
      return {
        signDisplay: "exceptZero"
      };
    case "sign-accounting-except-zero":
    case "()?":
      return {
        signDisplay: "exceptZero",
        currencySign: "accounting"
      };
    case "sign-never":
    case "+_":
      return {
        signDisplay: "never"
      };
  }
}
function Gl(e) {
  var t;
  if (e[0] === "E" && e[1] === "E" ? (t = {
    notation: "engineering"
  }, e = e.slice(2)) : e[0] === "E" && (t = {
    notation: "scientific"
  }, e = e.slice(1)), t) {
    var r = e.slice(0, 2);
    if (r === "+!" ? (t.signDisplay = "always", e = e.slice(2)) : r === "+?" && (t.signDisplay = "exceptZero", e = e.slice(2)), !Ca.test(e))
      throw new Error("Malformed concise eng/scientific notation");
    t.minimumIntegerDigits = e.length;
  }
  return t;
}
function wi(e) {
  var t = {}, r = Ha(e);
  return r || t;
}
function Fl(e) {
  for (var t = {}, r = 0, n = e; r < n.length; r++) {
    var i = n[r];
    switch (i.stem) {
      case "percent":
      case "%":
        t.style = "percent";
        continue;
      case "%x100":
        t.style = "percent", t.scale = 100;
        continue;
      case "currency":
        t.style = "currency", t.currency = i.options[0];
        continue;
      case "group-off":
      case ",_":
        t.useGrouping = !1;
        continue;
      case "precision-integer":
      case ".":
        t.maximumFractionDigits = 0;
        continue;
      case "measure-unit":
      case "unit":
        t.style = "unit", t.unit = kl(i.options[0]);
        continue;
      case "compact-short":
      case "K":
        t.notation = "compact", t.compactDisplay = "short";
        continue;
      case "compact-long":
      case "KK":
        t.notation = "compact", t.compactDisplay = "long";
        continue;
      case "scientific":
        t = Y(Y(Y({}, t), { notation: "scientific" }), i.options.reduce(function(f, l) {
          return Y(Y({}, f), wi(l));
        }, {}));
        continue;
      case "engineering":
        t = Y(Y(Y({}, t), { notation: "engineering" }), i.options.reduce(function(f, l) {
          return Y(Y({}, f), wi(l));
        }, {}));
        continue;
      case "notation-simple":
        t.notation = "standard";
        continue;
      // https://github.com/unicode-org/icu/blob/master/icu4c/source/i18n/unicode/unumberformatter.h
      case "unit-width-narrow":
        t.currencyDisplay = "narrowSymbol", t.unitDisplay = "narrow";
        continue;
      case "unit-width-short":
        t.currencyDisplay = "code", t.unitDisplay = "short";
        continue;
      case "unit-width-full-name":
        t.currencyDisplay = "name", t.unitDisplay = "long";
        continue;
      case "unit-width-iso-code":
        t.currencyDisplay = "symbol";
        continue;
      case "scale":
        t.scale = parseFloat(i.options[0]);
        continue;
      case "rounding-mode-floor":
        t.roundingMode = "floor";
        continue;
      case "rounding-mode-ceiling":
        t.roundingMode = "ceil";
        continue;
      case "rounding-mode-down":
        t.roundingMode = "trunc";
        continue;
      case "rounding-mode-up":
        t.roundingMode = "expand";
        continue;
      case "rounding-mode-half-even":
        t.roundingMode = "halfEven";
        continue;
      case "rounding-mode-half-down":
        t.roundingMode = "halfTrunc";
        continue;
      case "rounding-mode-half-up":
        t.roundingMode = "halfExpand";
        continue;
      // https://unicode-org.github.io/icu/userguide/format_parse/numbers/skeletons.html#integer-width
      case "integer-width":
        if (i.options.length > 1)
          throw new RangeError("integer-width stems only accept a single optional option");
        i.options[0].replace(Ul, function(f, l, c, h, d, C) {
          if (l)
            t.minimumIntegerDigits = c.length;
          else {
            if (h && d)
              throw new Error("We currently do not support maximum integer digits");
            if (C)
              throw new Error("We currently do not support exact integer digits");
          }
          return "";
        });
        continue;
    }
    if (Ca.test(i.stem)) {
      t.minimumIntegerDigits = i.stem.length;
      continue;
    }
    if (xi.test(i.stem)) {
      if (i.options.length > 1)
        throw new RangeError("Fraction-precision stems only accept a single optional option");
      i.stem.replace(xi, function(f, l, c, h, d, C) {
        return c === "*" ? t.minimumFractionDigits = l.length : h && h[0] === "#" ? t.maximumFractionDigits = h.length : d && C ? (t.minimumFractionDigits = d.length, t.maximumFractionDigits = d.length + C.length) : (t.minimumFractionDigits = l.length, t.maximumFractionDigits = l.length), "";
      });
      var a = i.options[0];
      a === "w" ? t = Y(Y({}, t), { trailingZeroDisplay: "stripIfInteger" }) : a && (t = Y(Y({}, t), yi(a)));
      continue;
    }
    if (Sa.test(i.stem)) {
      t = Y(Y({}, t), yi(i.stem));
      continue;
    }
    var u = Ha(i.stem);
    u && (t = Y(Y({}, t), u));
    var o = Gl(i.stem);
    o && (t = Y(Y({}, t), o));
  }
  return t;
}
var jt = {
  "001": [
    "H",
    "h"
  ],
  419: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  AC: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  AD: [
    "H",
    "hB"
  ],
  AE: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  AF: [
    "H",
    "hb",
    "hB",
    "h"
  ],
  AG: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  AI: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  AL: [
    "h",
    "H",
    "hB"
  ],
  AM: [
    "H",
    "hB"
  ],
  AO: [
    "H",
    "hB"
  ],
  AR: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  AS: [
    "h",
    "H"
  ],
  AT: [
    "H",
    "hB"
  ],
  AU: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  AW: [
    "H",
    "hB"
  ],
  AX: [
    "H"
  ],
  AZ: [
    "H",
    "hB",
    "h"
  ],
  BA: [
    "H",
    "hB",
    "h"
  ],
  BB: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  BD: [
    "h",
    "hB",
    "H"
  ],
  BE: [
    "H",
    "hB"
  ],
  BF: [
    "H",
    "hB"
  ],
  BG: [
    "H",
    "hB",
    "h"
  ],
  BH: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  BI: [
    "H",
    "h"
  ],
  BJ: [
    "H",
    "hB"
  ],
  BL: [
    "H",
    "hB"
  ],
  BM: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  BN: [
    "hb",
    "hB",
    "h",
    "H"
  ],
  BO: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  BQ: [
    "H"
  ],
  BR: [
    "H",
    "hB"
  ],
  BS: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  BT: [
    "h",
    "H"
  ],
  BW: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  BY: [
    "H",
    "h"
  ],
  BZ: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  CA: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  CC: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  CD: [
    "hB",
    "H"
  ],
  CF: [
    "H",
    "h",
    "hB"
  ],
  CG: [
    "H",
    "hB"
  ],
  CH: [
    "H",
    "hB",
    "h"
  ],
  CI: [
    "H",
    "hB"
  ],
  CK: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  CL: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  CM: [
    "H",
    "h",
    "hB"
  ],
  CN: [
    "H",
    "hB",
    "hb",
    "h"
  ],
  CO: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  CP: [
    "H"
  ],
  CR: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  CU: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  CV: [
    "H",
    "hB"
  ],
  CW: [
    "H",
    "hB"
  ],
  CX: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  CY: [
    "h",
    "H",
    "hb",
    "hB"
  ],
  CZ: [
    "H"
  ],
  DE: [
    "H",
    "hB"
  ],
  DG: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  DJ: [
    "h",
    "H"
  ],
  DK: [
    "H"
  ],
  DM: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  DO: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  DZ: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  EA: [
    "H",
    "h",
    "hB",
    "hb"
  ],
  EC: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  EE: [
    "H",
    "hB"
  ],
  EG: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  EH: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  ER: [
    "h",
    "H"
  ],
  ES: [
    "H",
    "hB",
    "h",
    "hb"
  ],
  ET: [
    "hB",
    "hb",
    "h",
    "H"
  ],
  FI: [
    "H"
  ],
  FJ: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  FK: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  FM: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  FO: [
    "H",
    "h"
  ],
  FR: [
    "H",
    "hB"
  ],
  GA: [
    "H",
    "hB"
  ],
  GB: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  GD: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  GE: [
    "H",
    "hB",
    "h"
  ],
  GF: [
    "H",
    "hB"
  ],
  GG: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  GH: [
    "h",
    "H"
  ],
  GI: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  GL: [
    "H",
    "h"
  ],
  GM: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  GN: [
    "H",
    "hB"
  ],
  GP: [
    "H",
    "hB"
  ],
  GQ: [
    "H",
    "hB",
    "h",
    "hb"
  ],
  GR: [
    "h",
    "H",
    "hb",
    "hB"
  ],
  GT: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  GU: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  GW: [
    "H",
    "hB"
  ],
  GY: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  HK: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  HN: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  HR: [
    "H",
    "hB"
  ],
  HU: [
    "H",
    "h"
  ],
  IC: [
    "H",
    "h",
    "hB",
    "hb"
  ],
  ID: [
    "H"
  ],
  IE: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  IL: [
    "H",
    "hB"
  ],
  IM: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  IN: [
    "h",
    "H"
  ],
  IO: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  IQ: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  IR: [
    "hB",
    "H"
  ],
  IS: [
    "H"
  ],
  IT: [
    "H",
    "hB"
  ],
  JE: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  JM: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  JO: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  JP: [
    "H",
    "K",
    "h"
  ],
  KE: [
    "hB",
    "hb",
    "H",
    "h"
  ],
  KG: [
    "H",
    "h",
    "hB",
    "hb"
  ],
  KH: [
    "hB",
    "h",
    "H",
    "hb"
  ],
  KI: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  KM: [
    "H",
    "h",
    "hB",
    "hb"
  ],
  KN: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  KP: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  KR: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  KW: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  KY: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  KZ: [
    "H",
    "hB"
  ],
  LA: [
    "H",
    "hb",
    "hB",
    "h"
  ],
  LB: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  LC: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  LI: [
    "H",
    "hB",
    "h"
  ],
  LK: [
    "H",
    "h",
    "hB",
    "hb"
  ],
  LR: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  LS: [
    "h",
    "H"
  ],
  LT: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  LU: [
    "H",
    "h",
    "hB"
  ],
  LV: [
    "H",
    "hB",
    "hb",
    "h"
  ],
  LY: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  MA: [
    "H",
    "h",
    "hB",
    "hb"
  ],
  MC: [
    "H",
    "hB"
  ],
  MD: [
    "H",
    "hB"
  ],
  ME: [
    "H",
    "hB",
    "h"
  ],
  MF: [
    "H",
    "hB"
  ],
  MG: [
    "H",
    "h"
  ],
  MH: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  MK: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  ML: [
    "H"
  ],
  MM: [
    "hB",
    "hb",
    "H",
    "h"
  ],
  MN: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  MO: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  MP: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  MQ: [
    "H",
    "hB"
  ],
  MR: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  MS: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  MT: [
    "H",
    "h"
  ],
  MU: [
    "H",
    "h"
  ],
  MV: [
    "H",
    "h"
  ],
  MW: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  MX: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  MY: [
    "hb",
    "hB",
    "h",
    "H"
  ],
  MZ: [
    "H",
    "hB"
  ],
  NA: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  NC: [
    "H",
    "hB"
  ],
  NE: [
    "H"
  ],
  NF: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  NG: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  NI: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  NL: [
    "H",
    "hB"
  ],
  NO: [
    "H",
    "h"
  ],
  NP: [
    "H",
    "h",
    "hB"
  ],
  NR: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  NU: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  NZ: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  OM: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  PA: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  PE: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  PF: [
    "H",
    "h",
    "hB"
  ],
  PG: [
    "h",
    "H"
  ],
  PH: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  PK: [
    "h",
    "hB",
    "H"
  ],
  PL: [
    "H",
    "h"
  ],
  PM: [
    "H",
    "hB"
  ],
  PN: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  PR: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  PS: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  PT: [
    "H",
    "hB"
  ],
  PW: [
    "h",
    "H"
  ],
  PY: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  QA: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  RE: [
    "H",
    "hB"
  ],
  RO: [
    "H",
    "hB"
  ],
  RS: [
    "H",
    "hB",
    "h"
  ],
  RU: [
    "H"
  ],
  RW: [
    "H",
    "h"
  ],
  SA: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  SB: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  SC: [
    "H",
    "h",
    "hB"
  ],
  SD: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  SE: [
    "H"
  ],
  SG: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  SH: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  SI: [
    "H",
    "hB"
  ],
  SJ: [
    "H"
  ],
  SK: [
    "H"
  ],
  SL: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  SM: [
    "H",
    "h",
    "hB"
  ],
  SN: [
    "H",
    "h",
    "hB"
  ],
  SO: [
    "h",
    "H"
  ],
  SR: [
    "H",
    "hB"
  ],
  SS: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  ST: [
    "H",
    "hB"
  ],
  SV: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  SX: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  SY: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  SZ: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  TA: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  TC: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  TD: [
    "h",
    "H",
    "hB"
  ],
  TF: [
    "H",
    "h",
    "hB"
  ],
  TG: [
    "H",
    "hB"
  ],
  TH: [
    "H",
    "h"
  ],
  TJ: [
    "H",
    "h"
  ],
  TL: [
    "H",
    "hB",
    "hb",
    "h"
  ],
  TM: [
    "H",
    "h"
  ],
  TN: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  TO: [
    "h",
    "H"
  ],
  TR: [
    "H",
    "hB"
  ],
  TT: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  TW: [
    "hB",
    "hb",
    "h",
    "H"
  ],
  TZ: [
    "hB",
    "hb",
    "H",
    "h"
  ],
  UA: [
    "H",
    "hB",
    "h"
  ],
  UG: [
    "hB",
    "hb",
    "H",
    "h"
  ],
  UM: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  US: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  UY: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  UZ: [
    "H",
    "hB",
    "h"
  ],
  VA: [
    "H",
    "h",
    "hB"
  ],
  VC: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  VE: [
    "h",
    "H",
    "hB",
    "hb"
  ],
  VG: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  VI: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  VN: [
    "H",
    "h"
  ],
  VU: [
    "h",
    "H"
  ],
  WF: [
    "H",
    "hB"
  ],
  WS: [
    "h",
    "H"
  ],
  XK: [
    "H",
    "hB",
    "h"
  ],
  YE: [
    "h",
    "hB",
    "hb",
    "H"
  ],
  YT: [
    "H",
    "hB"
  ],
  ZA: [
    "H",
    "h",
    "hb",
    "hB"
  ],
  ZM: [
    "h",
    "hb",
    "H",
    "hB"
  ],
  ZW: [
    "H",
    "h"
  ],
  "af-ZA": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "ar-001": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "ca-ES": [
    "H",
    "h",
    "hB"
  ],
  "en-001": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "en-HK": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "en-IL": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "en-MY": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "es-BR": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "es-ES": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "es-GQ": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "fr-CA": [
    "H",
    "h",
    "hB"
  ],
  "gl-ES": [
    "H",
    "h",
    "hB"
  ],
  "gu-IN": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "hi-IN": [
    "hB",
    "h",
    "H"
  ],
  "it-CH": [
    "H",
    "h",
    "hB"
  ],
  "it-IT": [
    "H",
    "h",
    "hB"
  ],
  "kn-IN": [
    "hB",
    "h",
    "H"
  ],
  "ml-IN": [
    "hB",
    "h",
    "H"
  ],
  "mr-IN": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "pa-IN": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "ta-IN": [
    "hB",
    "h",
    "hb",
    "H"
  ],
  "te-IN": [
    "hB",
    "h",
    "H"
  ],
  "zu-ZA": [
    "H",
    "hB",
    "hb",
    "h"
  ]
};
function zl(e, t) {
  for (var r = "", n = 0; n < e.length; n++) {
    var i = e.charAt(n);
    if (i === "j") {
      for (var a = 0; n + 1 < e.length && e.charAt(n + 1) === i; )
        a++, n++;
      var u = 1 + (a & 1), o = a < 2 ? 1 : 3 + (a >> 1), f = "a", l = Xl(t);
      for ((l == "H" || l == "k") && (o = 0); o-- > 0; )
        r += f;
      for (; u-- > 0; )
        r = l + r;
    } else i === "J" ? r += "H" : r += i;
  }
  return r;
}
function Xl(e) {
  var t = e.hourCycle;
  if (t === void 0 && // @ts-ignore hourCycle(s) is not identified yet
  e.hourCycles && // @ts-ignore
  e.hourCycles.length && (t = e.hourCycles[0]), t)
    switch (t) {
      case "h24":
        return "k";
      case "h23":
        return "H";
      case "h12":
        return "h";
      case "h11":
        return "K";
      default:
        throw new Error("Invalid hourCycle");
    }
  var r = e.language, n;
  r !== "root" && (n = e.maximize().region);
  var i = jt[n || ""] || jt[r || ""] || jt["".concat(r, "-001")] || jt["001"];
  return i[0];
}
var Dr, Wl = new RegExp("^".concat(Ea.source, "*")), Yl = new RegExp("".concat(Ea.source, "*$"));
function X(e, t) {
  return { start: e, end: t };
}
var jl = !!String.prototype.startsWith && "_a".startsWith("a", 1), Vl = !!String.fromCodePoint, Zl = !!Object.fromEntries, ql = !!String.prototype.codePointAt, Jl = !!String.prototype.trimStart, Kl = !!String.prototype.trimEnd, Ql = !!Number.isSafeInteger, $l = Ql ? Number.isSafeInteger : function(e) {
  return typeof e == "number" && isFinite(e) && Math.floor(e) === e && Math.abs(e) <= 9007199254740991;
}, $r = !0;
try {
  var eu = Aa("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  $r = ((Dr = eu.exec("a")) === null || Dr === void 0 ? void 0 : Dr[0]) === "a";
} catch {
  $r = !1;
}
var Ei = jl ? (
  // Native
  function(t, r, n) {
    return t.startsWith(r, n);
  }
) : (
  // For IE11
  function(t, r, n) {
    return t.slice(n, n + r.length) === r;
  }
), en = Vl ? String.fromCodePoint : (
  // IE11
  function() {
    for (var t = [], r = 0; r < arguments.length; r++)
      t[r] = arguments[r];
    for (var n = "", i = t.length, a = 0, u; i > a; ) {
      if (u = t[a++], u > 1114111)
        throw RangeError(u + " is not a valid code point");
      n += u < 65536 ? String.fromCharCode(u) : String.fromCharCode(((u -= 65536) >> 10) + 55296, u % 1024 + 56320);
    }
    return n;
  }
), Si = (
  // native
  Zl ? Object.fromEntries : (
    // Ponyfill
    function(t) {
      for (var r = {}, n = 0, i = t; n < i.length; n++) {
        var a = i[n], u = a[0], o = a[1];
        r[u] = o;
      }
      return r;
    }
  )
), Ta = ql ? (
  // Native
  function(t, r) {
    return t.codePointAt(r);
  }
) : (
  // IE 11
  function(t, r) {
    var n = t.length;
    if (!(r < 0 || r >= n)) {
      var i = t.charCodeAt(r), a;
      return i < 55296 || i > 56319 || r + 1 === n || (a = t.charCodeAt(r + 1)) < 56320 || a > 57343 ? i : (i - 55296 << 10) + (a - 56320) + 65536;
    }
  }
), tu = Jl ? (
  // Native
  function(t) {
    return t.trimStart();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(Wl, "");
  }
), ru = Kl ? (
  // Native
  function(t) {
    return t.trimEnd();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(Yl, "");
  }
);
function Aa(e, t) {
  return new RegExp(e, t);
}
var tn;
if ($r) {
  var Ci = Aa("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  tn = function(t, r) {
    var n;
    Ci.lastIndex = r;
    var i = Ci.exec(t);
    return (n = i[1]) !== null && n !== void 0 ? n : "";
  };
} else
  tn = function(t, r) {
    for (var n = []; ; ) {
      var i = Ta(t, r);
      if (i === void 0 || Ba(i) || su(i))
        break;
      n.push(i), r += i >= 65536 ? 2 : 1;
    }
    return en.apply(void 0, n);
  };
var nu = (
  /** @class */
  (function() {
    function e(t, r) {
      r === void 0 && (r = {}), this.message = t, this.position = { offset: 0, line: 1, column: 1 }, this.ignoreTag = !!r.ignoreTag, this.locale = r.locale, this.requiresOtherClause = !!r.requiresOtherClause, this.shouldParseSkeletons = !!r.shouldParseSkeletons;
    }
    return e.prototype.parse = function() {
      if (this.offset() !== 0)
        throw Error("parser can only be used once");
      return this.parseMessage(0, "", !1);
    }, e.prototype.parseMessage = function(t, r, n) {
      for (var i = []; !this.isEOF(); ) {
        var a = this.char();
        if (a === 123) {
          var u = this.parseArgument(t, n);
          if (u.err)
            return u;
          i.push(u.val);
        } else {
          if (a === 125 && t > 0)
            break;
          if (a === 35 && (r === "plural" || r === "selectordinal")) {
            var o = this.clonePosition();
            this.bump(), i.push({
              type: te.pound,
              location: X(o, this.clonePosition())
            });
          } else if (a === 60 && !this.ignoreTag && this.peek() === 47) {
            if (n)
              break;
            return this.error(z.UNMATCHED_CLOSING_TAG, X(this.clonePosition(), this.clonePosition()));
          } else if (a === 60 && !this.ignoreTag && rn(this.peek() || 0)) {
            var u = this.parseTag(t, r);
            if (u.err)
              return u;
            i.push(u.val);
          } else {
            var u = this.parseLiteral(t, r);
            if (u.err)
              return u;
            i.push(u.val);
          }
        }
      }
      return { val: i, err: null };
    }, e.prototype.parseTag = function(t, r) {
      var n = this.clonePosition();
      this.bump();
      var i = this.parseTagName();
      if (this.bumpSpace(), this.bumpIf("/>"))
        return {
          val: {
            type: te.literal,
            value: "<".concat(i, "/>"),
            location: X(n, this.clonePosition())
          },
          err: null
        };
      if (this.bumpIf(">")) {
        var a = this.parseMessage(t + 1, r, !0);
        if (a.err)
          return a;
        var u = a.val, o = this.clonePosition();
        if (this.bumpIf("</")) {
          if (this.isEOF() || !rn(this.char()))
            return this.error(z.INVALID_TAG, X(o, this.clonePosition()));
          var f = this.clonePosition(), l = this.parseTagName();
          return i !== l ? this.error(z.UNMATCHED_CLOSING_TAG, X(f, this.clonePosition())) : (this.bumpSpace(), this.bumpIf(">") ? {
            val: {
              type: te.tag,
              value: i,
              children: u,
              location: X(n, this.clonePosition())
            },
            err: null
          } : this.error(z.INVALID_TAG, X(o, this.clonePosition())));
        } else
          return this.error(z.UNCLOSED_TAG, X(n, this.clonePosition()));
      } else
        return this.error(z.INVALID_TAG, X(n, this.clonePosition()));
    }, e.prototype.parseTagName = function() {
      var t = this.offset();
      for (this.bump(); !this.isEOF() && au(this.char()); )
        this.bump();
      return this.message.slice(t, this.offset());
    }, e.prototype.parseLiteral = function(t, r) {
      for (var n = this.clonePosition(), i = ""; ; ) {
        var a = this.tryParseQuote(r);
        if (a) {
          i += a;
          continue;
        }
        var u = this.tryParseUnquoted(t, r);
        if (u) {
          i += u;
          continue;
        }
        var o = this.tryParseLeftAngleBracket();
        if (o) {
          i += o;
          continue;
        }
        break;
      }
      var f = X(n, this.clonePosition());
      return {
        val: { type: te.literal, value: i, location: f },
        err: null
      };
    }, e.prototype.tryParseLeftAngleBracket = function() {
      return !this.isEOF() && this.char() === 60 && (this.ignoreTag || // If at the opening tag or closing tag position, bail.
      !iu(this.peek() || 0)) ? (this.bump(), "<") : null;
    }, e.prototype.tryParseQuote = function(t) {
      if (this.isEOF() || this.char() !== 39)
        return null;
      switch (this.peek()) {
        case 39:
          return this.bump(), this.bump(), "'";
        // '{', '<', '>', '}'
        case 123:
        case 60:
        case 62:
        case 125:
          break;
        case 35:
          if (t === "plural" || t === "selectordinal")
            break;
          return null;
        default:
          return null;
      }
      this.bump();
      var r = [this.char()];
      for (this.bump(); !this.isEOF(); ) {
        var n = this.char();
        if (n === 39)
          if (this.peek() === 39)
            r.push(39), this.bump();
          else {
            this.bump();
            break;
          }
        else
          r.push(n);
        this.bump();
      }
      return en.apply(void 0, r);
    }, e.prototype.tryParseUnquoted = function(t, r) {
      if (this.isEOF())
        return null;
      var n = this.char();
      return n === 60 || n === 123 || n === 35 && (r === "plural" || r === "selectordinal") || n === 125 && t > 0 ? null : (this.bump(), en(n));
    }, e.prototype.parseArgument = function(t, r) {
      var n = this.clonePosition();
      if (this.bump(), this.bumpSpace(), this.isEOF())
        return this.error(z.EXPECT_ARGUMENT_CLOSING_BRACE, X(n, this.clonePosition()));
      if (this.char() === 125)
        return this.bump(), this.error(z.EMPTY_ARGUMENT, X(n, this.clonePosition()));
      var i = this.parseIdentifierIfPossible().value;
      if (!i)
        return this.error(z.MALFORMED_ARGUMENT, X(n, this.clonePosition()));
      if (this.bumpSpace(), this.isEOF())
        return this.error(z.EXPECT_ARGUMENT_CLOSING_BRACE, X(n, this.clonePosition()));
      switch (this.char()) {
        // Simple argument: `{name}`
        case 125:
          return this.bump(), {
            val: {
              type: te.argument,
              // value does not include the opening and closing braces.
              value: i,
              location: X(n, this.clonePosition())
            },
            err: null
          };
        // Argument with options: `{name, format, ...}`
        case 44:
          return this.bump(), this.bumpSpace(), this.isEOF() ? this.error(z.EXPECT_ARGUMENT_CLOSING_BRACE, X(n, this.clonePosition())) : this.parseArgumentOptions(t, r, i, n);
        default:
          return this.error(z.MALFORMED_ARGUMENT, X(n, this.clonePosition()));
      }
    }, e.prototype.parseIdentifierIfPossible = function() {
      var t = this.clonePosition(), r = this.offset(), n = tn(this.message, r), i = r + n.length;
      this.bumpTo(i);
      var a = this.clonePosition(), u = X(t, a);
      return { value: n, location: u };
    }, e.prototype.parseArgumentOptions = function(t, r, n, i) {
      var a, u = this.clonePosition(), o = this.parseIdentifierIfPossible().value, f = this.clonePosition();
      switch (o) {
        case "":
          return this.error(z.EXPECT_ARGUMENT_TYPE, X(u, f));
        case "number":
        case "date":
        case "time": {
          this.bumpSpace();
          var l = null;
          if (this.bumpIf(",")) {
            this.bumpSpace();
            var c = this.clonePosition(), h = this.parseSimpleArgStyleIfPossible();
            if (h.err)
              return h;
            var d = ru(h.val);
            if (d.length === 0)
              return this.error(z.EXPECT_ARGUMENT_STYLE, X(this.clonePosition(), this.clonePosition()));
            var C = X(c, this.clonePosition());
            l = { style: d, styleLocation: C };
          }
          var g = this.tryParseArgumentClose(i);
          if (g.err)
            return g;
          var w = X(i, this.clonePosition());
          if (l && Ei(l?.style, "::", 0)) {
            var O = tu(l.style.slice(2));
            if (o === "number") {
              var h = this.parseNumberSkeletonFromString(O, l.styleLocation);
              return h.err ? h : {
                val: { type: te.number, value: n, location: w, style: h.val },
                err: null
              };
            } else {
              if (O.length === 0)
                return this.error(z.EXPECT_DATE_TIME_SKELETON, w);
              var p = O;
              this.locale && (p = zl(O, this.locale));
              var d = {
                type: dt.dateTime,
                pattern: p,
                location: l.styleLocation,
                parsedOptions: this.shouldParseSkeletons ? Rl(p) : {}
              }, b = o === "date" ? te.date : te.time;
              return {
                val: { type: b, value: n, location: w, style: d },
                err: null
              };
            }
          }
          return {
            val: {
              type: o === "number" ? te.number : o === "date" ? te.date : te.time,
              value: n,
              location: w,
              style: (a = l?.style) !== null && a !== void 0 ? a : null
            },
            err: null
          };
        }
        case "plural":
        case "selectordinal":
        case "select": {
          var y = this.clonePosition();
          if (this.bumpSpace(), !this.bumpIf(","))
            return this.error(z.EXPECT_SELECT_ARGUMENT_OPTIONS, X(y, Y({}, y)));
          this.bumpSpace();
          var B = this.parseIdentifierIfPossible(), x = 0;
          if (o !== "select" && B.value === "offset") {
            if (!this.bumpIf(":"))
              return this.error(z.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, X(this.clonePosition(), this.clonePosition()));
            this.bumpSpace();
            var h = this.tryParseDecimalInteger(z.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, z.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE);
            if (h.err)
              return h;
            this.bumpSpace(), B = this.parseIdentifierIfPossible(), x = h.val;
          }
          var m = this.tryParsePluralOrSelectOptions(t, o, r, B);
          if (m.err)
            return m;
          var g = this.tryParseArgumentClose(i);
          if (g.err)
            return g;
          var H = X(i, this.clonePosition());
          return o === "select" ? {
            val: {
              type: te.select,
              value: n,
              options: Si(m.val),
              location: H
            },
            err: null
          } : {
            val: {
              type: te.plural,
              value: n,
              options: Si(m.val),
              offset: x,
              pluralType: o === "plural" ? "cardinal" : "ordinal",
              location: H
            },
            err: null
          };
        }
        default:
          return this.error(z.INVALID_ARGUMENT_TYPE, X(u, f));
      }
    }, e.prototype.tryParseArgumentClose = function(t) {
      return this.isEOF() || this.char() !== 125 ? this.error(z.EXPECT_ARGUMENT_CLOSING_BRACE, X(t, this.clonePosition())) : (this.bump(), { val: !0, err: null });
    }, e.prototype.parseSimpleArgStyleIfPossible = function() {
      for (var t = 0, r = this.clonePosition(); !this.isEOF(); ) {
        var n = this.char();
        switch (n) {
          case 39: {
            this.bump();
            var i = this.clonePosition();
            if (!this.bumpUntil("'"))
              return this.error(z.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE, X(i, this.clonePosition()));
            this.bump();
            break;
          }
          case 123: {
            t += 1, this.bump();
            break;
          }
          case 125: {
            if (t > 0)
              t -= 1;
            else
              return {
                val: this.message.slice(r.offset, this.offset()),
                err: null
              };
            break;
          }
          default:
            this.bump();
            break;
        }
      }
      return {
        val: this.message.slice(r.offset, this.offset()),
        err: null
      };
    }, e.prototype.parseNumberSkeletonFromString = function(t, r) {
      var n = [];
      try {
        n = Dl(t);
      } catch {
        return this.error(z.INVALID_NUMBER_SKELETON, r);
      }
      return {
        val: {
          type: dt.number,
          tokens: n,
          location: r,
          parsedOptions: this.shouldParseSkeletons ? Fl(n) : {}
        },
        err: null
      };
    }, e.prototype.tryParsePluralOrSelectOptions = function(t, r, n, i) {
      for (var a, u = !1, o = [], f = /* @__PURE__ */ new Set(), l = i.value, c = i.location; ; ) {
        if (l.length === 0) {
          var h = this.clonePosition();
          if (r !== "select" && this.bumpIf("=")) {
            var d = this.tryParseDecimalInteger(z.EXPECT_PLURAL_ARGUMENT_SELECTOR, z.INVALID_PLURAL_ARGUMENT_SELECTOR);
            if (d.err)
              return d;
            c = X(h, this.clonePosition()), l = this.message.slice(h.offset, this.offset());
          } else
            break;
        }
        if (f.has(l))
          return this.error(r === "select" ? z.DUPLICATE_SELECT_ARGUMENT_SELECTOR : z.DUPLICATE_PLURAL_ARGUMENT_SELECTOR, c);
        l === "other" && (u = !0), this.bumpSpace();
        var C = this.clonePosition();
        if (!this.bumpIf("{"))
          return this.error(r === "select" ? z.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT : z.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT, X(this.clonePosition(), this.clonePosition()));
        var g = this.parseMessage(t + 1, r, n);
        if (g.err)
          return g;
        var w = this.tryParseArgumentClose(C);
        if (w.err)
          return w;
        o.push([
          l,
          {
            value: g.val,
            location: X(C, this.clonePosition())
          }
        ]), f.add(l), this.bumpSpace(), a = this.parseIdentifierIfPossible(), l = a.value, c = a.location;
      }
      return o.length === 0 ? this.error(r === "select" ? z.EXPECT_SELECT_ARGUMENT_SELECTOR : z.EXPECT_PLURAL_ARGUMENT_SELECTOR, X(this.clonePosition(), this.clonePosition())) : this.requiresOtherClause && !u ? this.error(z.MISSING_OTHER_CLAUSE, X(this.clonePosition(), this.clonePosition())) : { val: o, err: null };
    }, e.prototype.tryParseDecimalInteger = function(t, r) {
      var n = 1, i = this.clonePosition();
      this.bumpIf("+") || this.bumpIf("-") && (n = -1);
      for (var a = !1, u = 0; !this.isEOF(); ) {
        var o = this.char();
        if (o >= 48 && o <= 57)
          a = !0, u = u * 10 + (o - 48), this.bump();
        else
          break;
      }
      var f = X(i, this.clonePosition());
      return a ? (u *= n, $l(u) ? { val: u, err: null } : this.error(r, f)) : this.error(t, f);
    }, e.prototype.offset = function() {
      return this.position.offset;
    }, e.prototype.isEOF = function() {
      return this.offset() === this.message.length;
    }, e.prototype.clonePosition = function() {
      return {
        offset: this.position.offset,
        line: this.position.line,
        column: this.position.column
      };
    }, e.prototype.char = function() {
      var t = this.position.offset;
      if (t >= this.message.length)
        throw Error("out of bound");
      var r = Ta(this.message, t);
      if (r === void 0)
        throw Error("Offset ".concat(t, " is at invalid UTF-16 code unit boundary"));
      return r;
    }, e.prototype.error = function(t, r) {
      return {
        val: null,
        err: {
          kind: t,
          message: this.message,
          location: r
        }
      };
    }, e.prototype.bump = function() {
      if (!this.isEOF()) {
        var t = this.char();
        t === 10 ? (this.position.line += 1, this.position.column = 1, this.position.offset += 1) : (this.position.column += 1, this.position.offset += t < 65536 ? 1 : 2);
      }
    }, e.prototype.bumpIf = function(t) {
      if (Ei(this.message, t, this.offset())) {
        for (var r = 0; r < t.length; r++)
          this.bump();
        return !0;
      }
      return !1;
    }, e.prototype.bumpUntil = function(t) {
      var r = this.offset(), n = this.message.indexOf(t, r);
      return n >= 0 ? (this.bumpTo(n), !0) : (this.bumpTo(this.message.length), !1);
    }, e.prototype.bumpTo = function(t) {
      if (this.offset() > t)
        throw Error("targetOffset ".concat(t, " must be greater than or equal to the current offset ").concat(this.offset()));
      for (t = Math.min(t, this.message.length); ; ) {
        var r = this.offset();
        if (r === t)
          break;
        if (r > t)
          throw Error("targetOffset ".concat(t, " is at invalid UTF-16 code unit boundary"));
        if (this.bump(), this.isEOF())
          break;
      }
    }, e.prototype.bumpSpace = function() {
      for (; !this.isEOF() && Ba(this.char()); )
        this.bump();
    }, e.prototype.peek = function() {
      if (this.isEOF())
        return null;
      var t = this.char(), r = this.offset(), n = this.message.charCodeAt(r + (t >= 65536 ? 2 : 1));
      return n ?? null;
    }, e;
  })()
);
function rn(e) {
  return e >= 97 && e <= 122 || e >= 65 && e <= 90;
}
function iu(e) {
  return rn(e) || e === 47;
}
function au(e) {
  return e === 45 || e === 46 || e >= 48 && e <= 57 || e === 95 || e >= 97 && e <= 122 || e >= 65 && e <= 90 || e == 183 || e >= 192 && e <= 214 || e >= 216 && e <= 246 || e >= 248 && e <= 893 || e >= 895 && e <= 8191 || e >= 8204 && e <= 8205 || e >= 8255 && e <= 8256 || e >= 8304 && e <= 8591 || e >= 11264 && e <= 12271 || e >= 12289 && e <= 55295 || e >= 63744 && e <= 64975 || e >= 65008 && e <= 65533 || e >= 65536 && e <= 983039;
}
function Ba(e) {
  return e >= 9 && e <= 13 || e === 32 || e === 133 || e >= 8206 && e <= 8207 || e === 8232 || e === 8233;
}
function su(e) {
  return e >= 33 && e <= 35 || e === 36 || e >= 37 && e <= 39 || e === 40 || e === 41 || e === 42 || e === 43 || e === 44 || e === 45 || e >= 46 && e <= 47 || e >= 58 && e <= 59 || e >= 60 && e <= 62 || e >= 63 && e <= 64 || e === 91 || e === 92 || e === 93 || e === 94 || e === 96 || e === 123 || e === 124 || e === 125 || e === 126 || e === 161 || e >= 162 && e <= 165 || e === 166 || e === 167 || e === 169 || e === 171 || e === 172 || e === 174 || e === 176 || e === 177 || e === 182 || e === 187 || e === 191 || e === 215 || e === 247 || e >= 8208 && e <= 8213 || e >= 8214 && e <= 8215 || e === 8216 || e === 8217 || e === 8218 || e >= 8219 && e <= 8220 || e === 8221 || e === 8222 || e === 8223 || e >= 8224 && e <= 8231 || e >= 8240 && e <= 8248 || e === 8249 || e === 8250 || e >= 8251 && e <= 8254 || e >= 8257 && e <= 8259 || e === 8260 || e === 8261 || e === 8262 || e >= 8263 && e <= 8273 || e === 8274 || e === 8275 || e >= 8277 && e <= 8286 || e >= 8592 && e <= 8596 || e >= 8597 && e <= 8601 || e >= 8602 && e <= 8603 || e >= 8604 && e <= 8607 || e === 8608 || e >= 8609 && e <= 8610 || e === 8611 || e >= 8612 && e <= 8613 || e === 8614 || e >= 8615 && e <= 8621 || e === 8622 || e >= 8623 && e <= 8653 || e >= 8654 && e <= 8655 || e >= 8656 && e <= 8657 || e === 8658 || e === 8659 || e === 8660 || e >= 8661 && e <= 8691 || e >= 8692 && e <= 8959 || e >= 8960 && e <= 8967 || e === 8968 || e === 8969 || e === 8970 || e === 8971 || e >= 8972 && e <= 8991 || e >= 8992 && e <= 8993 || e >= 8994 && e <= 9e3 || e === 9001 || e === 9002 || e >= 9003 && e <= 9083 || e === 9084 || e >= 9085 && e <= 9114 || e >= 9115 && e <= 9139 || e >= 9140 && e <= 9179 || e >= 9180 && e <= 9185 || e >= 9186 && e <= 9254 || e >= 9255 && e <= 9279 || e >= 9280 && e <= 9290 || e >= 9291 && e <= 9311 || e >= 9472 && e <= 9654 || e === 9655 || e >= 9656 && e <= 9664 || e === 9665 || e >= 9666 && e <= 9719 || e >= 9720 && e <= 9727 || e >= 9728 && e <= 9838 || e === 9839 || e >= 9840 && e <= 10087 || e === 10088 || e === 10089 || e === 10090 || e === 10091 || e === 10092 || e === 10093 || e === 10094 || e === 10095 || e === 10096 || e === 10097 || e === 10098 || e === 10099 || e === 10100 || e === 10101 || e >= 10132 && e <= 10175 || e >= 10176 && e <= 10180 || e === 10181 || e === 10182 || e >= 10183 && e <= 10213 || e === 10214 || e === 10215 || e === 10216 || e === 10217 || e === 10218 || e === 10219 || e === 10220 || e === 10221 || e === 10222 || e === 10223 || e >= 10224 && e <= 10239 || e >= 10240 && e <= 10495 || e >= 10496 && e <= 10626 || e === 10627 || e === 10628 || e === 10629 || e === 10630 || e === 10631 || e === 10632 || e === 10633 || e === 10634 || e === 10635 || e === 10636 || e === 10637 || e === 10638 || e === 10639 || e === 10640 || e === 10641 || e === 10642 || e === 10643 || e === 10644 || e === 10645 || e === 10646 || e === 10647 || e === 10648 || e >= 10649 && e <= 10711 || e === 10712 || e === 10713 || e === 10714 || e === 10715 || e >= 10716 && e <= 10747 || e === 10748 || e === 10749 || e >= 10750 && e <= 11007 || e >= 11008 && e <= 11055 || e >= 11056 && e <= 11076 || e >= 11077 && e <= 11078 || e >= 11079 && e <= 11084 || e >= 11085 && e <= 11123 || e >= 11124 && e <= 11125 || e >= 11126 && e <= 11157 || e === 11158 || e >= 11159 && e <= 11263 || e >= 11776 && e <= 11777 || e === 11778 || e === 11779 || e === 11780 || e === 11781 || e >= 11782 && e <= 11784 || e === 11785 || e === 11786 || e === 11787 || e === 11788 || e === 11789 || e >= 11790 && e <= 11798 || e === 11799 || e >= 11800 && e <= 11801 || e === 11802 || e === 11803 || e === 11804 || e === 11805 || e >= 11806 && e <= 11807 || e === 11808 || e === 11809 || e === 11810 || e === 11811 || e === 11812 || e === 11813 || e === 11814 || e === 11815 || e === 11816 || e === 11817 || e >= 11818 && e <= 11822 || e === 11823 || e >= 11824 && e <= 11833 || e >= 11834 && e <= 11835 || e >= 11836 && e <= 11839 || e === 11840 || e === 11841 || e === 11842 || e >= 11843 && e <= 11855 || e >= 11856 && e <= 11857 || e === 11858 || e >= 11859 && e <= 11903 || e >= 12289 && e <= 12291 || e === 12296 || e === 12297 || e === 12298 || e === 12299 || e === 12300 || e === 12301 || e === 12302 || e === 12303 || e === 12304 || e === 12305 || e >= 12306 && e <= 12307 || e === 12308 || e === 12309 || e === 12310 || e === 12311 || e === 12312 || e === 12313 || e === 12314 || e === 12315 || e === 12316 || e === 12317 || e >= 12318 && e <= 12319 || e === 12320 || e === 12336 || e === 64830 || e === 64831 || e >= 65093 && e <= 65094;
}
function nn(e) {
  e.forEach(function(t) {
    if (delete t.location, pa(t) || xa(t))
      for (var r in t.options)
        delete t.options[r].location, nn(t.options[r].value);
    else ba(t) && wa(t.style) || (ma(t) || _a(t)) && Qr(t.style) ? delete t.style.location : ya(t) && nn(t.children);
  });
}
function ou(e, t) {
  t === void 0 && (t = {}), t = Y({ shouldParseSkeletons: !0, requiresOtherClause: !0 }, t);
  var r = new nu(e, t).parse();
  if (r.err) {
    var n = SyntaxError(z[r.err.kind]);
    throw n.location = r.err.location, n.originalMessage = r.err.message, n;
  }
  return t?.captureLocation || nn(r.val), r.val;
}
var vt;
(function(e) {
  e.MISSING_VALUE = "MISSING_VALUE", e.INVALID_VALUE = "INVALID_VALUE", e.MISSING_INTL_API = "MISSING_INTL_API";
})(vt || (vt = {}));
var gr = (
  /** @class */
  (function(e) {
    vr(t, e);
    function t(r, n, i) {
      var a = e.call(this, r) || this;
      return a.code = n, a.originalMessage = i, a;
    }
    return t.prototype.toString = function() {
      return "[formatjs Error: ".concat(this.code, "] ").concat(this.message);
    }, t;
  })(Error)
), Hi = (
  /** @class */
  (function(e) {
    vr(t, e);
    function t(r, n, i, a) {
      return e.call(this, 'Invalid values for "'.concat(r, '": "').concat(n, '". Options are "').concat(Object.keys(i).join('", "'), '"'), vt.INVALID_VALUE, a) || this;
    }
    return t;
  })(gr)
), lu = (
  /** @class */
  (function(e) {
    vr(t, e);
    function t(r, n, i) {
      return e.call(this, 'Value for "'.concat(r, '" must be of type ').concat(n), vt.INVALID_VALUE, i) || this;
    }
    return t;
  })(gr)
), uu = (
  /** @class */
  (function(e) {
    vr(t, e);
    function t(r, n) {
      return e.call(this, 'The intl string context variable "'.concat(r, '" was not provided to the string "').concat(n, '"'), vt.MISSING_VALUE, n) || this;
    }
    return t;
  })(gr)
), be;
(function(e) {
  e[e.literal = 0] = "literal", e[e.object = 1] = "object";
})(be || (be = {}));
function fu(e) {
  return e.length < 2 ? e : e.reduce(function(t, r) {
    var n = t[t.length - 1];
    return !n || n.type !== be.literal || r.type !== be.literal ? t.push(r) : n.value += r.value, t;
  }, []);
}
function hu(e) {
  return typeof e == "function";
}
function Qt(e, t, r, n, i, a, u) {
  if (e.length === 1 && pi(e[0]))
    return [
      {
        type: be.literal,
        value: e[0].value
      }
    ];
  for (var o = [], f = 0, l = e; f < l.length; f++) {
    var c = l[f];
    if (pi(c)) {
      o.push({
        type: be.literal,
        value: c.value
      });
      continue;
    }
    if (Ll(c)) {
      typeof a == "number" && o.push({
        type: be.literal,
        value: r.getNumberFormat(t).format(a)
      });
      continue;
    }
    var h = c.value;
    if (!(i && h in i))
      throw new uu(h, u);
    var d = i[h];
    if (Ol(c)) {
      (!d || typeof d == "string" || typeof d == "number") && (d = typeof d == "string" || typeof d == "number" ? String(d) : ""), o.push({
        type: typeof d == "string" ? be.literal : be.object,
        value: d
      });
      continue;
    }
    if (ma(c)) {
      var C = typeof c.style == "string" ? n.date[c.style] : Qr(c.style) ? c.style.parsedOptions : void 0;
      o.push({
        type: be.literal,
        value: r.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (_a(c)) {
      var C = typeof c.style == "string" ? n.time[c.style] : Qr(c.style) ? c.style.parsedOptions : n.time.medium;
      o.push({
        type: be.literal,
        value: r.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (ba(c)) {
      var C = typeof c.style == "string" ? n.number[c.style] : wa(c.style) ? c.style.parsedOptions : void 0;
      C && C.scale && (d = d * (C.scale || 1)), o.push({
        type: be.literal,
        value: r.getNumberFormat(t, C).format(d)
      });
      continue;
    }
    if (ya(c)) {
      var g = c.children, w = c.value, O = i[w];
      if (!hu(O))
        throw new lu(w, "function", u);
      var p = Qt(g, t, r, n, i, a), b = O(p.map(function(x) {
        return x.value;
      }));
      Array.isArray(b) || (b = [b]), o.push.apply(o, b.map(function(x) {
        return {
          type: typeof x == "string" ? be.literal : be.object,
          value: x
        };
      }));
    }
    if (pa(c)) {
      var y = c.options[d] || c.options.other;
      if (!y)
        throw new Hi(c.value, d, Object.keys(c.options), u);
      o.push.apply(o, Qt(y.value, t, r, n, i));
      continue;
    }
    if (xa(c)) {
      var y = c.options["=".concat(d)];
      if (!y) {
        if (!Intl.PluralRules)
          throw new gr(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, vt.MISSING_INTL_API, u);
        var B = r.getPluralRules(t, { type: c.pluralType }).select(d - (c.offset || 0));
        y = c.options[B] || c.options.other;
      }
      if (!y)
        throw new Hi(c.value, d, Object.keys(c.options), u);
      o.push.apply(o, Qt(y.value, t, r, n, i, d - (c.offset || 0)));
      continue;
    }
  }
  return fu(o);
}
function cu(e, t) {
  return t ? Y(Y(Y({}, e || {}), t || {}), Object.keys(e).reduce(function(r, n) {
    return r[n] = Y(Y({}, e[n]), t[n] || {}), r;
  }, {})) : e;
}
function du(e, t) {
  return t ? Object.keys(e).reduce(function(r, n) {
    return r[n] = cu(e[n], t[n]), r;
  }, Y({}, e)) : e;
}
function kr(e) {
  return {
    create: function() {
      return {
        get: function(t) {
          return e[t];
        },
        set: function(t, r) {
          e[t] = r;
        }
      };
    }
  };
}
function vu(e) {
  return e === void 0 && (e = {
    number: {},
    dateTime: {},
    pluralRules: {}
  }), {
    getNumberFormat: Rr(function() {
      for (var t, r = [], n = 0; n < arguments.length; n++)
        r[n] = arguments[n];
      return new ((t = Intl.NumberFormat).bind.apply(t, Mr([void 0], r, !1)))();
    }, {
      cache: kr(e.number),
      strategy: Nr.variadic
    }),
    getDateTimeFormat: Rr(function() {
      for (var t, r = [], n = 0; n < arguments.length; n++)
        r[n] = arguments[n];
      return new ((t = Intl.DateTimeFormat).bind.apply(t, Mr([void 0], r, !1)))();
    }, {
      cache: kr(e.dateTime),
      strategy: Nr.variadic
    }),
    getPluralRules: Rr(function() {
      for (var t, r = [], n = 0; n < arguments.length; n++)
        r[n] = arguments[n];
      return new ((t = Intl.PluralRules).bind.apply(t, Mr([void 0], r, !1)))();
    }, {
      cache: kr(e.pluralRules),
      strategy: Nr.variadic
    })
  };
}
var gu = (
  /** @class */
  (function() {
    function e(t, r, n, i) {
      r === void 0 && (r = e.defaultLocale);
      var a = this;
      if (this.formatterCache = {
        number: {},
        dateTime: {},
        pluralRules: {}
      }, this.format = function(f) {
        var l = a.formatToParts(f);
        if (l.length === 1)
          return l[0].value;
        var c = l.reduce(function(h, d) {
          return !h.length || d.type !== be.literal || typeof h[h.length - 1] != "string" ? h.push(d.value) : h[h.length - 1] += d.value, h;
        }, []);
        return c.length <= 1 ? c[0] || "" : c;
      }, this.formatToParts = function(f) {
        return Qt(a.ast, a.locales, a.formatters, a.formats, f, void 0, a.message);
      }, this.resolvedOptions = function() {
        var f;
        return {
          locale: ((f = a.resolvedLocale) === null || f === void 0 ? void 0 : f.toString()) || Intl.NumberFormat.supportedLocalesOf(a.locales)[0]
        };
      }, this.getAst = function() {
        return a.ast;
      }, this.locales = r, this.resolvedLocale = e.resolveLocale(r), typeof t == "string") {
        if (this.message = t, !e.__parse)
          throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
        var u = i || {};
        u.formatters;
        var o = Sl(u, ["formatters"]);
        this.ast = e.__parse(t, Y(Y({}, o), { locale: this.resolvedLocale }));
      } else
        this.ast = t;
      if (!Array.isArray(this.ast))
        throw new TypeError("A message must be provided as a String or AST.");
      this.formats = du(e.formats, n), this.formatters = i && i.formatters || vu(this.formatterCache);
    }
    return Object.defineProperty(e, "defaultLocale", {
      get: function() {
        return e.memoizedDefaultLocale || (e.memoizedDefaultLocale = new Intl.NumberFormat().resolvedOptions().locale), e.memoizedDefaultLocale;
      },
      enumerable: !1,
      configurable: !0
    }), e.memoizedDefaultLocale = null, e.resolveLocale = function(t) {
      if (!(typeof Intl.Locale > "u")) {
        var r = Intl.NumberFormat.supportedLocalesOf(t);
        return r.length > 0 ? new Intl.Locale(r[0]) : new Intl.Locale(typeof t == "string" ? t : t[0]);
      }
    }, e.__parse = ou, e.formats = {
      number: {
        integer: {
          maximumFractionDigits: 0
        },
        currency: {
          style: "currency"
        },
        percent: {
          style: "percent"
        }
      },
      date: {
        short: {
          month: "numeric",
          day: "numeric",
          year: "2-digit"
        },
        medium: {
          month: "short",
          day: "numeric",
          year: "numeric"
        },
        long: {
          month: "long",
          day: "numeric",
          year: "numeric"
        },
        full: {
          weekday: "long",
          month: "long",
          day: "numeric",
          year: "numeric"
        }
      },
      time: {
        short: {
          hour: "numeric",
          minute: "numeric"
        },
        medium: {
          hour: "numeric",
          minute: "numeric",
          second: "numeric"
        },
        long: {
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
          timeZoneName: "short"
        },
        full: {
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
          timeZoneName: "short"
        }
      }
    }, e;
  })()
);
function bu(e, t) {
  if (t == null)
    return;
  if (t in e)
    return e[t];
  const r = t.split(".");
  let n = e;
  for (let i = 0; i < r.length; i++)
    if (typeof n == "object") {
      if (i > 0) {
        const a = r.slice(i, r.length).join(".");
        if (a in n) {
          n = n[a];
          break;
        }
      }
      n = n[r[i]];
    } else
      n = void 0;
  return n;
}
const We = {}, mu = (e, t, r) => r && (t in We || (We[t] = {}), e in We[t] || (We[t][e] = r), r), Pa = (e, t) => {
  if (t == null)
    return;
  if (t in We && e in We[t])
    return We[t][e];
  const r = br(t);
  for (let n = 0; n < r.length; n++) {
    const i = r[n], a = pu(i, e);
    if (a)
      return mu(e, t, a);
  }
};
let yn;
const Lt = dr({});
function _u(e) {
  return yn[e] || null;
}
function Ia(e) {
  return e in yn;
}
function pu(e, t) {
  if (!Ia(e))
    return null;
  const r = _u(e);
  return bu(r, t);
}
function xu(e) {
  if (e == null)
    return;
  const t = br(e);
  for (let r = 0; r < t.length; r++) {
    const n = t[r];
    if (Ia(n))
      return n;
  }
}
function yu(e, ...t) {
  delete We[e], Lt.update((r) => (r[e] = El.all([r[e] || {}, ...t]), r));
}
_t(
  [Lt],
  ([e]) => Object.keys(e)
);
Lt.subscribe((e) => yn = e);
const $t = {};
function wu(e, t) {
  $t[e].delete(t), $t[e].size === 0 && delete $t[e];
}
function Oa(e) {
  return $t[e];
}
function Eu(e) {
  return br(e).map((t) => {
    const r = Oa(t);
    return [t, r ? [...r] : []];
  }).filter(([, t]) => t.length > 0);
}
function an(e) {
  return e == null ? !1 : br(e).some(
    (t) => {
      var r;
      return (r = Oa(t)) == null ? void 0 : r.size;
    }
  );
}
function Su(e, t) {
  return Promise.all(
    t.map((n) => (wu(e, n), n().then((i) => i.default || i)))
  ).then((n) => yu(e, ...n));
}
const St = {};
function La(e) {
  if (!an(e))
    return e in St ? St[e] : Promise.resolve();
  const t = Eu(e);
  return St[e] = Promise.all(
    t.map(
      ([r, n]) => Su(r, n)
    )
  ).then(() => {
    if (an(e))
      return La(e);
    delete St[e];
  }), St[e];
}
const Cu = {
  number: {
    scientific: { notation: "scientific" },
    engineering: { notation: "engineering" },
    compactLong: { notation: "compact", compactDisplay: "long" },
    compactShort: { notation: "compact", compactDisplay: "short" }
  },
  date: {
    short: { month: "numeric", day: "numeric", year: "2-digit" },
    medium: { month: "short", day: "numeric", year: "numeric" },
    long: { month: "long", day: "numeric", year: "numeric" },
    full: { weekday: "long", month: "long", day: "numeric", year: "numeric" }
  },
  time: {
    short: { hour: "numeric", minute: "numeric" },
    medium: { hour: "numeric", minute: "numeric", second: "numeric" },
    long: {
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      timeZoneName: "short"
    },
    full: {
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      timeZoneName: "short"
    }
  }
}, Hu = {
  fallbackLocale: null,
  loadingDelay: 200,
  formats: Cu,
  warnOnMissingMessages: !0,
  handleMissingMessage: void 0,
  ignoreTag: !0
}, Tu = Hu;
function gt() {
  return Tu;
}
const Ur = dr(!1);
var Au = Object.defineProperty, Bu = Object.defineProperties, Pu = Object.getOwnPropertyDescriptors, Ti = Object.getOwnPropertySymbols, Iu = Object.prototype.hasOwnProperty, Ou = Object.prototype.propertyIsEnumerable, Ai = (e, t, r) => t in e ? Au(e, t, { enumerable: !0, configurable: !0, writable: !0, value: r }) : e[t] = r, Lu = (e, t) => {
  for (var r in t || (t = {}))
    Iu.call(t, r) && Ai(e, r, t[r]);
  if (Ti)
    for (var r of Ti(t))
      Ou.call(t, r) && Ai(e, r, t[r]);
  return e;
}, Mu = (e, t) => Bu(e, Pu(t));
let sn;
const ir = dr(null);
function Bi(e) {
  return e.split("-").map((t, r, n) => n.slice(0, r + 1).join("-")).reverse();
}
function br(e, t = gt().fallbackLocale) {
  const r = Bi(e);
  return t ? [.../* @__PURE__ */ new Set([...r, ...Bi(t)])] : r;
}
function it() {
  return sn ?? void 0;
}
ir.subscribe((e) => {
  sn = e ?? void 0, typeof window < "u" && e != null && document.documentElement.setAttribute("lang", e);
});
const Ru = (e) => {
  if (e && xu(e) && an(e)) {
    const { loadingDelay: t } = gt();
    let r;
    return typeof window < "u" && it() != null && t ? r = window.setTimeout(
      () => Ur.set(!0),
      t
    ) : Ur.set(!0), La(e).then(() => {
      ir.set(e);
    }).finally(() => {
      clearTimeout(r), Ur.set(!1);
    });
  }
  return ir.set(e);
}, xt = Mu(Lu({}, ir), {
  set: Ru
}), mr = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (n) => {
    const i = JSON.stringify(n);
    return i in t ? t[i] : t[i] = e(n);
  };
};
var Nu = Object.defineProperty, ar = Object.getOwnPropertySymbols, Ma = Object.prototype.hasOwnProperty, Ra = Object.prototype.propertyIsEnumerable, Pi = (e, t, r) => t in e ? Nu(e, t, { enumerable: !0, configurable: !0, writable: !0, value: r }) : e[t] = r, wn = (e, t) => {
  for (var r in t || (t = {}))
    Ma.call(t, r) && Pi(e, r, t[r]);
  if (ar)
    for (var r of ar(t))
      Ra.call(t, r) && Pi(e, r, t[r]);
  return e;
}, yt = (e, t) => {
  var r = {};
  for (var n in e)
    Ma.call(e, n) && t.indexOf(n) < 0 && (r[n] = e[n]);
  if (e != null && ar)
    for (var n of ar(e))
      t.indexOf(n) < 0 && Ra.call(e, n) && (r[n] = e[n]);
  return r;
};
const It = (e, t) => {
  const { formats: r } = gt();
  if (e in r && t in r[e])
    return r[e][t];
  throw new Error(`[svelte-i18n] Unknown "${t}" ${e} format.`);
}, Du = mr(
  (e) => {
    var t = e, { locale: r, format: n } = t, i = yt(t, ["locale", "format"]);
    if (r == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format numbers');
    return n && (i = It("number", n)), new Intl.NumberFormat(r, i);
  }
), ku = mr(
  (e) => {
    var t = e, { locale: r, format: n } = t, i = yt(t, ["locale", "format"]);
    if (r == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format dates');
    return n ? i = It("date", n) : Object.keys(i).length === 0 && (i = It("date", "short")), new Intl.DateTimeFormat(r, i);
  }
), Uu = mr(
  (e) => {
    var t = e, { locale: r, format: n } = t, i = yt(t, ["locale", "format"]);
    if (r == null)
      throw new Error(
        '[svelte-i18n] A "locale" must be set to format time values'
      );
    return n ? i = It("time", n) : Object.keys(i).length === 0 && (i = It("time", "short")), new Intl.DateTimeFormat(r, i);
  }
), Gu = (e = {}) => {
  var t = e, {
    locale: r = it()
  } = t, n = yt(t, [
    "locale"
  ]);
  return Du(wn({ locale: r }, n));
}, Fu = (e = {}) => {
  var t = e, {
    locale: r = it()
  } = t, n = yt(t, [
    "locale"
  ]);
  return ku(wn({ locale: r }, n));
}, zu = (e = {}) => {
  var t = e, {
    locale: r = it()
  } = t, n = yt(t, [
    "locale"
  ]);
  return Uu(wn({ locale: r }, n));
}, Xu = mr(
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
  (e, t = it()) => new gu(e, t, gt().formats, {
    ignoreTag: gt().ignoreTag
  })
), Wu = (e, t = {}) => {
  var r, n, i, a;
  let u = t;
  typeof e == "object" && (u = e, e = u.id);
  const {
    values: o,
    locale: f = it(),
    default: l
  } = u;
  if (f == null)
    throw new Error(
      "[svelte-i18n] Cannot format a message without first setting the initial locale."
    );
  let c = Pa(e, f);
  if (!c)
    c = (a = (i = (n = (r = gt()).handleMissingMessage) == null ? void 0 : n.call(r, { locale: f, id: e, defaultValue: l })) != null ? i : l) != null ? a : e;
  else if (typeof c != "string")
    return console.warn(
      `[svelte-i18n] Message with id "${e}" must be of type "string", found: "${typeof c}". Gettin its value through the "$format" method is deprecated; use the "json" method instead.`
    ), c;
  if (!o)
    return c;
  let h = c;
  try {
    h = Xu(c, f).format(o);
  } catch (d) {
    d instanceof Error && console.warn(
      `[svelte-i18n] Message "${e}" has syntax error:`,
      d.message
    );
  }
  return h;
}, Yu = (e, t) => zu(t).format(e), ju = (e, t) => Fu(t).format(e), Vu = (e, t) => Gu(t).format(e), Zu = (e, t = it()) => Pa(e, t);
_t([xt, Lt], () => Wu);
_t([xt], () => Yu);
_t([xt], () => ju);
_t([xt], () => Vu);
_t([xt, Lt], () => Zu);
const qu = "__i18n__", Ju = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Ku = [
  "elem_id",
  "elem_classes",
  "visible",
  "interactive",
  "server_fns",
  "server",
  "id",
  "target",
  "theme_mode",
  "version",
  "root",
  "autoscroll",
  "max_file_size",
  "formatter",
  "client",
  "load_component",
  "scale",
  "min_width",
  "theme",
  "padding",
  "loading_status",
  "label",
  "show_label",
  "validation_error",
  "show_progress",
  "api_prefix",
  "container",
  "attached_events",
  "register_component",
  "dispatcher"
];
function Qu(e) {
  return typeof e == "string" && e.includes(qu);
}
class $u {
  load_component;
  #t = /* @__PURE__ */ Ie(Xe({}));
  get shared() {
    return s(this.#t);
  }
  set shared(t) {
    E(this.#t, t, !0);
  }
  #r = /* @__PURE__ */ Ie(Xe({}));
  get props() {
    return s(this.#r);
  }
  set props(t) {
    E(this.#r, t, !0);
  }
  #e = /* @__PURE__ */ Ie((t) => t);
  get i18n() {
    return s(this.#e);
  }
  set i18n(t) {
    E(this.#e, t, !0);
  }
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Ku;
  mounted = !1;
  old_value;
  register_component;
  constructor(t, r) {
    for (const n in t.shared_props)
      this.shared[n] = t.shared_props[n];
    for (const n in t.props)
      this.props[n] = t.props[n];
    if (r)
      for (const n in r)
        this.props[n] === void 0 && (this.props[n] = r[n]);
    this.i18n = this.props.i18n ?? ((n) => n);
    for (const n of Ju)
      this.shared[n] = this._translate_and_store(
        "shared",
        n,
        // @ts-ignore
        t.shared_props[n]
      ), this.props[n] = this._translate_and_store(
        "props",
        n,
        // @ts-ignore
        t.props[n]
      );
    this.load_component = this.shared.load_component, this.register_component = this.shared.register_component || (() => {
    }), this.dispatcher = this.shared.dispatcher || (() => {
    }), this.register_component(
      t.shared_props.id,
      // @ts-ignore
      this.set_data.bind(this),
      this.get_data.bind(this)
    ), ht(() => {
      for (const n in t.shared_props)
        this._is_i18n_managed(`shared.${n}`, t.shared_props[n]) || (this.shared[n] = t.shared_props[n]);
      for (const n in t.props)
        this._is_i18n_managed(`props.${n}`, t.props[n]) || (this.props[n] = t.props[n]);
      this.register_component(
        t.shared_props.id,
        // @ts-ignore
        this.set_data.bind(this),
        this.get_data.bind(this)
      ), J(() => {
        this.shared.id = t.shared_props.id;
      });
    }), Object.keys(this.translatable_props).length > 0 && xt.subscribe(() => {
      for (const [n, i] of Object.entries(this.translatable_props)) {
        const [a, u] = n.split("."), o = this.i18n(i);
        a === "shared" ? this.shared[u] = o : this.props[u] = o;
      }
    });
  }
  // check if props are translatable
  _is_i18n_managed(t, r) {
    const n = this.translatable_props[t];
    return n ? r === n ? !0 : (delete this.translatable_props[t], !1) : !1;
  }
  _translate_and_store(t, r, n) {
    if (typeof n != "string") return n;
    const i = this.i18n(n);
    return i !== n && (this.translatable_props[`${t}.${r}`] = n), i;
  }
  dispatch(t, r) {
    this.dispatcher(this.shared.id, t, r);
  }
  async get_data() {
    return Po(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const r in t) {
      const n = t[r], i = Qu(n) ? this._translate_and_store(this.shared_props.includes(r) ? "shared" : "props", r, n) : n;
      if (this.shared_props.includes(r)) {
        const a = r;
        this.shared[a] = i;
        continue;
      }
      this.props[r] = i;
    }
  }
  watch_for_change() {
    ht(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
Ho();
var ef = /* @__PURE__ */ mt('<svg class="resize-handle svelte-1hhxcvk" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><line x1="1" y1="9" x2="9" y2="1" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line><line x1="5" y1="9" x2="9" y2="5" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line></svg>'), Ii = /* @__PURE__ */ se("<!> <!>", 1), tf = /* @__PURE__ */ se('<div class="placeholder svelte-1hhxcvk"></div>');
function rf(e, t) {
  De(t, !1);
  let r = _(t, "height", 8, void 0), n = _(t, "min_height", 8, void 0), i = _(t, "max_height", 8, void 0), a = _(t, "width", 8, void 0), u = _(t, "elem_id", 8, ""), o = _(t, "elem_classes", 24, () => []), f = _(t, "variant", 8, "solid"), l = _(t, "border_mode", 8, "base"), c = _(t, "padding", 8, !0), h = _(t, "type", 8, "normal"), d = _(t, "test_id", 8, void 0), C = _(t, "explicit_call", 8, !1), g = _(t, "container", 8, !0), w = _(t, "visible", 8, !0), O = _(t, "allow_overflow", 8, !0), p = _(t, "overflow_behavior", 8, "auto"), b = _(t, "scale", 8, null), y = _(t, "min_width", 8, 0), B = _(t, "flex", 12, !1), x = _(t, "resizable", 8, !1), m = _(t, "rtl", 8, !1), H = _(t, "fullscreen", 12, !1), I = _(t, "label", 8, void 0), P = /* @__PURE__ */ k(H()), N = /* @__PURE__ */ k(), L = h() === "fieldset" ? "fieldset" : "div", R = /* @__PURE__ */ k(0), G = /* @__PURE__ */ k(0), T = /* @__PURE__ */ k(null);
  function Q(W) {
    H() && W.key === "Escape" && H(!1);
  }
  const Z = (W) => {
    if (W !== void 0) {
      if (typeof W == "number")
        return W + "px";
      if (typeof W == "string")
        return W;
    }
  }, ie = (W) => {
    let ne = W.clientY;
    const ve = (fe) => {
      const we = fe.clientY - ne;
      ne = fe.clientY, ae(N, s(N).style.height = `${s(N).offsetHeight + we}px`);
    }, q = () => {
      window.removeEventListener("mousemove", ve), window.removeEventListener("mouseup", q);
    };
    window.addEventListener("mousemove", ve), window.addEventListener("mouseup", q);
  };
  Se(
    () => (j(H()), s(P), s(N)),
    () => {
      H() !== s(P) && (E(P, H()), H() ? (E(T, s(N).getBoundingClientRect()), E(R, s(N).offsetHeight), E(G, s(N).offsetWidth), window.addEventListener("keydown", Q)) : (E(T, null), window.removeEventListener("keydown", Q)));
    }
  ), Se(() => j(w()), () => {
    w() || B(!1);
  }), bt(), Ve();
  var he = _n(), de = Re(he);
  {
    var oe = (W) => {
      var ne = Ii(), ve = Re(ne);
      $o(ve, () => L, !1, (we, Be) => {
        je(we, (Ce) => E(N, Ce), () => s(N)), fa(
          we,
          (Ce, at, Mt, Rt, _r) => ({
            "data-testid": d(),
            id: u(),
            class: `block ${Ce ?? ""}`,
            dir: m() ? "rtl" : "ltr",
            "aria-label": I(),
            style: "",
            [Ke]: {
              hidden: w() === "hidden",
              padded: c(),
              flex: B(),
              border_focus: l() === "focus",
              border_contrast: l() === "contrast",
              "hide-container": !C() && !g(),
              fullscreen: H(),
              animating: H() && s(T) !== null,
              "auto-margin": b() === null
            },
            [ot]: {
              height: at,
              "min-height": Mt,
              "max-height": Rt,
              "--start-top": (s(T), J(() => s(T) ? `${s(T).top}px` : "0px")),
              "--start-left": (s(T), J(() => s(T) ? `${s(T).left}px` : "0px")),
              "--start-width": (s(T), J(() => s(T) ? `${s(T).width}px` : "0px")),
              "--start-height": (s(T), J(() => s(T) ? `${s(T).height}px` : "0px")),
              width: _r,
              "border-style": f(),
              overflow: O() ? p() : "hidden",
              "flex-grow": b(),
              "min-width": `calc(min(${y()}px, 100%))`
            }
          }),
          [
            () => (j(o()), J(() => o()?.join(" ") || "")),
            () => (j(H()), j(r()), J(() => H() ? void 0 : Z(r()))),
            () => (j(H()), j(n()), J(() => H() ? void 0 : Z(n()))),
            () => (j(H()), j(i()), J(() => H() ? void 0 : Z(i()))),
            () => (j(H()), j(a()), J(() => H() ? void 0 : typeof a() == "number" ? `calc(min(${a()}px, 100%))` : Z(a())))
          ],
          void 0,
          void 0,
          "svelte-1hhxcvk"
        );
        var ce = Ii(), U = Re(ce);
        Ot(U, t, "default", {});
        var K = $(U, 2);
        {
          var me = (Ce) => {
            var at = ef();
            le("mousedown", at, ie), V(Ce, at);
          };
          xe(K, (Ce) => {
            x() && Ce(me);
          });
        }
        V(Be, ce);
      });
      var q = $(ve, 2);
      {
        var fe = (we) => {
          var Be = tf();
          let ce;
          ye(() => ce = cr(Be, "", ce, {
            height: s(R) + "px",
            width: s(G) + "px"
          })), V(we, Be);
        };
        xe(q, (we) => {
          H() && we(fe);
        });
      }
      V(W, ne);
    };
    xe(de, (W) => {
      (w() === !0 || w() === "hidden") && W(oe);
    });
  }
  V(e, he), Ne();
}
var nf = /* @__PURE__ */ se('<span data-testid="block-info"><!></span> <!>', 1);
function af(e, t) {
  let r = _(t, "show_label", 8, !0), n = _(t, "info", 8, void 0), i = _(t, "rtl", 8, !1);
  var a = nf(), u = Re(a);
  let o;
  var f = re(u);
  Ot(f, t, "default", {});
  var l = $(u, 2);
  {
    var c = (h) => {
      Info(h, {
        get info() {
          return n();
        }
      });
    };
    xe(l, (h) => {
      n() && h(c);
    });
  }
  ye(() => {
    Ae(u, "dir", i() ? "rtl" : "ltr"), o = Me(u, 1, "svelte-mgj1he", null, o, {
      hide: !r(),
      "has-info": n() != null,
      "sr-only": !r()
    }), u.dir = u.dir;
  }), V(e, a);
}
var sf = /* @__PURE__ */ se('<label for="" data-testid="block-label"><span class="svelte-n80y3m"><!></span> </label>');
function of(e, t) {
  let r = _(t, "label", 8, null), n = _(t, "Icon", 8), i = _(t, "show_label", 8, !0), a = _(t, "disable", 8, !1), u = _(t, "float", 8, !0), o = _(t, "rtl", 8, !1);
  var f = sf();
  let l;
  var c = re(f), h = re(c);
  n()(h, {});
  var d = $(c);
  ye(() => {
    Ae(f, "dir", o() ? "rtl" : "ltr"), l = Me(f, 1, "svelte-n80y3m", null, l, {
      hide: !i(),
      "sr-only": !i(),
      float: u(),
      "hide-label": a()
    }), hr(d, ` ${r() ?? ""}`), f.dir = f.dir;
  }), V(e, f);
}
fr(["click"]);
var lf = /* @__PURE__ */ se('<div aria-label="Empty value"><div class="icon svelte-l207r8"><!></div></div>');
function uf(e, t) {
  De(t, !1);
  const r = /* @__PURE__ */ k();
  let n = _(t, "size", 8, "small"), i = _(t, "unpadded_box", 8, !1), a = /* @__PURE__ */ k();
  function u(h) {
    var d;
    if (!h) return !1;
    const { height: C } = h.getBoundingClientRect(), { height: g } = ((d = h.parentElement) === null || d === void 0 ? void 0 : d.getBoundingClientRect()) || { height: C };
    return C > g + 2;
  }
  Se(() => s(a), () => {
    E(r, u(s(a)));
  }), bt();
  var o = lf();
  let f;
  var l = re(o), c = re(l);
  Ot(c, t, "default", {}), je(o, (h) => E(a, h), () => s(a)), ye(() => f = Me(o, 1, "empty svelte-l207r8", null, f, {
    small: n() === "small",
    large: n() === "large",
    unpadded_box: i(),
    small_parent: s(r)
  })), V(e, o), Ne();
}
fr(["click"]);
var ff = /* @__PURE__ */ mt('<svg class="dropdown-arrow svelte-10lb9vl" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 18 18"><path d="M5 8l4 4 4-4z"></path></svg>');
function hf(e) {
  var t = ff();
  V(e, t);
}
var cf = /* @__PURE__ */ mt('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-image"><rect x="3" y="3" width="18" height="18" rx="2" ry="2"></rect><circle cx="8.5" cy="8.5" r="1.5"></circle><polyline points="21 15 16 10 5 21"></polyline></svg>');
function Na(e) {
  var t = cf();
  V(e, t);
}
var df = /* @__PURE__ */ mt('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw" style="transform: rotateY(180deg);"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function vf(e) {
  var t = df();
  V(e, t);
}
var gf = /* @__PURE__ */ mt('<svg aria-label="undo" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function bf(e) {
  var t = gf();
  V(e, t);
}
const Vt = (e, t, r) => Math.min(Math.max(e, t), r);
class mf {
  constructor(t, r, n = () => null) {
    this.stopDrag = () => {
      if (this.pointersCache.size === 0)
        this.isDragging = !1, document.removeEventListener("pointermove", this.handleDrag), document.removeEventListener("pointerup", this.stopDrag);
      else if (this.pointersCache.size === 1) {
        this.isDragging = !0;
        const i = this.pointersCache.values().next().value;
        [this.startDragX, this.startDragY] = this.toCanvasPoint(i.clientX, i.clientY);
      }
    }, this.handleDrag = (i) => {
      if (this.isDragging && this.pointersCache.size === 1) {
        const [a, u] = this.toCanvasPoint(i.clientX, i.clientY);
        if (this.scale == 1) {
          this.offsetX = (this.canvasWidth - this.imageWidth) / 2, this.offsetY = 0, this.renderCallBack();
          return;
        }
        let o = a - this.startDragX, f = u - this.startDragY;
        this.imageWidth * this.scale > this.canvasWidth ? o = Vt(o, this.canvasWidth - this.offsetX - this.imageWidth * this.scale, -this.offsetX) : o = Vt(o, -this.offsetX, this.canvasWidth - this.offsetX - this.imageWidth * this.scale), this.imageHeight * this.scale > this.canvasHeight ? f = Vt(f, this.canvasHeight - this.offsetY - this.imageHeight * this.scale, -this.offsetY) : f = Vt(f, -this.offsetY, this.canvasHeight - this.offsetY - this.imageHeight * this.scale), this.offsetX += o, this.offsetY += f, this.startDragX = a, this.startDragY = u, this.renderCallBack();
      }
    }, this.renderCallBack = t, this.pointersCache = r, this.getCanvas = n, this.scale = 1, this.offsetX = 0, this.offsetY = 0, this.canvasWidth = 0, this.canvasHeight = 0, this.imageWidth = 0, this.imageHeight = 0, this.imageRotatedWidth = 0, this.imageRotatedHeight = 0, this.isDragging = !1, this.startDragX = 0, this.startDragY = 0, this.orientation = 0;
  }
  // Convert client (CSS pixel) coordinates to canvas coordinates
  toCanvasPoint(t, r) {
    const n = this.getCanvas();
    if (n === null)
      return [t, r];
    const i = n.getBoundingClientRect(), a = i.width > 0 ? n.width / i.width : 1, u = i.height > 0 ? n.height / i.height : 1;
    return [(t - i.left) * a, (r - i.top) * u];
  }
  startDrag(t) {
    this.isDragging = !0, [this.startDragX, this.startDragY] = this.toCanvasPoint(t.clientX, t.clientY), document.addEventListener("pointermove", this.handleDrag), document.addEventListener("pointerup", this.stopDrag);
  }
  setRotatedImage(t) {
    t !== null && (this.orientation == 0 || this.orientation == 2 ? (this.imageRotatedWidth = t.width, this.imageRotatedHeight = t.height) : (this.imageRotatedWidth = t.height, this.imageRotatedHeight = t.width));
  }
  resize(t, r, n = 0, i = 0) {
    this.canvasWidth == t && this.canvasHeight == r || (this.canvasWidth = t, this.canvasHeight = r, this.scale = 1, this.offsetX = n, this.offsetY = i);
  }
}
const ze = (e, t, r) => Math.min(Math.max(e, t), r);
function Zt(e, t) {
  if (e.startsWith("rgba"))
    return e.replace(/[\d.]+$/, t.toString());
  const r = e.match(/\d+/g);
  if (!r || r.length !== 3)
    return `rgba(50, 50, 50, ${t})`;
  const [n, i, a] = r;
  return `rgba(${n}, ${i}, ${a}, ${t})`;
}
const Oi = {
  predicted: { text: "P", color: "rgb(245, 158, 11)", dash: [7, 4] },
  accepted: { text: "✓", color: "rgb(22, 163, 74)", dash: [] },
  new: { text: "+", color: "rgb(37, 99, 235)", dash: [2, 3] }
};
function Gr(e, t) {
  document.addEventListener("pointermove", e), document.addEventListener("pointerup", t);
}
function Fr(e, t) {
  document.removeEventListener("pointermove", e), document.removeEventListener("pointerup", t);
}
function Li(e, t, r, n) {
  return e > r ? [n === "max" ? r : t, e, "min"] : e < t ? [e, n === "min" ? t : r, "max"] : e > t && e < r ? n === "min" ? [t, e, n] : [e, r, n] : [t, r, n];
}
function Mi(e, t, r, n, i, a) {
  return n && (r === "min" ? t = e + i : e = t - i), t > a ? [e - (t - a), a] : e < 0 ? [0, t - e] : [e, t];
}
const Ri = [
  ["min", "min"],
  ["max", "min"],
  ["max", "max"],
  ["min", "max"],
  [null, "min"],
  ["max", null],
  [null, "max"],
  ["min", null]
];
function Ni(e, t, r, n, i, a) {
  return r === "min" ? [ze(e + n, 0, t - i), t] : r === "max" ? [e, ze(t + n, e + i, a)] : [e, t];
}
function _f(e) {
  const t = e.match(/\d+/g);
  if (!t || t.length < 3)
    return "black";
  const [r, n, i] = t.map(Number);
  return 0.299 * r + 0.587 * n + 0.114 * i > 150 ? "black" : "white";
}
class zr {
  constructor(t, r, n, i, a, u, o, f, l, c, h, d, C, g = "rgb(255, 255, 255)", w = 0.5, O = 25, p = 8, b = 2, y = 4, B = 1) {
    this.stopDrag = () => {
      this.isDragging = !1, Fr(this.handleDrag, this.stopDrag);
    }, this.handleDrag = (x) => {
      if (this.isDragging && this.pointersCache.size === 1) {
        const [m, H] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY);
        let I = (m - this.offsetMouseX) / this.canvasWindow.scale - this._xmin, P = (H - this.offsetMouseY) / this.canvasWindow.scale - this._ymin;
        const N = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, L = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        I = ze(I, -this._xmin, N - this._xmax), P = ze(P, -this._ymin, L - this._ymax), this._xmin += I, this._ymin += P, this._xmax += I, this._ymax += P, (I !== 0 || P !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.handleCreating = (x) => {
      if (this.isCreating && this.pointersCache.size === 1) {
        const [m, H] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY);
        let [I, P] = this.toBoxCoordinates(m, H);
        I = I / this.canvasWindow.scale, P = P / this.canvasWindow.scale, [this._xmin, this._xmax, this.creatingAnchorX] = Li(I, this._xmin, this._xmax, this.creatingAnchorX), [this._ymin, this._ymax, this.creatingAnchorY] = Li(P, this._ymin, this._ymax, this.creatingAnchorY), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopCreating = (x) => {
      if (this.isCreating = !1, Fr(this.handleCreating, this.stopCreating), this.getArea() > 0) {
        const m = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, H = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        if (this._xmin = ze(this._xmin, 0, m - this.minSize), this._ymin = ze(this._ymin, 0, H - this.minSize), this._xmax = ze(this._xmax, this.minSize, m), this._ymax = ze(this._ymax, this.minSize, H), this.minSize > 0) {
          const I = this.canvasWindow.scale;
          [this._xmin, this._xmax] = Mi(
            this._xmin,
            this._xmax,
            this.creatingAnchorX,
            this.getWidth() / I < this.minSize,
            this.minSize,
            m
          ), [this._ymin, this._ymax] = Mi(
            this._ymin,
            this._ymax,
            this.creatingAnchorY,
            this.getHeight() / I < this.minSize,
            this.minSize,
            H
          );
        }
        this.applyUserScale(), this.renderCallBack();
      }
      this.onFinishCreation();
    }, this.handleResize = (x) => {
      if (this.isResizing && this.pointersCache.size === 1) {
        const [m, H] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY), I = (m - this.offsetMouseX - this.resizeHandles[this.resizingHandleIndex].xmin) / this.canvasWindow.scale, P = (H - this.offsetMouseY - this.resizeHandles[this.resizingHandleIndex].ymin) / this.canvasWindow.scale, N = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, L = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale, [R, G] = Ri[this.resizingHandleIndex];
        [this._xmin, this._xmax] = Ni(this._xmin, this._xmax, R, I, this.minSize, N), [this._ymin, this._ymax] = Ni(this._ymin, this._ymax, G, P, this.minSize, L), (I !== 0 || P !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopResize = () => {
      this.isResizing = !1, Fr(this.handleResize, this.stopResize);
    }, this.renderCallBack = t, this.onFinishCreation = r, this.canvasWindow = n, this.pointersCache = i, this.canvasXmin = a, this.canvasYmin = u, this.canvasXmax = o, this.canvasYmax = f, this.scaleFactor = B, this.label = l, this.isDragging = !1, this.isCreating = !1, this._xmin = c, this._ymin = h, this._xmax = d, this._ymax = C, this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.isResizing = !1, this.isSelected = !1, this.offsetMouseX = 0, this.offsetMouseY = 0, this.resizeHandleSize = p, this.thickness = b, this.selectedThickness = y, this.updateHandles(), this.resizingHandleIndex = -1, this.minSize = O, this.color = g, this.alpha = w, this.creatingAnchorX = "min", this.creatingAnchorY = "min", this.state = "new", this.score = null;
  }
  /** The person changed this box: it is theirs now, unsaved, with no model score. */
  markEdited() {
    this.state = "new", this.score = null;
  }
  /** The text on the label: the class, and the model's score for a proposal. */
  caption() {
    const t = this.label ?? "";
    return this.score === null || this.score === void 0 ? t : `${t} ${this.score.toFixed(2)}`;
  }
  toJSON() {
    return {
      label: this.label,
      xmin: this._xmin,
      ymin: this._ymin,
      xmax: this._xmax,
      ymax: this._ymax,
      color: this.color,
      scaleFactor: this.scaleFactor,
      state: this.state,
      score: this.score
    };
  }
  setSelected(t) {
    this.isSelected = t;
  }
  /** Point the box at a new canvas instance.
   *
   * Boxes live in the component value, which outlives the component itself:
   * Gradio can rebuild the canvas and leave the existing boxes in place. The
   * callbacks, viewer and pointer cache they captured then belong to a dead
   * instance, so pointer state never reaches them and they stop responding.
   *
   * Args:
   *     renderCallBack: Redraw of the live canvas.
   *     onFinishCreation: Called when the box finishes being created.
   *     canvasWindow: Viewer of the live canvas.
   *     pointersCache: Pointer cache the live canvas writes to.
   */
  attach(t, r, n, i) {
    this.renderCallBack = t, this.onFinishCreation = r, this.canvasWindow = n, this.pointersCache = i;
  }
  setScaleFactor(t) {
    let r = t / this.scaleFactor;
    this._xmin = this._xmin * r, this._ymin = this._ymin * r, this._xmax = this._xmax * r, this._ymax = this._ymax * r, this.applyUserScale(), this.scaleFactor = t;
  }
  updateHandles() {
    const t = this.resizeHandleSize / 2, r = (n, i, a) => n === null ? i + (a - i) / 2 : n === "min" ? i : a;
    this.resizeHandles = Ri.map(([n, i]) => {
      const a = r(n, this.xmin, this.xmax), u = r(i, this.ymin, this.ymax), o = n === null ? "ns-resize" : i === null ? "ew-resize" : n === i ? "nwse-resize" : "nesw-resize";
      return { xmin: a - t, ymin: u - t, xmax: a + t, ymax: u + t, cursor: o };
    });
  }
  getWidth() {
    return this.xmax - this.xmin;
  }
  getHeight() {
    return this.ymax - this.ymin;
  }
  getArea() {
    return this.getWidth() * this.getHeight();
  }
  toCanvasCoordinates(t, r) {
    return t = t + this.canvasXmin, r = r + this.canvasYmin, [t, r];
  }
  toBoxCoordinates(t, r) {
    return t = t - this.canvasXmin, r = r - this.canvasYmin, [t, r];
  }
  applyUserScale() {
    this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.updateHandles();
  }
  updateOffset() {
    this.canvasXmin = this.canvasWindow.offsetX, this.canvasYmin = this.canvasWindow.offsetY, this.canvasXmax = this.canvasWindow.offsetX + this.canvasWindow.imageWidth * this.canvasWindow.scale, this.canvasYmax = this.canvasWindow.offsetY + this.canvasWindow.imageHeight * this.canvasWindow.scale, this.applyUserScale();
  }
  render(t) {
    let r, n;
    this.updateOffset(), t.beginPath(), [r, n] = this.toCanvasCoordinates(this.xmin, this.ymin), t.rect(r, n, this.getWidth(), this.getHeight()), t.fillStyle = Zt(this.color, this.alpha), t.fill(), this.isSelected ? t.lineWidth = this.selectedThickness : t.lineWidth = this.thickness;
    const i = Oi[this.state] ?? Oi.new;
    t.strokeStyle = Zt(this.color, 1), t.setLineDash(i.dash.map((h) => h * Math.max(1, t.lineWidth / 2))), t.stroke(), t.setLineDash([]), t.closePath();
    const a = this.caption();
    t.font = this.isSelected ? "bold 13px Arial" : "12px Arial";
    const u = 18, o = u, f = a.trim() === "" ? 0 : t.measureText(a).width + 10;
    let [l, c] = this.toCanvasCoordinates(this.xmin, this.ymin - u);
    if (c < 0 && (c += u), t.fillStyle = i.color, t.fillRect(l, c, o, u), t.fillStyle = "white", t.textAlign = "center", t.fillText(i.text, l + o / 2, c + 13), t.textAlign = "left", f > 0 && (t.fillStyle = Zt(this.color, 1), t.fillRect(l + o, c, f, u), t.fillStyle = _f(this.color), t.fillText(a, l + o + 5, c + 13)), t.lineWidth = 1, t.strokeStyle = "rgba(0, 0, 0, 0.6)", t.strokeRect(l, c, o + f, u), !!this.isSelected) {
      t.fillStyle = Zt(this.color, 1);
      for (const h of this.resizeHandles)
        [r, n] = this.toCanvasCoordinates(h.xmin, h.ymin), t.fillRect(
          r,
          n,
          h.xmax - h.xmin,
          h.ymax - h.ymin
        );
    }
  }
  startDrag(t) {
    this.isDragging = !0;
    const [r, n] = this.canvasWindow.toCanvasPoint(t.clientX, t.clientY);
    this.offsetMouseX = r - this._xmin * this.canvasWindow.scale, this.offsetMouseY = n - this._ymin * this.canvasWindow.scale, Gr(this.handleDrag, this.stopDrag);
  }
  isPointInsideBox(t, r) {
    return [t, r] = this.toBoxCoordinates(t, r), t >= this.xmin && t <= this.xmax && r >= this.ymin && r <= this.ymax;
  }
  indexOfPointInsideHandle(t, r) {
    [t, r] = this.toBoxCoordinates(t, r);
    for (let n = 0; n < this.resizeHandles.length; n++) {
      const i = this.resizeHandles[n];
      if (t >= i.xmin && t <= i.xmax && r >= i.ymin && r <= i.ymax)
        return this.resizingHandleIndex = n, n;
    }
    return -1;
  }
  startCreating() {
    this.isCreating = !0, Gr(this.handleCreating, this.stopCreating);
  }
  startResize(t, r) {
    this.resizingHandleIndex = t, this.isResizing = !0;
    const [n, i] = this.canvasWindow.toCanvasPoint(r.clientX, r.clientY);
    this.offsetMouseX = n - this.resizeHandles[t].xmin, this.offsetMouseY = i - this.resizeHandles[t].ymin, Gr(this.handleResize, this.stopResize);
  }
  onRotate(t) {
    const [r, n, i, a] = [this._xmin, this._xmax, this._ymin, this._ymax];
    switch (t) {
      case 1:
        this._xmin = this.canvasWindow.imageWidth - a, this._xmax = this.canvasWindow.imageWidth - i, this._ymin = r, this._ymax = n;
        break;
      case -1:
        this._xmin = i, this._xmax = a, this._ymin = this.canvasWindow.imageHeight - n, this._ymax = this.canvasWindow.imageHeight - r;
        break;
    }
    this.applyUserScale();
  }
}
var pf = /* @__PURE__ */ mt('<svg width="100%" height="100%" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-width="2" style="stroke-linecap:round;stroke-linejoin:round;"><path></path></svg>');
function Tt(e, t) {
  let r = _(t, "d", 8);
  var n = pf(), i = $i(n);
  ye(() => Ae(i, "d", r())), V(e, n);
}
var xf = /* @__PURE__ */ se("<button><!></button>");
function Je(e, t) {
  const r = bi(t, ["children", "$$slots", "$$events", "$$legacy"]), n = bi(r, ["selected"]);
  let i = _(t, "selected", 8, !1);
  var a = xf();
  fa(
    a,
    () => ({
      class: "icon",
      ...n,
      [Ke]: { selected: i() }
    }),
    void 0,
    void 0,
    void 0,
    "svelte-1q29fxg"
  );
  var u = re(a);
  Ot(u, t, "default", {}), le("click", a, function(o) {
    fl.call(this, t, o);
  }), V(e, a);
}
const yf = "M3 2h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM18 2h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM3 17h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM18 17h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM7.5 4.5H16M7.5 19.5H16M4.5 8V16M19.5 8V16", wf = "M 14.4 2.85 V 11.1 V 3.95 C 14.4 3.0387 15.1388 2.3 16.05 2.3 C 16.9612 2.3 17.7 3.0387 17.7 3.95 V 11.1 V 7.25 C 17.7 6.3387 18.4388 5.6 19.35 5.6 C 20.2612 5.6 21 6.3387 21 7.25 V 16.6 C 21 20.2451 18.0451 23.2 14.4 23.2 H 13.16 C 11.4831 23.2 9.8692 22.5618 8.6459 21.4149 L 3.1915 16.3014 C 2.403 15.5622 2.3829 14.3171 3.1472 13.5528 C 3.8943 12.8057 5.1057 12.8057 5.8528 13.5528 L 7.8 15.5 V 6.15 C 7.8 5.2387 8.5387 4.5 9.45 4.5 C 10.3612 4.5 11.1 5.2387 11.1 6.15 V 11.1 V 2.85 C 11.1 1.9387 11.8388 1.2 12.75 1.2 C 13.6612 1.2 14.4 1.9387 14.4 2.85 Z", Ef = "M10 12L14 16M14 12L10 16M4 6H20M16 6L15.7294 5.18807C15.4671 4.40125 15.3359 4.00784 15.0927 3.71698C14.8779 3.46013 14.6021 3.26132 14.2905 3.13878C13.9376 3 13.523 3 12.6936 3H11.3064C10.477 3 10.0624 3 9.70951 3.13878C9.39792 3.26132 9.12208 3.46013 8.90729 3.71698C8.66405 4.00784 8.53292 4.40125 8.27064 5.18807L8 6M18 6V16.2C18 17.8802 18 18.7202 17.673 19.362C17.3854 19.9265 16.9265 20.3854 16.362 20.673C15.7202 21 14.8802 21 13.2 21H10.8C9.11984 21 8.27976 21 7.63803 20.673C7.07354 20.3854 6.6146 19.9265 6.32698 19.362C6 18.7202 6 17.8802 6 16.2V6", Sf = "M12,2.5L2.5,12c-.7.7-.7,1.8,0,2.4l7.1,7.1c.7.7,1.8.7,2.4,0l9.5-9.5c.3-.3.5-.8.5-1.2V3.7c0-1-.8-1.7-1.7-1.7h-7.1c-.5,0-.9.2-1.2.5ZM7.3,14.1l4.7-4.7M9.9,16.7l2.2-2.2M18.5,6.3c0,.5-.4.9-.9.9s-.9-.4-.9-.9.4-.9.9-.9.9.4.9.9Z", Cf = "M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C15.9474 10 16.5286 10 17 10.0288M7 10.0288C6.41168 10.0647 5.99429 10.1455 5.63803 10.327C5.07354 10.6146 4.6146 11.0735 4.32698 11.638C4 12.2798 4 13.1198 4 14.8V16.2C4 17.8802 4 18.7202 4.32698 19.362C4.6146 19.9265 5.07354 20.3854 5.63803 20.673C6.27976 21 7.11984 21 8.8 21H15.2C16.8802 21 17.7202 21 18.362 20.673C18.9265 20.3854 19.3854 19.9265 19.673 19.362C20 18.7202 20 17.8802 20 16.2V14.8C20 13.1198 20 12.2798 19.673 11.638C19.3854 11.0735 18.9265 10.6146 18.362 10.327C18.0057 10.1455 17.5883 10.0647 17 10.0288M7 10.0288V8C7 5.23858 9.23858 3 12 3C14.7614 3 17 5.23858 17 8V10.0288", Hf = "M16.584 6C15.8124 4.2341 14.0503 3 12 3C9.23858 3 7 5.23858 7 8V10.0288M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C16.8802 10 17.7202 10 18.362 10.327C18.9265 10.6146 19.3854 11.0735 19.673 11.638C20 12.2798 20 13.1198 20 14.8V16.2C20 17.8802 20 18.7202 19.673 19.362C19.3854 19.9265 18.9265 20.3854 18.362 20.673C17.7202 21 16.8802 21 15.2 21H8.8C7.11984 21 6.27976 21 5.63803 20.673C5.07354 20.3854 4.6146 19.9265 4.32698 19.362C4 18.7202 4 17.8802 4 16.2V14.8C4 13.1198 4 12.2798 4.32698 11.638C4.6146 11.0735 5.07354 10.6146 5.63803 10.327C5.99429 10.1455 6.41168 10.0647 7 10.0288Z";
function Tf(e) {
  const t = e - 1;
  return t * t * t + 1;
}
function Di(e) {
  const t = typeof e == "string" && e.match(/^\s*(-?[\d.]+)([^\s]*)\s*$/);
  return t ? [parseFloat(t[1]), t[2] || "px"] : [
    /** @type {number} */
    e,
    "px"
  ];
}
function Af(e, { delay: t = 0, duration: r = 400, easing: n = Tf, x: i = 0, y: a = 0, opacity: u = 0 } = {}) {
  const o = getComputedStyle(e), f = +o.opacity, l = o.transform === "none" ? "" : o.transform, c = f * (1 - u), [h, d] = Di(i), [C, g] = Di(a);
  return {
    delay: t,
    duration: r,
    easing: n,
    css: (w, O) => `
			transform: ${l} translate(${(1 - w) * h}${d}, ${(1 - w) * C}${g});
			opacity: ${f - c * O}`
  };
}
var Bf = /* @__PURE__ */ se('<li data-testid="dropdown-option" role="option"><span>✓</span> </li>'), Pf = /* @__PURE__ */ se('<ul class="options svelte-v45gej" role="listbox"></ul>'), If = /* @__PURE__ */ se('<div class="reference"></div> <!>', 1);
function Of(e, t) {
  De(t, !1);
  var r = /* @__PURE__ */ k(), n = /* @__PURE__ */ k();
  let i = _(t, "choices", 8), a = _(t, "filtered_indices", 8), u = _(t, "show_options", 8, !1), o = _(t, "disabled", 8, !1), f = _(t, "selected_indices", 24, () => []), l = _(t, "active_index", 8, null), c = /* @__PURE__ */ k(), h = /* @__PURE__ */ k(), d = /* @__PURE__ */ k(), C = /* @__PURE__ */ k(), g = /* @__PURE__ */ k(), w = /* @__PURE__ */ k(), O = /* @__PURE__ */ k(), p = /* @__PURE__ */ k(), b = /* @__PURE__ */ k(), y = /* @__PURE__ */ k();
  function B() {
    const { top: R, bottom: G } = s(g).getBoundingClientRect();
    E(c, R), E(h, s(y) - G);
  }
  let x = null;
  function m() {
    u() && (x !== null && clearTimeout(x), x = setTimeout(
      () => {
        B(), x = null;
      },
      10
    ));
  }
  const H = pt();
  Se(
    () => (j(u()), s(g), s(w), j(f()), ue(r), ue(n), s(d), s(h), s(c)),
    () => {
      if (u() && s(g)) {
        if (s(w) && f().length > 0) {
          let G = s(w).querySelectorAll("li");
          for (const T of Array.from(G))
            if (T.getAttribute("data-index") === f()[0].toString()) {
              E(r, s(w) === null || s(w) === void 0 ? void 0 : s(w).scrollTo) === null || ue(r) === void 0 || ue(r).call(s(w), 0, T.offsetTop);
              break;
            }
        }
        B();
        const R = E(n, s(g).parentElement) === null || ue(n) === void 0 ? void 0 : ue(n).getBoundingClientRect();
        E(d, R?.height || 0), E(C, R?.width || 0);
      }
      s(h) > s(c) ? (E(O, `${s(c)}px`), E(b, s(h)), E(p, null)) : (E(p, `${s(h) + s(d)}px`), E(b, s(c) - s(d)), E(O, null));
    }
  ), bt(), Ve();
  var I = If();
  le("scroll", To, m);
  var P = Re(I);
  je(P, (R) => E(g, R), () => s(g));
  var N = $(P, 2);
  {
    var L = (R) => {
      var G = Pf();
      let T;
      Yo(G, 5, a, zo, (Q, Z) => {
        var ie = Bf();
        let he;
        var de = re(ie);
        let oe;
        var W = $(de);
        ye(
          (ne, ve, q) => {
            he = Me(ie, 1, "item svelte-v45gej", null, he, {
              selected: ne,
              active: s(Z) === l(),
              "bg-gray-100": s(Z) === l(),
              "dark:bg-gray-600": s(Z) === l()
            }), Ae(ie, "data-index", s(Z)), Ae(ie, "aria-label", (j(i()), s(Z), J(() => i()[s(Z)][0]))), Ae(ie, "aria-selected", ve), oe = Me(de, 1, "inner-item svelte-v45gej", null, oe, { hide: q }), hr(W, ` ${j(i()), s(Z), J(() => i()[s(Z)][0]) ?? ""}`);
          },
          [
            () => f().includes(s(Z)),
            () => (j(f()), s(Z), J(() => f().includes(s(Z)))),
            () => !f().includes(s(Z))
          ]
        ), V(Q, ie);
      }), je(G, (Q) => E(w, Q), () => s(w)), ye(() => T = cr(G, "", T, {
        bottom: s(p),
        "max-height": `calc(${s(b)}px - var(--window-padding))`,
        width: s(C) + "px"
      })), Qo(3, G, () => Af, () => ({ duration: 200, y: 5 })), le("mousedown", G, ul((Q) => H("change", Q))), V(R, G);
    };
    xe(N, (R) => {
      u() && !o() && R(L);
    });
  }
  ll("innerHeight", (R) => E(y, R)), V(e, I), Ne();
}
function Lf(e, t) {
  return (e % t + t) % t;
}
function ki(e, t) {
  return e.reduce((r, n, i) => ((!t || n[0].toLowerCase().includes(t.toLowerCase())) && r.push(i), r), []);
}
function Mf(e, t, r) {
  e("change", t), r || e("input");
}
function Rf(e, t, r) {
  if (e.key === "Escape")
    return [!1, t];
  if ((e.key === "ArrowDown" || e.key === "ArrowUp") && r.length >= 0)
    if (t === null)
      t = e.key === "ArrowDown" ? r[0] : r[r.length - 1];
    else {
      const n = r.indexOf(t), i = e.key === "ArrowUp" ? -1 : 1;
      t = r[Lf(n + i, r.length)];
    }
  return [!0, t];
}
var Nf = /* @__PURE__ */ se('<div class="icon-wrap svelte-1o5hhf5"><!></div>'), Df = /* @__PURE__ */ se('<div><!> <div class="wrap svelte-1o5hhf5"><div><div class="secondary-wrap svelte-1o5hhf5"><input role="listbox" aria-controls="dropdown-options" autocomplete="off"/> <!></div></div> <!></div></div>');
function kf(e, t) {
  De(t, !1);
  let r = _(t, "label", 8), n = _(t, "info", 8, void 0), i = _(t, "value", 28, () => []), a = /* @__PURE__ */ k([]), u = _(t, "value_is_output", 12, !1), o = _(t, "choices", 8), f = /* @__PURE__ */ k(), l = _(t, "disabled", 8, !1), c = _(t, "show_label", 8), h = _(t, "container", 8, !0), d = _(t, "allow_custom_value", 8, !1), C = _(t, "filterable", 8, !0), g = /* @__PURE__ */ k(), w = /* @__PURE__ */ k(!1), O = /* @__PURE__ */ k(), p = /* @__PURE__ */ k(), b = /* @__PURE__ */ k(""), y = /* @__PURE__ */ k(""), B = /* @__PURE__ */ k(!1), x = /* @__PURE__ */ k([]), m = /* @__PURE__ */ k(null), H = /* @__PURE__ */ k(null), I = /* @__PURE__ */ k();
  const P = pt();
  i() ? (E(I, o().map((U) => U[1]).indexOf(i())), E(H, s(I)), s(H) === -1 ? (E(a, i()), E(H, null)) : (((U) => {
    var K = Ct(U, 2);
    E(b, K[0]), E(a, K[1]);
  })(o()[s(H)]), E(y, s(b))), R()) : o().length > 0 && (E(I, 0), E(H, 0), ((U) => {
    var K = Ct(U, 2);
    E(b, K[0]), i(K[1]);
  })(o()[s(H)]), E(a, i()), E(y, s(b)));
  function N() {
    E(O, o().map((U) => U[0])), E(p, o().map((U) => U[1]));
  }
  let L = /* @__PURE__ */ k(!1);
  function R() {
    N(), i() === void 0 || Array.isArray(i()) && i().length === 0 ? (E(b, ""), E(H, null)) : s(p).includes(i()) ? (E(b, s(O)[s(p).indexOf(i())]), E(H, s(p).indexOf(i()))) : d() ? (E(b, i()), E(H, null)) : (E(b, ""), E(H, null)), E(I, s(H));
  }
  function G(U) {
    if (E(H, parseInt(U.detail.target.dataset.index)), isNaN(s(H))) {
      E(H, null);
      return;
    }
    E(w, !1), E(m, null), s(g).blur();
  }
  function T(U) {
    E(x, o().map((K, me) => me)), E(w, !0), s(
      g
      // typing replaces the current label
    ).select(), P("focus");
  }
  function Q() {
    d() ? i(s(b)) : E(b, s(O)[s(p).indexOf(i())]), E(w, !1), E(m, null), P("blur");
  }
  function Z(U) {
    ((K) => {
      var me = Ct(K, 2);
      E(w, me[0]), E(m, me[1]);
    })(Rf(U, s(m), s(x))), U.key === "Enter" && (s(m) !== null ? (E(H, s(m)), E(w, !1), s(g).blur(), E(m, null)) : s(O).includes(s(b)) ? (E(H, s(O).indexOf(s(b))), E(w, !1), E(m, null), s(g).blur()) : d() && (i(s(b)), E(H, null), E(w, !1), E(m, null), s(g).blur()), P("enter", i()));
  }
  _l(() => {
    u(!1), E(B, !0);
  }), xn(() => {
    s(g).focus();
  }), Se(
    () => (s(H), s(I), s(B), s(b), j(i()), j(o()), s(p)),
    () => {
      s(H) !== s(I) && s(H) !== null && s(B) && (((U) => {
        var K = Ct(U, 2);
        E(b, K[0]), i(K[1]);
      })(o()[s(H)]), E(I, s(H)), P("select", {
        index: s(H),
        value: s(p)[s(H)],
        selected: !0
      }));
    }
  ), Se(
    () => (j(i()), s(a), j(u())),
    () => {
      i() != s(a) && (R(), Mf(P, i(), u()), E(a, i()));
    }
  ), Se(() => j(o()), () => {
    o(), N();
  }), Se(
    () => (j(o()), s(f), j(d()), s(x), s(L), s(b), s(g)),
    () => {
      o() !== s(f) && (d() || R(), E(f, o()), E(x, s(L) ? ki(o(), s(b)) : o().map((U, K) => K)), !d() && s(x).length > 0 && E(m, s(x)[0]), s(g) == document.activeElement && E(w, !0));
    }
  ), Se(
    () => (s(b), s(y), s(x), s(L), j(o()), j(d())),
    () => {
      s(b) !== s(y) && (E(x, s(L) ? ki(o(), s(b)) : o().map((U, K) => K)), E(y, s(b)), !d() && s(x).length > 0 && E(m, s(x)[0]));
    }
  ), bt(), Ve();
  var ie = Df();
  let he;
  var de = re(ie);
  af(de, {
    get show_label() {
      return c();
    },
    get info() {
      return n();
    },
    children: (U, K) => {
      var me = Ro();
      ye(() => hr(me, r())), V(U, me);
    },
    $$slots: { default: !0 }
  });
  var oe = $(de, 2), W = re(oe);
  let ne;
  var ve = re(W), q = re(ve);
  let fe;
  je(q, (U) => E(g, U), () => s(g));
  var we = $(q, 2);
  {
    var Be = (U) => {
      var K = Nf(), me = re(K);
      hf(me), V(U, K);
    };
    xe(we, (U) => {
      l() || U(Be);
    });
  }
  var ce = $(W, 2);
  {
    let U = Ee(() => s(H) === null ? [] : [s(H)]);
    Of(ce, {
      get show_options() {
        return s(w);
      },
      get choices() {
        return o();
      },
      get filtered_indices() {
        return s(x);
      },
      get disabled() {
        return l();
      },
      get selected_indices() {
        return s(U);
      },
      get active_index() {
        return s(m);
      },
      $$events: { change: G }
    });
  }
  ye(
    (U) => {
      he = Me(ie, 1, "svelte-1o5hhf5", null, he, { container: h() }), ne = Me(W, 1, "wrap-inner svelte-1o5hhf5", null, ne, { show_options: s(w) }), Ae(q, "aria-expanded", s(w)), Ae(q, "aria-label", r()), fe = Me(q, 1, "border-none svelte-1o5hhf5", null, fe, { subdued: U }), q.disabled = l(), q.readOnly = !C();
    },
    [
      () => !s(O).includes(s(b)) && !d()
    ]
  ), ol(q, () => s(b), (U) => E(b, U)), le("keydown", q, Z), le("input", q, () => E(L, !0)), le("keyup", q, (U) => P("key_up", { key: U.key, input_value: s(b) })), le("blur", q, Q), le("focus", q, T), V(e, ie), Ne();
}
var Uf = /* @__PURE__ */ se('<div style="margin-right: 8px;"><!></div>'), Gf = /* @__PURE__ */ se('<button class="modal-button stop svelte-blx80o">Remove</button>'), Ff = /* @__PURE__ */ se('<div class="modal svelte-blx80o" id="model-box-edit"><div class="modal-container svelte-blx80o"><span class="model-content svelte-blx80o"><!> <div style="margin-right: 10px;"><!></div> <button class="modal-button svelte-blx80o">Cancel</button> <!> <button class="modal-button primary svelte-blx80o">OK</button></span></div></div>');
function zf(e, t) {
  De(t, !1);
  let r = _(t, "label", 8, ""), n = _(t, "currentLabel", 12, ""), i = _(t, "choices", 24, () => []), a = _(t, "choicesColors", 24, () => []), u = _(t, "color", 8, ""), o = _(t, "currentColor", 12, ""), f = _(t, "showRemove", 8, !0), l = _(t, "labelDetailLock", 12, !1);
  const c = pt();
  function h(L) {
    c("change", {
      label: n(),
      color: o(),
      lock: l(),
      ret: L
      // -1: remove, 0: cancel, 1: change
    });
  }
  function d(L) {
    const { detail: R } = L;
    let G = R;
    Number.isInteger(G) ? (Array.isArray(a()) && G < a().length && o(a()[G]), Array.isArray(i()) && G < i().length && n(i()[G][0])) : n(G);
  }
  function C(L) {
    d(L), h(1);
  }
  function g(L) {
    l(!l());
  }
  function w(L) {
    switch (L.key.toLowerCase()) {
      case "enter":
        h(1);
        break;
      case "escape":
        h(0);
        break;
    }
  }
  xn(() => (document.addEventListener("keydown", w), n(r()), o(u()), () => {
    document.removeEventListener("keydown", w);
  })), Ve();
  var O = Ff(), p = re(O), b = re(p), y = re(b);
  {
    var B = (L) => {
      var R = Uf(), G = re(R);
      {
        let T = Ee(() => l() === !0);
        Je(G, {
          get selected() {
            return s(T);
          },
          "aria-label": "Lock label detail",
          $$events: { click: g },
          children: (Q, Z) => {
            {
              let ie = Ee(() => l() ? Cf : Hf);
              Tt(Q, {
                get d() {
                  return s(ie);
                }
              });
            }
          },
          $$slots: { default: !0 }
        });
      }
      V(L, R);
    };
    xe(y, (L) => {
      f() || L(B);
    });
  }
  var x = $(y, 2), m = re(x);
  kf(m, {
    get value() {
      return n();
    },
    label: "Label",
    get choices() {
      return i();
    },
    show_label: !1,
    allow_custom_value: !0,
    $$events: { change: d, enter: C }
  });
  var H = $(x, 2), I = $(H, 2);
  {
    var P = (L) => {
      var R = Gf();
      Jt("click", R, () => h(-1)), V(L, R);
    };
    xe(I, (L) => {
      f() && L(P);
    });
  }
  var N = $(I, 2);
  Jt("click", H, () => h(0)), Jt("click", N, () => h(1)), V(e, O), Ne();
}
fr(["click"]);
const qe = [
  "rgb(255, 168, 77)",
  "rgb(92, 172, 238)",
  "rgb(255, 99, 71)",
  "rgb(118, 238, 118)",
  "rgb(255, 145, 164)",
  "rgb(0, 191, 255)",
  "rgb(255, 218, 185)",
  "rgb(255, 69, 0)",
  "rgb(34, 139, 34)",
  "rgb(255, 240, 245)",
  "rgb(255, 193, 37)",
  "rgb(255, 193, 7)",
  "rgb(255, 250, 138)"
];
var Xf = /* @__PURE__ */ se('<span class="canvas-control svelte-oi8vj2"><!> <!> <!> <!> <span class="separator svelte-oi8vj2"></span> <!> <!> <span class="separator svelte-oi8vj2"></span> <button class="text-button svelte-oi8vj2" aria-label="Zoom out" title="Zoom out (-)">&minus;</button> <span class="zoom-level svelte-oi8vj2" data-testid="zoom-level" title="Zoom: wheel on the picture; drag an empty spot (or Alt-drag) to pan"> </span> <button class="text-button svelte-oi8vj2" aria-label="Zoom in" title="Zoom in (+)">+</button> <button class="text-button svelte-oi8vj2" aria-label="Fit picture" title="Fit the picture (0 or Space)">Fit</button></span> <div class="canvas-keys svelte-oi8vj2" data-testid="canvas-keys">Keys anywhere on the page: <b>C</b> draw · <b>D</b> move/resize · <b>E</b> relabel · <b>Del</b> remove · <b>Ctrl+Z</b>/<b>Ctrl+Y</b> undo/redo · wheel or <b>+</b>/<b>&minus;</b> zoom · <b>0</b> fit · drag empty spot or Alt-drag to pan</div>', 1), Wf = /* @__PURE__ */ se('<div class="annotator-container" tabindex="0"><div class="canvas-container svelte-oi8vj2"><canvas class="canvas-annotator svelte-oi8vj2"></canvas></div> <!></div> <!>', 1);
function Yf(e, t) {
  De(t, !1);
  const r = /* @__PURE__ */ k();
  var n = /* @__PURE__ */ k();
  (function(v) {
    v[v.creation = 0] = "creation", v[v.drag = 1] = "drag";
  })(ue(n) || E(n, {}));
  let i = _(t, "imageUrl", 8, null), a = _(t, "interactive", 8), u = _(t, "boxAlpha", 8, 0.5), o = _(t, "boxMinSize", 8, 10), f = _(t, "handleSize", 8), l = _(t, "boxThickness", 8), c = _(t, "boxSelectedThickness", 8), h = _(t, "value", 12), d = _(t, "choices", 24, () => []), C = _(t, "choicesColors", 24, () => []), g = _(t, "disableEditBoxes", 8, !1), w = _(t, "height", 8, "100%"), O = _(t, "width", 8, "100%"), p = _(t, "singleBox", 8, !1), b = _(t, "showRemoveButton", 12, null), y = _(t, "handlesCursor", 8, !0), B = _(t, "useDefaultLabel", 8, !1), x = _(t, "enableKeyboardShortcuts", 8, !0);
  b() === null && b(g());
  let m = /* @__PURE__ */ k(), H = /* @__PURE__ */ k(), I = /* @__PURE__ */ k(), P, N = null, L = -1, R = /* @__PURE__ */ k(ue(n).drag), G = /* @__PURE__ */ new Map(), T = /* @__PURE__ */ k(new mf(_e, G, () => s(m) !== null && s(m) !== void 0 ? s(m) : null));
  h() !== null && h().boxes.length == 0 && E(R, ue(n).creation);
  let Q = 0, Z = 0, ie = 0, he = 0, de = 1, oe = 0, W = 0, ne = /* @__PURE__ */ k(null), ve = /* @__PURE__ */ k(B()), q = { label: "", color: "" }, fe = { x: 0, y: 0, distance: 0 };
  const we = 100, Be = pt();
  let ce = /* @__PURE__ */ k([]), U = /* @__PURE__ */ k([]), K = "[]", me = null;
  const Ce = 1.25, at = 32;
  let Mt = /* @__PURE__ */ k(100);
  function Rt() {
    var v;
    return JSON.stringify(((v = h() === null || h() === void 0 ? void 0 : h().boxes) !== null && v !== void 0 ? v : []).map((S) => {
      const A = S instanceof zr ? S.toJSON() : S, M = A.scaleFactor || 1;
      return Object.assign(Object.assign({}, A), {
        xmin: A.xmin / M,
        ymin: A.ymin / M,
        xmax: A.xmax / M,
        ymax: A.ymax / M,
        scaleFactor: 1
      });
    }));
  }
  function _r() {
    var v;
    return G.size > 0 || ((v = h() === null || h() === void 0 ? void 0 : h().boxes) !== null && v !== void 0 ? v : []).some((S) => S.isCreating || S.isDragging || S.isResizing) || s(ne) === "new";
  }
  function En() {
    if (h() === null || _r())
      return;
    const v = Rt();
    v !== K && (E(ce, [...s(ce), K].slice(-200)), E(U, []), K = v);
  }
  function pr() {
    En(), Be("change");
  }
  function Sn() {
    for (const v of h().boxes)
      v.canvasXmin = Q, v.canvasYmin = Z, v.canvasXmax = ie, v.canvasYmax = he, v.setScaleFactor(de);
  }
  function Da(v) {
    h(h().boxes = JSON.parse(v), !0), Gn(), Sn(), K = v, Ze(-1), Be("change");
  }
  function Cn(v) {
    const S = v ? s(ce) : s(U);
    if (S.length === 0)
      return;
    const A = S[S.length - 1], M = [
      ...v ? s(U) : s(ce),
      K
    ];
    ((F) => {
      var D = Ct(F, 2);
      E(ce, D[0]), E(U, D[1]);
    })(v ? [S.slice(0, -1), M] : [M, S.slice(0, -1)]), Da(A);
  }
  const Hn = () => Cn(!0), Tn = () => Cn(!1);
  function ka() {
    h() !== me && (me = h(), E(ce, []), E(U, []), K = Rt());
  }
  function An(v, S, A) {
    const M = Math.min(at, Math.max(1, s(T).scale * v));
    if (M === 1) {
      kt();
      return;
    }
    const F = (S - s(T).offsetX) / s(T).scale, D = (A - s(T).offsetY) / s(T).scale;
    ae(T, s(T).offsetX = S - F * M), ae(T, s(T).offsetY = A - D * M), ae(T, s(T).scale = M), _e();
  }
  function Nt(v) {
    s(m) && An(v, s(m).width / 2, s(m).height / 2);
  }
  function Dt(v) {
    var S = parseInt(v.slice(1, 3), 16), A = parseInt(v.slice(3, 5), 16), M = parseInt(v.slice(5, 7), 16);
    return "rgb(" + S + ", " + A + ", " + M + ")";
  }
  function Bn(v) {
    const S = v.match(/(\d+(\.\d+)?)/g), A = parseInt(S[0]), M = parseInt(S[1]), F = parseInt(S[2]);
    return "#" + (1 << 24 | A << 16 | M << 8 | F).toString(16).slice(1);
  }
  function _e() {
    if (P && s(m)) {
      if (P.clearRect(0, 0, s(m).width, s(m).height), P.save(), P.translate(s(T).offsetX, s(T).offsetY), P.scale(s(T).scale, s(T).scale), N !== null) {
        switch (h().orientation) {
          case 0:
            P.drawImage(N, 0, 0, oe, W);
            break;
          case 1:
            P.translate(oe, 0), P.rotate(Math.PI / 2), P.drawImage(N, 0, 0, W, oe);
            break;
          case 2:
            P.translate(oe, W), P.rotate(Math.PI), P.drawImage(N, 0, 0, oe, W);
            break;
          case 3:
            P.translate(0, W), P.rotate(-Math.PI / 2), P.drawImage(N, 0, 0, W, oe);
            break;
        }
        P.restore();
      }
      for (const S of h().boxes.slice().reverse())
        S.render(P);
    }
    const v = (h() === null || h() === void 0 ? void 0 : h().picture_scale) > 0 ? h().picture_scale : 1;
    E(Mt, Math.round(s(T).scale * de * v * 100));
  }
  function Ze(v) {
    L = v, h().boxes.forEach((S) => {
      S.setSelected(!1);
    }), v >= 0 && v < h().boxes.length && h().boxes[v].setSelected(!0), _e();
  }
  function Pn() {
    const [v, S] = Array.from(G.values()), A = Math.sqrt(Math.pow(v.clientX - S.clientX, 2) + Math.pow(v.clientY - S.clientY, 2)), [M, F] = s(T).toCanvasPoint((v.clientX + S.clientX) / 2, (v.clientY + S.clientY) / 2);
    return {
      distance: A < we ? we : A,
      x: M,
      y: F
    };
  }
  function Ua(v) {
    a() && (v.preventDefault(), s(m).setPointerCapture(v.pointerId), G.set(v.pointerId, v), G.size == 1 ? v.button === 1 || v.altKey ? s(
      T
      // middle button or Alt: pan, whatever the mode
    ).startDrag(v) : s(R) === ue(n).creation ? Ya(v) : s(R) === ue(n).drag && Ga(v) : G.size == 2 && (ae(T, s(T).isDragging = !1), h().boxes.forEach((S) => {
      S.isCreating = !1, S.isDragging = !1, S.isResizing = !1;
    }), Object.assign(fe, Pn())));
  }
  function Ga(v) {
    const [S, A] = s(T).toCanvasPoint(v.clientX, v.clientY);
    let M = !1;
    for (const [F, D] of h().boxes.entries()) {
      if (!D.isSelected)
        continue;
      const ee = D.indexOfPointInsideHandle(S, A);
      if (ee >= 0) {
        M = !0, Ze(F), D.startResize(ee, v);
        return;
      }
    }
    for (const [F, D] of h().boxes.entries())
      if (D.isPointInsideBox(S, A)) {
        M = !0, Ze(F), D.startDrag(v);
        return;
      }
    p() || Ze(-1), M || s(T).startDrag(v);
  }
  function In(v) {
    a() && (G.delete(v.pointerId), s(m).releasePointerCapture(v.pointerId), Be("change"), setTimeout(En, 0));
  }
  function Fa(v) {
    if (a())
      if (v.preventDefault(), v.pointerType === "mouse") {
        if (!y() || h() === null || s(R) !== ue(n).drag)
          return;
        const [S, A] = s(T).toCanvasPoint(v.clientX, v.clientY);
        for (const [M, F] of h().boxes.entries()) {
          if (!F.isSelected)
            continue;
          const D = F.indexOfPointInsideHandle(S, A);
          if (D >= 0) {
            ae(m, s(m).style.cursor = F.resizeHandles[D].cursor);
            return;
          }
        }
        ae(m, s(m).style.cursor = "default");
      } else {
        if (!G.has(v.pointerId))
          return;
        if (G.set(v.pointerId, v), G.size === 2) {
          const S = Pn(), A = parseFloat((s(T).scale * (S.distance / fe.distance)).toFixed(2)), M = A < 1 ? 1 : A, F = M / s(T).scale;
          ae(T, s(T).offsetX = fe.x - (fe.x - s(T).offsetX) * F), ae(T, s(T).offsetY = fe.y - (fe.y - s(T).offsetY) * F);
          const D = S.x - fe.x, ee = S.y - fe.y;
          ae(T, s(T).offsetX += D), ae(T, s(T).offsetY += ee), ae(T, s(T).scale = M), Object.assign(fe, S), _e();
        }
      }
  }
  function kt() {
    const v = s(m).width / oe, S = s(m).height / W, A = Math.min(v, S);
    ae(T, s(T).scale = A), ae(T, s(T).offsetX = (s(m).width - oe * A) / 2), ae(T, s(T).offsetY = (s(m).height - W * A) / 2), _e();
  }
  function za(v) {
    var S;
    const A = v, M = ((S = A?.tagName) !== null && S !== void 0 ? S : "").toLowerCase();
    return M === "input" || M === "textarea" || M === "select" || !!A?.isContentEditable;
  }
  function On(v) {
    var S, A;
    if (!x() || !a() || h() === null || !s(m) || s(m).offsetParent === null || s(ne) !== null || za(v.target))
      return;
    const M = v.key.toLowerCase(), F = v.ctrlKey || v.metaKey;
    let D = null;
    if (F && !v.altKey)
      M === "z" && !v.shiftKey ? D = Hn : (M === "z" && v.shiftKey || M === "y") && (D = Tn);
    else if (!v.altKey) {
      const ee = ((A = (S = v.target) === null || S === void 0 ? void 0 : S.tagName) === null || A === void 0 ? void 0 : A.toLowerCase()) === "button";
      switch (M) {
        case "delete":
        case "backspace":
          D = Gt;
          break;
        case "c":
          D = xr;
          break;
        case "d":
          D = yr;
          break;
        case "e":
          D = Dn;
          break;
        case "+":
        case "=":
          D = () => Nt(Ce);
          break;
        case "-":
        case "_":
          D = () => Nt(1 / Ce);
          break;
        case "0":
          D = kt;
          break;
        case " ":
          D = ee ? null : kt;
          break;
      }
    }
    D !== null && (v.preventDefault(), v.stopPropagation(), D());
  }
  function Xa() {
    setTimeout(
      () => {
        s(I) === null || s(I) === void 0 || s(I).focus();
      },
      0
    );
  }
  function Wa(v) {
    if (!a())
      return;
    v.preventDefault();
    const [S, A] = s(T).toCanvasPoint(v.clientX, v.clientY);
    An(1 / (1 + v.deltaY / 1e3 * 0.5), S, A);
  }
  function Ut(v) {
    return Array.isArray(d()) ? d().findIndex((S) => S[0] === v) : -1;
  }
  function Ln(v, S) {
    const A = Ut(v);
    return A >= 0 && A < C().length ? Dt(C()[A]) : S;
  }
  function Mn() {
    if (!Array.isArray(d()) || d().length === 0)
      return;
    Ut(q.label) < 0 && (q.label = d()[0][0]);
    const v = Ut(q.label);
    q.color = v < C().length ? C()[v] : "";
  }
  function Rn(v, S, A, M, F, D, ee) {
    return new zr(_e, Nn, s(T), G, Q, Z, ie, he, v, S, A, M, F, D, u(), o(), f(), l(), c(), ee);
  }
  function Ya(v) {
    const [S, A] = s(T).toCanvasPoint(v.clientX, v.clientY), M = (S - s(T).offsetX) / s(T).scale, F = (A - s(T).offsetY) / s(T).scale;
    let D;
    q.color !== "" ? D = Dt(q.color) : C().length > 0 ? D = Dt(C()[0]) : p() ? h().boxes.length > 0 ? D = h().boxes[0].color : D = qe[0] : D = qe[h().boxes.length % qe.length];
    let ee = Rn("", M, F, M, F, D, de);
    ee.startCreating(), p() ? h(h().boxes = [ee], !0) : h(h().boxes = [ee, ...h().boxes], !0), Ze(0), _e(), Be("change");
  }
  function xr() {
    E(R, ue(n).creation), ae(m, s(m).style.cursor = "crosshair");
  }
  function yr() {
    E(R, ue(n).drag), ae(m, s(m).style.cursor = "default");
  }
  function Nn() {
    L >= 0 && L < h().boxes.length && (h().boxes[L].getArea() < 1 ? Gt() : (g() || (s(ve) ? Za() : E(ne, "new")), p() && yr()));
  }
  function Dn() {
    L >= 0 && L < h().boxes.length && !g() && E(ne, "edit");
  }
  function ja(v) {
    a() && Dn();
  }
  function kn() {
    return h() !== null && L >= 0 && L < h().boxes.length ? h().boxes[L] : null;
  }
  function wr(v, S) {
    q.label = v, q.color = S;
  }
  function Va(v) {
    const S = s(ne);
    E(ne, null), Xa();
    const { label: A, color: M, ret: F, lock: D } = v.detail;
    if (S === "defaultLabel") {
      F == 1 && (E(ve, D), wr(A, M));
      return;
    }
    const ee = kn();
    if (ee !== null) {
      if (F != 1) {
        (F == -1 || S === "new") && Gt();
        return;
      }
      S === "new" ? (E(ve, D), wr(A, M)) : (ee.label !== A && ee.markEdited(), Ut(A) >= 0 && wr(A, M)), ee.label = A, ee.color = Ln(A, Dt(M)), _e(), pr();
    }
  }
  function Za() {
    if (L >= 0 && L < h().boxes.length) {
      let v = h().boxes[L];
      v.label = q.label, v.color = Ln(v.label, v.color), _e(), pr();
    }
  }
  function Gt() {
    L >= 0 && L < h().boxes.length && (h().boxes.splice(L, 1), Ze(-1), p() && xr(), pr());
  }
  function Ft() {
    if (s(m)) {
      const v = s(m).clientWidth;
      if (v === 0)
        return;
      de = 1;
      let S;
      if (s(T).setRotatedImage(N), N !== null) {
        const A = s(T).imageRotatedWidth, M = s(T).imageRotatedHeight, F = typeof w() == "number" && w() > 0 ? w() : 1 / 0;
        de = Math.min(1, v / A, F / M), oe = Math.round(A * de), W = Math.round(M * de), Q = (v - oe) / 2, Z = 0, ie = Q + oe, he = W, S = W, ae(T, s(T).imageWidth = oe), ae(T, s(T).imageHeight = W);
      } else
        Q = 0, Z = 0, ie = v, he = s(m).clientHeight, S = s(m).clientHeight;
      s(m).width !== v && ae(m, s(m).width = v), s(m).height !== S && ae(m, s(m).height = S), s(T).resize(s(m).width, s(m).height, Q, Z), ie > 0 && he > 0 && Sn(), _e();
    }
  }
  let Un = -1;
  const qa = new ResizeObserver(() => {
    const v = s(H) ? s(H).clientWidth : 0;
    v !== Un && (Un = v, Ft());
  });
  function Gn() {
    for (let v = 0; v < h().boxes.length; v++) {
      let S = h().boxes[v];
      if (S instanceof zr)
        S.pointersCache !== G && S.attach(_e, Nn, s(T), G);
      else {
        let A = "", M = "";
        S.hasOwnProperty("color") ? (A = S.color, Array.isArray(A) && A.length === 3 && (A = `rgb(${A[0]}, ${A[1]}, ${A[2]})`)) : A = qe[v % qe.length], S.hasOwnProperty("label") && (M = S.label);
        let F = 1;
        S.hasOwnProperty("scaleFactor") && (F = S.scaleFactor);
        const D = ["predicted", "accepted", "new"].includes(S.state) ? S.state : "new", ee = typeof S.score == "number" ? S.score : null;
        S = Rn(M, S.xmin, S.ymin, S.xmax, S.ymax, A, F), S.state = D, S.score = ee, h(h().boxes[v] = S, !0);
      }
    }
  }
  function Fn() {
    i() !== null && (N === null || N.src != i()) && (N = new Image(), N.src = i(), N.onload = function() {
      Ft(), _e();
    });
  }
  xn(() => {
    if (Array.isArray(d()) && d().length > 0) {
      if (!Array.isArray(C()) || C().length == 0)
        for (let v = 0; v < d().length; v++) {
          let S = qe[v % qe.length];
          C().push(Bn(S));
        }
      Mn();
    }
    return document.addEventListener("keydown", On), P = s(m).getContext("2d"), qa.observe(s(H)), L < 0 && h() !== null && h().boxes.length > 0 && Ze(0), Fn(), Ft(), _e(), () => document.removeEventListener("keydown", On);
  }), Se(() => s(ne), () => {
    E(r, s(ne) !== null ? kn() : null);
  }), Se(
    () => (j(d()), j(C())),
    () => {
      d(), C(), Mn();
    }
  ), Se(() => j(h()), () => {
    h(), ae(T, s(T).orientation = h().orientation), Fn(), Gn(), Ft(), ka(), _e();
  }), bt(), Ve();
  var zn = Wf(), zt = Re(zn), Er = re(zt), Ue = re(Er);
  je(Ue, (v) => E(m, v), () => s(m)), je(Er, (v) => E(H, v), () => s(H));
  var Ja = $(Er, 2);
  {
    var Ka = (v) => {
      var S = Xf(), A = Re(S), M = re(A);
      {
        let ge = Ee(() => (s(R), ue(n), J(() => s(R) === ue(n).creation)));
        Je(M, {
          get selected() {
            return s(ge);
          },
          "aria-label": "Create box",
          title: "Create box (C)",
          $$events: { click: () => xr() },
          children: (Pe, wt) => {
            Tt(Pe, {
              get d() {
                return yf;
              }
            });
          },
          $$slots: { default: !0 }
        });
      }
      var F = $(M, 2);
      {
        let ge = Ee(() => (s(R), ue(n), J(() => s(R) === ue(n).drag)));
        Je(F, {
          get selected() {
            return s(ge);
          },
          "aria-label": "Drag boxes",
          title: "Drag boxes (D)",
          $$events: { click: () => yr() },
          children: (Pe, wt) => {
            Tt(Pe, {
              get d() {
                return wf;
              }
            });
          },
          $$slots: { default: !0 }
        });
      }
      var D = $(F, 2);
      {
        var ee = (ge) => {
          Je(ge, {
            "aria-label": "Remove box",
            title: "Remove box (Del)",
            $$events: { click: () => Gt() },
            children: (Pe, wt) => {
              Tt(Pe, {
                get d() {
                  return Ef;
                }
              });
            },
            $$slots: { default: !0 }
          });
        };
        xe(D, (ge) => {
          b() && ge(ee);
        });
      }
      var Xn = $(D, 2);
      {
        var es = (ge) => {
          Je(ge, {
            "aria-label": "Edit label",
            title: "Edit label",
            $$events: { click: () => E(ne, "defaultLabel") },
            children: (Pe, wt) => {
              Tt(Pe, {
                get d() {
                  return Sf;
                }
              });
            },
            $$slots: { default: !0 }
          });
        };
        xe(Xn, (ge) => {
          !g() && s(ve) && ge(es);
        });
      }
      var Wn = $(Xn, 4);
      {
        let ge = Ee(() => (s(ce), J(() => s(ce).length === 0)));
        Je(Wn, {
          "aria-label": "Undo",
          title: "Undo (Ctrl+Z)",
          get disabled() {
            return s(ge);
          },
          $$events: { click: () => Hn() },
          children: (Pe, wt) => {
            bf(Pe);
          },
          $$slots: { default: !0 }
        });
      }
      var Yn = $(Wn, 2);
      {
        let ge = Ee(() => (s(U), J(() => s(U).length === 0)));
        Je(Yn, {
          "aria-label": "Redo",
          title: "Redo (Ctrl+Y or Ctrl+Shift+Z)",
          get disabled() {
            return s(ge);
          },
          $$events: { click: () => Tn() },
          children: (Pe, wt) => {
            vf(Pe);
          },
          $$slots: { default: !0 }
        });
      }
      var jn = $(Yn, 4), Vn = $(jn, 2), ts = $i(Vn), Zn = $(Vn, 2), rs = $(Zn, 2);
      ye(() => hr(ts, `${s(Mt) ?? ""}%`)), le("click", jn, () => Nt(1 / Ce)), le("click", Zn, () => Nt(Ce)), le("click", rs, () => kt()), V(v, S);
    };
    xe(Ja, (v) => {
      a() && v(Ka);
    });
  }
  je(zt, (v) => E(I, v), () => s(I));
  var Qa = $(zt, 2);
  {
    var $a = (v) => {
      var S = _n(), A = Re(S);
      Do(A, () => s(ne), (M) => {
        {
          let F = Ee(() => s(ne) === "edit"), D = Ee(() => (s(r), J(() => s(r)?.label ?? ""))), ee = Ee(() => (s(r), J(() => s(r) ? Bn(s(r).color) : "")));
          zf(M, {
            get choices() {
              return d();
            },
            get choicesColors() {
              return C();
            },
            get showRemove() {
              return s(F);
            },
            get label() {
              return s(D);
            },
            get color() {
              return s(ee);
            },
            get labelDetailLock() {
              return s(ve);
            },
            $$events: { change: Va }
          });
        }
      }), V(v, S);
    };
    xe(Qa, (v) => {
      s(ne) !== null && v($a);
    });
  }
  ye(() => cr(Ue, `height: ${w() ?? ""}; width: ${O() ?? ""};`)), le("pointerdown", Ue, Ua), le("pointerup", Ue, In), le("pointermove", Ue, Fa), le("pointercancel", Ue, In), le("dblclick", Ue, ja), le("wheel", Ue, Wa), le("click", zt, () => s(I).focus()), V(e, zn), Ne();
}
function jf(e, t) {
  De(t, !1);
  const r = /* @__PURE__ */ k();
  let n = _(t, "src", 8, void 0), i = _(t, "interactive", 8), a = _(t, "boxesAlpha", 8), u = _(t, "labelList", 8), o = _(t, "labelColors", 8), f = _(t, "boxMinSize", 8), l = _(t, "handleSize", 8), c = _(t, "boxThickness", 8), h = _(t, "height", 8), d = _(t, "width", 8), C = _(t, "boxSelectedThickness", 8), g = _(t, "value", 12), w = _(t, "disableEditBoxes", 8), O = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), b = _(t, "handlesCursor", 8), y = _(t, "useDefaultLabel", 8), B = _(t, "enableKeyboardShortcuts", 8);
  const x = pt();
  Se(() => j(n()), () => {
    E(r, n());
  }), bt(), Ve(), Yf(e, {
    get interactive() {
      return i();
    },
    get boxAlpha() {
      return a();
    },
    get choices() {
      return u();
    },
    get choicesColors() {
      return o();
    },
    get height() {
      return h();
    },
    get width() {
      return d();
    },
    get boxMinSize() {
      return f();
    },
    get handleSize() {
      return l();
    },
    get boxThickness() {
      return c();
    },
    get boxSelectedThickness() {
      return C();
    },
    get disableEditBoxes() {
      return w();
    },
    get singleBox() {
      return O();
    },
    get showRemoveButton() {
      return p();
    },
    get handlesCursor() {
      return b();
    },
    get useDefaultLabel() {
      return y();
    },
    get enableKeyboardShortcuts() {
      return B();
    },
    get imageUrl() {
      return s(r);
    },
    get value() {
      return g();
    },
    set value(m) {
      g(m);
    },
    $$events: { change: () => x("change") },
    $$legacy: !0
  }), Ne();
}
var Vf = /* @__PURE__ */ se("<div><!></div>"), Zf = /* @__PURE__ */ se('<!> <div data-testid="image" class="image-container svelte-4p70gr"><div class="upload-container svelte-4p70gr"><!></div></div>', 1);
function qf(e, t) {
  De(t, !1);
  let r = _(t, "value", 12), n = _(t, "label", 8, void 0), i = _(t, "show_label", 8), a = _(t, "selectable", 8, !1), u = _(t, "interactive", 8), o = _(t, "boxesAlpha", 8), f = _(t, "labelList", 8), l = _(t, "labelColors", 8), c = _(t, "boxMinSize", 8), h = _(t, "handleSize", 8), d = _(t, "height", 8), C = _(t, "width", 8), g = _(t, "boxThickness", 8), w = _(t, "disableEditBoxes", 8), O = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), b = _(t, "handlesCursor", 8), y = _(t, "boxSelectedThickness", 8), B = _(t, "useDefaultLabel", 8), x = _(t, "enableKeyboardShortcuts", 8);
  const m = pt();
  Ve();
  var H = Zf(), I = Re(H);
  {
    let T = Ee(() => n() || "Image Annotator");
    of(I, {
      get show_label() {
        return i();
      },
      get Icon() {
        return Na;
      },
      get label() {
        return s(T);
      }
    });
  }
  var P = $(I, 2), N = re(P), L = re(N);
  {
    var R = (T) => {
      var Q = _n(), Z = Re(Q);
      Ot(Z, t, "default", {}), V(T, Q);
    }, G = (T) => {
      var Q = Vf();
      let Z;
      var ie = re(Q);
      jf(ie, {
        get height() {
          return d();
        },
        get width() {
          return C();
        },
        get boxesAlpha() {
          return o();
        },
        get labelList() {
          return f();
        },
        get labelColors() {
          return l();
        },
        get boxMinSize() {
          return c();
        },
        get interactive() {
          return u();
        },
        get handleSize() {
          return h();
        },
        get boxThickness() {
          return g();
        },
        get singleBox() {
          return O();
        },
        get disableEditBoxes() {
          return w();
        },
        get showRemoveButton() {
          return p();
        },
        get handlesCursor() {
          return b();
        },
        get boxSelectedThickness() {
          return y();
        },
        get useDefaultLabel() {
          return B();
        },
        get enableKeyboardShortcuts() {
          return x();
        },
        get src() {
          return j(r()), J(() => r().image.url);
        },
        get value() {
          return r();
        },
        set value(he) {
          r(he);
        },
        $$events: { change: () => m("change") },
        $$legacy: !0
      }), ye(() => Z = Me(Q, 1, "image-frame svelte-4p70gr", null, Z, { selectable: a() })), V(T, Q);
    };
    xe(L, (T) => {
      r() == null ? T(R) : T(G, -1);
    });
  }
  V(e, H), Ne();
}
var Jf = /* @__PURE__ */ se('<img alt=""/>'), Kf = /* @__PURE__ */ se("<div><!></div>");
function th(e, t) {
  De(t, !1);
  let r = _(t, "value", 8), n = _(t, "type", 8), i = _(t, "selected", 8, !1);
  Ve();
  var a = Kf();
  let u;
  var o = re(a);
  {
    var f = (l) => {
      var c = Jf();
      ye(() => Ae(c, "src", (j(r()), J(() => r().url)))), V(l, c);
    };
    xe(o, (l) => {
      r() && l(f);
    });
  }
  ye(() => u = Me(a, 1, "container svelte-1uec0xe", null, u, {
    table: n() === "table",
    gallery: n() === "gallery",
    selected: i(),
    border: r()
  })), V(e, a), Ne();
}
var Qf = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]);
function rh(e, t) {
  De(t, !0);
  var r = this && this.__awaiter || function(f, l, c, h) {
    function d(C) {
      return C instanceof c ? C : new c(function(g) {
        g(C);
      });
    }
    return new (c || (c = Promise))(function(C, g) {
      function w(b) {
        try {
          p(h.next(b));
        } catch (y) {
          g(y);
        }
      }
      function O(b) {
        try {
          p(h.throw(b));
        } catch (y) {
          g(y);
        }
      }
      function p(b) {
        b.done ? C(b.value) : d(b.value).then(w, O);
      }
      p((h = h.apply(f, l || [])).next());
    });
  };
  class n extends $u {
    get_data() {
      const l = Object.create(null, { get_data: { get: () => super.get_data } });
      return r(this, void 0, void 0, function* () {
        return yield l.get_data.call(this);
      });
    }
  }
  const i = /* @__PURE__ */ gl(t, Qf), a = new n(i);
  let u = a.props.value, o = !1;
  ht(() => {
    if (!o) {
      u = a.props.value, o = !0;
      return;
    }
    u !== a.props.value && (u = a.props.value, a.dispatch("change"));
  }), rf(e, {
    get visible() {
      return a.shared.visible;
    },
    variant: "solid",
    border_mode: "base",
    padding: !1,
    get elem_id() {
      return a.shared.elem_id;
    },
    get elem_classes() {
      return a.shared.elem_classes;
    },
    get width() {
      return a.props.width;
    },
    allow_overflow: !1,
    get container() {
      return a.shared.container;
    },
    get scale() {
      return a.shared.scale;
    },
    get min_width() {
      return a.shared.min_width;
    },
    children: (f, l) => {
      qf(f, {
        get selectable() {
          return a.props._selectable;
        },
        get interactive() {
          return a.shared.interactive;
        },
        get boxesAlpha() {
          return a.props.boxes_alpha;
        },
        get height() {
          return a.props.height;
        },
        get width() {
          return a.props.width;
        },
        get labelList() {
          return a.props.label_list;
        },
        get labelColors() {
          return a.props.label_colors;
        },
        get boxMinSize() {
          return a.props.box_min_size;
        },
        get label() {
          return a.shared.label;
        },
        get show_label() {
          return a.shared.show_label;
        },
        get handleSize() {
          return a.props.handle_size;
        },
        get boxThickness() {
          return a.props.box_thickness;
        },
        get boxSelectedThickness() {
          return a.props.box_selected_thickness;
        },
        get disableEditBoxes() {
          return a.props.disable_edit_boxes;
        },
        get singleBox() {
          return a.props.single_box;
        },
        get showRemoveButton() {
          return a.props.show_remove_button;
        },
        get handlesCursor() {
          return a.props.handles_cursor;
        },
        get useDefaultLabel() {
          return a.props.use_default_label;
        },
        get enableKeyboardShortcuts() {
          return a.props.enable_keyboard_shortcuts;
        },
        get value() {
          return a.props.value;
        },
        set value(c) {
          a.props.value = c;
        },
        $$events: {
          change: () => a.dispatch("change"),
          select: ({ detail: c }) => a.dispatch("select", c)
        },
        children: (c, h) => {
          uf(c, {
            unpadded_box: !0,
            size: "large",
            children: (d, C) => {
              Na(d);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
    },
    $$slots: { default: !0 }
  }), Ne();
}
export {
  th as BaseExample,
  rh as default
};
