// Food type-ahead: an ARIA 1.2 combobox over the plain search form. Without JavaScript the form still works
// (it submits to /food?q=...). Results come from the app's own /api/foods/search.
export function init(form) {
    const input = form.querySelector('[role="combobox"]');
    const list = form.querySelector('[role="listbox"]');
    const day = form.querySelector('input[name="day"]');
    let active = -1;
    let timer;
    let controller;

    const options = () => [...list.querySelectorAll('[role="option"]')];

    function close() {
        list.hidden = true;
        list.replaceChildren();
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
    }

    function highlight(index) {
        const all = options();
        if (all.length === 0) return;
        active = (index + all.length) % all.length;
        all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
        input.setAttribute('aria-activedescendant', all[active].id);
        all[active].scrollIntoView({ block: 'nearest' });
    }

    function go(option) {
        window.location.href = option.dataset.href;
    }

    async function search() {
        const q = input.value.trim();
        if (q.length < 2) { close(); return; }
        controller?.abort();
        controller = new AbortController();
        try {
            const response = await fetch(`/api/foods/search?q=${encodeURIComponent(q)}&limit=10`, {
                signal: controller.signal, headers: { accept: 'application/json' }, credentials: 'same-origin',
            });
            if (!response.ok) { close(); return; }
            const foods = await response.json();
            // Results for the last letters can land after the person has already arrowed to a food: keep it chosen,
            // or Enter would send the plain search instead of opening it.
            const chosen = active >= 0 ? options()[active]?.dataset.href : null;
            list.replaceChildren(...foods.map((food, i) => {
                const option = document.createElement('li');
                option.id = `food-option-${i}`;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.dataset.href = `/food/add/${food.ndbNo}` + (day ? `?day=${day.value}` : '');
                option.textContent = food.description;
                option.addEventListener('mousedown', event => { event.preventDefault(); go(option); });
                return option;
            }));
            list.hidden = foods.length === 0;
            input.setAttribute('aria-expanded', String(foods.length > 0));
            active = -1;
            const again = options().findIndex(option => option.dataset.href === chosen);
            if (again >= 0) highlight(again); else input.removeAttribute('aria-activedescendant');
        } catch (error) {
            if (error.name !== 'AbortError') close();
        }
    }

    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 120); });
    input.addEventListener('keydown', event => {
        if (event.key === 'ArrowDown') { event.preventDefault(); if (list.hidden) search(); else highlight(active + 1); }
        else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active - 1); }
        else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); go(options()[active]); }
        else if (event.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
}
