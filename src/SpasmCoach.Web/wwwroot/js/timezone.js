// Proposes the browser's IANA time zone: fills the hidden field at registration, and preselects it on a profile
// that has never been saved. The person can still change it.
export function init() {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    for (const hidden of document.querySelectorAll('[data-browser-timezone]')) {
        hidden.value = zone;
    }
    const select = document.querySelector('select[data-propose-timezone="true"]');
    if (select && [...select.options].some(o => o.value === zone)) {
        select.value = zone;
    }
}
