import { i as rt, g as fn, o as Lr, s as Zs, l as cn, c as Te, e as qs, E as Js, B as Ks, D as ji, a as Vn, A as Qs, b as $s, d as dn, f as Me, C as ea, h as vn, R as ta, j as ia, p as na, k as Or, n as jn, q as ra, r as Mr, t as sa, v as Bt, w as aa, x as Zn, y as Rr, z as oa, F as qn, G as la, H as K, I as a, S as $e, J as ha, K as ua, L as fa, U as xe, M as ti, N as ca, O as Ii, P as Jn, Q as Kn, T as mn, V as da, W as ci, X as ai, Y as va, Z as ft, _ as tt, $ as oi, a0 as Nr, a1 as ma, a2 as ga, a3 as ba, a4 as Fe, a5 as li, a6 as _a, a8 as pa, a9 as Ae, aa as Dr, ab as it, ac as gn, ad as kr, ae as nt, af as ht, ag as di, ah as bn, ai as xa, aj as Se, ak as _n, al as ya, am as wa, an as Ea, ao as Zi, ap as Li, aq as Sa, ar as Ca, as as Ha, at as Aa, au as Ta, av as vi, aw as Ba, ax as Pa, ay as Qn, az as Ve, aA as pn, aB as Ia, aC as Ur, aD as jt, aE as La, aF as zr, aG as $n, aH as Gr, aI as et, aJ as Oa, aK as xn, aL as er, aM as Ma, aN as Ra, aO as Na, aP as Fr, aQ as Da, aR as ka, aS as Xr, aT as ut, aU as Ua, aV as za, aW as mi, aX as Ga, aY as Fa, aZ as Xa, a_ as Wa, a$ as Ya, b0 as Va, b1 as ii, b2 as gi, b3 as ja, b4 as Za, b5 as tr, b6 as qa, b7 as Ja, b8 as Ka, b9 as Qa, ba as $a, bb as eo, bc as Wr, bd as to, be as io, bf as no, bg as ro, bh as so, bi as ct, bj as qi, bk as ao, bl as j, bm as Ji, bn as oo, bo as lo, bp as Yr, bq as ho, br as uo, bs as fo, bt as co, bu as vo, bv as ir, bw as mo, bx as go, by as bo, bz as Ce, bA as bt, bB as Ne, bC as De, bD as ke, bE as ee, bF as ue, bG as we, bH as ne, bI as bi, bJ as Vr, bK as de, bL as _o, bM as Zt } from "./render-AhIP3n55.js";
let po = !1;
function yn(e) {
  throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
const xo = [];
function yo(e, t = !1, i = !1) {
  return ni(e, /* @__PURE__ */ new Map(), "", xo, null, i);
}
function ni(e, t, i, n, r = null, s = !1) {
  if (typeof e == "object" && e !== null) {
    var h = t.get(e);
    if (h !== void 0) return h;
    if (e instanceof Map) return (
      /** @type {Snapshot<T>} */
      new Map(e)
    );
    if (e instanceof Set) return (
      /** @type {Snapshot<T>} */
      new Set(e)
    );
    if (rt(e)) {
      var o = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, o), r !== null && t.set(r, o);
      for (var u = 0; u < e.length; u += 1) {
        var l = e[u];
        u in e && (o[u] = ni(l, t, i, n, null, s));
      }
      return o;
    }
    if (fn(e) === Lr) {
      o = {}, t.set(e, o), r !== null && t.set(r, o);
      for (var c of Object.keys(e))
        o[c] = ni(
          // @ts-expect-error
          e[c],
          t,
          i,
          n,
          null,
          s
        );
      return o;
    }
    if (e instanceof Date)
      return e.getTime(), /** @type {Snapshot<T>} */
      structuredClone(e);
    if (typeof /** @type {T & { toJSON?: any } } */
    e.toJSON == "function" && !s)
      return ni(
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
function It(e, t) {
  var i = {
    f: 0,
    v: e,
    reactions: null,
    equals: qs,
    rv: 0,
    wv: 0
  };
  return i;
}
// @__NO_SIDE_EFFECTS__
function Le(e, t) {
  const i = It(e);
  return na(i), i;
}
// @__NO_SIDE_EFFECTS__
function U(e, t = !1, i = !0) {
  const n = It(e);
  return t || (n.equals = Zs), cn && i && Te !== null && Te.l !== null && (Te.l.s ??= []).push(n), n;
}
function se(e, t) {
  return w(
    e,
    K(() => a(e))
  ), t;
}
function Pt(e) {
  Bt !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!aa || (Bt.f & Zn) !== 0) && dn() && (Bt.f & (ji | Rr | oa | Zn)) !== 0 && (qn === null || !qn.has(e)) && la();
}
function w(e, t, i = !1) {
  return Pt(e), Xe(e, t, i);
}
function Xe(e, t, i = !1) {
  let n = i ? We(t) : t;
  return hi(e, n, Or);
}
function wo(e, t) {
  return Pt(e), hi(e, t, Or);
}
function hi(e, t, i = null) {
  var n = e.equals(t) && (e.f & Js) === 0, r = ia?.get(e);
  if (!n || r !== void 0 && (r.e || !e.equals.call(r, t))) {
    var s = Ks.ensure();
    (e.f & (ji | Vn | Qs)) === (ji | Vn) && $s(
      /** @type {Derived} */
      e
    ), s.capture(e, t, n, !1, i), dn() && Me !== null && (Me.f & ea) !== 0 && (Me.f & (vn | ta)) === 0 && (jn === null ? ra([e]) : jn.push(e));
  } else Mr && sa(e);
  return t;
}
function nr(e, t = 1) {
  var i = a(e), n = t === 1 ? i++ : i--;
  return wo(e, i), n;
}
function Oi(e) {
  Xe(e, e.v + 1);
}
function We(e) {
  if (typeof e != "object" || e === null || $e in e || ha in e)
    return e;
  const t = fn(e);
  if (t !== Lr && t !== ua)
    return e;
  var i = /* @__PURE__ */ new Map(), n = rt(e), r = /* @__PURE__ */ Le(0), s = Ii, h = (o) => {
    if (Ii === s)
      return o();
    var u = Bt, l = Ii;
    Jn(null), Kn(s);
    var c = o();
    return Jn(u), Kn(l), c;
  };
  return n && i.set("length", /* @__PURE__ */ Le(
    /** @type {any[]} */
    e.length
  )), new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(o, u, l) {
        (!("value" in l) || l.configurable === !1 || l.enumerable === !1 || l.writable === !1) && ca(), Pt(r);
        var c = i.get(u);
        return c === void 0 ? h(() => {
          var f = /* @__PURE__ */ Le(l.value);
          return i.set(u, f), f;
        }) : Xe(c, l.value, !0), !0;
      },
      deleteProperty(o, u) {
        Pt(r);
        var l = i.get(u);
        if (l === void 0) {
          if (u in o) {
            const c = h(() => /* @__PURE__ */ Le(xe));
            i.set(u, c), Oi(r);
          }
        } else
          Xe(l, xe), Oi(r);
        return !0;
      },
      get(o, u, l) {
        if (u === $e)
          return e;
        var c = i.get(u), f = u in o;
        if (c === void 0 && (!f || ti(o, u)?.writable) && (c = h(() => {
          var S = We(f ? o[u] : xe), v = /* @__PURE__ */ Le(S);
          return v;
        }), i.set(u, c)), c !== void 0) {
          var d = a(c);
          return d === xe ? void 0 : d;
        }
        return Reflect.get(o, u, l);
      },
      getOwnPropertyDescriptor(o, u) {
        this.has?.(o, u);
        var l = Reflect.getOwnPropertyDescriptor(o, u), c = i.get(u);
        if (c !== void 0) {
          var f = a(c);
          if (f === xe)
            return;
          if (l && "value" in l)
            l.value = f;
          else
            return {
              enumerable: !0,
              configurable: !0,
              value: f,
              writable: !0
            };
        }
        return l;
      },
      has(o, u) {
        if (u === $e)
          return !0;
        var l = i.get(u), c = l !== void 0 && l.v !== xe || Reflect.has(o, u);
        if (l !== void 0 || (Me !== null || Bt !== null) && (!c || ti(o, u)?.writable)) {
          l === void 0 && (l = h(() => {
            var d = c ? We(o[u]) : xe, S = /* @__PURE__ */ Le(d);
            return S;
          }), i.set(u, l));
          var f = a(l);
          if (f === xe)
            return !1;
        }
        return c;
      },
      set(o, u, l, c) {
        Pt(r);
        var f = i.get(u), d = u in o;
        if (n && u === "length")
          for (var S = l; S < /** @type {Source<number>} */
          f.v; S += 1) {
            var v = i.get(S + "");
            v !== void 0 ? Xe(v, xe) : S in o && (v = h(() => /* @__PURE__ */ Le(xe)), i.set(S + "", v));
          }
        if (f === void 0)
          (!d || ti(o, u)?.writable) && (f = h(() => /* @__PURE__ */ Le(void 0)), Xe(f, We(l)), i.set(u, f));
        else {
          d = f.v !== xe;
          var E = h(() => We(l));
          Xe(f, E);
        }
        var L = Reflect.getOwnPropertyDescriptor(o, u);
        if (L?.set && L.set.call(c, l), !d) {
          if (n && typeof u == "string") {
            var p = (
              /** @type {Source<number>} */
              i.get("length")
            ), m = Number(u);
            Number.isInteger(m) && m >= p.v && Xe(p, m + 1);
          }
          Oi(r);
        }
        return !0;
      },
      ownKeys(o) {
        a(r);
        var u = Reflect.ownKeys(o).filter((f) => {
          var d = i.get(f);
          return d === void 0 || d.v !== xe;
        });
        for (var [l, c] of i)
          c.v !== xe && !(l in o) && u.push(l);
        return u;
      },
      setPrototypeOf() {
        fa();
      }
    }
  );
}
function rr(e) {
  try {
    if (e !== null && typeof e == "object" && $e in e)
      return e[$e];
  } catch {
  }
  return e;
}
function jr(e, t) {
  return Object.is(rr(e), rr(t));
}
const Eo = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (e) => e
  })
);
function So(e) {
  return (
    /** @type {string} */
    Eo?.createHTML(e) ?? e
  );
}
function Zr(e) {
  var t = mn("template");
  return da(t, So(e.replaceAll("<!>", "<!---->"))), t.content;
}
function dt(e, t) {
  var i = (
    /** @type {Effect} */
    Me
  );
  i.nodes === null && (i.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function le(e, t) {
  var i = (t & ma) !== 0, n, r = !e.startsWith("<!>");
  return () => {
    n === void 0 && (n = Zr(r ? e : "<!>" + e), i || (n = /** @type {TemplateNode} */
    oi(n)));
    var s = (
      /** @type {TemplateNode} */
      document.importNode(n, !0)
    );
    if (i) {
      var h = (
        /** @type {TemplateNode} */
        oi(s)
      ), o = (
        /** @type {TemplateNode} */
        Nr(s)
      );
      dt(h, o);
    } else
      dt(s, s);
    return s;
  };
}
// @__NO_SIDE_EFFECTS__
function Co(e, t, i = "svg") {
  var n = !e.startsWith("<!>"), r = `<${i}>${n ? e : "<!>" + e}</${i}>`, s;
  return () => {
    if (!s) {
      var h = (
        /** @type {DocumentFragment} */
        Zr(r)
      ), o = (
        /** @type {Element} */
        oi(h)
      );
      s = /** @type {Element} */
      oi(o);
    }
    var u = (
      /** @type {TemplateNode} */
      ga(s, !0)
    );
    return dt(u, u), u;
  };
}
// @__NO_SIDE_EFFECTS__
function _t(e, t) {
  return /* @__PURE__ */ Co(e, t, "svg");
}
function Ho(e = "") {
  {
    var t = ba(e + "");
    return dt(t, t), t;
  }
}
function wn() {
  var e = ai(), t = va(""), i = ft();
  return tt(e, t), tt(e, i), dt(t, i), e;
}
function Z(e, t) {
  e !== null && ci(
    e,
    /** @type {Node} */
    t
  );
}
class En {
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
    this.anchor = t, this.#r = i, this.#o = Fe;
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
        li(n), this.#n.delete(i);
      else {
        var r = this.#e.get(i);
        r && (li(r.effect), this.#i.set(i, r.effect), this.#e.delete(i), pa(
          /** @type {ChildNode} */
          Nr(r.fragment)
        ), ci(this.anchor, r.fragment), n = r.effect, n.f &= ~Ae);
      }
      this.#a(t);
      for (const [s, h] of this.#i) {
        if (s === i || this.#n.has(s)) continue;
        const o = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var l = ai();
            Dr(h, l), tt(l, ft()), this.#e.set(s, { effect: h, fragment: l });
          } else
            it(h);
          this.#n.delete(s), this.#i.delete(s);
        };
        this.#r || !n ? (this.#n.add(s), gn(h, o, !1)) : o();
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
      i.includes(n) || (it(r.effect), this.#e.delete(n));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, i) {
    var n = (
      /** @type {Batch} */
      ht
    ), r = kr();
    if (i && !this.#i.has(t) && !this.#e.has(t))
      if (r) {
        var s = ai(), h = ft();
        tt(s, h);
        var o = nt(() => i(h));
        o.f |= Ae, n.unskip_new_effect(o), this.#e.set(t, { effect: o, fragment: s });
      } else
        this.#i.set(
          t,
          nt(() => i(this.anchor))
        );
    if (this.#t.set(n, t), r) {
      for (const [u, l] of this.#i)
        u === t ? n.unskip_effect(l) : n.skip_effect(l);
      for (const [u, l] of this.#e)
        u === t ? n.unskip_effect(l.effect) : n.skip_effect(l.effect);
      n.oncommit(this.#s), n.ondiscard(this.#a);
    } else
      this.#s(n);
  }
}
function ye(e, t, i = !1) {
  var n = new En(e), r = i ? bn : 0;
  function s(h, o) {
    n.ensure(h, o);
  }
  di(() => {
    var h = !1;
    t((o, u = 0) => {
      h = !0, s(u, o);
    }), h || s(-1, null);
  }, r);
}
const Ao = /* @__PURE__ */ Symbol("NaN");
function To(e, t, i) {
  var n = new En(e), r = !dn();
  di(() => {
    var s = t();
    s !== s && (s = /** @type {any} */
    Ao), r && s !== null && typeof s == "object" && (s = /** @type {V} */
    {}), n.ensure(s, i);
  });
}
function qr(e) {
  var t, i, n = "";
  if (typeof e == "string" || typeof e == "number") n += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var r = e.length;
    for (t = 0; t < r; t++) e[t] && (i = qr(e[t])) && (n && (n += " "), n += i);
  } else for (i in e) e[i] && (n && (n += " "), n += i);
  return n;
}
function Bo() {
  for (var e, t, i = 0, n = "", r = arguments.length; i < r; i++) (e = arguments[i]) && (t = qr(e)) && (n && (n += " "), n += t);
  return n;
}
function Po(e) {
  return typeof e == "object" ? Bo(e) : e ?? "";
}
const sr = [...` 	
\r\f \v\uFEFF`];
function Io(e, t, i) {
  var n = e == null ? "" : "" + e;
  if (t && (n = n ? n + " " + t : t), i) {
    for (var r of Object.keys(i))
      if (i[r])
        n = n ? n + " " + r : r;
      else if (n.length)
        for (var s = r.length, h = 0; (h = n.indexOf(r, h)) >= 0; ) {
          var o = h + s;
          (h === 0 || sr.includes(n[h - 1])) && (o === n.length || sr.includes(n[o])) ? n = (h === 0 ? "" : n.substring(0, h)) + n.substring(o + 1) : h = o;
        }
  }
  return n === "" ? null : n;
}
function ar(e, t = !1) {
  var i = t ? " !important;" : ";", n = "";
  for (var r of Object.keys(e)) {
    var s = e[r];
    s != null && s !== "" && (n += " " + r + ": " + s + i);
  }
  return n;
}
function Mi(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Lo(e, t) {
  if (t) {
    var i = "", n, r;
    if (Array.isArray(t) ? (n = t[0], r = t[1]) : n = t, e) {
      e = String(e).replaceAll(/\/\*.*?\*\//g, "").trim();
      var s = !1, h = 0, o = !1, u = [];
      n && u.push(...Object.keys(n).map(Mi)), r && u.push(...Object.keys(r).map(Mi));
      var l = 0, c = -1;
      const E = e.length;
      for (var f = 0; f < E; f++) {
        var d = e[f];
        if (o ? d === "/" && e[f - 1] === "*" && (o = !1) : s ? s === d && (s = !1) : d === "/" && e[f + 1] === "*" ? o = !0 : d === '"' || d === "'" ? s = d : d === "(" ? h++ : d === ")" && h--, !o && s === !1 && h === 0) {
          if (d === ":" && c === -1)
            c = f;
          else if (d === ";" || f === E - 1) {
            if (c !== -1) {
              var S = Mi(e.substring(l, c).trim());
              if (!u.includes(S)) {
                d !== ";" && f++;
                var v = e.substring(l, f).trim();
                i += " " + v + ";";
              }
            }
            l = f + 1, c = -1;
          }
        }
      }
    }
    return n && (i += ar(n)), r && (i += ar(r, !0)), i = i.trim(), i === "" ? null : i;
  }
  return e == null ? null : String(e);
}
function Oo(e, t) {
  return t;
}
function Mo(e, t, i) {
  for (var n = [], r = t.length, s, h = 0; h < r; h++) {
    let c = t[h];
    gn(
      c,
      () => {
        if (s) {
          if (s.pending.delete(c), s.done.add(c), s.pending.size === 0) {
            var f = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            Ki(e, _n(s.done)), f.delete(s), f.size === 0 && (e.outrogroups = null);
          }
        } else
          n.push(c);
      },
      !1
    );
  }
  if (n.length === r) {
    var o = i !== null && e.pending.size === 0;
    if (o) {
      var u = (
        /** @type {Element} */
        i
      ), l = (
        /** @type {Element} */
        Sa(u)
      );
      Ca(l), tt(l, u), e.items.clear();
    }
    Ki(e, t, !o);
  } else {
    s = {
      pending: new Set(t),
      done: new Set(n)
    };
    for (const c of n)
      s.pending.delete(c);
    (e.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
  }
}
function Jr(e) {
  var t = /* @__PURE__ */ new Set();
  for (const i of e.pending.values())
    for (const n of i)
      t.add(
        /** @type {EachItem} */
        e.items.get(n).e
      );
  return t;
}
function Ki(e, t, i = !0) {
  for (var n = e.pending.size > 0 ? Jr(e) : void 0, r = 0; r < t.length; r++) {
    var s = t[r];
    if (n?.has(s)) {
      s.f |= Ae;
      const h = ai();
      Dr(s, h), s !== e.effect.last && (Oe(e, s.prev, s.next), Oe(e, e.effect.last, s), Oe(e, s, null));
    } else
      it(t[r], i);
  }
}
function Ro(e, t) {
  if (e.outrogroups !== null) {
    for (const i of e.outrogroups)
      if (i.pending.has(t) || i.done.has(t)) return !0;
  }
  return !1;
}
var or = /* @__PURE__ */ new WeakMap(), lr = {};
function hr() {
  var e = or.get(lr);
  if (e) return e;
  var t = ft();
  return or.set(lr, t), t;
}
function No(e, t, i, n, r, s = null) {
  var h = e, o = /* @__PURE__ */ new Map();
  {
    var u = (
      /** @type {Element} */
      e
    );
    h = /** @type {Text} */
    tt(u, ft());
  }
  var l = null, c = Se(() => {
    var m = i();
    return (
      /** @type {V[]} */
      rt(m) ? m : m == null ? [] : _n(m)
    );
  }), f = /* @__PURE__ */ new Map(), d = !0;
  function S(m) {
    if ((p.effect.f & Zi) === 0) {
      p.pending.delete(m);
      var y = a(c);
      p.fallback = l, Do(p, y, h, t, n), l !== null && (y.length === 0 ? (l.f & Ae) === 0 ? li(l) : (l.f ^= Ae, At(l, null, h)) : gn(l, () => {
        l = null;
      })), E();
    }
  }
  function v(m) {
    p.pending.delete(m), (p.effect.f & Zi) === 0 && E();
  }
  function E() {
    for (var m, y = p.effect.last; y !== null; ) {
      var P = y.prev;
      if ((y.f & vn) !== 0 && y !== l) {
        if ((y.f & Ae) === 0) break;
        m ??= Jr(p), !m.has(y) && !Ro(p, y) && it(y);
      }
      y = P;
    }
  }
  var L = di(() => {
    for (var m = (
      /** @type {V[]} */
      a(c)
    ), y = m.length, P = /* @__PURE__ */ new Set(), x = (
      /** @type {Batch} */
      ht
    ), b = kr(), C = 0; C < y; C += 1) {
      var I = m[C], T = n(I, C), R = d ? null : o.get(T);
      R ? (R.v && hi(R.v, I), R.i && hi(R.i, C), b && x.unskip_effect(R.e)) : (R = ko(
        o,
        d ? h : hr(),
        I,
        T,
        C,
        r,
        t,
        i
      ), d || (R.e.f |= Ae, b && x.unskip_new_effect(R.e)), o.set(T, R)), P.add(T);
    }
    if (y === 0 && s && !l && (d ? l = nt(() => s(h)) : (l = nt(() => s(hr())), l.f |= Ae, b && x.unskip_new_effect(l))), b && l !== null && (y === 0 ? x.unskip_effect(l) : x.skip_effect(l)), y > P.size && xa(), !d)
      if (f.set(x, P), b) {
        for (const [O, N] of o)
          P.has(O) || x.skip_effect(N.e);
        x.oncommit(S), x.ondiscard(v);
      } else
        S(x);
    a(c);
  }), p = { effect: L, flags: t, items: o, pending: f, outrogroups: null, fallback: l };
  d = !1;
}
function Ct(e) {
  for (; e !== null && (e.f & vn) === 0; )
    e = e.next;
  return e;
}
function Do(e, t, i, n, r) {
  var s = t.length, h = e.items, o = Ct(e.effect.first), u, l = null, c = [], f = [], d, S, v, E;
  for (E = 0; E < s; E += 1) {
    if (d = t[E], S = r(d, E), v = /** @type {EachItem} */
    h.get(S).e, e.outrogroups !== null)
      for (const I of e.outrogroups)
        I.pending.delete(v), I.done.delete(v);
    if ((v.f & Li) !== 0 && li(v), (v.f & Ae) !== 0)
      if (v.f ^= Ae, v === o)
        At(v, null, i);
      else {
        var L = l ? l.next : o;
        v === e.effect.last && (e.effect.last = v.prev), v.prev && (v.prev.next = v.next), v.next && (v.next.prev = v.prev), Oe(e, l, v), Oe(e, v, L), At(v, L, i), l = v, c = [], f = [], o = Ct(l.next);
        continue;
      }
    if (v !== o) {
      if (u !== void 0 && u.has(v)) {
        if (c.length < f.length) {
          var p = f[0], m;
          l = p.prev;
          var y = c[0], P = c[c.length - 1];
          for (m = 0; m < c.length; m += 1)
            At(c[m], p, i);
          for (m = 0; m < f.length; m += 1)
            u.delete(f[m]);
          Oe(e, y.prev, P.next), Oe(e, l, y), Oe(e, P, p), o = p, l = P, E -= 1, c = [], f = [];
        } else
          u.delete(v), At(v, o, i), Oe(e, v.prev, v.next), Oe(e, v, l === null ? e.effect.first : l.next), Oe(e, l, v), l = v;
        continue;
      }
      for (c = [], f = []; o !== null && o !== v; )
        (u ??= /* @__PURE__ */ new Set()).add(o), f.push(o), o = Ct(o.next);
      if (o === null)
        continue;
    }
    (v.f & Ae) === 0 && c.push(v), l = v, o = Ct(v.next);
  }
  if (e.outrogroups !== null) {
    for (const I of e.outrogroups)
      I.pending.size === 0 && (Ki(e, _n(I.done)), e.outrogroups?.delete(I));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (o !== null || u !== void 0) {
    var x = [];
    if (u !== void 0)
      for (v of u)
        (v.f & Li) === 0 && x.push(v);
    for (; o !== null; )
      (o.f & Li) === 0 && o !== e.fallback && x.push(o), o = Ct(o.next);
    var b = x.length;
    if (b > 0) {
      var C = s === 0 ? i : null;
      Mo(e, x, C);
    }
  }
}
function ko(e, t, i, n, r, s, h, o) {
  var u = (h & wa) !== 0 ? (h & Ea) === 0 ? /* @__PURE__ */ U(i, !1, !1) : It(i) : null, l = (h & ya) !== 0 ? It(r) : null;
  return {
    v: u,
    i: l,
    e: nt(() => (s(t, u ?? i, l ?? r, o), () => {
      e.delete(n);
    }))
  };
}
function At(e, t, i) {
  if (e.nodes)
    for (var n = e.nodes.start, r = e.nodes.end, s = t && (t.f & Ae) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : i; n !== null; ) {
      var h = (
        /** @type {TemplateNode} */
        Ha(n)
      );
      if (ci(s, n), n === r)
        return;
      n = h;
    }
}
function Oe(e, t, i) {
  t === null ? e.effect.first = i : t.next = i, i === null ? e.effect.last = t : i.prev = t;
}
function Ot(e, t, i, n, r, s) {
  if (t.$$host?.$$shadowRoot) {
    const u = mn("slot");
    Z(e, u);
    return;
  }
  var h = t.$$slots?.[i], o = !1;
  h === !0 && (h = t.children, o = !0), h === void 0 || h(e, o ? () => n : n);
}
const Uo = () => performance.now(), ze = {
  // don't access requestAnimationFrame eagerly outside method
  // this allows basic testing of user code without JSDOM
  // bunder will eval and remove ternary when the user's app is built
  tick: (
    /** @param {any} _ */
    (e) => requestAnimationFrame(e)
  ),
  now: () => Uo(),
  tasks: /* @__PURE__ */ new Set()
};
function Kr() {
  const e = ze.now();
  ze.tasks.forEach((t) => {
    t.c(e) || (ze.tasks.delete(t), t.f());
  }), ze.tasks.size !== 0 && ze.tick(Kr);
}
function zo(e) {
  let t;
  return ze.tasks.size === 0 && ze.tick(Kr), {
    promise: new Promise((i) => {
      ze.tasks.add(t = { c: e, f: i });
    }),
    abort() {
      ze.tasks.delete(t);
    }
  };
}
function qt(e, t) {
  pn(() => {
    e.dispatchEvent(new CustomEvent(t));
  });
}
function Go(e) {
  if (e === "float") return "cssFloat";
  if (e === "offset") return "cssOffset";
  if (e.startsWith("--")) return e;
  const t = e.split("-");
  return t.length === 1 ? t[0] : t[0] + t.slice(1).map(
    /** @param {any} word */
    (i) => i[0].toUpperCase() + i.slice(1)
  ).join("");
}
function Ri(e) {
  const t = {}, i = e.split(";");
  for (const n of i) {
    const [r, s] = n.split(":");
    if (!r || s === void 0) break;
    const h = Go(r.trim());
    t[h] = s.trim();
  }
  return t;
}
const Fo = (e) => e;
function Xo(e, t, i, n) {
  var r = (e & Ba) !== 0, s = "both", h, o = t.inert, u = t.style.overflow, l, c;
  function f() {
    return pn(() => h ??= i()(t, n?.() ?? /** @type {P} */
    {}, {
      direction: s
    }));
  }
  var d = {
    is_global: r,
    in() {
      t.inert = o, l = Qi(
        t,
        f(),
        c,
        1,
        () => {
          qt(t, "introstart");
        },
        () => {
          qt(t, "introend"), l?.abort(), l = h = void 0, t.style.overflow = u;
        }
      );
    },
    out(L) {
      t.inert = !0, c = Qi(
        t,
        f(),
        l,
        0,
        () => {
          qt(t, "outrostart");
        },
        () => {
          qt(t, "outroend"), L?.();
        }
      );
    },
    stop: () => {
      l?.abort(), c?.abort();
    }
  }, S = (
    /** @type {Effect & { nodes: EffectNodes }} */
    Me
  );
  if ((S.nodes.t ??= []).push(d), Aa) {
    var v = r;
    if (!v) {
      for (var E = (
        /** @type {Effect | null} */
        S.parent
      ); E && (E.f & bn) !== 0; )
        for (; (E = E.parent) && (E.f & Rr) === 0; )
          ;
      v = !E || (E.f & Ta) !== 0;
    }
    v && vi(() => {
      K(() => d.in());
    });
  }
}
function Qi(e, t, i, n, r, s) {
  var h = n === 1, o = !1;
  if (Pa(t)) {
    var u;
    return Qn(() => {
      if (!o) {
        var m = t({ direction: h ? "in" : "out" });
        u = Qi(e, m, i, n, r, s);
      }
    }), {
      abort: () => {
        o = !0, u?.abort();
      },
      deactivate: () => u?.deactivate(),
      reset: () => u?.reset(),
      t: () => u?.t() ?? 1 - n
    };
  }
  i?.deactivate();
  const { delay: l = 0, duration: c = 0, css: f, tick: d, easing: S = Fo } = t ?? {};
  var v, E = () => 1 - n;
  function L() {
    E = () => n, d?.(n, 1 - n), s();
  }
  function p() {
    r();
    var m = i?.t() ?? 1 - n;
    i?.abort();
    var y = n - m, P = c * Math.abs(y);
    if (!P) {
      if (f && !h) {
        var x = Ri(f(n, 1 - n));
        v = e.animate([x], { duration: 0, fill: "forwards" });
      }
      L();
      return;
    }
    var b = [], C = !1;
    if (f)
      for (var I = Math.ceil(P / 16.666666666666668), T = 0; T <= I; T += 1) {
        var R = m + y * S(T / I), O = Ri(f(R, 1 - R));
        b.push(O), C ||= O.overflow === "hidden";
      }
    C && (e.style.overflow = "hidden"), E = () => {
      var N = (
        /** @type {number} */
        /** @type {globalThis.Animation} */
        v.currentTime
      );
      return m + y * S(N / P);
    }, d && zo(() => {
      if (v.playState !== "running") return !1;
      var N = E();
      return d(N, 1 - N), !0;
    }), v = e.animate(b, { duration: P, fill: "forwards" }), v.onfinish = L;
  }
  return !c && !l ? p() : Qn(() => {
    if (!o) {
      var m = [];
      if (h && i === void 0 && (d && d(0, 1), f)) {
        var y = Ri(f(0, 1));
        m.push(y, y);
      }
      v = e.animate(m, { duration: l, fill: "forwards" }), v.onfinish = () => {
        v.cancel(), p();
      };
    }
  }), {
    abort: () => {
      o = !0, v && (v.cancel(), v.effect = null, v.onfinish = Ve);
    },
    deactivate: () => {
      s = Ve;
    },
    reset: () => {
      n === 0 && d?.(1, 0);
    },
    t: () => E()
  };
}
function Wo(e, t, i, n, r, s) {
  var h = null, o = (
    /** @type {TemplateNode} */
    e
  ), u = new En(o, !1);
  di(() => {
    const l = t() || null;
    var c = l === "svg" ? La : void 0;
    if (l === null) {
      u.ensure(null, null), jt(!0);
      return;
    }
    return u.ensure(l, (f) => {
      if (l) {
        var d = po;
        if (h = mn(l, c), dt(h, h), n) {
          var S = null, v = (
            /** @type {Text} */
            tt(h, ft())
          );
          n(h, v), S && Ia(h, S);
        }
        Me.nodes.end = h, d || ci(f, h);
      }
    }), jt(!0), () => {
      l && jt(!1);
    };
  }, bn), Ur(() => {
    jt(!0);
  });
}
function Yo(e, t) {
  var i = void 0, n;
  zr(() => {
    i !== (i = t()) && (n && (it(n), n = null), i && (n = nt(() => {
      vi(() => (
        /** @type {(node: Element) => void} */
        i(e)
      ));
    })));
  });
}
function Re(e, t, i, n, r, s) {
  var h = (
    /** @type {any} */
    e[$n]
  );
  if (h !== i || h === void 0 || // for edge case of `class={undefined}`
  // custom renderers only deal in attributes, so rather than toggling individual classes
  // (which would mean editing the `class` attribute), always set the whole thing
  Gr) {
    var o = Io(i, n, s);
    o == null ? et(e, "class") : t ? e.className = o : xn(e, "class", o), e[$n] = i;
  } else if (s && r !== s)
    for (var u in s) {
      var l = !!s[u];
      (r == null || l !== !!r[u]) && Oa(
        /** @type {HTMLElement} */
        e,
        u,
        l
      );
    }
  return s;
}
function Ni(e, t = {}, i, n) {
  for (var r in i) {
    var s = i[r];
    t[r] !== s && (i[r] == null ? Ra(
      /** @type {HTMLElement} */
      e,
      r
    ) : Na(
      /** @type {HTMLElement} */
      e,
      r,
      s,
      n
    ));
  }
}
function _i(e, t, i, n) {
  var r = (
    /** @type {any} */
    e[er]
  );
  if (r !== t || Gr) {
    var s = Lo(t, n);
    s == null ? et(e, "style") : Ma(
      /** @type {HTMLElement} */
      e,
      s
    ), e[er] = t;
  } else n && (Array.isArray(n) ? (Ni(e, i?.[0], n[0]), Ni(e, i?.[1], n[1], "important")) : Ni(e, i, n));
  return n;
}
function Qr(e, t) {
  t ? Fr(e, "selected") || xn(e, "selected", "") : et(e, "selected");
}
function ur(e, t) {
  var i = !("__defaultValue" in e);
  !i && e.__defaultValue === t || (e.__defaultValue = t, $r(e, !i || "__value" in e));
}
function $r(e, t) {
  var i = e.__defaultValue, n = e.multiple, r = n ? i ?? [] : null;
  if (!(n && !rt(r))) {
    var s = e.selectedIndex, h = t && n ? new Set(e.selectedOptions) : null;
    for (var o of e.options) {
      var u = en(o);
      Qr(
        o,
        n ? (
          /** @type {any[]} */
          r.includes(u)
        ) : jr(u, i)
      );
    }
    if (t)
      if (h !== null)
        for (o of e.options) {
          var l = h.has(o);
          o.selected !== l && (o.selected = l);
        }
      else e.selectedIndex !== s && (e.selectedIndex = s);
  }
}
function $i(e, t, i = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!rt(t))
      return Da();
    for (var n of e.options)
      n.selected = t.includes(en(n));
    return;
  }
  for (n of e.options) {
    var r = en(n);
    if (jr(r, t)) {
      n.selected = !0;
      return;
    }
  }
  (!i || t !== void 0) && (e.selectedIndex = -1);
}
function Vo(e) {
  var t = new MutationObserver((i) => {
    i.every(jo) || ("__defaultValue" in e && $r(e, !1), "__value" in e && $i(e, e.__value));
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
  }), Ur(() => {
    t.disconnect();
  });
}
function en(e) {
  return "__value" in e ? e.__value : e.value;
}
function jo(e) {
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
const Qe = /* @__PURE__ */ Symbol("class"), lt = /* @__PURE__ */ Symbol("style"), es = /* @__PURE__ */ Symbol("is custom element"), ts = /* @__PURE__ */ Symbol("is html"), Zo = mi ? "input" : "INPUT", qo = mi ? "option" : "OPTION", is = mi ? "select" : "SELECT", Jo = mi ? "progress" : "PROGRESS";
function Be(e, t, i, n) {
  var r = rs(e), s = r[t];
  s !== (r[t] = i) && (t === "loading" && (e[Ga] = i), i == null ? et(e, t) : typeof i != "string" && ss(e).has(t) ? e[t] = i : xn(e, t, i));
}
function Ko(e, t, i, n, r = !1, s = !1) {
  var h = rs(e), o = h[es], u = !h[ts], l = t || {}, c = ut(e) === qo, f = ut(e) === is;
  for (var d in t)
    !(d in i) && d[0] + d[1] !== "$$" && (i[d] = null);
  i.class ? i.class = Po(i.class) : (n || i[Qe]) && (i.class = null), i[lt] && (i.style ??= null);
  var S = ss(e);
  if (
    // the following logic only makes sense in a DOM environment
    Fe == null && ut(e) === Zo && "type" in i && ("value" in i || "__value" in i)
  ) {
    var v = i.type;
    (v !== l.type || v === void 0 && e.hasAttribute("type")) && (l.type = v, Be(e, "type", v, s));
  }
  for (const x in i) {
    let b = i[x];
    if (c && x === "value" && b == null) {
      e.value = e.__value = "", l[x] = b;
      continue;
    }
    if (x === "class") {
      var E = Fe == null && e.namespaceURI === Xr;
      Re(e, E, b, n, t?.[Qe], i[Qe]), l[x] = b, l[Qe] = i[Qe];
      continue;
    }
    if (x === "style") {
      _i(e, b, t?.[lt], i[lt]), l[x] = b, l[lt] = i[lt];
      continue;
    }
    var L = l[x];
    if (!(b === L && !(b === void 0 && Fr(e, x)))) {
      l[x] = b;
      var p = x[0] + x[1];
      if (p !== "$$" && !(p !== "on" && x.length > 2 && p.toLowerCase() === "on"))
        if (p === "on") {
          const C = {}, I = "$$" + x;
          let T = x.slice(2);
          var m = Fe == null && Wa(T);
          if (Ya(T) && (T = T.slice(0, -7), C.capture = !0), !m && L) {
            if (b != null) continue;
            Va(e, T, l[I], C), l[I] = null;
          }
          if (m)
            ii(T, e, b), gi([T]);
          else if (b != null) {
            let R = function(...O) {
              l[x].apply(this, O);
            };
            l[I] = ja(T, e, R, C);
          }
        } else if (x === "style")
          Be(e, x, b);
        else if (x === "autofocus")
          Fe == null && Za(
            /** @type {HTMLElement} */
            e,
            !!b
          );
        else if (!o && (x === "__value" || x === "value" && b != null))
          e.__value = b, (L == null || // @ts-ignore
          e.value !== b || b === 0 && e.nodeName === Jo) && tr(e, b);
        else if (x === "selected" && c)
          Qr(
            /** @type {HTMLOptionElement} */
            e,
            b
          );
        else {
          var y = x;
          u || (y = qa(y));
          var P = y === "defaultValue" || y === "defaultChecked";
          if (f && y === "defaultValue") continue;
          if (b == null && !o && !P)
            if (h[x] = null, (y === "value" || y === "checked") && Fe == null) {
              let C = (
                /** @type {HTMLInputElement} */
                e
              );
              const I = t === void 0;
              if (y === "value") {
                let T = C.defaultValue;
                et(C, y), Ja(C, T), tr(C, C.__value = I ? T : null);
              } else {
                let T = C.defaultChecked;
                et(C, y), Ka(C, T), Qa(C, I ? T : !1);
              }
            } else
              et(e, x), y === "value" && (e.__value = null);
          else P && Fe != null || (P || (o || typeof b != "string") && S.has(y) ? (e[y] = b, y in h && (h[y] = xe)) : (Fe != null || typeof b != "function") && Be(e, y, b, s));
        }
    }
  }
  return l;
}
function ns(e, t, i = [], n = [], r = [], s, h = !1, o = !1) {
  za(r, i, n, (u) => {
    var l = void 0, c = {}, f = ut(e) === is, d = !1;
    if (zr(() => {
      var v = t(...u.map(a)), E = Ko(
        e,
        l,
        v,
        s,
        h,
        o
      );
      if (d && f) {
        var L = (
          /** @type {HTMLSelectElement} */
          e
        );
        "defaultValue" in v && ur(L, v.defaultValue), "value" in v && $i(L, v.value);
      }
      for (let m of Object.getOwnPropertySymbols(c))
        v[m] || it(c[m]);
      for (let m of Object.getOwnPropertySymbols(v)) {
        var p = v[m];
        m.description === Fa && (!l || p !== l[m]) && (c[m] && it(c[m]), c[m] = nt(() => Yo(e, () => p))), E[m] = p;
      }
      l = E;
    }), f) {
      var S = (
        /** @type {HTMLSelectElement} */
        e
      );
      vi(() => {
        var v = (
          /** @type {Record<string | symbol, any>} */
          l
        );
        "defaultValue" in v && ur(S, v.defaultValue), $i(S, v.value, !0), Vo(S);
      });
    }
    d = !0;
  });
}
function rs(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    e[ka] ??= {
      [es]: ut(e).includes("-"),
      [ts]: e.namespaceURI === Xr
    }
  );
}
var fr = /* @__PURE__ */ new Map();
function ss(e) {
  var t = Ua(e, "is"), i = t || ut(e), n = fr.get(i);
  if (n) return n;
  n = /* @__PURE__ */ new Set(), (!customElements || !(t || i.includes("-")) || customElements.get(t || i.toLowerCase())) && fr.set(i, n);
  for (var r, s = e, h = Element.prototype; h !== s; ) {
    r = Xa(s);
    for (var o in r)
      r[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && n.add(o);
    s = fn(s);
  }
  return n;
}
function Qo(e, t, i = t) {
  var n = /* @__PURE__ */ new WeakSet();
  $a(e, "input", async (r) => {
    var s = r ? e.defaultValue : e.value;
    if (s = Di(e) ? ki(s) : s, i(s), ht !== null && n.add(ht), await eo(), s !== (s = t())) {
      var h = e.selectionStart, o = e.selectionEnd, u = e.value.length;
      if (e.value = s ?? "", o !== null) {
        var l = e.value.length;
        h === o && o === u && l > u ? (e.selectionStart = l, e.selectionEnd = l) : (e.selectionStart = h, e.selectionEnd = Math.min(o, l));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  K(t) == null && e.value && (i(Di(e) ? ki(e.value) : e.value), ht !== null && n.add(ht)), Wr(() => {
    var r = t();
    e === document.activeElement && n.has(
      /** @type {Batch} */
      to
    ) || Di(e) && r === ki(e.value) || e.type === "date" && !r && !e.value || r !== e.value && (e.value = r ?? "");
  });
}
function Di(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function ki(e) {
  return e === "" ? null : +e;
}
function Ui(e, t) {
  return e === t || e?.[$e] === t;
}
function je(e = io(), t, i, n) {
  var r = (
    /** @type {ComponentContext} */
    Te.r
  ), s = (
    /** @type {Effect} */
    Me
  );
  return vi(() => {
    var h, o;
    return Wr(() => {
      h = o, o = [], K(() => {
        Ui(i(...o), e) || (t(e, ...o), h && Ui(i(...h), e) && t(null, ...h));
      });
    }), () => {
      let u = s;
      for (; u !== r && u.parent !== null && u.parent.f & no; )
        u = u.parent;
      const l = () => {
        o && Ui(i(...o), e) && t(null, ...o);
      }, c = u.teardown;
      u.teardown = () => {
        l(), c?.();
      };
    };
  }), e;
}
function $o(e, t) {
  ro(window, ["resize"], () => pn(() => t(window[e])));
}
function el(e) {
  return function(...t) {
    var i = (
      /** @type {Event} */
      t[0]
    );
    return i.preventDefault(), e?.apply(this, t);
  };
}
function Ze(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    Te
  ), i = t.l.u;
  if (!i) return;
  let n = () => j(t.s);
  if (e) {
    let r = 0, s = (
      /** @type {Record<string, any>} */
      {}
    );
    const h = Ji(() => {
      let o = !1;
      const u = t.s;
      for (const l in u)
        u[l] !== s[l] && (s[l] = u[l], o = !0);
      return o && r++, r;
    });
    n = () => a(h);
  }
  i.b.length && so(() => {
    cr(t, n), qi(i.b);
  }), ct(() => {
    const r = K(() => i.m.map(ao));
    return () => {
      for (const s of r)
        typeof s == "function" && s();
    };
  }), i.a.length && ct(() => {
    cr(t, n), qi(i.a);
  });
}
function cr(e, t) {
  if (e.l.s)
    for (const i of e.l.s) a(i);
  t();
}
function tl(e, t) {
  var i = (
    /** @type {Record<string, Function[] | Function>} */
    e.$$events?.[t.type]
  ), n = rt(i) ? i.slice() : i == null ? [] : [i];
  for (var r of n)
    r.call(this, t);
}
function il(e, t, i) {
  if (e == null)
    return t(void 0), i && i(void 0), Ve;
  const n = K(
    () => e.subscribe(
      t,
      // @ts-expect-error
      i
    )
  );
  return n.unsubscribe ? () => n.unsubscribe() : n;
}
const ot = [];
function nl(e, t) {
  return {
    subscribe: pi(e, t).subscribe
  };
}
function pi(e, t = Ve) {
  let i = null;
  const n = /* @__PURE__ */ new Set();
  function r(o) {
    if (oo(e, o) && (e = o, i)) {
      const u = !ot.length;
      for (const l of n)
        l[1](), ot.push(l, e);
      if (u) {
        for (let l = 0; l < ot.length; l += 2)
          ot[l][0](ot[l + 1]);
        ot.length = 0;
      }
    }
  }
  function s(o) {
    r(o(
      /** @type {T} */
      e
    ));
  }
  function h(o, u = Ve) {
    const l = [o, u];
    return n.add(l), n.size === 1 && (i = t(r, s) || Ve), o(
      /** @type {T} */
      e
    ), () => {
      n.delete(l), n.size === 0 && i && (i(), i = null);
    };
  }
  return { set: r, update: s, subscribe: h };
}
function pt(e, t, i) {
  const n = !Array.isArray(e), r = n ? [e] : e;
  if (!r.every(Boolean))
    throw new Error("derived() expects stores as input, got a falsy value");
  const s = t.length < 2;
  return nl(i, (h, o) => {
    let u = !1;
    const l = [];
    let c = 0, f = Ve;
    const d = () => {
      if (c)
        return;
      f();
      const v = t(n ? l[0] : l, h, o);
      s ? h(v) : f = typeof v == "function" ? v : Ve;
    }, S = r.map(
      (v, E) => il(
        v,
        (L) => {
          l[E] = L, c &= ~(1 << E), u && d();
        },
        () => {
          c |= 1 << E;
        }
      )
    );
    return u = !0, d(), function() {
      qi(S), f(), u = !1;
    };
  });
}
let Jt = !1;
function rl(e) {
  var t = Jt;
  try {
    return Jt = !1, [e(), Jt];
  } finally {
    Jt = t;
  }
}
const sl = {
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
function al(e, t, i) {
  return new Proxy({ props: e, exclude: t }, sl);
}
const ol = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return a(e.version), t in e.special ? e.special[t]() : e.props[t];
  },
  set(e, t, i) {
    if (!(t in e.special)) {
      var n = Me;
      try {
        ir(e.parent_effect), e.special[t] = _(
          {
            get [t]() {
              return e.props[t];
            }
          },
          /** @type {string} */
          t,
          Yr
        );
      } finally {
        ir(n);
      }
    }
    return e.special[t](i), nr(e.version), !0;
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
    return e.exclude.includes(t) || (e.exclude.push(t), nr(e.version)), !0;
  },
  has(e, t) {
    return e.exclude.includes(t) ? !1 : t in e.props;
  },
  ownKeys(e) {
    return Reflect.ownKeys(e.props).filter((t) => !e.exclude.includes(t));
  }
};
function dr(e, t) {
  return new Proxy(
    {
      props: e,
      exclude: t,
      special: {},
      version: It(0),
      // TODO this is only necessary because we need to track component
      // destruction inside `prop`, because of `bind:this`, but it
      // seems likely that we can simplify `bind:this` instead
      parent_effect: (
        /** @type {Effect} */
        Me
      )
    },
    ol
  );
}
function _(e, t, i, n) {
  var r = !cn || (i & uo) !== 0, s = (i & ho) !== 0, h = (i & co) !== 0, o = (
    /** @type {V} */
    n
  ), u = !0, l = (
    /** @type {Derived<V> | undefined} */
    void 0
  ), c = () => h && r ? (l ??= Ji(
    /** @type {() => V} */
    n
  ), a(l)) : (u && (u = !1, o = h ? K(
    /** @type {() => V} */
    n
  ) : (
    /** @type {V} */
    n
  )), o);
  let f;
  if (s) {
    var d = $e in e || vo in e;
    f = ti(e, t)?.set ?? (d && t in e ? (P) => e[t] = P : void 0);
  }
  var S, v = !1;
  s ? [S, v] = rl(() => (
    /** @type {V} */
    e[t]
  )) : S = /** @type {V} */
  e[t], S === void 0 && n !== void 0 && (S = c(), f && (r && lo(), f(S)));
  var E;
  if (r ? E = () => {
    var P = (
      /** @type {V} */
      e[t]
    );
    return P === void 0 ? c() : (u = !0, P);
  } : E = () => {
    var P = (
      /** @type {V} */
      e[t]
    );
    return P !== void 0 && (o = /** @type {V} */
    void 0), P === void 0 ? o : P;
  }, r && (i & Yr) === 0)
    return E;
  if (f) {
    var L = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(P, x) {
        return arguments.length > 0 ? ((!r || !x || L || v) && f(x ? E() : P), P) : E();
      })
    );
  }
  var p = !1, m = ((i & fo) !== 0 ? Ji : Se)(() => (p = !1, E()));
  s && a(m);
  var y = (
    /** @type {Effect} */
    Me
  );
  return (
    /** @type {() => V} */
    (function(P, x) {
      if (arguments.length > 0) {
        const b = x ? a(m) : r && s ? We(P) : P;
        return w(m, b), p = !0, o !== void 0 && (o = b), P;
      }
      return Mr && p || (y.f & Zi) !== 0 ? m.v : a(m);
    })
  );
}
function Sn(e) {
  Te === null && yn(), cn && Te.l !== null ? as(Te).m.push(e) : ct(() => {
    const t = K(e);
    if (typeof t == "function") return (
      /** @type {() => void} */
      t
    );
  });
}
function ll(e, t, { bubbles: i = !1, cancelable: n = !1 } = {}) {
  return new CustomEvent(e, { detail: t, bubbles: i, cancelable: n });
}
function xt() {
  const e = Te;
  return e === null && yn(), (t, i, n) => {
    const r = (
      /** @type {Record<string, Function | Function[]>} */
      e.s.$$events?.[
        /** @type {string} */
        t
      ]
    );
    if (r) {
      const s = rt(r) ? r.slice() : [r], h = ll(
        /** @type {string} */
        t,
        i,
        n
      );
      for (const o of s)
        o.call(e.x, h);
      return !h.defaultPrevented;
    }
    return !0;
  };
}
function hl(e) {
  Te === null && yn(), Te.l === null && mo(), as(Te).a.push(e);
}
function as(e) {
  var t = (
    /** @type {ComponentContextLegacy} */
    e.l
  );
  return t.u ??= { a: [], b: [], m: [] };
}
go();
const ul = [
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
], vr = {
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
ul.reduce((e, { color: t, primary: i, secondary: n }) => ({
  ...e,
  [t]: {
    primary: vr[t][i],
    secondary: vr[t][n]
  }
}), {});
function fl(e) {
  return e && e.__esModule && Object.prototype.hasOwnProperty.call(e, "default") ? e.default : e;
}
var zi, mr;
function cl() {
  if (mr) return zi;
  mr = 1;
  var e = function(m) {
    return t(m) && !i(m);
  };
  function t(p) {
    return !!p && typeof p == "object";
  }
  function i(p) {
    var m = Object.prototype.toString.call(p);
    return m === "[object RegExp]" || m === "[object Date]" || s(p);
  }
  var n = typeof Symbol == "function" && Symbol.for, r = n ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
  function s(p) {
    return p.$$typeof === r;
  }
  function h(p) {
    return Array.isArray(p) ? [] : {};
  }
  function o(p, m) {
    return m.clone !== !1 && m.isMergeableObject(p) ? E(h(p), p, m) : p;
  }
  function u(p, m, y) {
    return p.concat(m).map(function(P) {
      return o(P, y);
    });
  }
  function l(p, m) {
    if (!m.customMerge)
      return E;
    var y = m.customMerge(p);
    return typeof y == "function" ? y : E;
  }
  function c(p) {
    return Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(p).filter(function(m) {
      return Object.propertyIsEnumerable.call(p, m);
    }) : [];
  }
  function f(p) {
    return Object.keys(p).concat(c(p));
  }
  function d(p, m) {
    try {
      return m in p;
    } catch {
      return !1;
    }
  }
  function S(p, m) {
    return d(p, m) && !(Object.hasOwnProperty.call(p, m) && Object.propertyIsEnumerable.call(p, m));
  }
  function v(p, m, y) {
    var P = {};
    return y.isMergeableObject(p) && f(p).forEach(function(x) {
      P[x] = o(p[x], y);
    }), f(m).forEach(function(x) {
      S(p, x) || (d(p, x) && y.isMergeableObject(m[x]) ? P[x] = l(x, y)(p[x], m[x], y) : P[x] = o(m[x], y));
    }), P;
  }
  function E(p, m, y) {
    y = y || {}, y.arrayMerge = y.arrayMerge || u, y.isMergeableObject = y.isMergeableObject || e, y.cloneUnlessOtherwiseSpecified = o;
    var P = Array.isArray(m), x = Array.isArray(p), b = P === x;
    return b ? P ? y.arrayMerge(p, m, y) : v(p, m, y) : o(m, y);
  }
  E.all = function(m, y) {
    if (!Array.isArray(m))
      throw new Error("first argument should be an array");
    return m.reduce(function(P, x) {
      return E(P, x, y);
    }, {});
  };
  var L = E;
  return zi = L, zi;
}
var dl = cl();
const vl = /* @__PURE__ */ fl(dl);
var tn = function(e, t) {
  return tn = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(i, n) {
    i.__proto__ = n;
  } || function(i, n) {
    for (var r in n) Object.prototype.hasOwnProperty.call(n, r) && (i[r] = n[r]);
  }, tn(e, t);
};
function xi(e, t) {
  if (typeof t != "function" && t !== null)
    throw new TypeError("Class extends value " + String(t) + " is not a constructor or null");
  tn(e, t);
  function i() {
    this.constructor = e;
  }
  e.prototype = t === null ? Object.create(t) : (i.prototype = t.prototype, new i());
}
var V = function() {
  return V = Object.assign || function(t) {
    for (var i, n = 1, r = arguments.length; n < r; n++) {
      i = arguments[n];
      for (var s in i) Object.prototype.hasOwnProperty.call(i, s) && (t[s] = i[s]);
    }
    return t;
  }, V.apply(this, arguments);
};
function ml(e, t) {
  var i = {};
  for (var n in e) Object.prototype.hasOwnProperty.call(e, n) && t.indexOf(n) < 0 && (i[n] = e[n]);
  if (e != null && typeof Object.getOwnPropertySymbols == "function")
    for (var r = 0, n = Object.getOwnPropertySymbols(e); r < n.length; r++)
      t.indexOf(n[r]) < 0 && Object.prototype.propertyIsEnumerable.call(e, n[r]) && (i[n[r]] = e[n[r]]);
  return i;
}
function Gi(e, t, i) {
  if (i || arguments.length === 2) for (var n = 0, r = t.length, s; n < r; n++)
    (s || !(n in t)) && (s || (s = Array.prototype.slice.call(t, 0, n)), s[n] = t[n]);
  return e.concat(s || Array.prototype.slice.call(t));
}
function Fi(e, t) {
  var i = t && t.cache ? t.cache : wl, n = t && t.serializer ? t.serializer : xl, r = t && t.strategy ? t.strategy : _l;
  return r(e, {
    cache: i,
    serializer: n
  });
}
function gl(e) {
  return e == null || typeof e == "number" || typeof e == "boolean";
}
function bl(e, t, i, n) {
  var r = gl(n) ? n : i(n), s = t.get(r);
  return typeof s > "u" && (s = e.call(this, n), t.set(r, s)), s;
}
function os(e, t, i) {
  var n = Array.prototype.slice.call(arguments, 3), r = i(n), s = t.get(r);
  return typeof s > "u" && (s = e.apply(this, n), t.set(r, s)), s;
}
function ls(e, t, i, n, r) {
  return i.bind(t, e, n, r);
}
function _l(e, t) {
  var i = e.length === 1 ? bl : os;
  return ls(e, this, i, t.cache.create(), t.serializer);
}
function pl(e, t) {
  return ls(e, this, os, t.cache.create(), t.serializer);
}
var xl = function() {
  return JSON.stringify(arguments);
}, yl = (
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
), wl = {
  create: function() {
    return new yl();
  }
}, Xi = {
  variadic: pl
}, F;
(function(e) {
  e[e.EXPECT_ARGUMENT_CLOSING_BRACE = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE", e[e.EMPTY_ARGUMENT = 2] = "EMPTY_ARGUMENT", e[e.MALFORMED_ARGUMENT = 3] = "MALFORMED_ARGUMENT", e[e.EXPECT_ARGUMENT_TYPE = 4] = "EXPECT_ARGUMENT_TYPE", e[e.INVALID_ARGUMENT_TYPE = 5] = "INVALID_ARGUMENT_TYPE", e[e.EXPECT_ARGUMENT_STYLE = 6] = "EXPECT_ARGUMENT_STYLE", e[e.INVALID_NUMBER_SKELETON = 7] = "INVALID_NUMBER_SKELETON", e[e.INVALID_DATE_TIME_SKELETON = 8] = "INVALID_DATE_TIME_SKELETON", e[e.EXPECT_NUMBER_SKELETON = 9] = "EXPECT_NUMBER_SKELETON", e[e.EXPECT_DATE_TIME_SKELETON = 10] = "EXPECT_DATE_TIME_SKELETON", e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE", e[e.EXPECT_SELECT_ARGUMENT_OPTIONS = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS", e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT", e[e.INVALID_PLURAL_ARGUMENT_SELECTOR = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR", e[e.MISSING_OTHER_CLAUSE = 22] = "MISSING_OTHER_CLAUSE", e[e.INVALID_TAG = 23] = "INVALID_TAG", e[e.INVALID_TAG_NAME = 25] = "INVALID_TAG_NAME", e[e.UNMATCHED_CLOSING_TAG = 26] = "UNMATCHED_CLOSING_TAG", e[e.UNCLOSED_TAG = 27] = "UNCLOSED_TAG";
})(F || (F = {}));
var ie;
(function(e) {
  e[e.literal = 0] = "literal", e[e.argument = 1] = "argument", e[e.number = 2] = "number", e[e.date = 3] = "date", e[e.time = 4] = "time", e[e.select = 5] = "select", e[e.plural = 6] = "plural", e[e.pound = 7] = "pound", e[e.tag = 8] = "tag";
})(ie || (ie = {}));
var vt;
(function(e) {
  e[e.number = 0] = "number", e[e.dateTime = 1] = "dateTime";
})(vt || (vt = {}));
function gr(e) {
  return e.type === ie.literal;
}
function El(e) {
  return e.type === ie.argument;
}
function hs(e) {
  return e.type === ie.number;
}
function us(e) {
  return e.type === ie.date;
}
function fs(e) {
  return e.type === ie.time;
}
function cs(e) {
  return e.type === ie.select;
}
function ds(e) {
  return e.type === ie.plural;
}
function Sl(e) {
  return e.type === ie.pound;
}
function vs(e) {
  return e.type === ie.tag;
}
function ms(e) {
  return !!(e && typeof e == "object" && e.type === vt.number);
}
function nn(e) {
  return !!(e && typeof e == "object" && e.type === vt.dateTime);
}
var gs = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/, Cl = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
function Hl(e) {
  var t = {};
  return e.replace(Cl, function(i) {
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
var Al = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
function Tl(e) {
  if (e.length === 0)
    throw new Error("Number skeleton cannot be empty");
  for (var t = e.split(Al).filter(function(d) {
    return d.length > 0;
  }), i = [], n = 0, r = t; n < r.length; n++) {
    var s = r[n], h = s.split("/");
    if (h.length === 0)
      throw new Error("Invalid number skeleton");
    for (var o = h[0], u = h.slice(1), l = 0, c = u; l < c.length; l++) {
      var f = c[l];
      if (f.length === 0)
        throw new Error("Invalid number skeleton");
    }
    i.push({ stem: o, options: u });
  }
  return i;
}
function Bl(e) {
  return e.replace(/^(.*?)-/, "");
}
var br = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g, bs = /^(@+)?(\+|#+)?[rs]?$/g, Pl = /(\*)(0+)|(#+)(0+)|(0+)/g, _s = /^(0+)$/;
function _r(e) {
  var t = {};
  return e[e.length - 1] === "r" ? t.roundingPriority = "morePrecision" : e[e.length - 1] === "s" && (t.roundingPriority = "lessPrecision"), e.replace(bs, function(i, n, r) {
    return typeof r != "string" ? (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length) : r === "+" ? t.minimumSignificantDigits = n.length : n[0] === "#" ? t.maximumSignificantDigits = n.length : (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length + (typeof r == "string" ? r.length : 0)), "";
  }), t;
}
function ps(e) {
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
function Il(e) {
  var t;
  if (e[0] === "E" && e[1] === "E" ? (t = {
    notation: "engineering"
  }, e = e.slice(2)) : e[0] === "E" && (t = {
    notation: "scientific"
  }, e = e.slice(1)), t) {
    var i = e.slice(0, 2);
    if (i === "+!" ? (t.signDisplay = "always", e = e.slice(2)) : i === "+?" && (t.signDisplay = "exceptZero", e = e.slice(2)), !_s.test(e))
      throw new Error("Malformed concise eng/scientific notation");
    t.minimumIntegerDigits = e.length;
  }
  return t;
}
function pr(e) {
  var t = {}, i = ps(e);
  return i || t;
}
function Ll(e) {
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
        t.style = "unit", t.unit = Bl(r.options[0]);
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
        t = V(V(V({}, t), { notation: "scientific" }), r.options.reduce(function(u, l) {
          return V(V({}, u), pr(l));
        }, {}));
        continue;
      case "engineering":
        t = V(V(V({}, t), { notation: "engineering" }), r.options.reduce(function(u, l) {
          return V(V({}, u), pr(l));
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
        r.options[0].replace(Pl, function(u, l, c, f, d, S) {
          if (l)
            t.minimumIntegerDigits = c.length;
          else {
            if (f && d)
              throw new Error("We currently do not support maximum integer digits");
            if (S)
              throw new Error("We currently do not support exact integer digits");
          }
          return "";
        });
        continue;
    }
    if (_s.test(r.stem)) {
      t.minimumIntegerDigits = r.stem.length;
      continue;
    }
    if (br.test(r.stem)) {
      if (r.options.length > 1)
        throw new RangeError("Fraction-precision stems only accept a single optional option");
      r.stem.replace(br, function(u, l, c, f, d, S) {
        return c === "*" ? t.minimumFractionDigits = l.length : f && f[0] === "#" ? t.maximumFractionDigits = f.length : d && S ? (t.minimumFractionDigits = d.length, t.maximumFractionDigits = d.length + S.length) : (t.minimumFractionDigits = l.length, t.maximumFractionDigits = l.length), "";
      });
      var s = r.options[0];
      s === "w" ? t = V(V({}, t), { trailingZeroDisplay: "stripIfInteger" }) : s && (t = V(V({}, t), _r(s)));
      continue;
    }
    if (bs.test(r.stem)) {
      t = V(V({}, t), _r(r.stem));
      continue;
    }
    var h = ps(r.stem);
    h && (t = V(V({}, t), h));
    var o = Il(r.stem);
    o && (t = V(V({}, t), o));
  }
  return t;
}
var Kt = {
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
function Ol(e, t) {
  for (var i = "", n = 0; n < e.length; n++) {
    var r = e.charAt(n);
    if (r === "j") {
      for (var s = 0; n + 1 < e.length && e.charAt(n + 1) === r; )
        s++, n++;
      var h = 1 + (s & 1), o = s < 2 ? 1 : 3 + (s >> 1), u = "a", l = Ml(t);
      for ((l == "H" || l == "k") && (o = 0); o-- > 0; )
        i += u;
      for (; h-- > 0; )
        i = l + i;
    } else r === "J" ? i += "H" : i += r;
  }
  return i;
}
function Ml(e) {
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
  var r = Kt[n || ""] || Kt[i || ""] || Kt["".concat(i, "-001")] || Kt["001"];
  return r[0];
}
var Wi, Rl = new RegExp("^".concat(gs.source, "*")), Nl = new RegExp("".concat(gs.source, "*$"));
function X(e, t) {
  return { start: e, end: t };
}
var Dl = !!String.prototype.startsWith && "_a".startsWith("a", 1), kl = !!String.fromCodePoint, Ul = !!Object.fromEntries, zl = !!String.prototype.codePointAt, Gl = !!String.prototype.trimStart, Fl = !!String.prototype.trimEnd, Xl = !!Number.isSafeInteger, Wl = Xl ? Number.isSafeInteger : function(e) {
  return typeof e == "number" && isFinite(e) && Math.floor(e) === e && Math.abs(e) <= 9007199254740991;
}, rn = !0;
try {
  var Yl = ys("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  rn = ((Wi = Yl.exec("a")) === null || Wi === void 0 ? void 0 : Wi[0]) === "a";
} catch {
  rn = !1;
}
var xr = Dl ? (
  // Native
  function(t, i, n) {
    return t.startsWith(i, n);
  }
) : (
  // For IE11
  function(t, i, n) {
    return t.slice(n, n + i.length) === i;
  }
), sn = kl ? String.fromCodePoint : (
  // IE11
  function() {
    for (var t = [], i = 0; i < arguments.length; i++)
      t[i] = arguments[i];
    for (var n = "", r = t.length, s = 0, h; r > s; ) {
      if (h = t[s++], h > 1114111)
        throw RangeError(h + " is not a valid code point");
      n += h < 65536 ? String.fromCharCode(h) : String.fromCharCode(((h -= 65536) >> 10) + 55296, h % 1024 + 56320);
    }
    return n;
  }
), yr = (
  // native
  Ul ? Object.fromEntries : (
    // Ponyfill
    function(t) {
      for (var i = {}, n = 0, r = t; n < r.length; n++) {
        var s = r[n], h = s[0], o = s[1];
        i[h] = o;
      }
      return i;
    }
  )
), xs = zl ? (
  // Native
  function(t, i) {
    return t.codePointAt(i);
  }
) : (
  // IE 11
  function(t, i) {
    var n = t.length;
    if (!(i < 0 || i >= n)) {
      var r = t.charCodeAt(i), s;
      return r < 55296 || r > 56319 || i + 1 === n || (s = t.charCodeAt(i + 1)) < 56320 || s > 57343 ? r : (r - 55296 << 10) + (s - 56320) + 65536;
    }
  }
), Vl = Gl ? (
  // Native
  function(t) {
    return t.trimStart();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(Rl, "");
  }
), jl = Fl ? (
  // Native
  function(t) {
    return t.trimEnd();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(Nl, "");
  }
);
function ys(e, t) {
  return new RegExp(e, t);
}
var an;
if (rn) {
  var wr = ys("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  an = function(t, i) {
    var n;
    wr.lastIndex = i;
    var r = wr.exec(t);
    return (n = r[1]) !== null && n !== void 0 ? n : "";
  };
} else
  an = function(t, i) {
    for (var n = []; ; ) {
      var r = xs(t, i);
      if (r === void 0 || ws(r) || Kl(r))
        break;
      n.push(r), i += r >= 65536 ? 2 : 1;
    }
    return sn.apply(void 0, n);
  };
var Zl = (
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
        var s = this.char();
        if (s === 123) {
          var h = this.parseArgument(t, n);
          if (h.err)
            return h;
          r.push(h.val);
        } else {
          if (s === 125 && t > 0)
            break;
          if (s === 35 && (i === "plural" || i === "selectordinal")) {
            var o = this.clonePosition();
            this.bump(), r.push({
              type: ie.pound,
              location: X(o, this.clonePosition())
            });
          } else if (s === 60 && !this.ignoreTag && this.peek() === 47) {
            if (n)
              break;
            return this.error(F.UNMATCHED_CLOSING_TAG, X(this.clonePosition(), this.clonePosition()));
          } else if (s === 60 && !this.ignoreTag && on(this.peek() || 0)) {
            var h = this.parseTag(t, i);
            if (h.err)
              return h;
            r.push(h.val);
          } else {
            var h = this.parseLiteral(t, i);
            if (h.err)
              return h;
            r.push(h.val);
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
            type: ie.literal,
            value: "<".concat(r, "/>"),
            location: X(n, this.clonePosition())
          },
          err: null
        };
      if (this.bumpIf(">")) {
        var s = this.parseMessage(t + 1, i, !0);
        if (s.err)
          return s;
        var h = s.val, o = this.clonePosition();
        if (this.bumpIf("</")) {
          if (this.isEOF() || !on(this.char()))
            return this.error(F.INVALID_TAG, X(o, this.clonePosition()));
          var u = this.clonePosition(), l = this.parseTagName();
          return r !== l ? this.error(F.UNMATCHED_CLOSING_TAG, X(u, this.clonePosition())) : (this.bumpSpace(), this.bumpIf(">") ? {
            val: {
              type: ie.tag,
              value: r,
              children: h,
              location: X(n, this.clonePosition())
            },
            err: null
          } : this.error(F.INVALID_TAG, X(o, this.clonePosition())));
        } else
          return this.error(F.UNCLOSED_TAG, X(n, this.clonePosition()));
      } else
        return this.error(F.INVALID_TAG, X(n, this.clonePosition()));
    }, e.prototype.parseTagName = function() {
      var t = this.offset();
      for (this.bump(); !this.isEOF() && Jl(this.char()); )
        this.bump();
      return this.message.slice(t, this.offset());
    }, e.prototype.parseLiteral = function(t, i) {
      for (var n = this.clonePosition(), r = ""; ; ) {
        var s = this.tryParseQuote(i);
        if (s) {
          r += s;
          continue;
        }
        var h = this.tryParseUnquoted(t, i);
        if (h) {
          r += h;
          continue;
        }
        var o = this.tryParseLeftAngleBracket();
        if (o) {
          r += o;
          continue;
        }
        break;
      }
      var u = X(n, this.clonePosition());
      return {
        val: { type: ie.literal, value: r, location: u },
        err: null
      };
    }, e.prototype.tryParseLeftAngleBracket = function() {
      return !this.isEOF() && this.char() === 60 && (this.ignoreTag || // If at the opening tag or closing tag position, bail.
      !ql(this.peek() || 0)) ? (this.bump(), "<") : null;
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
      return sn.apply(void 0, i);
    }, e.prototype.tryParseUnquoted = function(t, i) {
      if (this.isEOF())
        return null;
      var n = this.char();
      return n === 60 || n === 123 || n === 35 && (i === "plural" || i === "selectordinal") || n === 125 && t > 0 ? null : (this.bump(), sn(n));
    }, e.prototype.parseArgument = function(t, i) {
      var n = this.clonePosition();
      if (this.bump(), this.bumpSpace(), this.isEOF())
        return this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(n, this.clonePosition()));
      if (this.char() === 125)
        return this.bump(), this.error(F.EMPTY_ARGUMENT, X(n, this.clonePosition()));
      var r = this.parseIdentifierIfPossible().value;
      if (!r)
        return this.error(F.MALFORMED_ARGUMENT, X(n, this.clonePosition()));
      if (this.bumpSpace(), this.isEOF())
        return this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(n, this.clonePosition()));
      switch (this.char()) {
        // Simple argument: `{name}`
        case 125:
          return this.bump(), {
            val: {
              type: ie.argument,
              // value does not include the opening and closing braces.
              value: r,
              location: X(n, this.clonePosition())
            },
            err: null
          };
        // Argument with options: `{name, format, ...}`
        case 44:
          return this.bump(), this.bumpSpace(), this.isEOF() ? this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(n, this.clonePosition())) : this.parseArgumentOptions(t, i, r, n);
        default:
          return this.error(F.MALFORMED_ARGUMENT, X(n, this.clonePosition()));
      }
    }, e.prototype.parseIdentifierIfPossible = function() {
      var t = this.clonePosition(), i = this.offset(), n = an(this.message, i), r = i + n.length;
      this.bumpTo(r);
      var s = this.clonePosition(), h = X(t, s);
      return { value: n, location: h };
    }, e.prototype.parseArgumentOptions = function(t, i, n, r) {
      var s, h = this.clonePosition(), o = this.parseIdentifierIfPossible().value, u = this.clonePosition();
      switch (o) {
        case "":
          return this.error(F.EXPECT_ARGUMENT_TYPE, X(h, u));
        case "number":
        case "date":
        case "time": {
          this.bumpSpace();
          var l = null;
          if (this.bumpIf(",")) {
            this.bumpSpace();
            var c = this.clonePosition(), f = this.parseSimpleArgStyleIfPossible();
            if (f.err)
              return f;
            var d = jl(f.val);
            if (d.length === 0)
              return this.error(F.EXPECT_ARGUMENT_STYLE, X(this.clonePosition(), this.clonePosition()));
            var S = X(c, this.clonePosition());
            l = { style: d, styleLocation: S };
          }
          var v = this.tryParseArgumentClose(r);
          if (v.err)
            return v;
          var E = X(r, this.clonePosition());
          if (l && xr(l?.style, "::", 0)) {
            var L = Vl(l.style.slice(2));
            if (o === "number") {
              var f = this.parseNumberSkeletonFromString(L, l.styleLocation);
              return f.err ? f : {
                val: { type: ie.number, value: n, location: E, style: f.val },
                err: null
              };
            } else {
              if (L.length === 0)
                return this.error(F.EXPECT_DATE_TIME_SKELETON, E);
              var p = L;
              this.locale && (p = Ol(L, this.locale));
              var d = {
                type: vt.dateTime,
                pattern: p,
                location: l.styleLocation,
                parsedOptions: this.shouldParseSkeletons ? Hl(p) : {}
              }, m = o === "date" ? ie.date : ie.time;
              return {
                val: { type: m, value: n, location: E, style: d },
                err: null
              };
            }
          }
          return {
            val: {
              type: o === "number" ? ie.number : o === "date" ? ie.date : ie.time,
              value: n,
              location: E,
              style: (s = l?.style) !== null && s !== void 0 ? s : null
            },
            err: null
          };
        }
        case "plural":
        case "selectordinal":
        case "select": {
          var y = this.clonePosition();
          if (this.bumpSpace(), !this.bumpIf(","))
            return this.error(F.EXPECT_SELECT_ARGUMENT_OPTIONS, X(y, V({}, y)));
          this.bumpSpace();
          var P = this.parseIdentifierIfPossible(), x = 0;
          if (o !== "select" && P.value === "offset") {
            if (!this.bumpIf(":"))
              return this.error(F.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, X(this.clonePosition(), this.clonePosition()));
            this.bumpSpace();
            var f = this.tryParseDecimalInteger(F.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, F.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE);
            if (f.err)
              return f;
            this.bumpSpace(), P = this.parseIdentifierIfPossible(), x = f.val;
          }
          var b = this.tryParsePluralOrSelectOptions(t, o, i, P);
          if (b.err)
            return b;
          var v = this.tryParseArgumentClose(r);
          if (v.err)
            return v;
          var C = X(r, this.clonePosition());
          return o === "select" ? {
            val: {
              type: ie.select,
              value: n,
              options: yr(b.val),
              location: C
            },
            err: null
          } : {
            val: {
              type: ie.plural,
              value: n,
              options: yr(b.val),
              offset: x,
              pluralType: o === "plural" ? "cardinal" : "ordinal",
              location: C
            },
            err: null
          };
        }
        default:
          return this.error(F.INVALID_ARGUMENT_TYPE, X(h, u));
      }
    }, e.prototype.tryParseArgumentClose = function(t) {
      return this.isEOF() || this.char() !== 125 ? this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(t, this.clonePosition())) : (this.bump(), { val: !0, err: null });
    }, e.prototype.parseSimpleArgStyleIfPossible = function() {
      for (var t = 0, i = this.clonePosition(); !this.isEOF(); ) {
        var n = this.char();
        switch (n) {
          case 39: {
            this.bump();
            var r = this.clonePosition();
            if (!this.bumpUntil("'"))
              return this.error(F.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE, X(r, this.clonePosition()));
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
        n = Tl(t);
      } catch {
        return this.error(F.INVALID_NUMBER_SKELETON, i);
      }
      return {
        val: {
          type: vt.number,
          tokens: n,
          location: i,
          parsedOptions: this.shouldParseSkeletons ? Ll(n) : {}
        },
        err: null
      };
    }, e.prototype.tryParsePluralOrSelectOptions = function(t, i, n, r) {
      for (var s, h = !1, o = [], u = /* @__PURE__ */ new Set(), l = r.value, c = r.location; ; ) {
        if (l.length === 0) {
          var f = this.clonePosition();
          if (i !== "select" && this.bumpIf("=")) {
            var d = this.tryParseDecimalInteger(F.EXPECT_PLURAL_ARGUMENT_SELECTOR, F.INVALID_PLURAL_ARGUMENT_SELECTOR);
            if (d.err)
              return d;
            c = X(f, this.clonePosition()), l = this.message.slice(f.offset, this.offset());
          } else
            break;
        }
        if (u.has(l))
          return this.error(i === "select" ? F.DUPLICATE_SELECT_ARGUMENT_SELECTOR : F.DUPLICATE_PLURAL_ARGUMENT_SELECTOR, c);
        l === "other" && (h = !0), this.bumpSpace();
        var S = this.clonePosition();
        if (!this.bumpIf("{"))
          return this.error(i === "select" ? F.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT : F.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT, X(this.clonePosition(), this.clonePosition()));
        var v = this.parseMessage(t + 1, i, n);
        if (v.err)
          return v;
        var E = this.tryParseArgumentClose(S);
        if (E.err)
          return E;
        o.push([
          l,
          {
            value: v.val,
            location: X(S, this.clonePosition())
          }
        ]), u.add(l), this.bumpSpace(), s = this.parseIdentifierIfPossible(), l = s.value, c = s.location;
      }
      return o.length === 0 ? this.error(i === "select" ? F.EXPECT_SELECT_ARGUMENT_SELECTOR : F.EXPECT_PLURAL_ARGUMENT_SELECTOR, X(this.clonePosition(), this.clonePosition())) : this.requiresOtherClause && !h ? this.error(F.MISSING_OTHER_CLAUSE, X(this.clonePosition(), this.clonePosition())) : { val: o, err: null };
    }, e.prototype.tryParseDecimalInteger = function(t, i) {
      var n = 1, r = this.clonePosition();
      this.bumpIf("+") || this.bumpIf("-") && (n = -1);
      for (var s = !1, h = 0; !this.isEOF(); ) {
        var o = this.char();
        if (o >= 48 && o <= 57)
          s = !0, h = h * 10 + (o - 48), this.bump();
        else
          break;
      }
      var u = X(r, this.clonePosition());
      return s ? (h *= n, Wl(h) ? { val: h, err: null } : this.error(i, u)) : this.error(t, u);
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
      var i = xs(this.message, t);
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
      if (xr(this.message, t, this.offset())) {
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
      for (; !this.isEOF() && ws(this.char()); )
        this.bump();
    }, e.prototype.peek = function() {
      if (this.isEOF())
        return null;
      var t = this.char(), i = this.offset(), n = this.message.charCodeAt(i + (t >= 65536 ? 2 : 1));
      return n ?? null;
    }, e;
  })()
);
function on(e) {
  return e >= 97 && e <= 122 || e >= 65 && e <= 90;
}
function ql(e) {
  return on(e) || e === 47;
}
function Jl(e) {
  return e === 45 || e === 46 || e >= 48 && e <= 57 || e === 95 || e >= 97 && e <= 122 || e >= 65 && e <= 90 || e == 183 || e >= 192 && e <= 214 || e >= 216 && e <= 246 || e >= 248 && e <= 893 || e >= 895 && e <= 8191 || e >= 8204 && e <= 8205 || e >= 8255 && e <= 8256 || e >= 8304 && e <= 8591 || e >= 11264 && e <= 12271 || e >= 12289 && e <= 55295 || e >= 63744 && e <= 64975 || e >= 65008 && e <= 65533 || e >= 65536 && e <= 983039;
}
function ws(e) {
  return e >= 9 && e <= 13 || e === 32 || e === 133 || e >= 8206 && e <= 8207 || e === 8232 || e === 8233;
}
function Kl(e) {
  return e >= 33 && e <= 35 || e === 36 || e >= 37 && e <= 39 || e === 40 || e === 41 || e === 42 || e === 43 || e === 44 || e === 45 || e >= 46 && e <= 47 || e >= 58 && e <= 59 || e >= 60 && e <= 62 || e >= 63 && e <= 64 || e === 91 || e === 92 || e === 93 || e === 94 || e === 96 || e === 123 || e === 124 || e === 125 || e === 126 || e === 161 || e >= 162 && e <= 165 || e === 166 || e === 167 || e === 169 || e === 171 || e === 172 || e === 174 || e === 176 || e === 177 || e === 182 || e === 187 || e === 191 || e === 215 || e === 247 || e >= 8208 && e <= 8213 || e >= 8214 && e <= 8215 || e === 8216 || e === 8217 || e === 8218 || e >= 8219 && e <= 8220 || e === 8221 || e === 8222 || e === 8223 || e >= 8224 && e <= 8231 || e >= 8240 && e <= 8248 || e === 8249 || e === 8250 || e >= 8251 && e <= 8254 || e >= 8257 && e <= 8259 || e === 8260 || e === 8261 || e === 8262 || e >= 8263 && e <= 8273 || e === 8274 || e === 8275 || e >= 8277 && e <= 8286 || e >= 8592 && e <= 8596 || e >= 8597 && e <= 8601 || e >= 8602 && e <= 8603 || e >= 8604 && e <= 8607 || e === 8608 || e >= 8609 && e <= 8610 || e === 8611 || e >= 8612 && e <= 8613 || e === 8614 || e >= 8615 && e <= 8621 || e === 8622 || e >= 8623 && e <= 8653 || e >= 8654 && e <= 8655 || e >= 8656 && e <= 8657 || e === 8658 || e === 8659 || e === 8660 || e >= 8661 && e <= 8691 || e >= 8692 && e <= 8959 || e >= 8960 && e <= 8967 || e === 8968 || e === 8969 || e === 8970 || e === 8971 || e >= 8972 && e <= 8991 || e >= 8992 && e <= 8993 || e >= 8994 && e <= 9e3 || e === 9001 || e === 9002 || e >= 9003 && e <= 9083 || e === 9084 || e >= 9085 && e <= 9114 || e >= 9115 && e <= 9139 || e >= 9140 && e <= 9179 || e >= 9180 && e <= 9185 || e >= 9186 && e <= 9254 || e >= 9255 && e <= 9279 || e >= 9280 && e <= 9290 || e >= 9291 && e <= 9311 || e >= 9472 && e <= 9654 || e === 9655 || e >= 9656 && e <= 9664 || e === 9665 || e >= 9666 && e <= 9719 || e >= 9720 && e <= 9727 || e >= 9728 && e <= 9838 || e === 9839 || e >= 9840 && e <= 10087 || e === 10088 || e === 10089 || e === 10090 || e === 10091 || e === 10092 || e === 10093 || e === 10094 || e === 10095 || e === 10096 || e === 10097 || e === 10098 || e === 10099 || e === 10100 || e === 10101 || e >= 10132 && e <= 10175 || e >= 10176 && e <= 10180 || e === 10181 || e === 10182 || e >= 10183 && e <= 10213 || e === 10214 || e === 10215 || e === 10216 || e === 10217 || e === 10218 || e === 10219 || e === 10220 || e === 10221 || e === 10222 || e === 10223 || e >= 10224 && e <= 10239 || e >= 10240 && e <= 10495 || e >= 10496 && e <= 10626 || e === 10627 || e === 10628 || e === 10629 || e === 10630 || e === 10631 || e === 10632 || e === 10633 || e === 10634 || e === 10635 || e === 10636 || e === 10637 || e === 10638 || e === 10639 || e === 10640 || e === 10641 || e === 10642 || e === 10643 || e === 10644 || e === 10645 || e === 10646 || e === 10647 || e === 10648 || e >= 10649 && e <= 10711 || e === 10712 || e === 10713 || e === 10714 || e === 10715 || e >= 10716 && e <= 10747 || e === 10748 || e === 10749 || e >= 10750 && e <= 11007 || e >= 11008 && e <= 11055 || e >= 11056 && e <= 11076 || e >= 11077 && e <= 11078 || e >= 11079 && e <= 11084 || e >= 11085 && e <= 11123 || e >= 11124 && e <= 11125 || e >= 11126 && e <= 11157 || e === 11158 || e >= 11159 && e <= 11263 || e >= 11776 && e <= 11777 || e === 11778 || e === 11779 || e === 11780 || e === 11781 || e >= 11782 && e <= 11784 || e === 11785 || e === 11786 || e === 11787 || e === 11788 || e === 11789 || e >= 11790 && e <= 11798 || e === 11799 || e >= 11800 && e <= 11801 || e === 11802 || e === 11803 || e === 11804 || e === 11805 || e >= 11806 && e <= 11807 || e === 11808 || e === 11809 || e === 11810 || e === 11811 || e === 11812 || e === 11813 || e === 11814 || e === 11815 || e === 11816 || e === 11817 || e >= 11818 && e <= 11822 || e === 11823 || e >= 11824 && e <= 11833 || e >= 11834 && e <= 11835 || e >= 11836 && e <= 11839 || e === 11840 || e === 11841 || e === 11842 || e >= 11843 && e <= 11855 || e >= 11856 && e <= 11857 || e === 11858 || e >= 11859 && e <= 11903 || e >= 12289 && e <= 12291 || e === 12296 || e === 12297 || e === 12298 || e === 12299 || e === 12300 || e === 12301 || e === 12302 || e === 12303 || e === 12304 || e === 12305 || e >= 12306 && e <= 12307 || e === 12308 || e === 12309 || e === 12310 || e === 12311 || e === 12312 || e === 12313 || e === 12314 || e === 12315 || e === 12316 || e === 12317 || e >= 12318 && e <= 12319 || e === 12320 || e === 12336 || e === 64830 || e === 64831 || e >= 65093 && e <= 65094;
}
function ln(e) {
  e.forEach(function(t) {
    if (delete t.location, cs(t) || ds(t))
      for (var i in t.options)
        delete t.options[i].location, ln(t.options[i].value);
    else hs(t) && ms(t.style) || (us(t) || fs(t)) && nn(t.style) ? delete t.style.location : vs(t) && ln(t.children);
  });
}
function Ql(e, t) {
  t === void 0 && (t = {}), t = V({ shouldParseSkeletons: !0, requiresOtherClause: !0 }, t);
  var i = new Zl(e, t).parse();
  if (i.err) {
    var n = SyntaxError(F[i.err.kind]);
    throw n.location = i.err.location, n.originalMessage = i.err.message, n;
  }
  return t?.captureLocation || ln(i.val), i.val;
}
var mt;
(function(e) {
  e.MISSING_VALUE = "MISSING_VALUE", e.INVALID_VALUE = "INVALID_VALUE", e.MISSING_INTL_API = "MISSING_INTL_API";
})(mt || (mt = {}));
var yi = (
  /** @class */
  (function(e) {
    xi(t, e);
    function t(i, n, r) {
      var s = e.call(this, i) || this;
      return s.code = n, s.originalMessage = r, s;
    }
    return t.prototype.toString = function() {
      return "[formatjs Error: ".concat(this.code, "] ").concat(this.message);
    }, t;
  })(Error)
), Er = (
  /** @class */
  (function(e) {
    xi(t, e);
    function t(i, n, r, s) {
      return e.call(this, 'Invalid values for "'.concat(i, '": "').concat(n, '". Options are "').concat(Object.keys(r).join('", "'), '"'), mt.INVALID_VALUE, s) || this;
    }
    return t;
  })(yi)
), $l = (
  /** @class */
  (function(e) {
    xi(t, e);
    function t(i, n, r) {
      return e.call(this, 'Value for "'.concat(i, '" must be of type ').concat(n), mt.INVALID_VALUE, r) || this;
    }
    return t;
  })(yi)
), eh = (
  /** @class */
  (function(e) {
    xi(t, e);
    function t(i, n) {
      return e.call(this, 'The intl string context variable "'.concat(i, '" was not provided to the string "').concat(n, '"'), mt.MISSING_VALUE, n) || this;
    }
    return t;
  })(yi)
), _e;
(function(e) {
  e[e.literal = 0] = "literal", e[e.object = 1] = "object";
})(_e || (_e = {}));
function th(e) {
  return e.length < 2 ? e : e.reduce(function(t, i) {
    var n = t[t.length - 1];
    return !n || n.type !== _e.literal || i.type !== _e.literal ? t.push(i) : n.value += i.value, t;
  }, []);
}
function ih(e) {
  return typeof e == "function";
}
function ri(e, t, i, n, r, s, h) {
  if (e.length === 1 && gr(e[0]))
    return [
      {
        type: _e.literal,
        value: e[0].value
      }
    ];
  for (var o = [], u = 0, l = e; u < l.length; u++) {
    var c = l[u];
    if (gr(c)) {
      o.push({
        type: _e.literal,
        value: c.value
      });
      continue;
    }
    if (Sl(c)) {
      typeof s == "number" && o.push({
        type: _e.literal,
        value: i.getNumberFormat(t).format(s)
      });
      continue;
    }
    var f = c.value;
    if (!(r && f in r))
      throw new eh(f, h);
    var d = r[f];
    if (El(c)) {
      (!d || typeof d == "string" || typeof d == "number") && (d = typeof d == "string" || typeof d == "number" ? String(d) : ""), o.push({
        type: typeof d == "string" ? _e.literal : _e.object,
        value: d
      });
      continue;
    }
    if (us(c)) {
      var S = typeof c.style == "string" ? n.date[c.style] : nn(c.style) ? c.style.parsedOptions : void 0;
      o.push({
        type: _e.literal,
        value: i.getDateTimeFormat(t, S).format(d)
      });
      continue;
    }
    if (fs(c)) {
      var S = typeof c.style == "string" ? n.time[c.style] : nn(c.style) ? c.style.parsedOptions : n.time.medium;
      o.push({
        type: _e.literal,
        value: i.getDateTimeFormat(t, S).format(d)
      });
      continue;
    }
    if (hs(c)) {
      var S = typeof c.style == "string" ? n.number[c.style] : ms(c.style) ? c.style.parsedOptions : void 0;
      S && S.scale && (d = d * (S.scale || 1)), o.push({
        type: _e.literal,
        value: i.getNumberFormat(t, S).format(d)
      });
      continue;
    }
    if (vs(c)) {
      var v = c.children, E = c.value, L = r[E];
      if (!ih(L))
        throw new $l(E, "function", h);
      var p = ri(v, t, i, n, r, s), m = L(p.map(function(x) {
        return x.value;
      }));
      Array.isArray(m) || (m = [m]), o.push.apply(o, m.map(function(x) {
        return {
          type: typeof x == "string" ? _e.literal : _e.object,
          value: x
        };
      }));
    }
    if (cs(c)) {
      var y = c.options[d] || c.options.other;
      if (!y)
        throw new Er(c.value, d, Object.keys(c.options), h);
      o.push.apply(o, ri(y.value, t, i, n, r));
      continue;
    }
    if (ds(c)) {
      var y = c.options["=".concat(d)];
      if (!y) {
        if (!Intl.PluralRules)
          throw new yi(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, mt.MISSING_INTL_API, h);
        var P = i.getPluralRules(t, { type: c.pluralType }).select(d - (c.offset || 0));
        y = c.options[P] || c.options.other;
      }
      if (!y)
        throw new Er(c.value, d, Object.keys(c.options), h);
      o.push.apply(o, ri(y.value, t, i, n, r, d - (c.offset || 0)));
      continue;
    }
  }
  return th(o);
}
function nh(e, t) {
  return t ? V(V(V({}, e || {}), t || {}), Object.keys(e).reduce(function(i, n) {
    return i[n] = V(V({}, e[n]), t[n] || {}), i;
  }, {})) : e;
}
function rh(e, t) {
  return t ? Object.keys(e).reduce(function(i, n) {
    return i[n] = nh(e[n], t[n]), i;
  }, V({}, e)) : e;
}
function Yi(e) {
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
function sh(e) {
  return e === void 0 && (e = {
    number: {},
    dateTime: {},
    pluralRules: {}
  }), {
    getNumberFormat: Fi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.NumberFormat).bind.apply(t, Gi([void 0], i, !1)))();
    }, {
      cache: Yi(e.number),
      strategy: Xi.variadic
    }),
    getDateTimeFormat: Fi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.DateTimeFormat).bind.apply(t, Gi([void 0], i, !1)))();
    }, {
      cache: Yi(e.dateTime),
      strategy: Xi.variadic
    }),
    getPluralRules: Fi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.PluralRules).bind.apply(t, Gi([void 0], i, !1)))();
    }, {
      cache: Yi(e.pluralRules),
      strategy: Xi.variadic
    })
  };
}
var ah = (
  /** @class */
  (function() {
    function e(t, i, n, r) {
      i === void 0 && (i = e.defaultLocale);
      var s = this;
      if (this.formatterCache = {
        number: {},
        dateTime: {},
        pluralRules: {}
      }, this.format = function(u) {
        var l = s.formatToParts(u);
        if (l.length === 1)
          return l[0].value;
        var c = l.reduce(function(f, d) {
          return !f.length || d.type !== _e.literal || typeof f[f.length - 1] != "string" ? f.push(d.value) : f[f.length - 1] += d.value, f;
        }, []);
        return c.length <= 1 ? c[0] || "" : c;
      }, this.formatToParts = function(u) {
        return ri(s.ast, s.locales, s.formatters, s.formats, u, void 0, s.message);
      }, this.resolvedOptions = function() {
        var u;
        return {
          locale: ((u = s.resolvedLocale) === null || u === void 0 ? void 0 : u.toString()) || Intl.NumberFormat.supportedLocalesOf(s.locales)[0]
        };
      }, this.getAst = function() {
        return s.ast;
      }, this.locales = i, this.resolvedLocale = e.resolveLocale(i), typeof t == "string") {
        if (this.message = t, !e.__parse)
          throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
        var h = r || {};
        h.formatters;
        var o = ml(h, ["formatters"]);
        this.ast = e.__parse(t, V(V({}, o), { locale: this.resolvedLocale }));
      } else
        this.ast = t;
      if (!Array.isArray(this.ast))
        throw new TypeError("A message must be provided as a String or AST.");
      this.formats = rh(e.formats, n), this.formatters = r && r.formatters || sh(this.formatterCache);
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
    }, e.__parse = Ql, e.formats = {
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
function oh(e, t) {
  if (t == null)
    return;
  if (t in e)
    return e[t];
  const i = t.split(".");
  let n = e;
  for (let r = 0; r < i.length; r++)
    if (typeof n == "object") {
      if (r > 0) {
        const s = i.slice(r, i.length).join(".");
        if (s in n) {
          n = n[s];
          break;
        }
      }
      n = n[i[r]];
    } else
      n = void 0;
  return n;
}
const Ye = {}, lh = (e, t, i) => i && (t in Ye || (Ye[t] = {}), e in Ye[t] || (Ye[t][e] = i), i), Es = (e, t) => {
  if (t == null)
    return;
  if (t in Ye && e in Ye[t])
    return Ye[t][e];
  const i = wi(t);
  for (let n = 0; n < i.length; n++) {
    const r = i[n], s = uh(r, e);
    if (s)
      return lh(e, t, s);
  }
};
let Cn;
const Mt = pi({});
function hh(e) {
  return Cn[e] || null;
}
function Ss(e) {
  return e in Cn;
}
function uh(e, t) {
  if (!Ss(e))
    return null;
  const i = hh(e);
  return oh(i, t);
}
function fh(e) {
  if (e == null)
    return;
  const t = wi(e);
  for (let i = 0; i < t.length; i++) {
    const n = t[i];
    if (Ss(n))
      return n;
  }
}
function ch(e, ...t) {
  delete Ye[e], Mt.update((i) => (i[e] = vl.all([i[e] || {}, ...t]), i));
}
pt(
  [Mt],
  ([e]) => Object.keys(e)
);
Mt.subscribe((e) => Cn = e);
const si = {};
function dh(e, t) {
  si[e].delete(t), si[e].size === 0 && delete si[e];
}
function Cs(e) {
  return si[e];
}
function vh(e) {
  return wi(e).map((t) => {
    const i = Cs(t);
    return [t, i ? [...i] : []];
  }).filter(([, t]) => t.length > 0);
}
function hn(e) {
  return e == null ? !1 : wi(e).some(
    (t) => {
      var i;
      return (i = Cs(t)) == null ? void 0 : i.size;
    }
  );
}
function mh(e, t) {
  return Promise.all(
    t.map((n) => (dh(e, n), n().then((r) => r.default || r)))
  ).then((n) => ch(e, ...n));
}
const Ht = {};
function Hs(e) {
  if (!hn(e))
    return e in Ht ? Ht[e] : Promise.resolve();
  const t = vh(e);
  return Ht[e] = Promise.all(
    t.map(
      ([i, n]) => mh(i, n)
    )
  ).then(() => {
    if (hn(e))
      return Hs(e);
    delete Ht[e];
  }), Ht[e];
}
const gh = {
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
}, bh = {
  fallbackLocale: null,
  loadingDelay: 200,
  formats: gh,
  warnOnMissingMessages: !0,
  handleMissingMessage: void 0,
  ignoreTag: !0
}, _h = bh;
function gt() {
  return _h;
}
const Vi = pi(!1);
var ph = Object.defineProperty, xh = Object.defineProperties, yh = Object.getOwnPropertyDescriptors, Sr = Object.getOwnPropertySymbols, wh = Object.prototype.hasOwnProperty, Eh = Object.prototype.propertyIsEnumerable, Cr = (e, t, i) => t in e ? ph(e, t, { enumerable: !0, configurable: !0, writable: !0, value: i }) : e[t] = i, Sh = (e, t) => {
  for (var i in t || (t = {}))
    wh.call(t, i) && Cr(e, i, t[i]);
  if (Sr)
    for (var i of Sr(t))
      Eh.call(t, i) && Cr(e, i, t[i]);
  return e;
}, Ch = (e, t) => xh(e, yh(t));
let un;
const ui = pi(null);
function Hr(e) {
  return e.split("-").map((t, i, n) => n.slice(0, i + 1).join("-")).reverse();
}
function wi(e, t = gt().fallbackLocale) {
  const i = Hr(e);
  return t ? [.../* @__PURE__ */ new Set([...i, ...Hr(t)])] : i;
}
function st() {
  return un ?? void 0;
}
ui.subscribe((e) => {
  un = e ?? void 0, typeof window < "u" && e != null && document.documentElement.setAttribute("lang", e);
});
const Hh = (e) => {
  if (e && fh(e) && hn(e)) {
    const { loadingDelay: t } = gt();
    let i;
    return typeof window < "u" && st() != null && t ? i = window.setTimeout(
      () => Vi.set(!0),
      t
    ) : Vi.set(!0), Hs(e).then(() => {
      ui.set(e);
    }).finally(() => {
      clearTimeout(i), Vi.set(!1);
    });
  }
  return ui.set(e);
}, yt = Ch(Sh({}, ui), {
  set: Hh
}), Ei = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (n) => {
    const r = JSON.stringify(n);
    return r in t ? t[r] : t[r] = e(n);
  };
};
var Ah = Object.defineProperty, fi = Object.getOwnPropertySymbols, As = Object.prototype.hasOwnProperty, Ts = Object.prototype.propertyIsEnumerable, Ar = (e, t, i) => t in e ? Ah(e, t, { enumerable: !0, configurable: !0, writable: !0, value: i }) : e[t] = i, Hn = (e, t) => {
  for (var i in t || (t = {}))
    As.call(t, i) && Ar(e, i, t[i]);
  if (fi)
    for (var i of fi(t))
      Ts.call(t, i) && Ar(e, i, t[i]);
  return e;
}, wt = (e, t) => {
  var i = {};
  for (var n in e)
    As.call(e, n) && t.indexOf(n) < 0 && (i[n] = e[n]);
  if (e != null && fi)
    for (var n of fi(e))
      t.indexOf(n) < 0 && Ts.call(e, n) && (i[n] = e[n]);
  return i;
};
const Lt = (e, t) => {
  const { formats: i } = gt();
  if (e in i && t in i[e])
    return i[e][t];
  throw new Error(`[svelte-i18n] Unknown "${t}" ${e} format.`);
}, Th = Ei(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = wt(t, ["locale", "format"]);
    if (i == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format numbers');
    return n && (r = Lt("number", n)), new Intl.NumberFormat(i, r);
  }
), Bh = Ei(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = wt(t, ["locale", "format"]);
    if (i == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format dates');
    return n ? r = Lt("date", n) : Object.keys(r).length === 0 && (r = Lt("date", "short")), new Intl.DateTimeFormat(i, r);
  }
), Ph = Ei(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = wt(t, ["locale", "format"]);
    if (i == null)
      throw new Error(
        '[svelte-i18n] A "locale" must be set to format time values'
      );
    return n ? r = Lt("time", n) : Object.keys(r).length === 0 && (r = Lt("time", "short")), new Intl.DateTimeFormat(i, r);
  }
), Ih = (e = {}) => {
  var t = e, {
    locale: i = st()
  } = t, n = wt(t, [
    "locale"
  ]);
  return Th(Hn({ locale: i }, n));
}, Lh = (e = {}) => {
  var t = e, {
    locale: i = st()
  } = t, n = wt(t, [
    "locale"
  ]);
  return Bh(Hn({ locale: i }, n));
}, Oh = (e = {}) => {
  var t = e, {
    locale: i = st()
  } = t, n = wt(t, [
    "locale"
  ]);
  return Ph(Hn({ locale: i }, n));
}, Mh = Ei(
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
  (e, t = st()) => new ah(e, t, gt().formats, {
    ignoreTag: gt().ignoreTag
  })
), Rh = (e, t = {}) => {
  var i, n, r, s;
  let h = t;
  typeof e == "object" && (h = e, e = h.id);
  const {
    values: o,
    locale: u = st(),
    default: l
  } = h;
  if (u == null)
    throw new Error(
      "[svelte-i18n] Cannot format a message without first setting the initial locale."
    );
  let c = Es(e, u);
  if (!c)
    c = (s = (r = (n = (i = gt()).handleMissingMessage) == null ? void 0 : n.call(i, { locale: u, id: e, defaultValue: l })) != null ? r : l) != null ? s : e;
  else if (typeof c != "string")
    return console.warn(
      `[svelte-i18n] Message with id "${e}" must be of type "string", found: "${typeof c}". Gettin its value through the "$format" method is deprecated; use the "json" method instead.`
    ), c;
  if (!o)
    return c;
  let f = c;
  try {
    f = Mh(c, u).format(o);
  } catch (d) {
    d instanceof Error && console.warn(
      `[svelte-i18n] Message "${e}" has syntax error:`,
      d.message
    );
  }
  return f;
}, Nh = (e, t) => Oh(t).format(e), Dh = (e, t) => Lh(t).format(e), kh = (e, t) => Ih(t).format(e), Uh = (e, t = st()) => Es(e, t);
pt([yt, Mt], () => Rh);
pt([yt], () => Nh);
pt([yt], () => Dh);
pt([yt], () => kh);
pt([yt, Mt], () => Uh);
const zh = "__i18n__", Gh = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Fh = [
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
function Xh(e) {
  return typeof e == "string" && e.includes(zh);
}
class Wh {
  load_component;
  #t = /* @__PURE__ */ Le(We({}));
  get shared() {
    return a(this.#t);
  }
  set shared(t) {
    w(this.#t, t, !0);
  }
  #i = /* @__PURE__ */ Le(We({}));
  get props() {
    return a(this.#i);
  }
  set props(t) {
    w(this.#i, t, !0);
  }
  #e = /* @__PURE__ */ Le((t) => t);
  get i18n() {
    return a(this.#e);
  }
  set i18n(t) {
    w(this.#e, t, !0);
  }
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Fh;
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
    for (const n of Gh)
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
    ), ct(() => {
      for (const n in t.shared_props)
        this._is_i18n_managed(`shared.${n}`, t.shared_props[n]) || (this.shared[n] = t.shared_props[n]);
      for (const n in t.props)
        this._is_i18n_managed(`props.${n}`, t.props[n]) || (this.props[n] = t.props[n]);
      this.register_component(
        t.shared_props.id,
        // @ts-ignore
        this.set_data.bind(this),
        this.get_data.bind(this)
      ), K(() => {
        this.shared.id = t.shared_props.id;
      });
    }), Object.keys(this.translatable_props).length > 0 && yt.subscribe(() => {
      for (const [n, r] of Object.entries(this.translatable_props)) {
        const [s, h] = n.split("."), o = this.i18n(r);
        s === "shared" ? this.shared[h] = o : this.props[h] = o;
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
    return yo(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const i in t) {
      const n = t[i], r = Xh(n) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, n) : n;
      if (this.shared_props.includes(i)) {
        const s = i;
        this.shared[s] = r;
        continue;
      }
      this.props[i] = r;
    }
  }
  watch_for_change() {
    ct(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
bo();
var Yh = /* @__PURE__ */ _t('<svg class="resize-handle svelte-1hhxcvk" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><line x1="1" y1="9" x2="9" y2="1" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line><line x1="5" y1="9" x2="9" y2="5" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line></svg>'), Tr = /* @__PURE__ */ le("<!> <!>", 1), Vh = /* @__PURE__ */ le('<div class="placeholder svelte-1hhxcvk"></div>');
function jh(e, t) {
  ke(t, !1);
  let i = _(t, "height", 8, void 0), n = _(t, "min_height", 8, void 0), r = _(t, "max_height", 8, void 0), s = _(t, "width", 8, void 0), h = _(t, "elem_id", 8, ""), o = _(t, "elem_classes", 24, () => []), u = _(t, "variant", 8, "solid"), l = _(t, "border_mode", 8, "base"), c = _(t, "padding", 8, !0), f = _(t, "type", 8, "normal"), d = _(t, "test_id", 8, void 0), S = _(t, "explicit_call", 8, !1), v = _(t, "container", 8, !0), E = _(t, "visible", 8, !0), L = _(t, "allow_overflow", 8, !0), p = _(t, "overflow_behavior", 8, "auto"), m = _(t, "scale", 8, null), y = _(t, "min_width", 8, 0), P = _(t, "flex", 12, !1), x = _(t, "resizable", 8, !1), b = _(t, "rtl", 8, !1), C = _(t, "fullscreen", 12, !1), I = _(t, "label", 8, void 0), T = /* @__PURE__ */ U(C()), R = /* @__PURE__ */ U(), O = f() === "fieldset" ? "fieldset" : "div", N = /* @__PURE__ */ U(0), z = /* @__PURE__ */ U(0), A = /* @__PURE__ */ U(null);
  function Q(Y) {
    C() && Y.key === "Escape" && C(!1);
  }
  const W = (Y) => {
    if (Y !== void 0) {
      if (typeof Y == "number")
        return Y + "px";
      if (typeof Y == "string")
        return Y;
    }
  }, te = (Y) => {
    let re = Y.clientY;
    const me = (ae) => {
      const Ee = ae.clientY - re;
      re = ae.clientY, se(R, a(R).style.height = `${a(R).offsetHeight + Ee}px`);
    }, q = () => {
      window.removeEventListener("mousemove", me), window.removeEventListener("mouseup", q);
    };
    window.addEventListener("mousemove", me), window.addEventListener("mouseup", q);
  };
  Ce(
    () => (j(C()), a(T), a(R)),
    () => {
      C() !== a(T) && (w(T, C()), C() ? (w(A, a(R).getBoundingClientRect()), w(N, a(R).offsetHeight), w(z, a(R).offsetWidth), window.addEventListener("keydown", Q)) : (w(A, null), window.removeEventListener("keydown", Q)));
    }
  ), Ce(() => j(E()), () => {
    E() || P(!1);
  }), bt(), Ze();
  var fe = wn(), ve = Ne(fe);
  {
    var he = (Y) => {
      var re = Tr(), me = Ne(re);
      Wo(me, () => O, !1, (Ee, Pe) => {
        je(Ee, (He) => w(R, He), () => a(R)), ns(
          Ee,
          (He, at, Rt, Nt, Si) => ({
            "data-testid": d(),
            id: h(),
            class: `block ${He ?? ""}`,
            dir: b() ? "rtl" : "ltr",
            "aria-label": I(),
            style: "",
            [Qe]: {
              hidden: E() === "hidden",
              padded: c(),
              flex: P(),
              border_focus: l() === "focus",
              border_contrast: l() === "contrast",
              "hide-container": !S() && !v(),
              fullscreen: C(),
              animating: C() && a(A) !== null,
              "auto-margin": m() === null
            },
            [lt]: {
              height: at,
              "min-height": Rt,
              "max-height": Nt,
              "--start-top": (a(A), K(() => a(A) ? `${a(A).top}px` : "0px")),
              "--start-left": (a(A), K(() => a(A) ? `${a(A).left}px` : "0px")),
              "--start-width": (a(A), K(() => a(A) ? `${a(A).width}px` : "0px")),
              "--start-height": (a(A), K(() => a(A) ? `${a(A).height}px` : "0px")),
              width: Si,
              "border-style": u(),
              overflow: L() ? p() : "hidden",
              "flex-grow": m(),
              "min-width": `calc(min(${y()}px, 100%))`
            }
          }),
          [
            () => (j(o()), K(() => o()?.join(" ") || "")),
            () => (j(C()), j(i()), K(() => C() ? void 0 : W(i()))),
            () => (j(C()), j(n()), K(() => C() ? void 0 : W(n()))),
            () => (j(C()), j(r()), K(() => C() ? void 0 : W(r()))),
            () => (j(C()), j(s()), K(() => C() ? void 0 : typeof s() == "number" ? `calc(min(${s()}px, 100%))` : W(s())))
          ],
          void 0,
          void 0,
          "svelte-1hhxcvk"
        );
        var oe = Tr(), D = Ne(oe);
        Ot(D, t, "default", {});
        var J = ee(D, 2);
        {
          var pe = (He) => {
            var at = Yh();
            ue("mousedown", at, te), Z(He, at);
          };
          ye(J, (He) => {
            x() && He(pe);
          });
        }
        Z(Pe, oe);
      });
      var q = ee(me, 2);
      {
        var ae = (Ee) => {
          var Pe = Vh();
          let oe;
          we(() => oe = _i(Pe, "", oe, {
            height: a(N) + "px",
            width: a(z) + "px"
          })), Z(Ee, Pe);
        };
        ye(q, (Ee) => {
          C() && Ee(ae);
        });
      }
      Z(Y, re);
    };
    ye(ve, (Y) => {
      (E() === !0 || E() === "hidden") && Y(he);
    });
  }
  Z(e, fe), De();
}
var Zh = /* @__PURE__ */ le('<span data-testid="block-info"><!></span> <!>', 1);
function qh(e, t) {
  let i = _(t, "show_label", 8, !0), n = _(t, "info", 8, void 0), r = _(t, "rtl", 8, !1);
  var s = Zh(), h = Ne(s);
  let o;
  var u = ne(h);
  Ot(u, t, "default", {});
  var l = ee(h, 2);
  {
    var c = (f) => {
      Info(f, {
        get info() {
          return n();
        }
      });
    };
    ye(l, (f) => {
      n() && f(c);
    });
  }
  we(() => {
    Be(h, "dir", r() ? "rtl" : "ltr"), o = Re(h, 1, "svelte-mgj1he", null, o, {
      hide: !i(),
      "has-info": n() != null,
      "sr-only": !i()
    }), h.dir = h.dir;
  }), Z(e, s);
}
var Jh = /* @__PURE__ */ le('<label for="" data-testid="block-label"><span class="svelte-n80y3m"><!></span> </label>');
function Kh(e, t) {
  let i = _(t, "label", 8, null), n = _(t, "Icon", 8), r = _(t, "show_label", 8, !0), s = _(t, "disable", 8, !1), h = _(t, "float", 8, !0), o = _(t, "rtl", 8, !1);
  var u = Jh();
  let l;
  var c = ne(u), f = ne(c);
  n()(f, {});
  var d = ee(c);
  we(() => {
    Be(u, "dir", o() ? "rtl" : "ltr"), l = Re(u, 1, "svelte-n80y3m", null, l, {
      hide: !r(),
      "sr-only": !r(),
      float: h(),
      "hide-label": s()
    }), bi(d, ` ${i() ?? ""}`), u.dir = u.dir;
  }), Z(e, u);
}
gi(["click"]);
var Qh = /* @__PURE__ */ le('<div aria-label="Empty value"><div class="icon svelte-l207r8"><!></div></div>');
function $h(e, t) {
  ke(t, !1);
  const i = /* @__PURE__ */ U();
  let n = _(t, "size", 8, "small"), r = _(t, "unpadded_box", 8, !1), s = /* @__PURE__ */ U();
  function h(f) {
    var d;
    if (!f) return !1;
    const { height: S } = f.getBoundingClientRect(), { height: v } = ((d = f.parentElement) === null || d === void 0 ? void 0 : d.getBoundingClientRect()) || { height: S };
    return S > v + 2;
  }
  Ce(() => a(s), () => {
    w(i, h(a(s)));
  }), bt();
  var o = Qh();
  let u;
  var l = ne(o), c = ne(l);
  Ot(c, t, "default", {}), je(o, (f) => w(s, f), () => a(s)), we(() => u = Re(o, 1, "empty svelte-l207r8", null, u, {
    small: n() === "small",
    large: n() === "large",
    unpadded_box: r(),
    small_parent: a(i)
  })), Z(e, o), De();
}
gi(["click"]);
var eu = /* @__PURE__ */ _t('<svg class="dropdown-arrow svelte-10lb9vl" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 18 18"><path d="M5 8l4 4 4-4z"></path></svg>');
function tu(e) {
  var t = eu();
  Z(e, t);
}
var iu = /* @__PURE__ */ _t('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-image"><rect x="3" y="3" width="18" height="18" rx="2" ry="2"></rect><circle cx="8.5" cy="8.5" r="1.5"></circle><polyline points="21 15 16 10 5 21"></polyline></svg>');
function Bs(e) {
  var t = iu();
  Z(e, t);
}
var nu = /* @__PURE__ */ _t('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw" style="transform: rotateY(180deg);"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function ru(e) {
  var t = nu();
  Z(e, t);
}
var su = /* @__PURE__ */ _t('<svg aria-label="undo" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function au(e) {
  var t = su();
  Z(e, t);
}
const Qt = (e, t, i) => Math.min(Math.max(e, t), i);
class ou {
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
        const [s, h] = this.toCanvasPoint(r.clientX, r.clientY);
        if (this.scale == 1) {
          this.offsetX = (this.canvasWidth - this.imageWidth) / 2, this.offsetY = 0, this.renderCallBack();
          return;
        }
        let o = s - this.startDragX, u = h - this.startDragY;
        this.imageWidth * this.scale > this.canvasWidth ? o = Qt(o, this.canvasWidth - this.offsetX - this.imageWidth * this.scale, -this.offsetX) : o = Qt(o, -this.offsetX, this.canvasWidth - this.offsetX - this.imageWidth * this.scale), this.imageHeight * this.scale > this.canvasHeight ? u = Qt(u, this.canvasHeight - this.offsetY - this.imageHeight * this.scale, -this.offsetY) : u = Qt(u, -this.offsetY, this.canvasHeight - this.offsetY - this.imageHeight * this.scale), this.offsetX += o, this.offsetY += u, this.startDragX = s, this.startDragY = h, this.renderCallBack();
      }
    }, this.renderCallBack = t, this.pointersCache = i, this.getCanvas = n, this.scale = 1, this.offsetX = 0, this.offsetY = 0, this.canvasWidth = 0, this.canvasHeight = 0, this.imageWidth = 0, this.imageHeight = 0, this.imageRotatedWidth = 0, this.imageRotatedHeight = 0, this.isDragging = !1, this.startDragX = 0, this.startDragY = 0, this.orientation = 0;
  }
  // Convert client (CSS pixel) coordinates to canvas coordinates
  toCanvasPoint(t, i) {
    const n = this.getCanvas();
    if (n === null)
      return [t, i];
    const r = n.getBoundingClientRect(), s = r.width > 0 ? n.width / r.width : 1, h = r.height > 0 ? n.height / r.height : 1;
    return [(t - r.left) * s, (i - r.top) * h];
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
const ce = (e, t, i) => Math.min(Math.max(e, t), i);
function $t(e, t) {
  if (e.startsWith("rgba"))
    return e.replace(/[\d.]+$/, t.toString());
  const i = e.match(/\d+/g);
  if (!i || i.length !== 3)
    return `rgba(50, 50, 50, ${t})`;
  const [n, r, s] = i;
  return `rgba(${n}, ${r}, ${s}, ${t})`;
}
const Br = {
  predicted: { text: "P", color: "rgb(245, 158, 11)", dash: [7, 4] },
  accepted: { text: "✓", color: "rgb(22, 163, 74)", dash: [] },
  new: { text: "+", color: "rgb(37, 99, 235)", dash: [2, 3] }
};
function lu(e) {
  const t = e.match(/\d+/g);
  if (!t || t.length < 3)
    return "black";
  const [i, n, r] = t.map(Number);
  return 0.299 * i + 0.587 * n + 0.114 * r > 150 ? "black" : "white";
}
class ei {
  constructor(t, i, n, r, s, h, o, u, l, c, f, d, S, v = "rgb(255, 255, 255)", E = 0.5, L = 25, p = 8, m = 2, y = 4, P = 1) {
    this.stopDrag = () => {
      this.isDragging = !1, document.removeEventListener("pointermove", this.handleDrag), document.removeEventListener("pointerup", this.stopDrag);
    }, this.handleDrag = (x) => {
      if (this.isDragging && this.pointersCache.size === 1) {
        const [b, C] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY);
        let I = (b - this.offsetMouseX) / this.canvasWindow.scale - this._xmin, T = (C - this.offsetMouseY) / this.canvasWindow.scale - this._ymin;
        const R = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, O = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        I = ce(I, -this._xmin, R - this._xmax), T = ce(T, -this._ymin, O - this._ymax), this._xmin += I, this._ymin += T, this._xmax += I, this._ymax += T, (I !== 0 || T !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.handleCreating = (x) => {
      if (this.isCreating && this.pointersCache.size === 1) {
        const [b, C] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY);
        let [I, T] = this.toBoxCoordinates(b, C);
        I = I / this.canvasWindow.scale, T = T / this.canvasWindow.scale, I > this._xmax ? (this.creatingAnchorX == "xmax" && (this._xmin = this._xmax), this._xmax = I, this.creatingAnchorX = "xmin") : I > this._xmin && I < this._xmax && this.creatingAnchorX == "xmin" ? this._xmax = I : I > this._xmin && I < this._xmax && this.creatingAnchorX == "xmax" ? this._xmin = I : I < this._xmin && (this.creatingAnchorX == "xmin" && (this._xmax = this._xmin), this._xmin = I, this.creatingAnchorX = "xmax"), T > this._ymax ? (this.creatingAnchorY == "ymax" && (this._ymin = this._ymax), this._ymax = T, this.creatingAnchorY = "ymin") : T > this._ymin && T < this._ymax && this.creatingAnchorY == "ymin" ? this._ymax = T : T > this._ymin && T < this._ymax && this.creatingAnchorY == "ymax" ? this._ymin = T : T < this._ymin && (this.creatingAnchorY == "ymin" && (this._ymax = this._ymin), this._ymin = T, this.creatingAnchorY = "ymax"), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopCreating = (x) => {
      if (this.isCreating = !1, document.removeEventListener("pointermove", this.handleCreating), document.removeEventListener("pointerup", this.stopCreating), this.getArea() > 0) {
        const b = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, C = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        this._xmin = ce(this._xmin, 0, b - this.minSize), this._ymin = ce(this._ymin, 0, C - this.minSize), this._xmax = ce(this._xmax, this.minSize, b), this._ymax = ce(this._ymax, this.minSize, C), this.minSize > 0 && (this.getWidth() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorX == "xmin" ? this._xmax = this._xmin + this.minSize : this._xmin = this._xmax - this.minSize), this.getHeight() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorY == "ymin" ? this._ymax = this._ymin + this.minSize : this._ymin = this._ymax - this.minSize), this._xmax > b ? (this._xmin -= this._xmax - b, this._xmax = b) : this._xmin < 0 && (this._xmax -= this._xmin, this._xmin = 0), this._ymax > C ? (this._ymin -= this._ymax - C, this._ymax = C) : this._ymin < 0 && (this._ymax -= this._ymin, this._ymin = 0)), this.applyUserScale(), this.renderCallBack();
      }
      this.onFinishCreation();
    }, this.handleResize = (x) => {
      if (this.isResizing && this.pointersCache.size === 1) {
        const [b, C] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY), I = (b - this.offsetMouseX - this.resizeHandles[this.resizingHandleIndex].xmin) / this.canvasWindow.scale, T = (C - this.offsetMouseY - this.resizeHandles[this.resizingHandleIndex].ymin) / this.canvasWindow.scale, R = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, O = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        switch (this.resizingHandleIndex) {
          case 0:
            this._xmin += I, this._ymin += T, this._xmin = ce(this._xmin, 0, this._xmax - this.minSize), this._ymin = ce(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 1:
            this._xmax += I, this._ymin += T, this._xmax = ce(this._xmax, this._xmin + this.minSize, R), this._ymin = ce(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 2:
            this._xmax += I, this._ymax += T, this._xmax = ce(this._xmax, this._xmin + this.minSize, R), this._ymax = ce(this._ymax, this._ymin + this.minSize, O);
            break;
          case 3:
            this._xmin += I, this._ymax += T, this._xmin = ce(this._xmin, 0, this._xmax - this.minSize), this._ymax = ce(this._ymax, this._ymin + this.minSize, O);
            break;
          case 4:
            this._ymin += T, this._ymin = ce(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 5:
            this._xmax += I, this._xmax = ce(this._xmax, this._xmin + this.minSize, R);
            break;
          case 6:
            this._ymax += T, this._ymax = ce(this._ymax, this._ymin + this.minSize, O);
            break;
          case 7:
            this._xmin += I, this._xmin = ce(this._xmin, 0, this._xmax - this.minSize);
            break;
        }
        (I !== 0 || T !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopResize = () => {
      this.isResizing = !1, document.removeEventListener("pointermove", this.handleResize), document.removeEventListener("pointerup", this.stopResize);
    }, this.renderCallBack = t, this.onFinishCreation = i, this.canvasWindow = n, this.pointersCache = r, this.canvasXmin = s, this.canvasYmin = h, this.canvasXmax = o, this.canvasYmax = u, this.scaleFactor = P, this.label = l, this.isDragging = !1, this.isCreating = !1, this._xmin = c, this._ymin = f, this._xmax = d, this._ymax = S, this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.isResizing = !1, this.isSelected = !1, this.offsetMouseX = 0, this.offsetMouseY = 0, this.resizeHandleSize = p, this.thickness = m, this.selectedThickness = y, this.updateHandles(), this.resizingHandleIndex = -1, this.minSize = L, this.color = v, this.alpha = E, this.creatingAnchorX = "xmin", this.creatingAnchorY = "ymin", this.state = "new", this.score = null;
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
    this.resizeHandles = r.map(([s, h, o]) => ({
      xmin: s - t,
      ymin: h - t,
      xmax: s + t,
      ymax: h + t,
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
    this.updateOffset(), t.beginPath(), [i, n] = this.toCanvasCoordinates(this.xmin, this.ymin), t.rect(i, n, this.getWidth(), this.getHeight()), t.fillStyle = $t(this.color, this.alpha), t.fill(), this.isSelected ? t.lineWidth = this.selectedThickness : t.lineWidth = this.thickness;
    const r = Br[this.state] ?? Br.new;
    t.strokeStyle = $t(this.color, 1), t.setLineDash(r.dash.map((f) => f * Math.max(1, t.lineWidth / 2))), t.stroke(), t.setLineDash([]), t.closePath();
    const s = this.caption();
    t.font = this.isSelected ? "bold 13px Arial" : "12px Arial";
    const h = 18, o = h, u = s.trim() === "" ? 0 : t.measureText(s).width + 10;
    let [l, c] = this.toCanvasCoordinates(this.xmin, this.ymin - h);
    if (c < 0 && (c += h), t.fillStyle = r.color, t.fillRect(l, c, o, h), t.fillStyle = "white", t.textAlign = "center", t.fillText(r.text, l + o / 2, c + 13), t.textAlign = "left", u > 0 && (t.fillStyle = $t(this.color, 1), t.fillRect(l + o, c, u, h), t.fillStyle = lu(this.color), t.fillText(s, l + o + 5, c + 13)), t.lineWidth = 1, t.strokeStyle = "rgba(0, 0, 0, 0.6)", t.strokeRect(l, c, o + u, h), !!this.isSelected) {
      t.fillStyle = $t(this.color, 1);
      for (const f of this.resizeHandles)
        [i, n] = this.toCanvasCoordinates(f.xmin, f.ymin), t.fillRect(
          i,
          n,
          f.xmax - f.xmin,
          f.ymax - f.ymin
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
    const [i, n, r, s] = [this._xmin, this._xmax, this._ymin, this._ymax];
    switch (t) {
      case 1:
        this._xmin = this.canvasWindow.imageWidth - s, this._xmax = this.canvasWindow.imageWidth - r, this._ymin = i, this._ymax = n;
        break;
      case -1:
        this._xmin = r, this._xmax = s, this._ymin = this.canvasWindow.imageHeight - n, this._ymax = this.canvasWindow.imageHeight - i;
        break;
    }
    this.applyUserScale();
  }
}
var hu = /* @__PURE__ */ _t('<svg width="100%" height="100%" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-width="2" style="stroke-linecap:round;stroke-linejoin:round;"><path></path></svg>');
function Tt(e, t) {
  let i = _(t, "d", 8);
  var n = hu(), r = Vr(n);
  we(() => Be(r, "d", i())), Z(e, n);
}
var uu = /* @__PURE__ */ le("<button><!></button>");
function Ke(e, t) {
  const i = dr(t, ["children", "$$slots", "$$events", "$$legacy"]), n = dr(i, ["selected"]);
  let r = _(t, "selected", 8, !1);
  var s = uu();
  ns(
    s,
    () => ({
      class: "icon",
      ...n,
      [Qe]: { selected: r() }
    }),
    void 0,
    void 0,
    void 0,
    "svelte-1q29fxg"
  );
  var h = ne(s);
  Ot(h, t, "default", {}), ue("click", s, function(o) {
    tl.call(this, t, o);
  }), Z(e, s);
}
const fu = "M3 2h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM18 2h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM3 17h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM18 17h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM7.5 4.5H16M7.5 19.5H16M4.5 8V16M19.5 8V16", cu = "M 14.4 2.85 V 11.1 V 3.95 C 14.4 3.0387 15.1388 2.3 16.05 2.3 C 16.9612 2.3 17.7 3.0387 17.7 3.95 V 11.1 V 7.25 C 17.7 6.3387 18.4388 5.6 19.35 5.6 C 20.2612 5.6 21 6.3387 21 7.25 V 16.6 C 21 20.2451 18.0451 23.2 14.4 23.2 H 13.16 C 11.4831 23.2 9.8692 22.5618 8.6459 21.4149 L 3.1915 16.3014 C 2.403 15.5622 2.3829 14.3171 3.1472 13.5528 C 3.8943 12.8057 5.1057 12.8057 5.8528 13.5528 L 7.8 15.5 V 6.15 C 7.8 5.2387 8.5387 4.5 9.45 4.5 C 10.3612 4.5 11.1 5.2387 11.1 6.15 V 11.1 V 2.85 C 11.1 1.9387 11.8388 1.2 12.75 1.2 C 13.6612 1.2 14.4 1.9387 14.4 2.85 Z", du = "M10 12L14 16M14 12L10 16M4 6H20M16 6L15.7294 5.18807C15.4671 4.40125 15.3359 4.00784 15.0927 3.71698C14.8779 3.46013 14.6021 3.26132 14.2905 3.13878C13.9376 3 13.523 3 12.6936 3H11.3064C10.477 3 10.0624 3 9.70951 3.13878C9.39792 3.26132 9.12208 3.46013 8.90729 3.71698C8.66405 4.00784 8.53292 4.40125 8.27064 5.18807L8 6M18 6V16.2C18 17.8802 18 18.7202 17.673 19.362C17.3854 19.9265 16.9265 20.3854 16.362 20.673C15.7202 21 14.8802 21 13.2 21H10.8C9.11984 21 8.27976 21 7.63803 20.673C7.07354 20.3854 6.6146 19.9265 6.32698 19.362C6 18.7202 6 17.8802 6 16.2V6", vu = "M12,2.5L2.5,12c-.7.7-.7,1.8,0,2.4l7.1,7.1c.7.7,1.8.7,2.4,0l9.5-9.5c.3-.3.5-.8.5-1.2V3.7c0-1-.8-1.7-1.7-1.7h-7.1c-.5,0-.9.2-1.2.5ZM7.3,14.1l4.7-4.7M9.9,16.7l2.2-2.2M18.5,6.3c0,.5-.4.9-.9.9s-.9-.4-.9-.9.4-.9.9-.9.9.4.9.9Z", mu = "M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C15.9474 10 16.5286 10 17 10.0288M7 10.0288C6.41168 10.0647 5.99429 10.1455 5.63803 10.327C5.07354 10.6146 4.6146 11.0735 4.32698 11.638C4 12.2798 4 13.1198 4 14.8V16.2C4 17.8802 4 18.7202 4.32698 19.362C4.6146 19.9265 5.07354 20.3854 5.63803 20.673C6.27976 21 7.11984 21 8.8 21H15.2C16.8802 21 17.7202 21 18.362 20.673C18.9265 20.3854 19.3854 19.9265 19.673 19.362C20 18.7202 20 17.8802 20 16.2V14.8C20 13.1198 20 12.2798 19.673 11.638C19.3854 11.0735 18.9265 10.6146 18.362 10.327C18.0057 10.1455 17.5883 10.0647 17 10.0288M7 10.0288V8C7 5.23858 9.23858 3 12 3C14.7614 3 17 5.23858 17 8V10.0288", gu = "M16.584 6C15.8124 4.2341 14.0503 3 12 3C9.23858 3 7 5.23858 7 8V10.0288M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C16.8802 10 17.7202 10 18.362 10.327C18.9265 10.6146 19.3854 11.0735 19.673 11.638C20 12.2798 20 13.1198 20 14.8V16.2C20 17.8802 20 18.7202 19.673 19.362C19.3854 19.9265 18.9265 20.3854 18.362 20.673C17.7202 21 16.8802 21 15.2 21H8.8C7.11984 21 6.27976 21 5.63803 20.673C5.07354 20.3854 4.6146 19.9265 4.32698 19.362C4 18.7202 4 17.8802 4 16.2V14.8C4 13.1198 4 12.2798 4.32698 11.638C4.6146 11.0735 5.07354 10.6146 5.63803 10.327C5.99429 10.1455 6.41168 10.0647 7 10.0288Z";
function bu(e) {
  const t = e - 1;
  return t * t * t + 1;
}
function Pr(e) {
  const t = typeof e == "string" && e.match(/^\s*(-?[\d.]+)([^\s]*)\s*$/);
  return t ? [parseFloat(t[1]), t[2] || "px"] : [
    /** @type {number} */
    e,
    "px"
  ];
}
function _u(e, { delay: t = 0, duration: i = 400, easing: n = bu, x: r = 0, y: s = 0, opacity: h = 0 } = {}) {
  const o = getComputedStyle(e), u = +o.opacity, l = o.transform === "none" ? "" : o.transform, c = u * (1 - h), [f, d] = Pr(r), [S, v] = Pr(s);
  return {
    delay: t,
    duration: i,
    easing: n,
    css: (E, L) => `
			transform: ${l} translate(${(1 - E) * f}${d}, ${(1 - E) * S}${v});
			opacity: ${u - c * L}`
  };
}
var pu = /* @__PURE__ */ le('<li data-testid="dropdown-option" role="option"><span>✓</span> </li>'), xu = /* @__PURE__ */ le('<ul class="options svelte-v45gej" role="listbox"></ul>'), yu = /* @__PURE__ */ le('<div class="reference"></div> <!>', 1);
function wu(e, t) {
  ke(t, !1);
  var i = /* @__PURE__ */ U(), n = /* @__PURE__ */ U();
  let r = _(t, "choices", 8), s = _(t, "filtered_indices", 8), h = _(t, "show_options", 8, !1), o = _(t, "disabled", 8, !1), u = _(t, "selected_indices", 24, () => []), l = _(t, "active_index", 8, null), c = /* @__PURE__ */ U(), f = /* @__PURE__ */ U(), d = /* @__PURE__ */ U(), S = /* @__PURE__ */ U(), v = /* @__PURE__ */ U(), E = /* @__PURE__ */ U(), L = /* @__PURE__ */ U(), p = /* @__PURE__ */ U(), m = /* @__PURE__ */ U(), y = /* @__PURE__ */ U();
  function P() {
    const { top: N, bottom: z } = a(v).getBoundingClientRect();
    w(c, N), w(f, a(y) - z);
  }
  let x = null;
  function b() {
    h() && (x !== null && clearTimeout(x), x = setTimeout(
      () => {
        P(), x = null;
      },
      10
    ));
  }
  const C = xt();
  Ce(
    () => (j(h()), a(v), a(E), j(u()), de(i), de(n), a(d), a(f), a(c)),
    () => {
      if (h() && a(v)) {
        if (a(E) && u().length > 0) {
          let z = a(E).querySelectorAll("li");
          for (const A of Array.from(z))
            if (A.getAttribute("data-index") === u()[0].toString()) {
              w(i, a(E) === null || a(E) === void 0 ? void 0 : a(E).scrollTo) === null || de(i) === void 0 || de(i).call(a(E), 0, A.offsetTop);
              break;
            }
        }
        P();
        const N = w(n, a(v).parentElement) === null || de(n) === void 0 ? void 0 : de(n).getBoundingClientRect();
        w(d, N?.height || 0), w(S, N?.width || 0);
      }
      a(f) > a(c) ? (w(L, `${a(c)}px`), w(m, a(f)), w(p, null)) : (w(p, `${a(f) + a(d)}px`), w(m, a(c) - a(d)), w(L, null));
    }
  ), bt(), Ze();
  var I = yu();
  ue("scroll", _o, b);
  var T = Ne(I);
  je(T, (N) => w(v, N), () => a(v));
  var R = ee(T, 2);
  {
    var O = (N) => {
      var z = xu();
      let A;
      No(z, 5, s, Oo, (Q, W) => {
        var te = pu();
        let fe;
        var ve = ne(te);
        let he;
        var Y = ee(ve);
        we(
          (re, me, q) => {
            fe = Re(te, 1, "item svelte-v45gej", null, fe, {
              selected: re,
              active: a(W) === l(),
              "bg-gray-100": a(W) === l(),
              "dark:bg-gray-600": a(W) === l()
            }), Be(te, "data-index", a(W)), Be(te, "aria-label", (j(r()), a(W), K(() => r()[a(W)][0]))), Be(te, "aria-selected", me), he = Re(ve, 1, "inner-item svelte-v45gej", null, he, { hide: q }), bi(Y, ` ${j(r()), a(W), K(() => r()[a(W)][0]) ?? ""}`);
          },
          [
            () => u().includes(a(W)),
            () => (j(u()), a(W), K(() => u().includes(a(W)))),
            () => !u().includes(a(W))
          ]
        ), Z(Q, te);
      }), je(z, (Q) => w(E, Q), () => a(E)), we(() => A = _i(z, "", A, {
        bottom: a(p),
        "max-height": `calc(${a(m)}px - var(--window-padding))`,
        width: a(S) + "px"
      })), Xo(3, z, () => _u, () => ({ duration: 200, y: 5 })), ue("mousedown", z, el((Q) => C("change", Q))), Z(N, z);
    };
    ye(R, (N) => {
      h() && !o() && N(O);
    });
  }
  $o("innerHeight", (N) => w(y, N)), Z(e, I), De();
}
function Eu(e, t) {
  return (e % t + t) % t;
}
function Ir(e, t) {
  return e.reduce((i, n, r) => ((!t || n[0].toLowerCase().includes(t.toLowerCase())) && i.push(r), i), []);
}
function Su(e, t, i) {
  e("change", t), i || e("input");
}
function Cu(e, t, i) {
  if (e.key === "Escape")
    return [!1, t];
  if ((e.key === "ArrowDown" || e.key === "ArrowUp") && i.length >= 0)
    if (t === null)
      t = e.key === "ArrowDown" ? i[0] : i[i.length - 1];
    else {
      const n = i.indexOf(t), r = e.key === "ArrowUp" ? -1 : 1;
      t = i[Eu(n + r, i.length)];
    }
  return [!0, t];
}
var Hu = /* @__PURE__ */ le('<div class="icon-wrap svelte-1o5hhf5"><!></div>'), Au = /* @__PURE__ */ le('<div><!> <div class="wrap svelte-1o5hhf5"><div><div class="secondary-wrap svelte-1o5hhf5"><input role="listbox" aria-controls="dropdown-options" autocomplete="off"/> <!></div></div> <!></div></div>');
function Tu(e, t) {
  ke(t, !1);
  let i = _(t, "label", 8), n = _(t, "info", 8, void 0), r = _(t, "value", 28, () => []), s = /* @__PURE__ */ U([]), h = _(t, "value_is_output", 12, !1), o = _(t, "choices", 8), u = /* @__PURE__ */ U(), l = _(t, "disabled", 8, !1), c = _(t, "show_label", 8), f = _(t, "container", 8, !0), d = _(t, "allow_custom_value", 8, !1), S = _(t, "filterable", 8, !0), v = /* @__PURE__ */ U(), E = /* @__PURE__ */ U(!1), L = /* @__PURE__ */ U(), p = /* @__PURE__ */ U(), m = /* @__PURE__ */ U(""), y = /* @__PURE__ */ U(""), P = /* @__PURE__ */ U(!1), x = /* @__PURE__ */ U([]), b = /* @__PURE__ */ U(null), C = /* @__PURE__ */ U(null), I = /* @__PURE__ */ U();
  const T = xt();
  r() ? (w(I, o().map((D) => D[1]).indexOf(r())), w(C, a(I)), a(C) === -1 ? (w(s, r()), w(C, null)) : (((D) => {
    var J = Zt(D, 2);
    w(m, J[0]), w(s, J[1]);
  })(o()[a(C)]), w(y, a(m))), N()) : o().length > 0 && (w(I, 0), w(C, 0), ((D) => {
    var J = Zt(D, 2);
    w(m, J[0]), r(J[1]);
  })(o()[a(C)]), w(s, r()), w(y, a(m)));
  function R() {
    w(L, o().map((D) => D[0])), w(p, o().map((D) => D[1]));
  }
  let O = /* @__PURE__ */ U(!1);
  function N() {
    R(), r() === void 0 || Array.isArray(r()) && r().length === 0 ? (w(m, ""), w(C, null)) : a(p).includes(r()) ? (w(m, a(L)[a(p).indexOf(r())]), w(C, a(p).indexOf(r()))) : d() ? (w(m, r()), w(C, null)) : (w(m, ""), w(C, null)), w(I, a(C));
  }
  function z(D) {
    if (w(C, parseInt(D.detail.target.dataset.index)), isNaN(a(C))) {
      w(C, null);
      return;
    }
    w(E, !1), w(b, null), a(v).blur();
  }
  function A(D) {
    w(x, o().map((J, pe) => pe)), w(E, !0), a(
      v
      // typing replaces the current label
    ).select(), T("focus");
  }
  function Q() {
    d() ? r(a(m)) : w(m, a(L)[a(p).indexOf(r())]), w(E, !1), w(b, null), T("blur");
  }
  function W(D) {
    ((J) => {
      var pe = Zt(J, 2);
      w(E, pe[0]), w(b, pe[1]);
    })(Cu(D, a(b), a(x))), D.key === "Enter" && (a(b) !== null ? (w(C, a(b)), w(E, !1), a(v).blur(), w(b, null)) : a(L).includes(a(m)) ? (w(C, a(L).indexOf(a(m))), w(E, !1), w(b, null), a(v).blur()) : d() && (r(a(m)), w(C, null), w(E, !1), w(b, null), a(v).blur()), T("enter", r()));
  }
  hl(() => {
    h(!1), w(P, !0);
  }), Sn(() => {
    a(v).focus();
  }), Ce(
    () => (a(C), a(I), a(P), a(m), j(r()), j(o()), a(p)),
    () => {
      a(C) !== a(I) && a(C) !== null && a(P) && (((D) => {
        var J = Zt(D, 2);
        w(m, J[0]), r(J[1]);
      })(o()[a(C)]), w(I, a(C)), T("select", {
        index: a(C),
        value: a(p)[a(C)],
        selected: !0
      }));
    }
  ), Ce(
    () => (j(r()), a(s), j(h())),
    () => {
      r() != a(s) && (N(), Su(T, r(), h()), w(s, r()));
    }
  ), Ce(() => j(o()), () => {
    o(), R();
  }), Ce(
    () => (j(o()), a(u), j(d()), a(x), a(O), a(m), a(v)),
    () => {
      o() !== a(u) && (d() || N(), w(u, o()), w(x, a(O) ? Ir(o(), a(m)) : o().map((D, J) => J)), !d() && a(x).length > 0 && w(b, a(x)[0]), a(v) == document.activeElement && w(E, !0));
    }
  ), Ce(
    () => (a(m), a(y), a(x), a(O), j(o()), j(d())),
    () => {
      a(m) !== a(y) && (w(x, a(O) ? Ir(o(), a(m)) : o().map((D, J) => J)), w(y, a(m)), !d() && a(x).length > 0 && w(b, a(x)[0]));
    }
  ), bt(), Ze();
  var te = Au();
  let fe;
  var ve = ne(te);
  qh(ve, {
    get show_label() {
      return c();
    },
    get info() {
      return n();
    },
    children: (D, J) => {
      var pe = Ho();
      we(() => bi(pe, i())), Z(D, pe);
    },
    $$slots: { default: !0 }
  });
  var he = ee(ve, 2), Y = ne(he);
  let re;
  var me = ne(Y), q = ne(me);
  let ae;
  je(q, (D) => w(v, D), () => a(v));
  var Ee = ee(q, 2);
  {
    var Pe = (D) => {
      var J = Hu(), pe = ne(J);
      tu(pe), Z(D, J);
    };
    ye(Ee, (D) => {
      l() || D(Pe);
    });
  }
  var oe = ee(Y, 2);
  {
    let D = Se(() => a(C) === null ? [] : [a(C)]);
    wu(oe, {
      get show_options() {
        return a(E);
      },
      get choices() {
        return o();
      },
      get filtered_indices() {
        return a(x);
      },
      get disabled() {
        return l();
      },
      get selected_indices() {
        return a(D);
      },
      get active_index() {
        return a(b);
      },
      $$events: { change: z }
    });
  }
  we(
    (D) => {
      fe = Re(te, 1, "svelte-1o5hhf5", null, fe, { container: f() }), re = Re(Y, 1, "wrap-inner svelte-1o5hhf5", null, re, { show_options: a(E) }), Be(q, "aria-expanded", a(E)), Be(q, "aria-label", i()), ae = Re(q, 1, "border-none svelte-1o5hhf5", null, ae, { subdued: D }), q.disabled = l(), q.readOnly = !S();
    },
    [
      () => !a(L).includes(a(m)) && !d()
    ]
  ), Qo(q, () => a(m), (D) => w(m, D)), ue("keydown", q, W), ue("input", q, () => w(O, !0)), ue("keyup", q, (D) => T("key_up", { key: D.key, input_value: a(m) })), ue("blur", q, Q), ue("focus", q, A), Z(e, te), De();
}
var Bu = /* @__PURE__ */ le('<div style="margin-right: 8px;"><!></div>'), Pu = /* @__PURE__ */ le('<button class="modal-button stop svelte-blx80o">Remove</button>'), Iu = /* @__PURE__ */ le('<div class="modal svelte-blx80o" id="model-box-edit"><div class="modal-container svelte-blx80o"><span class="model-content svelte-blx80o"><!> <div style="margin-right: 10px;"><!></div> <button class="modal-button svelte-blx80o">Cancel</button> <!> <button class="modal-button primary svelte-blx80o">OK</button></span></div></div>');
function Lu(e, t) {
  ke(t, !1);
  let i = _(t, "label", 8, ""), n = _(t, "currentLabel", 12, ""), r = _(t, "choices", 24, () => []), s = _(t, "choicesColors", 24, () => []), h = _(t, "color", 8, ""), o = _(t, "currentColor", 12, ""), u = _(t, "showRemove", 8, !0), l = _(t, "labelDetailLock", 12, !1);
  const c = xt();
  function f(O) {
    c("change", {
      label: n(),
      color: o(),
      lock: l(),
      ret: O
      // -1: remove, 0: cancel, 1: change
    });
  }
  function d(O) {
    const { detail: N } = O;
    let z = N;
    Number.isInteger(z) ? (Array.isArray(s()) && z < s().length && o(s()[z]), Array.isArray(r()) && z < r().length && n(r()[z][0])) : n(z);
  }
  function S(O) {
    d(O), f(1);
  }
  function v(O) {
    l(!l());
  }
  function E(O) {
    switch (O.key.toLowerCase()) {
      case "enter":
        f(1);
        break;
      case "escape":
        f(0);
        break;
    }
  }
  Sn(() => (document.addEventListener("keydown", E), n(i()), o(h()), () => {
    document.removeEventListener("keydown", E);
  })), Ze();
  var L = Iu(), p = ne(L), m = ne(p), y = ne(m);
  {
    var P = (O) => {
      var N = Bu(), z = ne(N);
      {
        let A = Se(() => l() === !0);
        Ke(z, {
          get selected() {
            return a(A);
          },
          "aria-label": "Lock label detail",
          $$events: { click: v },
          children: (Q, W) => {
            {
              let te = Se(() => l() ? mu : gu);
              Tt(Q, {
                get d() {
                  return a(te);
                }
              });
            }
          },
          $$slots: { default: !0 }
        });
      }
      Z(O, N);
    };
    ye(y, (O) => {
      u() || O(P);
    });
  }
  var x = ee(y, 2), b = ne(x);
  Tu(b, {
    get value() {
      return n();
    },
    label: "Label",
    get choices() {
      return r();
    },
    show_label: !1,
    allow_custom_value: !0,
    $$events: { change: d, enter: S }
  });
  var C = ee(x, 2), I = ee(C, 2);
  {
    var T = (O) => {
      var N = Pu();
      ii("click", N, () => f(-1)), Z(O, N);
    };
    ye(I, (O) => {
      u() && O(T);
    });
  }
  var R = ee(I, 2);
  ii("click", C, () => f(0)), ii("click", R, () => f(1)), Z(e, L), De();
}
gi(["click"]);
const Je = [
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
var Ou = /* @__PURE__ */ le('<span class="canvas-control svelte-oi8vj2"><!> <!> <!> <!> <span class="separator svelte-oi8vj2"></span> <!> <!> <span class="separator svelte-oi8vj2"></span> <button class="text-button svelte-oi8vj2" aria-label="Zoom out" title="Zoom out (-)">&minus;</button> <span class="zoom-level svelte-oi8vj2" data-testid="zoom-level" title="Zoom: wheel on the picture; drag an empty spot (or Alt-drag) to pan"> </span> <button class="text-button svelte-oi8vj2" aria-label="Zoom in" title="Zoom in (+)">+</button> <button class="text-button svelte-oi8vj2" aria-label="Fit picture" title="Fit the picture (0 or Space)">Fit</button></span> <div class="canvas-keys svelte-oi8vj2" data-testid="canvas-keys">Keys anywhere on the page: <b>C</b> draw · <b>D</b> move/resize · <b>E</b> relabel · <b>Del</b> remove · <b>Ctrl+Z</b>/<b>Ctrl+Y</b> undo/redo · wheel or <b>+</b>/<b>&minus;</b> zoom · <b>0</b> fit · drag empty spot or Alt-drag to pan</div>', 1), Mu = /* @__PURE__ */ le('<div class="annotator-container" tabindex="0"><div class="canvas-container svelte-oi8vj2"><canvas class="canvas-annotator svelte-oi8vj2"></canvas></div> <!></div> <!>', 1);
function Ru(e, t) {
  ke(t, !1);
  const i = /* @__PURE__ */ U();
  var n = /* @__PURE__ */ U();
  (function(g) {
    g[g.creation = 0] = "creation", g[g.drag = 1] = "drag";
  })(de(n) || w(n, {}));
  let r = _(t, "imageUrl", 8, null), s = _(t, "interactive", 8), h = _(t, "boxAlpha", 8, 0.5), o = _(t, "boxMinSize", 8, 10), u = _(t, "handleSize", 8), l = _(t, "boxThickness", 8), c = _(t, "boxSelectedThickness", 8), f = _(t, "value", 12), d = _(t, "choices", 24, () => []), S = _(t, "choicesColors", 24, () => []), v = _(t, "disableEditBoxes", 8, !1), E = _(t, "height", 8, "100%"), L = _(t, "width", 8, "100%"), p = _(t, "singleBox", 8, !1), m = _(t, "showRemoveButton", 12, null), y = _(t, "handlesCursor", 8, !0), P = _(t, "useDefaultLabel", 8, !1), x = _(t, "enableKeyboardShortcuts", 8, !0);
  m() === null && m(v());
  let b = /* @__PURE__ */ U(), C = /* @__PURE__ */ U(), I = /* @__PURE__ */ U(), T, R = null, O = -1, N = /* @__PURE__ */ U(de(n).drag), z = /* @__PURE__ */ new Map(), A = /* @__PURE__ */ U(new ou(ge, z, () => a(b) !== null && a(b) !== void 0 ? a(b) : null));
  f() !== null && f().boxes.length == 0 && w(N, de(n).creation);
  let Q = 0, W = 0, te = 0, fe = 0, ve = 1, he = 0, Y = 0, re = /* @__PURE__ */ U(null), me = /* @__PURE__ */ U(P()), q = { label: "", color: "" }, ae = { x: 0, y: 0, distance: 0 };
  const Ee = 100, Pe = xt();
  let oe = /* @__PURE__ */ U([]), D = /* @__PURE__ */ U([]), J = "[]", pe = null;
  const He = 1.25, at = 32;
  let Rt = /* @__PURE__ */ U(100);
  function Nt() {
    var g;
    return JSON.stringify(((g = f() === null || f() === void 0 ? void 0 : f().boxes) !== null && g !== void 0 ? g : []).map((H) => {
      const B = H instanceof ei ? H.toJSON() : H, M = B.scaleFactor || 1;
      return Object.assign(Object.assign({}, B), {
        xmin: B.xmin / M,
        ymin: B.ymin / M,
        xmax: B.xmax / M,
        ymax: B.ymax / M,
        scaleFactor: 1
      });
    }));
  }
  function Si() {
    var g;
    return z.size > 0 || ((g = f() === null || f() === void 0 ? void 0 : f().boxes) !== null && g !== void 0 ? g : []).some((H) => H.isCreating || H.isDragging || H.isResizing) || a(re) === "new";
  }
  function An() {
    if (f() === null || Si())
      return;
    const g = Nt();
    g !== J && (w(oe, [...a(oe), J].slice(-200)), w(D, []), J = g);
  }
  function Ci() {
    An(), Pe("change");
  }
  function Tn(g) {
    f(f().boxes = JSON.parse(g), !0), Gn();
    for (const H of f().boxes)
      H.canvasXmin = Q, H.canvasYmin = W, H.canvasXmax = te, H.canvasYmax = fe, H.setScaleFactor(ve);
    J = g, qe(-1), Pe("change");
  }
  function Bn() {
    if (a(oe).length === 0)
      return;
    w(D, [...a(D), J]);
    const g = a(oe)[a(oe).length - 1];
    w(oe, a(oe).slice(0, -1)), Tn(g);
  }
  function Pn() {
    if (a(D).length === 0)
      return;
    w(oe, [...a(oe), J]);
    const g = a(D)[a(D).length - 1];
    w(D, a(D).slice(0, -1)), Tn(g);
  }
  function Ps() {
    f() !== pe && (pe = f(), w(oe, []), w(D, []), J = Nt());
  }
  function In(g, H, B) {
    const M = Math.min(at, Math.max(1, a(A).scale * g));
    if (M === 1) {
      Ut();
      return;
    }
    const G = (H - a(A).offsetX) / a(A).scale, k = (B - a(A).offsetY) / a(A).scale;
    se(A, a(A).offsetX = H - G * M), se(A, a(A).offsetY = B - k * M), se(A, a(A).scale = M), ge();
  }
  function Dt(g) {
    a(b) && In(g, a(b).width / 2, a(b).height / 2);
  }
  function kt(g) {
    var H = parseInt(g.slice(1, 3), 16), B = parseInt(g.slice(3, 5), 16), M = parseInt(g.slice(5, 7), 16);
    return "rgb(" + H + ", " + B + ", " + M + ")";
  }
  function Ln(g) {
    const H = g.match(/(\d+(\.\d+)?)/g), B = parseInt(H[0]), M = parseInt(H[1]), G = parseInt(H[2]);
    return "#" + (1 << 24 | B << 16 | M << 8 | G).toString(16).slice(1);
  }
  function ge() {
    if (T && a(b)) {
      if (T.clearRect(0, 0, a(b).width, a(b).height), T.save(), T.translate(a(A).offsetX, a(A).offsetY), T.scale(a(A).scale, a(A).scale), R !== null) {
        switch (f().orientation) {
          case 0:
            T.drawImage(R, 0, 0, he, Y);
            break;
          case 1:
            T.translate(he, 0), T.rotate(Math.PI / 2), T.drawImage(R, 0, 0, Y, he);
            break;
          case 2:
            T.translate(he, Y), T.rotate(Math.PI), T.drawImage(R, 0, 0, he, Y);
            break;
          case 3:
            T.translate(0, Y), T.rotate(-Math.PI / 2), T.drawImage(R, 0, 0, Y, he);
            break;
        }
        T.restore();
      }
      for (const H of f().boxes.slice().reverse())
        H.render(T);
    }
    const g = (f() === null || f() === void 0 ? void 0 : f().picture_scale) > 0 ? f().picture_scale : 1;
    w(Rt, Math.round(a(A).scale * ve * g * 100));
  }
  function qe(g) {
    O = g, f().boxes.forEach((H) => {
      H.setSelected(!1);
    }), g >= 0 && g < f().boxes.length && f().boxes[g].setSelected(!0), ge();
  }
  const On = (g, H) => {
    const B = Math.sqrt(Math.pow(g.clientX - H.clientX, 2) + Math.pow(g.clientY - H.clientY, 2));
    return B < Ee ? Ee : B;
  };
  function Is(g) {
    if (s()) {
      if (g.preventDefault(), a(b).setPointerCapture(g.pointerId), z.set(g.pointerId, g), z.size == 1)
        g.button === 1 || g.altKey ? a(
          A
          // middle button or Alt: pan, whatever the mode
        ).startDrag(g) : a(N) === de(n).creation ? Ds(g) : a(N) === de(n).drag && Ls(g);
      else if (z.size == 2) {
        se(A, a(A).isDragging = !1), f().boxes.forEach((Ue) => {
          Ue.isCreating = !1, Ue.isDragging = !1, Ue.isResizing = !1;
        });
        const H = Array.from(z.values()), B = H[0], M = H[1], G = On(B, M), [k, $] = a(A).toCanvasPoint((B.clientX + M.clientX) / 2, (B.clientY + M.clientY) / 2);
        ae.distance = G, ae.x = k, ae.y = $;
      }
    }
  }
  function Ls(g) {
    const [H, B] = a(A).toCanvasPoint(g.clientX, g.clientY);
    let M = !1;
    for (const [G, k] of f().boxes.entries()) {
      if (!k.isSelected)
        continue;
      const $ = k.indexOfPointInsideHandle(H, B);
      if ($ >= 0) {
        M = !0, qe(G), k.startResize($, g);
        return;
      }
    }
    for (const [G, k] of f().boxes.entries())
      if (k.isPointInsideBox(H, B)) {
        M = !0, qe(G), k.startDrag(g);
        return;
      }
    p() || qe(-1), M || a(A).startDrag(g);
  }
  function Mn(g) {
    s() && (z.delete(g.pointerId), a(b).releasePointerCapture(g.pointerId), Pe("change"), setTimeout(An, 0));
  }
  function Os(g) {
    if (s())
      if (g.preventDefault(), g.pointerType === "mouse") {
        if (!y() || f() === null || a(N) !== de(n).drag)
          return;
        const [H, B] = a(A).toCanvasPoint(g.clientX, g.clientY);
        for (const [M, G] of f().boxes.entries()) {
          if (!G.isSelected)
            continue;
          const k = G.indexOfPointInsideHandle(H, B);
          if (k >= 0) {
            se(b, a(b).style.cursor = G.resizeHandles[k].cursor);
            return;
          }
        }
        se(b, a(b).style.cursor = "default");
      } else {
        if (!z.has(g.pointerId))
          return;
        if (z.set(g.pointerId, g), z.size === 2) {
          const H = Array.from(z.values()), B = H[0], M = H[1], G = On(B, M), [k, $] = a(A).toCanvasPoint((B.clientX + M.clientX) / 2, (B.clientY + M.clientY) / 2), Ue = parseFloat((a(A).scale * (G / ae.distance)).toFixed(2)), Wt = Ue < 1 ? 1 : Ue, Et = Wt / a(A).scale;
          se(A, a(A).offsetX = ae.x - (ae.x - a(A).offsetX) * Et), se(A, a(A).offsetY = ae.y - (ae.y - a(A).offsetY) * Et);
          const Yt = k - ae.x, Vt = $ - ae.y;
          se(A, a(A).offsetX += Yt), se(A, a(A).offsetY += Vt), se(A, a(A).scale = Wt), ae.x = k, ae.y = $, ae.distance = G, ge();
        }
      }
  }
  function Ut() {
    const g = a(b).width / he, H = a(b).height / Y, B = Math.min(g, H);
    se(A, a(A).scale = B), se(A, a(A).offsetX = (a(b).width - he * B) / 2), se(A, a(A).offsetY = (a(b).height - Y * B) / 2), ge();
  }
  function Ms(g) {
    var H;
    const B = g, M = ((H = B?.tagName) !== null && H !== void 0 ? H : "").toLowerCase();
    return M === "input" || M === "textarea" || M === "select" || !!B?.isContentEditable;
  }
  function Rn(g) {
    var H, B;
    if (!x() || !s() || f() === null || !a(b) || a(b).offsetParent === null || a(re) !== null || Ms(g.target))
      return;
    const M = g.key.toLowerCase(), G = g.ctrlKey || g.metaKey;
    let k = null;
    if (G && !g.altKey)
      M === "z" && !g.shiftKey ? k = Bn : (M === "z" && g.shiftKey || M === "y") && (k = Pn);
    else if (!g.altKey) {
      const $ = ((B = (H = g.target) === null || H === void 0 ? void 0 : H.tagName) === null || B === void 0 ? void 0 : B.toLowerCase()) === "button";
      switch (M) {
        case "delete":
        case "backspace":
          k = Gt;
          break;
        case "c":
          k = Hi;
          break;
        case "d":
          k = Ai;
          break;
        case "e":
          k = kn;
          break;
        case "+":
        case "=":
          k = () => Dt(He);
          break;
        case "-":
        case "_":
          k = () => Dt(1 / He);
          break;
        case "0":
          k = Ut;
          break;
        case " ":
          k = $ ? null : Ut;
          break;
      }
    }
    k !== null && (g.preventDefault(), g.stopPropagation(), k());
  }
  function Rs() {
    setTimeout(
      () => {
        a(I) === null || a(I) === void 0 || a(I).focus();
      },
      0
    );
  }
  function Ns(g) {
    if (!s())
      return;
    g.preventDefault();
    const [H, B] = a(A).toCanvasPoint(g.clientX, g.clientY);
    In(1 / (1 + g.deltaY / 1e3 * 0.5), H, B);
  }
  function zt(g) {
    return Array.isArray(d()) ? d().findIndex((H) => H[0] === g) : -1;
  }
  function Nn(g, H) {
    const B = zt(g);
    return B >= 0 && B < S().length ? kt(S()[B]) : H;
  }
  function Dn() {
    if (!Array.isArray(d()) || d().length === 0)
      return;
    zt(q.label) < 0 && (q.label = d()[0][0]);
    const g = zt(q.label);
    q.color = g < S().length ? S()[g] : "";
  }
  function Ds(g) {
    const [H, B] = a(A).toCanvasPoint(g.clientX, g.clientY), M = (H - a(A).offsetX) / a(A).scale, G = (B - a(A).offsetY) / a(A).scale;
    let k;
    q.color !== "" ? k = kt(q.color) : S().length > 0 ? k = kt(S()[0]) : p() ? f().boxes.length > 0 ? k = f().boxes[0].color : k = Je[0] : k = Je[f().boxes.length % Je.length];
    let $ = new ei(ge, Ti, a(A), z, Q, W, te, fe, "", M, G, M, G, k, h(), o(), u(), l(), c(), ve);
    $.startCreating(), p() ? f(f().boxes = [$], !0) : f(f().boxes = [$, ...f().boxes], !0), qe(0), ge(), Pe("change");
  }
  function Hi() {
    w(N, de(n).creation), se(b, a(b).style.cursor = "crosshair");
  }
  function Ai() {
    w(N, de(n).drag), se(b, a(b).style.cursor = "default");
  }
  function Ti() {
    O >= 0 && O < f().boxes.length && (f().boxes[O].getArea() < 1 ? Gt() : (v() || (a(me) ? zs() : w(re, "new")), p() && Ai()));
  }
  function kn() {
    O >= 0 && O < f().boxes.length && !v() && w(re, "edit");
  }
  function ks(g) {
    s() && kn();
  }
  function Un() {
    return f() !== null && O >= 0 && O < f().boxes.length ? f().boxes[O] : null;
  }
  function Bi(g, H) {
    q.label = g, q.color = H;
  }
  function Us(g) {
    const H = a(re);
    w(re, null), Rs();
    const { label: B, color: M, ret: G, lock: k } = g.detail;
    if (H === "defaultLabel") {
      G == 1 && (w(me, k), Bi(B, M));
      return;
    }
    const $ = Un();
    if ($ !== null) {
      if (G != 1) {
        (G == -1 || H === "new") && Gt();
        return;
      }
      H === "new" ? (w(me, k), Bi(B, M)) : ($.label !== B && $.markEdited(), zt(B) >= 0 && Bi(B, M)), $.label = B, $.color = Nn(B, kt(M)), ge(), Ci();
    }
  }
  function zs() {
    if (O >= 0 && O < f().boxes.length) {
      let g = f().boxes[O];
      g.label = q.label, g.color = Nn(g.label, g.color), ge(), Ci();
    }
  }
  function Gt() {
    O >= 0 && O < f().boxes.length && (f().boxes.splice(O, 1), qe(-1), p() && Hi(), Ci());
  }
  function Ft() {
    if (a(b)) {
      const g = a(b).clientWidth;
      if (g === 0)
        return;
      ve = 1;
      let H;
      if (a(A).setRotatedImage(R), R !== null) {
        const B = a(A).imageRotatedWidth, M = a(A).imageRotatedHeight, G = typeof E() == "number" && E() > 0 ? E() : 1 / 0;
        ve = Math.min(1, g / B, G / M), he = Math.round(B * ve), Y = Math.round(M * ve), Q = (g - he) / 2, W = 0, te = Q + he, fe = Y, H = Y, se(A, a(A).imageWidth = he), se(A, a(A).imageHeight = Y);
      } else
        Q = 0, W = 0, te = g, fe = a(b).clientHeight, H = a(b).clientHeight;
      if (a(b).width !== g && se(b, a(b).width = g), a(b).height !== H && se(b, a(b).height = H), a(A).resize(a(b).width, a(b).height, Q, W), te > 0 && fe > 0)
        for (const B of f().boxes)
          B.canvasXmin = Q, B.canvasYmin = W, B.canvasXmax = te, B.canvasYmax = fe, B.setScaleFactor(ve);
      ge();
    }
  }
  let zn = -1;
  const Gs = new ResizeObserver(() => {
    const g = a(C) ? a(C).clientWidth : 0;
    g !== zn && (zn = g, Ft());
  });
  function Gn() {
    for (let g = 0; g < f().boxes.length; g++) {
      let H = f().boxes[g];
      if (H instanceof ei)
        H.pointersCache !== z && H.attach(ge, Ti, a(A), z);
      else {
        let B = "", M = "";
        H.hasOwnProperty("color") ? (B = H.color, Array.isArray(B) && B.length === 3 && (B = `rgb(${B[0]}, ${B[1]}, ${B[2]})`)) : B = Je[g % Je.length], H.hasOwnProperty("label") && (M = H.label);
        let G = 1;
        H.hasOwnProperty("scaleFactor") && (G = H.scaleFactor);
        const k = ["predicted", "accepted", "new"].includes(H.state) ? H.state : "new", $ = typeof H.score == "number" ? H.score : null;
        H = new ei(ge, Ti, a(A), z, Q, W, te, fe, M, H.xmin, H.ymin, H.xmax, H.ymax, B, h(), o(), u(), l(), c(), G), H.state = k, H.score = $, f(f().boxes[g] = H, !0);
      }
    }
  }
  function Fn() {
    r() !== null && (R === null || R.src != r()) && (R = new Image(), R.src = r(), R.onload = function() {
      Ft(), ge();
    });
  }
  Sn(() => {
    if (Array.isArray(d()) && d().length > 0) {
      if (!Array.isArray(S()) || S().length == 0)
        for (let g = 0; g < d().length; g++) {
          let H = Je[g % Je.length];
          S().push(Ln(H));
        }
      Dn();
    }
    return document.addEventListener("keydown", Rn), T = a(b).getContext("2d"), Gs.observe(a(C)), O < 0 && f() !== null && f().boxes.length > 0 && qe(0), Fn(), Ft(), ge(), () => document.removeEventListener("keydown", Rn);
  }), Ce(() => a(re), () => {
    w(i, a(re) !== null ? Un() : null);
  }), Ce(
    () => (j(d()), j(S())),
    () => {
      d(), S(), Dn();
    }
  ), Ce(() => j(f()), () => {
    f(), se(A, a(A).orientation = f().orientation), Fn(), Gn(), Ft(), Ps(), ge();
  }), bt(), Ze();
  var Xn = Mu(), Xt = Ne(Xn), Pi = ne(Xt), Ge = ne(Pi);
  je(Ge, (g) => w(b, g), () => a(b)), je(Pi, (g) => w(C, g), () => a(C));
  var Fs = ee(Pi, 2);
  {
    var Xs = (g) => {
      var H = Ou(), B = Ne(H), M = ne(B);
      {
        let be = Se(() => (a(N), de(n), K(() => a(N) === de(n).creation)));
        Ke(M, {
          get selected() {
            return a(be);
          },
          "aria-label": "Create box",
          title: "Create box (C)",
          $$events: { click: () => Hi() },
          children: (Ie, St) => {
            Tt(Ie, {
              get d() {
                return fu;
              }
            });
          },
          $$slots: { default: !0 }
        });
      }
      var G = ee(M, 2);
      {
        let be = Se(() => (a(N), de(n), K(() => a(N) === de(n).drag)));
        Ke(G, {
          get selected() {
            return a(be);
          },
          "aria-label": "Drag boxes",
          title: "Drag boxes (D)",
          $$events: { click: () => Ai() },
          children: (Ie, St) => {
            Tt(Ie, {
              get d() {
                return cu;
              }
            });
          },
          $$slots: { default: !0 }
        });
      }
      var k = ee(G, 2);
      {
        var $ = (be) => {
          Ke(be, {
            "aria-label": "Remove box",
            title: "Remove box (Del)",
            $$events: { click: () => Gt() },
            children: (Ie, St) => {
              Tt(Ie, {
                get d() {
                  return du;
                }
              });
            },
            $$slots: { default: !0 }
          });
        };
        ye(k, (be) => {
          m() && be($);
        });
      }
      var Ue = ee(k, 2);
      {
        var Wt = (be) => {
          Ke(be, {
            "aria-label": "Edit label",
            title: "Edit label",
            $$events: { click: () => w(re, "defaultLabel") },
            children: (Ie, St) => {
              Tt(Ie, {
                get d() {
                  return vu;
                }
              });
            },
            $$slots: { default: !0 }
          });
        };
        ye(Ue, (be) => {
          !v() && a(me) && be(Wt);
        });
      }
      var Et = ee(Ue, 4);
      {
        let be = Se(() => (a(oe), K(() => a(oe).length === 0)));
        Ke(Et, {
          "aria-label": "Undo",
          title: "Undo (Ctrl+Z)",
          get disabled() {
            return a(be);
          },
          $$events: { click: () => Bn() },
          children: (Ie, St) => {
            au(Ie);
          },
          $$slots: { default: !0 }
        });
      }
      var Yt = ee(Et, 2);
      {
        let be = Se(() => (a(D), K(() => a(D).length === 0)));
        Ke(Yt, {
          "aria-label": "Redo",
          title: "Redo (Ctrl+Y or Ctrl+Shift+Z)",
          get disabled() {
            return a(be);
          },
          $$events: { click: () => Pn() },
          children: (Ie, St) => {
            ru(Ie);
          },
          $$slots: { default: !0 }
        });
      }
      var Vt = ee(Yt, 4), Wn = ee(Vt, 2), Vs = Vr(Wn), Yn = ee(Wn, 2), js = ee(Yn, 2);
      we(() => bi(Vs, `${a(Rt) ?? ""}%`)), ue("click", Vt, () => Dt(1 / He)), ue("click", Yn, () => Dt(He)), ue("click", js, () => Ut()), Z(g, H);
    };
    ye(Fs, (g) => {
      s() && g(Xs);
    });
  }
  je(Xt, (g) => w(I, g), () => a(I));
  var Ws = ee(Xt, 2);
  {
    var Ys = (g) => {
      var H = wn(), B = Ne(H);
      To(B, () => a(re), (M) => {
        {
          let G = Se(() => a(re) === "edit"), k = Se(() => (a(i), K(() => a(i)?.label ?? ""))), $ = Se(() => (a(i), K(() => a(i) ? Ln(a(i).color) : "")));
          Lu(M, {
            get choices() {
              return d();
            },
            get choicesColors() {
              return S();
            },
            get showRemove() {
              return a(G);
            },
            get label() {
              return a(k);
            },
            get color() {
              return a($);
            },
            get labelDetailLock() {
              return a(me);
            },
            $$events: { change: Us }
          });
        }
      }), Z(g, H);
    };
    ye(Ws, (g) => {
      a(re) !== null && g(Ys);
    });
  }
  we(() => _i(Ge, `height: ${E() ?? ""}; width: ${L() ?? ""};`)), ue("pointerdown", Ge, Is), ue("pointerup", Ge, Mn), ue("pointermove", Ge, Os), ue("pointercancel", Ge, Mn), ue("dblclick", Ge, ks), ue("wheel", Ge, Ns), ue("click", Xt, () => a(I).focus()), Z(e, Xn), De();
}
function Nu(e, t) {
  ke(t, !1);
  const i = /* @__PURE__ */ U();
  let n = _(t, "src", 8, void 0), r = _(t, "interactive", 8), s = _(t, "boxesAlpha", 8), h = _(t, "labelList", 8), o = _(t, "labelColors", 8), u = _(t, "boxMinSize", 8), l = _(t, "handleSize", 8), c = _(t, "boxThickness", 8), f = _(t, "height", 8), d = _(t, "width", 8), S = _(t, "boxSelectedThickness", 8), v = _(t, "value", 12), E = _(t, "disableEditBoxes", 8), L = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), m = _(t, "handlesCursor", 8), y = _(t, "useDefaultLabel", 8), P = _(t, "enableKeyboardShortcuts", 8);
  const x = xt();
  Ce(() => j(n()), () => {
    w(i, n());
  }), bt(), Ze(), Ru(e, {
    get interactive() {
      return r();
    },
    get boxAlpha() {
      return s();
    },
    get choices() {
      return h();
    },
    get choicesColors() {
      return o();
    },
    get height() {
      return f();
    },
    get width() {
      return d();
    },
    get boxMinSize() {
      return u();
    },
    get handleSize() {
      return l();
    },
    get boxThickness() {
      return c();
    },
    get boxSelectedThickness() {
      return S();
    },
    get disableEditBoxes() {
      return E();
    },
    get singleBox() {
      return L();
    },
    get showRemoveButton() {
      return p();
    },
    get handlesCursor() {
      return m();
    },
    get useDefaultLabel() {
      return y();
    },
    get enableKeyboardShortcuts() {
      return P();
    },
    get imageUrl() {
      return a(i);
    },
    get value() {
      return v();
    },
    set value(b) {
      v(b);
    },
    $$events: { change: () => x("change") },
    $$legacy: !0
  }), De();
}
var Du = /* @__PURE__ */ le("<div><!></div>"), ku = /* @__PURE__ */ le('<!> <div data-testid="image" class="image-container svelte-4p70gr"><div class="upload-container svelte-4p70gr"><!></div></div>', 1);
function Uu(e, t) {
  ke(t, !1);
  let i = _(t, "value", 12), n = _(t, "label", 8, void 0), r = _(t, "show_label", 8), s = _(t, "selectable", 8, !1), h = _(t, "interactive", 8), o = _(t, "boxesAlpha", 8), u = _(t, "labelList", 8), l = _(t, "labelColors", 8), c = _(t, "boxMinSize", 8), f = _(t, "handleSize", 8), d = _(t, "height", 8), S = _(t, "width", 8), v = _(t, "boxThickness", 8), E = _(t, "disableEditBoxes", 8), L = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), m = _(t, "handlesCursor", 8), y = _(t, "boxSelectedThickness", 8), P = _(t, "useDefaultLabel", 8), x = _(t, "enableKeyboardShortcuts", 8);
  const b = xt();
  Ze();
  var C = ku(), I = Ne(C);
  {
    let A = Se(() => n() || "Image Annotator");
    Kh(I, {
      get show_label() {
        return r();
      },
      get Icon() {
        return Bs;
      },
      get label() {
        return a(A);
      }
    });
  }
  var T = ee(I, 2), R = ne(T), O = ne(R);
  {
    var N = (A) => {
      var Q = wn(), W = Ne(Q);
      Ot(W, t, "default", {}), Z(A, Q);
    }, z = (A) => {
      var Q = Du();
      let W;
      var te = ne(Q);
      Nu(te, {
        get height() {
          return d();
        },
        get width() {
          return S();
        },
        get boxesAlpha() {
          return o();
        },
        get labelList() {
          return u();
        },
        get labelColors() {
          return l();
        },
        get boxMinSize() {
          return c();
        },
        get interactive() {
          return h();
        },
        get handleSize() {
          return f();
        },
        get boxThickness() {
          return v();
        },
        get singleBox() {
          return L();
        },
        get disableEditBoxes() {
          return E();
        },
        get showRemoveButton() {
          return p();
        },
        get handlesCursor() {
          return m();
        },
        get boxSelectedThickness() {
          return y();
        },
        get useDefaultLabel() {
          return P();
        },
        get enableKeyboardShortcuts() {
          return x();
        },
        get src() {
          return j(i()), K(() => i().image.url);
        },
        get value() {
          return i();
        },
        set value(fe) {
          i(fe);
        },
        $$events: { change: () => b("change") },
        $$legacy: !0
      }), we(() => W = Re(Q, 1, "image-frame svelte-4p70gr", null, W, { selectable: s() })), Z(A, Q);
    };
    ye(O, (A) => {
      i() == null ? A(N) : A(z, -1);
    });
  }
  Z(e, C), De();
}
var zu = /* @__PURE__ */ le('<img alt=""/>'), Gu = /* @__PURE__ */ le("<div><!></div>");
function Yu(e, t) {
  ke(t, !1);
  let i = _(t, "value", 8), n = _(t, "type", 8), r = _(t, "selected", 8, !1);
  Ze();
  var s = Gu();
  let h;
  var o = ne(s);
  {
    var u = (l) => {
      var c = zu();
      we(() => Be(c, "src", (j(i()), K(() => i().url)))), Z(l, c);
    };
    ye(o, (l) => {
      i() && l(u);
    });
  }
  we(() => h = Re(s, 1, "container svelte-1uec0xe", null, h, {
    table: n() === "table",
    gallery: n() === "gallery",
    selected: r(),
    border: i()
  })), Z(e, s), De();
}
var Fu = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]);
function Vu(e, t) {
  ke(t, !0);
  var i = this && this.__awaiter || function(u, l, c, f) {
    function d(S) {
      return S instanceof c ? S : new c(function(v) {
        v(S);
      });
    }
    return new (c || (c = Promise))(function(S, v) {
      function E(m) {
        try {
          p(f.next(m));
        } catch (y) {
          v(y);
        }
      }
      function L(m) {
        try {
          p(f.throw(m));
        } catch (y) {
          v(y);
        }
      }
      function p(m) {
        m.done ? S(m.value) : d(m.value).then(E, L);
      }
      p((f = f.apply(u, l || [])).next());
    });
  };
  class n extends Wh {
    get_data() {
      const l = Object.create(null, { get_data: { get: () => super.get_data } });
      return i(this, void 0, void 0, function* () {
        return yield l.get_data.call(this);
      });
    }
  }
  const r = /* @__PURE__ */ al(t, Fu), s = new n(r);
  let h = s.props.value, o = !1;
  ct(() => {
    if (!o) {
      h = s.props.value, o = !0;
      return;
    }
    h !== s.props.value && (h = s.props.value, s.dispatch("change"));
  }), jh(e, {
    get visible() {
      return s.shared.visible;
    },
    variant: "solid",
    border_mode: "base",
    padding: !1,
    get elem_id() {
      return s.shared.elem_id;
    },
    get elem_classes() {
      return s.shared.elem_classes;
    },
    get width() {
      return s.props.width;
    },
    allow_overflow: !1,
    get container() {
      return s.shared.container;
    },
    get scale() {
      return s.shared.scale;
    },
    get min_width() {
      return s.shared.min_width;
    },
    children: (u, l) => {
      Uu(u, {
        get selectable() {
          return s.props._selectable;
        },
        get interactive() {
          return s.shared.interactive;
        },
        get boxesAlpha() {
          return s.props.boxes_alpha;
        },
        get height() {
          return s.props.height;
        },
        get width() {
          return s.props.width;
        },
        get labelList() {
          return s.props.label_list;
        },
        get labelColors() {
          return s.props.label_colors;
        },
        get boxMinSize() {
          return s.props.box_min_size;
        },
        get label() {
          return s.shared.label;
        },
        get show_label() {
          return s.shared.show_label;
        },
        get handleSize() {
          return s.props.handle_size;
        },
        get boxThickness() {
          return s.props.box_thickness;
        },
        get boxSelectedThickness() {
          return s.props.box_selected_thickness;
        },
        get disableEditBoxes() {
          return s.props.disable_edit_boxes;
        },
        get singleBox() {
          return s.props.single_box;
        },
        get showRemoveButton() {
          return s.props.show_remove_button;
        },
        get handlesCursor() {
          return s.props.handles_cursor;
        },
        get useDefaultLabel() {
          return s.props.use_default_label;
        },
        get enableKeyboardShortcuts() {
          return s.props.enable_keyboard_shortcuts;
        },
        get value() {
          return s.props.value;
        },
        set value(c) {
          s.props.value = c;
        },
        $$events: {
          change: () => s.dispatch("change"),
          select: ({ detail: c }) => s.dispatch("select", c)
        },
        children: (c, f) => {
          $h(c, {
            unpadded_box: !0,
            size: "large",
            children: (d, S) => {
              Bs(d);
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
  Yu as BaseExample,
  Vu as default
};
