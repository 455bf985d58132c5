import { ntkQuadratic } from "../../src/laws/index.js";
console.log(ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "relu" }).support());
