// graphology's packages are CommonJS with `export default` typings. Under the project's NodeNext
// type-checking the default import is typed as the module object, while Vite hands over
// module.exports itself; this returns the function either way.
export function interop<T>(mod: T | { default: T }): T {
  return typeof mod === "function" ? (mod as T) : (mod as { default: T }).default;
}
