/**
 * Example: the MP map of a two-atom population, in both conventions, on the real axis.
 * Run: npx tsx scripts/mp-map.ts          (in your project import from "limspec")
 */
import { atoms, autoGrid, densityOnGrid, moments, mpMap, mpMapSilverstein, supportEdges } from "../src/index.js";

const nu = atoms([1, 4], [0.5, 0.5]);
for (const gamma of [0.5, 10]) {
  const law = mpMap(gamma, nu); // law of (1/N) Z D Zᵀ, n/N → γ, spec(D) → ν
  const { x, density, residual } = densityOnGrid(law, autoGrid(law, 400));
  const peak = density.reduce((best, d, i) => (d > density[best] ? i : best), 0);
  console.log(`mpMap(${gamma}, ½δ₁ + ½δ₄)`);
  console.log(`  support  ${JSON.stringify(supportEdges(law).map(([a, b]) => [+a.toFixed(6), +b.toFixed(6)]))}`);
  console.log(`  atoms    ${JSON.stringify(law.atoms)}`);
  console.log(`  moments  ${moments(law, 3).map((m) => m.toFixed(6)).join(", ")}   (m₂ = (Et)² + γ Et²)`);
  console.log(`  peak     density ${density[peak].toFixed(6)} at x = ${x[peak].toFixed(4)}; max residual ${Math.max(...residual).toExponential(1)}`);
}
// The Silverstein–Bai convention (1/N) T^{1/2} Z Zᵀ T^{1/2} splits into two bulks for small γ:
console.log(`mpMapSilverstein(0.05, ν) support ${JSON.stringify(supportEdges(mpMapSilverstein(0.05, nu)).map(([a, b]) => [+a.toFixed(6), +b.toFixed(6)]))}`);
