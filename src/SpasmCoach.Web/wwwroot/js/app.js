// Runs each page's small module: an element with data-module="js/x.js" gets x.js's init(element).
// Runs on first load and again after Blazor's enhanced navigation swaps the page in.
const started = new WeakSet();

async function startModules() {
    for (const element of document.querySelectorAll('[data-module]')) {
        if (started.has(element)) continue;
        started.add(element);
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
