// A form sent back with mistakes: move focus to its list of them, which scrolls it into view. The links in the list
// lead on to each field. Without JavaScript the list is still announced (role="alert") and is first in the form.
export function init(summary) {
    summary.focus();
}
