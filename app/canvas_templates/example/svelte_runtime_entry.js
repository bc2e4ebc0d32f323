import { a as V, d as x, s as m, b as y, c as F, e as g, B as A, f as q, g as E, q as C, D as M, h as Y, i as L, j as O, l as D, n as I, o as j, r as z, H as G, t as H, u as U, E as $, v as J, w as K, x as W, y as P, z as Q, A as X, C as Z, F as ee, G as te, I as re, J as ne, K as se } from "./runtime-J__SldBd.js";
const ae = ["touchstart", "touchmove"];
function ie(t) {
  return ae.includes(t);
}
const p = /* @__PURE__ */ Symbol("events"), w = /* @__PURE__ */ Symbol("propagation stopped at"), oe = /* @__PURE__ */ new Set(), N = /* @__PURE__ */ new Set(), v = /* @__PURE__ */ new Map();
function fe(t) {
  var e = /* @__PURE__ */ new Set(), r = (n) => {
    for (var i = 0; i < n.length; i++) {
      var s = n[i];
      if (!e.has(s)) {
        e.add(s);
        var a = ie(s);
        for (const f of [t, document]) {
          var o = v.get(f);
          o === void 0 && (o = /* @__PURE__ */ new Map(), v.set(f, o));
          var _ = o.get(s);
          _ === void 0 ? (f.addEventListener(s, B, { passive: a }), o.set(s, 1)) : o.set(s, _ + 1);
        }
      }
    }
  };
  return r(V(oe)), N.add(r), () => {
    for (var n of e)
      for (const a of [t, document]) {
        var i = (
          /** @type {Map<string, number>} */
          v.get(a)
        ), s = (
          /** @type {number} */
          i.get(n)
        );
        --s == 0 ? (a.removeEventListener(n, B), i.delete(n), i.size === 0 && v.delete(a)) : i.set(n, s);
      }
    N.delete(r);
  };
}
let S = null, T = !1;
function B(t) {
  var e = this, r = t.cancelBubble;
  if (!(r && t[w] === e)) {
    r || delete t[w];
    var n = (
      /** @type {Node} */
      e.ownerDocument
    ), i = t.type, s = t.composedPath?.() || [], a = (
      /** @type {null | Element} */
      s[0] || t.target
    );
    S = t, T || (T = !0, setTimeout(() => {
      T = !1, S = null;
    }));
    var o = 0, _ = S === t && t[p];
    if (_) {
      var f = s.indexOf(_);
      if (f !== -1 && (e === document || e === /** @type {any} */
      window)) {
        t[p] = e;
        return;
      }
      var c = s.indexOf(e);
      if (c === -1)
        return;
      f <= c && (o = f);
    }
    if (a = /** @type {Element} */
    s[o] || t.target, a !== e) {
      x(t, "currentTarget", {
        configurable: !0,
        get() {
          return a || n;
        }
      });
      var u = F, b = g;
      m(null), y(null);
      try {
        for (var l, d = []; a !== null && a !== e; ) {
          try {
            var k = a[p]?.[i];
            k != null && (!/** @type {any} */
            a.disabled || // DOM could've been updated already by the time this is reached, so we check this as well
            // -> the target could not have been disabled because it emits the event in the first place
            t.target === a) && k.call(a, t);
          } catch (h) {
            l ? d.push(h) : l = h;
          }
          if (t.cancelBubble) {
            r || (t[w] = e);
            break;
          }
          o++, a = o < s.length ? (
            /** @type {Element} */
            s[o]
          ) : null;
        }
        if (l) {
          for (let h of d)
            queueMicrotask(() => {
              throw h;
            });
          throw l;
        }
      } finally {
        a = null, t[p] = e, delete t.currentTarget, m(u), y(b);
      }
    }
  }
}
var le = $ | J;
class _e {
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
  #t;
  /** @type {TemplateNode | null} */
  #d = null;
  /** @type {BoundaryProps} */
  #r;
  /** @type {((anchor: Node) => void)} */
  #s;
  /** @type {Effect} */
  #e;
  /** @type {Effect | null} */
  #a = null;
  /** @type {Effect | null} */
  #i = null;
  /** @type {Effect | null} */
  #n = null;
  /** @type {DocumentFragment | null} */
  #o = null;
  /**
   * The number of pending async deriveds/expressions. Public so that `pending()` can
   * create the `effect_pending` source with the current count
   */
  local_pending_count = 0;
  #h = !1;
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
  constructor(e, r, n, i) {
    this.#t = e, this.#r = r, this.#s = (s) => {
      var a = (
        /** @type {Effect} */
        g
      );
      a.b = this, a.f |= A, n(s);
    }, this.parent = /** @type {Effect} */
    g.b, this.transform_error = i ?? this.parent?.transform_error ?? ((s) => s), this.#e = q(() => {
      this.#_();
    }, le);
  }
  #p() {
    try {
      this.#a = E(() => this.#s(this.#t));
    } catch (e) {
      this.error(e);
    }
  }
  /**
   * @param {unknown} error The deserialized error from the server's hydration comment
   */
  #v(e) {
    const r = this.#r.failed, { reset: n, invoke_onerror: i } = this.#u(e);
    C(i), r && (this.#n = E(() => {
      r(
        this.#t,
        () => e,
        () => n
      );
    }));
  }
  /**
   * Creates the `reset` function for a failed boundary, along with a function
   * that invokes `onerror` with it (if provided)
   * @param {unknown} error
   * @returns {{ reset: () => void, invoke_onerror: () => void }}
   */
  #u(e) {
    var r = !1, n = !1;
    const i = () => {
      if (!this.#l()) {
        if (r) {
          K();
          return;
        }
        r = !0, n && W(), this.#n !== null && I(this.#n, () => {
          this.#n = null;
        }), this.#c(() => {
          this.#_();
        });
      }
    };
    return { reset: i, invoke_onerror: () => {
      if (!this.#l())
        try {
          n = !0, this.#r.onerror?.(e, i), n = !1;
        } catch (a) {
          H(a, this.#e && this.#e.parent);
        }
    } };
  }
  #l() {
    return (this.#e.f & (M | Y)) !== 0;
  }
  #g() {
    this.#r.pending;
  }
  #_() {
    try {
      this.local_pending_count = 0, this.#a = E(() => {
        this.#s(this.#t);
      });
      const n = L ? this.#r.pending : void 0;
      var e = O.ensure(), r;
      n && this.is_ready(e);
    } catch (n) {
      this.error(n);
    }
  }
  /**
   * Defer an effect inside a pending boundary until the boundary resolves
   * @param {Effect} effect
   */
  defer_effect(e) {
    this.#f.push(e);
  }
  /**
   * @template T
   * @param {() => T} fn
   */
  #c(e) {
    var r = g, n = F, i = P;
    y(this.#e), m(this.#e), D(this.#e.ctx);
    try {
      return O.ensure(), e();
    } finally {
      y(r), m(n), D(i);
    }
  }
  /**
   * @param {Batch} batch
   */
  is_ready(e) {
    return e.is_boundary_ready(
      /** @type {Effect} */
      this.#a
    );
  }
  reveal() {
    this.is_pending = !1, this.#i && I(this.#i, () => {
      this.#i = null;
    }), this.#o && (j(this.#t, this.#o), this.#o = null);
  }
  /**
   * @param {Effect[]} queue
   */
  queue_effects(e) {
    for (const r of this.#f)
      z(r, U), e.push(r);
    this.#f.length = 0;
  }
  /**
   * Update the source that powers `$effect.pending()` inside this boundary.
   * Do not call from inside the class
   * @param {1 | -1} d
   */
  update_effect_pending(e) {
  }
  /** @param {unknown} error */
  error(e) {
    throw e;
  }
  /**
   * @param {unknown} error
   */
  #m(e) {
  }
}
function me(t, e) {
  return ue(t, e);
}
function ue(t, e) {
  return ce(t, e);
}
function ce(t, { target: e, anchor: r, props: n = {}, events: i, context: s, intro: a = !0, transformError: o, renderer: _ }) {
  var f = void 0, c = Q(() => {
    var u = r ?? /** @type {Text} */
    X(
      /** @type {Node} */
      e,
      Z()
    );
    new _e(
      /** @type {TemplateNode} */
      u,
      {
        pending: () => {
        }
      },
      (l) => {
        ee({});
        var d = (
          /** @type {ComponentContext} */
          P
        );
        s && (d.c = s), i && (n.$$events = i), f = t(l, n) || te(), re();
      },
      o
    );
    var b = _ ? null : fe(
      /** @type {EventTarget} */
      e
    );
    return () => {
      if (b?.(), u !== r) {
        var l = ne(
          /** @type {Node} */
          u
        );
        l && se(
          l,
          /** @type {ChildNode} */
          u
        );
      }
    };
  });
  return R.set(f, c), f;
}
let R = /* @__PURE__ */ new WeakMap();
function ye(t, e) {
  const r = R.get(t);
  return r ? (R.delete(t), r(e)) : Promise.resolve();
}
const de = "5";
typeof window < "u" && ((globalThis.__svelte ??= {}).v ??= /* @__PURE__ */ new Set()).add(de);
const be = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null
}, Symbol.toStringTag, { value: "Module" }));
export {
  be as SVELTE_VERSION,
  me as mount,
  ye as unmount
};
