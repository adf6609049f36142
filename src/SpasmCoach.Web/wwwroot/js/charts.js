// Loads the app's own copy of chart.js once, and sets colours that follow the page's theme.
let loading;

export function loadChartJs() {
    if (window.Chart) return Promise.resolve(window.Chart);
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/lib/chart.js/chart.umd.min.js';
        script.onload = () => {
            const style = getComputedStyle(document.documentElement);
            window.Chart.defaults.color = style.getPropertyValue('--pico-color').trim() || '#333';
            window.Chart.defaults.font.size = 14;
            resolve(window.Chart);
        };
        script.onerror = reject;
        document.head.appendChild(script);
    });
    return loading;
}
