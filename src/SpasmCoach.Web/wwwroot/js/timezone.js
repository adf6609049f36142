// Proposes the browser's IANA time zone: fills the hidden field at registration, and preselects it on a profile
// that has never been saved. The person can still change it.
export function init() {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    for (const hidden of document.querySelectorAll('[data-browser-timezone]')) {
        hidden.value = zone;
    }
    const select = document.querySelector('select[data-propose-timezone="true"]');
    if (!select) return;
    // The list has canonical ids only; a browser may report an alias of one (Asia/Calcutta for Asia/Kolkata).
    const option = [...select.options].find(o => o.value === zone || (o.dataset.aliases || '').split(' ').includes(zone));
    if (option) {
        select.value = option.value;
    }
}
