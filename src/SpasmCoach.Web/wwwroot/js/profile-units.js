// Profile: choosing other units converts the weight and fluid boxes at once and relabels them, so what the person
// types next is in the units the labels say. The server reads the boxes in the units named by the hidden
// Form.ShownUnits field, which this keeps in step; without JavaScript the page says the boxes keep their units until
// saved (data-units-note), and that note is hidden here.
const perUnit = {
    mass: { metric: 1, us: 0.45359237 },      // kg per kg, kg per lb (exact)
    volume: { metric: 1, us: 29.5735295625 }, // ml per ml, ml per US fl oz (exact)
};
const names = { mass: { metric: 'kg', us: 'lb' }, volume: { metric: 'ml', us: 'fl oz' } };

// As the server shows an amount: whole millilitres, otherwise at most one decimal.
const text = (kind, amount, units) => String(kind === 'volume' && units === 'metric' ? Math.round(amount) : Math.round(amount * 10) / 10);

export function init(element) {
    const form = element.ownerDocument.querySelector('form:has([data-shown-units])');
    if (!form) return;
    const shown = form.querySelector('[data-shown-units]');
    form.querySelector('[data-units-note]')?.setAttribute('hidden', '');
    const boxes = [...form.querySelectorAll('input[data-unit]')];
    // Each box's exact amount in kg or ml while it shows the text made from it. Converting the shown, rounded text
    // instead drifted: 1500 ml shown as 50.7 fl oz came back as 1499 ml, and the server would have stored that.
    const exact = new Map();
    for (const box of boxes) {
        const stored = Number(box.dataset.metric);
        if (box.dataset.metric && text(box.dataset.unit, stored / perUnit[box.dataset.unit][shown.value], shown.value) === box.value) {
            exact.set(box, { amount: stored, text: box.value });
        }
    }
    for (const radio of form.querySelectorAll('input[type="radio"][value="metric"], input[type="radio"][value="us"]')) {
        radio.addEventListener('change', () => {
            if (radio.checked && radio.value !== shown.value) {
                convert(form, boxes, exact, shown.value, radio.value);
                shown.value = radio.value;
            }
        });
    }
}

function convert(form, boxes, exact, from, to) {
    for (const box of boxes) {
        const kind = box.dataset.unit;
        const typed = Number(box.value.trim().replace(',', '.'));
        const known = exact.get(box);
        const amount = known?.text === box.value ? known.amount
            : box.value.trim() !== '' && Number.isFinite(typed) ? typed * perUnit[kind][from] : null;
        if (amount !== null) {
            box.value = text(kind, amount / perUnit[kind][to], to);
            exact.set(box, { amount, text: box.value });
        }
    }
    for (const name of form.querySelectorAll('[data-unit-name]')) {
        name.textContent = names[name.dataset.unitName][to];
    }
}
