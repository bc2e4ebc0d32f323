import { i as rt, g as mn, o as Br, s as $s, l as gn, c as He, e as ea, E as ta, B as ia, D as Ji, a as jn, A as na, b as ra, d as Ir, f as Ue, C as sa, h as bn, R as aa, j as oa, p as la, k as ha, n as Vn, q as ua, r as Pr, t as fa, v as Bt, w as ca, x as Zn, y as Lr, z as da, F as qn, G as va, H as q, I as s, S as $e, J as ma, K as ga, L as ba, U as xe, M as $t, N as _a, O as Li, P as Jn, Q as Qn, T as _n, V as pa, W as ui, X as ri, Y as xa, Z as ft, _ as tt, $ as si, a0 as Or, a1 as ya, a2 as wa, a3 as Ea, a4 as Fe, a5 as ai, a6 as Sa, a8 as Ca, a9 as Se, aa as Mr, ab as it, ac as pn, ad as Rr, ae as nt, af as ht, ag as xn, ah as yn, ai as Ha, aj as Le, ak as wn, al as Ta, am as Aa, an as Ba, ao as Qi, ap as Oi, aq as Ia, ar as Pa, as as La, at as Oa, au as Ma, av as fi, aw as Ra, ax as ka, ay as Kn, az as je, aA as En, aB as Yt, aC as Na, aD as kr, aE as Da, aF as Nr, aG as $n, aH as Dr, aI as et, aJ as Ua, aK as Sn, aL as er, aM as Ga, aN as za, aO as Fa, aP as Ur, aQ as Xa, aR as Wa, aS as Gr, aT as ut, aU as Ya, aV as ja, aW as Va, aX as Za, aY as ci, aZ as qa, a_ as Ja, a$ as Qa, b0 as Ka, b1 as Tt, b2 as di, b3 as $a, b4 as eo, b5 as tr, b6 as to, b7 as io, b8 as no, b9 as ro, ba as so, bb as ao, bc as zr, bd as oo, be as lo, bf as ho, bg as uo, bh as fo, bi as ct, bj as Ki, bk as co, bl as z, bm as $i, bn as vo, bo as mo, bp as go, bq as bo, br as _o, bs as po, bt as xo, bu as yo, bv as wo, bw as Eo, bx as So, by as Ce, bz as bt, bA as Ge, bB as Oe, bC as Me, bD as $, bE as re, bF as we, bG as J, bH as vi, bI as be, bJ as Co, bK as jt, bL as Ho } from "./render-pDH3RseA.js";
let To = !1;
function Cn(e) {
  throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
const Ao = [];
function Bo(e, t = !1, i = !1) {
  return ei(e, /* @__PURE__ */ new Map(), "", Ao, null, i);
}
function ei(e, t, i, n, r = null, a = !1) {
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
      for (var f = 0; f < e.length; f += 1) {
        var h = e[f];
        f in e && (o[f] = ei(h, t, i, n, null, a));
      }
      return o;
    }
    if (mn(e) === Br) {
      o = {}, t.set(e, o), r !== null && t.set(r, o);
      for (var l of Object.keys(e))
        o[l] = ei(
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
      return ei(
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
function oi(e, t) {
  var i = {
    f: 0,
    v: e,
    reactions: null,
    equals: ea,
    rv: 0,
    wv: 0
  };
  return i;
}
// @__NO_SIDE_EFFECTS__
function Te(e, t) {
  const i = oi(e);
  return la(i), i;
}
// @__NO_SIDE_EFFECTS__
function U(e, t = !1, i = !0) {
  const n = oi(e);
  return t || (n.equals = $s), gn && i && He !== null && He.l !== null && (He.l.s ??= []).push(n), n;
}
function oe(e, t) {
  return x(
    e,
    q(() => s(e))
  ), t;
}
function ti(e) {
  Bt !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!ca || (Bt.f & Zn) !== 0) && Ir() && (Bt.f & (Ji | Lr | da | Zn)) !== 0 && (qn === null || !qn.has(e)) && va();
}
function x(e, t, i = !1) {
  return ti(e), Xe(e, t, i);
}
function Xe(e, t, i = !1) {
  let n = i ? We(t) : t;
  return en(e, n, ha);
}
function en(e, t, i = null) {
  var n = e.equals(t) && (e.f & ta) === 0, r = oa?.get(e);
  if (!n || r !== void 0 && (r.e || !e.equals.call(r, t))) {
    var a = ia.ensure();
    (e.f & (Ji | jn | na)) === (Ji | jn) && ra(
      /** @type {Derived} */
      e
    ), a.capture(e, t, n, !1, i), Ir() && Ue !== null && (Ue.f & sa) !== 0 && (Ue.f & (bn | aa)) === 0 && (Vn === null ? ua([e]) : Vn.push(e));
  } else Pr && fa(e);
  return t;
}
function Mi(e) {
  Xe(e, e.v + 1);
}
function We(e) {
  if (typeof e != "object" || e === null || $e in e || ma in e)
    return e;
  const t = mn(e);
  if (t !== Br && t !== ga)
    return e;
  var i = /* @__PURE__ */ new Map(), n = rt(e), r = /* @__PURE__ */ Te(0), a = Li, u = (o) => {
    if (Li === a)
      return o();
    var f = Bt, h = Li;
    Jn(null), Qn(a);
    var l = o();
    return Jn(f), Qn(h), l;
  };
  return n && i.set("length", /* @__PURE__ */ Te(
    /** @type {any[]} */
    e.length
  )), new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(o, f, h) {
        (!("value" in h) || h.configurable === !1 || h.enumerable === !1 || h.writable === !1) && _a(), ti(r);
        var l = i.get(f);
        return l === void 0 ? u(() => {
          var c = /* @__PURE__ */ Te(h.value);
          return i.set(f, c), c;
        }) : Xe(l, h.value, !0), !0;
      },
      deleteProperty(o, f) {
        ti(r);
        var h = i.get(f);
        if (h === void 0) {
          if (f in o) {
            const l = u(() => /* @__PURE__ */ Te(xe));
            i.set(f, l), Mi(r);
          }
        } else
          Xe(h, xe), Mi(r);
        return !0;
      },
      get(o, f, h) {
        if (f === $e)
          return e;
        var l = i.get(f), c = f in o;
        if (l === void 0 && (!c || $t(o, f)?.writable) && (l = u(() => {
          var C = We(c ? o[f] : xe), m = /* @__PURE__ */ Te(C);
          return m;
        }), i.set(f, l)), l !== void 0) {
          var d = s(l);
          return d === xe ? void 0 : d;
        }
        return Reflect.get(o, f, h);
      },
      getOwnPropertyDescriptor(o, f) {
        this.has?.(o, f);
        var h = Reflect.getOwnPropertyDescriptor(o, f), l = i.get(f);
        if (l !== void 0) {
          var c = s(l);
          if (c === xe)
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
        if (f === $e)
          return !0;
        var h = i.get(f), l = h !== void 0 && h.v !== xe || Reflect.has(o, f);
        if (h !== void 0 || (Ue !== null || Bt !== null) && (!l || $t(o, f)?.writable)) {
          h === void 0 && (h = u(() => {
            var d = l ? We(o[f]) : xe, C = /* @__PURE__ */ Te(d);
            return C;
          }), i.set(f, h));
          var c = s(h);
          if (c === xe)
            return !1;
        }
        return l;
      },
      set(o, f, h, l) {
        ti(r);
        var c = i.get(f), d = f in o;
        if (n && f === "length")
          for (var C = h; C < /** @type {Source<number>} */
          c.v; C += 1) {
            var m = i.get(C + "");
            m !== void 0 ? Xe(m, xe) : C in o && (m = u(() => /* @__PURE__ */ Te(xe)), i.set(C + "", m));
          }
        if (c === void 0)
          (!d || $t(o, f)?.writable) && (c = u(() => /* @__PURE__ */ Te(void 0)), Xe(c, We(h)), i.set(f, c));
        else {
          d = c.v !== xe;
          var E = u(() => We(h));
          Xe(c, E);
        }
        var O = Reflect.getOwnPropertyDescriptor(o, f);
        if (O?.set && O.set.call(l, h), !d) {
          if (n && typeof f == "string") {
            var p = (
              /** @type {Source<number>} */
              i.get("length")
            ), b = Number(f);
            Number.isInteger(b) && b >= p.v && Xe(p, b + 1);
          }
          Mi(r);
        }
        return !0;
      },
      ownKeys(o) {
        s(r);
        var f = Reflect.ownKeys(o).filter((c) => {
          var d = i.get(c);
          return d === void 0 || d.v !== xe;
        });
        for (var [h, l] of i)
          l.v !== xe && !(h in o) && f.push(h);
        return f;
      },
      setPrototypeOf() {
        ba();
      }
    }
  );
}
function ir(e) {
  try {
    if (e !== null && typeof e == "object" && $e in e)
      return e[$e];
  } catch {
  }
  return e;
}
function Fr(e, t) {
  return Object.is(ir(e), ir(t));
}
const Io = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (e) => e
  })
);
function Po(e) {
  return (
    /** @type {string} */
    Io?.createHTML(e) ?? e
  );
}
function Xr(e) {
  var t = _n("template");
  return pa(t, Po(e.replaceAll("<!>", "<!---->"))), t.content;
}
function dt(e, t) {
  var i = (
    /** @type {Effect} */
    Ue
  );
  i.nodes === null && (i.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function he(e, t) {
  var i = (t & ya) !== 0, n, r = !e.startsWith("<!>");
  return () => {
    n === void 0 && (n = Xr(r ? e : "<!>" + e), i || (n = /** @type {TemplateNode} */
    si(n)));
    var a = (
      /** @type {TemplateNode} */
      document.importNode(n, !0)
    );
    if (i) {
      var u = (
        /** @type {TemplateNode} */
        si(a)
      ), o = (
        /** @type {TemplateNode} */
        Or(a)
      );
      dt(u, o);
    } else
      dt(a, a);
    return a;
  };
}
// @__NO_SIDE_EFFECTS__
function Lo(e, t, i = "svg") {
  var n = !e.startsWith("<!>"), r = `<${i}>${n ? e : "<!>" + e}</${i}>`, a;
  return () => {
    if (!a) {
      var u = (
        /** @type {DocumentFragment} */
        Xr(r)
      ), o = (
        /** @type {Element} */
        si(u)
      );
      a = /** @type {Element} */
      si(o);
    }
    var f = (
      /** @type {TemplateNode} */
      Ea(a, !0)
    );
    return dt(f, f), f;
  };
}
// @__NO_SIDE_EFFECTS__
function Ie(e, t) {
  return /* @__PURE__ */ Lo(e, t, "svg");
}
function Oo(e = "") {
  {
    var t = wa(e + "");
    return dt(t, t), t;
  }
}
function Wr() {
  var e = ri(), t = xa(""), i = ft();
  return tt(e, t), tt(e, i), dt(t, i), e;
}
function F(e, t) {
  e !== null && ui(
    e,
    /** @type {Node} */
    t
  );
}
class Yr {
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
        ai(n), this.#n.delete(i);
      else {
        var r = this.#e.get(i);
        r && (ai(r.effect), this.#i.set(i, r.effect), this.#e.delete(i), Ca(
          /** @type {ChildNode} */
          Or(r.fragment)
        ), ui(this.anchor, r.fragment), n = r.effect, n.f &= ~Se);
      }
      this.#a(t);
      for (const [a, u] of this.#i) {
        if (a === i || this.#n.has(a)) continue;
        const o = () => {
          if (Array.from(this.#t.values()).includes(a)) {
            var h = ri();
            Mr(u, h), tt(h, ft()), this.#e.set(a, { effect: u, fragment: h });
          } else
            it(u);
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
    ), r = Rr();
    if (i && !this.#i.has(t) && !this.#e.has(t))
      if (r) {
        var a = ri(), u = ft();
        tt(a, u);
        var o = nt(() => i(u));
        o.f |= Se, n.unskip_new_effect(o), this.#e.set(t, { effect: o, fragment: a });
      } else
        this.#i.set(
          t,
          nt(() => i(this.anchor))
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
function ve(e, t, i = !1) {
  var n = new Yr(e), r = i ? yn : 0;
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
function jr(e) {
  var t, i, n = "";
  if (typeof e == "string" || typeof e == "number") n += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var r = e.length;
    for (t = 0; t < r; t++) e[t] && (i = jr(e[t])) && (n && (n += " "), n += i);
  } else for (i in e) e[i] && (n && (n += " "), n += i);
  return n;
}
function Mo() {
  for (var e, t, i = 0, n = "", r = arguments.length; i < r; i++) (e = arguments[i]) && (t = jr(e)) && (n && (n += " "), n += t);
  return n;
}
function Ro(e) {
  return typeof e == "object" ? Mo(e) : e ?? "";
}
const nr = [...` 	
\r\f \v\uFEFF`];
function ko(e, t, i) {
  var n = e == null ? "" : "" + e;
  if (t && (n = n ? n + " " + t : t), i) {
    for (var r of Object.keys(i))
      if (i[r])
        n = n ? n + " " + r : r;
      else if (n.length)
        for (var a = r.length, u = 0; (u = n.indexOf(r, u)) >= 0; ) {
          var o = u + a;
          (u === 0 || nr.includes(n[u - 1])) && (o === n.length || nr.includes(n[o])) ? n = (u === 0 ? "" : n.substring(0, u)) + n.substring(o + 1) : u = o;
        }
  }
  return n === "" ? null : n;
}
function rr(e, t = !1) {
  var i = t ? " !important;" : ";", n = "";
  for (var r of Object.keys(e)) {
    var a = e[r];
    a != null && a !== "" && (n += " " + r + ": " + a + i);
  }
  return n;
}
function Ri(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function No(e, t) {
  if (t) {
    var i = "", n, r;
    if (Array.isArray(t) ? (n = t[0], r = t[1]) : n = t, e) {
      e = String(e).replaceAll(/\/\*.*?\*\//g, "").trim();
      var a = !1, u = 0, o = !1, f = [];
      n && f.push(...Object.keys(n).map(Ri)), r && f.push(...Object.keys(r).map(Ri));
      var h = 0, l = -1;
      const E = e.length;
      for (var c = 0; c < E; c++) {
        var d = e[c];
        if (o ? d === "/" && e[c - 1] === "*" && (o = !1) : a ? a === d && (a = !1) : d === "/" && e[c + 1] === "*" ? o = !0 : d === '"' || d === "'" ? a = d : d === "(" ? u++ : d === ")" && u--, !o && a === !1 && u === 0) {
          if (d === ":" && l === -1)
            l = c;
          else if (d === ";" || c === E - 1) {
            if (l !== -1) {
              var C = Ri(e.substring(h, l).trim());
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
    return n && (i += rr(n)), r && (i += rr(r, !0)), i = i.trim(), i === "" ? null : i;
  }
  return e == null ? null : String(e);
}
function Do(e, t) {
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
            tn(e, wn(a.done)), c.delete(a), c.size === 0 && (e.outrogroups = null);
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
        Ia(f)
      );
      Pa(h), tt(h, f), e.items.clear();
    }
    tn(e, t, !o);
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
function Vr(e) {
  var t = /* @__PURE__ */ new Set();
  for (const i of e.pending.values())
    for (const n of i)
      t.add(
        /** @type {EachItem} */
        e.items.get(n).e
      );
  return t;
}
function tn(e, t, i = !0) {
  for (var n = e.pending.size > 0 ? Vr(e) : void 0, r = 0; r < t.length; r++) {
    var a = t[r];
    if (n?.has(a)) {
      a.f |= Se;
      const u = ri();
      Mr(a, u), a !== e.effect.last && (Ae(e, a.prev, a.next), Ae(e, e.effect.last, a), Ae(e, a, null));
    } else
      it(t[r], i);
  }
}
function Go(e, t) {
  if (e.outrogroups !== null) {
    for (const i of e.outrogroups)
      if (i.pending.has(t) || i.done.has(t)) return !0;
  }
  return !1;
}
var sr = /* @__PURE__ */ new WeakMap(), ar = {};
function or() {
  var e = sr.get(ar);
  if (e) return e;
  var t = ft();
  return sr.set(ar, t), t;
}
function zo(e, t, i, n, r, a = null) {
  var u = e, o = /* @__PURE__ */ new Map();
  {
    var f = (
      /** @type {Element} */
      e
    );
    u = /** @type {Text} */
    tt(f, ft());
  }
  var h = null, l = Le(() => {
    var b = i();
    return (
      /** @type {V[]} */
      rt(b) ? b : b == null ? [] : wn(b)
    );
  }), c = /* @__PURE__ */ new Map(), d = !0;
  function C(b) {
    if ((p.effect.f & Qi) === 0) {
      p.pending.delete(b);
      var y = s(l);
      p.fallback = h, Fo(p, y, u, t, n), h !== null && (y.length === 0 ? (h.f & Se) === 0 ? ai(h) : (h.f ^= Se, At(h, null, u)) : pn(h, () => {
        h = null;
      })), E();
    }
  }
  function m(b) {
    p.pending.delete(b), (p.effect.f & Qi) === 0 && E();
  }
  function E() {
    for (var b, y = p.effect.last; y !== null; ) {
      var L = y.prev;
      if ((y.f & bn) !== 0 && y !== h) {
        if ((y.f & Se) === 0) break;
        b ??= Vr(p), !b.has(y) && !Go(p, y) && it(y);
      }
      y = L;
    }
  }
  var O = xn(() => {
    for (var b = (
      /** @type {V[]} */
      s(l)
    ), y = b.length, L = /* @__PURE__ */ new Set(), g = (
      /** @type {Batch} */
      ht
    ), A = Rr(), S = 0; S < y; S += 1) {
      var B = b[S], P = n(B, S), I = d ? null : o.get(P);
      I ? (I.v && en(I.v, B), I.i && en(I.i, S), A && g.unskip_effect(I.e)) : (I = Xo(
        o,
        d ? u : or(),
        B,
        P,
        S,
        r,
        t,
        i
      ), d || (I.e.f |= Se, A && g.unskip_new_effect(I.e)), o.set(P, I)), L.add(P);
    }
    if (y === 0 && a && !h && (d ? h = nt(() => a(u)) : (h = nt(() => a(or())), h.f |= Se, A && g.unskip_new_effect(h))), A && h !== null && (y === 0 ? g.unskip_effect(h) : g.skip_effect(h)), y > L.size && Ha(), !d)
      if (c.set(g, L), A) {
        for (const [N, R] of o)
          L.has(N) || g.skip_effect(R.e);
        g.oncommit(C), g.ondiscard(m);
      } else
        C(g);
    s(l);
  }), p = { effect: O, flags: t, items: o, pending: c, outrogroups: null, fallback: h };
  d = !1;
}
function Ct(e) {
  for (; e !== null && (e.f & bn) === 0; )
    e = e.next;
  return e;
}
function Fo(e, t, i, n, r) {
  var a = t.length, u = e.items, o = Ct(e.effect.first), f, h = null, l = [], c = [], d, C, m, E;
  for (E = 0; E < a; E += 1) {
    if (d = t[E], C = r(d, E), m = /** @type {EachItem} */
    u.get(C).e, e.outrogroups !== null)
      for (const B of e.outrogroups)
        B.pending.delete(m), B.done.delete(m);
    if ((m.f & Oi) !== 0 && ai(m), (m.f & Se) !== 0)
      if (m.f ^= Se, m === o)
        At(m, null, i);
      else {
        var O = h ? h.next : o;
        m === e.effect.last && (e.effect.last = m.prev), m.prev && (m.prev.next = m.next), m.next && (m.next.prev = m.prev), Ae(e, h, m), Ae(e, m, O), At(m, O, i), h = m, l = [], c = [], o = Ct(h.next);
        continue;
      }
    if (m !== o) {
      if (f !== void 0 && f.has(m)) {
        if (l.length < c.length) {
          var p = c[0], b;
          h = p.prev;
          var y = l[0], L = l[l.length - 1];
          for (b = 0; b < l.length; b += 1)
            At(l[b], p, i);
          for (b = 0; b < c.length; b += 1)
            f.delete(c[b]);
          Ae(e, y.prev, L.next), Ae(e, h, y), Ae(e, L, p), o = p, h = L, E -= 1, l = [], c = [];
        } else
          f.delete(m), At(m, o, i), Ae(e, m.prev, m.next), Ae(e, m, h === null ? e.effect.first : h.next), Ae(e, h, m), h = m;
        continue;
      }
      for (l = [], c = []; o !== null && o !== m; )
        (f ??= /* @__PURE__ */ new Set()).add(o), c.push(o), o = Ct(o.next);
      if (o === null)
        continue;
    }
    (m.f & Se) === 0 && l.push(m), h = m, o = Ct(m.next);
  }
  if (e.outrogroups !== null) {
    for (const B of e.outrogroups)
      B.pending.size === 0 && (tn(e, wn(B.done)), e.outrogroups?.delete(B));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (o !== null || f !== void 0) {
    var g = [];
    if (f !== void 0)
      for (m of f)
        (m.f & Oi) === 0 && g.push(m);
    for (; o !== null; )
      (o.f & Oi) === 0 && o !== e.fallback && g.push(o), o = Ct(o.next);
    var A = g.length;
    if (A > 0) {
      var S = a === 0 ? i : null;
      Uo(e, g, S);
    }
  }
}
function Xo(e, t, i, n, r, a, u, o) {
  var f = (u & Aa) !== 0 ? (u & Ba) === 0 ? /* @__PURE__ */ U(i, !1, !1) : oi(i) : null, h = (u & Ta) !== 0 ? oi(r) : null;
  return {
    v: f,
    i: h,
    e: nt(() => (a(t, f ?? i, h ?? r, o), () => {
      e.delete(n);
    }))
  };
}
function At(e, t, i) {
  if (e.nodes)
    for (var n = e.nodes.start, r = e.nodes.end, a = t && (t.f & Se) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : i; n !== null; ) {
      var u = (
        /** @type {TemplateNode} */
        La(n)
      );
      if (ui(a, n), n === r)
        return;
      n = u;
    }
}
function Ae(e, t, i) {
  t === null ? e.effect.first = i : t.next = i, i === null ? e.effect.last = t : i.prev = t;
}
function mi(e, t, i, n, r, a) {
  if (t.$$host?.$$shadowRoot) {
    const f = _n("slot");
    F(e, f);
    return;
  }
  var u = t.$$slots?.[i], o = !1;
  u === !0 && (u = t.children, o = !0), u === void 0 || u(e, o ? () => n : n);
}
const Wo = () => performance.now(), De = {
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
function Zr() {
  const e = De.now();
  De.tasks.forEach((t) => {
    t.c(e) || (De.tasks.delete(t), t.f());
  }), De.tasks.size !== 0 && De.tick(Zr);
}
function Yo(e) {
  let t;
  return De.tasks.size === 0 && De.tick(Zr), {
    promise: new Promise((i) => {
      De.tasks.add(t = { c: e, f: i });
    }),
    abort() {
      De.tasks.delete(t);
    }
  };
}
function Vt(e, t) {
  En(() => {
    e.dispatchEvent(new CustomEvent(t));
  });
}
function jo(e) {
  if (e === "float") return "cssFloat";
  if (e === "offset") return "cssOffset";
  if (e.startsWith("--")) return e;
  const t = e.split("-");
  return t.length === 1 ? t[0] : t[0] + t.slice(1).map(
    /** @param {any} word */
    (i) => i[0].toUpperCase() + i.slice(1)
  ).join("");
}
function ki(e) {
  const t = {}, i = e.split(";");
  for (const n of i) {
    const [r, a] = n.split(":");
    if (!r || a === void 0) break;
    const u = jo(r.trim());
    t[u] = a.trim();
  }
  return t;
}
const Vo = (e) => e;
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
      t.inert = o, h = nn(
        t,
        c(),
        l,
        1,
        () => {
          Vt(t, "introstart");
        },
        () => {
          Vt(t, "introend"), h?.abort(), h = u = void 0, t.style.overflow = f;
        }
      );
    },
    out(O) {
      t.inert = !0, l = nn(
        t,
        c(),
        h,
        0,
        () => {
          Vt(t, "outrostart");
        },
        () => {
          Vt(t, "outroend"), O?.();
        }
      );
    },
    stop: () => {
      h?.abort(), l?.abort();
    }
  }, C = (
    /** @type {Effect & { nodes: EffectNodes }} */
    Ue
  );
  if ((C.nodes.t ??= []).push(d), Oa) {
    var m = r;
    if (!m) {
      for (var E = (
        /** @type {Effect | null} */
        C.parent
      ); E && (E.f & yn) !== 0; )
        for (; (E = E.parent) && (E.f & Lr) === 0; )
          ;
      m = !E || (E.f & Ma) !== 0;
    }
    m && fi(() => {
      q(() => d.in());
    });
  }
}
function nn(e, t, i, n, r, a) {
  var u = n === 1, o = !1;
  if (ka(t)) {
    var f;
    return Kn(() => {
      if (!o) {
        var b = t({ direction: u ? "in" : "out" });
        f = nn(e, b, i, n, r, a);
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
  const { delay: h = 0, duration: l = 0, css: c, tick: d, easing: C = Vo } = t ?? {};
  var m, E = () => 1 - n;
  function O() {
    E = () => n, d?.(n, 1 - n), a();
  }
  function p() {
    r();
    var b = i?.t() ?? 1 - n;
    i?.abort();
    var y = n - b, L = l * Math.abs(y);
    if (!L) {
      if (c && !u) {
        var g = ki(c(n, 1 - n));
        m = e.animate([g], { duration: 0, fill: "forwards" });
      }
      O();
      return;
    }
    var A = [], S = !1;
    if (c)
      for (var B = Math.ceil(L / 16.666666666666668), P = 0; P <= B; P += 1) {
        var I = b + y * C(P / B), N = ki(c(I, 1 - I));
        A.push(N), S ||= N.overflow === "hidden";
      }
    S && (e.style.overflow = "hidden"), E = () => {
      var R = (
        /** @type {number} */
        /** @type {globalThis.Animation} */
        m.currentTime
      );
      return b + y * C(R / L);
    }, d && Yo(() => {
      if (m.playState !== "running") return !1;
      var R = E();
      return d(R, 1 - R), !0;
    }), m = e.animate(A, { duration: L, fill: "forwards" }), m.onfinish = O;
  }
  return !l && !h ? p() : Kn(() => {
    if (!o) {
      var b = [];
      if (u && i === void 0 && (d && d(0, 1), c)) {
        var y = ki(c(0, 1));
        b.push(y, y);
      }
      m = e.animate(b, { duration: h, fill: "forwards" }), m.onfinish = () => {
        m.cancel(), p();
      };
    }
  }), {
    abort: () => {
      o = !0, m && (m.cancel(), m.effect = null, m.onfinish = je);
    },
    deactivate: () => {
      a = je;
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
  ), f = new Yr(o, !1);
  xn(() => {
    const h = t() || null;
    var l = h === "svg" ? Da : void 0;
    if (h === null) {
      f.ensure(null, null), Yt(!0);
      return;
    }
    return f.ensure(h, (c) => {
      if (h) {
        var d = To;
        if (u = _n(h, l), dt(u, u), n) {
          var C = null, m = (
            /** @type {Text} */
            tt(u, ft())
          );
          n(u, m), C && Na(u, C);
        }
        Ue.nodes.end = u, d || ui(c, u);
      }
    }), Yt(!0), () => {
      h && Yt(!1);
    };
  }, yn), kr(() => {
    Yt(!0);
  });
}
function Jo(e, t) {
  var i = void 0, n;
  Nr(() => {
    i !== (i = t()) && (n && (it(n), n = null), i && (n = nt(() => {
      fi(() => (
        /** @type {(node: Element) => void} */
        i(e)
      ));
    })));
  });
}
function ye(e, t, i, n, r, a) {
  var u = (
    /** @type {any} */
    e[$n]
  );
  if (u !== i || u === void 0 || // for edge case of `class={undefined}`
  // custom renderers only deal in attributes, so rather than toggling individual classes
  // (which would mean editing the `class` attribute), always set the whole thing
  Dr) {
    var o = ko(i, n, a);
    o == null ? et(e, "class") : t ? e.className = o : Sn(e, "class", o), e[$n] = i;
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
function Ni(e, t = {}, i, n) {
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
function gi(e, t, i, n) {
  var r = (
    /** @type {any} */
    e[er]
  );
  if (r !== t || Dr) {
    var a = No(t, n);
    a == null ? et(e, "style") : Ga(
      /** @type {HTMLElement} */
      e,
      a
    ), e[er] = t;
  } else n && (Array.isArray(n) ? (Ni(e, i?.[0], n[0]), Ni(e, i?.[1], n[1], "important")) : Ni(e, i, n));
  return n;
}
function qr(e, t) {
  t ? Ur(e, "selected") || Sn(e, "selected", "") : et(e, "selected");
}
function lr(e, t) {
  var i = !("__defaultValue" in e);
  !i && e.__defaultValue === t || (e.__defaultValue = t, Jr(e, !i || "__value" in e));
}
function Jr(e, t) {
  var i = e.__defaultValue, n = e.multiple, r = n ? i ?? [] : null;
  if (!(n && !rt(r))) {
    var a = e.selectedIndex, u = t && n ? new Set(e.selectedOptions) : null;
    for (var o of e.options) {
      var f = sn(o);
      qr(
        o,
        n ? (
          /** @type {any[]} */
          r.includes(f)
        ) : Fr(f, i)
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
function rn(e, t, i = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!rt(t))
      return Xa();
    for (var n of e.options)
      n.selected = t.includes(sn(n));
    return;
  }
  for (n of e.options) {
    var r = sn(n);
    if (Fr(r, t)) {
      n.selected = !0;
      return;
    }
  }
  (!i || t !== void 0) && (e.selectedIndex = -1);
}
function Qo(e) {
  var t = new MutationObserver((i) => {
    i.every(Ko) || ("__defaultValue" in e && Jr(e, !1), "__value" in e && rn(e, e.__value));
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
  }), kr(() => {
    t.disconnect();
  });
}
function sn(e) {
  return "__value" in e ? e.__value : e.value;
}
function Ko(e) {
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
const ot = /* @__PURE__ */ Symbol("class"), lt = /* @__PURE__ */ Symbol("style"), Qr = /* @__PURE__ */ Symbol("is custom element"), Kr = /* @__PURE__ */ Symbol("is html"), $o = ci ? "input" : "INPUT", el = ci ? "option" : "OPTION", $r = ci ? "select" : "SELECT", tl = ci ? "progress" : "PROGRESS";
function Be(e, t, i, n) {
  var r = es(e), a = r[t];
  a !== (r[t] = i) && (t === "loading" && (e[ja] = i), i == null ? et(e, t) : typeof i != "string" && ts(e).has(t) ? e[t] = i : Sn(e, t, i));
}
function il(e, t, i, n, r = !1, a = !1) {
  var u = es(e), o = u[Qr], f = !u[Kr], h = t || {}, l = ut(e) === el, c = ut(e) === $r;
  for (var d in t)
    !(d in i) && d[0] + d[1] !== "$$" && (i[d] = null);
  i.class ? i.class = Ro(i.class) : (n || i[ot]) && (i.class = null), i[lt] && (i.style ??= null);
  var C = ts(e);
  if (
    // the following logic only makes sense in a DOM environment
    Fe == null && ut(e) === $o && "type" in i && ("value" in i || "__value" in i)
  ) {
    var m = i.type;
    (m !== h.type || m === void 0 && e.hasAttribute("type")) && (h.type = m, Be(e, "type", m, a));
  }
  for (const g in i) {
    let A = i[g];
    if (l && g === "value" && A == null) {
      e.value = e.__value = "", h[g] = A;
      continue;
    }
    if (g === "class") {
      var E = Fe == null && e.namespaceURI === Gr;
      ye(e, E, A, n, t?.[ot], i[ot]), h[g] = A, h[ot] = i[ot];
      continue;
    }
    if (g === "style") {
      gi(e, A, t?.[lt], i[lt]), h[g] = A, h[lt] = i[lt];
      continue;
    }
    var O = h[g];
    if (!(A === O && !(A === void 0 && Ur(e, g)))) {
      h[g] = A;
      var p = g[0] + g[1];
      if (p !== "$$" && !(p !== "on" && g.length > 2 && p.toLowerCase() === "on"))
        if (p === "on") {
          const S = {}, B = "$$" + g;
          let P = g.slice(2);
          var b = Fe == null && Ja(P);
          if (Qa(P) && (P = P.slice(0, -7), S.capture = !0), !b && O) {
            if (A != null) continue;
            Ka(e, P, h[B], S), h[B] = null;
          }
          if (b)
            Tt(P, e, A), di([P]);
          else if (A != null) {
            let I = function(...N) {
              h[g].apply(this, N);
            };
            h[B] = $a(P, e, I, S);
          }
        } else if (g === "style")
          Be(e, g, A);
        else if (g === "autofocus")
          Fe == null && eo(
            /** @type {HTMLElement} */
            e,
            !!A
          );
        else if (!o && (g === "__value" || g === "value" && A != null))
          e.__value = A, (O == null || // @ts-ignore
          e.value !== A || A === 0 && e.nodeName === tl) && tr(e, A);
        else if (g === "selected" && l)
          qr(
            /** @type {HTMLOptionElement} */
            e,
            A
          );
        else {
          var y = g;
          f || (y = to(y));
          var L = y === "defaultValue" || y === "defaultChecked";
          if (c && y === "defaultValue") continue;
          if (A == null && !o && !L)
            if (u[g] = null, (y === "value" || y === "checked") && Fe == null) {
              let S = (
                /** @type {HTMLInputElement} */
                e
              );
              const B = t === void 0;
              if (y === "value") {
                let P = S.defaultValue;
                et(S, y), io(S, P), tr(S, S.__value = B ? P : null);
              } else {
                let P = S.defaultChecked;
                et(S, y), no(S, P), ro(S, B ? P : !1);
              }
            } else
              et(e, g), y === "value" && (e.__value = null);
          else L && Fe != null || (L || (o || typeof A != "string") && C.has(y) ? (e[y] = A, y in u && (u[y] = xe)) : (Fe != null || typeof A != "function") && Be(e, y, A, a));
        }
    }
  }
  return h;
}
function nl(e, t, i = [], n = [], r = [], a, u = !1, o = !1) {
  Za(r, i, n, (f) => {
    var h = void 0, l = {}, c = ut(e) === $r, d = !1;
    if (Nr(() => {
      var m = t(...f.map(s)), E = il(
        e,
        h,
        m,
        a,
        u,
        o
      );
      if (d && c) {
        var O = (
          /** @type {HTMLSelectElement} */
          e
        );
        "defaultValue" in m && lr(O, m.defaultValue), "value" in m && rn(O, m.value);
      }
      for (let b of Object.getOwnPropertySymbols(l))
        m[b] || it(l[b]);
      for (let b of Object.getOwnPropertySymbols(m)) {
        var p = m[b];
        b.description === qa && (!h || p !== h[b]) && (l[b] && it(l[b]), l[b] = nt(() => Jo(e, () => p))), E[b] = p;
      }
      h = E;
    }), c) {
      var C = (
        /** @type {HTMLSelectElement} */
        e
      );
      fi(() => {
        var m = (
          /** @type {Record<string | symbol, any>} */
          h
        );
        "defaultValue" in m && lr(C, m.defaultValue), rn(C, m.value, !0), Qo(C);
      });
    }
    d = !0;
  });
}
function es(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    e[Wa] ??= {
      [Qr]: ut(e).includes("-"),
      [Kr]: e.namespaceURI === Gr
    }
  );
}
var hr = /* @__PURE__ */ new Map();
function ts(e) {
  var t = Ya(e, "is"), i = t || ut(e), n = hr.get(i);
  if (n) return n;
  n = /* @__PURE__ */ new Set(), (!customElements || !(t || i.includes("-")) || customElements.get(t || i.toLowerCase())) && hr.set(i, n);
  for (var r, a = e, u = Element.prototype; u !== a; ) {
    r = Va(a);
    for (var o in r)
      r[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && n.add(o);
    a = mn(a);
  }
  return n;
}
function rl(e, t, i = t) {
  var n = /* @__PURE__ */ new WeakSet();
  so(e, "input", async (r) => {
    var a = r ? e.defaultValue : e.value;
    if (a = Di(e) ? Ui(a) : a, i(a), ht !== null && n.add(ht), await ao(), a !== (a = t())) {
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
  q(t) == null && e.value && (i(Di(e) ? Ui(e.value) : e.value), ht !== null && n.add(ht)), zr(() => {
    var r = t();
    e === document.activeElement && n.has(
      /** @type {Batch} */
      oo
    ) || Di(e) && r === Ui(e.value) || e.type === "date" && !r && !e.value || r !== e.value && (e.value = r ?? "");
  });
}
function Di(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function Ui(e) {
  return e === "" ? null : +e;
}
function Gi(e, t) {
  return e === t || e?.[$e] === t;
}
function Ve(e = lo(), t, i, n) {
  var r = (
    /** @type {ComponentContext} */
    He.r
  ), a = (
    /** @type {Effect} */
    Ue
  );
  return fi(() => {
    var u, o;
    return zr(() => {
      u = o, o = [], q(() => {
        Gi(i(...o), e) || (t(e, ...o), u && Gi(i(...u), e) && t(null, ...u));
      });
    }), () => {
      let f = a;
      for (; f !== r && f.parent !== null && f.parent.f & ho; )
        f = f.parent;
      const h = () => {
        o && Gi(i(...o), e) && t(null, ...o);
      }, l = f.teardown;
      f.teardown = () => {
        h(), l?.();
      };
    };
  }), e;
}
function sl(e, t) {
  uo(window, ["resize"], () => En(() => t(window[e])));
}
function al(e) {
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
    He
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
    ur(t, n), Ki(i.b);
  }), ct(() => {
    const r = q(() => i.m.map(co));
    return () => {
      for (const a of r)
        typeof a == "function" && a();
    };
  }), i.a.length && ct(() => {
    ur(t, n), Ki(i.a);
  });
}
function ur(e, t) {
  if (e.l.s)
    for (const i of e.l.s) s(i);
  t();
}
function zi(e, t) {
  var i = (
    /** @type {Record<string, Function[] | Function>} */
    e.$$events?.[t.type]
  ), n = rt(i) ? i.slice() : i == null ? [] : [i];
  for (var r of n)
    r.call(this, t);
}
function ol(e, t, i) {
  if (e == null)
    return t(void 0), i && i(void 0), je;
  const n = q(
    () => e.subscribe(
      t,
      // @ts-expect-error
      i
    )
  );
  return n.unsubscribe ? () => n.unsubscribe() : n;
}
const at = [];
function ll(e, t) {
  return {
    subscribe: bi(e, t).subscribe
  };
}
function bi(e, t = je) {
  let i = null;
  const n = /* @__PURE__ */ new Set();
  function r(o) {
    if (vo(e, o) && (e = o, i)) {
      const f = !at.length;
      for (const h of n)
        h[1](), at.push(h, e);
      if (f) {
        for (let h = 0; h < at.length; h += 2)
          at[h][0](at[h + 1]);
        at.length = 0;
      }
    }
  }
  function a(o) {
    r(o(
      /** @type {T} */
      e
    ));
  }
  function u(o, f = je) {
    const h = [o, f];
    return n.add(h), n.size === 1 && (i = t(r, a) || je), o(
      /** @type {T} */
      e
    ), () => {
      n.delete(h), n.size === 0 && i && (i(), i = null);
    };
  }
  return { set: r, update: a, subscribe: u };
}
function _t(e, t, i) {
  const n = !Array.isArray(e), r = n ? [e] : e;
  if (!r.every(Boolean))
    throw new Error("derived() expects stores as input, got a falsy value");
  const a = t.length < 2;
  return ll(i, (u, o) => {
    let f = !1;
    const h = [];
    let l = 0, c = je;
    const d = () => {
      if (l)
        return;
      c();
      const m = t(n ? h[0] : h, u, o);
      a ? u(m) : c = typeof m == "function" ? m : je;
    }, C = r.map(
      (m, E) => ol(
        m,
        (O) => {
          h[E] = O, l &= ~(1 << E), f && d();
        },
        () => {
          l |= 1 << E;
        }
      )
    );
    return f = !0, d(), function() {
      Ki(C), c(), f = !1;
    };
  });
}
let Zt = !1;
function hl(e) {
  var t = Zt;
  try {
    return Zt = !1, [e(), Zt];
  } finally {
    Zt = t;
  }
}
const ul = {
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
function fl(e, t, i) {
  return new Proxy({ props: e, exclude: t }, ul);
}
function _(e, t, i, n) {
  var r = !gn || (i & _o) !== 0, a = (i & bo) !== 0, u = (i & xo) !== 0, o = (
    /** @type {V} */
    n
  ), f = !0, h = (
    /** @type {Derived<V> | undefined} */
    void 0
  ), l = () => u && r ? (h ??= $i(
    /** @type {() => V} */
    n
  ), s(h)) : (f && (f = !1, o = u ? q(
    /** @type {() => V} */
    n
  ) : (
    /** @type {V} */
    n
  )), o);
  let c;
  if (a) {
    var d = $e in e || yo in e;
    c = $t(e, t)?.set ?? (d && t in e ? (L) => e[t] = L : void 0);
  }
  var C, m = !1;
  a ? [C, m] = hl(() => (
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
  }, r && (i & go) === 0)
    return E;
  if (c) {
    var O = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(L, g) {
        return arguments.length > 0 ? ((!r || !g || O || m) && c(g ? E() : L), L) : E();
      })
    );
  }
  var p = !1, b = ((i & po) !== 0 ? $i : Le)(() => (p = !1, E()));
  a && s(b);
  var y = (
    /** @type {Effect} */
    Ue
  );
  return (
    /** @type {() => V} */
    (function(L, g) {
      if (arguments.length > 0) {
        const A = g ? s(b) : r && a ? We(L) : L;
        return x(b, A), p = !0, o !== void 0 && (o = A), L;
      }
      return Pr && p || (y.f & Qi) !== 0 ? b.v : s(b);
    })
  );
}
function Hn(e) {
  He === null && Cn(), gn && He.l !== null ? is(He).m.push(e) : ct(() => {
    const t = q(e);
    if (typeof t == "function") return (
      /** @type {() => void} */
      t
    );
  });
}
function cl(e, t, { bubbles: i = !1, cancelable: n = !1 } = {}) {
  return new CustomEvent(e, { detail: t, bubbles: i, cancelable: n });
}
function pt() {
  const e = He;
  return e === null && Cn(), (t, i, n) => {
    const r = (
      /** @type {Record<string, Function | Function[]>} */
      e.s.$$events?.[
        /** @type {string} */
        t
      ]
    );
    if (r) {
      const a = rt(r) ? r.slice() : [r], u = cl(
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
  He === null && Cn(), He.l === null && wo(), is(He).a.push(e);
}
function is(e) {
  var t = (
    /** @type {ComponentContextLegacy} */
    e.l
  );
  return t.u ??= { a: [], b: [], m: [] };
}
Eo();
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
], fr = {
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
    primary: fr[t][i],
    secondary: fr[t][n]
  }
}), {});
function ml(e) {
  return e && e.__esModule && Object.prototype.hasOwnProperty.call(e, "default") ? e.default : e;
}
var Fi, cr;
function gl() {
  if (cr) return Fi;
  cr = 1;
  var e = function(b) {
    return t(b) && !i(b);
  };
  function t(p) {
    return !!p && typeof p == "object";
  }
  function i(p) {
    var b = Object.prototype.toString.call(p);
    return b === "[object RegExp]" || b === "[object Date]" || a(p);
  }
  var n = typeof Symbol == "function" && Symbol.for, r = n ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
  function a(p) {
    return p.$$typeof === r;
  }
  function u(p) {
    return Array.isArray(p) ? [] : {};
  }
  function o(p, b) {
    return b.clone !== !1 && b.isMergeableObject(p) ? E(u(p), p, b) : p;
  }
  function f(p, b, y) {
    return p.concat(b).map(function(L) {
      return o(L, y);
    });
  }
  function h(p, b) {
    if (!b.customMerge)
      return E;
    var y = b.customMerge(p);
    return typeof y == "function" ? y : E;
  }
  function l(p) {
    return Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(p).filter(function(b) {
      return Object.propertyIsEnumerable.call(p, b);
    }) : [];
  }
  function c(p) {
    return Object.keys(p).concat(l(p));
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
  function m(p, b, y) {
    var L = {};
    return y.isMergeableObject(p) && c(p).forEach(function(g) {
      L[g] = o(p[g], y);
    }), c(b).forEach(function(g) {
      C(p, g) || (d(p, g) && y.isMergeableObject(b[g]) ? L[g] = h(g, y)(p[g], b[g], y) : L[g] = o(b[g], y));
    }), L;
  }
  function E(p, b, y) {
    y = y || {}, y.arrayMerge = y.arrayMerge || f, y.isMergeableObject = y.isMergeableObject || e, y.cloneUnlessOtherwiseSpecified = o;
    var L = Array.isArray(b), g = Array.isArray(p), A = L === g;
    return A ? L ? y.arrayMerge(p, b, y) : m(p, b, y) : o(b, y);
  }
  E.all = function(b, y) {
    if (!Array.isArray(b))
      throw new Error("first argument should be an array");
    return b.reduce(function(L, g) {
      return E(L, g, y);
    }, {});
  };
  var O = E;
  return Fi = O, Fi;
}
var bl = gl();
const _l = /* @__PURE__ */ ml(bl);
var an = function(e, t) {
  return an = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(i, n) {
    i.__proto__ = n;
  } || function(i, n) {
    for (var r in n) Object.prototype.hasOwnProperty.call(n, r) && (i[r] = n[r]);
  }, an(e, t);
};
function _i(e, t) {
  if (typeof t != "function" && t !== null)
    throw new TypeError("Class extends value " + String(t) + " is not a constructor or null");
  an(e, t);
  function i() {
    this.constructor = e;
  }
  e.prototype = t === null ? Object.create(t) : (i.prototype = t.prototype, new i());
}
var Z = function() {
  return Z = Object.assign || function(t) {
    for (var i, n = 1, r = arguments.length; n < r; n++) {
      i = arguments[n];
      for (var a in i) Object.prototype.hasOwnProperty.call(i, a) && (t[a] = i[a]);
    }
    return t;
  }, Z.apply(this, arguments);
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
function ns(e, t, i) {
  var n = Array.prototype.slice.call(arguments, 3), r = i(n), a = t.get(r);
  return typeof a > "u" && (a = e.apply(this, n), t.set(r, a)), a;
}
function rs(e, t, i, n, r) {
  return i.bind(t, e, n, r);
}
function wl(e, t) {
  var i = e.length === 1 ? yl : ns;
  return rs(e, this, i, t.cache.create(), t.serializer);
}
function El(e, t) {
  return rs(e, this, ns, t.cache.create(), t.serializer);
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
var se;
(function(e) {
  e[e.literal = 0] = "literal", e[e.argument = 1] = "argument", e[e.number = 2] = "number", e[e.date = 3] = "date", e[e.time = 4] = "time", e[e.select = 5] = "select", e[e.plural = 6] = "plural", e[e.pound = 7] = "pound", e[e.tag = 8] = "tag";
})(se || (se = {}));
var vt;
(function(e) {
  e[e.number = 0] = "number", e[e.dateTime = 1] = "dateTime";
})(vt || (vt = {}));
function dr(e) {
  return e.type === se.literal;
}
function Tl(e) {
  return e.type === se.argument;
}
function ss(e) {
  return e.type === se.number;
}
function as(e) {
  return e.type === se.date;
}
function os(e) {
  return e.type === se.time;
}
function ls(e) {
  return e.type === se.select;
}
function hs(e) {
  return e.type === se.plural;
}
function Al(e) {
  return e.type === se.pound;
}
function us(e) {
  return e.type === se.tag;
}
function fs(e) {
  return !!(e && typeof e == "object" && e.type === vt.number);
}
function on(e) {
  return !!(e && typeof e == "object" && e.type === vt.dateTime);
}
var cs = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/, Bl = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
function Il(e) {
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
var Pl = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
function Ll(e) {
  if (e.length === 0)
    throw new Error("Number skeleton cannot be empty");
  for (var t = e.split(Pl).filter(function(d) {
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
function Ol(e) {
  return e.replace(/^(.*?)-/, "");
}
var vr = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g, ds = /^(@+)?(\+|#+)?[rs]?$/g, Ml = /(\*)(0+)|(#+)(0+)|(0+)/g, vs = /^(0+)$/;
function mr(e) {
  var t = {};
  return e[e.length - 1] === "r" ? t.roundingPriority = "morePrecision" : e[e.length - 1] === "s" && (t.roundingPriority = "lessPrecision"), e.replace(ds, function(i, n, r) {
    return typeof r != "string" ? (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length) : r === "+" ? t.minimumSignificantDigits = n.length : n[0] === "#" ? t.maximumSignificantDigits = n.length : (t.minimumSignificantDigits = n.length, t.maximumSignificantDigits = n.length + (typeof r == "string" ? r.length : 0)), "";
  }), t;
}
function ms(e) {
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
    if (i === "+!" ? (t.signDisplay = "always", e = e.slice(2)) : i === "+?" && (t.signDisplay = "exceptZero", e = e.slice(2)), !vs.test(e))
      throw new Error("Malformed concise eng/scientific notation");
    t.minimumIntegerDigits = e.length;
  }
  return t;
}
function gr(e) {
  var t = {}, i = ms(e);
  return i || t;
}
function kl(e) {
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
        t.style = "unit", t.unit = Ol(r.options[0]);
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
        t = Z(Z(Z({}, t), { notation: "scientific" }), r.options.reduce(function(f, h) {
          return Z(Z({}, f), gr(h));
        }, {}));
        continue;
      case "engineering":
        t = Z(Z(Z({}, t), { notation: "engineering" }), r.options.reduce(function(f, h) {
          return Z(Z({}, f), gr(h));
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
        r.options[0].replace(Ml, function(f, h, l, c, d, C) {
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
    if (vs.test(r.stem)) {
      t.minimumIntegerDigits = r.stem.length;
      continue;
    }
    if (vr.test(r.stem)) {
      if (r.options.length > 1)
        throw new RangeError("Fraction-precision stems only accept a single optional option");
      r.stem.replace(vr, function(f, h, l, c, d, C) {
        return l === "*" ? t.minimumFractionDigits = h.length : c && c[0] === "#" ? t.maximumFractionDigits = c.length : d && C ? (t.minimumFractionDigits = d.length, t.maximumFractionDigits = d.length + C.length) : (t.minimumFractionDigits = h.length, t.maximumFractionDigits = h.length), "";
      });
      var a = r.options[0];
      a === "w" ? t = Z(Z({}, t), { trailingZeroDisplay: "stripIfInteger" }) : a && (t = Z(Z({}, t), mr(a)));
      continue;
    }
    if (ds.test(r.stem)) {
      t = Z(Z({}, t), mr(r.stem));
      continue;
    }
    var u = ms(r.stem);
    u && (t = Z(Z({}, t), u));
    var o = Rl(r.stem);
    o && (t = Z(Z({}, t), o));
  }
  return t;
}
var qt = {
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
function Nl(e, t) {
  for (var i = "", n = 0; n < e.length; n++) {
    var r = e.charAt(n);
    if (r === "j") {
      for (var a = 0; n + 1 < e.length && e.charAt(n + 1) === r; )
        a++, n++;
      var u = 1 + (a & 1), o = a < 2 ? 1 : 3 + (a >> 1), f = "a", h = Dl(t);
      for ((h == "H" || h == "k") && (o = 0); o-- > 0; )
        i += f;
      for (; u-- > 0; )
        i = h + i;
    } else r === "J" ? i += "H" : i += r;
  }
  return i;
}
function Dl(e) {
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
  var r = qt[n || ""] || qt[i || ""] || qt["".concat(i, "-001")] || qt["001"];
  return r[0];
}
var ji, Ul = new RegExp("^".concat(cs.source, "*")), Gl = new RegExp("".concat(cs.source, "*$"));
function j(e, t) {
  return { start: e, end: t };
}
var zl = !!String.prototype.startsWith && "_a".startsWith("a", 1), Fl = !!String.fromCodePoint, Xl = !!Object.fromEntries, Wl = !!String.prototype.codePointAt, Yl = !!String.prototype.trimStart, jl = !!String.prototype.trimEnd, Vl = !!Number.isSafeInteger, Zl = Vl ? Number.isSafeInteger : function(e) {
  return typeof e == "number" && isFinite(e) && Math.floor(e) === e && Math.abs(e) <= 9007199254740991;
}, ln = !0;
try {
  var ql = bs("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  ln = ((ji = ql.exec("a")) === null || ji === void 0 ? void 0 : ji[0]) === "a";
} catch {
  ln = !1;
}
var br = zl ? (
  // Native
  function(t, i, n) {
    return t.startsWith(i, n);
  }
) : (
  // For IE11
  function(t, i, n) {
    return t.slice(n, n + i.length) === i;
  }
), hn = Fl ? String.fromCodePoint : (
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
), _r = (
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
), gs = Wl ? (
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
), Ql = jl ? (
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
function bs(e, t) {
  return new RegExp(e, t);
}
var un;
if (ln) {
  var pr = bs("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
  un = function(t, i) {
    var n;
    pr.lastIndex = i;
    var r = pr.exec(t);
    return (n = r[1]) !== null && n !== void 0 ? n : "";
  };
} else
  un = function(t, i) {
    for (var n = []; ; ) {
      var r = gs(t, i);
      if (r === void 0 || _s(r) || th(r))
        break;
      n.push(r), i += r >= 65536 ? 2 : 1;
    }
    return hn.apply(void 0, n);
  };
var Kl = (
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
              type: se.pound,
              location: j(o, this.clonePosition())
            });
          } else if (a === 60 && !this.ignoreTag && this.peek() === 47) {
            if (n)
              break;
            return this.error(W.UNMATCHED_CLOSING_TAG, j(this.clonePosition(), this.clonePosition()));
          } else if (a === 60 && !this.ignoreTag && fn(this.peek() || 0)) {
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
            type: se.literal,
            value: "<".concat(r, "/>"),
            location: j(n, this.clonePosition())
          },
          err: null
        };
      if (this.bumpIf(">")) {
        var a = this.parseMessage(t + 1, i, !0);
        if (a.err)
          return a;
        var u = a.val, o = this.clonePosition();
        if (this.bumpIf("</")) {
          if (this.isEOF() || !fn(this.char()))
            return this.error(W.INVALID_TAG, j(o, this.clonePosition()));
          var f = this.clonePosition(), h = this.parseTagName();
          return r !== h ? this.error(W.UNMATCHED_CLOSING_TAG, j(f, this.clonePosition())) : (this.bumpSpace(), this.bumpIf(">") ? {
            val: {
              type: se.tag,
              value: r,
              children: u,
              location: j(n, this.clonePosition())
            },
            err: null
          } : this.error(W.INVALID_TAG, j(o, this.clonePosition())));
        } else
          return this.error(W.UNCLOSED_TAG, j(n, this.clonePosition()));
      } else
        return this.error(W.INVALID_TAG, j(n, this.clonePosition()));
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
      var f = j(n, this.clonePosition());
      return {
        val: { type: se.literal, value: r, location: f },
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
      return hn.apply(void 0, i);
    }, e.prototype.tryParseUnquoted = function(t, i) {
      if (this.isEOF())
        return null;
      var n = this.char();
      return n === 60 || n === 123 || n === 35 && (i === "plural" || i === "selectordinal") || n === 125 && t > 0 ? null : (this.bump(), hn(n));
    }, e.prototype.parseArgument = function(t, i) {
      var n = this.clonePosition();
      if (this.bump(), this.bumpSpace(), this.isEOF())
        return this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, j(n, this.clonePosition()));
      if (this.char() === 125)
        return this.bump(), this.error(W.EMPTY_ARGUMENT, j(n, this.clonePosition()));
      var r = this.parseIdentifierIfPossible().value;
      if (!r)
        return this.error(W.MALFORMED_ARGUMENT, j(n, this.clonePosition()));
      if (this.bumpSpace(), this.isEOF())
        return this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, j(n, this.clonePosition()));
      switch (this.char()) {
        // Simple argument: `{name}`
        case 125:
          return this.bump(), {
            val: {
              type: se.argument,
              // value does not include the opening and closing braces.
              value: r,
              location: j(n, this.clonePosition())
            },
            err: null
          };
        // Argument with options: `{name, format, ...}`
        case 44:
          return this.bump(), this.bumpSpace(), this.isEOF() ? this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, j(n, this.clonePosition())) : this.parseArgumentOptions(t, i, r, n);
        default:
          return this.error(W.MALFORMED_ARGUMENT, j(n, this.clonePosition()));
      }
    }, e.prototype.parseIdentifierIfPossible = function() {
      var t = this.clonePosition(), i = this.offset(), n = un(this.message, i), r = i + n.length;
      this.bumpTo(r);
      var a = this.clonePosition(), u = j(t, a);
      return { value: n, location: u };
    }, e.prototype.parseArgumentOptions = function(t, i, n, r) {
      var a, u = this.clonePosition(), o = this.parseIdentifierIfPossible().value, f = this.clonePosition();
      switch (o) {
        case "":
          return this.error(W.EXPECT_ARGUMENT_TYPE, j(u, f));
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
            var d = Ql(c.val);
            if (d.length === 0)
              return this.error(W.EXPECT_ARGUMENT_STYLE, j(this.clonePosition(), this.clonePosition()));
            var C = j(l, this.clonePosition());
            h = { style: d, styleLocation: C };
          }
          var m = this.tryParseArgumentClose(r);
          if (m.err)
            return m;
          var E = j(r, this.clonePosition());
          if (h && br(h?.style, "::", 0)) {
            var O = Jl(h.style.slice(2));
            if (o === "number") {
              var c = this.parseNumberSkeletonFromString(O, h.styleLocation);
              return c.err ? c : {
                val: { type: se.number, value: n, location: E, style: c.val },
                err: null
              };
            } else {
              if (O.length === 0)
                return this.error(W.EXPECT_DATE_TIME_SKELETON, E);
              var p = O;
              this.locale && (p = Nl(O, this.locale));
              var d = {
                type: vt.dateTime,
                pattern: p,
                location: h.styleLocation,
                parsedOptions: this.shouldParseSkeletons ? Il(p) : {}
              }, b = o === "date" ? se.date : se.time;
              return {
                val: { type: b, value: n, location: E, style: d },
                err: null
              };
            }
          }
          return {
            val: {
              type: o === "number" ? se.number : o === "date" ? se.date : se.time,
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
            return this.error(W.EXPECT_SELECT_ARGUMENT_OPTIONS, j(y, Z({}, y)));
          this.bumpSpace();
          var L = this.parseIdentifierIfPossible(), g = 0;
          if (o !== "select" && L.value === "offset") {
            if (!this.bumpIf(":"))
              return this.error(W.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, j(this.clonePosition(), this.clonePosition()));
            this.bumpSpace();
            var c = this.tryParseDecimalInteger(W.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, W.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE);
            if (c.err)
              return c;
            this.bumpSpace(), L = this.parseIdentifierIfPossible(), g = c.val;
          }
          var A = this.tryParsePluralOrSelectOptions(t, o, i, L);
          if (A.err)
            return A;
          var m = this.tryParseArgumentClose(r);
          if (m.err)
            return m;
          var S = j(r, this.clonePosition());
          return o === "select" ? {
            val: {
              type: se.select,
              value: n,
              options: _r(A.val),
              location: S
            },
            err: null
          } : {
            val: {
              type: se.plural,
              value: n,
              options: _r(A.val),
              offset: g,
              pluralType: o === "plural" ? "cardinal" : "ordinal",
              location: S
            },
            err: null
          };
        }
        default:
          return this.error(W.INVALID_ARGUMENT_TYPE, j(u, f));
      }
    }, e.prototype.tryParseArgumentClose = function(t) {
      return this.isEOF() || this.char() !== 125 ? this.error(W.EXPECT_ARGUMENT_CLOSING_BRACE, j(t, this.clonePosition())) : (this.bump(), { val: !0, err: null });
    }, e.prototype.parseSimpleArgStyleIfPossible = function() {
      for (var t = 0, i = this.clonePosition(); !this.isEOF(); ) {
        var n = this.char();
        switch (n) {
          case 39: {
            this.bump();
            var r = this.clonePosition();
            if (!this.bumpUntil("'"))
              return this.error(W.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE, j(r, this.clonePosition()));
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
          type: vt.number,
          tokens: n,
          location: i,
          parsedOptions: this.shouldParseSkeletons ? kl(n) : {}
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
            l = j(c, this.clonePosition()), h = this.message.slice(c.offset, this.offset());
          } else
            break;
        }
        if (f.has(h))
          return this.error(i === "select" ? W.DUPLICATE_SELECT_ARGUMENT_SELECTOR : W.DUPLICATE_PLURAL_ARGUMENT_SELECTOR, l);
        h === "other" && (u = !0), this.bumpSpace();
        var C = this.clonePosition();
        if (!this.bumpIf("{"))
          return this.error(i === "select" ? W.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT : W.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT, j(this.clonePosition(), this.clonePosition()));
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
            location: j(C, this.clonePosition())
          }
        ]), f.add(h), this.bumpSpace(), a = this.parseIdentifierIfPossible(), h = a.value, l = a.location;
      }
      return o.length === 0 ? this.error(i === "select" ? W.EXPECT_SELECT_ARGUMENT_SELECTOR : W.EXPECT_PLURAL_ARGUMENT_SELECTOR, j(this.clonePosition(), this.clonePosition())) : this.requiresOtherClause && !u ? this.error(W.MISSING_OTHER_CLAUSE, j(this.clonePosition(), this.clonePosition())) : { val: o, err: null };
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
      var f = j(r, this.clonePosition());
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
      var i = gs(this.message, t);
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
      if (br(this.message, t, this.offset())) {
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
      for (; !this.isEOF() && _s(this.char()); )
        this.bump();
    }, e.prototype.peek = function() {
      if (this.isEOF())
        return null;
      var t = this.char(), i = this.offset(), n = this.message.charCodeAt(i + (t >= 65536 ? 2 : 1));
      return n ?? null;
    }, e;
  })()
);
function fn(e) {
  return e >= 97 && e <= 122 || e >= 65 && e <= 90;
}
function $l(e) {
  return fn(e) || e === 47;
}
function eh(e) {
  return e === 45 || e === 46 || e >= 48 && e <= 57 || e === 95 || e >= 97 && e <= 122 || e >= 65 && e <= 90 || e == 183 || e >= 192 && e <= 214 || e >= 216 && e <= 246 || e >= 248 && e <= 893 || e >= 895 && e <= 8191 || e >= 8204 && e <= 8205 || e >= 8255 && e <= 8256 || e >= 8304 && e <= 8591 || e >= 11264 && e <= 12271 || e >= 12289 && e <= 55295 || e >= 63744 && e <= 64975 || e >= 65008 && e <= 65533 || e >= 65536 && e <= 983039;
}
function _s(e) {
  return e >= 9 && e <= 13 || e === 32 || e === 133 || e >= 8206 && e <= 8207 || e === 8232 || e === 8233;
}
function th(e) {
  return e >= 33 && e <= 35 || e === 36 || e >= 37 && e <= 39 || e === 40 || e === 41 || e === 42 || e === 43 || e === 44 || e === 45 || e >= 46 && e <= 47 || e >= 58 && e <= 59 || e >= 60 && e <= 62 || e >= 63 && e <= 64 || e === 91 || e === 92 || e === 93 || e === 94 || e === 96 || e === 123 || e === 124 || e === 125 || e === 126 || e === 161 || e >= 162 && e <= 165 || e === 166 || e === 167 || e === 169 || e === 171 || e === 172 || e === 174 || e === 176 || e === 177 || e === 182 || e === 187 || e === 191 || e === 215 || e === 247 || e >= 8208 && e <= 8213 || e >= 8214 && e <= 8215 || e === 8216 || e === 8217 || e === 8218 || e >= 8219 && e <= 8220 || e === 8221 || e === 8222 || e === 8223 || e >= 8224 && e <= 8231 || e >= 8240 && e <= 8248 || e === 8249 || e === 8250 || e >= 8251 && e <= 8254 || e >= 8257 && e <= 8259 || e === 8260 || e === 8261 || e === 8262 || e >= 8263 && e <= 8273 || e === 8274 || e === 8275 || e >= 8277 && e <= 8286 || e >= 8592 && e <= 8596 || e >= 8597 && e <= 8601 || e >= 8602 && e <= 8603 || e >= 8604 && e <= 8607 || e === 8608 || e >= 8609 && e <= 8610 || e === 8611 || e >= 8612 && e <= 8613 || e === 8614 || e >= 8615 && e <= 8621 || e === 8622 || e >= 8623 && e <= 8653 || e >= 8654 && e <= 8655 || e >= 8656 && e <= 8657 || e === 8658 || e === 8659 || e === 8660 || e >= 8661 && e <= 8691 || e >= 8692 && e <= 8959 || e >= 8960 && e <= 8967 || e === 8968 || e === 8969 || e === 8970 || e === 8971 || e >= 8972 && e <= 8991 || e >= 8992 && e <= 8993 || e >= 8994 && e <= 9e3 || e === 9001 || e === 9002 || e >= 9003 && e <= 9083 || e === 9084 || e >= 9085 && e <= 9114 || e >= 9115 && e <= 9139 || e >= 9140 && e <= 9179 || e >= 9180 && e <= 9185 || e >= 9186 && e <= 9254 || e >= 9255 && e <= 9279 || e >= 9280 && e <= 9290 || e >= 9291 && e <= 9311 || e >= 9472 && e <= 9654 || e === 9655 || e >= 9656 && e <= 9664 || e === 9665 || e >= 9666 && e <= 9719 || e >= 9720 && e <= 9727 || e >= 9728 && e <= 9838 || e === 9839 || e >= 9840 && e <= 10087 || e === 10088 || e === 10089 || e === 10090 || e === 10091 || e === 10092 || e === 10093 || e === 10094 || e === 10095 || e === 10096 || e === 10097 || e === 10098 || e === 10099 || e === 10100 || e === 10101 || e >= 10132 && e <= 10175 || e >= 10176 && e <= 10180 || e === 10181 || e === 10182 || e >= 10183 && e <= 10213 || e === 10214 || e === 10215 || e === 10216 || e === 10217 || e === 10218 || e === 10219 || e === 10220 || e === 10221 || e === 10222 || e === 10223 || e >= 10224 && e <= 10239 || e >= 10240 && e <= 10495 || e >= 10496 && e <= 10626 || e === 10627 || e === 10628 || e === 10629 || e === 10630 || e === 10631 || e === 10632 || e === 10633 || e === 10634 || e === 10635 || e === 10636 || e === 10637 || e === 10638 || e === 10639 || e === 10640 || e === 10641 || e === 10642 || e === 10643 || e === 10644 || e === 10645 || e === 10646 || e === 10647 || e === 10648 || e >= 10649 && e <= 10711 || e === 10712 || e === 10713 || e === 10714 || e === 10715 || e >= 10716 && e <= 10747 || e === 10748 || e === 10749 || e >= 10750 && e <= 11007 || e >= 11008 && e <= 11055 || e >= 11056 && e <= 11076 || e >= 11077 && e <= 11078 || e >= 11079 && e <= 11084 || e >= 11085 && e <= 11123 || e >= 11124 && e <= 11125 || e >= 11126 && e <= 11157 || e === 11158 || e >= 11159 && e <= 11263 || e >= 11776 && e <= 11777 || e === 11778 || e === 11779 || e === 11780 || e === 11781 || e >= 11782 && e <= 11784 || e === 11785 || e === 11786 || e === 11787 || e === 11788 || e === 11789 || e >= 11790 && e <= 11798 || e === 11799 || e >= 11800 && e <= 11801 || e === 11802 || e === 11803 || e === 11804 || e === 11805 || e >= 11806 && e <= 11807 || e === 11808 || e === 11809 || e === 11810 || e === 11811 || e === 11812 || e === 11813 || e === 11814 || e === 11815 || e === 11816 || e === 11817 || e >= 11818 && e <= 11822 || e === 11823 || e >= 11824 && e <= 11833 || e >= 11834 && e <= 11835 || e >= 11836 && e <= 11839 || e === 11840 || e === 11841 || e === 11842 || e >= 11843 && e <= 11855 || e >= 11856 && e <= 11857 || e === 11858 || e >= 11859 && e <= 11903 || e >= 12289 && e <= 12291 || e === 12296 || e === 12297 || e === 12298 || e === 12299 || e === 12300 || e === 12301 || e === 12302 || e === 12303 || e === 12304 || e === 12305 || e >= 12306 && e <= 12307 || e === 12308 || e === 12309 || e === 12310 || e === 12311 || e === 12312 || e === 12313 || e === 12314 || e === 12315 || e === 12316 || e === 12317 || e >= 12318 && e <= 12319 || e === 12320 || e === 12336 || e === 64830 || e === 64831 || e >= 65093 && e <= 65094;
}
function cn(e) {
  e.forEach(function(t) {
    if (delete t.location, ls(t) || hs(t))
      for (var i in t.options)
        delete t.options[i].location, cn(t.options[i].value);
    else ss(t) && fs(t.style) || (as(t) || os(t)) && on(t.style) ? delete t.style.location : us(t) && cn(t.children);
  });
}
function ih(e, t) {
  t === void 0 && (t = {}), t = Z({ shouldParseSkeletons: !0, requiresOtherClause: !0 }, t);
  var i = new Kl(e, t).parse();
  if (i.err) {
    var n = SyntaxError(W[i.err.kind]);
    throw n.location = i.err.location, n.originalMessage = i.err.message, n;
  }
  return t?.captureLocation || cn(i.val), i.val;
}
var mt;
(function(e) {
  e.MISSING_VALUE = "MISSING_VALUE", e.INVALID_VALUE = "INVALID_VALUE", e.MISSING_INTL_API = "MISSING_INTL_API";
})(mt || (mt = {}));
var pi = (
  /** @class */
  (function(e) {
    _i(t, e);
    function t(i, n, r) {
      var a = e.call(this, i) || this;
      return a.code = n, a.originalMessage = r, a;
    }
    return t.prototype.toString = function() {
      return "[formatjs Error: ".concat(this.code, "] ").concat(this.message);
    }, t;
  })(Error)
), xr = (
  /** @class */
  (function(e) {
    _i(t, e);
    function t(i, n, r, a) {
      return e.call(this, 'Invalid values for "'.concat(i, '": "').concat(n, '". Options are "').concat(Object.keys(r).join('", "'), '"'), mt.INVALID_VALUE, a) || this;
    }
    return t;
  })(pi)
), nh = (
  /** @class */
  (function(e) {
    _i(t, e);
    function t(i, n, r) {
      return e.call(this, 'Value for "'.concat(i, '" must be of type ').concat(n), mt.INVALID_VALUE, r) || this;
    }
    return t;
  })(pi)
), rh = (
  /** @class */
  (function(e) {
    _i(t, e);
    function t(i, n) {
      return e.call(this, 'The intl string context variable "'.concat(i, '" was not provided to the string "').concat(n, '"'), mt.MISSING_VALUE, n) || this;
    }
    return t;
  })(pi)
), _e;
(function(e) {
  e[e.literal = 0] = "literal", e[e.object = 1] = "object";
})(_e || (_e = {}));
function sh(e) {
  return e.length < 2 ? e : e.reduce(function(t, i) {
    var n = t[t.length - 1];
    return !n || n.type !== _e.literal || i.type !== _e.literal ? t.push(i) : n.value += i.value, t;
  }, []);
}
function ah(e) {
  return typeof e == "function";
}
function ii(e, t, i, n, r, a, u) {
  if (e.length === 1 && dr(e[0]))
    return [
      {
        type: _e.literal,
        value: e[0].value
      }
    ];
  for (var o = [], f = 0, h = e; f < h.length; f++) {
    var l = h[f];
    if (dr(l)) {
      o.push({
        type: _e.literal,
        value: l.value
      });
      continue;
    }
    if (Al(l)) {
      typeof a == "number" && o.push({
        type: _e.literal,
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
        type: typeof d == "string" ? _e.literal : _e.object,
        value: d
      });
      continue;
    }
    if (as(l)) {
      var C = typeof l.style == "string" ? n.date[l.style] : on(l.style) ? l.style.parsedOptions : void 0;
      o.push({
        type: _e.literal,
        value: i.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (os(l)) {
      var C = typeof l.style == "string" ? n.time[l.style] : on(l.style) ? l.style.parsedOptions : n.time.medium;
      o.push({
        type: _e.literal,
        value: i.getDateTimeFormat(t, C).format(d)
      });
      continue;
    }
    if (ss(l)) {
      var C = typeof l.style == "string" ? n.number[l.style] : fs(l.style) ? l.style.parsedOptions : void 0;
      C && C.scale && (d = d * (C.scale || 1)), o.push({
        type: _e.literal,
        value: i.getNumberFormat(t, C).format(d)
      });
      continue;
    }
    if (us(l)) {
      var m = l.children, E = l.value, O = r[E];
      if (!ah(O))
        throw new nh(E, "function", u);
      var p = ii(m, t, i, n, r, a), b = O(p.map(function(g) {
        return g.value;
      }));
      Array.isArray(b) || (b = [b]), o.push.apply(o, b.map(function(g) {
        return {
          type: typeof g == "string" ? _e.literal : _e.object,
          value: g
        };
      }));
    }
    if (ls(l)) {
      var y = l.options[d] || l.options.other;
      if (!y)
        throw new xr(l.value, d, Object.keys(l.options), u);
      o.push.apply(o, ii(y.value, t, i, n, r));
      continue;
    }
    if (hs(l)) {
      var y = l.options["=".concat(d)];
      if (!y) {
        if (!Intl.PluralRules)
          throw new pi(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, mt.MISSING_INTL_API, u);
        var L = i.getPluralRules(t, { type: l.pluralType }).select(d - (l.offset || 0));
        y = l.options[L] || l.options.other;
      }
      if (!y)
        throw new xr(l.value, d, Object.keys(l.options), u);
      o.push.apply(o, ii(y.value, t, i, n, r, d - (l.offset || 0)));
      continue;
    }
  }
  return sh(o);
}
function oh(e, t) {
  return t ? Z(Z(Z({}, e || {}), t || {}), Object.keys(e).reduce(function(i, n) {
    return i[n] = Z(Z({}, e[n]), t[n] || {}), i;
  }, {})) : e;
}
function lh(e, t) {
  return t ? Object.keys(e).reduce(function(i, n) {
    return i[n] = oh(e[n], t[n]), i;
  }, Z({}, e)) : e;
}
function Vi(e) {
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
      cache: Vi(e.number),
      strategy: Yi.variadic
    }),
    getDateTimeFormat: Wi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.DateTimeFormat).bind.apply(t, Xi([void 0], i, !1)))();
    }, {
      cache: Vi(e.dateTime),
      strategy: Yi.variadic
    }),
    getPluralRules: Wi(function() {
      for (var t, i = [], n = 0; n < arguments.length; n++)
        i[n] = arguments[n];
      return new ((t = Intl.PluralRules).bind.apply(t, Xi([void 0], i, !1)))();
    }, {
      cache: Vi(e.pluralRules),
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
          return !c.length || d.type !== _e.literal || typeof c[c.length - 1] != "string" ? c.push(d.value) : c[c.length - 1] += d.value, c;
        }, []);
        return l.length <= 1 ? l[0] || "" : l;
      }, this.formatToParts = function(f) {
        return ii(a.ast, a.locales, a.formatters, a.formats, f, void 0, a.message);
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
        this.ast = e.__parse(t, Z(Z({}, o), { locale: this.resolvedLocale }));
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
const Ye = {}, ch = (e, t, i) => i && (t in Ye || (Ye[t] = {}), e in Ye[t] || (Ye[t][e] = i), i), ps = (e, t) => {
  if (t == null)
    return;
  if (t in Ye && e in Ye[t])
    return Ye[t][e];
  const i = xi(t);
  for (let n = 0; n < i.length; n++) {
    const r = i[n], a = vh(r, e);
    if (a)
      return ch(e, t, a);
  }
};
let Tn;
const Pt = bi({});
function dh(e) {
  return Tn[e] || null;
}
function xs(e) {
  return e in Tn;
}
function vh(e, t) {
  if (!xs(e))
    return null;
  const i = dh(e);
  return fh(i, t);
}
function mh(e) {
  if (e == null)
    return;
  const t = xi(e);
  for (let i = 0; i < t.length; i++) {
    const n = t[i];
    if (xs(n))
      return n;
  }
}
function gh(e, ...t) {
  delete Ye[e], Pt.update((i) => (i[e] = _l.all([i[e] || {}, ...t]), i));
}
_t(
  [Pt],
  ([e]) => Object.keys(e)
);
Pt.subscribe((e) => Tn = e);
const ni = {};
function bh(e, t) {
  ni[e].delete(t), ni[e].size === 0 && delete ni[e];
}
function ys(e) {
  return ni[e];
}
function _h(e) {
  return xi(e).map((t) => {
    const i = ys(t);
    return [t, i ? [...i] : []];
  }).filter(([, t]) => t.length > 0);
}
function dn(e) {
  return e == null ? !1 : xi(e).some(
    (t) => {
      var i;
      return (i = ys(t)) == null ? void 0 : i.size;
    }
  );
}
function ph(e, t) {
  return Promise.all(
    t.map((n) => (bh(e, n), n().then((r) => r.default || r)))
  ).then((n) => gh(e, ...n));
}
const Ht = {};
function ws(e) {
  if (!dn(e))
    return e in Ht ? Ht[e] : Promise.resolve();
  const t = _h(e);
  return Ht[e] = Promise.all(
    t.map(
      ([i, n]) => ph(i, n)
    )
  ).then(() => {
    if (dn(e))
      return ws(e);
    delete Ht[e];
  }), Ht[e];
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
function gt() {
  return wh;
}
const Zi = bi(!1);
var Eh = Object.defineProperty, Sh = Object.defineProperties, Ch = Object.getOwnPropertyDescriptors, yr = Object.getOwnPropertySymbols, Hh = Object.prototype.hasOwnProperty, Th = Object.prototype.propertyIsEnumerable, wr = (e, t, i) => t in e ? Eh(e, t, { enumerable: !0, configurable: !0, writable: !0, value: i }) : e[t] = i, Ah = (e, t) => {
  for (var i in t || (t = {}))
    Hh.call(t, i) && wr(e, i, t[i]);
  if (yr)
    for (var i of yr(t))
      Th.call(t, i) && wr(e, i, t[i]);
  return e;
}, Bh = (e, t) => Sh(e, Ch(t));
let vn;
const li = bi(null);
function Er(e) {
  return e.split("-").map((t, i, n) => n.slice(0, i + 1).join("-")).reverse();
}
function xi(e, t = gt().fallbackLocale) {
  const i = Er(e);
  return t ? [.../* @__PURE__ */ new Set([...i, ...Er(t)])] : i;
}
function st() {
  return vn ?? void 0;
}
li.subscribe((e) => {
  vn = e ?? void 0, typeof window < "u" && e != null && document.documentElement.setAttribute("lang", e);
});
const Ih = (e) => {
  if (e && mh(e) && dn(e)) {
    const { loadingDelay: t } = gt();
    let i;
    return typeof window < "u" && st() != null && t ? i = window.setTimeout(
      () => Zi.set(!0),
      t
    ) : Zi.set(!0), ws(e).then(() => {
      li.set(e);
    }).finally(() => {
      clearTimeout(i), Zi.set(!1);
    });
  }
  return li.set(e);
}, xt = Bh(Ah({}, li), {
  set: Ih
}), yi = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (n) => {
    const r = JSON.stringify(n);
    return r in t ? t[r] : t[r] = e(n);
  };
};
var Ph = Object.defineProperty, hi = Object.getOwnPropertySymbols, Es = Object.prototype.hasOwnProperty, Ss = Object.prototype.propertyIsEnumerable, Sr = (e, t, i) => t in e ? Ph(e, t, { enumerable: !0, configurable: !0, writable: !0, value: i }) : e[t] = i, An = (e, t) => {
  for (var i in t || (t = {}))
    Es.call(t, i) && Sr(e, i, t[i]);
  if (hi)
    for (var i of hi(t))
      Ss.call(t, i) && Sr(e, i, t[i]);
  return e;
}, yt = (e, t) => {
  var i = {};
  for (var n in e)
    Es.call(e, n) && t.indexOf(n) < 0 && (i[n] = e[n]);
  if (e != null && hi)
    for (var n of hi(e))
      t.indexOf(n) < 0 && Ss.call(e, n) && (i[n] = e[n]);
  return i;
};
const It = (e, t) => {
  const { formats: i } = gt();
  if (e in i && t in i[e])
    return i[e][t];
  throw new Error(`[svelte-i18n] Unknown "${t}" ${e} format.`);
}, Lh = yi(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = yt(t, ["locale", "format"]);
    if (i == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format numbers');
    return n && (r = It("number", n)), new Intl.NumberFormat(i, r);
  }
), Oh = yi(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = yt(t, ["locale", "format"]);
    if (i == null)
      throw new Error('[svelte-i18n] A "locale" must be set to format dates');
    return n ? r = It("date", n) : Object.keys(r).length === 0 && (r = It("date", "short")), new Intl.DateTimeFormat(i, r);
  }
), Mh = yi(
  (e) => {
    var t = e, { locale: i, format: n } = t, r = yt(t, ["locale", "format"]);
    if (i == null)
      throw new Error(
        '[svelte-i18n] A "locale" must be set to format time values'
      );
    return n ? r = It("time", n) : Object.keys(r).length === 0 && (r = It("time", "short")), new Intl.DateTimeFormat(i, r);
  }
), Rh = (e = {}) => {
  var t = e, {
    locale: i = st()
  } = t, n = yt(t, [
    "locale"
  ]);
  return Lh(An({ locale: i }, n));
}, kh = (e = {}) => {
  var t = e, {
    locale: i = st()
  } = t, n = yt(t, [
    "locale"
  ]);
  return Oh(An({ locale: i }, n));
}, Nh = (e = {}) => {
  var t = e, {
    locale: i = st()
  } = t, n = yt(t, [
    "locale"
  ]);
  return Mh(An({ locale: i }, n));
}, Dh = yi(
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
  (e, t = st()) => new uh(e, t, gt().formats, {
    ignoreTag: gt().ignoreTag
  })
), Uh = (e, t = {}) => {
  var i, n, r, a;
  let u = t;
  typeof e == "object" && (u = e, e = u.id);
  const {
    values: o,
    locale: f = st(),
    default: h
  } = u;
  if (f == null)
    throw new Error(
      "[svelte-i18n] Cannot format a message without first setting the initial locale."
    );
  let l = ps(e, f);
  if (!l)
    l = (a = (r = (n = (i = gt()).handleMissingMessage) == null ? void 0 : n.call(i, { locale: f, id: e, defaultValue: h })) != null ? r : h) != null ? a : e;
  else if (typeof l != "string")
    return console.warn(
      `[svelte-i18n] Message with id "${e}" must be of type "string", found: "${typeof l}". Gettin its value through the "$format" method is deprecated; use the "json" method instead.`
    ), l;
  if (!o)
    return l;
  let c = l;
  try {
    c = Dh(l, f).format(o);
  } catch (d) {
    d instanceof Error && console.warn(
      `[svelte-i18n] Message "${e}" has syntax error:`,
      d.message
    );
  }
  return c;
}, Gh = (e, t) => Nh(t).format(e), zh = (e, t) => kh(t).format(e), Fh = (e, t) => Rh(t).format(e), Xh = (e, t = st()) => ps(e, t);
_t([xt, Pt], () => Uh);
_t([xt], () => Gh);
_t([xt], () => zh);
_t([xt], () => Fh);
_t([xt, Pt], () => Xh);
const Wh = "__i18n__", Yh = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], jh = [
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
function Vh(e) {
  return typeof e == "string" && e.includes(Wh);
}
class Zh {
  load_component;
  #t = /* @__PURE__ */ Te(We({}));
  get shared() {
    return s(this.#t);
  }
  set shared(t) {
    x(this.#t, t, !0);
  }
  #i = /* @__PURE__ */ Te(We({}));
  get props() {
    return s(this.#i);
  }
  set props(t) {
    x(this.#i, t, !0);
  }
  #e = /* @__PURE__ */ Te((t) => t);
  get i18n() {
    return s(this.#e);
  }
  set i18n(t) {
    x(this.#e, t, !0);
  }
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = jh;
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
      ), q(() => {
        this.shared.id = t.shared_props.id;
      });
    }), Object.keys(this.translatable_props).length > 0 && xt.subscribe(() => {
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
    return Bo(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const i in t) {
      const n = t[i], r = Vh(n) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, n) : n;
      if (this.shared_props.includes(i)) {
        const a = i;
        this.shared[a] = r;
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
So();
var qh = /* @__PURE__ */ Ie('<svg class="resize-handle svelte-56d2o6" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><line x1="1" y1="9" x2="9" y2="1" stroke="gray" stroke-width="0.5" class="svelte-56d2o6"></line><line x1="5" y1="9" x2="9" y2="5" stroke="gray" stroke-width="0.5" class="svelte-56d2o6"></line></svg>'), Cr = /* @__PURE__ */ he("<!> <!>", 1), Jh = /* @__PURE__ */ he('<div class="placeholder svelte-56d2o6"></div>');
function Qh(e, t) {
  Me(t, !1);
  let i = _(t, "height", 8, void 0), n = _(t, "min_height", 8, void 0), r = _(t, "max_height", 8, void 0), a = _(t, "width", 8, void 0), u = _(t, "elem_id", 8, ""), o = _(t, "elem_classes", 24, () => []), f = _(t, "variant", 8, "solid"), h = _(t, "border_mode", 8, "base"), l = _(t, "padding", 8, !0), c = _(t, "type", 8, "normal"), d = _(t, "test_id", 8, void 0), C = _(t, "explicit_call", 8, !1), m = _(t, "container", 8, !0), E = _(t, "visible", 8, !0), O = _(t, "allow_overflow", 8, !0), p = _(t, "overflow_behavior", 8, "auto"), b = _(t, "scale", 8, null), y = _(t, "min_width", 8, 0), L = _(t, "flex", 12, !1), g = _(t, "resizable", 8, !1), A = _(t, "rtl", 8, !1), S = _(t, "fullscreen", 12, !1), B = _(t, "label", 8, void 0), P = /* @__PURE__ */ U(S()), I = /* @__PURE__ */ U(), N = c() === "fieldset" ? "fieldset" : "div", R = /* @__PURE__ */ U(0), H = /* @__PURE__ */ U(0), G = /* @__PURE__ */ U(null);
  function Q(ie) {
    S() && ie.key === "Escape" && S(!1);
  }
  const Y = (ie) => {
    if (ie !== void 0) {
      if (typeof ie == "number")
        return ie + "px";
      if (typeof ie == "string")
        return ie;
    }
  }, te = (ie) => {
    let me = ie.clientY;
    const pe = (le) => {
      const ne = le.clientY - me;
      me = le.clientY, oe(I, s(I).style.height = `${s(I).offsetHeight + ne}px`);
    }, K = () => {
      window.removeEventListener("mousemove", pe), window.removeEventListener("mouseup", K);
    };
    window.addEventListener("mousemove", pe), window.addEventListener("mouseup", K);
  };
  Ce(
    () => (z(S()), s(P), s(I)),
    () => {
      S() !== s(P) && (x(P, S()), S() ? (x(G, s(I).getBoundingClientRect()), x(R, s(I).offsetHeight), x(H, s(I).offsetWidth), window.addEventListener("keydown", Q)) : (x(G, null), window.removeEventListener("keydown", Q)));
    }
  ), Ce(() => z(E()), () => {
    E() || L(!1);
  }), bt(), Ze();
  var ee = Wr(), ue = Ge(ee);
  {
    var fe = (ie) => {
      var me = Cr(), pe = Ge(me);
      qo(pe, () => N, !1, (ne, Re) => {
        Ve(ne, (Pe) => x(I, Pe), () => s(I)), nl(
          ne,
          (Pe, ke, wi, Lt, Ot) => ({
            "data-testid": d(),
            id: u(),
            class: `block ${Pe ?? ""}`,
            dir: A() ? "rtl" : "ltr",
            "aria-label": B(),
            style: "",
            [ot]: {
              hidden: E() === "hidden",
              padded: l(),
              flex: L(),
              border_focus: h() === "focus",
              border_contrast: h() === "contrast",
              "hide-container": !C() && !m(),
              fullscreen: S(),
              animating: S() && s(G) !== null,
              "auto-margin": b() === null
            },
            [lt]: {
              height: ke,
              "min-height": wi,
              "max-height": Lt,
              "--start-top": (s(G), q(() => s(G) ? `${s(G).top}px` : "0px")),
              "--start-left": (s(G), q(() => s(G) ? `${s(G).left}px` : "0px")),
              "--start-width": (s(G), q(() => s(G) ? `${s(G).width}px` : "0px")),
              "--start-height": (s(G), q(() => s(G) ? `${s(G).height}px` : "0px")),
              width: Ot,
              "border-style": f(),
              overflow: O() ? p() : "hidden",
              "flex-grow": b(),
              "min-width": `calc(min(${y()}px, 100%))`
            }
          }),
          [
            () => (z(o()), q(() => o()?.join(" ") || "")),
            () => (z(S()), z(i()), q(() => S() ? void 0 : Y(i()))),
            () => (z(S()), z(n()), q(() => S() ? void 0 : Y(n()))),
            () => (z(S()), z(r()), q(() => S() ? void 0 : Y(r()))),
            () => (z(S()), z(a()), q(() => S() ? void 0 : typeof a() == "number" ? `calc(min(${a()}px, 100%))` : Y(a())))
          ],
          void 0,
          void 0,
          "svelte-56d2o6"
        );
        var Ee = Cr(), k = Ge(Ee);
        mi(k, t, "default", {});
        var V = $(k, 2);
        {
          var ce = (Pe) => {
            var ke = qh();
            re("mousedown", ke, te), F(Pe, ke);
          };
          ve(V, (Pe) => {
            g() && Pe(ce);
          });
        }
        F(Re, Ee);
      });
      var K = $(pe, 2);
      {
        var le = (ne) => {
          var Re = Jh();
          let Ee;
          we(() => Ee = gi(Re, "", Ee, {
            height: s(R) + "px",
            width: s(H) + "px"
          })), F(ne, Re);
        };
        ve(K, (ne) => {
          S() && ne(le);
        });
      }
      F(ie, me);
    };
    ve(ue, (ie) => {
      (E() === !0 || E() === "hidden") && ie(fe);
    });
  }
  F(e, ee), Oe();
}
var Kh = /* @__PURE__ */ he('<span data-testid="block-info"><!></span> <!>', 1);
function $h(e, t) {
  let i = _(t, "show_label", 8, !0), n = _(t, "info", 8, void 0), r = _(t, "rtl", 8, !1);
  var a = Kh(), u = Ge(a);
  let o;
  var f = J(u);
  mi(f, t, "default", {});
  var h = $(u, 2);
  {
    var l = (c) => {
      Info(c, {
        get info() {
          return n();
        }
      });
    };
    ve(h, (c) => {
      n() && c(l);
    });
  }
  we(() => {
    Be(u, "dir", r() ? "rtl" : "ltr"), o = ye(u, 1, "svelte-qxjyg0", null, o, {
      hide: !i(),
      "has-info": n() != null,
      "sr-only": !i()
    }), u.dir = u.dir;
  }), F(e, a);
}
var eu = /* @__PURE__ */ he('<label for="" data-testid="block-label"><span class="svelte-1jmthc"><!></span> </label>');
function tu(e, t) {
  let i = _(t, "label", 8, null), n = _(t, "Icon", 8), r = _(t, "show_label", 8, !0), a = _(t, "disable", 8, !1), u = _(t, "float", 8, !0), o = _(t, "rtl", 8, !1);
  var f = eu();
  let h;
  var l = J(f), c = J(l);
  n()(c, {});
  var d = $(l);
  we(() => {
    Be(f, "dir", o() ? "rtl" : "ltr"), h = ye(f, 1, "svelte-1jmthc", null, h, {
      hide: !r(),
      "sr-only": !r(),
      float: u(),
      "hide-label": a()
    }), vi(d, ` ${i() ?? ""}`), f.dir = f.dir;
  }), F(e, f);
}
di(["click"]);
var iu = /* @__PURE__ */ he('<div aria-label="Empty value"><div class="icon svelte-pzrflu"><!></div></div>');
function nu(e, t) {
  Me(t, !1);
  const i = /* @__PURE__ */ U();
  let n = _(t, "size", 8, "small"), r = _(t, "unpadded_box", 8, !1), a = /* @__PURE__ */ U();
  function u(c) {
    var d;
    if (!c) return !1;
    const { height: C } = c.getBoundingClientRect(), { height: m } = ((d = c.parentElement) === null || d === void 0 ? void 0 : d.getBoundingClientRect()) || { height: C };
    return C > m + 2;
  }
  Ce(() => s(a), () => {
    x(i, u(s(a)));
  }), bt();
  var o = iu();
  let f;
  var h = J(o), l = J(h);
  mi(l, t, "default", {}), Ve(o, (c) => x(a, c), () => s(a)), we(() => f = ye(o, 1, "empty svelte-pzrflu", null, f, {
    small: n() === "small",
    large: n() === "large",
    unpadded_box: r(),
    small_parent: s(i)
  })), F(e, o), Oe();
}
di(["click"]);
var ru = /* @__PURE__ */ Ie('<svg class="dropdown-arrow svelte-344wld" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 18 18"><path d="M5 8l4 4 4-4z"></path></svg>');
function su(e) {
  var t = ru();
  F(e, t);
}
var au = /* @__PURE__ */ Ie('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-image"><rect x="3" y="3" width="18" height="18" rx="2" ry="2"></rect><circle cx="8.5" cy="8.5" r="1.5"></circle><polyline points="21 15 16 10 5 21"></polyline></svg>');
function Cs(e) {
  var t = au();
  F(e, t);
}
var ou = /* @__PURE__ */ Ie('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw" style="transform: rotateY(180deg);"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function lu(e) {
  var t = ou();
  F(e, t);
}
var hu = /* @__PURE__ */ Ie('<svg aria-label="undo" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="feather feather-rotate-ccw"><polyline points="1 4 1 10 7 10"></polyline><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"></path></svg>');
function uu(e) {
  var t = hu();
  F(e, t);
}
const Jt = (e, t, i) => Math.min(Math.max(e, t), i);
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
        this.imageWidth * this.scale > this.canvasWidth ? o = Jt(o, this.canvasWidth - this.offsetX - this.imageWidth * this.scale, -this.offsetX) : o = Jt(o, -this.offsetX, this.canvasWidth - this.offsetX - this.imageWidth * this.scale), this.imageHeight * this.scale > this.canvasHeight ? f = Jt(f, this.canvasHeight - this.offsetY - this.imageHeight * this.scale, -this.offsetY) : f = Jt(f, -this.offsetY, this.canvasHeight - this.offsetY - this.imageHeight * this.scale), this.offsetX += o, this.offsetY += f, this.startDragX = a, this.startDragY = u, this.renderCallBack();
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
function Qt(e, t) {
  if (e.startsWith("rgba"))
    return e.replace(/[\d.]+$/, t.toString());
  const i = e.match(/\d+/g);
  if (!i || i.length !== 3)
    return `rgba(50, 50, 50, ${t})`;
  const [n, r, a] = i;
  return `rgba(${n}, ${r}, ${a}, ${t})`;
}
const Hr = {
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
class Kt {
  constructor(t, i, n, r, a, u, o, f, h, l, c, d, C, m = "rgb(255, 255, 255)", E = 0.5, O = 25, p = 8, b = 2, y = 4, L = 1) {
    this.stopDrag = () => {
      this.isDragging = !1, document.removeEventListener("pointermove", this.handleDrag), document.removeEventListener("pointerup", this.stopDrag);
    }, this.handleDrag = (g) => {
      if (this.isDragging && this.pointersCache.size === 1) {
        const [A, S] = this.canvasWindow.toCanvasPoint(g.clientX, g.clientY);
        let B = (A - this.offsetMouseX) / this.canvasWindow.scale - this._xmin, P = (S - this.offsetMouseY) / this.canvasWindow.scale - this._ymin;
        const I = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, N = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        B = de(B, -this._xmin, I - this._xmax), P = de(P, -this._ymin, N - this._ymax), this._xmin += B, this._ymin += P, this._xmax += B, this._ymax += P, (B !== 0 || P !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.handleCreating = (g) => {
      if (this.isCreating && this.pointersCache.size === 1) {
        const [A, S] = this.canvasWindow.toCanvasPoint(g.clientX, g.clientY);
        let [B, P] = this.toBoxCoordinates(A, S);
        B = B / this.canvasWindow.scale, P = P / this.canvasWindow.scale, B > this._xmax ? (this.creatingAnchorX == "xmax" && (this._xmin = this._xmax), this._xmax = B, this.creatingAnchorX = "xmin") : B > this._xmin && B < this._xmax && this.creatingAnchorX == "xmin" ? this._xmax = B : B > this._xmin && B < this._xmax && this.creatingAnchorX == "xmax" ? this._xmin = B : B < this._xmin && (this.creatingAnchorX == "xmin" && (this._xmax = this._xmin), this._xmin = B, this.creatingAnchorX = "xmax"), P > this._ymax ? (this.creatingAnchorY == "ymax" && (this._ymin = this._ymax), this._ymax = P, this.creatingAnchorY = "ymin") : P > this._ymin && P < this._ymax && this.creatingAnchorY == "ymin" ? this._ymax = P : P > this._ymin && P < this._ymax && this.creatingAnchorY == "ymax" ? this._ymin = P : P < this._ymin && (this.creatingAnchorY == "ymin" && (this._ymax = this._ymin), this._ymin = P, this.creatingAnchorY = "ymax"), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopCreating = (g) => {
      if (this.isCreating = !1, document.removeEventListener("pointermove", this.handleCreating), document.removeEventListener("pointerup", this.stopCreating), this.getArea() > 0) {
        const A = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, S = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        this._xmin = de(this._xmin, 0, A - this.minSize), this._ymin = de(this._ymin, 0, S - this.minSize), this._xmax = de(this._xmax, this.minSize, A), this._ymax = de(this._ymax, this.minSize, S), this.minSize > 0 && (this.getWidth() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorX == "xmin" ? this._xmax = this._xmin + this.minSize : this._xmin = this._xmax - this.minSize), this.getHeight() / this.canvasWindow.scale < this.minSize && (this.creatingAnchorY == "ymin" ? this._ymax = this._ymin + this.minSize : this._ymin = this._ymax - this.minSize), this._xmax > A ? (this._xmin -= this._xmax - A, this._xmax = A) : this._xmin < 0 && (this._xmax -= this._xmin, this._xmin = 0), this._ymax > S ? (this._ymin -= this._ymax - S, this._ymax = S) : this._ymin < 0 && (this._ymax -= this._ymin, this._ymin = 0)), this.applyUserScale(), this.renderCallBack();
      }
      this.onFinishCreation();
    }, this.handleResize = (g) => {
      if (this.isResizing && this.pointersCache.size === 1) {
        const [A, S] = this.canvasWindow.toCanvasPoint(g.clientX, g.clientY), B = (A - this.offsetMouseX - this.resizeHandles[this.resizingHandleIndex].xmin) / this.canvasWindow.scale, P = (S - this.offsetMouseY - this.resizeHandles[this.resizingHandleIndex].ymin) / this.canvasWindow.scale, I = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale, N = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
        switch (this.resizingHandleIndex) {
          case 0:
            this._xmin += B, this._ymin += P, this._xmin = de(this._xmin, 0, this._xmax - this.minSize), this._ymin = de(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 1:
            this._xmax += B, this._ymin += P, this._xmax = de(this._xmax, this._xmin + this.minSize, I), this._ymin = de(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 2:
            this._xmax += B, this._ymax += P, this._xmax = de(this._xmax, this._xmin + this.minSize, I), this._ymax = de(this._ymax, this._ymin + this.minSize, N);
            break;
          case 3:
            this._xmin += B, this._ymax += P, this._xmin = de(this._xmin, 0, this._xmax - this.minSize), this._ymax = de(this._ymax, this._ymin + this.minSize, N);
            break;
          case 4:
            this._ymin += P, this._ymin = de(this._ymin, 0, this._ymax - this.minSize);
            break;
          case 5:
            this._xmax += B, this._xmax = de(this._xmax, this._xmin + this.minSize, I);
            break;
          case 6:
            this._ymax += P, this._ymax = de(this._ymax, this._ymin + this.minSize, N);
            break;
          case 7:
            this._xmin += B, this._xmin = de(this._xmin, 0, this._xmax - this.minSize);
            break;
        }
        (B !== 0 || P !== 0) && this.markEdited(), this.applyUserScale(), this.renderCallBack();
      }
    }, this.stopResize = () => {
      this.isResizing = !1, document.removeEventListener("pointermove", this.handleResize), document.removeEventListener("pointerup", this.stopResize);
    }, this.renderCallBack = t, this.onFinishCreation = i, this.canvasWindow = n, this.pointersCache = r, this.canvasXmin = a, this.canvasYmin = u, this.canvasXmax = o, this.canvasYmax = f, this.scaleFactor = L, this.label = h, this.isDragging = !1, this.isCreating = !1, this._xmin = l, this._ymin = c, this._xmax = d, this._ymax = C, this.xmin = this._xmin * this.canvasWindow.scale, this.ymin = this._ymin * this.canvasWindow.scale, this.xmax = this._xmax * this.canvasWindow.scale, this.ymax = this._ymax * this.canvasWindow.scale, this.isResizing = !1, this.isSelected = !1, this.offsetMouseX = 0, this.offsetMouseY = 0, this.resizeHandleSize = p, this.thickness = b, this.selectedThickness = y, this.updateHandles(), this.resizingHandleIndex = -1, this.minSize = O, this.color = m, this.alpha = E, this.creatingAnchorX = "xmin", this.creatingAnchorY = "ymin", this.state = "new", this.score = null;
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
    const t = this.resizeHandleSize / 2, i = this.getWidth(), n = this.getHeight();
    this.resizeHandles = [
      {
        // Top left
        xmin: this.xmin - t,
        ymin: this.ymin - t,
        xmax: this.xmin + t,
        ymax: this.ymin + t,
        cursor: "nwse-resize"
      },
      {
        // Top right
        xmin: this.xmax - t,
        ymin: this.ymin - t,
        xmax: this.xmax + t,
        ymax: this.ymin + t,
        cursor: "nesw-resize"
      },
      {
        // Bottom right
        xmin: this.xmax - t,
        ymin: this.ymax - t,
        xmax: this.xmax + t,
        ymax: this.ymax + t,
        cursor: "nwse-resize"
      },
      {
        // Bottom left
        xmin: this.xmin - t,
        ymin: this.ymax - t,
        xmax: this.xmin + t,
        ymax: this.ymax + t,
        cursor: "nesw-resize"
      },
      {
        // Top center
        xmin: this.xmin + i / 2 - t,
        ymin: this.ymin - t,
        xmax: this.xmin + i / 2 + t,
        ymax: this.ymin + t,
        cursor: "ns-resize"
      },
      {
        // Right center
        xmin: this.xmax - t,
        ymin: this.ymin + n / 2 - t,
        xmax: this.xmax + t,
        ymax: this.ymin + n / 2 + t,
        cursor: "ew-resize"
      },
      {
        // Bottom center
        xmin: this.xmin + i / 2 - t,
        ymin: this.ymax - t,
        xmax: this.xmin + i / 2 + t,
        ymax: this.ymax + t,
        cursor: "ns-resize"
      },
      {
        // Left center
        xmin: this.xmin - t,
        ymin: this.ymin + n / 2 - t,
        xmax: this.xmin + t,
        ymax: this.ymin + n / 2 + t,
        cursor: "ew-resize"
      }
    ];
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
    this.updateOffset(), t.beginPath(), [i, n] = this.toCanvasCoordinates(this.xmin, this.ymin), t.rect(i, n, this.getWidth(), this.getHeight()), t.fillStyle = Qt(this.color, this.alpha), t.fill(), this.isSelected ? t.lineWidth = this.selectedThickness : t.lineWidth = this.thickness;
    const r = Hr[this.state] ?? Hr.new;
    t.strokeStyle = Qt(this.color, 1), t.setLineDash(r.dash.map((c) => c * Math.max(1, t.lineWidth / 2))), t.stroke(), t.setLineDash([]), t.closePath();
    const a = this.caption();
    t.font = this.isSelected ? "bold 13px Arial" : "12px Arial";
    const u = 18, o = u, f = a.trim() === "" ? 0 : t.measureText(a).width + 10;
    let [h, l] = this.toCanvasCoordinates(this.xmin, this.ymin - u);
    if (l < 0 && (l += u), t.fillStyle = r.color, t.fillRect(h, l, o, u), t.fillStyle = "white", t.textAlign = "center", t.fillText(r.text, h + o / 2, l + 13), t.textAlign = "left", f > 0 && (t.fillStyle = Qt(this.color, 1), t.fillRect(h + o, l, f, u), t.fillStyle = cu(this.color), t.fillText(a, h + o + 5, l + 13)), t.lineWidth = 1, t.strokeStyle = "rgba(0, 0, 0, 0.6)", t.strokeRect(h, l, o + f, u), !!this.isSelected) {
      t.fillStyle = Qt(this.color, 1);
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
var du = /* @__PURE__ */ Ie('<svg width="100%" height="100%" viewBox="0 0 24 24" version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xml:space="preserve" stroke="currentColor" style="fill-rule:evenodd;clip-rule:evenodd;stroke-linecap:round;stroke-linejoin:round;"><rect x="2" y="2" width="5" height="5" rx="1" ry="1" stroke-width="2" fill="none"></rect><rect x="17" y="2" width="5" height="5" rx="1" ry="1" stroke-width="2" fill="none"></rect><rect x="2" y="17" width="5" height="5" rx="1" ry="1" stroke-width="2" fill="none"></rect><rect x="17" y="17" width="5" height="5" rx="1" ry="1" stroke-width="2" fill="none"></rect><line x1="7.5" y1="4.5" x2="16" y2="4.5" style="stroke-width:2px;"></line><line x1="7.5" y1="19.5" x2="16" y2="19.5" style="stroke-width:2px;"></line><line x1="4.5" y1="8" x2="4.5" y2="16" style="stroke-width:2px;"></line><line x1="19.5" y1="8" x2="19.5" y2="16" style="stroke-width:2px;"></line></svg>');
function vu(e) {
  var t = du();
  F(e, t);
}
var mu = /* @__PURE__ */ Ie('<svg width="100%" height="100%" viewBox="0 0 24 24" version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xml:space="preserve" stroke="currentColor" style="fill-rule:evenodd;clip-rule:evenodd;stroke-linecap:round;stroke-linejoin:round;"><path d="M 14.4 2.85 V 11.1 V 3.95 C 14.4 3.0387 15.1388 2.3 16.05 2.3 C 16.9612 2.3 17.7 3.0387 17.7 3.95 V 11.1 V 7.25 C 17.7 6.3387 18.4388 5.6 19.35 5.6 C 20.2612 5.6 21 6.3387 21 7.25 V 16.6 C 21 20.2451 18.0451 23.2 14.4 23.2 H 13.16 C 11.4831 23.2 9.8692 22.5618 8.6459 21.4149 L 3.1915 16.3014 C 2.403 15.5622 2.3829 14.3171 3.1472 13.5528 C 3.8943 12.8057 5.1057 12.8057 5.8528 13.5528 L 7.8 15.5 V 6.15 C 7.8 5.2387 8.5387 4.5 9.45 4.5 C 10.3612 4.5 11.1 5.2387 11.1 6.15 V 11.1 V 2.85 C 11.1 1.9387 11.8388 1.2 12.75 1.2 C 13.6612 1.2 14.4 1.9387 14.4 2.85 Z" fill="none" stroke-width="2"></path></svg>');
function gu(e) {
  var t = mu();
  F(e, t);
}
var bu = /* @__PURE__ */ Ie('<svg width="100%" height="100%" viewBox="0 0 24 24" version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xml:space="preserve" stroke="currentColor" style="fill-rule:evenodd;clip-rule:evenodd;stroke-linecap:round;stroke-linejoin:round;"><path d="M10 12L14 16M14 12L10 16M4 6H20M16 6L15.7294 5.18807C15.4671 4.40125 15.3359 4.00784 15.0927 3.71698C14.8779 3.46013 14.6021 3.26132 14.2905 3.13878C13.9376 3 13.523 3 12.6936 3H11.3064C10.477 3 10.0624 3 9.70951 3.13878C9.39792 3.26132 9.12208 3.46013 8.90729 3.71698C8.66405 4.00784 8.53292 4.40125 8.27064 5.18807L8 6M18 6V16.2C18 17.8802 18 18.7202 17.673 19.362C17.3854 19.9265 16.9265 20.3854 16.362 20.673C15.7202 21 14.8802 21 13.2 21H10.8C9.11984 21 8.27976 21 7.63803 20.673C7.07354 20.3854 6.6146 19.9265 6.32698 19.362C6 18.7202 6 17.8802 6 16.2V6" fill="none" stroke-width="2"></path></svg>');
function _u(e) {
  var t = bu();
  F(e, t);
}
var pu = /* @__PURE__ */ Ie('<svg width="100%" height="100%" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-width="2" style="fill-rule:evenodd;clip-rule:evenodd;stroke-linecap:round;stroke-linejoin:round;"><path d="M12,2.5L2.5,12c-.7.7-.7,1.8,0,2.4l7.1,7.1c.7.7,1.8.7,2.4,0l9.5-9.5c.3-.3.5-.8.5-1.2V3.7c0-1-.8-1.7-1.7-1.7h-7.1c-.5,0-.9.2-1.2.5ZM7.3,14.1l4.7-4.7M9.9,16.7l2.2-2.2"></path><path d="M18.5,6.3c0,.5-.4.9-.9.9s-.9-.4-.9-.9.4-.9.9-.9.9.4.9.9Z"></path></svg>');
function xu(e) {
  var t = pu();
  F(e, t);
}
var yu = /* @__PURE__ */ Ie('<svg width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" style="fill-rule:evenodd;clip-rule:evenodd;stroke-linecap:round;stroke-linejoin:round;" xmlns="http://www.w3.org/2000/svg"><path d="M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C15.9474 10 16.5286 10 17 10.0288M7 10.0288C6.41168 10.0647 5.99429 10.1455 5.63803 10.327C5.07354 10.6146 4.6146 11.0735 4.32698 11.638C4 12.2798 4 13.1198 4 14.8V16.2C4 17.8802 4 18.7202 4.32698 19.362C4.6146 19.9265 5.07354 20.3854 5.63803 20.673C6.27976 21 7.11984 21 8.8 21H15.2C16.8802 21 17.7202 21 18.362 20.673C18.9265 20.3854 19.3854 19.9265 19.673 19.362C20 18.7202 20 17.8802 20 16.2V14.8C20 13.1198 20 12.2798 19.673 11.638C19.3854 11.0735 18.9265 10.6146 18.362 10.327C18.0057 10.1455 17.5883 10.0647 17 10.0288M7 10.0288V8C7 5.23858 9.23858 3 12 3C14.7614 3 17 5.23858 17 8V10.0288"></path></svg>');
function wu(e) {
  var t = yu();
  F(e, t);
}
var Eu = /* @__PURE__ */ Ie('<svg width="100%" height="100%" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" style="fill-rule:evenodd;clip-rule:evenodd;stroke-linecap:round;stroke-linejoin:round;" xmlns="http://www.w3.org/2000/svg"><path d="M16.584 6C15.8124 4.2341 14.0503 3 12 3C9.23858 3 7 5.23858 7 8V10.0288M7 10.0288C7.47142 10 8.05259 10 8.8 10H15.2C16.8802 10 17.7202 10 18.362 10.327C18.9265 10.6146 19.3854 11.0735 19.673 11.638C20 12.2798 20 13.1198 20 14.8V16.2C20 17.8802 20 18.7202 19.673 19.362C19.3854 19.9265 18.9265 20.3854 18.362 20.673C17.7202 21 16.8802 21 15.2 21H8.8C7.11984 21 6.27976 21 5.63803 20.673C5.07354 20.3854 4.6146 19.9265 4.32698 19.362C4 18.7202 4 17.8802 4 16.2V14.8C4 13.1198 4 12.2798 4.32698 11.638C4.6146 11.0735 5.07354 10.6146 5.63803 10.327C5.99429 10.1455 6.41168 10.0647 7 10.0288Z"></path></svg>');
function Su(e) {
  var t = Eu();
  F(e, t);
}
function Cu(e) {
  const t = e - 1;
  return t * t * t + 1;
}
function Tr(e) {
  const t = typeof e == "string" && e.match(/^\s*(-?[\d.]+)([^\s]*)\s*$/);
  return t ? [parseFloat(t[1]), t[2] || "px"] : [
    /** @type {number} */
    e,
    "px"
  ];
}
function Hu(e, { delay: t = 0, duration: i = 400, easing: n = Cu, x: r = 0, y: a = 0, opacity: u = 0 } = {}) {
  const o = getComputedStyle(e), f = +o.opacity, h = o.transform === "none" ? "" : o.transform, l = f * (1 - u), [c, d] = Tr(r), [C, m] = Tr(a);
  return {
    delay: t,
    duration: i,
    easing: n,
    css: (E, O) => `
			transform: ${h} translate(${(1 - E) * c}${d}, ${(1 - E) * C}${m});
			opacity: ${f - l * O}`
  };
}
var Tu = /* @__PURE__ */ he('<li data-testid="dropdown-option" role="option"><span>✓</span> </li>'), Au = /* @__PURE__ */ he('<ul class="options svelte-v45gej" role="listbox"></ul>'), Bu = /* @__PURE__ */ he('<div class="reference"></div> <!>', 1);
function Iu(e, t) {
  Me(t, !1);
  var i = /* @__PURE__ */ U(), n = /* @__PURE__ */ U();
  let r = _(t, "choices", 8), a = _(t, "filtered_indices", 8), u = _(t, "show_options", 8, !1), o = _(t, "disabled", 8, !1), f = _(t, "selected_indices", 24, () => []), h = _(t, "active_index", 8, null), l = /* @__PURE__ */ U(), c = /* @__PURE__ */ U(), d = /* @__PURE__ */ U(), C = /* @__PURE__ */ U(), m = /* @__PURE__ */ U(), E = /* @__PURE__ */ U(), O = /* @__PURE__ */ U(), p = /* @__PURE__ */ U(), b = /* @__PURE__ */ U(), y = /* @__PURE__ */ U();
  function L() {
    const { top: R, bottom: H } = s(m).getBoundingClientRect();
    x(l, R), x(c, s(y) - H);
  }
  let g = null;
  function A() {
    u() && (g !== null && clearTimeout(g), g = setTimeout(
      () => {
        L(), g = null;
      },
      10
    ));
  }
  const S = pt();
  Ce(
    () => (z(u()), s(m), s(E), z(f()), be(i), be(n), s(d), s(c), s(l)),
    () => {
      if (u() && s(m)) {
        if (s(E) && f().length > 0) {
          let H = s(E).querySelectorAll("li");
          for (const G of Array.from(H))
            if (G.getAttribute("data-index") === f()[0].toString()) {
              x(i, s(E) === null || s(E) === void 0 ? void 0 : s(E).scrollTo) === null || be(i) === void 0 || be(i).call(s(E), 0, G.offsetTop);
              break;
            }
        }
        L();
        const R = x(n, s(m).parentElement) === null || be(n) === void 0 ? void 0 : be(n).getBoundingClientRect();
        x(d, R?.height || 0), x(C, R?.width || 0);
      }
      s(c) > s(l) ? (x(O, `${s(l)}px`), x(b, s(c)), x(p, null)) : (x(p, `${s(c) + s(d)}px`), x(b, s(l) - s(d)), x(O, null));
    }
  ), bt(), Ze();
  var B = Bu();
  re("scroll", Co, A);
  var P = Ge(B);
  Ve(P, (R) => x(m, R), () => s(m));
  var I = $(P, 2);
  {
    var N = (R) => {
      var H = Au();
      let G;
      zo(H, 5, a, Do, (Q, Y) => {
        var te = Tu();
        let ee;
        var ue = J(te);
        let fe;
        var ie = $(ue);
        we(
          (me, pe, K) => {
            ee = ye(te, 1, "item svelte-v45gej", null, ee, {
              selected: me,
              active: s(Y) === h(),
              "bg-gray-100": s(Y) === h(),
              "dark:bg-gray-600": s(Y) === h()
            }), Be(te, "data-index", s(Y)), Be(te, "aria-label", (z(r()), s(Y), q(() => r()[s(Y)][0]))), Be(te, "aria-selected", pe), fe = ye(ue, 1, "inner-item svelte-v45gej", null, fe, { hide: K }), vi(ie, ` ${z(r()), s(Y), q(() => r()[s(Y)][0]) ?? ""}`);
          },
          [
            () => f().includes(s(Y)),
            () => (z(f()), s(Y), q(() => f().includes(s(Y)))),
            () => !f().includes(s(Y))
          ]
        ), F(Q, te);
      }), Ve(H, (Q) => x(E, Q), () => s(E)), we(() => G = gi(H, "", G, {
        bottom: s(p),
        "max-height": `calc(${s(b)}px - var(--window-padding))`,
        width: s(C) + "px"
      })), Zo(3, H, () => Hu, () => ({ duration: 200, y: 5 })), re("mousedown", H, al((Q) => S("change", Q))), F(R, H);
    };
    ve(I, (R) => {
      u() && !o() && R(N);
    });
  }
  sl("innerHeight", (R) => x(y, R)), F(e, B), Oe();
}
function Pu(e, t) {
  return (e % t + t) % t;
}
function Ar(e, t) {
  return e.reduce((i, n, r) => ((!t || n[0].toLowerCase().includes(t.toLowerCase())) && i.push(r), i), []);
}
function Lu(e, t, i) {
  e("change", t), i || e("input");
}
function Ou(e, t, i) {
  if (e.key === "Escape")
    return [!1, t];
  if ((e.key === "ArrowDown" || e.key === "ArrowUp") && i.length >= 0)
    if (t === null)
      t = e.key === "ArrowDown" ? i[0] : i[i.length - 1];
    else {
      const n = i.indexOf(t), r = e.key === "ArrowUp" ? -1 : 1;
      t = i[Pu(n + r, i.length)];
    }
  return [!0, t];
}
var Mu = /* @__PURE__ */ he('<div class="icon-wrap svelte-1o5hhf5"><!></div>'), Ru = /* @__PURE__ */ he('<div><!> <div class="wrap svelte-1o5hhf5"><div><div class="secondary-wrap svelte-1o5hhf5"><input role="listbox" aria-controls="dropdown-options" autocomplete="off"/> <!></div></div> <!></div></div>');
function ku(e, t) {
  Me(t, !1);
  let i = _(t, "label", 8), n = _(t, "info", 8, void 0), r = _(t, "value", 28, () => []), a = /* @__PURE__ */ U([]), u = _(t, "value_is_output", 12, !1), o = _(t, "choices", 8), f = /* @__PURE__ */ U(), h = _(t, "disabled", 8, !1), l = _(t, "show_label", 8), c = _(t, "container", 8, !0), d = _(t, "allow_custom_value", 8, !1), C = _(t, "filterable", 8, !0), m = /* @__PURE__ */ U(), E = /* @__PURE__ */ U(!1), O = /* @__PURE__ */ U(), p = /* @__PURE__ */ U(), b = /* @__PURE__ */ U(""), y = /* @__PURE__ */ U(""), L = /* @__PURE__ */ U(!1), g = /* @__PURE__ */ U([]), A = /* @__PURE__ */ U(null), S = /* @__PURE__ */ U(null), B = /* @__PURE__ */ U();
  const P = pt();
  r() ? (x(B, o().map((k) => k[1]).indexOf(r())), x(S, s(B)), s(S) === -1 ? (x(a, r()), x(S, null)) : (((k) => {
    var V = jt(k, 2);
    x(b, V[0]), x(a, V[1]);
  })(o()[s(S)]), x(y, s(b))), R()) : o().length > 0 && (x(B, 0), x(S, 0), ((k) => {
    var V = jt(k, 2);
    x(b, V[0]), r(V[1]);
  })(o()[s(S)]), x(a, r()), x(y, s(b)));
  function I() {
    x(O, o().map((k) => k[0])), x(p, o().map((k) => k[1]));
  }
  let N = /* @__PURE__ */ U(!1);
  function R() {
    I(), r() === void 0 || Array.isArray(r()) && r().length === 0 ? (x(b, ""), x(S, null)) : s(p).includes(r()) ? (x(b, s(O)[s(p).indexOf(r())]), x(S, s(p).indexOf(r()))) : d() ? (x(b, r()), x(S, null)) : (x(b, ""), x(S, null)), x(B, s(S));
  }
  function H(k) {
    if (x(S, parseInt(k.detail.target.dataset.index)), isNaN(s(S))) {
      x(S, null);
      return;
    }
    x(E, !1), x(A, null), s(m).blur();
  }
  function G(k) {
    x(g, o().map((V, ce) => ce)), x(E, !0), s(
      m
      // typing replaces the current label
    ).select(), P("focus");
  }
  function Q() {
    d() ? r(s(b)) : x(b, s(O)[s(p).indexOf(r())]), x(E, !1), x(A, null), P("blur");
  }
  function Y(k) {
    ((V) => {
      var ce = jt(V, 2);
      x(E, ce[0]), x(A, ce[1]);
    })(Ou(k, s(A), s(g))), k.key === "Enter" && (s(A) !== null ? (x(S, s(A)), x(E, !1), s(m).blur(), x(A, null)) : s(O).includes(s(b)) ? (x(S, s(O).indexOf(s(b))), x(E, !1), x(A, null), s(m).blur()) : d() && (r(s(b)), x(S, null), x(E, !1), x(A, null), s(m).blur()), P("enter", r()));
  }
  dl(() => {
    u(!1), x(L, !0);
  }), Hn(() => {
    s(m).focus();
  }), Ce(
    () => (s(S), s(B), s(L), s(b), z(r()), z(o()), s(p)),
    () => {
      s(S) !== s(B) && s(S) !== null && s(L) && (((k) => {
        var V = jt(k, 2);
        x(b, V[0]), r(V[1]);
      })(o()[s(S)]), x(B, s(S)), P("select", {
        index: s(S),
        value: s(p)[s(S)],
        selected: !0
      }));
    }
  ), Ce(
    () => (z(r()), s(a), z(u())),
    () => {
      r() != s(a) && (R(), Lu(P, r(), u()), x(a, r()));
    }
  ), Ce(() => z(o()), () => {
    o(), I();
  }), Ce(
    () => (z(o()), s(f), z(d()), s(g), s(N), s(b), s(m)),
    () => {
      o() !== s(f) && (d() || R(), x(f, o()), x(g, s(N) ? Ar(o(), s(b)) : o().map((k, V) => V)), !d() && s(g).length > 0 && x(A, s(g)[0]), s(m) == document.activeElement && x(E, !0));
    }
  ), Ce(
    () => (s(b), s(y), s(g), s(N), z(o()), z(d())),
    () => {
      s(b) !== s(y) && (x(g, s(N) ? Ar(o(), s(b)) : o().map((k, V) => V)), x(y, s(b)), !d() && s(g).length > 0 && x(A, s(g)[0]));
    }
  ), bt(), Ze();
  var te = Ru();
  let ee;
  var ue = J(te);
  $h(ue, {
    get show_label() {
      return l();
    },
    get info() {
      return n();
    },
    children: (k, V) => {
      var ce = Oo();
      we(() => vi(ce, i())), F(k, ce);
    },
    $$slots: { default: !0 }
  });
  var fe = $(ue, 2), ie = J(fe);
  let me;
  var pe = J(ie), K = J(pe);
  let le;
  Ve(K, (k) => x(m, k), () => s(m));
  var ne = $(K, 2);
  {
    var Re = (k) => {
      var V = Mu(), ce = J(V);
      su(ce), F(k, V);
    };
    ve(ne, (k) => {
      h() || k(Re);
    });
  }
  var Ee = $(ie, 2);
  {
    let k = Le(() => s(S) === null ? [] : [s(S)]);
    Iu(Ee, {
      get show_options() {
        return s(E);
      },
      get choices() {
        return o();
      },
      get filtered_indices() {
        return s(g);
      },
      get disabled() {
        return h();
      },
      get selected_indices() {
        return s(k);
      },
      get active_index() {
        return s(A);
      },
      $$events: { change: H }
    });
  }
  we(
    (k) => {
      ee = ye(te, 1, "svelte-1o5hhf5", null, ee, { container: c() }), me = ye(ie, 1, "wrap-inner svelte-1o5hhf5", null, me, { show_options: s(E) }), Be(K, "aria-expanded", s(E)), Be(K, "aria-label", i()), le = ye(K, 1, "border-none svelte-1o5hhf5", null, le, { subdued: k }), K.disabled = h(), K.readOnly = !C();
    },
    [
      () => !s(O).includes(s(b)) && !d()
    ]
  ), rl(K, () => s(b), (k) => x(b, k)), re("keydown", K, Y), re("input", K, () => x(N, !0)), re("keyup", K, (k) => P("key_up", { key: k.key, input_value: s(b) })), re("blur", K, Q), re("focus", K, G), F(e, te), Oe();
}
var Nu = /* @__PURE__ */ he('<div style="margin-right: 8px;"><button aria-label="Lock label detail"><!></button></div>'), Du = /* @__PURE__ */ he('<button class="modal-button stop svelte-blx80o">Remove</button>'), Uu = /* @__PURE__ */ he('<div class="modal svelte-blx80o" id="model-box-edit"><div class="modal-container svelte-blx80o"><span class="model-content svelte-blx80o"><!> <div style="margin-right: 10px;"><!></div> <button class="modal-button svelte-blx80o">Cancel</button> <!> <button class="modal-button primary svelte-blx80o">OK</button></span></div></div>');
function qi(e, t) {
  Me(t, !1);
  let i = _(t, "label", 8, ""), n = _(t, "currentLabel", 12, ""), r = _(t, "choices", 24, () => []), a = _(t, "choicesColors", 24, () => []), u = _(t, "color", 8, ""), o = _(t, "currentColor", 12, ""), f = _(t, "showRemove", 8, !0), h = _(t, "labelDetailLock", 12, !1);
  const l = pt();
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
    let H = R;
    Number.isInteger(H) ? (Array.isArray(a()) && H < a().length && o(a()[H]), Array.isArray(r()) && H < r().length && n(r()[H][0])) : n(H);
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
  Hn(() => (document.addEventListener("keydown", E), n(i()), o(u()), () => {
    document.removeEventListener("keydown", E);
  })), Ze();
  var O = Uu(), p = J(O), b = J(p), y = J(b);
  {
    var L = (N) => {
      var R = Nu(), H = J(R);
      let G;
      var Q = J(H);
      {
        var Y = (ee) => {
          wu(ee);
        }, te = (ee) => {
          Su(ee);
        };
        ve(Q, (ee) => {
          h() ? ee(Y) : ee(te, -1);
        });
      }
      we(() => G = ye(H, 1, "icon svelte-blx80o", null, G, { selected: h() === !0 })), Tt("click", H, m), F(N, R);
    };
    ve(y, (N) => {
      f() || N(L);
    });
  }
  var g = $(y, 2), A = J(g);
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
  var S = $(g, 2), B = $(S, 2);
  {
    var P = (N) => {
      var R = Du();
      Tt("click", R, () => c(-1)), F(N, R);
    };
    ve(B, (N) => {
      f() && N(P);
    });
  }
  var I = $(B, 2);
  Tt("click", S, () => c(0)), Tt("click", I, () => c(1)), F(e, O), Oe();
}
di(["click"]);
const Ke = [
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
var Gu = /* @__PURE__ */ he('<button class="icon svelte-oi8vj2" aria-label="Remove box" title="Remove box (Del)"><!></button>'), zu = /* @__PURE__ */ he('<button class="icon svelte-oi8vj2" aria-label="Edit label" title="Edit label"><!></button>'), Fu = /* @__PURE__ */ he('<span class="canvas-control svelte-oi8vj2"><button aria-label="Create box" title="Create box (C)"><!></button> <button aria-label="Drag boxes" title="Drag boxes (D)"><!></button> <!> <!> <span class="separator svelte-oi8vj2"></span> <button class="icon svelte-oi8vj2" aria-label="Undo" title="Undo (Ctrl+Z)"><!></button> <button class="icon svelte-oi8vj2" aria-label="Redo" title="Redo (Ctrl+Y or Ctrl+Shift+Z)"><!></button> <span class="separator svelte-oi8vj2"></span> <button class="text-button svelte-oi8vj2" aria-label="Zoom out" title="Zoom out (-)">&minus;</button> <span class="zoom-level svelte-oi8vj2" data-testid="zoom-level" title="Zoom: wheel on the picture; drag an empty spot (or Alt-drag) to pan"> </span> <button class="text-button svelte-oi8vj2" aria-label="Zoom in" title="Zoom in (+)">+</button> <button class="text-button svelte-oi8vj2" aria-label="Fit picture" title="Fit the picture (0 or Space)">Fit</button></span> <div class="canvas-keys svelte-oi8vj2" data-testid="canvas-keys">Keys anywhere on the page: <b>C</b> draw · <b>D</b> move/resize · <b>E</b> relabel · <b>Del</b> remove · <b>Ctrl+Z</b>/<b>Ctrl+Y</b> undo/redo · wheel or <b>+</b>/<b>&minus;</b> zoom · <b>0</b> fit · drag empty spot or Alt-drag to pan</div>', 1), Xu = /* @__PURE__ */ he('<div class="annotator-container" tabindex="0"><div class="canvas-container svelte-oi8vj2"><canvas class="canvas-annotator svelte-oi8vj2"></canvas></div> <!></div> <!> <!> <!>', 1);
function Wu(e, t) {
  Me(t, !1);
  var i = /* @__PURE__ */ U();
  (function(v) {
    v[v.creation = 0] = "creation", v[v.drag = 1] = "drag";
  })(be(i) || x(i, {}));
  let n = _(t, "imageUrl", 8, null), r = _(t, "interactive", 8), a = _(t, "boxAlpha", 8, 0.5), u = _(t, "boxMinSize", 8, 10), o = _(t, "handleSize", 8), f = _(t, "boxThickness", 8), h = _(t, "boxSelectedThickness", 8), l = _(t, "value", 12), c = _(t, "choices", 24, () => []), d = _(t, "choicesColors", 24, () => []), C = _(t, "disableEditBoxes", 8, !1), m = _(t, "height", 8, "100%"), E = _(t, "width", 8, "100%"), O = _(t, "singleBox", 8, !1), p = _(t, "showRemoveButton", 12, null), b = _(t, "handlesCursor", 8, !0), y = _(t, "useDefaultLabel", 8, !1), L = _(t, "enableKeyboardShortcuts", 8, !0);
  p() === null && p(C());
  let g = /* @__PURE__ */ U(), A = /* @__PURE__ */ U(), S = /* @__PURE__ */ U(), B, P = null, I = /* @__PURE__ */ U(-1), N = /* @__PURE__ */ U(be(i).drag), R = /* @__PURE__ */ new Map(), H = /* @__PURE__ */ U(new fu(ge, R, () => s(g) !== null && s(g) !== void 0 ? s(g) : null));
  l() !== null && l().boxes.length == 0 && x(N, be(i).creation);
  let G = 0, Q = 0, Y = 0, te = 0, ee = 1, ue = 0, fe = 0, ie = /* @__PURE__ */ U(!1), me = /* @__PURE__ */ U(!1), pe = /* @__PURE__ */ U(!1), K = /* @__PURE__ */ U(y()), le = { label: "", color: "" }, ne = { x: 0, y: 0, distance: 0 };
  const Re = 100, Ee = pt();
  let k = /* @__PURE__ */ U([]), V = /* @__PURE__ */ U([]), ce = "[]", Pe = null;
  const ke = 1.25, wi = 32;
  let Lt = /* @__PURE__ */ U(100);
  function Ot() {
    var v;
    return JSON.stringify(((v = l() === null || l() === void 0 ? void 0 : l().boxes) !== null && v !== void 0 ? v : []).map((w) => {
      const T = w instanceof Kt ? w.toJSON() : w, M = T.scaleFactor || 1;
      return Object.assign(Object.assign({}, T), {
        xmin: T.xmin / M,
        ymin: T.ymin / M,
        xmax: T.xmax / M,
        ymax: T.ymax / M,
        scaleFactor: 1
      });
    }));
  }
  function Hs() {
    var v;
    return R.size > 0 || ((v = l() === null || l() === void 0 ? void 0 : l().boxes) !== null && v !== void 0 ? v : []).some((w) => w.isCreating || w.isDragging || w.isResizing) || s(me);
  }
  function Ei() {
    if (l() === null || Hs())
      return;
    const v = Ot();
    v !== ce && (x(k, [...s(k), ce].slice(-200)), x(V, []), ce = v);
  }
  function Mt() {
    Ei(), Ee("change");
  }
  function Bn(v) {
    l(l().boxes = JSON.parse(v), !0), Dn();
    for (const w of l().boxes)
      w.canvasXmin = G, w.canvasYmin = Q, w.canvasXmax = Y, w.canvasYmax = te, w.setScaleFactor(ee);
    ce = v, qe(-1), Ee("change");
  }
  function In() {
    if (s(k).length === 0)
      return;
    x(V, [...s(V), ce]);
    const v = s(k)[s(k).length - 1];
    x(k, s(k).slice(0, -1)), Bn(v);
  }
  function Pn() {
    if (s(V).length === 0)
      return;
    x(k, [...s(k), ce]);
    const v = s(V)[s(V).length - 1];
    x(V, s(V).slice(0, -1)), Bn(v);
  }
  function Ts() {
    l() !== Pe && (Pe = l(), x(k, []), x(V, []), ce = Ot());
  }
  function Ln(v, w, T) {
    const M = Math.min(wi, Math.max(1, s(H).scale * v));
    if (M === 1) {
      Nt();
      return;
    }
    const X = (w - s(H).offsetX) / s(H).scale, D = (T - s(H).offsetY) / s(H).scale;
    oe(H, s(H).offsetX = w - X * M), oe(H, s(H).offsetY = T - D * M), oe(H, s(H).scale = M), ge();
  }
  function Rt(v) {
    s(g) && Ln(v, s(g).width / 2, s(g).height / 2);
  }
  function wt(v) {
    var w = parseInt(v.slice(1, 3), 16), T = parseInt(v.slice(3, 5), 16), M = parseInt(v.slice(5, 7), 16);
    return "rgb(" + w + ", " + T + ", " + M + ")";
  }
  function kt(v) {
    const w = v.match(/(\d+(\.\d+)?)/g), T = parseInt(w[0]), M = parseInt(w[1]), X = parseInt(w[2]);
    return "#" + (1 << 24 | T << 16 | M << 8 | X).toString(16).slice(1);
  }
  function ge() {
    if (B && s(g)) {
      if (B.clearRect(0, 0, s(g).width, s(g).height), B.save(), B.translate(s(H).offsetX, s(H).offsetY), B.scale(s(H).scale, s(H).scale), P !== null) {
        switch (l().orientation) {
          case 0:
            B.drawImage(P, 0, 0, ue, fe);
            break;
          case 1:
            B.translate(ue, 0), B.rotate(Math.PI / 2), B.drawImage(P, 0, 0, fe, ue);
            break;
          case 2:
            B.translate(ue, fe), B.rotate(Math.PI), B.drawImage(P, 0, 0, ue, fe);
            break;
          case 3:
            B.translate(0, fe), B.rotate(-Math.PI / 2), B.drawImage(P, 0, 0, fe, ue);
            break;
        }
        B.restore();
      }
      for (const w of l().boxes.slice().reverse())
        w.render(B);
    }
    const v = (l() === null || l() === void 0 ? void 0 : l().picture_scale) > 0 ? l().picture_scale : 1;
    x(Lt, Math.round(s(H).scale * ee * v * 100));
  }
  function qe(v) {
    x(I, v), l().boxes.forEach((w) => {
      w.setSelected(!1);
    }), v >= 0 && v < l().boxes.length && l().boxes[v].setSelected(!0), ge();
  }
  const On = (v, w) => {
    const T = Math.sqrt(Math.pow(v.clientX - w.clientX, 2) + Math.pow(v.clientY - w.clientY, 2));
    return T < Re ? Re : T;
  };
  function As(v) {
    if (r()) {
      if (v.preventDefault(), s(g).setPointerCapture(v.pointerId), R.set(v.pointerId, v), R.size == 1)
        v.button === 1 || v.altKey ? s(
          H
          // middle button or Alt: pan, whatever the mode
        ).startDrag(v) : s(N) === be(i).creation ? Rs(v) : s(N) === be(i).drag && Bs(v);
      else if (R.size == 2) {
        oe(H, s(H).isDragging = !1), l().boxes.forEach((Ne) => {
          Ne.isCreating = !1, Ne.isDragging = !1, Ne.isResizing = !1;
        });
        const w = Array.from(R.values()), T = w[0], M = w[1], X = On(T, M), [D, ae] = s(H).toCanvasPoint((T.clientX + M.clientX) / 2, (T.clientY + M.clientY) / 2);
        ne.distance = X, ne.x = D, ne.y = ae;
      }
    }
  }
  function Bs(v) {
    const [w, T] = s(H).toCanvasPoint(v.clientX, v.clientY);
    let M = !1;
    for (const [X, D] of l().boxes.entries()) {
      if (!D.isSelected)
        continue;
      const ae = D.indexOfPointInsideHandle(w, T);
      if (ae >= 0) {
        M = !0, qe(X), D.startResize(ae, v);
        return;
      }
    }
    for (const [X, D] of l().boxes.entries())
      if (D.isPointInsideBox(w, T)) {
        M = !0, qe(X), D.startDrag(v);
        return;
      }
    O() || qe(-1), M || s(H).startDrag(v);
  }
  function Is(v) {
    r() && (R.delete(v.pointerId), s(g).releasePointerCapture(v.pointerId), Ee("change"), setTimeout(Ei, 0));
  }
  function Ps(v) {
    r() && (R.delete(v.pointerId), s(g).releasePointerCapture(v.pointerId), Ee("change"), setTimeout(Ei, 0));
  }
  function Ls(v) {
    if (r())
      if (v.preventDefault(), v.pointerType === "mouse") {
        if (!b() || l() === null || s(N) !== be(i).drag)
          return;
        const [w, T] = s(H).toCanvasPoint(v.clientX, v.clientY);
        for (const [M, X] of l().boxes.entries()) {
          if (!X.isSelected)
            continue;
          const D = X.indexOfPointInsideHandle(w, T);
          if (D >= 0) {
            oe(g, s(g).style.cursor = X.resizeHandles[D].cursor);
            return;
          }
        }
        oe(g, s(g).style.cursor = "default");
      } else {
        if (!R.has(v.pointerId))
          return;
        if (R.set(v.pointerId, v), R.size === 2) {
          const w = Array.from(R.values()), T = w[0], M = w[1], X = On(T, M), [D, ae] = s(H).toCanvasPoint((T.clientX + M.clientX) / 2, (T.clientY + M.clientY) / 2), Ne = parseFloat((s(H).scale * (X / ne.distance)).toFixed(2)), zt = Ne < 1 ? 1 : Ne, St = zt / s(H).scale;
          oe(H, s(H).offsetX = ne.x - (ne.x - s(H).offsetX) * St), oe(H, s(H).offsetY = ne.y - (ne.y - s(H).offsetY) * St);
          const Ii = D - ne.x, Ft = ae - ne.y;
          oe(H, s(H).offsetX += Ii), oe(H, s(H).offsetY += Ft), oe(H, s(H).scale = zt), ne.x = D, ne.y = ae, ne.distance = X, ge();
        }
      }
  }
  function Nt() {
    const v = s(g).width / ue, w = s(g).height / fe, T = Math.min(v, w);
    oe(H, s(H).scale = T), oe(H, s(H).offsetX = (s(g).width - ue * T) / 2), oe(H, s(H).offsetY = (s(g).height - fe * T) / 2), ge();
  }
  function Os(v) {
    var w;
    const T = v, M = ((w = T?.tagName) !== null && w !== void 0 ? w : "").toLowerCase();
    return M === "input" || M === "textarea" || M === "select" || !!T?.isContentEditable;
  }
  function Mn(v) {
    var w, T;
    if (!L() || !r() || l() === null || !s(g) || s(g).offsetParent === null || s(ie) || s(me) || s(pe) || Os(v.target))
      return;
    const M = v.key.toLowerCase(), X = v.ctrlKey || v.metaKey;
    let D = null;
    if (X && !v.altKey)
      M === "z" && !v.shiftKey ? D = In : (M === "z" && v.shiftKey || M === "y") && (D = Pn);
    else if (!v.altKey) {
      const ae = ((T = (w = v.target) === null || w === void 0 ? void 0 : w.tagName) === null || T === void 0 ? void 0 : T.toLowerCase()) === "button";
      switch (M) {
        case "delete":
        case "backspace":
          D = Et;
          break;
        case "c":
          D = Hi;
          break;
        case "d":
          D = Ti;
          break;
        case "e":
          D = kn;
          break;
        case "+":
        case "=":
          D = () => Rt(ke);
          break;
        case "-":
        case "_":
          D = () => Rt(1 / ke);
          break;
        case "0":
          D = Nt;
          break;
        case " ":
          D = ae ? null : Nt;
          break;
      }
    }
    D !== null && (v.preventDefault(), v.stopPropagation(), D());
  }
  function Si() {
    setTimeout(
      () => {
        s(S) === null || s(S) === void 0 || s(S).focus();
      },
      0
    );
  }
  function Ms(v) {
    if (!r())
      return;
    v.preventDefault();
    const [w, T] = s(H).toCanvasPoint(v.clientX, v.clientY);
    Ln(1 / (1 + v.deltaY / 1e3 * 0.5), w, T);
  }
  function Dt(v) {
    return Array.isArray(c()) ? c().findIndex((w) => w[0] === v) : -1;
  }
  function Ci(v, w) {
    const T = Dt(v);
    return T >= 0 && T < d().length ? wt(d()[T]) : w;
  }
  function Rn() {
    if (!Array.isArray(c()) || c().length === 0)
      return;
    Dt(le.label) < 0 && (le.label = c()[0][0]);
    const v = Dt(le.label);
    le.color = v < d().length ? d()[v] : "";
  }
  function Rs(v) {
    const [w, T] = s(H).toCanvasPoint(v.clientX, v.clientY), M = (w - s(H).offsetX) / s(H).scale, X = (T - s(H).offsetY) / s(H).scale;
    let D;
    le.color !== "" ? D = wt(le.color) : d().length > 0 ? D = wt(d()[0]) : O() ? l().boxes.length > 0 ? D = l().boxes[0].color : D = Ke[0] : D = Ke[l().boxes.length % Ke.length];
    let ae = new Kt(ge, Ai, s(H), R, G, Q, Y, te, "", M, X, M, X, D, a(), u(), o(), f(), h(), ee);
    ae.startCreating(), O() ? l(l().boxes = [ae], !0) : l(l().boxes = [ae, ...l().boxes], !0), qe(0), ge(), Ee("change");
  }
  function Hi() {
    x(N, be(i).creation), oe(g, s(g).style.cursor = "crosshair");
  }
  function Ti() {
    x(N, be(i).drag), oe(g, s(g).style.cursor = "default");
  }
  function Ai() {
    s(I) >= 0 && s(I) < l().boxes.length && (l().boxes[s(I)].getArea() < 1 ? Et() : (C() || (s(K) ? Gs() : x(me, !0)), O() && Ti()));
  }
  function kn() {
    s(I) >= 0 && s(I) < l().boxes.length && !C() && x(ie, !0);
  }
  function ks(v) {
    r() && kn();
  }
  function Ns(v) {
    x(ie, !1), Si();
    const { detail: w } = v;
    let T = w.label, M = w.color, X = w.ret;
    if (s(I) >= 0 && s(I) < l().boxes.length) {
      let D = l().boxes[s(I)];
      X == 1 ? (D.label !== T && D.markEdited(), D.label = T, D.color = Ci(T, wt(M)), Dt(T) >= 0 && (le.label = T, le.color = M), ge(), Mt()) : X == -1 && Et();
    }
  }
  function Ds(v) {
    x(me, !1), Si();
    const { detail: w } = v;
    let T = w.label, M = w.color, X = w.ret, D = w.lock;
    if (s(I) >= 0 && s(I) < l().boxes.length) {
      let ae = l().boxes[s(I)];
      X == 1 ? (x(K, D), le.label = T, le.color = M, ae.label = T, ae.color = Ci(T, wt(M)), ge(), Mt()) : Et();
    }
  }
  function Us(v) {
    x(pe, !1), Si();
    const { detail: w } = v;
    let T = w.label, M = w.color, X = w.ret, D = w.lock;
    X == 1 && (x(K, D), le.label = T, le.color = M);
  }
  function Gs() {
    if (s(I) >= 0 && s(I) < l().boxes.length) {
      let v = l().boxes[s(I)];
      v.label = le.label, v.color = Ci(v.label, v.color), ge(), Mt();
    }
  }
  function Et() {
    s(I) >= 0 && s(I) < l().boxes.length && (l().boxes.splice(s(I), 1), qe(-1), O() && Hi(), Mt());
  }
  function Ut() {
    if (s(g)) {
      const v = s(g).clientWidth;
      if (v === 0)
        return;
      ee = 1;
      let w;
      if (s(H).setRotatedImage(P), P !== null) {
        const T = s(H).imageRotatedWidth, M = s(H).imageRotatedHeight, X = typeof m() == "number" && m() > 0 ? m() : 1 / 0;
        ee = Math.min(1, v / T, X / M), ue = Math.round(T * ee), fe = Math.round(M * ee), G = (v - ue) / 2, Q = 0, Y = G + ue, te = fe, w = fe, oe(H, s(H).imageWidth = ue), oe(H, s(H).imageHeight = fe);
      } else
        G = 0, Q = 0, Y = v, te = s(g).clientHeight, w = s(g).clientHeight;
      if (s(g).width !== v && oe(g, s(g).width = v), s(g).height !== w && oe(g, s(g).height = w), s(H).resize(s(g).width, s(g).height, G, Q), Y > 0 && te > 0)
        for (const T of l().boxes)
          T.canvasXmin = G, T.canvasYmin = Q, T.canvasXmax = Y, T.canvasYmax = te, T.setScaleFactor(ee);
      ge();
    }
  }
  let Nn = -1;
  const zs = new ResizeObserver(() => {
    const v = s(A) ? s(A).clientWidth : 0;
    v !== Nn && (Nn = v, Ut());
  });
  function Dn() {
    for (let v = 0; v < l().boxes.length; v++) {
      let w = l().boxes[v];
      if (w instanceof Kt)
        w.pointersCache !== R && w.attach(ge, Ai, s(H), R);
      else {
        let T = "", M = "";
        w.hasOwnProperty("color") ? (T = w.color, Array.isArray(T) && T.length === 3 && (T = `rgb(${T[0]}, ${T[1]}, ${T[2]})`)) : T = Ke[v % Ke.length], w.hasOwnProperty("label") && (M = w.label);
        let X = 1;
        w.hasOwnProperty("scaleFactor") && (X = w.scaleFactor);
        const D = ["predicted", "accepted", "new"].includes(w.state) ? w.state : "new", ae = typeof w.score == "number" ? w.score : null;
        w = new Kt(ge, Ai, s(H), R, G, Q, Y, te, M, w.xmin, w.ymin, w.xmax, w.ymax, T, a(), u(), o(), f(), h(), X), w.state = D, w.score = ae, l(l().boxes[v] = w, !0);
      }
    }
  }
  function Un() {
    n() !== null && (P === null || P.src != n()) && (P = new Image(), P.src = n(), P.onload = function() {
      Ut(), ge();
    });
  }
  Hn(() => {
    if (Array.isArray(c()) && c().length > 0) {
      if (!Array.isArray(d()) || d().length == 0)
        for (let v = 0; v < c().length; v++) {
          let w = Ke[v % Ke.length];
          d().push(kt(w));
        }
      Rn();
    }
    return document.addEventListener("keydown", Mn), B = s(g).getContext("2d"), zs.observe(s(A)), s(I) < 0 && l() !== null && l().boxes.length > 0 && qe(0), Un(), Ut(), ge(), () => document.removeEventListener("keydown", Mn);
  }), Ce(
    () => (z(c()), z(d())),
    () => {
      c(), d(), Rn();
    }
  ), Ce(() => z(l()), () => {
    l(), oe(H, s(H).orientation = l().orientation), Un(), Dn(), Ut(), Ts(), ge();
  }), bt(), Ze();
  var Gn = Xu(), Gt = Ge(Gn), Bi = J(Gt), ze = J(Bi);
  Ve(ze, (v) => x(g, v), () => s(g)), Ve(Bi, (v) => x(A, v), () => s(A));
  var Fs = $(Bi, 2);
  {
    var Xs = (v) => {
      var w = Fu(), T = Ge(w), M = J(T);
      let X;
      var D = J(M);
      vu(D);
      var ae = $(M, 2);
      let Ne;
      var zt = J(ae);
      gu(zt);
      var St = $(ae, 2);
      {
        var Ii = (Je) => {
          var Qe = Gu(), Pi = J(Qe);
          _u(Pi), re("click", Qe, () => Et()), F(Je, Qe);
        };
        ve(St, (Je) => {
          p() && Je(Ii);
        });
      }
      var Ft = $(St, 2);
      {
        var Zs = (Je) => {
          var Qe = zu(), Pi = J(Qe);
          xu(Pi), re("click", Qe, () => x(pe, !0)), F(Je, Qe);
        };
        ve(Ft, (Je) => {
          !C() && s(K) && Je(Zs);
        });
      }
      var Xt = $(Ft, 4), qs = J(Xt);
      uu(qs);
      var Wt = $(Xt, 2), Js = J(Wt);
      lu(Js);
      var Xn = $(Wt, 4), Wn = $(Xn, 2), Qs = Ho(Wn), Yn = $(Wn, 2), Ks = $(Yn, 2);
      we(() => {
        X = ye(M, 1, "icon svelte-oi8vj2", null, X, { selected: s(N) === be(i).creation }), Ne = ye(ae, 1, "icon svelte-oi8vj2", null, Ne, { selected: s(N) === be(i).drag }), Xt.disabled = (s(k), q(() => s(k).length === 0)), Wt.disabled = (s(V), q(() => s(V).length === 0)), vi(Qs, `${s(Lt) ?? ""}%`);
      }), re("click", M, () => Hi()), re("click", ae, () => Ti()), re("click", Xt, () => In()), re("click", Wt, () => Pn()), re("click", Xn, () => Rt(1 / ke)), re("click", Yn, () => Rt(ke)), re("click", Ks, () => Nt()), F(v, w);
    };
    ve(Fs, (v) => {
      r() && v(Xs);
    });
  }
  Ve(Gt, (v) => x(S, v), () => s(S));
  var zn = $(Gt, 2);
  {
    var Ws = (v) => {
      {
        let w = Le(() => (s(I), z(l()), q(() => s(I) >= 0 && s(I) < l().boxes.length ? l().boxes[s(I)].label : ""))), T = Le(() => (s(I), z(l()), q(() => s(I) >= 0 && s(I) < l().boxes.length ? kt(l().boxes[s(I)].color) : "")));
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
            return s(T);
          },
          $$events: {
            change: Ns,
            "enter{onModalEditChange}": function(M) {
              zi.call(this, t, M);
            }
          }
        });
      }
    };
    ve(zn, (v) => {
      s(ie) && v(Ws);
    });
  }
  var Fn = $(zn, 2);
  {
    var Ys = (v) => {
      {
        let w = Le(() => (s(I), z(l()), q(() => s(I) >= 0 && s(I) < l().boxes.length ? l().boxes[s(I)].label : ""))), T = Le(() => (s(I), z(l()), q(() => s(I) >= 0 && s(I) < l().boxes.length ? kt(l().boxes[s(I)].color) : "")));
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
            return s(T);
          },
          get labelDetailLock() {
            return s(K);
          },
          $$events: {
            change: Ds,
            "enter{onModalNewChange}": function(M) {
              zi.call(this, t, M);
            }
          }
        });
      }
    };
    ve(Fn, (v) => {
      s(me) && v(Ys);
    });
  }
  var js = $(Fn, 2);
  {
    var Vs = (v) => {
      {
        let w = Le(() => (s(I), z(l()), q(() => s(I) >= 0 && s(I) < l().boxes.length ? l().boxes[s(I)].label : ""))), T = Le(() => (s(I), z(l()), q(() => s(I) >= 0 && s(I) < l().boxes.length ? kt(l().boxes[s(I)].color) : "")));
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
            return s(T);
          },
          get labelDetailLock() {
            return s(K);
          },
          $$events: {
            change: Us,
            "enter{onDefaultLabelEditChange}": function(M) {
              zi.call(this, t, M);
            }
          }
        });
      }
    };
    ve(js, (v) => {
      s(pe) && v(Vs);
    });
  }
  we(() => gi(ze, `height: ${m() ?? ""}; width: ${E() ?? ""};`)), re("pointerdown", ze, As), re("pointerup", ze, Is), re("pointermove", ze, Ls), re("pointercancel", ze, Ps), re("dblclick", ze, ks), re("wheel", ze, Ms), re("click", Gt, () => s(S).focus()), F(e, Gn), Oe();
}
function Yu(e, t) {
  Me(t, !1);
  const i = /* @__PURE__ */ U();
  let n = _(t, "src", 8, void 0), r = _(t, "interactive", 8), a = _(t, "boxesAlpha", 8), u = _(t, "labelList", 8), o = _(t, "labelColors", 8), f = _(t, "boxMinSize", 8), h = _(t, "handleSize", 8), l = _(t, "boxThickness", 8), c = _(t, "height", 8), d = _(t, "width", 8), C = _(t, "boxSelectedThickness", 8), m = _(t, "value", 12), E = _(t, "disableEditBoxes", 8), O = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), b = _(t, "handlesCursor", 8), y = _(t, "useDefaultLabel", 8), L = _(t, "enableKeyboardShortcuts", 8);
  const g = pt();
  Ce(() => z(n()), () => {
    x(i, n());
  }), bt(), Ze(), Wu(e, {
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
    $$events: { change: () => g("change") },
    $$legacy: !0
  }), Oe();
}
var ju = /* @__PURE__ */ he("<div><!></div>"), Vu = /* @__PURE__ */ he('<!> <div data-testid="image" class="image-container svelte-4p70gr"><div class="upload-container svelte-4p70gr"><!></div></div>', 1);
function Zu(e, t) {
  Me(t, !1);
  let i = _(t, "value", 12), n = _(t, "label", 8, void 0), r = _(t, "show_label", 8), a = _(t, "selectable", 8, !1), u = _(t, "interactive", 8), o = _(t, "boxesAlpha", 8), f = _(t, "labelList", 8), h = _(t, "labelColors", 8), l = _(t, "boxMinSize", 8), c = _(t, "handleSize", 8), d = _(t, "height", 8), C = _(t, "width", 8), m = _(t, "boxThickness", 8), E = _(t, "disableEditBoxes", 8), O = _(t, "singleBox", 8), p = _(t, "showRemoveButton", 8), b = _(t, "handlesCursor", 8), y = _(t, "boxSelectedThickness", 8), L = _(t, "useDefaultLabel", 8), g = _(t, "enableKeyboardShortcuts", 8);
  const A = pt();
  Ze();
  var S = Vu(), B = Ge(S);
  {
    let G = Le(() => n() || "Image Annotator");
    tu(B, {
      get show_label() {
        return r();
      },
      get Icon() {
        return Cs;
      },
      get label() {
        return s(G);
      }
    });
  }
  var P = $(B, 2), I = J(P), N = J(I);
  {
    var R = (G) => {
      var Q = Wr(), Y = Ge(Q);
      mi(Y, t, "default", {}), F(G, Q);
    }, H = (G) => {
      var Q = ju();
      let Y;
      var te = J(Q);
      Yu(te, {
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
          return O();
        },
        get disableEditBoxes() {
          return E();
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
          return L();
        },
        get enableKeyboardShortcuts() {
          return g();
        },
        get src() {
          return z(i()), q(() => i().image.url);
        },
        get value() {
          return i();
        },
        set value(ee) {
          i(ee);
        },
        $$events: { change: () => A("change") },
        $$legacy: !0
      }), we(() => Y = ye(Q, 1, "image-frame svelte-4p70gr", null, Y, { selectable: a() })), F(G, Q);
    };
    ve(N, (G) => {
      i() == null ? G(R) : G(H, -1);
    });
  }
  F(e, S), Oe();
}
var qu = /* @__PURE__ */ he('<img alt=""/>'), Ju = /* @__PURE__ */ he("<div><!></div>");
function ef(e, t) {
  Me(t, !1);
  let i = _(t, "value", 8), n = _(t, "type", 8), r = _(t, "selected", 8, !1);
  Ze();
  var a = Ju();
  let u;
  var o = J(a);
  {
    var f = (h) => {
      var l = qu();
      we(() => Be(l, "src", (z(i()), q(() => i().url)))), F(h, l);
    };
    ve(o, (h) => {
      i() && h(f);
    });
  }
  we(() => u = ye(a, 1, "container svelte-1uec0xe", null, u, {
    table: n() === "table",
    gallery: n() === "gallery",
    selected: r(),
    border: i()
  })), F(e, a), Oe();
}
var Qu = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]);
function tf(e, t) {
  Me(t, !0);
  var i = this && this.__awaiter || function(f, h, l, c) {
    function d(C) {
      return C instanceof l ? C : new l(function(m) {
        m(C);
      });
    }
    return new (l || (l = Promise))(function(C, m) {
      function E(b) {
        try {
          p(c.next(b));
        } catch (y) {
          m(y);
        }
      }
      function O(b) {
        try {
          p(c.throw(b));
        } catch (y) {
          m(y);
        }
      }
      function p(b) {
        b.done ? C(b.value) : d(b.value).then(E, O);
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
  const r = /* @__PURE__ */ fl(t, Qu), a = new n(r);
  let u = a.props.value, o = !1;
  ct(() => {
    if (!o) {
      u = a.props.value, o = !0;
      return;
    }
    u !== a.props.value && (u = a.props.value, a.dispatch("change"));
  }), Qh(e, {
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
              Cs(d);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
    },
    $$slots: { default: !0 }
  }), Oe();
}
export {
  ef as BaseExample,
  tf as default
};
