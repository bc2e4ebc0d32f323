import { i as rt, g as fi, o as Or, s as Js, l as ci, c as Ae, e as Ks, E as Qs, B as $s, D as Zn, a as Vi, A as ea, b as ta, d as di, f as Me, C as na, h as vi, R as ia, j as ra, p as sa, k as Mr, n as ji, q as aa, r as Rr, t as oa, v as Pt, w as la, x as Zi, y as Nr, z as ua, F as qi, G as ha, H as J, I as a, S as $e, J as fa, K as ca, L as da, U as xe, M as tn, N as va, O as Ln, P as Ji, Q as Ki, T as mi, V as ma, W as dn, X as on, Y as ga, Z as ft, _ as tt, $ as ln, a0 as Dr, a1 as ba, a2 as _a, a3 as pa, a4 as Fe, a5 as un, a6 as xa, a8 as ya, a9 as Te, aa as kr, ab as nt, ac as gi, ad as Ur, ae as it, af as ut, ag as vn, ah as bi, ai as wa, aj as Se, ak as _i, al as Ea, am as Sa, an as Ca, ao as qn, ap as On, aq as Ha, ar as Ta, as as Aa, at as Ba, au as Pa, av as mn, aw as Ia, ax as La, ay as Qi, az as Ve, aA as pi, aB as Oa, aC as zr, aD as Zt, aE as Ma, aF as Gr, aG as $i, aH as Fr, aI as et, aJ as Ra, aK as xi, aL as er, aM as Na, aN as Da, aO as ka, aP as Xr, aQ as Ua, aR as za, aS as Wr, aT as ht, aU as Ga, aV as Fa, aW as gn, aX as Xa, aY as Wa, aZ as Ya, a_ as Va, a$ as ja, b0 as Za, b1 as nn, b2 as bn, b3 as qa, b4 as Ja, b5 as tr, b6 as Ka, b7 as Qa, b8 as $a, b9 as eo, ba as to, bb as no, bc as Yr, bd as io, be as ro, bf as so, bg as ao, bh as oo, bi as ct, bj as Jn, bk as lo, bl as j, bm as Kn, bn as uo, bo as ho, bp as Vr, bq as fo, br as co, bs as vo, bt as mo, bu as go, bv as nr, bw as bo, bx as _o, by as po, bz as Ce, bA as bt, bB as Ne, bC as De, bD as ke, bE as ee, bF as ue, bG as we, bH as ie, bI as _n, bJ as jr, bK as ce, bL as xo, bM as Tt } from "./render-AhIP3n55.js";
let yo = !1;
function yi(e) {
  throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
const wo = [];
function Eo(e, t = !1, n = !1) {
  return rn(e, /* @__PURE__ */ new Map(), "", wo, null, n);
}
function rn(e, t, n, i, r = null, s = !1) {
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
    if (rt(e)) {
      var o = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, o), r !== null && t.set(r, o);
      for (var h = 0; h < e.length; h += 1) {
        var l = e[h];
        h in e && (o[h] = rn(l, t, n, i, null, s));
      }
      return o;
    }
    if (fi(e) === Or) {
      o = {}, t.set(e, o), r !== null && t.set(r, o);
      for (var c of Object.keys(e))
        o[c] = rn(
          // @ts-expect-error
          e[c],
          t,
          n,
          i,
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
      return rn(
        /** @type {T & { toJSON(): any } } */
        e.toJSON(),
        t,
        n,
        i,
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
function Lt(e, t) {
  var n = {
    f: 0,
    v: e,
    reactions: null,
    equals: Ks,
    rv: 0,
    wv: 0
  };
  return n;
}
// @__NO_SIDE_EFFECTS__
function Le(e, t) {
  const n = Lt(e);
  return sa(n), n;
}
// @__NO_SIDE_EFFECTS__
function k(e, t = !1, n = !0) {
  const i = Lt(e);
  return t || (i.equals = Js), ci && n && Ae !== null && Ae.l !== null && (Ae.l.s ??= []).push(i), i;
}
function se(e, t) {
  return E(
    e,
    J(() => a(e))
  ), t;
}
function It(e) {
  Pt !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!la || (Pt.f & Zi) !== 0) && di() && (Pt.f & (Zn | Nr | ua | Zi)) !== 0 && (qi === null || !qi.has(e)) && ha();
}
function E(e, t, n = !1) {
  return It(e), Xe(e, t, n);
}
function Xe(e, t, n = !1) {
  let i = n ? We(t) : t;
  return hn(e, i, Mr);
}
function So(e, t) {
  return It(e), hn(e, t, Mr);
}
function hn(e, t, n = null) {
  var i = e.equals(t) && (e.f & Qs) === 0, r = ra?.get(e);
  if (!i || r !== void 0 && (r.e || !e.equals.call(r, t))) {
    var s = $s.ensure();
    (e.f & (Zn | Vi | ea)) === (Zn | Vi) && ta(
      /** @type {Derived} */
      e
    ), s.capture(e, t, i, !1, n), di() && Me !== null && (Me.f & na) !== 0 && (Me.f & (vi | ia)) === 0 && (ji === null ? aa([e]) : ji.push(e));
  } else Rr && oa(e);
  return t;
}
function ir(e, t = 1) {
  var n = a(e), i = t === 1 ? n++ : n--;
  return So(e, n), i;
}
function Mn(e) {
  Xe(e, e.v + 1);
}
function We(e) {
  if (typeof e != "object" || e === null || $e in e || fa in e)
    return e;
  const t = fi(e);
  if (t !== Or && t !== ca)
    return e;
  var n = /* @__PURE__ */ new Map(), i = rt(e), r = /* @__PURE__ */ Le(0), s = Ln, u = (o) => {
    if (Ln === s)
      return o();
    var h = Pt, l = Ln;
    Ji(null), Ki(s);
    var c = o();
    return Ji(h), Ki(l), c;
  };
  return i && n.set("length", /* @__PURE__ */ Le(
    /** @type {any[]} */
    e.length
  )), new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(o, h, l) {
        (!("value" in l) || l.configurable === !1 || l.enumerable === !1 || l.writable === !1) && va(), It(r);
        var c = n.get(h);
        return c === void 0 ? u(() => {
          var f = /* @__PURE__ */ Le(l.value);
          return n.set(h, f), f;
        }) : Xe(c, l.value, !0), !0;
      },
      deleteProperty(o, h) {
        It(r);
        var l = n.get(h);
        if (l === void 0) {
          if (h in o) {
            const c = u(() => /* @__PURE__ */ Le(xe));
            n.set(h, c), Mn(r);
          }
        } else
          Xe(l, xe), Mn(r);
        return !0;
      },
      get(o, h, l) {
        if (h === $e)
          return e;
        var c = n.get(h), f = h in o;
        if (c === void 0 && (!f || tn(o, h)?.writable) && (c = u(() => {
          var C = We(f ? o[h] : xe), v = /* @__PURE__ */ Le(C);
          return v;
        }), n.set(h, c)), c !== void 0) {
          var d = a(c);
          return d === xe ? void 0 : d;
        }
        return Reflect.get(o, h, l);
      },
      getOwnPropertyDescriptor(o, h) {
        this.has?.(o, h);
        var l = Reflect.getOwnPropertyDescriptor(o, h), c = n.get(h);
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
      has(o, h) {
        if (h === $e)
          return !0;
        var l = n.get(h), c = l !== void 0 && l.v !== xe || Reflect.has(o, h);
        if (l !== void 0 || (Me !== null || Pt !== null) && (!c || tn(o, h)?.writable)) {
          l === void 0 && (l = u(() => {
            var d = c ? We(o[h]) : xe, C = /* @__PURE__ */ Le(d);
            return C;
          }), n.set(h, l));
          var f = a(l);
          if (f === xe)
            return !1;
        }
        return c;
      },
      set(o, h, l, c) {
        It(r);
        var f = n.get(h), d = h in o;
        if (i && h === "length")
          for (var C = l; C < /** @type {Source<number>} */
          f.v; C += 1) {
            var v = n.get(C + "");
            v !== void 0 ? Xe(v, xe) : C in o && (v = u(() => /* @__PURE__ */ Le(xe)), n.set(C + "", v));
          }
        if (f === void 0)
          (!d || tn(o, h)?.writable) && (f = u(() => /* @__PURE__ */ Le(void 0)), Xe(f, We(l)), n.set(h, f));
        else {
          d = f.v !== xe;
          var w = u(() => We(l));
          Xe(f, w);
        }
        var L = Reflect.getOwnPropertyDescriptor(o, h);
        if (L?.set && L.set.call(c, l), !d) {
          if (i && typeof h == "string") {
            var p = (
              /** @type {Source<number>} */
              n.get("length")
            ), m = Number(h);
            Number.isInteger(m) && m >= p.v && Xe(p, m + 1);
          }
          Mn(r);
        }
        return !0;
      },
      ownKeys(o) {
        a(r);
        var h = Reflect.ownKeys(o).filter((f) => {
          var d = n.get(f);
          return d === void 0 || d.v !== xe;
        });
        for (var [l, c] of n)
          c.v !== xe && !(l in o) && h.push(l);
        return h;
      },
      setPrototypeOf() {
        da();
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
function Zr(e, t) {
  return Object.is(rr(e), rr(t));
}
const Co = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (e) => e
  })
);
function Ho(e) {
  return (
    /** @type {string} */
    Co?.createHTML(e) ?? e
  );
}
function qr(e) {
  var t = mi("template");
  return ma(t, Ho(e.replaceAll("<!>", "<!---->"))), t.content;
}
function dt(e, t) {
  var n = (
    /** @type {Effect} */
    Me
  );
  n.nodes === null && (n.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function oe(e, t) {
  var n = (t & ba) !== 0, i, r = !e.startsWith("<!>");
  return () => {
    i === void 0 && (i = qr(r ? e : "<!>" + e), n || (i = /** @type {TemplateNode} */
    ln(i)));
    var s = (
      /** @type {TemplateNode} */
      document.importNode(i, !0)
    );
    if (n) {
      var u = (
        /** @type {TemplateNode} */
        ln(s)
      ), o = (
        /** @type {TemplateNode} */
        Dr(s)
      );
      dt(u, o);
    } else
      dt(s, s);
    return s;
  };
}
// @__NO_SIDE_EFFECTS__
function To(e, t, n = "svg") {
  var i = !e.startsWith("<!>"), r = `<${n}>${i ? e : "<!>" + e}</${n}>`, s;
  return () => {
    if (!s) {
      var u = (
        /** @type {DocumentFragment} */
        qr(r)
      ), o = (
        /** @type {Element} */
        ln(u)
      );
      s = /** @type {Element} */
      ln(o);
    }
    var h = (
      /** @type {TemplateNode} */
      _a(s, !0)
    );
    return dt(h, h), h;
  };
}
// @__NO_SIDE_EFFECTS__
function _t(e, t) {
  return /* @__PURE__ */ To(e, t, "svg");
}
function Ao(e = "") {
  {
    var t = pa(e + "");
    return dt(t, t), t;
  }
}
function wi() {
  var e = on(), t = ga(""), n = ft();
  return tt(e, t), tt(e, n), dt(t, n), e;
}
function Z(e, t) {
  e !== null && dn(
    e,
    /** @type {Node} */
    t
  );
}
class Ei {
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
  #n = /* @__PURE__ */ new Map();
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
  #i = /* @__PURE__ */ new Set();
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
  constructor(t, n = !0) {
    this.anchor = t, this.#r = n, this.#o = Fe;
  }
  /**
   * @param {Batch} batch
   */
  #s = (t) => {
    if (this.#t.has(t)) {
      var n = (
        /** @type {Key} */
        this.#t.get(t)
      ), i = this.#n.get(n);
      if (i)
        un(i), this.#i.delete(n);
      else {
        var r = this.#e.get(n);
        r && (un(r.effect), this.#n.set(n, r.effect), this.#e.delete(n), ya(
          /** @type {ChildNode} */
          Dr(r.fragment)
        ), dn(this.anchor, r.fragment), i = r.effect, i.f &= ~Te);
      }
      this.#a(t);
      for (const [s, u] of this.#n) {
        if (s === n || this.#i.has(s)) continue;
        const o = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var l = on();
            kr(u, l), tt(l, ft()), this.#e.set(s, { effect: u, fragment: l });
          } else
            nt(u);
          this.#i.delete(s), this.#n.delete(s);
        };
        this.#r || !i ? (this.#i.add(s), gi(u, o, !1)) : o();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #a = (t) => {
    for (const i of this.#t.keys())
      (i === t || !i.linked) && this.#t.delete(i);
    const n = Array.from(this.#t.values());
    for (const [i, r] of this.#e)
      n.includes(i) || (nt(r.effect), this.#e.delete(i));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, n) {
    var i = (
      /** @type {Batch} */
      ut
    ), r = Ur();
    if (n && !this.#n.has(t) && !this.#e.has(t))
      if (r) {
        var s = on(), u = ft();
        tt(s, u);
        var o = it(() => n(u));
        o.f |= Te, i.unskip_new_effect(o), this.#e.set(t, { effect: o, fragment: s });
      } else
        this.#n.set(
          t,
          it(() => n(this.anchor))
        );
    if (this.#t.set(i, t), r) {
      for (const [h, l] of this.#n)
        h === t ? i.unskip_effect(l) : i.skip_effect(l);
      for (const [h, l] of this.#e)
        h === t ? i.unskip_effect(l.effect) : i.skip_effect(l.effect);
      i.oncommit(this.#s), i.ondiscard(this.#a);
    } else
      this.#s(i);
  }
}
function ye(e, t, n = !1) {
  var i = new Ei(e), r = n ? bi : 0;
  function s(u, o) {
    i.ensure(u, o);
  }
  vn(() => {
    var u = !1;
    t((o, h = 0) => {
      u = !0, s(h, o);
    }), u || s(-1, null);
  }, r);
}
const Bo = /* @__PURE__ */ Symbol("NaN");
function Po(e, t, n) {
  var i = new Ei(e), r = !di();
  vn(() => {
    var s = t();
    s !== s && (s = /** @type {any} */
    Bo), r && s !== null && typeof s == "object" && (s = /** @type {V} */
    {}), i.ensure(s, n);
  });
}
function Jr(e) {
  var t, n, i = "";
  if (typeof e == "string" || typeof e == "number") i += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var r = e.length;
    for (t = 0; t < r; t++) e[t] && (n = Jr(e[t])) && (i && (i += " "), i += n);
  } else for (n in e) e[n] && (i && (i += " "), i += n);
  return i;
}
function Io() {
  for (var e, t, n = 0, i = "", r = arguments.length; n < r; n++) (e = arguments[n]) && (t = Jr(e)) && (i && (i += " "), i += t);
  return i;
}
function Lo(e) {
  return typeof e == "object" ? Io(e) : e ?? "";
}
const sr = [...` 	
\r\f \v\uFEFF`];
function Oo(e, t, n) {
  var i = e == null ? "" : "" + e;
  if (t && (i = i ? i + " " + t : t), n) {
    for (var r of Object.keys(n))
      if (n[r])
        i = i ? i + " " + r : r;
      else if (i.length)
        for (var s = r.length, u = 0; (u = i.indexOf(r, u)) >= 0; ) {
          var o = u + s;
          (u === 0 || sr.includes(i[u - 1])) && (o === i.length || sr.includes(i[o])) ? i = (u === 0 ? "" : i.substring(0, u)) + i.substring(o + 1) : u = o;
        }
  }
  return i === "" ? null : i;
}
function ar(e, t = !1) {
  var n = t ? " !important;" : ";", i = "";
  for (var r of Object.keys(e)) {
    var s = e[r];
    s != null && s !== "" && (i += " " + r + ": " + s + n);
  }
  return i;
}
function Rn(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Mo(e, t) {
  if (t) {
    var n = "", i, r;
    if (Array.isArray(t) ? (i = t[0], r = t[1]) : i = t, e) {
      e = String(e).replaceAll(/\/\*.*?\*\//g, "").trim();
      var s = !1, u = 0, o = !1, h = [];
      i && h.push(...Object.keys(i).map(Rn)), r && h.push(...Object.keys(r).map(Rn));
      var l = 0, c = -1;
      const w = e.length;
      for (var f = 0; f < w; f++) {
        var d = e[f];
        if (o ? d === "/" && e[f - 1] === "*" && (o = !1) : s ? s === d && (s = !1) : d === "/" && e[f + 1] === "*" ? o = !0 : d === '"' || d === "'" ? s = d : d === "(" ? u++ : d === ")" && u--, !o && s === !1 && u === 0) {
          if (d === ":" && c === -1)
            c = f;
          else if (d === ";" || f === w - 1) {
            if (c !== -1) {
              var C = Rn(e.substring(l, c).trim());
              if (!h.includes(C)) {
                d !== ";" && f++;
                var v = e.substring(l, f).trim();
                n += " " + v + ";";
              }
            }
            l = f + 1, c = -1;
          }
        }
      }
    }
    return i && (n += ar(i)), r && (n += ar(r, !0)), n = n.trim(), n === "" ? null : n;
  }
  return e == null ? null : String(e);
}
function Ro(e, t) {
  return t;
}
function No(e, t, n) {
  for (var i = [], r = t.length, s, u = 0; u < r; u++) {
    let c = t[u];
    gi(
      c,
      () => {
        if (s) {
          if (s.pending.delete(c), s.done.add(c), s.pending.size === 0) {
            var f = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            Qn(e, _i(s.done)), f.delete(s), f.size === 0 && (e.outrogroups = null);
          }
        } else
          i.push(c);
      },
      !1
    );
  }
  if (i.length === r) {
    var o = n !== null && e.pending.size === 0;
    if (o) {
      var h = (
        /** @type {Element} */
        n
      ), l = (
        /** @type {Element} */
        Ha(h)
      );
      Ta(l), tt(l, h), e.items.clear();
    }
    Qn(e, t, !o);
  } else {
    s = {
      pending: new Set(t),
      done: new Set(i)
    };
    for (const c of i)
      s.pending.delete(c);
    (e.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
  }
}
function Kr(e) {
  var t = /* @__PURE__ */ new Set();
  for (const n of e.pending.values())
    for (const i of n)
      t.add(
        /** @type {EachItem} */
        e.items.get(i).e
      );
  return t;
}
function Qn(e, t, n = !0) {
  for (var i = e.pending.size > 0 ? Kr(e) : void 0, r = 0; r < t.length; r++) {
    var s = t[r];
    if (i?.has(s)) {
      s.f |= Te;
      const u = on();
      kr(s, u), s !== e.effect.last && (Oe(e, s.prev, s.next), Oe(e, e.effect.last, s), Oe(e, s, null));
    } else
      nt(t[r], n);
  }
}
function Do(e, t) {
  if (e.outrogroups !== null) {
    for (const n of e.outrogroups)
      if (n.pending.has(t) || n.done.has(t)) return !0;
  }
  return !1;
}
var or = /* @__PURE__ */ new WeakMap(), lr = {};
function ur() {
  var e = or.get(lr);
  if (e) return e;
  var t = ft();
  return or.set(lr, t), t;
}
function ko(e, t, n, i, r, s = null) {
  var u = e, o = /* @__PURE__ */ new Map();
  {
    var h = (
      /** @type {Element} */
      e
    );
    u = /** @type {Text} */
    tt(h, ft());
  }
  var l = null, c = Se(() => {
    var m = n();
    return (
      /** @type {V[]} */
      rt(m) ? m : m == null ? [] : _i(m)
    );
  }), f = /* @__PURE__ */ new Map(), d = !0;
  function C(m) {
    if ((p.effect.f & qn) === 0) {
      p.pending.delete(m);
      var y = a(c);
      p.fallback = l, Uo(p, y, u, t, i), l !== null && (y.length === 0 ? (l.f & Te) === 0 ? un(l) : (l.f ^= Te, At(l, null, u)) : gi(l, () => {
        l = null;
      })), w();
    }
  }
  function v(m) {
    p.pending.delete(m), (p.effect.f & qn) === 0 && w();
  }
  function w() {
    for (var m, y = p.effect.last; y !== null; ) {
      var P = y.prev;
      if ((y.f & vi) !== 0 && y !== l) {
        if ((y.f & Te) === 0) break;
        m ??= Kr(p), !m.has(y) && !Do(p, y) && nt(y);
      }
      y = P;
    }
  }
  var L = vn(() => {
    for (var m = (
      /** @type {V[]} */
      a(c)
    ), y = m.length, P = /* @__PURE__ */ new Set(), x = (
      /** @type {Batch} */
      ut
    ), b = Ur(), H = 0; H < y; H += 1) {
      var I = m[H], B = i(I, H), R = d ? null : o.get(B);
      R ? (R.v && hn(R.v, I), R.i && hn(R.i, H), b && x.unskip_effect(R.e)) : (R = zo(
        o,
        d ? u : ur(),
        I,
        B,
        H,
        r,
        t,
        n
      ), d || (R.e.f |= Te, b && x.unskip_new_effect(R.e)), o.set(B, R)), P.add(B);
    }
    if (y === 0 && s && !l && (d ? l = it(() => s(u)) : (l = it(() => s(ur())), l.f |= Te, b && x.unskip_new_effect(l))), b && l !== null && (y === 0 ? x.unskip_effect(l) : x.skip_effect(l)), y > P.size && wa(), !d)
      if (f.set(x, P), b) {
        for (const [O, N] of o)
          P.has(O) || x.skip_effect(N.e);
        x.oncommit(C), x.ondiscard(v);
      } else
        C(x);
    a(c);
  }), p = { effect: L, flags: t, items: o, pending: f, outrogroups: null, fallback: l };
  d = !1;
}
function Ct(e) {
  for (; e !== null && (e.f & vi) === 0; )
    e = e.next;
  return e;
}
function Uo(e, t, n, i, r) {
  var s = t.length, u = e.items, o = Ct(e.effect.first), h, l = null, c = [], f = [], d, C, v, w;
  for (w = 0; w < s; w += 1) {
    if (d = t[w], C = r(d, w), v = /** @type {EachItem} */
    u.get(C).e, e.outrogroups !== null)
      for (const I of e.outrogroups)
        I.pending.delete(v), I.done.delete(v);
    if ((v.f & On) !== 0 && un(v), (v.f & Te) !== 0)
      if (v.f ^= Te, v === o)
        At(v, null, n);
      else {
        var L = l ? l.next : o;
        v === e.effect.last && (e.effect.last = v.prev), v.prev && (v.prev.next = v.next), v.next && (v.next.prev = v.prev), Oe(e, l, v), Oe(e, v, L), At(v, L, n), l = v, c = [], f = [], o = Ct(l.next);
        continue;
      }
    if (v !== o) {
      if (h !== void 0 && h.has(v)) {
        if (c.length < f.length) {
          var p = f[0], m;
          l = p.prev;
          var y = c[0], P = c[c.length - 1];
          for (m = 0; m < c.length; m += 1)
            At(c[m], p, n);
          for (m = 0; m < f.length; m += 1)
            h.delete(f[m]);
          Oe(e, y.prev, P.next), Oe(e, l, y), Oe(e, P, p), o = p, l = P, w -= 1, c = [], f = [];
        } else
          h.delete(v), At(v, o, n), Oe(e, v.prev, v.next), Oe(e, v, l === null ? e.effect.first : l.next), Oe(e, l, v), l = v;
        continue;
      }
      for (c = [], f = []; o !== null && o !== v; )
        (h ??= /* @__PURE__ */ new Set()).add(o), f.push(o), o = Ct(o.next);
      if (o === null)
        continue;
    }
    (v.f & Te) === 0 && c.push(v), l = v, o = Ct(v.next);
  }
  if (e.outrogroups !== null) {
    for (const I of e.outrogroups)
      I.pending.size === 0 && (Qn(e, _i(I.done)), e.outrogroups?.delete(I));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (o !== null || h !== void 0) {
    var x = [];
    if (h !== void 0)
      for (v of h)
        (v.f & On) === 0 && x.push(v);
    for (; o !== null; )
      (o.f & On) === 0 && o !== e.fallback && x.push(o), o = Ct(o.next);
    var b = x.length;
    if (b > 0) {
      var H = s === 0 ? n : null;
      No(e, x, H);
    }
  }
}
function zo(e, t, n, i, r, s, u, o) {
  var h = (u & Sa) !== 0 ? (u & Ca) === 0 ? /* @__PURE__ */ k(n, !1, !1) : Lt(n) : null, l = (u & Ea) !== 0 ? Lt(r) : null;
  return {
    v: h,
    i: l,
    e: it(() => (s(t, h ?? n, l ?? r, o), () => {
      e.delete(i);
    }))
  };
}
function At(e, t, n) {
  if (e.nodes)
    for (var i = e.nodes.start, r = e.nodes.end, s = t && (t.f & Te) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : n; i !== null; ) {
      var u = (
        /** @type {TemplateNode} */
        Aa(i)
      );
      if (dn(s, i), i === r)
        return;
      i = u;
    }
}
function Oe(e, t, n) {
  t === null ? e.effect.first = n : t.next = n, n === null ? e.effect.last = t : n.prev = t;
}
function Mt(e, t, n, i, r, s) {
  if (t.$$host?.$$shadowRoot) {
    const h = mi("slot");
    Z(e, h);
    return;
  }
  var u = t.$$slots?.[n], o = !1;
  u === !0 && (u = t.children, o = !0), u === void 0 || u(e, o ? () => i : i);
}
const Go = () => performance.now(), ze = {
  // don't access requestAnimationFrame eagerly outside method
  // this allows basic testing of user code without JSDOM
  // bunder will eval and remove ternary when the user's app is built
  tick: (
    /** @param {any} _ */
    (e) => requestAnimationFrame(e)
  ),
  now: () => Go(),
  tasks: /* @__PURE__ */ new Set()
};
function Qr() {
  const e = ze.now();
  ze.tasks.forEach((t) => {
    t.c(e) || (ze.tasks.delete(t), t.f());
  }), ze.tasks.size !== 0 && ze.tick(Qr);
}
function Fo(e) {
  let t;
  return ze.tasks.size === 0 && ze.tick(Qr), {
    promise: new Promise((n) => {
      ze.tasks.add(t = { c: e, f: n });
    }),
    abort() {
      ze.tasks.delete(t);
    }
  };
}
function qt(e, t) {
  pi(() => {
    e.dispatchEvent(new CustomEvent(t));
  });
}
function Xo(e) {
  if (e === "float") return "cssFloat";
  if (e === "offset") return "cssOffset";
  if (e.startsWith("--")) return e;
  const t = e.split("-");
  return t.length === 1 ? t[0] : t[0] + t.slice(1).map(
    /** @param {any} word */
    (n) => n[0].toUpperCase() + n.slice(1)
  ).join("");
}
function Nn(e) {
  const t = {}, n = e.split(";");
  for (const i of n) {
    const [r, s] = i.split(":");
    if (!r || s === void 0) break;
    const u = Xo(r.trim());
    t[u] = s.trim();
  }
  return t;
}
const Wo = (e) => e;
function Yo(e, t, n, i) {
  var r = (e & Ia) !== 0, s = "both", u, o = t.inert, h = t.style.overflow, l, c;
  function f() {
    return pi(() => u ??= n()(t, i?.() ?? /** @type {P} */
    {}, {
      direction: s
    }));
  }
  var d = {
    is_global: r,
    in() {
      t.inert = o, l = $n(
        t,
        f(),
        c,
        1,
        () => {
          qt(t, "introstart");
        },
        () => {
          qt(t, "introend"), l?.abort(), l = u = void 0, t.style.overflow = h;
        }
      );
    },
    out(L) {
      t.inert = !0, c = $n(
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
  }, C = (
    /** @type {Effect & { nodes: EffectNodes }} */
    Me
  );
  if ((C.nodes.t ??= []).push(d), Ba) {
    var v = r;
    if (!v) {
      for (var w = (
        /** @type {Effect | null} */
        C.parent
      ); w && (w.f & bi) !== 0; )
        for (; (w = w.parent) && (w.f & Nr) === 0; )
          ;
      v = !w || (w.f & Pa) !== 0;
    }
    v && mn(() => {
      J(() => d.in());
    });
  }
}
function $n(e, t, n, i, r, s) {
  var u = i === 1, o = !1;
  if (La(t)) {
    var h;
    return Qi(() => {
      if (!o) {
        var m = t({ direction: u ? "in" : "out" });
        h = $n(e, m, n, i, r, s);
      }
    }), {
      abort: () => {
        o = !0, h?.abort();
      },
      deactivate: () => h?.deactivate(),
      reset: () => h?.reset(),
      t: () => h?.t() ?? 1 - i
    };
  }
  n?.deactivate();
  const { delay: l = 0, duration: c = 0, css: f, tick: d, easing: C = Wo } = t ?? {};
  var v, w = () => 1 - i;
  function L() {
    w = () => i, d?.(i, 1 - i), s();
  }
  function p() {
    r();
    var m = n?.t() ?? 1 - i;
    n?.abort();
    var y = i - m, P = c * Math.abs(y);
    if (!P) {
      if (f && !u) {
        var x = Nn(f(i, 1 - i));
        v = e.animate([x], { duration: 0, fill: "forwards" });
      }
      L();
      return;
    }
    var b = [], H = !1;
    if (f)
      for (var I = Math.ceil(P / 16.666666666666668), B = 0; B <= I; B += 1) {
        var R = m + y * C(B / I), O = Nn(f(R, 1 - R));
        b.push(O), H ||= O.overflow === "hidden";
      }
    H && (e.style.overflow = "hidden"), w = () => {
      var N = (
        /** @type {number} */
        /** @type {globalThis.Animation} */
        v.currentTime
      );
      return m + y * C(N / P);
    }, d && Fo(() => {
      if (v.playState !== "running") return !1;
      var N = w();
      return d(N, 1 - N), !0;
    }), v = e.animate(b, { duration: P, fill: "forwards" }), v.onfinish = L;
  }
  return !c && !l ? p() : Qi(() => {
    if (!o) {
      var m = [];
      if (u && n === void 0 && (d && d(0, 1), f)) {
        var y = Nn(f(0, 1));
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
      i === 0 && d?.(1, 0);
    },
    t: () => w()
  };
}
function Vo(e, t, n, i, r, s) {
  var u = null, o = (
    /** @type {TemplateNode} */
    e
  ), h = new Ei(o, !1);
  vn(() => {
    const l = t() || null;
    var c = l === "svg" ? Ma : void 0;
    if (l === null) {
      h.ensure(null, null), Zt(!0);
      return;
    }
    return h.ensure(l, (f) => {
      if (l) {
        var d = yo;
        if (u = mi(l, c), dt(u, u), i) {
          var C = null, v = (
            /** @type {Text} */
            tt(u, ft())
          );
          i(u, v), C && Oa(u, C);
        }
        Me.nodes.end = u, d || dn(f, u);
      }
    }), Zt(!0), () => {
      l && Zt(!1);
    };
  }, bi), zr(() => {
    Zt(!0);
  });
}
function jo(e, t) {
  var n = void 0, i;
  Gr(() => {
    n !== (n = t()) && (i && (nt(i), i = null), n && (i = it(() => {
      mn(() => (
        /** @type {(node: Element) => void} */
        n(e)
      ));
    })));
  });
}
function Re(e, t, n, i, r, s) {
  var u = (
    /** @type {any} */
    e[$i]
  );
  if (u !== n || u === void 0 || // for edge case of `class={undefined}`
  // custom renderers only deal in attributes, so rather than toggling individual classes
  // (which would mean editing the `class` attribute), always set the whole thing
  Fr) {
    var o = Oo(n, i, s);
    o == null ? et(e, "class") : t ? e.className = o : xi(e, "class", o), e[$i] = n;
  } else if (s && r !== s)
    for (var h in s) {
      var l = !!s[h];
      (r == null || l !== !!r[h]) && Ra(
        /** @type {HTMLElement} */
        e,
        h,
        l
      );
    }
  return s;
}
function Dn(e, t = {}, n, i) {
  for (var r in n) {
    var s = n[r];
    t[r] !== s && (n[r] == null ? Da(
      /** @type {HTMLElement} */
      e,
      r
    ) : ka(
      /** @type {HTMLElement} */
      e,
      r,
      s,
      i
    ));
  }
}
function pn(e, t, n, i) {
  var r = (
    /** @type {any} */
    e[er]
  );
  if (r !== t || Fr) {
    var s = Mo(t, i);
    s == null ? et(e, "style") : Na(
      /** @type {HTMLElement} */
      e,
      s
    ), e[er] = t;
  } else i && (Array.isArray(i) ? (Dn(e, n?.[0], i[0]), Dn(e, n?.[1], i[1], "important")) : Dn(e, n, i));
  return i;
}
function $r(e, t) {
  t ? Xr(e, "selected") || xi(e, "selected", "") : et(e, "selected");
}
function hr(e, t) {
  var n = !("__defaultValue" in e);
  !n && e.__defaultValue === t || (e.__defaultValue = t, es(e, !n || "__value" in e));
}
function es(e, t) {
  var n = e.__defaultValue, i = e.multiple, r = i ? n ?? [] : null;
  if (!(i && !rt(r))) {
    var s = e.selectedIndex, u = t && i ? new Set(e.selectedOptions) : null;
    for (var o of e.options) {
      var h = ti(o);
      $r(
        o,
        i ? (
          /** @type {any[]} */
          r.includes(h)
        ) : Zr(h, n)
      );
    }
    if (t)
      if (u !== null)
        for (o of e.options) {
          var l = u.has(o);
          o.selected !== l && (o.selected = l);
        }
      else e.selectedIndex !== s && (e.selectedIndex = s);
  }
}
function ei(e, t, n = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!rt(t))
      return Ua();
    for (var i of e.options)
      i.selected = t.includes(ti(i));
    return;
  }
  for (i of e.options) {
    var r = ti(i);
    if (Zr(r, t)) {
      i.selected = !0;
      return;
    }
  }
  (!n || t !== void 0) && (e.selectedIndex = -1);
}
function Zo(e) {
  var t = new MutationObserver((n) => {
    n.every(qo) || ("__defaultValue" in e && es(e, !1), "__value" in e && ei(e, e.__value));
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
  }), zr(() => {
    t.disconnect();
  });
}
function ti(e) {
  return "__value" in e ? e.__value : e.value;
}
function qo(e) {
  if (
    /** @type {Element} */
    e.target.closest("selectedcontent") !== null
  )
    return !0;
  if (e.type === "childList") {
    var t = [...e.addedNodes, ...e.removedNodes];
    return t.length > 0 && t.every((n) => n.nodeName === "SELECTEDCONTENT");
  }
  return !1;
}
const Qe = /* @__PURE__ */ Symbol("class"), lt = /* @__PURE__ */ Symbol("style"), ts = /* @__PURE__ */ Symbol("is custom element"), ns = /* @__PURE__ */ Symbol("is html"), Jo = gn ? "input" : "INPUT", Ko = gn ? "option" : "OPTION", is = gn ? "select" : "SELECT", Qo = gn ? "progress" : "PROGRESS";
function Be(e, t, n, i) {
  var r = ss(e), s = r[t];
  s !== (r[t] = n) && (t === "loading" && (e[Xa] = n), n == null ? et(e, t) : typeof n != "string" && as(e).has(t) ? e[t] = n : xi(e, t, n));
}
function $o(e, t, n, i, r = !1, s = !1) {
  var u = ss(e), o = u[ts], h = !u[ns], l = t || {}, c = ht(e) === Ko, f = ht(e) === is;
  for (var d in t)
    !(d in n) && d[0] + d[1] !== "$$" && (n[d] = null);
  n.class ? n.class = Lo(n.class) : (i || n[Qe]) && (n.class = null), n[lt] && (n.style ??= null);
  var C = as(e);
  if (
    // the following logic only makes sense in a DOM environment
    Fe == null && ht(e) === Jo && "type" in n && ("value" in n || "__value" in n)
  ) {
    var v = n.type;
    (v !== l.type || v === void 0 && e.hasAttribute("type")) && (l.type = v, Be(e, "type", v, s));
  }
  for (const x in n) {
    let b = n[x];
    if (c && x === "value" && b == null) {
      e.value = e.__value = "", l[x] = b;
      continue;
    }
    if (x === "class") {
      var w = Fe == null && e.namespaceURI === Wr;
      Re(e, w, b, i, t?.[Qe], n[Qe]), l[x] = b, l[Qe] = n[Qe];
      continue;
    }
    if (x === "style") {
      pn(e, b, t?.[lt], n[lt]), l[x] = b, l[lt] = n[lt];
      continue;
    }
    var L = l[x];
    if (!(b === L && !(b === void 0 && Xr(e, x)))) {
      l[x] = b;
      var p = x[0] + x[1];
      if (p !== "$$" && !(p !== "on" && x.length > 2 && p.toLowerCase() === "on"))
        if (p === "on") {
          const H = {}, I = "$$" + x;
          let B = x.slice(2);
          var m = Fe == null && Va(B);
          if (ja(B) && (B = B.slice(0, -7), H.capture = !0), !m && L) {
            if (b != null) continue;
            Za(e, B, l[I], H), l[I] = null;
          }
          if (m)
            nn(B, e, b), bn([B]);
          else if (b != null) {
            let R = function(...O) {
              l[x].apply(this, O);
            };
            l[I] = qa(B, e, R, H);
          }
        } else if (x === "style")
          Be(e, x, b);
        else if (x === "autofocus")
          Fe == null && Ja(
            /** @type {HTMLElement} */
            e,
            !!b
          );
        else if (!o && (x === "__value" || x === "value" && b != null))
          e.__value = b, (L == null || // @ts-ignore
          e.value !== b || b === 0 && e.nodeName === Qo) && tr(e, b);
        else if (x === "selected" && c)
          $r(
            /** @type {HTMLOptionElement} */
            e,
            b
          );
        else {
          var y = x;
          h || (y = Ka(y));
          var P = y === "defaultValue" || y === "defaultChecked";
          if (f && y === "defaultValue") continue;
          if (b == null && !o && !P)
            if (u[x] = null, (y === "value" || y === "checked") && Fe == null) {
              let H = (
                /** @type {HTMLInputElement} */
                e
              );
              const I = t === void 0;
              if (y === "value") {
                let B = H.defaultValue;
                et(H, y), Qa(H, B), tr(H, H.__value = I ? B : null);
              } else {
                let B = H.defaultChecked;
                et(H, y), $a(H, B), eo(H, I ? B : !1);
              }
            } else
              et(e, x), y === "value" && (e.__value = null);
          else P && Fe != null || (P || (o || typeof b != "string") && C.has(y) ? (e[y] = b, y in u && (u[y] = xe)) : (Fe != null || typeof b != "function") && Be(e, y, b, s));
        }
    }
  }
  return l;
}
function rs(e, t, n = [], i = [], r = [], s, u = !1, o = !1) {
  Fa(r, n, i, (h) => {
    var l = void 0, c = {}, f = ht(e) === is, d = !1;
    if (Gr(() => {
      var v = t(...h.map(a)), w = $o(
        e,
        l,
        v,
        s,
        u,
        o
      );
      if (d && f) {
        var L = (
          /** @type {HTMLSelectElement} */
          e
        );
        "defaultValue" in v && hr(L, v.defaultValue), "value" in v && ei(L, v.value);
      }
      for (let m of Object.getOwnPropertySymbols(c))
        v[m] || nt(c[m]);
      for (let m of Object.getOwnPropertySymbols(v)) {
        var p = v[m];
        m.description === Wa && (!l || p !== l[m]) && (c[m] && nt(c[m]), c[m] = it(() => jo(e, () => p))), w[m] = p;
      }
      l = w;
    }), f) {
      var C = (
        /** @type {HTMLSelectElement} */
        e
      );
      mn(() => {
        var v = (
          /** @type {Record<string | symbol, any>} */
          l
        );
        "defaultValue" in v && hr(C, v.defaultValue), ei(C, v.value, !0), Zo(C);
      });
    }
    d = !0;
  });
}
function ss(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    e[za] ??= {
      [ts]: ht(e).includes("-"),
      [ns]: e.namespaceURI === Wr
    }
  );
}
var fr = /* @__PURE__ */ new Map();
function as(e) {
  var t = Ga(e, "is"), n = t || ht(e), i = fr.get(n);
  if (i) return i;
  i = /* @__PURE__ */ new Set(), (!customElements || !(t || n.includes("-")) || customElements.get(t || n.toLowerCase())) && fr.set(n, i);
  for (var r, s = e, u = Element.prototype; u !== s; ) {
    r = Ya(s);
    for (var o in r)
      r[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && i.add(o);
    s = fi(s);
  }
  return i;
}
function el(e, t, n = t) {
  var i = /* @__PURE__ */ new WeakSet();
  to(e, "input", async (r) => {
    var s = r ? e.defaultValue : e.value;
    if (s = kn(e) ? Un(s) : s, n(s), ut !== null && i.add(ut), await no(), s !== (s = t())) {
      var u = e.selectionStart, o = e.selectionEnd, h = e.value.length;
      if (e.value = s ?? "", o !== null) {
        var l = e.value.length;
        u === o && o === h && l > h ? (e.selectionStart = l, e.selectionEnd = l) : (e.selectionStart = u, e.selectionEnd = Math.min(o, l));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  J(t) == null && e.value && (n(kn(e) ? Un(e.value) : e.value), ut !== null && i.add(ut)), Yr(() => {
    var r = t();
    e === document.activeElement && i.has(
      /** @type {Batch} */
      io
    ) || kn(e) && r === Un(e.value) || e.type === "date" && !r && !e.value || r !== e.value && (e.value = r ?? "");
  });
}
function kn(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function Un(e) {
  return e === "" ? null : +e;
}
function zn(e, t) {
  return e === t || e?.[$e] === t;
}
function je(e = ro(), t, n, i) {
  var r = (
    /** @type {ComponentContext} */
    Ae.r
  ), s = (
    /** @type {Effect} */
    Me
  );
  return mn(() => {
    var u, o;
    return Yr(() => {
      u = o, o = [], J(() => {
        zn(n(...o), e) || (t(e, ...o), u && zn(n(...u), e) && t(null, ...u));
      });
    }), () => {
      let h = s;
      for (; h !== r && h.parent !== null && h.parent.f & so; )
        h = h.parent;
      const l = () => {
        o && zn(n(...o), e) && t(null, ...o);
      }, c = h.teardown;
      h.teardown = () => {
        l(), c?.();
      };
    };
  }), e;
}
function tl(e, t) {
  ao(window, ["resize"], () => pi(() => t(window[e])));
}
function nl(e) {
  return function(...t) {
    var n = (
      /** @type {Event} */
      t[0]
    );
    return n.preventDefault(), e?.apply(this, t);
  };
}
function Ze(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    Ae
  ), n = t.l.u;
  if (!n) return;
  let i = () => j(t.s);
  if (e) {
    let r = 0, s = (
      /** @type {Record<string, any>} */
      {}
    );
    const u = Kn(() => {
      let o = !1;
      const h = t.s;
      for (const l in h)
        h[l] !== s[l] && (s[l] = h[l], o = !0);
      return o && r++, r;
    });
    i = () => a(u);
  }
  n.b.length && oo(() => {
    cr(t, i), Jn(n.b);
  }), ct(() => {
    const r = J(() => n.m.map(lo));
    return () => {
      for (const s of r)
        typeof s == "function" && s();
    };
  }), n.a.length && ct(() => {
    cr(t, i), Jn(n.a);
  });
}
function cr(e, t) {
  if (e.l.s)
    for (const n of e.l.s) a(n);
  t();
}
function il(e, t) {
  var n = (
    /** @type {Record<string, Function[] | Function>} */
    e.$$events?.[t.type]
  ), i = rt(n) ? n.slice() : n == null ? [] : [n];
  for (var r of i)
    r.call(this, t);
}
function rl(e, t, n) {
  if (e == null)
    return t(void 0), n && n(void 0), Ve;
  const i = J(
    () => e.subscribe(
      t,
      // @ts-expect-error
      n
    )
  );
  return i.unsubscribe ? () => i.unsubscribe() : i;
}
const ot = [];
function sl(e, t) {
  return {
    subscribe: xn(e, t).subscribe
  };
}
function xn(e, t = Ve) {
  let n = null;
  const i = /* @__PURE__ */ new Set();
  function r(o) {
    if (uo(e, o) && (e = o, n)) {
      const h = !ot.length;
      for (const l of i)
        l[1](), ot.push(l, e);
      if (h) {
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
  function u(o, h = Ve) {
    const l = [o, h];
    return i.add(l), i.size === 1 && (n = t(r, s) || Ve), o(
      /** @type {T} */
      e
    ), () => {
      i.delete(l), i.size === 0 && n && (n(), n = null);
    };
  }
  return { set: r, update: s, subscribe: u };
}
function pt(e, t, n) {
  const i = !Array.isArray(e), r = i ? [e] : e;
  if (!r.every(Boolean))
    throw new Error("derived() expects stores as input, got a falsy value");
  const s = t.length < 2;
  return sl(n, (u, o) => {
    let h = !1;
    const l = [];
    let c = 0, f = Ve;
    const d = () => {
      if (c)
        return;
      f();
      const v = t(i ? l[0] : l, u, o);
      s ? u(v) : f = typeof v == "function" ? v : Ve;
    }, C = r.map(
      (v, w) => rl(
        v,
        (L) => {
          l[w] = L, c &= ~(1 << w), h && d();
        },
        () => {
          c |= 1 << w;
        }
      )
    );
    return h = !0, d(), function() {
      Jn(C), f(), h = !1;
    };
  });
}
let Jt = !1;
function al(e) {
  var t = Jt;
  try {
    return Jt = !1, [e(), Jt];
  } finally {
    Jt = t;
  }
}
const ol = {
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
function ll(e, t, n) {
  return new Proxy({ props: e, exclude: t }, ol);
}
const ul = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return a(e.version), t in e.special ? e.special[t]() : e.props[t];
  },
  set(e, t, n) {
    if (!(t in e.special)) {
      var i = Me;
      try {
        nr(e.parent_effect), e.special[t] = _(
          {
            get [t]() {
              return e.props[t];
            }
          },
          /** @type {string} */
          t,
          Vr
        );
      } finally {
        nr(i);
      }
    }
    return e.special[t](n), ir(e.version), !0;
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
    return e.exclude.includes(t) || (e.exclude.push(t), ir(e.version)), !0;
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
      version: Lt(0),
      // TODO this is only necessary because we need to track component
      // destruction inside `prop`, because of `bind:this`, but it
      // seems likely that we can simplify `bind:this` instead
      parent_effect: (
        /** @type {Effect} */
        Me
      )
    },
    ul
  );
}
function _(e, t, n, i) {
  var r = !ci || (n & co) !== 0, s = (n & fo) !== 0, u = (n & mo) !== 0, o = (
    /** @type {V} */
    i
  ), h = !0, l = (
    /** @type {Derived<V> | undefined} */
    void 0
  ), c = () => u && r ? (l ??= Kn(
    /** @type {() => V} */
    i
  ), a(l)) : (h && (h = !1, o = u ? J(
    /** @type {() => V} */
    i
  ) : (
    /** @type {V} */
    i
  )), o);
  let f;
  if (s) {
    var d = $e in e || go in e;
    f = tn(e, t)?.set ?? (d && t in e ? (P) => e[t] = P : void 0);
  }
  var C, v = !1;
  s ? [C, v] = al(() => (
    /** @type {V} */
    e[t]
  )) : C = /** @type {V} */
  e[t], C === void 0 && i !== void 0 && (C = c(), f && (r && ho(), f(C)));
  var w;
  if (r ? w = () => {
    var P = (
      /** @type {V} */
      e[t]
    );
    return P === void 0 ? c() : (h = !0, P);
  } : w = () => {
    var P = (
      /** @type {V} */
      e[t]
    );
    return P !== void 0 && (o = /** @type {V} */
    void 0), P === void 0 ? o : P;
  }, r && (n & Vr) === 0)
    return w;
  if (f) {
    var L = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(P, x) {
        return arguments.length > 0 ? ((!r || !x || L || v) && f(x ? w() : P), P) : w();
      })
    );
  }
  var p = !1, m = ((n & vo) !== 0 ? Kn : Se)(() => (p = !1, w()));
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
        return E(m, b), p = !0, o !== void 0 && (o = b), P;
      }
      return Rr && p || (y.f & qn) !== 0 ? m.v : a(m);
    })
  );
}
function Si(e) {
  Ae === null && yi(), ci && Ae.l !== null ? os(Ae).m.push(e) : ct(() => {
    const t = J(e);
    if (typeof t == "function") return (
      /** @type {() => void} */
      t
    );
  });
}
function hl(e, t, { bubbles: n = !1, cancelable: i = !1 } = {}) {
  return new CustomEvent(e, { detail: t, bubbles: n, cancelable: i });
}
function xt() {
  const e = Ae;
  return e === null && yi(), (t, n, i) => {
    const r = (
      /** @type {Record<string, Function | Function[]>} */
      e.s.$$events?.[
        /** @type {string} */
        t
      ]
    );
    if (r) {
      const s = rt(r) ? r.slice() : [r], u = hl(
        /** @type {string} */
        t,
        n,
        i
      );
      for (const o of s)
        o.call(e.x, u);
      return !u.defaultPrevented;
    }
    return !0;
  };
}
function fl(e) {
  Ae === null && yi(), Ae.l === null && bo(), os(Ae).a.push(e);
}
function os(e) {
  var t = (
    /** @type {ComponentContextLegacy} */
    e.l
  );
  return t.u ??= { a: [], b: [], m: [] };
}
_o();
const cl = [
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
cl.reduce((e, { color: t, primary: n, secondary: i }) => ({
  ...e,
  [t]: {
    primary: vr[t][n],
    secondary: vr[t][i]
  }
}), {});
function dl(e) {
  return e && e.__esModule && Object.prototype.hasOwnProperty.call(e, "default") ? e.default : e;
}
var Gn, mr;
function vl() {
  if (mr) return Gn;
  mr = 1;
  var e = function(m) {
    return t(m) && !n(m);
  };
  function t(p) {
    return !!p && typeof p == "object";
  }
  function n(p) {
    var m = Object.prototype.toString.call(p);
    return m === "[object RegExp]" || m === "[object Date]" || s(p);
  }
  var i = typeof Symbol == "function" && Symbol.for, r = i ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
  function s(p) {
    return p.$$typeof === r;
  }
  function u(p) {
    return Array.isArray(p) ? [] : {};
  }
  function o(p, m) {
    return m.clone !== !1 && m.isMergeableObject(p) ? w(u(p), p, m) : p;
  }
  function h(p, m, y) {
    return p.concat(m).map(function(P) {
      return o(P, y);
    });
  }
  function l(p, m) {
    if (!m.customMerge)
      return w;
    var y = m.customMerge(p);
    return typeof y == "function" ? y : w;
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
  function C(p, m) {
    return d(p, m) && !(Object.hasOwnProperty.call(p, m) && Object.propertyIsEnumerable.call(p, m));
  }
  function v(p, m, y) {
    var P = {};
    return y.isMergeableObject(p) && f(p).forEach(function(x) {
      P[x] = o(p[x], y);
    }), f(m).forEach(function(x) {
      C(p, x) || (d(p, x) && y.isMergeableObject(m[x]) ? P[x] = l(x, y)(p[x], m[x], y) : P[x] = o(m[x], y));
    }), P;
  }
  function w(p, m, y) {
    y = y || {}, y.arrayMerge = y.arrayMerge || h, y.isMergeableObject = y.isMergeableObject || e, y.cloneUnlessOtherwiseSpecified = o;
    var P = Array.isArray(m), x = Array.isArray(p), b = P === x;
    return b ? P ? y.arrayMerge(p, m, y) : v(p, m, y) : o(m, y);
  }
  w.all = function(m, y) {
    if (!Array.isArray(m))
      throw new Error("first argument should be an array");
    return m.reduce(function(P, x) {
      return w(P, x, y);
    }, {});
  };
  var L = w;
  return Gn = L, Gn;
}
var ml = vl();
const gl = /* @__PURE__ */ dl(ml);
var ni = function(e, t) {
  return ni = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, i) {
    n.__proto__ = i;
  } || function(n, i) {
    for (var r in i) Object.prototype.hasOwnProperty.call(i, r) && (n[r] = i[r]);
  }, ni(e, t);
};
function yn(e, t) {
  if (typeof t != "function" && t !== null)
    throw new TypeError("Class extends value " + String(t) + " is not a constructor or null");
  ni(e, t);
  function n() {
    this.constructor = e;
  }
  e.prototype = t === null ? Object.create(t) : (n.prototype = t.prototype, new n());
}
var V = function() {
  return V = Object.assign || function(t) {
    for (var n, i = 1, r = arguments.length; i < r; i++) {
      n = arguments[i];
      for (var s in n) Object.prototype.hasOwnProperty.call(n, s) && (t[s] = n[s]);
    }
    return t;
  }, V.apply(this, arguments);
};
function bl(e, t) {
  var n = {};
  for (var i in e) Object.prototype.hasOwnProperty.call(e, i) && t.indexOf(i) < 0 && (n[i] = e[i]);
  if (e != null && typeof Object.getOwnPropertySymbols == "function")
    for (var r = 0, i = Object.getOwnPropertySymbols(e); r < i.length; r++)
      t.indexOf(i[r]) < 0 && Object.prototype.propertyIsEnumerable.call(e, i[r]) && (n[i[r]] = e[i[r]]);
  return n;
}
function Fn(e, t, n) {
  if (n || arguments.length === 2) for (var i = 0, r = t.length, s; i < r; i++)
    (s || !(i in t)) && (s || (s = Array.prototype.slice.call(t, 0, i)), s[i] = t[i]);
  return e.concat(s || Array.prototype.slice.call(t));
}
function Xn(e, t) {
  var n = t && t.cache ? t.cache : Sl, i = t && t.serializer ? t.serializer : wl, r = t && t.strategy ? t.strategy : xl;
  return r(e, {
    cache: n,
    serializer: i
  });
}
function _l(e) {
  return e == null || typeof e == "number" || typeof e == "boolean";
}
function pl(e, t, n, i) {
  var r = _l(i) ? i : n(i), s = t.get(r);
  return typeof s > "u" && (s = e.call(this, i), t.set(r, s)), s;
}
function ls(e, t, n) {
  var i = Array.prototype.slice.call(arguments, 3), r = n(i), s = t.get(r);
  return typeof s > "u" && (s = e.apply(this, i), t.set(r, s)), s;
}
function us(e, t, n, i, r) {
  return n.bind(t, e, i, r);
}
function xl(e, t) {
  var n = e.length === 1 ? pl : ls;
  return us(e, this, n, t.cache.create(), t.serializer);
}
function yl(e, t) {
  return us(e, this, ls, t.cache.create(), t.serializer);
}
var wl = function() {
  return JSON.stringify(arguments);
}, El = (
  /** @class */
  (function() {
    function e() {
      this.cache = /* @__PURE__ */ Object.create(null);
    }
    return e.prototype.get = function(t) {
      return this.cache[t];
    }, e.prototype.set = function(t, n) {
      this.cache[t] = n;
    }, e;
  })()
), Sl = {
  create: function() {
    return new El();
  }
}, Wn = {
  variadic: yl
}, F;
(function(e) {
  e[e.EXPECT_ARGUMENT_CLOSING_BRACE = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE", e[e.EMPTY_ARGUMENT = 2] = "EMPTY_ARGUMENT", e[e.MALFORMED_ARGUMENT = 3] = "MALFORMED_ARGUMENT", e[e.EXPECT_ARGUMENT_TYPE = 4] = "EXPECT_ARGUMENT_TYPE", e[e.INVALID_ARGUMENT_TYPE = 5] = "INVALID_ARGUMENT_TYPE", e[e.EXPECT_ARGUMENT_STYLE = 6] = "EXPECT_ARGUMENT_STYLE", e[e.INVALID_NUMBER_SKELETON = 7] = "INVALID_NUMBER_SKELETON", e[e.INVALID_DATE_TIME_SKELETON = 8] = "INVALID_DATE_TIME_SKELETON", e[e.EXPECT_NUMBER_SKELETON = 9] = "EXPECT_NUMBER_SKELETON", e[e.EXPECT_DATE_TIME_SKELETON = 10] = "EXPECT_DATE_TIME_SKELETON", e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE", e[e.EXPECT_SELECT_ARGUMENT_OPTIONS = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS", e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR", e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT", e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT", e[e.INVALID_PLURAL_ARGUMENT_SELECTOR = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR", e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR", e[e.MISSING_OTHER_CLAUSE = 22] = "MISSING_OTHER_CLAUSE", e[e.INVALID_TAG = 23] = "INVALID_TAG", e[e.INVALID_TAG_NAME = 25] = "INVALID_TAG_NAME", e[e.UNMATCHED_CLOSING_TAG = 26] = "UNMATCHED_CLOSING_TAG", e[e.UNCLOSED_TAG = 27] = "UNCLOSED_TAG";
})(F || (F = {}));
var ne;
(function(e) {
  e[e.literal = 0] = "literal", e[e.argument = 1] = "argument", e[e.number = 2] = "number", e[e.date = 3] = "date", e[e.time = 4] = "time", e[e.select = 5] = "select", e[e.plural = 6] = "plural", e[e.pound = 7] = "pound", e[e.tag = 8] = "tag";
})(ne || (ne = {}));
var vt;
(function(e) {
  e[e.number = 0] = "number", e[e.dateTime = 1] = "dateTime";
})(vt || (vt = {}));
function gr(e) {
  return e.type === ne.literal;
}
function Cl(e) {
  return e.type === ne.argument;
}
function hs(e) {
  return e.type === ne.number;
}
function fs(e) {
  return e.type === ne.date;
}
function cs(e) {
  return e.type === ne.time;
}
function ds(e) {
  return e.type === ne.select;
}
function vs(e) {
  return e.type === ne.plural;
}
function Hl(e) {
  return e.type === ne.pound;
}
function ms(e) {
  return e.type === ne.tag;
}
function gs(e) {
  return !!(e && typeof e == "object" && e.type === vt.number);
}
function ii(e) {
  return !!(e && typeof e == "object" && e.type === vt.dateTime);
}
var bs = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/, Tl = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
function Al(e) {
  var t = {};
  return e.replace(Tl, function(n) {
    var i = n.length;
    switch (n[0]) {
      // Era
      case "G":
        t.era = i === 4 ? "long" : i === 5 ? "narrow" : "short";
        break;
      // Year
      case "y":
        t.year = i === 2 ? "2-digit" : "numeric";
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
        t.month = ["numeric", "2-digit", "short", "long", "narrow"][i - 1];
        break;
      // Week
      case "w":
      case "W":
        throw new RangeError("`w/W` (week) patterns are not supported");
      case "d":
        t.day = ["numeric", "2-digit"][i - 1];
        break;
      case "D":
      case "F":
      case "g":
        throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");
      // Weekday
      case "E":
        t.weekday = i === 4 ? "long" : i === 5 ? "narrow" : "short";
        break;
      case "e":
        if (i < 4)
          throw new RangeError("`e..eee` (weekday) patterns are not supported");
        t.weekday = ["short", "long", "narrow", "short"][i - 4];
        break;
      case "c":
        if (i < 4)
          throw new RangeError("`c..ccc` (weekday) patterns are not supported");
        t.weekday = ["short", "long", "narrow", "short"][i - 4];
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
        t.hourCycle = "h12", t.hour = ["numeric", "2-digit"][i - 1];
        break;
      case "H":
        t.hourCycle = "h23", t.hour = ["numeric", "2-digit"][i - 1];
        break;
      case "K":
        t.hourCycle = "h11", t.hour = ["numeric", "2-digit"][i - 1];
        break;
      case "k":
        t.hourCycle = "h24", t.hour = ["numeric", "2-digit"][i - 1];
        break;
      case "j":
      case "J":
      case "C":
        throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");
      // Minute
      case "m":
        t.minute = ["numeric", "2-digit"][i - 1];
        break;
      // Second
      case "s":
        t.second = ["numeric", "2-digit"][i - 1];
        break;
      case "S":
      case "A":
        throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");
      // Zone
      case "z":
        t.timeZoneName = i < 4 ? "short" : "long";
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
var Bl = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
function Pl(e) {
  if (e.length === 0)
    throw new Error("Number skeleton cannot be empty");
  for (var t = e.split(Bl).filter(function(d) {
    return d.length > 0;
  }), n = [], i = 0, r = t; i < r.length; i++) {
    var s = r[i], u = s.split("/");
    if (u.length === 0)
      throw new Error("Invalid number skeleton");
    for (var o = u[0], h = u.slice(1), l = 0, c = h; l < c.length; l++) {
      var f = c[l];
      if (f.length === 0)
        throw new Error("Invalid number skeleton");
    }
    n.push({ stem: o, options: h });
  }
  return n;
}
function Il(e) {
  return e.replace(/^(.*?)-/, "");
}
var br = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g, _s = /^(@+)?(\+|#+)?[rs]?$/g, Ll = /(\*)(0+)|(#+)(0+)|(0+)/g, ps = /^(0+)$/;
function _r(e) {
  var t = {};
  return e[e.length - 1] === "r" ? t.roundingPriority = "morePrecision" : e[e.length - 1] === "s" && (t.roundingPriority = "lessPrecision"), e.replace(_s, function(n, i, r) {
    return typeof r != "string" ? (t.minimumSignificantDigits = i.length, t.maximumSignificantDigits = i.length) : r === "+" ? t.minimumSignificantDigits = i.length : i[0] === "#" ? t.maximumSignificantDigits = i.length : (t.minimumSignificantDigits = i.length, t.maximumSignificantDigits = i.length + (typeof r == "string" ? r.length : 0)), "";
  }), t;
}
function xs(e) {
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
function Ol(e) {
  var t;
  if (e[0] === "E" && e[1] === "E" ? (t = {
    notation: "engineering"
  }, e = e.slice(2)) : e[0] === "E" && (t = {
    notation: "scientific"
  }, e = e.slice(1)), t) {
    var n = e.slice(0, 2);
    if (n === "+!" ? (t.signDisplay = "always", e = e.slice(2)) : n === "+?" && (t.signDisplay = "exceptZero", e = e.slice(2)), !ps.test(e))
      throw new Error("Malformed concise eng/scientific notation");
    t.minimumIntegerDigits = e.length;
  }
  return t;
}
function pr(e) {
  var t = {}, n = xs(e);
  return n || t;
}
function Ml(e) {
  for (var t = {}, n = 0, i = e; n < i.length; n++) {
    var r = i[n];
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
        t.style = "unit", t.unit = Il(r.options[0]);
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
        t = V(V(V({}, t), { notation: "scientific" }), r.options.reduce(function(h, l) {
          return V(V({}, h), pr(l));
        }, {}));
        continue;
      case "engineering":
        t = V(V(V({}, t), { notation: "engineering" }), r.options.reduce(function(h, l) {
          return V(V({}, h), pr(l));
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
        r.options[0].replace(Ll, function(h, l, c, f, d, C) {
          if (l)
            t.minimumIntegerDigits = c.length;
          else {
            if (f && d)
              throw new Error("We currently do not support maximum integer digits");
            if (C)
              throw new Error("We currently do not support exact integer digits");
          }
          return "";
        });
        continue;
    }
    if (ps.test(r.stem)) {
      t.minimumIntegerDigits = r.stem.length;
      continue;
    }
    if (br.test(r.stem)) {
      if (r.options.length > 1)
        throw new RangeError("Fraction-precision stems only accept a single optional option");
      r.stem.replace(br, function(h, l, c, f, d, C) {
        return c === "*" ? t.minimumFractionDigits = l.length : f && f[0] === "#" ? t.maximumFractionDigits = f.length : d && C ? (t.minimumFractionDigits = d.length, t.maximumFractionDigits = d.length + C.length) : (t.minimumFractionDigits = l.length, t.maximumFractionDigits = l.length), "";
      });
      var s = r.options[0];
      s === "w" ? t = V(V({}, t), { trailingZeroDisplay: "stripIfInteger" }) : s && (t = V(V({}, t), _r(s)));
      continue;
    }
    if (_s.test(r.stem)) {
      t = V(V({}, t), _r(r.stem));
      continue;
    }
    var u = xs(r.stem);
    u && (t = V(V({}, t), u));
    var o = Ol(r.stem);
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
function Rl(e, t) {
  for (var n = "", i = 0; i < e.length; i++) {
    var r = e.charAt(i);
    if (r === "j") {
      for (var s = 0; i + 1 < e.length && e.charAt(i + 1) === r; )
        s++, i++;
      var u = 1 + (s & 1), o = s < 2 ? 1 : 3 + (s >> 1), h = "a", l = Nl(t);
      for ((l == "H" || l == "k") && (o = 0); o-- > 0; )
        n += h;
      for (; u-- > 0; )
        n = l + n;
    } else r === "J" ? n += "H" : n += r;
  }
  return n;
}
function Nl(e) {
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
  var n = e.language, i;
  n !== "root" && (i = e.maximize().region);
  var r = Kt[i || ""] || Kt[n || ""] || Kt["".concat(n, "-001")] || Kt["001"];
  return r[0];
}
var Yn, Dl = new RegExp("^".concat(bs.source, "*")), kl = new RegExp("".concat(bs.source, "*$"));
function X(e, t) {
  return { start: e, end: t };
}
var Ul = !!String.prototype.startsWith && "_a".startsWith("a", 1), zl = !!String.fromCodePoint, Gl = !!Object.fromEntries, Fl = !!String.prototype.codePointAt, Xl = !!String.prototype.trimStart, Wl = !!String.prototype.trimEnd, Yl = !!Number.isSafeInteger, Vl = Yl ? Number.isSafeInteger : function(e) {
  return typeof e == "number" && isFinite(e) && Math.floor(e) === e && Math.abs(e) <= 9007199254740991;
}, ri = !0;
try {
  var jl = ws("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  ri = ((Yn = jl.exec("a")) === null || Yn === void 0 ? void 0 : Yn[0]) === "a";
} catch {
  ri = !1;
}
var xr = Ul ? (
  // Native
  function(t, n, i) {
    return t.startsWith(n, i);
  }
) : (
  // For IE11
  function(t, n, i) {
    return t.slice(i, i + n.length) === n;
  }
), si = zl ? String.fromCodePoint : (
  // IE11
  function() {
    for (var t = [], n = 0; n < arguments.length; n++)
      t[n] = arguments[n];
    for (var i = "", r = t.length, s = 0, u; r > s; ) {
      if (u = t[s++], u > 1114111)
        throw RangeError(u + " is not a valid code point");
      i += u < 65536 ? String.fromCharCode(u) : String.fromCharCode(((u -= 65536) >> 10) + 55296, u % 1024 + 56320);
    }
    return i;
  }
), yr = (
  // native
  Gl ? Object.fromEntries : (
    // Ponyfill
    function(t) {
      for (var n = {}, i = 0, r = t; i < r.length; i++) {
        var s = r[i], u = s[0], o = s[1];
        n[u] = o;
      }
      return n;
    }
  )
), ys = Fl ? (
  // Native
  function(t, n) {
    return t.codePointAt(n);
  }
) : (
  // IE 11
  function(t, n) {
    var i = t.length;
    if (!(n < 0 || n >= i)) {
      var r = t.charCodeAt(n), s;
      return r < 55296 || r > 56319 || n + 1 === i || (s = t.charCodeAt(n + 1)) < 56320 || s > 57343 ? r : (r - 55296 << 10) + (s - 56320) + 65536;
    }
  }
), Zl = Xl ? (
  // Native
  function(t) {
    return t.trimStart();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(Dl, "");
  }
), ql = Wl ? (
  // Native
  function(t) {
    return t.trimEnd();
  }
) : (
  // Ponyfill
  function(t) {
    return t.replace(kl, "");
  }
);
function ws(e, t) {
  return new RegExp(e, t);
}
var ai;
if (ri) {
  var wr = ws("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  ai = function(t, n) {
    var i;
    wr.lastIndex = n;
    var r = wr.exec(t);
    return (i = r[1]) !== null && i !== void 0 ? i : "";
  };
} else
  ai = function(t, n) {
    for (var i = []; ; ) {
      var r = ys(t, n);
      if (r === void 0 || Es(r) || $l(r))
        break;
      i.push(r), n += r >= 65536 ? 2 : 1;
    }
    return si.apply(void 0, i);
  };
var Jl = (
  /** @class */
  (function() {
    function e(t, n) {
      n === void 0 && (n = {}), this.message = t, this.position = { offset: 0, line: 1, column: 1 }, this.ignoreTag = !!n.ignoreTag, this.locale = n.locale, this.requiresOtherClause = !!n.requiresOtherClause, this.shouldParseSkeletons = !!n.shouldParseSkeletons;
    }
    return e.prototype.parse = function() {
      if (this.offset() !== 0)
        throw Error("parser can only be used once");
      return this.parseMessage(0, "", !1);
    }, e.prototype.parseMessage = function(t, n, i) {
      for (var r = []; !this.isEOF(); ) {
        var s = this.char();
        if (s === 123) {
          var u = this.parseArgument(t, i);
          if (u.err)
            return u;
          r.push(u.val);
        } else {
          if (s === 125 && t > 0)
            break;
          if (s === 35 && (n === "plural" || n === "selectordinal")) {
            var o = this.clonePosition();
            this.bump(), r.push({
              type: ne.pound,
              location: X(o, this.clonePosition())
            });
          } else if (s === 60 && !this.ignoreTag && this.peek() === 47) {
            if (i)
              break;
            return this.error(F.UNMATCHED_CLOSING_TAG, X(this.clonePosition(), this.clonePosition()));
          } else if (s === 60 && !this.ignoreTag && oi(this.peek() || 0)) {
            var u = this.parseTag(t, n);
            if (u.err)
              return u;
            r.push(u.val);
          } else {
            var u = this.parseLiteral(t, n);
            if (u.err)
              return u;
            r.push(u.val);
          }
        }
      }
      return { val: r, err: null };
    }, e.prototype.parseTag = function(t, n) {
      var i = this.clonePosition();
      this.bump();
      var r = this.parseTagName();
      if (this.bumpSpace(), this.bumpIf("/>"))
        return {
          val: {
            type: ne.literal,
            value: "<".concat(r, "/>"),
            location: X(i, this.clonePosition())
          },
          err: null
        };
      if (this.bumpIf(">")) {
        var s = this.parseMessage(t + 1, n, !0);
        if (s.err)
          return s;
        var u = s.val, o = this.clonePosition();
        if (this.bumpIf("</")) {
          if (this.isEOF() || !oi(this.char()))
            return this.error(F.INVALID_TAG, X(o, this.clonePosition()));
          var h = this.clonePosition(), l = this.parseTagName();
          return r !== l ? this.error(F.UNMATCHED_CLOSING_TAG, X(h, this.clonePosition())) : (this.bumpSpace(), this.bumpIf(">") ? {
            val: {
              type: ne.tag,
              value: r,
              children: u,
              location: X(i, this.clonePosition())
            },
            err: null
          } : this.error(F.INVALID_TAG, X(o, this.clonePosition())));
        } else
          return this.error(F.UNCLOSED_TAG, X(i, this.clonePosition()));
      } else
        return this.error(F.INVALID_TAG, X(i, this.clonePosition()));
    }, e.prototype.parseTagName = function() {
      var t = this.offset();
      for (this.bump(); !this.isEOF() && Ql(this.char()); )
        this.bump();
      return this.message.slice(t, this.offset());
    }, e.prototype.parseLiteral = function(t, n) {
      for (var i = this.clonePosition(), r = ""; ; ) {
        var s = this.tryParseQuote(n);
        if (s) {
          r += s;
          continue;
        }
        var u = this.tryParseUnquoted(t, n);
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
      var h = X(i, this.clonePosition());
      return {
        val: { type: ne.literal, value: r, location: h },
        err: null
      };
    }, e.prototype.tryParseLeftAngleBracket = function() {
      return !this.isEOF() && this.char() === 60 && (this.ignoreTag || // If at the opening tag or closing tag position, bail.
      !Kl(this.peek() || 0)) ? (this.bump(), "<") : null;
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
      var n = [this.char()];
      for (this.bump(); !this.isEOF(); ) {
        var i = this.char();
        if (i === 39)
          if (this.peek() === 39)
            n.push(39), this.bump();
          else {
            this.bump();
            break;
          }
        else
          n.push(i);
        this.bump();
      }
      return si.apply(void 0, n);
    }, e.prototype.tryParseUnquoted = function(t, n) {
      if (this.isEOF())
        return null;
      var i = this.char();
      return i === 60 || i === 123 || i === 35 && (n === "plural" || n === "selectordinal") || i === 125 && t > 0 ? null : (this.bump(), si(i));
    }, e.prototype.parseArgument = function(t, n) {
      var i = this.clonePosition();
      if (this.bump(), this.bumpSpace(), this.isEOF())
        return this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(i, this.clonePosition()));
      if (this.char() === 125)
        return this.bump(), this.error(F.EMPTY_ARGUMENT, X(i, this.clonePosition()));
      var r = this.parseIdentifierIfPossible().value;
      if (!r)
        return this.error(F.MALFORMED_ARGUMENT, X(i, this.clonePosition()));
      if (this.bumpSpace(), this.isEOF())
        return this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(i, this.clonePosition()));
      switch (this.char()) {
        // Simple argument: `{name}`
        case 125:
          return this.bump(), {
            val: {
              type: ne.argument,
              // value does not include the opening and closing braces.
              value: r,
              location: X(i, this.clonePosition())
            },
            err: null
          };
        // Argument with options: `{name, format, ...}`
        case 44:
          return this.bump(), this.bumpSpace(), this.isEOF() ? this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(i, this.clonePosition())) : this.parseArgumentOptions(t, n, r, i);
        default:
          return this.error(F.MALFORMED_ARGUMENT, X(i, this.clonePosition()));
      }
    }, e.prototype.parseIdentifierIfPossible = function() {
      var t = this.clonePosition(), n = this.offset(), i = ai(this.message, n), r = n + i.length;
      this.bumpTo(r);
      var s = this.clonePosition(), u = X(t, s);
      return { value: i, location: u };
    }, e.prototype.parseArgumentOptions = function(t, n, i, r) {
      var s, u = this.clonePosition(), o = this.parseIdentifierIfPossible().value, h = this.clonePosition();
      switch (o) {
        case "":
          return this.error(F.EXPECT_ARGUMENT_TYPE, X(u, h));
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
            var d = ql(f.val);
            if (d.length === 0)
              return this.error(F.EXPECT_ARGUMENT_STYLE, X(this.clonePosition(), this.clonePosition()));
            var C = X(c, this.clonePosition());
            l = { style: d, styleLocation: C };
          }
          var v = this.tryParseArgumentClose(r);
          if (v.err)
            return v;
          var w = X(r, this.clonePosition());
          if (l && xr(l?.style, "::", 0)) {
            var L = Zl(l.style.slice(2));
            if (o === "number") {
              var f = this.parseNumberSkeletonFromString(L, l.styleLocation);
              return f.err ? f : {
                val: { type: ne.number, value: i, location: w, style: f.val },
                err: null
              };
            } else {
              if (L.length === 0)
                return this.error(F.EXPECT_DATE_TIME_SKELETON, w);
              var p = L;
              this.locale && (p = Rl(L, this.locale));
              var d = {
                type: vt.dateTime,
                pattern: p,
                location: l.styleLocation,
                parsedOptions: this.shouldParseSkeletons ? Al(p) : {}
              }, m = o === "date" ? ne.date : ne.time;
              return {
                val: { type: m, value: i, location: w, style: d },
                err: null
              };
            }
          }
          return {
            val: {
              type: o === "number" ? ne.number : o === "date" ? ne.date : ne.time,
              value: i,
              location: w,
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
          var b = this.tryParsePluralOrSelectOptions(t, o, n, P);
          if (b.err)
            return b;
          var v = this.tryParseArgumentClose(r);
          if (v.err)
            return v;
          var H = X(r, this.clonePosition());
          return o === "select" ? {
            val: {
              type: ne.select,
              value: i,
              options: yr(b.val),
              location: H
            },
            err: null
          } : {
            val: {
              type: ne.plural,
              value: i,
              options: yr(b.val),
              offset: x,
              pluralType: o === "plural" ? "cardinal" : "ordinal",
              location: H
            },
            err: null
          };
        }
        default:
          return this.error(F.INVALID_ARGUMENT_TYPE, X(u, h));
      }
    }, e.prototype.tryParseArgumentClose = function(t) {
      return this.isEOF() || this.char() !== 125 ? this.error(F.EXPECT_ARGUMENT_CLOSING_BRACE, X(t, this.clonePosition())) : (this.bump(), { val: !0, err: null });
    }, e.prototype.parseSimpleArgStyleIfPossible = function() {
      for (var t = 0, n = this.clonePosition(); !this.isEOF(); ) {
        var i = this.char();
        switch (i) {
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
                val: this.message.slice(n.offset, this.offset()),
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
        val: this.message.slice(n.offset, this.offset()),
        err: null
      };
    }, e.prototype.parseNumberSkeletonFromString = function(t, n) {
      var i = [];
      try {
        i = Pl(t);
      } catch {
        return this.error(F.INVALID_NUMBER_SKELETON, n);
      }
      return {
        val: {
          type: vt.number,
          tokens: i,
          location: n,
          parsedOptions: this.shouldParseSkeletons ? Ml(i) : {}
        },
        err: null
      };
    }, e.prototype.tryParsePluralOrSelectOptions = function(t, n, i, r) {
      for (var s, u = !1, o = [], h = /* @__PURE__ */ new Set(), l = r.value, c = r.location; ; ) {
        if (l.length === 0) {
          var f = this.clonePosition();
          if (n !== "select" && this.bumpIf("=")) {
            var d = this.tryParseDecimalInteger(F.EXPECT_PLURAL_ARGUMENT_SELECTOR, F.INVALID_PLURAL_ARGUMENT_SELECTOR);
            if (d.err)
              return d;
            c = X(f, this.clonePosition()), l = this.message.slice(f.offset, this.offset());
          } else
            break;
        }
        if (h.has(l))
          return this.error(n === "select" ? F.DUPLICATE_SELECT_ARGUMENT_SELECTOR : F.DUPLICATE_PLURAL_ARGUMENT_SELECTOR, c);
        l === "other" && (u = !0), this.bumpSpace();
        var C = this.clonePosition();
        if (!this.bumpIf("{"))
          return this.error(n === "select" ? F.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT : F.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT, X(this.clonePosition(), this.clonePosition()));
        var v = this.parseMessage(t + 1, n, i);
        if (v.err)
          return v;
        var w = this.tryParseArgumentClose(C);
        if (w.err)
          return w;
        o.push([
          l,
          {
            value: v.val,
            location: X(C, this.clonePosition())
          }
        ]), h.add(l), this.bumpSpace(), s = this.parseIdentifierIfPossible(), l = s.value, c = s.location;
      }
      return o.length === 0 ? this.error(n === "select" ? F.EXPECT_SELECT_ARGUMENT_SELECTOR : F.EXPECT_PLURAL_ARGUMENT_SELECTOR, X(this.clonePosition(), this.clonePosition())) : this.requiresOtherClause && !u ? this.error(F.MISSING_OTHER_CLAUSE, X(this.clonePosition(), this.clonePosition())) : { val: o, err: null };
    }, e.prototype.tryParseDecimalInteger = function(t, n) {
      var i = 1, r = this.clonePosition();
      this.bumpIf("+") || this.bumpIf("-") && (i = -1);
      for (var s = !1, u = 0; !this.isEOF(); ) {
        var o = this.char();
        if (o >= 48 && o <= 57)
          s = !0, u = u * 10 + (o - 48), this.bump();
        else
          break;
      }
      var h = X(r, this.clonePosition());
      return s ? (u *= i, Vl(u) ? { val: u, err: null } : this.error(n, h)) : this.error(t, h);
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
      var n = ys(this.message, t);
      if (n === void 0)
        throw Error("Offset ".concat(t, " is at invalid UTF-16 code unit boundary"));
      return n;
    }, e.prototype.error = function(t, n) {
      return {
        val: null,
        err: {
          kind: t,
          message: this.message,
          location: n
        }
      };
    }, e.prototype.bump = function() {
      if (!this.isEOF()) {
        var t = this.char();
        t === 10 ? (this.position.line += 1, this.position.column = 1, this.position.offset += 1) : (this.position.column += 1, this.position.offset += t < 65536 ? 1 : 2);
      }
    }, e.prototype.bumpIf = function(t) {
      if (xr(this.message, t, this.offset())) {
        for (var n = 0; n < t.length; n++)
          this.bump();
        return !0;
      }
      return !1;
    }, e.prototype.bumpUntil = function(t) {
      var n = this.offset(), i = this.message.indexOf(t, n);
      return i >= 0 ? (this.bumpTo(i), !0) : (this.bumpTo(this.message.length), !1);
    }, e.prototype.bumpTo = function(t) {
      if (this.offset() > t)
        throw Error("targetOffset ".concat(t, " must be greater than or equal to the current offset ").concat(this.offset()));
      for (t = Math.min(t, this.message.length); ; ) {
        var n = this.offset();
        if (n === t)
          break;
        if (n > t)
          throw Error("targetOffset ".concat(t, " is at invalid UTF-16 code unit boundary"));
        if (this.bump(), this.isEOF())
          break;
      }
    }, e.prototype.bumpSpace = function() {
      for (; !this.isEOF() && Es(this.char()); )
        this.bump();
    }, e.prototype.peek = function() {
      if (this.isEOF())
        return null;
      var t = this.char(), n = this.offset(), i = this.message.charCodeAt(n + (t >= 65536 ? 2 : 1));
      return i ?? null;
    }, e;
  })()
);
function oi(e) {
  return e >= 97 && e <= 122 || e >= 65 && e <= 90;
}
function Kl(e) {
  return oi(e) || e === 47;
}
function Ql(e) {
  return e === 45 || e === 46 || e >= 48 && e <= 57 || e === 95 || e >= 97 && e <= 122 || e >= 65 && e <= 90 || e == 183 || e >= 192 && e <= 214 || e >= 216 && e <= 246 || e >= 248 && e <= 893 || e >= 895 && e <= 8191 || e >= 8204 && e <= 8205 || e >= 8255 && e <= 8256 || e >= 8304 && e <= 8591 || e >= 11264 && e <= 12271 || e >= 12289 && e <= 55295 || e >= 63744 && e <= 64975 || e >= 65008 && e <= 65533 || e >= 65536 && e <= 983039;
}
function Es(e) {
  return e >= 9 && e <= 13 || e === 32 || e === 133 || e >= 8206 && e <= 8207 || e === 8232 || e === 8233;
}
function $l(e) {
  return e >= 33 && e <= 35 || e === 36 || e >= 37 && e <= 39 || e === 40 || e === 41 || e === 42 || e === 43 || e === 44 || e === 45 || e >= 46 && e <= 47 || e >= 58 && e <= 59 || e >= 60 && e <= 62 || e >= 63 && e <= 64 || e === 91 || e === 92 || e === 93 || e === 94 || e === 96 || e === 123 || e === 124 || e === 125 || e === 126 || e === 161 || e >= 162 && e <= 165 || e === 166 || e === 167 || e === 169 || e === 171 || e === 172 || e === 174 || e === 176 || e === 177 || e === 182 || e === 187 || e === 191 || e === 215 || e === 247 || e >= 8208 && e <= 8213 || e >= 8214 && e <= 8215 || e === 8216 || e === 8217 || e === 8218 || e >= 8219 && e <= 8220 || e === 8221 || e === 8222 || e === 8223 || e >= 8224 && e <= 8231 || e >= 8240 && e <= 8248 || e === 8249 || e === 8250 || e >= 8251 && e <= 8254 || e >= 8257 && e <= 8259 || e === 8260 || e === 8261 || e === 8262 || e >= 8263 && e <= 8273 || e === 8274 || e === 8275 || e >= 8277 && e <= 8286 || e >= 8592 && e <= 8596 || e >= 8597 && e <= 8601 || e >= 8602 && e <= 8603 || e >= 8604 && e <= 8607 || e === 8608 || e >= 8609 && e <= 8610 || e === 8611 || e >= 8612 && e <= 8613 || e === 8614 || e >= 8615 && e <= 8621 || e === 8622 || e >= 8623 && e <= 8653 || e >= 8654 && e <= 8655 || e >= 8656 && e <= 8657 || e === 8658 || e === 8659 || e === 8660 || e >= 8661 && e <= 8691 || e >= 8692 && e <= 8959 || e >= 8960 && e <= 8967 || e === 8968 || e === 8969 || e === 8970 || e === 8971 || e >= 8972 && e <= 8991 || e >= 8992 && e <= 8993 || e >= 8994 && e <= 9e3 || e === 9001 || e === 9002 || e >= 9003 && e <= 9083 || e === 9084 || e >= 9085 && e <= 9114 || e >= 9115 && e <= 9139 || e >= 9140 && e <= 9179 || e >= 9180 && e <= 9185 || e >= 9186 && e <= 9254 || e >= 9255 && e <= 9279 || e >= 9280 && e <= 9290 || e >= 9291 && e <= 9311 || e >= 9472 && e <= 9654 || e === 9655 || e >= 9656 && e <= 9664 || e === 9665 || e >= 9666 && e <= 9719 || e >= 9720 && e <= 9727 || e >= 9728 && e <= 9838 || e === 9839 || e >= 9840 && e <= 10087 || e === 10088 || e === 10089 || e === 10090 || e === 10091 || e === 10092 || e === 10093 || e === 10094 || e === 10095 || e === 10096 || e === 10097 || e === 10098 || e === 10099 || e === 10100 || e === 10101 || e >= 10132 && e <= 10175 || e >= 10176 && e <= 10180 || e === 10181 || e === 10182 || e >= 10183 && e <= 10213 || e === 10214 || e === 10215 || e === 10216 || e === 10217 || e === 10218 || e === 10219 || e === 10220 || e === 10221 || e === 10222 || e === 10223 || e >= 10224 && e <= 10239 || e >= 10240 && e <= 10495 || e >= 10496 && e <= 10626 || e === 10627 || e === 10628 || e === 10629 || e === 10630 || e === 10631 || e === 10632 || e === 10633 || e === 10634 || e === 10635 || e === 10636 || e === 10637 || e === 10638 || e === 10639 || e === 10640 || e === 10641 || e === 10642 || e === 10643 || e === 10644 || e === 10645 || e === 10646 || e === 10647 || e === 10648 || e >= 10649 && e <= 10711 || e === 10712 || e === 10713 || e === 10714 || e === 10715 || e >= 10716 && e <= 10747 || e === 10748 || e === 10749 || e >= 10750 && e <= 11007 || e >= 11008 && e <= 11055 || e >= 11056 && e <= 11076 || e >= 11077 && e <= 11078 || e >= 11079 && e <= 11084 || e >= 11085 && e <= 11123 || e >= 11124 && e <= 11125 || e >= 11126 && e <= 11157 || e === 11158 || e >= 11159 && e <= 11263 || e >= 11776 && e <= 11777 || e === 11778 || e === 11779 || e === 11780 || e === 11781 || e >= 11782 && e <= 11784 || e === 11785 || e === 11786 || e === 11787 || e === 11788 || e === 11789 || e >= 11790 && e <= 11798 || e === 11799 || e >= 11800 && e <= 11801 || e === 11802 || e === 11803 || e === 11804 || e === 11805 || e >= 11806 && e <= 11807 || e === 11808 || e === 11809 || e === 11810 || e === 11811 || e === 11812 || e === 11813 || e === 11814 || e === 11815 || e === 11816 || e === 11817 || e >= 11818 && e <= 11822 || e === 11823 || e >= 11824 && e <= 11833 || e >= 11834 && e <= 11835 || e >= 11836 && e <= 11839 || e === 11840 || e === 11841 || e === 11842 || e >= 11843 && e <= 11855 || e >= 11856 && e <= 11857 || e === 11858 || e >= 11859 && e <= 11903 || e >= 12289 && e <= 12291 || e === 12296 || e === 12297 || e === 12298 || e === 12299 || e === 12300 || e === 12301 || e === 12302 || e === 12303 || e === 12304 || e === 12305 || e >= 12306 && e <= 12307 || e === 12308 || e === 12309 || e === 12310 || e === 12311 || e === 12312 || e === 12313 || e === 12314 || e === 12315 || e === 12316 || e === 12317 || e >= 12318 && e <= 12319 || e === 12320 || e === 12336 || e === 64830 || e === 64831 || e >= 65093 && e <= 65094;
}
function li(e) {
  e.forEach(function(t) {
    if (delete t.location, ds(t) || vs(t))
      for (var n in t.options)
        delete t.options[n].location, li(t.options[n].value);
    else hs(t) && gs(t.style) || (fs(t) || cs(t)) && ii(t.style) ? delete t.style.location : ms(t) && li(t.children);
  });
}
function eu(e, t) {
  t === void 0 && (t = {}), t = V({ shouldParseSkeletons: !0, requiresOtherClause: !0 }, t);
  var n = new Jl(e, t).parse();
  if (n.err) {
    var i = SyntaxError(F[n.err.kind]);
    throw i.location = n.err.location, i.originalMessage = n.err.message, i;
  }
  return t?.captureLocation || li(n.val), n.val;
}
var mt;
(function(e) {
  e.MISSING_VALUE = "MISSING_VALUE", e.INVALID_VALUE = "INVALID_VALUE", e.MISSING_INTL_API = "MISSING_INTL_API";
})(mt || (mt = {}));
var wn = (
  /** @class */
  (function(e) {
    yn(t, e);
    function t(n, i, r) {
      var s = e.call(this, n) || this;
      return s.code = i, s.originalMessage = r, s;
    }
    return t.prototype.toString = function() {
      return "[formatjs Error: ".concat(this.code, "] ").concat(this.message);
    }, t;
  })(Error)
), Er = (
  /** @class */
  (function(e) {
    yn(t, e);
    function t(n, i, r, s) {
      return e.call(this, 'Invalid values for "'.concat(n, '": "').concat(i, '". Options are "').concat(Object.keys(r).join('", "'), '"'), mt.INVALID_VALUE, s) || this;
    }
    return t;
  })(wn)
), tu = (
  /** @class */
  (function(e) {
    yn(t, e);
    function t(n, i, r) {
      return e.call(this, 'Value for "'.concat(n, '" must be of type ').concat(i), mt.INVALID_VALUE, r) || this;
    }
    return t;
  })(wn)
), nu = (
  /** @class */
  (function(e) {
    yn(t, e);
    function t(n, i) {
      return e.call(this, 'The intl string context variable "'.concat(n, '" was not provided to the string "').concat(i, '"'), mt.MISSING_VALUE, i) || this;
    }
    return t;
  })(wn)
), _e;
(function(e) {
  e[e.literal = 0] = "literal", e[e.object = 1] = "object";
})(_e || (_e = {}));
function iu(e) {
  return e.length < 2 ? e : e.reduce(function(t, n) {
    var i = t[t.length - 1];
    return !i || i.type !== _e.literal || n.type !== _e.literal ? t.push(n) : i.value += n.value, t;
  }, []);
}
function ru(e) {
  return typeof e == "function";
}
function sn(e, t, n, i, r, s, u) {
  if (e.length === 1 && gr(e[0]))
    return [
      {
        type: _e.literal,
        value: e[0].value
      }
    ];
  for (var o = [], h = 0, l = e; h < l.length; h++) {
    var c = l[h];
    if (gr(c)) {
      o.push({
        type: _e.literal,
        value: c.value
      });
      continue;
    }
    if (Hl(c)) {
      typeof s == "number" && o.push({
        type: _e.literal,
        value: n.getNumberFormat(t).format(s)
      });
      continue;
    }
    var f = c.value;
    if (!(r && f in r))
      throw new nu(f, u);
    var d = r[f];
    if (Cl(c)) {
      (!d || typeof d == "string" || typeof d == "number") && (d = typeof d == "string" || typeof d == "number" ? String(d) : ""), o.push({
        type: typeof d == "string" ? _e.literal : _e.object,
        value: d
      });
      continue;
    }
    if (fs(c)) {
      var C = typeof c.style == "string" ? i.date[c.style] : ii(c.style) ? c.style.parsedOptions : void 0;
      o.push({
        type: _e.literal,
        value: n.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (cs(c)) {
      var C = typeof c.style == "string" ? i.time[c.style] : ii(c.style) ? c.style.parsedOptions : i.time.medium;
      o.push({
        type: _e.literal,
        value: n.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (hs(c)) {
      var C = typeof c.style == "string" ? i.number[c.style] : gs(c.style) ? c.style.parsedOptions : void 0;
      C && C.scale && (d = d * (C.scale || 1)), o.push({
        type: _e.literal,
        value: n.getNumberFormat(t, C).format(d)
      });
      continue;
    }
    if (ms(c)) {
      var v = c.children, w = c.value, L = r[w];
      if (!ru(L))
        throw new tu(w, "function", u);
      var p = sn(v, t, n, i, r, s), m = L(p.map(function(x) {
        return x.value;
      }));
      Array.isArray(m) || (m = [m]), o.push.apply(o, m.map(function(x) {
        return {
          type: typeof x == "string" ? _e.literal : _e.object,
          value: x
        };
      }));
    }
    if (ds(c)) {
      var y = c.options[d] || c.options.other;
      if (!y)
        throw new Er(c.value, d, Object.keys(c.options), u);
      o.push.apply(o, sn(y.value, t, n, i, r));
      continue;
    }
    if (vs(c)) {
      var y = c.options["=".concat(d)];
      if (!y) {
        if (!Intl.PluralRules)
          throw new wn(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, mt.MISSING_INTL_API, u);
        var P = n.getPluralRules(t, { type: c.pluralType }).select(d - (c.offset || 0));
        y = c.options[P] || c.options.other;
      }
      if (!y)
        throw new Er(c.value, d, Object.keys(c.options), u);
      o.push.apply(o, sn(y.value, t, n, i, r, d - (c.offset || 0)));
      continue;
    }
  }
  return iu(o);
}
function su(e, t) {
  return t ? V(V(V({}, e || {}), t || {}), Object.keys(e).reduce(function(n, i) {
    return n[i] = V(V({}, e[i]), t[i] || {}), n;
  }, {})) : e;
}
function au(e, t) {
  return t ? Object.keys(e).reduce(function(n, i) {
    return n[i] = su(e[i], t[i]), n;
  }, V({}, e)) : e;
}
function Vn(e) {
  return {
    create: function() {
      return {
        get: function(t) {
          return e[t];
        },
        set: function(t, n) {
          e[t] = n;
        }
      };
    }
  };
}
function ou(e) {
  return e === void 0 && (e = {
    number: {},
    dateTime: {},
    pluralRules: {}
  }), {
    getNumberFormat: Xn(function() {
      for (var t, n = [], i = 0; i < arguments.length; i++)
        n[i] = arguments[i];
      return new ((t = Intl.NumberFormat).bind.apply(t, Fn([void 0], n, !1)))();
    }, {
      cache: Vn(e.number),
      strategy: Wn.variadic
    }),
    getDateTimeFormat: Xn(function() {
      for (var t, n = [], i = 0; i < arguments.length; i++)
        n[i] = arguments[i];
      return new ((t = Intl.DateTimeFormat).bind.apply(t, Fn([void 0], n, !1)))();
    }, {
      cache: Vn(e.dateTime),
      strategy: Wn.variadic
    }),
    getPluralRules: Xn(function() {
      for (var t, n = [], i = 0; i < arguments.length; i++)
        n[i] = arguments[i];
      return new ((t = Intl.PluralRules).bind.apply(t, Fn([void 0], n, !1)))();
    }, {
      cache: Vn(e.pluralRules),
      strategy: Wn.variadic
    })
  };
}
var lu = (
  /** @class */
  (function() {
    function e(t, n, i, r) {
      n === void 0 && (n = e.defaultLocale);
      var s = this;
      if (this.formatterCache = {
        number: {},
        dateTime: {},
        pluralRules: {}
      }, this.format = function(h) {
        var l = s.formatToParts(h);
        if (l.length === 1)
          return l[0].value;
        var c = l.reduce(function(f, d) {
          return !f.length || d.type !== _e.literal || typeof f[f.length - 1] != "string" ? f.push(d.value) : f[f.length - 1] += d.value, f;
        }, []);
        return c.length <= 1 ? c[0] || "" : c;
      }, this.formatToParts = function(h) {
        return sn(s.ast, s.locales, s.formatters, s.formats, h, void 0, s.message);
      }, this.resolvedOptions = function() {
        var h;
        return {
          locale: ((h = s.resolvedLocale) === null || h === void 0 ? void 0 : h.toString()) || Intl.NumberFormat.supportedLocalesOf(s.locales)[0]
        };
      }, this.getAst = function() {
        return s.ast;
      }, this.locales = n, this.resolvedLocale = e.resolveLocale(n), typeof t == "string") {
        if (this.message = t, !e.__parse)
          throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
        var u = r || {};
        u.formatters;
        var o = bl(u, ["formatters"]);
        this.ast = e.__parse(t, V(V({}, o), { locale: this.resolvedLocale }));
      } else
        this.ast = t;
      if (!Array.isArray(this.ast))
        throw new TypeError("A message must be provided as a String or AST.");
      this.formats = au(e.formats, i), this.formatters = r && r.formatters || ou(this.formatterCache);
    }
    return Object.defineProperty(e, "defaultLocale", {
      get: function() {
        return e.memoizedDefaultLocale || (e.memoizedDefaultLocale = new Intl.NumberFormat().resolvedOptions().locale), e.memoizedDefaultLocale;
      },
      enumerable: !1,
      configurable: !0
    }), e.memoizedDefaultLocale = null, e.resolveLocale = function(t) {
      if (!(typeof Intl.Locale > "u")) {
        var n = Intl.NumberFormat.supportedLocalesOf(t);
        return n.length > 0 ? new Intl.Locale(n[0]) : new Intl.Locale(typeof t == "string" ? t : t[0]);
      }
    }, e.__parse = eu, e.formats = {
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
function uu(e, t) {
  if (t == null)
    return;
  if (t in e)
    return e[t];
  const n = t.split(".");
  let i = e;
  for (let r = 0; r < n.length; r++)
    if (typeof i == "object") {
      if (r > 0) {
        const s = n.slice(r, n.length).join(".");
        if (s in i) {
          i = i[s];
          break;
        }
      }
      i = i[n[r]];
    } else
      i = void 0;
  return i;
}
const Ye = {}, hu = (e, t, n) => n && (t in Ye || (Ye[t] = {}), e in Ye[t] || (Ye[t][e] = n), n), Ss = (e, t) => {
  if (t == null)
    return;
  if (t in Ye && e in Ye[t])
    return Ye[t][e];
  const n = En(t);
  for (let i = 0; i < n.length; i++) {
    const r = n[i], s = cu(r, e);
    if (s)
      return hu(e, t, s);
  }
};
let Ci;
const Rt = xn({});
function fu(e) {
  return Ci[e] || null;
}
function Cs(e) {
  return e in Ci;
}
function cu(e, t) {
  if (!Cs(e))
    return null;
  const n = fu(e);
  return uu(n, t);
}
function du(e) {
  if (e == null)
    return;
  const t = En(e);
  for (let n = 0; n < t.length; n++) {
    const i = t[n];
    if (Cs(i))
      return i;
  }
}
function vu(e, ...t) {
  delete Ye[e], Rt.update((n) => (n[e] = gl.all([n[e] || {}, ...t]), n));
}
pt(
  [Rt],
  ([e]) => Object.keys(e)
);
Rt.subscribe((e) => Ci = e);
const an = {};
function mu(e, t) {
  an[e].delete(t), an[e].size === 0 && delete an[e];
}
function Hs(e) {
  return an[e];
}
function gu(e) {
  return En(e).map((t) => {
    const n = Hs(t);
    return [t, n ? [...n] : []];
  }).filter(([, t]) => t.length > 0);
}
function ui(e) {
  return e == null ? !1 : En(e).some(
    (t) => {
      var n;
      return (n = Hs(t)) == null ? void 0 : n.size;
    }
  );
}
function bu(e, t) {
  return Promise.all(
    t.map((i) => (mu(e, i), i().then((r) => r.default || r)))
  ).then((i) => vu(e, ...i));
}
const Ht = {};
function Ts(e) {
  if (!ui(e))
    return e in Ht ? Ht[e] : Promise.resolve();
  const t = gu(e);
  return Ht[e] = Promise.all(
    t.map(
      ([n, i]) => bu(n, i)
    )
  ).then(() => {
    if (ui(e))
      return Ts(e);
    delete Ht[e];
  }), Ht[e];
}
const _u = {
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
}, pu = {
  fallbackLocale: null,
  loadingDelay: 200,
  formats: _u,
  warnOnMissingMessages: !0,
  handleMissingMessage: void 0,
  ignoreTag: !0
}, xu = pu;
function gt() {
  return xu;
}
const jn = xn(!1);
var yu = Object.defineProperty, wu = Object.defineProperties, Eu = Object.getOwnPropertyDescriptors, Sr = Object.getOwnPropertySymbols, Su = Object.prototype.hasOwnProperty, Cu = Object.prototype.propertyIsEnumerable, Cr = (e, t, n) => t in e ? yu(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, Hu = (e, t) => {
  for (var n in t || (t = {}))
    Su.call(t, n) && Cr(e, n, t[n]);
  if (Sr)
    for (var n of Sr(t))
      Cu.call(t, n) && Cr(e, n, t[n]);
  return e;
}, Tu = (e, t) => wu(e, Eu(t));
let hi;
const fn = xn(null);
function Hr(e) {
  return e.split("-").map((t, n, i) => i.slice(0, n + 1).join("-")).reverse();
}
function En(e, t = gt().fallbackLocale) {
  const n = Hr(e);
  return t ? [.../* @__PURE__ */ new Set([...n, ...Hr(t)])] : n;
}
function st() {
  return hi ?? void 0;
}
fn.subscribe((e) => {
  hi = e ?? void 0, typeof window < "u" && e != null && document.documentElement.setAttribute("lang", e);
});
const Au = (e) => {
  if (e && du(e) && ui(e)) {
    const { loadingDelay: t } = gt();
    let n;
    return typeof window < "u" && st() != null && t ? n = window.setTimeout(
      () => jn.set(!0),
      t
    ) : jn.set(!0), Ts(e).then(() => {
      fn.set(e);
    }).finally(() => {
      clearTimeout(n), jn.set(!1);
    });
  }
  return fn.set(e);
}, yt = Tu(Hu({}, fn), {
  set: Au
}), Sn = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (i) => {
    const r = JSON.stringify(i);
    return r in t ? t[r] : t[r] = e(i);
  };
};
var Bu = Object.defineProperty, cn = Object.getOwnPropertySymbols, As = Object.prototype.hasOwnProperty, Bs = Object.prototype.propertyIsEnumerable, Tr = (e, t, n) => t in e ? Bu(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, Hi = (e, t) => {
  for (var n in t || (t = {}))
    As.call(t, n) && Tr(e, n, t[n]);
  if (cn)
    for (var n of cn(t))
      Bs.call(t, n) && Tr(e, n, t[n]);
  return e;
}, wt = (e, t) => {
  var n = {};
  for (var i in e)
    As.call(e, i) && t.indexOf(i) < 0 && (n[i] = e[i]);
  if (e != null && cn)
    for (var i of cn(e))
      t.indexOf(i) < 0 && Bs.call(e, i) && (n[i] = e[i]);
  return n;
};
const Ot = (e, t) => {
  const { formats: n } = gt();
  if (e in n && t in n[e])
    return n[e][t];
  throw new Error(`[svelte-i18n] Unknown "${t}" ${e} format.`);
}, Pu = Sn(
  (e) => {
    var t = e, { locale: n, format: i } = t, r = wt(t, ["locale", "format"]);
    if (n == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format numbers');
    return i && (r = Ot("number", i)), new Intl.NumberFormat(n, r);
  }
), Iu = Sn(
  (e) => {
    var t = e, { locale: n, format: i } = t, r = wt(t, ["locale", "format"]);
    if (n == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format dates');
    return i ? r = Ot("date", i) : Object.keys(r).length === 0 && (r = Ot("date", "short")), new Intl.DateTimeFormat(n, r);
  }
), Lu = Sn(
  (e) => {
    var t = e, { locale: n, format: i } = t, r = wt(t, ["locale", "format"]);
    if (n == null)
      throw new Error(
        '[svelte-i18n] A "locale" must be set to format time values'
      );
    return i ? r = Ot("time", i) : Object.keys(r).length === 0 && (r = Ot("time", "short")), new Intl.DateTimeFormat(n, r);
  }
), Ou = (e = {}) => {
  var t = e, {
    locale: n = st()
  } = t, i = wt(t, [
    "locale"
  ]);
  return Pu(Hi({ locale: n }, i));
}, Mu = (e = {}) => {
  var t = e, {
    locale: n = st()
  } = t, i = wt(t, [
    "locale"
  ]);
  return Iu(Hi({ locale: n }, i));
}, Ru = (e = {}) => {
  var t = e, {
    locale: n = st()
  } = t, i = wt(t, [
    "locale"
  ]);
  return Lu(Hi({ locale: n }, i));
}, Nu = Sn(
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
  (e, t = st()) => new lu(e, t, gt().formats, {
    ignoreTag: gt().ignoreTag
  })
), Du = (e, t = {}) => {
  var n, i, r, s;
  let u = t;
  typeof e == "object" && (u = e, e = u.id);
  const {
    values: o,
    locale: h = st(),
    default: l
  } = u;
  if (h == null)
    throw new Error(
      "[svelte-i18n] Cannot format a message without first setting the initial locale."
    );
  let c = Ss(e, h);
  if (!c)
    c = (s = (r = (i = (n = gt()).handleMissingMessage) == null ? void 0 : i.call(n, { locale: h, id: e, defaultValue: l })) != null ? r : l) != null ? s : e;
  else if (typeof c != "string")
    return console.warn(
      `[svelte-i18n] Message with id "${e}" must be of type "string", found: "${typeof c}". Gettin its value through the "$format" method is deprecated; use the "json" method instead.`
    ), c;
  if (!o)
    return c;
  let f = c;
  try {
    f = Nu(c, h).format(o);
  } catch (d) {
    d instanceof Error && console.warn(
      `[svelte-i18n] Message "${e}" has syntax error:`,
      d.message
    );
  }
  return f;
}, ku = (e, t) => Ru(t).format(e), Uu = (e, t) => Mu(t).format(e), zu = (e, t) => Ou(t).format(e), Gu = (e, t = st()) => Ss(e, t);
pt([yt, Rt], () => Du);
pt([yt], () => ku);
pt([yt], () => Uu);
pt([yt], () => zu);
pt([yt, Rt], () => Gu);
const Fu = "__i18n__", Xu = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Wu = [
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
function Yu(e) {
  return typeof e == "string" && e.includes(Fu);
}
class Vu {
  load_component;
  #t = /* @__PURE__ */ Le(We({}));
  get shared() {
    return a(this.#t);
  }
  set shared(t) {
    E(this.#t, t, !0);
  }
  #n = /* @__PURE__ */ Le(We({}));
  get props() {
    return a(this.#n);
  }
  set props(t) {
    E(this.#n, t, !0);
  }
  #e = /* @__PURE__ */ Le((t) => t);
  get i18n() {
    return a(this.#e);
  }
  set i18n(t) {
    E(this.#e, t, !0);
  }
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Wu;
  mounted = !1;
  old_value;
  register_component;
  constructor(t, n) {
    for (const i in t.shared_props)
      this.shared[i] = t.shared_props[i];
    for (const i in t.props)
      this.props[i] = t.props[i];
    if (n)
      for (const i in n)
        this.props[i] === void 0 && (this.props[i] = n[i]);
    this.i18n = this.props.i18n ?? ((i) => i);
    for (const i of Xu)
      this.shared[i] = this._translate_and_store(
        "shared",
        i,
        // @ts-ignore
        t.shared_props[i]
      ), this.props[i] = this._translate_and_store(
        "props",
        i,
        // @ts-ignore
        t.props[i]
      );
    this.load_component = this.shared.load_component, this.register_component = this.shared.register_component || (() => {
    }), this.dispatcher = this.shared.dispatcher || (() => {
    }), this.register_component(
      t.shared_props.id,
      // @ts-ignore
      this.set_data.bind(this),
      this.get_data.bind(this)
    ), ct(() => {
      for (const i in t.shared_props)
        this._is_i18n_managed(`shared.${i}`, t.shared_props[i]) || (this.shared[i] = t.shared_props[i]);
      for (const i in t.props)
        this._is_i18n_managed(`props.${i}`, t.props[i]) || (this.props[i] = t.props[i]);
      this.register_component(
        t.shared_props.id,
        // @ts-ignore
        this.set_data.bind(this),
        this.get_data.bind(this)
      ), J(() => {
        this.shared.id = t.shared_props.id;
      });
    }), Object.keys(this.translatable_props).length > 0 && yt.subscribe(() => {
      for (const [i, r] of Object.entries(this.translatable_props)) {
        const [s, u] = i.split("."), o = this.i18n(r);
        s === "shared" ? this.shared[u] = o : this.props[u] = o;
      }
    });
  }
  // check if props are translatable
  _is_i18n_managed(t, n) {
    const i = this.translatable_props[t];
    return i ? n === i ? !0 : (delete this.translatable_props[t], !1) : !1;
  }
  _translate_and_store(t, n, i) {
    if (typeof i != "string") return i;
    const r = this.i18n(i);
    return r !== i && (this.translatable_props[`${t}.${n}`] = i), r;
  }
  dispatch(t, n) {
    this.dispatcher(this.shared.id, t, n);
  }
  async get_data() {
    return Eo(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const n in t) {
      const i = t[n], r = Yu(i) ? this._translate_and_store(this.shared_props.includes(n) ? "shared" : "props", n, i) : i;
      if (this.shared_props.includes(n)) {
        const s = n;
        this.shared[s] = r;
        continue;
      }
      this.props[n] = r;
    }
  }
  watch_for_change() {
    ct(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
po();
var ju = /* @__PURE__ */ _t('<svg class="resize-handle svelte-1hhxcvk" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><line x1="1" y1="9" x2="9" y2="1" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line><line x1="5" y1="9" x2="9" y2="5" stroke="gray" stroke-width="0.5" class="svelte-1hhxcvk"></line></svg>'), Ar = /* @__PURE__ */ oe("<!> <!>", 1), Zu = /* @__PURE__ */ oe('<div class="placeholder svelte-1hhxcvk"></div>');
function qu(e, t) {
  ke(t, !1);
  let n = _(t, "height", 8, void 0), i = _(t, "min_height", 8, void 0), r = _(t, "max_height", 8, void 0), s = _(t, "width", 8, void 0), u = _(t, "elem_id", 8, ""), o = _(t, "elem_classes", 24, () => []), h = _(t, "variant", 8, "solid"), l = _(t, "border_mode", 8, "base"), c = _(t, "padding", 8, !0), f = _(t, "type", 8, "normal"), d = _(t, "test_id", 8, void 0), C = _(t, "explicit_call", 8, !1), v = _(t, "container", 8, !0), w = _(t, "visible", 8, !0), L = _(t, "allow_overflow", 8, !0), p = _(t, "overflow_behavior", 8, "auto"), m = _(t, "scale", 8, null), y = _(t, "min_width", 8, 0), P = _(t, "flex", 12, !1), x = _(t, "resizable", 8, !1), b = _(t, "rtl", 8, !1), H = _(t, "fullscreen", 12, !1), I = _(t, "label", 8, void 0), B = /* @__PURE__ */ k(H()), R = /* @__PURE__ */ k(), O = f() === "fieldset" ? "fieldset" : "div", N = /* @__PURE__ */ k(0), z = /* @__PURE__ */ k(0), T = /* @__PURE__ */ k(null);
  function K(Y) {
    H() && Y.key === "Escape" && H(!1);
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
    () => (j(H()), a(B), a(R)),
    () => {
      H() !== a(B) && (E(B, H()), H() ? (E(T, a(R).getBoundingClientRect()), E(N, a(R).offsetHeight), E(z, a(R).offsetWidth), window.addEventListener("keydown", K)) : (E(T, null), window.removeEventListener("keydown", K)));
    }
  ), Ce(() => j(w()), () => {
    w() || P(!1);
  }), bt(), Ze();
  var he = wi(), de = Ne(he);
  {
    var le = (Y) => {
      var re = Ar(), me = Ne(re);
      Vo(me, () => O, !1, (Ee, Pe) => {
        je(Ee, (He) => E(R, He), () => a(R)), rs(
          Ee,
          (He, at, Nt, Dt, Cn) => ({
            "data-testid": d(),
            id: u(),
            class: `block ${He ?? ""}`,
            dir: b() ? "rtl" : "ltr",
            "aria-label": I(),
            style: "",
            [Qe]: {
              hidden: w() === "hidden",
              padded: c(),
              flex: P(),
              border_focus: l() === "focus",
              border_contrast: l() === "contrast",
              "hide-container": !C() && !v(),
              fullscreen: H(),
              animating: H() && a(T) !== null,
              "auto-margin": m() === null
            },
            [lt]: {
              height: at,
              "min-height": Nt,
              "max-height": Dt,
              "--start-top": (a(T), J(() => a(T) ? `${a(T).top}px` : "0px")),
              "--start-left": (a(T), J(() => a(T) ? `${a(T).left}px` : "0px")),
              "--start-width": (a(T), J(() => a(T) ? `${a(T).width}px` : "0px")),
              "--start-height": (a(T), J(() => a(T) ? `${a(T).height}px` : "0px")),
              width: Cn,
              "border-style": h(),
              overflow: L() ? p() : "hidden",
              "flex-grow": m(),
              "min-width": `calc(min(${y()}px, 100%))`
            }
          }),
          [
            () => (j(o()), J(() => o()?.join(" ") || "")),
            () => (j(H()), j(n()), J(() => H() ? void 0 : W(n()))),
            () => (j(H()), j(i()), J(() => H() ? void 0 : W(i()))),
            () => (j(H()), j(r()), J(() => H() ? void 0 : W(r()))),
            () => (j(H()), j(s()), J(() => H() ? void 0 : typeof s() == "number" ? `calc(min(${s()}px, 100%))` : W(s())))
          ],
          void 0,
          void 0,
          "svelte-1hhxcvk"
        );
        var ve = Ar(), U = Ne(ve);
        Mt(U, t, "default", {});
        var Q = ee(U, 2);
        {
          var pe = (He) => {
            var at = ju();
            ue("mousedown", at, te), Z(He, at);
          };
          ye(Q, (He) => {
            x() && He(pe);
          });
        }
        Z(Pe, ve);
      });
      var q = ee(me, 2);
      {
        var ae = (Ee) => {
          var Pe = Zu();
          let ve;
          we(() => ve = pn(Pe, "", ve, {
            height: a(N) + "px",
            width: a(z) + "px"
          })), Z(Ee, Pe);
        };
        ye(q, (Ee) => {
          H() && Ee(ae);
        });
      }
      Z(Y, re);
    };
    ye(de, (Y) => {
      (w() === !0 || w() === "hidden") && Y(le);
    });
  }
  Z(e, he), De();
}
var Ju = /* @__PURE__ */ oe('<span data-testid="block-info"><!></span> <!>', 1);
function Ku(e, t) {
  let n = _(t, "show_label", 8, !0), i = _(t, "info", 8, void 0), r = _(t, "rtl", 8, !1);
  var s = Ju(), u = Ne(s);
  let o;
  var h = ie(u);
  Mt(h, t, "default", {});
  var l = ee(u, 2);
  {
    var c = (f) => {
      Info(f, {
        get info() {
          return i();
        }
      });
    };
    ye(l, (f) => {
      i() && f(c);
    });
  }
  we(() => {
    Be(u, "dir", r() ? "rtl" : "ltr"), o = Re(u, 1, "svelte-mgj1he", null, o, {
      hide: !n(),
      "has-info": i() != null,
      "sr-only": !n()
    }), u.dir = u.dir;
  }), Z(e, s);
}
var Qu = /* @__PURE__ */ oe('<label for="" data-testid="block-label"><span class="svelte-n80y3m"><!></span> </label>');
function $u(e, t) {
  let n = _(t, "label", 8, null), i = _(t, "Icon", 8), r = _(t, "show_label", 8, !0), s = _(t, "disable", 8, !1), u = _(t, "float", 8, !0), o = _(t, "rtl", 8, !1);
  var h = Qu();
  let l;
  var c = ie(h), f = ie(c);
  i()(f, {});
  var d = ee(c);
  we(() => {
    Be(h, "dir", o() ? "rtl" : "ltr"), l = Re(h, 1, "svelte-n80y3m", null, l, {
      hide: !r(),
      "sr-only": !r(),
      float: u(),
      "hide-label": s()
    }), _n(d, ` ${n() ?? ""}`), h.dir = h.dir;
  }), Z(e, h);
}
bn(["click"]);
var eh = /* @__PURE__ */ oe('<div aria-label="Empty value"><div class="icon svelte-l207r8"><!></div></div>');
function th(e, t) {
  ke(t, !1);
  const n = /* @__PURE__ */ k();
  let i = _(t, "size", 8, "small"), r = _(t, "unpadded_box", 8, !1), s = /* @__PURE__ */ k();
  function u(f) {
    var d;
    if (!f) return !1;
    const { height: C } = f.getBoundingClientRect(), { height: v } = ((d = f.parentElement) === null || d === void 0 ? void 0 : d.getBoundingClientRect()) || { height: C };
    return C > v + 2;
  }
  Ce(() => a(s), () => {
    E(n, u(a(s)));
  }), bt();
  var o = eh();
  let h;
  var l = ie(o), c = ie(l);
  Mt(c, t, "default", {}), je(o, (f) => E(s, f), () => a(s)), we(() => h = Re(o, 1, "empty svelte-l207r8", null, h, {
    small: i() === "small",
    large: i() === "large",
    unpadded_box: r(),
    small_parent: a(n)
  })), Z(e, o), De();
}
bn(["click"]);
var nh = /* @__PURE__ */ _t('<svg class="dropdown-arrow svelte-10lb9vl" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 18 18"><path d="M5 8l4 4 4-4z"></path></svg>');
function ih(e) {
  var t = nh();
  Z(e, t);
}
var rh = /* @__PURE__ */ _t('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-image"><rect x="3" y="3" width="18" height="18" rx="2" ry="2"></rect><circle cx="8.5" cy="8.5" r="1.5"></circle><polyline points="21 15 16 10 5 21"></polyline></svg>');
function Ps(e) {
  var t = rh();
  Z(e, t);
}
var sh = /* @__PURE__ */ _t('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw" style="transform: rotateY(180deg);"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function ah(e) {
  var t = sh();
  Z(e, t);
}
var oh = /* @__PURE__ */ _t('<svg aria-label="undo" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function lh(e) {
  var t = oh();
  Z(e, t);
}
const Qt = (e, t, n) => Math.min(Math.max(e, t), n);
class uh {
  constructor(t, n, i = () => null) {
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
        const [s, u] = this.toCanvasPoint(r.clientX, r.clientY);
        if (this.scale == 1) {
          this.offsetX = (this.canvasWidth - this.imageWidth) / 2, this.offsetY = 0, this.renderCallBack();
          return;
        }
        let o = s - this.startDragX, h = u - this.startDragY;
        this.imageWidth * this.scale > this.canvasWidth ? o = Qt(o, this.canvasWidth - this.offsetX - this.imageWidth * this.scale, -this.offsetX) : o = Qt(o, -this.offsetX, this.canvasWidth - this.offsetX - this.imageWidth * this.scale), this.imageHeight * this.scale > this.canvasHeight ? h = Qt(h, this.canvasHeight - this.offsetY - this.imageHeight * this.scale, -this.offsetY) : h = Qt(h, -this.offsetY, this.canvasHeight - this.offsetY - this.imageHeight * this.scale), this.offsetX += o, this.offsetY += h, this.startDragX = s, this.startDragY = u, this.renderCallBack();
      }
    }, this.renderCallBack = t, this.pointersCache = n, this.getCanvas = i, this.scale = 1, this.offsetX = 0, this.offsetY = 0, this.canvasWidth = 0, this.canvasHeight = 0, this.imageWidth = 0, this.imageHeight = 0, this.imageRotatedWidth = 0, this.imageRotatedHeight = 0, this.isDragging = !1, this.startDragX = 0, this.startDragY = 0, this.orientation = 0;
  }
  // Convert client (CSS pixel) coordinates to canvas coordinates
  toCanvasPoint(t, n) {
    const i = this.getCanvas();
    if (i === null)
      return [t, n];
    const r = i.getBoundingClientRect(), s = r.width > 0 ? i.width / r.width : 1, u = r.height > 0 ? i.height / r.height : 1;
    return [(t - r.left) * s, (n - r.top) * u];
  }
  startDrag(t) {
    this.isDragging = !0, [this.startDragX, this.startDragY] = this.toCanvasPoint(t.clientX, t.clientY), document.addEventListener("pointermove", this.handleDrag), document.addEventListener("pointerup", this.stopDrag);
  }
  setRotatedImage(t) {
    t !== null && (this.orientation == 0 || this.orientation == 2 ? (this.imageRotatedWidth = t.width, this.imageRotatedHeight = t.height) : (this.imageRotatedWidth = t.height, this.imageRotatedHeight = t.width));
  }
  resize(t, n, i = 0, r = 0) {
    this.canvasWidth == t && this.canvasHeight == n || (this.canvasWidth = t, this.canvasHeight = n, this.scale = 1, this.offsetX = i, this.offsetY = r);
  }
}
const fe = (e, t, n) => Math.min(Math.max(e, t), n);
function $t(e, t) {
  if (e.startsWith("rgba"))
    return e.replace(/[\d.]+$/, t.toString());
  const n = e.match(/\d+/g);
  if (!n || n.length !== 3)
    return `rgba(50, 50, 50, ${t})`;
  const [i, r, s] = n;
  return `rgba(${i}, ${r}, ${s}, ${t})`;
}
const Br = {
  predicted: { text: "P", color: "rgb(245, 158, 11)", dash: [7, 4] },
  accepted: { text: "✓", color: "rgb(22, 163, 74)", dash: [] },
  new: { text: "+", color: "rgb(37, 99, 235)", dash: [2, 3] }
};
function Pr(e, t, n, i) {
  return e > n ? [i === "max" ? n : t, e, "min"] : e < t ? [e, i === "min" ? t : n, "max"] : e > t && e < n ? i === "min" ? [t, e, i] : [e, n, i] : [t, n, i];
}
function hh(e) {
  const t = e.match(/\d+/g);
  if (!t || t.length < 3)
    return "black";
  const [n, i, r] = t.map(Number);
  return 0.299 * n + 0.587 * i + 0.114 * r > 150 ? "black" : "white";
}
class en {
  constructor(t, n, i, r, s, u, o, h, l, c, f, d, C, v = "rgb(255, 255, 255)", w = 0.5, L = 25, p = 8, m = 2, y = 4, P = 1) {
    this.stopDrag = () => {
      this.isDragging = !1, document.removeEventListener("pointermove", this.handleDrag), document.removeEventListener("pointerup", this.stopDrag);
    }, this.handleDrag = (x) => {
      if (this.isDragging && this.pointersCache.size === 1) {
        const [b, H] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY);
        let I = (b - this.offsetMouseX) / this.canvasWindow.scale - this._xmin, B = (H - this.offsetMouseY) / this.canvasWindow.scale - this._ymin;
        const R = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, O = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        I = fe(I, -this._xmin, R - this._xmax), B = fe(B, -this._ymin, O - this._ymax), this._xmin += I, this._ymin += B, this._xmax += I, this._ymax += B, (I !== 0 || B !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.handleCreating = (x) => {
      if (this.isCreating && this.pointersCache.size === 1) {
        const [b, H] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY);
        let [I, B] = this.toBoxCoordinates(b, H);
        I = I / this.canvasWindow.scale, B = B / this.canvasWindow.scale, [this._xmin, this._xmax, this.creatingAnchorX] = Pr(I, this._xmin, this._xmax, this.creatingAnchorX), [this._ymin, this._ymax, this.creatingAnchorY] = Pr(B, this._ymin, this._ymax, this.creatingAnchorY), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopCreating = (x) => {
      if (this.isCreating = !1, document.removeEventListener("pointermove", this.handleCreating), document.removeEventListener("pointerup", this.stopCreating), this.getArea() > 0) {
        const b = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, H = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        this._xmin = fe(this._xmin, 0, b - this.minSize), this._ymin = fe(this._ymin, 0, H - this.minSize), this._xmax = fe(this._xmax, this.minSize, b), this._ymax = fe(this._ymax, this.minSize, H), this.minSize > 0 && (this.getWidth() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorX === "min" ? this._xmax = this._xmin + this.minSize : this._xmin = this._xmax - this.minSize), this.getHeight() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorY === "min" ? this._ymax = this._ymin + this.minSize : this._ymin = this._ymax - this.minSize), this._xmax > b ? (this._xmin -= this._xmax - b, this._xmax = b) : this._xmin < 0 && (this._xmax -= this._xmin, this._xmin = 0), this._ymax > H ? (this._ymin -= this._ymax - H, this._ymax = H) : this._ymin < 0 && (this._ymax -= this._ymin, this._ymin = 0)), this.applyUserScale(), this.renderCallBack();
      }
      this.onFinishCreation();
    }, this.handleResize = (x) => {
      if (this.isResizing && this.pointersCache.size === 1) {
        const [b, H] = this.canvasWindow.toCanvasPoint(x.clientX, x.clientY), I = (b - this.offsetMouseX - this.resizeHandles[this.resizingHandleIndex].xmin) / this.canvasWindow.scale, B = (H - this.offsetMouseY - this.resizeHandles[this.resizingHandleIndex].ymin) / this.canvasWindow.scale, R = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, O = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        switch (this.resizingHandleIndex) {
          case 0:
            this._xmin += I, this._ymin += B, this._xmin = fe(this._xmin, 0, this._xmax - this.minSize), this._ymin = fe(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 1:
            this._xmax += I, this._ymin += B, this._xmax = fe(this._xmax, this._xmin + this.minSize, R), this._ymin = fe(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 2:
            this._xmax += I, this._ymax += B, this._xmax = fe(this._xmax, this._xmin + this.minSize, R), this._ymax = fe(this._ymax, this._ymin + this.minSize, O);
            break;
          case 3:
            this._xmin += I, this._ymax += B, this._xmin = fe(this._xmin, 0, this._xmax - this.minSize), this._ymax = fe(this._ymax, this._ymin + this.minSize, O);
            break;
          case 4:
            this._ymin += B, this._ymin = fe(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 5:
            this._xmax += I, this._xmax = fe(this._xmax, this._xmin + this.minSize, R);
            break;
          case 6:
            this._ymax += B, this._ymax = fe(this._ymax, this._ymin + this.minSize, O);
            break;
          case 7:
            this._xmin += I, this._xmin = fe(this._xmin, 0, this._xmax - this.minSize);
            break;
        }
        (I !== 0 || B !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopResize = () => {
      this.isResizing = !1, document.removeEventListener("pointermove", this.handleResize), document.removeEventListener("pointerup", this.stopResize);
    }, this.renderCallBack = t, this.onFinishCreation = n, this.canvasWindow = i, this.pointersCache = r, this.canvasXmin = s, this.canvasYmin = u, this.canvasXmax = o, this.canvasYmax = h, this.scaleFactor = P, this.label = l, this.isDragging = !1, this.isCreating = !1, this._xmin = c, this._ymin = f, this._xmax = d, this._ymax = C, this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.isResizing = !1, this.isSelected = !1, this.offsetMouseX = 0, this.offsetMouseY = 0, this.resizeHandleSize = p, this.thickness = m, this.selectedThickness = y, this.updateHandles(), this.resizingHandleIndex = -1, this.minSize = L, this.color = v, this.alpha = w, this.creatingAnchorX = "min", this.creatingAnchorY = "min", this.state = "new", this.score = null;
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
  attach(t, n, i, r) {
    this.renderCallBack = t, this.onFinishCreation = n, this.canvasWindow = i, this.pointersCache = r;
  }
  setScaleFactor(t) {
    let n = t / this.scaleFactor;
    this._xmin = this._xmin * n, this._ymin = this._ymin * n, this._xmax = this._xmax * n, this._ymax = this._ymax * n, this.applyUserScale(), this.scaleFactor = t;
  }
  updateHandles() {
    const t = this.resizeHandleSize / 2, n = this.xmin + this.getWidth() / 2, i = this.ymin + this.getHeight() / 2, r = [
      [this.xmin, this.ymin, "nwse-resize"],
      [this.xmax, this.ymin, "nesw-resize"],
      [this.xmax, this.ymax, "nwse-resize"],
      [this.xmin, this.ymax, "nesw-resize"],
      [n, this.ymin, "ns-resize"],
      [this.xmax, i, "ew-resize"],
      [n, this.ymax, "ns-resize"],
      [this.xmin, i, "ew-resize"]
    ];
    this.resizeHandles = r.map(([s, u, o]) => ({
      xmin: s - t,
      ymin: u - t,
      xmax: s + t,
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
  toCanvasCoordinates(t, n) {
    return t = t + this.canvasXmin, n = n + this.canvasYmin, [t, n];
  }
  toBoxCoordinates(t, n) {
    return t = t - this.canvasXmin, n = n - this.canvasYmin, [t, n];
  }
  applyUserScale() {
    this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.updateHandles();
  }
  updateOffset() {
    this.canvasXmin = this.canvasWindow.offsetX, this.canvasYmin = this.canvasWindow.offsetY, this.canvasXmax = this.canvasWindow.offsetX + this.canvasWindow.imageWidth * this.canvasWindow.scale, this.canvasYmax = this.canvasWindow.offsetY + this.canvasWindow.imageHeight * this.canvasWindow.scale, this.applyUserScale();
  }
  render(t) {
    let n, i;
    this.updateOffset(), t.beginPath(), [n, i] = this.toCanvasCoordinates(this.xmin, this.ymin), t.rect(n, i, this.getWidth(), this.getHeight()), t.fillStyle = $t(this.color, this.alpha), t.fill(), this.isSelected ? t.lineWidth = this.selectedThickness : t.lineWidth = this.thickness;
    const r = Br[this.state] ?? Br.new;
    t.strokeStyle = $t(this.color, 1), t.setLineDash(r.dash.map((f) => f * Math.max(1, t.lineWidth / 2))), t.stroke(), t.setLineDash([]), t.closePath();
    const s = this.caption();
    t.font = this.isSelected ? "bold 13px Arial" : "12px Arial";
    const u = 18, o = u, h = s.trim() === "" ? 0 : t.measureText(s).width + 10;
    let [l, c] = this.toCanvasCoordinates(this.xmin, this.ymin - u);
    if (c < 0 && (c += u), t.fillStyle = r.color, t.fillRect(l, c, o, u), t.fillStyle = "white", t.textAlign = "center", t.fillText(r.text, l + o / 2, c + 13), t.textAlign = "left", h > 0 && (t.fillStyle = $t(this.color, 1), t.fillRect(l + o, c, h, u), t.fillStyle = hh(this.color), t.fillText(s, l + o + 5, c + 13)), t.lineWidth = 1, t.strokeStyle = "rgba(0, 0, 0, 0.6)", t.strokeRect(l, c, o + h, u), !!this.isSelected) {
      t.fillStyle = $t(this.color, 1);
      for (const f of this.resizeHandles)
        [n, i] = this.toCanvasCoordinates(f.xmin, f.ymin), t.fillRect(
          n,
          i,
          f.xmax - f.xmin,
          f.ymax - f.ymin
        );
    }
  }
  startDrag(t) {
    this.isDragging = !0;
    const [n, i] = this.canvasWindow.toCanvasPoint(t.clientX, t.clientY);
    this.offsetMouseX = n - this._xmin * this.canvasWindow.scale, this.offsetMouseY = i - this._ymin * this.canvasWindow.scale, document.addEventListener("pointermove", this.handleDrag), document.addEventListener("pointerup", this.stopDrag);
  }
  isPointInsideBox(t, n) {
    return [t, n] = this.toBoxCoordinates(t, n), t >= this.xmin && t <= this.xmax && n >= this.ymin && n <= this.ymax;
  }
  indexOfPointInsideHandle(t, n) {
    [t, n] = this.toBoxCoordinates(t, n);
    for (let i = 0; i < this.resizeHandles.length; i++) {
      const r = this.resizeHandles[i];
      if (t >= r.xmin && t <= r.xmax && n >= r.ymin && n <= r.ymax)
        return this.resizingHandleIndex = i, i;
    }
    return -1;
  }
  startCreating() {
    this.isCreating = !0, document.addEventListener("pointermove", this.handleCreating), document.addEventListener("pointerup", this.stopCreating);
  }
  startResize(t, n) {
    this.resizingHandleIndex = t, this.isResizing = !0;
    const [i, r] = this.canvasWindow.toCanvasPoint(n.clientX, n.clientY);
    this.offsetMouseX = i - this.resizeHandles[t].xmin, this.offsetMouseY = r - this.resizeHandles[t].ymin, document.addEventListener("pointermove", this.handleResize), document.addEventListener("pointerup", this.stopResize);
  }
  onRotate(t) {
    const [n, i, r, s] = [this._xmin, this._xmax, this._ymin, this._ymax];
    switch (t) {
      case 1:
        this._xmin = this.canvasWindow.imageWidth - s, this._xmax = this.canvasWindow.imageWidth - r, this._ymin = n, this._ymax = i;
        break;
      case -1:
        this._xmin = r, this._xmax = s, this._ymin = this.canvasWindow.imageHeight - i, this._ymax = this.canvasWindow.imageHeight - n;
        break;
    }
    this.applyUserScale();
  }
}
var fh = /* @__PURE__ */ _t('<svg width="100%" height="100%" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-width="2" style="stroke-linecap:round;stroke-linejoin:round;"><path></path></svg>');
function Bt(e, t) {
  let n = _(t, "d", 8);
  var i = fh(), r = jr(i);
  we(() => Be(r, "d", n())), Z(e, i);
}
var ch = /* @__PURE__ */ oe("<button><!></button>");
function Ke(e, t) {
  const n = dr(t, ["children", "$$slots", "$$events", "$$legacy"]), i = dr(n, ["selected"]);
  let r = _(t, "selected", 8, !1);
  var s = ch();
  rs(
    s,
    () => ({
      class: "icon",
      ...i,
      [Qe]: { selected: r() }
    }),
    void 0,
    void 0,
    void 0,
    "svelte-1q29fxg"
  );
  var u = ie(s);
  Mt(u, t, "default", {}), ue("click", s, function(o) {
    il.call(this, t, o);
  }), Z(e, s);
}
const dh = "M3 2h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM18 2h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM3 17h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM18 17h3a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zM7.5 4.5H16M7.5 19.5H16M4.5 8V16M19.5 8V16", vh = "M 14.4 2.85 V 11.1 V 3.95 C 14.4 3.0387 15.1388 2.3 16.05 2.3 C 16.9612 2.3 17.7 3.0387 17.7 3.95 V 11.1 V 7.25 C 17.7 6.3387 18.4388 5.6 19.35 5.6 C 20.2612 5.6 21 6.3387 21 7.25 V 16.6 C 21 20.2451 18.0451 23.2 14.4 23.2 H 13.16 C 11.4831 23.2 9.8692 22.5618 8.6459 21.4149 L 3.1915 16.3014 C 2.403 15.5622 2.3829 14.3171 3.1472 13.5528 C 3.8943 12.8057 5.1057 12.8057 5.8528 13.5528 L 7.8 15.5 V 6.15 C 7.8 5.2387 8.5387 4.5 9.45 4.5 C 10.3612 4.5 11.1 5.2387 11.1 6.15 V 11.1 V 2.85 C 11.1 1.9387 11.8388 1.2 12.75 1.2 C 13.6612 1.2 14.4 1.9387 14.4 2.85 Z", mh = "M10 12L14 16M14 12L10 16M4 6H20M16 6L15.7294 5.18807C15.4671 4.40125 15.3359 4.00784 15.0927 3.71698C14.8779 3.46013 14.6021 3.26132 14.2905 3.13878C13.9376 3 13.523 3 12.6936 3H11.3064C10.477 3 10.0624 3 9.70951 3.13878C9.39792 3.26132 9.12208 3.46013 8.90729 3.71698C8.66405 4.00784 8.53292 4.40125 8.27064 5.18807L8 6M18 6V16.2C18 17.8802 18 18.7202 17.673 19.362C17.3854 19.9265 16.9265 20.3854 16.362 20.673C15.7202 21 14.8802 21 13.2 21H10.8C9.11984 21 8.27976 21 7.63803 20.673C7.07354 20.3854 6.6146 19.9265 6.32698 19.362C6 18.7202 6 17.8802 6 16.2V6", gh = "M12,2.5L2.5,12c-.7.7-.7,1.8,0,2.4l7.1,7.1c.7.7,1.8.7,2.4,0l9.5-9.5c.3-.3.5-.8.5-1.2V3.7c0-1-.8-1.7-1.7-1.7h-7.1c-.5,0-.9.2-1.2.5ZM7.3,14.1l4.7-4.7M9.9,16.7l2.2-2.2M18.5,6.3c0,.5-.4.9-.9.9s-.9-.4-.9-.9.4-.9.9-.9.9.4.9.9Z", bh = "M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C15.9474 10 16.5286 10 17 10.0288M7 10.0288C6.41168 10.0647 5.99429 10.1455 5.63803 10.327C5.07354 10.6146 4.6146 11.0735 4.32698 11.638C4 12.2798 4 13.1198 4 14.8V16.2C4 17.8802 4 18.7202 4.32698 19.362C4.6146 19.9265 5.07354 20.3854 5.63803 20.673C6.27976 21 7.11984 21 8.8 21H15.2C16.8802 21 17.7202 21 18.362 20.673C18.9265 20.3854 19.3854 19.9265 19.673 19.362C20 18.7202 20 17.8802 20 16.2V14.8C20 13.1198 20 12.2798 19.673 11.638C19.3854 11.0735 18.9265 10.6146 18.362 10.327C18.0057 10.1455 17.5883 10.0647 17 10.0288M7 10.0288V8C7 5.23858 9.23858 3 12 3C14.7614 3 17 5.23858 17 8V10.0288", _h = "M16.584 6C15.8124 4.2341 14.0503 3 12 3C9.23858 3 7 5.23858 7 8V10.0288M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C16.8802 10 17.7202 10 18.362 10.327C18.9265 10.6146 19.3854 11.0735 19.673 11.638C20 12.2798 20 13.1198 20 14.8V16.2C20 17.8802 20 18.7202 19.673 19.362C19.3854 19.9265 18.9265 20.3854 18.362 20.673C17.7202 21 16.8802 21 15.2 21H8.8C7.11984 21 6.27976 21 5.63803 20.673C5.07354 20.3854 4.6146 19.9265 4.32698 19.362C4 18.7202 4 17.8802 4 16.2V14.8C4 13.1198 4 12.2798 4.32698 11.638C4.6146 11.0735 5.07354 10.6146 5.63803 10.327C5.99429 10.1455 6.41168 10.0647 7 10.0288Z";
function ph(e) {
  const t = e - 1;
  return t * t * t + 1;
}
function Ir(e) {
  const t = typeof e == "string" && e.match(/^\s*(-?[\d.]+)([^\s]*)\s*$/);
  return t ? [parseFloat(t[1]), t[2] || "px"] : [
    /** @type {number} */
    e,
    "px"
  ];
}
function xh(e, { delay: t = 0, duration: n = 400, easing: i = ph, x: r = 0, y: s = 0, opacity: u = 0 } = {}) {
  const o = getComputedStyle(e), h = +o.opacity, l = o.transform === "none" ? "" : o.transform, c = h * (1 - u), [f, d] = Ir(r), [C, v] = Ir(s);
  return {
    delay: t,
    duration: n,
    easing: i,
    css: (w, L) => `
			transform: ${l} translate(${(1 - w) * f}${d}, ${(1 - w) * C}${v});
			opacity: ${h - c * L}`
  };
}
var yh = /* @__PURE__ */ oe('<li data-testid="dropdown-option" role="option"><span>✓</span> </li>'), wh = /* @__PURE__ */ oe('<ul class="options svelte-v45gej" role="listbox"></ul>'), Eh = /* @__PURE__ */ oe('<div class="reference"></div> <!>', 1);
function Sh(e, t) {
  ke(t, !1);
  var n = /* @__PURE__ */ k(), i = /* @__PURE__ */ k();
  let r = _(t, "choices", 8), s = _(t, "filtered_indices", 8), u = _(t, "show_options", 8, !1), o = _(t, "disabled", 8, !1), h = _(t, "selected_indices", 24, () => []), l = _(t, "active_index", 8, null), c = /* @__PURE__ */ k(), f = /* @__PURE__ */ k(), d = /* @__PURE__ */ k(), C = /* @__PURE__ */ k(), v = /* @__PURE__ */ k(), w = /* @__PURE__ */ k(), L = /* @__PURE__ */ k(), p = /* @__PURE__ */ k(), m = /* @__PURE__ */ k(), y = /* @__PURE__ */ k();
  function P() {
    const { top: N, bottom: z } = a(v).getBoundingClientRect();
    E(c, N), E(f, a(y) - z);
  }
  let x = null;
  function b() {
    u() && (x !== null && clearTimeout(x), x = setTimeout(
      () => {
        P(), x = null;
      },
      10
    ));
  }
  const H = xt();
  Ce(
    () => (j(u()), a(v), a(w), j(h()), ce(n), ce(i), a(d), a(f), a(c)),
    () => {
      if (u() && a(v)) {
        if (a(w) && h().length > 0) {
          let z = a(w).querySelectorAll("li");
          for (const T of Array.from(z))
            if (T.getAttribute("data-index") === h()[0].toString()) {
              E(n, a(w) === null || a(w) === void 0 ? void 0 : a(w).scrollTo) === null || ce(n) === void 0 || ce(n).call(a(w), 0, T.offsetTop);
              break;
            }
        }
        P();
        const N = E(i, a(v).parentElement) === null || ce(i) === void 0 ? void 0 : ce(i).getBoundingClientRect();
        E(d, N?.height || 0), E(C, N?.width || 0);
      }
      a(f) > a(c) ? (E(L, `${a(c)}px`), E(m, a(f)), E(p, null)) : (E(p, `${a(f) + a(d)}px`), E(m, a(c) - a(d)), E(L, null));
    }
  ), bt(), Ze();
  var I = Eh();
  ue("scroll", xo, b);
  var B = Ne(I);
  je(B, (N) => E(v, N), () => a(v));
  var R = ee(B, 2);
  {
    var O = (N) => {
      var z = wh();
      let T;
      ko(z, 5, s, Ro, (K, W) => {
        var te = yh();
        let he;
        var de = ie(te);
        let le;
        var Y = ee(de);
        we(
          (re, me, q) => {
            he = Re(te, 1, "item svelte-v45gej", null, he, {
              selected: re,
              active: a(W) === l(),
              "bg-gray-100": a(W) === l(),
              "dark:bg-gray-600": a(W) === l()
            }), Be(te, "data-index", a(W)), Be(te, "aria-label", (j(r()), a(W), J(() => r()[a(W)][0]))), Be(te, "aria-selected", me), le = Re(de, 1, "inner-item svelte-v45gej", null, le, { hide: q }), _n(Y, ` ${j(r()), a(W), J(() => r()[a(W)][0]) ?? ""}`);
          },
          [
            () => h().includes(a(W)),
            () => (j(h()), a(W), J(() => h().includes(a(W)))),
            () => !h().includes(a(W))
          ]
        ), Z(K, te);
      }), je(z, (K) => E(w, K), () => a(w)), we(() => T = pn(z, "", T, {
        bottom: a(p),
        "max-height": `calc(${a(m)}px - var(--window-padding))`,
        width: a(C) + "px"
      })), Yo(3, z, () => xh, () => ({ duration: 200, y: 5 })), ue("mousedown", z, nl((K) => H("change", K))), Z(N, z);
    };
    ye(R, (N) => {
      u() && !o() && N(O);
    });
  }
  tl("innerHeight", (N) => E(y, N)), Z(e, I), De();
}
function Ch(e, t) {
  return (e % t + t) % t;
}
function Lr(e, t) {
  return e.reduce((n, i, r) => ((!t || i[0].toLowerCase().includes(t.toLowerCase())) && n.push(r), n), []);
}
function Hh(e, t, n) {
  e("change", t), n || e("input");
}
function Th(e, t, n) {
  if (e.key === "Escape")
    return [!1, t];
  if ((e.key === "ArrowDown" || e.key === "ArrowUp") && n.length >= 0)
    if (t === null)
      t = e.key === "ArrowDown" ? n[0] : n[n.length - 1];
    else {
      const i = n.indexOf(t), r = e.key === "ArrowUp" ? -1 : 1;
      t = n[Ch(i + r, n.length)];
    }
  return [!0, t];
}
var Ah = /* @__PURE__ */ oe('<div class="icon-wrap svelte-1o5hhf5"><!></div>'), Bh = /* @__PURE__ */ oe('<div><!> <div class="wrap svelte-1o5hhf5"><div><div class="secondary-wrap svelte-1o5hhf5"><input role="listbox" aria-controls="dropdown-options" autocomplete="off"/> <!></div></div> <!></div></div>');
function Ph(e, t) {
  ke(t, !1);
  let n = _(t, "label", 8), i = _(t, "info", 8, void 0), r = _(t, "value", 28, () => []), s = /* @__PURE__ */ k([]), u = _(t, "value_is_output", 12, !1), o = _(t, "choices", 8), h = /* @__PURE__ */ k(), l = _(t, "disabled", 8, !1), c = _(t, "show_label", 8), f = _(t, "container", 8, !0), d = _(t, "allow_custom_value", 8, !1), C = _(t, "filterable", 8, !0), v = /* @__PURE__ */ k(), w = /* @__PURE__ */ k(!1), L = /* @__PURE__ */ k(), p = /* @__PURE__ */ k(), m = /* @__PURE__ */ k(""), y = /* @__PURE__ */ k(""), P = /* @__PURE__ */ k(!1), x = /* @__PURE__ */ k([]), b = /* @__PURE__ */ k(null), H = /* @__PURE__ */ k(null), I = /* @__PURE__ */ k();
  const B = xt();
  r() ? (E(I, o().map((U) => U[1]).indexOf(r())), E(H, a(I)), a(H) === -1 ? (E(s, r()), E(H, null)) : (((U) => {
    var Q = Tt(U, 2);
    E(m, Q[0]), E(s, Q[1]);
  })(o()[a(H)]), E(y, a(m))), N()) : o().length > 0 && (E(I, 0), E(H, 0), ((U) => {
    var Q = Tt(U, 2);
    E(m, Q[0]), r(Q[1]);
  })(o()[a(H)]), E(s, r()), E(y, a(m)));
  function R() {
    E(L, o().map((U) => U[0])), E(p, o().map((U) => U[1]));
  }
  let O = /* @__PURE__ */ k(!1);
  function N() {
    R(), r() === void 0 || Array.isArray(r()) && r().length === 0 ? (E(m, ""), E(H, null)) : a(p).includes(r()) ? (E(m, a(L)[a(p).indexOf(r())]), E(H, a(p).indexOf(r()))) : d() ? (E(m, r()), E(H, null)) : (E(m, ""), E(H, null)), E(I, a(H));
  }
  function z(U) {
    if (E(H, parseInt(U.detail.target.dataset.index)), isNaN(a(H))) {
      E(H, null);
      return;
    }
    E(w, !1), E(b, null), a(v).blur();
  }
  function T(U) {
    E(x, o().map((Q, pe) => pe)), E(w, !0), a(
      v
      // typing replaces the current label
    ).select(), B("focus");
  }
  function K() {
    d() ? r(a(m)) : E(m, a(L)[a(p).indexOf(r())]), E(w, !1), E(b, null), B("blur");
  }
  function W(U) {
    ((Q) => {
      var pe = Tt(Q, 2);
      E(w, pe[0]), E(b, pe[1]);
    })(Th(U, a(b), a(x))), U.key === "Enter" && (a(b) !== null ? (E(H, a(b)), E(w, !1), a(v).blur(), E(b, null)) : a(L).includes(a(m)) ? (E(H, a(L).indexOf(a(m))), E(w, !1), E(b, null), a(v).blur()) : d() && (r(a(m)), E(H, null), E(w, !1), E(b, null), a(v).blur()), B("enter", r()));
  }
  fl(() => {
    u(!1), E(P, !0);
  }), Si(() => {
    a(v).focus();
  }), Ce(
    () => (a(H), a(I), a(P), a(m), j(r()), j(o()), a(p)),
    () => {
      a(H) !== a(I) && a(H) !== null && a(P) && (((U) => {
        var Q = Tt(U, 2);
        E(m, Q[0]), r(Q[1]);
      })(o()[a(H)]), E(I, a(H)), B("select", {
        index: a(H),
        value: a(p)[a(H)],
        selected: !0
      }));
    }
  ), Ce(
    () => (j(r()), a(s), j(u())),
    () => {
      r() != a(s) && (N(), Hh(B, r(), u()), E(s, r()));
    }
  ), Ce(() => j(o()), () => {
    o(), R();
  }), Ce(
    () => (j(o()), a(h), j(d()), a(x), a(O), a(m), a(v)),
    () => {
      o() !== a(h) && (d() || N(), E(h, o()), E(x, a(O) ? Lr(o(), a(m)) : o().map((U, Q) => Q)), !d() && a(x).length > 0 && E(b, a(x)[0]), a(v) == document.activeElement && E(w, !0));
    }
  ), Ce(
    () => (a(m), a(y), a(x), a(O), j(o()), j(d())),
    () => {
      a(m) !== a(y) && (E(x, a(O) ? Lr(o(), a(m)) : o().map((U, Q) => Q)), E(y, a(m)), !d() && a(x).length > 0 && E(b, a(x)[0]));
    }
  ), bt(), Ze();
  var te = Bh();
  let he;
  var de = ie(te);
  Ku(de, {
    get show_label() {
      return c();
    },
    get info() {
      return i();
    },
    children: (U, Q) => {
      var pe = Ao();
      we(() => _n(pe, n())), Z(U, pe);
    },
    $$slots: { default: !0 }
  });
  var le = ee(de, 2), Y = ie(le);
  let re;
  var me = ie(Y), q = ie(me);
  let ae;
  je(q, (U) => E(v, U), () => a(v));
  var Ee = ee(q, 2);
  {
    var Pe = (U) => {
      var Q = Ah(), pe = ie(Q);
      ih(pe), Z(U, Q);
    };
    ye(Ee, (U) => {
      l() || U(Pe);
    });
  }
  var ve = ee(Y, 2);
  {
    let U = Se(() => a(H) === null ? [] : [a(H)]);
    Sh(ve, {
      get show_options() {
        return a(w);
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
        return a(U);
      },
      get active_index() {
        return a(b);
      },
      $$events: { change: z }
    });
  }
  we(
    (U) => {
      he = Re(te, 1, "svelte-1o5hhf5", null, he, { container: f() }), re = Re(Y, 1, "wrap-inner svelte-1o5hhf5", null, re, { show_options: a(w) }), Be(q, "aria-expanded", a(w)), Be(q, "aria-label", n()), ae = Re(q, 1, "border-none svelte-1o5hhf5", null, ae, { subdued: U }), q.disabled = l(), q.readOnly = !C();
    },
    [
      () => !a(L).includes(a(m)) && !d()
    ]
  ), el(q, () => a(m), (U) => E(m, U)), ue("keydown", q, W), ue("input", q, () => E(O, !0)), ue("keyup", q, (U) => B("key_up", { key: U.key, input_value: a(m) })), ue("blur", q, K), ue("focus", q, T), Z(e, te), De();
}
var Ih = /* @__PURE__ */ oe('<div style="margin-right: 8px;"><!></div>'), Lh = /* @__PURE__ */ oe('<button class="modal-button stop svelte-blx80o">Remove</button>'), Oh = /* @__PURE__ */ oe('<div class="modal svelte-blx80o" id="model-box-edit"><div class="modal-container svelte-blx80o"><span class="model-content svelte-blx80o"><!> <div style="margin-right: 10px;"><!></div> <button class="modal-button svelte-blx80o">Cancel</button> <!> <button class="modal-button primary svelte-blx80o">OK</button></span></div></div>');
function Mh(e, t) {
  ke(t, !1);
  let n = _(t, "label", 8, ""), i = _(t, "currentLabel", 12, ""), r = _(t, "choices", 24, () => []), s = _(t, "choicesColors", 24, () => []), u = _(t, "color", 8, ""), o = _(t, "currentColor", 12, ""), h = _(t, "showRemove", 8, !0), l = _(t, "labelDetailLock", 12, !1);
  const c = xt();
  function f(O) {
    c("change", {
      label: i(),
      color: o(),
      lock: l(),
      ret: O
      // -1: remove, 0: cancel, 1: change
    });
  }
  function d(O) {
    const { detail: N } = O;
    let z = N;
    Number.isInteger(z) ? (Array.isArray(s()) && z < s().length && o(s()[z]), Array.isArray(r()) && z < r().length && i(r()[z][0])) : i(z);
  }
  function C(O) {
    d(O), f(1);
  }
  function v(O) {
    l(!l());
  }
  function w(O) {
    switch (O.key.toLowerCase()) {
      case "enter":
        f(1);
        break;
      case "escape":
        f(0);
        break;
    }
  }
  Si(() => (document.addEventListener("keydown", w), i(n()), o(u()), () => {
    document.removeEventListener("keydown", w);
  })), Ze();
  var L = Oh(), p = ie(L), m = ie(p), y = ie(m);
  {
    var P = (O) => {
      var N = Ih(), z = ie(N);
      {
        let T = Se(() => l() === !0);
        Ke(z, {
          get selected() {
            return a(T);
          },
          "aria-label": "Lock label detail",
          $$events: { click: v },
          children: (K, W) => {
            {
              let te = Se(() => l() ? bh : _h);
              Bt(K, {
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
      h() || O(P);
    });
  }
  var x = ee(y, 2), b = ie(x);
  Ph(b, {
    get value() {
      return i();
    },
    label: "Label",
    get choices() {
      return r();
    },
    show_label: !1,
    allow_custom_value: !0,
    $$events: { change: d, enter: C }
  });
  var H = ee(x, 2), I = ee(H, 2);
  {
    var B = (O) => {
      var N = Lh();
      nn("click", N, () => f(-1)), Z(O, N);
    };
    ye(I, (O) => {
      h() && O(B);
    });
  }
  var R = ee(I, 2);
  nn("click", H, () => f(0)), nn("click", R, () => f(1)), Z(e, L), De();
}
bn(["click"]);
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
var Rh = /* @__PURE__ */ oe('<span class="canvas-control svelte-oi8vj2"><!> <!> <!> <!> <span class="separator svelte-oi8vj2"></span> <!> <!> <span class="separator svelte-oi8vj2"></span> <button class="text-button svelte-oi8vj2" aria-label="Zoom out" title="Zoom out (-)">&minus;</button> <span class="zoom-level svelte-oi8vj2" data-testid="zoom-level" title="Zoom: wheel on the picture; drag an empty spot (or Alt-drag) to pan"> </span> <button class="text-button svelte-oi8vj2" aria-label="Zoom in" title="Zoom in (+)">+</button> <button class="text-button svelte-oi8vj2" aria-label="Fit picture" title="Fit the picture (0 or Space)">Fit</button></span> <div class="canvas-keys svelte-oi8vj2" data-testid="canvas-keys">Keys anywhere on the page: <b>C</b> draw · <b>D</b> move/resize · <b>E</b> relabel · <b>Del</b> remove · <b>Ctrl+Z</b>/<b>Ctrl+Y</b> undo/redo · wheel or <b>+</b>/<b>&minus;</b> zoom · <b>0</b> fit · drag empty spot or Alt-drag to pan</div>', 1), Nh = /* @__PURE__ */ oe('<div class="annotator-container" tabindex="0"><div class="canvas-container svelte-oi8vj2"><canvas class="canvas-annotator svelte-oi8vj2"></canvas></div> <!></div> <!>', 1);
function Dh(e, t) {
  ke(t, !1);
  const n = /* @__PURE__ */ k();
  var i = /* @__PURE__ */ k();
  (function(g) {
    g[g.creation = 0] = "creation", g[g.drag = 1] = "drag";
  })(ce(i) || E(i, {}));
  let r = _(t, "imageUrl", 8, null), s = _(t, "interactive", 8), u = _(t, "boxAlpha", 8, 0.5), o = _(t, "boxMinSize", 8, 10), h = _(t, "handleSize", 8), l = _(t, "boxThickness", 8), c = _(t, "boxSelectedThickness", 8), f = _(t, "value", 12), d = _(t, "choices", 24, () => []), C = _(t, "choicesColors", 24, () => []), v = _(t, "disableEditBoxes", 8, !1), w = _(t, "height", 8, "100%"), L = _(t, "width", 8, "100%"), p = _(t, "singleBox", 8, !1), m = _(t, "showRemoveButton", 12, null), y = _(t, "handlesCursor", 8, !0), P = _(t, "useDefaultLabel", 8, !1), x = _(t, "enableKeyboardShortcuts", 8, !0);
  m() === null && m(v());
  let b = /* @__PURE__ */ k(), H = /* @__PURE__ */ k(), I = /* @__PURE__ */ k(), B, R = null, O = -1, N = /* @__PURE__ */ k(ce(i).drag), z = /* @__PURE__ */ new Map(), T = /* @__PURE__ */ k(new uh(ge, z, () => a(b) !== null && a(b) !== void 0 ? a(b) : null));
  f() !== null && f().boxes.length == 0 && E(N, ce(i).creation);
  let K = 0, W = 0, te = 0, he = 0, de = 1, le = 0, Y = 0, re = /* @__PURE__ */ k(null), me = /* @__PURE__ */ k(P()), q = { label: "", color: "" }, ae = { x: 0, y: 0, distance: 0 };
  const Ee = 100, Pe = xt();
  let ve = /* @__PURE__ */ k([]), U = /* @__PURE__ */ k([]), Q = "[]", pe = null;
  const He = 1.25, at = 32;
  let Nt = /* @__PURE__ */ k(100);
  function Dt() {
    var g;
    return JSON.stringify(((g = f() === null || f() === void 0 ? void 0 : f().boxes) !== null && g !== void 0 ? g : []).map((S) => {
      const A = S instanceof en ? S.toJSON() : S, M = A.scaleFactor || 1;
      return Object.assign(Object.assign({}, A), {
        xmin: A.xmin / M,
        ymin: A.ymin / M,
        xmax: A.xmax / M,
        ymax: A.ymax / M,
        scaleFactor: 1
      });
    }));
  }
  function Cn() {
    var g;
    return z.size > 0 || ((g = f() === null || f() === void 0 ? void 0 : f().boxes) !== null && g !== void 0 ? g : []).some((S) => S.isCreating || S.isDragging || S.isResizing) || a(re) === "new";
  }
  function Ti() {
    if (f() === null || Cn())
      return;
    const g = Dt();
    g !== Q && (E(ve, [...a(ve), Q].slice(-200)), E(U, []), Q = g);
  }
  function Hn() {
    Ti(), Pe("change");
  }
  function Is(g) {
    f(f().boxes = JSON.parse(g), !0), Gi();
    for (const S of f().boxes)
      S.canvasXmin = K, S.canvasYmin = W, S.canvasXmax = te, S.canvasYmax = he, S.setScaleFactor(de);
    Q = g, qe(-1), Pe("change");
  }
  function Ai(g) {
    const S = g ? a(ve) : a(U);
    if (S.length === 0)
      return;
    const A = S[S.length - 1], M = [
      ...g ? a(U) : a(ve),
      Q
    ];
    ((G) => {
      var D = Tt(G, 2);
      E(ve, D[0]), E(U, D[1]);
    })(g ? [S.slice(0, -1), M] : [M, S.slice(0, -1)]), Is(A);
  }
  const Bi = () => Ai(!0), Pi = () => Ai(!1);
  function Ls() {
    f() !== pe && (pe = f(), E(ve, []), E(U, []), Q = Dt());
  }
  function Ii(g, S, A) {
    const M = Math.min(at, Math.max(1, a(T).scale * g));
    if (M === 1) {
      zt();
      return;
    }
    const G = (S - a(T).offsetX) / a(T).scale, D = (A - a(T).offsetY) / a(T).scale;
    se(T, a(T).offsetX = S - G * M), se(T, a(T).offsetY = A - D * M), se(T, a(T).scale = M), ge();
  }
  function kt(g) {
    a(b) && Ii(g, a(b).width / 2, a(b).height / 2);
  }
  function Ut(g) {
    var S = parseInt(g.slice(1, 3), 16), A = parseInt(g.slice(3, 5), 16), M = parseInt(g.slice(5, 7), 16);
    return "rgb(" + S + ", " + A + ", " + M + ")";
  }
  function Li(g) {
    const S = g.match(/(\d+(\.\d+)?)/g), A = parseInt(S[0]), M = parseInt(S[1]), G = parseInt(S[2]);
    return "#" + (1 << 24 | A << 16 | M << 8 | G).toString(16).slice(1);
  }
  function ge() {
    if (B && a(b)) {
      if (B.clearRect(0, 0, a(b).width, a(b).height), B.save(), B.translate(a(T).offsetX, a(T).offsetY), B.scale(a(T).scale, a(T).scale), R !== null) {
        switch (f().orientation) {
          case 0:
            B.drawImage(R, 0, 0, le, Y);
            break;
          case 1:
            B.translate(le, 0), B.rotate(Math.PI / 2), B.drawImage(R, 0, 0, Y, le);
            break;
          case 2:
            B.translate(le, Y), B.rotate(Math.PI), B.drawImage(R, 0, 0, le, Y);
            break;
          case 3:
            B.translate(0, Y), B.rotate(-Math.PI / 2), B.drawImage(R, 0, 0, Y, le);
            break;
        }
        B.restore();
      }
      for (const S of f().boxes.slice().reverse())
        S.render(B);
    }
    const g = (f() === null || f() === void 0 ? void 0 : f().picture_scale) > 0 ? f().picture_scale : 1;
    E(Nt, Math.round(a(T).scale * de * g * 100));
  }
  function qe(g) {
    O = g, f().boxes.forEach((S) => {
      S.setSelected(!1);
    }), g >= 0 && g < f().boxes.length && f().boxes[g].setSelected(!0), ge();
  }
  const Oi = (g, S) => {
    const A = Math.sqrt(Math.pow(g.clientX - S.clientX, 2) + Math.pow(g.clientY - S.clientY, 2));
    return A < Ee ? Ee : A;
  };
  function Os(g) {
    if (s()) {
      if (g.preventDefault(), a(b).setPointerCapture(g.pointerId), z.set(g.pointerId, g), z.size == 1)
        g.button === 1 || g.altKey ? a(
          T
          // middle button or Alt: pan, whatever the mode
        ).startDrag(g) : a(N) === ce(i).creation ? Us(g) : a(N) === ce(i).drag && Ms(g);
      else if (z.size == 2) {
        se(T, a(T).isDragging = !1), f().boxes.forEach((Ue) => {
          Ue.isCreating = !1, Ue.isDragging = !1, Ue.isResizing = !1;
        });
        const S = Array.from(z.values()), A = S[0], M = S[1], G = Oi(A, M), [D, $] = a(T).toCanvasPoint((A.clientX + M.clientX) / 2, (A.clientY + M.clientY) / 2);
        ae.distance = G, ae.x = D, ae.y = $;
      }
    }
  }
  function Ms(g) {
    const [S, A] = a(T).toCanvasPoint(g.clientX, g.clientY);
    let M = !1;
    for (const [G, D] of f().boxes.entries()) {
      if (!D.isSelected)
        continue;
      const $ = D.indexOfPointInsideHandle(S, A);
      if ($ >= 0) {
        M = !0, qe(G), D.startResize($, g);
        return;
      }
    }
    for (const [G, D] of f().boxes.entries())
      if (D.isPointInsideBox(S, A)) {
        M = !0, qe(G), D.startDrag(g);
        return;
      }
    p() || qe(-1), M || a(T).startDrag(g);
  }
  function Mi(g) {
    s() && (z.delete(g.pointerId), a(b).releasePointerCapture(g.pointerId), Pe("change"), setTimeout(Ti, 0));
  }
  function Rs(g) {
    if (s())
      if (g.preventDefault(), g.pointerType === "mouse") {
        if (!y() || f() === null || a(N) !== ce(i).drag)
          return;
        const [S, A] = a(T).toCanvasPoint(g.clientX, g.clientY);
        for (const [M, G] of f().boxes.entries()) {
          if (!G.isSelected)
            continue;
          const D = G.indexOfPointInsideHandle(S, A);
          if (D >= 0) {
            se(b, a(b).style.cursor = G.resizeHandles[D].cursor);
            return;
          }
        }
        se(b, a(b).style.cursor = "default");
      } else {
        if (!z.has(g.pointerId))
          return;
        if (z.set(g.pointerId, g), z.size === 2) {
          const S = Array.from(z.values()), A = S[0], M = S[1], G = Oi(A, M), [D, $] = a(T).toCanvasPoint((A.clientX + M.clientX) / 2, (A.clientY + M.clientY) / 2), Ue = parseFloat((a(T).scale * (G / ae.distance)).toFixed(2)), Yt = Ue < 1 ? 1 : Ue, Et = Yt / a(T).scale;
          se(T, a(T).offsetX = ae.x - (ae.x - a(T).offsetX) * Et), se(T, a(T).offsetY = ae.y - (ae.y - a(T).offsetY) * Et);
          const Vt = D - ae.x, jt = $ - ae.y;
          se(T, a(T).offsetX += Vt), se(T, a(T).offsetY += jt), se(T, a(T).scale = Yt), ae.x = D, ae.y = $, ae.distance = G, ge();
        }
      }
  }
  function zt() {
    const g = a(b).width / le, S = a(b).height / Y, A = Math.min(g, S);
    se(T, a(T).scale = A), se(T, a(T).offsetX = (a(b).width - le * A) / 2), se(T, a(T).offsetY = (a(b).height - Y * A) / 2), ge();
  }
  function Ns(g) {
    var S;
    const A = g, M = ((S = A?.tagName) !== null && S !== void 0 ? S : "").toLowerCase();
    return M === "input" || M === "textarea" || M === "select" || !!A?.isContentEditable;
  }
  function Ri(g) {
    var S, A;
    if (!x() || !s() || f() === null || !a(b) || a(b).offsetParent === null || a(re) !== null || Ns(g.target))
      return;
    const M = g.key.toLowerCase(), G = g.ctrlKey || g.metaKey;
    let D = null;
    if (G && !g.altKey)
      M === "z" && !g.shiftKey ? D = Bi : (M === "z" && g.shiftKey || M === "y") && (D = Pi);
    else if (!g.altKey) {
      const $ = ((A = (S = g.target) === null || S === void 0 ? void 0 : S.tagName) === null || A === void 0 ? void 0 : A.toLowerCase()) === "button";
      switch (M) {
        case "delete":
        case "backspace":
          D = Ft;
          break;
        case "c":
          D = Tn;
          break;
        case "d":
          D = An;
          break;
        case "e":
          D = ki;
          break;
        case "+":
        case "=":
          D = () => kt(He);
          break;
        case "-":
        case "_":
          D = () => kt(1 / He);
          break;
        case "0":
          D = zt;
          break;
        case " ":
          D = $ ? null : zt;
          break;
      }
    }
    D !== null && (g.preventDefault(), g.stopPropagation(), D());
  }
  function Ds() {
    setTimeout(
      () => {
        a(I) === null || a(I) === void 0 || a(I).focus();
      },
      0
    );
  }
  function ks(g) {
    if (!s())
      return;
    g.preventDefault();
    const [S, A] = a(T).toCanvasPoint(g.clientX, g.clientY);
    Ii(1 / (1 + g.deltaY / 1e3 * 0.5), S, A);
  }
  function Gt(g) {
    return Array.isArray(d()) ? d().findIndex((S) => S[0] === g) : -1;
  }
  function Ni(g, S) {
    const A = Gt(g);
    return A >= 0 && A < C().length ? Ut(C()[A]) : S;
  }
  function Di() {
    if (!Array.isArray(d()) || d().length === 0)
      return;
    Gt(q.label) < 0 && (q.label = d()[0][0]);
    const g = Gt(q.label);
    q.color = g < C().length ? C()[g] : "";
  }
  function Us(g) {
    const [S, A] = a(T).toCanvasPoint(g.clientX, g.clientY), M = (S - a(T).offsetX) / a(T).scale, G = (A - a(T).offsetY) / a(T).scale;
    let D;
    q.color !== "" ? D = Ut(q.color) : C().length > 0 ? D = Ut(C()[0]) : p() ? f().boxes.length > 0 ? D = f().boxes[0].color : D = Je[0] : D = Je[f().boxes.length % Je.length];
    let $ = new en(ge, Bn, a(T), z, K, W, te, he, "", M, G, M, G, D, u(), o(), h(), l(), c(), de);
    $.startCreating(), p() ? f(f().boxes = [$], !0) : f(f().boxes = [$, ...f().boxes], !0), qe(0), ge(), Pe("change");
  }
  function Tn() {
    E(N, ce(i).creation), se(b, a(b).style.cursor = "crosshair");
  }
  function An() {
    E(N, ce(i).drag), se(b, a(b).style.cursor = "default");
  }
  function Bn() {
    O >= 0 && O < f().boxes.length && (f().boxes[O].getArea() < 1 ? Ft() : (v() || (a(me) ? Fs() : E(re, "new")), p() && An()));
  }
  function ki() {
    O >= 0 && O < f().boxes.length && !v() && E(re, "edit");
  }
  function zs(g) {
    s() && ki();
  }
  function Ui() {
    return f() !== null && O >= 0 && O < f().boxes.length ? f().boxes[O] : null;
  }
  function Pn(g, S) {
    q.label = g, q.color = S;
  }
  function Gs(g) {
    const S = a(re);
    E(re, null), Ds();
    const { label: A, color: M, ret: G, lock: D } = g.detail;
    if (S === "defaultLabel") {
      G == 1 && (E(me, D), Pn(A, M));
      return;
    }
    const $ = Ui();
    if ($ !== null) {
      if (G != 1) {
        (G == -1 || S === "new") && Ft();
        return;
      }
      S === "new" ? (E(me, D), Pn(A, M)) : ($.label !== A && $.markEdited(), Gt(A) >= 0 && Pn(A, M)), $.label = A, $.color = Ni(A, Ut(M)), ge(), Hn();
    }
  }
  function Fs() {
    if (O >= 0 && O < f().boxes.length) {
      let g = f().boxes[O];
      g.label = q.label, g.color = Ni(g.label, g.color), ge(), Hn();
    }
  }
  function Ft() {
    O >= 0 && O < f().boxes.length && (f().boxes.splice(O, 1), qe(-1), p() && Tn(), Hn());
  }
  function Xt() {
    if (a(b)) {
      const g = a(b).clientWidth;
      if (g === 0)
        return;
      de = 1;
      let S;
      if (a(T).setRotatedImage(R), R !== null) {
        const A = a(T).imageRotatedWidth, M = a(T).imageRotatedHeight, G = typeof w() == "number" && w() > 0 ? w() : 1 / 0;
        de = Math.min(1, g / A, G / M), le = Math.round(A * de), Y = Math.round(M * de), K = (g - le) / 2, W = 0, te = K + le, he = Y, S = Y, se(T, a(T).imageWidth = le), se(T, a(T).imageHeight = Y);
      } else
        K = 0, W = 0, te = g, he = a(b).clientHeight, S = a(b).clientHeight;
      if (a(b).width !== g && se(b, a(b).width = g), a(b).height !== S && se(b, a(b).height = S), a(T).resize(a(b).width, a(b).height, K, W), te > 0 && he > 0)
        for (const A of f().boxes)
          A.canvasXmin = K, A.canvasYmin = W, A.canvasXmax = te, A.canvasYmax = he, A.setScaleFactor(de);
      ge();
    }
  }
  let zi = -1;
  const Xs = new ResizeObserver(() => {
    const g = a(H) ? a(H).clientWidth : 0;
    g !== zi && (zi = g, Xt());
  });
  function Gi() {
    for (let g = 0; g < f().boxes.length; g++) {
      let S = f().boxes[g];
      if (S instanceof en)
        S.pointersCache !== z && S.attach(ge, Bn, a(T), z);
      else {
        let A = "", M = "";
        S.hasOwnProperty("color") ? (A = S.color, Array.isArray(A) && A.length === 3 && (A = `rgb(${A[0]}, ${A[1]}, ${A[2]})`)) : A = Je[g % Je.length], S.hasOwnProperty("label") && (M = S.label);
        let G = 1;
        S.hasOwnProperty("scaleFactor") && (G = S.scaleFactor);
        const D = ["predicted", "accepted", "new"].includes(S.state) ? S.state : "new", $ = typeof S.score == "number" ? S.score : null;
        S = new en(ge, Bn, a(T), z, K, W, te, he, M, S.xmin, S.ymin, S.xmax, S.ymax, A, u(), o(), h(), l(), c(), G), S.state = D, S.score = $, f(f().boxes[g] = S, !0);
      }
    }
  }
  function Fi() {
    r() !== null && (R === null || R.src != r()) && (R = new Image(), R.src = r(), R.onload = function() {
      Xt(), ge();
    });
  }
  Si(() => {
    if (Array.isArray(d()) && d().length > 0) {
      if (!Array.isArray(C()) || C().length == 0)
        for (let g = 0; g < d().length; g++) {
          let S = Je[g % Je.length];
          C().push(Li(S));
        }
      Di();
    }
    return document.addEventListener("keydown", Ri), B = a(b).getContext("2d"), Xs.observe(a(H)), O < 0 && f() !== null && f().boxes.length > 0 && qe(0), Fi(), Xt(), ge(), () => document.removeEventListener("keydown", Ri);
  }), Ce(() => a(re), () => {
    E(n, a(re) !== null ? Ui() : null);
  }), Ce(
    () => (j(d()), j(C())),
    () => {
      d(), C(), Di();
    }
  ), Ce(() => j(f()), () => {
    f(), se(T, a(T).orientation = f().orientation), Fi(), Gi(), Xt(), Ls(), ge();
  }), bt(), Ze();
  var Xi = Nh(), Wt = Ne(Xi), In = ie(Wt), Ge = ie(In);
  je(Ge, (g) => E(b, g), () => a(b)), je(In, (g) => E(H, g), () => a(H));
  var Ws = ee(In, 2);
  {
    var Ys = (g) => {
      var S = Rh(), A = Ne(S), M = ie(A);
      {
        let be = Se(() => (a(N), ce(i), J(() => a(N) === ce(i).creation)));
        Ke(M, {
          get selected() {
            return a(be);
          },
          "aria-label": "Create box",
          title: "Create box (C)",
          $$events: { click: () => Tn() },
          children: (Ie, St) => {
            Bt(Ie, {
              get d() {
                return dh;
              }
            });
          },
          $$slots: { default: !0 }
        });
      }
      var G = ee(M, 2);
      {
        let be = Se(() => (a(N), ce(i), J(() => a(N) === ce(i).drag)));
        Ke(G, {
          get selected() {
            return a(be);
          },
          "aria-label": "Drag boxes",
          title: "Drag boxes (D)",
          $$events: { click: () => An() },
          children: (Ie, St) => {
            Bt(Ie, {
              get d() {
                return vh;
              }
            });
          },
          $$slots: { default: !0 }
        });
      }
      var D = ee(G, 2);
      {
        var $ = (be) => {
          Ke(be, {
            "aria-label": "Remove box",
            title: "Remove box (Del)",
            $$events: { click: () => Ft() },
            children: (Ie, St) => {
              Bt(Ie, {
                get d() {
                  return mh;
                }
              });
            },
            $$slots: { default: !0 }
          });
        };
        ye(D, (be) => {
          m() && be($);
        });
      }
      var Ue = ee(D, 2);
      {
        var Yt = (be) => {
          Ke(be, {
            "aria-label": "Edit label",
            title: "Edit label",
            $$events: { click: () => E(re, "defaultLabel") },
            children: (Ie, St) => {
              Bt(Ie, {
                get d() {
                  return gh;
                }
              });
            },
            $$slots: { default: !0 }
          });
        };
        ye(Ue, (be) => {
          !v() && a(me) && be(Yt);
        });
      }
      var Et = ee(Ue, 4);
      {
        let be = Se(() => (a(ve), J(() => a(ve).length === 0)));
        Ke(Et, {
          "aria-label": "Undo",
          title: "Undo (Ctrl+Z)",
          get disabled() {
            return a(be);
          },
          $$events: { click: () => Bi() },
          children: (Ie, St) => {
            lh(Ie);
          },
          $$slots: { default: !0 }
        });
      }
      var Vt = ee(Et, 2);
      {
        let be = Se(() => (a(U), J(() => a(U).length === 0)));
        Ke(Vt, {
          "aria-label": "Redo",
          title: "Redo (Ctrl+Y or Ctrl+Shift+Z)",
          get disabled() {
            return a(be);
          },
          $$events: { click: () => Pi() },
          children: (Ie, St) => {
            ah(Ie);
          },
          $$slots: { default: !0 }
        });
      }
      var jt = ee(Vt, 4), Wi = ee(jt, 2), Zs = jr(Wi), Yi = ee(Wi, 2), qs = ee(Yi, 2);
      we(() => _n(Zs, `${a(Nt) ?? ""}%`)), ue("click", jt, () => kt(1 / He)), ue("click", Yi, () => kt(He)), ue("click", qs, () => zt()), Z(g, S);
    };
    ye(Ws, (g) => {
      s() && g(Ys);
    });
  }
  je(Wt, (g) => E(I, g), () => a(I));
  var Vs = ee(Wt, 2);
  {
    var js = (g) => {
      var S = wi(), A = Ne(S);
      Po(A, () => a(re), (M) => {
        {
          let G = Se(() => a(re) === "edit"), D = Se(() => (a(n), J(() => a(n)?.label ?? ""))), $ = Se(() => (a(n), J(() => a(n) ? Li(a(n).color) : "")));
          Mh(M, {
            get choices() {
              return d();
            },
            get choicesColors() {
              return C();
            },
            get showRemove() {
              return a(G);
            },
            get label() {
              return a(D);
            },
            get color() {
              return a($);
            },
            get labelDetailLock() {
              return a(me);
            },
            $$events: { change: Gs }
          });
        }
      }), Z(g, S);
    };
    ye(Vs, (g) => {
      a(re) !== null && g(js);
    });
  }
  we(() => pn(Ge, `height: ${w() ?? ""}; width: ${L() ?? ""};`)), ue("pointerdown", Ge, Os), ue("pointerup", Ge, Mi), ue("pointermove", Ge, Rs), ue("pointercancel", Ge, Mi), ue("dblclick", Ge, zs), ue("wheel", Ge, ks), ue("click", Wt, () => a(I).focus()), Z(e, Xi), De();
}
function kh(e, t) {
  ke(t, !1);
  const n = /* @__PURE__ */ k();
  let i = _(t, "src", 8, void 0), r = _(t, "interactive", 8), s = _(t, "boxesAlpha", 8), u = _(t, "labelList", 8), o = _(t, "labelColors", 8), h = _(t, "boxMinSize", 8), l = _(t, "handleSize", 8), c = _(t, "boxThickness", 8), f = _(t, "height", 8), d = _(t, "width", 8), C = _(t, "boxSelectedThickness", 8), v = _(t, "value", 12), w = _(t, "disableEditBoxes", 8), L = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), m = _(t, "handlesCursor", 8), y = _(t, "useDefaultLabel", 8), P = _(t, "enableKeyboardShortcuts", 8);
  const x = xt();
  Ce(() => j(i()), () => {
    E(n, i());
  }), bt(), Ze(), Dh(e, {
    get interactive() {
      return r();
    },
    get boxAlpha() {
      return s();
    },
    get choices() {
      return u();
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
      return h();
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
      return a(n);
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
var Uh = /* @__PURE__ */ oe("<div><!></div>"), zh = /* @__PURE__ */ oe('<!> <div data-testid="image" class="image-container svelte-4p70gr"><div class="upload-container svelte-4p70gr"><!></div></div>', 1);
function Gh(e, t) {
  ke(t, !1);
  let n = _(t, "value", 12), i = _(t, "label", 8, void 0), r = _(t, "show_label", 8), s = _(t, "selectable", 8, !1), u = _(t, "interactive", 8), o = _(t, "boxesAlpha", 8), h = _(t, "labelList", 8), l = _(t, "labelColors", 8), c = _(t, "boxMinSize", 8), f = _(t, "handleSize", 8), d = _(t, "height", 8), C = _(t, "width", 8), v = _(t, "boxThickness", 8), w = _(t, "disableEditBoxes", 8), L = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), m = _(t, "handlesCursor", 8), y = _(t, "boxSelectedThickness", 8), P = _(t, "useDefaultLabel", 8), x = _(t, "enableKeyboardShortcuts", 8);
  const b = xt();
  Ze();
  var H = zh(), I = Ne(H);
  {
    let T = Se(() => i() || "Image Annotator");
    $u(I, {
      get show_label() {
        return r();
      },
      get Icon() {
        return Ps;
      },
      get label() {
        return a(T);
      }
    });
  }
  var B = ee(I, 2), R = ie(B), O = ie(R);
  {
    var N = (T) => {
      var K = wi(), W = Ne(K);
      Mt(W, t, "default", {}), Z(T, K);
    }, z = (T) => {
      var K = Uh();
      let W;
      var te = ie(K);
      kh(te, {
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
          return h();
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
          return f();
        },
        get boxThickness() {
          return v();
        },
        get singleBox() {
          return L();
        },
        get disableEditBoxes() {
          return w();
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
          return j(n()), J(() => n().image.url);
        },
        get value() {
          return n();
        },
        set value(he) {
          n(he);
        },
        $$events: { change: () => b("change") },
        $$legacy: !0
      }), we(() => W = Re(K, 1, "image-frame svelte-4p70gr", null, W, { selectable: s() })), Z(T, K);
    };
    ye(O, (T) => {
      n() == null ? T(N) : T(z, -1);
    });
  }
  Z(e, H), De();
}
var Fh = /* @__PURE__ */ oe('<img alt=""/>'), Xh = /* @__PURE__ */ oe("<div><!></div>");
function jh(e, t) {
  ke(t, !1);
  let n = _(t, "value", 8), i = _(t, "type", 8), r = _(t, "selected", 8, !1);
  Ze();
  var s = Xh();
  let u;
  var o = ie(s);
  {
    var h = (l) => {
      var c = Fh();
      we(() => Be(c, "src", (j(n()), J(() => n().url)))), Z(l, c);
    };
    ye(o, (l) => {
      n() && l(h);
    });
  }
  we(() => u = Re(s, 1, "container svelte-1uec0xe", null, u, {
    table: i() === "table",
    gallery: i() === "gallery",
    selected: r(),
    border: n()
  })), Z(e, s), De();
}
var Wh = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]);
function Zh(e, t) {
  ke(t, !0);
  var n = this && this.__awaiter || function(h, l, c, f) {
    function d(C) {
      return C instanceof c ? C : new c(function(v) {
        v(C);
      });
    }
    return new (c || (c = Promise))(function(C, v) {
      function w(m) {
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
        m.done ? C(m.value) : d(m.value).then(w, L);
      }
      p((f = f.apply(h, l || [])).next());
    });
  };
  class i extends Vu {
    get_data() {
      const l = Object.create(null, { get_data: { get: () => super.get_data } });
      return n(this, void 0, void 0, function* () {
        return yield l.get_data.call(this);
      });
    }
  }
  const r = /* @__PURE__ */ ll(t, Wh), s = new i(r);
  let u = s.props.value, o = !1;
  ct(() => {
    if (!o) {
      u = s.props.value, o = !0;
      return;
    }
    u !== s.props.value && (u = s.props.value, s.dispatch("change"));
  }), qu(e, {
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
    children: (h, l) => {
      Gh(h, {
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
          th(c, {
            unpadded_box: !0,
            size: "large",
            children: (d, C) => {
              Ps(d);
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
  jh as BaseExample,
  Zh as default
};
