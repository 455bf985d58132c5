import { ntkQuadratic, ntkCoefficients, ntkQuadraticOutliers } from "../../src/laws/index.js";
const co = ntkCoefficients("tanh");
console.log(co.m0, co.alpha, co.beta2, co.delta, co.hermite2);
const law = ntkQuadratic({ nOverDp: 1, pOverD: 1, activation: "tanh" });
console.log(law.expr, law.hull, law.atoms);
for (const x of [0.01, 0.1, 0.2, 0.3]) console.log(x, law.stieltjes({ re: x, im: 0 }));
console.log(ntkQuadraticOutliers({ n: 400, d: 20, p: 20, activation: "tanh" }));
