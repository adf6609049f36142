// Add a food: typing a weight, or picking a portion or how many, chooses that way of giving the amount ("A weight",
// "A portion"), so what was typed is what gets logged. Without JavaScript the server asks about a weight typed while
// "A portion" is still chosen.
export function init(form) {
    for (const fieldset of form.querySelectorAll('fieldset')) {
        const choice = fieldset.querySelector('legend input[type="radio"]');
        if (!choice) continue;
        fieldset.addEventListener('input', event => {
            if (event.target !== choice && event.target.value.trim() !== '') choice.checked = true;
        });
    }
}
