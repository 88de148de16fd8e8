/**
 * Rendering dot to SVG with Graphviz compiled to WebAssembly (`@viz-js/viz`, an optional
 * dependency of typegrad: installed by default, loaded only here, on the first call). The
 * runtime itself depends on nothing.
 */
const PACKAGE = "@viz-js/viz";
let viz;
async function load(name) {
    let module;
    try {
        module = (await import(name));
    }
    catch (cause) {
        throw new Error(`typegrad: toSVG draws with Graphviz compiled to WebAssembly from the package ${name}, which could not be loaded. ` +
            `Install it next to typegrad: npm install ${name}`, { cause });
    }
    return module.instance();
}
/** The SVG picture of a dot text, laid out by Graphviz's `dot` engine (`renderer`: the package, for tests). */
export async function graphSvg(dot, renderer = PACKAGE) {
    if (renderer !== PACKAGE)
        return (await load(renderer)).renderString(dot, { format: "svg", engine: "dot" });
    viz ??= load(PACKAGE).catch((e) => {
        viz = undefined; // a later call may succeed once the package is installed
        throw e;
    });
    return (await viz).renderString(dot, { format: "svg", engine: "dot" });
}
