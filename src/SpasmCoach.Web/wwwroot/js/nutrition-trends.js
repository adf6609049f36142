// Draws one chart per mineral: the day's amount against its target, shaded where the day fell short
// (for sodium the target is a ceiling, so the shading marks days above it). The page's table has the same numbers.
import { loadChartJs } from './charts.js';

export async function init(element) {
    const series = JSON.parse(element.dataset.trends || '{}');
    const Chart = await loadChartJs();
    for (const [mineral, days] of Object.entries(series)) {
        const canvas = document.getElementById(`trend-${mineral}`);
        if (!canvas) continue;
        // After an enhanced navigation (Week to Month) the canvas can be the same element, still holding its chart.
        Chart.getChart(canvas)?.destroy();
        const ceiling = days.some(d => d.ceiling);
        new Chart(canvas, {
            type: 'line',
            data: {
                labels: days.map(d => d.date.slice(5)),
                datasets: [
                    {
                        label: 'Eaten (mg)',
                        data: days.map(d => d.amount),
                        borderColor: '#1f6f8b',
                        backgroundColor: '#1f6f8b',
                        spanGaps: false,
                        fill: ceiling
                            ? { target: '+1', above: 'rgba(192, 57, 43, 0.25)', below: 'transparent' }
                            : { target: '+1', above: 'transparent', below: 'rgba(192, 57, 43, 0.25)' },
                    },
                    {
                        label: ceiling ? 'Ceiling (mg)' : 'Target (mg)',
                        data: days.map(d => d.target),
                        borderColor: '#7d3c98',
                        borderDash: [6, 4],
                        pointRadius: 0,
                        fill: false,
                    },
                ],
            },
            options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
        });
    }
}
