import { i as lt, g as vn, o as Or, s as ta, l as mn, c as Te, e as ia, E as na, B as ra, D as Ji, a as Zn, A as sa, b as aa, d as Rr, f as Le, C as oa, h as gn, R as la, j as ha, p as ua, k as Nr, n as qn, q as fa, r as Dr, t as ca, v as Mt, w as da, x as Jn, y as kr, z as va, F as Kn, G as ma, H as Z, I as s, S as nt, J as ga, K as ba, L as _a, U as we, M as si, N as pa, O as Mi, P as Qn, Q as $n, T as bn, V as xa, W as mi, X as Rt, Y as ya, Z as vt, _ as Je, $ as tt, a0 as _n, a1 as Ur, a2 as wa, a3 as Ea, a4 as We, a5 as fi, a6 as Sa, a8 as Ca, a9 as Ce, aa as Gr, ab as st, ac as pn, ad as zr, ae as at, af as ct, ag as xn, ah as yn, ai as Ha, aj as pe, ak as wn, al as Ta, am as Aa, an as Ba, ao as Ki, ap as Oi, aq as Pa, ar as Ia, as as La, at as Ma, au as Oa, av as gi, aw as Ra, ax as Na, ay as er, az as Ze, aA as En, aB as Kt, aC as Da, aD as Fr, aE as ka, aF as Xr, aG as tr, aH as Wr, aI as rt, aJ as Ua, aK as Sn, aL as ir, aM as Ga, aN as za, aO as Fa, aP as Yr, aQ as Xa, aR as Wa, aS as Vr, aT as dt, aU as Ya, aV as Va, aW as bi, aX as ja, aY as Za, aZ as qa, a_ as Ja, a$ as Ka, b0 as Qa, b1 as ai, b2 as _i, b3 as $a, b4 as eo, b5 as nr, b6 as to, b7 as io, b8 as no, b9 as ro, ba as so, bb as ao, bc as jr, bd as oo, be as lo, bf as ho, bg as uo, bh as fo, bi as mt, bj as Qi, bk as co, bl as z, bm as $i, bn as vo, bo as mo, bp as Zr, bq as go, br as bo, bs as _o, bt as po, bu as xo, bv as rr, bw as yo, bx as wo, by as Eo, bz as He, bA as pt, bB as Ne, bC as De, bD as ke, bE as $, bF as ce, bG as Ee, bH as te, bI as pi, bJ as ve, bK as So, bL as Qt, bM as Co } from "./render-DRjGjlFF.js";
let Ho = !1;
function Cn(e) {
  throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
const To = [];
function Ao(e, t = !1, i = !1) {
  return oi(e, /* @__PURE__ */ new Map(), "", To, null, i);
}
function oi(e, t, i, n, r = null, a = !1) {
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
    if (lt(e)) {
      var o = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, o), r !== null && t.set(r, o);
      for (var f = 0; f < e.length; f += 1) {
        var h = e[f];
        f in e && (o[f] = oi(h, t, i, n, null, a));
      }
      return o;
    }
    if (vn(e) === Or) {
      o = {}, t.set(e, o), r !== null && t.set(r, o);
      for (var l of Object.keys(e))
        o[l] = oi(
          // @ts-expect-error
          e[l],
          t,
          i,
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
      return oi(
        /** @type {T & { toJSON(): any } } */
        e.toJSON(),
        t,
        i,
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
function Nt(e, t) {
  var i = {
    f: 0,
    v: e,
    reactions: null,
    equals: ia,
    rv: 0,
    wv: 0
  };
  return i;
}
// @__NO_SIDE_EFFECTS__
function Pe(e, t) {
  const i = Nt(e);
  return ua(i), i;
}
// @__NO_SIDE_EFFECTS__
function U(e, t = !1, i = !0) {
  const n = Nt(e);
  return t || (n.equals = ta), mn && i && Te !== null && Te.l !== null && (Te.l.s ??= []).push(n), n;
}
function se(e, t) {
  return x(
    e,
    Z(() => s(e))
  ), t;
}
function Ot(e) {
  Mt !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!da || (Mt.f & Jn) !== 0) && Rr() && (Mt.f & (Ji | kr | va | Jn)) !== 0 && (Kn === null || !Kn.has(e)) && ma();
}
function x(e, t, i = !1) {
  return Ot(e), Ye(e, t, i);
}
function Ye(e, t, i = !1) {
  let n = i ? Ve(t) : t;
  return ci(e, n, Nr);
}
function Bo(e, t) {
  return Ot(e), ci(e, t, Nr);
}
function ci(e, t, i = null) {
  var n = e.equals(t) && (e.f & na) === 0, r = ha?.get(e);
  if (!n || r !== void 0 && (r.e || !e.equals.call(r, t))) {
    var a = ra.ensure();
    (e.f & (Ji | Zn | sa)) === (Ji | Zn) && aa(
      /** @type {Derived} */
      e
    ), a.capture(e, t, n, !1, i), Rr() && Le !== null && (Le.f & oa) !== 0 && (Le.f & (gn | la)) === 0 && (qn === null ? fa([e]) : qn.push(e));
  } else Dr && ca(e);
  return t;
}
function sr(e, t = 1) {
  var i = s(e), n = t === 1 ? i++ : i--;
  return Bo(e, i), n;
}
function Ri(e) {
  Ye(e, e.v + 1);
}
function Ve(e) {
  if (typeof e != "object" || e === null || nt in e || ga in e)
    return e;
  const t = vn(e);
  if (t !== Or && t !== ba)
    return e;
  var i = /* @__PURE__ */ new Map(), n = lt(e), r = /* @__PURE__ */ Pe(0), a = Mi, u = (o) => {
    if (Mi === a)
      return o();
    var f = Mt, h = Mi;
    Qn(null), $n(a);
    var l = o();
    return Qn(f), $n(h), l;
  };
  return n && i.set("length", /* @__PURE__ */ Pe(
    /** @type {any[]} */
    e.length
  )), new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(o, f, h) {
        (!("value" in h) || h.configurable === !1 || h.enumerable === !1 || h.writable === !1) && pa(), Ot(r);
        var l = i.get(f);
        return l === void 0 ? u(() => {
          var c = /* @__PURE__ */ Pe(h.value);
          return i.set(f, c), c;
        }) : Ye(l, h.value, !0), !0;
      },
      deleteProperty(o, f) {
        Ot(r);
        var h = i.get(f);
        if (h === void 0) {
          if (f in o) {
            const l = u(() => /* @__PURE__ */ Pe(we));
            i.set(f, l), Ri(r);
          }
        } else
          Ye(h, we), Ri(r);
        return !0;
      },
      get(o, f, h) {
        if (f === nt)
          return e;
        var l = i.get(f), c = f in o;
        if (l === void 0 && (!c || si(o, f)?.writable) && (l = u(() => {
          var C = Ve(c ? o[f] : we), m = /* @__PURE__ */ Pe(C);
          return m;
        }), i.set(f, l)), l !== void 0) {
          var d = s(l);
          return d === we ? void 0 : d;
        }
        return Reflect.get(o, f, h);
      },
      getOwnPropertyDescriptor(o, f) {
        this.has?.(o, f);
        var h = Reflect.getOwnPropertyDescriptor(o, f), l = i.get(f);
        if (l !== void 0) {
          var c = s(l);
          if (c === we)
            return;
          if (h && "value" in h)
            h.value = c;
          else
            return {
              enumerable: !0,
              configurable: !0,
              value: c,
              writable: !0
            };
        }
        return h;
      },
      has(o, f) {
        if (f === nt)
          return !0;
        var h = i.get(f), l = h !== void 0 && h.v !== we || Reflect.has(o, f);
        if (h !== void 0 || (Le !== null || Mt !== null) && (!l || si(o, f)?.writable)) {
          h === void 0 && (h = u(() => {
            var d = l ? Ve(o[f]) : we, C = /* @__PURE__ */ Pe(d);
            return C;
          }), i.set(f, h));
          var c = s(h);
          if (c === we)
            return !1;
        }
        return l;
      },
      set(o, f, h, l) {
        Ot(r);
        var c = i.get(f), d = f in o;
        if (n && f === "length")
          for (var C = h; C < /** @type {Source<number>} */
          c.v; C += 1) {
            var m = i.get(C + "");
            m !== void 0 ? Ye(m, we) : C in o && (m = u(() => /* @__PURE__ */ Pe(we)), i.set(C + "", m));
          }
        if (c === void 0)
          (!d || si(o, f)?.writable) && (c = u(() => /* @__PURE__ */ Pe(void 0)), Ye(c, Ve(h)), i.set(f, c));
        else {
          d = c.v !== we;
          var E = u(() => Ve(h));
          Ye(c, E);
        }
        var M = Reflect.getOwnPropertyDescriptor(o, f);
        if (M?.set && M.set.call(l, h), !d) {
          if (n && typeof f == "string") {
            var p = (
              /** @type {Source<number>} */
              i.get("length")
            ), g = Number(f);
            Number.isInteger(g) && g >= p.v && Ye(p, g + 1);
          }
          Ri(r);
        }
        return !0;
      },
      ownKeys(o) {
        s(r);
        var f = Reflect.ownKeys(o).filter((c) => {
          var d = i.get(c);
          return d === void 0 || d.v !== we;
        });
        for (var [h, l] of i)
          l.v !== we && !(h in o) && f.push(h);
        return f;
      },
      setPrototypeOf() {
        _a();
      }
    }
  );
}
function ar(e) {
  try {
    if (e !== null && typeof e == "object" && nt in e)
      return e[nt];
  } catch {
  }
  return e;
}
function qr(e, t) {
  return Object.is(ar(e), ar(t));
}
const Po = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (e) => e
  })
);
function Io(e) {
  return (
    /** @type {string} */
    Po?.createHTML(e) ?? e
  );
}
function Jr(e) {
  var t = bn("template");
  return xa(t, Io(e.replaceAll("<!>", "<!---->"))), t.content;
}
function ot(e, t) {
  var i = (
    /** @type {Effect} */
    Le
  );
  i.nodes === null && (i.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function ue(e, t) {
  var i = (t & Ur) !== 0, n, r = !e.startsWith("<!>");
  return () => {
    n === void 0 && (n = Jr(r ? e : "<!>" + e), i || (n = /** @type {TemplateNode} */
    tt(n)));
    var a = (
      /** @type {TemplateNode} */
      document.importNode(n, !0)
    );
    if (i) {
      var u = (
        /** @type {TemplateNode} */
        tt(a)
      ), o = (
        /** @type {TemplateNode} */
        _n(a)
      );
      ot(u, o);
    } else
      ot(a, a);
    return a;
  };
}
// @__NO_SIDE_EFFECTS__
function Lo(e, t, i = "svg") {
  var n = !e.startsWith("<!>"), r = (t & Ur) !== 0, a = `<${i}>${n ? e : "<!>" + e}</${i}>`, u;
  return () => {
    if (!u) {
      var o = (
        /** @type {DocumentFragment} */
        Jr(a)
      ), f = (
        /** @type {Element} */
        tt(o)
      );
      if (r)
        for (u = Rt(); tt(f); )
          Je(
            u,
            /** @type {TemplateNode} */
            tt(f)
          );
      else
        u = /** @type {Element} */
        tt(f);
    }
    var h = (
      /** @type {TemplateNode} */
      Ea(u, !0)
    );
    if (r) {
      var l = (
        /** @type {TemplateNode} */
        tt(h)
      ), c = (
        /** @type {TemplateNode} */
        _n(h)
      );
      ot(l, c);
    } else
      ot(h, h);
    return h;
  };
}
// @__NO_SIDE_EFFECTS__
function Ae(e, t) {
  return /* @__PURE__ */ Lo(e, t, "svg");
}
function Mo(e = "") {
  {
    var t = wa(e + "");
    return ot(t, t), t;
  }
}
function Hn() {
  var e = Rt(), t = ya(""), i = vt();
  return Je(e, t), Je(e, i), ot(t, i), e;
}
function F(e, t) {
  e !== null && mi(
    e,
    /** @type {Node} */
    t
  );
}
class Kr {
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
  #i = /* @__PURE__ */ new Map();
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
  #r = !0;
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
  constructor(t, i = !0) {
    this.anchor = t, this.#r = i, this.#o = We;
  }
  /**
   * @param {Batch} batch
   */
  #s = (t) => {
    if (this.#t.has(t)) {
      var i = (
        /** @type {Key} */
        this.#t.get(t)
      ), n = this.#i.get(i);
      if (n)
        fi(n), this.#n.delete(i);
      else {
        var r = this.#e.get(i);
        r && (fi(r.effect), this.#i.set(i, r.effect), this.#e.delete(i), Ca(
          /** @type {ChildNode} */
          _n(r.fragment)
        ), mi(this.anchor, r.fragment), n = r.effect, n.f &= ~Ce);
      }
      this.#a(t);
      for (const [a, u] of this.#i) {
        if (a === i || this.#n.has(a)) continue;
        const o = () => {
          if (Array.from(this.#t.values()).includes(a)) {
            var h = Rt();
            Gr(u, h), Je(h, vt()), this.#e.set(a, { effect: u, fragment: h });
          } else
            st(u);
          this.#n.delete(a), this.#i.delete(a);
        };
        this.#r || !n ? (this.#n.add(a), pn(u, o, !1)) : o();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #a = (t) => {
    for (const n of this.#t.keys())
      (n === t || !n.linked) && this.#t.delete(n);
    const i = Array.from(this.#t.values());
    for (const [n, r] of this.#e)
      i.includes(n) || (st(r.effect), this.#e.delete(n));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, i) {
    var n = (
      /** @type {Batch} */
      ct
    ), r = zr();
    if (i && !this.#i.has(t) && !this.#e.has(t))
      if (r) {
        var a = Rt(), u = vt();
        Je(a, u);
        var o = at(() => i(u));
        o.f |= Ce, n.unskip_new_effect(o), this.#e.set(t, { effect: o, fragment: a });
      } else
        this.#i.set(
          t,
          at(() => i(this.anchor))
        );
    if (this.#t.set(n, t), r) {
      for (const [f, h] of this.#i)
        f === t ? n.unskip_effect(h) : n.skip_effect(h);
      for (const [f, h] of this.#e)
        f === t ? n.unskip_effect(h.effect) : n.skip_effect(h.effect);
      n.oncommit(this.#s), n.ondiscard(this.#a);
    } else
      this.#s(n);
  }
}
function me(e, t, i = !1) {
  var n = new Kr(e), r = i ? yn : 0;
  function a(u, o) {
    n.ensure(u, o);
  }
  xn(() => {
    var u = !1;
    t((o, f = 0) => {
      u = !0, a(f, o);
    }), u || a(-1, null);
  }, r);
}
function Qr(e) {
  var t, i, n = "";
  if (typeof e == "string" || typeof e == "number") n += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var r = e.length;
    for (t = 0; t < r; t++) e[t] && (i = Qr(e[t])) && (n && (n += " "), n += i);
  } else for (i in e) e[i] && (n && (n += " "), n += i);
  return n;
}
function Oo() {
  for (var e, t, i = 0, n = "", r = arguments.length; i < r; i++) (e = arguments[i]) && (t = Qr(e)) && (n && (n += " "), n += t);
  return n;
}
function Ro(e) {
  return typeof e == "object" ? Oo(e) : e ?? "";
}
const or = [...` 	
\r\f \v\uFEFF`];
function No(e, t, i) {
  var n = e == null ? "" : "" + e;
  if (t && (n = n ? n + " " + t : t), i) {
    for (var r of Object.keys(i))
      if (i[r])
        n = n ? n + " " + r : r;
      else if (n.length)
        for (var a = r.length, u = 0; (u = n.indexOf(r, u)) >= 0; ) {
          var o = u + a;
          (u === 0 || or.includes(n[u - 1])) && (o === n.length || or.includes(n[o])) ? n = (u === 0 ? "" : n.substring(0, u)) + n.substring(o + 1) : u = o;
        }
  }
  return n === "" ? null : n;
}
function lr(e, t = !1) {
  var i = t ? " !important;" : ";", n = "";
  for (var r of Object.keys(e)) {
    var a = e[r];
    a != null && a !== "" && (n += " " + r + ": " + a + i);
  }
  return n;
}
function Ni(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Do(e, t) {
  if (t) {
    var i = "", n, r;
    if (Array.isArray(t) ? (n = t[0], r = t[1]) : n = t, e) {
      e = String(e).replaceAll(/\/\*.*?\*\//g, "").trim();
      var a = !1, u = 0, o = !1, f = [];
      n && f.push(...Object.keys(n).map(Ni)), r && f.push(...Object.keys(r).map(Ni));
      var h = 0, l = -1;
      const E = e.length;
      for (var c = 0; c < E; c++) {
        var d = e[c];
        if (o ? d === "/" && e[c - 1] === "*" && (o = !1) : a ? a === d && (a = !1) : d === "/" && e[c + 1] === "*" ? o = !0 : d === '"' || d === "'" ? a = d : d === "(" ? u++ : d === ")" && u--, !o && a === !1 && u === 0) {
          if (d === ":" && l === -1)
            l = c;
          else if (d === ";" || c === E - 1) {
            if (l !== -1) {
              var C = Ni(e.substring(h, l).trim());
              if (!f.includes(C)) {
                d !== ";" && c++;
                var m = e.substring(h, c).trim();
                i += " " + m + ";";
              }
            }
            h = c + 1, l = -1;
          }
        }
      }
    }
    return n && (i += lr(n)), r && (i += lr(r, !0)), i = i.trim(), i === "" ? null : i;
  }
  return e == null ? null : String(e);
}
function ko(e, t) {
  return t;
}
function Uo(e, t, i) {
  for (var n = [], r = t.length, a, u = 0; u < r; u++) {
    let l = t[u];
    pn(
      l,
      () => {
        if (a) {
          if (a.pending.delete(l), a.done.add(l), a.pending.size === 0) {
            var c = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            en(e, wn(a.done)), c.delete(a), c.size === 0 && (e.outrogroups = null);
          }
        } else
          n.push(l);
      },
      !1
    );
  }
  if (n.length === r) {
    var o = i !== null && e.pending.size === 0;
    if (o) {
      var f = (
        /** @type {Element} */
        i
      ), h = (
        /** @type {Element} */
        Pa(f)
      );
      Ia(h), Je(h, f), e.items.clear();
    }
    en(e, t, !o);
  } else {
    a = {
      pending: new Set(t),
      done: new Set(n)
    };
    for (const l of n)
      a.pending.delete(l);
    (e.outrogroups ??= /* @__PURE__ */ new Set()).add(a);
  }
}
function $r(e) {
  var t = /* @__PURE__ */ new Set();
  for (const i of e.pending.values())
    for (const n of i)
      t.add(
        /** @type {EachItem} */
        e.items.get(n).e
      );
  return t;
}
function en(e, t, i = !0) {
  for (var n = e.pending.size > 0 ? $r(e) : void 0, r = 0; r < t.length; r++) {
    var a = t[r];
    if (n?.has(a)) {
      a.f |= Ce;
      const u = Rt();
      Gr(a, u), a !== e.effect.last && (Ie(e, a.prev, a.next), Ie(e, e.effect.last, a), Ie(e, a, null));
    } else
      st(t[r], i);
  }
}
function Go(e, t) {
  if (e.outrogroups !== null) {
    for (const i of e.outrogroups)
      if (i.pending.has(t) || i.done.has(t)) return !0;
  }
  return !1;
}
var hr = /* @__PURE__ */ new WeakMap(), ur = {};
function fr() {
  var e = hr.get(ur);
  if (e) return e;
  var t = vt();
  return hr.set(ur, t), t;
}
function zo(e, t, i, n, r, a = null) {
  var u = e, o = /* @__PURE__ */ new Map();
  {
    var f = (
      /** @type {Element} */
      e
    );
    u = /** @type {Text} */
    Je(f, vt());
  }
  var h = null, l = pe(() => {
    var g = i();
    return (
      /** @type {V[]} */
      lt(g) ? g : g == null ? [] : wn(g)
    );
  }), c = /* @__PURE__ */ new Map(), d = !0;
  function C(g) {
    if ((p.effect.f & Ki) === 0) {
      p.pending.delete(g);
      var y = s(l);
      p.fallback = h, Fo(p, y, u, t, n), h !== null && (y.length === 0 ? (h.f & Ce) === 0 ? fi(h) : (h.f ^= Ce, Lt(h, null, u)) : pn(h, () => {
        h = null;
      })), E();
    }
  }
  function m(g) {
    p.pending.delete(g), (p.effect.f & Ki) === 0 && E();
  }
  function E() {
    for (var g, y = p.effect.last; y !== null; ) {
      var L = y.prev;
      if ((y.f & gn) !== 0 && y !== h) {
        if ((y.f & Ce) === 0) break;
        g ??= $r(p), !g.has(y) && !Go(p, y) && st(y);
      }
      y = L;
    }
  }
  var M = xn(() => {
    for (var g = (
      /** @type {V[]} */
      s(l)
    ), y = g.length, L = /* @__PURE__ */ new Set(), b = (
      /** @type {Batch} */
      ct
    ), A = zr(), S = 0; S < y; S += 1) {
      var B = g[S], I = n(B, S), P = d ? null : o.get(I);
      P ? (P.v && ci(P.v, B), P.i && ci(P.i, S), A && b.unskip_effect(P.e)) : (P = Xo(
        o,
        d ? u : fr(),
        B,
        I,
        S,
        r,
        t,
        i
      ), d || (P.e.f |= Ce, A && b.unskip_new_effect(P.e)), o.set(I, P)), L.add(I);
    }
    if (y === 0 && a && !h && (d ? h = at(() => a(u)) : (h = at(() => a(fr())), h.f |= Ce, A && b.unskip_new_effect(h))), A && h !== null && (y === 0 ? b.unskip_effect(h) : b.skip_effect(h)), y > L.size && Ha(), !d)
      if (c.set(b, L), A) {
        for (const [N, R] of o)
          L.has(N) || b.skip_effect(R.e);
        b.oncommit(C), b.ondiscard(m);
      } else
        C(b);
    s(l);
  }), p = { effect: M, flags: t, items: o, pending: c, outrogroups: null, fallback: h };
  d = !1;
}
function Pt(e) {
  for (; e !== null && (e.f & gn) === 0; )
    e = e.next;
  return e;
}
function Fo(e, t, i, n, r) {
  var a = t.length, u = e.items, o = Pt(e.effect.first), f, h = null, l = [], c = [], d, C, m, E;
  for (E = 0; E < a; E += 1) {
    if (d = t[E], C = r(d, E), m = /** @type {EachItem} */
    u.get(C).e, e.outrogroups !== null)
      for (const B of e.outrogroups)
        B.pending.delete(m), B.done.delete(m);
    if ((m.f & Oi) !== 0 && fi(m), (m.f & Ce) !== 0)
      if (m.f ^= Ce, m === o)
        Lt(m, null, i);
      else {
        var M = h ? h.next : o;
        m === e.effect.last && (e.effect.last = m.prev), m.prev && (m.prev.next = m.next), m.next && (m.next.prev = m.prev), Ie(e, h, m), Ie(e, m, M), Lt(m, M, i), h = m, l = [], c = [], o = Pt(h.next);
        continue;
      }
    if (m !== o) {
      if (f !== void 0 && f.has(m)) {
        if (l.length < c.length) {
          var p = c[0], g;
          h = p.prev;
          var y = l[0], L = l[l.length - 1];
          for (g = 0; g < l.length; g += 1)
            Lt(l[g], p, i);
          for (g = 0; g < c.length; g += 1)
            f.delete(c[g]);
          Ie(e, y.prev, L.next), Ie(e, h, y), Ie(e, L, p), o = p, h = L, E -= 1, l = [], c = [];
        } else
          f.delete(m), Lt(m, o, i), Ie(e, m.prev, m.next), Ie(e, m, h === null ? e.effect.first : h.next), Ie(e, h, m), h = m;
        continue;
      }
      for (l = [], c = []; o !== null && o !== m; )
        (f ??= /* @__PURE__ */ new Set()).add(o), c.push(o), o = Pt(o.next);
      if (o === null)
        continue;
    }
    (m.f & Ce) === 0 && l.push(m), h = m, o = Pt(m.next);
  }
  if (e.outrogroups !== null) {
    for (const B of e.outrogroups)
      B.pending.size === 0 && (en(e, wn(B.done)), e.outrogroups?.delete(B));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (o !== null || f !== void 0) {
    var b = [];
    if (f !== void 0)
      for (m of f)
        (m.f & Oi) === 0 && b.push(m);
    for (; o !== null; )
      (o.f & Oi) === 0 && o !== e.fallback && b.push(o), o = Pt(o.next);
    var A = b.length;
    if (A > 0) {
      var S = a === 0 ? i : null;
      Uo(e, b, S);
    }
  }
}
function Xo(e, t, i, n, r, a, u, o) {
  var f = (u & Aa) !== 0 ? (u & Ba) === 0 ? /* @__PURE__ */ U(i, !1, !1) : Nt(i) : null, h = (u & Ta) !== 0 ? Nt(r) : null;
  return {
    v: f,
    i: h,
    e: at(() => (a(t, f ?? i, h ?? r, o), () => {
      e.delete(n);
    }))
  };
}
function Lt(e, t, i) {
  if (e.nodes)
    for (var n = e.nodes.start, r = e.nodes.end, a = t && (t.f & Ce) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : i; n !== null; ) {
      var u = (
        /** @type {TemplateNode} */
        La(n)
      );
      if (mi(a, n), n === r)
        return;
      n = u;
    }
}
function Ie(e, t, i) {
  t === null ? e.effect.first = i : t.next = i, i === null ? e.effect.last = t : i.prev = t;
}
function xt(e, t, i, n, r, a) {
  if (t.$$host?.$$shadowRoot) {
    const f = bn("slot");
    F(e, f);
    return;
  }
  var u = t.$$slots?.[i], o = !1;
  u === !0 && (u = t.children, o = !0), u === void 0 || u(e, o ? () => n : n);
}
const Wo = () => performance.now(), Fe = {
  // don't access requestAnimationFrame eagerly outside method
  // this allows basic testing of user code without JSDOM
  // bunder will eval and remove ternary when the user's app is built
  tick: (
    /** @param {any} _ */
    (e) => requestAnimationFrame(e)
  ),
  now: () => Wo(),
  tasks: /* @__PURE__ */ new Set()
};
function es() {
  const e = Fe.now();
  Fe.tasks.forEach((t) => {
    t.c(e) || (Fe.tasks.delete(t), t.f());
  }), Fe.tasks.size !== 0 && Fe.tick(es);
}
function Yo(e) {
  let t;
  return Fe.tasks.size === 0 && Fe.tick(es), {
    promise: new Promise((i) => {
      Fe.tasks.add(t = { c: e, f: i });
    }),
    abort() {
      Fe.tasks.delete(t);
    }
  };
}
function $t(e, t) {
  En(() => {
    e.dispatchEvent(new CustomEvent(t));
  });
}
function Vo(e) {
  if (e === "float") return "cssFloat";
  if (e === "offset") return "cssOffset";
  if (e.startsWith("--")) return e;
  const t = e.split("-");
  return t.length === 1 ? t[0] : t[0] + t.slice(1).map(
    /** @param {any} word */
    (i) => i[0].toUpperCase() + i.slice(1)
  ).join("");
}
function Di(e) {
  const t = {}, i = e.split(";");
  for (const n of i) {
    const [r, a] = n.split(":");
    if (!r || a === void 0) break;
    const u = Vo(r.trim());
    t[u] = a.trim();
  }
  return t;
}
const jo = (e) => e;
function Zo(e, t, i, n) {
  var r = (e & Ra) !== 0, a = "both", u, o = t.inert, f = t.style.overflow, h, l;
  function c() {
    return En(() => u ??= i()(t, n?.() ?? /** @type {P} */
    {}, {
      direction: a
    }));
  }
  var d = {
    is_global: r,
    in() {
      t.inert = o, h = tn(
        t,
        c(),
        l,
        1,
        () => {
          $t(t, "introstart");
        },
        () => {
          $t(t, "introend"), h?.abort(), h = u = void 0, t.style.overflow = f;
        }
      );
    },
    out(M) {
      t.inert = !0, l = tn(
        t,
        c(),
        h,
        0,
        () => {
          $t(t, "outrostart");
        },
        () => {
          $t(t, "outroend"), M?.();
        }
      );
    },
    stop: () => {
      h?.abort(), l?.abort();
    }
  }, C = (
    /** @type {Effect & { nodes: EffectNodes }} */
    Le
  );
  if ((C.nodes.t ??= []).push(d), Ma) {
    var m = r;
    if (!m) {
      for (var E = (
        /** @type {Effect | null} */
        C.parent
      ); E && (E.f & yn) !== 0; )
        for (; (E = E.parent) && (E.f & kr) === 0; )
          ;
      m = !E || (E.f & Oa) !== 0;
    }
    m && gi(() => {
      Z(() => d.in());
    });
  }
}
function tn(e, t, i, n, r, a) {
  var u = n === 1, o = !1;
  if (Na(t)) {
    var f;
    return er(() => {
      if (!o) {
        var g = t({ direction: u ? "in" : "out" });
        f = tn(e, g, i, n, r, a);
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
  i?.deactivate();
  const { delay: h = 0, duration: l = 0, css: c, tick: d, easing: C = jo } = t ?? {};
  var m, E = () => 1 - n;
  function M() {
    E = () => n, d?.(n, 1 - n), a();
  }
  function p() {
    r();
    var g = i?.t() ?? 1 - n;
    i?.abort();
    var y = n - g, L = l * Math.abs(y);
    if (!L) {
      if (c && !u) {
        var b = Di(c(n, 1 - n));
        m = e.animate([b], { duration: 0, fill: "forwards" });
      }
      M();
      return;
    }
    var A = [], S = !1;
    if (c)
      for (var B = Math.ceil(L / 16.666666666666668), I = 0; I <= B; I += 1) {
        var P = g + y * C(I / B), N = Di(c(P, 1 - P));
        A.push(N), S ||= N.overflow === "hidden";
      }
    S && (e.style.overflow = "hidden"), E = () => {
      var R = (
        /** @type {number} */
        /** @type {globalThis.Animation} */
        m.currentTime
      );
      return g + y * C(R / L);
    }, d && Yo(() => {
      if (m.playState !== "running") return !1;
      var R = E();
      return d(R, 1 - R), !0;
    }), m = e.animate(A, { duration: L, fill: "forwards" }), m.onfinish = M;
  }
  return !l && !h ? p() : er(() => {
    if (!o) {
      var g = [];
      if (u && i === void 0 && (d && d(0, 1), c)) {
        var y = Di(c(0, 1));
        g.push(y, y);
      }
      m = e.animate(g, { duration: h, fill: "forwards" }), m.onfinish = () => {
        m.cancel(), p();
      };
    }
  }), {
    abort: () => {
      o = !0, m && (m.cancel(), m.effect = null, m.onfinish = Ze);
    },
    deactivate: () => {
      a = Ze;
    },
    reset: () => {
      n === 0 && d?.(1, 0);
    },
    t: () => E()
  };
}
function qo(e, t, i, n, r, a) {
  var u = null, o = (
    /** @type {TemplateNode} */
    e
  ), f = new Kr(o, !1);
  xn(() => {
    const h = t() || null;
    var l = h === "svg" ? ka : void 0;
    if (h === null) {
      f.ensure(null, null), Kt(!0);
      return;
    }
    return f.ensure(h, (c) => {
      if (h) {
        var d = Ho;
        if (u = bn(h, l), ot(u, u), n) {
          var C = null, m = (
            /** @type {Text} */
            Je(u, vt())
          );
          n(u, m), C && Da(u, C);
        }
        Le.nodes.end = u, d || mi(c, u);
      }
    }), Kt(!0), () => {
      h && Kt(!1);
    };
  }, yn), Fr(() => {
    Kt(!0);
  });
}
function Jo(e, t) {
  var i = void 0, n;
  Xr(() => {
    i !== (i = t()) && (n && (st(n), n = null), i && (n = at(() => {
      gi(() => (
        /** @type {(node: Element) => void} */
        i(e)
      ));
    })));
  });
}
function Me(e, t, i, n, r, a) {
  var u = (
    /** @type {any} */
    e[tr]
  );
  if (u !== i || u === void 0 || // for edge case of `class={undefined}`
  // custom renderers only deal in attributes, so rather than toggling individual classes
  // (which would mean editing the `class` attribute), always set the whole thing
  Wr) {
    var o = No(i, n, a);
    o == null ? rt(e, "class") : t ? e.className = o : Sn(e, "class", o), e[tr] = i;
  } else if (a && r !== a)
    for (var f in a) {
      var h = !!a[f];
      (r == null || h !== !!r[f]) && Ua(
        /** @type {HTMLElement} */
        e,
        f,
        h
      );
    }
  return a;
}
function ki(e, t = {}, i, n) {
  for (var r in i) {
    var a = i[r];
    t[r] !== a && (i[r] == null ? za(
      /** @type {HTMLElement} */
      e,
      r
    ) : Fa(
      /** @type {HTMLElement} */
      e,
      r,
      a,
      n
    ));
  }
}
function xi(e, t, i, n) {
  var r = (
    /** @type {any} */
    e[ir]
  );
  if (r !== t || Wr) {
    var a = Do(t, n);
    a == null ? rt(e, "style") : Ga(
      /** @type {HTMLElement} */
      e,
      a
    ), e[ir] = t;
  } else n && (Array.isArray(n) ? (ki(e, i?.[0], n[0]), ki(e, i?.[1], n[1], "important")) : ki(e, i, n));
  return n;
}
function ts(e, t) {
  t ? Yr(e, "selected") || Sn(e, "selected", "") : rt(e, "selected");
}
function cr(e, t) {
  var i = !("__defaultValue" in e);
  !i && e.__defaultValue === t || (e.__defaultValue = t, is(e, !i || "__value" in e));
}
function is(e, t) {
  var i = e.__defaultValue, n = e.multiple, r = n ? i ?? [] : null;
  if (!(n && !lt(r))) {
    var a = e.selectedIndex, u = t && n ? new Set(e.selectedOptions) : null;
    for (var o of e.options) {
      var f = rn(o);
      ts(
        o,
        n ? (
          /** @type {any[]} */
          r.includes(f)
        ) : qr(f, i)
      );
    }
    if (t)
      if (u !== null)
        for (o of e.options) {
          var h = u.has(o);
          o.selected !== h && (o.selected = h);
        }
      else e.selectedIndex !== a && (e.selectedIndex = a);
  }
}
function nn(e, t, i = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!lt(t))
      return Xa();
    for (var n of e.options)
      n.selected = t.includes(rn(n));
    return;
  }
  for (n of e.options) {
    var r = rn(n);
    if (qr(r, t)) {
      n.selected = !0;
      return;
    }
  }
  (!i || t !== void 0) && (e.selectedIndex = -1);
}
function Ko(e) {
  var t = new MutationObserver((i) => {
    i.every(Qo) || ("__defaultValue" in e && is(e, !1), "__value" in e && nn(e, e.__value));
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
  }), Fr(() => {
    t.disconnect();
  });
}
function rn(e) {
  return "__value" in e ? e.__value : e.value;
}
function Qo(e) {
  if (
    /** @type {Element} */
    e.target.closest("selectedcontent") !== null
  )
    return !0;
  if (e.type === "childList") {
    var t = [...e.addedNodes, ...e.removedNodes];
    return t.length > 0 && t.every((i) => i.nodeName === "SELECTEDCONTENT");
  }
  return !1;
}
const it = /* @__PURE__ */ Symbol("class"), ft = /* @__PURE__ */ Symbol("style"), ns = /* @__PURE__ */ Symbol("is custom element"), rs = /* @__PURE__ */ Symbol("is html"), $o = bi ? "input" : "INPUT", el = bi ? "option" : "OPTION", ss = bi ? "select" : "SELECT", tl = bi ? "progress" : "PROGRESS";
function Oe(e, t, i, n) {
  var r = os(e), a = r[t];
  a !== (r[t] = i) && (t === "loading" && (e[ja] = i), i == null ? rt(e, t) : typeof i != "string" && ls(e).has(t) ? e[t] = i : Sn(e, t, i));
}
function il(e, t, i, n, r = !1, a = !1) {
  var u = os(e), o = u[ns], f = !u[rs], h = t || {}, l = dt(e) === el, c = dt(e) === ss;
  for (var d in t)
    !(d in i) && d[0] + d[1] !== "$$" && (i[d] = null);
  i.class ? i.class = Ro(i.class) : (n || i[it]) && (i.class = null), i[ft] && (i.style ??= null);
  var C = ls(e);
  if (
    // the following logic only makes sense in a DOM environment
    We == null && dt(e) === $o && "type" in i && ("value" in i || "__value" in i)
  ) {
    var m = i.type;
    (m !== h.type || m === void 0 && e.hasAttribute("type")) && (h.type = m, Oe(e, "type", m, a));
  }
  for (const b in i) {
    let A = i[b];
    if (l && b === "value" && A == null) {
      e.value = e.__value = "", h[b] = A;
      continue;
    }
    if (b === "class") {
      var E = We == null && e.namespaceURI === Vr;
      Me(e, E, A, n, t?.[it], i[it]), h[b] = A, h[it] = i[it];
      continue;
    }
    if (b === "style") {
      xi(e, A, t?.[ft], i[ft]), h[b] = A, h[ft] = i[ft];
      continue;
    }
    var M = h[b];
    if (!(A === M && !(A === void 0 && Yr(e, b)))) {
      h[b] = A;
      var p = b[0] + b[1];
      if (p !== "$$" && !(p !== "on" && b.length > 2 && p.toLowerCase() === "on"))
        if (p === "on") {
          const S = {}, B = "$$" + b;
          let I = b.slice(2);
          var g = We == null && Ja(I);
          if (Ka(I) && (I = I.slice(0, -7), S.capture = !0), !g && M) {
            if (A != null) continue;
            Qa(e, I, h[B], S), h[B] = null;
          }
          if (g)
            ai(I, e, A), _i([I]);
          else if (A != null) {
            let P = function(...N) {
              h[b].apply(this, N);
            };
            h[B] = $a(I, e, P, S);
          }
        } else if (b === "style")
          Oe(e, b, A);
        else if (b === "autofocus")
          We == null && eo(
            /** @type {HTMLElement} */
            e,
            !!A
          );
        else if (!o && (b === "__value" || b === "value" && A != null))
          e.__value = A, (M == null || // @ts-ignore
          e.value !== A || A === 0 && e.nodeName === tl) && nr(e, A);
        else if (b === "selected" && l)
          ts(
            /** @type {HTMLOptionElement} */
            e,
            A
          );
        else {
          var y = b;
          f || (y = to(y));
          var L = y === "defaultValue" || y === "defaultChecked";
          if (c && y === "defaultValue") continue;
          if (A == null && !o && !L)
            if (u[b] = null, (y === "value" || y === "checked") && We == null) {
              let S = (
                /** @type {HTMLInputElement} */
                e
              );
              const B = t === void 0;
              if (y === "value") {
                let I = S.defaultValue;
                rt(S, y), io(S, I), nr(S, S.__value = B ? I : null);
              } else {
                let I = S.defaultChecked;
                rt(S, y), no(S, I), ro(S, B ? I : !1);
              }
            } else
              rt(e, b), y === "value" && (e.__value = null);
          else L && We != null || (L || (o || typeof A != "string") && C.has(y) ? (e[y] = A, y in u && (u[y] = we)) : (We != null || typeof A != "function") && Oe(e, y, A, a));
        }
    }
  }
  return h;
}
function as(e, t, i = [], n = [], r = [], a, u = !1, o = !1) {
  Va(r, i, n, (f) => {
    var h = void 0, l = {}, c = dt(e) === ss, d = !1;
    if (Xr(() => {
      var m = t(...f.map(s)), E = il(
        e,
        h,
        m,
        a,
        u,
        o
      );
      if (d && c) {
        var M = (
          /** @type {HTMLSelectElement} */
          e
        );
        "defaultValue" in m && cr(M, m.defaultValue), "value" in m && nn(M, m.value);
      }
      for (let g of Object.getOwnPropertySymbols(l))
        m[g] || st(l[g]);
      for (let g of Object.getOwnPropertySymbols(m)) {
        var p = m[g];
        g.description === Za && (!h || p !== h[g]) && (l[g] && st(l[g]), l[g] = at(() => Jo(e, () => p))), E[g] = p;
      }
      h = E;
    }), c) {
      var C = (
        /** @type {HTMLSelectElement} */
        e
      );
      gi(() => {
        var m = (
          /** @type {Record<string | symbol, any>} */
          h
        );
        "defaultValue" in m && cr(C, m.defaultValue), nn(C, m.value, !0), Ko(C);
      });
    }
    d = !0;
  });
}
function os(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    e[Wa] ??= {
      [ns]: dt(e).includes("-"),
      [rs]: e.namespaceURI === Vr
    }
  );
}
var dr = /* @__PURE__ */ new Map();
function ls(e) {
  var t = Ya(e, "is"), i = t || dt(e), n = dr.get(i);
  if (n) return n;
  n = /* @__PURE__ */ new Set(), (!customElements || !(t || i.includes("-")) || customElements.get(t || i.toLowerCase())) && dr.set(i, n);
  for (var r, a = e, u = Element.prototype; u !== a; ) {
    r = qa(a);
    for (var o in r)
      r[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && n.add(o);
    a = vn(a);
  }
  return n;
}
function nl(e, t, i = t) {
  var n = /* @__PURE__ */ new WeakSet();
  so(e, "input", async (r) => {
    var a = r ? e.defaultValue : e.value;
    if (a = Ui(e) ? Gi(a) : a, i(a), ct !== null && n.add(ct), await ao(), a !== (a = t())) {
      var u = e.selectionStart, o = e.selectionEnd, f = e.value.length;
      if (e.value = a ?? "", o !== null) {
        var h = e.value.length;
        u === o && o === f && h > f ? (e.selectionStart = h, e.selectionEnd = h) : (e.selectionStart = u, e.selectionEnd = Math.min(o, h));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  Z(t) == null && e.value && (i(Ui(e) ? Gi(e.value) : e.value), ct !== null && n.add(ct)), jr(() => {
    var r = t();
    e === document.activeElement && n.has(
      /** @type {Batch} */
      oo
    ) || Ui(e) && r === Gi(e.value) || e.type === "date" && !r && !e.value || r !== e.value && (e.value = r ?? "");
  });
}
function Ui(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function Gi(e) {
  return e === "" ? null : +e;
}
function zi(e, t) {
  return e === t || e?.[nt] === t;
}
function qe(e = lo(), t, i, n) {
  var r = (
    /** @type {ComponentContext} */
    Te.r
  ), a = (
    /** @type {Effect} */
    Le
  );
  return gi(() => {
    var u, o;
    return jr(() => {
      u = o, o = [], Z(() => {
        zi(i(...o), e) || (t(e, ...o), u && zi(i(...u), e) && t(null, ...u));
      });
    }), () => {
      let f = a;
      for (; f !== r && f.parent !== null && f.parent.f & ho; )
        f = f.parent;
      const h = () => {
        o && zi(i(...o), e) && t(null, ...o);
      }, l = f.teardown;
      f.teardown = () => {
        h(), l?.();
      };
    };
  }), e;
}
function rl(e, t) {
  uo(window, ["resize"], () => En(() => t(window[e])));
}
function sl(e) {
  return function(...t) {
    var i = (
      /** @type {Event} */
      t[0]
    );
    return i.preventDefault(), e?.apply(this, t);
  };
}
function Ke(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    Te
  ), i = t.l.u;
  if (!i) return;
  let n = () => z(t.s);
  if (e) {
    let r = 0, a = (
      /** @type {Record<string, any>} */
      {}
    );
    const u = $i(() => {
      let o = !1;
      const f = t.s;
      for (const h in f)
        f[h] !== a[h] && (a[h] = f[h], o = !0);
      return o && r++, r;
    });
    n = () => s(u);
  }
  i.b.length && fo(() => {
    vr(t, n), Qi(i.b);
  }), mt(() => {
    const r = Z(() => i.m.map(co));
    return () => {
      for (const a of r)
        typeof a == "function" && a();
    };
  }), i.a.length && mt(() => {
    vr(t, n), Qi(i.a);
  });
}
function vr(e, t) {
  if (e.l.s)
    for (const i of e.l.s) s(i);
  t();
}
function li(e, t) {
  var i = (
    /** @type {Record<string, Function[] | Function>} */
    e.$$events?.[t.type]
  ), n = lt(i) ? i.slice() : i == null ? [] : [i];
  for (var r of n)
    r.call(this, t);
}
function al(e, t, i) {
  if (e == null)
    return t(void 0), i && i(void 0), Ze;
  const n = Z(
    () => e.subscribe(
      t,
      // @ts-expect-error
      i
    )
  );
  return n.unsubscribe ? () => n.unsubscribe() : n;
}
const ut = [];
function ol(e, t) {
  return {
    subscribe: yi(e, t).subscribe
  };
}
function yi(e, t = Ze) {
  let i = null;
  const n = /* @__PURE__ */ new Set();
  function r(o) {
    if (vo(e, o) && (e = o, i)) {
      const f = !ut.length;
      for (const h of n)
        h[1](), ut.push(h, e);
      if (f) {
        for (let h = 0; h < ut.length; h += 2)
          ut[h][0](ut[h + 1]);
        ut.length = 0;
      }
    }
  }
  function a(o) {
    r(o(
      /** @type {T} */
      e
    ));
  }
  function u(o, f = Ze) {
    const h = [o, f];
    return n.add(h), n.size === 1 && (i = t(r, a) || Ze), o(
      /** @type {T} */
      e
    ), () => {
      n.delete(h), n.size === 0 && i && (i(), i = null);
    };
  }
  return { set: r, update: a, subscribe: u };
}
function yt(e, t, i) {
  const n = !Array.isArray(e), r = n ? [e] : e;
  if (!r.every(Boolean))
    throw new Error("derived() expects stores as input, got a falsy value");
  const a = t.length < 2;
  return ol(i, (u, o) => {
    let f = !1;
    const h = [];
    let l = 0, c = Ze;
    const d = () => {
      if (l)
        return;
      c();
      const m = t(n ? h[0] : h, u, o);
      a ? u(m) : c = typeof m == "function" ? m : Ze;
    }, C = r.map(
      (m, E) => al(
        m,
        (M) => {
          h[E] = M, l &= ~(1 << E), f && d();
        },
        () => {
          l |= 1 << E;
        }
      )
    );
    return f = !0, d(), function() {
      Qi(C), c(), f = !1;
    };
  });
}
let ei = !1;
function ll(e) {
  var t = ei;
  try {
    return ei = !1, [e(), ei];
  } finally {
    ei = t;
  }
}
const hl = {
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
function ul(e, t, i) {
  return new Proxy({ props: e, exclude: t }, hl);
}
const fl = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return s(e.version), t in e.special ? e.special[t]() : e.props[t];
  },
  set(e, t, i) {
    if (!(t in e.special)) {
      var n = Le;
      try {
        rr(e.parent_effect), e.special[t] = _(
          {
            get [t]() {
              return e.props[t];
            }
          },
          /** @type {string} */
          t,
          Zr
        );
      } finally {
        rr(n);
      }
    }
    return e.special[t](i), sr(e.version), !0;
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
    return e.exclude.includes(t) || (e.exclude.push(t), sr(e.version)), !0;
  },
  has(e, t) {
    return e.exclude.includes(t) ? !1 : t in e.props;
  },
  ownKeys(e) {
    return Reflect.ownKeys(e.props).filter((t) => !e.exclude.includes(t));
  }
};
function mr(e, t) {
  return new Proxy(
    {
      props: e,
      exclude: t,
      special: {},
      version: Nt(0),
      // TODO this is only necessary because we need to track component
      // destruction inside `prop`, because of `bind:this`, but it
      // seems likely that we can simplify `bind:this` instead
      parent_effect: (
        /** @type {Effect} */
        Le
      )
    },
    fl
  );
}
function _(e, t, i, n) {
  var r = !mn || (i & bo) !== 0, a = (i & go) !== 0, u = (i & po) !== 0, o = (
    /** @type {V} */
    n
  ), f = !0, h = (
    /** @type {Derived<V> | undefined} */
    void 0
  ), l = () => u && r ? (h ??= $i(
    /** @type {() => V} */
    n
  ), s(h)) : (f && (f = !1, o = u ? Z(
    /** @type {() => V} */
    n
  ) : (
    /** @type {V} */
    n
  )), o);
  let c;
  if (a) {
    var d = nt in e || xo in e;
    c = si(e, t)?.set ?? (d && t in e ? (L) => e[t] = L : void 0);
  }
  var C, m = !1;
  a ? [C, m] = ll(() => (
    /** @type {V} */
    e[t]
  )) : C = /** @type {V} */
  e[t], C === void 0 && n !== void 0 && (C = l(), c && (r && mo(), c(C)));
  var E;
  if (r ? E = () => {
    var L = (
      /** @type {V} */
      e[t]
    );
    return L === void 0 ? l() : (f = !0, L);
  } : E = () => {
    var L = (
      /** @type {V} */
      e[t]
    );
    return L !== void 0 && (o = /** @type {V} */
    void 0), L === void 0 ? o : L;
  }, r && (i & Zr) === 0)
    return E;
  if (c) {
    var M = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(L, b) {
        return arguments.length > 0 ? ((!r || !b || M || m) && c(b ? E() : L), L) : E();
      })
    );
  }
  var p = !1, g = ((i & _o) !== 0 ? $i : pe)(() => (p = !1, E()));
  a && s(g);
  var y = (
    /** @type {Effect} */
    Le
  );
  return (
    /** @type {() => V} */
    (function(L, b) {
      if (arguments.length > 0) {
        const A = b ? s(g) : r && a ? Ve(L) : L;
        return x(g, A), p = !0, o !== void 0 && (o = A), L;
      }
      return Dr && p || (y.f & Ki) !== 0 ? g.v : s(g);
    })
  );
}
function Tn(e) {
  Te === null && Cn(), mn && Te.l !== null ? hs(Te).m.push(e) : mt(() => {
    const t = Z(e);
    if (typeof t == "function") return (
      /** @type {() => void} */
      t
    );
  });
}
function cl(e, t, { bubbles: i = !1, cancelable: n = !1 } = {}) {
  return new CustomEvent(e, { detail: t, bubbles: i, cancelable: n });
}
function wt() {
  const e = Te;
  return e === null && Cn(), (t, i, n) => {
    const r = (
      /** @type {Record<string, Function | Function[]>} */
      e.s.$$events?.[
        /** @type {string} */
        t
      ]
    );
    if (r) {
      const a = lt(r) ? r.slice() : [r], u = cl(
        /** @type {string} */
        t,
        i,
        n
      );
      for (const o of a)
        o.call(e.x, u);
      return !u.defaultPrevented;
    }
    return !0;
  };
}
function dl(e) {
  Te === null && Cn(), Te.l === null && yo(), hs(Te).a.push(e);
}
function hs(e) {
  var t = (
    /** @type {ComponentContextLegacy} */
    e.l
  );
  return t.u ??= { a: [], b: [], m: [] };
}
wo();
const vl = [
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
], gr = {
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
vl.reduce((e, { color: t, primary: i, secondary: n }) => ({
  ...e,
  [t]: {
    primary: gr[t][i],
    secondary: gr[t][n]
  }
}), {});
function ml(e) {
  return e && e.__esModule && Object.prototype.hasOwnProperty.call(e, "default") ? e.default : e;
}
var Fi, br;
function gl() {
  if (br) return Fi;
  br = 1;
  var e = function(g) {
    return t(g) && !i(g);
  };
  function t(p) {
    return !!p && typeof p == "object";
  }
  function i(p) {
    var g = Object.prototype.toString.call(p);
    return g === "[object RegExp]" || g === "[object Date]" || a(p);
  }
  var n = typeof Symbol == "function" && Symbol.for, r = n ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
  function a(p) {
    return p.$$typeof === r;
  }
  function u(p) {
    return Array.isArray(p) ? [] : {};
  }
  function o(p, g) {
    return g.clone !== !1 && g.isMergeableObject(p) ? E(u(p), p, g) : p;
  }
  function f(p, g, y) {
    return p.concat(g).map(function(L) {
      return o(L, y);
    });
  }
  function h(p, g) {
    if (!g.customMerge)
      return E;
    var y = g.customMerge(p);
    return typeof y == "function" ? y : E;
  }
  function l(p) {
    return Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(p).filter(function(g) {
      return Object.propertyIsEnumerable.call(p, g);
    }) : [];
  }
  function c(p) {
    return Object.keys(p).concat(l(p));
  }
  function d(p, g) {
    try {
      return g in p;
    } catch {
      return !1;
    }
  }
  function C(p, g) {
    return d(p, g) && !(Object.hasOwnProperty.call(p, g) && Object.propertyIsEnumerable.call(p, g));
  }
  function m(p, g, y) {
    var L = {};
    return y.isMergeableObject(p) && c(p).forEach(function(b) {
      L[b] = o(p[b], y);
    }), c(g).forEach(function(b) {
      C(p, b) || (d(p, b) && y.isMergeableObject(g[b]) ? L[b] = h(b, y)(p[b], g[b], y) : L[b] = o(g[b], y));
    }), L;
  }
  function E(p, g, y) {
    y = y || {}, y.arrayMerge = y.arrayMerge || f, y.isMergeableObject = y.isMergeableObject || e, y.cloneUnlessOtherwiseSpecified = o;
    var L = Array.isArray(g), b = Array.isArray(p), A = L === b;
    return A ? L ? y.arrayMerge(p, g, y) : m(p, g, y) : o(g, y);
  }
  E.all = function(g, y) {
    if (!Array.isArray(g))
      throw new Error("first argument should be an array");
    return g.reduce(function(L, b) {
      return E(L, b, y);
    }, {});
  };
  var M = E;
  return Fi = M, Fi;
}
var bl = gl();
const _l = /* @__PURE__ */ ml(bl);
var sn = function(e, t) {
  return sn = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(i, n) {
    i.__proto__ = n;
  } || function(i, n) {
    for (var r in n) Object.prototype.hasOwnProperty.call(n, r) && (i[r] = n[r]);
  }, sn(e, t);
};
function wi(e, t) {
  if (typeof t != "function" && t !== null)
    throw new TypeError("Class extends value " + String(t) + " is not a constructor or null");
  sn(e, t);
  function i() {
    this.constructor = e;
  }
  e.prototype = t === null ? Object.create(t) : (i.prototype = t.prototype, new i());
}
var q = function() {
  return q = Object.assign || function(t) {
    for (var i, n = 1, r = arguments.length; n < r; n++) {
      i = arguments[n];
      for (var a in i) Object.prototype.hasOwnProperty.call(i, a) && (t[a] = i[a]);
    }
    return t;
  }, q.apply(this, arguments);
};
function pl(e, t) {
  var i = {};
  for (var n in e) Object.prototype.hasOwnProperty.call(e, n) && t.indexOf(n) < 0 && (i[n] = e[n]);
  if (e != null && typeof Object.getOwnPropertySymbols == "function")
    for (var r = 0, n = Object.getOwnPropertySymbols(e); r < n.length; r++)
      t.indexOf(n[r]) < 0 && Object.prototype.propertyIsEnumerable.call(e, n[r]) && (i[n[r]] = e[n[r]]);
  return i;
}
function Xi(e, t, i) {
  if (i || arguments.length === 2) for (var n = 0, r = t.length, a; n < r; n++)
    (a || !(n in t)) && (a || (a = Array.prototype.slice.call(t, 0, n)), a[n] = t[n]);
  return e.concat(a || Array.prototype.slice.call(t));
}
function Wi(e, t) {
  var i = t && t.cache ? t.cache : Hl, n = t && t.serializer ? t.serializer : Sl, r = t && t.strategy ? t.strategy : wl;
  return r(e, {
    cache: i,
    serializer: n
  });
}
function xl(e) {
  return e == null || typeof e == "number" || typeof e == "boolean";
}
function yl(e, t, i, n) {
  var r = xl(n) ? n : i(n), a = t.get(r);
  return typeof a > "u" && (a = e.call(this, n), t.set(r, a)), a;
}
function us(e, t, i) {
  var n = Array.prototype.slice.call(arguments, 3), r = i(n), a = t.get(r);
  return typeof a > "u" && (a = e.apply(this, n), t.set(r, a)), a;
}
function fs(e, t, i, n, r) {
  return i.bind(t, e, n, r);
}
function wl(e, t) {
  var i = e.length === 1 ? yl : us;
  return fs(e, this, i, t.cache.create(), t.serializer);
}
function El(e, t) {
  return fs(e, this, us, t.cache.create(), t.serializer);
}
var Sl = function() {
  return JSON.stringify(arguments);
}, Cl = (
  /** @class */
  (function() {
    function e() {
      this.cache = /* @__PURE__ */ Object.create(null);
    }
    return e.prototype.get = function(t) {
      return this.cache[t];
    }, e.prototype.set = function(t, i) {
      this.cache[t] = i;
    }, e;
  })()
), Hl = {
  create: function() {
    return new Cl();
  }
}, Yi = {
  variadic: El
}, W;
(function(e) {
  e[e.EXPECT_ARGUMENT_CLOSING_BRACE = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE", e[e.EMPTY_ARGUMENT = 2] = "EMPTY_ARGUMENT", e[e.MALFORMED_ARGUMENT = 3] = "MALFORMED_ARGUMENT", e[e.EXPECT_ARGUMENT_TYPE = 4] = "EXPECT_ARGUMENT_TYPE", e[e.INVALID_ARGUMENT_TYPE = 5] = "INVALID_ARGUMENT_TYPE", e[e.EXPECT_ARGUMENT_STYLE = 6] = "EXPECT_ARGUMENT_STYLE", e[e.INVALID_NUMBER_SKELETON = 7] = "INVALID_NUMBER_SKELETON", e[e.INVALID_DATE_TIME_SKELETON = 8] = "INVALID_DATE_TIME_SKELETON", e[e.EXPECT_NUMBER_SKELETON = 9] = "EXPECT_NUMBER_SKELETON", e[e.EXPECT_DATE_TIME_SKELETON = 10] = "EXPECT_DATE_TIME_SKELETON", e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE", e[e.EXPECT_SELECT_ARGUMENT_OPTIONS = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS", e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT", e[e.INVALID_PLURAL_ARGUMENT_SELECTOR = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR", e[e.MISSING_OTHER_CLAUSE = 22] = "MISSING_OTHER_CLAUSE", e[e.INVALID_TAG = 23] = "INVALID_TAG", e[e.INVALID_TAG_NAME = 25] = "INVALID_TAG_NAME", e[e.UNMATCHED_CLOSING_TAG = 26] = "UNMATCHED_CLOSING_TAG", e[e.UNCLOSED_TAG = 27] = "UNCLOSED_TAG";
})(W || (W = {}));
var ne;
(function(e) {
  e[e.literal = 0] = "literal", e[e.argument = 1] = "argument", e[e.number = 2] = "number", e[e.date = 3] = "date", e[e.time = 4] = "time", e[e.select = 5] = "select", e[e.plural = 6] = "plural", e[e.pound = 7] = "pound", e[e.tag = 8] = "tag";
})(ne || (ne = {}));
var gt;
(function(e) {
  e[e.number = 0] = "number", e[e.dateTime = 1] = "dateTime";
})(gt || (gt = {}));
function _r(e) {
  return e.type === ne.literal;
}
function Tl(e) {
  return e.type === ne.argument;
}
function cs(e) {
  return e.type === ne.number;
}
function ds(e) {
  return e.type === ne.date;
}
function vs(e) {
  return e.type === ne.time;
}
function ms(e) {
  return e.type === ne.select;
}
function gs(e) {
  return e.type === ne.plural;
}
function Al(e) {
  return e.type === ne.pound;
}
function bs(e) {
  return e.type === ne.tag;
}
function _s(e) {
  return !!(e && typeof e == "object" && e.type === gt.number);
}
function an(e) {
  return !!(e && typeof e == "object" && e.type === gt.dateTime);
}
var ps = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/, Bl = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
function Pl(e) {
  var t = {};
  return e.replace(Bl, function(i) {
    var n = i.length;
    switch (i[0]) {
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
var Il = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
function Ll(e) {
  if (e.length === 0)
    throw new Error("Number skeleton cannot be empty");
  for (var t = e.split(Il).filter(function(d) {
    return d.length > 0;
  }), i = [], n = 0, r = t; n < r.length; n++) {
    var a = r[n], u = a.split("/");
    if (u.length === 0)
      throw new Error("Invalid number skeleton");
    for (var o = u[0], f = u.slice(1), h = 0, l = f; h < l.length; h++) {
      var c = l[h];
      if (c.length === 0)
        throw new Error("Invalid number skeleton");
    }
    i.push({ stem: o, options: f });
  }
  return i;
}
function Ml(e) {
  return e.replace(/^(.*?)-/, "");
}
var pr = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g, xs = /^(@+)?(\+|#+)?[rs]?$/g, Ol = /(\*)(0+)|(#+)(0+)|(0+)/g, ys = /^(0+)$/;
function xr(e) {
  var t = {};
  return e[e.length - 1] === "r" ? t.roundingPriority = "morePrecision" : e[e.length - 1] === "s" && (t.roundingPriority = "lessPrecision"), e.replace(xs, function(i, n, r) {
    return typeof r != "string" ? (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length) : r === "+" ? t.minimumSignificantDigits = n.length : n[0] === "#" ? t.maximumSignificantDigits = n.length : (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length + (typeof r == "string" ? r.length : 0)), "";
  }), t;
}
function ws(e) {
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
function Rl(e) {
  var t;
  if (e[0] === "E" && e[1] === "E" ? (t = {
    notation: "engineering"
  }, e = e.slice(2)) : e[0] === "E" && (t = {
    notation: "scientific"
  }, e = e.slice(1)), t) {
    var i = e.slice(0, 2);
    if (i === "+!" ? (t.signDisplay = "always", e = e.slice(2)) : i === "+?" && (t.signDisplay = "exceptZero", e = e.slice(2)), !ys.test(e))
      throw new Error("Malformed concise eng/scientific notation");
    t.minimumIntegerDigits = e.length;
  }
  return t;
}
function yr(e) {
  var t = {}, i = ws(e);
  return i || t;
}
function Nl(e) {
  for (var t = {}, i = 0, n = e; i < n.length; i++) {
    var r = n[i];
    switch (r.stem) {
      case "percent":
      case "%":
        t.style = "percent";
        continue;
      case "%x100":
        t.style = "percent", t.scale = 100;
        continue;
      case "currency":
        t.style = "currency", t.currency = r.options[0];
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
        t.style = "unit", t.unit = Ml(r.options[0]);
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
        t = q(q(q({}, t), { notation: "scientific" }), r.options.reduce(function(f, h) {
          return q(q({}, f), yr(h));
        }, {}));
        continue;
      case "engineering":
        t = q(q(q({}, t), { notation: "engineering" }), r.options.reduce(function(f, h) {
          return q(q({}, f), yr(h));
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
        t.scale = parseFloat(r.options[0]);
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
        if (r.options.length > 1)
          throw new RangeError("integer-width stems only accept a single optional option");
        r.options[0].replace(Ol, function(f, h, l, c, d, C) {
          if (h)
            t.minimumIntegerDigits = l.length;
          else {
            if (c && d)
              throw new Error("We currently do not support maximum integer digits");
            if (C)
              throw new Error("We currently do not support exact integer digits");
          }
          return "";
        });
        continue;
    }
    if (ys.test(r.stem)) {
      t.minimumIntegerDigits = r.stem.length;
      continue;
    }
    if (pr.test(r.stem)) {
      if (r.options.length > 1)
        throw new RangeError("Fraction-precision stems only accept a single optional option");
      r.stem.replace(pr, function(f, h, l, c, d, C) {
        return l === "*" ? t.minimumFractionDigits = h.length : c && c[0] === "#" ? t.maximumFractionDigits = c.length : d && C ? (t.minimumFractionDigits = d.length, t.maximumFractionDigits = d.length + C.length) : (t.minimumFractionDigits = h.length, t.maximumFractionDigits = h.length), "";
      });
      var a = r.options[0];
      a === "w" ? t = q(q({}, t), { trailingZeroDisplay: "stripIfInteger" }) : a && (t = q(q({}, t), xr(a)));
      continue;
    }
    if (xs.test(r.stem)) {
      t = q(q({}, t), xr(r.stem));
      continue;
    }
    var u = ws(r.stem);
    u && (t = q(q({}, t), u));
    var o = Rl(r.stem);
    o && (t = q(q({}, t), o));
  }
  return t;
}
var ti = {
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
function Dl(e, t) {
  for (var i = "", n = 0; n < e.length; n++) {
    var r = e.charAt(n);
    if (r === "j") {
      for (var a = 0; n + 1 < e.length && e.charAt(n + 1) === r; )
        a++, n++;
      var u = 1 + (a & 1), o = a < 2 ? 1 : 3 + (a >> 1), f = "a", h = kl(t);
      for ((h == "H" || h == "k") && (o = 0); o-- > 0; )
        i += f;
      for (; u-- > 0; )
        i = h + i;
    } else r === "J" ? i += "H" : i += r;
  }
  return i;
}
function kl(e) {
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
  var i = e.language, n;
  i !== "root" && (n = e.maximize().region);
  var r = ti[n || ""] || ti[i || ""] || ti["".concat(i, "-001")] || ti["001"];
  return r[0];
}
var Vi, Ul = new RegExp("^".concat(ps.source, "*")), Gl = new RegExp("".concat(ps.source, "*$"));
function Y(e, t) {
  return { start: e, end: t };
}
var zl = !!String.prototype.startsWith && "_a".startsWith("a", 1), Fl = !!String.fromCodePoint, Xl = !!Object.fromEntries, Wl = !!String.prototype.codePointAt, Yl = !!String.prototype.trimStart, Vl = !!String.prototype.trimEnd, jl = !!Number.isSafeInteger, Zl = jl ? Number.isSafeInteger : function(e) {
  return typeof e == "number" && isFinite(e) && Math.floor(e) === e && Math.abs(e) <= 9007199254740991;
}, on = !0;
try {
  var ql = Ss("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  on = ((Vi = ql.exec("a")) === null || Vi === void 0 ? void 0 : Vi[0]) === "a";
} catch {
  on = !1;
}
var wr = zl ? (
  // Native
  function(t, i, n) {
    return t.startsWith(i, n);
  }
) : (
  // For IE11
  function(t, i, n) {
    return t.slice(n, n + i.length) === i;
  }
), ln = Fl ? String.fromCodePoint : (
  // IE11
  function() {
    for (var t = [], i = 0; i < arguments.length; i++)
      t[i] = arguments[i];
    for (var n = "", r = t.length, a = 0, u; r > a; ) {
      if (u = t[a++], u > 1114111)
        throw RangeError(u + " is not a valid code point");
      n += u < 65536 ? String.fromCharCode(u) : String.fromCharCode(((u -= 65536) >> 10) + 55296, u % 1024 + 56320);
    }
    return n;
  }
), Er = (
  // native
  Xl ? Object.fromEntries : (
    // Ponyfill
    function(t) {
      for (var i = {}, n = 0, r = t; n < r.length; n++) {
        var a = r[n], u = a[0], o = a[1];
        i[u] = o;
      }
      return i;
    }
  )
), Es = Wl ? (
  // Native
  function(t, i) {
    return t.codePointAt(i);
  }
) : (
  // IE 11
  function(t, i) {
    var n = t.length;
    if (!(i < 0 || i >= n)) {
      var r = t.charCodeAt(i), a;
      return r < 55296 || r > 56319 || i + 1 === n || (a = t.charCodeAt(i + 1)) < 56320 || a > 57343 ? r : (r - 55296 << 10) + (a - 56320) + 65536;
    }
  }
), Jl = Yl ? (
  // Native
  function(t) {
    return t.trimStart();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(Ul, "");
  }
), Kl = Vl ? (
  // Native
  function(t) {
    return t.trimEnd();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(Gl, "");
  }
);
function Ss(e, t) {
  return new RegExp(e, t);
}
var hn;
if (on) {
  var Sr = Ss("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  hn = function(t, i) {
    var n;
    Sr.lastIndex = i;
    var r = Sr.exec(t);
    return (n = r[1]) !== null && n !== void 0 ? n : "";
  };
} else
  hn = function(t, i) {
    for (var n = []; ; ) {
      var r = Es(t, i);
      if (r === void 0 || Cs(r) || th(r))
        break;
      n.push(r), i += r >= 65536 ? 2 : 1;
    }
    return ln.apply(void 0, n);
  };
var Ql = (
  /** @class */
  (function() {
    function e(t, i) {
      i === void 0 && (i = {}), this.message = t, this.position = { offset: 0, line: 1, column: 1 }, this.ignoreTag = !!i.ignoreTag, this.locale = i.locale, this.requiresOtherClause = !!i.requiresOtherClause, this.shouldParseSkeletons = !!i.shouldParseSkeletons;
    }
    return e.prototype.parse = function() {
      if (this.offset() !== 0)
        throw Error("parser can only be used once");
      return this.parseMessage(0, "", !1);
    }, e.prototype.parseMessage = function(t, i, n) {
      for (var r = []; !this.isEOF(); ) {
        var a = this.char();
        if (a === 123) {
          var u = this.parseArgument(t, n);
          if (u.err)
            return u;
          r.push(u.val);
        } else {
          if (a === 125 && t > 0)
            break;
          if (a === 35 && (i === "plural" || i === "selectordinal")) {
            var o = this.clonePosition();
            this.bump(), r.push({
              type: ne.pound,
              location: Y(o, this.clonePosition())
            });
          } else if (a === 60 && !this.ignoreTag && this.peek() === 47) {
            if (n)
              break;
            return this.error(W.UNMATCHED_CLOSING_TAG, Y(this.clonePosition(), this.clonePosition()));
          } else if (a === 60 && !this.ignoreTag && un(this.peek() || 0)) {
            var u = this.parseTag(t, i);
            if (u.err)
              return u;
            r.push(u.val);
          } else {
            var u = this.parseLiteral(t, i);
            if (u.err)
              return u;
            r.push(u.val);
          }
        }
      }
      return { val: r, err: null };
    }, e.prototype.parseTag = function(t, i) {
      var n = this.clonePosition();
      this.bump();
      var r = this.parseTagName();
      if (this.bumpSpace(), this.bumpIf("/>"))
        return {
          val: {
            type: ne.literal,
            value: "<".concat(r, "/>"),
            location: Y(n, this.clonePosition())
          },
          err: null
        };
      if (this.bumpIf(">")) {
        var a = this.parseMessage(t + 1, i, !0);
        if (a.err)
          return a;
        var u = a.val, o = this.clonePosition();
        if (this.bumpIf("</")) {
          if (this.isEOF() || !un(this.char()))
            return this.error(W.INVALID_TAG, Y(o, this.clonePosition()));
          var f = this.clonePosition(), h = this.parseTagName();
          return r !== h ? this.error(W.UNMATCHED_CLOSING_TAG, Y(f, this.clonePosition())) : (this.bumpSpace(), this.bumpIf(">") ? {
            val: {
              type: ne.tag,
              value: r,
              children: u,
              location: Y(n, this.clonePosition())
            },
            err: null
          } : this.error(W.INVALID_TAG, Y(o, this.clonePosition())));
        } else
          return this.error(W.UNCLOSED_TAG, Y(n, this.clonePosition()));
      } else
        return this.error(W.INVALID_TAG, Y(n, this.clonePosition()));
    }, e.prototype.parseTagName = function() {
      var t = this.offset();
      for (this.bump(); !this.isEOF() && eh(this.char()); )
        this.bump();
      return this.message.slice(t, this.offset());
    }, e.prototype.parseLiteral = function(t, i) {
      for (var n = this.clonePosition(), r = ""; ; ) {
        var a = this.tryParseQuote(i);
        if (a) {
          r += a;
          continue;
        }
        var u = this.tryParseUnquoted(t, i);
        if (u) {
          r += u;
          continue;
        }
        var o = this.tryParseLeftAngleBracket();
        if (o) {
          r += o;
          continue;
        }
        break;
      }
      var f = Y(n, this.clonePosition());
      return {
        val: { type: ne.literal, value: r, location: f },
        err: null
      };
    }, e.prototype.tryParseLeftAngleBracket = function() {
      return !this.isEOF() && this.char() === 60 && (this.ignoreTag || // If at the opening tag or closing tag position, bail.
      !$l(this.peek() || 0)) ? (this.bump(), "<") : null;
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
      var i = [this.char()];
      for (this.bump(); !this.isEOF(); ) {
        var n = this.char();
        if (n === 39)
          if (this.peek() === 39)
            i.push(39), this.bump();
          else {
            this.bump();
            break;
          }
        else
          i.push(n);
        this.bump();
      }
      return ln.apply(void 0, i);
    }, e.prototype.tryParseUnquoted = function(t, i) {
      if (this.isEOF())
        return null;
      var n = this.char();
      return n === 60 || n === 123 || n === 35 && (i === "plural" || i === "selectordinal") || n === 125 && t > 0 ? null : (this.bump(), ln(n));
    }, e.prototype.parseArgument = function(t, i) {
      var n = this.clonePosition();
      if (this.bump(), this.bumpSpace(), this.isEOF())
        return this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, Y(n, this.clonePosition()));
      if (this.char() === 125)
        return this.bump(), this.error(W.EMPTY_ARGUMENT, Y(n, this.clonePosition()));
      var r = this.parseIdentifierIfPossible().value;
      if (!r)
        return this.error(W.MALFORMED_ARGUMENT, Y(n, this.clonePosition()));
      if (this.bumpSpace(), this.isEOF())
        return this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, Y(n, this.clonePosition()));
      switch (this.char()) {
        // Simple argument: `{name}`
        case 125:
          return this.bump(), {
            val: {
              type: ne.argument,
              // value does not include the opening and closing braces.
              value: r,
              location: Y(n, this.clonePosition())
            },
            err: null
          };
        // Argument with options: `{name, format, ...}`
        case 44:
          return this.bump(), this.bumpSpace(), this.isEOF() ? this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, Y(n, this.clonePosition())) : this.parseArgumentOptions(t, i, r, n);
        default:
          return this.error(W.MALFORMED_ARGUMENT, Y(n, this.clonePosition()));
      }
    }, e.prototype.parseIdentifierIfPossible = function() {
      var t = this.clonePosition(), i = this.offset(), n = hn(this.message, i), r = i + n.length;
      this.bumpTo(r);
      var a = this.clonePosition(), u = Y(t, a);
      return { value: n, location: u };
    }, e.prototype.parseArgumentOptions = function(t, i, n, r) {
      var a, u = this.clonePosition(), o = this.parseIdentifierIfPossible().value, f = this.clonePosition();
      switch (o) {
        case "":
          return this.error(W.EXPECT_ARGUMENT_TYPE, Y(u, f));
        case "number":
        case "date":
        case "time": {
          this.bumpSpace();
          var h = null;
          if (this.bumpIf(",")) {
            this.bumpSpace();
            var l = this.clonePosition(), c = this.parseSimpleArgStyleIfPossible();
            if (c.err)
              return c;
            var d = Kl(c.val);
            if (d.length === 0)
              return this.error(W.EXPECT_ARGUMENT_STYLE, Y(this.clonePosition(), this.clonePosition()));
            var C = Y(l, this.clonePosition());
            h = { style: d, styleLocation: C };
          }
          var m = this.tryParseArgumentClose(r);
          if (m.err)
            return m;
          var E = Y(r, this.clonePosition());
          if (h && wr(h?.style, "::", 0)) {
            var M = Jl(h.style.slice(2));
            if (o === "number") {
              var c = this.parseNumberSkeletonFromString(M, h.styleLocation);
              return c.err ? c : {
                val: { type: ne.number, value: n, location: E, style: c.val },
                err: null
              };
            } else {
              if (M.length === 0)
                return this.error(W.EXPECT_DATE_TIME_SKELETON, E);
              var p = M;
              this.locale && (p = Dl(M, this.locale));
              var d = {
                type: gt.dateTime,
                pattern: p,
                location: h.styleLocation,
                parsedOptions: this.shouldParseSkeletons ? Pl(p) : {}
              }, g = o === "date" ? ne.date : ne.time;
              return {
                val: { type: g, value: n, location: E, style: d },
                err: null
              };
            }
          }
          return {
            val: {
              type: o === "number" ? ne.number : o === "date" ? ne.date : ne.time,
              value: n,
              location: E,
              style: (a = h?.style) !== null && a !== void 0 ? a : null
            },
            err: null
          };
        }
        case "plural":
        case "selectordinal":
        case "select": {
          var y = this.clonePosition();
          if (this.bumpSpace(), !this.bumpIf(","))
            return this.error(W.EXPECT_SELECT_ARGUMENT_OPTIONS, Y(y, q({}, y)));
          this.bumpSpace();
          var L = this.parseIdentifierIfPossible(), b = 0;
          if (o !== "select" && L.value === "offset") {
            if (!this.bumpIf(":"))
              return this.error(W.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, Y(this.clonePosition(), this.clonePosition()));
            this.bumpSpace();
            var c = this.tryParseDecimalInteger(W.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, W.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE);
            if (c.err)
              return c;
            this.bumpSpace(), L = this.parseIdentifierIfPossible(), b = c.val;
          }
          var A = this.tryParsePluralOrSelectOptions(t, o, i, L);
          if (A.err)
            return A;
          var m = this.tryParseArgumentClose(r);
          if (m.err)
            return m;
          var S = Y(r, this.clonePosition());
          return o === "select" ? {
            val: {
              type: ne.select,
              value: n,
              options: Er(A.val),
              location: S
            },
            err: null
          } : {
            val: {
              type: ne.plural,
              value: n,
              options: Er(A.val),
              offset: b,
              pluralType: o === "plural" ? "cardinal" : "ordinal",
              location: S
            },
            err: null
          };
        }
        default:
          return this.error(W.INVALID_ARGUMENT_TYPE, Y(u, f));
      }
    }, e.prototype.tryParseArgumentClose = function(t) {
      return this.isEOF() || this.char() !== 125 ? this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, Y(t, this.clonePosition())) : (this.bump(), { val: !0, err: null });
    }, e.prototype.parseSimpleArgStyleIfPossible = function() {
      for (var t = 0, i = this.clonePosition(); !this.isEOF(); ) {
        var n = this.char();
        switch (n) {
          case 39: {
            this.bump();
            var r = this.clonePosition();
            if (!this.bumpUntil("'"))
              return this.error(W.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE, Y(r, this.clonePosition()));
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
                val: this.message.slice(i.offset, this.offset()),
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
        val: this.message.slice(i.offset, this.offset()),
        err: null
      };
    }, e.prototype.parseNumberSkeletonFromString = function(t, i) {
      var n = [];
      try {
        n = Ll(t);
      } catch {
        return this.error(W.INVALID_NUMBER_SKELETON, i);
      }
      return {
        val: {
          type: gt.number,
          tokens: n,
          location: i,
          parsedOptions: this.shouldParseSkeletons ? Nl(n) : {}
        },
        err: null
      };
    }, e.prototype.tryParsePluralOrSelectOptions = function(t, i, n, r) {
      for (var a, u = !1, o = [], f = /* @__PURE__ */ new Set(), h = r.value, l = r.location; ; ) {
        if (h.length === 0) {
          var c = this.clonePosition();
          if (i !== "select" && this.bumpIf("=")) {
            var d = this.tryParseDecimalInteger(W.EXPECT_PLURAL_ARGUMENT_SELECTOR, W.INVALID_PLURAL_ARGUMENT_SELECTOR);
            if (d.err)
              return d;
            l = Y(c, this.clonePosition()), h = this.message.slice(c.offset, this.offset());
          } else
            break;
        }
        if (f.has(h))
          return this.error(i === "select" ? W.DUPLICATE_SELECT_ARGUMENT_SELECTOR : W.DUPLICATE_PLURAL_ARGUMENT_SELECTOR, l);
        h === "other" && (u = !0), this.bumpSpace();
        var C = this.clonePosition();
        if (!this.bumpIf("{"))
          return this.error(i === "select" ? W.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT : W.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT, Y(this.clonePosition(), this.clonePosition()));
        var m = this.parseMessage(t + 1, i, n);
        if (m.err)
          return m;
        var E = this.tryParseArgumentClose(C);
        if (E.err)
          return E;
        o.push([
          h,
          {
            value: m.val,
            location: Y(C, this.clonePosition())
          }
        ]), f.add(h), this.bumpSpace(), a = this.parseIdentifierIfPossible(), h = a.value, l = a.location;
      }
      return o.length === 0 ? this.error(i === "select" ? W.EXPECT_SELECT_ARGUMENT_SELECTOR : W.EXPECT_PLURAL_ARGUMENT_SELECTOR, Y(this.clonePosition(), this.clonePosition())) : this.requiresOtherClause && !u ? this.error(W.MISSING_OTHER_CLAUSE, Y(this.clonePosition(), this.clonePosition())) : { val: o, err: null };
    }, e.prototype.tryParseDecimalInteger = function(t, i) {
      var n = 1, r = this.clonePosition();
      this.bumpIf("+") || this.bumpIf("-") && (n = -1);
      for (var a = !1, u = 0; !this.isEOF(); ) {
        var o = this.char();
        if (o >= 48 && o <= 57)
          a = !0, u = u * 10 + (o - 48), this.bump();
        else
          break;
      }
      var f = Y(r, this.clonePosition());
      return a ? (u *= n, Zl(u) ? { val: u, err: null } : this.error(i, f)) : this.error(t, f);
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
      var i = Es(this.message, t);
      if (i === void 0)
        throw Error("Offset ".concat(t, " is at invalid UTF-16 code unit boundary"));
      return i;
    }, e.prototype.error = function(t, i) {
      return {
        val: null,
        err: {
          kind: t,
          message: this.message,
          location: i
        }
      };
    }, e.prototype.bump = function() {
      if (!this.isEOF()) {
        var t = this.char();
        t === 10 ? (this.position.line += 1, this.position.column = 1, this.position.offset += 1) : (this.position.column += 1, this.position.offset += t < 65536 ? 1 : 2);
      }
    }, e.prototype.bumpIf = function(t) {
      if (wr(this.message, t, this.offset())) {
        for (var i = 0; i < t.length; i++)
          this.bump();
        return !0;
      }
      return !1;
    }, e.prototype.bumpUntil = function(t) {
      var i = this.offset(), n = this.message.indexOf(t, i);
      return n >= 0 ? (this.bumpTo(n), !0) : (this.bumpTo(this.message.length), !1);
    }, e.prototype.bumpTo = function(t) {
      if (this.offset() > t)
        throw Error("targetOffset ".concat(t, " must be greater than or equal to the current offset ").concat(this.offset()));
      for (t = Math.min(t, this.message.length); ; ) {
        var i = this.offset();
        if (i === t)
          break;
        if (i > t)
          throw Error("targetOffset ".concat(t, " is at invalid UTF-16 code unit boundary"));
        if (this.bump(), this.isEOF())
          break;
      }
    }, e.prototype.bumpSpace = function() {
      for (; !this.isEOF() && Cs(this.char()); )
        this.bump();
    }, e.prototype.peek = function() {
      if (this.isEOF())
        return null;
      var t = this.char(), i = this.offset(), n = this.message.charCodeAt(i + (t >= 65536 ? 2 : 1));
      return n ?? null;
    }, e;
  })()
);
function un(e) {
  return e >= 97 && e <= 122 || e >= 65 && e <= 90;
}
function $l(e) {
  return un(e) || e === 47;
}
function eh(e) {
  return e === 45 || e === 46 || e >= 48 && e <= 57 || e === 95 || e >= 97 && e <= 122 || e >= 65 && e <= 90 || e == 183 || e >= 192 && e <= 214 || e >= 216 && e <= 246 || e >= 248 && e <= 893 || e >= 895 && e <= 8191 || e >= 8204 && e <= 8205 || e >= 8255 && e <= 8256 || e >= 8304 && e <= 8591 || e >= 11264 && e <= 12271 || e >= 12289 && e <= 55295 || e >= 63744 && e <= 64975 || e >= 65008 && e <= 65533 || e >= 65536 && e <= 983039;
}
function Cs(e) {
  return e >= 9 && e <= 13 || e === 32 || e === 133 || e >= 8206 && e <= 8207 || e === 8232 || e === 8233;
}
function th(e) {
  return e >= 33 && e <= 35 || e === 36 || e >= 37 && e <= 39 || e === 40 || e === 41 || e === 42 || e === 43 || e === 44 || e === 45 || e >= 46 && e <= 47 || e >= 58 && e <= 59 || e >= 60 && e <= 62 || e >= 63 && e <= 64 || e === 91 || e === 92 || e === 93 || e === 94 || e === 96 || e === 123 || e === 124 || e === 125 || e === 126 || e === 161 || e >= 162 && e <= 165 || e === 166 || e === 167 || e === 169 || e === 171 || e === 172 || e === 174 || e === 176 || e === 177 || e === 182 || e === 187 || e === 191 || e === 215 || e === 247 || e >= 8208 && e <= 8213 || e >= 8214 && e <= 8215 || e === 8216 || e === 8217 || e === 8218 || e >= 8219 && e <= 8220 || e === 8221 || e === 8222 || e === 8223 || e >= 8224 && e <= 8231 || e >= 8240 && e <= 8248 || e === 8249 || e === 8250 || e >= 8251 && e <= 8254 || e >= 8257 && e <= 8259 || e === 8260 || e === 8261 || e === 8262 || e >= 8263 && e <= 8273 || e === 8274 || e === 8275 || e >= 8277 && e <= 8286 || e >= 8592 && e <= 8596 || e >= 8597 && e <= 8601 || e >= 8602 && e <= 8603 || e >= 8604 && e <= 8607 || e === 8608 || e >= 8609 && e <= 8610 || e === 8611 || e >= 8612 && e <= 8613 || e === 8614 || e >= 8615 && e <= 8621 || e === 8622 || e >= 8623 && e <= 8653 || e >= 8654 && e <= 8655 || e >= 8656 && e <= 8657 || e === 8658 || e === 8659 || e === 8660 || e >= 8661 && e <= 8691 || e >= 8692 && e <= 8959 || e >= 8960 && e <= 8967 || e === 8968 || e === 8969 || e === 8970 || e === 8971 || e >= 8972 && e <= 8991 || e >= 8992 && e <= 8993 || e >= 8994 && e <= 9e3 || e === 9001 || e === 9002 || e >= 9003 && e <= 9083 || e === 9084 || e >= 9085 && e <= 9114 || e >= 9115 && e <= 9139 || e >= 9140 && e <= 9179 || e >= 9180 && e <= 9185 || e >= 9186 && e <= 9254 || e >= 9255 && e <= 9279 || e >= 9280 && e <= 9290 || e >= 9291 && e <= 9311 || e >= 9472 && e <= 9654 || e === 9655 || e >= 9656 && e <= 9664 || e === 9665 || e >= 9666 && e <= 9719 || e >= 9720 && e <= 9727 || e >= 9728 && e <= 9838 || e === 9839 || e >= 9840 && e <= 10087 || e === 10088 || e === 10089 || e === 10090 || e === 10091 || e === 10092 || e === 10093 || e === 10094 || e === 10095 || e === 10096 || e === 10097 || e === 10098 || e === 10099 || e === 10100 || e === 10101 || e >= 10132 && e <= 10175 || e >= 10176 && e <= 10180 || e === 10181 || e === 10182 || e >= 10183 && e <= 10213 || e === 10214 || e === 10215 || e === 10216 || e === 10217 || e === 10218 || e === 10219 || e === 10220 || e === 10221 || e === 10222 || e === 10223 || e >= 10224 && e <= 10239 || e >= 10240 && e <= 10495 || e >= 10496 && e <= 10626 || e === 10627 || e === 10628 || e === 10629 || e === 10630 || e === 10631 || e === 10632 || e === 10633 || e === 10634 || e === 10635 || e === 10636 || e === 10637 || e === 10638 || e === 10639 || e === 10640 || e === 10641 || e === 10642 || e === 10643 || e === 10644 || e === 10645 || e === 10646 || e === 10647 || e === 10648 || e >= 10649 && e <= 10711 || e === 10712 || e === 10713 || e === 10714 || e === 10715 || e >= 10716 && e <= 10747 || e === 10748 || e === 10749 || e >= 10750 && e <= 11007 || e >= 11008 && e <= 11055 || e >= 11056 && e <= 11076 || e >= 11077 && e <= 11078 || e >= 11079 && e <= 11084 || e >= 11085 && e <= 11123 || e >= 11124 && e <= 11125 || e >= 11126 && e <= 11157 || e === 11158 || e >= 11159 && e <= 11263 || e >= 11776 && e <= 11777 || e === 11778 || e === 11779 || e === 11780 || e === 11781 || e >= 11782 && e <= 11784 || e === 11785 || e === 11786 || e === 11787 || e === 11788 || e === 11789 || e >= 11790 && e <= 11798 || e === 11799 || e >= 11800 && e <= 11801 || e === 11802 || e === 11803 || e === 11804 || e === 11805 || e >= 11806 && e <= 11807 || e === 11808 || e === 11809 || e === 11810 || e === 11811 || e === 11812 || e === 11813 || e === 11814 || e === 11815 || e === 11816 || e === 11817 || e >= 11818 && e <= 11822 || e === 11823 || e >= 11824 && e <= 11833 || e >= 11834 && e <= 11835 || e >= 11836 && e <= 11839 || e === 11840 || e === 11841 || e === 11842 || e >= 11843 && e <= 11855 || e >= 11856 && e <= 11857 || e === 11858 || e >= 11859 && e <= 11903 || e >= 12289 && e <= 12291 || e === 12296 || e === 12297 || e === 12298 || e === 12299 || e === 12300 || e === 12301 || e === 12302 || e === 12303 || e === 12304 || e === 12305 || e >= 12306 && e <= 12307 || e === 12308 || e === 12309 || e === 12310 || e === 12311 || e === 12312 || e === 12313 || e === 12314 || e === 12315 || e === 12316 || e === 12317 || e >= 12318 && e <= 12319 || e === 12320 || e === 12336 || e === 64830 || e === 64831 || e >= 65093 && e <= 65094;
}
function fn(e) {
  e.forEach(function(t) {
    if (delete t.location, ms(t) || gs(t))
      for (var i in t.options)
        delete t.options[i].location, fn(t.options[i].value);
    else cs(t) && _s(t.style) || (ds(t) || vs(t)) && an(t.style) ? delete t.style.location : bs(t) && fn(t.children);
  });
}
function ih(e, t) {
  t === void 0 && (t = {}), t = q({ shouldParseSkeletons: !0, requiresOtherClause: !0 }, t);
  var i = new Ql(e, t).parse();
  if (i.err) {
    var n = SyntaxError(W[i.err.kind]);
    throw n.location = i.err.location, n.originalMessage = i.err.message, n;
  }
  return t?.captureLocation || fn(i.val), i.val;
}
var bt;
(function(e) {
  e.MISSING_VALUE = "MISSING_VALUE", e.INVALID_VALUE = "INVALID_VALUE", e.MISSING_INTL_API = "MISSING_INTL_API";
})(bt || (bt = {}));
var Ei = (
  /** @class */
  (function(e) {
    wi(t, e);
    function t(i, n, r) {
      var a = e.call(this, i) || this;
      return a.code = n, a.originalMessage = r, a;
    }
    return t.prototype.toString = function() {
      return "[formatjs Error: ".concat(this.code, "] ").concat(this.message);
    }, t;
  })(Error)
), Cr = (
  /** @class */
  (function(e) {
    wi(t, e);
    function t(i, n, r, a) {
      return e.call(this, 'Invalid values for "'.concat(i, '": "').concat(n, '". Options are "').concat(Object.keys(r).join('", "'), '"'), bt.INVALID_VALUE, a) || this;
    }
    return t;
  })(Ei)
), nh = (
  /** @class */
  (function(e) {
    wi(t, e);
    function t(i, n, r) {
      return e.call(this, 'Value for "'.concat(i, '" must be of type ').concat(n), bt.INVALID_VALUE, r) || this;
    }
    return t;
  })(Ei)
), rh = (
  /** @class */
  (function(e) {
    wi(t, e);
    function t(i, n) {
      return e.call(this, 'The intl string context variable "'.concat(i, '" was not provided to the string "').concat(n, '"'), bt.MISSING_VALUE, n) || this;
    }
    return t;
  })(Ei)
), xe;
(function(e) {
  e[e.literal = 0] = "literal", e[e.object = 1] = "object";
})(xe || (xe = {}));
function sh(e) {
  return e.length < 2 ? e : e.reduce(function(t, i) {
    var n = t[t.length - 1];
    return !n || n.type !== xe.literal || i.type !== xe.literal ? t.push(i) : n.value += i.value, t;
  }, []);
}
function ah(e) {
  return typeof e == "function";
}
function hi(e, t, i, n, r, a, u) {
  if (e.length === 1 && _r(e[0]))
    return [
      {
        type: xe.literal,
        value: e[0].value
      }
    ];
  for (var o = [], f = 0, h = e; f < h.length; f++) {
    var l = h[f];
    if (_r(l)) {
      o.push({
        type: xe.literal,
        value: l.value
      });
      continue;
    }
    if (Al(l)) {
      typeof a == "number" && o.push({
        type: xe.literal,
        value: i.getNumberFormat(t).format(a)
      });
      continue;
    }
    var c = l.value;
    if (!(r && c in r))
      throw new rh(c, u);
    var d = r[c];
    if (Tl(l)) {
      (!d || typeof d == "string" || typeof d == "number") && (d = typeof d == "string" || typeof d == "number" ? String(d) : ""), o.push({
        type: typeof d == "string" ? xe.literal : xe.object,
        value: d
      });
      continue;
    }
    if (ds(l)) {
      var C = typeof l.style == "string" ? n.date[l.style] : an(l.style) ? l.style.parsedOptions : void 0;
      o.push({
        type: xe.literal,
        value: i.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (vs(l)) {
      var C = typeof l.style == "string" ? n.time[l.style] : an(l.style) ? l.style.parsedOptions : n.time.medium;
      o.push({
        type: xe.literal,
        value: i.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (cs(l)) {
      var C = typeof l.style == "string" ? n.number[l.style] : _s(l.style) ? l.style.parsedOptions : void 0;
      C && C.scale && (d = d * (C.scale || 1)), o.push({
        type: xe.literal,
        value: i.getNumberFormat(t, C).format(d)
      });
      continue;
    }
    if (bs(l)) {
      var m = l.children, E = l.value, M = r[E];
      if (!ah(M))
        throw new nh(E, "function", u);
      var p = hi(m, t, i, n, r, a), g = M(p.map(function(b) {
        return b.value;
      }));
      Array.isArray(g) || (g = [g]), o.push.apply(o, g.map(function(b) {
        return {
          type: typeof b == "string" ? xe.literal : xe.object,
          value: b
        };
      }));
    }
    if (ms(l)) {
      var y = l.options[d] || l.options.other;
      if (!y)
        throw new Cr(l.value, d, Object.keys(l.options), u);
      o.push.apply(o, hi(y.value, t, i, n, r));
      continue;
    }
    if (gs(l)) {
      var y = l.options["=".concat(d)];
      if (!y) {
        if (!Intl.PluralRules)
          throw new Ei(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, bt.MISSING_INTL_API, u);
        var L = i.getPluralRules(t, { type: l.pluralType }).select(d - (l.offset || 0));
        y = l.options[L] || l.options.other;
      }
      if (!y)
        throw new Cr(l.value, d, Object.keys(l.options), u);
      o.push.apply(o, hi(y.value, t, i, n, r, d - (l.offset || 0)));
      continue;
    }
  }
  return sh(o);
}
function oh(e, t) {
  return t ? q(q(q({}, e || {}), t || {}), Object.keys(e).reduce(function(i, n) {
    return i[n] = q(q({}, e[n]), t[n] || {}), i;
  }, {})) : e;
}
function lh(e, t) {
  return t ? Object.keys(e).reduce(function(i, n) {
    return i[n] = oh(e[n], t[n]), i;
  }, q({}, e)) : e;
}
function ji(e) {
  return {
    create: function() {
      return {
        get: function(t) {
          return e[t];
        },
        set: function(t, i) {
          e[t] = i;
        }
      };
    }
  };
}
function hh(e) {
  return e === void 0 && (e = {
    number: {},
    dateTime: {},
    pluralRules: {}
  }), {
    getNumberFormat: Wi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.NumberFormat).bind.apply(t, Xi([void 0], i, !1)))();
    }, {
      cache: ji(e.number),
      strategy: Yi.variadic
    }),
    getDateTimeFormat: Wi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.DateTimeFormat).bind.apply(t, Xi([void 0], i, !1)))();
    }, {
      cache: ji(e.dateTime),
      strategy: Yi.variadic
    }),
    getPluralRules: Wi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.PluralRules).bind.apply(t, Xi([void 0], i, !1)))();
    }, {
      cache: ji(e.pluralRules),
      strategy: Yi.variadic
    })
  };
}
var uh = (
  /** @class */
  (function() {
    function e(t, i, n, r) {
      i === void 0 && (i = e.defaultLocale);
      var a = this;
      if (this.formatterCache = {
        number: {},
        dateTime: {},
        pluralRules: {}
      }, this.format = function(f) {
        var h = a.formatToParts(f);
        if (h.length === 1)
          return h[0].value;
        var l = h.reduce(function(c, d) {
          return !c.length || d.type !== xe.literal || typeof c[c.length - 1] != "string" ? c.push(d.value) : c[c.length - 1] += d.value, c;
        }, []);
        return l.length <= 1 ? l[0] || "" : l;
      }, this.formatToParts = function(f) {
        return hi(a.ast, a.locales, a.formatters, a.formats, f, void 0, a.message);
      }, this.resolvedOptions = function() {
        var f;
        return {
          locale: ((f = a.resolvedLocale) === null || f === void 0 ? void 0 : f.toString()) || Intl.NumberFormat.supportedLocalesOf(a.locales)[0]
        };
      }, this.getAst = function() {
        return a.ast;
      }, this.locales = i, this.resolvedLocale = e.resolveLocale(i), typeof t == "string") {
        if (this.message = t, !e.__parse)
          throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
        var u = r || {};
        u.formatters;
        var o = pl(u, ["formatters"]);
        this.ast = e.__parse(t, q(q({}, o), { locale: this.resolvedLocale }));
      } else
        this.ast = t;
      if (!Array.isArray(this.ast))
        throw new TypeError("A message must be provided as a String or AST.");
      this.formats = lh(e.formats, n), this.formatters = r && r.formatters || hh(this.formatterCache);
    }
    return Object.defineProperty(e, "defaultLocale", {
      get: function() {
        return e.memoizedDefaultLocale || (e.memoizedDefaultLocale = new Intl.NumberFormat().resolvedOptions().locale), e.memoizedDefaultLocale;
      },
      enumerable: !1,
      configurable: !0
    }), e.memoizedDefaultLocale = null, e.resolveLocale = function(t) {
      if (!(typeof Intl.Locale > "u")) {
        var i = Intl.NumberFormat.supportedLocalesOf(t);
        return i.length > 0 ? new Intl.Locale(i[0]) : new Intl.Locale(typeof t == "string" ? t : t[0]);
      }
    }, e.__parse = ih, e.formats = {
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
function fh(e, t) {
  if (t == null)
    return;
  if (t in e)
    return e[t];
  const i = t.split(".");
  let n = e;
  for (let r = 0; r < i.length; r++)
    if (typeof n == "object") {
      if (r > 0) {
        const a = i.slice(r, i.length).join(".");
        if (a in n) {
          n = n[a];
          break;
        }
      }
      n = n[i[r]];
    } else
      n = void 0;
  return n;
}
const je = {}, ch = (e, t, i) => i && (t in je || (je[t] = {}), e in je[t] || (je[t][e] = i), i), Hs = (e, t) => {
  if (t == null)
    return;
  if (t in je && e in je[t])
    return je[t][e];
  const i = Si(t);
  for (let n = 0; n < i.length; n++) {
    const r = i[n], a = vh(r, e);
    if (a)
      return ch(e, t, a);
  }
};
let An;
const kt = yi({});
function dh(e) {
  return An[e] || null;
}
function Ts(e) {
  return e in An;
}
function vh(e, t) {
  if (!Ts(e))
    return null;
  const i = dh(e);
  return fh(i, t);
}
function mh(e) {
  if (e == null)
    return;
  const t = Si(e);
  for (let i = 0; i < t.length; i++) {
    const n = t[i];
    if (Ts(n))
      return n;
  }
}
function gh(e, ...t) {
  delete je[e], kt.update((i) => (i[e] = _l.all([i[e] || {}, ...t]), i));
}
yt(
  [kt],
  ([e]) => Object.keys(e)
);
kt.subscribe((e) => An = e);
const ui = {};
function bh(e, t) {
  ui[e].delete(t), ui[e].size === 0 && delete ui[e];
}
function As(e) {
  return ui[e];
}
function _h(e) {
  return Si(e).map((t) => {
    const i = As(t);
    return [t, i ? [...i] : []];
  }).filter(([, t]) => t.length > 0);
}
function cn(e) {
  return e == null ? !1 : Si(e).some(
    (t) => {
      var i;
      return (i = As(t)) == null ? void 0 : i.size;
    }
  );
}
function ph(e, t) {
  return Promise.all(
    t.map((n) => (bh(e, n), n().then((r) => r.default || r)))
  ).then((n) => gh(e, ...n));
}
const It = {};
function Bs(e) {
  if (!cn(e))
    return e in It ? It[e] : Promise.resolve();
  const t = _h(e);
  return It[e] = Promise.all(
    t.map(
      ([i, n]) => ph(i, n)
    )
  ).then(() => {
    if (cn(e))
      return Bs(e);
    delete It[e];
  }), It[e];
}
const xh = {
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
}, yh = {
  fallbackLocale: null,
  loadingDelay: 200,
  formats: xh,
  warnOnMissingMessages: !0,
  handleMissingMessage: void 0,
  ignoreTag: !0
}, wh = yh;
function _t() {
  return wh;
}
const Zi = yi(!1);
var Eh = Object.defineProperty, Sh = Object.defineProperties, Ch = Object.getOwnPropertyDescriptors, Hr = Object.getOwnPropertySymbols, Hh = Object.prototype.hasOwnProperty, Th = Object.prototype.propertyIsEnumerable, Tr = (e, t, i) => t in e ? Eh(e, t, { enumerable: !0, configurable: !0, writable: !0, value: i }) : e[t] = i, Ah = (e, t) => {
  for (var i in t || (t = {}))
    Hh.call(t, i) && Tr(e, i, t[i]);
  if (Hr)
    for (var i of Hr(t))
      Th.call(t, i) && Tr(e, i, t[i]);
  return e;
}, Bh = (e, t) => Sh(e, Ch(t));
let dn;
const di = yi(null);
function Ar(e) {
  return e.split("-").map((t, i, n) => n.slice(0, i + 1).join("-")).reverse();
}
function Si(e, t = _t().fallbackLocale) {
  const i = Ar(e);
  return t ? [.../* @__PURE__ */ new Set([...i, ...Ar(t)])] : i;
}
function ht() {
  return dn ?? void 0;
}
di.subscribe((e) => {
  dn = e ?? void 0, typeof window < "u" && e != null && document.documentElement.setAttribute("lang", e);
});
const Ph = (e) => {
  if (e && mh(e) && cn(e)) {
    const { loadingDelay: t } = _t();
    let i;
    return typeof window < "u" && ht() != null && t ? i = window.setTimeout(
      () => Zi.set(!0),
      t
    ) : Zi.set(!0), Bs(e).then(() => {
      di.set(e);
    }).finally(() => {
      clearTimeout(i), Zi.set(!1);
    });
  }
  return di.set(e);
}, Et = Bh(Ah({}, di), {
  set: Ph
}), Ci = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (n) => {
    const r = JSON.stringify(n);
    return r in t ? t[r] : t[r] = e(n);
  };
};
var Ih = Object.defineProperty, vi = Object.getOwnPropertySymbols, Ps = Object.prototype.hasOwnProperty, Is = Object.prototype.propertyIsEnumerable, Br = (e, t, i) => t in e ? Ih(e, t, { enumerable: !0, configurable: !0, writable: !0, value: i }) : e[t] = i, Bn = (e, t) => {
  for (var i in t || (t = {}))
    Ps.call(t, i) && Br(e, i, t[i]);
  if (vi)
    for (var i of vi(t))
      Is.call(t, i) && Br(e, i, t[i]);
  return e;
}, St = (e, t) => {
  var i = {};
  for (var n in e)
    Ps.call(e, n) && t.indexOf(n) < 0 && (i[n] = e[n]);
  if (e != null && vi)
    for (var n of vi(e))
      t.indexOf(n) < 0 && Is.call(e, n) && (i[n] = e[n]);
  return i;
};
const Dt = (e, t) => {
  const { formats: i } = _t();
  if (e in i && t in i[e])
    return i[e][t];
  throw new Error(`[svelte-i18n] Unknown "${t}" ${e} format.`);
}, Lh = Ci(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = St(t, ["locale", "format"]);
    if (i == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format numbers');
    return n && (r = Dt("number", n)), new Intl.NumberFormat(i, r);
  }
), Mh = Ci(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = St(t, ["locale", "format"]);
    if (i == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format dates');
    return n ? r = Dt("date", n) : Object.keys(r).length === 0 && (r = Dt("date", "short")), new Intl.DateTimeFormat(i, r);
  }
), Oh = Ci(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = St(t, ["locale", "format"]);
    if (i == null)
      throw new Error(
        '[svelte-i18n] A "locale" must be set to format time values'
      );
    return n ? r = Dt("time", n) : Object.keys(r).length === 0 && (r = Dt("time", "short")), new Intl.DateTimeFormat(i, r);
  }
), Rh = (e = {}) => {
  var t = e, {
    locale: i = ht()
  } = t, n = St(t, [
    "locale"
  ]);
  return Lh(Bn({ locale: i }, n));
}, Nh = (e = {}) => {
  var t = e, {
    locale: i = ht()
  } = t, n = St(t, [
    "locale"
  ]);
  return Mh(Bn({ locale: i }, n));
}, Dh = (e = {}) => {
  var t = e, {
    locale: i = ht()
  } = t, n = St(t, [
    "locale"
  ]);
  return Oh(Bn({ locale: i }, n));
}, kh = Ci(
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
  (e, t = ht()) => new uh(e, t, _t().formats, {
    ignoreTag: _t().ignoreTag
  })
), Uh = (e, t = {}) => {
  var i, n, r, a;
  let u = t;
  typeof e == "object" && (u = e, e = u.id);
  const {
    values: o,
    locale: f = ht(),
    default: h
  } = u;
  if (f == null)
    throw new Error(
      "[svelte-i18n] Cannot format a message without first setting the initial locale."
    );
  let l = Hs(e, f);
  if (!l)
    l = (a = (r = (n = (i = _t()).handleMissingMessage) == null ? void 0 : n.call(i, { locale: f, id: e, defaultValue: h })) != null ? r : h) != null ? a : e;
  else if (typeof l != "string")
    return console.warn(
      `[svelte-i18n] Message with id "${e}" must be of type "string", found: "${typeof l}". Gettin its value through the "$format" method is deprecated; use the "json" method instead.`
    ), l;
  if (!o)
    return l;
  let c = l;
  try {
    c = kh(l, f).format(o);
  } catch (d) {
    d instanceof Error && console.warn(
      `[svelte-i18n] Message "${e}" has syntax error:`,
      d.message
    );
  }
  return c;
}, Gh = (e, t) => Dh(t).format(e), zh = (e, t) => Nh(t).format(e), Fh = (e, t) => Rh(t).format(e), Xh = (e, t = ht()) => Hs(e, t);
yt([Et, kt], () => Uh);
yt([Et], () => Gh);
yt([Et], () => zh);
yt([Et], () => Fh);
yt([Et, kt], () => Xh);
const Wh = "__i18n__", Yh = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Vh = [
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
function jh(e) {
  return typeof e == "string" && e.includes(Wh);
}
class Zh {
  load_component;
  #t = /* @__PURE__ */ Pe(Ve({}));
  get shared() {
    return s(this.#t);
  }
  set shared(t) {
    x(this.#t, t, !0);
  }
  #i = /* @__PURE__ */ Pe(Ve({}));
  get props() {
    return s(this.#i);
  }
  set props(t) {
    x(this.#i, t, !0);
  }
  #e = /* @__PURE__ */ Pe((t) => t);
  get i18n() {
    return s(this.#e);
  }
  set i18n(t) {
    x(this.#e, t, !0);
  }
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Vh;
  mounted = !1;
  old_value;
  register_component;
  constructor(t, i) {
    for (const n in t.shared_props)
      this.shared[n] = t.shared_props[n];
    for (const n in t.props)
      this.props[n] = t.props[n];
    if (i)
      for (const n in i)
        this.props[n] === void 0 && (this.props[n] = i[n]);
    this.i18n = this.props.i18n ?? ((n) => n);
    for (const n of Yh)
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
    ), mt(() => {
      for (const n in t.shared_props)
        this._is_i18n_managed(`shared.${n}`, t.shared_props[n]) || (this.shared[n] = t.shared_props[n]);
      for (const n in t.props)
        this._is_i18n_managed(`props.${n}`, t.props[n]) || (this.props[n] = t.props[n]);
      this.register_component(
        t.shared_props.id,
        // @ts-ignore
        this.set_data.bind(this),
        this.get_data.bind(this)
      ), Z(() => {
        this.shared.id = t.shared_props.id;
      });
    }), Object.keys(this.translatable_props).length > 0 && Et.subscribe(() => {
      for (const [n, r] of Object.entries(this.translatable_props)) {
        const [a, u] = n.split("."), o = this.i18n(r);
        a === "shared" ? this.shared[u] = o : this.props[u] = o;
      }
    });
  }
  // check if props are translatable
  _is_i18n_managed(t, i) {
    const n = this.translatable_props[t];
    return n ? i === n ? !0 : (delete this.translatable_props[t], !1) : !1;
  }
  _translate_and_store(t, i, n) {
    if (typeof n != "string") return n;
    const r = this.i18n(n);
    return r !== n && (this.translatable_props[`${t}.${i}`] = n), r;
  }
  dispatch(t, i) {
    this.dispatcher(this.shared.id, t, i);
  }
  async get_data() {
    return Ao(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const i in t) {
      const n = t[i], r = jh(n) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, n) : n;
      if (this.shared_props.includes(i)) {
        const a = i;
        this.shared[a] = r;
        continue;
      }
      this.props[i] = r;
    }
  }
  watch_for_change() {
    mt(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
Eo();
var qh = /* @__PURE__ */ Ae('<svg class="resize-handle svelte-1hhxcvk" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><line x1="1" y1="9" x2="9" y2="1" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line><line x1="5" y1="9" x2="9" y2="5" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line></svg>'), Pr = /* @__PURE__ */ ue("<!> <!>", 1), Jh = /* @__PURE__ */ ue('<div class="placeholder svelte-1hhxcvk"></div>');
function Kh(e, t) {
  ke(t, !1);
  let i = _(t, "height", 8, void 0), n = _(t, "min_height", 8, void 0), r = _(t, "max_height", 8, void 0), a = _(t, "width", 8, void 0), u = _(t, "elem_id", 8, ""), o = _(t, "elem_classes", 24, () => []), f = _(t, "variant", 8, "solid"), h = _(t, "border_mode", 8, "base"), l = _(t, "padding", 8, !0), c = _(t, "type", 8, "normal"), d = _(t, "test_id", 8, void 0), C = _(t, "explicit_call", 8, !1), m = _(t, "container", 8, !0), E = _(t, "visible", 8, !0), M = _(t, "allow_overflow", 8, !0), p = _(t, "overflow_behavior", 8, "auto"), g = _(t, "scale", 8, null), y = _(t, "min_width", 8, 0), L = _(t, "flex", 12, !1), b = _(t, "resizable", 8, !1), A = _(t, "rtl", 8, !1), S = _(t, "fullscreen", 12, !1), B = _(t, "label", 8, void 0), I = /* @__PURE__ */ U(S()), P = /* @__PURE__ */ U(), N = c() === "fieldset" ? "fieldset" : "div", R = /* @__PURE__ */ U(0), T = /* @__PURE__ */ U(0), G = /* @__PURE__ */ U(null);
  function K(J) {
    S() && J.key === "Escape" && S(!1);
  }
  const V = (J) => {
    if (J !== void 0) {
      if (typeof J == "number")
        return J + "px";
      if (typeof J == "string")
        return J;
    }
  }, ee = (J) => {
    let ge = J.clientY;
    const ye = (le) => {
      const ie = le.clientY - ge;
      ge = le.clientY, se(P, s(P).style.height = `${s(P).offsetHeight + ie}px`);
    }, Q = () => {
      window.removeEventListener("mousemove", ye), window.removeEventListener("mouseup", Q);
    };
    window.addEventListener("mousemove", ye), window.addEventListener("mouseup", Q);
  };
  He(
    () => (z(S()), s(I), s(P)),
    () => {
      S() !== s(I) && (x(I, S()), S() ? (x(G, s(P).getBoundingClientRect()), x(R, s(P).offsetHeight), x(T, s(P).offsetWidth), window.addEventListener("keydown", K)) : (x(G, null), window.removeEventListener("keydown", K)));
    }
  ), He(() => z(E()), () => {
    E() || L(!1);
  }), pt(), Ke();
  var ae = Hn(), re = Ne(ae);
  {
    var oe = (J) => {
      var ge = Pr(), ye = Ne(ge);
      qo(ye, () => N, !1, (ie, Ue) => {
        qe(ie, (Re) => x(P, Re), () => s(P)), as(
          ie,
          (Re, Ge, Hi, Ut, Gt) => ({
            "data-testid": d(),
            id: u(),
            class: `block ${Re ?? ""}`,
            dir: A() ? "rtl" : "ltr",
            "aria-label": B(),
            style: "",
            [it]: {
              hidden: E() === "hidden",
              padded: l(),
              flex: L(),
              border_focus: h() === "focus",
              border_contrast: h() === "contrast",
              "hide-container": !C() && !m(),
              fullscreen: S(),
              animating: S() && s(G) !== null,
              "auto-margin": g() === null
            },
            [ft]: {
              height: Ge,
              "min-height": Hi,
              "max-height": Ut,
              "--start-top": (s(G), Z(() => s(G) ? `${s(G).top}px` : "0px")),
              "--start-left": (s(G), Z(() => s(G) ? `${s(G).left}px` : "0px")),
              "--start-width": (s(G), Z(() => s(G) ? `${s(G).width}px` : "0px")),
              "--start-height": (s(G), Z(() => s(G) ? `${s(G).height}px` : "0px")),
              width: Gt,
              "border-style": f(),
              overflow: M() ? p() : "hidden",
              "flex-grow": g(),
              "min-width": `calc(min(${y()}px, 100%))`
            }
          }),
          [
            () => (z(o()), Z(() => o()?.join(" ") || "")),
            () => (z(S()), z(i()), Z(() => S() ? void 0 : V(i()))),
            () => (z(S()), z(n()), Z(() => S() ? void 0 : V(n()))),
            () => (z(S()), z(r()), Z(() => S() ? void 0 : V(r()))),
            () => (z(S()), z(a()), Z(() => S() ? void 0 : typeof a() == "number" ? `calc(min(${a()}px, 100%))` : V(a())))
          ],
          void 0,
          void 0,
          "svelte-1hhxcvk"
        );
        var Se = Pr(), D = Ne(Se);
        xt(D, t, "default", {});
        var j = $(D, 2);
        {
          var fe = (Re) => {
            var Ge = qh();
            ce("mousedown", Ge, ee), F(Re, Ge);
          };
          me(j, (Re) => {
            b() && Re(fe);
          });
        }
        F(Ue, Se);
      });
      var Q = $(ye, 2);
      {
        var le = (ie) => {
          var Ue = Jh();
          let Se;
          Ee(() => Se = xi(Ue, "", Se, {
            height: s(R) + "px",
            width: s(T) + "px"
          })), F(ie, Ue);
        };
        me(Q, (ie) => {
          S() && ie(le);
        });
      }
      F(J, ge);
    };
    me(re, (J) => {
      (E() === !0 || E() === "hidden") && J(oe);
    });
  }
  F(e, ae), De();
}
var Qh = /* @__PURE__ */ ue('<span data-testid="block-info"><!></span> <!>', 1);
function $h(e, t) {
  let i = _(t, "show_label", 8, !0), n = _(t, "info", 8, void 0), r = _(t, "rtl", 8, !1);
  var a = Qh(), u = Ne(a);
  let o;
  var f = te(u);
  xt(f, t, "default", {});
  var h = $(u, 2);
  {
    var l = (c) => {
      Info(c, {
        get info() {
          return n();
        }
      });
    };
    me(h, (c) => {
      n() && c(l);
    });
  }
  Ee(() => {
    Oe(u, "dir", r() ? "rtl" : "ltr"), o = Me(u, 1, "svelte-mgj1he", null, o, {
      hide: !i(),
      "has-info": n() != null,
      "sr-only": !i()
    }), u.dir = u.dir;
  }), F(e, a);
}
var eu = /* @__PURE__ */ ue('<label for="" data-testid="block-label"><span class="svelte-n80y3m"><!></span> </label>');
function tu(e, t) {
  let i = _(t, "label", 8, null), n = _(t, "Icon", 8), r = _(t, "show_label", 8, !0), a = _(t, "disable", 8, !1), u = _(t, "float", 8, !0), o = _(t, "rtl", 8, !1);
  var f = eu();
  let h;
  var l = te(f), c = te(l);
  n()(c, {});
  var d = $(l);
  Ee(() => {
    Oe(f, "dir", o() ? "rtl" : "ltr"), h = Me(f, 1, "svelte-n80y3m", null, h, {
      hide: !r(),
      "sr-only": !r(),
      float: u(),
      "hide-label": a()
    }), pi(d, ` ${i() ?? ""}`), f.dir = f.dir;
  }), F(e, f);
}
_i(["click"]);
var iu = /* @__PURE__ */ ue('<div aria-label="Empty value"><div class="icon svelte-l207r8"><!></div></div>');
function nu(e, t) {
  ke(t, !1);
  const i = /* @__PURE__ */ U();
  let n = _(t, "size", 8, "small"), r = _(t, "unpadded_box", 8, !1), a = /* @__PURE__ */ U();
  function u(c) {
    var d;
    if (!c) return !1;
    const { height: C } = c.getBoundingClientRect(), { height: m } = ((d = c.parentElement) === null || d === void 0 ? void 0 : d.getBoundingClientRect()) || { height: C };
    return C > m + 2;
  }
  He(() => s(a), () => {
    x(i, u(s(a)));
  }), pt();
  var o = iu();
  let f;
  var h = te(o), l = te(h);
  xt(l, t, "default", {}), qe(o, (c) => x(a, c), () => s(a)), Ee(() => f = Me(o, 1, "empty svelte-l207r8", null, f, {
    small: n() === "small",
    large: n() === "large",
    unpadded_box: r(),
    small_parent: s(i)
  })), F(e, o), De();
}
_i(["click"]);
var ru = /* @__PURE__ */ Ae('<svg class="dropdown-arrow svelte-10lb9vl" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 18 18"><path d="M5 8l4 4 4-4z"></path></svg>');
function su(e) {
  var t = ru();
  F(e, t);
}
var au = /* @__PURE__ */ Ae('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-image"><rect x="3" y="3" width="18" height="18" rx="2" ry="2"></rect><circle cx="8.5" cy="8.5" r="1.5"></circle><polyline points="21 15 16 10 5 21"></polyline></svg>');
function Ls(e) {
  var t = au();
  F(e, t);
}
var ou = /* @__PURE__ */ Ae('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw" style="transform: rotateY(180deg);"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function lu(e) {
  var t = ou();
  F(e, t);
}
var hu = /* @__PURE__ */ Ae('<svg aria-label="undo" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function uu(e) {
  var t = hu();
  F(e, t);
}
const ii = (e, t, i) => Math.min(Math.max(e, t), i);
class fu {
  constructor(t, i, n = () => null) {
    this.stopDrag = () => {
      if (this.pointersCache.size === 0)
        this.isDragging = !1, document.removeEventListener("pointermove", this.handleDrag), document.removeEventListener("pointerup", this.stopDrag);
      else if (this.pointersCache.size === 1) {
        this.isDragging = !0;
        const r = this.pointersCache.values().next().value;
        [this.startDragX, this.startDragY] = this.toCanvasPoint(r.clientX, r.clientY);
      }
    }, this.handleDrag = (r) => {
      if (this.isDragging && this.pointersCache.size === 1) {
        const [a, u] = this.toCanvasPoint(r.clientX, r.clientY);
        if (this.scale == 1) {
          this.offsetX = (this.canvasWidth - this.imageWidth) / 2, this.offsetY = 0, this.renderCallBack();
          return;
        }
        let o = a - this.startDragX, f = u - this.startDragY;
        this.imageWidth * this.scale > this.canvasWidth ? o = ii(o, this.canvasWidth - this.offsetX - this.imageWidth * this.scale, -this.offsetX) : o = ii(o, -this.offsetX, this.canvasWidth - this.offsetX - this.imageWidth * this.scale), this.imageHeight * this.scale > this.canvasHeight ? f = ii(f, this.canvasHeight - this.offsetY - this.imageHeight * this.scale, -this.offsetY) : f = ii(f, -this.offsetY, this.canvasHeight - this.offsetY - this.imageHeight * this.scale), this.offsetX += o, this.offsetY += f, this.startDragX = a, this.startDragY = u, this.renderCallBack();
      }
    }, this.renderCallBack = t, this.pointersCache = i, this.getCanvas = n, this.scale = 1, this.offsetX = 0, this.offsetY = 0, this.canvasWidth = 0, this.canvasHeight = 0, this.imageWidth = 0, this.imageHeight = 0, this.imageRotatedWidth = 0, this.imageRotatedHeight = 0, this.isDragging = !1, this.startDragX = 0, this.startDragY = 0, this.orientation = 0;
  }
  // Convert client (CSS pixel) coordinates to canvas coordinates
  toCanvasPoint(t, i) {
    const n = this.getCanvas();
    if (n === null)
      return [t, i];
    const r = n.getBoundingClientRect(), a = r.width > 0 ? n.width / r.width : 1, u = r.height > 0 ? n.height / r.height : 1;
    return [(t - r.left) * a, (i - r.top) * u];
  }
  startDrag(t) {
    this.isDragging = !0, [this.startDragX, this.startDragY] = this.toCanvasPoint(t.clientX, t.clientY), document.addEventListener("pointermove", this.handleDrag), document.addEventListener("pointerup", this.stopDrag);
  }
  setRotatedImage(t) {
    t !== null && (this.orientation == 0 || this.orientation == 2 ? (this.imageRotatedWidth = t.width, this.imageRotatedHeight = t.height) : (this.imageRotatedWidth = t.height, this.imageRotatedHeight = t.width));
  }
  resize(t, i, n = 0, r = 0) {
    this.canvasWidth == t && this.canvasHeight == i || (this.canvasWidth = t, this.canvasHeight = i, this.scale = 1, this.offsetX = n, this.offsetY = r);
  }
}
const de = (e, t, i) => Math.min(Math.max(e, t), i);
function ni(e, t) {
  if (e.startsWith("rgba"))
    return e.replace(/[\d.]+$/, t.toString());
  const i = e.match(/\d+/g);
  if (!i || i.length !== 3)
    return `rgba(50, 50, 50, ${t})`;
  const [n, r, a] = i;
  return `rgba(${n}, ${r}, ${a}, ${t})`;
}
const Ir = {
  predicted: { text: "P", color: "rgb(245, 158, 11)", dash: [7, 4] },
  accepted: { text: "✓", color: "rgb(22, 163, 74)", dash: [] },
  new: { text: "+", color: "rgb(37, 99, 235)", dash: [2, 3] }
};
function cu(e) {
  const t = e.match(/\d+/g);
  if (!t || t.length < 3)
    return "black";
  const [i, n, r] = t.map(Number);
  return 0.299 * i + 0.587 * n + 0.114 * r > 150 ? "black" : "white";
}
class ri {
  constructor(t, i, n, r, a, u, o, f, h, l, c, d, C, m = "rgb(255, 255, 255)", E = 0.5, M = 25, p = 8, g = 2, y = 4, L = 1) {
    this.stopDrag = () => {
      this.isDragging = !1, document.removeEventListener("pointermove", this.handleDrag), document.removeEventListener("pointerup", this.stopDrag);
    }, this.handleDrag = (b) => {
      if (this.isDragging && this.pointersCache.size === 1) {
        const [A, S] = this.canvasWindow.toCanvasPoint(b.clientX, b.clientY);
        let B = (A - this.offsetMouseX) / this.canvasWindow.scale - this._xmin, I = (S - this.offsetMouseY) / this.canvasWindow.scale - this._ymin;
        const P = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, N = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        B = de(B, -this._xmin, P - this._xmax), I = de(I, -this._ymin, N - this._ymax), this._xmin += B, this._ymin += I, this._xmax += B, this._ymax += I, (B !== 0 || I !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.handleCreating = (b) => {
      if (this.isCreating && this.pointersCache.size === 1) {
        const [A, S] = this.canvasWindow.toCanvasPoint(b.clientX, b.clientY);
        let [B, I] = this.toBoxCoordinates(A, S);
        B = B / this.canvasWindow.scale, I = I / this.canvasWindow.scale, B > this._xmax ? (this.creatingAnchorX == "xmax" && (this._xmin = this._xmax), this._xmax = B, this.creatingAnchorX = "xmin") : B > this._xmin && B < this._xmax && this.creatingAnchorX == "xmin" ? this._xmax = B : B > this._xmin && B < this._xmax && this.creatingAnchorX == "xmax" ? this._xmin = B : B < this._xmin && (this.creatingAnchorX == "xmin" && (this._xmax = this._xmin), this._xmin = B, this.creatingAnchorX = "xmax"), I > this._ymax ? (this.creatingAnchorY == "ymax" && (this._ymin = this._ymax), this._ymax = I, this.creatingAnchorY = "ymin") : I > this._ymin && I < this._ymax && this.creatingAnchorY == "ymin" ? this._ymax = I : I > this._ymin && I < this._ymax && this.creatingAnchorY == "ymax" ? this._ymin = I : I < this._ymin && (this.creatingAnchorY == "ymin" && (this._ymax = this._ymin), this._ymin = I, this.creatingAnchorY = "ymax"), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopCreating = (b) => {
      if (this.isCreating = !1, document.removeEventListener("pointermove", this.handleCreating), document.removeEventListener("pointerup", this.stopCreating), this.getArea() > 0) {
        const A = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, S = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        this._xmin = de(this._xmin, 0, A - this.minSize), this._ymin = de(this._ymin, 0, S - this.minSize), this._xmax = de(this._xmax, this.minSize, A), this._ymax = de(this._ymax, this.minSize, S), this.minSize > 0 && (this.getWidth() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorX == "xmin" ? this._xmax = this._xmin + this.minSize : this._xmin = this._xmax - this.minSize), this.getHeight() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorY == "ymin" ? this._ymax = this._ymin + this.minSize : this._ymin = this._ymax - this.minSize), this._xmax > A ? (this._xmin -= this._xmax - A, this._xmax = A) : this._xmin < 0 && (this._xmax -= this._xmin, this._xmin = 0), this._ymax > S ? (this._ymin -= this._ymax - S, this._ymax = S) : this._ymin < 0 && (this._ymax -= this._ymin, this._ymin = 0)), this.applyUserScale(), this.renderCallBack();
      }
      this.onFinishCreation();
    }, this.handleResize = (b) => {
      if (this.isResizing && this.pointersCache.size === 1) {
        const [A, S] = this.canvasWindow.toCanvasPoint(b.clientX, b.clientY), B = (A - this.offsetMouseX - this.resizeHandles[this.resizingHandleIndex].xmin) / this.canvasWindow.scale, I = (S - this.offsetMouseY - this.resizeHandles[this.resizingHandleIndex].ymin) / this.canvasWindow.scale, P = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, N = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        switch (this.resizingHandleIndex) {
          case 0:
            this._xmin += B, this._ymin += I, this._xmin = de(this._xmin, 0, this._xmax - this.minSize), this._ymin = de(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 1:
            this._xmax += B, this._ymin += I, this._xmax = de(this._xmax, this._xmin + this.minSize, P), this._ymin = de(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 2:
            this._xmax += B, this._ymax += I, this._xmax = de(this._xmax, this._xmin + this.minSize, P), this._ymax = de(this._ymax, this._ymin + this.minSize, N);
            break;
          case 3:
            this._xmin += B, this._ymax += I, this._xmin = de(this._xmin, 0, this._xmax - this.minSize), this._ymax = de(this._ymax, this._ymin + this.minSize, N);
            break;
          case 4:
            this._ymin += I, this._ymin = de(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 5:
            this._xmax += B, this._xmax = de(this._xmax, this._xmin + this.minSize, P);
            break;
          case 6:
            this._ymax += I, this._ymax = de(this._ymax, this._ymin + this.minSize, N);
            break;
          case 7:
            this._xmin += B, this._xmin = de(this._xmin, 0, this._xmax - this.minSize);
            break;
        }
        (B !== 0 || I !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopResize = () => {
      this.isResizing = !1, document.removeEventListener("pointermove", this.handleResize), document.removeEventListener("pointerup", this.stopResize);
    }, this.renderCallBack = t, this.onFinishCreation = i, this.canvasWindow = n, this.pointersCache = r, this.canvasXmin = a, this.canvasYmin = u, this.canvasXmax = o, this.canvasYmax = f, this.scaleFactor = L, this.label = h, this.isDragging = !1, this.isCreating = !1, this._xmin = l, this._ymin = c, this._xmax = d, this._ymax = C, this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.isResizing = !1, this.isSelected = !1, this.offsetMouseX = 0, this.offsetMouseY = 0, this.resizeHandleSize = p, this.thickness = g, this.selectedThickness = y, this.updateHandles(), this.resizingHandleIndex = -1, this.minSize = M, this.color = m, this.alpha = E, this.creatingAnchorX = "xmin", this.creatingAnchorY = "ymin", this.state = "new", this.score = null;
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
  attach(t, i, n, r) {
    this.renderCallBack = t, this.onFinishCreation = i, this.canvasWindow = n, this.pointersCache = r;
  }
  setScaleFactor(t) {
    let i = t / this.scaleFactor;
    this._xmin = this._xmin * i, this._ymin = this._ymin * i, this._xmax = this._xmax * i, this._ymax = this._ymax * i, this.applyUserScale(), this.scaleFactor = t;
  }
  updateHandles() {
    const t = this.resizeHandleSize / 2, i = this.xmin + this.getWidth() / 2, n = this.ymin + this.getHeight() / 2, r = [
      [this.xmin, this.ymin, "nwse-resize"],
      [this.xmax, this.ymin, "nesw-resize"],
      [this.xmax, this.ymax, "nwse-resize"],
      [this.xmin, this.ymax, "nesw-resize"],
      [i, this.ymin, "ns-resize"],
      [this.xmax, n, "ew-resize"],
      [i, this.ymax, "ns-resize"],
      [this.xmin, n, "ew-resize"]
    ];
    this.resizeHandles = r.map(([a, u, o]) => ({
      xmin: a - t,
      ymin: u - t,
      xmax: a + t,
      ymax: u + t,
      cursor: o
    }));
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
  toCanvasCoordinates(t, i) {
    return t = t + this.canvasXmin, i = i + this.canvasYmin, [t, i];
  }
  toBoxCoordinates(t, i) {
    return t = t - this.canvasXmin, i = i - this.canvasYmin, [t, i];
  }
  applyUserScale() {
    this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.updateHandles();
  }
  updateOffset() {
    this.canvasXmin = this.canvasWindow.offsetX, this.canvasYmin = this.canvasWindow.offsetY, this.canvasXmax = this.canvasWindow.offsetX + this.canvasWindow.imageWidth * this.canvasWindow.scale, this.canvasYmax = this.canvasWindow.offsetY + this.canvasWindow.imageHeight * this.canvasWindow.scale, this.applyUserScale();
  }
  render(t) {
    let i, n;
    this.updateOffset(), t.beginPath(), [i, n] = this.toCanvasCoordinates(this.xmin, this.ymin), t.rect(i, n, this.getWidth(), this.getHeight()), t.fillStyle = ni(this.color, this.alpha), t.fill(), this.isSelected ? t.lineWidth = this.selectedThickness : t.lineWidth = this.thickness;
    const r = Ir[this.state] ?? Ir.new;
    t.strokeStyle = ni(this.color, 1), t.setLineDash(r.dash.map((c) => c * Math.max(1, t.lineWidth / 2))), t.stroke(), t.setLineDash([]), t.closePath();
    const a = this.caption();
    t.font = this.isSelected ? "bold 13px Arial" : "12px Arial";
    const u = 18, o = u, f = a.trim() === "" ? 0 : t.measureText(a).width + 10;
    let [h, l] = this.toCanvasCoordinates(this.xmin, this.ymin - u);
    if (l < 0 && (l += u), t.fillStyle = r.color, t.fillRect(h, l, o, u), t.fillStyle = "white", t.textAlign = "center", t.fillText(r.text, h + o / 2, l + 13), t.textAlign = "left", f > 0 && (t.fillStyle = ni(this.color, 1), t.fillRect(h + o, l, f, u), t.fillStyle = cu(this.color), t.fillText(a, h + o + 5, l + 13)), t.lineWidth = 1, t.strokeStyle = "rgba(0, 0, 0, 0.6)", t.strokeRect(h, l, o + f, u), !!this.isSelected) {
      t.fillStyle = ni(this.color, 1);
      for (const c of this.resizeHandles)
        [i, n] = this.toCanvasCoordinates(c.xmin, c.ymin), t.fillRect(
          i,
          n,
          c.xmax - c.xmin,
          c.ymax - c.ymin
        );
    }
  }
  startDrag(t) {
    this.isDragging = !0;
    const [i, n] = this.canvasWindow.toCanvasPoint(t.clientX, t.clientY);
    this.offsetMouseX = i - this._xmin * this.canvasWindow.scale, this.offsetMouseY = n - this._ymin * this.canvasWindow.scale, document.addEventListener("pointermove", this.handleDrag), document.addEventListener("pointerup", this.stopDrag);
  }
  isPointInsideBox(t, i) {
    return [t, i] = this.toBoxCoordinates(t, i), t >= this.xmin && t <= this.xmax && i >= this.ymin && i <= this.ymax;
  }
  indexOfPointInsideHandle(t, i) {
    [t, i] = this.toBoxCoordinates(t, i);
    for (let n = 0; n < this.resizeHandles.length; n++) {
      const r = this.resizeHandles[n];
      if (t >= r.xmin && t <= r.xmax && i >= r.ymin && i <= r.ymax)
        return this.resizingHandleIndex = n, n;
    }
    return -1;
  }
  startCreating() {
    this.isCreating = !0, document.addEventListener("pointermove", this.handleCreating), document.addEventListener("pointerup", this.stopCreating);
  }
  startResize(t, i) {
    this.resizingHandleIndex = t, this.isResizing = !0;
    const [n, r] = this.canvasWindow.toCanvasPoint(i.clientX, i.clientY);
    this.offsetMouseX = n - this.resizeHandles[t].xmin, this.offsetMouseY = r - this.resizeHandles[t].ymin, document.addEventListener("pointermove", this.handleResize), document.addEventListener("pointerup", this.stopResize);
  }
  onRotate(t) {
    const [i, n, r, a] = [this._xmin, this._xmax, this._ymin, this._ymax];
    switch (t) {
      case 1:
        this._xmin = this.canvasWindow.imageWidth - a, this._xmax = this.canvasWindow.imageWidth - r, this._ymin = i, this._ymax = n;
        break;
      case -1:
        this._xmin = r, this._xmax = a, this._ymin = this.canvasWindow.imageHeight - n, this._ymax = this.canvasWindow.imageHeight - i;
        break;
    }
    this.applyUserScale();
  }
}
var du = /* @__PURE__ */ Ae('<svg width="100%" height="100%" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-width="2" style="fill-rule:evenodd;clip-rule:evenodd;stroke-linecap:round;stroke-linejoin:round;"><!></svg>');
function Ct(e, t) {
  var i = du(), n = te(i);
  xt(n, t, "default", {}), F(e, i);
}
var vu = /* @__PURE__ */ Ae('<rect x="2" y="2" width="5" height="5" rx="1" ry="1"></rect><rect x="17" y="2" width="5" height="5" rx="1" ry="1"></rect><rect x="2" y="17" width="5" height="5" rx="1" ry="1"></rect><rect x="17" y="17" width="5" height="5" rx="1" ry="1"></rect><path d="M7.5 4.5H16M7.5 19.5H16M4.5 8V16M19.5 8V16"></path>', 1);
function mu(e) {
  Ct(e, {
    children: (t, i) => {
      var n = vu();
      F(t, n);
    },
    $$slots: { default: !0 }
  });
}
var gu = /* @__PURE__ */ Ae('<path d="M 14.4 2.85 V 11.1 V 3.95 C 14.4 3.0387 15.1388 2.3 16.05 2.3 C 16.9612 2.3 17.7 3.0387 17.7 3.95 V 11.1 V 7.25 C 17.7 6.3387 18.4388 5.6 19.35 5.6 C 20.2612 5.6 21 6.3387 21 7.25 V 16.6 C 21 20.2451 18.0451 23.2 14.4 23.2 H 13.16 C 11.4831 23.2 9.8692 22.5618 8.6459 21.4149 L 3.1915 16.3014 C 2.403 15.5622 2.3829 14.3171 3.1472 13.5528 C 3.8943 12.8057 5.1057 12.8057 5.8528 13.5528 L 7.8 15.5 V 6.15 C 7.8 5.2387 8.5387 4.5 9.45 4.5 C 10.3612 4.5 11.1 5.2387 11.1 6.15 V 11.1 V 2.85 C 11.1 1.9387 11.8388 1.2 12.75 1.2 C 13.6612 1.2 14.4 1.9387 14.4 2.85 Z"></path>');
function bu(e) {
  Ct(e, {
    children: (t, i) => {
      var n = gu();
      F(t, n);
    },
    $$slots: { default: !0 }
  });
}
var _u = /* @__PURE__ */ Ae('<path d="M10 12L14 16M14 12L10 16M4 6H20M16 6L15.7294 5.18807C15.4671 4.40125 15.3359 4.00784 15.0927 3.71698C14.8779 3.46013 14.6021 3.26132 14.2905 3.13878C13.9376 3 13.523 3 12.6936 3H11.3064C10.477 3 10.0624 3 9.70951 3.13878C9.39792 3.26132 9.12208 3.46013 8.90729 3.71698C8.66405 4.00784 8.53292 4.40125 8.27064 5.18807L8 6M18 6V16.2C18 17.8802 18 18.7202 17.673 19.362C17.3854 19.9265 16.9265 20.3854 16.362 20.673C15.7202 21 14.8802 21 13.2 21H10.8C9.11984 21 8.27976 21 7.63803 20.673C7.07354 20.3854 6.6146 19.9265 6.32698 19.362C6 18.7202 6 17.8802 6 16.2V6"></path>');
function pu(e) {
  Ct(e, {
    children: (t, i) => {
      var n = _u();
      F(t, n);
    },
    $$slots: { default: !0 }
  });
}
var xu = /* @__PURE__ */ Ae('<path d="M12,2.5L2.5,12c-.7.7-.7,1.8,0,2.4l7.1,7.1c.7.7,1.8.7,2.4,0l9.5-9.5c.3-.3.5-.8.5-1.2V3.7c0-1-.8-1.7-1.7-1.7h-7.1c-.5,0-.9.2-1.2.5ZM7.3,14.1l4.7-4.7M9.9,16.7l2.2-2.2"></path><path d="M18.5,6.3c0,.5-.4.9-.9.9s-.9-.4-.9-.9.4-.9.9-.9.9.4.9.9Z"></path>', 1);
function yu(e) {
  Ct(e, {
    children: (t, i) => {
      var n = xu();
      F(t, n);
    },
    $$slots: { default: !0 }
  });
}
var wu = /* @__PURE__ */ Ae('<path d="M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C15.9474 10 16.5286 10 17 10.0288M7 10.0288C6.41168 10.0647 5.99429 10.1455 5.63803 10.327C5.07354 10.6146 4.6146 11.0735 4.32698 11.638C4 12.2798 4 13.1198 4 14.8V16.2C4 17.8802 4 18.7202 4.32698 19.362C4.6146 19.9265 5.07354 20.3854 5.63803 20.673C6.27976 21 7.11984 21 8.8 21H15.2C16.8802 21 17.7202 21 18.362 20.673C18.9265 20.3854 19.3854 19.9265 19.673 19.362C20 18.7202 20 17.8802 20 16.2V14.8C20 13.1198 20 12.2798 19.673 11.638C19.3854 11.0735 18.9265 10.6146 18.362 10.327C18.0057 10.1455 17.5883 10.0647 17 10.0288M7 10.0288V8C7 5.23858 9.23858 3 12 3C14.7614 3 17 5.23858 17 8V10.0288"></path>');
function Eu(e) {
  Ct(e, {
    children: (t, i) => {
      var n = wu();
      F(t, n);
    },
    $$slots: { default: !0 }
  });
}
var Su = /* @__PURE__ */ Ae('<path d="M16.584 6C15.8124 4.2341 14.0503 3 12 3C9.23858 3 7 5.23858 7 8V10.0288M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C16.8802 10 17.7202 10 18.362 10.327C18.9265 10.6146 19.3854 11.0735 19.673 11.638C20 12.2798 20 13.1198 20 14.8V16.2C20 17.8802 20 18.7202 19.673 19.362C19.3854 19.9265 18.9265 20.3854 18.362 20.673C17.7202 21 16.8802 21 15.2 21H8.8C7.11984 21 6.27976 21 5.63803 20.673C5.07354 20.3854 4.6146 19.9265 4.32698 19.362C4 18.7202 4 17.8802 4 16.2V14.8C4 13.1198 4 12.2798 4.32698 11.638C4.6146 11.0735 5.07354 10.6146 5.63803 10.327C5.99429 10.1455 6.41168 10.0647 7 10.0288Z"></path>');
function Cu(e) {
  Ct(e, {
    children: (t, i) => {
      var n = Su();
      F(t, n);
    },
    $$slots: { default: !0 }
  });
}
var Hu = /* @__PURE__ */ ue("<button><!></button>");
function et(e, t) {
  const i = mr(t, ["children", "$$slots", "$$events", "$$legacy"]), n = mr(i, ["selected"]);
  let r = _(t, "selected", 8, !1);
  var a = Hu();
  as(
    a,
    () => ({
      class: "icon",
      ...n,
      [it]: { selected: r() }
    }),
    void 0,
    void 0,
    void 0,
    "svelte-1q29fxg"
  );
  var u = te(a);
  xt(u, t, "default", {}), ce("click", a, function(o) {
    li.call(this, t, o);
  }), F(e, a);
}
function Tu(e) {
  const t = e - 1;
  return t * t * t + 1;
}
function Lr(e) {
  const t = typeof e == "string" && e.match(/^\s*(-?[\d.]+)([^\s]*)\s*$/);
  return t ? [parseFloat(t[1]), t[2] || "px"] : [
    /** @type {number} */
    e,
    "px"
  ];
}
function Au(e, { delay: t = 0, duration: i = 400, easing: n = Tu, x: r = 0, y: a = 0, opacity: u = 0 } = {}) {
  const o = getComputedStyle(e), f = +o.opacity, h = o.transform === "none" ? "" : o.transform, l = f * (1 - u), [c, d] = Lr(r), [C, m] = Lr(a);
  return {
    delay: t,
    duration: i,
    easing: n,
    css: (E, M) => `
			transform: ${h} translate(${(1 - E) * c}${d}, ${(1 - E) * C}${m});
			opacity: ${f - l * M}`
  };
}
var Bu = /* @__PURE__ */ ue('<li data-testid="dropdown-option" role="option"><span>✓</span> </li>'), Pu = /* @__PURE__ */ ue('<ul class="options svelte-v45gej" role="listbox"></ul>'), Iu = /* @__PURE__ */ ue('<div class="reference"></div> <!>', 1);
function Lu(e, t) {
  ke(t, !1);
  var i = /* @__PURE__ */ U(), n = /* @__PURE__ */ U();
  let r = _(t, "choices", 8), a = _(t, "filtered_indices", 8), u = _(t, "show_options", 8, !1), o = _(t, "disabled", 8, !1), f = _(t, "selected_indices", 24, () => []), h = _(t, "active_index", 8, null), l = /* @__PURE__ */ U(), c = /* @__PURE__ */ U(), d = /* @__PURE__ */ U(), C = /* @__PURE__ */ U(), m = /* @__PURE__ */ U(), E = /* @__PURE__ */ U(), M = /* @__PURE__ */ U(), p = /* @__PURE__ */ U(), g = /* @__PURE__ */ U(), y = /* @__PURE__ */ U();
  function L() {
    const { top: R, bottom: T } = s(m).getBoundingClientRect();
    x(l, R), x(c, s(y) - T);
  }
  let b = null;
  function A() {
    u() && (b !== null && clearTimeout(b), b = setTimeout(
      () => {
        L(), b = null;
      },
      10
    ));
  }
  const S = wt();
  He(
    () => (z(u()), s(m), s(E), z(f()), ve(i), ve(n), s(d), s(c), s(l)),
    () => {
      if (u() && s(m)) {
        if (s(E) && f().length > 0) {
          let T = s(E).querySelectorAll("li");
          for (const G of Array.from(T))
            if (G.getAttribute("data-index") === f()[0].toString()) {
              x(i, s(E) === null || s(E) === void 0 ? void 0 : s(E).scrollTo) === null || ve(i) === void 0 || ve(i).call(s(E), 0, G.offsetTop);
              break;
            }
        }
        L();
        const R = x(n, s(m).parentElement) === null || ve(n) === void 0 ? void 0 : ve(n).getBoundingClientRect();
        x(d, R?.height || 0), x(C, R?.width || 0);
      }
      s(c) > s(l) ? (x(M, `${s(l)}px`), x(g, s(c)), x(p, null)) : (x(p, `${s(c) + s(d)}px`), x(g, s(l) - s(d)), x(M, null));
    }
  ), pt(), Ke();
  var B = Iu();
  ce("scroll", So, A);
  var I = Ne(B);
  qe(I, (R) => x(m, R), () => s(m));
  var P = $(I, 2);
  {
    var N = (R) => {
      var T = Pu();
      let G;
      zo(T, 5, a, ko, (K, V) => {
        var ee = Bu();
        let ae;
        var re = te(ee);
        let oe;
        var J = $(re);
        Ee(
          (ge, ye, Q) => {
            ae = Me(ee, 1, "item svelte-v45gej", null, ae, {
              selected: ge,
              active: s(V) === h(),
              "bg-gray-100": s(V) === h(),
              "dark:bg-gray-600": s(V) === h()
            }), Oe(ee, "data-index", s(V)), Oe(ee, "aria-label", (z(r()), s(V), Z(() => r()[s(V)][0]))), Oe(ee, "aria-selected", ye), oe = Me(re, 1, "inner-item svelte-v45gej", null, oe, { hide: Q }), pi(J, ` ${z(r()), s(V), Z(() => r()[s(V)][0]) ?? ""}`);
          },
          [
            () => f().includes(s(V)),
            () => (z(f()), s(V), Z(() => f().includes(s(V)))),
            () => !f().includes(s(V))
          ]
        ), F(K, ee);
      }), qe(T, (K) => x(E, K), () => s(E)), Ee(() => G = xi(T, "", G, {
        bottom: s(p),
        "max-height": `calc(${s(g)}px - var(--window-padding))`,
        width: s(C) + "px"
      })), Zo(3, T, () => Au, () => ({ duration: 200, y: 5 })), ce("mousedown", T, sl((K) => S("change", K))), F(R, T);
    };
    me(P, (R) => {
      u() && !o() && R(N);
    });
  }
  rl("innerHeight", (R) => x(y, R)), F(e, B), De();
}
function Mu(e, t) {
  return (e % t + t) % t;
}
function Mr(e, t) {
  return e.reduce((i, n, r) => ((!t || n[0].toLowerCase().includes(t.toLowerCase())) && i.push(r), i), []);
}
function Ou(e, t, i) {
  e("change", t), i || e("input");
}
function Ru(e, t, i) {
  if (e.key === "Escape")
    return [!1, t];
  if ((e.key === "ArrowDown" || e.key === "ArrowUp") && i.length >= 0)
    if (t === null)
      t = e.key === "ArrowDown" ? i[0] : i[i.length - 1];
    else {
      const n = i.indexOf(t), r = e.key === "ArrowUp" ? -1 : 1;
      t = i[Mu(n + r, i.length)];
    }
  return [!0, t];
}
var Nu = /* @__PURE__ */ ue('<div class="icon-wrap svelte-1o5hhf5"><!></div>'), Du = /* @__PURE__ */ ue('<div><!> <div class="wrap svelte-1o5hhf5"><div><div class="secondary-wrap svelte-1o5hhf5"><input role="listbox" aria-controls="dropdown-options" autocomplete="off"/> <!></div></div> <!></div></div>');
function ku(e, t) {
  ke(t, !1);
  let i = _(t, "label", 8), n = _(t, "info", 8, void 0), r = _(t, "value", 28, () => []), a = /* @__PURE__ */ U([]), u = _(t, "value_is_output", 12, !1), o = _(t, "choices", 8), f = /* @__PURE__ */ U(), h = _(t, "disabled", 8, !1), l = _(t, "show_label", 8), c = _(t, "container", 8, !0), d = _(t, "allow_custom_value", 8, !1), C = _(t, "filterable", 8, !0), m = /* @__PURE__ */ U(), E = /* @__PURE__ */ U(!1), M = /* @__PURE__ */ U(), p = /* @__PURE__ */ U(), g = /* @__PURE__ */ U(""), y = /* @__PURE__ */ U(""), L = /* @__PURE__ */ U(!1), b = /* @__PURE__ */ U([]), A = /* @__PURE__ */ U(null), S = /* @__PURE__ */ U(null), B = /* @__PURE__ */ U();
  const I = wt();
  r() ? (x(B, o().map((D) => D[1]).indexOf(r())), x(S, s(B)), s(S) === -1 ? (x(a, r()), x(S, null)) : (((D) => {
    var j = Qt(D, 2);
    x(g, j[0]), x(a, j[1]);
  })(o()[s(S)]), x(y, s(g))), R()) : o().length > 0 && (x(B, 0), x(S, 0), ((D) => {
    var j = Qt(D, 2);
    x(g, j[0]), r(j[1]);
  })(o()[s(S)]), x(a, r()), x(y, s(g)));
  function P() {
    x(M, o().map((D) => D[0])), x(p, o().map((D) => D[1]));
  }
  let N = /* @__PURE__ */ U(!1);
  function R() {
    P(), r() === void 0 || Array.isArray(r()) && r().length === 0 ? (x(g, ""), x(S, null)) : s(p).includes(r()) ? (x(g, s(M)[s(p).indexOf(r())]), x(S, s(p).indexOf(r()))) : d() ? (x(g, r()), x(S, null)) : (x(g, ""), x(S, null)), x(B, s(S));
  }
  function T(D) {
    if (x(S, parseInt(D.detail.target.dataset.index)), isNaN(s(S))) {
      x(S, null);
      return;
    }
    x(E, !1), x(A, null), s(m).blur();
  }
  function G(D) {
    x(b, o().map((j, fe) => fe)), x(E, !0), s(
      m
      // typing replaces the current label
    ).select(), I("focus");
  }
  function K() {
    d() ? r(s(g)) : x(g, s(M)[s(p).indexOf(r())]), x(E, !1), x(A, null), I("blur");
  }
  function V(D) {
    ((j) => {
      var fe = Qt(j, 2);
      x(E, fe[0]), x(A, fe[1]);
    })(Ru(D, s(A), s(b))), D.key === "Enter" && (s(A) !== null ? (x(S, s(A)), x(E, !1), s(m).blur(), x(A, null)) : s(M).includes(s(g)) ? (x(S, s(M).indexOf(s(g))), x(E, !1), x(A, null), s(m).blur()) : d() && (r(s(g)), x(S, null), x(E, !1), x(A, null), s(m).blur()), I("enter", r()));
  }
  dl(() => {
    u(!1), x(L, !0);
  }), Tn(() => {
    s(m).focus();
  }), He(
    () => (s(S), s(B), s(L), s(g), z(r()), z(o()), s(p)),
    () => {
      s(S) !== s(B) && s(S) !== null && s(L) && (((D) => {
        var j = Qt(D, 2);
        x(g, j[0]), r(j[1]);
      })(o()[s(S)]), x(B, s(S)), I("select", {
        index: s(S),
        value: s(p)[s(S)],
        selected: !0
      }));
    }
  ), He(
    () => (z(r()), s(a), z(u())),
    () => {
      r() != s(a) && (R(), Ou(I, r(), u()), x(a, r()));
    }
  ), He(() => z(o()), () => {
    o(), P();
  }), He(
    () => (z(o()), s(f), z(d()), s(b), s(N), s(g), s(m)),
    () => {
      o() !== s(f) && (d() || R(), x(f, o()), x(b, s(N) ? Mr(o(), s(g)) : o().map((D, j) => j)), !d() && s(b).length > 0 && x(A, s(b)[0]), s(m) == document.activeElement && x(E, !0));
    }
  ), He(
    () => (s(g), s(y), s(b), s(N), z(o()), z(d())),
    () => {
      s(g) !== s(y) && (x(b, s(N) ? Mr(o(), s(g)) : o().map((D, j) => j)), x(y, s(g)), !d() && s(b).length > 0 && x(A, s(b)[0]));
    }
  ), pt(), Ke();
  var ee = Du();
  let ae;
  var re = te(ee);
  $h(re, {
    get show_label() {
      return l();
    },
    get info() {
      return n();
    },
    children: (D, j) => {
      var fe = Mo();
      Ee(() => pi(fe, i())), F(D, fe);
    },
    $$slots: { default: !0 }
  });
  var oe = $(re, 2), J = te(oe);
  let ge;
  var ye = te(J), Q = te(ye);
  let le;
  qe(Q, (D) => x(m, D), () => s(m));
  var ie = $(Q, 2);
  {
    var Ue = (D) => {
      var j = Nu(), fe = te(j);
      su(fe), F(D, j);
    };
    me(ie, (D) => {
      h() || D(Ue);
    });
  }
  var Se = $(J, 2);
  {
    let D = pe(() => s(S) === null ? [] : [s(S)]);
    Lu(Se, {
      get show_options() {
        return s(E);
      },
      get choices() {
        return o();
      },
      get filtered_indices() {
        return s(b);
      },
      get disabled() {
        return h();
      },
      get selected_indices() {
        return s(D);
      },
      get active_index() {
        return s(A);
      },
      $$events: { change: T }
    });
  }
  Ee(
    (D) => {
      ae = Me(ee, 1, "svelte-1o5hhf5", null, ae, { container: c() }), ge = Me(J, 1, "wrap-inner svelte-1o5hhf5", null, ge, { show_options: s(E) }), Oe(Q, "aria-expanded", s(E)), Oe(Q, "aria-label", i()), le = Me(Q, 1, "border-none svelte-1o5hhf5", null, le, { subdued: D }), Q.disabled = h(), Q.readOnly = !C();
    },
    [
      () => !s(M).includes(s(g)) && !d()
    ]
  ), nl(Q, () => s(g), (D) => x(g, D)), ce("keydown", Q, V), ce("input", Q, () => x(N, !0)), ce("keyup", Q, (D) => I("key_up", { key: D.key, input_value: s(g) })), ce("blur", Q, K), ce("focus", Q, G), F(e, ee), De();
}
var Uu = /* @__PURE__ */ ue('<div style="margin-right: 8px;"><!></div>'), Gu = /* @__PURE__ */ ue('<button class="modal-button stop svelte-blx80o">Remove</button>'), zu = /* @__PURE__ */ ue('<div class="modal svelte-blx80o" id="model-box-edit"><div class="modal-container svelte-blx80o"><span class="model-content svelte-blx80o"><!> <div style="margin-right: 10px;"><!></div> <button class="modal-button svelte-blx80o">Cancel</button> <!> <button class="modal-button primary svelte-blx80o">OK</button></span></div></div>');
function qi(e, t) {
  ke(t, !1);
  let i = _(t, "label", 8, ""), n = _(t, "currentLabel", 12, ""), r = _(t, "choices", 24, () => []), a = _(t, "choicesColors", 24, () => []), u = _(t, "color", 8, ""), o = _(t, "currentColor", 12, ""), f = _(t, "showRemove", 8, !0), h = _(t, "labelDetailLock", 12, !1);
  const l = wt();
  function c(N) {
    l("change", {
      label: n(),
      color: o(),
      lock: h(),
      ret: N
      // -1: remove, 0: cancel, 1: change
    });
  }
  function d(N) {
    const { detail: R } = N;
    let T = R;
    Number.isInteger(T) ? (Array.isArray(a()) && T < a().length && o(a()[T]), Array.isArray(r()) && T < r().length && n(r()[T][0])) : n(T);
  }
  function C(N) {
    d(N), c(1);
  }
  function m(N) {
    h(!h());
  }
  function E(N) {
    switch (N.key.toLowerCase()) {
      case "enter":
        c(1);
        break;
      case "escape":
        c(0);
        break;
    }
  }
  Tn(() => (document.addEventListener("keydown", E), n(i()), o(u()), () => {
    document.removeEventListener("keydown", E);
  })), Ke();
  var M = zu(), p = te(M), g = te(p), y = te(g);
  {
    var L = (N) => {
      var R = Uu(), T = te(R);
      {
        let G = pe(() => h() === !0);
        et(T, {
          get selected() {
            return s(G);
          },
          "aria-label": "Lock label detail",
          $$events: { click: m },
          children: (K, V) => {
            var ee = Hn(), ae = Ne(ee);
            {
              var re = (J) => {
                Eu(J);
              }, oe = (J) => {
                Cu(J);
              };
              me(ae, (J) => {
                h() ? J(re) : J(oe, -1);
              });
            }
            F(K, ee);
          },
          $$slots: { default: !0 }
        });
      }
      F(N, R);
    };
    me(y, (N) => {
      f() || N(L);
    });
  }
  var b = $(y, 2), A = te(b);
  ku(A, {
    get value() {
      return n();
    },
    label: "Label",
    get choices() {
      return r();
    },
    show_label: !1,
    allow_custom_value: !0,
    $$events: { change: d, enter: C }
  });
  var S = $(b, 2), B = $(S, 2);
  {
    var I = (N) => {
      var R = Gu();
      ai("click", R, () => c(-1)), F(N, R);
    };
    me(B, (N) => {
      f() && N(I);
    });
  }
  var P = $(B, 2);
  ai("click", S, () => c(0)), ai("click", P, () => c(1)), F(e, M), De();
}
_i(["click"]);
const $e = [
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
var Fu = /* @__PURE__ */ ue('<span class="canvas-control svelte-oi8vj2"><!> <!> <!> <!> <span class="separator svelte-oi8vj2"></span> <!> <!> <span class="separator svelte-oi8vj2"></span> <button class="text-button svelte-oi8vj2" aria-label="Zoom out" title="Zoom out (-)">&minus;</button> <span class="zoom-level svelte-oi8vj2" data-testid="zoom-level" title="Zoom: wheel on the picture; drag an empty spot (or Alt-drag) to pan"> </span> <button class="text-button svelte-oi8vj2" aria-label="Zoom in" title="Zoom in (+)">+</button> <button class="text-button svelte-oi8vj2" aria-label="Fit picture" title="Fit the picture (0 or Space)">Fit</button></span> <div class="canvas-keys svelte-oi8vj2" data-testid="canvas-keys">Keys anywhere on the page: <b>C</b> draw · <b>D</b> move/resize · <b>E</b> relabel · <b>Del</b> remove · <b>Ctrl+Z</b>/<b>Ctrl+Y</b> undo/redo · wheel or <b>+</b>/<b>&minus;</b> zoom · <b>0</b> fit · drag empty spot or Alt-drag to pan</div>', 1), Xu = /* @__PURE__ */ ue('<div class="annotator-container" tabindex="0"><div class="canvas-container svelte-oi8vj2"><canvas class="canvas-annotator svelte-oi8vj2"></canvas></div> <!></div> <!> <!> <!>', 1);
function Wu(e, t) {
  ke(t, !1);
  var i = /* @__PURE__ */ U();
  (function(v) {
    v[v.creation = 0] = "creation", v[v.drag = 1] = "drag";
  })(ve(i) || x(i, {}));
  let n = _(t, "imageUrl", 8, null), r = _(t, "interactive", 8), a = _(t, "boxAlpha", 8, 0.5), u = _(t, "boxMinSize", 8, 10), o = _(t, "handleSize", 8), f = _(t, "boxThickness", 8), h = _(t, "boxSelectedThickness", 8), l = _(t, "value", 12), c = _(t, "choices", 24, () => []), d = _(t, "choicesColors", 24, () => []), C = _(t, "disableEditBoxes", 8, !1), m = _(t, "height", 8, "100%"), E = _(t, "width", 8, "100%"), M = _(t, "singleBox", 8, !1), p = _(t, "showRemoveButton", 12, null), g = _(t, "handlesCursor", 8, !0), y = _(t, "useDefaultLabel", 8, !1), L = _(t, "enableKeyboardShortcuts", 8, !0);
  p() === null && p(C());
  let b = /* @__PURE__ */ U(), A = /* @__PURE__ */ U(), S = /* @__PURE__ */ U(), B, I = null, P = /* @__PURE__ */ U(-1), N = /* @__PURE__ */ U(ve(i).drag), R = /* @__PURE__ */ new Map(), T = /* @__PURE__ */ U(new fu(be, R, () => s(b) !== null && s(b) !== void 0 ? s(b) : null));
  l() !== null && l().boxes.length == 0 && x(N, ve(i).creation);
  let G = 0, K = 0, V = 0, ee = 0, ae = 1, re = 0, oe = 0, J = /* @__PURE__ */ U(!1), ge = /* @__PURE__ */ U(!1), ye = /* @__PURE__ */ U(!1), Q = /* @__PURE__ */ U(y()), le = { label: "", color: "" }, ie = { x: 0, y: 0, distance: 0 };
  const Ue = 100, Se = wt();
  let D = /* @__PURE__ */ U([]), j = /* @__PURE__ */ U([]), fe = "[]", Re = null;
  const Ge = 1.25, Hi = 32;
  let Ut = /* @__PURE__ */ U(100);
  function Gt() {
    var v;
    return JSON.stringify(((v = l() === null || l() === void 0 ? void 0 : l().boxes) !== null && v !== void 0 ? v : []).map((w) => {
      const H = w instanceof ri ? w.toJSON() : w, O = H.scaleFactor || 1;
      return Object.assign(Object.assign({}, H), {
        xmin: H.xmin / O,
        ymin: H.ymin / O,
        xmax: H.xmax / O,
        ymax: H.ymax / O,
        scaleFactor: 1
      });
    }));
  }
  function Ms() {
    var v;
    return R.size > 0 || ((v = l() === null || l() === void 0 ? void 0 : l().boxes) !== null && v !== void 0 ? v : []).some((w) => w.isCreating || w.isDragging || w.isResizing) || s(ge);
  }
  function Pn() {
    if (l() === null || Ms())
      return;
    const v = Gt();
    v !== fe && (x(D, [...s(D), fe].slice(-200)), x(j, []), fe = v);
  }
  function zt() {
    Pn(), Se("change");
  }
  function In(v) {
    l(l().boxes = JSON.parse(v), !0), zn();
    for (const w of l().boxes)
      w.canvasXmin = G, w.canvasYmin = K, w.canvasXmax = V, w.canvasYmax = ee, w.setScaleFactor(ae);
    fe = v, Qe(-1), Se("change");
  }
  function Ln() {
    if (s(D).length === 0)
      return;
    x(j, [...s(j), fe]);
    const v = s(D)[s(D).length - 1];
    x(D, s(D).slice(0, -1)), In(v);
  }
  function Mn() {
    if (s(j).length === 0)
      return;
    x(D, [...s(D), fe]);
    const v = s(j)[s(j).length - 1];
    x(j, s(j).slice(0, -1)), In(v);
  }
  function Os() {
    l() !== Re && (Re = l(), x(D, []), x(j, []), fe = Gt());
  }
  function On(v, w, H) {
    const O = Math.min(Hi, Math.max(1, s(T).scale * v));
    if (O === 1) {
      Wt();
      return;
    }
    const X = (w - s(T).offsetX) / s(T).scale, k = (H - s(T).offsetY) / s(T).scale;
    se(T, s(T).offsetX = w - X * O), se(T, s(T).offsetY = H - k * O), se(T, s(T).scale = O), be();
  }
  function Ft(v) {
    s(b) && On(v, s(b).width / 2, s(b).height / 2);
  }
  function Ht(v) {
    var w = parseInt(v.slice(1, 3), 16), H = parseInt(v.slice(3, 5), 16), O = parseInt(v.slice(5, 7), 16);
    return "rgb(" + w + ", " + H + ", " + O + ")";
  }
  function Xt(v) {
    const w = v.match(/(\d+(\.\d+)?)/g), H = parseInt(w[0]), O = parseInt(w[1]), X = parseInt(w[2]);
    return "#" + (1 << 24 | H << 16 | O << 8 | X).toString(16).slice(1);
  }
  function be() {
    if (B && s(b)) {
      if (B.clearRect(0, 0, s(b).width, s(b).height), B.save(), B.translate(s(T).offsetX, s(T).offsetY), B.scale(s(T).scale, s(T).scale), I !== null) {
        switch (l().orientation) {
          case 0:
            B.drawImage(I, 0, 0, re, oe);
            break;
          case 1:
            B.translate(re, 0), B.rotate(Math.PI / 2), B.drawImage(I, 0, 0, oe, re);
            break;
          case 2:
            B.translate(re, oe), B.rotate(Math.PI), B.drawImage(I, 0, 0, re, oe);
            break;
          case 3:
            B.translate(0, oe), B.rotate(-Math.PI / 2), B.drawImage(I, 0, 0, oe, re);
            break;
        }
        B.restore();
      }
      for (const w of l().boxes.slice().reverse())
        w.render(B);
    }
    const v = (l() === null || l() === void 0 ? void 0 : l().picture_scale) > 0 ? l().picture_scale : 1;
    x(Ut, Math.round(s(T).scale * ae * v * 100));
  }
  function Qe(v) {
    x(P, v), l().boxes.forEach((w) => {
      w.setSelected(!1);
    }), v >= 0 && v < l().boxes.length && l().boxes[v].setSelected(!0), be();
  }
  const Rn = (v, w) => {
    const H = Math.sqrt(Math.pow(v.clientX - w.clientX, 2) + Math.pow(v.clientY - w.clientY, 2));
    return H < Ue ? Ue : H;
  };
  function Rs(v) {
    if (r()) {
      if (v.preventDefault(), s(b).setPointerCapture(v.pointerId), R.set(v.pointerId, v), R.size == 1)
        v.button === 1 || v.altKey ? s(
          T
          // middle button or Alt: pan, whatever the mode
        ).startDrag(v) : s(N) === ve(i).creation ? Gs(v) : s(N) === ve(i).drag && Ns(v);
      else if (R.size == 2) {
        se(T, s(T).isDragging = !1), l().boxes.forEach((ze) => {
          ze.isCreating = !1, ze.isDragging = !1, ze.isResizing = !1;
        });
        const w = Array.from(R.values()), H = w[0], O = w[1], X = Rn(H, O), [k, he] = s(T).toCanvasPoint((H.clientX + O.clientX) / 2, (H.clientY + O.clientY) / 2);
        ie.distance = X, ie.x = k, ie.y = he;
      }
    }
  }
  function Ns(v) {
    const [w, H] = s(T).toCanvasPoint(v.clientX, v.clientY);
    let O = !1;
    for (const [X, k] of l().boxes.entries()) {
      if (!k.isSelected)
        continue;
      const he = k.indexOfPointInsideHandle(w, H);
      if (he >= 0) {
        O = !0, Qe(X), k.startResize(he, v);
        return;
      }
    }
    for (const [X, k] of l().boxes.entries())
      if (k.isPointInsideBox(w, H)) {
        O = !0, Qe(X), k.startDrag(v);
        return;
      }
    M() || Qe(-1), O || s(T).startDrag(v);
  }
  function Nn(v) {
    r() && (R.delete(v.pointerId), s(b).releasePointerCapture(v.pointerId), Se("change"), setTimeout(Pn, 0));
  }
  function Ds(v) {
    if (r())
      if (v.preventDefault(), v.pointerType === "mouse") {
        if (!g() || l() === null || s(N) !== ve(i).drag)
          return;
        const [w, H] = s(T).toCanvasPoint(v.clientX, v.clientY);
        for (const [O, X] of l().boxes.entries()) {
          if (!X.isSelected)
            continue;
          const k = X.indexOfPointInsideHandle(w, H);
          if (k >= 0) {
            se(b, s(b).style.cursor = X.resizeHandles[k].cursor);
            return;
          }
        }
        se(b, s(b).style.cursor = "default");
      } else {
        if (!R.has(v.pointerId))
          return;
        if (R.set(v.pointerId, v), R.size === 2) {
          const w = Array.from(R.values()), H = w[0], O = w[1], X = Rn(H, O), [k, he] = s(T).toCanvasPoint((H.clientX + O.clientX) / 2, (H.clientY + O.clientY) / 2), ze = parseFloat((s(T).scale * (X / ie.distance)).toFixed(2)), Zt = ze < 1 ? 1 : ze, At = Zt / s(T).scale;
          se(T, s(T).offsetX = ie.x - (ie.x - s(T).offsetX) * At), se(T, s(T).offsetY = ie.y - (ie.y - s(T).offsetY) * At);
          const qt = k - ie.x, Jt = he - ie.y;
          se(T, s(T).offsetX += qt), se(T, s(T).offsetY += Jt), se(T, s(T).scale = Zt), ie.x = k, ie.y = he, ie.distance = X, be();
        }
      }
  }
  function Wt() {
    const v = s(b).width / re, w = s(b).height / oe, H = Math.min(v, w);
    se(T, s(T).scale = H), se(T, s(T).offsetX = (s(b).width - re * H) / 2), se(T, s(T).offsetY = (s(b).height - oe * H) / 2), be();
  }
  function ks(v) {
    var w;
    const H = v, O = ((w = H?.tagName) !== null && w !== void 0 ? w : "").toLowerCase();
    return O === "input" || O === "textarea" || O === "select" || !!H?.isContentEditable;
  }
  function Dn(v) {
    var w, H;
    if (!L() || !r() || l() === null || !s(b) || s(b).offsetParent === null || s(J) || s(ge) || s(ye) || ks(v.target))
      return;
    const O = v.key.toLowerCase(), X = v.ctrlKey || v.metaKey;
    let k = null;
    if (X && !v.altKey)
      O === "z" && !v.shiftKey ? k = Ln : (O === "z" && v.shiftKey || O === "y") && (k = Mn);
    else if (!v.altKey) {
      const he = ((H = (w = v.target) === null || w === void 0 ? void 0 : w.tagName) === null || H === void 0 ? void 0 : H.toLowerCase()) === "button";
      switch (O) {
        case "delete":
        case "backspace":
          k = Tt;
          break;
        case "c":
          k = Bi;
          break;
        case "d":
          k = Pi;
          break;
        case "e":
          k = Un;
          break;
        case "+":
        case "=":
          k = () => Ft(Ge);
          break;
        case "-":
        case "_":
          k = () => Ft(1 / Ge);
          break;
        case "0":
          k = Wt;
          break;
        case " ":
          k = he ? null : Wt;
          break;
      }
    }
    k !== null && (v.preventDefault(), v.stopPropagation(), k());
  }
  function Ti() {
    setTimeout(
      () => {
        s(S) === null || s(S) === void 0 || s(S).focus();
      },
      0
    );
  }
  function Us(v) {
    if (!r())
      return;
    v.preventDefault();
    const [w, H] = s(T).toCanvasPoint(v.clientX, v.clientY);
    On(1 / (1 + v.deltaY / 1e3 * 0.5), w, H);
  }
  function Yt(v) {
    return Array.isArray(c()) ? c().findIndex((w) => w[0] === v) : -1;
  }
  function Ai(v, w) {
    const H = Yt(v);
    return H >= 0 && H < d().length ? Ht(d()[H]) : w;
  }
  function kn() {
    if (!Array.isArray(c()) || c().length === 0)
      return;
    Yt(le.label) < 0 && (le.label = c()[0][0]);
    const v = Yt(le.label);
    le.color = v < d().length ? d()[v] : "";
  }
  function Gs(v) {
    const [w, H] = s(T).toCanvasPoint(v.clientX, v.clientY), O = (w - s(T).offsetX) / s(T).scale, X = (H - s(T).offsetY) / s(T).scale;
    let k;
    le.color !== "" ? k = Ht(le.color) : d().length > 0 ? k = Ht(d()[0]) : M() ? l().boxes.length > 0 ? k = l().boxes[0].color : k = $e[0] : k = $e[l().boxes.length % $e.length];
    let he = new ri(be, Ii, s(T), R, G, K, V, ee, "", O, X, O, X, k, a(), u(), o(), f(), h(), ae);
    he.startCreating(), M() ? l(l().boxes = [he], !0) : l(l().boxes = [he, ...l().boxes], !0), Qe(0), be(), Se("change");
  }
  function Bi() {
    x(N, ve(i).creation), se(b, s(b).style.cursor = "crosshair");
  }
  function Pi() {
    x(N, ve(i).drag), se(b, s(b).style.cursor = "default");
  }
  function Ii() {
    s(P) >= 0 && s(P) < l().boxes.length && (l().boxes[s(P)].getArea() < 1 ? Tt() : (C() || (s(Q) ? Ys() : x(ge, !0)), M() && Pi()));
  }
  function Un() {
    s(P) >= 0 && s(P) < l().boxes.length && !C() && x(J, !0);
  }
  function zs(v) {
    r() && Un();
  }
  function Fs(v) {
    x(J, !1), Ti();
    const { detail: w } = v;
    let H = w.label, O = w.color, X = w.ret;
    if (s(P) >= 0 && s(P) < l().boxes.length) {
      let k = l().boxes[s(P)];
      X == 1 ? (k.label !== H && k.markEdited(), k.label = H, k.color = Ai(H, Ht(O)), Yt(H) >= 0 && (le.label = H, le.color = O), be(), zt()) : X == -1 && Tt();
    }
  }
  function Xs(v) {
    x(ge, !1), Ti();
    const { detail: w } = v;
    let H = w.label, O = w.color, X = w.ret, k = w.lock;
    if (s(P) >= 0 && s(P) < l().boxes.length) {
      let he = l().boxes[s(P)];
      X == 1 ? (x(Q, k), le.label = H, le.color = O, he.label = H, he.color = Ai(H, Ht(O)), be(), zt()) : Tt();
    }
  }
  function Ws(v) {
    x(ye, !1), Ti();
    const { detail: w } = v;
    let H = w.label, O = w.color, X = w.ret, k = w.lock;
    X == 1 && (x(Q, k), le.label = H, le.color = O);
  }
  function Ys() {
    if (s(P) >= 0 && s(P) < l().boxes.length) {
      let v = l().boxes[s(P)];
      v.label = le.label, v.color = Ai(v.label, v.color), be(), zt();
    }
  }
  function Tt() {
    s(P) >= 0 && s(P) < l().boxes.length && (l().boxes.splice(s(P), 1), Qe(-1), M() && Bi(), zt());
  }
  function Vt() {
    if (s(b)) {
      const v = s(b).clientWidth;
      if (v === 0)
        return;
      ae = 1;
      let w;
      if (s(T).setRotatedImage(I), I !== null) {
        const H = s(T).imageRotatedWidth, O = s(T).imageRotatedHeight, X = typeof m() == "number" && m() > 0 ? m() : 1 / 0;
        ae = Math.min(1, v / H, X / O), re = Math.round(H * ae), oe = Math.round(O * ae), G = (v - re) / 2, K = 0, V = G + re, ee = oe, w = oe, se(T, s(T).imageWidth = re), se(T, s(T).imageHeight = oe);
      } else
        G = 0, K = 0, V = v, ee = s(b).clientHeight, w = s(b).clientHeight;
      if (s(b).width !== v && se(b, s(b).width = v), s(b).height !== w && se(b, s(b).height = w), s(T).resize(s(b).width, s(b).height, G, K), V > 0 && ee > 0)
        for (const H of l().boxes)
          H.canvasXmin = G, H.canvasYmin = K, H.canvasXmax = V, H.canvasYmax = ee, H.setScaleFactor(ae);
      be();
    }
  }
  let Gn = -1;
  const Vs = new ResizeObserver(() => {
    const v = s(A) ? s(A).clientWidth : 0;
    v !== Gn && (Gn = v, Vt());
  });
  function zn() {
    for (let v = 0; v < l().boxes.length; v++) {
      let w = l().boxes[v];
      if (w instanceof ri)
        w.pointersCache !== R && w.attach(be, Ii, s(T), R);
      else {
        let H = "", O = "";
        w.hasOwnProperty("color") ? (H = w.color, Array.isArray(H) && H.length === 3 && (H = `rgb(${H[0]}, ${H[1]}, ${H[2]})`)) : H = $e[v % $e.length], w.hasOwnProperty("label") && (O = w.label);
        let X = 1;
        w.hasOwnProperty("scaleFactor") && (X = w.scaleFactor);
        const k = ["predicted", "accepted", "new"].includes(w.state) ? w.state : "new", he = typeof w.score == "number" ? w.score : null;
        w = new ri(be, Ii, s(T), R, G, K, V, ee, O, w.xmin, w.ymin, w.xmax, w.ymax, H, a(), u(), o(), f(), h(), X), w.state = k, w.score = he, l(l().boxes[v] = w, !0);
      }
    }
  }
  function Fn() {
    n() !== null && (I === null || I.src != n()) && (I = new Image(), I.src = n(), I.onload = function() {
      Vt(), be();
    });
  }
  Tn(() => {
    if (Array.isArray(c()) && c().length > 0) {
      if (!Array.isArray(d()) || d().length == 0)
        for (let v = 0; v < c().length; v++) {
          let w = $e[v % $e.length];
          d().push(Xt(w));
        }
      kn();
    }
    return document.addEventListener("keydown", Dn), B = s(b).getContext("2d"), Vs.observe(s(A)), s(P) < 0 && l() !== null && l().boxes.length > 0 && Qe(0), Fn(), Vt(), be(), () => document.removeEventListener("keydown", Dn);
  }), He(
    () => (z(c()), z(d())),
    () => {
      c(), d(), kn();
    }
  ), He(() => z(l()), () => {
    l(), se(T, s(T).orientation = l().orientation), Fn(), zn(), Vt(), Os(), be();
  }), pt(), Ke();
  var Xn = Xu(), jt = Ne(Xn), Li = te(jt), Xe = te(Li);
  qe(Xe, (v) => x(b, v), () => s(b)), qe(Li, (v) => x(A, v), () => s(A));
  var js = $(Li, 2);
  {
    var Zs = (v) => {
      var w = Fu(), H = Ne(w), O = te(H);
      {
        let _e = pe(() => (s(N), ve(i), Z(() => s(N) === ve(i).creation)));
        et(O, {
          get selected() {
            return s(_e);
          },
          "aria-label": "Create box",
          title: "Create box (C)",
          $$events: { click: () => Bi() },
          children: (Be, Bt) => {
            mu(Be);
          },
          $$slots: { default: !0 }
        });
      }
      var X = $(O, 2);
      {
        let _e = pe(() => (s(N), ve(i), Z(() => s(N) === ve(i).drag)));
        et(X, {
          get selected() {
            return s(_e);
          },
          "aria-label": "Drag boxes",
          title: "Drag boxes (D)",
          $$events: { click: () => Pi() },
          children: (Be, Bt) => {
            bu(Be);
          },
          $$slots: { default: !0 }
        });
      }
      var k = $(X, 2);
      {
        var he = (_e) => {
          et(_e, {
            "aria-label": "Remove box",
            title: "Remove box (Del)",
            $$events: { click: () => Tt() },
            children: (Be, Bt) => {
              pu(Be);
            },
            $$slots: { default: !0 }
          });
        };
        me(k, (_e) => {
          p() && _e(he);
        });
      }
      var ze = $(k, 2);
      {
        var Zt = (_e) => {
          et(_e, {
            "aria-label": "Edit label",
            title: "Edit label",
            $$events: { click: () => x(ye, !0) },
            children: (Be, Bt) => {
              yu(Be);
            },
            $$slots: { default: !0 }
          });
        };
        me(ze, (_e) => {
          !C() && s(Q) && _e(Zt);
        });
      }
      var At = $(ze, 4);
      {
        let _e = pe(() => (s(D), Z(() => s(D).length === 0)));
        et(At, {
          "aria-label": "Undo",
          title: "Undo (Ctrl+Z)",
          get disabled() {
            return s(_e);
          },
          $$events: { click: () => Ln() },
          children: (Be, Bt) => {
            uu(Be);
          },
          $$slots: { default: !0 }
        });
      }
      var qt = $(At, 2);
      {
        let _e = pe(() => (s(j), Z(() => s(j).length === 0)));
        et(qt, {
          "aria-label": "Redo",
          title: "Redo (Ctrl+Y or Ctrl+Shift+Z)",
          get disabled() {
            return s(_e);
          },
          $$events: { click: () => Mn() },
          children: (Be, Bt) => {
            lu(Be);
          },
          $$slots: { default: !0 }
        });
      }
      var Jt = $(qt, 4), Vn = $(Jt, 2), $s = Co(Vn), jn = $(Vn, 2), ea = $(jn, 2);
      Ee(() => pi($s, `${s(Ut) ?? ""}%`)), ce("click", Jt, () => Ft(1 / Ge)), ce("click", jn, () => Ft(Ge)), ce("click", ea, () => Wt()), F(v, w);
    };
    me(js, (v) => {
      r() && v(Zs);
    });
  }
  qe(jt, (v) => x(S, v), () => s(S));
  var Wn = $(jt, 2);
  {
    var qs = (v) => {
      {
        let w = pe(() => (s(P), z(l()), Z(() => s(P) >= 0 && s(P) < l().boxes.length ? l().boxes[s(P)].label : ""))), H = pe(() => (s(P), z(l()), Z(() => s(P) >= 0 && s(P) < l().boxes.length ? Xt(l().boxes[s(P)].color) : "")));
        qi(v, {
          get choices() {
            return c();
          },
          get choicesColors() {
            return d();
          },
          get label() {
            return s(w);
          },
          get color() {
            return s(H);
          },
          $$events: {
            change: Fs,
            "enter{onModalEditChange}": function(O) {
              li.call(this, t, O);
            }
          }
        });
      }
    };
    me(Wn, (v) => {
      s(J) && v(qs);
    });
  }
  var Yn = $(Wn, 2);
  {
    var Js = (v) => {
      {
        let w = pe(() => (s(P), z(l()), Z(() => s(P) >= 0 && s(P) < l().boxes.length ? l().boxes[s(P)].label : ""))), H = pe(() => (s(P), z(l()), Z(() => s(P) >= 0 && s(P) < l().boxes.length ? Xt(l().boxes[s(P)].color) : "")));
        qi(v, {
          get choices() {
            return c();
          },
          showRemove: !1,
          get choicesColors() {
            return d();
          },
          get label() {
            return s(w);
          },
          get color() {
            return s(H);
          },
          get labelDetailLock() {
            return s(Q);
          },
          $$events: {
            change: Xs,
            "enter{onModalNewChange}": function(O) {
              li.call(this, t, O);
            }
          }
        });
      }
    };
    me(Yn, (v) => {
      s(ge) && v(Js);
    });
  }
  var Ks = $(Yn, 2);
  {
    var Qs = (v) => {
      {
        let w = pe(() => (s(P), z(l()), Z(() => s(P) >= 0 && s(P) < l().boxes.length ? l().boxes[s(P)].label : ""))), H = pe(() => (s(P), z(l()), Z(() => s(P) >= 0 && s(P) < l().boxes.length ? Xt(l().boxes[s(P)].color) : "")));
        qi(v, {
          get choices() {
            return c();
          },
          showRemove: !1,
          get choicesColors() {
            return d();
          },
          get label() {
            return s(w);
          },
          get color() {
            return s(H);
          },
          get labelDetailLock() {
            return s(Q);
          },
          $$events: {
            change: Ws,
            "enter{onDefaultLabelEditChange}": function(O) {
              li.call(this, t, O);
            }
          }
        });
      }
    };
    me(Ks, (v) => {
      s(ye) && v(Qs);
    });
  }
  Ee(() => xi(Xe, `height: ${m() ?? ""}; width: ${E() ?? ""};`)), ce("pointerdown", Xe, Rs), ce("pointerup", Xe, Nn), ce("pointermove", Xe, Ds), ce("pointercancel", Xe, Nn), ce("dblclick", Xe, zs), ce("wheel", Xe, Us), ce("click", jt, () => s(S).focus()), F(e, Xn), De();
}
function Yu(e, t) {
  ke(t, !1);
  const i = /* @__PURE__ */ U();
  let n = _(t, "src", 8, void 0), r = _(t, "interactive", 8), a = _(t, "boxesAlpha", 8), u = _(t, "labelList", 8), o = _(t, "labelColors", 8), f = _(t, "boxMinSize", 8), h = _(t, "handleSize", 8), l = _(t, "boxThickness", 8), c = _(t, "height", 8), d = _(t, "width", 8), C = _(t, "boxSelectedThickness", 8), m = _(t, "value", 12), E = _(t, "disableEditBoxes", 8), M = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), g = _(t, "handlesCursor", 8), y = _(t, "useDefaultLabel", 8), L = _(t, "enableKeyboardShortcuts", 8);
  const b = wt();
  He(() => z(n()), () => {
    x(i, n());
  }), pt(), Ke(), Wu(e, {
    get interactive() {
      return r();
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
      return c();
    },
    get width() {
      return d();
    },
    get boxMinSize() {
      return f();
    },
    get handleSize() {
      return h();
    },
    get boxThickness() {
      return l();
    },
    get boxSelectedThickness() {
      return C();
    },
    get disableEditBoxes() {
      return E();
    },
    get singleBox() {
      return M();
    },
    get showRemoveButton() {
      return p();
    },
    get handlesCursor() {
      return g();
    },
    get useDefaultLabel() {
      return y();
    },
    get enableKeyboardShortcuts() {
      return L();
    },
    get imageUrl() {
      return s(i);
    },
    get value() {
      return m();
    },
    set value(A) {
      m(A);
    },
    $$events: { change: () => b("change") },
    $$legacy: !0
  }), De();
}
var Vu = /* @__PURE__ */ ue("<div><!></div>"), ju = /* @__PURE__ */ ue('<!> <div data-testid="image" class="image-container svelte-4p70gr"><div class="upload-container svelte-4p70gr"><!></div></div>', 1);
function Zu(e, t) {
  ke(t, !1);
  let i = _(t, "value", 12), n = _(t, "label", 8, void 0), r = _(t, "show_label", 8), a = _(t, "selectable", 8, !1), u = _(t, "interactive", 8), o = _(t, "boxesAlpha", 8), f = _(t, "labelList", 8), h = _(t, "labelColors", 8), l = _(t, "boxMinSize", 8), c = _(t, "handleSize", 8), d = _(t, "height", 8), C = _(t, "width", 8), m = _(t, "boxThickness", 8), E = _(t, "disableEditBoxes", 8), M = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), g = _(t, "handlesCursor", 8), y = _(t, "boxSelectedThickness", 8), L = _(t, "useDefaultLabel", 8), b = _(t, "enableKeyboardShortcuts", 8);
  const A = wt();
  Ke();
  var S = ju(), B = Ne(S);
  {
    let G = pe(() => n() || "Image Annotator");
    tu(B, {
      get show_label() {
        return r();
      },
      get Icon() {
        return Ls;
      },
      get label() {
        return s(G);
      }
    });
  }
  var I = $(B, 2), P = te(I), N = te(P);
  {
    var R = (G) => {
      var K = Hn(), V = Ne(K);
      xt(V, t, "default", {}), F(G, K);
    }, T = (G) => {
      var K = Vu();
      let V;
      var ee = te(K);
      Yu(ee, {
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
          return h();
        },
        get boxMinSize() {
          return l();
        },
        get interactive() {
          return u();
        },
        get handleSize() {
          return c();
        },
        get boxThickness() {
          return m();
        },
        get singleBox() {
          return M();
        },
        get disableEditBoxes() {
          return E();
        },
        get showRemoveButton() {
          return p();
        },
        get handlesCursor() {
          return g();
        },
        get boxSelectedThickness() {
          return y();
        },
        get useDefaultLabel() {
          return L();
        },
        get enableKeyboardShortcuts() {
          return b();
        },
        get src() {
          return z(i()), Z(() => i().image.url);
        },
        get value() {
          return i();
        },
        set value(ae) {
          i(ae);
        },
        $$events: { change: () => A("change") },
        $$legacy: !0
      }), Ee(() => V = Me(K, 1, "image-frame svelte-4p70gr", null, V, { selectable: a() })), F(G, K);
    };
    me(N, (G) => {
      i() == null ? G(R) : G(T, -1);
    });
  }
  F(e, S), De();
}
var qu = /* @__PURE__ */ ue('<img alt=""/>'), Ju = /* @__PURE__ */ ue("<div><!></div>");
function ef(e, t) {
  ke(t, !1);
  let i = _(t, "value", 8), n = _(t, "type", 8), r = _(t, "selected", 8, !1);
  Ke();
  var a = Ju();
  let u;
  var o = te(a);
  {
    var f = (h) => {
      var l = qu();
      Ee(() => Oe(l, "src", (z(i()), Z(() => i().url)))), F(h, l);
    };
    me(o, (h) => {
      i() && h(f);
    });
  }
  Ee(() => u = Me(a, 1, "container svelte-1uec0xe", null, u, {
    table: n() === "table",
    gallery: n() === "gallery",
    selected: r(),
    border: i()
  })), F(e, a), De();
}
var Ku = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]);
function tf(e, t) {
  ke(t, !0);
  var i = this && this.__awaiter || function(f, h, l, c) {
    function d(C) {
      return C instanceof l ? C : new l(function(m) {
        m(C);
      });
    }
    return new (l || (l = Promise))(function(C, m) {
      function E(g) {
        try {
          p(c.next(g));
        } catch (y) {
          m(y);
        }
      }
      function M(g) {
        try {
          p(c.throw(g));
        } catch (y) {
          m(y);
        }
      }
      function p(g) {
        g.done ? C(g.value) : d(g.value).then(E, M);
      }
      p((c = c.apply(f, h || [])).next());
    });
  };
  class n extends Zh {
    get_data() {
      const h = Object.create(null, { get_data: { get: () => super.get_data } });
      return i(this, void 0, void 0, function* () {
        return yield h.get_data.call(this);
      });
    }
  }
  const r = /* @__PURE__ */ ul(t, Ku), a = new n(r);
  let u = a.props.value, o = !1;
  mt(() => {
    if (!o) {
      u = a.props.value, o = !0;
      return;
    }
    u !== a.props.value && (u = a.props.value, a.dispatch("change"));
  }), Kh(e, {
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
    children: (f, h) => {
      Zu(f, {
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
        set value(l) {
          a.props.value = l;
        },
        $$events: {
          change: () => a.dispatch("change"),
          select: ({ detail: l }) => a.dispatch("select", l)
        },
        children: (l, c) => {
          nu(l, {
            unpadded_box: !0,
            size: "large",
            children: (d, C) => {
              Ls(d);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
    },
    $$slots: { default: !0 }
  }), De();
}
export {
  ef as BaseExample,
  tf as default
};
