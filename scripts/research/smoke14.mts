import { ntkQuadratic } from "../../src/laws/index.js";
for (const act of ["tanh", "relu", "quadratic"]) {
  const t = performance.now();
  const law = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: act, a: "gaussian", deterministicEquivalent: { size: 576 } });
  const s = law.stieltjes({ re: 0.3, im: 0 });
  console.log(act, law.hull, s, (performance.now() - t).toFixed(0), "ms");
}
