/** C0 controls and DEL, apart from tab and line breaks: invisible in text, and some break drivers (NUL). */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** The same, or U+FFFD: what a browser sends in place of bytes that were not UTF-8. */
export const CONTROL_OR_UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\uFFFD]/u;
