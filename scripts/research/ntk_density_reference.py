"""Independent high-precision check of ntkQuadratic's density (relu, a = ±1, γ₁ = 0.5, γ₂ = 1).

Law: s(z) solves s = 1/(−z + h(s)), h(s) = ∫ t dν(t)/(1 + γ₁ t s) (companion MP map), with
ν = law of t = α² χ + δ, χ = ½ (ρ∗ρ) + ½ δ₀, ρ = mp(1) (docs/design.md §2). Using
h(s) = (1/(γs))(1 − s_ν(w)/(γs)), w = −1/(γs), and
s_ν(w) = ½/(δ − w) + ½ (1/α²) s_{ρ∗ρ}((w − δ)/α²),  s_{ρ∗ρ}(u) = ∫ s_ρ(u − x) dρ(x),
with s_ρ the closed-form MP(1) transform and the last integral by mpmath (tanh–sinh, 25 digits,
split at the near-singular points). Starting from the library's boundary values (read from
/tmp/ntk_density.json, written by bench_ntk_density.mts) Newton's method with these transforms
at z = x + 1e-13 i (which keeps it on the right branch; the shift moves s by ~1e-13|s′|) gives the reference; we report max |density_lib − density_ref|.
Run: python3 scripts/research/ntk_density_reference.py
"""
import json
import mpmath as mp

mp.mp.dps = 25
data = json.load(open('/tmp/ntk_density.json'))
alpha2 = mp.mpf(data['alpha']) ** 2
delta = mp.mpf(data['delta'])
g = mp.mpf(data['gamma1'])

def s_mp1(u):
    # MP(1) Stieltjes s(u) = ∫ dρ/(x − u) = (−u + sqrt(u² − 4u))/(2u), branch with Im s > 0 on C⁺
    r = mp.sqrt(u * u - 4 * u)
    s = (-u + r) / (2 * u)
    if mp.im(s) < 0 or (mp.im(u) > 0 and mp.im(s) <= 0):
        s = (-u - r) / (2 * u)
    return s

def rho(x):
    return mp.sqrt(x * (4 - x)) / (2 * mp.pi * x)

def s_conv(u):
    # ∫_0^4 s_ρ(u − x) ρ(x) dx, singular points of s_ρ(u − x) at x = Re u and Re u − 4
    pts = [mp.mpf(0)] + [p for p in (mp.re(u) - 4, mp.re(u)) if 0 < p < 4] + [mp.mpf(4)]
    return mp.quad(lambda x: s_mp1(u - x) * rho(x), pts)

def s_nu(w):
    return mp.mpf('0.5') / (delta - w) + mp.mpf('0.5') / alpha2 * s_conv((w - delta) / alpha2)

def F(s, z):
    gs = g * s
    w = -1 / gs
    h = (1 / gs) * (1 - s_nu(w) / gs)
    return s * (-z + h) - 1

err = 0.0
worst = None
step = max(1, len(data['x']) // int(__import__('os').environ.get('POINTS', '1000')))
count = 0
for i in range(0, len(data['x']), step):
    x = mp.mpf(data['x'][i])
    s = mp.mpc(data['re'][i], data['im'][i])
    z = mp.mpc(x, mp.mpf('1e-13'))  # a hair above the axis: Newton stays on the branch of s(x + i0)
    for _ in range(3):
        f = F(s, z)
        h = mp.mpf('1e-12') * (1 + abs(s))
        df = (F(s + h, z) - F(s - h, z)) / (2 * h)
        ds = f / df
        s = s - ds
        if abs(ds) < mp.mpf('1e-16') * abs(s):
            break
    e = abs(float(mp.im(s)) / float(mp.pi) - data['im'][i] / 3.141592653589793)
    count += 1
    if e > err:
        err, worst = e, float(x)
print(f"points checked: {count}; max |density error| = {err:.3e} (at x = {worst})")
