// Draws the history charts from the data the page rendered (the same numbers are in the page's table).
import { loadChartJs } from './charts.js';

const ML_PER_FL_OZ = 29.5735295625;

export async function init(element) {
    const rows = JSON.parse(element.dataset.history || '[]');
    const us = element.dataset.us === 'true';
    const unit = element.dataset.unit;
    const toUnit = ml => ml == null ? null : Math.round((us ? ml / ML_PER_FL_OZ : ml) * 10) / 10;
    const Chart = await loadChartJs();
    const labels = rows.map(r => r.date.slice(5));

    // After an enhanced navigation the canvases can be the same elements, still holding the previous charts.
    for (const id of ['cramps-chart', 'drinks-chart']) {
        Chart.getChart(document.getElementById(id))?.destroy();
    }

    new Chart(document.getElementById('cramps-chart'), {
        data: {
            labels,
            datasets: [
                { type: 'bar', label: 'Cramps', data: rows.map(r => r.cramps), backgroundColor: '#c0392b', yAxisID: 'count', order: 2 },
                { type: 'line', label: 'Average severity (0–10)', data: rows.map(r => r.meanSeverity), borderColor: '#2471a3', backgroundColor: '#2471a3', spanGaps: false, yAxisID: 'severity', order: 1 },
            ],
        },
        options: {
            maintainAspectRatio: false,
            animation: false,
            scales: {
                count: { position: 'left', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'cramps' } },
                severity: { position: 'right', min: 0, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: 'severity' } },
            },
        },
    });

    const limit = rows.some(r => r.limitMl != null);
    new Chart(document.getElementById('drinks-chart'), {
        data: {
            labels,
            datasets: [
                { type: 'bar', label: `Drinks (${unit})`, data: rows.map(r => toUnit(r.drinksMl)), backgroundColor: '#1e8449', order: 2 },
                { type: 'line', label: limit ? 'Clinician limit' : 'Goal', data: rows.map(r => toUnit(r.limitMl ?? r.goalMl)), borderColor: '#7d3c98', borderDash: [6, 4], pointRadius: 0, order: 1 },
            ],
        },
        options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, title: { display: true, text: unit } } } },
    });
}
