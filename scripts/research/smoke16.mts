import { ntkQuadraticOutliers, ntkQuadratic } from "../../src/laws/index.js";
const a = Array.from({ length: 20 }, (_, i) => (i % 2 ? 1 : -1) * (0.5 + i / 20));
console.log(ntkQuadraticOutliers({ n: 200, d: 20, p: 20, activation: "relu", a }).count);
console.log(ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "relu", a: [1, -1, 1, -1] }).expr);
