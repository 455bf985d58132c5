import { conjugateKernel } from "../../src/laws/index.js";
const law = conjugateKernel({ nOverD: 1, widthOverD: [1.5, 1], activation: "tanh" });
console.log(law.hull, law.atoms);
const w = law.hull[1] - law.hull[0];
for (const x of [1e-9 * w, 1e-7 * w, 1e-4 * w, 0.01 * w, 0.1 * w, 0.3 * w]) console.log(x, law.stieltjes({ re: x, im: 0 }));
