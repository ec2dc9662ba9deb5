// Margin → probability: a one-feature logistic regression fitted by Newton's method on the dev
// split's decoded names (was the name exactly right?). Deterministic: fixed start, fixed iterations.

export function fitLogistic(
  margins: readonly number[],
  correct: readonly boolean[],
): { a: number; b: number } {
  let a = 0;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    // Gradient and Hessian of the log-likelihood, with a small ridge so separable data stays finite.
    let ga = -1e-3 * a;
    let gb = 0;
    let haa = 1e-3;
    let hab = 0;
    let hbb = 1e-6;
    for (let k = 0; k < margins.length; k++) {
      const x = margins[k];
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const err = (correct[k] ? 1 : 0) - p;
      const v = p * (1 - p);
      ga += err * x;
      gb += err;
      haa += v * x * x;
      hab += v * x;
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  return { a: round(a), b: round(b) };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
