// Runs each page's small module: an element with data-module="js/x.js" gets x.js's init(element).
// Runs on first load and again after Blazor's enhanced navigation swaps the page in. Enhanced navigation patches the
// DOM in place, so the same element can come back with another module or new data: it is started again when its
// data-* attributes differ from the ones it was started with.
const started = new WeakMap();

async function startModules() {
    for (const element of document.querySelectorAll('[data-module]')) {
        const signature = JSON.stringify(element.dataset);
        if (started.get(element) === signature) continue;
        started.set(element, signature);
        try {
            const module = await import('/' + element.dataset.module);
            module.init?.(element);
        } catch (error) {
            console.error('SpasmCoach: could not start', element.dataset.module, error);
        }
    }
}

startModules();
if (window.Blazor?.addEventListener) {
    window.Blazor.addEventListener('enhancedload', startModules);
} else {
    document.addEventListener('DOMContentLoaded', () => window.Blazor?.addEventListener?.('enhancedload', startModules));
}
